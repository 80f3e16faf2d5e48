/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the command groups: messages and sanitized output. */
#include "cli.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "content.h"
#include "i18n.h"
#include "mem.h"
#include "outfile.h"
#include "import.h"
#include "text.h"
#include "training.h"

static void vmessage(const char *prefix, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
static void vmessage(const char *prefix, const char *fmt, va_list ap)
{
	char *msg = xvasprintf(fmt, ap);
	char *safe = text_sanitize_lines(msg, strlen(msg));
	fprintf(stderr, "cordial: %s%s\n", prefix, safe);
	free(safe);
	free(msg);
}

void cli_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmessage("", fmt, ap);
	va_end(ap);
}

void cli_warning(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	/* TRANSLATORS: prefix of a warning message on the command line */
	vmessage(_("warning: "), fmt, ap);
	va_end(ap);
}

void cli_put(FILE *out, const char *text)
{
	if (!text)
		return;
	char *safe = text_sanitize_lines(text, strlen(text));
	fputs(safe ? safe : "", out);
	free(safe);
}

int cli_wants_help(int argc, char **argv)
{
	return argc > 1 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"));
}

int cli_help_asked(int argc, char **argv)
{
	for (int i = 1; i < argc && strcmp(argv[i], "--"); i++)
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help"))
			return 1;
	return 0;
}

int cli_operands(int argc, char **argv, const char *cmd)
{
	int n = 1, i = 1;
	for (; i < argc && strcmp(argv[i], "--"); i++) {
		if (argv[i][0] == '-' && argv[i][1]) {
			cli_error(_("unknown option '%s' for '%s'; a name that begins with '-' goes "
				    "after '--'; try 'cordial %s --help'"),
				  argv[i], cmd, cmd);
			return -1;
		}
		argv[n++] = argv[i];
	}
	if (i < argc) /* "--" */
		for (i++; i < argc; i++)
			argv[n++] = argv[i];
	return n;
}

void cli_sync_shipped(const struct cli_env *env)
{
	char *err = NULL;
	if (import_shipped(env->content_path, env->datadir, &err)) {
		cli_warning("%s", err ? err : "?");
		free(err);
	}
}

bool cli_content_missing(const struct cli_env *env)
{
	struct stat sb;
	/* A content database named by the user and missing is the open's to report. */
	if (stat(env->content_path, &sb) == 0 || !outfile_create_permitted(env->content_path))
		return false;
	char *seed = xasprintf("%s/content.db", env->datadir);
	char *dir = xasprintf("%s/handbooks", env->datadir);
	bool shipped = stat(seed, &sb) == 0 || stat(dir, &sb) == 0;
	free(seed);
	free(dir);
	if (shipped)
		return false;
	cli_error(_("there is no content database at %s, and the shipped handbooks are not in "
		    "%s, where 'make install' puts them.  Install cordial with 'make install', "
		    "run it from the build with make run RUN_ARGS='COMMAND...', or set "
		    "CORDIAL_DATADIR to the build's share/cordial folder (or name a content "
		    "database with --content)"),
		  env->content_path, env->datadir);
	return true;
}

struct content *cli_open_content(const struct cli_env *env)
{
	char *err = NULL;
	cli_sync_shipped(env);
	struct content *c = content_open(env->content_path, false, &err);
	if (!c && !cli_content_missing(env))
		cli_error("%s", err ? err : "?");
	free(err);
	return c;
}

struct training *cli_open_training(const struct cli_env *env)
{
	char *err = NULL;
	struct training *t = training_open(env->training_path, &err);
	if (!t) {
		cli_error("%s", err ? err : "?");
		free(err);
	}
	return t;
}

int cli_policy(struct training *t, struct policy *p)
{
	char *err = NULL;
	if (!policy_load(t, p, &err))
		return 0;
	cli_error("%s", err ? err : "?");
	free(err);
	return -1;
}

int cli_may(struct training *t, enum policy_act act, const struct learner *on, struct policy *p,
	    char **ask)
{
	char *err = NULL;
	int may = policy_may(t, act, on, NULL, p, ask, &err);
	if (may < 0) {
		cli_error("%s", err ? err : "?");
		free(err);
	}
	return may;
}

void cli_put_field(FILE *out, const char *text)
{
	char *safe = text_field(text ? text : "", text ? strlen(text) : 0);
	fputs(safe ? safe : "", out);
	free(safe);
}

bool cli_valid_text(const char *what, const char *s)
{
	uint32_t c;
	size_t off;
	switch (text_check_value(s, strlen(s), 0, &c, &off)) {
	case TEXT_FINE:
		return true;
	case TEXT_BAD_UTF8:
		cli_error(_("%s is not valid UTF-8 text"), what);
		break;
	case TEXT_CONTROL:
		cli_error(_("%s holds the control character U+%04X (remove it)"), what,
			  (unsigned)c);
		break;
	case TEXT_BIDI:
		cli_error(_("%s holds the bidirectional override U+%04X (remove it)"), what,
			  (unsigned)c);
		break;
	case TEXT_INVISIBLE:
		cli_error(_("%s holds the invisible character U+%04X (remove it)"), what,
			  (unsigned)c);
		break;
	case TEXT_UNASSIGNED:
		cli_error(_("%s holds the unassigned or private-use character U+%04X (remove it)"),
			  what, (unsigned)c);
		break;
	case TEXT_OVERWIDE:
		cli_error(_("%s holds the character U+%04X, drawn far wider than one column in a "
			    "terminal (remove it)"),
			  what, (unsigned)c);
		break;
	}
	return false;
}
