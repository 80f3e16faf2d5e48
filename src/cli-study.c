/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cordial study and cordial optimize: a session in the line mode, and fitting the
 * scheduler to a learner's reviews. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "content.h"
#include "i18n.h"
#include "plain.h"
#include "study.h"
#include "training.h"
#include "tts.h"


static void study_usage(FILE *out)
{
	fputs(_("Usage: cordial study [--learner NAME] [--plain] [--limit N] [--seed N]\n"
		"Study what is due: cards being learnt, then reviews, then new items of the\n"
		"learner's assigned and chosen lessons (at most the daily limit of new items).\n"
		"Every answer is saved at once; the next session goes on where this one stopped.\n"
		"\n"
		"  --learner NAME  who studies (needed when there are several learners)\n"
		"  --plain         line mode: one prompt a line, answers read from standard input\n"
		"  --limit N       stop after N answers\n"
		"  --seed N        the same seed (with CORDIAL_NOW) gives the same session\n"),
	      out);
}

static bool parse_number(const char *text, long long min, long long *out)
{
	char *end;
	long long v = strtoll(text, &end, 10);
	if (!*text || *end || v < min)
		return false;
	*out = v;
	return true;
}

/* Opens both databases for a learner; EXIT_OK or a status after printing why not. */
static int open_learner(const struct cli_env *env, const char *name, struct training **t,
			struct content **c, struct learner *l)
{
	char *err = NULL;
	if (c)
		*c = NULL;
	*t = training_open(env->training_path, &err);
	if (!*t) {
		cli_error("%s", err ? err : "?");
		free(err);
		return EXIT_FAIL;
	}
	int status = cli_learner_resolve(*t, name, l);
	if (status != EXIT_OK || !c)
		return status;
	*c = cli_open_content(env);
	return *c ? EXIT_OK : EXIT_FAIL;
}

int cli_study(const struct cli_env *env, int argc, char **argv)
{
	static const struct option options[] = {
		{ "learner", required_argument, NULL, 'l' }, { "plain", no_argument, NULL, 'p' },
		{ "limit", required_argument, NULL, 'n' },   { "seed", required_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },	     { NULL, 0, NULL, 0 },
	};
	const char *name = NULL;
	struct study_options sopt = { 0 };
	long long v;
	int opt;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		switch (opt) {
		case 'l': name = optarg; break;
		case 'p': break; /* the line mode is the only one of this command */
		case 'n':
			if (!parse_number(optarg, 1, &v)) {
				cli_error(_("--limit needs a positive number, not '%s'"), optarg);
				return EXIT_USAGE;
			}
			sopt.limit = (long)v;
			break;
		case 's':
			if (!parse_number(optarg, 0, &v)) {
				cli_error(_("--seed needs a number, not '%s'"), optarg);
				return EXIT_USAGE;
			}
			sopt.seed = (uint64_t)v + 1;
			break;
		case 'h': study_usage(stdout); return EXIT_OK;
		default:
			cli_error(_("unknown option '%s' for 'study'; try 'cordial study --help'"),
				  argv[optind - 1]);
			return EXIT_USAGE;
		}
	}
	if (optind != argc) {
		cli_error(_("'study' takes no arguments besides its options"));
		return EXIT_USAGE;
	}
	struct training *t;
	struct content *c;
	struct learner l;
	int status = open_learner(env, name, &t, &c, &l);
	struct tts *tts = NULL;
	struct study *s = NULL;
	if (status == EXIT_OK) {
		tts = tts_new();
		sopt.speech = tts_playable(tts);
		char *err = NULL;
		s = study_open(t, c, &l, &sopt, &err);
		if (!s) {
			cli_error("%s", err ? err : "?");
			free(err);
			status = EXIT_FAIL;
		}
	}
	if (s && plain_study(s, tts, &l, stdin, stdout))
		status = EXIT_FAIL;
	study_close(s);
	tts_free(tts);
	content_close(c);
	training_close(t);
	return status;
}

static void say_fitting(void *ctx, long reviews, size_t cards)
{
	(void)ctx;
	fprintf(stderr, _("Fitting the scheduler to %ld reviews of %zu cards...\n"), reviews, cards);
}

int cli_optimize(const struct cli_env *env, int argc, char **argv)
{
	const char *name = NULL;
	if (cli_wants_help(argc, argv)) {
		fputs(_("Usage: cordial optimize [--learner NAME]\n"
			"Fit the scheduler's 21 parameters to the learner's own reviews and keep\n"
			"them when they predict the learner's memory better than the defaults.\n"),
		      stdout);
		return EXIT_OK;
	}
	if (argc == 3 && !strcmp(argv[1], "--learner"))
		name = argv[2];
	else if (argc != 1) {
		cli_error(_("'optimize' takes only --learner NAME; try 'cordial optimize --help'"));
		return EXIT_USAGE;
	}
	struct training *t;
	struct learner l;
	int status = open_learner(env, name, &t, NULL, &l);
	if (status != EXIT_OK) {
		training_close(t);
		return status;
	}
	char *err = NULL;
	struct study_fit fit;
	if (study_fit(t, &l, say_fitting, NULL, &fit, &err)) {
		cli_error("%s", err ? err : "?");
		free(err);
		status = EXIT_FAIL;
	} else if (fit.outcome == STUDY_FIT_TOO_FEW) {
		printf(ngettext("%s has %ld review; the scheduler can be fitted from %d reviews "
				"on, so %ld more are needed. The default parameters stay.\n",
				"%s has %ld reviews; the scheduler can be fitted from %d reviews "
				"on, so %ld more are needed. The default parameters stay.\n",
				(unsigned long)fit.reviews),
		       l.name, fit.reviews, STUDY_FIT_MIN_REVIEWS,
		       STUDY_FIT_MIN_REVIEWS - fit.reviews);
	} else if (fit.outcome == STUDY_FIT_NO_BETTER) {
		printf(_("The fitted parameters predict %s's memory no better than the defaults "
			 "(log loss %.4f against %.4f); the defaults stay.\n"),
		       l.name, fit.log_loss, fit.default_log_loss);
	} else {
		double before = l.has_params ? l.params_log_loss : fit.default_log_loss;
		printf(_("Fitted the scheduler to %s's %ld reviews: log loss %.4f, against %.4f "
			 "before (%.1f%% better). It is used from the next session.\n"),
		       l.name, fit.reviews, fit.log_loss, before,
		       100.0 * (before - fit.log_loss) / before);
	}
	training_close(t);
	return status;
}
