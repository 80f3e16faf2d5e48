/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cordial handbook local FILE.hb|ID...: every local fact that handbooks state (their
 * records' local: fields) with its value and source, for an editor adapting them to
 * another city. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "content.h"
#include "diag.h"
#include "hb.h"
#include "i18n.h"
#include "import.h"
#include "mem.h"

/* A value of several lines on one line: its line breaks become spaces. */
static void put_flat(FILE *out, const char *value)
{
	char *flat = xstrdup(value);
	for (char *p = flat; *p; p++)
		if (*p == '\n')
			*p = ' ';
	cli_put(out, flat);
	free(flat);
}

/* One line per item that states a local fact:
 *   WHERE:LINE: ID: local: VALUE (source: SOURCE)
 * WHERE is the file (with the line of the 'local:' field) or the handbook id.
 * Returns how many were written. */
static size_t list_book(FILE *out, const struct hb_book *book, const char *where)
{
	size_t n = 0;
	for (size_t i = 0; i < book->nitems; i++) {
		const struct hb_item *it = &book->items[i];
		if (!it->local)
			continue;
		cli_put(out, where);
		if (it->local_line > 0)
			fprintf(out, ":%ld", it->local_line);
		fputs(": ", out);
		cli_put(out, it->id);
		fputs(": local: ", out);
		put_flat(out, it->local);
		fputs(" (source: ", out); /* a fixed form, as the GNU prefix of diagnostics */
		put_flat(out, it->local_source ? it->local_source : "?");
		fputs(")\n", out);
		n++;
	}
	return n;
}

static bool is_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && !strcmp(s + n - k, suffix);
}

/* The local facts of a .hb file; -1 when it cannot be read or has errors (they are
 * written to stderr, the facts found are listed all the same). */
static int list_file(FILE *out, const char *path, size_t *count)
{
	char *err = NULL;
	size_t len = 0;
	char *text = import_read_file(path, &len, &err);
	if (!text) {
		cli_error("%s", err ? err : "?");
		free(err);
		return -1;
	}
	struct diag_list diags;
	diag_init(&diags);
	struct hb_book *book = hb_parse(text, len, path, &diags);
	free(text);
	diag_sort(&diags);
	for (size_t i = 0; i < diags.n; i++)
		if (diags.v[i].level == DIAG_ERROR) {
			char *line = diag_format(&diags.v[i]);
			cli_put(stderr, line);
			fputc('\n', stderr);
			free(line);
		}
	int rc = diags.errors ? -1 : 0;
	if (book)
		*count += list_book(out, book, path);
	hb_book_free(book);
	diag_free(&diags);
	return rc;
}

int cli_handbook_local(const struct cli_env *env, int argc, char **argv)
{
	static const struct option options[] = {
		{ NULL, 0, NULL, 0 },
	};
	optind = 0;
	opterr = 0;
	while (getopt_long(argc, argv, "", options, NULL) != -1) {
		cli_error(_("unknown option '%s' for 'handbook local'; try 'cordial handbook "
			    "--help'"),
			  argv[optind - 1]);
		return EXIT_USAGE;
	}
	if (optind >= argc) {
		cli_error(_("'handbook local' needs at least one FILE.hb or handbook id; try "
			    "'cordial handbook --help'"));
		return EXIT_USAGE;
	}
	int status = EXIT_OK;
	size_t count = 0;
	struct content *c = NULL;
	for (int a = optind; a < argc; a++) {
		const char *arg = argv[a];
		if (is_suffix(arg, ".csv") || is_suffix(arg, ".tsv")) {
			cli_error(_("%s: 'handbook local' reads .hb files and handbooks in the "
				    "content database; import the sheet and give its handbook's id"),
				  arg);
			status = EXIT_FAIL;
			continue;
		}
		if (is_suffix(arg, ".hb") || strchr(arg, '/')) {
			if (list_file(stdout, arg, &count))
				status = EXIT_FAIL;
			continue;
		}
		if (!c && !(c = cli_open_content(env)))
			return EXIT_FAIL;
		char *err = NULL;
		struct hb_book *book = content_load(c, arg, &err);
		if (!book) {
			if (err)
				cli_error("%s", err);
			else
				cli_error(_("no handbook '%s' in %s; see 'cordial handbook list'"),
					  arg, env->content_path);
			free(err);
			status = EXIT_FAIL;
			continue;
		}
		count += list_book(stdout, book, arg);
		hb_book_free(book);
	}
	if (c)
		content_close(c);
	printf(ngettext("%zu local fact\n", "%zu local facts\n", count), count);
	return status;
}
