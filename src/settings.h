/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A learner's settings in the training database, as the settings screen changes them.
 *
 * Each setter writes one value at once (its own statement, committed on return) and
 * returns 0, or -1 with *err set (malloc'd; the caller frees it).  The speech
 * columns (learner.speech, learner.voice) come with schema version 3; against an
 * older training database settings_has_speech() is false and the speech functions
 * must not be called.  Everything here is plain values; statements stay inside. */
#ifndef CORDIAL_SETTINGS_H
#define CORDIAL_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "training.h"

int settings_set_target(struct training *t, int64_t learner, const char *target, char **err);
/* The learner's own language, which the app's interface follows. */
int settings_set_native(struct training *t, int64_t learner, const char *native, char **err);
/* retention in (0, 1) */
int settings_set_retention(struct training *t, int64_t learner, double retention, char **err);
int settings_set_daily_new(struct training *t, int64_t learner, int daily_new, char **err);

/* Whether the learner table has the speech and voice columns: 1, 0, or -1. */
int settings_has_speech(struct training *t, char **err);
/* Speech on or off and the voice ("" for the language's default) into voice[size]. */
int settings_speech(struct training *t, int64_t learner, bool *speech, char *voice, size_t size,
		    char **err);
int settings_set_speech(struct training *t, int64_t learner, bool speech, char **err);
/* voice NULL or "": the default voice of the target language. */
int settings_set_voice(struct training *t, int64_t learner, const char *voice, char **err);

/* The lessons the learner chose (not the assigned ones), in the order chosen.  A
 * malloc'd array in *out, freed by the caller; returns the count or -1. */
long settings_chosen_lessons(struct training *t, int64_t learner, struct lesson_ref **out,
			     char **err);
/* Lessons assigned to the learner or their classes (lesson "" for a whole handbook);
 * due_day is left empty.  Same contract as settings_chosen_lessons(). */
long settings_assigned_lessons(struct training *t, int64_t learner, struct lesson_ref **out,
			       char **err);
/* Stops taking new items from a chosen lesson; its cards stay. */
int settings_lesson_drop(struct training *t, int64_t learner, const char *handbook,
			 const char *lesson, char **err);

/* Puts the chosen lessons refs[0 .. n) in this order (new items come from the first
 * one first), keeping them before any lesson chosen later.  Call it inside a
 * transaction. */
int settings_lessons_order(struct training *t, int64_t learner, const struct lesson_ref *refs,
			   long n, char **err);

/* The stabilities (days) of the learner's cards in review and relearning, for the
 * workload estimate.  A malloc'd array in *out; returns the count or -1. */
long settings_stabilities(struct training *t, int64_t learner, double **out, char **err);

#endif
