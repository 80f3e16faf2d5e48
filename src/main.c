/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cordial: global options, locale and paths, then dispatch to a command group. */
#include <errno.h>
#include <getopt.h>
#include <langinfo.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "i18n.h"
#include "mem.h"
#include "outfile.h"
#include "study.h"
#include "ui.h"

struct command {
	const char *name;
	cli_command_fn *run;
	const char *usage; /* not translated: command syntax */
	const char *help;  /* N_() */
	bool group;	   /* has subcommands, each with its own usage */
};

static cli_command_fn cli_keys;

static const struct command commands[] = {
	{ "handbook", cli_handbook, "handbook check|import|export|list ...",
	  N_("check, load, export and list handbooks"), true },
	{ "search", cli_search, "search QUERY", N_("find phrases in the loaded handbooks"), false },
	{ "learner", cli_learner, "learner add|list|study ...",
	  N_("add learners, list them, choose their lessons"), true },
	{ "study", cli_study, "study [--learner NAME] [--plain] ...",
	  N_("study what is due, one prompt a line"), false },
	{ "optimize", cli_optimize, "optimize [--learner NAME]",
	  N_("fit the scheduler to a learner's own reviews"), false },
	{ "class", cli_class, "class add|join|leave|list ...",
	  N_("group learners into classes"), true },
	{ "assign", cli_assign, "assign LESSON... --to L|--class C ...",
	  N_("assign lessons with a due date"), false },
	{ "assignments", cli_assignments, "assignments [--class C|--learner L]",
	  N_("list the assignments"), false },
	{ "unassign", cli_unassign, "unassign ID", N_("remove an assignment"), false },
	{ "report", cli_report, "report [--class C|--learner L] ...",
	  N_("progress of learners and classes: text, CSV or JSON"), false },
	{ "room", cli_room, "room init", N_("set up the training room on PostgreSQL"), true },
	{ "keys", cli_keys, "keys", N_("list the keys of the full-screen app"), false },
	{ "fsrs", cli_fsrs, "fsrs memory|schedule|optimize", N_("scheduler tools: replay reviews through FSRS"), true },
};

static int cli_keys(const struct cli_env *env, int argc, char **argv)
{
	(void)env;
	if (cli_wants_help(argc, argv)) {
		fputs(_("Usage: cordial keys\n"
			"List the keys of the full-screen app, screen by screen.\n"),
		      stdout);
		return EXIT_OK;
	}
	if (argc > 1) {
		cli_error(_("'keys' takes no arguments"));
		return EXIT_USAGE;
	}
	ui_print_keys(stdout);
	return EXIT_OK;
}

static void usage(FILE *out)
{
	fprintf(out, _("Usage: %s [OPTION]... [COMMAND [ARG]...]\n"), "cordial");
	fputs(_("Terminal phrasebook and courtesy trainer.  Without a command, the "
		"full-screen app starts.\n\n"),
	      out);
	fputs(_("Commands:\n"), out);
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		fprintf(out, "  %-40s %s\n", commands[i].usage, _(commands[i].help));
	fputs(_("\nOptions:\n"), out);
	fprintf(out, "  %-40s %s\n", "--content PATH", _("content database (handbooks)"));
	fprintf(out, "  %-40s %s\n", "--db PATH", _("training database (learners, progress)"));
	fprintf(out, "  %-40s %s\n", "-h, --help", _("show this help and exit"));
	fprintf(out, "  %-40s %s\n", "-V, --version", _("show the version and exit"));
	fputs(_("\nEach command has its own --help.  See cordial(1) and cordial-handbook(5).\n"),
	      out);
}

/* $XDG_DATA_HOME/cordial/NAME, or ~/.local/share/cordial/NAME. */
static char *data_path(const char *name)
{
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	if (xdg && *xdg)
		return xasprintf("%s/cordial/%s", xdg, name);
	return xasprintf("%s/.local/share/cordial/%s", home && *home ? home : ".", name);
}

static const char *env_or(const char *name, const char *fallback)
{
	const char *v = getenv(name);
	return v && *v ? v : fallback;
}

static void setup_locale(void)
{
	if (!setlocale(LC_ALL, ""))
		setlocale(LC_ALL, "C.UTF-8");
	/* Text is UTF-8 inside and out; widths need a UTF-8 LC_CTYPE. */
	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		setlocale(LC_CTYPE, "C.UTF-8");
	bindtextdomain("cordial", env_or("CORDIAL_LOCALEDIR", LOCALEDIR));
	bind_textdomain_codeset("cordial", "UTF-8");
	textdomain("cordial");
}

/* Output that never reached its file is a failure: standard output is flushed and
 * closed at exit, and an error there is a message and exit status 1. */
static void close_stdout(void)
{
	bool pending = __fpending(stdout) > 0, failed = ferror(stdout);
	errno = 0;
	if (fclose(stdout) != 0 && (pending || failed || errno != EBADF))
		failed = true;
	if (failed) {
		int e = errno ? errno : EIO;
		cli_error(_("cannot write to standard output: %s"), strerror(e));
		fflush(stderr);
		_exit(EXIT_FAIL);
	}
}

int main(int argc, char **argv)
{
	setup_locale();
	atexit(close_stdout);

	static const struct option options[] = {
		{ "content", required_argument, NULL, 'c' },
		{ "db", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	const char *content = NULL, *training = NULL;
	int opt;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "+hV", options, NULL)) != -1) {
		switch (opt) {
		case 'c':
			content = optarg;
			break;
		case 'd':
			training = optarg;
			break;
		case 'h':
			usage(stdout);
			return EXIT_OK;
		case 'V':
			printf("cordial %s\n", CORDIAL_VERSION);
			return EXIT_OK;
		default:
			cli_error(_("unknown option '%s'; try 'cordial --help'"), argv[optind - 1]);
			return EXIT_USAGE;
		}
	}

	if (!study_now_understood())
		cli_error(_("CORDIAL_NOW=%s is not a time cordial understands (write "
			    "2026-11-29T09:00:00Z, 2026-11-29T17:00:00+08:00 or milliseconds since "
			    "1970); the clock is used instead"),
			  getenv("CORDIAL_NOW"));

	char *default_content = data_path("content.db");
	char *default_training = data_path("training.db");
	struct cli_env env = {
		.content_path = content ? content : env_or("CORDIAL_CONTENT", default_content),
		.training_path = training ? training : env_or("CORDIAL_DB", default_training),
		.datadir = env_or("CORDIAL_DATADIR", PKGDATADIR),
	};

	/* Only the default per-user location is created on its own. */
	if (env.content_path == default_content)
		outfile_permit_create(default_content, true);
	if (env.training_path == default_training)
		outfile_permit_create(default_training, true);

	int status;
	if (optind >= argc) {
		mem_activity("%s", _("running the full-screen app"));
		status = ui_run(&env);
	} else {
		const char *name = argv[optind];
		const struct command *cmd = NULL;
		for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
			if (!strcmp(commands[i].name, name))
				cmd = &commands[i];
		if (!cmd) {
			cli_error(_("unknown command '%s'; try 'cordial --help'"), name);
			status = EXIT_USAGE;
		} else {
			int sub_argc = argc - optind;
			char **sub_argv = argv + optind; /* sub_argv[0] is the command's name */
			/* -h or --help anywhere among the options: the command (or
			 * subcommand) is asked for its usage alone, so that it answers
			 * before it opens anything. */
			char *help_argv[4] = { sub_argv[0] };
			if (cli_help_asked(sub_argc, sub_argv)) {
				int n = 1;
				if (cmd->group && sub_argc > 1 && sub_argv[1][0] != '-')
					help_argv[n++] = sub_argv[1];
				help_argv[n++] = (char *)"--help";
				sub_argc = n;
				sub_argv = help_argv;
			}
			/* Commands name what they do more closely where it matters. */
			mem_activity(_("running 'cordial %s'"), cmd->name);
			optind = 0; /* commands parse their own options with getopt again */
			status = cmd->run(&env, sub_argc, sub_argv);
		}
	}
	free(default_content);
	free(default_training);
	return status;
}
