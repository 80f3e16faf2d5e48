/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Study: the engine's cards in every presentation, the feedback after each answer,
 * and the session's summary. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "plain.h"
#include "text.h"
#include "ui-internal.h"

static const struct ui_key keys[] = {
	{ '\n', "Enter", ACT_OPEN, N_("answer / next") },
	{ ' ', "Space", ACT_OPEN, N_("answer / next") },
	{ '1', "1", ACT_RATE_1, N_("Again") },
	{ '2', "2", ACT_RATE_2, N_("Hard") },
	{ '3', "3", ACT_RATE_3, N_("Good") },
	{ '4', "4", ACT_RATE_4, N_("Easy") },
	{ '5', "5-9", ACT_NONE, N_("pick word 5 to 9") },
	{ '6', "6", ACT_NONE, NULL },
	{ '7', "7", ACT_NONE, NULL },
	{ '8', "8", ACT_NONE, NULL },
	{ '9', "9", ACT_NONE, NULL },
	{ KEY_UP, "↑", ACT_UP, N_("previous option") },
	{ KEY_DOWN, "↓", ACT_DOWN, N_("next option") },
	{ 'a', "a-f", ACT_TOGGLE, N_("choose an option") },
	{ 'b', "b", ACT_TOGGLE, NULL },
	{ 'c', "c", ACT_TOGGLE, NULL },
	{ 'd', "d", ACT_TOGGLE, NULL },
	{ 'e', "e", ACT_TOGGLE, NULL },
	{ 'f', "f", ACT_TOGGLE, NULL },
	{ 'u', "u", ACT_UNDO, N_("undo") },
	{ 's', "s", ACT_SPEAK, N_("speak") },
	{ KEY_BACKSPACE, "Backspace", ACT_LEFT, N_("take a word back") },
};

enum phase {
	P_ASK,	    /* waiting for an answer */
	P_REVEALED, /* flip and listen: the answer shown, waiting for a rating */
	P_FEEDBACK, /* right or wrong, rating proposed, change with 1-4 */
	P_DONE,	    /* the summary */
};

static struct {
	struct study *study;
	struct study_prompt p;
	enum phase phase;
	int selected;		   /* the highlighted option */
	size_t order[STUDY_MAX_WORDS]; /* word order: the words picked so far */
	size_t norder;
	struct ui_input input;	   /* typed answers */
	struct study_result result;
	bool have_result;
	char chosen[8];		   /* the chosen option letter */
	struct study_summary summary;
	char error[256];
} st;

static void fail(struct ui *ui, char *err)
{
	snprintf(st.error, sizeof st.error, "%s", err ? err : "?");
	free(err);
	ui_message(ui, UI_WARN, "%s", st.error);
}

static void next_prompt(struct ui *ui)
{
	char *err = NULL;
	if (st.have_result) {
		study_result_free(&st.result);
		st.have_result = false;
	}
	st.selected = 0;
	st.norder = 0;
	ui_input_clear(&st.input);
	int rc = study_next(st.study, &st.p, &err);
	if (rc < 0) {
		fail(ui, err);
		rc = 0;
	}
	if (rc == 0) {
		study_summary(st.study, &st.summary);
		st.phase = P_DONE;
		return;
	}
	st.phase = P_ASK;
	if (st.p.kind == STUDY_LISTEN)
		tts_speak(ui->tts, st.p.question_lang, st.p.question);
}

static void open_study(struct ui *ui)
{
	char *err = NULL;
	struct study_options opt = { .speech = tts_available(ui->tts) };
	const char *seed = getenv("CORDIAL_SEED");
	if (seed && *seed)
		opt.seed = strtoull(seed, NULL, 10) + 1;
	memset(&st, 0, sizeof st);
	st.study = study_open(ui->t, ui->c, &ui->learner, &opt, &err);
	if (!st.study) {
		fail(ui, err);
		st.phase = P_DONE;
		return;
	}
	next_prompt(ui);
}

static void close_study(struct ui *ui)
{
	(void)ui;
	if (st.have_result)
		study_result_free(&st.result);
	study_close(st.study);
	st.study = NULL;
}

static void submit(struct ui *ui, const char *answer, int rating)
{
	char *err = NULL;
	int rc = study_answer(st.study, answer, rating, &st.result, &err);
	if (rc == -2)
		return; /* not an answer to this question: keep asking */
	if (rc < 0) {
		char *msg = NULL;
		if (asprintf(&msg, _("%s; the answer was not saved"), err ? err : "?") < 0)
			msg = NULL;
		free(err);
		fail(ui, msg);
		return;
	}
	st.have_result = true;
	st.phase = P_FEEDBACK;
	if (st.p.kind == STUDY_FLIP || st.p.kind == STUDY_LISTEN)
		next_prompt(ui); /* the learner rated it already */
}

/* ---------------------------------------------------------------- drawing */

static int draw_reading(int y, int x, int w, const char *text, const char *reading,
			enum ui_color color)
{
	int lines = ui_wrap(y, x, w, 3, text, color);
	if (reading)
		lines += ui_wrap(y + lines, x, w, 2, reading, UI_DIM);
	return lines;
}

static int draw_options(struct ui *ui, int y, int w)
{
	for (size_t k = 0; k < st.p.noptions && y < ui->rows - 3; k++) {
		char label[8];
		snprintf(label, sizeof label, "%c) ", (char)('a' + k));
		enum ui_color c = UI_NORMAL;
		if (st.phase == P_FEEDBACK && (int)k == st.p.correct)
			c = UI_RIGHT;
		else if (st.phase == P_FEEDBACK && st.chosen[0] == 'a' + (int)k)
			c = UI_WRONG;
		else if (st.phase == P_ASK && (int)k == st.selected)
			c = UI_SELECTED;
		ui_text(y, 4, 3, label, UI_KEY);
		y += ui_wrap(y, 7, w - 5, 3, st.p.options[k], c);
	}
	return y;
}

/* The diff of a typed answer, run by run: what was missing, what was extra. */
static int draw_diff(struct ui *ui, int y, int w)
{
	int x = 4;
	const struct grade_result *g = &st.result.grade;
	for (size_t i = 0; i < g->nsegments && y < ui->rows - 3; i++) {
		const struct grade_segment *seg = &g->segments[i];
		enum ui_color c = seg->kind == GRADE_SAME	 ? UI_NORMAL
				  : seg->kind == GRADE_MISSING ? UI_RIGHT
							       : UI_WRONG;
		char buf[512];
		snprintf(buf, sizeof buf, "%s%s%s",
			 seg->kind == GRADE_MISSING ? "[" : seg->kind == GRADE_EXTRA ? "{" : "",
			 seg->text,
			 seg->kind == GRADE_MISSING ? "]" : seg->kind == GRADE_EXTRA ? "}" : "");
		char *safe = text_sanitize(buf, strlen(buf));
		int need = text_width(safe, strlen(safe));
		free(safe);
		if (x + need > 4 + w && x > 4) {
			y++;
			x = 4;
		}
		x += ui_text(y, x, 4 + w - x, buf, c);
	}
	return y + 1;
}

static void draw_feedback(struct ui *ui, int y, int w)
{
	char line[256];
	if (st.p.kind == STUDY_TYPE) {
		const struct grade_result *g = &st.result.grade;
		const char *verdict = g->verdict == GRADE_RIGHT	 ? _("Right.")
				      : g->verdict == GRADE_NEAR ? _("Almost right.")
								 : _("Wrong.");
		ui_text(y++, 2, w, verdict, g->verdict == GRADE_WRONG ? UI_WRONG : UI_RIGHT);
		if (g->verdict != GRADE_RIGHT) {
			y += ui_wrap(y, 4, w - 2, 3, st.p.accepted[g->matched], UI_RIGHT);
			y = draw_diff(ui, y, w - 2);
		}
	} else if (st.p.kind == STUDY_CHOICE || st.p.kind == STUDY_JUDGE ||
		   st.p.kind == STUDY_ORDER) {
		ui_text(y++, 2, w, st.result.correct ? _("Right.") : _("Wrong."),
			st.result.correct ? UI_RIGHT : UI_WRONG);
		if (st.p.kind == STUDY_ORDER && !st.result.correct)
			y += ui_wrap(y, 4, w - 2, 3, st.p.answer, UI_RIGHT);
	}
	if (st.p.answer_reading && st.p.kind != STUDY_JUDGE && y < ui->rows - 5)
		y += ui_wrap(y, 4, w - 2, 2, st.p.answer_reading, UI_DIM);
	const char *why = st.p.kind == STUDY_JUDGE ? st.p.item->explanation : st.p.item->note;
	if (why && y < ui->rows - 5)
		y += ui_wrap(y, 4, w - 2, ui->rows - 5 - y, why, UI_NORMAL);
	/* The rating and, for each rating, when the card comes back. */
	int ry = ui->rows - 4;
	static const char *const names[] = { N_("Again"), N_("Hard"), N_("Good"), N_("Easy") };
	int x = 2;
	for (int i = 0; i < 4; i++) {
		char when[16];
		ui_interval(when, sizeof when, st.result.due_ms[i] - st.result.now_ms);
		snprintf(line, sizeof line, "%d %s %s", i + 1, _(names[i]), when);
		x += ui_text(ry, x, ui->cols - x, line,
			     st.result.rating == i + 1 ? UI_SELECTED : UI_DIM) + 2;
	}
	ui_text(ry + 1, 2, w, _("Enter: next card · 1-4: change the rating · u: undo"), UI_DIM);
}

static void draw_summary(struct ui *ui)
{
	char line[256];
	int y = 3, w = ui->cols - 4;
	ui_text(y++, 2, w, _("Session over."), UI_TITLE);
	snprintf(line, sizeof line, _("%ld answers: %ld right, %ld wrong, in %ld min."),
		 st.summary.answered, st.summary.right, st.summary.wrong,
		 (long)(st.summary.elapsed_ms / 60000));
	y += ui_wrap(y + 1, 2, w, 2, line, UI_NORMAL) + 1;
	if (st.summary.next_due_ms) {
		char when[16];
		ui_interval(when, sizeof when, st.summary.next_due_ms - study_now());
		snprintf(line, sizeof line, _("The next card is due in %s."), when);
		ui_wrap(y + 1, 2, w, 2, line, UI_NORMAL);
	}
	ui_text(ui->rows - 3, 2, w, _("Press q to go back."), UI_DIM);
}

static void draw_study(struct ui *ui)
{
	if (st.phase == P_DONE) {
		draw_summary(ui);
		return;
	}
	int w = ui->cols - 4, y = 1;
	/* Progress: answers given against answers given plus what is still waiting. */
	long total = st.p.answered + st.p.due_left;
	char count[32];
	snprintf(count, sizeof count, "%ld/%ld", st.p.answered, total);
	int cw = ui_text(y, ui->cols - 12, 12, count, UI_DIM);
	ui_bar(y, 2, ui->cols - 16 - cw + 12 > 4 ? ui->cols - 16 : 4,
	       total ? (double)st.p.answered / (double)total : 0, UI_BAR);
	y += 2;
	const struct hb_item *it = st.p.item;
	char line[256];
	switch (st.p.kind) {
	case STUDY_INTRODUCE:
		ui_text(y++, 2, w, it->kind == HB_COURTESY ? _("New situation") : _("New phrase"),
			UI_TITLE);
		if (it->kind == HB_COURTESY) {
			y += ui_wrap(y, 2, w, 6, it->situation, UI_NORMAL);
			y = draw_options(ui, y, w);
			snprintf(line, sizeof line, _("The right choice: %c)"), it->answer);
			ui_text(y++, 2, w, line, UI_RIGHT);
			y += ui_wrap(y, 2, w, ui->rows - 4 - y, it->explanation, UI_NORMAL);
		} else {
			for (size_t i = 0; i < it->ntexts && y < ui->rows - 4; i++) {
				const struct hb_text *t = &it->texts[i];
				ui_text(y, 2, 10, plain_language_name(t->lang), UI_DIM);
				y += draw_reading(y, 12, w - 10, t->text, t->reading, UI_NORMAL);
			}
			if (it->note && y < ui->rows - 4)
				ui_wrap(y + 1, 2, w, ui->rows - 5 - y, it->note, UI_DIM);
		}
		ui_text(ui->rows - 3, 2, w, _("Press Enter when you have read it."), UI_KEY);
		return;
	case STUDY_JUDGE:
		ui_text(y++, 2, w, _("What do you do?"), UI_TITLE);
		y += ui_wrap(y, 2, w, 6, st.p.question, UI_NORMAL) + 1;
		y = draw_options(ui, y, w);
		break;
	case STUDY_CHOICE:
		if (st.p.skill == SKILL_PRODUCE)
			snprintf(line, sizeof line, _("Which is the %s for this?"),
				 plain_language_name(ui->learner.target));
		else
			snprintf(line, sizeof line, "%s", _("What does this mean?"));
		ui_text(y++, 2, w, line, UI_TITLE);
		y += ui_wrap(y, 4, w - 2, 3, st.p.question, UI_NORMAL) + 1;
		y = draw_options(ui, y, w);
		break;
	case STUDY_ORDER: {
		snprintf(line, sizeof line, _("Put the %s words in order:"),
			 plain_language_name(ui->learner.target));
		ui_text(y++, 2, w, line, UI_TITLE);
		y += ui_wrap(y, 4, w - 2, 3, st.p.question, UI_NORMAL) + 1;
		char built[1024] = "";
		for (size_t i = 0; i < st.norder; i++) {
			strncat(built, st.p.words[st.order[i]], sizeof built - strlen(built) - 2);
			strcat(built, " ");
		}
		y += ui_wrap(y, 4, w - 2, 3, st.norder ? built : "…", UI_SELECTED) + 1;
		int x = 4;
		for (size_t k = 0; k < st.p.nwords; k++) {
			bool used = false;
			for (size_t i = 0; i < st.norder; i++)
				used |= st.order[i] == k;
			snprintf(line, sizeof line, "%zu %s", k + 1, st.p.words[k]);
			char *safe = text_sanitize(line, strlen(line));
			int need = text_width(safe, strlen(safe)) + 3;
			free(safe);
			if (x + need > ui->cols - 2 && x > 4) {
				y++;
				x = 4;
			}
			x += ui_text(y, x, ui->cols - 2 - x, line, used ? UI_DIM : UI_NORMAL) + 3;
		}
		y += 2;
		break;
	}
	case STUDY_TYPE:
		snprintf(line, sizeof line, _("Type the %s for:"),
			 plain_language_name(ui->learner.target));
		ui_text(y++, 2, w, line, UI_TITLE);
		y += ui_wrap(y, 4, w - 2, 3, st.p.question, UI_NORMAL) + 1;
		break;
	default: /* FLIP, LISTEN */
		if (st.p.kind == STUDY_LISTEN && st.phase == P_ASK) {
			ui_text(y++, 2, w, _("Listen: what does it mean? (s repeats)"), UI_TITLE);
		} else {
			ui_text(y++, 2, w, _("What does this mean?"), UI_TITLE);
			y += draw_reading(y, 4, w - 2, st.p.question, st.p.question_reading,
					  UI_NORMAL);
		}
		y++;
		if (st.phase == P_REVEALED) {
			y += draw_reading(y, 4, w - 2, st.p.answer, st.p.answer_reading, UI_RIGHT);
			if (st.p.item->note)
				y += ui_wrap(y, 4, w - 2, 3, st.p.item->note, UI_DIM);
			ui_text(ui->rows - 3, 2, w,
				_("How well did you know it? 1 Again · 2 Hard · 3 Good · 4 Easy"),
				UI_KEY);
		} else
			ui_text(ui->rows - 3, 2, w, _("Press Enter to see the answer."), UI_KEY);
		return;
	}
	if (st.phase == P_FEEDBACK) {
		draw_feedback(ui, y, w);
		return;
	}
	if (st.p.kind == STUDY_TYPE) {
		ui_text(ui->rows - 3, 2, w, _("Type your answer and press Enter (Esc leaves)."),
			UI_DIM);
		ui_input_draw(&st.input, y, 4, w - 2, true);
	} else if (st.p.kind == STUDY_ORDER)
		ui_text(ui->rows - 3, 2, w,
			_("Press the words' numbers in order; Backspace takes one back."), UI_DIM);
	else
		ui_text(ui->rows - 3, 2, w, _("Press a letter, or ↑↓ and Enter."), UI_DIM);
}

/* ---------------------------------------------------------------- keys */

static bool typing(const struct ui *ui)
{
	(void)ui;
	return st.phase == P_ASK && st.p.kind == STUDY_TYPE;
}

static void answer_order(struct ui *ui, size_t word)
{
	if (word >= st.p.nwords)
		return;
	for (size_t i = 0; i < st.norder; i++)
		if (st.order[i] == word)
			return;
	st.order[st.norder++] = word;
	if (st.norder < st.p.nwords)
		return;
	char answer[STUDY_MAX_WORDS * 4];
	answer[0] = '\0';
	for (size_t i = 0; i < st.norder; i++) {
		size_t n = strlen(answer);
		snprintf(answer + n, sizeof answer - n, "%s%zu", i ? " " : "", st.order[i] + 1);
	}
	submit(ui, answer, 0);
}

static bool key_ask(struct ui *ui, enum ui_action action, wint_t ch)
{
	enum study_kind kind = st.p.kind;
	if (kind == STUDY_TYPE) {
		if (action == ACT_OPEN && (ch == '\n' || ch == KEY_ENTER)) {
			submit(ui, st.input.buf, 0);
			return true;
		}
		return ui_input_key(&st.input, ch, ui->key_code);
	}
	if (kind == STUDY_INTRODUCE) {
		if (action != ACT_OPEN)
			return false;
		char *err = NULL;
		if (study_introduced(st.study, &err))
			fail(ui, err);
		next_prompt(ui);
		return true;
	}
	if (kind == STUDY_CHOICE || kind == STUDY_JUDGE) {
		if (action == ACT_UP && st.selected > 0)
			st.selected--;
		else if (action == ACT_DOWN && st.selected + 1 < (int)st.p.noptions)
			st.selected++;
		else if (action == ACT_OPEN || action == ACT_TOGGLE) {
			char letter = action == ACT_OPEN ? (char)('a' + st.selected) : (char)ch;
			st.chosen[0] = letter;
			st.chosen[1] = '\0';
			submit(ui, st.chosen, 0);
		} else
			return false;
		return true;
	}
	if (kind == STUDY_ORDER) {
		if (action >= ACT_RATE_1 && action <= ACT_RATE_4)
			answer_order(ui, (size_t)(action - ACT_RATE_1));
		else if (ch >= '5' && ch <= '9')
			answer_order(ui, (size_t)(ch - '1'));
		else if (action == ACT_LEFT && st.norder > 0)
			st.norder--;
		else
			return false;
		return true;
	}
	/* FLIP, LISTEN */
	if (st.phase == P_ASK && action == ACT_OPEN) {
		st.phase = P_REVEALED;
		return true;
	}
	if (st.phase == P_REVEALED && action >= ACT_RATE_1 && action <= ACT_RATE_4) {
		submit(ui, NULL, action - ACT_RATE_1 + 1);
		return true;
	}
	return false;
}

static bool key_study(struct ui *ui, enum ui_action action, wint_t ch)
{
	if (st.phase == P_DONE)
		return false; /* any global key; q goes back */
	if (action == ACT_UNDO && !typing(ui)) {
		char *err = NULL;
		int rc = study_undo(st.study, &err);
		if (rc < 0)
			fail(ui, err);
		else if (rc == 0)
			ui_message(ui, UI_DIM, "%s", _("Nothing to undo."));
		else {
			ui_message(ui, UI_DIM, "%s", _("The last answer is undone."));
			next_prompt(ui);
		}
		return true;
	}
	if (action == ACT_SPEAK && !typing(ui)) {
		const char *lang = st.p.skill == SKILL_PRODUCE ? st.p.answer_lang : st.p.question_lang;
		const char *text = st.p.skill == SKILL_PRODUCE ? st.p.answer : st.p.question;
		if (st.p.kind == STUDY_INTRODUCE && st.p.item->ntexts > 1) {
			lang = st.p.item->texts[1].lang;
			text = st.p.item->texts[1].text;
		}
		if (!text || tts_speak(ui->tts, lang, text))
			ui_message(ui, UI_DIM, "%s", _("Speech is not available."));
		return true;
	}
	if (st.phase == P_FEEDBACK) {
		if (action >= ACT_RATE_1 && action <= ACT_RATE_4) {
			char *err = NULL;
			int rating = action - ACT_RATE_1 + 1;
			if (study_rerate(st.study, rating, &err) == -1)
				fail(ui, err);
			else
				st.result.rating = rating;
			return true;
		}
		if (action == ACT_OPEN) {
			next_prompt(ui);
			return true;
		}
		return false;
	}
	return key_ask(ui, action, ch);
}

const struct ui_screen ui_study_screen = {
	.title = N_("Study"),
	.keys = keys,
	.nkeys = sizeof keys / sizeof *keys,
	.open = open_study,
	.draw = draw_study,
	.key = key_study,
	.close = close_study,
	.typing = typing,
};
