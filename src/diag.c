/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Diagnostics list: collect, sort and format errors and warnings. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

void diag_init(struct diag_list *list)
{
	memset(list, 0, sizeof *list);
}

void diag_free(struct diag_list *list)
{
	for (size_t i = 0; i < list->n; i++)
		free(list->v[i].msg);
	free(list->v);
	diag_init(list);
}

void diag_add(struct diag_list *list, enum diag_level level, const char *file, long line,
	      long col, const char *fmt, ...)
{
	if (list->n == list->cap) {
		size_t cap = list->cap ? list->cap * 2 : 16;
		list->v = xreallocarray(list->v, cap, sizeof *list->v);
		list->cap = cap;
	}
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	list->v[list->n] = (struct diag){ level, file, line, col, msg, list->n };
	list->n++;
	if (level == DIAG_ERROR)
		list->errors++;
	else
		list->warnings++;
}

/* qsort has no context argument; the file order is kept in a static for the sort. */
static const char **sort_files;
static size_t sort_nfiles;

static size_t file_rank(const char *file)
{
	for (size_t i = 0; i < sort_nfiles; i++)
		if (sort_files[i] == file || (file && sort_files[i] && !strcmp(sort_files[i], file)))
			return i;
	return sort_nfiles;
}

static int cmp_diag(const void *pa, const void *pb)
{
	const struct diag *a = pa, *b = pb;
	size_t fa = file_rank(a->file), fb = file_rank(b->file);
	if (fa != fb)
		return fa < fb ? -1 : 1;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void diag_sort(struct diag_list *list)
{
	if (list->n < 2)
		return;
	const char **files = xcalloc(list->n + 1, sizeof *files);
	size_t nfiles = 0;
	sort_files = files;
	for (size_t i = 0; i < list->n; i++) {
		sort_nfiles = nfiles;
		if (file_rank(list->v[i].file) == nfiles)
			files[nfiles++] = list->v[i].file;
	}
	sort_nfiles = nfiles;
	qsort(list->v, list->n, sizeof *list->v, cmp_diag);
	sort_files = NULL;
	sort_nfiles = 0;
	free(files);
}

char *diag_format(const struct diag *d)
{
	const char *level = d->level == DIAG_ERROR ? "error" : "warning";
	if (d->line > 0 && d->col > 0)
		return xasprintf("%s:%ld:%ld: %s: %s", d->file, d->line, d->col, level, d->msg);
	if (d->line > 0)
		return xasprintf("%s:%ld: %s: %s", d->file, d->line, level, d->msg);
	return xasprintf("%s: %s: %s", d->file, level, d->msg);
}
