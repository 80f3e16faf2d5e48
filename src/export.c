/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Handbook export: load from the content database, format, write (outfile.c). */
#include "export.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content.h"
#include "hb.h"
#include "i18n.h"
#include "outfile.h"

int export_handbook(const char *content_path, const char *id, const char *out_path, char **err)
{
	*err = NULL;
	struct content *c = content_open(content_path, false, err);
	if (!c)
		return -1;
	struct hb_book *book = content_load(c, id, err);
	content_close(c);
	if (!book)
		return *err ? -1 : 1;
	char *text = hb_format(book);
	hb_book_free(book);
	int rc = outfile_write(out_path, text, strlen(text), err);
	free(text);
	return rc;
}
