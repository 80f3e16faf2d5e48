/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Agreement across handbooks: the same prompt has the same answers everywhere. */
#include "agree.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>
#include <unictype.h>
#include <unistr.h>

#include "i18n.h"
#include "mem.h"
#include "text.h"

/* The records are kept one row each, under a 64-bit hash of their prompt's
 * comparison key; only records that share a hash with another are compared, and
 * those by their texts, so that two prompts with the same hash are never taken
 * for one.  The comparison keys of the answers are made only then.
 *
 * ord orders the records: the content database's first (negative, from
 * STORED_ORD on, in handbook and key order), then the files' (from 1, in the
 * order read).  book indexes agree->books, file agree->files (NULL for a record
 * of the content database); shown is the prompt as written and texts the foreign
 * texts with their alternatives (put_text()). */
static const char SCHEMA[] =
	"PRAGMA temp_store = FILE;"
	"PRAGMA journal_mode = OFF;"
	"PRAGMA synchronous = OFF;"
	"PRAGMA cache_size = -2048;"
	"PRAGMA locking_mode = EXCLUSIVE;"
	"CREATE TABLE rec ("
	"  ord INTEGER PRIMARY KEY, prompt INTEGER NOT NULL, book INTEGER NOT NULL,"
	"  file INTEGER, line INTEGER, item TEXT NOT NULL, shown TEXT NOT NULL,"
	"  texts BLOB NOT NULL);"
	"BEGIN;";

static const char INSERT[] =
	"INSERT INTO rec (ord, prompt, book, file, line, item, shown, texts)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

/* The records whose prompt hash is shared, a hash's records together, each in
 * order. */
static const char SHARED[] =
	"SELECT prompt, ord, book, file, line, item, shown, texts FROM rec"
	" WHERE prompt IN (SELECT prompt FROM rec GROUP BY prompt HAVING count(*) > 1)"
	" ORDER BY prompt, ord";

static const char HANDBOOKS[] = "SELECT id, source FROM handbook ORDER BY id";

/* The live phrases of a handbook in the content database, a row for each foreign
 * text, with its alternatives joined by U+001F (which a handbook value cannot
 * hold). */
static const char STORED[] =
	"SELECT i.key, s.text, t.lang, t.text, i.id,"
	" (SELECT group_concat(p.value, char(31)) FROM item_part p"
	"  WHERE p.item = i.key AND p.kind = 'alt' AND p.lang = t.lang)"
	" FROM item i JOIN item_text s ON s.item = i.key AND s.lang = ?2"
	" JOIN item_text t ON t.item = i.key AND t.lang <> ?2"
	" WHERE i.handbook = ?1 AND i.kind = 'phrase' AND i.retired = 0"
	" ORDER BY i.key, t.position";

/* The content database's records come before any file's. */
#define STORED_ORD (INT64_MIN / 2)

/* For a unit test only: fewer bits of the hash make prompts share one. */
#ifndef AGREE_HASH_MASK
#define AGREE_HASH_MASK UINT64_MAX
#endif

/* A handbook whose records are compared. */
struct agree_book {
	char *id, *source;
	bool in_files; /* a file holds it: its copy in the database is not compared */
};

/* A growing byte buffer. */
struct bytes {
	unsigned char *v;
	size_t n, cap;
};

struct agree {
	sqlite3 *db; /* NULL when it could not be made */
	sqlite3_stmt *insert;
	char *error; /* why there is no scratch table */
	const char **files; /* borrowed names, indexed by rec.file */
	size_t nfiles;
	struct agree_book *books;
	size_t nbooks;
	sqlite3_int64 nrecords, nstored;
	struct bytes texts; /* put_texts() of the record being added */
	bool replaced;	    /* an item may have more than one record */
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

/* Whether a code point is left out of a comparison key: punctuation or white
 * space.  Asked of libunistring once for each code point of the Basic
 * Multilingual Plane met, and remembered. */
static bool dropped(ucs4_t c)
{
	static uint64_t known[0x10000 / 64], drop[0x10000 / 64];
	if (c >= 0x10000)
		return uc_is_property_punctuation(c) || uc_is_property_white_space(c);
	uint64_t bit = UINT64_C(1) << (c % 64);
	if (!(known[c / 64] & bit)) {
		if (uc_is_property_punctuation(c) || uc_is_property_white_space(c))
			drop[c / 64] |= bit;
		known[c / 64] |= bit;
	}
	return (drop[c / 64] & bit) != 0;
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
		ucs4_t c = *p;
		int n = 1;
		if (c >= 0x80 && (n = u8_strmbtouc(&c, p)) <= 0)
			break;
		if (!dropped(c)) {
			if (out != (char *)p)
				memmove(out, p, (size_t)n);
			out += n;
		}
		p += n;
	}
	*out = '\0';
	return folded;
}

/* FNV-1a over the source language and the prompt's key. */
static uint64_t prompt_hash(const char *source, const char *pkey)
{
	uint64_t h = UINT64_C(14695981039346656037);
	for (const unsigned char *p = (const unsigned char *)source;; p++) {
		h = (h ^ *p) * UINT64_C(1099511628211);
		if (!*p)
			break;
	}
	for (const unsigned char *p = (const unsigned char *)pkey; *p; p++)
		h = (h ^ *p) * UINT64_C(1099511628211);
	return h & AGREE_HASH_MASK;
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

/* ---------------------------------------------------------------- records */

static void put(struct bytes *b, const void *p, size_t n)
{
	if (b->n + n > b->cap) {
		b->cap = (b->n + n) * 2;
		b->v = xrealloc(b->v, b->cap);
	}
	memcpy(b->v + b->n, p, n);
	b->n += n;
}

/* A foreign text as it is kept: the number of alternatives (4 bytes), then the
 * language, the text and each alternative, each ending in a NUL. */
static void put_text(struct bytes *b, const char *lang, const char *text,
		     const char *const *alts, size_t nalts)
{
	uint32_t n = (uint32_t)nalts;
	put(b, &n, sizeof n);
	put(b, lang, strlen(lang) + 1);
	put(b, text, strlen(text) + 1);
	for (size_t k = 0; k < nalts; k++)
		put(b, alts[k], strlen(alts[k]) + 1);
}

/* The string at *p within [*p, end), moving *p past it; NULL when there is none. */
static const char *take_string(const unsigned char **p, const unsigned char *end)
{
	const unsigned char *nul = *p < end ? memchr(*p, '\0', (size_t)(end - *p)) : NULL;
	if (!nul)
		return NULL;
	const char *s = (const char *)*p;
	*p = nul + 1;
	return s;
}

/* The next foreign text of a kept record: 1, 0 at the end, -1 when damaged.
 * *alts is grown as needed and freed by the caller. */
static int take_text(const unsigned char **p, const unsigned char *end, const char **lang,
		     const char **text, const char ***alts, size_t *nalts)
{
	if (*p == end)
		return 0;
	uint32_t n;
	if ((size_t)(end - *p) < sizeof n)
		return -1;
	memcpy(&n, *p, sizeof n);
	*p += sizeof n;
	if (!(*lang = take_string(p, end)) || !(*text = take_string(p, end)) ||
	    n > (size_t)(end - *p))
		return -1;
	*alts = xreallocarray(*alts, (size_t)n + 1, sizeof **alts);
	for (uint32_t k = 0; k < n; k++)
		if (!((*alts)[k] = take_string(p, end)))
			return -1;
	*nalts = n;
	return 1;
}

/* The index of a handbook in agree->books, added when new. */
static long book_index(struct agree *agree, const char *id, const char *source)
{
	for (size_t i = agree->nbooks; i-- > 0;)
		if (!strcmp(agree->books[i].id, id) && !strcmp(agree->books[i].source, source))
			return (long)i;
	agree->books = xreallocarray(agree->books, agree->nbooks + 1, sizeof *agree->books);
	agree->books[agree->nbooks] =
		(struct agree_book){ .id = xstrdup(id), .source = xstrdup(source) };
	return (long)agree->nbooks++;
}

/* Keeps one record whose foreign texts are in agree->texts; file < 0 for the
 * content database. */
static void add_record(struct agree *agree, sqlite3_int64 ord, long book, const char *prompt,
		       const char *item, long file, long line)
{
	char *pkey = key_of(prompt);
	uint64_t hash = prompt_hash(agree->books[book].source, pkey);
	free(pkey);
	sqlite3_stmt *st = agree->insert;
	sqlite3_bind_int64(st, 1, ord);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)hash);
	sqlite3_bind_int64(st, 3, book);
	if (file < 0) {
		sqlite3_bind_null(st, 4);
		sqlite3_bind_null(st, 5);
	} else {
		sqlite3_bind_int64(st, 4, file);
		sqlite3_bind_int64(st, 5, line);
	}
	sqlite3_bind_text(st, 6, item, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, prompt, -1, SQLITE_STATIC);
	sqlite3_bind_blob(st, 8, agree->texts.v, (int)agree->texts.n, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		set_error(agree, sqlite3_errmsg(agree->db));
	sqlite3_reset(st);
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
	if (!prompt || item->ntexts < 2)
		return;
	agree->texts.n = 0;
	for (size_t i = 0; i < item->ntexts; i++) {
		const struct hb_text *t = &item->texts[i];
		if (t != prompt)
			put_text(&agree->texts, t->lang, t->text, t->alts, t->nalts);
	}
	long b = book_index(agree, book->id, book->source);
	agree->books[b].in_files = true;
	add_record(agree, ++agree->nrecords, b, prompt->text, item->id, file, item->line);
}

/* Adds the live phrases of the handbooks of the content database that no file
 * holds. */
static void add_stored(struct agree *agree, const char *content_path)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *books = NULL, *st = NULL;
	if (sqlite3_open_v2(content_path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, HANDBOOKS, -1, &books, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, STORED, -1, &st, NULL) != SQLITE_OK) {
		/* A database that cannot be read is reported by the import itself. */
		sqlite3_finalize(books);
		sqlite3_close(db);
		return;
	}
	const char **alts = NULL;
	int rc;
	while ((rc = sqlite3_step(books)) == SQLITE_ROW) {
		const char *id = (const char *)sqlite3_column_text(books, 0);
		const char *source = (const char *)sqlite3_column_text(books, 1);
		bool in_files = false;
		for (size_t i = 0; id && i < agree->nbooks; i++)
			in_files |= agree->books[i].in_files && !strcmp(agree->books[i].id, id);
		if (!id || !source || in_files)
			continue;
		long b = book_index(agree, id, source);
		sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, source, -1, SQLITE_TRANSIENT);
		/* The rows of an item come together; it is kept when the next begins. */
		sqlite3_int64 key = 0;
		char *prompt = NULL, *item = NULL;
		agree->texts.n = 0;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			const char *col[6];
			for (int c = 1; c < 6; c++)
				col[c] = (const char *)sqlite3_column_text(st, c);
			if (!col[1] || !col[2] || !col[3] || !col[4])
				continue;
			sqlite3_int64 k = sqlite3_column_int64(st, 0);
			if (prompt && k != key) {
				add_record(agree, STORED_ORD + ++agree->nstored, b, prompt, item, -1, 0);
				free(prompt);
				free(item);
				prompt = NULL;
				agree->texts.n = 0;
			}
			if (!prompt) {
				key = k;
				prompt = xstrdup(col[1]);
				item = xstrdup(col[4]);
			}
			char *joined = col[5] ? xstrdup(col[5]) : NULL;
			size_t nalts = 0;
			for (char *p = joined, *end; p; p = end) {
				end = strchr(p, '\x1f');
				if (end)
					*end++ = '\0';
				alts = xreallocarray(alts, nalts + 1, sizeof *alts);
				alts[nalts++] = p;
			}
			put_text(&agree->texts, col[2], col[3], alts, nalts);
			free(joined);
		}
		if (prompt)
			add_record(agree, STORED_ORD + ++agree->nstored, b, prompt, item, -1, 0);
		free(prompt);
		free(item);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			break;
	}
	if (rc != SQLITE_DONE)
		set_error(agree, sqlite3_errmsg(db));
	free(alts);
	sqlite3_finalize(st);
	sqlite3_finalize(books);
	sqlite3_close(db);
}

/* ---------------------------------------------------------------- comparing */

/* The first answer in a language to a prompt. */
struct first {
	char *lang, *key, *shown, *item;
	long book, file, line; /* file < 0: the content database */
};

/* The records with one prompt (of those that share a hash). */
struct prompt_group {
	char *source, *key;
	struct first *firsts;
	size_t nfirsts;
};

/* A warning, kept until all are found to be given in the records' order. */
struct disagreement {
	sqlite3_int64 ord;
	size_t text; /* which foreign text of the record */
	long file, line;
	char *lang, *prompt, *here;
	char *there, *item; /* of the first answer, copied: the group goes first */
	long book, ofile, oline;
};

struct compare {
	struct prompt_group *groups;
	size_t ngroups;
	struct disagreement *v;
	size_t n;
};

static void free_groups(struct compare *cmp)
{
	for (size_t g = 0; g < cmp->ngroups; g++) {
		struct prompt_group *pg = &cmp->groups[g];
		for (size_t i = 0; i < pg->nfirsts; i++) {
			free(pg->firsts[i].lang);
			free(pg->firsts[i].key);
			free(pg->firsts[i].shown);
			free(pg->firsts[i].item);
		}
		free(pg->firsts);
		free(pg->source);
		free(pg->key);
	}
	free(cmp->groups);
	cmp->groups = NULL;
	cmp->ngroups = 0;
}

static struct prompt_group *group_of(struct compare *cmp, const char *source, char *pkey)
{
	for (size_t g = 0; g < cmp->ngroups; g++)
		if (!strcmp(cmp->groups[g].key, pkey) && !strcmp(cmp->groups[g].source, source)) {
			free(pkey);
			return &cmp->groups[g];
		}
	cmp->groups = xreallocarray(cmp->groups, cmp->ngroups + 1, sizeof *cmp->groups);
	struct prompt_group *pg = &cmp->groups[cmp->ngroups++];
	*pg = (struct prompt_group){ .source = xstrdup(source), .key = pkey };
	return pg;
}

/* Compares one record with the first ones of its prompt, or makes it the first. */
static int compare_record(struct agree *agree, struct compare *cmp, sqlite3_stmt *st)
{
	sqlite3_int64 ord = sqlite3_column_int64(st, 1);
	long book = (long)sqlite3_column_int64(st, 2);
	bool stored = sqlite3_column_type(st, 3) == SQLITE_NULL;
	long file = stored ? -1 : (long)sqlite3_column_int64(st, 3);
	long line = (long)sqlite3_column_int64(st, 4);
	const char *item = (const char *)sqlite3_column_text(st, 5);
	const char *prompt = (const char *)sqlite3_column_text(st, 6);
	const unsigned char *p = sqlite3_column_blob(st, 7);
	const unsigned char *end = p + sqlite3_column_bytes(st, 7);
	if (book < 0 || (size_t)book >= agree->nbooks || !item || !prompt)
		return -1;
	struct prompt_group *pg = group_of(cmp, agree->books[book].source, key_of(prompt));
	const char *lang, *text, **alts = NULL;
	size_t nalts, index = 0;
	int rc;
	while ((rc = take_text(&p, end, &lang, &text, &alts, &nalts)) > 0) {
		char *key, *shown;
		answer_key(text, alts, nalts, &key, &shown);
		struct first *f = NULL;
		for (size_t i = 0; i < pg->nfirsts && !f; i++)
			if (!strcmp(pg->firsts[i].lang, lang))
				f = &pg->firsts[i];
		if (!f) {
			pg->firsts = xreallocarray(pg->firsts, pg->nfirsts + 1, sizeof *pg->firsts);
			pg->firsts[pg->nfirsts++] = (struct first){
				.lang = xstrdup(lang), .key = key, .shown = shown,
				.item = xstrdup(item), .book = book, .file = file, .line = line
			};
		} else {
			if (!stored && strcmp(key, f->key)) {
				cmp->v = xreallocarray(cmp->v, cmp->n + 1, sizeof *cmp->v);
				cmp->v[cmp->n++] = (struct disagreement){
					.ord = ord, .text = index, .file = file, .line = line,
					.lang = xstrdup(lang), .prompt = xstrdup(prompt),
					.here = shown, .there = xstrdup(f->shown),
					.item = xstrdup(f->item), .book = f->book,
					.ofile = f->file, .oline = f->line
				};
				shown = NULL;
			}
			free(key);
			free(shown);
		}
		index++;
	}
	free(alts);
	return rc;
}

static int cmp_disagreement(const void *pa, const void *pb)
{
	const struct disagreement *a = pa, *b = pb;
	if (a->ord != b->ord)
		return a->ord < b->ord ? -1 : 1;
	return a->text < b->text ? -1 : a->text > b->text;
}

static void report(struct agree *agree, struct diag_list *diags)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(agree->db, SHARED, -1, &st, NULL) != SQLITE_OK) {
		set_error(agree, sqlite3_errmsg(agree->db));
		return;
	}
	struct compare cmp = { 0 };
	sqlite3_int64 hash = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sqlite3_int64 h = sqlite3_column_int64(st, 0);
		if (h != hash)
			free_groups(&cmp);
		hash = h;
		if (compare_record(agree, &cmp, st) < 0) {
			set_error(agree, sqlite3_errstr(SQLITE_CORRUPT));
			break;
		}
	}
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		set_error(agree, sqlite3_errmsg(agree->db));
	sqlite3_finalize(st);
	free_groups(&cmp);
	if (cmp.n)
		qsort(cmp.v, cmp.n, sizeof *cmp.v, cmp_disagreement);
	for (size_t i = 0; i < cmp.n; i++) {
		struct disagreement *d = &cmp.v[i];
		if (d->file >= 0 && (size_t)d->file < agree->nfiles) {
			if (d->ofile < 0)
				diag_add(diags, DIAG_WARNING, agree->files[d->file], d->line, 0,
					 _("the '%s' answer to '%s', %s, differs from %s in "
					   "phrase '%s' of handbook '%s' in the content "
					   "database; a learner is graded against both"),
					 d->lang, d->prompt, d->here, d->there, d->item,
					 agree->books[d->book].id);
			else if ((size_t)d->ofile < agree->nfiles)
				diag_add(diags, DIAG_WARNING, agree->files[d->file], d->line, 0,
					 _("the '%s' answer to '%s', %s, differs from %s:%ld, %s; "
					   "a learner is graded against both"),
					 d->lang, d->prompt, d->here, agree->files[d->ofile],
					 d->oline, d->there);
		}
		free(d->lang);
		free(d->prompt);
		free(d->here);
		free(d->there);
		free(d->item);
	}
	free(cmp.v);
}

void agree_items_replaced(struct agree *agree)
{
	agree->replaced = true;
}

/* An item's last record from the files stands for it: the earlier ones go (the
 * index is made only for an import that needs it). */
static const char DROP_REPLACED[] =
	"CREATE INDEX rec_item ON rec (book, item, ord);"
	"DELETE FROM rec WHERE file IS NOT NULL AND EXISTS (SELECT 1 FROM rec r"
	" WHERE r.book = rec.book AND r.item = rec.item AND r.ord > rec.ord);";

void agree_finish(struct agree *agree, const char *content_path, struct diag_list *diags)
{
	if (!agree)
		return;
	bool compare = agree->db && agree->nfiles;
	if (compare && agree->replaced &&
	    sqlite3_exec(agree->db, DROP_REPLACED, NULL, NULL, NULL) != SQLITE_OK) {
		set_error(agree, sqlite3_errmsg(agree->db));
		compare = false;
	}
	if (compare) {
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
	for (size_t i = 0; i < agree->nbooks; i++) {
		free(agree->books[i].id);
		free(agree->books[i].source);
	}
	free(agree->books);
	free(agree->texts.v);
	free(agree->files);
	free(agree->error);
	free(agree);
}
