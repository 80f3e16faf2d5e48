/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SQLite connections: opening with the project's pragmas, schema migrations keyed by
 * PRAGMA user_version with a backup copy first, and small statement helpers.
 *
 * Only the store layer (db.c, content.c, training.c) includes sqlite3.h. */
#ifndef CORDIAL_DB_H
#define CORDIAL_DB_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>

/* A schema: migration i (0-based) takes the database from version i to i + 1.
 * Migrations are appended, never edited. */
struct db_schema {
	const char *name; /* "content" or "training", for messages */
	const char *const *migrations;
	int count;
};

/* Opens and migrates a database: WAL, synchronous=NORMAL, foreign_keys=ON, a busy
 * timeout.  A missing file is created only where outfile_may_create permits, and
 * the creation is told on stderr.  Each kind is marked by its application_id
 * ("CRDC" content, "CRDT" training); a file of the other kind, not cordial's, or
 * of a newer schema is refused and not touched.  Before migrating a database that
 * already has a schema, a copy is written beside it as "PATH.vN.bak" (N its
 * version), a new file (another name when that one exists).  On failure returns
 * NULL and sets *err (malloc'd, translated). */
sqlite3 *db_open(const char *path, const struct db_schema *schema, bool readonly, char **err);
void db_close(sqlite3 *db);
/* Copies the database at `from` to `to` unless that exists (where
 * outfile_may_create permits); 0, or -1 with *err set (malloc'd). */
int db_copy(const char *from, const char *to, char **err);

/* Runs constant SQL text (one or more statements, no parameters).  Returns 0 or -1
 * with *err set (malloc'd) when err is not NULL. */
int db_exec(sqlite3 *db, const char *sql, char **err);
/* BEGIN IMMEDIATE / COMMIT / ROLLBACK. */
int db_begin(sqlite3 *db, char **err);
int db_commit(sqlite3 *db, char **err);
void db_rollback(sqlite3 *db);

/* Prepares constant SQL text.  The text is part of the program, so a failure comes
 * from the file: damaged, of another schema, or held by another program.  Nothing
 * can go on without the statement: the program ends with a message naming the
 * database (exit status 1; out of memory: mem_fail).  Never returns NULL. */
sqlite3_stmt *db_prepare(sqlite3 *db, const char *sql);
/* Binds a string or NULL (a NULL pointer binds SQL NULL). */
void db_bind_text(sqlite3_stmt *st, int i, const char *s);
/* The column as a string, or NULL. */
const char *db_column_text(sqlite3_stmt *st, int i);
/* "message (extended code)" from the connection's last error, malloc'd; a busy
 * database is named.  SQLITE_NOMEM ends the program (mem_fail). */
char *db_error(sqlite3 *db);

#endif
