/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Statistics queries over the training database. */
#include "stats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "training-db.h"

/* Runs a query whose rows are (index, count) into counts[0..n). */
static int fill_counts(struct sql *db, struct sql_stmt *st, long *counts, int n, char **err)
{
	memset(counts, 0, (size_t)n * sizeof *counts);
	int rc;
	while ((rc = sql_step(st)) == SQL_ROW) {
		int64_t i = sql_int64(st, 0);
		if (i >= 0 && i < n)
			counts[i] += (long)sql_int64(st, 1);
	}
	sql_finalize(st);
	if (rc != SQL_DONE) {
		*err = sql_error(db);
		return -1;
	}
	return 0;
}

int stats_states(struct training *t, int64_t learner, long counts[4], char **err)
{
	struct sql *db = training_sql(t);
	struct sql_stmt *st = sql_prepare(db, "SELECT state, count(*) FROM card WHERE learner = ?1 "
					  "GROUP BY state");
	sql_bind_int64(st, 1, learner);
	return fill_counts(db, st, counts, 4, err);
}

int stats_reviews_per_day(struct training *t, int64_t learner, int64_t day_start, int days,
			  long *counts, char **err)
{
	struct sql *db = training_sql(t);
	int64_t first = day_start - (int64_t)(days - 1) * 86400000;
	struct sql_stmt *st = sql_prepare(db, "SELECT (time_ms - ?2) / 86400000, count(*) FROM review "
					  "WHERE learner = ?1 AND time_ms >= ?2 GROUP BY 1");
	sql_bind_int64(st, 1, learner);
	sql_bind_int64(st, 2, first);
	return fill_counts(db, st, counts, days, err);
}

int stats_streak(struct training *t, int64_t learner, int64_t day_start, int max_days,
		 int *streak, char **err)
{
	*streak = 0;
	if (max_days < 1)
		return 0;
	long *counts = xmalloc((size_t)max_days * sizeof *counts);
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

int stats_retention(struct training *t, int64_t learner, int64_t since, long *right, long *total,
		    char **err)
{
	struct sql *db = training_sql(t);
	struct sql_stmt *st = sql_prepare(db, "SELECT count(*), count(*) FILTER (WHERE rating > 1) FROM review "
					  "WHERE learner = ?1 AND prev_state = 2 AND time_ms >= ?2");
	sql_bind_int64(st, 1, learner);
	sql_bind_int64(st, 2, since);
	int rc = sql_step(st);
	if (rc == SQL_ROW) {
		*total = (long)sql_int64(st, 0);
		*right = (long)sql_int64(st, 1);
	} else
		*err = sql_error(db);
	sql_finalize(st);
	return rc == SQL_ROW ? 0 : -1;
}

long stats_hardest(struct training *t, int64_t learner, struct stats_item *out, size_t n,
		   char **err)
{
	struct sql *db = training_sql(t);
	struct sql_stmt *st = sql_prepare(db, "SELECT c.handbook, c.item, max(c.lapses), count(*) FILTER (WHERE r.rating = 1)"
		    " FROM review r JOIN card c ON c.id = r.card WHERE r.learner = ?1"
		    " GROUP BY c.handbook, c.item HAVING count(*) FILTER (WHERE r.rating = 1) > 0"
		    " ORDER BY 4 DESC, c.handbook, c.item LIMIT ?2");
	sql_bind_int64(st, 1, learner);
	sql_bind_int64(st, 2, (int64_t)n);
	long k = 0;
	int rc;
	while ((rc = sql_step(st)) == SQL_ROW) {
		snprintf(out[k].handbook, sizeof out[k].handbook, "%s", sql_text(st, 0));
		snprintf(out[k].item, sizeof out[k].item, "%s", sql_text(st, 1));
		out[k].lapses = (long)sql_int64(st, 2);
		out[k].agains = (long)sql_int64(st, 3);
		k++;
	}
	sql_finalize(st);
	if (rc != SQL_DONE) {
		*err = sql_error(db);
		return -1;
	}
	return k;
}
