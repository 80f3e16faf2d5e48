/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unit tests of the chunked decoder (text_decoder_feed): fed a file in pieces of
 * any size, it gives what text_decode() gives for the whole, errors included. */
#include <stdbool.h>

#include "text.h"
#include "unit.h"

/* Decodes buf in chunks of `step` bytes; the text (malloc'd) or NULL with err. */
static char *in_chunks(const char *buf, size_t len, const char *encoding, size_t step,
		       size_t *outlen, char *err, size_t errlen)
{
	struct text_decoder *d = text_decoder_new(encoding);
	char *all = malloc(1);
	size_t n = 0;
	for (size_t pos = 0;; pos += step) {
		size_t take = pos < len ? (len - pos < step ? len - pos : step) : 0;
		bool end = pos + take >= len;
		const char *out;
		size_t got;
		if (text_decoder_feed(d, buf + pos, take, end, &out, &got, err, errlen)) {
			free(all);
			text_decoder_free(d);
			return NULL;
		}
		all = realloc(all, n + got + 1);
		memcpy(all + n, out, got);
		n += got;
		if (end)
			break;
	}
	all[n] = '\0';
	*outlen = n;
	text_decoder_free(d);
	return all;
}

/* Every chunk size from 1 to 9 bytes agrees with text_decode(). */
static void agree(const char *buf, size_t len, const char *encoding)
{
	char *whole = NULL, err[256], err2[256];
	size_t n = 0;
	int rc = text_decode(buf, len, encoding, &whole, &n, err, sizeof err);
	for (size_t step = 1; step <= 9; step++) {
		size_t m = 0;
		char *pieces = in_chunks(buf, len, encoding, step, &m, err2, sizeof err2);
		if (rc == 0) {
			CHECK(pieces != NULL);
			CHECK_INT(m, n);
			CHECK(pieces && m == n && memcmp(pieces, whole, n) == 0);
		} else {
			CHECK(pieces == NULL);
			CHECK_STR(err2, err);
		}
		free(pieces);
	}
	free(whole);
}

#define S(lit) lit, sizeof(lit) - 1

static void test_utf8(void)
{
	agree(S(""), NULL);
	agree(S("ab"), NULL);
	agree(S("\xEF\xBB\xBFid,zh\n你好,hello\n"), NULL);
	agree(S("\xEF\xBB\xBF" "abc"), "GBK"); /* a byte-order mark wins over the encoding */
	agree(S("a\xC4\xE3 not UTF-8, passed through"), NULL);
}

static void test_converted(void)
{
	/* 你好 in GBK, around ASCII, and a GBK byte-order-free file */
	agree(S("x\xC4\xE3\xBA\xC3y\n\xC4\xE3"), "GBK");
	/* UTF-16 with a byte-order mark, little and big endian, with a surrogate pair */
	agree(S("\xFF\xFE" "a\x00`O}Y=\xD8\x00\xDE\n\x00"), NULL);
	agree(S("\xFE\xFF\x00h\x4F\x60\xD8\x3D\xDE\x00"), NULL);
	/* a stateful encoding, whose shift state ends with the text */
	agree(S("Hi +MFMwkzBrMGEwbw-!"), "UTF-7");
	agree(S("Hi +MFMwkzBrMGEwbw"), "UTF-7");
	/* a byte-order mark produced by the conversion is dropped */
	agree(S("\xFF\xFE\xFF\xFE" "a\x00"), NULL);
}

static void test_errors(void)
{
	agree(S("abc\x81\x20xyz"), "GBK");
	agree(S("\xFF\xFE" "a\x00\x00\xD8" "b\x00"), NULL);
	agree(S("\xFF\xFE" "a\x00" "b"), NULL);
	agree(S("abc"), "NO-SUCH-ENCODING-X");
	agree(S("ok\xC0\xAF"), "UTF-8");
}

int main(void)
{
	unit_program = "test_decoder";
	RUN(test_utf8);
	RUN(test_converted);
	RUN(test_errors);
	return unit_done();
}
