/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SQLite connections, pragmas and user_version migrations. */
#include "db.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"

static char *format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *format(const char *fmt, ...)
{
	char *out = NULL;
	va_list ap;
	va_start(ap, fmt);
	if (vasprintf(&out, fmt, ap) < 0)
		out = NULL;
	va_end(ap);
	return out;
}

char *db_error(sqlite3 *db)
{
	char *out = NULL;
	if (asprintf(&out, "%s (%d)", sqlite3_errmsg(db), sqlite3_extended_errcode(db)) < 0)
		return NULL;
	return out;
}

sqlite3_stmt *db_prepare(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "cordial: internal error: %s\n  in: %s\n", sqlite3_errmsg(db), sql);
		abort();
	}
	return st;
}

void db_bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

const char *db_column_text(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

int db_exec(sqlite3 *db, const char *sql, char **err)
{
	const char *tail = sql;
	while (tail && *tail) {
		sqlite3_stmt *st = NULL;
		if (sqlite3_prepare_v2(db, tail, -1, &st, &tail) != SQLITE_OK) {
			if (err)
				*err = db_error(db);
			return -1;
		}
		if (!st)
			break; /* only white space or comments left */
		int rc;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			;
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE) {
			if (err)
				*err = db_error(db);
			return -1;
		}
	}
	return 0;
}

int db_begin(sqlite3 *db, char **err)
{
	return db_exec(db, "BEGIN IMMEDIATE", err);
}

int db_commit(sqlite3 *db, char **err)
{
	return db_exec(db, "COMMIT", err);
}

void db_rollback(sqlite3 *db)
{
	if (!sqlite3_get_autocommit(db))
		db_exec(db, "ROLLBACK", NULL);
}

/* One integer from constant SQL text, or -1 when the file cannot answer (not a
 * database, unreadable). */
static int query_int(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	int v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
	sqlite3_finalize(st);
	return v;
}

static int user_version(sqlite3 *db)
{
	return query_int(db, "PRAGMA user_version");
}

static bool has_schema(sqlite3 *db)
{
	return query_int(db, "SELECT count(*) FROM sqlite_schema") > 0;
}

/* mkdir -p for the folder that holds path. */
static int make_parent(const char *path)
{
	char *dir = strdup(path);
	if (!dir)
		return -1;
	char *slash = strrchr(dir, '/');
	int rc = 0;
	if (slash && slash != dir) {
		*slash = '\0';
		for (char *p = dir + 1; *p; p++)
			if (*p == '/') {
				*p = '\0';
				if (mkdir(dir, 0777) && errno != EEXIST)
					rc = -1;
				*p = '/';
			}
		if (mkdir(dir, 0777) && errno != EEXIST)
			rc = -1;
	}
	free(dir);
	return rc;
}

/* Copies the whole database to `dest` with the online backup API, which reads a
 * consistent snapshot (the WAL included). */
static int backup_to(sqlite3 *db, const char *dest, char **err)
{
	sqlite3 *out = NULL;
	int rc = sqlite3_open_v2(dest, &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_backup *b = sqlite3_backup_init(out, "main", db, "main");
		if (!b)
			rc = sqlite3_errcode(out);
		else {
			while ((rc = sqlite3_backup_step(b, -1)) == SQLITE_OK ||
			       rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
				sqlite3_sleep(20);
			sqlite3_backup_finish(b);
			if (rc == SQLITE_DONE)
				rc = SQLITE_OK;
		}
	}
	if (rc != SQLITE_OK)
		*err = format(_("cannot write the backup copy %s: %s"), dest,
			      out ? sqlite3_errmsg(out) : sqlite3_errstr(rc));
	sqlite3_close(out);
	return rc == SQLITE_OK ? 0 : -1;
}

/* The schema version of the file, or -1 (and *err set) when it cannot be read or
 * was made by a newer cordial; asked before anything is written to the file. */
static int checked_version(sqlite3 *db, const char *path, const struct db_schema *schema,
			   char **err)
{
	int v = user_version(db);
	if (v < 0) {
		*err = format(_("cannot read %s: %s"), path, sqlite3_errmsg(db));
		return -1;
	}
	if (v > schema->count) {
		*err = format(_("%s was made by a newer version of cordial (schema %d; this "
				"program knows up to %d); it was not changed: upgrade cordial"),
			      path, v, schema->count);
		return -1;
	}
	return v;
}

static int migrate(sqlite3 *db, const char *path, const struct db_schema *schema, char **err)
{
	int v = checked_version(db, path, schema, err);
	if (v < 0)
		return -1;
	if (v == schema->count)
		return 0;
	if (v > 0 || has_schema(db)) {
		char *dest = NULL;
		if (asprintf(&dest, "%s.v%d.bak", path, v) < 0)
			return -1;
		int rc = backup_to(db, dest, err);
		free(dest);
		if (rc)
			return -1;
	}
	char *e = NULL;
	if (db_begin(db, &e))
		goto fail;
	v = user_version(db); /* another process may have migrated meanwhile */
	for (; v < schema->count; v++) {
		if (db_exec(db, schema->migrations[v], &e))
			goto fail;
		char pragma[64];
		snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", v + 1);
		if (db_exec(db, pragma, &e))
			goto fail;
	}
	if (db_commit(db, &e))
		goto fail;
	return 0;
fail:
	db_rollback(db);
	*err = format(_("cannot update the schema of %s: %s"), path, e);
	free(e);
	return -1;
}

sqlite3 *db_open(const char *path, const struct db_schema *schema, bool readonly, char **err)
{
	sqlite3 *db = NULL;
	*err = NULL;
	if (!readonly && make_parent(path)) {
		*err = format(_("cannot create the folder for %s: %s"), path, strerror(errno));
		return NULL;
	}
	int flags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(path, &db, flags, NULL) != SQLITE_OK) {
		*err = format(_("cannot open %s: %s"), path, db ? sqlite3_errmsg(db) : "");
		sqlite3_close(db);
		return NULL;
	}
	sqlite3_extended_result_codes(db, 1);
	sqlite3_busy_timeout(db, 10000);
	char *e = NULL;
	/* A file from a newer cordial is refused before journal_mode = WAL rewrites its
	 * header: it must stay byte for byte as it was. */
	if (!readonly && checked_version(db, path, schema, err) < 0) {
		sqlite3_close(db);
		return NULL;
	}
	if (db_exec(db, "PRAGMA foreign_keys = ON", &e) ||
	    (!readonly && db_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL",
				  &e))) {
		*err = format(_("cannot open %s: %s"), path, e);
		free(e);
		sqlite3_close(db);
		return NULL;
	}
	if (readonly) {
		if (user_version(db) != schema->count) {
			*err = format(_("%s cannot be read: its schema is not the one this "
					"program expects (open it once with write access to update "
					"it)"),
				      path);
			sqlite3_close(db);
			return NULL;
		}
	} else if (migrate(db, path, schema, err)) {
		sqlite3_close(db);
		return NULL;
	}
	return db;
}

void db_close(sqlite3 *db)
{
	sqlite3_close(db);
}

int db_copy(const char *from, const char *to, char **err)
{
	sqlite3 *src = NULL;
	*err = NULL;
	if (make_parent(to)) {
		*err = format(_("cannot create the folder for %s: %s"), to, strerror(errno));
		return -1;
	}
	if (sqlite3_open_v2(from, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		*err = format(_("cannot open %s: %s"), from, src ? sqlite3_errmsg(src) : "");
		sqlite3_close(src);
		return -1;
	}
	int rc = backup_to(src, to, err);
	sqlite3_close(src);
	return rc;
}
