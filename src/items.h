/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The items that cards name, as the content database has them now, looked up once
 * each and kept with the lessons they are in (each lesson loaded once).  A study
 * session asks about every due card after each answer, and a report about every
 * overdue card of every learner: without this, each of those would be a query. */
#ifndef CORDIAL_ITEMS_H
#define CORDIAL_ITEMS_H

#include "content.h"
#include "hb.h"

struct items;

struct items *items_new(struct content *c);
void items_free(struct items *items);

/* The lesson LESSON of HANDBOOK (or with lesson "" the whole handbook), loaded
 * once.  NULL when the handbook is gone (*err NULL) or on error (*err set; an
 * error is not remembered). */
struct hb_book *items_lesson(struct items *items, const char *handbook, const char *lesson,
			     char **err);

/* The item ITEM of HANDBOOK with its lesson's book in *book, or NULL when the
 * handbook no longer has it (retired or removed; *err NULL) or on error (*err
 * set; not remembered). */
const struct hb_item *items_find(struct items *items, const char *handbook, const char *item,
				 struct hb_book **book, char **err);

#endif
