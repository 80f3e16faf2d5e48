/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A learner's settings: reading and writing them in the training database. */
#include "settings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "training-db.h"

/* Steps a statement that returns no rows, then finalizes it. */
static int step_done(struct sql *db, struct sql_stmt *st, char **err)
{
	int rc = sql_step(st);
	if (rc != SQL_DONE)
		*err = sql_error(db);
	sql_finalize(st);
	return rc == SQL_DONE ? 0 : -1;
}

int settings_set_target(struct training *t, int64_t learner, const char *target, char **err)
{
	struct sql *db = training_sql(t);
	struct sql_stmt *st = sql_prepare(db, "UPDATE learner SET target = ?2 WHERE id = ?1");
	sql_bind_int64(st, 1, learner);
	sql_bind_text(st, 2, target);
	return step_done(db, st, err);
}

int settings_set_native(struct training *t, int64_t learner, const char *native, char **err)
{
	struct sql *db = training_sql(t);
	struct sql_stmt *st = sql_prepare(db, "UPDATE learner SET native = ?2 WHERE id = ?1");
	sql_bind_int64(st, 1, learner);
	sql_bind_text(st, 2, native);
	return step_done(db, st, err);
}

int settings_set_retention(struct training *t, int64_t learner, double retention, char **err)
{
	struct sql *db = training_sql(t);
	struct sql_stmt *st = sql_prepare(db, "UPDATE learner SET retention = ?2 WHERE id = ?1");
	sql_bind_int64(st, 1, learner);
	sql_bind_double(st, 2, retention);
	return step_done(db, st, err);
}

int settings_set_daily_new(struct training *t, int64_t learner, int daily_new, char **err)
{
	struct sql *db = training_sql(t);
	struct sql_stmt *st = sql_prepare(db, "UPDATE learner SET daily_new = ?2 WHERE id = ?1");
	sql_bind_int64(st, 1, learner);
	sql_bind_int64(st, 2, daily_new);
	return step_done(db, st, err);
}

int settings_has_speech(struct training *t, char **err)
{
	struct sql *db = training_sql(t);
	struct sql_stmt *st = sql_prepare2(
		db,
		"SELECT count(*) FROM pragma_table_info('learner') WHERE name IN ('speech', 'voice')",
		"SELECT count(*) FROM information_schema.columns WHERE table_schema = 'cordial'"
		" AND table_name = 'learner' AND column_name IN ('speech', 'voice')");
	int rc = sql_step(st), found = -1;
	if (rc == SQL_ROW)
		found = sql_int(st, 0) == 2;
	else
		*err = sql_error(db);
	sql_finalize(st);
	return found;
}

int settings_speech(struct training *t, int64_t learner, bool *speech, char *voice, size_t size,
		    char **err)
{
	struct sql *db = training_sql(t);
	struct sql_stmt *st = sql_prepare(db, "SELECT speech, coalesce(voice, '') FROM learner "
					  "WHERE id = ?1");
	sql_bind_int64(st, 1, learner);
	int rc = sql_step(st);
	if (rc == SQL_ROW) {
		*speech = sql_int(st, 0) != 0;
		snprintf(voice, size, "%s", sql_text(st, 1));
	} else if (rc == SQL_DONE) {
		*speech = true;
		snprintf(voice, size, "%s", "");
	} else
		*err = sql_error(db);
	sql_finalize(st);
	return rc == SQL_ROW || rc == SQL_DONE ? 0 : -1;
}

int settings_set_speech(struct training *t, int64_t learner, bool speech, char **err)
{
	struct sql *db = training_sql(t);
	struct sql_stmt *st = sql_prepare(db, "UPDATE learner SET speech = ?2 WHERE id = ?1");
	sql_bind_int64(st, 1, learner);
	sql_bind_int64(st, 2, speech ? 1 : 0);
	return step_done(db, st, err);
}

int settings_set_voice(struct training *t, int64_t learner, const char *voice, char **err)
{
	struct sql *db = training_sql(t);
	struct sql_stmt *st = sql_prepare(db, "UPDATE learner SET voice = ?2 WHERE id = ?1");
	sql_bind_int64(st, 1, learner);
	sql_bind_text(st, 2, voice && *voice ? voice : NULL);
	return step_done(db, st, err);
}

/* Collects (handbook, lesson) rows into a malloc'd array. */
static long collect_lessons(struct sql *db, struct sql_stmt *st, struct lesson_ref **out, char **err)
{
	size_t n = 0, cap = 0;
	*out = NULL;
	int rc;
	while ((rc = sql_step(st)) == SQL_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			*out = xreallocarray(*out, cap, sizeof **out);
		}
		struct lesson_ref *r = &(*out)[n++];
		const char *handbook = sql_text(st, 0), *lesson = sql_text(st, 1);
		snprintf(r->handbook, sizeof r->handbook, "%s", handbook ? handbook : "");
		snprintf(r->lesson, sizeof r->lesson, "%s", lesson ? lesson : "");
		r->due_day[0] = '\0';
	}
	sql_finalize(st);
	if (rc != SQL_DONE) {
		*err = sql_error(db);
		free(*out);
		*out = NULL;
		return -1;
	}
	return (long)n;
}

long settings_chosen_lessons(struct training *t, int64_t learner, struct lesson_ref **out,
			     char **err)
{
	struct sql *db = training_sql(t);
	struct sql_stmt *st = sql_prepare(db, "SELECT handbook, lesson FROM learner_lesson "
					  "WHERE learner = ?1 ORDER BY chosen_ms, handbook, lesson");
	sql_bind_int64(st, 1, learner);
	return collect_lessons(db, st, out, err);
}

long settings_assigned_lessons(struct training *t, int64_t learner, struct lesson_ref **out,
			       char **err)
{
	struct sql *db = training_sql(t);
	struct sql_stmt *st = sql_prepare(db, "SELECT DISTINCT handbook, coalesce(lesson, '') FROM assignment "
		    "WHERE learner = ?1 OR class IN "
		    "(SELECT class FROM class_member WHERE learner = ?1) ORDER BY 1, 2");
	sql_bind_int64(st, 1, learner);
	return collect_lessons(db, st, out, err);
}

int settings_lesson_drop(struct training *t, int64_t learner, const char *handbook,
			 const char *lesson, char **err)
{
	struct sql *db = training_sql(t);
	struct sql_stmt *st = sql_prepare(db, "DELETE FROM learner_lesson WHERE learner = ?1 "
					  "AND handbook = ?2 AND lesson = ?3");
	sql_bind_int64(st, 1, learner);
	sql_bind_text(st, 2, handbook);
	sql_bind_text(st, 3, lesson);
	return step_done(db, st, err);
}

int settings_lessons_order(struct training *t, int64_t learner, const struct lesson_ref *refs,
			   long n, char **err)
{
	struct sql *db = training_sql(t);
	struct sql_stmt *st = sql_prepare(db, "SELECT coalesce(min(chosen_ms), 0) FROM learner_lesson "
					      "WHERE learner = ?1");
	sql_bind_int64(st, 1, learner);
	if (sql_step(st) != SQL_ROW) {
		*err = sql_error(db);
		sql_finalize(st);
		return -1;
	}
	int64_t first = sql_int64(st, 0);
	sql_finalize(st);
	for (long i = 0; i < n; i++) {
		st = sql_prepare(db, "UPDATE learner_lesson SET chosen_ms = ?4 WHERE learner = ?1 "
				     "AND handbook = ?2 AND lesson = ?3");
		sql_bind_int64(st, 1, learner);
		sql_bind_text(st, 2, refs[i].handbook);
		sql_bind_text(st, 3, refs[i].lesson);
		sql_bind_int64(st, 4, first + i);
		if (step_done(db, st, err))
			return -1;
	}
	return 0;
}

long settings_stabilities(struct training *t, int64_t learner, double **out, char **err)
{
	struct sql *db = training_sql(t);
	struct sql_stmt *st = sql_prepare(db, "SELECT stability FROM card WHERE learner = ?1 "
					  "AND state IN (2, 3) AND stability > 0");
	sql_bind_int64(st, 1, learner);
	size_t n = 0, cap = 0;
	*out = NULL;
	int rc;
	while ((rc = sql_step(st)) == SQL_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 256;
			*out = xreallocarray(*out, cap, sizeof **out);
		}
		(*out)[n++] = sql_double(st, 0);
	}
	sql_finalize(st);
	if (rc != SQL_DONE) {
		*err = sql_error(db);
		free(*out);
		*out = NULL;
		return -1;
	}
	return (long)n;
}
