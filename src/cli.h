/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Command-line front end: the command groups and what they share (paths, messages).
 *
 * Every command returns an exit status: 0 success, 1 failure (bad data, failed
 * checks), 2 usage error; running out of memory ends the program with 3 (mem.h).
 * Messages go to stderr as "cordial: message". */
#ifndef CORDIAL_CLI_H
#define CORDIAL_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "policy.h"
#include "training.h"

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

/* Where the data lives, resolved once in main(). */
struct cli_env {
	const char *content_path;  /* --content, CORDIAL_CONTENT, $XDG_DATA_HOME/cordial/content.db */
	const char *training_path; /* --db, CORDIAL_DB, $XDG_DATA_HOME/cordial/training.db */
	const char *datadir;       /* shipped handbooks: CORDIAL_DATADIR or the installed folder */
};

typedef int cli_command_fn(const struct cli_env *env, int argc, char **argv);

cli_command_fn cli_handbook; /* cli-handbook.c: check, import, export, list */
cli_command_fn cli_handbook_local; /* cli-local.c: handbook local */
cli_command_fn cli_search;   /* cli-search.c */
cli_command_fn cli_learner;  /* cli-learner.c: add, list, study */
cli_command_fn cli_study;    /* cli-study.c */
cli_command_fn cli_optimize; /* cli-study.c */
cli_command_fn cli_class;       /* cli-class.c: add, join, leave, list */
cli_command_fn cli_assign;      /* cli-class.c */
cli_command_fn cli_assignments; /* cli-class.c */
cli_command_fn cli_unassign;    /* cli-class.c */
cli_command_fn cli_report;      /* cli-report.c */
cli_command_fn cli_room;        /* cli-room.c: init */

/* The learner named (or, without a name, the only one, or the one tied to the login
 * running cordial, who cannot name another); EXIT_OK or a status after printing why
 * not. */
int cli_learner_resolve(struct training *t, const char *name, struct learner *out);
cli_command_fn cli_fsrs;

/* Who is at the keyboard (policy_load): 0, or -1 after printing the error. */
int cli_policy(struct training *t, struct policy *p);
/* Whether whoever runs cordial may do `act` to learner `on` (policy_may; *p, when not
 * NULL, receives who is at the keyboard): 1 yes; 0 no, with *ask set to whom to ask
 * (malloc'd, for the refusal); -1 after printing an error. */
int cli_may(struct training *t, enum policy_act act, const struct learner *on, struct policy *p,
	    char **ask);
/* The databases opened for a command, or NULL after printing why not.  The content
 * database is read-only; the shipped handbooks are brought in first when it can
 * be written. */
struct training *cli_open_training(const struct cli_env *env);
struct content *cli_open_content(const struct cli_env *env);
/* When neither the content database nor the shipped handbooks are there (a build
 * that is not installed), says what is missing and the ways out, and returns true. */
bool cli_content_missing(const struct cli_env *env);
/* Brings the shipped handbooks into the content database when it may be written;
 * a failure is only a warning (cli.c). */
void cli_sync_shipped(const struct cli_env *env);
/* A table for the terminal (cli-report.c): cells are copied sanitized, the first
 * row is the heading; columns are padded by display width, two spaces apart, and
 * the columns whose bit is set in `right` are aligned right. */
#define CLI_TABLE_MAX 16
struct cli_table {
	size_t ncols, nrows, cap;
	char **cells;
	unsigned right;
};
void cli_table_add(struct cli_table *tb, const char *const *cells);
void cli_table_print(const struct cli_table *tb, FILE *out);
void cli_table_free(struct cli_table *tb);

/* "learner", "trainer", "editor" or "trainer,editor": never translated. */
const char *cli_roles_text(const struct learner *l);

/* "cordial: " + message on stderr; the message is formatted, then sanitized. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Writes text from a file or database to out, sanitized for the terminal. */
void cli_put(FILE *out, const char *text);
/* Writes a field of a line-oriented output (TSV, search results): escaped with
 * text_field, so that a tab or line break inside never splits a record. */
void cli_put_field(FILE *out, const char *text);
/* Checks a name or note typed on the command line by the rules of handbook values
 * (text_check_value); false after an error naming `what` and the character. */
bool cli_valid_text(const char *what, const char *s);
/* True when the command's arguments ask for help ("-h" or "--help" first). */
int cli_wants_help(int argc, char **argv);
/* True when "-h" or "--help" is among argv[1..] before a "--". */
int cli_help_asked(int argc, char **argv);
/* The operands of a command that takes no options: argv[1..argc-1], where a first
 * "--" (removed) ends the options, so that a name may begin with '-' after it; any
 * other word beginning with '-' before it is refused.  Returns the new argc (argv[0]
 * kept), or -1 after printing a usage error that points to 'cordial CMD --help'. */
int cli_operands(int argc, char **argv, const char *cmd);

#endif
