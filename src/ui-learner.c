/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Who is studying: the first-run form (name, languages, handbooks) and, with several
 * learners on one machine, picking one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hb.h"
#include "i18n.h"
#include "text.h"
#include "ui-internal.h"

static const struct ui_key keys[] = {
	{ KEY_UP, "↑", ACT_UP, N_("previous") },
	{ KEY_DOWN, "↓", ACT_DOWN, N_("next") },
	{ '\t', "Tab", ACT_DOWN, N_("next") },
	{ KEY_LEFT, "←", ACT_LEFT, N_("change") },
	{ KEY_RIGHT, "→", ACT_RIGHT, N_("change") },
	{ ' ', "Space", ACT_TOGGLE, N_("tick or untick a handbook") },
	{ '\n', "Enter", ACT_OPEN, N_("choose; create the learner") },
	{ 'n', "n", ACT_NEW_LEARNER, N_("add a new learner") },
};

#define MAX_LEARNERS 64
#define MAX_BOOKS    32
#define MAX_LANGS    16

enum field { F_NAME, F_NATIVE, F_TARGET, F_BOOKS, F_CREATE };

static struct {
	bool form; /* the first-run form, else the list of learners */
	struct learner learners[MAX_LEARNERS];
	int nlearners, selected;
	struct ui_input name;
	char langs[MAX_LANGS][16];
	int nlangs, native, target;
	char books[MAX_BOOKS][72], titles[MAX_BOOKS][160];
	bool ticked[MAX_BOOKS];
	int nbooks, book; /* the highlighted handbook */
	int field;
} st;

static void add_lang(const char *code)
{
	for (int i = 0; i < st.nlangs; i++)
		if (!strcmp(st.langs[i], code))
			return;
	if (st.nlangs < MAX_LANGS)
		snprintf(st.langs[st.nlangs++], sizeof st.langs[0], "%s", code);
}

static int lang_index(const char *code)
{
	for (int i = 0; i < st.nlangs; i++)
		if (!strcmp(st.langs[i], code))
			return i;
	return 0;
}

static void collect_book(const struct content_summary *s, void *ctx)
{
	(void)ctx;
	if (st.nbooks >= MAX_BOOKS)
		return;
	snprintf(st.books[st.nbooks], sizeof st.books[0], "%s", s->id);
	snprintf(st.titles[st.nbooks], sizeof st.titles[0], "%s", s->title);
	/* The general handbook is where everyone starts. */
	st.ticked[st.nbooks] = !strcmp(s->id, "everyday") || !strcmp(s->id, "basics");
	st.nbooks++;
	add_lang(s->source);
	char langs[128];
	snprintf(langs, sizeof langs, "%s", s->languages);
	for (char *save = NULL, *l = strtok_r(langs, " ", &save); l; l = strtok_r(NULL, " ", &save))
		add_lang(l);
}

static void collect_learner(const struct learner *l, void *ctx)
{
	(void)ctx;
	if (st.nlearners < MAX_LEARNERS)
		st.learners[st.nlearners++] = *l;
}

static void start_form(struct ui *ui)
{
	char *err = NULL;
	st.form = true;
	st.field = F_NAME;
	st.nbooks = st.nlangs = 0;
	ui_input_clear(&st.name);
	add_lang("zh");
	add_lang("en");
	if (content_list(ui->c, collect_book, NULL, &err)) {
		ui_message(ui, UI_WARN, "%s", err ? err : "?");
		free(err);
	}
	const char *lang = getenv("LANGUAGE");
	if (!lang || !*lang)
		lang = getenv("LC_ALL");
	if (!lang || !*lang)
		lang = getenv("LANG");
	bool chinese = lang && !strncmp(lang, "zh", 2);
	st.native = lang_index(chinese ? "zh" : "en");
	st.target = lang_index(chinese ? "en" : "zh");
}

static void choose(struct ui *ui, const struct learner *l)
{
	ui->learner = *l;
	ui->have_learner = true;
	ui_replace(ui, &ui_home_screen);
}

static void open_learner(struct ui *ui)
{
	char *err = NULL, *ask = NULL;
	st.nlearners = 0;
	st.selected = 0;
	st.form = false;
	/* A login tied to a learner who may not pick another is that learner. */
	struct policy p;
	int may = ui_may(ui, POLICY_PICK, NULL, &p, &ask);
	free(ask);
	if (may == 0)
		choose(ui, &p.self);
	if (may <= 0)
		return;
	if (training_learner_each(ui->t, collect_learner, NULL, &err)) {
		ui_message(ui, UI_WARN, "%s", err ? err : "?");
		free(err);
	}
	for (int i = 0; p.tied && i < st.nlearners; i++)
		if (st.learners[i].id == p.self.id)
			st.selected = i;
	if (st.nlearners == 0)
		start_form(ui);
	else if (st.nlearners == 1 && !ui->have_learner && ui->depth == 1 && !ui->status[0])
		choose(ui, &st.learners[0]);
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
	char *err = NULL;
	size_t len;
	const char *name = text_trim(st.name.buf, st.name.len, &len);
	struct learner l = { .retention = FSRS_DEFAULT_RETENTION, .daily_new = 15 };
	if (len == 0 || len >= sizeof l.name || strpbrk(name, "/\t")) {
		ui_message(ui, UI_WARN, "%s", _("Type a name first (no slashes)."));
		st.field = F_NAME;
		return;
	}
	if (st.native == st.target) {
		ui_message(ui, UI_WARN, "%s", _("The language to learn must differ from your own."));
		st.field = F_TARGET;
		return;
	}
	if (!may_add(ui))
		return;
	snprintf(l.name, sizeof l.name, "%.*s", (int)len, name);
	snprintf(l.native, sizeof l.native, "%s", st.langs[st.native]);
	snprintf(l.target, sizeof l.target, "%s", st.langs[st.target]);
	int64_t now = study_now();
	int rc = -1;
	if (training_begin(ui->t, &err) == 0) {
		rc = training_learner_add(ui->t, &l, now, &err);
		for (int b = 0; b < st.nbooks && rc == 0; b++) {
			if (!st.ticked[b])
				continue;
			struct hb_book *book = content_load_lesson(ui->c, st.books[b], NULL, &err);
			for (size_t i = 0; book && i < book->nlessons && rc == 0; i++)
				rc = training_lesson_choose(ui->t, l.id, book->id,
							    book->lessons[i].id, now, &err);
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
}

static void draw_form(struct ui *ui)
{
	int y = 2, w = ui->cols - 4;
	y += ui_wrap(y, 2, w, 3,
		     _("Welcome to cordial. Who is studying? Fill in the form and press Enter on "
		       "\"Start\"."),
		     UI_NORMAL) + 1;
	ui_text(y, 2, 16, _("Your name:"), st.field == F_NAME ? UI_KEY : UI_NORMAL);
	int name_row = y;
	ui_input_draw(&st.name, y, 18, w - 16 > 8 ? w - 16 : 8, false);
	y += 2;
	char line[128];
	snprintf(line, sizeof line, "< %s >", st.langs[st.native]);
	ui_text(y, 2, 16, _("You speak:"), st.field == F_NATIVE ? UI_KEY : UI_NORMAL);
	ui_text(y, 18, w - 16, line, st.field == F_NATIVE ? UI_SELECTED : UI_NORMAL);
	y++;
	snprintf(line, sizeof line, "< %s >", st.langs[st.target]);
	ui_text(y, 2, 16, _("You learn:"), st.field == F_TARGET ? UI_KEY : UI_NORMAL);
	ui_text(y, 18, w - 16, line, st.field == F_TARGET ? UI_SELECTED : UI_NORMAL);
	y += 2;
	ui_text(y++, 2, w, _("Handbooks to study (Space ticks):"),
		st.field == F_BOOKS ? UI_KEY : UI_NORMAL);
	for (int b = 0; b < st.nbooks && y < ui->rows - 4; b++) {
		snprintf(line, sizeof line, "[%c] ", st.ticked[b] ? 'x' : ' ');
		bool here = st.field == F_BOOKS && st.book == b;
		int x = 4 + ui_text(y, 4, 4, line, here ? UI_SELECTED : UI_NORMAL);
		ui_text(y++, x, w - x, st.titles[b], here ? UI_SELECTED : UI_NORMAL);
	}
	y++;
	ui_text(y < ui->rows - 2 ? y : ui->rows - 3, 4, w, _("[ Start ]"),
		st.field == F_CREATE ? UI_SELECTED : UI_KEY);
	if (st.field == F_NAME) /* the cursor goes last, after everything is drawn */
		ui_input_draw(&st.name, name_row, 18, w - 16 > 8 ? w - 16 : 8, true);
}

static void draw_learner(struct ui *ui)
{
	if (st.form) {
		draw_form(ui);
		return;
	}
	int y = 2, w = ui->cols - 4;
	ui_text(y, 2, w, _("Who is studying?"), UI_TITLE);
	y += 2;
	for (int i = 0; i < st.nlearners && y < ui->rows - 3; i++, y++) {
		char line[256];
		snprintf(line, sizeof line, "%s  (%s > %s)", st.learners[i].name,
			 st.learners[i].native, st.learners[i].target);
		ui_text(y, 4, w - 2, line, i == st.selected ? UI_SELECTED : UI_NORMAL);
	}
}

static bool form_key(struct ui *ui, enum ui_action action, wint_t ch)
{
	if (st.field == F_NAME && action == ACT_NONE)
		return ui_input_key(&st.name, ch, ui->key_code);
	switch (action) {
	case ACT_UP:
		if (st.field == F_BOOKS && st.book > 0)
			st.book--;
		else if (st.field > F_NAME)
			st.field--;
		return true;
	case ACT_DOWN:
		if (st.field == F_BOOKS && st.book + 1 < st.nbooks && ch != '\t')
			st.book++;
		else if (st.field < F_CREATE)
			st.field++;
		return true;
	case ACT_LEFT:
	case ACT_RIGHT: {
		int step = action == ACT_LEFT ? st.nlangs - 1 : 1;
		if (st.field == F_NATIVE)
			st.native = (st.native + step) % st.nlangs;
		else if (st.field == F_TARGET)
			st.target = (st.target + step) % st.nlangs;
		else if (st.field == F_NAME)
			return ui_input_key(&st.name, ch, true);
		return true;
	}
	case ACT_TOGGLE:
		if (st.field == F_BOOKS && st.nbooks)
			st.ticked[st.book] = !st.ticked[st.book];
		return true;
	case ACT_OPEN:
		if (st.field == F_CREATE)
			create(ui);
		else
			st.field++;
		return true;
	default:
		return false;
	}
}

static bool key_learner(struct ui *ui, enum ui_action action, wint_t ch)
{
	if (st.form)
		return form_key(ui, action, ch);
	switch (action) {
	case ACT_UP:
		if (st.selected > 0)
			st.selected--;
		return true;
	case ACT_DOWN:
		if (st.selected + 1 < st.nlearners)
			st.selected++;
		return true;
	case ACT_OPEN:
		if (st.nlearners)
			choose(ui, &st.learners[st.selected]);
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
	(void)ui;
	return st.form && st.field == F_NAME;
}

const struct ui_screen ui_learner_screen = {
	.title = N_("Learner"),
	.keys = keys,
	.nkeys = sizeof keys / sizeof *keys,
	.open = open_learner,
	.draw = draw_learner,
	.key = key_learner,
	.typing = typing,
};
