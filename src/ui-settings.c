/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Settings: target language, desired retention with its workload, new items a day,
 * speech, the lessons studied, and fitting the scheduler; every change saved at once. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "langs.h"
#include "mem.h"
#include "plain.h"
#include "settings.h"
#include "text.h"
#include "ui-internal.h"

static const struct ui_key keys[] = {
	{ KEY_UP, "↑", ACT_UP, N_("previous") },
	{ KEY_DOWN, "↓", ACT_DOWN, N_("next") },
	/* TRANSLATORS: key help: a smaller value or the previous choice */
	{ KEY_LEFT, "←", ACT_LEFT, N_("less") },
	/* TRANSLATORS: key help: a larger value or the next choice */
	{ KEY_RIGHT, "→", ACT_RIGHT, N_("more") },
	{ '\n', "Enter", ACT_OPEN, N_("change or open") },
	/* Back from the lessons list to the settings, and from there to Home. */
	{ 'q', "q", ACT_BACK, N_("back") },
	{ 27, "Esc", ACT_BACK, N_("back") },
	{ ' ', "Space", ACT_TOGGLE, N_("choose or drop a lesson") },
	{ '+', "+", ACT_SOONER, N_("study a chosen lesson sooner") },
	{ '-', "-", ACT_LATER, N_("study a chosen lesson later") },
	{ KEY_PPAGE, "PgUp", ACT_PAGE_UP, N_("page up, or 10 more") },
	{ KEY_NPAGE, "PgDn", ACT_PAGE_DOWN, N_("page down, or 10 less") },
};

/* Reviews needed before fitted parameters are worth more than the defaults (as for
 * "cordial optimize"). */
#define MAX_LANGS     16
#define RETENTION_MIN 70 /* percent */
#define RETENTION_MAX 97
#define DAILY_NEW_MAX 100

enum row {
	ROW_NATIVE,
	ROW_TARGET,
	ROW_RETENTION,
	ROW_DAILY_NEW,
	ROW_SPEECH,
	ROW_VOICE,
	ROW_LESSONS,
	ROW_OPTIMIZE,
	NROWS
};

static const char *const row_labels[NROWS] = {
	[ROW_NATIVE] = N_("Your language"),
	[ROW_TARGET] = N_("Target language"),
	[ROW_RETENTION] = N_("Desired retention"),
	[ROW_DAILY_NEW] = N_("New items a day"),
	[ROW_SPEECH] = N_("Speech"),
	[ROW_VOICE] = N_("Voice"),
	[ROW_LESSONS] = N_("Lessons studied"),
	[ROW_OPTIMIZE] = N_("Fit the scheduler to my reviews"),
};

static const char *const row_hints[NROWS] = {
	[ROW_NATIVE] = N_("The language you speak: the app speaks it too, and shows the "
			  "handbooks' texts in it."),
	[ROW_TARGET] = N_("The language you learn: ← and → go through the languages of the "
			  "handbooks."),
	[ROW_RETENTION] = N_("How likely you should still know a card when it comes back. "
			     "Higher means more reviews a day; the estimate is for the cards you "
			     "have in review now."),
	[ROW_DAILY_NEW] = N_("How many new items each day's sessions bring in at most."),
	[ROW_SPEECH] = N_("Whether phrases are spoken aloud and listening exercises are asked."),
	[ROW_VOICE] = N_("The voice that speaks your target language."),
	[ROW_LESSONS] = N_("Press Enter to choose the lessons that new items come from."),
	[ROW_OPTIMIZE] = N_("Press Enter to fit the scheduler's parameters to your own review "
			    "history; it takes 400 reviews or more."),
};

/* espeak-ng voices a learner may pick instead of the language's default. */
static const struct {
	const char *lang, *voice;
} voices[] = {
	{ "en", "en-gb" }, { "en", "en-gb-scotland" }, { "en", "en-gb-x-rp" }, { "en", "en-029" },
	{ "zh", "yue" },   { "fr", "fr-be" },	       { "fr", "fr-ch" },      { "es", "es-419" },
	{ "pt", "pt-br" },
};

/* A row of the lessons list: a handbook (lesson "") or one of its lessons. */
struct entry {
	char handbook[72], lesson[72];
	char *title; /* malloc'd */
	bool chosen, assigned;
	long place; /* a chosen lesson's place in the order of study, from 1 */
};

/* The screen's state: it belongs to the screen's place on the stack (zeroed when
 * Settings opens, freed when it closes). */
struct settings {
	int row; /* the selected row, an enum row */
	bool has_speech, speech;
	char voice[64]; /* "": the default voice */
	char langs[MAX_LANGS][16];
	int nlangs;
	double *stabilities; /* of the cards in review, for the workload */
	long nstabilities;
	double workload; /* reviews a day at the desired retention */
	long nchosen;
	/* The lessons list, shown instead of the settings while `lessons`. */
	bool lessons;
	bool lessons_keys; /* its keys named on the status line, until the next key */
	struct entry *entries;
	size_t nentries;
	int entry, entry_top;
	char error[256];
};

static void set_error(struct settings *set, char *err)
{
	snprintf(set->error, sizeof set->error, "%s", err ? err : "?");
	free(err);
}

/* Reports a failed write in the status line. */
static void failed(struct ui *ui, char *err)
{
	ui_message(ui, UI_WARN, "%s", err ? err : "?");
	free(err);
}

/* ---------------------------------------------------------------- data */

static void compute_workload(const struct ui *ui)
{
	struct settings *set = ui_state(ui);
	struct fsrs_model model;
	const double *w = ui->learner.has_params ? ui->learner.params : fsrs_default_params;
	if (fsrs_model_init(&model, w, ui->learner.retention, FSRS_MAX_INTERVAL, true) != FSRS_OK)
		fsrs_model_init(&model, fsrs_default_params, ui->learner.retention,
				FSRS_MAX_INTERVAL, true);
	/* A card comes back about every `interval` days: 1 / interval reviews a day. */
	double sum = 0;
	for (long i = 0; i < set->nstabilities; i++)
		sum += 1.0 / fsrs_next_interval(&model, set->stabilities[i]);
	set->workload = sum;
}

static void count_chosen(struct ui *ui)
{
	struct settings *set = ui_state(ui);
	struct lesson_ref *refs = NULL;
	char *err = NULL;
	long n = settings_chosen_lessons(ui->t, ui->learner.id, &refs, &err);
	free(refs);
	if (n < 0)
		set_error(set, err);
	set->nchosen = n < 0 ? 0 : n;
}

struct book_info {
	char id[72], source[16], languages[128];
	long courtesy;
};

struct book_list {
	struct book_info *books;
	size_t n;
};

static void add_book(const struct content_summary *s, void *ctx)
{
	struct book_list *list = ctx;
	list->books = xreallocarray(list->books, list->n + 1, sizeof *list->books);
	struct book_info *b = &list->books[list->n++];
	snprintf(b->id, sizeof b->id, "%s", s->id ? s->id : "");
	snprintf(b->source, sizeof b->source, "%s", s->source ? s->source : "");
	snprintf(b->languages, sizeof b->languages, "%s", s->languages ? s->languages : "");
	b->courtesy = s->courtesy;
}

/* Whether a space-separated list of codes holds this one. */
static bool has_word(const char *list, const char *word)
{
	size_t n = strlen(word);
	for (const char *p = list; *p;) {
		size_t k = strcspn(p, " ");
		if (k == n && !strncmp(p, word, n))
			return true;
		p += k + (p[k] == ' ');
	}
	return false;
}

static bool book_has_lang(const struct book_info *b, const char *lang)
{
	return !strcmp(b->source, lang) || has_word(b->languages, lang);
}

static int load_books(struct ui *ui, struct book_list *list)
{
	struct settings *set = ui_state(ui);
	char *err = NULL;
	list->books = NULL;
	list->n = 0;
	if (content_list(ui->c, add_book, list, &err)) {
		set_error(set, err);
		return -1;
	}
	return 0;
}

static void add_lang(struct settings *set, const char *code, size_t len, const char *native)
{
	char lang[16];
	if (!len || len >= sizeof lang)
		return;
	memcpy(lang, code, len);
	lang[len] = '\0';
	if (!strcmp(lang, native))
		return;
	for (int i = 0; i < set->nlangs; i++)
		if (!strcmp(set->langs[i], lang))
			return;
	if (set->nlangs == MAX_LANGS)
		return;
	/* Kept sorted by code, so that ← and → always go the same way round. */
	int at = set->nlangs;
	while (at > 0 && strcmp(set->langs[at - 1], lang) > 0) {
		memcpy(set->langs[at], set->langs[at - 1], sizeof set->langs[at]);
		at--;
	}
	memcpy(set->langs[at], lang, len + 1);
	set->nlangs++;
}

/* The languages of the content database's handbooks other than the native one. */
static void load_langs(struct ui *ui)
{
	struct settings *set = ui_state(ui);
	struct book_list list;
	set->nlangs = 0;
	add_lang(set, ui->learner.target, strlen(ui->learner.target), ui->learner.native);
	if (load_books(ui, &list))
		return;
	for (size_t i = 0; i < list.n; i++) {
		add_lang(set, list.books[i].source, strlen(list.books[i].source), ui->learner.native);
		for (const char *p = list.books[i].languages; *p;) {
			size_t k = strcspn(p, " ");
			add_lang(set, p, k, ui->learner.native);
			p += k + (p[k] == ' ');
		}
	}
	free(list.books);
}

/* What the message names when memory runs out while this screen is on top (mem.h):
 * named on every way into the screen, the one below being named again when it is
 * drawn after this one closes. */
static void name_activity(void)
{
	mem_activity(_("using the %s screen"), _(ui_settings_screen.title));
}

static void open_settings(struct ui *ui)
{
	name_activity();
	struct settings *set = ui_state(ui);
	char *err = NULL, *ask = NULL;
	int may = ui_may(ui, POLICY_CHANGE, &ui->learner, NULL, &ask);
	if (may <= 0) {
		ui_pop(ui);
		if (may == 0)
			ui_message(ui, UI_WARN,
				   _("Only a trainer can change another learner's settings; ask %s."),
				   ask);
		free(ask);
		return;
	}
	/* The state starts zeroed: nothing of an earlier visit is left. */
	set->row = ROW_TARGET; /* the one most often changed; the learner's own is above */
	int has = settings_has_speech(ui->t, &err);
	if (has < 0)
		set_error(set, err);
	set->has_speech = has == 1;
	set->speech = true;
	set->voice[0] = '\0';
	if (set->has_speech && settings_speech(ui->t, ui->learner.id, &set->speech, set->voice,
					      sizeof set->voice, &err))
		set_error(set, err);
	ui->learner.speech = set->speech;
	snprintf(ui->learner.voice, sizeof ui->learner.voice, "%s", set->voice);
	load_langs(ui);
	set->nstabilities = settings_stabilities(ui->t, ui->learner.id, &set->stabilities, &err);
	if (set->nstabilities < 0) {
		set->nstabilities = 0;
		set_error(set, err);
	}
	compute_workload(ui);
	count_chosen(ui);
}

static void free_entries(struct settings *set)
{
	for (size_t i = 0; i < set->nentries; i++)
		free(set->entries[i].title);
	free(set->entries);
	set->entries = NULL;
	set->nentries = 0;
}

static void close_settings(struct ui *ui)
{
	struct settings *set = ui_state(ui);
	(void)ui;
	free_entries(set);
	free(set->stabilities);
	set->stabilities = NULL;
	set->nstabilities = 0;
}

/* A title in the learner's native language when the handbook has one. */
static const char *native_title(const struct hb_title *titles, size_t n, const char *fallback,
				const char *native)
{
	for (size_t i = 0; i < n; i++)
		if (titles[i].lang && !strcmp(titles[i].lang, native) && titles[i].title)
			return titles[i].title;
	return fallback ? fallback : "";
}

static bool ref_has(const struct lesson_ref *refs, long n, const char *handbook,
		    const char *lesson)
{
	for (long i = 0; i < n; i++)
		if (!strcmp(refs[i].handbook, handbook) &&
		    (!strcmp(refs[i].lesson, lesson) || !refs[i].lesson[0]))
			return true;
	return false;
}

/* Marks the chosen and assigned lessons from the database. */
static void mark_entries(struct ui *ui)
{
	struct settings *set = ui_state(ui);
	struct lesson_ref *chosen = NULL, *assigned = NULL;
	char *err = NULL;
	long nc = settings_chosen_lessons(ui->t, ui->learner.id, &chosen, &err);
	if (nc < 0) {
		failed(ui, err);
		err = NULL;
		nc = 0;
	}
	long na = settings_assigned_lessons(ui->t, ui->learner.id, &assigned, &err);
	if (na < 0) {
		failed(ui, err);
		na = 0;
	}
	for (size_t i = 0; i < set->nentries; i++) {
		struct entry *e = &set->entries[i];
		if (!e->lesson[0])
			continue;
		e->chosen = false;
		e->place = 0;
		for (long k = 0; k < nc; k++)
			if (!strcmp(chosen[k].handbook, e->handbook) &&
			    !strcmp(chosen[k].lesson, e->lesson)) {
				e->chosen = true;
				e->place = k + 1;
			}
		e->assigned = ref_has(assigned, na, e->handbook, e->lesson);
	}
	set->nchosen = nc;
	free(chosen);
	free(assigned);
}

static void add_entry(struct settings *set, const char *handbook, const char *lesson,
		      const char *title)
{
	set->entries = xreallocarray(set->entries, set->nentries + 1, sizeof *set->entries);
	struct entry *e = &set->entries[set->nentries++];
	memset(e, 0, sizeof *e);
	snprintf(e->handbook, sizeof e->handbook, "%s", handbook);
	snprintf(e->lesson, sizeof e->lesson, "%s", lesson);
	e->title = xstrdup(title);
}

/* The handbooks that have phrases in both of the learner's languages (or courtesy
 * situations in the native one), each followed by its lessons. */
static void open_lessons(struct ui *ui)
{
	struct settings *set = ui_state(ui);
	struct book_list list;
	free_entries(set);
	if (load_books(ui, &list))
		return;
	for (size_t i = 0; i < list.n; i++) {
		const struct book_info *b = &list.books[i];
		bool fits = book_has_lang(b, ui->learner.native) &&
			    (book_has_lang(b, ui->learner.target) ||
			     (b->courtesy > 0 && !strcmp(b->source, ui->learner.native)));
		if (!fits)
			continue;
		/* Lesson "" names no lesson: the header and the lessons without items. */
		char *err = NULL;
		struct hb_book *book = content_load_lesson(ui->c, b->id, "", &err);
		if (!book) {
			if (err)
				failed(ui, err);
			continue;
		}
		add_entry(set, b->id, "",
			  native_title(book->titles, book->ntitles, book->title, ui->learner.native));
		for (size_t k = 0; k < book->nlessons; k++) {
			const struct hb_lesson *l = &book->lessons[k];
			add_entry(set, b->id, l->id,
				  native_title(l->titles, l->ntitles, l->title, ui->learner.native));
		}
		hb_book_free(book);
	}
	free(list.books);
	mark_entries(ui);
	set->entry = set->entry_top = 0;
	set->lessons = true;
	set->lessons_keys = true;
}

/* ---------------------------------------------------------------- changes */

static int visible_rows(const struct settings *set, int rows[NROWS])
{
	int n = 0;
	for (int r = 0; r < NROWS; r++)
		if (set->has_speech || (r != ROW_SPEECH && r != ROW_VOICE))
			rows[n++] = r;
	return n;
}

/* The voices to choose from for the target language; [0] is "" (the default). */
static int voice_choices(const char *lang, const char *choices[], int max)
{
	int n = 0;
	choices[n++] = "";
	for (size_t i = 0; i < sizeof voices / sizeof *voices && n < max; i++)
		if (!strcmp(voices[i].lang, lang))
			choices[n++] = voices[i].voice;
	return n;
}

static int wrap_index(int i, int delta, int n)
{
	return ((i + delta) % n + n) % n;
}

static void change_target(struct ui *ui, int delta)
{
	struct settings *set = ui_state(ui);
	if (set->nlangs < 2) {
		ui_message(ui, UI_DIM, "%s", _("The handbooks have no other language to learn."));
		return;
	}
	int at = 0;
	for (int i = 0; i < set->nlangs; i++)
		if (!strcmp(set->langs[i], ui->learner.target))
			at = i;
	const char *lang = set->langs[wrap_index(at, delta > 0 ? 1 : -1, set->nlangs)];
	char *err = NULL;
	if (settings_set_target(ui->t, ui->learner.id, lang, &err)) {
		failed(ui, err);
		return;
	}
	snprintf(ui->learner.target, sizeof ui->learner.target, "%s", lang);
	/* A voice belongs to a language: the new one starts with its default. */
	if (set->has_speech && set->voice[0]) {
		if (settings_set_voice(ui->t, ui->learner.id, NULL, &err)) {
			failed(ui, err);
			return;
		}
		set->voice[0] = '\0';
		ui->learner.voice[0] = '\0';
	}
}

/* The learner's own language: any of the handbooks' other than the target. */
static void change_native(struct ui *ui, int delta)
{
	struct langs offered;
	char *err = NULL;
	if (langs_offered(ui->c, &offered, &err)) {
		failed(ui, err);
		return;
	}
	/* Sorted by code, so that ← and → always go the same way round. */
	char list[LANGS_MAX * 4] = "";
	langs_list(&offered, list, sizeof list);
	const char *codes[LANGS_MAX];
	int n = 0, at = -1;
	for (char *save = NULL, *c = strtok_r(list, ", ", &save); c && n < LANGS_MAX;
	     c = strtok_r(NULL, ", ", &save))
		if (strcmp(c, ui->learner.target)) {
			if (!strcmp(c, ui->learner.native))
				at = n;
			codes[n++] = c;
		}
	if (n < 1 || (n == 1 && at == 0)) {
		ui_message(ui, UI_DIM, "%s", _("The handbooks have no other language for you."));
		return;
	}
	const char *lang = at < 0 ? codes[0] : codes[wrap_index(at, delta > 0 ? 1 : -1, n)];
	if (settings_set_native(ui->t, ui->learner.id, lang, &err)) {
		failed(ui, err);
		return;
	}
	snprintf(ui->learner.native, sizeof ui->learner.native, "%s", lang);
	ui_language(lang);
	load_langs(ui); /* the target languages leave out the native one */
}

static void change_retention(struct ui *ui, int delta)
{
	int pct = (int)lround(ui->learner.retention * 100) + delta;
	pct = pct < RETENTION_MIN ? RETENTION_MIN : pct > RETENTION_MAX ? RETENTION_MAX : pct;
	char *err = NULL;
	if (settings_set_retention(ui->t, ui->learner.id, pct / 100.0, &err)) {
		failed(ui, err);
		return;
	}
	ui->learner.retention = pct / 100.0;
	compute_workload(ui);
}

static void change_daily_new(struct ui *ui, int delta)
{
	int n = ui->learner.daily_new + delta;
	n = n < 0 ? 0 : n > DAILY_NEW_MAX ? DAILY_NEW_MAX : n;
	char *err = NULL;
	if (settings_set_daily_new(ui->t, ui->learner.id, n, &err)) {
		failed(ui, err);
		return;
	}
	ui->learner.daily_new = n;
}

/* Off, on, and where no sound was found, on and used anyway (for this run). */
static void change_speech(struct ui *ui)
{
	struct settings *set = ui_state(ui);
	char *err = NULL;
	if (set->speech && tts_available(ui->tts) && tts_sound(ui->tts) != TTS_SOUND_OK &&
	    !tts_forced(ui->tts)) {
		tts_force(ui->tts, true);
		return;
	}
	tts_force(ui->tts, false);
	if (settings_set_speech(ui->t, ui->learner.id, !set->speech, &err)) {
		failed(ui, err);
		return;
	}
	set->speech = !set->speech;
	ui->learner.speech = set->speech;
}

static void change_voice(struct ui *ui, int delta)
{
	struct settings *set = ui_state(ui);
	const char *choices[16];
	int n = voice_choices(ui->learner.target, choices, 16), at = 0;
	if (n < 2) {
		ui_message(ui, UI_DIM, "%s", _("There is no other voice for this language."));
		return;
	}
	for (int i = 0; i < n; i++)
		if (!strcmp(choices[i], set->voice))
			at = i;
	const char *voice = choices[wrap_index(at, delta > 0 ? 1 : -1, n)];
	char *err = NULL;
	if (settings_set_voice(ui->t, ui->learner.id, voice, &err)) {
		failed(ui, err);
		return;
	}
	snprintf(set->voice, sizeof set->voice, "%s", voice);
	snprintf(ui->learner.voice, sizeof ui->learner.voice, "%s", voice);
}

/* It takes a moment: say so now, before the screen is drawn again. */
static void say_fitting(void *ctx, long reviews, size_t cards)
{
	struct ui *ui = ctx;
	ui_message(ui, UI_DIM, _("Fitting the scheduler to %ld reviews of %zu cards…"), reviews,
		   cards);
	ui_text(ui->rows - 2, 0, ui->cols, ui->status, UI_DIM);
	refresh();
}

/* Fits the scheduler to the learner's reviews as "cordial optimize" does, and keeps
 * the result when it predicts better than the defaults. */
static void fit(struct ui *ui)
{
	char *err = NULL;
	struct study_fit fit;
	mem_activity("%s", _("fitting the scheduler to the review log"));
	int rc = study_fit(ui->t, &ui->learner, say_fitting, ui, &fit, &err);
	name_activity();
	if (rc) {
		failed(ui, err);
	} else if (fit.outcome == STUDY_FIT_TOO_FEW) {
		ui_message(ui, UI_WARN,
			   ngettext("%ld review so far: %ld more are needed to fit the scheduler.",
				    "%ld reviews so far: %ld more are needed to fit the scheduler.",
				    (unsigned long)fit.reviews),
			   fit.reviews, STUDY_FIT_MIN_REVIEWS - fit.reviews);
	} else if (fit.outcome == STUDY_FIT_NO_BETTER) {
		ui_message(ui, UI_DIM,
			   _("No better: log loss %.4f before, %.4f after; the parameters stay."),
			   fit.default_log_loss, fit.log_loss);
	} else {
		double before = ui->learner.has_params ? ui->learner.params_log_loss
						       : fit.default_log_loss;
		ui_message(ui, UI_RIGHT,
			   _("Fitted: log loss %.4f before, %.4f after (%.1f%% better)."),
			   before, fit.log_loss, 100.0 * (before - fit.log_loss) / before);
		memcpy(ui->learner.params, fit.params, sizeof ui->learner.params);
		ui->learner.has_params = true;
		ui->learner.params_log_loss = fit.log_loss;
		ui->learner.params_reviews = fit.reviews;
		compute_workload(ui);
	}
}

/* Changes the selected setting: delta -1/+1 a step, -10/+10 a big step. */
static void change(struct ui *ui, int delta)
{
	struct settings *set = ui_state(ui);
	bool big = delta > 1 || delta < -1;
	switch ((enum row)set->row) {
	case ROW_NATIVE: change_native(ui, delta); break;
	case ROW_TARGET: change_target(ui, delta); break;
	case ROW_RETENTION: change_retention(ui, big ? delta / 2 : delta); break;
	case ROW_DAILY_NEW: change_daily_new(ui, delta); break;
	case ROW_SPEECH: change_speech(ui); break;
	case ROW_VOICE: change_voice(ui, delta); break;
	case ROW_LESSONS: open_lessons(ui); break;
	case ROW_OPTIMIZE: fit(ui); break;
	case NROWS: break;
	}
}

/* The entries of the lessons list that a toggle on entry i changes: the lesson, or
 * every lesson of the handbook. */
static void entry_span(struct settings *set, size_t i, size_t *from, size_t *to)
{
	if (set->entries[i].lesson[0]) {
		*from = i;
		*to = i + 1;
		return;
	}
	*from = i + 1;
	*to = *from;
	while (*to < set->nentries && set->entries[*to].lesson[0] &&
	       !strcmp(set->entries[*to].handbook, set->entries[i].handbook))
		(*to)++;
}

/* Chooses the lesson (or all of a handbook's) or, when chosen, drops it: one
 * transaction. */
static void toggle_entry(struct ui *ui)
{
	struct settings *set = ui_state(ui);
	if (!set->nentries)
		return;
	size_t from, to;
	entry_span(set, (size_t)set->entry, &from, &to);
	bool all = from < to;
	for (size_t i = from; i < to; i++)
		all = all && set->entries[i].chosen;
	char *err = NULL;
	int64_t now = study_now();
	if (training_begin(ui->t, &err)) {
		failed(ui, err);
		return;
	}
	for (size_t i = from; i < to; i++) {
		struct entry *e = &set->entries[i];
		int rc = 0;
		if (all)
			rc = settings_lesson_drop(ui->t, ui->learner.id, e->handbook, e->lesson, &err);
		else if (!e->chosen)
			rc = training_lesson_choose(ui->t, ui->learner.id, e->handbook, e->lesson,
						    now, &err);
		if (rc) {
			training_rollback(ui->t);
			failed(ui, err);
			mark_entries(ui);
			return;
		}
	}
	if (training_commit(ui->t, &err)) {
		training_rollback(ui->t);
		failed(ui, err);
	}
	mark_entries(ui);
	for (size_t i = from; i < to; i++)
		if (all && set->entries[i].assigned) {
			ui_message(ui, UI_DIM, "%s",
				   _("An assigned lesson is still studied: your trainer chose it."));
			break;
		}
}

/* Whether chosen lesson r is one of the entries [from, to). */
static bool in_span(const struct settings *set, const struct lesson_ref *r, size_t from,
		    size_t to)
{
	for (size_t i = from; i < to; i++)
		if (!strcmp(set->entries[i].handbook, r->handbook) &&
		    !strcmp(set->entries[i].lesson, r->lesson))
			return true;
	return false;
}

/* Moves the highlighted chosen lesson (or a handbook's chosen lessons, together)
 * one place sooner (delta -1) or later (+1) in the order new items come in. */
static void move_entry(struct ui *ui, int delta)
{
	struct settings *set = ui_state(ui);
	if (!set->nentries)
		return;
	size_t from, to;
	entry_span(set, (size_t)set->entry, &from, &to);
	struct lesson_ref *chosen = NULL;
	char *err = NULL;
	long n = settings_chosen_lessons(ui->t, ui->learner.id, &chosen, &err);
	if (n < 0) {
		failed(ui, err);
		return;
	}
	/* The others keep their order; the moved ones go in as a block, one place
	 * from where the first of them was. */
	struct lesson_ref *order = xreallocarray(NULL, (size_t)n + 1, sizeof *order);
	long others = 0, at = -1, moved = 0;
	for (long i = 0; i < n; i++)
		if (!in_span(set, &chosen[i], from, to))
			others++;
		else if (at < 0)
			at = i - moved, moved++;
		else
			moved++;
	if (!moved) {
		ui_message(ui, UI_DIM, "%s", _("Choose the lesson first (Space): only chosen lessons "
					       "have a place in the order."));
		free(chosen);
		free(order);
		return;
	}
	/* at: how many others come before the block. */
	at = at + delta < 0 ? 0 : at + delta > others ? others : at + delta;
	long k = 0, seen = 0;
	for (long i = 0; i < n; i++) {
		if (in_span(set, &chosen[i], from, to))
			continue;
		if (seen++ == at)
			for (long m = 0; m < n; m++)
				if (in_span(set, &chosen[m], from, to))
					order[k++] = chosen[m];
		order[k++] = chosen[i];
	}
	if (seen == at)
		for (long m = 0; m < n; m++)
			if (in_span(set, &chosen[m], from, to))
				order[k++] = chosen[m];
	if (training_begin(ui->t, &err) ||
	    settings_lessons_order(ui->t, ui->learner.id, order, k, &err) ||
	    training_commit(ui->t, &err)) {
		training_rollback(ui->t);
		failed(ui, err);
	}
	free(chosen);
	free(order);
	mark_entries(ui);
}

/* ---------------------------------------------------------------- drawing */

static int width_of(const char *s)
{
	return text_width(s, strlen(s));
}

static void row_value(const struct ui *ui, int row, char *buf, size_t size, char *note,
		      size_t note_size)
{
	const struct settings *set = ui_state(ui);
	note[0] = '\0';
	switch ((enum row)row) {
	case ROW_NATIVE:
		snprintf(buf, size, "%s (%s)", plain_language_name(ui->learner.native),
			 ui->learner.native);
		break;
	case ROW_TARGET:
		snprintf(buf, size, "%s (%s)", plain_language_name(ui->learner.target),
			 ui->learner.target);
		break;
	case ROW_RETENTION: {
		snprintf(buf, size, "%.0f%%", ui->learner.retention * 100);
		long a_day = lround(set->workload);
		if (!set->nstabilities)
			snprintf(note, note_size, "%s", _("no cards in review yet"));
		else if (set->workload > 0 && a_day == 0)
			snprintf(note, note_size, "%s", _("less than one review a day"));
		else
			snprintf(note, note_size,
				 ngettext("about %ld review a day", "about %ld reviews a day",
					  (unsigned long)a_day),
				 a_day);
		break;
	}
	case ROW_DAILY_NEW: snprintf(buf, size, "%d", ui->learner.daily_new); break;
	case ROW_SPEECH:
		/* TRANSLATORS: the value of the Speech setting */
		snprintf(buf, size, "%s", set->speech ? _("on") : _("off"));
		if (!tts_available(ui->tts))
			snprintf(note, note_size, "%s", _("not available on this computer"));
		else if (tts_sound(ui->tts) != TTS_SOUND_OK && tts_forced(ui->tts))
			snprintf(note, note_size, "%s", _("used although no sound was found"));
		else if (tts_sound(ui->tts) != TTS_SOUND_OK)
			snprintf(note, note_size, "%s", _("no sound here"));
		break;
	case ROW_VOICE:
		if (set->voice[0])
			snprintf(buf, size, "%s", set->voice);
		else
			/* TRANSLATORS: the default voice; %s is its espeak-ng name */
			snprintf(buf, size, _("automatic (%s)"), tts_voice(ui->learner.target));
		break;
	case ROW_LESSONS:
		snprintf(buf, size, ngettext("%ld chosen", "%ld chosen", (unsigned long)set->nchosen),
			 set->nchosen);
		break;
	case ROW_OPTIMIZE:
		if (ui->learner.has_params)
			snprintf(buf, size,
				 ngettext("fitted to %lld review, log loss %.4f",
					  "fitted to %lld reviews, log loss %.4f",
					  (unsigned long)ui->learner.params_reviews),
				 (long long)ui->learner.params_reviews, ui->learner.params_log_loss);
		else
			snprintf(buf, size, "%s", _("default parameters"));
		break;
	case NROWS: buf[0] = '\0'; break;
	}
}

static void draw_list(struct ui *ui)
{
	struct settings *set = ui_state(ui);
	int rows[NROWS], n = visible_rows(set, rows), w = ui->cols - 4, y = 2, bottom = ui->rows - 3;
	/* Values line up after the labels; the last row is an action with a long label
	 * of its own, its value after it. */
	int label_w = 0, max_w = w * 11 / 20;
	for (int i = 0; i < n; i++)
		if (rows[i] != ROW_OPTIMIZE && width_of(_(row_labels[rows[i]])) > label_w)
			label_w = width_of(_(row_labels[rows[i]]));
	for (int i = 0; i < n && y <= bottom; i++, y++) {
		int r = rows[i], lw = label_w;
		if (r == ROW_OPTIMIZE && width_of(_(row_labels[r])) > lw)
			lw = width_of(_(row_labels[r]));
		lw = lw > max_w ? max_w : lw;
		bool selected = r == set->row;
		char value[256], note[160];
		row_value(ui, r, value, sizeof value, note, sizeof note);
		ui_text(y, 1, 1, selected ? "›" : " ", UI_KEY);
		/* NOLINTNEXTLINE(clang-analyzer-core.CallAndMessage): row_value() always writes value (a false positive). */
		ui_text(y, 2, lw, _(row_labels[r]), selected ? UI_SELECTED : UI_NORMAL);
		int x = 2 + lw + 2, end = 2 + w;
		bool steps = r != ROW_LESSONS && r != ROW_OPTIMIZE;
		if (selected && steps && x < end)
			x += ui_text(y, x, end - x, "‹ ", UI_KEY);
		if (x < end)
			x += ui_text(y, x, end - x, value, selected ? UI_TITLE : UI_NORMAL);
		if (selected && x < end)
			x += ui_text(y, x, end - x, steps ? " ›" : " ↵", UI_KEY);
		if (note[0] && x + 2 < end)
			ui_text(y, x + 2, end - x - 2, note, UI_DIM);
	}
	/* Why listening is not offered although speech is on. */
	const char *why = NULL;
	if (set->has_speech && set->speech && tts_available(ui->tts) && !tts_playable(ui->tts))
		why = tts_sound(ui->tts) == TTS_SOUND_REMOTE
			      ? _("No listening exercises: you are connected over ssh, and sound "
				  "would play on the other computer. Enter on Speech uses it anyway.")
			      : _("No listening exercises: no sound device was found. Enter on "
				  "Speech uses it anyway.");
	if (why && y + 1 <= bottom)
		y += ui_wrap(y + 1, 2, w, bottom - y, why, UI_WARN) + 1;
	if (y + 1 <= bottom)
		ui_wrap(y + 1, 2, w, bottom - y, _(row_hints[set->row]), UI_DIM);
}

/* Rows of the lessons list on screen. */
static int lesson_rows(const struct ui *ui)
{
	int n = ui->rows - 5; /* from row 3 to rows - 3 */
	return n > 1 ? n : 1;
}

/* The lessons list's own keys, which the footer has no room for, on the status line
 * when the list opens: in a shorter form where the terminal would cut the long one,
 * and chosen as the list is drawn, so that a resize chooses again.  A message from a
 * key (a failed write) takes the line instead. */
static void draw_lessons_keys(const struct ui *ui)
{
	const char *named =
		_("Space chooses or drops a lesson, + and - change the order; q goes back.");
	if (width_of(named) > ui->cols)
		named = _("Space: choose · +/-: reorder · q: back");
	ui_text(ui->rows - 2, 0, ui->cols, named, UI_DIM);
}

static void draw_lessons(struct ui *ui)
{
	struct settings *set = ui_state(ui);
	int w = ui->cols - 4, shown = lesson_rows(ui);
	if (set->lessons_keys && !ui->status[0])
		draw_lessons_keys(ui);
	ui_text(2, 2, w, _("Lessons studied"), UI_TITLE);
	if (!set->nentries) {
		ui_wrap(3, 2, w, shown, _("No handbook has phrases in both of your languages."),
			UI_DIM);
		return;
	}
	/* The highlighted entry stays in view after a resize too. */
	int top = set->entry_top;
	if (set->entry < top)
		top = set->entry;
	if (set->entry >= top + shown)
		top = set->entry - shown + 1;
	for (int i = 0; i < shown && top + i < (int)set->nentries; i++) {
		const struct entry *e = &set->entries[top + i];
		int y = 3 + i, x = 2, end = 2 + w;
		bool selected = top + i == set->entry;
		const char *box = "[ ]";
		if (e->lesson[0])
			box = e->chosen ? "[x]" : "[ ]";
		else {
			size_t from, to, chosen = 0;
			entry_span(set, (size_t)(top + i), &from, &to);
			for (size_t k = from; k < to; k++)
				chosen += set->entries[k].chosen;
			box = chosen == 0 ? "[ ]" : chosen == to - from ? "[x]" : "[-]";
		}
		ui_text(y, 1, 1, selected ? "›" : " ", UI_KEY);
		if (e->lesson[0])
			x += 2;
		x += ui_text(y, x, end - x, box, UI_KEY) + 1;
		enum ui_color c = selected ? UI_SELECTED : e->lesson[0] ? UI_NORMAL : UI_TITLE;
		x += ui_text(y, x, end - x, e->title, c);
		if (e->place && x + 2 < end) {
			char place[32];
			snprintf(place, sizeof place, "#%ld", e->place);
			x += ui_text(y, x + 1, end - x - 1, place, UI_DIM) + 1;
		}
		if (e->assigned && x + 2 < end)
			ui_text(y, x + 1, end - x - 1, _("assigned"), UI_WARN);
	}
	if (top > 0)
		ui_text(3, ui->cols - 1, 1, "↑", UI_KEY);
	if (top + shown < (int)set->nentries)
		ui_text(3 + shown - 1, ui->cols - 1, 1, "↓", UI_KEY);
}

static void draw_settings(struct ui *ui)
{
	name_activity();
	struct settings *set = ui_state(ui);
	if (set->error[0]) {
		ui_wrap(2, 2, ui->cols - 4, ui->rows - 4, set->error, UI_WARN);
		return;
	}
	if (set->lessons)
		draw_lessons(ui);
	else
		draw_list(ui);
}

/* ---------------------------------------------------------------- keys */

static bool key_lessons(struct ui *ui, enum ui_action action)
{
	struct settings *set = ui_state(ui);
	int n = (int)set->nentries, page = lesson_rows(ui);
	switch (action) {
	case ACT_BACK: set->lessons = false; return true;
	case ACT_UP: set->entry--; break;
	case ACT_DOWN: set->entry++; break;
	case ACT_PAGE_UP: set->entry -= page; break;
	case ACT_PAGE_DOWN: set->entry += page; break;
	case ACT_TOGGLE:
	case ACT_OPEN:
	case ACT_RIGHT:
	case ACT_LEFT: toggle_entry(ui); return true;
	case ACT_SOONER:
	case ACT_LATER: move_entry(ui, action == ACT_SOONER ? -1 : 1); return true;
	default: return false;
	}
	set->entry = set->entry < 0 ? 0 : set->entry >= n ? (n > 0 ? n - 1 : 0) : set->entry;
	if (set->entry < set->entry_top)
		set->entry_top = set->entry;
	if (set->entry >= set->entry_top + page)
		set->entry_top = set->entry - page + 1;
	return true;
}

static bool key_settings(struct ui *ui, enum ui_action action, wint_t ch)
{
	name_activity();
	struct settings *set = ui_state(ui);
	(void)ch;
	set->lessons_keys = false; /* until the list opens again */
	if (set->lessons)
		return key_lessons(ui, action);
	int rows[NROWS], n = visible_rows(set, rows), at = 0;
	for (int i = 0; i < n; i++)
		if (rows[i] == set->row)
			at = i;
	switch (action) {
	case ACT_UP: set->row = rows[at > 0 ? at - 1 : 0]; return true;
	case ACT_DOWN: set->row = rows[at + 1 < n ? at + 1 : n - 1]; return true;
	case ACT_LEFT: change(ui, -1); return true;
	case ACT_RIGHT:
	case ACT_OPEN: change(ui, 1); return true;
	case ACT_TOGGLE:
		if (set->row != ROW_SPEECH)
			return false;
		change(ui, 1);
		return true;
	case ACT_PAGE_UP:
	case ACT_PAGE_DOWN:
		if (set->row == ROW_LESSONS || set->row == ROW_OPTIMIZE)
			return false;
		change(ui, action == ACT_PAGE_UP ? 10 : -10);
		return true;
	default: return false; /* Back: the driver closes the screen */
	}
}

const struct ui_screen ui_settings_screen = {
	.title = N_("Settings"),
	.keys = keys,
	.nkeys = sizeof keys / sizeof *keys,
	.open = open_settings,
	.draw = draw_settings,
	.key = key_settings,
	.close = close_settings,
	.state_size = sizeof(struct settings),
};
