/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The training database: learners, the lessons they study, their cards (one FSRS
 * memory state per learner, item and skill) and the append-only review log.
 *
 * This module owns the connection; the rest of the program sees plain structs.
 * Items are named by the stable text keys of the content database: (handbook id,
 * item id). */
#ifndef CORDIAL_TRAINING_H
#define CORDIAL_TRAINING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fsrs.h"

struct training;

/* Opens, creating and migrating, the training database; NULL with *err set
 * (malloc'd) on failure. */
struct training *training_open(const char *path, char **err);
void training_close(struct training *t);

/* The schema version this program writes. */
int training_schema_version(void);

/* The last error of the connection, malloc'd. */
char *training_error(struct training *t);

int training_begin(struct training *t, char **err);
int training_commit(struct training *t, char **err);
void training_rollback(struct training *t);

/* ---------------------------------------------------------------- learners */

enum learner_role { ROLE_LEARNER, ROLE_TRAINER, ROLE_EDITOR };

struct learner {
	int64_t id;
	char name[128];
	char native[16], target[16];
	enum learner_role role;
	double retention;   /* desired retention */
	int daily_new;      /* new items a day */
	bool has_params;    /* fitted parameters, else the defaults */
	double params[FSRS_NPARAMS];
	double params_log_loss;
	int64_t params_reviews;
	int64_t created_ms;
};

const char *training_role_name(enum learner_role role);
/* ROLE_* for "learner", "trainer", "editor"; -1 for anything else. */
int training_role_parse(const char *name);

/* Adds a learner; 0, 1 when the name is taken, -1 on error (*err set). */
int training_learner_add(struct training *t, struct learner *l, int64_t now_ms, char **err);
/* Finds a learner by name: 1 found, 0 not found, -1 error. */
int training_learner_find(struct training *t, const char *name, struct learner *l, char **err);
/* Number of learners, or -1. */
long training_learner_count(struct training *t, char **err);
/* Calls fn for every learner, by name.  0 or -1. */
int training_learner_each(struct training *t, void (*fn)(const struct learner *, void *),
			  void *ctx, char **err);
/* Stores fitted parameters with their log loss and the number of reviews. */
int training_learner_set_params(struct training *t, int64_t learner,
				const double params[FSRS_NPARAMS], double log_loss,
				int64_t reviews, char **err);

/* Lessons a learner chose to study, in the order chosen. */
struct lesson_ref {
	char handbook[72], lesson[72];
	char due_day[16]; /* assignments: "YYYY-MM-DD" or "" */
};

int training_lesson_choose(struct training *t, int64_t learner, const char *handbook,
			   const char *lesson, int64_t now_ms, char **err);
/* The learner's lessons to take new items from: assigned lessons first (earliest
 * due date first, undated last), then chosen lessons in the order chosen.  A
 * malloc'd array in *out; returns the count or -1. */
long training_lessons(struct training *t, int64_t learner, struct lesson_ref **out, char **err);

/* ---------------------------------------------------------------- cards */

enum skill { SKILL_RECOGNIZE, SKILL_PRODUCE, SKILL_JUDGE };
const char *training_skill_name(enum skill skill);

struct card {
	int64_t id;
	int64_t learner;
	char handbook[72], item[72];
	enum skill skill;
	struct fsrs_card fsrs;
	int64_t created_ms;
};

/* Creates the card (state new, due now) unless it exists; fills *c either way. */
int training_card_create(struct training *t, int64_t learner, const char *handbook,
			 const char *item, enum skill skill, int64_t now_ms, struct card *c,
			 char **err);
/* Writes the card's FSRS state. */
int training_card_save(struct training *t, const struct card *c, char **err);
int training_card_delete(struct training *t, int64_t card, char **err);
/* A card by id: 1 found, 0 not found, -1 error. */
int training_card_get(struct training *t, int64_t id, struct card *c, char **err);
/* 1 when the learner has any card of the item, 0 when not, -1 on error. */
int training_item_known(struct training *t, int64_t learner, const char *handbook,
			const char *item, char **err);

/* Cards due at or before `until_ms` in the given states (a bit set of
 * 1 << FSRS_STATE), earliest due first, at most `limit`.  Returns the count
 * (array in *out, malloc'd) or -1. */
long training_cards_due(struct training *t, int64_t learner, unsigned states, int64_t until_ms,
			size_t limit, struct card **out, char **err);
/* Items introduced (first card created) at or after since_ms. */
long training_items_introduced(struct training *t, int64_t learner, int64_t since_ms, char **err);
/* The earliest due time of the learner's cards after `after_ms`, or 0 when none. */
int64_t training_next_due(struct training *t, int64_t learner, int64_t after_ms, char **err);

/* ---------------------------------------------------------------- reviews */

struct review {
	int64_t id;
	int64_t card;
	int64_t time_ms;
	enum skill skill;
	char presentation[16];
	int rating;
	char *answer; /* typed or chosen answer, or NULL */
	int correct;  /* 1 right, 0 wrong, -1 self-rated */
	int64_t duration_ms;
	struct fsrs_card before; /* the card's state before the answer, for undo */
};

/* Appends a review; sets r->id. */
int training_review_add(struct training *t, struct review *r, int64_t learner, char **err);
/* The learner's last review (answer owned by the caller), 1 found, 0 none, -1 error. */
int training_review_last(struct training *t, int64_t learner, struct review *r, char **err);
int training_review_delete(struct training *t, int64_t review, char **err);
/* Changes the rating of a review (the learner overrode the proposed one). */
int training_review_set_rating(struct training *t, int64_t review, int rating, char **err);

/* Every review of the learner as (card, time, rating), cards in id order and each
 * card's reviews in time order; arrays malloc'd.  Returns the count or -1. */
long training_review_history(struct training *t, int64_t learner, int64_t **cards,
			     int64_t **times, int **ratings, char **err);

#endif
