/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Handbook export: load from the content database, format, write atomically. */
#include "export.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "content.h"
#include "hb.h"
#include "i18n.h"

static int write_all(const char *path, const char *text, char **err)
{
	if (!path || !strcmp(path, "-")) {
		if (fputs(text, stdout) == EOF || fflush(stdout) == EOF) {
			if (asprintf(err, _("cannot write to standard output: %s"),
				     strerror(errno)) < 0)
				*err = NULL;
			return -1;
		}
		return 0;
	}
	char *tmp = NULL;
	if (asprintf(&tmp, "%s.tmp", path) < 0)
		abort();
	FILE *f = fopen(tmp, "wb");
	int failed = !f || fputs(text, f) == EOF;
	if (f && (fflush(f) || fsync(fileno(f))))
		failed = 1;
	int saved = errno;
	if (f && fclose(f))
		failed = 1;
	if (!failed && rename(tmp, path))
		failed = 1, saved = errno;
	if (failed) {
		unlink(tmp);
		if (asprintf(err, _("cannot write %s: %s"), path, strerror(saved)) < 0)
			*err = NULL;
	}
	free(tmp);
	return failed ? -1 : 0;
}

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
	int rc = write_all(out_path, text, err);
	free(text);
	return rc;
}
