/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cordial learner add|list|study: who studies, in which languages, which lessons. */
#include <getopt.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "content.h"
#include "hb.h"
#include "i18n.h"
#include "langs.h"

#include "mem.h"
#include "outfile.h"
#include "plain.h"
#include "study.h"
#include "text.h"
#include "training.h"

static void usage(FILE *out)
{
	fputs(_("Usage: cordial learner add NAME [--native LANG] [--target LANG] [--role ROLE]\n"
		"                          [--user LOGIN] [--study HANDBOOK[/LESSON]]...\n"
		"       cordial learner list [--format text|tsv]\n"
		"       cordial learner study NAME HANDBOOK[/LESSON]...\n"),
	      out);
	fputs(_("\n"
		"add    add a learner; the native language defaults to the locale's when a\n"
		"       handbook offers it, else to the handbooks' own (zh); the target\n"
		"       language defaults to en and must be one the handbooks offer; ROLE is\n"
		"       learner (the default), trainer, editor or trainer,editor; LOGIN ties\n"
		"       the learner to a user of this machine, who then studies as this\n"
		"       learner and cannot act as another one\n"
		"list   show the learners with their languages and settings\n"
		"study  add lessons (or whole handbooks) to what a learner studies\n"
		"\n"
		"The first learner of a new training database is its trainer and editor.\n"),
	      out);
}

/* The languages the loaded handbooks offer (none when there is no content database
 * to read). */
static void offered_langs(const struct cli_env *env, struct langs *l)
{
	char *err = NULL;
	memset(l, 0, sizeof *l);
	cli_sync_shipped(env);
	struct content *c = content_open(env->content_path, false, &err);
	if (c && langs_offered(c, l, &err))
		memset(l, 0, sizeof *l);
	free(err);
	content_close(c);
}

static void copy_learner(const struct learner *l, void *out)
{
	*(struct learner *)out = *l;
}

const char *cli_roles_text(const struct learner *l)
{
	if (l->role == ROLE_TRAINER && l->editor)
		return "trainer,editor";
	return training_role_name(l->role);
}

int cli_learner_resolve(struct training *t, const char *name, struct learner *out)
{
	char *err = NULL;
	struct policy p;
	if (cli_policy(t, &p))
		return EXIT_FAIL;
	if (p.tied) {
		if (name && strcmp(name, p.self.name)) {
			/* A login tied to the wrong learner is a trainer's to untie. */
			char *ask = policy_whom_to_ask(t, POLICY_STUDY, &err);
			if (ask)
				cli_error(_("you are learner '%s' on this machine (user %s), and "
					    "cordial does not act as another learner; if that is not "
					    "you, ask %s"),
					  p.self.name, p.login, ask);
			else
				cli_error("%s", err ? err : "?");
			free(ask);
			free(err);
			return EXIT_FAIL;
		}
		*out = p.self;
		return EXIT_OK;
	}
	if (name) {
		int found = training_learner_find(t, name, out, &err);
		if (found < 0) {
			cli_error("%s", err ? err : "?");
			free(err);
			return EXIT_FAIL;
		}
		if (!found) {
			cli_error(_("there is no learner '%s'; see 'cordial learner list'"), name);
			return EXIT_FAIL;
		}
		return EXIT_OK;
	}
	long n = training_learner_count(t, &err);
	if (n < 0) {
		cli_error("%s", err ? err : "?");
		free(err);
		return EXIT_FAIL;
	}
	if (n == 0) {
		cli_error(_("there is no learner yet: add one with 'cordial learner add NAME'"));
		return EXIT_FAIL;
	}
	if (n > 1) {
		cli_error(_("there are several learners: say which with --learner NAME"));
		return EXIT_USAGE;
	}
	/* The only learner. */
	if (training_learner_each(t, copy_learner, out, &err)) {
		cli_error("%s", err ? err : "?");
		free(err);
		return EXIT_FAIL;
	}
	return EXIT_OK;
}

/* "handbook" or "handbook/lesson", checked against the content database. */
/* Chooses the lesson (or every lesson of the handbook) one millisecond after
 * another from *now, so that they are studied in the order given. */
static int add_lesson(const struct cli_env *env, struct training *t, struct content *c,
		      const struct learner *l, const char *spec, int64_t *now)
{
	char handbook[72] = "", lesson[72] = "";
	const char *slash = strchr(spec, '/');
	snprintf(handbook, sizeof handbook, "%.*s", slash ? (int)(slash - spec) : (int)strlen(spec),
		 spec);
	if (slash)
		snprintf(lesson, sizeof lesson, "%s", slash + 1);
	char *err = NULL;
	struct hb_book *book = content_load_lesson(c, handbook, NULL, &err);
	if (!book) {
		if (err)
			cli_error("%s", err);
		else
			cli_error(_("there is no handbook '%s' in %s; see 'cordial handbook list'"),
				  handbook, env->content_path);
		free(err);
		return EXIT_FAIL;
	}
	int status = EXIT_OK;
	if (*lesson && !hb_book_find_lesson(book, lesson)) {
		cli_error(_("handbook '%s' has no lesson '%s'"), handbook, lesson);
		status = EXIT_FAIL;
	}
	for (size_t i = 0; i < book->nlessons && status == EXIT_OK; i++) {
		if (*lesson && strcmp(book->lessons[i].id, lesson))
			continue;
		if (training_lesson_choose(t, l->id, handbook, book->lessons[i].id, (*now)++,
					   &err)) {
			cli_error("%s", err ? err : "?");
			free(err);
			status = EXIT_FAIL;
		}
	}
	hb_book_free(book);
	return status;
}

/* "trainer,editor" and the like: sets the role and the editor flag; false when a
 * word is not a role. */
static bool parse_roles(const char *text, struct learner *l)
{
	char *copy = xstrdup(text);
	bool trainer = false, editor = false, ok = *text != '\0';
	char *save = NULL;
	for (char *w = strtok_r(copy, ",", &save); w && ok; w = strtok_r(NULL, ",", &save)) {
		int r = training_role_parse(w);
		if (r < 0)
			ok = false;
		trainer |= r == ROLE_TRAINER;
		editor |= r == ROLE_EDITOR;
	}
	free(copy);
	l->role = trainer ? ROLE_TRAINER : editor ? ROLE_EDITOR : ROLE_LEARNER;
	l->editor = editor;
	return ok;
}

/* EXIT_OK when whoever runs cordial may add learners (POLICY_ADD) or choose lessons
 * for learner `on` (POLICY_CHANGE; NULL: one who is not found); else refuses, saying
 * whom to ask. */
static int need_trainer(struct training *t, enum policy_act act, const struct learner *on)
{
	char *ask = NULL;
	int may = cli_may(t, act, on, NULL, &ask);
	if (may > 0)
		return EXIT_OK;
	if (may == 0) {
		if (act == POLICY_ADD)
			cli_error(_("only a trainer can add learners; ask %s"), ask);
		else
			cli_error(_("only a trainer can choose lessons for another learner; "
				    "ask %s"),
				  ask);
	}
	free(ask);
	return EXIT_FAIL;
}

static int cmd_add(const struct cli_env *env, int argc, char **argv)
{
	static const struct option options[] = {
		{ "native", required_argument, NULL, 'n' }, { "target", required_argument, NULL, 't' },
		{ "role", required_argument, NULL, 'r' },   { "study", required_argument, NULL, 's' },
		{ "user", required_argument, NULL, 'u' },   { "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct learner l = { .retention = FSRS_DEFAULT_RETENTION, .daily_new = 15 };
	const char *native = NULL, *target = NULL, *role = "learner", *login = NULL;
	const char *studies[64];
	size_t nstudies = 0;
	int opt;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		switch (opt) {
		case 'n': native = optarg; break;
		case 't': target = optarg; break;
		case 'r': role = optarg; break;
		case 'u': login = optarg; break;
		case 's':
			if (nstudies < 64)
				studies[nstudies++] = optarg;
			break;
		case 'h': usage(stdout); return EXIT_OK;
		default:
			cli_error(_("unknown option '%s' for 'learner add'; try 'cordial learner "
				    "--help'"),
				  argv[optind - 1]);
			return EXIT_USAGE;
		}
	}
	if (optind + 1 != argc) {
		cli_error(_("'learner add' takes one name; try 'cordial learner --help'"));
		return EXIT_USAGE;
	}
	const char *name = argv[optind];
	size_t len = strlen(name);
	if (!cli_valid_text(_("a learner's name"), name))
		return EXIT_USAGE;
	if (!len || len >= sizeof l.name || text_utf8_invalid(name, len) >= 0 ||
	    strpbrk(name, "\t\n\r\x1b/")) {
		cli_error(_("a learner's name is 1 to 127 bytes of text, without tabs, slashes or "
			    "control characters"));
		return EXIT_USAGE;
	}
	struct langs offered;
	offered_langs(env, &offered);
	char locale[16], default_native[16], default_target[16];
	langs_defaults(&offered, langs_locale(locale), default_native, default_target);
	if (!native)
		native = default_native;
	if (!target)
		target = strcmp(native, default_target) ? default_target :
			 strcmp(native, "en")		 ? "en" :
							   default_native;
	if (!hb_valid_lang(native, strlen(native)) || !hb_valid_lang(target, strlen(target))) {
		cli_error(_("a language is a code such as zh, en, ja or ko"));
		return EXIT_USAGE;
	}
	if (offered.n && !langs_has(&offered, target)) {
		char list[256];
		langs_list(&offered, list, sizeof list);
		cli_error(_("no handbook offers the language '%s'; the handbooks offer %s"), target,
			  list);
		return EXIT_USAGE;
	}
	if (!strcmp(native, target)) {
		cli_error(_("the target language must differ from the native one"));
		return EXIT_USAGE;
	}
	if (!parse_roles(role, &l)) {
		cli_error(_("a role is learner, trainer or editor (trainer,editor for both), not "
			    "'%s'"),
			  role);
		return EXIT_USAGE;
	}
	if (login) {
		/* On an SQLite file only a user of this machine can ever be recognized,
		 * and a typo would tie the learner to nobody.  A training room knows a
		 * person by their database role, which over the network need not be a
		 * user of this machine: the room makes the role if it is missing. */
		if (!*login || strlen(login) >= sizeof l.login) {
			cli_error(_("a login is 1 to %zu bytes long, not '%s'"), sizeof l.login - 1,
				  login);
			return EXIT_USAGE;
		}
		if (!training_is_room(env->training_path) && !getpwnam(login)) {
			cli_error(_("there is no user '%s' on this machine"), login);
			return EXIT_FAIL;
		}
		snprintf(l.login, sizeof l.login, "%s", login);
	}
	snprintf(l.name, sizeof l.name, "%s", name);
	snprintf(l.native, sizeof l.native, "%s", native);
	snprintf(l.target, sizeof l.target, "%s", target);

	char *err = NULL;
	outfile_permit_create(env->training_path, false); /* the first learner makes it */
	struct training *t = cli_open_training(env);
	if (!t)
		return EXIT_FAIL;
	int status = need_trainer(t, POLICY_ADD, NULL);
	struct content *c = status == EXIT_OK && nstudies ? cli_open_content(env) : NULL;
	int64_t now = study_now();
	enum learner_role asked_role = l.role;
	bool asked_editor = l.editor;
	if (status == EXIT_OK && nstudies && !c)
		status = EXIT_FAIL;
	if (status == EXIT_OK && training_begin(t, &err))
		status = EXIT_FAIL;
	else if (status == EXIT_OK) {
		int rc = training_learner_add(t, &l, now, &err);
		if (rc == 1) {
			cli_error(_("there is already a learner named '%s'"), name);
			status = EXIT_FAIL;
		} else if (rc == 2) {
			cli_error(_("user %s is already tied to another learner"), l.login);
			status = EXIT_FAIL;
		} else if (rc < 0)
			status = EXIT_FAIL;
		for (size_t i = 0; i < nstudies && status == EXIT_OK; i++)
			status = add_lesson(env, t, c, &l, studies[i], &now);
		if (status == EXIT_OK && training_commit(t, &err))
			status = EXIT_FAIL;
		if (status != EXIT_OK)
			training_rollback(t);
	}
	if (err) {
		cli_error("%s", err);
		free(err);
	}
	if (status == EXIT_OK) {
		char *safe = text_sanitize(l.name, strlen(l.name));
		const char *shown = safe ? safe : "?";
		printf(_("Added learner %s, learning %s from %s.\n"), shown,
		       plain_language_name(l.target), plain_language_name(l.native));
		if (*l.login)
			printf(_("User %s of this machine studies as %s.\n"), l.login, shown);
		if (l.role != asked_role || l.editor != asked_editor)
			printf(_("As the first learner, %s is the trainer and editor of this "
				 "training database.\n"),
			       shown);
		free(safe);
	}
	content_close(c);
	training_close(t);
	return status;
}

struct list_options {
	bool tsv;
	const struct policy *policy; /* whom the person may see */
	struct cli_table table;	     /* the text format: padded by display width */
};

static void print_learner(const struct learner *l, void *ctx)
{
	struct list_options *o = ctx;
	if (!policy_allows(o->policy, POLICY_SEE, l, NULL))
		return;
	char retain[16], daily[16];
	snprintf(retain, sizeof retain, "%.2f", l->retention);
	snprintf(daily, sizeof daily, "%d", l->daily_new);
	if (o->tsv) {
		char *name = text_sanitize(l->name, strlen(l->name));
		printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\n", name, l->native, l->target,
		       cli_roles_text(l), retain, daily, l->has_params ? "fitted" : "default");
		free(name);
		return;
	}
	const char *row[] = { l->name,	       l->native, l->target,
			      cli_roles_text(l), retain,    daily,
			      l->has_params ? _("fitted") : _("default"),
			      *l->login ? l->login : "-" };
	cli_table_add(&o->table, row);
}

static int cmd_list(const struct cli_env *env, int argc, char **argv)
{
	struct list_options o = { .table = { .ncols = 8, .right = 1u << 4 | 1u << 5 } };
	if (argc == 3 && !strcmp(argv[1], "--format") &&
	    (!strcmp(argv[2], "tsv") || !strcmp(argv[2], "text")))
		o.tsv = !strcmp(argv[2], "tsv");
	else if (argc == 2 && !strcmp(argv[1], "--format=tsv"))
		o.tsv = true;
	else if (argc != 1) {
		cli_error(_("'learner list' takes only --format text or --format tsv"));
		return EXIT_USAGE;
	}
	char *err = NULL;
	struct training *t = cli_open_training(env);
	if (!t)
		return EXIT_FAIL;
	struct policy p;
	if (cli_policy(t, &p)) {
		training_close(t);
		return EXIT_FAIL;
	}
	o.policy = &p;
	const char *heads[] = { _("NAME"),   _("NATIVE"), _("TARGET"),	   _("ROLE"),
				_("RETAIN"), _("NEW"),	  _("PARAMETERS"), _("USER") };
	cli_table_add(&o.table, heads);
	int rc = training_learner_each(t, print_learner, &o, &err);
	if (rc)
		cli_error("%s", err ? err : "?");
	else if (!o.tsv)
		cli_table_print(&o.table, stdout);
	cli_table_free(&o.table);
	free(err);
	training_close(t);
	return rc ? EXIT_FAIL : EXIT_OK;
}

static int cmd_study(const struct cli_env *env, int argc, char **argv)
{
	if ((argc = cli_operands(argc, argv, "learner study")) < 0)
		return EXIT_USAGE;
	if (argc < 3) {
		cli_error(_("'learner study' needs a learner and at least one handbook or "
			    "lesson; try 'cordial learner --help'"));
		return EXIT_USAGE;
	}
	char *err = NULL;
	struct training *t = cli_open_training(env);
	if (!t)
		return EXIT_FAIL;
	/* Learners choose their own lessons; a trainer chooses for anyone.  A name
	 * that is not found is refused as another learner's to those who may not
	 * choose for others. */
	struct learner l;
	int found = training_learner_find(t, argv[1], &l, &err);
	int status = found < 0 ? EXIT_FAIL : need_trainer(t, POLICY_CHANGE, found ? &l : NULL);
	if (status == EXIT_OK && !found) {
		cli_error(_("there is no learner '%s'; see 'cordial learner list'"), argv[1]);
		status = EXIT_FAIL;
	}
	struct content *c = status == EXIT_OK ? cli_open_content(env) : NULL;
	if (status == EXIT_OK && !c)
		status = EXIT_FAIL;
	if (status == EXIT_OK && training_begin(t, &err))
		status = EXIT_FAIL;
	int64_t now = study_now();
	for (int i = 2; i < argc && status == EXIT_OK; i++)
		status = add_lesson(env, t, c, &l, argv[i], &now);
	if (c) {
		if (status == EXIT_OK && training_commit(t, &err))
			status = EXIT_FAIL;
		if (status != EXIT_OK)
			training_rollback(t);
	}
	if (err) {
		cli_error("%s", err);
		free(err);
	}
	if (status == EXIT_OK)
		printf(ngettext("%s now studies %d more handbook or lesson.\n",
				"%s now studies %d more handbooks or lessons.\n",
				(unsigned long)(argc - 2)),
		       l.name, argc - 2);
	content_close(c);
	training_close(t);
	return status;
}

int cli_learner(const struct cli_env *env, int argc, char **argv)
{
	if (argc < 2 || cli_wants_help(argc, argv)) {
		usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? EXIT_USAGE : EXIT_OK;
	}
	bool known = !strcmp(argv[1], "add") || !strcmp(argv[1], "list") ||
		     !strcmp(argv[1], "study");
	if (known && cli_wants_help(argc - 1, argv + 1)) {
		usage(stdout);
		return EXIT_OK;
	}
	if (!strcmp(argv[1], "add"))
		return cmd_add(env, argc - 1, argv + 1);
	if (!strcmp(argv[1], "list"))
		return cmd_list(env, argc - 1, argv + 1);
	if (!strcmp(argv[1], "study"))
		return cmd_study(env, argc - 1, argv + 1);
	cli_error(_("unknown command 'learner %s'; try 'cordial learner --help'"), argv[1]);
	return EXIT_USAGE;
}
