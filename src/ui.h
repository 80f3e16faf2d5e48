/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The full-screen app: what "cordial" with no command starts. */
#ifndef CORDIAL_UI_H
#define CORDIAL_UI_H

#include <stdio.h>

#include "cli.h"

/* Runs the app until the learner quits; returns an exit status. */
int ui_run(const struct cli_env *env);
/* Lists every key of every screen (screen, key, what it does), as the help screens
 * and the man page show them. */
void ui_print_keys(FILE *out);

#endif
