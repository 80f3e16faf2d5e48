/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: decoding, the CSV/TSV reader, and the sheet's rows checked as handbook items. */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "diag.h"
#include "fuzz.h"
#include "hb.h"
#include "text.h"

/* The book that fuzzed sheets are added to. */
static const char book_text[] = "%rec: Handbook\n\nid: shop\ntitle: Shop\nsource: zh\n"
				"languages: en ja\n\n%rec: Lesson\n\nid: shop-01\ntitle: One\n";

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setlocale(LC_ALL, "C.UTF-8");
	return 0;
}

/* Parses the decoded text with a separator hint and adds the rows to a fresh book. */
static void parse_sheet(const char *text, size_t len, char sep, bool replace)
{
	struct diag_list diags;
	diag_init(&diags);
	struct csv_sheet sheet;
	int rc = csv_parse(text, len, sep, "fuzz.csv", &diags, &sheet);
	if (rc == 0) {
		struct hb_book *book = hb_parse(book_text, sizeof book_text - 1, "book.hb", &diags);
		if (!book || diags.errors != 0)
			abort(); /* the fixed book is valid */
		struct hb_sheet_options opt = {.replace = replace};
		(void)hb_add_sheet(book, &sheet, "fuzz.csv", &opt, &diags);
		free(hb_format(book));
		hb_book_free(book);
	}
	for (size_t i = 0; i < diags.n; i++)
		free(diag_format(&diags.v[i]));
	csv_free(&sheet);
	diag_free(&diags);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text;
	size_t len;
	char err[256];
	if (text_decode((const char *)data, size, NULL, &text, &len, err, sizeof err) != 0)
		return 0;
	/* The hint changes with the input's length so that every kind gets exercised. */
	static const char hints[] = {0, '\t', ',', ';', '|'};
	parse_sheet(text, len, hints[size % sizeof hints], size % 2 == 0);
	free(text);
	return 0;
}
