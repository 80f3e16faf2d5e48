/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Handbook parser, checker and writer for the .hb format and spreadsheet rows. */
#include "hb.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unistr.h>

#include "i18n.h"
#include "kana.h"
#include "mem.h"
#include "text.h"

/* ---------------------------------------------------------------- arena */

struct hb_chunk {
	struct hb_chunk *next;
	size_t used, size;
	max_align_t data[];
};

struct hb_arena {
	struct hb_chunk *head;
};

void *hb_alloc(struct hb_book *book, size_t size)
{
	struct hb_arena *a = book->arena;
	size = (size + 15) & ~(size_t)15;
	if (!a->head || a->head->size - a->head->used < size) {
		size_t cap = size > 65536 ? size : 65536;
		struct hb_chunk *c = xmalloc(sizeof *c + cap);
		c->next = a->head;
		c->used = 0;
		c->size = cap;
		a->head = c;
	}
	void *p = (char *)a->head->data + a->head->used;
	a->head->used += size;
	return p;
}

static char *arena_strndup(struct hb_book *book, const char *s, size_t n)
{
	char *p = hb_alloc(book, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *hb_strdup(struct hb_book *book, const char *s)
{
	return s ? arena_strndup(book, s, strlen(s)) : NULL;
}

/* Empties a book's arena for reuse, keeping one chunk of the usual size. */
static void arena_reset(struct hb_book *book)
{
	struct hb_chunk *keep = NULL;
	for (struct hb_chunk *c = book->arena->head, *next; c; c = next) {
		next = c->next;
		if (!keep && c->size == 65536)
			keep = c;
		else
			free(c);
	}
	if (keep) {
		keep->next = NULL;
		keep->used = 0;
	}
	book->arena->head = keep;
}

struct hb_book *hb_book_new(void)
{
	struct hb_book *book = xcalloc(1, sizeof *book);
	book->arena = xcalloc(1, sizeof *book->arena);
	return book;
}

void hb_book_free(struct hb_book *book)
{
	if (!book)
		return;
	for (struct hb_chunk *c = book->arena->head, *next; c; c = next) {
		next = c->next;
		free(c);
	}
	free(book->arena);
	free(book->lessons);
	free(book->items);
	free(book);
}

struct hb_lesson *hb_book_add_lesson(struct hb_book *book)
{
	if (book->nlessons == book->caplessons) {
		book->caplessons = book->caplessons ? book->caplessons * 2 : 8;
		book->lessons =
			xreallocarray(book->lessons, book->caplessons, sizeof *book->lessons);
	}
	struct hb_lesson *l = &book->lessons[book->nlessons++];
	memset(l, 0, sizeof *l);
	return l;
}

struct hb_item *hb_book_add_item(struct hb_book *book)
{
	if (book->nitems == book->capitems) {
		book->capitems = book->capitems ? book->capitems * 2 : 64;
		book->items = xreallocarray(book->items, book->capitems, sizeof *book->items);
	}
	struct hb_item *it = &book->items[book->nitems++];
	memset(it, 0, sizeof *it);
	return it;
}

struct hb_lesson *hb_book_find_lesson(const struct hb_book *book, const char *id)
{
	for (size_t i = 0; i < book->nlessons; i++)
		if (!strcmp(book->lessons[i].id, id))
			return &book->lessons[i];
	return NULL;
}

/* ---------------------------------------------------------------- id index */

/* Open-addressing hash from item id to index, for uniqueness checks and lookups
 * in books of a hundred thousand items. */
struct id_index {
	const char **keys;
	size_t *vals;
	size_t cap, n;
};

static uint64_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ULL; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static void index_free(struct id_index *ix)
{
	free(ix->keys);
	free(ix->vals);
	memset(ix, 0, sizeof *ix);
}

static void index_put(struct id_index *ix, const char *key, size_t val);

static void index_grow(struct id_index *ix)
{
	struct id_index old = *ix;
	ix->cap = old.cap ? old.cap * 2 : 256;
	ix->n = 0;
	ix->keys = xcalloc(ix->cap, sizeof *ix->keys);
	ix->vals = xcalloc(ix->cap, sizeof *ix->vals);
	for (size_t i = 0; i < old.cap; i++)
		if (old.keys[i])
			index_put(ix, old.keys[i], old.vals[i]);
	free(old.keys);
	free(old.vals);
}

/* Returns the slot of key, or of the empty slot where it would go. */
static size_t index_slot(const struct id_index *ix, const char *key)
{
	size_t i = hash_str(key) & (ix->cap - 1);
	while (ix->keys[i] && strcmp(ix->keys[i], key))
		i = (i + 1) & (ix->cap - 1);
	return i;
}

static void index_put(struct id_index *ix, const char *key, size_t val)
{
	if ((ix->n + 1) * 2 > ix->cap)
		index_grow(ix);
	size_t i = index_slot(ix, key);
	if (!ix->keys[i])
		ix->n++;
	ix->keys[i] = key;
	ix->vals[i] = val;
}

static long index_get(const struct id_index *ix, const char *key)
{
	if (!ix->cap)
		return -1;
	size_t i = index_slot(ix, key);
	return ix->keys[i] ? (long)ix->vals[i] : -1;
}

long hb_book_find_item(const struct hb_book *book, const char *id)
{
	for (size_t i = 0; i < book->nitems; i++)
		if (!strcmp(book->items[i].id, id))
			return (long)i;
	return -1;
}

/* ---------------------------------------------------------------- names */

bool hb_valid_id(const char *s)
{
	size_t n = strlen(s);
	if (n < 1 || n > 64 || !(islower((unsigned char)s[0]) || isdigit((unsigned char)s[0])))
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!(c >= 'a' && c <= 'z') && !isdigit(c) && c != '.' && c != '_' && c != '-')
			return false;
	}
	return true;
}

bool hb_valid_lang(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && s[i] >= 'a' && s[i] <= 'z')
		i++;
	if (i < 2 || i > 3)
		return false;
	if (i == n)
		return true;
	if (s[i] != '_')
		return false;
	size_t start = ++i;
	while (i < n && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9')))
		i++;
	return i == n && i - start >= 2 && i - start <= 8;
}

static bool valid_field_name(const char *s, size_t n)
{
	if (n == 0 || !(s[0] >= 'a' && s[0] <= 'z'))
		return false;
	for (size_t i = 1; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return false;
	return true;
}

/* Optimal string alignment distance, for "did you mean" suggestions. */
static size_t edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > 40 || lb > 40)
		return 99;
	size_t d[41][41];
	for (size_t i = 0; i <= la; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= la; i++)
		for (size_t j = 1; j <= lb; j++) {
			size_t cost = a[i - 1] != b[j - 1];
			size_t v = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (d[i - 1][j - 1] + cost < v)
				v = d[i - 1][j - 1] + cost;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	return d[la][lb];
}

/* ---------------------------------------------------------------- lexer */

enum rtype { R_NONE = -1, R_HANDBOOK, R_LESSON, R_PHRASE, R_COURTESY, R_UNKNOWN };

static const char *const rtype_names[] = { "Handbook", "Lesson", "Phrase", "Courtesy" };

struct field {
	const char *name;
	const char *value; /* arena; continuation lines joined into paragraphs, kept
			    * apart by '\n' */
	bool paragraph;	   /* a blank continuation line ended the last paragraph */
	long line, col;    /* line of the name; byte column where the value starts */
	int column;        /* spreadsheet column index, or -1 */
	bool bad;          /* invalid UTF-8: skip checks of the value */
	bool used;
};

struct record {
	enum rtype type;
	long line;
	size_t first, n; /* range in the field array */
};

/* The lexer reads a file line by line and hands over each record when the next one
 * starts (or the text ends); the record's strings live in `mem` until then. */
struct lexer {
	struct hb_book *mem; /* where the strings of the current record are */
	bool reset;	     /* empty `mem` after each record */
	const char *file;
	struct diag_list *diags; /* NULL: a second reading, whose problems are known */
	struct field *fields;    /* of the current record */
	size_t nfields, capfields;
	struct record rec; /* the current record, when `have` */
	bool have;
	void (*on_record)(void *ctx, const struct record *rec, struct field *fields);
	void *ctx;
	bool in_record;
	long bad_utf8_lines;
	bool valid_utf8; /* a second reading of a file found valid the first time */
	/* The value that continuation lines are extending, grown by doubling so that
	 * joining costs memory and time linear in its length; copied into the arena
	 * once complete (seal_value). */
	char *grow;
	size_t glen, gcap;
	long gfield; /* index in fields, or -1 */
	bool gtoo_long;
};

/* The most bytes a value may have, its continuation lines included. */
#define MAX_VALUE (64 << 10)

static struct field *new_field(struct lexer *lx)
{
	if (lx->nfields == lx->capfields) {
		lx->capfields = lx->capfields ? lx->capfields * 2 : 256;
		lx->fields = xreallocarray(lx->fields, lx->capfields, sizeof *lx->fields);
	}
	struct field *f = &lx->fields[lx->nfields++];
	memset(f, 0, sizeof *f);
	f->column = -1;
	return f;
}

static void seal_value(struct lexer *lx);

/* Hands the current record over, then forgets it. */
static void flush_record(struct lexer *lx)
{
	if (!lx->have)
		return;
	seal_value(lx);
	lx->on_record(lx->ctx, &lx->rec, lx->fields);
	lx->have = false;
	lx->nfields = 0;
	if (lx->reset)
		arena_reset(lx->mem);
}

static void new_record(struct lexer *lx, enum rtype type, long line)
{
	flush_record(lx);
	lx->rec = (struct record){ type, line, 0, 0 };
	lx->have = true;
}

static bool is_note_field(const char *name)
{
	return !strcmp(name, "note") || !strcmp(name, "description") ||
	       !strcmp(name, "explanation");
}

/* Reports control characters and bidi overrides in a value (valid UTF-8), by the
 * check every value written by people gets (text_check_value). */
static void check_chars(struct diag_list *diags, const char *file, const char *name,
			const char *s, size_t n, long line, long col0)
{
	uint32_t c;
	size_t off;
	/* LF separates the lines of a value (a multi-line spreadsheet cell). */
	unsigned allow = TEXT_ALLOW_LF | (is_note_field(name) ? TEXT_ALLOW_TAB : 0);
	enum text_fault fault = text_check_value(s, n, allow, &c, &off);
	long col = col0 ? col0 + (long)off : 0;
	switch (fault) {
	case TEXT_FINE:
	case TEXT_BAD_UTF8:
		break;
	case TEXT_CONTROL:
		diag_add(diags, DIAG_ERROR, file, line, col,
			 _("control character U+%04X in '%s' (remove it; a tab is allowed "
			   "only in notes)"),
			 (unsigned)c, name);
		break;
	case TEXT_BIDI:
		diag_add(diags, DIAG_ERROR, file, line, col,
			 _("bidirectional override U+%04X in '%s' (remove it; 'cordial handbook "
			   "clean' writes a copy of the file without it)"),
			 (unsigned)c, name);
		break;
	case TEXT_INVISIBLE:
		diag_add(diags, DIAG_ERROR, file, line, col,
			 _("invisible character U+%04X in '%s' (remove it; 'cordial handbook "
			   "clean' writes a copy of the file without it)"),
			 (unsigned)c, name);
		break;
	case TEXT_UNASSIGNED:
		diag_add(diags, DIAG_ERROR, file, line, col,
			 _("unassigned or private-use character U+%04X in '%s' (remove it)"),
			 (unsigned)c, name);
		break;
	case TEXT_OVERWIDE:
		diag_add(diags, DIAG_ERROR, file, line, col,
			 _("character U+%04X in '%s' is drawn far wider than one column in a "
			   "terminal (remove it)"),
			 (unsigned)c, name);
		break;
	}
}

static size_t trim_right(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	return n;
}

static void warn_leading_space(struct lexer *lx, const char *name, const char *v, size_t n,
			       long line, long col)
{
	if (lx->diags && n > 0 && (v[0] == ' ' || v[0] == '\t'))
		diag_add(lx->diags, DIAG_WARNING, lx->file, line, col,
			 _("leading white space in the value of '%s'"), name);
}

static void seal_value(struct lexer *lx)
{
	if (lx->gfield >= 0)
		lx->fields[lx->gfield].value = arena_strndup(lx->mem, lx->grow, lx->glen);
	lx->gfield = -1;
}

/* Appends a continuation line to the value of field `f`, or reports once that the
 * value is too long.  A line break is soft: the lines are one paragraph, joined by a
 * space or, in Chinese and Japanese, by nothing.  A blank line ('+' alone) ends the
 * paragraph: paragraphs are kept apart by '\n'. */
static void continue_value(struct lexer *lx, struct field *f, const char *v, size_t vn,
			   long lineno)
{
	long idx = (long)(f - lx->fields);
	if (lx->gfield != idx) {
		seal_value(lx);
		lx->glen = strlen(f->value);
		lx->gfield = idx;
		lx->gtoo_long = lx->glen > MAX_VALUE;
		if (lx->gcap < lx->glen + 1) {
			lx->gcap = lx->glen + 1 > 256 ? lx->glen + 1 : 256;
			free(lx->grow);
			lx->grow = xmalloc(lx->gcap);
		}
		memcpy(lx->grow, f->value, lx->glen + 1);
	}
	if (vn == 0) {
		f->paragraph = lx->glen > 0;
		return;
	}
	if (lx->gtoo_long)
		return;
	char sep = '\0';
	if (lx->glen > 0 && f->paragraph)
		sep = '\n';
	else if (lx->glen > 0 && text_soft_break_is_space(lx->grow, lx->glen, v, vn))
		sep = ' ';
	f->paragraph = false;
	size_t need = lx->glen + (sep != '\0') + vn;
	if (need > MAX_VALUE) {
		if (lx->diags)
			diag_add(lx->diags, DIAG_ERROR, lx->file, lineno, 0,
			 _("the value of '%s' (from line %ld) is longer than %d KB, the most a "
			   "value may be"),
			 f->name, f->line, MAX_VALUE >> 10);
		lx->gtoo_long = true;
		return;
	}
	if (need + 1 > lx->gcap) {
		size_t cap = lx->gcap * 2 > need + 1 ? lx->gcap * 2 : need + 1;
		lx->grow = xrealloc(lx->grow, cap);
		lx->gcap = cap;
	}
	if (sep)
		lx->grow[lx->glen++] = sep;
	memcpy(lx->grow + lx->glen, v, vn);
	lx->glen += vn;
	lx->grow[lx->glen] = '\0';
}

/* Splits the text into records of fields, handed to lx->on_record one by one;
 * lexical problems go to the diagnostics.  Returns 0, or -1 when a line could not
 * be read. */
static int lex(struct lexer *lx, const struct hb_lines *src)
{
	enum rtype section = R_NONE;
	bool warned_no_section = false;
	int first_crlf = -1; /* line-end style of the first line: 1 CRLF, 0 LF */
	bool warned_mixed = false;
	long lineno = 0;
	struct field *last = NULL; /* the field a continuation line extends */
	lx->gfield = -1;

	const char *line;
	size_t n;
	bool nl;
	int rc;
	while ((rc = src->next(src->ctx, &line, &n, &nl)) > 0) {
		if (lineno == 0 && n >= 3 && !memcmp(line, "\xef\xbb\xbf", 3)) {
			line += 3;
			n -= 3;
		}
		lineno++;
		if (nl) {
			int crlf = n > 0 && line[n - 1] == '\r';
			if (first_crlf < 0)
				first_crlf = crlf;
			else if (crlf != first_crlf && !warned_mixed && lx->diags) {
				diag_add(lx->diags, DIAG_WARNING, lx->file, lineno, 0,
					 _("mixed line ends (both CRLF and LF); save the file with "
					   "one kind"));
				warned_mixed = true;
			}
		}
		n = trim_right(line, n);

		long bad = lx->valid_utf8 ? -1 : text_utf8_invalid(line, n);
		if (bad >= 0 && lx->diags) {
			if (++lx->bad_utf8_lines <= 20)
				diag_add(lx->diags, DIAG_ERROR, lx->file, lineno, bad + 1,
					 _("invalid UTF-8 (was the file saved as GBK? save it as "
					   "UTF-8)"));
			else if (lx->bad_utf8_lines == 21)
				diag_add(lx->diags, DIAG_ERROR, lx->file, lineno, 0,
					 _("more lines with invalid UTF-8 follow; they are not "
					   "listed"));
		}

		if (n == 0 || strspn(line, " \t") == n) { /* blank: ends a record */
			lx->in_record = false;
			last = NULL;
			continue;
		}
		if (line[0] == '#')
			continue;
		if (line[0] == '%') {
			if (n >= 5 && !memcmp(line, "%rec:", 5)) {
				const char *t = line + 5;
				size_t tn = n - 5;
				while (tn && (*t == ' ' || *t == '\t'))
					t++, tn--;
				section = R_UNKNOWN;
				for (int i = 0; i < 4; i++)
					if (strlen(rtype_names[i]) == tn && !memcmp(t, rtype_names[i], tn))
						section = (enum rtype)i;
				if (section == R_UNKNOWN && lx->diags)
					diag_add(lx->diags, DIAG_ERROR, lx->file, lineno, 0,
						 _("unknown record type '%.*s' (use Handbook, Lesson, "
						   "Phrase or Courtesy)"),
						 (int)tn, t);
				lx->in_record = false;
				last = NULL;
			}
			continue; /* other descriptors are accepted and ignored */
		}
		if (line[0] == '+' && (n == 1 || line[1] == ' ')) {
			if (!last) {
				if (lx->diags)
					diag_add(lx->diags, DIAG_ERROR, lx->file, lineno, 0,
					 _("a continuation line ('+ ') must follow a field line"));
				continue;
			}
			const char *v = n > 1 ? line + 2 : line + n;
			size_t vn = n > 1 ? n - 2 : 0;
			if (bad >= 0)
				last->bad = true;
			else if (lx->diags)
				check_chars(lx->diags, lx->file, last->name, v, vn, lineno, (long)(v - line) + 1);
			warn_leading_space(lx, last->name, v, vn, lineno, (long)(v - line) + 1);
			continue_value(lx, last, v, vn, lineno);
			continue;
		}

		const char *colon = memchr(line, ':', n);
		if (!colon || !valid_field_name(line, (size_t)(colon - line))) {
			if (lx->diags)
				diag_add(lx->diags, DIAG_ERROR, lx->file, lineno, 0,
				 _("expected 'name: value' (a field name is lowercase letters, digits "
				   "and '_'; continue a long value on a line starting with '+ ')"));
			last = NULL;
			continue;
		}
		if (section == R_NONE && !warned_no_section) {
			if (lx->diags)
				diag_add(lx->diags, DIAG_ERROR, lx->file, lineno, 0,
				 _("a field before any '%%rec:' line; start the file with "
				   "'%%rec: Handbook'"));
			warned_no_section = true;
		}
		if (!lx->in_record) {
			new_record(lx, section, lineno);
			lx->in_record = true;
		}
		struct field *f = new_field(lx);
		lx->rec.n++;
		f->name = arena_strndup(lx->mem, line, (size_t)(colon - line));
		const char *v = colon + 1;
		if (v < line + n && *v == ' ')
			v++;
		size_t vn = (size_t)(line + n - v);
		f->line = lineno;
		f->col = (long)(v - line) + 1;
		f->bad = bad >= 0;
		f->value = arena_strndup(lx->mem, v, vn);
		if (vn > MAX_VALUE && lx->diags)
			diag_add(lx->diags, DIAG_ERROR, lx->file, lineno, 0,
				 _("the value of '%s' (from line %ld) is longer than %d KB, the most "
				   "a value may be"),
				 f->name, lineno, MAX_VALUE >> 10);
		if (!f->bad && lx->diags)
			check_chars(lx->diags, lx->file, f->name, v, vn, lineno, f->col);
		warn_leading_space(lx, f->name, v, vn, lineno, f->col);
		last = f;
	}
	flush_record(lx);
	free(lx->grow);
	lx->grow = NULL;
	return rc;
}

/* ---------------------------------------------------------------- checker */

struct checker {
	struct hb_book *book;
	struct hb_book *mem; /* where the strings of checked items go: book, or scratch */
	const char *file;
	struct diag_list *diags;
	bool sheet;              /* fields come from spreadsheet columns */
	struct id_index items;   /* item id -> index in book->items */
	struct id_index lessons; /* lesson id -> index in book->lessons */
	const struct hb_sink *sink; /* items go there instead of into the book */
	/* The courtesy items, for the checks of the whole (check_answer_balance). */
	size_t scored, longest, answers[HB_MAX_OPTIONS];
	double fair[HB_MAX_OPTIONS];
};

static void err(struct checker *ck, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void err(struct checker *ck, long line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	diag_add(ck->diags, DIAG_ERROR, ck->file, line, 0, "%s", msg);
	free(msg);
}

static void warn(struct checker *ck, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void warn(struct checker *ck, long line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	diag_add(ck->diags, DIAG_WARNING, ck->file, line, 0, "%s", msg);
	free(msg);
}

static bool is_unicode_space(ucs4_t c)
{
	return c == ' ' || c == '\t' || c == 0xa0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200a) ||
	       c == 0x202f || c == 0x205f;
}

/* The value in NFC, copied into the arena; warns of white space at its ends that the
 * lexer did not remove (ideographic and no-break spaces, or spreadsheet cells). */
static const char *take_value(struct checker *ck, struct field *f)
{
	f->used = true;
	const char *v = f->value;
	size_t n = strlen(v);
	if (f->bad)
		return v;
	if (n == 0)
		err(ck, f->line, _("field '%s' has an empty value (give it one, or remove the "
				   "line)"),
		    f->name);
	if (n > 0) {
		ucs4_t first, lastc = 0;
		u8_mbtouc(&first, (const uint8_t *)v, n);
		const uint8_t *p = (const uint8_t *)v + n;
		const uint8_t *prev = u8_prev(&lastc, p, (const uint8_t *)v);
		(void)prev;
		bool lead = is_unicode_space(first) && !(first == ' ' || first == '\t');
		if (ck->sheet && (first == ' ' || first == '\t'))
			lead = true;
		if (lead || is_unicode_space(lastc))
			warn(ck, f->line, _("leading or trailing white space in the value of '%s'"),
			     f->name);
	}
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)v[i] >= 0x80) {
			char *nfc = text_nfc(v, n);
			const char *r = hb_strdup(ck->mem, nfc);
			free(nfc);
			return r;
		}
	return v;
}

/* Full-width punctuation, as a Chinese or Japanese input method types it. */
static bool is_fullwidth_punct(ucs4_t c)
{
	return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) ||
	       (c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) ||
	       (c >= 0xff5b && c <= 0xff65);
}

static bool is_cjk_letter(ucs4_t c)
{
	return (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3040 && c <= 0x30ff) ||
	       (c >= 0x3130 && c <= 0x318f) || (c >= 0x3400 && c <= 0x9fff) ||
	       (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) ||
	       (c >= 0xff66 && c <= 0xff9f) || c >= 0x20000;
}

static bool is_latin_letter(ucs4_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xc0 && c <= 0x24f &&
	       c != 0xd7 && c != 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}

/* In Latin-script text (Latin letters and no CJK ones), full-width punctuation is
 * almost always an input-method slip. */
static void check_fullwidth(struct checker *ck, const struct field *f, const char *v)
{
	bool latin = false;
	ucs4_t found = 0;
	const uint8_t *p = (const uint8_t *)v;
	size_t n = strlen(v);
	for (const uint8_t *end = p + n; p < end;) {
		ucs4_t c;
		p += u8_mbtouc(&c, p, end - p);
		if (is_cjk_letter(c))
			return;
		if (is_latin_letter(c))
			latin = true;
		if (!found && is_fullwidth_punct(c))
			found = c;
	}
	if (latin && found) {
		uint8_t buf[8];
		int k = u8_uctomb(buf, found, sizeof buf);
		warn(ck, f->line, _("full-width punctuation '%.*s' in '%s' text"), k, (char *)buf,
		     f->name);
	}
}

static bool lang_declared(const struct hb_book *book, const char *lang, size_t n)
{
	if (book->source && strlen(book->source) == n && !memcmp(book->source, lang, n))
		return true;
	for (size_t i = 0; i < book->nlanguages; i++)
		/* NOLINTNEXTLINE(clang-analyzer-core.CallAndMessage): languages[i] is set before nlanguages counts it (a false positive). */
		if (strlen(book->languages[i]) == n && !memcmp(book->languages[i], lang, n))
			return true;
	return false;
}

/* "en ja ko": the handbook's languages, for messages (in mem's arena). */
static const char *lang_list(const struct hb_book *book, struct hb_book *mem, bool with_source)
{
	size_t len = 2 + (book->source ? strlen(book->source) : 0);
	for (size_t i = 0; i < book->nlanguages; i++)
		len += strlen(book->languages[i]) + 1;
	char *out = hb_alloc(mem, len);
	out[0] = '\0';
	if (with_source && book->source)
		strcat(out, book->source);
	for (size_t i = 0; i < book->nlanguages; i++) {
		if (*out)
			strcat(out, " ");
		strcat(out, book->languages[i]);
	}
	return out;
}

/* Where a field is spoken of: "field 'x'" in a .hb file, "column 'x'" in a sheet. */
static void report_unknown(struct checker *ck, const struct field *f, const char *const *known,
			   size_t nknown)
{
	const char *best = NULL;
	size_t bestd = 99, flen = strlen(f->name);
	for (size_t i = 0; i < nknown; i++) {
		size_t d = edit_distance(f->name, known[i]);
		if (d < bestd) {
			bestd = d;
			best = known[i];
		}
	}
	/* "readng" is close to "reading", which a field only has after a language. */
	const char *suffixes[] = { "reading", "alt" };
	char guess[64];
	for (size_t s = 0; s < 2 && ck->book->nlanguages > 0; s++) {
		const char *name = strrchr(f->name, '_') ? strrchr(f->name, '_') + 1 : f->name;
		size_t d = edit_distance(name, suffixes[s]);
		if (d <= 2 && d < strlen(suffixes[s]) && d + 1 < bestd) {
			snprintf(guess, sizeof guess, "%s_%s", ck->book->languages[0], suffixes[s]);
			best = guess;
			bestd = d + 1;
		}
	}
	bool close = best && bestd <= (flen > 5 ? 3u : flen > 3 ? 2u : 1u);
	if (close)
		err(ck, f->line,
		    ck->sheet ? _("unknown column '%s' (did you mean '%s'?)")
			      : _("unknown field '%s' (did you mean '%s'?)"),
		    f->name, best);
	else if (hb_valid_lang(f->name, flen) ||
		 (strrchr(f->name, '_') &&
		  (!strcmp(strrchr(f->name, '_'), "_alt") ||
		   !strcmp(strrchr(f->name, '_'), "_reading") ||
		   !strcmp(strrchr(f->name, '_'), "_kana"))))
		err(ck, f->line,
		    _("'%s': the handbook does not declare this language (its languages: %s)"),
		    f->name, lang_list(ck->book, ck->mem, true));
	else
		err(ck, f->line, ck->sheet ? _("unknown column '%s'") : _("unknown field '%s'"),
		    f->name);
}

/* Japanese, in any script or region: the languages a kana reading is for. */
static bool is_japanese(const char *lang)
{
	return !strncmp(lang, "ja", 2) && (!lang[2] || lang[2] == '_');
}

/* Field names a record of this type may have, for suggestions. */
static size_t known_names(const struct hb_book *book, enum rtype type, const char **out,
			  size_t cap, char (*buf)[40])
{
	static const char *const handbook[] = { "id", "title", "source", "languages", "version",
						"description", "editor", "license" };
	static const char *const lesson[] = { "id", "title", "order", "description" };
	static const char *const phrase[] = { "id",   "lesson", "note",	     "register",
					      "tags", "local",	"local_source" };
	static const char *const courtesy[] = { "id",	     "lesson",	     "situation",
						"option_a",  "option_b",     "option_c",
						"option_d",  "option_e",     "option_f",
						"answer",    "explanation",  "region",
						"reference", "tags",	     "local",
						"local_source" };
	const char *const *base;
	size_t nbase, n = 0, nb = 0;
	switch (type) {
	case R_HANDBOOK: base = handbook, nbase = 8; break;
	case R_LESSON: base = lesson, nbase = 4; break;
	case R_PHRASE: base = phrase, nbase = sizeof phrase / sizeof *phrase; break;
	default: base = courtesy, nbase = sizeof courtesy / sizeof *courtesy; break;
	}
	for (size_t i = 0; i < nbase && n < cap; i++)
		out[n++] = base[i];
	if (type == R_PHRASE) {
		for (size_t i = 0; i <= book->nlanguages && n + 3 <= cap && nb + 2 < 64; i++) {
			const char *lang = i == 0 ? book->source : book->languages[i - 1];
			if (!lang)
				continue;
			out[n++] = lang;
			snprintf(buf[nb], 40, "%s_alt", lang);
			out[n++] = buf[nb++];
			snprintf(buf[nb], 40, "%s_reading", lang);
			out[n++] = buf[nb++];
			if (is_japanese(lang) && n < cap && nb < 64) {
				snprintf(buf[nb], 40, "%s_kana", lang);
				out[n++] = buf[nb++];
			}
		}
	}
	return n;
}

static void unknown_field(struct checker *ck, enum rtype type, const struct field *f)
{
	const char *known[256];
	char buf[64][40];
	size_t n = known_names(ck->book, type, known, 256, buf);
	report_unknown(ck, f, known, n);
}

/* Finds the single field `name` among fields; reports repeats. */
static struct field *single(struct checker *ck, struct field *fields, size_t n, const char *name)
{
	struct field *found = NULL;
	for (size_t i = 0; i < n; i++)
		if (!strcmp(fields[i].name, name)) {
			if (found)
				err(ck, fields[i].line,
				    _("field '%s' is repeated; it may appear only once"), name);
			else
				found = &fields[i];
			fields[i].used = true;
		}
	return found;
}

static const char *single_value(struct checker *ck, struct field *fields, size_t n,
				const char *name)
{
	struct field *f = single(ck, fields, n, name);
	return f ? take_value(ck, f) : NULL;
}

static bool parse_long(const char *s, long *out)
{
	char *end;
	if (!s || !*s)
		return false;
	long v = strtol(s, &end, 10);
	if (*end || (!isdigit((unsigned char)s[0]) && s[0] != '-'))
		return false;
	*out = v;
	return true;
}

static const char *check_id(struct checker *ck, struct field *fields, size_t n, long line,
			    const char *what)
{
	struct field *f = single(ck, fields, n, "id");
	if (!f) {
		/* TRANSLATORS: %s is a record type: "Handbook", "Lesson", "Phrase", "Courtesy" */
		err(ck, line, ck->sheet ? _("row has no id") : _("%s record has no 'id' field"),
		    what);
		return NULL;
	}
	const char *id = take_value(ck, f);
	if (!hb_valid_id(id)) {
		err(ck, f->line,
		    _("id '%s' is malformed: use 1 to 64 lowercase letters, digits, '.', '_' "
		      "or '-', starting with a letter or digit"),
		    id);
		return NULL;
	}
	return id;
}

/* title_LANG fields of a Handbook or Lesson record. */
static void collect_titles(struct checker *ck, struct field *fields, size_t n,
			   struct hb_title **out, size_t *nout)
{
	size_t count = 0;
	for (size_t i = 0; i < n; i++)
		if (!strncmp(fields[i].name, "title_", 6))
			count++;
	*out = count ? hb_alloc(ck->mem, count * sizeof **out) : NULL;
	*nout = 0;
	for (size_t i = 0; i < n; i++) {
		struct field *f = &fields[i];
		if (strncmp(f->name, "title_", 6))
			continue;
		const char *lang = f->name + 6;
		if (!hb_valid_lang(lang, strlen(lang))) {
			err(ck, f->line,
			    _("'%s': '%s' is not a language code (two or three lowercase letters, "
			      "as in title_en)"),
			    f->name, lang);
			f->used = true;
			continue;
		}
		bool dup = false;
		for (size_t k = 0; k < *nout; k++)
			if (!strcmp((*out)[k].lang, lang))
				dup = true;
		if (dup) {
			err(ck, f->line, _("field '%s' is repeated; it may appear only once"),
			    f->name);
			f->used = true;
			continue;
		}
		/* NOLINTNEXTLINE(clang-analyzer-core.NullDereference): *out has room for every title_ field counted above (a false positive). */
		(*out)[*nout].lang = lang;
		(*out)[*nout].title = take_value(ck, f);
		(*nout)++;
	}
}

static void report_unused(struct checker *ck, enum rtype type, struct field *fields, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!fields[i].used)
			unknown_field(ck, type, &fields[i]);
}

static void check_handbook(struct checker *ck, struct field *fields, size_t n, long line)
{
	struct hb_book *book = ck->book;
	book->line = line;
	book->id = check_id(ck, fields, n, line, "Handbook");
	book->title = single_value(ck, fields, n, "title");
	if (!book->title)
		err(ck, line, _("the Handbook record has no 'title' field"));
	collect_titles(ck, fields, n, &book->titles, &book->ntitles);

	struct field *src = single(ck, fields, n, "source");
	if (!src)
		err(ck, line, _("the Handbook record has no 'source' field (the learners' "
				"language, e.g. 'source: zh')"));
	else {
		const char *v = take_value(ck, src);
		if (!hb_valid_lang(v, strlen(v)))
			err(ck, src->line,
			    _("source '%s' is not a language code (two or three lowercase letters, "
			      "optionally '_' and a script or region: zh, en, zh_hant)"),
			    v);
		else
			book->source = v;
	}
	struct field *langs = single(ck, fields, n, "languages");
	if (!langs)
		err(ck, line, _("the Handbook record has no 'languages' field (the foreign "
				"languages, e.g. 'languages: en ja ko')"));
	else {
		const char *v = take_value(ck, langs);
		size_t cap = 1;
		for (const char *p = v; *p; p++)
			cap += *p == ' ';
		book->languages = hb_alloc(book, cap * sizeof *book->languages);
		for (const char *p = v; *p;) {
			while (*p == ' ' || *p == '\t')
				p++;
			size_t k = strcspn(p, " \t");
			if (!k)
				break;
			if (!hb_valid_lang(p, k))
				err(ck, langs->line, _("'%.*s' in 'languages' is not a language code"),
				    (int)k, p);
			else if (lang_declared(book, p, k))
				err(ck, langs->line,
				    _("'%.*s' appears twice in 'languages', or is the source "
				      "language"),
				    (int)k, p);
			else
				book->languages[book->nlanguages++] = arena_strndup(book, p, k);
			p += k;
		}
		if (book->nlanguages == 0 && !ck->diags->errors)
			err(ck, langs->line, _("'languages' names no foreign language"));
	}
	struct field *ver = single(ck, fields, n, "version");
	if (ver) {
		const char *v = take_value(ck, ver);
		if (!parse_long(v, &book->version) || book->version < 1) {
			err(ck, ver->line, _("version '%s' is not a positive whole number"), v);
			book->version = 0;
		}
		book->version_line = ver->line;
	}
	book->description = single_value(ck, fields, n, "description");
	book->editor = single_value(ck, fields, n, "editor");
	book->license = single_value(ck, fields, n, "license");
	report_unused(ck, R_HANDBOOK, fields, n);
}

static void check_lesson(struct checker *ck, struct field *fields, size_t n, long line)
{
	const char *id = check_id(ck, fields, n, line, "Lesson");
	const char *title = single_value(ck, fields, n, "title");
	if (!title)
		err(ck, line, _("lesson '%s' has no 'title' field"), id ? id : "?");
	struct hb_lesson tmp = { .id = id, .title = title, .line = line };
	collect_titles(ck, fields, n, &tmp.titles, &tmp.ntitles);
	struct field *ord = single(ck, fields, n, "order");
	if (ord) {
		const char *v = take_value(ck, ord);
		if (!parse_long(v, &tmp.order))
			err(ck, ord->line, _("order '%s' is not a whole number"), v);
		else
			tmp.has_order = true;
	}
	tmp.description = single_value(ck, fields, n, "description");
	report_unused(ck, R_LESSON, fields, n);
	if (!id || !title)
		return;
	if (index_get(&ck->lessons, id) >= 0) {
		err(ck, line, _("lesson id '%s' is used twice in the handbook"), id);
		return;
	}
	*hb_book_add_lesson(ck->book) = tmp;
	index_put(&ck->lessons, id, ck->book->nlessons - 1);
}

/* The item's lesson: its 'lesson' field, else the nearest Lesson above. */
static const char *item_lesson(struct checker *ck, struct field *fields, size_t n,
			       const char *above, const char *id, long line)
{
	struct field *f = single(ck, fields, n, "lesson");
	if (f) {
		const char *v = take_value(ck, f);
		if (index_get(&ck->lessons, v) < 0) {
			err(ck, f->line, _("'%s' refers to lesson '%s', which the handbook does not "
					   "have"),
			    id ? id : "?", v);
			return NULL;
		}
		return v;
	}
	if (!above) {
		err(ck, line,
		    ck->sheet ? _("'%s' belongs to no lesson: add a 'lesson' column or a "
				  "'#lesson:' line")
			      : _("'%s' belongs to no lesson: add a 'lesson:' field or put a "
				  "Lesson record above it"),
		    id ? id : "?");
		return NULL;
	}
	return above;
}

static void check_register(struct checker *ck, struct field *fields, size_t n,
			   struct hb_item *it)
{
	struct field *f = single(ck, fields, n, "register");
	if (!f)
		return;
	const char *v = take_value(ck, f);
	if (strcmp(v, "formal") && strcmp(v, "polite") && strcmp(v, "neutral") &&
	    strcmp(v, "casual"))
		err(ck, f->line,
		    _("register '%s' is not one of formal, polite, neutral or casual"), v);
	else
		it->reg = v;
}

/* A kana reading holds kana only, says what the romaji reading says, and reads the
 * text: its kana stand where the text has them. */
static void check_kana(struct checker *ck, const struct field *f, const struct hb_text *t)
{
	uint32_t bad;
	long at = kana_check_chars(t->kana, &bad);
	if (at >= 0) {
		uint8_t buf[8];
		int k = u8_uctomb(buf, bad, sizeof buf);
		err(ck, f->line,
		    _("'%s' holds '%.*s', which is not kana (write numbers, letters and kanji "
		      "as they are read, in hiragana or katakana)"),
		    f->name, k, (char *)buf);
		return;
	}
	if (t->reading) {
		at = kana_romaji_mismatch(t->kana, t->reading, t->text);
		if (at >= 0) {
			/* Show a few kana from where they part. */
			const uint8_t *s = (const uint8_t *)t->kana + at, *e = s;
			for (int c = 0; c < 6 && *e; c++)
				e += u8_mblen(e, strlen((const char *)e));
			warn(ck, f->line,
			     _("'%s' does not say what '%s_reading' says, from '%.*s' on"), f->name,
			     t->lang, (int)(e - s), (const char *)s);
		}
	}
	if (!kana_fits(t->text, t->kana))
		warn(ck, f->line,
		     _("'%s' is not a reading of the '%s' text (the kana of the text must stand "
		       "in it as they are, in the same order)"),
		     f->name, t->lang);
}

/* A local fact (local:) and where its value comes from (local_source:): one is
 * not given without the other. */
static void check_local(struct checker *ck, struct field *fields, size_t n,
			struct hb_item *it)
{
	const char *id = it->id ? it->id : "?";
	struct field *local = single(ck, fields, n, "local");
	struct field *source = single(ck, fields, n, "local_source");
	if (local) {
		it->local = take_value(ck, local);
		it->local_line = local->line;
	}
	if (source)
		it->local_source = take_value(ck, source);
	if (local && !source)
		err(ck, local->line,
		    _("'%s' states a local fact but has no 'local_source' (say where its value "
		      "comes from: a public body's page or document)"),
		    id);
	else if (source && !local)
		err(ck, source->line,
		    _("'%s' has a 'local_source' but no 'local' (name the local fact it is the "
		      "source of)"),
		    id);
}

static void check_phrase(struct checker *ck, struct field *fields, size_t n, long line,
			 struct hb_item *it)
{
	struct hb_book *book = ck->book;
	size_t nl = book->nlanguages + 1;
	it->texts = hb_alloc(ck->mem, nl * sizeof *it->texts);
	memset(it->texts, 0, nl * sizeof *it->texts);
	for (size_t i = 0; i < nl; i++)
		it->texts[i].lang = i == 0 ? book->source : book->languages[i - 1];
	/* Where each language's kana reading stands, for the checks at the end. */
	const struct field **kana_at = hb_alloc(ck->mem, nl * sizeof *kana_at);
	memset(kana_at, 0, nl * sizeof *kana_at);

	for (size_t i = 0; i < n; i++) {
		struct field *f = &fields[i];
		if (f->used)
			continue;
		const char *name = f->name;
		size_t len = strlen(name);
		enum { TEXT, ALT, READING, KANA } role = TEXT;
		if (len > 4 && !strcmp(name + len - 4, "_alt"))
			role = ALT, len -= 4;
		else if (len > 8 && !strcmp(name + len - 8, "_reading"))
			role = READING, len -= 8;
		else if (len > 5 && !strcmp(name + len - 5, "_kana"))
			role = KANA, len -= 5;
		size_t k = 0;
		while (k < nl && !(it->texts[k].lang && strlen(it->texts[k].lang) == len &&
				   !memcmp(it->texts[k].lang, name, len)))
			k++;
		if (k == nl)
			continue; /* reported as unknown below */
		struct hb_text *t = &it->texts[k];
		if (role == ALT) {
			const char **alts = hb_alloc(ck->mem, (t->nalts + 1) * sizeof *alts);
			if (t->nalts)
				memcpy(alts, t->alts, t->nalts * sizeof *alts);
			alts[t->nalts++] = take_value(ck, f);
			t->alts = alts;
			check_fullwidth(ck, f, alts[t->nalts - 1]);
			continue;
		}
		if (role == KANA && !is_japanese(t->lang)) {
			err(ck, f->line,
			    _("'%s': a kana reading is for Japanese only (as in ja_kana)"), name);
			f->used = true;
			continue;
		}
		const char **slot = role == TEXT ? &t->text : role == READING ? &t->reading
									  : &t->kana;
		if (*slot) {
			err(ck, f->line, _("field '%s' is repeated; it may appear only once"), name);
			f->used = true;
			continue;
		}
		*slot = take_value(ck, f);
		if (role == KANA) {
			kana_at[k] = f;
			continue;
		}
		check_fullwidth(ck, f, *slot);
		if (role == TEXT && !f->bad && text_length(*slot, strlen(*slot)) > 200)
			warn(ck, f->line, _("'%s' text is over 200 characters (%zu); a phrase "
					    "should be short enough to say"),
			     name, text_length(*slot, strlen(*slot)));
	}
	it->note = single_value(ck, fields, n, "note");
	check_register(ck, fields, n, it);
	it->tags = single_value(ck, fields, n, "tags");
	check_local(ck, fields, n, it);
	report_unused(ck, R_PHRASE, fields, n);

	const char *id = it->id ? it->id : "?";
	if (book->source && !it->texts[0].text)
		err(ck, line,
		    ck->sheet ? _("column '%s': empty value (the source-language text is "
				  "required)")
			      : _("phrase '%s' has no '%s' text"),
		    ck->sheet ? book->source : id, book->source);
	bool foreign = false;
	for (size_t i = 0; i < nl; i++) {
		struct hb_text *t = &it->texts[i];
		if (i > 0 && t->text)
			foreign = true;
		if (!t->text && (t->nalts || t->reading || t->kana))
			err(ck, line, _("phrase '%s' has '%s_%s' but no '%s' text"), id, t->lang,
			    t->nalts ? "alt" : t->reading ? "reading" : "kana", t->lang);
		else if (t->kana && !kana_at[i]->bad)
			check_kana(ck, kana_at[i], t);
	}
	if (!foreign && book->nlanguages)
		err(ck, line, _("phrase '%s' has no text in any of the handbook's languages "
				"(%s)"),
		    id, lang_list(book, ck->mem, false));
	/* Keep only the languages the phrase has, in the handbook's order. */
	size_t kept = 0;
	for (size_t i = 0; i < nl; i++)
		if (it->texts[i].text)
			it->texts[kept++] = it->texts[i];
	it->ntexts = kept;
}

static void check_courtesy(struct checker *ck, struct field *fields, size_t n, long line,
			   struct hb_item *it)
{
	const char *id = it->id ? it->id : "?";
	it->situation = single_value(ck, fields, n, "situation");
	if (!it->situation)
		err(ck, line, _("courtesy '%s' has no 'situation'"), id);
	char name[] = "option_a";
	size_t last = 0;
	bool gap = false;
	for (size_t k = 0; k < HB_MAX_OPTIONS; k++) {
		name[7] = (char)('a' + k);
		it->options[k] = single_value(ck, fields, n, name);
		if (it->options[k]) {
			if (last < k)
				gap = true;
			last = k + 1;
		}
	}
	if (gap) {
		char missing[64] = "";
		for (size_t k = 0; k < last; k++)
			if (!it->options[k]) {
				size_t m = strlen(missing);
				snprintf(missing + m, sizeof missing - m, "%soption_%c",
					 m ? ", " : "", (char)('a' + k));
			}
		err(ck, line, _("courtesy '%s': options must use consecutive letters from 'a'; "
				"missing %s"),
		    id, missing);
	} else if (last < 2)
		err(ck, line, _("courtesy '%s' needs at least option_a and option_b"), id);
	it->noptions = last;

	struct field *ans = single(ck, fields, n, "answer");
	if (!ans)
		err(ck, line, _("courtesy '%s' has no 'answer'"), id);
	else {
		const char *v = take_value(ck, ans);
		char letters[32] = "";
		for (size_t k = 0; k < last; k++) {
			size_t m = strlen(letters);
			snprintf(letters + m, sizeof letters - m, "%s%c", k ? ", " : "",
				 (char)('a' + k));
		}
		if (strlen(v) != 1 || v[0] < 'a' || v[0] > 'f' || !it->options[v[0] - 'a'])
			err(ck, ans->line, _("courtesy '%s': answer '%s' names no option (%s)"), id,
			    v, letters);
		else
			it->answer = v[0];
	}
	it->explanation = single_value(ck, fields, n, "explanation");
	if (!it->explanation)
		err(ck, line, _("courtesy '%s' has no 'explanation' (say why the answer is "
				"right)"),
		    id);
	it->region = single_value(ck, fields, n, "region");
	it->tags = single_value(ck, fields, n, "tags");
	size_t nrefs = 0;
	for (size_t i = 0; i < n; i++)
		nrefs += !strcmp(fields[i].name, "reference");
	it->refs = nrefs ? hb_alloc(ck->mem, nrefs * sizeof *it->refs) : NULL;
	for (size_t i = 0; i < n; i++)
		if (!strcmp(fields[i].name, "reference"))
			it->refs[it->nrefs++] = take_value(ck, &fields[i]);
	check_local(ck, fields, n, it);
	report_unused(ck, R_COURTESY, fields, n);
}

static void count_item(struct checker *ck, const struct hb_item *it);

/* Checks one Phrase or Courtesy record (or spreadsheet row) and adds it to the book;
 * an item whose id is already in the book replaces it when `replace` is set. */
static void check_item(struct checker *ck, enum rtype type, struct field *fields, size_t n,
		       long line, const char *lesson_above, const char *given_id, bool replace)
{
	struct hb_item tmp = { .kind = type == R_PHRASE ? HB_PHRASE : HB_COURTESY,
			       .line = line,
			       .file = ck->file };
	tmp.id = given_id ? given_id : check_id(ck, fields, n, line,
						type == R_PHRASE ? "Phrase" : "Courtesy");
	bool valid_id = tmp.id != NULL;
	if (!valid_id) /* name the item by what was written, in the messages that follow */
		for (size_t i = 0; i < n; i++)
			if (!strcmp(fields[i].name, "id"))
				tmp.id = fields[i].value;
	tmp.lesson = item_lesson(ck, fields, n, lesson_above, tmp.id, line);
	if (tmp.lesson) {
		long l = index_get(&ck->lessons, tmp.lesson);
		if (l >= 0)
			ck->book->lessons[l].referenced = true;
	}
	if (type == R_PHRASE)
		check_phrase(ck, fields, n, line, &tmp);
	else
		check_courtesy(ck, fields, n, line, &tmp);
	if (!valid_id)
		return;
	if (ck->sink) {
		long l = tmp.lesson ? index_get(&ck->lessons, tmp.lesson) : -1;
		long position = l >= 0 ? (long)ck->book->lessons[l].nitems : 0;
		long first = ck->sink->item(ck->sink->ctx, ck->book, &tmp, position);
		if (first > 0) {
			err(ck, line, _("id '%s' is used twice in the handbook (first at %s:%ld)"),
			    tmp.id, ck->file, first);
			return;
		}
		count_item(ck, &tmp);
		return;
	}
	long at = index_get(&ck->items, tmp.id);
	if (at >= 0 && !replace) {
		const struct hb_item *first = &ck->book->items[at];
		err(ck, line, _("id '%s' is used twice in the handbook (first at %s:%ld)"), tmp.id,
		    first->file ? first->file : ck->file, first->line);
		return;
	}
	if (at >= 0) {
		ck->book->items[at] = tmp;
		return;
	}
	*hb_book_add_item(ck->book) = tmp;
	index_put(&ck->items, tmp.id, ck->book->nitems - 1);
	count_item(ck, &tmp);
}

static void count_lesson_items(struct hb_book *book)
{
	for (size_t l = 0; l < book->nlessons; l++)
		book->lessons[l].nitems = 0;
	for (size_t i = 0; i < book->nitems; i++) {
		struct hb_lesson *l = book->items[i].lesson ?
			hb_book_find_lesson(book, book->items[i].lesson) : NULL;
		if (l)
			l->nitems++;
	}
}

/* ------------------------------------------------ courtesy answer balance */

/* A handbook's scenarios give their answers away when the right option is
 * mostly the longest one or one letter is the answer far more often than the
 * others; both are counted only over this many scenarios or more. */
enum { BALANCE_MIN_SCENARIOS = 6 };

/* Whether the right option of a courtesy item has no fewer characters than any
 * other option. */
static bool answer_is_longest(const struct hb_item *it)
{
	size_t right = u8_mbsnlen((const uint8_t *)it->options[it->answer - 'a'],
				  strlen(it->options[it->answer - 'a']));
	for (size_t k = 0; k < it->noptions; k++)
		if (it->options[k] &&
		    u8_mbsnlen((const uint8_t *)it->options[k], strlen(it->options[k])) > right)
			return false;
	return true;
}

static bool scored_courtesy(const struct hb_item *it)
{
	return it->kind == HB_COURTESY && it->answer >= 'a' &&
	       (size_t)(it->answer - 'a') < it->noptions && it->options[it->answer - 'a'];
}

/* Counts an item that joined the book: in its lesson, and in the courtesy
 * scenarios' balance. */
static void count_item(struct checker *ck, const struct hb_item *it)
{
	long l = it->lesson ? index_get(&ck->lessons, it->lesson) : -1;
	if (l >= 0)
		ck->book->lessons[l].nitems++;
	if (!scored_courtesy(it))
		return;
	ck->scored++;
	ck->longest += answer_is_longest(it);
	ck->answers[it->answer - 'a']++;
	for (size_t k = 0; k < it->noptions; k++)
		ck->fair[k] += 1.0 / (double)it->noptions;
}

/* Warns when the right option is the longest in more than a third of the
 * scenarios. */
static void check_answer_length(const struct checker *ck, const char *file, long line,
				struct diag_list *diags)
{
	size_t n = ck->scored, longest = ck->longest;
	if (n >= BALANCE_MIN_SCENARIOS && 3 * longest > n)
		diag_add(diags, DIAG_WARNING, file, line, 0,
			 ngettext("the right option is the longest in %zu of %zu courtesy "
				  "scenario (at most a third may be); lengthen wrong options or "
				  "shorten right ones",
				  "the right option is the longest in %zu of %zu courtesy "
				  "scenarios (at most a third may be); lengthen wrong options or "
				  "shorten right ones",
				  n),
			 longest, n);
}

/* Warns when one letter is the answer more than one and a half times its fair
 * share, and by two scenarios or more; the fair share of a letter adds 1/k for
 * every scenario that has it among its k options. */
static void check_answer_letters(const struct checker *ck, const char *file, long line,
				 struct diag_list *diags)
{
	size_t n = ck->scored;
	const size_t *count = ck->answers;
	const double *fair = ck->fair;
	if (n < BALANCE_MIN_SCENARIOS)
		return;
	for (size_t k = 0; k < HB_MAX_OPTIONS; k++)
		if ((double)count[k] > 1.5 * fair[k] && (double)count[k] >= fair[k] + 2.0)
			diag_add(diags, DIAG_WARNING, file, line, 0,
				 ngettext("the answer is '%c' in %zu of %zu courtesy scenario, "
					  "where its fair share is %.1f; spread the answers over the "
					  "letters",
					  "the answer is '%c' in %zu of %zu courtesy scenarios, "
					  "where its fair share is %.1f; spread the answers over the "
					  "letters",
					  n),
				 (char)('a' + k), count[k], n, fair[k]);
}

/* The checks that look at a handbook's courtesy scenarios as a whole. */
static void check_answer_balance(const struct checker *ck, struct diag_list *diags)
{
	check_answer_length(ck, ck->file, ck->book->line, diags);
	check_answer_letters(ck, ck->file, ck->book->line, diags);
}

/* The state of hb_read() across its two readings of the file. */
struct reading {
	struct checker ck;
	struct hb_book *scratch; /* strings of the record at hand */
	int pass;		 /* 1: Handbook and Lesson records; 2: items */
	long record;		 /* index of the record at hand */
	long first;		 /* index of the first record of a known type, or -1 */
	enum rtype first_type;
	long first_line;
	/* First reading: the Handbook and Lesson records, copied into the book. */
	struct record *kept;
	struct field **kept_fields;
	size_t nkept, capkept;
	size_t nitems; /* Phrase and Courtesy records */
	const char *lesson_above;
};

/* The fields of a record, copied into the book's arena. */
static struct field *keep_fields(struct hb_book *book, const struct field *fields, size_t n)
{
	struct field *copy = hb_alloc(book, (n ? n : 1) * sizeof *copy);
	for (size_t i = 0; i < n; i++) {
		copy[i] = fields[i];
		copy[i].name = hb_strdup(book, fields[i].name);
		copy[i].value = hb_strdup(book, fields[i].value);
	}
	return copy;
}

static void on_record(void *ctx, const struct record *rec, struct field *fields)
{
	struct reading *rd = ctx;
	long index = rd->record++;
	if (rd->first < 0) {
		if (rec->type == R_UNKNOWN)
			return;
		rd->first = index;
		rd->first_type = rec->type;
		rd->first_line = rec->line;
	}
	if (rd->first_type != R_HANDBOOK)
		return;
	if (rd->pass == 1) {
		if (index == rd->first || rec->type == R_LESSON) {
			if (rd->nkept == rd->capkept) {
				rd->capkept = rd->capkept ? rd->capkept * 2 : 16;
				rd->kept = xreallocarray(rd->kept, rd->capkept, sizeof *rd->kept);
				rd->kept_fields = xreallocarray(rd->kept_fields, rd->capkept,
								sizeof *rd->kept_fields);
			}
			rd->kept[rd->nkept] = *rec;
			rd->kept_fields[rd->nkept++] = keep_fields(rd->ck.book, fields, rec->n);
		} else if (rec->type == R_PHRASE || rec->type == R_COURTESY)
			rd->nitems++;
		return;
	}
	if (index <= rd->first)
		return;
	struct checker *ck = &rd->ck;
	switch (rec->type) {
	case R_HANDBOOK:
		err(ck, rec->line, _("a second Handbook record; a file holds one handbook"));
		break;
	case R_LESSON:
		rd->lesson_above = NULL;
		for (size_t i = 0; i < rec->n; i++)
			if (!strcmp(fields[i].name, "id") &&
			    index_get(&ck->lessons, fields[i].value) >= 0)
				rd->lesson_above =
				    ck->book->lessons[index_get(&ck->lessons, fields[i].value)].id;
		break;
	case R_PHRASE:
	case R_COURTESY:
		check_item(ck, rec->type, fields, rec->n, rec->line, rd->lesson_above, NULL, false);
		break;
	default:
		break;
	}
}

/* The lines of a text in memory. */
struct text_lines {
	const char *text;
	size_t len, pos;
	char *line; /* the line handed out, NUL-terminated */
	size_t cap;
};

static int text_next(void *ctx, const char **line, size_t *n, bool *nl)
{
	struct text_lines *t = ctx;
	if (t->pos >= t->len)
		return 0;
	const char *start = t->text + t->pos;
	const char *end = memchr(start, '\n', t->len - t->pos);
	*n = end ? (size_t)(end - start) : t->len - t->pos;
	*nl = end != NULL;
	t->pos += *n + (end ? 1 : 0);
	if (!t->line || *n + 1 > t->cap) {
		t->cap = *n + 1 > 256 ? *n + 1 : 256;
		free(t->line);
		t->line = xmalloc(t->cap);
	}
	memcpy(t->line, start, *n);
	t->line[*n] = '\0';
	*line = t->line;
	return 1;
}

static int text_rewind(void *ctx)
{
	((struct text_lines *)ctx)->pos = 0;
	return 0;
}

struct hb_book *hb_parse(const char *text, size_t len, const char *file,
			 struct diag_list *diags)
{
	struct text_lines t = { .text = text, .len = len };
	struct hb_lines lines = { text_next, text_rewind, &t };
	struct hb_book *book = hb_read(&lines, file, diags, NULL);
	free(t.line);
	return book;
}

struct hb_book *hb_read(const struct hb_lines *lines, const char *file,
			struct diag_list *diags, const struct hb_sink *sink)
{
	struct hb_book *book = hb_book_new();
	book->file = file;
	struct reading rd = { .ck = { .book = book, .mem = book, .file = file, .diags = diags },
			      .scratch = hb_book_new(),
			      .pass = 1,
			      .first = -1 };
	/* First reading: every lexical problem, the Handbook record and the lessons, so
	 * that an item may name a lesson defined after it. */
	struct lexer lx = { .mem = rd.scratch, .reset = true, .file = file, .diags = diags,
			    .on_record = on_record, .ctx = &rd };
	bool failed = lex(&lx, lines) < 0;
	struct checker *ck = &rd.ck;
	if (!failed && (rd.first < 0 || rd.first_type != R_HANDBOOK)) {
		diag_add(diags, DIAG_ERROR, file, rd.first >= 0 ? rd.first_line : 0, 0,
			 _("the file must start with a Handbook record ('%%rec: Handbook' and "
			   "its fields)"));
		failed = true;
	}
	if (!failed) {
		check_handbook(ck, rd.kept_fields[0], rd.kept[0].n, rd.kept[0].line);
		for (size_t r = 1; r < rd.nkept; r++)
			check_lesson(ck, rd.kept_fields[r], rd.kept[r].n, rd.kept[r].line);
	}
	/* Second reading: the items, kept in the book or handed to the sink. */
	int kept = !failed && sink ? sink->begin(sink->ctx, book, rd.nitems) : 1;
	bool stream = !failed && kept == 0;
	if (!failed && lines->rewind(lines->ctx) < 0)
		failed = true;
	if (!failed) {
		ck->sink = stream ? sink : NULL;
		ck->mem = stream ? rd.scratch : book;
		rd.pass = 2;
		rd.record = 0;
		free(lx.fields);
		long bad_lines = lx.bad_utf8_lines;
		lx = (struct lexer){ .mem = stream ? rd.scratch : book, .reset = stream,
				     .file = file, .on_record = on_record, .ctx = &rd,
				     .valid_utf8 = bad_lines == 0 };
		failed = lex(&lx, lines) < 0;
	}
	if (!failed) {
		if (!stream) /* else the items are not in the book: count_item() counted them */
			count_lesson_items(book);
		if (kept != 2)
			hb_warn_empty_lessons(book, diags);
		check_answer_balance(ck, diags);
	}
	index_free(&ck->items);
	index_free(&ck->lessons);
	free(lx.fields);
	free(rd.kept);
	free(rd.kept_fields);
	hb_book_free(rd.scratch);
	if (failed) {
		hb_book_free(book);
		return NULL;
	}
	return book;
}

void hb_warn_empty_lessons(const struct hb_book *book, struct diag_list *diags)
{
	for (size_t l = 0; l < book->nlessons; l++)
		if (!book->lessons[l].referenced)
			diag_add(diags, DIAG_WARNING, book->file, book->lessons[l].line, 0,
				 _("lesson '%s' has no phrases or courtesy items"),
				 book->lessons[l].id);
}

/* ---------------------------------------------------------------- sheets */

void hb_derived_id(const char *source_text, char *buf, size_t size)
{
	/* 48 bits of FNV-1a over the NFC text: stable across releases and machines. */
	uint64_t h = hash_str(source_text);
	snprintf(buf, size, "t%012llx", (unsigned long long)(h & 0xffffffffffffULL));
}

/* A sheet's rows being added to a handbook. */
struct hb_sheet_rows {
	struct checker ck;
	struct hb_book *book;
	const struct csv_sheet *sheet;
	const char *file;
	size_t errors; /* errors in the diagnostics at the start */
	enum rtype type;
	const char *sheet_lesson; /* from "#lesson:", or NULL */
	long id_col, source_col, guid_col;
	bool *skip; /* columns that are not fields */
	struct field *fields;
	bool replace;
	/* Rows streamed to a sink. */
	const struct hb_sheet_sink *sink;
	struct hb_sink item_sink; /* what check_item() hands the items to */
	struct hb_book *scratch;  /* strings of the row at hand */
	/* Rows added to the book held whole: the rows' ids (to tell a repeated row from
	 * an update of an existing item), the book's items the sheet lists and the
	 * lessons it adds to. */
	struct id_index seen;
	bool *listed;
	struct hb_lesson **touched;
	size_t ntouched, nold;
};

static long sheet_sink_item(void *ctx, const struct hb_book *book, const struct hb_item *it,
			    long position)
{
	(void)position;
	const struct hb_sheet_sink *sink = ctx;
	sink->item(sink->ctx, book, it);
	return 0; /* a repeated row was told before the row was checked */
}

struct hb_sheet_rows *hb_sheet_begin(struct hb_book *book, const struct csv_sheet *sheet,
				     const char *file, const struct hb_sheet_options *opt,
				     const struct hb_sheet_sink *sink, struct diag_list *diags)
{
	struct hb_sheet_rows *sr = xcalloc(1, sizeof *sr);
	*sr = (struct hb_sheet_rows){ .ck = { .book = book, .mem = book, .file = file,
					      .diags = diags, .sheet = true },
				      .book = book, .sheet = sheet, .file = file,
				      .errors = diags->errors, .type = R_PHRASE,
				      .id_col = -1, .source_col = -1, .guid_col = -1,
				      .replace = opt && opt->replace, .sink = sink };
	struct checker *ck = &sr->ck;
	if (sheet->type) {
		if (!strcasecmp(sheet->type, "phrase"))
			sr->type = R_PHRASE;
		else if (!strcasecmp(sheet->type, "courtesy"))
			sr->type = R_COURTESY;
		else {
			err(ck, 0, _("'#type:%s' is not 'phrase' or 'courtesy'"), sheet->type);
			free(sr);
			return NULL;
		}
	}
	for (size_t l = 0; l < book->nlessons; l++)
		index_put(&ck->lessons, book->lessons[l].id, l);
	for (size_t i = 0; !sink && i < book->nitems; i++)
		index_put(&ck->items, book->items[i].id, i);
	if (sheet->lesson) {
		if (index_get(&ck->lessons, sheet->lesson) < 0)
			err(ck, 0, _("'#lesson:%s' names a lesson that handbook '%s' does not have"),
			    sheet->lesson, book->id);
		else
			sr->sheet_lesson = book->lessons[index_get(&ck->lessons, sheet->lesson)].id;
	}
	/* Columns that are not fields: skipped ones, the guid, and unknown names (each
	 * reported once, where the columns are named). */
	sr->skip = xcalloc(sheet->ncolumns + 1, sizeof *sr->skip);
	const char *known_cols[256];
	char known_buf[64][40];
	size_t nknown = known_names(book, sr->type, known_cols, 256, known_buf);
	bool column_problem = false;
	for (size_t c = 0; c < sheet->ncolumns; c++) {
		const char *name = sheet->columns[c];
		if (!strcmp(name, "ignore") || !strcmp(name, "notetype") || !strcmp(name, "deck") ||
		    !name[0]) {
			sr->skip[c] = true;
			continue;
		}
		if (!strcmp(name, "id"))
			sr->id_col = (long)c;
		if (!strcmp(name, "guid")) {
			sr->guid_col = (long)c;
			sr->skip[c] = true;
		}
		if (book->source && !strcmp(name, book->source))
			sr->source_col = (long)c;
		for (size_t k = 0; k < c; k++)
			if (!strcmp(sheet->columns[k], name) && strcmp(name, "reference") &&
			    !strstr(name, "_alt"))
				err(ck, sheet->columns_line, _("column '%s' appears twice"), name);
		bool is_known = !strcmp(name, "handbook") || !strcmp(name, "guid");
		for (size_t k = 0; k < nknown && !is_known; k++)
			is_known = !strcmp(known_cols[k], name);
		if (!is_known) {
			struct field f = { .name = name, .line = sheet->columns_line, .column = (int)c };
			report_unknown(ck, &f, known_cols, nknown);
			sr->skip[c] = true;
			column_problem = true;
		}
	}
	if (sr->id_col >= 0)
		sr->guid_col = -1; /* an id column wins over Anki's note ids */
	if (sr->id_col < 0 && sr->guid_col < 0 && sr->type == R_PHRASE && sr->source_col < 0) {
		err(ck, sheet->columns_line,
		    _("the sheet has neither an 'id' column nor a '%s' column to derive ids "
		      "from"),
		    book->source ? book->source : "?");
		column_problem = true;
	}
	if (sr->id_col < 0 && sr->guid_col < 0 && sr->type == R_COURTESY) {
		err(ck, sheet->columns_line, _("a sheet of courtesy items needs an 'id' column"));
		column_problem = true;
	}
	if (column_problem && sheet->columns_from_row) {
		/* Show the names the columns could have, in the sheet's own separator. */
		char example[256] = "#columns:id";
		char sep[3] = { sheet->sep ? sheet->sep : ',', 0, 0 };
		if (sheet->sep == '\t')
			strcpy(sep, "\\t");
		for (size_t i = 0; i <= book->nlanguages; i++) {
			const char *lang = i == 0 ? book->source : book->languages[i - 1];
			size_t m = strlen(example);
			if (lang && m + strlen(lang) + 4 < sizeof example)
				snprintf(example + m, sizeof example - m, "%s%s", sep, lang);
		}
		warn(ck, sheet->columns_line,
		     _("there is no '#columns:' line, so this first row was taken as the column "
		       "names; if it holds data, name the columns in a line at the top such as "
		       "'%s'"),
		     example);
	}
	if (diags->errors > sr->errors) {
		free(sr->skip);
		index_free(&ck->items);
		index_free(&ck->lessons);
		free(sr);
		return NULL;
	}
	sr->fields = xcalloc(sheet->ncolumns + 1, sizeof *sr->fields);
	if (sink) {
		sr->scratch = hb_book_new();
		ck->mem = sr->scratch;
		sr->item_sink = (struct hb_sink){ NULL, sheet_sink_item, (void *)sink };
		ck->sink = &sr->item_sink;
	} else {
		sr->nold = book->nitems;
		sr->listed = xcalloc(book->nitems + 1, sizeof *sr->listed);
		sr->touched = xcalloc(book->nlessons + 1, sizeof *sr->touched);
	}
	return sr;
}

void hb_sheet_row(struct hb_sheet_rows *sr, const struct csv_row *row)
{
	struct checker *ck = &sr->ck;
	const struct csv_sheet *sheet = sr->sheet;
	struct hb_book *book = sr->book, *mem = ck->mem;
	struct field *fields = sr->fields;
	if (sr->scratch)
		arena_reset(sr->scratch);
	if (row->ncells != sheet->ncolumns) {
		err(ck, row->line,
		    _("row has %zu cells but the sheet has %zu columns (a separator too "
		      "many or too few?)"),
		    row->ncells, sheet->ncolumns);
		return;
	}
	size_t nf = 0;
	bool has_tags = false;
	for (size_t c = 0; c < sheet->ncolumns; c++) {
		if (sr->skip[c] || !row->cells[c][0] || !strcmp(sheet->columns[c], "handbook"))
			continue; /* an empty cell is an absent field */
		check_chars(ck->diags, sr->file, sheet->columns[c], row->cells[c],
			    strlen(row->cells[c]), row->line, 0);
		/* The cells are the row's, valid until the next row: what the book keeps
		 * must be in its arena. */
		fields[nf] = (struct field){ .name = sheet->columns[c],
					     .value = sr->sink ? row->cells[c]
							       : hb_strdup(book, row->cells[c]),
					     .line = row->line,
					     .column = (int)c };
		if (sheet->tags && !strcmp(sheet->columns[c], "tags")) {
			/* "#tags:" adds its tags to every row's own. */
			char *both = xasprintf("%s %s", row->cells[c], sheet->tags);
			fields[nf].value = hb_strdup(mem, both);
			free(both);
			has_tags = true;
		}
		nf++;
	}
	if (sheet->tags && !has_tags)
		fields[nf++] = (struct field){ .name = "tags",
					       .value = sheet->tags,
					       .line = row->line,
					       .column = -1 };
	const char *id = NULL;
	char derived[72];
	if (sr->guid_col >= 0) {
		/* Anki's note id: the row's id when it is a valid one (as cordial's Anki
		 * export writes it), else a stable hash of it. */
		const char *guid = row->cells[sr->guid_col];
		if (!*guid) {
			err(ck, row->line, _("column 'guid': empty value"));
			return;
		}
		if (hb_valid_id(guid))
			snprintf(derived, sizeof derived, "%s", guid);
		else
			snprintf(derived, sizeof derived, "g%012llx",
				 (unsigned long long)(hash_str(guid) & 0xffffffffffffULL));
		id = hb_strdup(mem, derived);
	} else if (sr->id_col < 0) {
		const char *src = row->cells[sr->source_col];
		if (!*src) {
			err(ck, row->line,
			    _("column '%s': empty value (the source-language text is required)"),
			    book->source);
			return;
		}
		char *nfc = text_nfc(src, strlen(src));
		hb_derived_id(nfc, derived, sizeof derived);
		free(nfc);
		id = hb_strdup(mem, derived);
	}
	/* The row's id: derived from its text, or its id cell (without an id column, id
	 * is always derived). */
	const char *key = id ? id : row->cells[sr->id_col];
	long before = 0;
	if (*key && sr->sink)
		before = sr->sink->seen(sr->sink->ctx, key, row->line);
	else if (*key) {
		long at = index_get(&sr->seen, key);
		before = at >= 0 ? at : 0;
		if (!before)
			index_put(&sr->seen, hb_strdup(book, key), (size_t)row->line);
	}
	if (before > 0) {
		if (sr->id_col < 0 && sr->guid_col < 0)
			err(ck, row->line,
			    _("rows %ld and %ld have the same '%s' text; give the sheet an "
			      "'id' column or make the texts differ"),
			    before, row->line, book->source);
		else
			err(ck, row->line, _("id '%s' is used twice in the sheet (first at "
					      "row on line %ld)"),
			    key, before);
		return;
	}
	if (sr->sink) {
		check_item(ck, sr->type, fields, nf, row->line, sr->sheet_lesson, id, true);
		return;
	}
	size_t count = book->nitems;
	long existing = index_get(&ck->items, key);
	check_item(ck, sr->type, fields, nf, row->line, sr->sheet_lesson, id, true);
	if (existing >= 0 && (size_t)existing < sr->nold)
		sr->listed[existing] = true;
	const struct hb_item *added = existing >= 0	      ? &book->items[existing]
				      : book->nitems > count ? &book->items[book->nitems - 1]
							      : NULL;
	if (added && added->lesson) {
		struct hb_lesson *l = hb_book_find_lesson(book, added->lesson);
		bool known = false;
		for (size_t k = 0; k < sr->ntouched; k++)
			known |= sr->touched[k] == l;
		if (l && !known)
			sr->touched[sr->ntouched++] = l;
	}
}

int hb_sheet_end(struct hb_sheet_rows *sr)
{
	if (!sr)
		return -1;
	struct hb_book *book = sr->book;
	size_t errors = sr->errors;
	struct diag_list *diags = sr->ck.diags;
	if (!sr->sink && sr->replace && diags->errors == errors) {
		/* Drop the items of the touched lessons that the sheet does not list. */
		size_t kept = 0;
		for (size_t i = 0; i < book->nitems; i++) {
			bool drop = false;
			if (i < sr->nold && !sr->listed[i])
				for (size_t k = 0; k < sr->ntouched; k++)
					drop |= sr->touched[k] &&
						!strcmp(sr->touched[k]->id, book->items[i].lesson);
			if (!drop)
				/* NOLINTNEXTLINE(clang-analyzer-core.NullDereference): items is allocated when nitems > 0 (a false positive). */
				book->items[kept++] = book->items[i];
		}
		book->nitems = kept;
	}
	if (!sr->sink)
		count_lesson_items(book);
	free(sr->skip);
	free(sr->fields);
	free(sr->listed);
	free(sr->touched);
	hb_book_free(sr->scratch);
	index_free(&sr->seen);
	index_free(&sr->ck.items);
	index_free(&sr->ck.lessons);
	free(sr);
	return diags->errors > errors ? -1 : 0;
}

int hb_add_sheet(struct hb_book *book, const struct csv_sheet *sheet, const char *file,
		 const struct hb_sheet_options *opt, struct diag_list *diags)
{
	struct hb_sheet_rows *sr = hb_sheet_begin(book, sheet, file, opt, NULL, diags);
	for (size_t r = 0; sr && r < sheet->nrows; r++)
		hb_sheet_row(sr, &sheet->rows[r]);
	return hb_sheet_end(sr);
}

/* ---------------------------------------------------------------- digest */

static uint64_t mix(uint64_t h, const char *s)
{
	/* A field separator that no value holds, so ("ab","c") and ("a","bc") differ. */
	h = (h ^ 0x1f) * 1099511628211ULL;
	if (!s)
		return (h ^ 0xff) * 1099511628211ULL;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

int64_t hb_item_digest(const struct hb_item *it)
{
	uint64_t h = 1469598103934665603ULL;
	h = mix(h, it->kind == HB_PHRASE ? "phrase" : "courtesy");
	h = mix(h, it->lesson);
	for (size_t i = 0; i < it->ntexts; i++) {
		h = mix(h, it->texts[i].lang);
		h = mix(h, it->texts[i].text);
		h = mix(h, it->texts[i].reading);
		/* Mixed in only when there is one, so that the digests of items without a
		 * kana reading stay what they were before kana readings existed. */
		if (it->texts[i].kana) {
			h = mix(h, "kana");
			h = mix(h, it->texts[i].kana);
		}
		for (size_t k = 0; k < it->texts[i].nalts; k++)
			h = mix(h, it->texts[i].alts[k]);
	}
	h = mix(h, it->note);
	h = mix(h, it->reg);
	h = mix(h, it->tags);
	h = mix(h, it->situation);
	for (size_t k = 0; k < it->noptions; k++)
		h = mix(h, it->options[k]);
	char answer[2] = { it->answer, 0 };
	h = mix(h, answer);
	h = mix(h, it->explanation);
	h = mix(h, it->region);
	for (size_t k = 0; k < it->nrefs; k++)
		h = mix(h, it->refs[k]);
	/* Mixed in only when given, as kana readings are. */
	if (it->local || it->local_source) {
		h = mix(h, "local");
		h = mix(h, it->local);
		h = mix(h, it->local_source);
	}
	return (int64_t)(h >> 1);
}

/* ---------------------------------------------------------------- writer */

struct buf {
	char *s;
	size_t n, cap;
};

static void put(struct buf *b, const char *s, size_t n)
{
	if (n == 0)
		return;
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->s = xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

static void puts_(struct buf *b, const char *s)
{
	put(b, s, strlen(s));
}

/* "name: value", with continuation lines for a value of several lines. */
static void put_field(struct buf *b, const char *name, const char *value)
{
	if (!value)
		return;
	puts_(b, name);
	puts_(b, ": ");
	for (const char *p = value;;) {
		const char *nl = strchr(p, '\n');
		put(b, p, nl ? (size_t)(nl - p) : strlen(p));
		puts_(b, "\n");
		if (!nl)
			break;
		p = nl + 1;
		puts_(b, "+\n+ "); /* a blank line between paragraphs */
	}
}

static void put_item(struct buf *b, const struct hb_item *it)
{
	put_field(b, "id", it->id);
	char name[64];
	for (size_t i = 0; i < it->ntexts; i++) {
		const struct hb_text *t = &it->texts[i];
		put_field(b, t->lang, t->text);
		snprintf(name, sizeof name, "%s_reading", t->lang);
		put_field(b, name, t->reading);
		snprintf(name, sizeof name, "%s_kana", t->lang);
		put_field(b, name, t->kana);
		snprintf(name, sizeof name, "%s_alt", t->lang);
		for (size_t k = 0; k < t->nalts; k++)
			put_field(b, name, t->alts[k]);
	}
	put_field(b, "situation", it->situation);
	for (size_t k = 0; k < it->noptions; k++) {
		snprintf(name, sizeof name, "option_%c", (char)('a' + k));
		put_field(b, name, it->options[k]);
	}
	if (it->answer) {
		char answer[2] = { it->answer, 0 };
		put_field(b, "answer", answer);
	}
	put_field(b, "explanation", it->explanation);
	put_field(b, "region", it->region);
	for (size_t k = 0; k < it->nrefs; k++)
		put_field(b, "reference", it->refs[k]);
	put_field(b, "note", it->note);
	put_field(b, "register", it->reg);
	put_field(b, "tags", it->tags);
	put_field(b, "local", it->local);
	put_field(b, "local_source", it->local_source);
}

static void put_titles(struct buf *b, const struct hb_title *titles, size_t n)
{
	char name[64];
	for (size_t i = 0; i < n; i++) {
		snprintf(name, sizeof name, "title_%s", titles[i].lang);
		put_field(b, name, titles[i].title);
	}
}

char *hb_format(const struct hb_book *book)
{
	struct buf b = { 0 };
	char num[32];
	puts_(&b, "%rec: Handbook\n\n");
	put_field(&b, "id", book->id);
	put_field(&b, "title", book->title);
	put_titles(&b, book->titles, book->ntitles);
	put_field(&b, "source", book->source);
	puts_(&b, "languages:");
	for (size_t i = 0; i < book->nlanguages; i++) {
		puts_(&b, " ");
		puts_(&b, book->languages[i]);
	}
	puts_(&b, "\n");
	if (book->version) {
		snprintf(num, sizeof num, "%ld", book->version);
		put_field(&b, "version", num);
	}
	put_field(&b, "description", book->description);
	put_field(&b, "editor", book->editor);
	put_field(&b, "license", book->license);

	for (size_t l = 0; l < book->nlessons; l++) {
		const struct hb_lesson *lesson = &book->lessons[l];
		puts_(&b, "\n%rec: Lesson\n\n");
		put_field(&b, "id", lesson->id);
		put_field(&b, "title", lesson->title);
		put_titles(&b, lesson->titles, lesson->ntitles);
		if (lesson->has_order) {
			snprintf(num, sizeof num, "%ld", lesson->order);
			put_field(&b, "order", num);
		}
		put_field(&b, "description", lesson->description);
		int section = -1;
		for (size_t i = 0; i < book->nitems; i++) {
			const struct hb_item *it = &book->items[i];
			if (!it->lesson || strcmp(it->lesson, lesson->id))
				continue;
			if ((int)it->kind != section) {
				section = (int)it->kind;
				puts_(&b, it->kind == HB_PHRASE ? "\n%rec: Phrase\n"
								: "\n%rec: Courtesy\n");
			}
			puts_(&b, "\n");
			put_item(&b, it);
		}
	}
	if (!b.s)
		puts_(&b, "");
	return b.s;
}
