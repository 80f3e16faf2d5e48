/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The phrasebook: handbooks, their lessons, a lesson's items and an item's page, with
 * search-as-you-type over everything and the learner's cards for each item. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hb.h"
#include "i18n.h"
#include "mem.h"
#include "plain.h"
#include "text.h"
#include "ui-internal.h"

static const struct ui_key keys[] = {
	{ '/', "/", ACT_SEARCH, N_("search") },
	{ '\n', "Enter", ACT_OPEN, N_("open") },
	{ KEY_RIGHT, "→", ACT_OPEN, N_("open") },
	{ 's', "s", ACT_SPEAK, N_("speak") },
	{ 'a', "a", ACT_ADD_LESSON, N_("add lesson to study") },
	{ 'g', "g", ACT_SHOW_GUEST, N_("show the phrase large, for a guest") },
	{ KEY_LEFT, "←", ACT_BACK, N_("go up a level") },
	{ KEY_BACKSPACE, "Backspace", ACT_BACK, N_("go up a level") },
	{ 127, "Backspace", ACT_BACK, N_("go up a level") },
	{ 8, "Backspace", ACT_BACK, N_("go up a level") },
	{ 27, "Esc", ACT_BACK, N_("go up a level; close the search") },
	{ 'q', "q", ACT_BACK, N_("go up a level; leave the phrasebook") },
	{ KEY_UP, "↑", ACT_UP, N_("previous row; scroll up") },
	{ 'k', "k", ACT_UP, N_("previous row; scroll up") },
	{ KEY_DOWN, "↓", ACT_DOWN, N_("next row; scroll down") },
	{ 'j', "j", ACT_DOWN, N_("next row; scroll down") },
	{ KEY_PPAGE, "PgUp", ACT_PAGE_UP, N_("previous page") },
	{ KEY_NPAGE, "PgDn", ACT_PAGE_DOWN, N_("next page") },
};

/* Enough hits to fill any screen and to page through; typing another letter is
 * quicker than paging further.  On a big handbook a short word is found by scanning
 * until this many hits turn up, so twice as many would cost twice the time. */
#define SEARCH_LIMIT 100

enum level { LEVEL_BOOKS, LEVEL_LESSONS, LEVEL_ITEMS };

/* A highlighted row and the first row shown. */
struct cursor {
	long sel, top;
};

struct shelf_book {
	char *id, *title, *languages;
	long lessons, phrases, courtesy;
};

struct hit {
	char *handbook, *lesson, *id, *source, *foreign;
	const char *label; /* the lesson's title, borrowed from heads */
};

/* One paragraph of an item's page, wrapped to the width when drawn. */
struct block {
	char *text;
	int indent;
	enum ui_color color;
};

static struct {
	enum level level;
	struct cursor at[3]; /* per level */

	struct shelf_book *books;
	size_t nbooks;
	/* The open handbook: its header and lessons, without items. */
	struct hb_book *book;
	bool *lesson_studied;
	/* The open lesson (bv.book->lessons[lesson_index]) with its items. */
	size_t lesson_index;
	struct hb_book *lesson;
	bool *item_known;

	/* Search: the field has the focus while the hits are shown. */
	bool searching;
	bool search_only; /* opened for a search (Home's "/"): Esc goes back there */
	struct ui_input query;
	char searched[sizeof ((struct ui_input *)0)->buf]; /* the text of the hits */
	struct hit *hits;
	size_t nhits, caphits;
	struct cursor hit_at;
	/* Lesson titles of every handbook, for the hits' labels; loaded on first search. */
	struct hb_book **heads;
	size_t nheads;
	/* Microseconds each search took, for CORDIAL_SEARCH_TIMES. */
	long *times;
	size_t ntimes, captimes;

	/* An item's page, over the list it was opened from. */
	bool paging;
	struct hb_book *page_book; /* owned when page_owned (opened from a hit) */
	bool page_owned;
	const struct hb_item *item;
	struct block *blocks;
	size_t nblocks, capblocks;
	long scroll;

	/* Shown to a guest: a phrase, full screen, in one of its foreign languages
	 * (guest_text indexes its texts), over the page or list it came from. */
	const struct hb_item *guest;
	size_t guest_text;
} bv;

/* ---------------------------------------------------------------- helpers */

static char *dup_or_empty(const char *s)
{
	return xstrdup(s ? s : "");
}

static void report(struct ui *ui, char *err)
{
	ui_message(ui, UI_WARN, "%s", err ? err : "?");
	free(err);
}

/* The rows a list has between the title row and the status line. */
static long list_height(const struct ui *ui)
{
	return ui->rows - 4 > 1 ? ui->rows - 4 : 1;
}

/* The first row to show so that `sel` is in view; pure, so that drawing after a
 * resize and the next key agree. */
static long visible_top(long top, long sel, long height, long n)
{
	if (sel < top)
		top = sel;
	if (sel >= top + height)
		top = sel - height + 1;
	if (top > n - height)
		top = n - height;
	return top < 0 ? 0 : top;
}

static void cursor_move(struct cursor *c, long n, long delta, long height)
{
	c->sel += delta;
	if (c->sel >= n)
		c->sel = n - 1;
	if (c->sel < 0)
		c->sel = 0;
	c->top = visible_top(c->top, c->sel, height, n);
}

static const char *title_in(const struct hb_title *titles, size_t n, const char *fallback,
			    const char *lang)
{
	for (size_t i = 0; lang && i < n; i++)
		if (!strcmp(titles[i].lang, lang))
			return titles[i].title;
	return fallback;
}

/* Titles in the learner's native language when the handbook has them. */
static const char *book_title(const struct ui *ui, const struct hb_book *book)
{
	return title_in(book->titles, book->ntitles, book->title,
			ui->have_learner ? ui->learner.native : NULL);
}

static const char *lesson_title(const struct ui *ui, const struct hb_lesson *l)
{
	const char *t = title_in(l->titles, l->ntitles, l->title,
				 ui->have_learner ? ui->learner.native : NULL);
	return t && *t ? t : l->id;
}

/* The text to show beside the source text, and to speak: the learner's target
 * language, else the first foreign one. */
static const struct hb_text *foreign_text(const struct ui *ui, const struct hb_item *item)
{
	if (item->kind != HB_PHRASE || item->ntexts == 0)
		return NULL;
	for (size_t i = 0; ui->have_learner && i < item->ntexts; i++)
		if (!strcmp(item->texts[i].lang, ui->learner.target))
			return &item->texts[i];
	return &item->texts[item->ntexts > 1 ? 1 : 0];
}

static const char *item_headline(const struct hb_item *item)
{
	if (item->kind == HB_COURTESY)
		return item->situation ? item->situation : item->id;
	return item->ntexts ? item->texts[0].text : item->id;
}

/* Whether the learner studies this lesson: chosen, assigned, or its whole handbook
 * assigned (lesson ""). */
static bool lesson_in(const struct lesson_ref *refs, long n, const char *handbook,
		      const char *lesson)
{
	for (long i = 0; i < n; i++)
		if (!strcmp(refs[i].handbook, handbook) &&
		    (!refs[i].lesson[0] || !strcmp(refs[i].lesson, lesson)))
			return true;
	return false;
}

/* 1 studied, 0 not, -1 error (reported). */
static int lesson_studied(struct ui *ui, const char *handbook, const char *lesson)
{
	if (!ui->have_learner)
		return 0;
	char *err = NULL;
	struct lesson_ref *refs = NULL;
	long n = training_lessons(ui->t, ui->learner.id, &refs, &err);
	if (n < 0) {
		report(ui, err);
		return -1;
	}
	bool in = lesson_in(refs, n, handbook, lesson);
	free(refs);
	return in;
}

/* ---------------------------------------------------------------- levels */

static void free_books(void)
{
	for (size_t i = 0; i < bv.nbooks; i++) {
		free(bv.books[i].id);
		free(bv.books[i].title);
		free(bv.books[i].languages);
	}
	free(bv.books);
	bv.books = NULL;
	bv.nbooks = 0;
}

static void collect_book(const struct content_summary *s, void *ctx)
{
	(void)ctx;
	bv.books = xreallocarray(bv.books, bv.nbooks + 1, sizeof *bv.books);
	bv.books[bv.nbooks++] = (struct shelf_book){
		.id = dup_or_empty(s->id),
		.title = dup_or_empty(s->title && *s->title ? s->title : s->id),
		.languages = dup_or_empty(s->languages),
		.lessons = s->lessons,
		.phrases = s->phrases,
		.courtesy = s->courtesy,
	};
}

static void load_books(struct ui *ui)
{
	char *err = NULL;
	free_books();
	if (content_list(ui->c, collect_book, NULL, &err))
		report(ui, err);
}

static void close_lesson(void)
{
	hb_book_free(bv.lesson);
	bv.lesson = NULL;
	free(bv.item_known);
	bv.item_known = NULL;
}

static void close_book(void)
{
	close_lesson();
	hb_book_free(bv.book);
	bv.book = NULL;
	free(bv.lesson_studied);
	bv.lesson_studied = NULL;
}

/* Marks the lessons of the open handbook that the learner studies. */
static void mark_studied(struct ui *ui)
{
	free(bv.lesson_studied);
	bv.lesson_studied = xcalloc(bv.book->nlessons + 1, sizeof *bv.lesson_studied);
	if (!ui->have_learner)
		return;
	char *err = NULL;
	struct lesson_ref *refs = NULL;
	long n = training_lessons(ui->t, ui->learner.id, &refs, &err);
	if (n < 0) {
		report(ui, err);
		return;
	}
	for (size_t i = 0; i < bv.book->nlessons; i++)
		bv.lesson_studied[i] = lesson_in(refs, n, bv.book->id, bv.book->lessons[i].id);
	free(refs);
}

static void open_book(struct ui *ui, const char *id)
{
	char *err = NULL;
	/* Lesson "" matches no item: the header and the lessons only, which stays small
	 * however many items the handbook has. */
	struct hb_book *book = content_load_lesson(ui->c, id, "", &err);
	if (!book) {
		if (err)
			report(ui, err);
		else
			ui_message(ui, UI_WARN, _("The handbook '%s' is gone."), id);
		return;
	}
	close_book();
	bv.book = book;
	mark_studied(ui);
	bv.level = LEVEL_LESSONS;
	bv.at[LEVEL_LESSONS] = (struct cursor){ 0, 0 };
}

static void open_lesson(struct ui *ui, const struct hb_lesson *l)
{
	char *err = NULL;
	struct hb_book *book = content_load_lesson(ui->c, bv.book->id, l->id, &err);
	if (!book) {
		report(ui, err);
		return;
	}
	close_lesson();
	bv.lesson = book;
	bv.lesson_index = (size_t)(l - bv.book->lessons);
	bv.item_known = xcalloc(book->nitems + 1, sizeof *bv.item_known);
	for (size_t i = 0; ui->have_learner && i < book->nitems; i++) {
		int known = training_item_known(ui->t, ui->learner.id, book->id,
						book->items[i].id, &err);
		if (known < 0) {
			report(ui, err);
			break;
		}
		bv.item_known[i] = known == 1;
	}
	bv.level = LEVEL_ITEMS;
	bv.at[LEVEL_ITEMS] = (struct cursor){ 0, 0 };
}

/* ---------------------------------------------------------------- the item's page */

static void page_add(int indent, enum ui_color color, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void page_add(int indent, enum ui_color color, const char *fmt, ...)
{
	if (bv.nblocks == bv.capblocks) {
		bv.capblocks = bv.capblocks ? 2 * bv.capblocks : 32;
		bv.blocks = xreallocarray(bv.blocks, bv.capblocks, sizeof *bv.blocks);
	}
	struct block *b = &bv.blocks[bv.nblocks++];
	va_list ap;
	va_start(ap, fmt);
	b->text = xvasprintf(fmt, ap);
	va_end(ap);
	b->indent = indent;
	b->color = color;
}

/* A labelled paragraph: the label on its own line, the text indented below. */
static void page_field(const char *label, const char *text)
{
	if (!text || !*text)
		return;
	page_add(0, UI_DIM, "%s", label);
	page_add(2, UI_NORMAL, "%s", text);
}

static void page_clear(void)
{
	for (size_t i = 0; i < bv.nblocks; i++)
		free(bv.blocks[i].text);
	bv.nblocks = 0;
}

static const char *state_name(enum fsrs_state s)
{
	static const char *const names[] = {
		[FSRS_NEW] = N_("new"),
		[FSRS_LEARNING] = N_("learning"),
		[FSRS_REVIEW] = N_("review"),
		[FSRS_RELEARNING] = N_("relearning"),
	};
	return (unsigned)s < sizeof names / sizeof *names ? _(names[s]) : "?";
}

static const char *skill_label(enum skill s)
{
	static const char *const names[] = {
		[SKILL_RECOGNIZE] = N_("Recognize"),
		[SKILL_PRODUCE] = N_("Produce"),
		[SKILL_JUDGE] = N_("Judge"),
	};
	return (unsigned)s < sizeof names / sizeof *names ? _(names[s]) : "?";
}

static void page_card(const struct card *c, int64_t now)
{
	if (c->fsrs.state == FSRS_NEW) {
		/* TRANSLATORS: a card of the item that was never asked: its skill */
		page_add(2, UI_NORMAL, _("%s: new, not asked yet"), skill_label(c->skill));
		return;
	}
	char when[64], rel[32];
	time_t secs = (time_t)(c->fsrs.due_ms / 1000);
	struct tm tm;
	localtime_r(&secs, &tm);
	strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
	if (c->fsrs.due_ms <= now) {
		snprintf(rel, sizeof rel, "%s", _("due now"));
	} else {
		char span[16];
		study_interval(span, sizeof span, c->fsrs.due_ms - now, true);
		/* TRANSLATORS: %s is a short interval such as "3d" */
		snprintf(rel, sizeof rel, _("in %s"), span);
	}
	/* TRANSLATORS: a card of the item: the skill, its state, when it is due
	 * ("Recognize: review, due 2026-12-03 09:00 (in 4d)") */
	page_add(2, UI_RIGHT, _("%s: %s, due %s (%s)"),
		 skill_label(c->skill), state_name(c->fsrs.state), when, rel);
	/* TRANSLATORS: stability in days, then the number of reviews and of lapses */
	page_add(4, UI_DIM, _("stability %.2f days, reviews %d, lapses %d"),
		 c->fsrs.memory.stability, c->fsrs.reps, c->fsrs.lapses);
}

/* The learner's cards of the item, found among all of the learner's cards (the
 * training module has no lookup by item); only when the item is known at all. */
static void page_cards(struct ui *ui)
{
	page_add(0, UI_TITLE, "%s", _("Your cards"));
	if (!ui->have_learner) {
		page_add(2, UI_DIM, "%s", _("No learner is chosen."));
		return;
	}
	char *err = NULL;
	int known = training_item_known(ui->t, ui->learner.id, bv.page_book->id, bv.item->id,
					&err);
	struct card *cards = NULL;
	long n = 0;
	if (known == 1)
		n = training_cards_due(ui->t, ui->learner.id,
				       1u << FSRS_NEW | 1u << FSRS_LEARNING | 1u << FSRS_REVIEW |
					       1u << FSRS_RELEARNING,
				       INT64_MAX, (size_t)INT64_MAX, &cards, &err);
	if (known < 0 || n < 0) {
		page_add(2, UI_WARN, "%s", err ? err : "?");
		free(err);
		return;
	}
	int64_t now = study_now();
	long shown = 0;
	for (long i = 0; i < n; i++) {
		if (strcmp(cards[i].handbook, bv.page_book->id) || strcmp(cards[i].item, bv.item->id))
			continue;
		page_card(&cards[i], now);
		shown++;
	}
	free(cards);
	if (!shown)
		page_add(2, UI_DIM, "%s", _("Not studied yet."));
}

/* Lays out the page of bv.item as paragraphs; run when it opens and after a change. */
static void page_build(struct ui *ui)
{
	const struct hb_item *it = bv.item;
	page_clear();
	if (it->kind == HB_PHRASE) {
		for (size_t i = 0; i < it->ntexts; i++) {
			const struct hb_text *t = &it->texts[i];
			page_add(0, UI_DIM, "%s", plain_language_name(t->lang));
			page_add(2, UI_TITLE, "%s", t->text);
			if (t->reading && *t->reading)
				page_add(2, UI_DIM, "%s", t->reading);
			for (size_t k = 0; k < t->nalts; k++)
				page_add(2, UI_NORMAL, _("also: %s"), t->alts[k]);
		}
		page_add(0, UI_NORMAL, "%s", "");
		page_field(_("Note"), it->note);
	} else {
		page_field(_("Situation"), it->situation);
		page_add(0, UI_DIM, "%s", _("Options"));
		for (size_t k = 0; k < it->noptions; k++) {
			bool right = it->answer == (char)('a' + k);
			page_add(2, right ? UI_RIGHT : UI_NORMAL, "%c) %s", (char)('a' + k),
				 it->options[k]);
		}
		if (it->answer)
			page_add(0, UI_RIGHT, _("Right answer: %c"), it->answer);
		page_add(0, UI_NORMAL, "%s", "");
		page_field(_("Explanation"), it->explanation);
		if (it->region && *it->region)
			page_add(0, UI_NORMAL, _("Region: %s"), it->region);
		if (it->nrefs) {
			page_add(0, UI_DIM, "%s", _("References"));
			for (size_t k = 0; k < it->nrefs; k++)
				page_add(2, UI_NORMAL, "%s", it->refs[k]);
		}
	}
	if (it->reg && *it->reg)
		page_add(0, UI_NORMAL, _("Register: %s"), it->reg);
	if (it->tags && *it->tags)
		page_add(0, UI_NORMAL, _("Tags: %s"), it->tags);
	page_add(0, UI_NORMAL, "%s", "");
	page_cards(ui);
	page_add(0, UI_NORMAL, "%s", "");
	int studied = lesson_studied(ui, bv.page_book->id, it->lesson);
	if (studied == 1)
		page_add(0, UI_DIM, "%s", _("This item's lesson is in your study."));
	else if (studied == 0 && ui->have_learner)
		page_add(0, UI_DIM, "%s", _("Press a to add this item's lesson to your study."));
}

static void close_page(void)
{
	page_clear();
	if (bv.page_owned)
		hb_book_free(bv.page_book);
	bv.page_book = NULL;
	bv.page_owned = false;
	bv.item = NULL;
	bv.paging = false;
	bv.scroll = 0;
}

/* Opens the page of an item of `book` (which the page owns when `owned`). */
static void open_page(struct ui *ui, struct hb_book *book, bool owned, const struct hb_item *item)
{
	close_page();
	bv.page_book = book;
	bv.page_owned = owned;
	bv.item = item;
	bv.paging = true;
	page_build(ui);
}

/* Lines of the page at `width` columns, drawing those from `scroll` on into rows
 * y0 .. y0 + height - 1 when `draw`. */
struct page_walk {
	long line, scroll;
	int y0, height, x, width;
	enum ui_color color;
	bool draw;
};

static void page_line(const char *line, size_t len, void *ctx)
{
	struct page_walk *w = ctx;
	if (w->draw && w->line >= w->scroll && w->line < w->scroll + w->height) {
		char *copy = xstrndup(line, len);
		ui_text(w->y0 + (int)(w->line - w->scroll), w->x, w->width, copy, w->color);
		free(copy);
	}
	w->line++;
}

static long page_walk(struct page_walk *w, int cols)
{
	w->line = 0;
	for (size_t i = 0; i < bv.nblocks; i++) {
		const struct block *b = &bv.blocks[i];
		w->x = 1 + b->indent;
		w->width = cols - 2 - b->indent;
		w->color = b->color;
		if (w->width < 1)
			w->width = 1;
		if (!b->text[0]) {
			w->line++;
			continue;
		}
		char *safe = text_sanitize_lines(b->text, strlen(b->text));
		text_wrap(safe, strlen(safe), w->width, page_line, w);
		free(safe);
	}
	return w->line;
}

static long page_lines(const struct ui *ui)
{
	struct page_walk w = { .draw = false };
	return page_walk(&w, ui->cols);
}

static long page_max_scroll(const struct ui *ui)
{
	long n = page_lines(ui) - list_height(ui);
	return n > 0 ? n : 0;
}

/* ---------------------------------------------------------------- search */

static void free_hits(void)
{
	for (size_t i = 0; i < bv.nhits; i++) {
		free(bv.hits[i].handbook);
		free(bv.hits[i].lesson);
		free(bv.hits[i].id);
		free(bv.hits[i].source);
		free(bv.hits[i].foreign);
	}
	bv.nhits = 0;
	bv.hit_at = (struct cursor){ 0, 0 };
}

static const char *hit_label(const struct ui *ui, const char *handbook, const char *lesson)
{
	for (size_t i = 0; i < bv.nheads; i++) {
		if (strcmp(bv.heads[i]->id, handbook))
			continue;
		const struct hb_lesson *l = hb_book_find_lesson(bv.heads[i], lesson);
		return l ? lesson_title(ui, l) : NULL;
	}
	return NULL;
}

struct collect {
	const struct ui *ui;
};

static void collect_hit(const struct content_hit *h, void *ctx)
{
	const struct collect *c = ctx;
	if (bv.nhits == bv.caphits) {
		bv.caphits = bv.caphits ? 2 * bv.caphits : 64;
		bv.hits = xreallocarray(bv.hits, bv.caphits, sizeof *bv.hits);
	}
	struct hit *hit = &bv.hits[bv.nhits++];
	hit->handbook = dup_or_empty(h->handbook);
	hit->lesson = dup_or_empty(h->lesson);
	hit->id = dup_or_empty(h->id);
	hit->source = dup_or_empty(h->source_text);
	hit->foreign = dup_or_empty(h->foreign);
	hit->label = hit_label(c->ui, hit->handbook, hit->lesson);
}

static void record_time(long us)
{
	if (bv.ntimes == bv.captimes) {
		bv.captimes = bv.captimes ? 2 * bv.captimes : 64;
		bv.times = xreallocarray(bv.times, bv.captimes, sizeof *bv.times);
	}
	bv.times[bv.ntimes++] = us;
}

static long elapsed_us(const struct timespec *a, const struct timespec *b)
{
	return (long)((b->tv_sec - a->tv_sec) * 1000000L + (b->tv_nsec - a->tv_nsec) / 1000);
}

/* Narrows the hits to the field's text.  Runs on every key that changes the text;
 * a key that leaves the words as they were (a space, a cursor move) costs nothing. */
static void search(struct ui *ui)
{
	size_t len;
	const char *q = text_trim(bv.query.buf, bv.query.len, &len);
	if (len == strlen(bv.searched) && !strncmp(q, bv.searched, len))
		return;
	snprintf(bv.searched, sizeof bv.searched, "%.*s", (int)len, q);
	free_hits();
	if (!len)
		return;
	struct collect c = { ui };
	char *err = NULL;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	long n = content_search(ui->c, bv.searched, SEARCH_LIMIT, collect_hit, &c, &err);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	record_time(elapsed_us(&t0, &t1));
	if (n < 0)
		report(ui, err);
}

/* The lesson titles of every handbook, for the labels of the hits. */
static void load_heads(struct ui *ui)
{
	if (bv.heads)
		return;
	bv.heads = xcalloc(bv.nbooks + 1, sizeof *bv.heads);
	for (size_t i = 0; i < bv.nbooks; i++) {
		char *err = NULL;
		struct hb_book *b = content_load_lesson(ui->c, bv.books[i].id, "", &err);
		if (b)
			bv.heads[bv.nheads++] = b;
		free(err);
	}
}

static void open_search(struct ui *ui)
{
	load_heads(ui);
	bv.searching = true;
	ui_input_clear(&bv.query);
	bv.searched[0] = '\0';
	free_hits();
}

static void close_search(void)
{
	bv.searching = false;
	ui_input_clear(&bv.query);
	bv.searched[0] = '\0';
	free_hits();
}

static void open_hit(struct ui *ui, const struct hit *h)
{
	char *err = NULL;
	struct hb_book *book = content_load_lesson(ui->c, h->handbook, h->lesson, &err);
	long k = book ? hb_book_find_item(book, h->id) : -1;
	if (k < 0) {
		hb_book_free(book);
		if (err)
			report(ui, err);
		else
			ui_message(ui, UI_WARN, _("The item '%s' is gone."), h->id);
		return;
	}
	open_page(ui, book, true, &book->items[k]);
}

/* Appends the search times to the file named by CORDIAL_SEARCH_TIMES, one number of
 * microseconds a line, so that a benchmark can read them after the session. */
static void save_times(struct ui *ui)
{
	const char *path = getenv("CORDIAL_SEARCH_TIMES");
	if (!path || !*path || !bv.ntimes)
		return;
	FILE *f = fopen(path, "a");
	if (f) {
		for (size_t i = 0; i < bv.ntimes; i++)
			fprintf(f, "%ld\n", bv.times[i]);
		bool failed = ferror(f);
		if (fclose(f) == 0 && !failed)
			return;
		if (failed)
			errno = EIO;
	}
	ui_message(ui, UI_WARN, _("Cannot write the search times to %s: %s"), path,
		   strerror(errno));
}

/* ---------------------------------------------------------------- drawing */

/* A row of a list: `text` then `extra` dimmed in what is left; the whole row in the
 * highlight color when selected. */
static void draw_row(const struct ui *ui, int y, bool selected, const char *mark,
		     const char *label, int label_width, const char *text, const char *extra)
{
	int x = 1, end = ui->cols - 1;
	if (selected) {
		ui_set_color(UI_SELECTED, true);
		mvhline(y, 0, ' ', ui->cols);
		ui_set_color(UI_SELECTED, false);
	}
	enum ui_color normal = selected ? UI_SELECTED : UI_NORMAL;
	enum ui_color dim = selected ? UI_SELECTED : UI_DIM;
	if (mark) {
		ui_text(y, x, 2, mark, selected ? UI_SELECTED : UI_RIGHT);
		x += 2;
	}
	if (label) {
		ui_text(y, x, label_width, label, dim);
		x += label_width + 1;
	}
	if (x >= end)
		return;
	/* The text gets up to two thirds when there is something beside it. */
	int room = end - x;
	int text_room = extra && *extra ? room * 2 / 3 : room;
	x += ui_text(y, x, text_room, text, normal);
	if (extra && *extra && end - x > 4)
		ui_text(y, x + 2, end - x - 2, extra, dim);
}

/* The title row: what is shown, and at the right the position in it. */
static void draw_title(const struct ui *ui, const char *title, long at, long n)
{
	char pos[48] = "";
	if (n > 0)
		snprintf(pos, sizeof pos, "%ld/%ld", at + 1, n);
	int pw = text_width(pos, strlen(pos));
	ui_text(1, 1, ui->cols - pw - 3, title, UI_TITLE);
	if (pw && pw < ui->cols - 2)
		ui_text(1, ui->cols - pw - 1, pw, pos, UI_DIM);
}

static void draw_empty(const struct ui *ui, const char *text)
{
	ui_wrap(2, 1, ui->cols - 2, (int)list_height(ui), text, UI_DIM);
}

static void draw_books(const struct ui *ui)
{
	const struct cursor *c = &bv.at[LEVEL_BOOKS];
	draw_title(ui, _("Handbooks"), c->sel, (long)bv.nbooks);
	if (!bv.nbooks) {
		draw_empty(ui, _("No handbooks yet. Import one with 'cordial handbook import FILE'."));
		return;
	}
	long h = list_height(ui), top = visible_top(c->top, c->sel, h, (long)bv.nbooks);
	for (long i = top; i < (long)bv.nbooks && i < top + h; i++) {
		const struct shelf_book *b = &bv.books[i];
		char counts[160], lessons[48], phrases[48], courtesy[48];
		snprintf(lessons, sizeof lessons,
			 ngettext("%ld lesson", "%ld lessons", (unsigned long)b->lessons), b->lessons);
		snprintf(phrases, sizeof phrases,
			 ngettext("%ld phrase", "%ld phrases", (unsigned long)b->phrases), b->phrases);
		snprintf(courtesy, sizeof courtesy,
			 ngettext("%ld situation", "%ld situations", (unsigned long)b->courtesy),
			 b->courtesy);
		/* TRANSLATORS: a handbook's languages, lessons, phrases and courtesy
		 * situations, as in "zh en ja · 6 lessons · 120 phrases · 0 situations" */
		snprintf(counts, sizeof counts, _("%s · %s · %s · %s"), b->languages, lessons,
			 phrases, courtesy);
		draw_row(ui, 2 + (int)(i - top), i == c->sel, NULL, NULL, 0, b->title, counts);
	}
}

static void draw_lessons(const struct ui *ui)
{
	const struct cursor *c = &bv.at[LEVEL_LESSONS];
	draw_title(ui, book_title(ui, bv.book), c->sel, (long)bv.book->nlessons);
	if (!bv.book->nlessons) {
		draw_empty(ui, _("This handbook has no lessons."));
		return;
	}
	long n = (long)bv.book->nlessons, h = list_height(ui);
	long top = visible_top(c->top, c->sel, h, n);
	for (long i = top; i < n && i < top + h; i++) {
		const struct hb_lesson *l = &bv.book->lessons[i];
		draw_row(ui, 2 + (int)(i - top), i == c->sel, bv.lesson_studied[i] ? "*" : " ",
			 NULL, 0, lesson_title(ui, l), l->description);
	}
}

static void draw_items(const struct ui *ui)
{
	const struct cursor *c = &bv.at[LEVEL_ITEMS];
	char title[512];
	snprintf(title, sizeof title, "%s › %s", book_title(ui, bv.book),
		 lesson_title(ui, &bv.book->lessons[bv.lesson_index]));
	draw_title(ui, title, c->sel, (long)bv.lesson->nitems);
	if (!bv.lesson->nitems) {
		draw_empty(ui, _("This lesson has no items."));
		return;
	}
	long n = (long)bv.lesson->nitems, h = list_height(ui);
	long top = visible_top(c->top, c->sel, h, n);
	for (long i = top; i < n && i < top + h; i++) {
		const struct hb_item *it = &bv.lesson->items[i];
		const struct hb_text *f = foreign_text(ui, it);
		draw_row(ui, 2 + (int)(i - top), i == c->sel, bv.item_known[i] ? "*" : " ", NULL,
			 0, item_headline(it), f && f != &it->texts[0] ? f->text : NULL);
	}
}

static void draw_hits(struct ui *ui)
{
	char count[64] = "";
	if (bv.nhits >= SEARCH_LIMIT)
		snprintf(count, sizeof count, _("%d+ matches"), SEARCH_LIMIT);
	else if (bv.searched[0])
		snprintf(count, sizeof count,
			 ngettext("%zu match", "%zu matches", (unsigned long)bv.nhits), bv.nhits);
	int cw = text_width(count, strlen(count));
	const char *label = _("Search:");
	int lw = text_width(label, strlen(label));
	if (bv.searched[0] && !bv.nhits)
		draw_empty(ui, _("Nothing matches. Every word must appear in a text, reading or "
				 "note; Backspace to widen."));
	else if (!bv.nhits)
		draw_empty(ui, _("Type to search every handbook in any language: texts, readings "
				 "and notes. ↑↓ choose, Enter opens, Esc closes the search."));
	long h = list_height(ui), n = (long)bv.nhits;
	long top = visible_top(bv.hit_at.top, bv.hit_at.sel, h, n);
	int label_width = ui->cols / 5 < 8 ? 8 : ui->cols / 5 > 20 ? 20 : ui->cols / 5;
	for (long i = top; i < n && i < top + h; i++) {
		const struct hit *hit = &bv.hits[i];
		char where[160];
		snprintf(where, sizeof where, "%s/%s", hit->handbook, hit->lesson);
		draw_row(ui, 2 + (int)(i - top), i == bv.hit_at.sel, NULL,
			 hit->label ? hit->label : where, label_width, hit->source, hit->foreign);
	}
	/* The field last: it places the cursor. */
	ui_text(1, 1, lw, label, UI_TITLE);
	int fx = 1 + lw + 1, fw = ui->cols - fx - (cw ? cw + 2 : 1);
	if (cw && ui->cols - cw - 1 > fx)
		ui_text(1, ui->cols - cw - 1, cw, count, UI_DIM);
	if (fw >= 2)
		ui_input_draw(&bv.query, 1, fx, fw, true);
}

static void draw_page(const struct ui *ui)
{
	const struct hb_lesson *l = hb_book_find_lesson(bv.page_book, bv.item->lesson);
	char title[512];
	snprintf(title, sizeof title, "%s › %s", book_title(ui, bv.page_book),
		 l ? lesson_title(ui, l) : bv.item->lesson);
	long h = list_height(ui), lines = page_lines(ui);
	long max = lines - h > 0 ? lines - h : 0;
	long scroll = bv.scroll < max ? bv.scroll : max;
	char pos[48] = "";
	if (max > 0)
		snprintf(pos, sizeof pos, "%ld%%", (scroll * 100 + max / 2) / max);
	int pw = text_width(pos, strlen(pos));
	ui_text(1, 1, ui->cols - pw - 3, title, UI_TITLE);
	if (pw)
		ui_text(1, ui->cols - pw - 1, pw, pos, UI_DIM);
	struct page_walk w = { .scroll = scroll, .y0 = 2, .height = (int)h, .draw = true };
	page_walk(&w, ui->cols);
}

/* Lines of sanitized text wrapped at a width, for centring. */
struct lines {
	char **v;
	int n;
};

static void add_line(const char *line, size_t len, void *ctx)
{
	struct lines *l = ctx;
	l->v = xreallocarray(l->v, (size_t)l->n + 1, sizeof *l->v);
	l->v[l->n] = xstrndup(line, len);
	l->n++;
}

static struct lines wrap_lines(const char *text, int width)
{
	struct lines l = { NULL, 0 };
	char *safe = text_sanitize(text ? text : "", text ? strlen(text) : 0);
	if (*safe)
		text_wrap(safe, strlen(safe), width > 1 ? width : 1, add_line, &l);
	free(safe);
	return l;
}

static void count_line(const char *line, size_t len, void *ctx)
{
	(void)line;
	(void)len;
	(*(int *)ctx)++;
}

/* The narrowest width, down to half of `width`, at which text wraps into no more
 * lines than at `width`: the lines come out even rather than one long and one
 * short. */
static int even_width(const char *text, int width)
{
	char *safe = text_sanitize(text, strlen(text));
	int lines = 0, best = width;
	text_wrap(safe, strlen(safe), width, count_line, &lines);
	for (int w = width - 1; lines > 1 && w >= width / 2 && w > 0; w--) {
		int n = 0;
		text_wrap(safe, strlen(safe), w, count_line, &n);
		if (n > lines)
			break;
		best = w;
	}
	free(safe);
	return best;
}

static void free_lines(struct lines *l)
{
	for (int i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/* Draws the lines centred from row y, `gap` empty rows between them, at most up to
 * row `end` (exclusive); `banner` draws each in bold reverse video with a column of
 * room on either side.  Returns the row after the last. */
static int centre_lines(const struct ui *ui, const struct lines *l, int y, int gap, int end,
			bool banner, enum ui_color color)
{
	for (int i = 0; i < l->n && y < end; i++, y += 1 + gap) {
		int w = text_width(l->v[i], strlen(l->v[i])), pad = banner ? 2 : 0;
		int x = (ui->cols - w - 2 * pad) / 2;
		if (x < 0)
			x = 0;
		if (banner) {
			attron(A_BOLD | A_REVERSE);
			mvhline(y, x, ' ', w + 2 * pad < ui->cols ? w + 2 * pad : ui->cols);
		}
		ui_text(y, x + pad, ui->cols - x - pad, l->v[i], color);
		if (banner)
			attroff(A_BOLD | A_REVERSE);
	}
	return y - gap;
}

/* The phrase for a guest: the foreign text as large as the terminal allows (bold,
 * reverse video, centred, with room around), its reading and the source text below,
 * the whole centred on the screen. */
static void draw_guest(const struct ui *ui)
{
	const struct hb_item *it = bv.guest;
	const struct hb_text *t = &it->texts[bv.guest_text], *src = &it->texts[0];
	int top = 1, end = ui->rows - 2, width = ui->cols - 8 > 10 ? ui->cols - 8 : ui->cols - 2;
	struct lines big = wrap_lines(t->text, even_width(t->text, width)), reading = wrap_lines(t->reading, width),
		     source = wrap_lines(src->text, width);
	int rows = end - top, small = reading.n + source.n;
	/* As much room as fits: between the lines of the phrase, then around the rest. */
	int gap = big.n > 1 && 2 * big.n - 1 + small + 2 <= rows ? 1 : 0;
	int used = big.n + gap * (big.n - 1);
	int sep = used + small + 4 + (reading.n && source.n ? 1 : 0) <= rows ? 2
		  : used + small + 2 <= rows				     ? 1
									     : 0;
	int total = used + (reading.n ? sep + reading.n : 0) + (source.n ? sep + source.n : 0);
	int y = top + (rows - total) / 2;
	if (y < top)
		y = top;
	y = centre_lines(ui, &big, y, gap, end, true, UI_NORMAL);
	if (reading.n)
		y = centre_lines(ui, &reading, y + sep, 0, end, false, UI_DIM);
	if (source.n)
		y = centre_lines(ui, &source, y + sep, 0, end, false, UI_NORMAL);
	free_lines(&big);
	free_lines(&reading);
	free_lines(&source);
	ui_text(1, 1, ui->cols - 2, plain_language_name(t->lang), UI_DIM);
	/* What the one holding the screen can do, on the last row when it is free. */
	const char *hint = it->ntexts > 2 ? _("Esc back · ↑↓ another language") : _("Esc back");
	int hw = text_width(hint, strlen(hint));
	if (y < end - 1 && hw <= ui->cols - 2)
		ui_text(end - 1, ui->cols - 1 - hw, hw, hint, UI_DIM);
}

/* What the message names when memory runs out while this screen is on top (mem.h):
 * named on every way into the screen, the one below being named again when it is
 * drawn after this one closes. */
static void name_activity(void)
{
	mem_activity(_("using the %s screen"), _(ui_book_screen.title));
}

static void draw_book(struct ui *ui)
{
	name_activity();
	if (bv.guest)
		draw_guest(ui);
	else if (bv.paging)
		draw_page(ui);
	else if (bv.searching)
		draw_hits(ui);
	else if (bv.level == LEVEL_ITEMS)
		draw_items(ui);
	else if (bv.level == LEVEL_LESSONS)
		draw_lessons(ui);
	else
		draw_books(ui);
}

/* ---------------------------------------------------------------- keys */

/* The item and its book that `s` and `a` act on: the page's, or the highlighted one. */
static const struct hb_item *current_item(const struct hb_book **book)
{
	if (bv.paging) {
		*book = bv.page_book;
		return bv.item;
	}
	if (!bv.searching && bv.level == LEVEL_ITEMS && bv.lesson->nitems) {
		*book = bv.lesson;
		return &bv.lesson->items[bv.at[LEVEL_ITEMS].sel];
	}
	return NULL;
}

/* Speaks a phrase's text as the study engine would: the learner's speech setting and
 * voice, and Japanese from its kana reading. */
static void say(struct ui *ui, const struct hb_text *t)
{
	const char *text = study_spoken_text(t);
	const char *voice = ui->have_learner && ui->learner.voice[0] &&
					    !strcmp(t->lang, ui->learner.target)
				    ? ui->learner.voice
				    : NULL;
	if (ui->have_learner && !ui->learner.speech)
		ui_message(ui, UI_DIM, "%s", _("Speech is off in Settings."));
	else if (!text)
		ui_message(ui, UI_DIM, "%s", _("This phrase has no kana reading to speak."));
	else if (!tts_playable(ui->tts) || tts_speak_voice(ui->tts, t->lang, voice, text))
		ui_message(ui, UI_WARN, "%s",
			   _("Speech is not available: install espeak-ng or set CORDIAL_TTS."));
	else
		ui_message(ui, UI_DIM, _("Speaking (%s)…"), plain_language_name(t->lang));
}

static void speak(struct ui *ui)
{
	const struct hb_book *book = NULL;
	const struct hb_item *it = current_item(&book);
	if (!it) {
		ui_message(ui, UI_DIM, "%s", _("Open a lesson and choose a phrase to hear it."));
		return;
	}
	const struct hb_text *t = foreign_text(ui, it);
	if (!t) {
		ui_message(ui, UI_DIM, "%s", _("A courtesy situation has no phrase to speak."));
		return;
	}
	say(ui, t);
}

/* Shows the page's phrase (or the highlighted one) to a guest, in the language the
 * page shows beside the source text. */
static void show_guest(struct ui *ui)
{
	const struct hb_book *book = NULL;
	const struct hb_item *it = current_item(&book);
	if (!it) {
		ui_message(ui, UI_DIM, "%s", _("Open a lesson and choose a phrase to show it."));
		return;
	}
	const struct hb_text *t = foreign_text(ui, it);
	if (!t) {
		ui_message(ui, UI_DIM, "%s", _("A courtesy situation has no phrase to show."));
		return;
	}
	bv.guest = it;
	bv.guest_text = (size_t)(t - it->texts);
}

/* The next (delta 1) or previous foreign language of the phrase shown to a guest. */
static void guest_language(long delta)
{
	size_t n = bv.guest->ntexts;
	if (n < 3)
		return; /* the source text and one other */
	long k = (long)bv.guest_text - 1 + delta, m = (long)n - 1;
	bv.guest_text = (size_t)(((k % m) + m) % m + 1);
}

static bool key_guest(struct ui *ui, enum ui_action action)
{
	switch (action) {
	case ACT_BACK:
	case ACT_SHOW_GUEST: bv.guest = NULL; return true;
	case ACT_UP: guest_language(-1); return true;
	case ACT_DOWN: guest_language(1); return true;
	case ACT_SPEAK: {
		say(ui, &bv.guest->texts[bv.guest_text]);
		return true;
	}
	default: return true; /* the rest waits until the guest has seen it */
	}
}

static void add_lesson(struct ui *ui)
{
	const struct hb_book *book = NULL;
	const struct hb_item *it = current_item(&book);
	const char *handbook = NULL, *lesson = NULL;
	const struct hb_lesson *l = NULL;
	if (it) {
		handbook = book->id;
		lesson = it->lesson;
		l = hb_book_find_lesson(book, lesson);
	} else if (!bv.searching && bv.level == LEVEL_LESSONS && bv.book->nlessons) {
		handbook = bv.book->id;
		l = &bv.book->lessons[bv.at[LEVEL_LESSONS].sel];
		lesson = l->id;
	}
	if (!handbook) {
		ui_message(ui, UI_DIM, "%s", _("Choose a lesson or an item first."));
		return;
	}
	if (!ui->have_learner) {
		ui_message(ui, UI_WARN, "%s", _("Choose a learner first."));
		return;
	}
	const char *title = l ? lesson_title(ui, l) : lesson;
	int studied = lesson_studied(ui, handbook, lesson);
	if (studied < 0)
		return;
	if (studied) {
		ui_message(ui, UI_DIM, _("“%s” is already in your study."), title);
		return;
	}
	char *err = NULL;
	if (training_lesson_choose(ui->t, ui->learner.id, handbook, lesson, study_now(), &err)) {
		report(ui, err);
		return;
	}
	ui_message(ui, UI_RIGHT, _("Added “%s” to your study."), title);
	if (bv.book && !strcmp(bv.book->id, handbook))
		mark_studied(ui);
	if (bv.paging)
		page_build(ui);
}

/* Up one level: the page, the search, the lesson, the handbook; false at the top,
 * so that the driver leaves the screen. */
static bool go_back(void)
{
	if (bv.paging) {
		close_page();
		return true;
	}
	if (bv.searching) {
		close_search();
		return true;
	}
	if (bv.level == LEVEL_ITEMS) {
		close_lesson();
		bv.level = LEVEL_LESSONS;
		return true;
	}
	if (bv.level == LEVEL_LESSONS) {
		close_book();
		bv.level = LEVEL_BOOKS;
		return true;
	}
	return false;
}

static void open_row(struct ui *ui)
{
	if (bv.searching) {
		if (bv.nhits)
			open_hit(ui, &bv.hits[bv.hit_at.sel]);
	} else if (bv.level == LEVEL_BOOKS) {
		if (bv.nbooks)
			open_book(ui, bv.books[bv.at[LEVEL_BOOKS].sel].id);
	} else if (bv.level == LEVEL_LESSONS) {
		if (bv.book->nlessons)
			open_lesson(ui, &bv.book->lessons[bv.at[LEVEL_LESSONS].sel]);
	} else if (bv.lesson->nitems) {
		open_page(ui, bv.lesson, false, &bv.lesson->items[bv.at[LEVEL_ITEMS].sel]);
	}
}

/* Moves the highlight (or scrolls the page) by delta rows. */
static void move_by(struct ui *ui, long delta)
{
	long h = list_height(ui);
	if (bv.paging) {
		long max = page_max_scroll(ui);
		bv.scroll = bv.scroll > max ? max : bv.scroll;
		bv.scroll += delta;
		bv.scroll = bv.scroll < 0 ? 0 : bv.scroll > max ? max : bv.scroll;
	} else if (bv.searching) {
		cursor_move(&bv.hit_at, (long)bv.nhits, delta, h);
	} else if (bv.level == LEVEL_BOOKS) {
		cursor_move(&bv.at[LEVEL_BOOKS], (long)bv.nbooks, delta, h);
	} else if (bv.level == LEVEL_LESSONS) {
		cursor_move(&bv.at[LEVEL_LESSONS], (long)bv.book->nlessons, delta, h);
	} else {
		cursor_move(&bv.at[LEVEL_ITEMS], (long)bv.lesson->nitems, delta, h);
	}
}

/* A key while the search field has the focus: editing keys edit, and the text is
 * searched again at once. */
static bool key_search(struct ui *ui, enum ui_action action, wint_t ch)
{
	bool edited = false;
	switch (action) {
	case ACT_NONE:
		edited = ui_input_key(&bv.query, ch, ui->key_code);
		break;
	case ACT_BACK:
		if (ch == 27 && bv.search_only) {
			close_search();
			return false; /* the driver leaves the screen */
		}
		if (ch == 27)
			return go_back();
		/* ←, Backspace: edit the field rather than go up. */
		if (ui_input_key(&bv.query, ch, ui->key_code))
			search(ui);
		return true;
	case ACT_OPEN:
		if (ui->key_code && ch == KEY_RIGHT) {
			edited = ui_input_key(&bv.query, ch, true);
			break;
		}
		open_row(ui);
		return true;
	case ACT_UP: move_by(ui, -1); return true;
	case ACT_DOWN: move_by(ui, 1); return true;
	case ACT_PAGE_UP: move_by(ui, -list_height(ui)); return true;
	case ACT_PAGE_DOWN: move_by(ui, list_height(ui)); return true;
	default: return false;
	}
	if (edited)
		search(ui);
	return edited;
}

static bool key_book(struct ui *ui, enum ui_action action, wint_t ch)
{
	name_activity();
	if (bv.guest)
		return key_guest(ui, action);
	if (action == ACT_SHOW_GUEST) {
		show_guest(ui);
		return true;
	}
	if (bv.searching && !bv.paging)
		return key_search(ui, action, ch);
	switch (action) {
	case ACT_SEARCH:
		close_page();
		open_search(ui);
		return true;
	case ACT_OPEN:
		if (!bv.paging)
			open_row(ui);
		return true;
	case ACT_BACK: return go_back();
	case ACT_UP: move_by(ui, -1); return true;
	case ACT_DOWN: move_by(ui, 1); return true;
	case ACT_PAGE_UP: move_by(ui, -list_height(ui)); return true;
	case ACT_PAGE_DOWN: move_by(ui, list_height(ui)); return true;
	case ACT_SPEAK: speak(ui); return true;
	case ACT_ADD_LESSON: add_lesson(ui); return true;
	default: return false;
	}
}

static bool typing_book(const struct ui *ui)
{
	(void)ui;
	return bv.searching && !bv.paging;
}

/* ---------------------------------------------------------------- open and close */

static void open_book_screen(struct ui *ui)
{
	name_activity();
	memset(&bv, 0, sizeof bv);
	bv.level = LEVEL_BOOKS;
	load_books(ui);
}

static void close_book_screen(struct ui *ui)
{
	save_times(ui);
	close_page();
	close_search();
	close_book();
	free_books();
	for (size_t i = 0; i < bv.nheads; i++)
		hb_book_free(bv.heads[i]);
	free(bv.heads);
	free(bv.hits);
	free(bv.blocks);
	free(bv.times);
	memset(&bv, 0, sizeof bv);
}

void ui_book_search(struct ui *ui)
{
	open_search(ui);
	bv.search_only = true;
}

const struct ui_screen ui_book_screen = {
	.title = N_("Phrasebook"),
	.keys = keys,
	.nkeys = sizeof keys / sizeof *keys,
	.open = open_book_screen,
	.draw = draw_book,
	.key = key_book,
	.close = close_book_screen,
	.typing = typing_book,
};
