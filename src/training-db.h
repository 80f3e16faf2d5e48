/* SPDX-License-Identifier: GPL-3.0-or-later */
/* For store modules only: the SQLite connection behind a struct training, so that a
 * store module of its own (statistics, reports) can query the training database. */
#ifndef CORDIAL_TRAINING_DB_H
#define CORDIAL_TRAINING_DB_H

#include <sqlite3.h>

#include "training.h"

sqlite3 *training_sqlite(struct training *t);

#endif
