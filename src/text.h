/* SPDX-License-Identifier: GPL-3.0-or-later */
/* UTF-8 text: validation, normalization, decoding of foreign encodings, search keys,
 * and what the terminal needs (sanitizing, display width, clipping, wrapping).
 *
 * Strings are UTF-8 "char *" everywhere.  Every function that returns a string
 * returns a malloc'd, NUL-terminated one that the caller frees; NULL only where
 * stated, on bad input (memory that runs out ends the program: mem.h). */
#ifndef CORDIAL_TEXT_H
#define CORDIAL_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Offset of the first byte that is not valid UTF-8 (overlong forms and surrogates
 * count as invalid), or -1 when all n bytes are valid. */
long text_utf8_invalid(const char *s, size_t n);

/* Number of code points in valid UTF-8. */
size_t text_length(const char *s, size_t n);

/* NFC form of s[0..n) (which must be valid UTF-8). */
char *text_nfc(const char *s, size_t n);

/* Search key: NFKC, case folded (language-independent), so that full-width and
 * half-width forms and upper and lower case meet.  Used both for what is indexed and
 * for the query. */
char *text_fold(const char *s, size_t n);
/* text_fold, then without the accents of Latin letters (the combining marks
 * U+0300..U+036F after canonical decomposition): pinyin tone marks and romaji macrons
 * fold away, so "fapiao" finds "fāpiào" and "choshoku" "chōshoku"; kana voicing marks
 * and Hangul are kept.  malloc'd, NULL when s is not UTF-8. */
char *text_fold_search(const char *s, size_t n);

/* Decodes a file's bytes into UTF-8:
 *   - a UTF-8 byte-order mark is dropped;
 *   - UTF-16 (LE or BE) starting with a byte-order mark is converted;
 *   - otherwise, when encoding is not NULL, the bytes are converted from it with iconv
 *     ("gb18030", "GBK", "latin1", ...); a byte-order mark of the result is dropped.
 *     (A byte-order mark wins over `encoding`: it cannot be there by accident.)
 * Otherwise the bytes are returned as they are (not validated here).
 * On success returns 0 and sets *out (malloc'd, NUL-terminated) and *outlen.
 * On failure returns -1 and writes a message (untranslated detail such as the byte
 * offset, see text.c) into err[0..errlen). */
int text_decode(const char *buf, size_t len, const char *encoding, char **out,
		size_t *outlen, char *err, size_t errlen);

/* The same, a chunk at a time, for files read piece by piece: text_decode() of the
 * whole file equals the outputs of text_decoder_feed() over its chunks, the last one
 * with `end` set.  Each call sets *out (valid until the next call or free; NUL-
 * terminated) and *outlen; a character cut between chunks is kept for the next one.
 * Returns 0, or -1 with the message text_decode() would give in err.  The decoder
 * is freed with text_decoder_free(), which accepts NULL; new never returns NULL. */
struct text_decoder;
struct text_decoder *text_decoder_new(const char *encoding);
int text_decoder_feed(struct text_decoder *d, const char *in, size_t len, bool end,
		      const char **out, size_t *outlen, char *err, size_t errlen);
void text_decoder_free(struct text_decoder *d);

/* Returns the part of s[0..n) without surrounding white space (Unicode White_Space,
 * such as ASCII blanks, U+00A0 and U+3000, and U+FEFF); *len receives its length. */
const char *text_trim(const char *s, size_t n, size_t *len);

/* Terminal safety.  Returns a copy of s[0..n) that is safe to draw or print:
 * invalid bytes and C0/C1 controls become U+FFFD, TAB/CR/LF and line separators a
 * space, bidi controls and other format characters (Cf), ZWJ and VS15/VS16 are
 * dropped; unassigned, private-use code points and any code point whose width
 * libunistring and wcwidth() disagree on become U+FFFD; the result is NFC. */
char *text_sanitize(const char *s, size_t n);

/* Like text_sanitize() but keeps LF (for multi-line text printed outside curses). */
char *text_sanitize_lines(const char *s, size_t n);

/* Display width in terminal columns of sanitized text, measured as ncurses does
 * (wcwidth per code point). */
int text_width(const char *s, size_t n);

/* Byte length of the longest prefix of sanitized s[0..n) that fits in `cols`
 * columns, never cutting a grapheme cluster; *width receives its width. */
size_t text_clip(const char *s, size_t n, int cols, int *width);

/* Greedy wrap of sanitized text at `cols` columns with libunistring's line-break
 * opportunities (hard break inside a word longer than a line).  Calls emit for each
 * line (without trailing spaces).  LF in the text is a mandatory break. */
void text_wrap(const char *s, size_t n, int cols,
	       void (*emit)(const char *line, size_t len, void *ctx), void *ctx);

/* Whether a soft line break between text ending in a[0..an) and text starting with
 * b[0..bn) (valid UTF-8) reads as a space: not next to Chinese or Japanese
 * characters or full-width punctuation, which are written without spaces; yes
 * between other words, Korean ones included. */
bool text_soft_break_is_space(const char *a, size_t an, const char *b, size_t bn);

/* Byte offsets where grapheme clusters start: fills *starts (malloc'd) with the
 * offsets, returns their count. */
size_t text_graphemes(const char *s, size_t n, size_t **starts);

/* A field of a line-oriented output (TSV, one record a line): backslash, TAB, LF
 * and CR become \\, \t, \n and \r, then the text is sanitized. */
char *text_field(const char *s, size_t n);

/* What a value written by people (a handbook or spreadsheet value, a learner's or
 * class's name, a note) may not hold.  text_check_value returns the first fault of
 * s[0..n), with its code point in *cp and its byte offset in *offset (TEXT_FINE:
 * none, *offset = n).  LF and TAB are controls unless allowed. */
enum text_fault {
	TEXT_FINE,
	TEXT_BAD_UTF8,   /* not valid UTF-8 (*cp is 0) */
	TEXT_CONTROL,    /* C0 and C1 controls, DEL */
	TEXT_BIDI,       /* bidirectional embeddings, overrides and isolates */
	TEXT_INVISIBLE,  /* format characters (Cf): zero-width, soft hyphen, ... */
	TEXT_UNASSIGNED, /* unassigned or private-use */
	TEXT_OVERWIDE,   /* drawn far wider than its one column */
};
enum { TEXT_ALLOW_LF = 1, TEXT_ALLOW_TAB = 2 };
enum text_fault text_check_value(const char *s, size_t n, unsigned allow, uint32_t *cp,
				 size_t *offset);

#endif
