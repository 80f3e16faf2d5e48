/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Handbook export: load from the content database, format, write (outfile.c). */
#include "export.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content.h"
#include "hb.h"
#include "i18n.h"
#include "mem.h"
#include "outfile.h"

int export_handbook(const char *content_path, const char *id, const char *out_path, char **err)
{
	*err = NULL;
	struct content *c = content_open(content_path, false, err);
	if (!c)
		return -1;
	struct hb_book *book = content_load(c, id, err);
	content_close(c);
	if (!book)
		return *err ? -1 : 1;
	char *text = hb_format(book);
	hb_book_free(book);
	int rc = outfile_write(out_path, text, strlen(text), err);
	free(text);
	return rc;
}

/* ---------------------------------------------------------------- Anki */

struct buf {
	char *s;
	size_t len, cap;
};

static void put(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (b->len + n + 1 > cap)
			cap *= 2;
		char *bigger = xrealloc(b->s, cap);
		b->s = bigger;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void puts_(struct buf *b, const char *s)
{
	put(b, s, strlen(s));
}

/* Text as an HTML field that reads back as the same text: markup characters as
 * references, line breaks as <br>, and the blanks that HTML would fold (a run,
 * or at either end) as references, so that no cell holds a tab, a quote or a
 * line end. */
static void put_html(struct buf *b, const char *s)
{
	size_t n = s ? strlen(s) : 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		switch (c) {
		case '&': puts_(b, "&amp;"); break;
		case '<': puts_(b, "&lt;"); break;
		case '>': puts_(b, "&gt;"); break;
		case '"': puts_(b, "&quot;"); break;
		case '\t': puts_(b, "&#9;"); break;
		case '\r': puts_(b, "&#13;"); break;
		case '\n': puts_(b, "<br>"); break;
		case ' ':
			if (i == 0 || i + 1 == n || s[i - 1] == ' ' || s[i - 1] == '\n' ||
			    s[i + 1] == '\n')
				puts_(b, "&#32;");
			else
				put(b, " ", 1);
			break;
		default: put(b, &c, 1);
		}
	}
}

static const struct hb_text *text_in(const struct hb_item *it, const char *lang)
{
	for (size_t i = 0; i < it->ntexts; i++)
		if (!strcmp(it->texts[i].lang, lang))
			return &it->texts[i];
	return NULL;
}

char *export_anki_text(const struct hb_book *book, const char *lang)
{
	bool known = false;
	for (size_t i = 0; i < book->nlanguages; i++)
		known |= !strcmp(book->languages[i], lang);
	if (!known || !book->source)
		return NULL;
	/* Every language of the book, source first, each with as many alternative
	 * columns as its phrases need. */
	size_t nl = book->nlanguages + 1;
	size_t *nalts = xcalloc(nl, sizeof *nalts);
	for (size_t i = 0; i < book->nitems; i++) {
		const struct hb_item *it = &book->items[i];
		for (size_t k = 0; it->kind == HB_PHRASE && k < nl; k++) {
			const struct hb_text *t = text_in(it, k ? book->languages[k - 1] : book->source);
			if (t && t->nalts > nalts[k])
				nalts[k] = t->nalts;
		}
	}
	struct buf b = { 0 };
	puts_(&b, "#separator:tab\n#html:true\n#notetype:Basic\n#deck:");
	char *deck = xstrdup(book->title ? book->title : book->id);
	for (char *p = deck; *p; p++) /* a header line is one line */
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
	puts_(&b, deck);
	free(deck);
	puts_(&b, "\n#guid column:1\n");
	/* guid, Front, Back, lesson, then the languages, note, register, tags. */
	struct buf cols = { 0 };
	size_t ncols = 4;
	puts_(&cols, "#columns:guid\tFront\tBack\tlesson");
	for (size_t k = 0; k < nl; k++) {
		const char *l = k ? book->languages[k - 1] : book->source;
		char name[64];
		snprintf(name, sizeof name, "\t%s\t%s_reading", l, l);
		puts_(&cols, name);
		ncols += 2;
		for (size_t a = 0; a < nalts[k]; a++) {
			snprintf(name, sizeof name, "\t%s_alt", l);
			puts_(&cols, name);
			ncols++;
		}
	}
	puts_(&cols, "\tnote\tregister\ttags\n");
	ncols += 3;
	char line[64];
	snprintf(line, sizeof line, "#tags column:%zu\n", ncols);
	puts_(&b, line);
	/* Lines for cordial's import, which Anki passes over: the handbook, and the
	 * card faces, which are not fields of a phrase. */
	puts_(&b, "#handbook:");
	puts_(&b, book->id);
	puts_(&b, "\n#ignore column:2 3\n");
	puts_(&b, cols.s);
	free(cols.s);

	for (size_t l = 0; l < book->nlessons; l++)
		for (size_t i = 0; i < book->nitems; i++) {
			const struct hb_item *it = &book->items[i];
			if (it->kind != HB_PHRASE || !it->lesson ||
			    strcmp(it->lesson, book->lessons[l].id))
				continue;
			const struct hb_text *src = text_in(it, book->source);
			const struct hb_text *back = text_in(it, lang);
			put_html(&b, it->id);
			puts_(&b, "\t");
			put_html(&b, src ? src->text : "");
			puts_(&b, "\t");
			if (back) {
				puts_(&b, "<div style='font-size:1.5em'>");
				put_html(&b, back->text);
				puts_(&b, "</div>");
				if (back->reading) {
					puts_(&b, "<div style='color:#555'>");
					put_html(&b, back->reading);
					puts_(&b, "</div>");
				}
			}
			if (it->note) {
				puts_(&b, "<div><small>");
				put_html(&b, it->note);
				puts_(&b, "</small></div>");
			}
			puts_(&b, "\t");
			put_html(&b, it->lesson);
			for (size_t k = 0; k < nl; k++) {
				const struct hb_text *t =
					text_in(it, k ? book->languages[k - 1] : book->source);
				puts_(&b, "\t");
				put_html(&b, t ? t->text : NULL);
				puts_(&b, "\t");
				put_html(&b, t ? t->reading : NULL);
				for (size_t a = 0; a < nalts[k]; a++) {
					puts_(&b, "\t");
					put_html(&b, t && a < t->nalts ? t->alts[a] : NULL);
				}
			}
			puts_(&b, "\t");
			put_html(&b, it->note);
			puts_(&b, "\t");
			put_html(&b, it->reg);
			puts_(&b, "\t");
			put_html(&b, it->tags);
			puts_(&b, "\n");
		}
	free(nalts);
	return b.s;
}

int export_handbook_anki(const char *content_path, const char *id, const char *lang,
			 const char *out_path, char **err)
{
	*err = NULL;
	struct content *c = content_open(content_path, false, err);
	if (!c)
		return -1;
	struct hb_book *book = content_load(c, id, err);
	content_close(c);
	if (!book)
		return *err ? -1 : 1;
	if (!lang)
		lang = book->nlanguages ? book->languages[0] : "";
	char *text = export_anki_text(book, lang);
	hb_book_free(book);
	if (!text)
		return 2;
	int rc = outfile_write(out_path, text, strlen(text), err);
	free(text);
	return rc;
}
