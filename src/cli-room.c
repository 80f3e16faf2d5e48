/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cordial room init: sets up (or migrates) the training room on PostgreSQL. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "outfile.h"
#include "training.h"

static void usage(FILE *out)
{
	fputs(_("Usage: cordial --db postgresql://... room init\n"), out);
	fputs(_("\n"
		"init   set up the training room in a PostgreSQL database, as its owner (a role\n"
		"       that may create roles): the schema, the group roles cordial_learner,\n"
		"       cordial_trainer and cordial_editor, their grants and the row-level\n"
		"       security policies; run again, it migrates the schema to this\n"
		"       version of cordial and renews the roles, grants and policies\n"
		"\n"
		"Then tie each login to a learner with 'cordial learner add NAME --user LOGIN'.\n"),
	      out);
}

static int room_init(const struct cli_env *env)
{
	char *err = NULL;
	if (!training_is_room(env->training_path)) {
		/* An SQLite file: created (room init is a command that creates) and migrated
		 * as every command does. */
		outfile_permit_create(env->training_path, false);
		struct training *t = cli_open_training(env);
		if (!t)
			return EXIT_FAIL;
		training_close(t);
		cli_warning(_("%s is an SQLite file: it trusts everyone who can write it; for a "
			      "training room shared by several people, give --db a PostgreSQL "
			      "connection URI (see cordial(1))"),
			    env->training_path);
		return EXIT_OK;
	}
	int from = 0, to = 0;
	if (training_room_init(env->training_path, &from, &to, &err)) {
		cli_error("%s", err ? err : "?");
		free(err);
		return EXIT_FAIL;
	}
	if (from == 0)
		printf(_("The training room is set up (schema version %d).\n"), to);
	else if (from < to)
		printf(_("The training room's schema is migrated from version %d to %d.\n"), from,
		       to);
	else
		printf(_("The training room is at schema version %d; its roles, grants and "
			 "policies are renewed.\n"),
		       to);
	return EXIT_OK;
}

int cli_room(const struct cli_env *env, int argc, char **argv)
{
	if (argc < 2 || cli_help_asked(argc, argv)) {
		usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? EXIT_USAGE : EXIT_OK;
	}
	if (!strcmp(argv[1], "init")) {
		if (argc > 2) {
			cli_error(_("'room init' takes no arguments"));
			return EXIT_USAGE;
		}
		return room_init(env);
	}
	cli_error(_("unknown room command '%s'; try 'cordial room --help'"), argv[1]);
	return EXIT_USAGE;
}
