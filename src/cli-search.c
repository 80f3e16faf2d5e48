/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cordial search: find phrases in the loaded handbooks. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "content.h"
#include "i18n.h"
#include "mem.h"

static void usage(FILE *out)
{
	fputs(_("Usage: cordial search [--limit N] QUERY...\n"
		"Find phrases and courtesy items whose texts, readings or notes contain every\n"
		"word of the query (any language; case and full-width forms do not matter).\n"
		"Each match is printed as HANDBOOK/LESSON/ITEM, the source text and the\n"
		"foreign texts, separated by tabs, best match first.\n"
		"\n"
		"  --limit N  print at most N matches (default 50)\n"),
	      out);
}

static void print_hit(const struct content_hit *hit, void *ctx)
{
	(void)ctx;
	cli_put_field(stdout, hit->handbook);
	putchar('/');
	cli_put_field(stdout, hit->lesson);
	putchar('/');
	cli_put_field(stdout, hit->id);
	putchar('\t');
	cli_put_field(stdout, hit->source_text ? hit->source_text : "");
	putchar('\t');
	cli_put_field(stdout, hit->foreign ? hit->foreign : "");
	putchar('\n');
}

int cli_search(const struct cli_env *env, int argc, char **argv)
{
	static const struct option options[] = {
		{ "limit", required_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	long limit = 50;
	int opt;
	optind = 0;
	opterr = 0;
	/* The word being read: getopt stays on it while inside a cluster of short
	 * options ("-receipt"), and has moved past it otherwise. */
	int word = 1;
	while ((opt = getopt_long(argc, argv, "+h", options, NULL)) != -1) {
		char *end;
		if (opt == 'n') {
			limit = strtol(optarg, &end, 10);
			if (*end || limit < 1) {
				cli_error(_("--limit needs a positive number, not '%s'"), optarg);
				return EXIT_USAGE;
			}
		} else if (opt == 'h') {
			usage(stdout);
			return EXIT_OK;
		} else {
			const char *given = optind == word ? argv[optind] : argv[optind - 1];
			cli_error(_("unknown option '%s' for 'search'; try 'cordial search --help'"),
				  given);
			return EXIT_USAGE;
		}
		word = optind;
	}
	if (optind >= argc) {
		cli_error(_("'search' needs a query; try 'cordial search --help'"));
		return EXIT_USAGE;
	}
	size_t len = 1;
	for (int i = optind; i < argc; i++)
		len += strlen(argv[i]) + 1;
	char *query = xcalloc(1, len);
	for (int i = optind; i < argc; i++) {
		if (i > optind)
			strcat(query, " ");
		strcat(query, argv[i]);
	}

	char *err = NULL;
	struct content *c = cli_open_content(env);
	if (!c) {
		free(query);
		return EXIT_FAIL;
	}
	mem_activity(_("searching for '%s'"), query);
	long hits = content_search(c, query, (size_t)limit, print_hit, NULL, &err);
	content_close(c);
	int status = EXIT_OK;
	if (hits < 0) {
		cli_error("%s", err ? err : "?");
		free(err);
		status = EXIT_FAIL;
	} else if (hits == 0) {
		cli_error(_("nothing matches '%s'"), query);
		status = EXIT_FAIL;
	}
	free(query);
	return status;
}
