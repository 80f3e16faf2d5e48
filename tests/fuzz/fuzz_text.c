/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: validation, normalization, decoding and the terminal helpers (sanitize, width, clip, wrap). */
#include <locale.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "text.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setlocale(LC_ALL, "C.UTF-8");
	return 0;
}

struct wrap_check {
	int cols;
	size_t total;
};

/* Each wrapped line must fit, unless it is a single grapheme wider than the line
 * (such as an emoji with a skin tone: two code points of width 2 each). */
static void emit(const char *line, size_t len, void *ctx)
{
	struct wrap_check *c = ctx;
	c->total += len;
	if (text_width(line, len) > c->cols) {
		size_t *starts = NULL;
		size_t count = text_graphemes(line, len, &starts);
		free(starts);
		if (count > 1)
			abort();
	}
}

/* The terminal helpers on sanitized text, as the interface uses them. */
static void terminal(const char *s, size_t n, int cols)
{
	int width = text_width(s, n);
	int clipped;
	size_t cut = text_clip(s, n, cols, &clipped);
	if (cut > n || clipped > cols || clipped > width || clipped < 0)
		abort();
	struct wrap_check c = {cols, 0};
	text_wrap(s, n, cols, emit, &c);
	size_t *starts = NULL;
	size_t count = text_graphemes(s, n, &starts);
	for (size_t i = 0; i < count; i++)
		if (starts[i] >= n || (i > 0 && starts[i] <= starts[i - 1]))
			abort();
	free(starts);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	/* The first byte chooses the width and the encoding to decode from. */
	int cols = 1 + data[0] % 80;
	static const char *const encodings[] = {NULL, "gb18030", "latin1", "UTF-16LE"};
	const char *encoding = encodings[(data[0] >> 6) & 3];
	const char *s = (const char *)data + 1;
	size_t n = size - 1;

	char *safe = text_sanitize(s, n);
	if (safe) {
		size_t len = strlen(safe);
		if (text_utf8_invalid(safe, len) != -1)
			abort(); /* sanitized text is valid UTF-8 */
		terminal(safe, len, cols);
		free(safe);
	}
	char *lines = text_sanitize_lines(s, n);
	if (lines) {
		terminal(lines, strlen(lines), cols);
		free(lines);
	}
	size_t tlen;
	(void)text_trim(s, n, &tlen);
	if (text_utf8_invalid(s, n) == -1) {
		(void)text_length(s, n);
		free(text_nfc(s, n));
		free(text_fold(s, n));
	}
	char *out;
	size_t outlen;
	char err[256];
	if (text_decode(s, n, encoding, &out, &outlen, err, sizeof err) == 0)
		free(out);
	return 0;
}
