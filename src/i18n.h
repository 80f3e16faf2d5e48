/* SPDX-License-Identifier: GPL-3.0-or-later */
/* gettext wiring: _() where a string is shown, N_() to mark strings in static tables. */
#ifndef CORDIAL_I18N_H
#define CORDIAL_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)

#endif
