/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The content database: handbooks, lessons, items and the search index.
 *
 * This module owns the connection; the rest of the program sees hb_book structs
 * and plain rows.  Items are keyed by (handbook id, item id); an item the handbook
 * no longer has is retired (hidden, kept), and revived if it comes back. */
#ifndef CORDIAL_CONTENT_H
#define CORDIAL_CONTENT_H

#include <stdbool.h>
#include <stddef.h>

#include "hb.h"

struct content;

/* Opens (creating and migrating when `write`) the content database.  On failure
 * returns NULL with *err set (malloc'd). */
struct content *content_open(const char *path, bool write, char **err);
void content_close(struct content *c);
/* Creates the content database at path as a copy of `seed` (the shipped one). */
int content_seed(const char *path, const char *seed, char **err);

/* One write transaction around several content_apply() calls. */
int content_begin(struct content *c, char **err);
/* A read transaction, for a check that keeps its ids in a temporary table (ended by
 * content_rollback()). */
int content_begin_read(struct content *c, char **err);
int content_commit(struct content *c, char **err);
void content_rollback(struct content *c);

struct content_counts {
	size_t added, changed, retired, revived, unchanged;
};

/* Makes the database hold `book` (which passed the checker): the handbook and
 * its lessons are replaced, items are added, updated in place, retired or revived,
 * and the search index follows.  Must run inside content_begin().  progress (may be
 * NULL) is called every few thousand items. */
int content_apply(struct content *c, const struct hb_book *book, struct content_counts *counts,
		  void (*progress)(void *ctx, size_t done, size_t total), void *ctx, char **err);

/* Writing a handbook item by item, for files too big to hold: content_writer_new(),
 * then content_writer_begin() with the handbook and its lessons, each item through
 * content_writer_item(), and content_writer_finish(), all inside content_begin();
 * the result is what content_apply() of the whole book would make.  With c NULL
 * (or `write` false) the writer only tells repeated ids.  Free with
 * content_writer_free(), which accepts NULL. */
struct content_writer;
struct content_writer *content_writer_new(struct content *c, char **err);
void content_writer_free(struct content_writer *w);
/* Writes the handbook and its lessons; `total` items are to come (for progress). */
int content_writer_begin(struct content_writer *w, const struct hb_book *book, size_t total,
			 void (*progress)(void *ctx, size_t done, size_t total), void *ctx,
			 char **err);
/* Returns 0 for an item whose id is new (written when `write` and after begin), the
 * line of the item that first had its id, or -1 with *err set. */
long content_writer_item(struct content_writer *w, const struct hb_book *book,
			 const struct hb_item *it, long position, bool write, char **err);
/* Retires the stored items the handbook no longer has; the counts of the whole. */
int content_writer_finish(struct content_writer *w, const struct hb_book *book,
			  struct content_counts *counts, char **err);

/* Adding the rows of spreadsheets to a stored handbook, item by item, inside
 * content_begin() (content_begin_read() for a check, which only tells repeated
 * ids): each row through content_rows_item(), with content_rows_seen() first; with
 * --replace content_rows_replace() after each sheet; content_rows_finish() for the
 * counts.  The result is what content_apply() of the stored handbook with the rows
 * merged would make, except that an item that changes lesson goes to the end of
 * its new lesson.  Free with content_rows_free(), which accepts NULL. */
struct content_rows;
struct content_rows *content_rows_new(struct content *c, const char *handbook, char **err);
void content_rows_free(struct content_rows *w);
/* Notes that row `line` of sheet `sheet` (a number the caller gives each sheet) has
 * this id: 0, or the line of the row of that sheet that had it first, or -1 with *err
 * set. */
long content_rows_seen(struct content_rows *w, long sheet, const char *id, long line, char **err);
/* Adds the item, or updates (or revives) the stored one with its id.  0 or -1. */
int content_rows_item(struct content_rows *w, const struct hb_book *book, const struct hb_item *it,
		      char **err);
/* Retires the live items of these lessons whose ids sheet `sheet` does not list. */
int content_rows_replace(struct content_rows *w, long sheet, const char *const *lessons,
			 size_t nlessons, char **err);
/* Numbers the live items of each lesson from 0 again; the counts of the whole
 * handbook, as content_apply() gives them. */
int content_rows_finish(struct content_rows *w, struct content_counts *counts, char **err);

/* The handbook as stored, with its lessons but no items (see content_load()). */
struct hb_book *content_load_outline(struct content *c, const char *id, char **err);

/* The stored version of a handbook: 1 and *version (0 when it has none) if the
 * handbook is there, 0 if not, -1 on error. */
int content_version(struct content *c, const char *id, long *version, char **err);

/* The handbook as stored, with its live items (not the retired ones), or NULL with
 * *err NULL when there is no such handbook (or set on error).  Free with
 * hb_book_free(). */
struct hb_book *content_load(struct content *c, const char *id, char **err);
/* The same with the live items of one lesson only (all lessons when lesson is NULL). */
struct hb_book *content_load_lesson(struct content *c, const char *id, const char *lesson,
				    char **err);
/* The lesson of a live item: 1 found (written to lesson), 0 not found or retired, -1 error. */
int content_item_lesson(struct content *c, const char *handbook, const char *item, char *lesson,
			size_t size, char **err);

struct content_summary {
	const char *id, *title, *languages, *source;
	long version; /* 0 when none */
	long lessons, phrases, courtesy;
};

/* Calls fn for each handbook, by id.  Returns 0 or -1 with *err set. */
int content_list(struct content *c, void (*fn)(const struct content_summary *, void *), void *ctx,
		 char **err);

struct content_hit {
	const char *handbook, *lesson, *id, *kind;
	const char *source_text; /* the source-language text, or the situation */
	const char *foreign;     /* "en: ...; ja: ..." */
};

/* Live items whose texts, readings, alternatives, notes (or, for courtesy items,
 * situation, options and explanation) contain every word of the query, case and
 * width folded, best match first; at most `limit`.  Returns the number of hits
 * or -1 with *err set. */
long content_search(struct content *c, const char *query, size_t limit,
		    void (*fn)(const struct content_hit *, void *), void *ctx, char **err);

/* The text of an item in its handbook's source language, or a courtesy item's
 * situation; retired items too.  1 with *text set (malloc'd, the caller frees it), 0
 * when there is no such item, -1 on error. */
int content_item_source(struct content *c, const char *handbook, const char *item, char **text,
			char **err);

#endif
