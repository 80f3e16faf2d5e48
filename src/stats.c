/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Statistics queries over the training database. */
#include "stats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "training-db.h"

/* Runs a query whose rows are (index, count) into counts[0..n). */
static int fill_counts(sqlite3 *db, sqlite3_stmt *st, long *counts, int n, char **err)
{
	memset(counts, 0, (size_t)n * sizeof *counts);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t i = sqlite3_column_int64(st, 0);
		if (i >= 0 && i < n)
			counts[i] += (long)sqlite3_column_int64(st, 1);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*err = db_error(db);
		return -1;
	}
	return 0;
}

int stats_states(struct training *t, int64_t learner, long counts[4], char **err)
{
	sqlite3 *db = training_sqlite(t);
	sqlite3_stmt *st = db_prepare(db, "SELECT state, count(*) FROM card WHERE learner = ?1 "
					  "GROUP BY state");
	sqlite3_bind_int64(st, 1, learner);
	return fill_counts(db, st, counts, 4, err);
}

int stats_due(struct training *t, int64_t learner, int64_t now, int64_t day_end, long *due_now,
	      long *later_today, char **err)
{
	sqlite3 *db = training_sqlite(t);
	/* "state IN" lets the (learner, state, due_ms) index answer alone. */
	sqlite3_stmt *st = db_prepare(
		db, "SELECT sum(CASE WHEN state = 2 THEN due_ms < ?3 ELSE due_ms <= ?2 END),"
		    " sum(state <> 2 AND due_ms > ?2 AND due_ms < ?3)"
		    " FROM card WHERE learner = ?1 AND state IN (0, 1, 2, 3) AND due_ms < ?3");
	sqlite3_bind_int64(st, 1, learner);
	sqlite3_bind_int64(st, 2, now);
	sqlite3_bind_int64(st, 3, day_end);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*due_now = (long)sqlite3_column_int64(st, 0);
		*later_today = (long)sqlite3_column_int64(st, 1);
	} else
		*err = db_error(db);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : -1;
}

int stats_reviews_per_day(struct training *t, int64_t learner, int64_t day_start, int days,
			  long *counts, char **err)
{
	sqlite3 *db = training_sqlite(t);
	int64_t first = day_start - (int64_t)(days - 1) * 86400000;
	sqlite3_stmt *st = db_prepare(db, "SELECT (time_ms - ?2) / 86400000, count(*) FROM review "
					  "WHERE learner = ?1 AND time_ms >= ?2 GROUP BY 1");
	sqlite3_bind_int64(st, 1, learner);
	sqlite3_bind_int64(st, 2, first);
	return fill_counts(db, st, counts, days, err);
}

int stats_streak(struct training *t, int64_t learner, int64_t day_start, int max_days,
		 int *streak, char **err)
{
	*streak = 0;
	if (max_days < 1)
		return 0;
	long *counts = malloc((size_t)max_days * sizeof *counts);
	if (!counts)
		abort();
	int rc = stats_reviews_per_day(t, learner, day_start, max_days, counts, err);
	if (rc == 0) {
		int d = max_days - 1;
		if (counts[d] == 0)
			d--; /* today is not over */
		while (d >= 0 && counts[d] > 0) {
			(*streak)++;
			d--;
		}
	}
	free(counts);
	return rc;
}

int stats_forecast(struct training *t, int64_t learner, int64_t day_start, int days, long *counts,
		   char **err)
{
	sqlite3 *db = training_sqlite(t);
	sqlite3_stmt *st = db_prepare(db, "SELECT max(0, (due_ms - ?2) / 86400000), count(*) "
					  "FROM card WHERE learner = ?1 AND state = 2 GROUP BY 1");
	sqlite3_bind_int64(st, 1, learner);
	sqlite3_bind_int64(st, 2, day_start);
	return fill_counts(db, st, counts, days, err);
}

int stats_retention(struct training *t, int64_t learner, int64_t since, long *right, long *total,
		    char **err)
{
	sqlite3 *db = training_sqlite(t);
	sqlite3_stmt *st = db_prepare(db, "SELECT count(*), coalesce(sum(rating > 1), 0) FROM review "
					  "WHERE learner = ?1 AND prev_state = 2 AND time_ms >= ?2");
	sqlite3_bind_int64(st, 1, learner);
	sqlite3_bind_int64(st, 2, since);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*total = (long)sqlite3_column_int64(st, 0);
		*right = (long)sqlite3_column_int64(st, 1);
	} else
		*err = db_error(db);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : -1;
}

long stats_hardest(struct training *t, int64_t learner, struct stats_item *out, size_t n,
		   char **err)
{
	sqlite3 *db = training_sqlite(t);
	sqlite3_stmt *st = db_prepare(
		db, "SELECT c.handbook, c.item, max(c.lapses), sum(r.rating = 1) AS agains"
		    " FROM review r JOIN card c ON c.id = r.card WHERE r.learner = ?1"
		    " GROUP BY c.handbook, c.item HAVING agains > 0"
		    " ORDER BY agains DESC, c.handbook, c.item LIMIT ?2");
	sqlite3_bind_int64(st, 1, learner);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)n);
	long k = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		snprintf(out[k].handbook, sizeof out[k].handbook, "%s", db_column_text(st, 0));
		snprintf(out[k].item, sizeof out[k].item, "%s", db_column_text(st, 1));
		out[k].lapses = (long)sqlite3_column_int64(st, 2);
		out[k].agains = (long)sqlite3_column_int64(st, 3);
		k++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*err = db_error(db);
		return -1;
	}
	return k;
}
