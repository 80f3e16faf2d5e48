/* SPDX-License-Identifier: GPL-3.0-or-later */
/* UTF-8 text helpers built on libunistring, iconv and the C library's wcwidth(). */
#include "text.h"

#include <errno.h>
#include <iconv.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <unicase.h>
#include <unictype.h>
#include <unigbrk.h>
#include <unilbrk.h>
#include <uninorm.h>
#include <unistr.h>
#include <uniwidth.h>

#include "i18n.h"
#include "mem.h"

#define REPLACEMENT 0xFFFD

/* libunistring results are not NUL-terminated; this makes them so (freeing r). */
static char *terminate(uint8_t *r, size_t len)
{
	if (!mem_checked(r))
		return NULL;
	char *out = xrealloc(r, len + 1);
	out[len] = '\0';
	return out;
}

static char *copy_bytes(const char *s, size_t n)
{
	char *out = xmalloc(n + 1);
	memcpy(out, s, n);
	out[n] = '\0';
	return out;
}

long text_utf8_invalid(const char *s, size_t n)
{
	const uint8_t *bad = u8_check((const uint8_t *)s, n);
	return bad ? (long)(bad - (const uint8_t *)s) : -1;
}

size_t text_length(const char *s, size_t n)
{
	return u8_mbsnlen((const uint8_t *)s, n);
}

/* Code points that no normalization form changes and that never combine with their
 * neighbours: text made only of these is already NFC and NFKC, and needs no pass
 * through u8_normalize().  The ranges are the ones handbooks are made of (ASCII,
 * CJK punctuation and ideographs, kana, Hangul syllables); anything else, such as
 * a combining mark or a conjoining jamo, takes the full path. */
static bool normalization_stable(ucs4_t c)
{
	return (c >= 0x20 && c < 0x7f) || c == '\n' || c == '\t' || (c >= 0x3001 && c <= 0x3011) ||
	       (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || c == 0x30fc ||
	       (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
	       (c >= 0xac00 && c <= 0xd7a3);
}

static bool all_stable(const char *s, size_t n)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	while (p < end) {
		if (*p < 0x80) {
			if (!normalization_stable(*p))
				return false;
			p++;
			continue;
		}
		ucs4_t c;
		int len = u8_mbtoucr(&c, p, (size_t)(end - p));
		if (len < 0 || !normalization_stable(c))
			return false;
		p += len;
	}
	return true;
}

char *text_nfc(const char *s, size_t n)
{
	if (n == 0 || all_stable(s, n))
		return copy_bytes(s, n);
	size_t len;
	uint8_t *r = u8_normalize(UNINORM_NFC, (const uint8_t *)s, n, NULL, &len);
	return terminate(r, len);
}

/* NFKC inside the fold makes full-width ＡＢＣ and half-width ｶﾀｶﾅ meet their
 * ordinary forms; the language is NULL so that a Turkish locale changes nothing. */
char *text_fold(const char *s, size_t n)
{
	if (n == 0)
		return copy_bytes("", 0);
	if (all_stable(s, n)) { /* only ASCII letters change: to lower case */
		char *r = copy_bytes(s, n);
		for (size_t i = 0; r && i < n; i++)
			if (r[i] >= 'A' && r[i] <= 'Z')
				r[i] = (char)(r[i] - 'A' + 'a');
		return r;
	}
	size_t len;
	uint8_t *r = u8_casefold((const uint8_t *)s, n, NULL, UNINORM_NFKC, NULL, &len);
	return terminate(r, len);
}

char *text_fold_search(const char *s, size_t n)
{
	char *folded = text_fold(s, n);
	if (!folded)
		return NULL;
	/* Text made only of the code points of all_stable() is left as it is: none of
	 * them decomposes into an accent, and the folded text is already NFC, which
	 * decomposing and composing again gives back. */
	size_t len = strlen(folded);
	if (all_stable(folded, len))
		return folded;
	size_t dlen;
	uint8_t *d = mem_checked(u8_normalize(UNINORM_NFD, (const uint8_t *)folded, len, NULL, &dlen));
	free(folded);
	if (!d)
		return NULL;
	size_t w = 0;
	for (size_t r = 0; r < dlen;) {
		ucs4_t c;
		int l = u8_mbtoucr(&c, d + r, dlen - r);
		if (l < 0) {
			free(d);
			return NULL;
		}
		if (c < 0x300 || c > 0x36f) {
			memmove(d + w, d + r, (size_t)l);
			w += (size_t)l;
		}
		r += (size_t)l;
	}
	size_t clen;
	uint8_t *out = u8_normalize(UNINORM_NFC, d, w, NULL, &clen);
	free(d);
	return terminate(out, clen);
}

const char *text_trim(const char *s, size_t n, size_t *len)
{
	const uint8_t *start = (const uint8_t *)s, *end = start + n;
	while (start < end) {
		ucs4_t c;
		int l = u8_mbtoucr(&c, start, (size_t)(end - start));
		if (l < 0 || !(uc_is_property_white_space(c) || c == 0xFEFF))
			break;
		start += l;
	}
	while (end > start) {
		ucs4_t c;
		const uint8_t *prev = u8_prev(&c, end, start);
		if (!prev || !(uc_is_property_white_space(c) || c == 0xFEFF))
			break;
		end = prev;
	}
	*len = (size_t)(end - start);
	return (const char *)start;
}

/* ---------------------------------------------------------------- decoding */

struct text_decoder {
	const char *encoding; /* --encoding, or NULL */
	bool decided;	      /* the byte-order mark (or its absence) has been seen */
	bool pass;	      /* UTF-8 as it is: no conversion */
	iconv_t cd;
	char head[3]; /* the first bytes, until the byte-order mark is known */
	size_t nhead;
	/* Bytes not converted yet: a character cut by the end of the last chunk. */
	char carry[64];
	size_t ncarry;
	size_t offset; /* file offset of carry[0] (or of the next byte fed) */
	bool started;  /* output was produced: a leading byte-order mark is gone */
	char *out;
	size_t cap;
};

struct text_decoder *text_decoder_new(const char *encoding)
{
	struct text_decoder *d = xcalloc(1, sizeof *d);
	d->encoding = encoding;
	d->cd = (iconv_t)-1;
	return d;
}

void text_decoder_free(struct text_decoder *d)
{
	if (!d)
		return;
	if (d->cd != (iconv_t)-1)
		iconv_close(d->cd);
	free(d->out);
	free(d);
}

static void reserve_out(struct text_decoder *d, size_t need)
{
	if (need <= d->cap)
		return;
	size_t cap = d->cap ? d->cap : 4096;
	while (cap < need)
		cap *= 2;
	d->out = xrealloc(d->out, cap);
	d->cap = cap;
}

/* Chooses the conversion from the first bytes: a byte-order mark is a stronger
 * statement than a guessed --encoding (a folder of sheets may mix Excel's UTF-16
 * "Unicode Text" with GBK files).  Returns how many bytes the mark takes, or -1. */
static int decide(struct text_decoder *d, char *err, size_t errlen)
{
	const char *from = d->encoding;
	int skip = 0;
	if (d->nhead >= 3 && memcmp(d->head, "\xEF\xBB\xBF", 3) == 0) {
		from = NULL;
		skip = 3;
	} else if (d->nhead >= 2 && memcmp(d->head, "\xFF\xFE", 2) == 0) {
		from = "UTF-16LE";
		skip = 2;
	} else if (d->nhead >= 2 && memcmp(d->head, "\xFE\xFF", 2) == 0) {
		from = "UTF-16BE";
		skip = 2;
	}
	d->decided = true;
	d->pass = from == NULL;
	if (from && (d->cd = iconv_open("UTF-8", from)) == (iconv_t)-1) {
		snprintf(err, errlen,
			 _("unknown encoding '%s' (the command 'iconv --list' shows the names "
			   "this system knows)"),
			 from);
		return -1;
	}
	return skip;
}

/* Reports a conversion failure at file offset `at`: a character cut by the end of
 * the text (`cut`), or bytes that are not valid in the encoding. */
static int decode_failed(const struct text_decoder *d, bool cut, size_t at, char *err,
			 size_t errlen)
{
	const char *from = d->encoding;
	if (d->nhead >= 2 && !memcmp(d->head, "\xFF\xFE", 2))
		from = "UTF-16LE";
	else if (d->nhead >= 2 && !memcmp(d->head, "\xFE\xFF", 2))
		from = "UTF-16BE";
	if (cut)
		snprintf(err, errlen,
			 _("the text ends in the middle of a character (byte offset %zu); is "
			   "'%s' the right encoding?"),
			 at, from);
	else
		snprintf(err, errlen,
			 _("the bytes at offset %zu are not valid %s; is that the right "
			   "encoding?"),
			 at, from);
	return -1;
}

int text_decoder_feed(struct text_decoder *d, const char *in, size_t len, bool end,
		      const char **out, size_t *outlen, char *err, size_t errlen)
{
	*out = "";
	*outlen = 0;
	if (errlen > 0)
		err[0] = '\0';
	if (!d->decided) {
		size_t take = 3 - d->nhead < len ? 3 - d->nhead : len;
		memcpy(d->head + d->nhead, in, take);
		d->nhead += take;
		in += take;
		len -= take;
		if (d->nhead < 3 && !end)
			return 0;
		int skip = decide(d, err, errlen);
		if (skip < 0)
			return -1;
		d->ncarry = d->nhead - (size_t)skip;
		memcpy(d->carry, d->head + skip, d->ncarry);
		d->offset = (size_t)skip;
	}
	/* The carried bytes and the new ones, together. */
	const char *src = in;
	size_t n = len;
	char *joined = NULL;
	if (d->ncarry) {
		joined = xmalloc(d->ncarry + len + 1);
		memcpy(joined, d->carry, d->ncarry);
		if (len)
			memcpy(joined + d->ncarry, in, len);
		src = joined;
		n = d->ncarry + len;
		d->ncarry = 0;
	}
	size_t o = 0;
	int status = 0;
	if (d->pass) {
		reserve_out(d, n + 1);
		if (n)
			memcpy(d->out, src, n);
		o = n;
		d->offset += n;
	} else {
		/* Most encodings grow by at most half when turned into UTF-8 (GBK: 2 -> 3
		 * bytes); single-byte ones can double, handled by growing below. */
		reserve_out(d, n + n / 2 + 16);
		char *p = (char *)src, *op = d->out;
		size_t inleft = n, oleft = d->cap - 1;
		while (status == 0) {
			/* The last call, without input, ends a stateful encoding's shift state. */
			bool flush = inleft == 0;
			if (flush && !end)
				break;
			size_t rc = flush ? iconv(d->cd, NULL, NULL, &op, &oleft)
					  : iconv(d->cd, &p, &inleft, &op, &oleft);
			if (rc != (size_t)-1) {
				if (flush)
					break;
				continue;
			}
			size_t at = d->offset + (size_t)(p - src);
			if (errno == E2BIG) {
				size_t used = (size_t)(op - d->out);
				reserve_out(d, d->cap * 2);
				op = d->out + used;
				oleft = d->cap - used - 1;
			} else if (errno == EINVAL && !end && inleft <= sizeof d->carry) {
				memcpy(d->carry, p, inleft); /* the rest comes with the next chunk */
				d->ncarry = inleft;
				inleft = 0;
				break;
			} else if (errno == EINVAL) {
				status = decode_failed(d, true, at, err, errlen);
			} else {
				status = decode_failed(d, false, at, err, errlen);
			}
		}
		d->offset += n - d->ncarry;
		o = d->out ? (size_t)(op - d->out) : 0;
	}
	free(joined);
	if (status < 0)
		return -1;
	const char *text = d->out ? d->out : "";
	/* A byte-order mark of the converted text is not part of the content. */
	if (!d->started && !d->pass && o >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
		text += 3;
		o -= 3;
	}
	if (o || end)
		d->started = true;
	if (d->out)
		d->out[text - d->out + o] = '\0';
	*out = text;
	*outlen = o;
	return 0;
}

int text_decode(const char *buf, size_t len, const char *encoding, char **out, size_t *outlen,
		char *err, size_t errlen)
{
	*out = NULL;
	*outlen = 0;
	struct text_decoder *d = text_decoder_new(encoding);
	const char *text;
	size_t n;
	if (text_decoder_feed(d, buf, len, true, &text, &n, err, errlen)) {
		text_decoder_free(d);
		return -1;
	}
	char *copy = copy_bytes(text, n);
	text_decoder_free(d);
	*out = copy;
	*outlen = n;
	return 0;
}

/* Decodes one code point at p; an invalid byte is one U+FFFD. */
static int next_code_point(const uint8_t *p, const uint8_t *end, ucs4_t *c)
{
	int l = u8_mbtoucr(c, p, (size_t)(end - p));
	if (l < 0) {
		*c = REPLACEMENT;
		l = 1;
	}
	return l;
}

static bool is_bidi_control(ucs4_t c)
{
	return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
	       (c >= 0x2066 && c <= 0x2069);
}

/* What a code point becomes on the terminal: itself, U+FFFD, a space, or 0 (dropped). */
static ucs4_t safe_code_point(ucs4_t c)
{
	if (c >= 0x20 && c < 0x7F)
		return c;
	if (c == '\t' || c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029)
		return ' ';
	/* A control must stay visible: the reader should see that something was there. */
	if (c < 0x20 || (c >= 0x7F && c < 0xA0))
		return REPLACEMENT;
	if (is_bidi_control(c) || c == 0x200D || c == 0xFE0E || c == 0xFE0F)
		return 0;
	if (uc_is_general_category(c, UC_CATEGORY_Cf))
		return 0;
	if (uc_is_general_category(c, UC_CATEGORY_Cn) ||
	    uc_is_general_category(c, UC_CATEGORY_Co) || uc_is_general_category(c, UC_CATEGORY_Cs))
		return REPLACEMENT;
	/* ncurses places cells by wcwidth(); a code point the two libraries measure
	 * differently would shift everything after it on the line. */
	int lib = uc_width(c, "UTF-8"), libc = wcwidth((wchar_t)c);
	if (libc < 0 || lib != libc)
		return REPLACEMENT;
	return c;
}

static char *sanitize(const char *s, size_t n, bool keep_lf)
{
	/* Each input byte yields at most 3 output bytes (a lone byte becomes U+FFFD). */
	uint8_t *buf = xmalloc(n * 3 + 1), *o = buf;
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	while (p < end) {
		ucs4_t c;
		p += next_code_point(p, end, &c);
		if (keep_lf && c == '\n') {
			*o++ = '\n';
			continue;
		}
		/* CRLF line ends stay plain line ends. */
		if (keep_lf && c == '\r' && p < end && *p == '\n')
			continue;
		ucs4_t m = safe_code_point(c);
		if (m)
			o += u8_uctomb(o, m, 4);
	}
	size_t len = (size_t)(o - buf);
	if (len == 0) {
		buf[0] = '\0';
		return (char *)buf;
	}
	uint8_t *nfc = u8_normalize(UNINORM_NFC, buf, len, NULL, &len);
	free(buf);
	return terminate(nfc, len);
}

char *text_sanitize(const char *s, size_t n)
{
	return sanitize(s, n, false);
}

char *text_sanitize_lines(const char *s, size_t n)
{
	return sanitize(s, n, true);
}

/* Columns of one code point as ncurses lays it out; anything unmeasurable counts as
 * the one column of the U+FFFD that text_sanitize() would have put there. */
static int code_point_width(ucs4_t c)
{
	if (c >= 0x20 && c < 0x7F)
		return 1;
	int w = wcwidth((wchar_t)c);
	return w < 0 ? 1 : w;
}

int text_width(const char *s, size_t n)
{
	int w = 0;
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	while (p < end) {
		ucs4_t c;
		p += next_code_point(p, end, &c);
		w += code_point_width(c);
	}
	return w;
}

size_t text_graphemes(const char *s, size_t n, size_t **starts)
{
	*starts = NULL;
	if (n == 0)
		return 0;
	char *brk = xmalloc(n);
	u8_grapheme_breaks((const uint8_t *)s, n, brk);
	size_t count = 0;
	for (size_t i = 0; i < n; i++)
		count += brk[i] != 0;
	size_t *v = xreallocarray(NULL, count + 1, sizeof *v);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (brk[i])
			v[k++] = i;
	*starts = v;
	free(brk);
	return count;
}

/* End of the grapheme cluster that starts at i, given the break array. */
static size_t cluster_end(const char *brk, size_t i, size_t n)
{
	size_t j = i + 1;
	while (j < n && !brk[j])
		j++;
	return j;
}

/* Measured per cluster, so that a wide character or a base with its combining marks
 * is either wholly in the prefix or wholly out. */
size_t text_clip(const char *s, size_t n, int cols, int *width)
{
	*width = 0;
	if (n == 0 || cols <= 0)
		return 0;
	char *brk = xmalloc(n);
	u8_grapheme_breaks((const uint8_t *)s, n, brk);
	size_t i = 0;
	int w = 0;
	while (i < n) {
		size_t j = cluster_end(brk, i, n);
		int cw = text_width(s + i, j - i);
		if (w + cw > cols)
			break;
		w += cw;
		i = j;
	}
	free(brk);
	*width = w;
	return i;
}

static void emit_trimmed(const char *line, size_t len,
			 void (*emit)(const char *line, size_t len, void *ctx), void *ctx)
{
	while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\t' || line[len - 1] == '\r'))
		len--;
	emit(line, len, ctx);
}

/* Wraps one paragraph (no LF).  lbrk and gbrk are scratch arrays of at least n bytes. */
static void wrap_paragraph(const char *s, size_t n, int cols, char *lbrk, char *gbrk,
			   void (*emit)(const char *line, size_t len, void *ctx), void *ctx)
{
	if (n == 0) {
		emit(s, 0, ctx);
		return;
	}
	/* With "UTF-8", East Asian ambiguous characters break like Latin ones, which
	 * matches the narrow width wcwidth() gives them. */
	u8_possible_linebreaks((const uint8_t *)s, n, "UTF-8", lbrk);
	u8_grapheme_breaks((const uint8_t *)s, n, gbrk);
	size_t line_start = 0, last_break = 0, i = 0;
	int col = 0;
	while (i < n) {
		size_t j = cluster_end(gbrk, i, n);
		if (i > line_start &&
		    (lbrk[i] == UC_BREAK_POSSIBLE || lbrk[i] == UC_BREAK_HYPHENATION ||
		     lbrk[i] == UC_BREAK_MANDATORY))
			last_break = i;
		int cw = text_width(s + i, j - i);
		/* Spaces may hang past the margin: they are trimmed from the line's end. */
		bool space = j - i == 1 && s[i] == ' ';
		if (!space && col + cw > cols && i > line_start) {
			/* Back to the last opportunity, or a hard break here when the word
			 * alone is wider than the line; what follows the cut is measured
			 * again on the next line. */
			size_t cut = last_break > line_start ? last_break : i;
			emit_trimmed(s + line_start, cut - line_start, emit, ctx);
			line_start = last_break = i = cut;
			col = 0;
			continue;
		}
		col += cw;
		i = j;
	}
	emit_trimmed(s + line_start, n - line_start, emit, ctx);
}

/* Written without spaces between words: Han, kana, Bopomofo and full-width
 * punctuation (wide, and not Hangul, which spaces its words). */
static bool unspaced(ucs4_t uc)
{
	const uc_script_t *script = uc_script(uc);
	const char *name = script ? script->name : "";
	if (!strcmp(name, "Han") || !strcmp(name, "Hiragana") || !strcmp(name, "Katakana") ||
	    !strcmp(name, "Bopomofo"))
		return true;
	return strcmp(name, "Hangul") != 0 && uc_width(uc, "UTF-8") == 2;
}

bool text_soft_break_is_space(const char *a, size_t an, const char *b, size_t bn)
{
	if (!an || !bn)
		return false;
	ucs4_t last = 0, first = 0;
	const uint8_t *end = (const uint8_t *)a + an;
	if (!u8_prev(&last, end, (const uint8_t *)a))
		return true;
	u8_mbtouc(&first, (const uint8_t *)b, bn);
	return !unspaced(last) && !unspaced(first);
}

/* Paragraphs are wrapped one by one: libunistring would otherwise see the LF as one
 * more break opportunity, not as the end of a line. */
void text_wrap(const char *s, size_t n, int cols,
	       void (*emit)(const char *line, size_t len, void *ctx), void *ctx)
{
	char *lbrk = n ? xreallocarray(NULL, n, 2) : NULL;
	size_t start = 0;
	while (start < n) {
		const char *lf = memchr(s + start, '\n', n - start);
		size_t end = lf ? (size_t)(lf - s) : n;
		wrap_paragraph(s + start, end - start, cols, lbrk, lbrk + n, emit, ctx);
		start = end + 1;
	}
	free(lbrk);
}

char *text_field(const char *s, size_t n)
{
	size_t extra = 0;
	for (size_t i = 0; i < n; i++)
		extra += s[i] == '\\' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r';
	char *esc = xmalloc(n + extra + 1), *q = esc;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
			*q++ = '\\';
			c = c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
		}
		*q++ = c;
	}
	*q = '\0';
	char *out = text_sanitize(esc, (size_t)(q - esc));
	free(esc);
	return out;
}

/* What a value may not hold, of one code point. */
static enum text_fault code_point_fault(ucs4_t c, unsigned allow)
{
	if ((c < 0x20 && !(c == '\n' && (allow & TEXT_ALLOW_LF)) &&
	     !(c == '\t' && (allow & TEXT_ALLOW_TAB))) ||
	    (c >= 0x7f && c <= 0x9f))
		return TEXT_CONTROL;
	if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
		return TEXT_BIDI;
	/* Invisible characters (zero-width spaces and joiners, soft hyphens, other
	 * format characters) hide differences a reader cannot see. */
	if (uc_is_general_category(c, UC_CATEGORY_Cf))
		return TEXT_INVISIBLE;
	if (uc_is_general_category(c, UC_CATEGORY_Co) ||
	    uc_is_general_category(c, UC_CATEGORY_Cn))
		return TEXT_UNASSIGNED;
	/* Ligatures that terminals draw many columns wide over a width of one. */
	if (c == 0xfdfa || c == 0xfdfb || c == 0xfdfd || (c >= 0x12000 && c <= 0x1254f))
		return TEXT_OVERWIDE;
	return TEXT_FINE;
}

/* Whether a code point of the Basic Multilingual Plane from U+0080 on is fine in
 * any value: found by code_point_fault() the first time it is met, and
 * remembered, as the category lookups are most of the cost of the check. */
static bool fine_above_ascii(ucs4_t c)
{
	static uint64_t known[0x10000 / 64], fine[0x10000 / 64];
	uint64_t bit = UINT64_C(1) << (c % 64);
	if (!(known[c / 64] & bit)) {
		if (code_point_fault(c, 0) == TEXT_FINE)
			fine[c / 64] |= bit;
		known[c / 64] |= bit;
	}
	return (fine[c / 64] & bit) != 0;
}

enum text_fault text_check_value(const char *s, size_t n, unsigned allow, uint32_t *cp,
				 size_t *offset)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	*cp = 0;
	while (p < end) {
		*offset = (size_t)((const char *)p - s);
		if (*p >= 0x20 && *p < 0x7f) { /* printable ASCII */
			*cp = *p++;
			continue;
		}
		ucs4_t c;
		int len = u8_mbtoucr(&c, p, (size_t)(end - p));
		if (len < 0)
			return TEXT_BAD_UTF8;
		*cp = c;
		if (c < 0x80 || c >= 0x10000 || !fine_above_ascii(c)) {
			enum text_fault fault = code_point_fault(c, allow);
			if (fault != TEXT_FINE)
				return fault;
		}
		p += len;
	}
	*offset = n;
	return TEXT_FINE;
}
