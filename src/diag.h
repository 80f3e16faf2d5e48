/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Diagnostics: a list of errors and warnings, each tied to a file, line and column.
 *
 * Checkers add to the list; front ends print it.  The printed form is the GNU one,
 * "FILE:LINE[:COLUMN]: error|warning: MESSAGE"; the prefix is never translated, the
 * message is (callers pass it through gettext). */
#ifndef CORDIAL_DIAG_H
#define CORDIAL_DIAG_H

#include <stddef.h>

enum diag_level { DIAG_ERROR, DIAG_WARNING };

struct diag {
	enum diag_level level;
	const char *file; /* borrowed from the caller; must outlive the list */
	long line;        /* 1-based; 0 = the whole file */
	long col;         /* 1-based byte column; 0 = none */
	char *msg;        /* owned */
	size_t seq;       /* order of insertion, keeps sorting stable */
};

struct diag_list {
	struct diag *v;
	size_t n, cap;
	size_t errors, warnings;
};

void diag_init(struct diag_list *list);
/* Frees the messages; the list can be reused after diag_init(). Accepts an empty list. */
void diag_free(struct diag_list *list);
void diag_add(struct diag_list *list, enum diag_level level, const char *file, long line,
	      long col, const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* Sorts by file (in order of first appearance), then line, column and insertion. */
void diag_sort(struct diag_list *list);
/* "FILE:LINE[:COL]: error: MSG", malloc'd; the caller frees it. */
char *diag_format(const struct diag *d);

#endif
