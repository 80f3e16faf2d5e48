/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loading libpq at run time (see pq.c). */
#ifndef CORDIAL_PQ_H
#define CORDIAL_PQ_H

#include <libpq-fe.h>

/* Loads libpq the first time; NULL when it is there, else why it is not (the
 * loader's message, which names the file). */
const char *pq_load(void);

#endif
