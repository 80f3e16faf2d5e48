/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cordial handbook check|import|export|list: the content editor's commands. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "content.h"
#include "export.h"
#include "i18n.h"
#include "outfile.h"
#include "import.h"
#include "mem.h"
#include "print.h"
#include "text.h"

static void usage(FILE *out)
{
	fputs(_("Usage: cordial handbook check [--encoding ENC] FILE...\n"
		"       cordial handbook import [--encoding ENC] [--replace] FILE...\n"
		"       cordial handbook export ID [--format hb|anki] [--lang LANG|--learner NAME]\n"
		"                               [-o FILE]\n"
		"       cordial handbook print HANDBOOK[/LESSON]... [--lang LANG|--learner NAME]\n"
		"                              [--layout cards|sheets] -o FILE.html\n"
		"       cordial handbook list [--format text|tsv]\n"
		"       cordial handbook clean [--encoding ENC] FILE [-o NEW]\n"),
	      out);
	fputs(_("       cordial handbook local FILE.hb|ID...\n"), out);
	fputs(_("\n"
		"check   check handbook files (.hb) and spreadsheets (.csv, .tsv) and report\n"
		"        every problem as FILE:LINE: error|warning: message\n"
		"import  check the files and load them into the content database, all or\n"
		"        nothing; items keep their learners' progress across re-imports\n"
		"export  write a handbook from the content database as a .hb file, or with\n"
		"        --format anki as notes for Anki's import (one note per phrase)\n"
		"print   write phrase cards to print, grouped by lesson, as one HTML file\n"
		"list    show the handbooks in the content database\n"
		"clean   write a copy of a file without invisible characters, in NFC, and\n"
		"        list every change as FILE:LINE: changed: ...\n"),
	      out);
	fputs(_("local   list the local facts that handbooks state (fares, hours, numbers,\n"
		"        places) as FILE:LINE: ID: local: VALUE (source: ...), to adapt\n"
		"        them to another city\n"),
	      out);
	fputs(_("\n"
		"Options:\n"
		"  --encoding ENC  the files' encoding when it is not UTF-8 (e.g. gb18030)\n"
		"  --replace       a spreadsheet retires the items of its lessons that it no\n"
		"                  longer lists\n"
		"  -o FILE         write to FILE instead of standard output\n"
		"  --format tsv    tab-separated output for scripts\n"
		"  --lang LANG     the foreign language on Anki's cards or the printed ones\n"
		"                  (default: the handbook's first foreign language)\n"
		"  --learner NAME  take that language from the learner's target language\n"
		"  --layout cards|sheets  pocket cards (the default) or A4 sheets\n"),
	      out);
}

/* Diagnostics in the GNU form, sorted, sanitized. */
static void print_diags(FILE *out, struct diag_list *diags)
{
	diag_sort(diags);
	for (size_t i = 0; i < diags->n; i++) {
		char *line = diag_format(&diags->v[i]);
		cli_put(out, line);
		fputc('\n', out);
		free(line);
	}
}

/* "3 errors, 1 warning" */
static char *summary(const struct diag_list *diags)
{
	char *errors = xasprintf(ngettext("%zu error", "%zu errors", diags->errors),
				 diags->errors);
	char *warnings = xasprintf(ngettext("%zu warning", "%zu warnings", diags->warnings),
				   diags->warnings);
	/* TRANSLATORS: "3 errors" ", " "1 warning" */
	char *out = xasprintf(_("%s, %s"), errors, warnings);
	free(errors);
	free(warnings);
	return out;
}

struct files_options {
	struct import_options import;
	char **files;
	size_t nfiles;
};

/* Options shared by check and import; returns EXIT_OK or a usage error. */
static int parse_files(int argc, char **argv, struct files_options *fo, bool import)
{
	static const struct option options[] = {
		{ "encoding", required_argument, NULL, 'e' },
		{ "replace", no_argument, NULL, 'r' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int opt;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		switch (opt) {
		case 'e':
			fo->import.encoding = optarg;
			break;
		case 'r':
			if (!import)
				goto bad;
			fo->import.replace = true;
			break;
		case 'h':
			usage(stdout);
			return -1;
		default:
		bad:
			cli_error(_("unknown option '%s' for 'handbook %s'; try 'cordial handbook "
				    "--help'"),
				  argv[optind - 1], argv[0]);
			return EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		cli_error(_("'handbook %s' needs at least one file; try 'cordial handbook "
			    "--help'"),
			  argv[0]);
		return EXIT_USAGE;
	}
	fo->files = argv + optind;
	fo->nfiles = (size_t)(argc - optind);
	return EXIT_OK;
}

static int cmd_check(const struct cli_env *env, int argc, char **argv)
{
	struct files_options fo = { .import = { .dry_run = true } };
	int rc = parse_files(argc, argv, &fo, false);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	struct diag_list diags;
	struct import_report report;
	diag_init(&diags);
	import_files(env->content_path, fo.files, fo.nfiles, &fo.import, &diags, &report);
	print_diags(stdout, &diags);
	char *sum = summary(&diags);
	printf("%s\n", sum);
	free(sum);
	for (size_t i = 0; i < report.nnotes; i++) {
		cli_put(stdout, report.notes[i]);
		putchar('\n');
	}
	int status = EXIT_OK;
	if (report.error) {
		cli_error("%s", report.error);
		status = EXIT_FAIL;
	}
	if (diags.errors)
		status = EXIT_FAIL;
	import_report_free(&report);
	diag_free(&diags);
	return status;
}

static void progress(void *ctx, size_t done, size_t total)
{
	(void)ctx;
	fputc('\r', stderr); /* the progress line is rewritten in place */
	fprintf(stderr, _("importing: %zu of %zu items"), done, total);
	if (done == total)
		fputc('\n', stderr);
	fflush(stderr);
}

/* EXIT_OK unless the login running cordial is tied to a learner who is not an
 * editor.  Without a training database there is nobody to refuse, and none is
 * created for asking; one that cannot be opened leaves the decision to the content
 * database's permissions. */
static int may_import(const struct cli_env *env)
{
	struct stat sb;
	if (!training_is_room(env->training_path) && stat(env->training_path, &sb) != 0)
		return EXIT_OK;
	char *err = NULL;
	struct training *t = training_open(env->training_path, &err);
	if (!t) {
		free(err);
		return EXIT_OK;
	}
	char *ask = NULL;
	int may = cli_may(t, POLICY_EDIT, NULL, NULL, &ask);
	if (may == 0)
		cli_error(_("only an editor can import handbooks; ask %s"), ask);
	free(ask);
	training_close(t);
	return may > 0 ? EXIT_OK : EXIT_FAIL;
}

static int cmd_import(const struct cli_env *env, int argc, char **argv)
{
	struct files_options fo = { 0 };
	int rc = parse_files(argc, argv, &fo, true);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	if (may_import(env) != EXIT_OK)
		return EXIT_FAIL;
	if (isatty(STDERR_FILENO))
		fo.import.progress = progress;
	struct diag_list diags;
	struct import_report report;
	diag_init(&diags);
	outfile_permit_create(env->content_path, false); /* an import makes it */
	rc = import_files(env->content_path, fo.files, fo.nfiles, &fo.import, &diags, &report);
	print_diags(stderr, &diags);
	int status = EXIT_OK;
	if (diags.errors) {
		char *sum = summary(&diags);
		/* TRANSLATORS: "3 errors, 1 warning" followed by this */
		cli_put(stderr, sum);
		fputs(_("; nothing imported\n"), stderr);
		free(sum);
		status = EXIT_FAIL;
	} else if (rc) {
		cli_error(_("%s; nothing imported"), report.error ? report.error : "?");
		status = EXIT_FAIL;
	} else {
		for (size_t i = 0; i < report.n; i++) {
			const struct content_counts *n = &report.v[i].counts;
			/* TRANSLATORS: handbook id, then counts of items */
			printf(_("%s: %zu added, %zu changed, %zu retired, %zu revived, %zu "
				 "unchanged\n"),
			       report.v[i].handbook, n->added, n->changed, n->retired, n->revived,
			       n->unchanged);
		}
		for (size_t i = 0; i < report.nnotes; i++) {
			cli_put(stdout, report.notes[i]);
			putchar('\n');
		}
	}
	import_report_free(&report);
	diag_free(&diags);
	return status;
}

/* The foreign language to show: --lang, or the target language of --learner, or
 * NULL for the handbook's first.  Returns EXIT_OK or a status after printing why. */
static int chosen_lang(const struct cli_env *env, const char *lang, const char *learner,
		       char *out, size_t size)
{
	out[0] = '\0';
	if (lang && learner) {
		cli_error(_("give either --lang or --learner, not both"));
		return EXIT_USAGE;
	}
	if (lang) {
		snprintf(out, size, "%s", lang);
		return EXIT_OK;
	}
	if (!learner)
		return EXIT_OK;
	struct training *t = cli_open_training(env);
	if (!t)
		return EXIT_FAIL;
	struct learner l;
	int rc = cli_learner_resolve(t, learner, &l);
	training_close(t);
	if (rc == EXIT_OK)
		snprintf(out, size, "%s", l.target);
	return rc;
}

static int cmd_export(const struct cli_env *env, int argc, char **argv)
{
	const char *out = NULL, *format = "hb", *lang_opt = NULL, *learner = NULL;
	int opt;
	static const struct option options[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "format", required_argument, NULL, 'f' },
		{ "lang", required_argument, NULL, 'l' },
		{ "learner", required_argument, NULL, 'L' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "o:h", options, NULL)) != -1) {
		if (opt == 'o')
			out = optarg;
		else if (opt == 'f' && (!strcmp(optarg, "hb") || !strcmp(optarg, "anki")))
			format = optarg;
		else if (opt == 'l')
			lang_opt = optarg;
		else if (opt == 'L')
			learner = optarg;
		else if (opt == 'h') {
			usage(stdout);
			return EXIT_OK;
		} else if (opt == 'f') {
			cli_error(_("'handbook export' writes --format hb or --format anki"));
			return EXIT_USAGE;
		} else {
			cli_error(_("unknown option '%s' for 'handbook export'; try 'cordial "
				    "handbook --help'"),
				  argv[optind - 1]);
			return EXIT_USAGE;
		}
	}
	if (optind + 1 != argc) {
		cli_error(_("'handbook export' takes one handbook id; try 'cordial handbook "
			    "list'"));
		return EXIT_USAGE;
	}
	bool anki = !strcmp(format, "anki");
	if (!anki && (lang_opt || learner)) {
		cli_error(_("--lang and --learner choose the language of --format anki"));
		return EXIT_USAGE;
	}
	char lang[32];
	int rc = chosen_lang(env, lang_opt, learner, lang, sizeof lang);
	if (rc != EXIT_OK)
		return rc;
	char *err = NULL;
	cli_sync_shipped(env);
	rc = anki ? export_handbook_anki(env->content_path, argv[optind], lang[0] ? lang : NULL,
					 out, &err)
		  : export_handbook(env->content_path, argv[optind], out, &err);
	if (rc == 1) {
		cli_error(_("no handbook '%s' in %s; see 'cordial handbook list'"), argv[optind],
			  env->content_path);
		return EXIT_FAIL;
	}
	if (rc == 2) {
		cli_error(_("handbook '%s' has no language '%s'"), argv[optind], lang);
		return EXIT_FAIL;
	}
	if (rc) {
		if (!cli_content_missing(env))
			cli_error("%s", err ? err : "?");
		free(err);
		return EXIT_FAIL;
	}
	return EXIT_OK;
}

struct clean_ctx {
	const char *file;
	size_t changes;
};

static void clean_changed(void *ctx, long line, const char *what)
{
	struct clean_ctx *c = ctx;
	c->changes++;
	/* The "FILE:LINE: changed:" prefix is not translated, like error: and warning:. */
	char *msg = xasprintf("%s:%ld: changed: %s", c->file, line, what);
	cli_put(stderr, msg);
	fputc('\n', stderr);
	free(msg);
}

static int cmd_clean(const struct cli_env *env, int argc, char **argv)
{
	(void)env;
	const char *out = NULL, *encoding = NULL;
	static const struct option options[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "encoding", required_argument, NULL, 'e' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int opt;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "o:h", options, NULL)) != -1) {
		if (opt == 'o')
			out = optarg;
		else if (opt == 'e')
			encoding = optarg;
		else if (opt == 'h') {
			usage(stdout);
			return EXIT_OK;
		} else {
			cli_error(_("unknown option '%s' for 'handbook clean'; try 'cordial handbook "
				    "--help'"),
				  argv[optind - 1]);
			return EXIT_USAGE;
		}
	}
	if (optind + 1 != argc) {
		cli_error(_("'handbook clean' takes one file; try 'cordial handbook --help'"));
		return EXIT_USAGE;
	}
	const char *file = argv[optind];
	mem_activity(_("cleaning %s"), file);
	char *err = NULL;
	size_t len;
	char *raw = import_read_file(file, &len, &err);
	if (!raw) {
		cli_error("%s", err ? err : "?");
		free(err);
		return EXIT_FAIL;
	}
	char *text = NULL, msg[256];
	size_t text_len;
	int rc = text_decode(raw, len, encoding, &text, &text_len, msg, sizeof msg);
	free(raw);
	if (rc) {
		cli_error("%s: %s", file, msg);
		return EXIT_FAIL;
	}
	struct clean_ctx ctx = { file, 0 };
	long bad_line = 0;
	size_t clean_len;
	char *clean = import_clean_text(text, text_len, &clean_len, &bad_line, clean_changed, &ctx);
	free(text);
	if (!clean) {
		cli_error(_("%s:%ld: invalid UTF-8; nothing written (was the file saved as GBK? "
			    "clean it with --encoding gb18030)"),
			  file, bad_line);
		return EXIT_FAIL;
	}
	err = NULL;
	if (outfile_write(out, clean, clean_len, &err)) {
		cli_error("%s", err ? err : "?");
		free(err);
		free(clean);
		return EXIT_FAIL;
	}
	free(clean);
	fprintf(stderr, ngettext("%zu change\n", "%zu changes\n", ctx.changes), ctx.changes);
	return EXIT_OK;
}

/* handbook print HANDBOOK[/LESSON]... -o FILE.html */
static int cmd_print(const struct cli_env *env, int argc, char **argv)
{
	const char *out = NULL, *lang_opt = NULL, *learner = NULL;
	enum print_layout layout = PRINT_CARDS;
	static const struct option options[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "lang", required_argument, NULL, 'l' },
		{ "learner", required_argument, NULL, 'L' },
		{ "layout", required_argument, NULL, 'y' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int opt;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "o:h", options, NULL)) != -1) {
		if (opt == 'o')
			out = optarg;
		else if (opt == 'l')
			lang_opt = optarg;
		else if (opt == 'L')
			learner = optarg;
		else if (opt == 'y' && (!strcmp(optarg, "cards") || !strcmp(optarg, "sheets")))
			layout = !strcmp(optarg, "cards") ? PRINT_CARDS : PRINT_SHEETS;
		else if (opt == 'h') {
			usage(stdout);
			return EXIT_OK;
		} else if (opt == 'y') {
			cli_error(_("'handbook print' lays out --layout cards or --layout sheets"));
			return EXIT_USAGE;
		} else {
			cli_error(_("unknown option '%s' for 'handbook print'; try 'cordial handbook "
				    "--help'"),
				  argv[optind - 1]);
			return EXIT_USAGE;
		}
	}
	if (optind >= argc || !out) {
		cli_error(_("'handbook print' needs at least one HANDBOOK[/LESSON] and -o FILE.html; "
			    "try 'cordial handbook --help'"));
		return EXIT_USAGE;
	}
	char lang[32];
	int status = chosen_lang(env, lang_opt, learner, lang, sizeof lang);
	if (status != EXIT_OK)
		return status;
	struct content *c = cli_open_content(env);
	if (!c)
		return EXIT_FAIL;
	/* One part per handbook, in the order first named; its lessons as named. */
	size_t nargs = (size_t)(argc - optind);
	struct print_part *parts = xcalloc(nargs, sizeof *parts);
	struct hb_book **books = xcalloc(nargs, sizeof *books);
	bool **flags = xcalloc(nargs, sizeof *flags);
	size_t nparts = 0;
	for (size_t a = 0; a < nargs && status == EXIT_OK; a++) {
		char *id = xstrdup(argv[optind + (int)a]);
		char *slash = strchr(id, '/');
		const char *lesson = NULL;
		if (slash) {
			*slash = '\0';
			lesson = slash + 1;
		}
		size_t p = 0;
		while (p < nparts && strcmp(books[p]->id, id))
			p++;
		if (p == nparts) {
			char *err = NULL;
			books[p] = content_load(c, id, &err);
			if (!books[p]) {
				if (err)
					cli_error("%s", err);
				else
					cli_error(_("no handbook '%s' in %s; see 'cordial handbook list'"),
						  id, env->content_path);
				free(err);
				free(id);
				status = EXIT_FAIL;
				break;
			}
			flags[p] = xcalloc(books[p]->nlessons + 1, sizeof **flags);
			parts[p] = (struct print_part){ books[p], flags[p] };
			nparts++;
		}
		bool found = !lesson;
		for (size_t l = 0; l < books[p]->nlessons; l++)
			if (!lesson || !strcmp(books[p]->lessons[l].id, lesson))
				flags[p][l] = found = true;
		if (!found) {
			cli_error(_("handbook '%s' has no lesson '%s'"), id, lesson);
			status = EXIT_FAIL;
		}
		free(id);
	}
	content_close(c);
	if (status == EXIT_OK && !lang[0] && nparts && books[0]->nlanguages)
		snprintf(lang, sizeof lang, "%s", books[0]->languages[0]);
	for (size_t p = 0; p < nparts && status == EXIT_OK; p++) {
		bool known = false;
		for (size_t i = 0; i < books[p]->nlanguages; i++)
			known |= !strcmp(books[p]->languages[i], lang);
		if (!known) {
			cli_error(_("handbook '%s' has no language '%s'"), books[p]->id, lang);
			status = EXIT_FAIL;
		}
	}
	long cards = 0;
	if (status == EXIT_OK) {
		char *html = NULL;
		size_t len = 0;
		/* A stream in memory fails only when memory runs out. */
		FILE *mem = open_memstream(&html, &len);
		if (!mem)
			mem_fail();
		cards = print_cards(mem, parts, nparts, lang, layout);
		if (fclose(mem) || cards < 0)
			mem_fail();
		char *err = NULL;
		if (outfile_write(out, html, len, &err)) {
			cli_error("%s", err ? err : "?");
			free(err);
			status = EXIT_FAIL;
		}
		free(html);
	}
	if (status == EXIT_OK)
		printf(ngettext("%s: %ld card\n", "%s: %ld cards\n", (unsigned long)cards), out,
		       cards);
	for (size_t p = 0; p < nparts; p++) {
		hb_book_free(books[p]);
		free(flags[p]);
	}
	free(parts);
	free(books);
	free(flags);
	return status;
}

struct list_rows {
	struct content_summary *v;
	size_t n;
};

static void collect(const struct content_summary *s, void *ctx)
{
	struct list_rows *rows = ctx;
	rows->v = xreallocarray(rows->v, rows->n + 1, sizeof *rows->v);
	struct content_summary *copy = &rows->v[rows->n++];
	*copy = *s;
	copy->id = xstrdup(s->id);
	copy->title = xstrdup(s->title);
	copy->languages = xstrdup(s->languages);
	copy->source = xstrdup(s->source);
}

/* Prints cells padded to their column's display width. */
static void print_row(const char *const *cells, const int *widths, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char *safe = text_sanitize(cells[i], strlen(cells[i]));
		fputs(safe, stdout);
		if (i + 1 < n)
			printf("%*s", widths[i] - text_width(safe, strlen(safe)) + 2, "");
		free(safe);
	}
	putchar('\n');
}

static int cmd_list(const struct cli_env *env, int argc, char **argv)
{
	bool tsv = false;
	static const struct option options[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int opt;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		if (opt == 'f' && (!strcmp(optarg, "tsv") || !strcmp(optarg, "text")))
			tsv = !strcmp(optarg, "tsv");
		else if (opt == 'h') {
			usage(stdout);
			return EXIT_OK;
		} else {
			cli_error(_("'handbook list' takes only --format text or --format tsv"));
			return EXIT_USAGE;
		}
	}
	if (optind != argc) {
		cli_error(_("'handbook list' takes no arguments"));
		return EXIT_USAGE;
	}
	char *err = NULL;
	struct content *c = cli_open_content(env);
	if (!c)
		return EXIT_FAIL;
	struct list_rows rows = { 0 };
	int rc = content_list(c, collect, &rows, &err);
	content_close(c);
	if (rc) {
		cli_error("%s", err ? err : "?");
		free(err);
		return EXIT_FAIL;
	}
	enum { NCOLS = 7 };
	char nums[4][32];
	const char *header[NCOLS] = { _("ID"),	    _("TITLE"),	  _("VERSION"), _("LANGUAGES"),
				      _("LESSONS"), _("PHRASES"), _("COURTESY") };
	int widths[NCOLS];
	for (int pass = 0; pass < 2; pass++) {
		for (size_t k = 0; k < NCOLS && pass == 0; k++)
			widths[k] = text_width(header[k], strlen(header[k]));
		if (pass == 1 && !tsv && rows.n)
			print_row(header, widths, NCOLS);
		for (size_t i = 0; i < rows.n; i++) {
			const struct content_summary *s = &rows.v[i];
			snprintf(nums[0], sizeof nums[0], "%ld", s->version);
			snprintf(nums[1], sizeof nums[1], "%ld", s->lessons);
			snprintf(nums[2], sizeof nums[2], "%ld", s->phrases);
			snprintf(nums[3], sizeof nums[3], "%ld", s->courtesy);
			const char *cells[NCOLS] = { s->id,    s->title, s->version ? nums[0] : "-",
						     s->languages, nums[1], nums[2], nums[3] };
			if (pass == 0) {
				for (size_t k = 0; k < NCOLS; k++) {
					char *safe = text_sanitize(cells[k], strlen(cells[k]));
					int w = text_width(safe, strlen(safe));
					if (w > widths[k])
						widths[k] = w;
					free(safe);
				}
			} else if (tsv) {
				for (size_t k = 0; k < NCOLS; k++) {
					cli_put(stdout, cells[k]);
					putchar(k + 1 < NCOLS ? '\t' : '\n');
				}
			} else
				print_row(cells, widths, NCOLS);
		}
	}
	if (!rows.n && !tsv)
		printf(_("No handbooks yet: load one with 'cordial handbook import FILE.hb'.\n"));
	for (size_t i = 0; i < rows.n; i++) {
		free((char *)rows.v[i].id);
		free((char *)rows.v[i].title);
		free((char *)rows.v[i].languages);
		free((char *)rows.v[i].source);
	}
	free(rows.v);
	return EXIT_OK;
}

static int cmd_local(const struct cli_env *env, int argc, char **argv)
{
	if (cli_help_asked(argc, argv)) {
		usage(stdout);
		return EXIT_OK;
	}
	return cli_handbook_local(env, argc, argv);
}

int cli_handbook(const struct cli_env *env, int argc, char **argv)
{
	static const struct {
		const char *name;
		int (*run)(const struct cli_env *, int, char **);
	} subs[] = {
		{ "check", cmd_check },
		{ "import", cmd_import },
		{ "export", cmd_export },
		{ "list", cmd_list },
		{ "clean", cmd_clean },
		{ "print", cmd_print },
		{ "local", cmd_local },
	};
	if (argc < 2 || cli_wants_help(argc, argv)) {
		usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? EXIT_USAGE : EXIT_OK;
	}
	for (size_t i = 0; i < sizeof subs / sizeof *subs; i++)
		if (!strcmp(argv[1], subs[i].name))
			return subs[i].run(env, argc - 1, argv + 1);
	cli_error(_("unknown command 'handbook %s'; try 'cordial handbook --help'"), argv[1]);
	return EXIT_USAGE;
}
