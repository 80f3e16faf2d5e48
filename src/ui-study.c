/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Study: the engine's cards in every presentation, the feedback after each answer,
 * and the session's summary. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "mem.h"
#include "plain.h"
#include "text.h"
#include "ui-internal.h"

/* Not const: the rating keys are listed (in the footer and the help) only where
 * they rate, see show_keys(). */
static struct ui_key keys[] = {
	{ '\n', "Enter", ACT_OPEN, N_("answer / next") },
	{ ' ', "Space", ACT_OPEN, N_("answer / next") },
	{ '1', "1-4", ACT_RATE_1, N_("rate: Again, Hard, Good, Easy") },
	{ '2', "2", ACT_RATE_2, NULL },
	{ '3', "3", ACT_RATE_3, NULL },
	{ '4', "4", ACT_RATE_4, NULL },
	{ '0', "0-9", ACT_NONE, N_("pick a word by its number (10 and up: two digits)") },
	{ '5', "5", ACT_NONE, NULL },
	{ '6', "6", ACT_NONE, NULL },
	{ '7', "7", ACT_NONE, NULL },
	{ '8', "8", ACT_NONE, NULL },
	{ '9', "9", ACT_NONE, NULL },
	{ KEY_UP, "↑", ACT_UP, N_("previous option or word; scroll up") },
	{ KEY_DOWN, "↓", ACT_DOWN, N_("next option or word; scroll down") },
	{ KEY_PPAGE, "PgUp", ACT_PAGE_UP, N_("scroll the card up") },
	{ KEY_NPAGE, "PgDn", ACT_PAGE_DOWN, N_("scroll the card down") },
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
	int selected;		   /* the highlighted option; -1: none yet */
	size_t order[STUDY_MAX_WORDS]; /* word order: the words picked so far */
	size_t norder;
	size_t cursor;		   /* word order: the highlighted word */
	int scroll;		   /* the body's first row shown, when it is taller
				    * than the terminal */
	bool follow;		   /* the body scrolls to the option chosen with ↑↓ */
	int pending;		   /* word order: the first digit of a two-digit number */
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

/* The rating keys are listed only where they rate: after an answer, and once a
 * recalled card is revealed (not on a new item, nor while words are picked). */
static void show_keys(void)
{
	bool rating = st.phase == P_FEEDBACK || st.phase == P_REVEALED;
	for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
		if (keys[i].action == ACT_RATE_1)
			keys[i].help = rating ? N_("rate: Again, Hard, Good, Easy") : NULL;
}

static void speak(struct ui *ui)
{
	if (!st.p.speak ||
	    tts_speak_voice(ui->tts, st.p.speak_lang, st.p.speak_voice, st.p.speak))
		ui_message(ui, UI_DIM, "%s", study_silence(st.study));
}

static void next_prompt(struct ui *ui)
{
	char *err = NULL;
	if (st.have_result) {
		study_result_free(&st.result);
		st.have_result = false;
	}
	st.selected = -1;
	st.scroll = 0;
	st.follow = false;
	st.norder = 0;
	st.cursor = 0;
	st.pending = 0;
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
	if (st.p.kind == STUDY_LISTEN && st.p.speak)
		tts_speak_voice(ui->tts, st.p.speak_lang, st.p.speak_voice, st.p.speak);
}

/* What the message names when memory runs out while this screen is on top (mem.h):
 * named on every way into the screen, the one below being named again when it is
 * drawn after this one closes. */
static void name_activity(const struct ui *ui)
{
	mem_activity(_("studying as %s"), ui->learner.name);
}

static void open_study(struct ui *ui)
{
	name_activity(ui);
	char *err = NULL, *ask = NULL;
	struct policy p;
	int may = ui_may(ui, POLICY_STUDY, &ui->learner, &p, &ask);
	if (may <= 0) {
		ui_pop(ui);
		if (may == 0)
			ui_message(ui, UI_WARN,
				   _("Here you study only as %s (user %s); if that is not you, "
				     "ask %s."),
				   p.self.name, p.login, ask);
		free(ask);
		return;
	}
	free(ask);
	struct study_options opt = { .speech = tts_playable(ui->tts) };
	const char *seed = getenv("CORDIAL_SEED");
	if (seed && *seed)
		opt.seed = strtoull(seed, NULL, 10) + 1;
	memset(&st, 0, sizeof st);
	st.study = study_open(ui->t, ui->c, &ui->learner, &opt, &err);
	if (!st.study) {
		fail(ui, err);
		st.phase = P_DONE;
		show_keys();
		return;
	}
	next_prompt(ui);
	show_keys();
}

static void close_study(struct ui *ui)
{
	(void)ui;
	if (st.have_result)
		study_result_free(&st.result);
	study_close(st.study);
	st.study = NULL;
	st.phase = P_DONE;
	show_keys();
}

static void submit(struct ui *ui, const char *answer, int rating)
{
	char *err = NULL;
	int rc = study_answer(st.study, answer, rating, &st.result, &err);
	if (rc == STUDY_REFUSED)
		return; /* not an answer to this question: keep asking */
	if (rc < 0) {
		/* What was lost first: the status line is cut at the terminal's edge. */
		char *msg = xasprintf(_("The answer was not saved: %s"), err ? err : "?");
		free(err);
		fail(ui, msg);
		return;
	}
	st.have_result = true;
	st.phase = P_FEEDBACK;
	st.scroll = 0;
	if (st.p.kind == STUDY_FLIP || st.p.kind == STUDY_LISTEN)
		next_prompt(ui); /* the learner rated it already */
}

/* ---------------------------------------------------------------- drawing */

/* The study body: the rows between the progress line and the lines kept at the
 * bottom (the rating, the hint, the status and the footer), which it never draws
 * over whatever the size.  The card is laid out in rows of its own from `top` down,
 * as many as it needs; the rows from st.scroll on that fit above `limit` are shown,
 * and the rest is reached by scrolling.  A first pass only measures. */
#define WHOLE 1000 /* lines: a text shown whole */

static struct {
	int top, limit;
	int end;      /* the row after the last one laid out */
	bool measure; /* laying out only, drawing nothing */
	int focus_top, focus_end; /* rows kept in view (the chosen option, the input);
				   * focus_end 0: none */
	int input_y;  /* the typed answer's row, or -1 */
} body;

static void body_used(int end)
{
	if (end > body.end)
		body.end = end;
}

static bool body_shows(int y)
{
	int row = y - st.scroll;
	return !body.measure && row >= body.top && row < body.limit;
}

/* One line of the body at row y; returns the columns it takes, shown or not. */
static int body_text(int y, int x, int w, const char *text, enum ui_color color)
{
	if (!text || !*text || w <= 0)
		return 0;
	body_used(y + 1);
	if (body_shows(y))
		return ui_text(y - st.scroll, x, w, text, color);
	char *safe = text_sanitize(text, strlen(text));
	int used = 0;
	if (safe)
		text_clip(safe, strlen(safe), w, &used);
	free(safe);
	return used;
}

/* Text wrapped from row y, at most max lines; returns the lines it takes, shown
 * or not. */
static int body_wrap(int y, int x, int w, int max, const char *text, enum ui_color color)
{
	int n = ui_wrap_count(w, text);
	if (n > max)
		n = max;
	if (n <= 0)
		return 0;
	body_used(y + n);
	if (!body.measure) {
		int first = y - st.scroll, skip = first < body.top ? body.top - first : 0;
		int end = first + n < body.limit ? first + n : body.limit;
		if (end - first - skip > 0)
			ui_wrap_part(first + skip, x, w, skip, end - first - skip, text, color);
	}
	return n;
}

static bool small(const struct ui *ui)
{
	return ui->rows < 20;
}

static int draw_reading(int y, int x, int w, const char *text, const char *reading,
			enum ui_color color)
{
	int lines = body_wrap(y, x, w, WHOLE, text, color);
	if (reading)
		lines += body_wrap(y + lines, x, w, WHOLE, reading, UI_DIM);
	return lines;
}

static int draw_options(int y, int w)
{
	for (size_t k = 0; k < st.p.noptions; k++) {
		char label[8];
		snprintf(label, sizeof label, "%c) ", (char)('a' + k));
		enum ui_color c = UI_NORMAL;
		if (st.phase == P_FEEDBACK && (int)k == st.p.correct)
			c = UI_RIGHT;
		else if (st.phase == P_FEEDBACK && st.chosen[0] == 'a' + (int)k)
			c = UI_WRONG;
		else if (st.phase == P_ASK && (int)k == st.selected)
			c = UI_SELECTED;
		int from = y;
		body_text(y, 4, 3, label, UI_KEY);
		y += body_wrap(y, 7, w - 5, WHOLE, st.p.options[k], c);
		if (st.phase == P_ASK && (int)k == st.selected) {
			body.focus_top = from;
			body.focus_end = y;
		}
	}
	return y;
}

/* The rows the options take, as draw_options() draws them. */
static int options_rows(int w)
{
	int rows = 0;
	for (size_t k = 0; k < st.p.noptions; k++) {
		int n = ui_wrap_count(w - 5, st.p.options[k]);
		rows += n < 1 ? 1 : n;
	}
	return rows;
}

/* One side of the difference of a typed answer after a label: the typed answer with
 * its extra parts, or the answer with its missing parts, marked [so] and coloured. */
static int draw_side(int y, int w, const char *label, bool typed)
{
	int x0 = 4, x = x0 + body_text(y, x0, w, label, UI_DIM) + 1, start = y;
	enum grade_span shown = typed ? GRADE_EXTRA : GRADE_MISSING;
	bool first = true;
	for (size_t i = 0; i < st.result.ndiff; i++) {
		const struct grade_segment *seg = &st.result.diff[i];
		if (seg->kind != GRADE_SAME && seg->kind != shown)
			continue;
		char buf[512];
		snprintf(buf, sizeof buf, "%s%s%s%s", st.result.by_words && !first ? " " : "",
			 seg->kind == GRADE_SAME ? "" : "[", seg->text,
			 seg->kind == GRADE_SAME ? "" : "]");
		first = false;
		char *safe = text_sanitize(buf, strlen(buf));
		int need = safe ? text_width(safe, strlen(safe)) : 0;
		free(safe);
		if (x + need > x0 + w && x > x0 + 2) {
			y++;
			x = x0 + 2;
		}
		x += body_text(y, x, x0 + w - x, buf,
			       seg->kind == GRADE_SAME ? UI_NORMAL : typed ? UI_WRONG : UI_RIGHT);
	}
	return y - start + 1;
}

/* Right or wrong, and what teaches: the taught answer, the difference line by line,
 * the phrase with its reading, the note or the explanation. */
static int draw_verdict(int y, int w)
{
	char line[512];
	bool right = st.result.correct;
	y += body_text(y, 2, w, study_verdict(&st.result), right ? UI_RIGHT : UI_WRONG) ? 1 : 0;
	if (st.p.kind == STUDY_TYPE && st.result.ndiff) {
		y += draw_side(y, w - 2, _("Your answer:"), true);
		if (st.result.nearest) {
			y += draw_side(y, w - 2, _("Also accepted:"), false);
			snprintf(line, sizeof line, "%s %s", _("The answer:"), st.p.answer);
			y += body_wrap(y, 4, w - 2, WHOLE, line, UI_RIGHT);
		} else
			y += draw_side(y, w - 2, _("The answer:"), false);
		y += body_wrap(y, 4, w - 2, WHOLE, _("([ ] marks what differs.)"), UI_DIM);
	} else if (!right && st.p.kind == STUDY_ORDER) {
		snprintf(line, sizeof line, "%s %s", _("The answer:"), st.p.answer);
		y += body_wrap(y, 4, w - 2, WHOLE, line, UI_RIGHT);
	} else if (!right) {
		snprintf(line, sizeof line, _("The answer is %c) "), (char)('a' + st.p.correct));
		size_t n = strlen(line);
		snprintf(line + n, sizeof line - n, "%s", st.p.options[st.p.correct]);
		y += body_wrap(y, 4, w - 2, WHOLE, line, UI_RIGHT);
	}
	if (st.p.target_reading && st.p.kind != STUDY_JUDGE)
		y += draw_reading(y, 4, w - 2, st.p.target, st.p.target_reading, UI_NORMAL);
	return y;
}

/* The four ratings, "1 Again" and after an answer when the card comes back ("1
 * Again 10m"), each whole on a row, on as few rows as the width allows. */
struct ratings {
	char items[4][96];
	int row[4], x[4];
	int rows;
};

static void lay_out_ratings(const struct ui *ui, bool intervals, struct ratings *r)
{
	for (int pass = 0; pass < 2; pass++) {
		/* with every rating's name; on a terminal too narrow for that in two
		 * rows, the chosen one's name only */
		for (int i = 0; i < 4; i++) {
			char when[32] = "";
			if (intervals)
				study_interval(when, sizeof when,
					       st.result.due_ms[i] - st.result.now_ms, true);
			bool named = pass == 0 || st.result.rating == i + 1;
			snprintf(r->items[i], sizeof r->items[i], "%d%s%s%s%s", i + 1,
				 named ? " " : "", named ? study_rating_name(i + 1) : "",
				 when[0] ? " " : "", when);
		}
		int row = 0, x = 2;
		for (int i = 0; i < 4; i++) {
			char *safe = text_sanitize(r->items[i], strlen(r->items[i]));
			int need = safe ? text_width(safe, strlen(safe)) : 0;
			free(safe);
			if (x > 2 && x + need > ui->cols - 1) {
				row++;
				x = 2;
			}
			r->row[i] = row;
			r->x[i] = x;
			x += need + 2;
		}
		r->rows = row + 1;
		if (r->rows <= 2 || !intervals)
			return;
	}
}

static void draw_ratings(const struct ui *ui, const struct ratings *r, int y)
{
	for (int i = 0; i < 4; i++)
		ui_text(y + r->row[i], r->x[i], ui->cols - r->x[i], r->items[i],
			st.phase == P_FEEDBACK && st.result.rating == i + 1 ? UI_SELECTED : UI_KEY);
}

/* A hint on the row above the status line, in its short form when the long one
 * does not fit. */
static void draw_hint(const struct ui *ui, int y, const char *hint, const char *brief,
		      enum ui_color color)
{
	int w = ui->cols - 4;
	if (brief && text_width(hint, strlen(hint)) > w)
		hint = brief;
	ui_text(y, 2, w, hint, color);
}

/* The lines under the body: what to do now, and the ratings once they apply.
 * Returns the first row they take, where the body ends; draws only when `draw`. */
static int draw_bottom(struct ui *ui, bool draw)
{
	int hint_y = ui->rows - 3;
	struct ratings r;
	if (st.p.kind == STUDY_INTRODUCE && st.phase == P_ASK) {
		if (draw)
			draw_hint(ui, hint_y, _("Press Enter when you have read it."), NULL, UI_KEY);
		return hint_y;
	}
	if (st.phase == P_FEEDBACK) {
		lay_out_ratings(ui, true, &r);
		/* On a small terminal, ratings over two rows take the hint's row: the
		 * footer names Enter, and the help every key. */
		bool hint = !small(ui) || r.rows == 1;
		int y = (hint ? hint_y : hint_y + 1) - r.rows;
		if (draw) {
			draw_ratings(ui, &r, y);
			if (hint)
				draw_hint(ui, hint_y,
					  _("Enter: next card · 1-4: change the rating · u: undo"),
					  _("Enter: next card · u: undo"), UI_DIM);
		}
		return y;
	}
	if (st.phase == P_REVEALED) {
		/* The question, and the four ratings after it or under it. */
		const char *ask = _("How well did you know it?");
		int qw = text_width(ask, strlen(ask));
		lay_out_ratings(ui, false, &r);
		bool beside = r.rows == 1 && 2 + qw + 2 + r.x[3] - 2 +
						     text_width(r.items[3], strlen(r.items[3])) <=
					     ui->cols - 1;
		int y = hint_y + 1 - r.rows - (beside ? 0 : 1);
		if (draw) {
			ui_text(y, 2, ui->cols - 4, ask, UI_KEY);
			if (beside) {
				for (int i = 0; i < 4; i++)
					r.x[i] += qw + 2;
				draw_ratings(ui, &r, y);
			} else
				draw_ratings(ui, &r, y + 1);
		}
		return y;
	}
	if (draw) {
		switch (st.p.kind) {
		case STUDY_FLIP:
		case STUDY_LISTEN:
			draw_hint(ui, hint_y, _("Press Enter to see the answer."), NULL, UI_KEY);
			break;
		case STUDY_TYPE:
			draw_hint(ui, hint_y, _("Type your answer and press Enter (Esc leaves)."),
				  _("Type, then Enter."), UI_DIM);
			break;
		case STUDY_ORDER:
			draw_hint(ui, hint_y,
				  _("Numbers or ↑↓ and Enter pick the words; Backspace takes one back."),
				  _("Pick by number, or ↑↓ and Enter."), UI_DIM);
			break;
		default:
			draw_hint(ui, hint_y, _("Press a letter, or ↑↓ and Enter."),
				  _("A letter, or ↑↓ and Enter."), UI_DIM);
			break;
		}
	}
	return hint_y;
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
		char when[64];
		study_interval(when, sizeof when, st.summary.next_due_ms - study_now(), false);
		snprintf(line, sizeof line, _("The next card is due in %s."), when);
		ui_wrap(y + 1, 2, w, 2, line, UI_NORMAL);
	}
	ui_text(ui->rows - 3, 2, w, _("Press q to go back."), UI_DIM);
}

static bool word_used(size_t k)
{
	for (size_t i = 0; i < st.norder; i++)
		if (st.order[i] == k)
			return true;
	return false;
}

/* The words still to place, each with its number, the highlighted one marked; when
 * they need more rows than there are, the rows around the highlighted one. */
static int draw_words(struct ui *ui, int y)
{
	int row_of[STUDY_MAX_WORDS] = { 0 }, x_of[STUDY_MAX_WORDS] = { 0 },
	    width_of[STUDY_MAX_WORDS] = { 0 };
	char labels[STUDY_MAX_WORDS][160];
	int row = 0, x = 4, right = ui->cols - 2, cursor_row = 0;
	for (size_t k = 0; k < st.p.nwords; k++) {
		row_of[k] = -1;
		if (word_used(k))
			continue;
		snprintf(labels[k], sizeof labels[k], "%zu %s", k + 1, st.p.words[k]);
		char *safe = text_sanitize(labels[k], strlen(labels[k]));
		int need = text_width(safe, strlen(safe));
		free(safe);
		if (x + need > right && x > 4) {
			row++;
			x = 4;
		}
		row_of[k] = row;
		x_of[k] = x;
		width_of[k] = right - x;
		if (k == st.cursor)
			cursor_row = row;
		x += need + 3;
	}
	/* The words are not scrolled with the body (which stays put while they are
	 * picked): they scroll themselves, around the highlighted one. */
	int rows = body.limit - y, first = 0;
	if (rows < 1)
		return y;
	if (cursor_row >= rows)
		first = cursor_row - rows + 1;
	int last = row - first < rows - 1 ? row - first : rows - 1;
	body_used(y + last + 1);
	if (body.measure)
		return y + last + 1;
	for (size_t k = 0; k < st.p.nwords; k++) {
		if (row_of[k] < first || row_of[k] >= first + rows)
			continue;
		ui_text(y + row_of[k] - first, x_of[k], width_of[k], labels[k],
			k == st.cursor ? UI_SELECTED : UI_NORMAL);
	}
	if (first > 0)
		ui_text(y, 2, 2, "…", UI_DIM);
	if (row >= first + rows)
		ui_text(y + rows - 1, ui->cols - 2, 2, "…", UI_DIM);
	return y + last + 1;
}

/* The card: lays out (and unless body.measure, draws) the body from row y. */
static void draw_card(struct ui *ui, int y)
{
	int w = ui->cols - 4, gap = small(ui) ? 0 : 1;
	const struct hb_item *it = st.p.item;
	char line[256];
	switch (st.p.kind) {
	case STUDY_INTRODUCE:
		y += body_text(y, 2, w, it->kind == HB_COURTESY ? _("New situation") : _("New phrase"),
			       UI_TITLE) ? 1 : 0;
		if (it->kind == HB_COURTESY) {
			y += body_wrap(y, 2, w, WHOLE, it->situation, UI_NORMAL);
			y = draw_options(y, w);
			snprintf(line, sizeof line, _("The right choice: %c)"),
				 (char)('a' + st.p.correct));
			y += body_text(y, 2, w, line, UI_RIGHT) ? 1 : 0;
			body_wrap(y, 2, w, WHOLE, it->explanation, UI_NORMAL);
		} else {
			for (size_t i = 0; i < it->ntexts; i++) {
				const struct hb_text *t = &it->texts[i];
				body_text(y, 2, 10, plain_language_name(t->lang), UI_DIM);
				y += draw_reading(y, 12, w - 10, t->text, t->reading, UI_NORMAL);
			}
			if (it->note)
				body_wrap(y + gap, 2, w, WHOLE, it->note, UI_DIM);
		}
		return;
	case STUDY_JUDGE: {
		/* On a small terminal the title gives its row up when the situation and
		 * the options need it. */
		bool titled = !small(ui) || st.phase != P_ASK ||
			      1 + ui_wrap_count(w, st.p.question) + options_rows(w) <=
				      body.limit - y;
		if (titled)
			y += body_text(y, 2, w, _("What do you do?"), UI_TITLE) ? 1 : 0;
		y += body_wrap(y, 2, w, WHOLE, st.p.question, UI_NORMAL) + gap;
		if (st.phase == P_FEEDBACK)
			y = draw_verdict(y, w) + gap;
		y = draw_options(y, w);
		break;
	}
	case STUDY_CHOICE:
		if (st.p.skill == SKILL_PRODUCE)
			snprintf(line, sizeof line, _("Which is the %s for this?"),
				 plain_language_name(ui->learner.target));
		else
			snprintf(line, sizeof line, "%s", _("What does this mean?"));
		y += body_text(y, 2, w, line, UI_TITLE) ? 1 : 0;
		y += body_wrap(y, 4, w - 2, WHOLE, st.p.question, UI_NORMAL) + gap;
		if (st.phase == P_FEEDBACK)
			y = draw_verdict(y, w) + gap;
		y = draw_options(y, w);
		break;
	case STUDY_ORDER: {
		snprintf(line, sizeof line, _("Put the %s words in order:"),
			 plain_language_name(ui->learner.target));
		y += body_text(y, 2, w, line, UI_TITLE) ? 1 : 0;
		if (st.phase == P_FEEDBACK) {
			y += body_wrap(y, 4, w - 2, WHOLE, st.p.question, UI_NORMAL) + gap;
			y = draw_verdict(y, w);
			break;
		}
		/* While words are picked the body stays put: the question in as many
		 * rows as the words leave, the sentence so far by its last rows. */
		y += body_wrap(y, 4, w - 2, small(ui) ? 2 : 3, st.p.question, UI_NORMAL) + gap;
		char built[2048] = "";
		for (size_t i = 0; i < st.norder; i++) {
			strncat(built, st.p.words[st.order[i]], sizeof built - strlen(built) - 2);
			strcat(built, " ");
		}
		if (st.pending) {
			size_t n = strlen(built);
			snprintf(built + n, sizeof built - n, "‹%d…›", st.pending);
		}
		const char *so_far = built[0] ? built : "…";
		int n = ui_wrap_count(w - 2, so_far), cap = small(ui) ? 2 : 3;
		int shown = n < cap ? n : cap;
		if (!body.measure && y < body.limit)
			ui_wrap_part(y, 4, w - 2, n - shown, body.limit - y, so_far, UI_SELECTED);
		body_used(y + shown);
		y += shown + gap;
		y = draw_words(ui, y);
		return;
	}
	case STUDY_TYPE:
		snprintf(line, sizeof line, _("Type the %s for:"),
			 plain_language_name(ui->learner.target));
		y += body_text(y, 2, w, line, UI_TITLE) ? 1 : 0;
		y += body_wrap(y, 4, w - 2, WHOLE, st.p.question, UI_NORMAL) + gap;
		if (st.phase == P_FEEDBACK)
			y = draw_verdict(y, w);
		else {
			body.input_y = y;
			body.focus_top = y;
			body.focus_end = y + 1;
			body_used(y + 1);
			return;
		}
		break;
	default: /* FLIP, LISTEN */
		if (st.p.kind == STUDY_LISTEN && st.phase == P_ASK) {
			y += body_text(y, 2, w, _("Listen: what does it mean? (s repeats)"), UI_TITLE)
				     ? 1
				     : 0;
		} else {
			y += body_text(y, 2, w, _("What does this mean?"), UI_TITLE) ? 1 : 0;
			y += draw_reading(y, 4, w - 2, st.p.question, st.p.question_reading,
					  UI_NORMAL);
		}
		y += gap;
		if (st.phase == P_REVEALED) {
			y += draw_reading(y, 4, w - 2, st.p.answer, NULL, UI_RIGHT);
			if (st.p.item->note)
				body_wrap(y, 4, w - 2, WHOLE, st.p.item->note, UI_DIM);
		}
		return;
	}
	if (st.phase == P_FEEDBACK) {
		const char *why = st.p.kind == STUDY_JUDGE ? st.p.item->explanation : st.p.item->note;
		if (why)
			body_wrap(y, 4, w - 2, WHOLE, why, UI_NORMAL);
	}
}

/* The largest scroll that still fills the body. */
static int max_scroll(void)
{
	int most = body.end - body.limit;
	return most > 0 ? most : 0;
}

static void draw_study(struct ui *ui)
{
	name_activity(ui);
	if (st.phase == P_DONE) {
		draw_summary(ui);
		return;
	}
	int y = 1;
	/* Progress: answers given against the session's size. */
	long total = st.p.total;
	char count[32];
	snprintf(count, sizeof count, "%ld/%ld", st.p.answered, total);
	int cw = ui_text(y, ui->cols - 12, 12, count, UI_DIM);
	ui_bar(y, 2, ui->cols - 16 - cw + 12 > 4 ? ui->cols - 16 : 4,
	       total ? (double)st.p.answered / (double)total : 0, UI_BAR);
	y += 1 + (small(ui) ? 0 : 1);

	/* Laid out first, to know how far the body may scroll. */
	body.top = y;
	body.limit = draw_bottom(ui, false);
	body.end = y;
	body.focus_end = 0;
	body.input_y = -1;
	body.measure = true;
	draw_card(ui, y);
	bool picking = st.phase == P_ASK && st.p.kind == STUDY_ORDER;
	if (picking)
		st.scroll = 0;
	else if (body.focus_end && (st.follow || body.input_y >= 0)) {
		if (body.focus_end - st.scroll > body.limit)
			st.scroll = body.focus_end - body.limit;
		if (body.focus_top - st.scroll < body.top)
			st.scroll = body.focus_top - body.top;
	}
	if (st.scroll > max_scroll())
		st.scroll = max_scroll();
	if (st.scroll < 0)
		st.scroll = 0;
	body.measure = false;
	draw_card(ui, y);
	draw_bottom(ui, true);
	/* What is above and below the rows shown. */
	if (st.scroll > 0)
		ui_text(body.top, ui->cols - 1, 1, "↑", UI_KEY);
	if (!picking && body.end - st.scroll > body.limit)
		ui_text(body.limit - 1, ui->cols - 1, 1, "↓", UI_KEY);
	if (body.input_y >= 0) /* the cursor goes last */
		ui_input_draw(&st.input, body.input_y - st.scroll, 4, ui->cols - 6, true);
}

/* ---------------------------------------------------------------- keys */

static bool typing(const struct ui *ui)
{
	(void)ui;
	return st.phase == P_ASK && st.p.kind == STUDY_TYPE;
}

/* The first word not yet placed from k on (going forward or back), or k. */
static size_t next_free(size_t k, int step)
{
	size_t n = st.p.nwords, j = k;
	for (size_t i = 0; i < n; i++) {
		j = step > 0 ? (j + 1) % n : (j + n - 1) % n;
		if (!word_used(j))
			return j;
	}
	return k;
}

static void answer_order(struct ui *ui, size_t word)
{
	if (word >= st.p.nwords)
		return;
	if (word_used(word)) {
		ui_message(ui, UI_DIM, _("Word %zu is placed already; Backspace takes words back."),
			   word + 1);
		return;
	}
	st.order[st.norder++] = word;
	if (st.cursor == word || word_used(st.cursor))
		st.cursor = next_free(word, 1);
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

/* A digit of a word's number: with ten words or more, a digit that can begin a
 * longer number waits for the next one (or for Enter). */
static void order_digit(struct ui *ui, int digit)
{
	int v = st.pending * 10 + digit, n = (int)st.p.nwords;
	st.pending = 0;
	if (v < 1 || v > n) {
		ui_message(ui, UI_DIM, _("The words are numbered 1 to %d."), n);
		return;
	}
	if (v * 10 <= n)
		st.pending = v;
	else
		answer_order(ui, (size_t)(v - 1));
}

static bool key_order(struct ui *ui, enum ui_action action, wint_t ch)
{
	if (ch >= '0' && ch <= '9' && !ui->key_code)
		order_digit(ui, (int)(ch - '0'));
	else if (action == ACT_OPEN && st.pending) {
		int v = st.pending;
		st.pending = 0;
		answer_order(ui, (size_t)(v - 1));
	} else if (action == ACT_OPEN)
		answer_order(ui, st.cursor);
	else if (action == ACT_UP || action == ACT_DOWN) {
		st.pending = 0; /* the arrows choose instead */
		st.cursor = next_free(st.cursor, action == ACT_DOWN ? 1 : -1);
	}
	else if (action == ACT_LEFT && st.pending)
		st.pending = 0;
	else if (action == ACT_LEFT && st.norder > 0)
		st.cursor = st.order[--st.norder];
	else
		return false;
	return true;
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
		int n = (int)st.p.noptions;
		if (action == ACT_UP || action == ACT_DOWN)
			st.follow = true; /* the body shows the option chosen */
		if (action == ACT_UP)
			st.selected = st.selected > 0 ? st.selected - 1 : n - 1;
		else if (action == ACT_DOWN)
			st.selected = st.selected + 1 < n ? st.selected + 1 : 0;
		else if (action == ACT_OPEN && st.selected < 0)
			/* Enter alone never answers: a second Enter after the last card's
			 * feedback must not pick an option */
			ui_message(ui, UI_DIM, "%s", _("Press a letter, or choose with ↑↓ first."));
		else if (action == ACT_OPEN || action == ACT_TOGGLE) {
			char letter = action == ACT_OPEN ? (char)('a' + st.selected) : (char)ch;
			st.chosen[0] = letter;
			st.chosen[1] = '\0';
			submit(ui, st.chosen, 0);
		} else
			return false;
		return true;
	}
	if (kind == STUDY_ORDER)
		return key_order(ui, action, ch);
	/* FLIP, LISTEN */
	if (st.phase == P_ASK && action == ACT_OPEN) {
		st.phase = P_REVEALED;
		st.scroll = 0;
		return true;
	}
	if (st.phase == P_REVEALED && action >= ACT_RATE_1 && action <= ACT_RATE_4) {
		submit(ui, NULL, action - ACT_RATE_1 + 1);
		return true;
	}
	return false;
}

/* Scrolls a body taller than the terminal: PgUp and PgDn always, ↑ and ↓ where
 * they choose nothing (the card's text, the feedback).  Returns true when handled. */
static bool key_scroll(struct ui *ui, enum ui_action action)
{
	int page = body.limit - body.top - 1, step = 0;
	bool arrows = st.phase == P_FEEDBACK || st.phase == P_REVEALED ||
		      st.p.kind == STUDY_INTRODUCE || st.p.kind == STUDY_FLIP ||
		      st.p.kind == STUDY_LISTEN;
	if (action == ACT_PAGE_UP || action == ACT_PAGE_DOWN)
		step = (page > 1 ? page : 1) * (action == ACT_PAGE_UP ? -1 : 1);
	else if (arrows && (action == ACT_UP || action == ACT_DOWN))
		step = action == ACT_UP ? -1 : 1;
	if (!step)
		return false;
	(void)ui;
	st.follow = false;
	st.scroll += step;
	if (st.scroll > max_scroll())
		st.scroll = max_scroll();
	if (st.scroll < 0)
		st.scroll = 0;
	return true;
}

static bool key_phase(struct ui *ui, enum ui_action action, wint_t ch)
{
	if (st.phase == P_DONE)
		return false; /* any global key; q goes back */
	if (key_scroll(ui, action))
		return true;
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
		speak(ui);
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

static bool key_study(struct ui *ui, enum ui_action action, wint_t ch)
{
	name_activity(ui);
	bool handled = key_phase(ui, action, ch);
	show_keys();
	return handled;
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
