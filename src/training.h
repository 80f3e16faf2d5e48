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

/* Opens the training database: an SQLite file (created and migrated), or, for a
 * connection URI starting with postgresql:// or postgres://, a training room on
 * PostgreSQL set up by training_room_init.  NULL with *err set (malloc'd) on
 * failure. */
struct training *training_open(const char *path, char **err);
void training_close(struct training *t);

/* Whether a --db value names a PostgreSQL training room. */
bool training_is_room(const char *path);
/* Sets up or migrates a training room on PostgreSQL, as the database's owner: the
 * schema "cordial", the group roles cordial_learner, cordial_trainer and
 * cordial_editor, their grants and the row-level security policies.  0 with the
 * schema versions before and after in *from and *to, or -1 with *err set. */
int training_room_init(const char *uri, int *from, int *to, char **err);
/* The schema version of a training room this program writes. */
int training_pg_schema_version(void);

/* The login the store knows the person by: on SQLite the system user of the real
 * user id ("" when it has no name), on PostgreSQL the database session's login.  0,
 * or -1 with *err set. */
int training_whoami(struct training *t, char *buf, size_t size, char **err);

/* The schema version this program writes. */
int training_schema_version(void);

/* The last error of the connection, malloc'd. */
char *training_error(struct training *t);

int training_begin(struct training *t, char **err);
int training_commit(struct training *t, char **err);
void training_rollback(struct training *t);

/* ---------------------------------------------------------------- learners */

/* A learner's role: ROLE_TRAINER manages learners, classes and assignments,
 * ROLE_EDITOR imports handbooks.  A trainer may also be an editor (the `editor`
 * flag of struct learner), as the first learner of a training database is. */
enum learner_role { ROLE_LEARNER, ROLE_TRAINER, ROLE_EDITOR };

struct learner {
	int64_t id;
	char name[128];
	char native[16], target[16];
	enum learner_role role;
	bool editor;        /* may import handbooks: role editor, or a trainer who edits too */
	char login[64];     /* the system user tied to this learner, or "" */
	bool speech;        /* phrases are spoken in the full-screen app */
	char voice[64];     /* the voice to speak with, "" for the language's default */
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

/* Adds a learner with its role, editor flag and login (speech and voice start at
 * their defaults: on, the language's voice); 0, 1 when the name is taken, 2 when the
 * login is tied to another learner, -1 on error (*err set).  The first learner of an
 * empty database becomes trainer and editor, so that nobody is locked out: l->role
 * and l->editor say what was stored. */
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
/* Creates the item's cards of the skills given (n is 1 or 2; state new, due
 * now), those that do not exist yet, in one statement.  0 or -1. */
int training_cards_create(struct training *t, int64_t learner, const char *handbook,
			  const char *item, const enum skill *skills, int n, int64_t now_ms,
			  char **err);
/* Writes the card's FSRS state. */
int training_card_save(struct training *t, const struct card *c, char **err);
int training_card_delete(struct training *t, int64_t card, char **err);
/* A card by id: 1 found, 0 not found, -1 error. */
int training_card_get(struct training *t, int64_t id, struct card *c, char **err);
/* The same inside a transaction, the card held until its end: another session
 * writing it waits (PostgreSQL: SELECT ... FOR UPDATE; SQLite: the transaction
 * already holds the one write lock). */
int training_card_lock(struct training *t, int64_t id, struct card *c, char **err);
/* The items the learner has cards of, each as "HANDBOOK\x1fITEM", sorted by
 * strcmp, in *items (the caller frees each string and the array): their number,
 * or -1 on error. */
long training_items_known(struct training *t, int64_t learner, char ***items, char **err);
/* 1 when the learner has any card of the item, 0 when not, -1 on error. */
int training_item_known(struct training *t, int64_t learner, const char *handbook,
			const char *item, char **err);

/* Cards due at or before `until_ms` in the given states (a bit set of
 * 1 << FSRS_STATE), earliest due first, at most `limit`.  Returns the count
 * (array in *out, malloc'd) or -1. */
long training_cards_due(struct training *t, int64_t learner, unsigned states, int64_t until_ms,
			size_t limit, struct card **out, char **err);
/* The same, of the cards whose id is above after_id only (those made since). */
long training_cards_due_after(struct training *t, int64_t learner, unsigned states,
			      int64_t until_ms, int64_t after_id, size_t limit, struct card **out,
			      char **err);
/* What training_due_counts() counts, in one statement. */
struct due_counts {
	long now;	    /* cards in review, or due at or before now_ms */
	long later;	    /* the other cards due by until_ms */
	long introduced;    /* items introduced (first card made) at or after since_ms */
	int64_t max_id;	    /* the highest id among the cards due (0: none) */
};
/* Counts the cards due at or before `until_ms` in the given states, and the
 * items introduced since since_ms, into *out.  0 or -1. */
int training_due_counts(struct training *t, int64_t learner, unsigned states, int64_t until_ms,
			int64_t now_ms, int64_t since_ms, struct due_counts *out, char **err);
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
/* Records an answer on its own (not inside a transaction): the card moves from
 * r->before to after->fsrs and the review is appended, both or neither, and only
 * if the card is still as r->before says (another session of the same learner
 * may have answered it since it was read).  1 recorded, with r->id set; 0 the card
 * has changed (or is gone), nothing written; -1 on error.  On PostgreSQL one
 * statement, one round trip. */
int training_answer(struct training *t, const struct card *after, struct review *r,
		    int64_t learner, char **err);
/* The learner's last review (answer owned by the caller), 1 found, 0 none, -1 error. */
int training_review_last(struct training *t, int64_t learner, struct review *r, char **err);
int training_review_delete(struct training *t, int64_t review, char **err);
/* Changes the rating of a review (the learner overrode the proposed one). */
int training_review_set_rating(struct training *t, int64_t review, int rating, char **err);

/* Every review of the learner as (card, time, rating), cards in id order and each
 * card's reviews in time order; arrays malloc'd.  Returns the count or -1. */
long training_review_history(struct training *t, int64_t learner, int64_t **cards,
			     int64_t **times, int **ratings, char **err);

/* ---------------------------------------------------------------- who, classes */

/* The learner tied to a system login: 1 found, 0 none, -1 error. */
int training_learner_by_login(struct training *t, const char *login, struct learner *l,
			      char **err);
/* The names of the trainers (ROLE_TRAINER) or of those who may import handbooks
 * (ROLE_EDITOR), by name, joined by ", ", at most `max` of them: malloc'd, "" when
 * there are none, NULL on error. */
char *training_learner_names_with(struct training *t, enum learner_role role, size_t max,
				  char **err);

struct class_row {
	int64_t id;
	char name[128];
	long members, assignments;
	int64_t created_ms;
};

/* Adds a class: 0 with *id set, 1 when the name is taken, -1 on error. */
int training_class_add(struct training *t, const char *name, int64_t now_ms, int64_t *id,
		       char **err);
/* A class by name: 1 found, 0 not found, -1 error. */
int training_class_find(struct training *t, const char *name, struct class_row *c, char **err);
/* The classes by name, or only those the learner is in when learner is not 0.  A
 * malloc'd array in *out (the caller frees it); the count or -1. */
long training_classes(struct training *t, int64_t learner, struct class_row **out, char **err);
/* 1 joined, 0 already a member, -1 error. */
int training_class_join(struct training *t, int64_t class_id, int64_t learner, int64_t now_ms,
			char **err);
/* 1 left, 0 was not a member, -1 error. */
int training_class_leave(struct training *t, int64_t class_id, int64_t learner, char **err);

/* Whose progress a query covers: everyone (both 0), one learner, or the members of
 * a class. */
struct training_scope {
	int64_t learner, class_id;
};

/* The learners of a scope, by id.  A malloc'd array in *out; the count or -1. */
long training_learners_in(struct training *t, const struct training_scope *scope,
			  struct learner **out, char **err);

/* ---------------------------------------------------------------- assignments */

struct assignment {
	int64_t id;
	int64_t learner, class_id; /* exactly one is not 0 */
	char learner_name[128], class_name[128];
	char handbook[72], lesson[72]; /* lesson "": the whole handbook */
	char due_day[16];		 /* "YYYY-MM-DD" or "" */
	char note[512];
	int64_t created_ms;
};

/* Adds an assignment; when the learner or class already has the same handbook or
 * lesson assigned, that assignment takes the due date and the note given instead
 * (an empty one keeps the old).  0 added, 1 changed (a->id, a->created_ms, due_day
 * and note as stored either way), -1 error. */
int training_assignment_add(struct training *t, struct assignment *a, int64_t now_ms,
			    char **err);
/* An assignment by id: 1 found, 0 not found, -1 error. */
int training_assignment_get(struct training *t, int64_t id, struct assignment *a, char **err);
int training_assignment_delete(struct training *t, int64_t id, char **err);
/* Assignments: all of them (both 0), those of a class, or those that apply to a
 * learner (their own and their classes', including classes joined after the
 * assignment was made).  In study order: earliest due date first, undated last,
 * then by id.  A malloc'd array in *out; the count or -1. */
long training_assignments(struct training *t, int64_t learner, int64_t class_id,
			  struct assignment **out, char **err);

/* ---------------------------------------------------------------- reports */

/* A card as reports see it; the strings are valid during the callback only. */
struct card_brief {
	int64_t id, learner;
	const char *handbook, *item;
	enum skill skill;
	enum fsrs_state state;
	double stability;
	int64_t due_ms, created_ms;
};

/* Calls fn for every card of the scope, ordered by learner id, handbook and item. */
int training_report_cards(struct training *t, const struct training_scope *scope,
			  void (*fn)(const struct card_brief *, void *), void *ctx, char **err);

struct review_counts {
	int64_t learner;
	long week, month;		    /* answers since week_ms and since month_ms */
	long review_answers, review_right; /* answers since since_ms to cards in review,
					    * and those of them rated above Again */
	int64_t last_ms;		    /* the last answer, 0 when none */
};

/* Calls fn for each learner of the scope who has answered anything. */
int training_review_counts(struct training *t, const struct training_scope *scope,
			   int64_t week_ms, int64_t month_ms, int64_t since_ms,
			   void (*fn)(const struct review_counts *, void *), void *ctx, char **err);

struct again_count {
	int64_t card;
	long again;
};

/* The answers rated Again since since_ms, per card of the scope's learners (cards
 * without any are left out).  A malloc'd array in *out; the count or -1. */
long training_again_counts(struct training *t, const struct training_scope *scope,
			   int64_t since_ms, struct again_count **out, char **err);

/* ---------------------------------------------------------------- changing an assignment */

/* Sets an assignment's due date ("YYYY-MM-DD") and note; "" or NULL clears either.
 * 1 changed, 0 no such assignment, -1 error. */
int training_assignment_update(struct training *t, int64_t id, const char *due_day,
			       const char *note, char **err);

#endif
