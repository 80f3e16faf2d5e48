/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The training database: schema migrations and the connection. */
#include "training.h"

#include <stdlib.h>

#include "db.h"

static const char *const migrations[] = {
	/* 1: learners */
	"CREATE TABLE learner ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE,"
	"  native TEXT NOT NULL,"
	"  target TEXT NOT NULL,"
	"  role TEXT NOT NULL DEFAULT 'learner' CHECK (role IN ('learner', 'trainer', 'editor')),"
	"  created_ms INTEGER NOT NULL"
	") STRICT;",
};

static const struct db_schema schema = { "training", migrations,
					 (int)(sizeof migrations / sizeof *migrations) };

struct training {
	sqlite3 *db;
};

struct training *training_open(const char *path, char **err)
{
	sqlite3 *db = db_open(path, &schema, false, err);
	if (!db)
		return NULL;
	struct training *t = calloc(1, sizeof *t);
	if (!t)
		abort();
	t->db = db;
	return t;
}

void training_close(struct training *t)
{
	if (!t)
		return;
	db_close(t->db);
	free(t);
}

int training_schema_version(void)
{
	return schema.count;
}
