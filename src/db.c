/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SQLite connections, pragmas and user_version migrations. */
#include "db.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "mem.h"
#include "outfile.h"

static char *format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static bool is_content(const struct db_schema *schema);
static char *format(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *out = xvasprintf(fmt, ap);
	va_end(ap);
	return out;
}

char *db_error(sqlite3 *db)
{
	char *out = NULL;
	int code = sqlite3_extended_errcode(db);
	const char *path = sqlite3_db_filename(db, "main");
	if ((code & 0xff) == SQLITE_NOMEM)
		mem_fail(); /* the one policy for memory, whoever ran out of it */
	if ((code & 0xff) == SQLITE_BUSY && path && *path)
		out = format(_("%s is busy: another program has been writing to it for more than "
			       "10 seconds (%s)"),
			     path, sqlite3_errmsg(db));
	else if (((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB) && path &&
		 *path)
		out = format(_("%s is damaged: %s (%d)"), path, sqlite3_errmsg(db), code);
	else
		out = format("%s (%d)", sqlite3_errmsg(db), code);
	return out;
}

sqlite3_stmt *db_prepare(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK)
		return st;
	/* The text is the program's own: what fails is the file under it (a table
	 * missing or changed by another program, damaged pages) or another program
	 * holding it.  Nothing can go on without the statement. */
	int code = sqlite3_extended_errcode(db) & 0xff;
	const char *path = sqlite3_db_filename(db, "main");
	if (!path || !*path)
		path = "?";
	if (code == SQLITE_BUSY || code == SQLITE_LOCKED || code == SQLITE_NOMEM) {
		char *e = db_error(db);
		mem_fatal(EXIT_FAILURE, "%s", e);
	}
	mem_fatal(EXIT_FAILURE,
		  _("%s is damaged, or its schema is not the one this program expects: %s"), path,
		  sqlite3_errmsg(db));
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

/* Copies the whole database to `dest`, an empty file cordial has just created, with
 * the online backup API, which reads a consistent snapshot (the WAL included). */
static int backup_to(sqlite3 *db, const char *dest, char **err)
{
	sqlite3 *out = NULL;
	int rc = sqlite3_open_v2(dest, &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
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

/* A complete copy of db in a new file beside `near` (mode `mode`), under a fresh
 * name; NULL with *err set. */
static char *copy_beside(sqlite3 *db, const char *near, mode_t mode, char **err)
{
	char *tmp = NULL;
	int fd = outfile_temp(near, &tmp);
	if (fd < 0) {
		*err = format(_("cannot write a copy of the database beside %s: %s"), near,
			      strerror(errno));
		return NULL;
	}
	int failed = fchmod(fd, mode);
	int saved = errno;
	close(fd);
	if (failed) {
		*err = format(_("cannot write a copy of the database beside %s: %s"), near,
			      strerror(saved));
	} else if (backup_to(db, tmp, err)) {
		failed = 1;
	}
	if (failed) {
		unlink(tmp);
		free(tmp);
		return NULL;
	}
	return tmp;
}

/* Writes "PATH.vN.bak" before a migration: a new file, never one that exists (then
 * "PATH.vN.2.bak" and so on), never through a link; its mode is the database's. */
static int backup_before_update(sqlite3 *db, const char *path, int v, char **err)
{
	struct stat sb;
	mode_t mode = stat(path, &sb) == 0 ? sb.st_mode & 0666 : 0600;
	char *tmp = copy_beside(db, path, mode, err);
	if (!tmp)
		return -1;
	char *first = format("%s.v%d.bak", path, v);
	char *dest = NULL;
	int rc = -1;
	for (int n = 1; n < 100; n++) {
		dest = n == 1 ? xstrdup(first) : format("%s.v%d.%d.bak", path, v, n);
		if (!dest)
			break;
		if (outfile_publish(tmp, dest) == 0) {
			rc = 0;
			break;
		}
		int e = errno;
		if (e != EEXIST) {
			*err = format(_("cannot write the backup copy %s: %s"), dest, strerror(e));
			break;
		}
		free(dest);
		dest = NULL;
	}
	if (rc) {
		unlink(tmp);
		if (!*err)
			*err = format(_("cannot keep a copy of %s before updating its schema: "
					"%s and the names after it are taken; move them away"),
				      path, first);
	} else if (strcmp(dest, first)) {
		outfile_notice(_("%s exists already: the copy of %s from before its schema "
				 "was updated is %s"),
			       first, path, dest);
	}
	free(first);
	free(dest);
	free(tmp);
	return rc;
}

/* application_id of each kind of database ("CRDC", "CRDT"). */
enum { ID_CONTENT = 0x43524443, ID_TRAINING = 0x43524454 };

/* Whether the file's header says WAL mode (bytes 18 and 19 are 2); *id receives
 * its application_id (bytes 68 to 71, big-endian). */
static bool in_wal_mode(const char *path, uint32_t *id)
{
	unsigned char head[72];
	FILE *f = fopen(path, "rb");
	if (!f)
		return false;
	bool whole = fread(head, 1, sizeof head, f) == sizeof head;
	fclose(f);
	if (id)
		*id = whole ? (uint32_t)head[68] << 24 | (uint32_t)head[69] << 16 |
				  (uint32_t)head[70] << 8 | head[71]
			    : 0;
	return whole && head[18] == 2 && head[19] == 2;
}

static bool is_content(const struct db_schema *schema)
{
	return !strcmp(schema->name, "content");
}

static bool has_table(sqlite3 *db, bool content)
{
	return query_int(db, content ? "SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
				       "AND name = 'handbook'"
				     : "SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
				       "AND name = 'learner'") > 0;
}

/* Refuses a database of the other kind, or one that is not cordial's, before
 * anything is read from or written to it.  Returns its application_id (0 for a
 * new file or one from before the ids), or -1 with *err set. */
static int checked_kind(sqlite3 *db, const char *path, const struct db_schema *schema,
			char **err)
{
	int id = query_int(db, "PRAGMA application_id");
	if (id < 0) {
		int code = sqlite3_errcode(db) & 0xff;
		/* Only a reader who cannot make the -shm file is stopped by WAL mode; a
		 * damaged file in WAL mode is a damaged file. */
		if ((code == SQLITE_CANTOPEN || code == SQLITE_READONLY) && in_wal_mode(path, NULL))
			*err = format(_("%s cannot be read: it is in WAL mode and the files beside "
					"it (-wal, -shm) that a reader without write access needs "
					"are gone; anyone who may write it fixes this for good with "
					"'cordial handbook list'"),
				      path);
		else if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
			*err = format(_("%s is damaged: %s"), path, sqlite3_errmsg(db));
		else
			*err = format(_("cannot read %s: %s"), path, sqlite3_errmsg(db));
		return -1;
	}
	bool content = is_content(schema);
	int kind = id;
	if (id == 0 && has_schema(db)) {
		if (has_table(db, true))
			kind = ID_CONTENT;
		else if (has_table(db, false))
			kind = ID_TRAINING;
		else
			kind = -1;
	}
	if (kind == 0 || kind == (content ? ID_CONTENT : ID_TRAINING))
		return id;
	if (kind == ID_CONTENT)
		*err = format(_("%s is a content database (handbooks), not a training "
				"database; it was not changed"),
			      path);
	else if (kind == ID_TRAINING)
		*err = format(_("%s is a training database (learners and progress), not a "
				"content database; it was not changed"),
			      path);
	else
		*err = format(_("%s is not a cordial database; it was not changed"), path);
	return -1;
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
	if ((v > 0 || has_schema(db)) && backup_before_update(db, path, v, err))
		return -1;
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

/* A content database in WAL mode that whoever runs cordial may write is turned to
 * rollback-journal mode before it is opened to be read, so that readers without
 * write access are never locked out by the -wal and -shm files going away.  A file
 * marked as another kind is left alone. */
static void leave_wal(const char *path)
{
	uint32_t id;
	if (!in_wal_mode(path, &id) || (id != 0 && id != ID_CONTENT) || access(path, W_OK))
		return;
	sqlite3 *db = NULL;
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK) {
		sqlite3_busy_timeout(db, 2000);
		db_exec(db, "PRAGMA journal_mode = DELETE", NULL);
	}
	sqlite3_close(db);
}

/* Refuses a missing file unless cordial may create it there (outfile.c). */
static bool may_open(const char *path, const struct db_schema *schema, bool readonly,
		     bool *existed, char **err)
{
	struct stat sb;
	*existed = stat(path, &sb) == 0;
	if (*existed)
		return true;
	if (errno != ENOENT) {
		*err = format(_("cannot open %s: %s"), path, strerror(errno));
		return false;
	}
	if (!readonly && outfile_may_create(path))
		return true;
	if (!readonly && errno)
		*err = format(_("cannot create the folder for %s: %s"), path, strerror(errno));
	else if (is_content(schema))
		*err = format(_("%s does not exist; 'cordial handbook import' creates a content "
				"database"),
			      path);
	else
		*err = format(_("%s does not exist; 'cordial learner add' creates a training "
				"database"),
			      path);
	return false;
}

sqlite3 *db_open(const char *path, const struct db_schema *schema, bool readonly, char **err)
{
	sqlite3 *db = NULL;
	*err = NULL;
	bool existed;
	if (!may_open(path, schema, readonly, &existed, err))
		return NULL;
	if (readonly && is_content(schema))
		leave_wal(path);
	int flags = readonly ? SQLITE_OPEN_READONLY
			     : SQLITE_OPEN_READWRITE | (existed ? 0 : SQLITE_OPEN_CREATE);
	if (sqlite3_open_v2(path, &db, flags, NULL) != SQLITE_OK) {
		*err = format(_("cannot open %s: %s"), path, db ? sqlite3_errmsg(db) : "");
		sqlite3_close(db);
		return NULL;
	}
	sqlite3_extended_result_codes(db, 1);
	sqlite3_busy_timeout(db, 10000);
	char *e = NULL;
	/* A file of the other kind, or from a newer cordial, is refused before
	 * journal_mode = WAL rewrites its header: it must stay byte for byte as it was. */
	int id = checked_kind(db, path, schema, err);
	if (id < 0 || (!readonly && checked_version(db, path, schema, err) < 0)) {
		sqlite3_close(db);
		return NULL;
	}
	if (db_exec(db, "PRAGMA foreign_keys = ON", &e) ||
	    (!readonly && !is_content(schema) &&
	     db_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL", &e))) {
		*err = format(_("cannot open %s: %s"), path, e);
		free(e);
		sqlite3_close(db);
		return NULL;
	}
	/* The content database is read by learners who may not write its folder: in
	 * rollback-journal mode they need nothing but the file, whoever opened it
	 * before.  A database still in WAL mode leaves it (when no one else has it open;
	 * otherwise the next writer does). */
	if (!readonly && is_content(schema))
		db_exec(db, "PRAGMA journal_mode = DELETE", NULL);
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
	if (!readonly && id == 0 &&
	    db_exec(db, is_content(schema) ? "PRAGMA application_id = 1129464899"
					   : "PRAGMA application_id = 1129464916",
		    &e)) {
		*err = format(_("cannot open %s: %s"), path, e);
		free(e);
		sqlite3_close(db);
		return NULL;
	}
	if (!existed) {
		if (is_content(schema))
			outfile_notice(_("created a new content database %s"), path);
		else
			outfile_notice(_("created a new training database %s"), path);
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
	struct stat sb;
	if (stat(to, &sb) == 0)
		return 0;
	if (!outfile_may_create(to)) {
		if (errno)
			*err = format(_("cannot create the folder for %s: %s"), to, strerror(errno));
		else
			*err = format(_("%s does not exist; 'cordial handbook import' creates a "
					"content database"),
				      to);
		return -1;
	}
	if (sqlite3_open_v2(from, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		*err = format(_("cannot open %s: %s"), from, src ? sqlite3_errmsg(src) : "");
		sqlite3_close(src);
		return -1;
	}
	mode_t mask = umask(0);
	umask(mask);
	char *tmp = copy_beside(src, to, 0666 & ~mask, err);
	sqlite3_close(src);
	if (!tmp)
		return -1;
	int rc = 0;
	if (outfile_publish(tmp, to) == 0) {
		outfile_notice(_("created a new content database %s from %s"), to, from);
	} else if (errno == EEXIST) {
		unlink(tmp); /* another cordial made it meanwhile */
	} else {
		*err = format(_("cannot write %s: %s"), to, strerror(errno));
		unlink(tmp);
		rc = -1;
	}
	free(tmp);
	return rc;
}
