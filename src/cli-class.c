/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cordial class, assign, assignments, unassign: classes and the lessons assigned to them. */
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "classes.h"
#include "cli.h"
#include "content.h"
#include "hb.h"
#include "i18n.h"
#include "mem.h"
#include "report.h"
#include "study.h"
#include "text.h"
#include "training.h"

static void class_usage(FILE *out)
{
	fputs(_("Usage: cordial class add NAME\n"
		"       cordial class join CLASS LEARNER...\n"
		"       cordial class leave CLASS LEARNER...\n"
		"       cordial class list [CLASS] [--format text|tsv]\n"
		"\n"
		"add    add a class\n"
		"join   put learners in a class; the class's assignments apply to them\n"
		"leave  take learners out of a class; their cards and answers stay\n"
		"list   show the classes with their numbers of members and assignments,\n"
		"       or the members of one class\n"),
	      out);
}

static void assign_usage(FILE *out)
{
	fputs(_("Usage: cordial assign HANDBOOK[/LESSON]... (--to LEARNER | --class CLASS)\n"
		"                      [--due YYYY-MM-DD] [--note TEXT]\n"
		"       cordial assignments [--class CLASS | --learner NAME] [--format text|tsv]\n"
		"       cordial unassign ID\n"
		"\n"
		"assign       give lessons (or whole handbooks) to a learner or a class, with a\n"
		"             due date; a class's assignments apply to everyone in it, also\n"
		"             to those who join later; assigning the same lesson again changes\n"
		"             its due date and note\n"
		"assignments  list the assignments: all, a class's, or those that apply to a\n"
		"             learner (their own and their classes')\n"
		"unassign     remove an assignment; the cards already studied stay\n"),
	      out);
}

/* EXIT_OK when whoever runs cordial may do the work (seeing a class, or others'
 * assignments, is seeing everyone's); else refuses, naming the trainers to ask,
 * and returns EXIT_FAIL. */
static int need_trainer(struct training *t, enum classes_work work)
{
	char *ask = NULL;
	bool seeing = work == CLASSES_SHOW || work == CLASSES_SHOW_OTHERS;
	int may = cli_may(t, seeing ? POLICY_SEE : POLICY_TRAIN, NULL, NULL, &ask);
	if (may > 0)
		return EXIT_OK;
	if (may == 0) {
		char *msg = classes_refusal(work, ask);
		cli_error("%s", msg);
		free(msg);
	}
	free(ask);
	return EXIT_FAIL;
}

/* --format text|tsv (or --format=...) as the only option besides positional
 * arguments, which are collected into args; -1 after printing a usage error. */
static int parse_format(int argc, char **argv, bool *tsv, char **args, int *nargs, int max)
{
	*tsv = false;
	*nargs = 0;
	bool operands = false; /* after "--" */
	for (int i = 1; i < argc; i++) {
		const char *value = NULL;
		if (!operands && !strcmp(argv[i], "--")) {
			operands = true;
			continue;
		}
		if (!operands && !strcmp(argv[i], "--format") && i + 1 < argc)
			value = argv[++i];
		else if (!operands && !strncmp(argv[i], "--format=", 9))
			value = argv[i] + 9;
		else if (!operands && argv[i][0] == '-' && argv[i][1]) {
			cli_error(_("unknown option '%s'; the only one here is --format text|tsv"),
				  argv[i]);
			return -1;
		} else if (*nargs < max) {
			args[(*nargs)++] = argv[i];
			continue;
		} else {
			cli_error(_("too many arguments for '%s'"), argv[0]);
			return -1;
		}
		if (strcmp(value, "text") && strcmp(value, "tsv")) {
			cli_error(_("--format is text or tsv, not '%s'"), value);
			return -1;
		}
		*tsv = !strcmp(value, "tsv");
	}
	return 0;
}

/* The class named, or EXIT_FAIL after saying there is none. */
static int find_class(struct training *t, const char *name, struct class_row *c)
{
	char *err = NULL;
	int found = training_class_find(t, name, c, &err);
	if (found < 0) {
		cli_error("%s", err ? err : "?");
		free(err);
	} else if (!found)
		cli_error(_("there is no class '%s'; see 'cordial class list'"), name);
	return found > 0 ? EXIT_OK : EXIT_FAIL;
}

static int find_learner(struct training *t, const char *name, struct learner *l)
{
	char *err = NULL;
	int found = training_learner_find(t, name, l, &err);
	if (found < 0) {
		cli_error("%s", err ? err : "?");
		free(err);
	} else if (!found)
		cli_error(_("there is no learner '%s'; see 'cordial learner list'"), name);
	return found > 0 ? EXIT_OK : EXIT_FAIL;
}

/* Commits, or rolls back when the status is not EXIT_OK or the commit fails. */
static int finish(struct training *t, int status)
{
	char *err = NULL;
	if (status == EXIT_OK && training_commit(t, &err)) {
		cli_error("%s", err ? err : "?");
		free(err);
		status = EXIT_FAIL;
	}
	if (status != EXIT_OK)
		training_rollback(t);
	return status;
}

static int begin(struct training *t)
{
	char *err = NULL;
	if (!training_begin(t, &err))
		return EXIT_OK;
	cli_error("%s", err ? err : "?");
	free(err);
	return EXIT_FAIL;
}

/* ---------------------------------------------------------------- class */

static int class_add(struct training *t, int argc, char **argv)
{
	if (argc != 2) {
		cli_error(_("'class add' takes one name; try 'cordial class --help'"));
		return EXIT_USAGE;
	}
	if (!cli_valid_text(_("a class's name"), argv[1]))
		return EXIT_USAGE;
	if (!classes_name_ok(argv[1])) {
		cli_error("%s", classes_name_rule());
		return EXIT_USAGE;
	}
	int status = need_trainer(t, CLASSES_ADD);
	if (status != EXIT_OK)
		return status;
	char *err = NULL;
	int64_t id;
	int rc = training_class_add(t, argv[1], study_now(), &id, &err);
	if (rc < 0) {
		cli_error("%s", err ? err : "?");
		free(err);
		return EXIT_FAIL;
	}
	if (rc == 1) {
		cli_error(_("there is already a class named '%s'"), argv[1]);
		return EXIT_FAIL;
	}
	char *name = text_sanitize(argv[1], strlen(argv[1]));
	printf(_("Added class %s.\n"), name);
	free(name);
	return EXIT_OK;
}

/* join and leave: all the learners or none. */
static int class_members(struct training *t, int argc, char **argv, bool join)
{
	if (argc < 3) {
		cli_error(_("'class %s' needs a class and at least one learner; try 'cordial "
			    "class --help'"),
			  argv[0]);
		return EXIT_USAGE;
	}
	int status = need_trainer(t, CLASSES_MEMBERS);
	struct class_row c;
	if (status == EXIT_OK)
		status = find_class(t, argv[1], &c);
	if (status == EXIT_OK)
		status = begin(t);
	if (status != EXIT_OK)
		return status;
	long changed = 0;
	int64_t now = study_now();
	for (int i = 2; i < argc && status == EXIT_OK; i++) {
		struct learner l;
		status = find_learner(t, argv[i], &l);
		if (status != EXIT_OK)
			break;
		char *err = NULL;
		int rc = join ? training_class_join(t, c.id, l.id, now, &err)
			      : training_class_leave(t, c.id, l.id, &err);
		if (rc < 0) {
			cli_error("%s", err ? err : "?");
			free(err);
			status = EXIT_FAIL;
		}
		changed += rc > 0;
	}
	status = finish(t, status);
	if (status != EXIT_OK)
		return status;
	char *name = text_sanitize(c.name, strlen(c.name));
	if (join)
		printf(ngettext("%ld learner joined class %s.\n", "%ld learners joined class %s.\n",
				(unsigned long)changed),
		       changed, name);
	else
		printf(ngettext("%ld learner left class %s.\n", "%ld learners left class %s.\n",
				(unsigned long)changed),
		       changed, name);
	free(name);
	return EXIT_OK;
}

static int class_list(struct training *t, int argc, char **argv)
{
	bool tsv;
	char *args[1];
	int nargs;
	if (parse_format(argc, argv, &tsv, args, &nargs, 1))
		return EXIT_USAGE;
	char *err = NULL;
	if (nargs == 1) {
		struct class_row c;
		int status = need_trainer(t, CLASSES_SHOW);
		if (status == EXIT_OK)
			status = find_class(t, args[0], &c);
		if (status != EXIT_OK)
			return status;
		struct learner *members = NULL;
		struct training_scope scope = { .class_id = c.id };
		long n = training_learners_in(t, &scope, &members, &err);
		if (n < 0) {
			cli_error("%s", err ? err : "?");
			free(err);
			return EXIT_FAIL;
		}
		/* By name, as the learner list is. */
		for (long i = 1; i < n; i++)
			for (long j = i; j > 0 && strcmp(members[j - 1].name, members[j].name) > 0;
			     j--) {
				struct learner tmp = members[j];
				members[j] = members[j - 1];
				members[j - 1] = tmp;
			}
		struct cli_table tb = { .ncols = 4 };
		const char *heads[] = { _("NAME"), _("NATIVE"), _("TARGET"), _("USER") };
		cli_table_add(&tb, heads);
		for (long i = 0; i < n; i++) {
			const struct learner *l = &members[i];
			if (tsv) {
				cli_put_field(stdout, l->name);
				printf("\t%s\t%s\t", l->native, l->target);
				cli_put_field(stdout, l->login);
				putchar('\n');
			} else {
				const char *cells[] = { l->name, l->native, l->target,
							*l->login ? l->login : "-" };
				cli_table_add(&tb, cells);
			}
		}
		if (!tsv && n)
			cli_table_print(&tb, stdout);
		cli_table_free(&tb);
		if (!n && !tsv) {
			char *name = text_sanitize(c.name, strlen(c.name));
			printf(_("Nobody is in class %s yet: add learners with 'cordial class join "
				 "CLASS LEARNER...'.\n"),
			       name);
			free(name);
		}
		free(members);
		return EXIT_OK;
	}
	/* One who may not see everyone sees the classes they are in. */
	struct policy p;
	if (cli_policy(t, &p))
		return EXIT_FAIL;
	struct class_row *rows = NULL;
	long n = training_classes(t, policy_allows(&p, POLICY_SEE, NULL, NULL) ? 0 : p.self.id, &rows,
				  &err);
	if (n < 0) {
		cli_error("%s", err ? err : "?");
		free(err);
		return EXIT_FAIL;
	}
	struct cli_table tb = { .ncols = 3, .right = 6 };
	const char *heads[] = { _("NAME"), _("MEMBERS"), _("ASSIGNMENTS") };
	cli_table_add(&tb, heads);
	for (long i = 0; i < n; i++) {
		char members[24], assignments[24];
		snprintf(members, sizeof members, "%ld", rows[i].members);
		snprintf(assignments, sizeof assignments, "%ld", rows[i].assignments);
		if (tsv) {
			cli_put_field(stdout, rows[i].name);
			printf("\t%s\t%s\n", members, assignments);
		} else {
			const char *cells[] = { rows[i].name, members, assignments };
			cli_table_add(&tb, cells);
		}
	}
	if (!tsv && n)
		cli_table_print(&tb, stdout);
	cli_table_free(&tb);
	if (!n && !tsv)
		printf(_("No classes yet: add one with 'cordial class add NAME'.\n"));
	free(rows);
	return EXIT_OK;
}

int cli_class(const struct cli_env *env, int argc, char **argv)
{
	if (argc < 2 || cli_wants_help(argc, argv)) {
		class_usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? EXIT_USAGE : EXIT_OK;
	}
	const char *sub = argv[1];
	if (strcmp(sub, "add") && strcmp(sub, "join") && strcmp(sub, "leave") &&
	    strcmp(sub, "list")) {
		cli_error(_("unknown command 'class %s'; try 'cordial class --help'"), sub);
		return EXIT_USAGE;
	}
	if (cli_wants_help(argc - 1, argv + 1)) {
		class_usage(stdout);
		return EXIT_OK;
	}
	char what[16];
	snprintf(what, sizeof what, "class %s", sub);
	if (strcmp(sub, "list")) { /* names only: one that begins with '-' after "--" */
		int n = cli_operands(argc - 1, argv + 1, what);
		if (n < 0)
			return EXIT_USAGE;
		argc = n + 1;
	}
	struct training *t = cli_open_training(env);
	if (!t)
		return EXIT_FAIL;
	int status;
	if (!strcmp(sub, "add"))
		status = class_add(t, argc - 1, argv + 1);
	else if (!strcmp(sub, "list"))
		status = class_list(t, argc - 1, argv + 1);
	else
		status = class_members(t, argc - 1, argv + 1, !strcmp(sub, "join"));
	training_close(t);
	return status;
}

/* ---------------------------------------------------------------- assign */

/* Checks "handbook" or "handbook/lesson" against the content database and fills
 * the assignment's handbook and lesson; EXIT_OK or EXIT_FAIL after saying why. */
static int check_lesson(const struct cli_env *env, struct content *c, const char *spec,
			struct assignment *a)
{
	char *msg = NULL;
	if (!classes_lesson_check(c, env->content_path, spec, a, &msg))
		return EXIT_OK;
	cli_error("%s", msg ? msg : "?");
	free(msg);
	return EXIT_FAIL;
}

static void print_assigned(const struct assignment *a, const char *to, bool replaced)
{
	char what[160];
	if (*a->lesson)
		snprintf(what, sizeof what, "%s/%s", a->handbook, a->lesson);
	else
		snprintf(what, sizeof what, "%s", a->handbook);
	char *safe = text_sanitize(to, strlen(to));
	char *safe_what = text_sanitize(what, strlen(what));
	snprintf(what, sizeof what, "%s", safe_what);
	free(safe_what);
	long long id = a->id;
	if (a->class_id && *a->due_day)
		printf(_("Assignment %lld: %s for class %s, due %s.\n"), id, what, safe,
		       a->due_day);
	else if (a->class_id)
		printf(_("Assignment %lld: %s for class %s, no due date.\n"), id, what, safe);
	else if (*a->due_day)
		printf(_("Assignment %lld: %s for %s, due %s.\n"), id, what, safe, a->due_day);
	else
		printf(_("Assignment %lld: %s for %s, no due date.\n"), id, what, safe);
	if (replaced)
		printf(_("  (It was assigned already: the due date or note given replaces the "
			 "old one.)\n"));
	free(safe);
}

int cli_assign(const struct cli_env *env, int argc, char **argv)
{
	static const struct option options[] = {
		{ "to", required_argument, NULL, 't' },	  { "class", required_argument, NULL, 'c' },
		{ "due", required_argument, NULL, 'd' },  { "note", required_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },	  { NULL, 0, NULL, 0 },
	};
	const char *to = NULL, *class_name = NULL, *due = NULL, *note = NULL;
	int opt;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		switch (opt) {
		case 't': to = optarg; break;
		case 'c': class_name = optarg; break;
		case 'd': due = optarg; break;
		case 'n': note = optarg; break;
		case 'h': assign_usage(stdout); return EXIT_OK;
		default:
			cli_error(_("unknown option '%s' for 'assign'; try 'cordial assign "
				    "--help'"),
				  argv[optind - 1]);
			return EXIT_USAGE;
		}
	}
	if (optind >= argc || !to == !class_name) {
		cli_error(_("'assign' needs lessons and either --to LEARNER or --class CLASS; try "
			    "'cordial assign --help'"));
		return EXIT_USAGE;
	}
	int64_t now = study_now();
	int due_check = due ? classes_due_check(due, now) : 0;
	if (due_check < 0) {
		cli_error(_("--due needs a date such as 2026-12-31, not '%s'"), due);
		return EXIT_USAGE;
	}
	struct assignment a = { 0 };
	if (note && !cli_valid_text(_("a note"), note))
		return EXIT_USAGE;
	if (note && !classes_note_ok(note)) {
		cli_error("%s", classes_note_rule());
		return EXIT_USAGE;
	}
	snprintf(a.due_day, sizeof a.due_day, "%s", due ? due : "");
	snprintf(a.note, sizeof a.note, "%s", note ? note : "");

	struct training *t = cli_open_training(env);
	if (!t)
		return EXIT_FAIL;
	int status = need_trainer(t, CLASSES_ASSIGN);
	struct learner l;
	struct class_row c;
	if (status == EXIT_OK && to) {
		status = find_learner(t, to, &l);
		a.learner = l.id;
	} else if (status == EXIT_OK) {
		status = find_class(t, class_name, &c);
		a.class_id = c.id;
	}
	struct content *content = status == EXIT_OK ? cli_open_content(env) : NULL;
	if (status == EXIT_OK && !content)
		status = EXIT_FAIL;
	if (status == EXIT_OK)
		status = begin(t);
	if (status != EXIT_OK) {
		content_close(content);
		training_close(t);
		return status;
	}
	size_t n = (size_t)(argc - optind);
	struct assignment *done = xcalloc(n, sizeof *done);
	bool *replaced = xcalloc(n, sizeof *replaced);
	for (size_t i = 0; i < n && status == EXIT_OK; i++) {
		done[i] = a;
		status = check_lesson(env, content, argv[optind + (int)i], &done[i]);
		if (status != EXIT_OK)
			break;
		char *err = NULL;
		int rc = training_assignment_add(t, &done[i], now, &err);
		if (rc < 0) {
			cli_error("%s", err ? err : "?");
			free(err);
			status = EXIT_FAIL;
		}
		replaced[i] = rc == 1;
	}
	status = finish(t, status);
	if (status == EXIT_OK) {
		if (due_check > 0)
			cli_warning(_("the due date %s has already passed"), due);
		for (size_t i = 0; i < n; i++)
			print_assigned(&done[i], to ? l.name : c.name, replaced[i]);
	}
	free(done);
	free(replaced);
	content_close(content);
	training_close(t);
	return status;
}

/* ---------------------------------------------------------------- assignments */

int cli_assignments(const struct cli_env *env, int argc, char **argv)
{
	if (cli_wants_help(argc, argv)) {
		assign_usage(stdout);
		return EXIT_OK;
	}
	const char *class_name = NULL, *learner_name = NULL;
	bool tsv = false;
	for (int i = 1; i < argc; i++) {
		const char **target = !strcmp(argv[i], "--class")     ? &class_name
				      : !strcmp(argv[i], "--learner") ? &learner_name
								      : NULL;
		if ((target || !strcmp(argv[i], "--format")) && i + 1 < argc) {
			const char *value = argv[++i];
			if (target)
				*target = value;
			else if (!strcmp(value, "tsv") || !strcmp(value, "text"))
				tsv = !strcmp(value, "tsv");
			else {
				cli_error(_("--format is text or tsv, not '%s'"), value);
				return EXIT_USAGE;
			}
			continue;
		}
		cli_error(_("'assignments' takes --class CLASS or --learner NAME, and --format "
			    "text|tsv; try 'cordial assign --help'"));
		return EXIT_USAGE;
	}
	if (class_name && learner_name) {
		cli_error(_("'assignments' takes --class or --learner, not both"));
		return EXIT_USAGE;
	}
	struct training *t = cli_open_training(env);
	if (!t)
		return EXIT_FAIL;
	struct learner l;
	struct class_row c;
	struct policy p;
	int64_t learner = 0, class_id = 0;
	int status = cli_policy(t, &p) ? EXIT_FAIL : EXIT_OK;
	bool everyone = status == EXIT_OK && policy_allows(&p, POLICY_SEE, NULL, NULL);
	if (status == EXIT_OK && !everyone) {
		/* Their own only: the others are refused before anything is said of
		 * them. */
		if (class_name || (learner_name && strcmp(learner_name, p.self.name)))
			status = need_trainer(t, CLASSES_SHOW_OTHERS);
		learner = p.self.id;
	} else if (status == EXIT_OK && learner_name) {
		status = find_learner(t, learner_name, &l);
		learner = l.id;
	} else if (status == EXIT_OK && class_name) {
		status = find_class(t, class_name, &c);
		class_id = c.id;
	}
	struct assignment *list = NULL;
	long n = 0;
	if (status == EXIT_OK) {
		char *err = NULL;
		n = training_assignments(t, learner, class_id, &list, &err);
		if (n < 0) {
			cli_error("%s", err ? err : "?");
			free(err);
			status = EXIT_FAIL;
		}
	}
	training_close(t);
	if (status != EXIT_OK)
		return status;
	struct cli_table tb = { .ncols = 6, .right = 1 };
	const char *heads[] = { _("ID"),      _("LESSON"), _("CLASS"),
				_("LEARNER"), _("DUE"),	   _("NOTE") };
	cli_table_add(&tb, heads);
	for (long i = 0; i < n; i++) {
		const struct assignment *a = &list[i];
		if (tsv) {
			printf("%lld\t", (long long)a->id);
			const char *fields[] = { a->class_name, a->learner_name, a->handbook,
						 a->lesson,	a->due_day,	a->note };
			for (size_t k = 0; k < 6; k++) {
				cli_put_field(stdout, fields[k]);
				putchar(k < 5 ? '\t' : '\n');
			}
			continue;
		}
		char id[24], what[160];
		snprintf(id, sizeof id, "%lld", (long long)a->id);
		if (*a->lesson)
			snprintf(what, sizeof what, "%s/%s", a->handbook, a->lesson);
		else
			snprintf(what, sizeof what, "%s", a->handbook);
		const char *cells[] = { id,
					what,
					*a->class_name ? a->class_name : "-",
					*a->learner_name ? a->learner_name : "-",
					*a->due_day ? a->due_day : "-",
					a->note };
		cli_table_add(&tb, cells);
	}
	if (!tsv && n)
		cli_table_print(&tb, stdout);
	cli_table_free(&tb);
	if (!n && !tsv)
		printf(_("No assignments.\n"));
	free(list);
	return EXIT_OK;
}

/* ---------------------------------------------------------------- unassign */

int cli_unassign(const struct cli_env *env, int argc, char **argv)
{
	if (cli_wants_help(argc, argv)) {
		assign_usage(stdout);
		return EXIT_OK;
	}
	if ((argc = cli_operands(argc, argv, "unassign")) < 0)
		return EXIT_USAGE;
	char *end = NULL;
	long long id = argc == 2 ? strtoll(argv[1], &end, 10) : 0;
	if (argc != 2 || !*argv[1] || *end || id <= 0) {
		cli_error(_("'unassign' takes the number of an assignment; see 'cordial "
			    "assignments'"));
		return EXIT_USAGE;
	}
	struct training *t = cli_open_training(env);
	if (!t)
		return EXIT_FAIL;
	int status = need_trainer(t, CLASSES_UNASSIGN);
	struct assignment a;
	char *err = NULL;
	if (status == EXIT_OK) {
		int found = training_assignment_get(t, id, &a, &err);
		if (found < 0) {
			cli_error("%s", err ? err : "?");
			free(err);
			status = EXIT_FAIL;
		} else if (!found) {
			cli_error(_("there is no assignment %lld; see 'cordial assignments'"), id);
			status = EXIT_FAIL;
		}
	}
	if (status == EXIT_OK && training_assignment_delete(t, id, &err)) {
		cli_error("%s", err ? err : "?");
		free(err);
		status = EXIT_FAIL;
	}
	if (status == EXIT_OK) {
		char what[160];
		if (*a.lesson)
			snprintf(what, sizeof what, "%s/%s", a.handbook, a.lesson);
		else
			snprintf(what, sizeof what, "%s", a.handbook);
		char *to = a.class_id ? a.class_name : a.learner_name;
		char *safe = text_sanitize(to, strlen(to));
		char *safe_what = text_sanitize(what, strlen(what));
		if (a.class_id)
			printf(_("Removed assignment %lld: %s for class %s.\n"), id, safe_what,
			       safe);
		else
			printf(_("Removed assignment %lld: %s for %s.\n"), id, safe_what, safe);
		free(safe_what);
		free(safe);
	}
	training_close(t);
	return status;
}
