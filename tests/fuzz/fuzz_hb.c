/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the .hb parser and checker, then the writer and a re-parse of what it wrote. */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "fuzz.h"
#include "hb.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setlocale(LC_ALL, "C.UTF-8");
	return 0;
}

/* Formats every diagnostic, as the command line does. */
static void format_diags(const struct diag_list *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(diag_format(&d->v[i]));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag_list diags;
	diag_init(&diags);
	struct hb_book *book = hb_parse((const char *)data, size, "fuzz.hb", &diags);
	diag_sort(&diags);
	format_diags(&diags);
	if (book && diags.errors == 0) {
		for (size_t i = 0; i < book->nitems; i++)
			(void)hb_item_digest(&book->items[i]);
		/* What the writer writes must parse again without errors. */
		char *text = hb_format(book);
		if (text) {
			struct diag_list again;
			diag_init(&again);
			struct hb_book *copy = hb_parse(text, strlen(text), "again.hb", &again);
			if (!copy || again.errors != 0 || copy->nitems != book->nitems)
				abort();
			hb_book_free(copy);
			diag_free(&again);
			free(text);
		}
	}
	hb_book_free(book);
	diag_free(&diags);
	return 0;
}
