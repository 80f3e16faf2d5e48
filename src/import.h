/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loading handbooks: check files (.hb, .csv, .tsv), import them into the content
 * database in one transaction, and keep the shipped handbooks up to date. */
#ifndef CORDIAL_IMPORT_H
#define CORDIAL_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"
#include "diag.h"

struct import_options {
	const char *encoding; /* iconv name for the input files, or NULL */
	bool replace;         /* sheets retire the items of their lessons they do not list */
	bool dry_run;         /* check only: the content database is only read */
	/* Called now and then while items are written; may be NULL. */
	void (*progress)(void *ctx, size_t done, size_t total);
	void *progress_ctx;
};

struct import_result {
	char *handbook; /* id */
	struct content_counts counts;
};

struct import_report {
	struct import_result *v; /* one per handbook written */
	size_t n;
	char *error; /* a failure that is not about the files (database, I/O), or NULL */
	char **notes; /* what was done to the files on the way in, for the summary */
	size_t nnotes;
};

/* Checks the files and, unless opt->dry_run, imports them into the content database
 * at content_path in one transaction: if any file has an error, nothing changes.
 * Problems with the files go to diags; returns 0 on success, -1 otherwise.  The
 * file names must outlive diags.  Free the report with import_report_free(). */
int import_files(const char *content_path, char *const *files, size_t nfiles,
		 const struct import_options *opt, struct diag_list *diags,
		 struct import_report *report);
void import_report_free(struct import_report *report);

/* Brings the handbooks shipped in datadir (datadir/content.db as the first copy of
 * a new content database, datadir/handbooks/.hb files for newer versions) into the
 * content database at content_path, when it may be written.  Quiet: returns 0, or
 * -1 with *err set when the shipped content could not be loaded. */
int import_shipped(const char *content_path, const char *datadir, char **err);

/* A cleaned copy of a file's text (decoded UTF-8): invisible characters (Unicode
 * format characters such as U+200B ZERO WIDTH SPACE, U+00AD SOFT HYPHEN, a
 * byte-order mark inside the text, bidirectional controls) are removed and every
 * line is normalised to NFC.  Each change is reported through `changed` with its
 * line and a description (translated).  Returns the copy (malloc'd) and its length
 * in *outlen, or NULL when the text is not valid UTF-8 (*bad_line set). */
char *import_clean_text(const char *text, size_t len, size_t *outlen, long *bad_line,
			void (*changed)(void *ctx, long line, const char *what), void *ctx);

/* The largest file read whole (a file to clean, a shipped handbook, a handbook
 * whose local facts are listed): this bounds memory.  Handbook files and
 * spreadsheets are imported and checked a record or a row at a time, in any size. */
#define IMPORT_MAX_FILE (256 << 20)

/* Reads a whole file; NULL with *err set (malloc'd) on failure or when the file is
 * larger than IMPORT_MAX_FILE. */
char *import_read_file(const char *path, size_t *len, char **err);

#endif
