/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The training database: schema, learners, lessons, cards and the review log. */
#include "training.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <pwd.h>
#include <unistd.h>

#include "db.h"
#include "i18n.h"
#include "mem.h"
#include "training-db.h"

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
	/* 2: study settings, chosen and assigned lessons, cards, the review log */
	"ALTER TABLE learner ADD COLUMN retention REAL NOT NULL DEFAULT 0.9"
	"  CHECK (retention > 0 AND retention < 1);"
	"ALTER TABLE learner ADD COLUMN daily_new INTEGER NOT NULL DEFAULT 15"
	"  CHECK (daily_new >= 0);"
	/* 21 comma-separated numbers; NULL: the default parameters */
	"ALTER TABLE learner ADD COLUMN params TEXT;"
	"ALTER TABLE learner ADD COLUMN params_log_loss REAL;"
	"ALTER TABLE learner ADD COLUMN params_reviews INTEGER;"
	"CREATE TABLE learner_lesson ("
	"  learner INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,"
	"  handbook TEXT NOT NULL,"
	"  lesson TEXT NOT NULL,"
	"  chosen_ms INTEGER NOT NULL,"
	"  PRIMARY KEY (learner, handbook, lesson)"
	") STRICT, WITHOUT ROWID;"
	"CREATE TABLE class ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE,"
	"  created_ms INTEGER NOT NULL"
	") STRICT;"
	"CREATE TABLE class_member ("
	"  class INTEGER NOT NULL REFERENCES class(id) ON DELETE CASCADE,"
	"  learner INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,"
	"  joined_ms INTEGER NOT NULL,"
	"  PRIMARY KEY (class, learner)"
	") STRICT, WITHOUT ROWID;"
	/* An assignment names one learner or one class; lesson NULL: the whole handbook. */
	"CREATE TABLE assignment ("
	"  id INTEGER PRIMARY KEY,"
	"  learner INTEGER REFERENCES learner(id) ON DELETE CASCADE,"
	"  class INTEGER REFERENCES class(id) ON DELETE CASCADE,"
	"  handbook TEXT NOT NULL,"
	"  lesson TEXT,"
	"  due_day TEXT,"
	"  note TEXT,"
	"  created_ms INTEGER NOT NULL,"
	"  CHECK ((learner IS NULL) <> (class IS NULL))"
	") STRICT;"
	"CREATE TABLE card ("
	"  id INTEGER PRIMARY KEY,"
	"  learner INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,"
	"  handbook TEXT NOT NULL,"
	"  item TEXT NOT NULL,"
	"  skill TEXT NOT NULL CHECK (skill IN ('recognize', 'produce', 'judge')),"
	"  state INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),"
	"  step INTEGER NOT NULL,"
	"  stability REAL NOT NULL,"
	"  difficulty REAL NOT NULL,"
	"  scheduled_days INTEGER NOT NULL,"
	"  due_ms INTEGER NOT NULL,"
	"  last_review_ms INTEGER NOT NULL,"
	"  reps INTEGER NOT NULL,"
	"  lapses INTEGER NOT NULL,"
	"  created_ms INTEGER NOT NULL,"
	"  UNIQUE (learner, handbook, item, skill)"
	") STRICT;"
	"CREATE INDEX card_due ON card (learner, due_ms);"
	"CREATE INDEX card_created ON card (learner, created_ms);"
	/* Append-only, but for undo of the last answer.  prev_*: the card before. */
	"CREATE TABLE review ("
	"  id INTEGER PRIMARY KEY,"
	"  learner INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,"
	"  card INTEGER NOT NULL REFERENCES card(id) ON DELETE CASCADE,"
	"  time_ms INTEGER NOT NULL,"
	"  skill TEXT NOT NULL,"
	"  presentation TEXT NOT NULL,"
	"  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),"
	"  answer TEXT,"
	"  correct INTEGER CHECK (correct IN (0, 1)),"
	"  duration_ms INTEGER NOT NULL,"
	"  prev_state INTEGER NOT NULL,"
	"  prev_step INTEGER NOT NULL,"
	"  prev_stability REAL NOT NULL,"
	"  prev_difficulty REAL NOT NULL,"
	"  prev_scheduled_days INTEGER NOT NULL,"
	"  prev_due_ms INTEGER NOT NULL,"
	"  prev_last_review_ms INTEGER NOT NULL,"
	"  prev_reps INTEGER NOT NULL,"
	"  prev_lapses INTEGER NOT NULL"
	") STRICT;"
	"CREATE INDEX review_by_learner ON review (learner, id);"
	"CREATE INDEX review_by_card ON review (card, time_ms);",
	/* 3: learners tied to system users, the editor flag of trainers who also edit,
	 * speech settings, and indexes for classes, assignments and reports.  A UNIQUE
	 * column cannot be added, so the login is unique by its index (NULLs apart). */
	"ALTER TABLE learner ADD COLUMN login TEXT;"
	"CREATE UNIQUE INDEX learner_login ON learner (login);"
	"ALTER TABLE learner ADD COLUMN editor INTEGER NOT NULL DEFAULT 0"
	"  CHECK (editor IN (0, 1));"
	"UPDATE learner SET editor = 1 WHERE role = 'editor';"
	/* As in a new database, the first learner is trainer and editor, unless a
	 * trainer was named: nobody is locked out once logins are tied. */
	"UPDATE learner SET role = 'trainer', editor = 1 WHERE id = (SELECT min(id) FROM learner)"
	"  AND NOT EXISTS (SELECT 1 FROM learner WHERE role = 'trainer');"
	"ALTER TABLE learner ADD COLUMN speech INTEGER NOT NULL DEFAULT 1"
	"  CHECK (speech IN (0, 1));"
	"ALTER TABLE learner ADD COLUMN voice TEXT;"
	"CREATE INDEX class_member_by_learner ON class_member (learner);"
	"CREATE INDEX assignment_by_learner ON assignment (learner);"
	"CREATE INDEX assignment_by_class ON assignment (class);"
	/* Reports read every answer of a class, and each card's Again answers: this
	 * index holds all they need, so they never touch the wide rows of the log,
	 * and it gives the Again answers of a learner in card order. */
	"CREATE INDEX review_report ON review (learner, rating, card, time_ms, prev_state);",
	/* 4: what is due, by state, read from the index alone */
	"CREATE INDEX card_by_state ON card (learner, state, due_ms);",
	/* 5: a learner's answers by time, with what the report counts of them: the
	 * report reads only the period it covers, and a learner's last answer is
	 * the last entry */
	"CREATE INDEX review_by_time ON review (learner, time_ms, prev_state, rating);",
};

static const struct db_schema schema = { "training", migrations,
					 (int)(sizeof migrations / sizeof *migrations) };

struct training {
	struct sql *c;
};

struct training *training_open(const char *path, char **err)
{
	struct sql *c;
	if (sql_is_pg_uri(path))
		c = training_pg_open(path, err);
	else {
		sqlite3 *db = db_open(path, &schema, false, err);
		c = db ? sql_wrap_sqlite(db) : NULL;
	}
	if (!c)
		return NULL;
	struct training *t = xcalloc(1, sizeof *t);
	t->c = c;
	return t;
}

void training_close(struct training *t)
{
	if (!t)
		return;
	sql_close(t->c);
	free(t);
}

bool training_is_room(const char *path)
{
	return sql_is_pg_uri(path);
}

struct sql *training_sql(struct training *t)
{
	return t->c;
}

int training_schema_version(void)
{
	return schema.count;
}

char *training_error(struct training *t)
{
	return sql_error(t->c);
}

int training_begin(struct training *t, char **err)
{
	return sql_begin(t->c, err);
}

int training_commit(struct training *t, char **err)
{
	return sql_commit(t->c, err);
}

void training_rollback(struct training *t)
{
	sql_rollback(t->c);
}

int training_whoami(struct training *t, char *buf, size_t size, char **err)
{
	if (sql_backend(t->c) == SQL_PG) {
		struct sql_stmt *st = sql_prepare(t->c, "SELECT session_user");
		int rc = sql_step(st);
		if (rc == SQL_ROW)
			snprintf(buf, size, "%s", sql_text(st, 0) ? sql_text(st, 0) : "");
		else
			*err = sql_error(t->c);
		sql_finalize(st);
		return rc == SQL_ROW ? 0 : -1;
	}
	/* A user id with no name is tied to nobody, as on a machine without accounts. */
	struct passwd *pw = getpwuid(getuid());
	snprintf(buf, size, "%s", pw ? pw->pw_name : "");
	return 0;
}

/* Steps a statement that returns no rows, then finalizes it. */
static int done(struct training *t, struct sql_stmt *st, char **err)
{
	int rc = sql_step(st);
	if (rc != SQL_DONE && err)
		*err = sql_error(t->c);
	sql_finalize(st);
	return rc == SQL_DONE ? 0 : -1;
}

/* Steps a statement to its end, whatever rows it gives, then finalizes it. */
static int done_rows(struct training *t, struct sql_stmt *st, char **err)
{
	int rc;
	while ((rc = sql_step(st)) == SQL_ROW)
		;
	if (rc != SQL_DONE && err)
		*err = sql_error(t->c);
	sql_finalize(st);
	return rc == SQL_DONE ? 0 : -1;
}

/* Steps an INSERT ... RETURNING id, then finalizes it: 0 with *id set, 1 when no
 * row was inserted (ON CONFLICT DO NOTHING), -1 on error. */
static int inserted(struct training *t, struct sql_stmt *st, int64_t *id, char **err)
{
	int rc = sql_step(st);
	if (rc == SQL_ROW) {
		*id = sql_int64(st, 0);
		rc = sql_step(st);
	} else if (rc == SQL_DONE)
		rc = 1;
	if (rc == SQL_ERROR)
		*err = sql_error(t->c);
	sql_finalize(st);
	return rc == SQL_ERROR ? -1 : rc == 1 ? 1 : 0;
}

/* Room for element n of an array of `size`-byte elements that grows by doubling. */
static void *grow(void *v, size_t n, size_t *cap, size_t size)
{
	if (n < *cap)
		return v;
	*cap = *cap ? *cap * 2 : 16;
	return xreallocarray(v, *cap, size);
}

/* Ends a loop that read rows into an array: finalizes the statement and, when the
 * last step failed, reports it (the caller frees what it read).  0 or -1. */
static int end_rows(struct training *t, struct sql_stmt *st, int rc, char **err)
{
	sql_finalize(st);
	if (rc == SQL_DONE)
		return 0;
	*err = sql_error(t->c);
	return -1;
}

static void copy_text(char *dst, size_t size, const char *src)
{
	snprintf(dst, size, "%s", src ? src : "");
}

/* ---------------------------------------------------------------- learners */

static const char *const role_names[] = { "learner", "trainer", "editor" };

const char *training_role_name(enum learner_role role)
{
	return role_names[role];
}

int training_role_parse(const char *name)
{
	for (int i = 0; i < 3; i++)
		if (!strcmp(name, role_names[i]))
			return i;
	return -1;
}

#define LEARNER_COLUMNS                                                                       \
	"id, name, native, target, role, retention, daily_new, params, params_log_loss, "    \
	"params_reviews, created_ms, login, editor, speech, voice"

static void parse_params(const char *text, struct learner *l)
{
	l->has_params = false;
	if (!text)
		return;
	const char *p = text;
	for (int i = 0; i < FSRS_NPARAMS; i++) {
		char *end;
		l->params[i] = strtod(p, &end);
		if (end == p)
			return;
		p = *end == ',' ? end + 1 : end;
	}
	l->has_params = true;
}

static void read_learner(struct sql_stmt *st, struct learner *l)
{
	memset(l, 0, sizeof *l);
	l->id = sql_int64(st, 0);
	copy_text(l->name, sizeof l->name, sql_text(st, 1));
	copy_text(l->native, sizeof l->native, sql_text(st, 2));
	copy_text(l->target, sizeof l->target, sql_text(st, 3));
	int role = training_role_parse(sql_text(st, 4));
	l->role = role < 0 ? ROLE_LEARNER : (enum learner_role)role;
	l->retention = sql_double(st, 5);
	l->daily_new = sql_int(st, 6);
	parse_params(sql_text(st, 7), l);
	l->params_log_loss = sql_double(st, 8);
	l->params_reviews = sql_int64(st, 9);
	l->created_ms = sql_int64(st, 10);
	copy_text(l->login, sizeof l->login, sql_text(st, 11));
	l->editor = sql_int(st, 12) || l->role == ROLE_EDITOR;
	l->speech = sql_int(st, 13);
	copy_text(l->voice, sizeof l->voice, sql_text(st, 14));
}

int training_learner_add(struct training *t, struct learner *l, int64_t now_ms, char **err)
{
	struct sql_stmt *st;
	if (*l->login) {
		st = sql_prepare(t->c, "SELECT 1 FROM learner WHERE login = ?1");
		sql_bind_text(st, 1, l->login);
		int rc = sql_step(st);
		if (rc != SQL_ROW && rc != SQL_DONE)
			*err = sql_error(t->c);
		sql_finalize(st);
		if (rc != SQL_DONE)
			return rc == SQL_ROW ? 2 : -1;
	}
	/* The role is decided in the statement itself, so that two first learners
	 * added at once cannot both become trainers of an empty database. */
	st = sql_prepare(t->c, "INSERT INTO learner (name, native, target, role, editor, retention, "
			"daily_new, login, created_ms) "
			"SELECT ?1, ?2, ?3,"
			" CASE WHEN EXISTS (SELECT 1 FROM learner) THEN ?4 ELSE 'trainer' END,"
			" CASE WHEN EXISTS (SELECT 1 FROM learner) THEN ?5 ELSE 1 END,"
			" ?6, ?7, ?8, ?9 WHERE true "
			"ON CONFLICT (name) DO NOTHING RETURNING id");
	sql_bind_text(st, 1, l->name);
	sql_bind_text(st, 2, l->native);
	sql_bind_text(st, 3, l->target);
	sql_bind_text(st, 4, role_names[l->role]);
	sql_bind_int64(st, 5, l->editor || l->role == ROLE_EDITOR);
	sql_bind_double(st, 6, l->retention);
	sql_bind_int64(st, 7, l->daily_new);
	sql_bind_text(st, 8, *l->login ? l->login : NULL);
	sql_bind_int64(st, 9, now_ms);
	int added = inserted(t, st, &l->id, err);
	if (added)
		return added;
	if (*l->login && sql_backend(t->c) == SQL_PG) {
		/* The login's place in the room: its role, made when missing, in the
		 * groups of the learner's role (training-pg.c). */
		st = sql_prepare(t->c, "SELECT cordial.enrol(?1)");
		sql_bind_text(st, 1, l->login);
		if (done_rows(t, st, err))
			return -1;
	}
	l->created_ms = now_ms;
	st = sql_prepare(t->c, "SELECT role, editor, speech FROM learner WHERE id = ?1");
	sql_bind_int64(st, 1, l->id);
	int rc = sql_step(st);
	if (rc == SQL_ROW) {
		int role = training_role_parse(sql_text(st, 0));
		l->role = role < 0 ? ROLE_LEARNER : (enum learner_role)role;
		l->editor = sql_int(st, 1);
		l->speech = sql_int(st, 2);
		l->voice[0] = '\0';
	} else
		*err = sql_error(t->c);
	sql_finalize(st);
	return rc == SQL_ROW ? 0 : -1;
}

int training_learner_find(struct training *t, const char *name, struct learner *l, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "SELECT " LEARNER_COLUMNS
					     " FROM learner WHERE name = ?1");
	sql_bind_text(st, 1, name);
	int rc = sql_step(st), found = 0;
	if (rc == SQL_ROW) {
		read_learner(st, l);
		found = 1;
	} else if (rc != SQL_DONE) {
		*err = sql_error(t->c);
		found = -1;
	}
	sql_finalize(st);
	return found;
}

long training_learner_count(struct training *t, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "SELECT count(*) FROM learner");
	long n = sql_step(st) == SQL_ROW ? (long)sql_int64(st, 0) : -1;
	if (n < 0)
		*err = sql_error(t->c);
	sql_finalize(st);
	return n;
}

int training_learner_each(struct training *t, void (*fn)(const struct learner *, void *),
			  void *ctx, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "SELECT " LEARNER_COLUMNS
					     " FROM learner ORDER BY name");
	int rc;
	while ((rc = sql_step(st)) == SQL_ROW) {
		struct learner l;
		read_learner(st, &l);
		fn(&l, ctx);
	}
	sql_finalize(st);
	if (rc != SQL_DONE) {
		*err = sql_error(t->c);
		return -1;
	}
	return 0;
}

int training_learner_set_params(struct training *t, int64_t learner,
				const double params[FSRS_NPARAMS], double log_loss,
				int64_t reviews, char **err)
{
	char text[FSRS_NPARAMS * 24] = "";
	for (int i = 0; i < FSRS_NPARAMS; i++) {
		size_t n = strlen(text);
		snprintf(text + n, sizeof text - n, "%s%.17g", i ? "," : "", params[i]);
	}
	struct sql_stmt *st = sql_prepare(t->c, "UPDATE learner SET params = ?2, params_log_loss = ?3, "
					     "params_reviews = ?4 WHERE id = ?1");
	sql_bind_int64(st, 1, learner);
	sql_bind_text(st, 2, text);
	sql_bind_double(st, 3, log_loss);
	sql_bind_int64(st, 4, reviews);
	return done(t, st, err);
}

int training_lesson_choose(struct training *t, int64_t learner, const char *handbook,
			   const char *lesson, int64_t now_ms, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "INSERT INTO learner_lesson (learner, handbook, "
					     "lesson, chosen_ms) VALUES (?1, ?2, ?3, ?4) "
					     "ON CONFLICT DO NOTHING");
	sql_bind_int64(st, 1, learner);
	sql_bind_text(st, 2, handbook);
	sql_bind_text(st, 3, lesson);
	sql_bind_int64(st, 4, now_ms);
	return done(t, st, err);
}

long training_lessons(struct training *t, int64_t learner, struct lesson_ref **out, char **err)
{
	/* Assignments (the learner's own and their classes'), then chosen lessons.  A
	 * whole-handbook assignment has lesson '' and is expanded by the caller. */
	struct sql_stmt *st = sql_prepare(t->c, "SELECT handbook, lesson, due FROM ("
		" SELECT a.handbook, coalesce(a.lesson, '') AS lesson, a.due_day AS due,"
		"  0 AS kind, coalesce(a.due_day, '9999-12-31') AS k1, a.id AS k2"
		" FROM assignment a WHERE a.learner = ?1 OR a.class IN"
		"  (SELECT class FROM class_member WHERE learner = ?1)"
		" UNION ALL"
		" SELECT handbook, lesson, NULL, 1, '', chosen_ms FROM learner_lesson"
		" WHERE learner = ?1) AS queue"
		" ORDER BY kind, k1, k2, handbook, lesson");
	sql_bind_int64(st, 1, learner);
	size_t n = 0, cap = 0;
	*out = NULL;
	int rc;
	while ((rc = sql_step(st)) == SQL_ROW) {
		*out = grow(*out, n, &cap, sizeof **out);
		struct lesson_ref *r = &(*out)[n++];
		copy_text(r->handbook, sizeof r->handbook, sql_text(st, 0));
		copy_text(r->lesson, sizeof r->lesson, sql_text(st, 1));
		copy_text(r->due_day, sizeof r->due_day, sql_text(st, 2));
	}
	if (end_rows(t, st, rc, err)) {
		free(*out);
		*out = NULL;
		return -1;
	}
	return (long)n;
}

/* ---------------------------------------------------------------- cards */

static const char *const skill_names[] = { "recognize", "produce", "judge" };

const char *training_skill_name(enum skill skill)
{
	return skill_names[skill];
}

static enum skill parse_skill(const char *s)
{
	for (int i = 0; i < 3; i++)
		if (s && !strcmp(s, skill_names[i]))
			return (enum skill)i;
	return SKILL_RECOGNIZE;
}

#define CARD_COLUMNS                                                                          \
	"id, learner, handbook, item, skill, state, step, stability, difficulty, "           \
	"scheduled_days, due_ms, last_review_ms, reps, lapses, created_ms"

/* Nine columns from `first` into a card's scheduling state, in the order
 * bind_fsrs_card() binds them. */
static void read_fsrs_card(struct sql_stmt *st, int first, struct fsrs_card *c)
{
	c->state = (enum fsrs_state)sql_int(st, first);
	c->step = sql_int(st, first + 1);
	c->memory.stability = sql_double(st, first + 2);
	c->memory.difficulty = sql_double(st, first + 3);
	c->scheduled_days = sql_int(st, first + 4);
	c->due_ms = sql_int64(st, first + 5);
	c->last_review_ms = sql_int64(st, first + 6);
	c->reps = sql_int(st, first + 7);
	c->lapses = sql_int(st, first + 8);
}

/* A card's scheduling state into nine parameters from `first`: state, step,
 * stability, difficulty, scheduled days, due, last review, repetitions, lapses. */
static void bind_fsrs_card(struct sql_stmt *st, int first, const struct fsrs_card *c)
{
	sql_bind_int64(st, first, (int)c->state);
	sql_bind_int64(st, first + 1, c->step);
	sql_bind_double(st, first + 2, c->memory.stability);
	sql_bind_double(st, first + 3, c->memory.difficulty);
	sql_bind_int64(st, first + 4, c->scheduled_days);
	sql_bind_int64(st, first + 5, c->due_ms);
	sql_bind_int64(st, first + 6, c->last_review_ms);
	sql_bind_int64(st, first + 7, c->reps);
	sql_bind_int64(st, first + 8, c->lapses);
}

static void read_card(struct sql_stmt *st, struct card *c)
{
	memset(c, 0, sizeof *c);
	c->id = sql_int64(st, 0);
	c->learner = sql_int64(st, 1);
	copy_text(c->handbook, sizeof c->handbook, sql_text(st, 2));
	copy_text(c->item, sizeof c->item, sql_text(st, 3));
	c->skill = parse_skill(sql_text(st, 4));
	read_fsrs_card(st, 5, &c->fsrs);
	c->created_ms = sql_int64(st, 14);
}

int training_card_create(struct training *t, int64_t learner, const char *handbook,
			 const char *item, enum skill skill, int64_t now_ms, struct card *c,
			 char **err)
{
	const enum skill skills[1] = { skill };
	if (training_cards_create(t, learner, handbook, item, skills, 1, now_ms, err))
		return -1;
	struct sql_stmt *st = sql_prepare(t->c, "SELECT " CARD_COLUMNS " FROM card WHERE learner = ?1 AND "
			       "handbook = ?2 AND item = ?3 AND skill = ?4");
	sql_bind_int64(st, 1, learner);
	sql_bind_text(st, 2, handbook);
	sql_bind_text(st, 3, item);
	sql_bind_text(st, 4, skill_names[skill]);
	int rc = sql_step(st);
	if (rc == SQL_ROW)
		read_card(st, c);
	else
		*err = sql_error(t->c);
	sql_finalize(st);
	return rc == SQL_ROW ? 0 : -1;
}

int training_cards_create(struct training *t, int64_t learner, const char *handbook,
			  const char *item, const enum skill *skills, int n, int64_t now_ms,
			  char **err)
{
#define CARD_NEW(skill) "(?1, ?2, ?3, " skill ", 0, 0, 0, 0, 0, ?4, 0, 0, 0, ?4)"
#define CARDS_NEW(rows) "INSERT INTO card (learner, handbook, item, skill, state, step, "      \
			"stability, difficulty, scheduled_days, due_ms, last_review_ms, reps, " \
			"lapses, created_ms) VALUES " rows " ON CONFLICT DO NOTHING"
	struct fsrs_card fresh;
	fsrs_card_init(&fresh, now_ms);
	struct sql_stmt *st = sql_prepare(t->c, n > 1 ? CARDS_NEW(CARD_NEW("?5") ", " CARD_NEW("?6"))
						     : CARDS_NEW(CARD_NEW("?5")));
	sql_bind_int64(st, 1, learner);
	sql_bind_text(st, 2, handbook);
	sql_bind_text(st, 3, item);
	sql_bind_int64(st, 4, fresh.due_ms);
	for (int i = 0; i < n && i < 2; i++)
		sql_bind_text(st, 5 + i, skill_names[skills[i]]);
	return done(t, st, err);
}

int training_card_save(struct training *t, const struct card *c, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "UPDATE card SET state = ?2, step = ?3, stability = ?4, difficulty = ?5, "
		       "scheduled_days = ?6, due_ms = ?7, last_review_ms = ?8, reps = ?9, "
		       "lapses = ?10 WHERE id = ?1");
	sql_bind_int64(st, 1, c->id);
	bind_fsrs_card(st, 2, &c->fsrs);
	return done(t, st, err);
}

int training_card_delete(struct training *t, int64_t card, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "DELETE FROM card WHERE id = ?1");
	sql_bind_int64(st, 1, card);
	return done(t, st, err);
}

int training_card_get(struct training *t, int64_t id, struct card *c, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "SELECT " CARD_COLUMNS " FROM card WHERE id = ?1");
	sql_bind_int64(st, 1, id);
	int rc = sql_step(st);
	if (rc == SQL_ROW)
		read_card(st, c);
	else if (rc != SQL_DONE)
		*err = sql_error(t->c);
	sql_finalize(st);
	return rc == SQL_ROW ? 1 : rc == SQL_DONE ? 0 : -1;
}

int training_card_lock(struct training *t, int64_t id, struct card *c, char **err)
{
	struct sql_stmt *st = sql_prepare2(t->c, "SELECT " CARD_COLUMNS " FROM card WHERE id = ?1",
					   "SELECT " CARD_COLUMNS " FROM card WHERE id = ?1 FOR UPDATE");
	sql_bind_int64(st, 1, id);
	int rc = sql_step(st);
	if (rc == SQL_ROW)
		read_card(st, c);
	else if (rc != SQL_DONE)
		*err = sql_error(t->c);
	sql_finalize(st);
	return rc == SQL_ROW ? 1 : rc == SQL_DONE ? 0 : -1;
}

static int by_text(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

long training_items_known(struct training *t, int64_t learner, char ***items, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "SELECT DISTINCT handbook, item FROM card "
					     "WHERE learner = ?1");
	sql_bind_int64(st, 1, learner);
	size_t n = 0, cap = 0;
	*items = NULL;
	int rc;
	while ((rc = sql_step(st)) == SQL_ROW) {
		*items = grow(*items, n, &cap, sizeof **items);
		(*items)[n] = xasprintf("%s\x1f%s", sql_text(st, 0), sql_text(st, 1));
		n++;
	}
	if (end_rows(t, st, rc, err)) {
		for (size_t i = 0; i < n; i++)
			free((*items)[i]);
		free(*items);
		*items = NULL;
		return -1;
	}
	if (n > 1)
		qsort(*items, n, sizeof **items, by_text);
	return (long)n;
}

int training_item_known(struct training *t, int64_t learner, const char *handbook,
			const char *item, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "SELECT 1 FROM card WHERE learner = ?1 AND "
					     "handbook = ?2 AND item = ?3 LIMIT 1");
	sql_bind_int64(st, 1, learner);
	sql_bind_text(st, 2, handbook);
	sql_bind_text(st, 3, item);
	int rc = sql_step(st);
	if (rc != SQL_ROW && rc != SQL_DONE)
		*err = sql_error(t->c);
	sql_finalize(st);
	return rc == SQL_ROW ? 1 : rc == SQL_DONE ? 0 : -1;
}

long training_cards_due(struct training *t, int64_t learner, unsigned states, int64_t until_ms,
			size_t limit, struct card **out, char **err)
{
	return training_cards_due_after(t, learner, states, until_ms, 0, limit, out, err);
}

/* The states as a list (-1 for those not wanted), so that the index on
 * (learner, state, due_ms) finds each one's due cards directly. */
#define DUE_WHERE " WHERE learner = ?1 AND state IN (?3, ?4, ?5, ?6) AND due_ms <= ?2"

static void bind_states(struct sql_stmt *st, int first, unsigned states)
{
	for (int i = 0; i < 4; i++)
		sql_bind_int64(st, first + i, states & (1u << i) ? i : -1);
}

long training_cards_due_after(struct training *t, int64_t learner, unsigned states,
			      int64_t until_ms, int64_t after_id, size_t limit, struct card **out,
			      char **err)
{
#define DUE_AFTER DUE_WHERE " AND id > ?8 ORDER BY due_ms, id LIMIT ?7"
	struct sql_stmt *st = sql_prepare2(
		t->c, "SELECT " CARD_COLUMNS " FROM card INDEXED BY card_by_state" DUE_AFTER,
		"SELECT " CARD_COLUMNS " FROM card" DUE_AFTER);
	sql_bind_int64(st, 1, learner);
	sql_bind_int64(st, 2, until_ms);
	bind_states(st, 3, states);
	sql_bind_int64(st, 7, (int64_t)limit);
	sql_bind_int64(st, 8, after_id);
	size_t n = 0, cap = 0;
	*out = NULL;
	int rc;
	while ((rc = sql_step(st)) == SQL_ROW) {
		*out = grow(*out, n, &cap, sizeof **out);
		read_card(st, &(*out)[n++]);
	}
	if (end_rows(t, st, rc, err)) {
		free(*out);
		*out = NULL;
		return -1;
	}
	return (long)n;
}

int training_due_counts(struct training *t, int64_t learner, unsigned states, int64_t until_ms,
			int64_t now_ms, int64_t since_ms, struct due_counts *out, char **err)
{
#define DUE_COUNTS "SELECT count(*), coalesce(sum(CASE WHEN state = ?7 OR due_ms <= ?8 " \
		   "THEN 1 ELSE 0 END), 0), coalesce(max(id), 0), (SELECT count(DISTINCT " \
		   "handbook || '/' || item) FROM card WHERE learner = ?1 AND created_ms >= ?9) FROM card"
	struct sql_stmt *st = sql_prepare2(t->c, DUE_COUNTS " INDEXED BY card_by_state" DUE_WHERE,
					   DUE_COUNTS DUE_WHERE);
	sql_bind_int64(st, 1, learner);
	sql_bind_int64(st, 2, until_ms);
	bind_states(st, 3, states);
	sql_bind_int64(st, 7, FSRS_REVIEW);
	sql_bind_int64(st, 8, now_ms);
	sql_bind_int64(st, 9, since_ms);
	int rc = sql_step(st);
	memset(out, 0, sizeof *out);
	if (rc == SQL_ROW) {
		out->now = (long)sql_int64(st, 1);
		out->later = (long)sql_int64(st, 0) - out->now;
		out->max_id = sql_int64(st, 2);
		out->introduced = (long)sql_int64(st, 3);
		rc = sql_step(st);
	}
	return end_rows(t, st, rc, err);
}

int64_t training_next_due(struct training *t, int64_t learner, int64_t after_ms, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "SELECT min(due_ms) FROM card WHERE learner = ?1 "
					     "AND due_ms > ?2");
	sql_bind_int64(st, 1, learner);
	sql_bind_int64(st, 2, after_ms);
	int64_t due = 0;
	if (sql_step(st) == SQL_ROW)
		due = sql_int64(st, 0);
	else
		*err = sql_error(t->c);
	sql_finalize(st);
	return due;
}

/* ---------------------------------------------------------------- reviews */


/* A review into ?1 ... ?18, in the order of the review table's columns. */
static void bind_review(struct sql_stmt *st, const struct review *r, int64_t learner)
{
	sql_bind_int64(st, 1, learner);
	sql_bind_int64(st, 2, r->card);
	sql_bind_int64(st, 3, r->time_ms);
	sql_bind_text(st, 4, skill_names[r->skill]);
	sql_bind_text(st, 5, r->presentation);
	sql_bind_int64(st, 6, r->rating);
	sql_bind_text(st, 7, r->answer);
	if (r->correct >= 0)
		sql_bind_int64(st, 8, r->correct);
	else
		sql_bind_null(st, 8);
	sql_bind_int64(st, 9, r->duration_ms);
	bind_fsrs_card(st, 10, &r->before);
}

int training_review_add(struct training *t, struct review *r, int64_t learner, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "INSERT INTO review (learner, card, time_ms, skill, presentation, rating, answer, "
		"correct, duration_ms, prev_state, prev_step, prev_stability, prev_difficulty, "
		"prev_scheduled_days, prev_due_ms, prev_last_review_ms, prev_reps, prev_lapses) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
		"?17, ?18) RETURNING id");
	bind_review(st, r, learner);
	return inserted(t, st, &r->id, err) ? -1 : 0;
}

/* SQLite: the card's columns as an answer leaves them (?19 ... ?27), where the
 * card is still as the review's previous state (?10 ... ?18) says. */
#define ANSWER_CARD_SET                                                                       \
	"UPDATE card SET state = ?19, step = ?20, stability = ?21, difficulty = ?22, "        \
	"scheduled_days = ?23, due_ms = ?24, last_review_ms = ?25, reps = ?26, lapses = ?27 " \
	"WHERE id = ?2 AND learner = ?1 AND state = ?10 AND step = ?11 AND stability = ?12 "  \
	"AND difficulty = ?13 AND scheduled_days = ?14 AND due_ms = ?15 "                     \
	"AND last_review_ms = ?16 AND reps = ?17 AND lapses = ?18"

int training_answer(struct training *t, const struct card *after, struct review *r,
		    int64_t learner, char **err)
{
	bool pg = sql_backend(t->c) == SQL_PG;
	/* PostgreSQL: the room's function does both in one call (its own
	 * transaction), the review only when the card was updated.  SQLite: the two
	 * in a transaction, which holds the file's one write lock. */
	if (!pg && training_begin(t, err))
		return -1;
	struct sql_stmt *st = sql_prepare2(
		t->c, ANSWER_CARD_SET,
		"SELECT cordial.answer(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
		"?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)");
	bind_review(st, r, learner);
	bind_fsrs_card(st, 19, &after->fsrs);
	if (pg) {
		int rc = sql_step(st), saved = rc == SQL_ROW && !sql_null(st, 0);
		if (saved)
			r->id = sql_int64(st, 0);
		if (rc == SQL_ERROR)
			*err = sql_error(t->c);
		sql_finalize(st);
		return rc == SQL_ERROR ? -1 : saved;
	}
	if (done(t, st, err))
		goto fail;
	if (sql_changes(t->c) == 0) {
		training_rollback(t);
		return 0;
	}
	if (training_review_add(t, r, learner, err) || training_commit(t, err))
		goto fail;
	return 1;
fail:
	training_rollback(t);
	return -1;
}

int training_review_last(struct training *t, int64_t learner, struct review *r, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "SELECT id, card, time_ms, skill, presentation, rating, answer, correct, "
		"duration_ms, prev_state, prev_step, prev_stability, prev_difficulty, "
		"prev_scheduled_days, prev_due_ms, prev_last_review_ms, prev_reps, prev_lapses "
		"FROM review WHERE learner = ?1 ORDER BY id DESC LIMIT 1");
	sql_bind_int64(st, 1, learner);
	int rc = sql_step(st);
	if (rc == SQL_ROW) {
		memset(r, 0, sizeof *r);
		r->id = sql_int64(st, 0);
		r->card = sql_int64(st, 1);
		r->time_ms = sql_int64(st, 2);
		r->skill = parse_skill(sql_text(st, 3));
		copy_text(r->presentation, sizeof r->presentation, sql_text(st, 4));
		r->rating = sql_int(st, 5);
		const char *answer = sql_text(st, 6);
		r->answer = answer ? xstrdup(answer) : NULL;
		r->correct = sql_null(st, 7) ? -1 : sql_int(st, 7);
		r->duration_ms = sql_int64(st, 8);
		read_fsrs_card(st, 9, &r->before);
	} else if (rc != SQL_DONE)
		*err = sql_error(t->c);
	sql_finalize(st);
	return rc == SQL_ROW ? 1 : rc == SQL_DONE ? 0 : -1;
}

/* An undo or a change of rating that touched no row: on PostgreSQL the room's
 * policies hide all but the learner's latest answer of the last minutes. */
static int latest_only(struct training *t, char **err)
{
	if (sql_changes(t->c) > 0)
		return 0;
	*err = xstrdup(_("this answer can no longer be changed: only the latest answer can be "
			 "undone or re-rated, for 10 minutes after it was saved"));
	return -1;
}

int training_review_delete(struct training *t, int64_t review, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "DELETE FROM review WHERE id = ?1");
	sql_bind_int64(st, 1, review);
	return done(t, st, err) ? -1 : latest_only(t, err);
}

int training_review_set_rating(struct training *t, int64_t review, int rating, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "UPDATE review SET rating = ?2 WHERE id = ?1");
	sql_bind_int64(st, 1, review);
	sql_bind_int64(st, 2, rating);
	return done(t, st, err) ? -1 : latest_only(t, err);
}

long training_review_history(struct training *t, int64_t learner, int64_t **cards,
			     int64_t **times, int **ratings, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "SELECT card, time_ms, rating FROM review WHERE "
					     "learner = ?1 ORDER BY card, time_ms, id");
	sql_bind_int64(st, 1, learner);
	size_t n = 0, cap = 0;
	*cards = NULL;
	*times = NULL;
	*ratings = NULL;
	int rc;
	while ((rc = sql_step(st)) == SQL_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 1024;
			*cards = xreallocarray(*cards, cap, sizeof **cards);
			*times = xreallocarray(*times, cap, sizeof **times);
			*ratings = xreallocarray(*ratings, cap, sizeof **ratings);
		}
		(*cards)[n] = sql_int64(st, 0);
		(*times)[n] = sql_int64(st, 1);
		(*ratings)[n] = sql_int(st, 2);
		n++;
	}
	sql_finalize(st);
	if (rc != SQL_DONE) {
		*err = sql_error(t->c);
		return -1;
	}
	return (long)n;
}

/* ---------------------------------------------------------------- who, classes */

int training_learner_by_login(struct training *t, const char *login, struct learner *l,
			      char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "SELECT " LEARNER_COLUMNS
					     " FROM learner WHERE login = ?1");
	sql_bind_text(st, 1, login);
	int rc = sql_step(st);
	if (rc == SQL_ROW)
		read_learner(st, l);
	else if (rc != SQL_DONE)
		*err = sql_error(t->c);
	sql_finalize(st);
	return rc == SQL_ROW ? 1 : rc == SQL_DONE ? 0 : -1;
}

/* The real user id: after su or sudo, the user switched to.  A uid without an entry
 * in the user database is known by no login (""). */
char *training_learner_names_with(struct training *t, enum learner_role role, size_t max,
				  char **err)
{
	/* On PostgreSQL through a function of the room's owner: a learner sees no
	 * other learner's row, but may know whom to ask. */
	struct sql_stmt *st = sql_prepare2(t->c,
					   "SELECT name FROM learner WHERE CASE ?1"
					   " WHEN 'trainer' THEN role = 'trainer'"
					   " ELSE editor = 1 OR role = 'editor' END"
					   " ORDER BY name LIMIT ?2",
					   "SELECT n FROM cordial.names_with(?1, ?2) AS n ORDER BY n");
	sql_bind_text(st, 1, role_names[role]);
	sql_bind_int64(st, 2, (int64_t)max);
	size_t len = 0;
	char *names = xcalloc(1, 1);
	int rc;
	while ((rc = sql_step(st)) == SQL_ROW) {
		const char *name = sql_text(st, 0);
		size_t n = strlen(name);
		names = xrealloc(names, len + n + 3);
		len += (size_t)sprintf(names + len, "%s%s", len ? ", " : "", name);
	}
	sql_finalize(st);
	if (rc != SQL_DONE) {
		*err = sql_error(t->c);
		free(names);
		return NULL;
	}
	return names;
}

int training_class_add(struct training *t, const char *name, int64_t now_ms, int64_t *id,
		       char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "INSERT INTO class (name, created_ms) VALUES (?1, ?2) "
					     "ON CONFLICT (name) DO NOTHING RETURNING id");
	sql_bind_text(st, 1, name);
	sql_bind_int64(st, 2, now_ms);
	return inserted(t, st, id, err);
}

#define CLASS_COLUMNS                                                                         \
	"c.id, c.name, (SELECT count(*) FROM class_member m WHERE m.class = c.id), "          \
	"(SELECT count(*) FROM assignment a WHERE a.class = c.id), c.created_ms"

static void read_class(struct sql_stmt *st, struct class_row *c)
{
	memset(c, 0, sizeof *c);
	c->id = sql_int64(st, 0);
	copy_text(c->name, sizeof c->name, sql_text(st, 1));
	c->members = (long)sql_int64(st, 2);
	c->assignments = (long)sql_int64(st, 3);
	c->created_ms = sql_int64(st, 4);
}

int training_class_find(struct training *t, const char *name, struct class_row *c, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "SELECT " CLASS_COLUMNS
					     " FROM class c WHERE c.name = ?1");
	sql_bind_text(st, 1, name);
	int rc = sql_step(st);
	if (rc == SQL_ROW)
		read_class(st, c);
	else if (rc != SQL_DONE)
		*err = sql_error(t->c);
	sql_finalize(st);
	return rc == SQL_ROW ? 1 : rc == SQL_DONE ? 0 : -1;
}

/* Grows a malloc'd array by one element when it is full. */
long training_classes(struct training *t, int64_t learner, struct class_row **out, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "SELECT " CLASS_COLUMNS
					     " FROM class c WHERE ?1 = 0 OR c.id IN"
					     " (SELECT class FROM class_member WHERE learner = ?1)"
					     " ORDER BY c.name");
	sql_bind_int64(st, 1, learner);
	size_t n = 0, cap = 0;
	*out = NULL;
	int rc;
	while ((rc = sql_step(st)) == SQL_ROW) {
		*out = grow(*out, n, &cap, sizeof **out);
		read_class(st, &(*out)[n++]);
	}
	if (end_rows(t, st, rc, err)) {
		free(*out);
		*out = NULL;
		return -1;
	}
	return (long)n;
}

int training_class_join(struct training *t, int64_t class_id, int64_t learner, int64_t now_ms,
			char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "INSERT INTO class_member (class, learner, joined_ms) "
					     "VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
	sql_bind_int64(st, 1, class_id);
	sql_bind_int64(st, 2, learner);
	sql_bind_int64(st, 3, now_ms);
	if (done(t, st, err))
		return -1;
	return sql_changes(t->c) > 0;
}

int training_class_leave(struct training *t, int64_t class_id, int64_t learner, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "DELETE FROM class_member WHERE class = ?1 AND "
					     "learner = ?2");
	sql_bind_int64(st, 1, class_id);
	sql_bind_int64(st, 2, learner);
	if (done(t, st, err))
		return -1;
	return sql_changes(t->c) > 0;
}

/* The learners of a scope (?1 a learner or 0, ?2 a class or 0), as a subquery. */
#define SCOPE                                                                                 \
	"(SELECT id FROM learner WHERE (?1 = 0 OR id = ?1) AND (?2 = 0 OR id IN "             \
	"(SELECT learner FROM class_member WHERE class = ?2)))"

static void bind_scope(struct sql_stmt *st, const struct training_scope *scope)
{
	sql_bind_int64(st, 1, scope->learner);
	sql_bind_int64(st, 2, scope->class_id);
}

long training_learners_in(struct training *t, const struct training_scope *scope,
			  struct learner **out, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "SELECT " LEARNER_COLUMNS " FROM learner WHERE id IN "
					     SCOPE " ORDER BY id");
	bind_scope(st, scope);
	size_t n = 0, cap = 0;
	*out = NULL;
	int rc;
	while ((rc = sql_step(st)) == SQL_ROW) {
		*out = grow(*out, n, &cap, sizeof **out);
		read_learner(st, &(*out)[n++]);
	}
	if (end_rows(t, st, rc, err)) {
		free(*out);
		*out = NULL;
		return -1;
	}
	return (long)n;
}

/* ---------------------------------------------------------------- assignments */

#define ASSIGNMENT_COLUMNS                                                                    \
	"a.id, coalesce(a.learner, 0), coalesce(a.class, 0), l.name, c.name, a.handbook, "   \
	"a.lesson, a.due_day, a.note, a.created_ms"
#define ASSIGNMENT_FROM                                                                       \
	" FROM assignment a LEFT JOIN learner l ON l.id = a.learner"                         \
	" LEFT JOIN class c ON c.id = a.class"

static void read_assignment(struct sql_stmt *st, struct assignment *a)
{
	memset(a, 0, sizeof *a);
	a->id = sql_int64(st, 0);
	a->learner = sql_int64(st, 1);
	a->class_id = sql_int64(st, 2);
	copy_text(a->learner_name, sizeof a->learner_name, sql_text(st, 3));
	copy_text(a->class_name, sizeof a->class_name, sql_text(st, 4));
	copy_text(a->handbook, sizeof a->handbook, sql_text(st, 5));
	copy_text(a->lesson, sizeof a->lesson, sql_text(st, 6));
	copy_text(a->due_day, sizeof a->due_day, sql_text(st, 7));
	copy_text(a->note, sizeof a->note, sql_text(st, 8));
	a->created_ms = sql_int64(st, 9);
}

int training_assignment_add(struct training *t, struct assignment *a, int64_t now_ms,
			    char **err)
{
	/* NULL, not "", marks a whole handbook and an absent date or note: the study
	 * queue (training_lessons) reads them so. */
	const char *lesson = *a->lesson ? a->lesson : NULL;
	const char *due = *a->due_day ? a->due_day : NULL;
	const char *note = *a->note ? a->note : NULL;
	struct sql_stmt *st = sql_prepare(t->c, "SELECT id, created_ms FROM assignment WHERE "
					     "learner IS NOT DISTINCT FROM ?1 AND class IS NOT DISTINCT FROM ?2 "
					     "AND handbook = ?3 AND lesson IS NOT DISTINCT FROM ?4");
	if (a->learner)
		sql_bind_int64(st, 1, a->learner);
	if (a->class_id)
		sql_bind_int64(st, 2, a->class_id);
	sql_bind_text(st, 3, a->handbook);
	sql_bind_text(st, 4, lesson);
	int rc = sql_step(st);
	if (rc == SQL_ROW) {
		a->id = sql_int64(st, 0);
		a->created_ms = sql_int64(st, 1);
	} else if (rc != SQL_DONE)
		*err = sql_error(t->c);
	sql_finalize(st);
	if (rc == SQL_ROW) {
		st = sql_prepare(t->c, "UPDATE assignment SET due_day = coalesce(?2, due_day), "
				       "note = coalesce(?3, note) WHERE id = ?1 "
				       "RETURNING coalesce(due_day, ''), coalesce(note, '')");
		sql_bind_int64(st, 1, a->id);
		sql_bind_text(st, 2, due);
		sql_bind_text(st, 3, note);
		rc = sql_step(st);
		if (rc == SQL_ROW) {
			copy_text(a->due_day, sizeof a->due_day, sql_text(st, 0));
			copy_text(a->note, sizeof a->note, sql_text(st, 1));
			rc = sql_step(st);
		}
		if (rc != SQL_DONE)
			*err = sql_error(t->c);
		sql_finalize(st);
		return rc == SQL_DONE ? 1 : -1;
	}
	if (rc != SQL_DONE)
		return -1;
	st = sql_prepare(t->c, "INSERT INTO assignment (learner, class, handbook, lesson, due_day, "
			       "note, created_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id");
	if (a->learner)
		sql_bind_int64(st, 1, a->learner);
	if (a->class_id)
		sql_bind_int64(st, 2, a->class_id);
	sql_bind_text(st, 3, a->handbook);
	sql_bind_text(st, 4, lesson);
	sql_bind_text(st, 5, due);
	sql_bind_text(st, 6, note);
	sql_bind_int64(st, 7, now_ms);
	if (inserted(t, st, &a->id, err))
		return -1;
	a->created_ms = now_ms;
	return 0;
}

int training_assignment_get(struct training *t, int64_t id, struct assignment *a, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "SELECT " ASSIGNMENT_COLUMNS ASSIGNMENT_FROM
					     " WHERE a.id = ?1");
	sql_bind_int64(st, 1, id);
	int rc = sql_step(st);
	if (rc == SQL_ROW)
		read_assignment(st, a);
	else if (rc != SQL_DONE)
		*err = sql_error(t->c);
	sql_finalize(st);
	return rc == SQL_ROW ? 1 : rc == SQL_DONE ? 0 : -1;
}

int training_assignment_delete(struct training *t, int64_t id, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "DELETE FROM assignment WHERE id = ?1");
	sql_bind_int64(st, 1, id);
	return done(t, st, err);
}

long training_assignments(struct training *t, int64_t learner, int64_t class_id,
			  struct assignment **out, char **err)
{
	/* The order is the study queue's (training_lessons). */
	struct sql_stmt *st = sql_prepare(t->c, "SELECT " ASSIGNMENT_COLUMNS ASSIGNMENT_FROM
		       " WHERE (?1 = 0 OR a.learner = ?1 OR a.class IN"
		       "  (SELECT class FROM class_member WHERE learner = ?1))"
		       " AND (?2 = 0 OR a.class = ?2)"
		       " ORDER BY coalesce(a.due_day, '9999-12-31'), a.id");
	sql_bind_int64(st, 1, learner);
	sql_bind_int64(st, 2, class_id);
	size_t n = 0, cap = 0;
	*out = NULL;
	int rc;
	while ((rc = sql_step(st)) == SQL_ROW) {
		*out = grow(*out, n, &cap, sizeof **out);
		read_assignment(st, &(*out)[n++]);
	}
	if (end_rows(t, st, rc, err)) {
		free(*out);
		*out = NULL;
		return -1;
	}
	return (long)n;
}

/* ---------------------------------------------------------------- reports */

int training_report_cards(struct training *t, const struct training_scope *scope,
			  void (*fn)(const struct card_brief *, void *), void *ctx, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "SELECT learner, handbook, item, state, stability, "
					     "due_ms, created_ms, id, skill FROM card WHERE learner IN "
					     SCOPE " ORDER BY learner, handbook, item");
	bind_scope(st, scope);
	int rc;
	while ((rc = sql_step(st)) == SQL_ROW) {
		struct card_brief c = {
			.learner = sql_int64(st, 0),
			.handbook = sql_text(st, 1),
			.item = sql_text(st, 2),
			.state = (enum fsrs_state)sql_int(st, 3),
			.stability = sql_double(st, 4),
			.due_ms = sql_int64(st, 5),
			.created_ms = sql_int64(st, 6),
			.id = sql_int64(st, 7),
			.skill = parse_skill(sql_text(st, 8)),
		};
		fn(&c, ctx);
	}
	sql_finalize(st);
	if (rc != SQL_DONE) {
		*err = sql_error(t->c);
		return -1;
	}
	return 0;
}

int training_review_counts(struct training *t, const struct training_scope *scope,
			   int64_t week_ms, int64_t month_ms, int64_t since_ms,
			   void (*fn)(const struct review_counts *, void *), void *ctx, char **err)
{
	/* Only the answers of the period read (?6, the earliest of the three bounds),
	 * through review_by_time; each learner's last answer is that index's last
	 * entry for them.  Learners without an answer give no row. */
	struct sql_stmt *st = sql_prepare(
		t->c, "SELECT l.id, coalesce(c.week, 0), coalesce(c.month, 0), coalesce(c.answers, 0),"
		      " coalesce(c.right_ones, 0), l.last FROM (SELECT id, (SELECT max(r.time_ms)"
		      " FROM review r WHERE r.learner = learner.id) AS last FROM learner WHERE id IN"
		      " " SCOPE ") l LEFT JOIN (SELECT learner,"
		      " count(*) FILTER (WHERE time_ms >= ?3) AS week,"
		      " count(*) FILTER (WHERE time_ms >= ?4) AS month,"
		      " count(*) FILTER (WHERE prev_state = 2 AND time_ms >= ?5) AS answers,"
		      " count(*) FILTER (WHERE prev_state = 2 AND rating > 1 AND time_ms >= ?5)"
		      " AS right_ones FROM review WHERE learner IN " SCOPE " AND time_ms >= ?6"
		      " GROUP BY learner) c ON c.learner = l.id WHERE l.last IS NOT NULL ORDER BY l.id");
	bind_scope(st, scope);
	sql_bind_int64(st, 3, week_ms);
	sql_bind_int64(st, 4, month_ms);
	sql_bind_int64(st, 5, since_ms);
	int64_t from = week_ms < month_ms ? week_ms : month_ms;
	sql_bind_int64(st, 6, since_ms < from ? since_ms : from);
	int rc;
	while ((rc = sql_step(st)) == SQL_ROW) {
		struct review_counts r = {
			.learner = sql_int64(st, 0),
			.week = (long)sql_int64(st, 1),
			.month = (long)sql_int64(st, 2),
			.review_answers = (long)sql_int64(st, 3),
			.review_right = (long)sql_int64(st, 4),
			.last_ms = sql_int64(st, 5),
		};
		fn(&r, ctx);
	}
	sql_finalize(st);
	if (rc != SQL_DONE) {
		*err = sql_error(t->c);
		return -1;
	}
	return 0;
}

long training_again_counts(struct training *t, const struct training_scope *scope,
			  int64_t since_ms, struct again_count **out, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "SELECT card, count(*) FROM review WHERE learner IN "
					     SCOPE " AND rating = 1 AND time_ms >= ?3"
					     " GROUP BY learner, card");
	bind_scope(st, scope);
	sql_bind_int64(st, 3, since_ms);
	size_t n = 0, cap = 0;
	*out = NULL;
	int rc;
	while ((rc = sql_step(st)) == SQL_ROW) {
		*out = grow(*out, n, &cap, sizeof **out);
		(*out)[n++] = (struct again_count){ sql_int64(st, 0),
						    (long)sql_int64(st, 1) };
	}
	if (end_rows(t, st, rc, err)) {
		free(*out);
		*out = NULL;
		return -1;
	}
	return (long)n;
}

/* ---------------------------------------------------------------- changing an assignment */

int training_assignment_update(struct training *t, int64_t id, const char *due_day,
			       const char *note, char **err)
{
	struct sql_stmt *st = sql_prepare(t->c, "UPDATE assignment SET due_day = ?2, note = ?3 "
						"WHERE id = ?1 RETURNING id");
	sql_bind_int64(st, 1, id);
	sql_bind_text(st, 2, due_day && *due_day ? due_day : NULL);
	sql_bind_text(st, 3, note && *note ? note : NULL);
	int rc = sql_step(st), found = rc == SQL_ROW;
	if (found)
		rc = sql_step(st);
	if (rc != SQL_DONE) {
		*err = sql_error(t->c);
		sql_finalize(st);
		return -1;
	}
	sql_finalize(st);
	return found;
}
