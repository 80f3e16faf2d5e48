/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The line mode: a study session as plain lines, for screen readers, pipes and tests. */
#include "plain.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "i18n.h"
#include "mem.h"
#include "text.h"

struct plain {
	struct study *study;
	struct tts *tts;
	const struct learner *learner;
	FILE *in, *out;
	char *line;
	size_t cap;
	bool quit;
	const char *speak_lang, *speak_text, *speak_voice; /* what 's' says */
};

static const struct {
	const char *code, *name;
} language_names[] = {
	{ "zh", N_("Chinese") },  { "en", N_("English") }, { "ja", N_("Japanese") },
	{ "ko", N_("Korean") },	  { "fr", N_("French") },  { "de", N_("German") },
	{ "es", N_("Spanish") },  { "ru", N_("Russian") }, { "ar", N_("Arabic") },
};

const char *plain_language_name(const char *code)
{
	for (size_t i = 0; i < sizeof language_names / sizeof *language_names; i++)
		if (!strcmp(language_names[i].code, code))
			return _(language_names[i].name);
	return code;
}

/* Data from a handbook, sanitized. */
static void put(struct plain *pl, const char *text)
{
	cli_put(pl->out, text ? text : "");
}

/* "10 minutes", "3 days" */
static void put_interval(struct plain *pl, int64_t ms)
{
	char buf[64];
	study_interval(buf, sizeof buf, ms, false);
	fputs(buf, pl->out);
}

static const char *rating_name(int rating)
{
	return study_rating_name(rating);
}

/* Prints the prompt and reads one line; NULL at the end of input.  'q' ends the
 * session; 's' repeats the phrase and asks again. */
static const char *ask(struct plain *pl, const char *prompt)
{
	for (;;) {
		fputs(prompt, pl->out);
		fflush(pl->out);
		ssize_t n = getline(&pl->line, &pl->cap, pl->in);
		if (n < 0) {
			fputc('\n', pl->out);
			pl->quit = true;
			return NULL;
		}
		while (n > 0 && (pl->line[n - 1] == '\n' || pl->line[n - 1] == '\r'))
			pl->line[--n] = '\0';
		char *p = pl->line;
		while (*p == ' ')
			p++;
		if (!strcmp(p, "q")) {
			pl->quit = true;
			return NULL;
		}
		if (!strcmp(p, "s")) {
			if (!pl->speak_text ||
			    tts_speak_voice(pl->tts, pl->speak_lang, pl->speak_voice, pl->speak_text))
				fprintf(pl->out, "(%s)\n", study_silence(pl->study));
			continue;
		}
		return p;
	}
}

static void show_texts(struct plain *pl, const struct hb_item *item)
{
	for (size_t i = 0; i < item->ntexts; i++) {
		const struct hb_text *t = &item->texts[i];
		fprintf(pl->out, "  %s: ", plain_language_name(t->lang));
		put(pl, t->text);
		if (t->reading) {
			fputs("  (", pl->out);
			put(pl, t->reading);
			fputc(')', pl->out);
		}
		fputc('\n', pl->out);
		for (size_t k = 0; k < t->nalts; k++) {
			fprintf(pl->out, "    %s ", _("also:"));
			put(pl, t->alts[k]);
			fputc('\n', pl->out);
		}
	}
}

static void show_options(struct plain *pl, const struct study_prompt *p)
{
	for (size_t k = 0; k < p->noptions; k++) {
		fprintf(pl->out, "  %c) ", (char)('a' + k));
		put(pl, p->options[k]);
		fputc('\n', pl->out);
	}
}

static void show_phrase(struct plain *pl, const char *text, const char *reading)
{
	fputs("  ", pl->out);
	put(pl, text);
	if (reading) {
		fputs("  (", pl->out);
		put(pl, reading);
		fputc(')', pl->out);
	}
	fputc('\n', pl->out);
}

static void report_error(char *err)
{
	cli_error("%s", err ? err : "?");
	free(err);
}

/* Undoes the last answer; the card comes back next. */
static void undo(struct plain *pl)
{
	char *err = NULL;
	int rc = study_undo(pl->study, &err);
	if (rc < 0)
		report_error(err);
	else if (rc == 0)
		fputs(_("Nothing to undo.\n"), pl->out);
	else
		fputs(_("The last answer is undone; the card comes again.\n"), pl->out);
}

/* After a graded answer: the rating, the interval for each rating, and a chance to
 * change it. */
static void confirm_rating(struct plain *pl, const struct study_result *r, bool offer_change)
{
	fprintf(pl->out, _("Answer %ld saved: %s; next in "), r->number, rating_name(r->rating));
	put_interval(pl, r->due_ms[r->rating - 1] - r->now_ms);
	fputs(".\n", pl->out);
	fflush(pl->out);
	if (!offer_change)
		return;
	fputs(" ", pl->out);
	for (int i = 1; i <= 4; i++) {
		fprintf(pl->out, " %d %s: ", i, rating_name(i));
		put_interval(pl, r->due_ms[i - 1] - r->now_ms);
		fputs(i < 4 ? " ·" : "\n", pl->out);
	}
	for (;;) {
		const char *a = ask(pl, _("Enter to go on, 1-4 to change the rating, u to undo, "
					  "q to quit: "));
		if (!a || !*a)
			return;
		if (!strcmp(a, "u")) {
			undo(pl);
			return;
		}
		if (strlen(a) == 1 && a[0] >= '1' && a[0] <= '4') {
			char *err = NULL;
			if (study_rerate(pl->study, a[0] - '0', &err) < 0 && err)
				report_error(err);
			else
				fprintf(pl->out, _("Rating changed to %s.\n"), rating_name(a[0] - '0'));
			return;
		}
		fputs(_("Please press Enter, or type 1, 2, 3 or 4.\n"), pl->out);
	}
}

/* Sends the answer to the engine; STUDY_REFUSED means it did not fit the question,
 * and the prompt is asked again. */
static int answer(struct plain *pl, const char *text, int rating, struct study_result *r)
{
	char *err = NULL;
	int rc = study_answer(pl->study, text, rating, r, &err);
	if (rc == -1) {
		cli_error(_("%s; the answer was not saved"), err ? err : "?");
		free(err);
	}
	return rc;
}

static void run_introduce(struct plain *pl, const struct study_prompt *p)
{
	const struct hb_item *it = p->item;
	if (it->kind == HB_COURTESY) {
		fputs(_("New courtesy situation:\n  "), pl->out);
		put(pl, it->situation);
		fputc('\n', pl->out);
		show_options(pl, p);
		fprintf(pl->out, _("  The right choice: %c) "), (char)('a' + p->correct));
		put(pl, p->answer);
		fputs("\n  ", pl->out);
		fputs(_("Why: "), pl->out);
		put(pl, it->explanation);
		fputc('\n', pl->out);
	} else {
		fputs(_("New phrase:\n"), pl->out);
		show_texts(pl, it);
	}
	if (it->note) {
		fputs(_("  Note: "), pl->out);
		put(pl, it->note);
		fputc('\n', pl->out);
	}
	const char *a = ask(pl, _("Press Enter when you have read it (s to hear it, u to undo, "
				  "q to quit): "));
	if (!a)
		return;
	if (!strcmp(a, "u")) {
		undo(pl);
		return;
	}
	char *err = NULL;
	if (study_introduced(pl->study, &err))
		report_error(err);
}

/* A labelled line of the feedback: "  Your answer: ...". */
static void put_labelled(struct plain *pl, const char *label, const char *text)
{
	fprintf(pl->out, "  %s ", label);
	put(pl, text);
	fputc('\n', pl->out);
}

static void after_answer(struct plain *pl, const struct study_prompt *p, struct study_result *r)
{
	fputs(study_verdict(r), pl->out);
	if (p->kind == STUDY_TYPE && r->ndiff) {
		fputc('\n', pl->out);
		char *typed = study_diff_line(r, true), *expected = study_diff_line(r, false);
		put_labelled(pl, _("Your answer:"), typed);
		if (r->nearest) {
			put_labelled(pl, _("Also accepted:"), expected);
			put_labelled(pl, _("The answer:"), p->answer);
		} else
			put_labelled(pl, _("The answer:"), expected);
		fprintf(pl->out, "  %s\n", _("([ ] marks what differs.)"));
		free(typed);
		free(expected);
	} else if (!r->correct && p->kind == STUDY_ORDER) {
		fputc('\n', pl->out);
		put_labelled(pl, _("The answer:"), p->answer);
	} else if (!r->correct && (p->kind == STUDY_CHOICE || p->kind == STUDY_JUDGE)) {
		fputc(' ', pl->out);
		fprintf(pl->out, _("The answer is %c) "), (char)('a' + p->correct));
		put(pl, p->options[p->correct]);
		fputc('\n', pl->out);
	} else
		fputc('\n', pl->out);
	if (p->kind == STUDY_JUDGE) {
		fputs(_("Why: "), pl->out);
		put(pl, p->item->explanation);
		fputc('\n', pl->out);
	} else if (p->target_reading) {
		/* the phrase being learnt, with its reading, whichever way it was asked */
		show_phrase(pl, p->target, p->target_reading);
	}
	if (p->item->note && p->kind != STUDY_JUDGE) {
		fputs(_("  Note: "), pl->out);
		put(pl, p->item->note);
		fputc('\n', pl->out);
	}
}

static void run_card(struct plain *pl, const struct study_prompt *p)
{
	const char *target = plain_language_name(pl->learner->target);
	const char *a;
	struct study_result r;
	int rc;
	switch (p->kind) {
	case STUDY_CHOICE:
	case STUDY_JUDGE:
		if (p->kind == STUDY_JUDGE) {
			fputs(_("Situation: "), pl->out);
			put(pl, p->question);
			fputc('\n', pl->out);
		} else {
			if (p->skill == SKILL_PRODUCE)
				fprintf(pl->out, _("Which is the %s for this? "), target);
			else
				fputs(_("What does this mean? "), pl->out);
			put(pl, p->question);
			fputc('\n', pl->out);
		}
		show_options(pl, p);
		for (;;) {
			char prompt[160];
			snprintf(prompt, sizeof prompt,
				 _("Answer with a letter a-%c (u to undo, q to quit): "),
				 (char)('a' + p->noptions - 1));
			if (!(a = ask(pl, prompt)))
				return;
			if (!strcmp(a, "u")) {
				undo(pl);
				return;
			}
			if ((rc = answer(pl, a, 0, &r)) != STUDY_REFUSED)
				break;
			fprintf(pl->out, _("Please type one letter from a to %c.\n"),
				(char)('a' + p->noptions - 1));
		}
		break;
	case STUDY_ORDER:
		fprintf(pl->out, _("Put the %s words in order to say: "), target);
		put(pl, p->question);
		fputc('\n', pl->out);
		for (size_t k = 0; k < p->nwords; k++) {
			fprintf(pl->out, "  %zu) ", k + 1);
			put(pl, p->words[k]);
			fputc('\n', pl->out);
		}
		for (;;) {
			if (!(a = ask(pl, _("Type the numbers in order, e.g. 2 1 3 (u to undo, q to "
					    "quit): "))))
				return;
			if (!strcmp(a, "u")) {
				undo(pl);
				return;
			}
			if ((rc = answer(pl, a, 0, &r)) != STUDY_REFUSED)
				break;
			fprintf(pl->out, _("Please type each number from 1 to %zu once.\n"),
				p->nwords);
		}
		break;
	case STUDY_TYPE:
		fprintf(pl->out, _("Type the %s for: "), target);
		put(pl, p->question);
		fputc('\n', pl->out);
		for (;;) {
			if (!(a = ask(pl, _("Your answer (u to undo, q to quit): "))))
				return;
			if (strlen(a) <= STUDY_MAX_TYPED)
				break;
			fprintf(pl->out, _("An answer is at most %d bytes; type a shorter one.\n"),
				STUDY_MAX_TYPED);
		}
		if (!strcmp(a, "u")) {
			undo(pl);
			return;
		}
		rc = answer(pl, a, 0, &r);
		break;
	default: /* FLIP, LISTEN */
		if (p->kind == STUDY_LISTEN) {
			fputs(_("Listen and recall what it means.\n"), pl->out);
			if (p->speak)
				tts_speak_voice(pl->tts, p->speak_lang, p->speak_voice, p->speak);
			a = ask(pl, _("Press Enter to see it (s to hear it again, u to undo, q to "
				      "quit): "));
		} else {
			fputs(_("What does this mean? "), pl->out);
			put(pl, p->question);
			if (p->question_reading) {
				fputs("  (", pl->out);
				put(pl, p->question_reading);
				fputc(')', pl->out);
			}
			fputc('\n', pl->out);
			a = ask(pl, _("Press Enter to see the answer (u to undo, q to quit): "));
		}
		if (!a)
			return;
		if (!strcmp(a, "u")) {
			undo(pl);
			return;
		}
		if (p->kind == STUDY_LISTEN)
			show_phrase(pl, p->question, p->question_reading);
		show_phrase(pl, p->answer, NULL); /* in the learner's language: no reading */
		for (;;) {
			if (!(a = ask(pl, _("How well did you know it? 1 Again, 2 Hard, 3 Good, 4 "
					    "Easy (u to undo, q to quit): "))))
				return;
			if (!strcmp(a, "u")) {
				undo(pl);
				return;
			}
			int rating = strlen(a) == 1 ? a[0] - '0' : 0;
			if ((rc = answer(pl, NULL, rating, &r)) != STUDY_REFUSED)
				break;
			fputs(_("Please type 1, 2, 3 or 4.\n"), pl->out);
		}
		break;
	}
	if (rc != 0)
		return;
	if (p->kind != STUDY_FLIP && p->kind != STUDY_LISTEN)
		after_answer(pl, p, &r);
	confirm_rating(pl, &r, p->kind != STUDY_FLIP && p->kind != STUDY_LISTEN);
	study_result_free(&r);
}

static void put_time(struct plain *pl, int64_t ms)
{
	time_t secs = (time_t)(ms / 1000);
	struct tm tm;
	char buf[64];
	localtime_r(&secs, &tm);
	strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
	fputs(buf, pl->out);
}

int plain_study(struct study *study, struct tts *tts, const struct learner *learner, FILE *in,
		FILE *out)
{
	struct plain pl = { .study = study, .tts = tts, .learner = learner, .in = in, .out = out };
	mem_activity(_("studying as %s"), learner->name);
	fprintf(out, _("Studying as %s: %s, from %s.\n"), learner->name,
		plain_language_name(learner->target), plain_language_name(learner->native));
	fputs(_("Every answer is saved at once; u undoes the last one, q stops.\n"), out);
	int status = 0;
	long shown = 0;
	while (!pl.quit) {
		struct study_prompt p;
		char *err = NULL;
		int rc = study_next(study, &p, &err);
		if (rc < 0) {
			report_error(err);
			status = -1;
			break;
		}
		if (rc == 0)
			break;
		shown++;
		fprintf(out, "\n[%ld] ", p.answered + 1);
		if (p.lesson) {
			put(&pl, p.book->title);
			fputs(" / ", out);
			put(&pl, p.lesson->title);
		}
		fputc('\n', out);
		pl.speak_text = p.speak;
		pl.speak_lang = p.speak_lang;
		pl.speak_voice = p.speak_voice;
		if (p.kind == STUDY_INTRODUCE)
			run_introduce(&pl, &p);
		else
			run_card(&pl, &p);
		if (tts)
			tts_reap(tts);
	}
	struct study_summary sum;
	study_summary(study, &sum);
	if (shown == 0 && status == 0)
		fputs(_("Nothing to study now.\n"), out);
	fprintf(out, _("\nSession over: %ld answers, %ld right, %ld wrong, in %ld min %ld s.\n"),
		sum.answered, sum.right, sum.wrong, (long)(sum.elapsed_ms / 60000),
		(long)(sum.elapsed_ms / 1000 % 60));
	if (sum.next_due_ms) {
		fputs(_("Next card due: "), out);
		put_time(&pl, sum.next_due_ms);
		fputs(".\n", out);
	}
	fflush(out);
	free(pl.line);
	return status;
}
