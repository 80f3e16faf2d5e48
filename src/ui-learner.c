/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Who is studying: the first-run form (name, languages, handbooks) and, with several
 * learners on one machine, picking one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hb.h"
#include "i18n.h"
#include "mem.h"
#include "langs.h"
#include "plain.h"
#include "text.h"
#include "ui-internal.h"

/* Enter first: the footer keeps it when the terminal is narrow. */
static const struct ui_key keys[] = {
	{ '\n', "Enter", ACT_OPEN, N_("choose, or go on") },
	{ KEY_UP, "↑", ACT_UP, N_("previous") },
	{ KEY_DOWN, "↓", ACT_DOWN, N_("next") },
	{ '\t', "Tab", ACT_DOWN, N_("next") },
	{ KEY_LEFT, "←", ACT_LEFT, N_("change") },
	{ KEY_RIGHT, "→", ACT_RIGHT, N_("change") },
	{ ' ', "Space", ACT_TOGGLE, N_("tick or untick a handbook") },
	{ 'n', "n", ACT_NEW_LEARNER, N_("add a new learner") },
};

#define MAX_LEARNERS 64
#define MAX_BOOKS    32
#define MAX_LANGS    16

enum field { F_NAME, F_NATIVE, F_TARGET, F_BOOKS, F_CREATE };

#define WELCOME                                                                               \
	N_("Welcome to cordial. Who is studying? Fill in the form and press Enter on "         \
	   "\"Start\".")

/* The screen's state: it belongs to the screen's place on the stack, so that the
 * form opened again (a learner added after another) starts afresh. */
struct learner_form {
	bool form; /* the first-run form, else the list of learners */
	struct learner learners[MAX_LEARNERS];
	int nlearners, selected;
	struct ui_input name;
	char langs[MAX_LANGS][16];
	int nlangs, native, target;
	char books[MAX_BOOKS][72], titles[MAX_BOOKS][160];
	int ticked[MAX_BOOKS]; /* 0, or the handbook's place in the order of study */
	int nbooks, book; /* the highlighted handbook */
	int field;
};

static void add_lang(struct learner_form *st, const char *code)
{
	for (int i = 0; i < st->nlangs; i++)
		if (!strcmp(st->langs[i], code))
			return;
	if (st->nlangs < MAX_LANGS)
		snprintf(st->langs[st->nlangs++], sizeof st->langs[0], "%s", code);
}

static int lang_index(const struct learner_form *st, const char *code)
{
	for (int i = 0; i < st->nlangs; i++)
		if (!strcmp(st->langs[i], code))
			return i;
	return 0;
}

static void collect_book(const struct content_summary *s, void *ctx)
{
	struct learner_form *st = ctx;
	if (st->nbooks >= MAX_BOOKS)
		return;
	snprintf(st->books[st->nbooks], sizeof st->books[0], "%s", s->id);
	snprintf(st->titles[st->nbooks], sizeof st->titles[0], "%s", s->title);
	/* Nothing is ticked for the learner: what to study first is theirs to say. */
	st->ticked[st->nbooks] = 0;
	st->nbooks++;
	add_lang(st, s->source);
	char langs[128];
	snprintf(langs, sizeof langs, "%s", s->languages);
	for (char *save = NULL, *l = strtok_r(langs, " ", &save); l; l = strtok_r(NULL, " ", &save))
		add_lang(st, l);
}

static void collect_learner(const struct learner *l, void *ctx)
{
	struct learner_form *st = ctx;
	if (st->nlearners < MAX_LEARNERS)
		st->learners[st->nlearners++] = *l;
}

static void start_form(struct ui *ui)
{
	struct learner_form *st = ui_state(ui);
	char *err = NULL;
	st->form = true;
	st->field = F_NAME;
	st->nbooks = st->nlangs = st->book = 0;
	ui_input_clear(&st->name);
	struct langs offered = { .n = 0 };
	if (content_list(ui->c, collect_book, st, &err) || langs_offered(ui->c, &offered, &err)) {
		ui_message(ui, UI_WARN, "%s", err ? err : "?");
		free(err);
	}
	char locale[16], native[16], target[16];
	langs_defaults(&offered, langs_locale(locale), native, target);
	add_lang(st, native);
	add_lang(st, target);
	st->native = lang_index(st, native);
	st->target = lang_index(st, target);
	ui_language(native);
}

static void choose(struct ui *ui, const struct learner *l)
{
	ui_language(l->native);
	ui->learner = *l;
	ui->have_learner = true;
	ui_replace(ui, &ui_home_screen);
}

/* What the message names when memory runs out while this screen is on top (mem.h):
 * named on every way into the screen, the one below being named again when it is
 * drawn after this one closes. */
static void name_activity(void)
{
	mem_activity(_("using the %s screen"), _(ui_learner_screen.title));
}

static void open_learner(struct ui *ui)
{
	name_activity();
	struct learner_form *st = ui_state(ui);
	char *err = NULL, *ask = NULL;
	st->nlearners = 0;
	st->selected = 0;
	st->form = false;
	/* A login tied to a learner who may not pick another is that learner. */
	struct policy p;
	int may = ui_may(ui, POLICY_PICK, NULL, &p, &ask);
	free(ask);
	if (may == 0)
		choose(ui, &p.self);
	if (may <= 0)
		return;
	if (training_learner_each(ui->t, collect_learner, st, &err)) {
		ui_message(ui, UI_WARN, "%s", err ? err : "?");
		free(err);
	}
	for (int i = 0; p.tied && i < st->nlearners; i++)
		if (st->learners[i].id == p.self.id)
			st->selected = i;
	if (st->nlearners == 0)
		start_form(ui);
	/* The only learner is chosen at start; asked for on Home (switching learners),
	 * the list is shown, where n adds another. */
	else if (st->nlearners == 1 && ui->learner.id == 0 && !ui->status[0])
		choose(ui, &st->learners[0]);
}

/* Whether learners may be added here; refuses, naming whom to ask, when not. */
static bool may_add(struct ui *ui)
{
	char *ask = NULL;
	int may = ui_may(ui, POLICY_ADD, NULL, NULL, &ask);
	if (may == 0)
		ui_message(ui, UI_WARN, _("Only a trainer can add learners; ask %s."), ask);
	free(ask);
	return may > 0;
}

static void create(struct ui *ui)
{
	struct learner_form *st = ui_state(ui);
	char *err = NULL;
	size_t len;
	const char *name = text_trim(st->name.buf, st->name.len, &len);
	struct learner l = { .retention = FSRS_DEFAULT_RETENTION, .daily_new = 15 };
	if (len == 0 || len >= sizeof l.name || strpbrk(name, "/\t")) {
		ui_message(ui, UI_WARN, "%s", _("Type a name first (no slashes)."));
		st->field = F_NAME;
		return;
	}
	if (st->native == st->target) {
		ui_message(ui, UI_WARN, "%s", _("The language to learn must differ from your own."));
		st->field = F_TARGET;
		return;
	}
	if (!may_add(ui))
		return;
	snprintf(l.name, sizeof l.name, "%.*s", (int)len, name);
	snprintf(l.native, sizeof l.native, "%s", st->langs[st->native]);
	snprintf(l.target, sizeof l.target, "%s", st->langs[st->target]);
	int64_t now = study_now();
	int rc = -1;
	if (training_begin(ui->t, &err) == 0) {
		rc = training_learner_add(ui->t, &l, now, &err);
		/* The handbooks in the order ticked, each one's lessons in order: chosen
		 * one millisecond apart, the order in which new items come. */
		int64_t at = now;
		for (int place = 1; place <= st->nbooks && rc == 0; place++)
			for (int b = 0; b < st->nbooks && rc == 0; b++) {
				if (st->ticked[b] != place)
					continue;
				struct hb_book *book =
					content_load_lesson(ui->c, st->books[b], NULL, &err);
				for (size_t i = 0; book && i < book->nlessons && rc == 0; i++)
					rc = training_lesson_choose(ui->t, l.id, book->id,
								    book->lessons[i].id, at++, &err);
				hb_book_free(book);
			}
		if (rc == 0)
			rc = training_commit(ui->t, &err);
		if (rc != 0)
			training_rollback(ui->t);
	}
	if (rc == 1) {
		ui_message(ui, UI_WARN, _("There is already a learner named %s."), l.name);
		return;
	}
	if (rc != 0) {
		ui_message(ui, UI_WARN, "%s", err ? err : "?");
		free(err);
		return;
	}
	choose(ui, &l);
	if (l.role == ROLE_TRAINER) /* the first learner of a new database: say so */
		ui_message(ui, UI_RIGHT, "%s",
			   _("You are the trainer and editor (key t)."));
}

/* The form's lines, as many as the terminal has room for: blank lines and the
 * welcome go first when it is small, and the lines scroll to keep the field being
 * changed in view. */
enum form_line { L_BLANK, L_WELCOME, L_NAME, L_NATIVE, L_TARGET, L_BOOKS, L_BOOK, L_START };

static void draw_form(struct ui *ui)
{
	struct learner_form *st = ui_state(ui);
	int w = ui->cols - 4, top = 2, room = ui->rows - 2 - top; /* above the status line */
	int welcome = ui_wrap_count(w, _(WELCOME));
	struct {
		enum form_line what;
		int book;
	} lines[MAX_BOOKS + 16];
	int n = 0, focus = 0;
	bool roomy = room >= welcome + 1 + 9 + st->nbooks;
	bool spaced = roomy || room >= 9 + st->nbooks;
	if (roomy) {
		for (int i = 0; i < welcome; i++)
			lines[n++].what = L_WELCOME;
		lines[n++].what = L_BLANK;
	}
	lines[n++].what = L_NAME;
	if (spaced)
		lines[n++].what = L_BLANK;
	lines[n++].what = L_NATIVE;
	lines[n++].what = L_TARGET;
	if (spaced)
		lines[n++].what = L_BLANK;
	lines[n++].what = L_BOOKS;
	for (int b = 0; b < st->nbooks; b++) {
		lines[n].what = L_BOOK;
		lines[n++].book = b;
	}
	if (spaced)
		lines[n++].what = L_BLANK;
	lines[n++].what = L_START;
	for (int i = 0; i < n; i++) {
		enum form_line l = lines[i].what;
		if ((st->field == F_NAME && l == L_NAME) || (st->field == F_NATIVE && l == L_NATIVE) ||
		    (st->field == F_TARGET && l == L_TARGET) || (st->field == F_CREATE && l == L_START) ||
		    (st->field == F_BOOKS && l == L_BOOK && lines[i].book == st->book))
			focus = i;
	}
	int first = focus >= room ? focus - room + 1 : 0;
	int name_row = -1, label_w = 16;
	for (int i = first; i < n && i - first < room; i++) {
		int y = top + i - first;
		char line[192];
		switch (lines[i].what) {
		case L_BLANK: break;
		case L_WELCOME:
			if (i == 0)
				ui_wrap(y, 2, w, welcome, _(WELCOME), UI_NORMAL);
			break;
		case L_NAME:
			ui_text(y, 2, label_w, _("Your name:"), st->field == F_NAME ? UI_KEY : UI_NORMAL);
			ui_input_draw(&st->name, y, 2 + label_w, w - label_w > 8 ? w - label_w : 8,
				      false);
			name_row = y;
			break;
		case L_NATIVE:
		case L_TARGET: {
			bool native = lines[i].what == L_NATIVE;
			bool here = st->field == (native ? F_NATIVE : F_TARGET);
			snprintf(line, sizeof line, "< %s >",
				 plain_language_name(st->langs[native ? st->native : st->target]));
			ui_text(y, 2, label_w, native ? _("You speak:") : _("You learn:"),
				here ? UI_KEY : UI_NORMAL);
			ui_text(y, 2 + label_w, w - label_w, line, here ? UI_SELECTED : UI_NORMAL);
			break;
		}
		case L_BOOKS:
			ui_text(y, 2, w, _("Handbooks to study (Space ticks):"),
				st->field == F_BOOKS ? UI_KEY : UI_NORMAL);
			break;
		case L_BOOK: {
			int b = lines[i].book;
			bool here = st->field == F_BOOKS && st->book == b;
			/* A ticked handbook shows its place in the order of study. */
			if (st->ticked[b])
				snprintf(line, sizeof line, "[%d] ", st->ticked[b]);
			else
				snprintf(line, sizeof line, "[ ] ");
			int x = 4 + ui_text(y, 4, w - 2, line, here ? UI_SELECTED : UI_NORMAL);
			ui_text(y, x, w + 2 - x, st->titles[b], here ? UI_SELECTED : UI_NORMAL);
			break;
		}
		case L_START:
			ui_text(y, 4, w, _("[ Start ]"), st->field == F_CREATE ? UI_SELECTED : UI_KEY);
			break;
		}
	}
	if (first > 0)
		ui_text(top, ui->cols - 1, 1, "↑", UI_KEY);
	if (first + room < n)
		ui_text(top + room - 1, ui->cols - 1, 1, "↓", UI_KEY);
	if (st->field == F_NAME && name_row >= 0) /* the cursor goes last */
		ui_input_draw(&st->name, name_row, 2 + label_w, w - label_w > 8 ? w - label_w : 8,
			      true);
}

static void draw_learner(struct ui *ui)
{
	name_activity();
	struct learner_form *st = ui_state(ui);
	if (st->form) {
		draw_form(ui);
		return;
	}
	int y = 2, w = ui->cols - 4;
	ui_text(y, 2, w, _("Who is studying?"), UI_TITLE);
	y += 2;
	for (int i = 0; i < st->nlearners && y < ui->rows - 3; i++, y++) {
		char line[256];
		snprintf(line, sizeof line, "%s  (%s > %s)", st->learners[i].name,
			 plain_language_name(st->learners[i].native),
			 plain_language_name(st->learners[i].target));
		ui_text(y, 4, w - 2, line, i == st->selected ? UI_SELECTED : UI_NORMAL);
	}
}

/* Ticks a handbook as the last one in the order of study, or unticks it and closes
 * the gap. */
static void tick(struct learner_form *st, int b)
{
	int place = st->ticked[b], last = 0;
	for (int i = 0; i < st->nbooks; i++) {
		if (place && st->ticked[i] > place)
			st->ticked[i]--;
		if (st->ticked[i] > last)
			last = st->ticked[i];
	}
	st->ticked[b] = place ? 0 : last + 1;
}

static bool form_key(struct ui *ui, enum ui_action action, wint_t ch)
{
	struct learner_form *st = ui_state(ui);
	if (st->field == F_NAME && action == ACT_NONE)
		return ui_input_key(&st->name, ch, ui->key_code);
	switch (action) {
	case ACT_UP:
		if (st->field == F_BOOKS && st->book > 0)
			st->book--;
		else if (st->field > F_NAME)
			st->field--;
		return true;
	case ACT_DOWN:
		if (st->field == F_BOOKS && st->book + 1 < st->nbooks && ch != '\t')
			st->book++;
		else if (st->field < F_CREATE)
			st->field++;
		return true;
	case ACT_LEFT:
	case ACT_RIGHT: {
		int step = action == ACT_LEFT ? st->nlangs - 1 : 1;
		if (st->field == F_NATIVE) {
			st->native = (st->native + step) % st->nlangs;
			ui_language(st->langs[st->native]); /* the form speaks it at once */
		}
		else if (st->field == F_TARGET)
			st->target = (st->target + step) % st->nlangs;
		else if (st->field == F_NAME)
			return ui_input_key(&st->name, ch, true);
		return true;
	}
	case ACT_TOGGLE:
		if (st->field == F_BOOKS && st->nbooks)
			tick(st, st->book);
		return true;
	case ACT_OPEN:
		if (st->field == F_CREATE)
			create(ui);
		else
			st->field++;
		return true;
	default:
		return false;
	}
}

static bool key_learner(struct ui *ui, enum ui_action action, wint_t ch)
{
	name_activity();
	struct learner_form *st = ui_state(ui);
	if (st->form)
		return form_key(ui, action, ch);
	switch (action) {
	case ACT_UP:
		if (st->selected > 0)
			st->selected--;
		return true;
	case ACT_DOWN:
		if (st->selected + 1 < st->nlearners)
			st->selected++;
		return true;
	case ACT_OPEN:
		if (st->nlearners)
			choose(ui, &st->learners[st->selected]);
		return true;
	case ACT_NEW_LEARNER:
		if (may_add(ui))
			start_form(ui);
		return true;
	default:
		return false;
	}
}

/* The name field takes typing; so does every field's Space and letters, harmlessly. */
static bool typing(const struct ui *ui)
{
	const struct learner_form *st = ui_state(ui);
	return st->form && st->field == F_NAME;
}

const struct ui_screen ui_learner_screen = {
	.title = N_("Learner"),
	.keys = keys,
	.nkeys = sizeof keys / sizeof *keys,
	.open = open_learner,
	.draw = draw_learner,
	.key = key_learner,
	.typing = typing,
	.state_size = sizeof(struct learner_form),
};
