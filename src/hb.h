/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Handbooks: the in-memory model, the .hb parser and checker, spreadsheet rows as
 * handbook items, and the .hb writer.
 *
 * Every rule of the handbook format (cordial-handbook(5)) is checked here and
 * reported through a diagnostics list.  Strings in a parsed book are NFC, owned by
 * the book's arena and freed with it. */
#ifndef CORDIAL_HB_H
#define CORDIAL_HB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "csv.h"
#include "diag.h"

enum hb_kind { HB_PHRASE, HB_COURTESY };

#define HB_MAX_OPTIONS 6

/* A localized title: title_LANG. */
struct hb_title {
	const char *lang;
	const char *title;
};

/* One language of a phrase. */
struct hb_text {
	const char *lang;
	const char *text;
	const char *reading; /* NULL when there is none */
	const char *kana;    /* Japanese: the kana reading (ja_kana), NULL when none */
	const char **alts;
	size_t nalts;
};

struct hb_item {
	enum hb_kind kind;
	const char *id;
	const char *lesson;
	long line;       /* where the record (or spreadsheet row) starts */
	const char *file;
	/* Phrase: texts in the handbook's language order (source first). */
	struct hb_text *texts;
	size_t ntexts;
	const char *note, *reg, *tags;
	/* Courtesy. */
	const char *situation;
	const char *options[HB_MAX_OPTIONS];
	size_t noptions;
	char answer; /* 'a'..'f' */
	const char *explanation, *region;
	const char **refs;
	size_t nrefs;
	/* Phrase and Courtesy: the local fact the record states and its value for the
	 * handbook's city (local:), and where that value comes from (local_source:);
	 * NULL when the record states none.  local_line is the line of 'local:' (0 when
	 * the item was not read from a file). */
	const char *local, *local_source;
	long local_line;
};

struct hb_lesson {
	const char *id, *title, *description;
	struct hb_title *titles;
	size_t ntitles;
	bool has_order;
	long order;
	long line;
	size_t nitems;   /* items that belong to it */
	bool referenced; /* some record (valid or not) belongs to it */
};

struct hb_arena;

struct hb_book {
	const char *id, *title, *source, *description, *editor, *license;
	const char **languages; /* the foreign languages, as declared */
	size_t nlanguages;
	struct hb_title *titles;
	size_t ntitles;
	long version; /* 0 when not given */
	long line, version_line;
	const char *file;
	struct hb_lesson *lessons; /* in file order */
	size_t nlessons, caplessons;
	struct hb_item *items; /* in file order */
	size_t nitems, capitems;
	struct hb_arena *arena;
};

/* Parses and checks a .hb file's text (UTF-8; a byte-order mark is skipped).
 * Returns the book, or NULL when the text holds no usable Handbook record; every
 * problem goes to diags.  The book is usable for import only if no error was
 * added.  `file` is borrowed and must outlive the book and the diagnostics. */
struct hb_book *hb_parse(const char *text, size_t len, const char *file,
			 struct diag_list *diags);

/* The lines of a .hb file, for hb_read(), which reads them twice. */
struct hb_lines {
	/* The next line, without its '\n' and NUL-terminated at n: 1, with *nl telling
	 * whether it ended with '\n'; 0 at the end; -1 when the text cannot be read
	 * (the reader keeps why). */
	int (*next)(void *ctx, const char **line, size_t *n, bool *nl);
	/* Back to the first line: 0, or -1 as next(). */
	int (*rewind)(void *ctx);
	void *ctx;
};

/* Where hb_read() puts the items of a handbook too big to hold. */
struct hb_sink {
	/* Called once the Handbook and Lesson records are checked, before any item,
	 * with the number of item records: returns 0 to have the items handed to item(),
	 * 1 to have them kept in the book, or 2 to have them kept where more items
	 * will join them (rows of a spreadsheet): a lesson without items is then left
	 * to hb_warn_empty_lessons() once they have. */
	int (*begin)(void *ctx, struct hb_book *book, size_t nrecords);
	/* Each checked item with a valid id, in file order, and its position among the
	 * items of its lesson; its strings are valid during the call only.  Returns 0
	 * when the id is new, else the line of the item that first had it. */
	long (*item)(void *ctx, const struct hb_book *book, const struct hb_item *it,
		     long position);
	void *ctx;
};

/* Reads, parses and checks a .hb file record by record, as hb_parse() does, reading
 * the lines twice: the Handbook and Lesson records first, then the items, which go
 * to the sink (when sink->begin() asks for them) so that memory does not grow
 * with the file.  The book then holds the handbook and its lessons (with their
 * item counts), not the items.  Returns NULL as hb_parse() does, or when a line
 * could not be read. */
struct hb_book *hb_read(const struct hb_lines *lines, const char *file,
			struct diag_list *diags, const struct hb_sink *sink);

/* Warns of each lesson of the book that no item named (its items checked into
 * it, as hb_read() and hb_sheet_row() do), at its line in book->file. */
void hb_warn_empty_lessons(const struct hb_book *book, struct diag_list *diags);

/* An empty book to be filled by the caller (e.g. from the content database).
 * Strings given to the hb_book_* setters are copied into the book's arena. */
struct hb_book *hb_book_new(void);
void hb_book_free(struct hb_book *book);
char *hb_strdup(struct hb_book *book, const char *s);
void *hb_alloc(struct hb_book *book, size_t size);
struct hb_lesson *hb_book_add_lesson(struct hb_book *book);
struct hb_item *hb_book_add_item(struct hb_book *book);
struct hb_lesson *hb_book_find_lesson(const struct hb_book *book, const char *id);
/* Index of the item with this id, or -1. */
long hb_book_find_item(const struct hb_book *book, const char *id);

/* Options of a spreadsheet import. */
struct hb_sheet_options {
	bool replace; /* retire the items of the sheet's lessons that it does not list */
};

/* Adds a spreadsheet's rows to `book` (the handbook named by the sheet), checking
 * each row as a Phrase or Courtesy record; a row whose id the book already has
 * replaces that item.  With opt->replace, the book's other items in the lessons the
 * sheet lists are dropped.  Returns 0, or -1 when an error was added. */
int hb_add_sheet(struct hb_book *book, const struct csv_sheet *sheet, const char *file,
		 const struct hb_sheet_options *opt, struct diag_list *diags);

/* A sheet's rows added to a handbook one at a time, for sheets too big to hold:
 * hb_sheet_begin() checks the columns, hb_sheet_row() each row as hb_add_sheet()
 * does, hb_sheet_end() finishes (with opt->replace, for a book held whole) and
 * frees.  With sink NULL the rows go into the book, which is held whole.  Else the
 * book holds the handbook and its lessons only, and the sink keeps the ids of the
 * sheet's rows and takes its items. */
struct hb_sheet_sink {
	/* Notes that the row at `line` has the id `key`: returns 0 when no earlier row of
	 * the sheet had it, else that row's line. */
	long (*seen)(void *ctx, const char *key, long line);
	/* Each checked item with a valid id; its strings are valid during the call only. */
	void (*item)(void *ctx, const struct hb_book *book, const struct hb_item *it);
	void *ctx;
};
struct hb_sheet_rows;
/* NULL when the columns have an error (reported); the sheet (its columns and header
 * values) must outlive the book. */
struct hb_sheet_rows *hb_sheet_begin(struct hb_book *book, const struct csv_sheet *sheet,
				     const char *file, const struct hb_sheet_options *opt,
				     const struct hb_sheet_sink *sink, struct diag_list *diags);
void hb_sheet_row(struct hb_sheet_rows *rows, const struct csv_row *row);
/* Returns 0, or -1 when an error was added since hb_sheet_begin() (or rows is NULL). */
int hb_sheet_end(struct hb_sheet_rows *rows);

/* The id a spreadsheet row gets from its source-language text when the sheet has
 * no id column: a short stable hash, written into buf (at least 24 bytes). */
void hb_derived_id(const char *source_text, char *buf, size_t size);

/* A digest of everything an item says (not where it stands in its lesson), to tell
 * changed items from unchanged ones on re-import. */
int64_t hb_item_digest(const struct hb_item *item);

/* Writes the book in .hb form (malloc'd, NUL-terminated): Handbook first, then each
 * lesson followed by its items. */
char *hb_format(const struct hb_book *book);

/* True when s is a valid id: [a-z0-9][a-z0-9._-]{0,63}. */
bool hb_valid_id(const char *s);
/* True when s is a language code: 2-3 lowercase letters, optionally _ and 2-8
 * lowercase letters or digits. */
bool hb_valid_lang(const char *s, size_t n);

#endif
