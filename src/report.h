/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Progress reports for trainers: for each learner, how far each assignment is and
 * whether it will be done in time, how much is learned and retained, what is
 * overdue; for a class, the same summed and the items the class misses most.
 *
 * Computed from the training database (cards, the review log, assignments) and the
 * content database (which items an assigned lesson holds, and their texts).  Days are
 * study days, which start at 04:00 local time (study_day_start()). */
#ifndef CORDIAL_REPORT_H
#define CORDIAL_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "training.h"

struct content;

#define REPORT_LEARNED_DAYS 7.0 /* an item is learned once all its cards are this stable */
#define REPORT_PACE_DAYS    14  /* the pace is measured over at most this many days */
#define REPORT_MISSED       10  /* the items a class misses most */

enum report_status {
	REPORT_DONE,	 /* every item introduced */
	REPORT_ON_TRACK, /* at the current pace, done by the due date, or assigned today */
	REPORT_BEHIND,	 /* at the current pace, not done by the due date; never on the
			  * study day the assignment was made, before any pace shows */
	REPORT_LATE,	 /* the due date has passed and it is not done */
	REPORT_UNDATED,	 /* no due date, not done */
};

/* "done", "on-track", "behind", "late", "undated": for machine formats. */
const char *report_status_name(enum report_status status);

/* One assignment as it stands for one learner. */
struct report_assignment {
	struct assignment a;
	long introduced, total; /* items begun, of its items that the learner can study */
	/* Items still to introduce before it is done: its own and those of the
	 * assignments the study queue takes first (earlier due dates). */
	long needed;
	/* The pace: items introduced (of any lesson) over the last pace_days study days,
	 * today included, or since the day of the assignment when that is later. */
	long pace_items, pace_days;
	long days_left; /* study days from today through the due day; 0 when past or none */
	enum report_status status;
};

struct report_learner {
	struct learner learner;
	long introduced, total, learned; /* over all assigned items, each counted once */
	long reviews_week, reviews_month; /* answers in the last 7 and 30 study days */
	long review_answers, review_right; /* answers to cards in review, and the right ones */
	long overdue;			   /* review cards due before today */
	long days_since;		   /* study days since the last answer; -1: never */
	struct report_assignment *assignments; /* in study order */
	size_t nassignments;
};

/* A class's assignment: its members by the status it has for them. */
struct report_class_assignment {
	struct assignment a;
	long count[REPORT_UNDATED + 1];
};

struct report_missed {
	char handbook[72], item[72];
	char *text; /* the source-language text or situation, "" for an item gone */
	long again;
};

struct report_class {
	struct class_row row;
	/* The members' figures summed; days_since is the smallest (-1 when nobody
	 * studied), review_* are pooled, learner and assignments are empty. */
	struct report_learner total;
	struct report_class_assignment *assignments;
	size_t nassignments;
	struct report_missed missed[REPORT_MISSED];
	size_t nmissed;
};

struct report {
	int64_t now_ms, today_ms; /* today_ms: the start of the current study day */
	int64_t since_ms;	  /* retention and missed items count from here; 0: all */
	char today[16], since[16]; /* "YYYY-MM-DD", since "" when all */
	struct report_learner *learners; /* by name */
	size_t nlearners;
	struct report_class *class; /* the class asked for, or NULL */
};

/* The report for a scope (everyone, a learner, or a class; for a class also its
 * summary), counting retention and missed items from the study day `since`
 * ("YYYY-MM-DD", NULL for all time).  0, or -1 with *err set (malloc'd).  Free with
 * report_free() either way. */
int report_build(struct training *t, struct content *c, const struct training_scope *scope,
		 const char *since, struct report *r, char **err);
void report_free(struct report *r);

/* The start of the study day "YYYY-MM-DD" (a real date), or -1. */
int64_t report_parse_day(const char *text);

#endif
