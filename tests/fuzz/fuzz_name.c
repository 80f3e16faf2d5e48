/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the check of names and notes typed by people (text_check_value,
 * cli_valid_text) and the escaping of line-oriented fields (text_field). */
#include <locale.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "fuzz.h"
#include "text.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setlocale(LC_ALL, "C.UTF-8");
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	size_t n = strlen(s); /* a name from the command line ends at its first NUL */

	uint32_t cp;
	size_t off;
	enum text_fault fault = text_check_value(s, n, 0, &cp, &off);
	if (off > n || (fault == TEXT_FINE) != (off == n))
		abort();
	/* The part before the fault is fine on its own. */
	uint32_t cp2;
	size_t off2;
	if (text_check_value(s, off, 0, &cp2, &off2) != TEXT_FINE || off2 != off)
		abort();
	if (fault == TEXT_FINE) {
		/* Nothing the terminal would act on is left in a name that passes. */
		if (text_utf8_invalid(s, n) >= 0)
			abort();
		for (size_t i = 0; i < n; i++) {
			unsigned char c = (unsigned char)s[i];
			if (c < 0x20 || c == 0x7f)
				abort();
			if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
			    (unsigned char)s[i + 1] <= 0x9f)
				abort();
		}
	} else if (fault == TEXT_CONTROL && !(cp < 0x20 || (cp >= 0x7f && cp <= 0x9f))) {
		abort();
	}
	if (cli_valid_text("a name", s) != (fault == TEXT_FINE))
		abort();

	/* A field never splits a record, whatever it holds. */
	char *field = text_field(s, n);
	if (field) {
		if (strpbrk(field, "\t\n\r"))
			abort();
		free(field);
	}
	free(s);
	return 0;
}
