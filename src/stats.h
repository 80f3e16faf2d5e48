/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A learner's statistics from the training database: counts by state, reviews per
 * day, measured retention and the hardest items.  What is due is counted by the study
 * engine (study_due(), study_forecast()), which knows which cards a session asks. */
#ifndef CORDIAL_STATS_H
#define CORDIAL_STATS_H

#include <stddef.h>
#include <stdint.h>

#include "training.h"

/* Cards by FSRS state (new, learning, review, relearning). 0 or -1. */
int stats_states(struct training *t, int64_t learner, long counts[4], char **err);
/* Answers on each of `days` days, the last one being the day that starts at
 * day_start: counts[0] is the oldest. 0 or -1. */
int stats_reviews_per_day(struct training *t, int64_t learner, int64_t day_start, int days,
			  long *counts, char **err);
/* The streak: days in a row with at least one answer, up to the day that starts at
 * day_start, or up to the day before while that day has no answer yet (a streak is
 * not lost until the day is over); at most max_days.  0 or -1. */
int stats_streak(struct training *t, int64_t learner, int64_t day_start, int max_days,
		 int *streak, char **err);
/* Answers to cards that were in review (right: rated above Again) since `since`. */
int stats_retention(struct training *t, int64_t learner, int64_t since, long *right, long *total,
		    char **err);

struct stats_item {
	char handbook[72], item[72];
	long lapses, agains;
};
/* The items answered Again most often, at most n; returns the count or -1. */
long stats_hardest(struct training *t, int64_t learner, struct stats_item *out, size_t n,
		   char **err);

#endif
