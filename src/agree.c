/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Agreement across handbooks: the same prompt has the same answers everywhere. */
#include "agree.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>
#include <unictype.h>
#include <unistr.h>

#include "i18n.h"
#include "mem.h"
#include "text.h"

/* One row per (record, foreign language).  file is an index into agree->files, or
 * NULL for a record of the content database; prompt and answer are comparison keys,
 * shown_* what the warning quotes. */
static const char SCHEMA[] =
	"PRAGMA temp_store = FILE;"
	"PRAGMA journal_mode = OFF;"
	"PRAGMA synchronous = OFF;"
	"PRAGMA cache_size = -2048;"
	"PRAGMA locking_mode = EXCLUSIVE;"
	"CREATE TABLE rec ("
	"  seq INTEGER PRIMARY KEY,"
	"  source TEXT NOT NULL, prompt TEXT NOT NULL, lang TEXT NOT NULL,"
	"  answer TEXT NOT NULL, shown_prompt TEXT NOT NULL, shown_answer TEXT NOT NULL,"
	"  handbook TEXT NOT NULL, item TEXT NOT NULL, file INTEGER, line INTEGER);"
	"BEGIN;";

static const char INSERT[] =
	"INSERT INTO rec (source, prompt, lang, answer, shown_prompt, shown_answer, handbook,"
	" item, file, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

/* The live phrases of the content database, with their alternatives joined by U+001F
 * (which a handbook value cannot hold). */
static const char STORED[] =
	"SELECT h.source, s.text, t.lang, t.text, i.handbook, i.id,"
	" (SELECT group_concat(p.value, char(31)) FROM item_part p"
	"  WHERE p.item = i.key AND p.kind = 'alt' AND p.lang = t.lang)"
	" FROM item i JOIN handbook h ON h.id = i.handbook"
	" JOIN item_text s ON s.item = i.key AND s.lang = h.source"
	" JOIN item_text t ON t.item = i.key AND t.lang <> h.source"
	" WHERE i.kind = 'phrase' AND i.retired = 0"
	" ORDER BY i.handbook, i.key, t.position";

/* A handbook in the files replaces its copy in the database. */
static const char DROP_STORED[] =
	"DELETE FROM rec WHERE file IS NULL"
	" AND handbook IN (SELECT handbook FROM rec WHERE file IS NOT NULL)";

/* Every record whose answers differ from those of the first record with its prompt
 * (the database's records first, then the files in order). */
static const char DISAGREE[] =
	"WITH bad AS (SELECT source, prompt, lang FROM rec GROUP BY source, prompt, lang"
	"   HAVING count(DISTINCT answer) > 1),"
	" ranked AS (SELECT r.*, first_value(r.seq) OVER (PARTITION BY r.source, r.prompt, r.lang"
	"   ORDER BY r.file IS NOT NULL, r.seq) AS first"
	"   FROM rec r JOIN bad USING (source, prompt, lang))"
	" SELECT r.file, r.line, r.lang, r.shown_prompt, r.shown_answer,"
	"  f.file, f.line, f.handbook, f.item, f.shown_answer"
	" FROM ranked r JOIN rec f ON f.seq = r.first"
	" WHERE r.file IS NOT NULL AND r.answer <> f.answer ORDER BY r.seq";

struct agree {
	sqlite3 *db; /* NULL when it could not be made */
	sqlite3_stmt *insert;
	char *error; /* why there is no scratch table */
	const char **files; /* borrowed names, indexed by rec.file */
	size_t nfiles;
};

static void set_error(struct agree *agree, const char *what)
{
	if (!agree->error)
		agree->error = xstrdup(what);
}

struct agree *agree_new(void)
{
	struct agree *agree = xcalloc(1, sizeof *agree);
	/* An empty name is a private database in a temporary file. */
	if (sqlite3_open_v2("", &agree->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
		    SQLITE_OK ||
	    sqlite3_exec(agree->db, SCHEMA, NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(agree->db, INSERT, -1, &agree->insert, NULL) != SQLITE_OK) {
		set_error(agree, sqlite3_errmsg(agree->db));
		sqlite3_finalize(agree->insert);
		sqlite3_close(agree->db);
		agree->insert = NULL;
		agree->db = NULL;
	}
	return agree;
}

/* The comparison key of a text: folded (compatibility forms, case) and without
 * punctuation and spaces, as grading compares answers.  malloc'd.  A text that is
 * not UTF-8 (only a damaged database holds one) is compared as it is. */
static char *key_of(const char *s)
{
	char *folded = text_fold(s, strlen(s));
	if (!folded)
		return xstrdup(s);
	char *out = folded;
	for (const uint8_t *p = (const uint8_t *)folded; *p;) {
		ucs4_t c;
		int n = u8_strmbtouc(&c, p);
		if (n <= 0)
			break;
		if (!uc_is_property_punctuation(c) && !uc_is_property_white_space(c)) {
			memmove(out, p, (size_t)n);
			out += n;
		}
		p += n;
	}
	*out = '\0';
	return folded;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Appends s to the malloc'd *buf. */
static void append(char **buf, const char *s)
{
	size_t have = *buf ? strlen(*buf) : 0, add = strlen(s);
	char *grown = xrealloc(*buf, have + add + 1);
	memcpy(grown + have, s, add + 1);
	*buf = grown;
}

/* The key of an answer with its alternatives (their order does not count, nor an
 * alternative that is the answer again), and the quoted list for a warning. */
static void answer_key(const char *text, const char *const *alts, size_t nalts, char **key,
		       char **shown)
{
	char **keys = xcalloc(nalts + 1, sizeof *keys);
	*key = key_of(text);
	*shown = NULL;
	append(shown, "'");
	append(shown, text);
	append(shown, "'");
	size_t n = 0;
	for (size_t i = 0; i < nalts; i++) {
		append(shown, " / '");
		append(shown, alts[i]);
		append(shown, "'");
		char *k = key_of(alts[i]);
		if (strcmp(k, *key))
			keys[n++] = k;
		else
			free(k);
	}
	qsort(keys, n, sizeof *keys, cmp_str);
	for (size_t i = 0; i < n; i++)
		if (i == 0 || strcmp(keys[i], keys[i - 1])) {
			append(key, "\x1f");
			append(key, keys[i]);
		}
	for (size_t i = 0; i < n; i++)
		free(keys[i]);
	free(keys);
}

/* Adds one (record, language) row; file < 0 for the content database. */
static void add_row(struct agree *agree, const char *source, const char *prompt,
		    const char *pkey, const char *lang, const char *text, const char *const *alts,
		    size_t nalts, const char *handbook, const char *item, long file, long line)
{
	char *akey, *shown;
	answer_key(text, alts, nalts, &akey, &shown);
	sqlite3_stmt *st = agree->insert;
	sqlite3_bind_text(st, 1, source, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, pkey, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, lang, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, akey, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, prompt, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, shown, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, handbook, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, item, -1, SQLITE_STATIC);
	if (file < 0) {
		sqlite3_bind_null(st, 9);
		sqlite3_bind_null(st, 10);
	} else {
		sqlite3_bind_int64(st, 9, file);
		sqlite3_bind_int64(st, 10, line);
	}
	if (sqlite3_step(st) != SQLITE_DONE)
		set_error(agree, sqlite3_errmsg(agree->db));
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	free(akey);
	free(shown);
}

static bool has_tag(const char *tags, const char *tag)
{
	size_t len = strlen(tag);
	for (const char *p = tags ? tags : ""; *p;) {
		p += strspn(p, " \t");
		size_t n = strcspn(p, " \t");
		if (n == len && !strncmp(p, tag, n))
			return true;
		p += n;
	}
	return false;
}

void agree_record(struct agree *agree, const struct hb_book *book, const struct hb_item *item,
		  struct diag_list *diags)
{
	if (!item->file)
		return; /* an item of the content database, not of a file */
	if (has_tag(item->tags, "listen"))
		diag_add(diags, DIAG_WARNING, item->file, item->line, 0,
			 _("tag 'listen' is the old name of 'guest', which marks what a guest "
			   "says; write 'guest'"));
	/* The file's index: handbooks are few, and a file's records come together. */
	long file = (long)agree->nfiles - 1;
	if (file < 0 || agree->files[file] != item->file) {
		for (file = 0; file < (long)agree->nfiles && agree->files[file] != item->file; file++)
			;
		if (file == (long)agree->nfiles) {
			const char **grown =
				xreallocarray(agree->files, agree->nfiles + 1, sizeof *grown);
			agree->files = grown;
			agree->files[agree->nfiles++] = item->file;
		}
	}
	if (item->kind != HB_PHRASE || !agree->db || !book->source || !book->id || !item->id)
		return;
	const struct hb_text *prompt = NULL;
	for (size_t i = 0; i < item->ntexts; i++)
		if (!strcmp(item->texts[i].lang, book->source))
			prompt = &item->texts[i];
	if (!prompt)
		return;
	char *pkey = key_of(prompt->text);
	for (size_t i = 0; i < item->ntexts; i++) {
		const struct hb_text *t = &item->texts[i];
		if (t != prompt)
			add_row(agree, book->source, prompt->text, pkey, t->lang, t->text, t->alts,
				t->nalts, book->id, item->id, file, item->line);
	}
	free(pkey);
}

/* Adds the live phrases of the content database. */
static void add_stored(struct agree *agree, const char *content_path)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	if (sqlite3_open_v2(content_path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, STORED, -1, &st, NULL) != SQLITE_OK) {
		/* A database that cannot be read is reported by the import itself. */
		sqlite3_close(db);
		return;
	}
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *col[7];
		for (int c = 0; c < 7; c++)
			col[c] = (const char *)sqlite3_column_text(st, c);
		char *joined = col[6] ? xstrdup(col[6]) : NULL;
		const char *alts[64];
		size_t nalts = 0;
		for (char *p = joined, *end; p && nalts < sizeof alts / sizeof *alts; p = end) {
			end = strchr(p, '\x1f');
			if (end)
				*end++ = '\0';
			alts[nalts++] = p;
		}
		if (col[0] && col[1] && col[2] && col[3] && col[4] && col[5]) {
			char *pkey = key_of(col[1]);
			add_row(agree, col[0], col[1], pkey, col[2], col[3], alts, nalts, col[4],
				col[5], -1, 0);
			free(pkey);
		}
		free(joined);
	}
	if (rc != SQLITE_DONE)
		set_error(agree, sqlite3_errmsg(db));
	sqlite3_finalize(st);
	sqlite3_close(db);
}

static void report(struct agree *agree, struct diag_list *diags)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_exec(agree->db, DROP_STORED, NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(agree->db, DISAGREE, -1, &st, NULL) != SQLITE_OK) {
		set_error(agree, sqlite3_errmsg(agree->db));
		return;
	}
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		long file = (long)sqlite3_column_int64(st, 0), line = (long)sqlite3_column_int64(st, 1);
		const char *lang = (const char *)sqlite3_column_text(st, 2);
		const char *prompt = (const char *)sqlite3_column_text(st, 3);
		const char *here = (const char *)sqlite3_column_text(st, 4);
		const char *there = (const char *)sqlite3_column_text(st, 9);
		if (file < 0 || (size_t)file >= agree->nfiles)
			continue;
		if (sqlite3_column_type(st, 5) == SQLITE_NULL)
			diag_add(diags, DIAG_WARNING, agree->files[file], line, 0,
				 _("the '%s' answer to '%s', %s, differs from %s in phrase '%s' "
				   "of handbook '%s' in the content database; a learner is "
				   "graded against both"),
				 lang, prompt, here, there,
				 (const char *)sqlite3_column_text(st, 8),
				 (const char *)sqlite3_column_text(st, 7));
		else {
			long ofile = (long)sqlite3_column_int64(st, 5);
			if (ofile < 0 || (size_t)ofile >= agree->nfiles)
				continue;
			diag_add(diags, DIAG_WARNING, agree->files[file], line, 0,
				 _("the '%s' answer to '%s', %s, differs from %s:%ld, %s; a "
				   "learner is graded against both"),
				 lang, prompt, here, agree->files[ofile],
				 (long)sqlite3_column_int64(st, 6), there);
		}
	}
	if (rc != SQLITE_DONE)
		set_error(agree, sqlite3_errmsg(agree->db));
	sqlite3_finalize(st);
}

void agree_finish(struct agree *agree, const char *content_path, struct diag_list *diags)
{
	if (!agree)
		return;
	if (agree->db && agree->nfiles) {
		if (content_path)
			add_stored(agree, content_path);
		report(agree, diags);
	}
	if (agree->error && agree->nfiles)
		diag_add(diags, DIAG_WARNING, agree->files[0], 0, 0,
			 _("answers were not compared across handbooks: %s"), agree->error);
	agree_free(agree);
}

void agree_free(struct agree *agree)
{
	if (!agree)
		return;
	sqlite3_finalize(agree->insert);
	sqlite3_close(agree->db);
	free(agree->files);
	free(agree->error);
	free(agree);
}
