/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Command-line front end: the command groups and what they share (paths, messages).
 *
 * Every command returns an exit status: 0 success, 1 failure (bad data, failed
 * checks), 2 usage error.  Messages go to stderr as "cordial: message". */
#ifndef CORDIAL_CLI_H
#define CORDIAL_CLI_H

#include <stdio.h>

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

/* Where the data lives, resolved once in main(). */
struct cli_env {
	const char *content_path;  /* --content, CORDIAL_CONTENT, $XDG_DATA_HOME/cordial/content.db */
	const char *training_path; /* --db, CORDIAL_DB, $XDG_DATA_HOME/cordial/training.db */
	const char *datadir;       /* shipped handbooks: CORDIAL_DATADIR or the installed folder */
};

typedef int cli_command_fn(const struct cli_env *env, int argc, char **argv);

cli_command_fn cli_handbook; /* cli-handbook.c: check, import, export, list */
cli_command_fn cli_search;   /* cli-search.c */
cli_command_fn cli_learner;  /* cli-learner.c: add, list, study */
cli_command_fn cli_study;    /* cli-study.c */
cli_command_fn cli_optimize; /* cli-study.c */

struct training;
struct learner;
/* The learner named (or, without a name, the only one); EXIT_OK or a status after
 * printing why not. */
int cli_learner_resolve(struct training *t, const char *name, struct learner *out);
cli_command_fn cli_fsrs;

/* "cordial: " + message on stderr; the message is formatted, then sanitized. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Writes text from a file or database to out, sanitized for the terminal. */
void cli_put(FILE *out, const char *text);
/* True when the command's arguments ask for help ("-h" or "--help" first). */
int cli_wants_help(int argc, char **argv);

#endif
