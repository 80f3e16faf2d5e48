/* SPDX-License-Identifier: GPL-3.0-or-later */
/* For store modules only: the connection behind a struct training (SQLite or
 * PostgreSQL, through the portable statements of sql.h), so that a store module of
 * its own (settings, statistics) can query the training database, and the
 * PostgreSQL half of the store (training-pg.c). */
#ifndef CORDIAL_TRAINING_DB_H
#define CORDIAL_TRAINING_DB_H

#include "sql.h"
#include "training.h"

struct sql *training_sql(struct training *t);

/* training-pg.c: connects to a training room set up by `cordial room init` and
 * checks its schema; NULL with *err set (malloc'd) when it cannot be used. */
struct sql *training_pg_open(const char *uri, char **err);

#endif
