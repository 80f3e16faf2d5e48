/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rules for classes and assignments that the commands and the Trainer screen
 * share: what a class's name and a note may be, whether a due date is a date and has
 * passed, which lesson "HANDBOOK[/LESSON]" names, and what a learner who is not a
 * trainer is told.  Each front end says it its own way around these sentences. */
#ifndef CORDIAL_CLASSES_H
#define CORDIAL_CLASSES_H

#include <stdbool.h>
#include <stdint.h>

#include "training.h"

struct content;

/* The work only a trainer may do; each is refused with its own sentence. */
enum classes_work {
	CLASSES_ADD,	   /* add a class */
	CLASSES_MEMBERS,   /* change who is in a class */
	CLASSES_SHOW,	   /* see who is in a class */
	CLASSES_ASSIGN,	   /* assign lessons, change assignments */
	CLASSES_UNASSIGN,  /* remove assignments */
	CLASSES_SHOW_OTHERS, /* see other learners' assignments */
};

/* The translated refusal naming whom to ask (text shown as it is: sanitize it before
 * drawing); malloc'd. */
char *classes_refusal(enum classes_work work, const char *ask);

/* A class's name: 1 to 127 bytes of UTF-8 without tabs, line breaks, escapes or
 * slashes.  classes_name_rule() says so, translated. */
bool classes_name_ok(const char *name);
const char *classes_name_rule(void);

/* A note: at most 511 bytes of UTF-8.  classes_note_rule() says so, translated. */
bool classes_note_ok(const char *note);
const char *classes_note_rule(void);

/* A due date "YYYY-MM-DD" at the time now_ms: 0 today or later, 1 passed (the
 * commands warn and go on), -1 not a date.  "" is no due date: 0. */
int classes_due_check(const char *day, int64_t now_ms);

/* Fills a's handbook and lesson from "HANDBOOK" or "HANDBOOK/LESSON" after checking
 * that the content database has them: 0, or -1 with *msg (malloc'd) saying why.
 * content_path names the database in the message. */
int classes_lesson_check(struct content *c, const char *content_path, const char *spec,
			 struct assignment *a, char **msg);

#endif
