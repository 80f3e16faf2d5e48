/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Portable statements for the training store: one statement text runs on SQLite
 * and on PostgreSQL (through libpq).  Placeholders are written "?N" (1-based); on
 * PostgreSQL they become "$N" and each bind carries its type (bigint, double
 * precision or text), so that the server never has to guess.  Rows are read with
 * the same calls on both.  Only the store modules (training.c, settings.c, stats.c,
 * training-pg.c) use this; everything else sees struct training. */
#ifndef CORDIAL_SQL_H
#define CORDIAL_SQL_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct sql;
struct sql_stmt;

enum sql_backend { SQL_SQLITE, SQL_PG };
enum { SQL_ERROR = -1, SQL_DONE = 0, SQL_ROW = 1 };

/* Whether a --db value names a PostgreSQL database (postgresql:// or postgres://). */
bool sql_is_pg_uri(const char *target);

/* A connection over an open SQLite database (closed by sql_close). */
struct sql *sql_wrap_sqlite(sqlite3 *db);
/* A connection to PostgreSQL; NULL with *err set (malloc'd) on failure. */
struct sql *sql_connect_pg(const char *uri, char **err);
void sql_close(struct sql *c);
enum sql_backend sql_backend(const struct sql *c);
/* The SQLite handle, or NULL on PostgreSQL. */
sqlite3 *sql_sqlite(struct sql *c);

/* Prepares constant statement text (a string literal: its address names the
 * statement, prepared once per connection on PostgreSQL, and on SQLite kept,
 * reset, by sql_finalize for the next use of the same text); a statement the backend
 * cannot parse aborts the program (the text is part of it) on SQLite, and fails
 * at sql_step on PostgreSQL (parsed by the server). */
struct sql_stmt *sql_prepare(struct sql *c, const char *text);
/* One text for SQLite, another for PostgreSQL, where the dialects differ. */
struct sql_stmt *sql_prepare2(struct sql *c, const char *sqlite_text, const char *pg_text);
void sql_bind_int64(struct sql_stmt *st, int i, int64_t v);
void sql_bind_double(struct sql_stmt *st, int i, double v);
/* A string, or SQL NULL for a NULL pointer.  The string must live until the
 * statement is finalized. */
void sql_bind_text(struct sql_stmt *st, int i, const char *s);
void sql_bind_null(struct sql_stmt *st, int i);
/* SQL_ROW when a row is there to read, SQL_DONE at the end, SQL_ERROR. */
int sql_step(struct sql_stmt *st);
int64_t sql_int64(struct sql_stmt *st, int i);
int sql_int(struct sql_stmt *st, int i);
double sql_double(struct sql_stmt *st, int i);
/* The column as a string, or NULL. */
const char *sql_text(struct sql_stmt *st, int i);
bool sql_null(struct sql_stmt *st, int i);
void sql_finalize(struct sql_stmt *st);
/* The rows written by the last statement that finished. */
int64_t sql_changes(struct sql *c);

/* Runs constant text (one or more statements, no parameters): 0 or -1 with *err. */
int sql_exec(struct sql *c, const char *text, char **err);
/* A transaction: on SQLite BEGIN IMMEDIATE (one writer at a time); on PostgreSQL
 * BEGIN (rows are locked as they are written or read FOR UPDATE). */
int sql_begin(struct sql *c, char **err);
int sql_commit(struct sql *c, char **err);
void sql_rollback(struct sql *c);

/* The last error, malloc'd.  A refusal by the database (PostgreSQL: insufficient
 * privilege, a row-level security policy) is told as what was refused and whom to
 * ask, never as the server's text. */
char *sql_error(struct sql *c);
/* Whether the last error was such a refusal. */
bool sql_refused(const struct sql *c);
/* The SQLSTATE of the last PostgreSQL error, "" when none. */
const char *sql_sqlstate(const struct sql *c);

/* Who to name in a refusal: called on refusal, after the failed transaction has
 * been rolled back, to give the trainers' names (malloc'd) or NULL. */
void sql_set_ask(struct sql *c, char *(*ask)(struct sql *c, void *ctx), void *ctx);

#endif
