/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unit tests of the database layer: pragmas, migrations, backups, refusals. */
#include <sys/stat.h>
#include <unistd.h>

#include "content.h"
#include "db.h"
#include "outfile.h"
#include "training.h"
#include "unit.h"

static char dir[] = "/tmp/cordial-test-db-XXXXXX";

static char *path_in(const char *name)
{
	static char buf[4][256];
	static int k;
	k = (k + 1) % 4;
	snprintf(buf[k], sizeof buf[k], "%s/%s", dir, name);
	return buf[k];
}

static int count_rows(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st = db_prepare(db, sql);
	int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
	sqlite3_finalize(st);
	return n;
}

static const char *pragma_text(sqlite3 *db, const char *sql)
{
	static char out[64];
	sqlite3_stmt *st = db_prepare(db, sql);
	out[0] = '\0';
	if (sqlite3_step(st) == SQLITE_ROW)
		snprintf(out, sizeof out, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return out;
}

static const char *const v1[] = {
	"CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT;",
};
static const char *const v2[] = {
	"CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT;",
	"ALTER TABLE note ADD COLUMN lang TEXT NOT NULL DEFAULT 'zh';",
};

static void new_database_has_pragmas(void)
{
	struct db_schema s1 = { "test", v1, 1 };
	char *err = NULL;
	/* Only where the front end permits is a database created (here with folders). */
	sqlite3 *db = db_open(path_in("sub/dir/new.db"), &s1, false, &err);
	CHECK(db == NULL);
	CHECK(err && strstr(err, "does not exist"));
	free(err);
	CHECK(access(path_in("sub"), F_OK) != 0);
	outfile_permit_create(path_in("sub/dir/new.db"), true);
	db = db_open(path_in("sub/dir/new.db"), &s1, false, &err);
	CHECK(db != NULL);
	if (!db)
		return;
	CHECK_STR(pragma_text(db, "PRAGMA journal_mode"), "wal");
	CHECK_STR(pragma_text(db, "PRAGMA foreign_keys"), "1");
	CHECK_STR(pragma_text(db, "PRAGMA user_version"), "1");
	db_close(db);
	/* A brand-new database needs no backup copy. */
	CHECK(access(path_in("sub/dir/new.db.v0.bak"), F_OK) != 0);
}

static void migration_backs_up_and_keeps_rows(void)
{
	struct db_schema s1 = { "test", v1, 1 }, s2 = { "test", v2, 2 };
	char *err = NULL;
	const char *path = path_in("migrate.db");
	outfile_permit_create(path, false);
	sqlite3 *db = db_open(path, &s1, false, &err);
	CHECK(db != NULL);
	CHECK_INT(db_exec(db, "INSERT INTO note (text) VALUES ('一'), ('二'), ('三')", NULL), 0);
	db_close(db);

	db = db_open(path, &s2, false, &err);
	CHECK(db != NULL);
	if (!db)
		return;
	CHECK_INT(count_rows(db, "SELECT count(*) FROM note WHERE lang = 'zh'"), 3);
	CHECK_STR(pragma_text(db, "PRAGMA user_version"), "2");
	db_close(db);

	/* The backup is the database as it was before: schema 1 and its rows. */
	sqlite3 *bak = NULL;
	CHECK_INT(sqlite3_open_v2(path_in("migrate.db.v1.bak"), &bak, SQLITE_OPEN_READONLY, NULL),
		  SQLITE_OK);
	CHECK_STR(pragma_text(bak, "PRAGMA user_version"), "1");
	CHECK_INT(count_rows(bak, "SELECT count(*) FROM note"), 3);
	sqlite3_close(bak);
}

static void newer_database_refused_untouched(void)
{
	struct db_schema s1 = { "test", v1, 1 }, s2 = { "test", v2, 2 };
	char *err = NULL;
	const char *path = path_in("newer.db");
	outfile_permit_create(path, false);
	sqlite3 *db = db_open(path, &s2, false, &err);
	CHECK(db != NULL);
	db_close(db);
	struct stat before, after;
	stat(path, &before);
	db = db_open(path, &s1, false, &err);
	CHECK(db == NULL);
	CHECK(err && strstr(err, "made by a newer version of cordial"));
	free(err);
	stat(path, &after);
	CHECK_INT(after.st_size, before.st_size);
	CHECK_INT(after.st_mtime, before.st_mtime);
	CHECK(access(path_in("newer.db.v2.bak"), F_OK) != 0);
}

static void not_a_database(void)
{
	const char *path = path_in("text.db");
	FILE *f = fopen(path, "w");
	fputs("this is not a database, it is a text file of some length ...\n", f);
	fclose(f);
	char *err = NULL;
	struct content *c = content_open(path, true, &err);
	CHECK(c == NULL);
	CHECK(err != NULL);
	free(err);
}

static void real_schemas_migrate(void)
{
	char *err = NULL;
	outfile_permit_create(path_in("content.db"), false);
	outfile_permit_create(path_in("training.db"), false);
	struct content *c = content_open(path_in("content.db"), true, &err);
	CHECK(c != NULL);
	content_close(c);
	c = content_open(path_in("content.db"), false, &err);
	CHECK(c != NULL);
	content_close(c);
	struct training *t = training_open(path_in("training.db"), &err);
	CHECK(t != NULL);
	training_close(t);
	t = training_open(path_in("training.db"), &err);
	CHECK(t != NULL);
	training_close(t);
	CHECK(training_schema_version() >= 1);
}

int main(void)
{
	unit_program = "test_db";
	if (!mkdtemp(dir))
		return 1;
	RUN(new_database_has_pragmas);
	RUN(migration_backs_up_and_keeps_rows);
	RUN(newer_database_refused_untouched);
	RUN(not_a_database);
	RUN(real_schemas_migrate);
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		return 1;
	return unit_done();
}
