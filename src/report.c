/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Progress reports: assignments, pace, retention and missed items per learner and class. */
#include "report.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "content.h"
#include "hb.h"
#include "i18n.h"
#include "items.h"
#include "mem.h"
#include "study.h"

#define DAY_MS INT64_C(86400000)

const char *report_status_name(enum report_status status)
{
	static const char *const names[] = { "done", "on-track", "behind", "late", "undated" };
	return names[status];
}

/* ---------------------------------------------------------------- days */

/* Study days from the day that starts at `from` to the one that starts at `to`;
 * rounded, because a day with a clock change is an hour longer or shorter. */
static long days_between(int64_t from, int64_t to)
{
	return (long)llround((double)(to - from) / (double)DAY_MS);
}

/* The start of the study day n days after the one that starts at day. */
static int64_t shift_days(int64_t day, long n)
{
	return study_day_start(day + n * DAY_MS + DAY_MS / 2);
}

int64_t report_parse_day(const char *text)
{
	int y, m, d, n = 0;
	if (strlen(text) != 10 || sscanf(text, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10 ||
	    text[4] != '-' || text[7] != '-')
		return -1;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9'))
			return -1;
	struct tm tm = { .tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d, .tm_hour = 4,
			 .tm_isdst = -1 };
	time_t secs = mktime(&tm);
	/* mktime() moves 2026-02-30 to March: such a date is not a real one. */
	if (secs == (time_t)-1 || tm.tm_year != y - 1900 || tm.tm_mon != m - 1 || tm.tm_mday != d)
		return -1;
	return study_day_start((int64_t)secs * 1000);
}

/* The date of the study day that holds ms, as "YYYY-MM-DD" into out[16]. */
static void format_day(int64_t ms, char *out)
{
	time_t secs = (time_t)(study_day_start(ms) / 1000);
	struct tm tm;
	localtime_r(&secs, &tm);
	strftime(out, 16, "%Y-%m-%d", &tm);
}

/* ---------------------------------------------------------------- content */

/* A learner's item, from their cards. */
struct known_item {
	char handbook[72], item[72];
	int64_t introduced_ms; /* its first card */
	double min_stability;
};

/* An assigned item of one learner, counted once however many assignments hold it. */
struct assigned_item {
	const char *handbook, *item;
	const struct known_item *known; /* NULL: not introduced */
	bool counted;			/* already in some assignment's `needed` */
};

/* ---------------------------------------------------------------- missed items */

/* The Again answers of a scope summed per item: per card from the review log,
 * then added up by item as the cards go by. */
struct tally_slot {
	char *handbook, *item; /* one allocation; NULL: a free slot */
	long again;
};

struct missed_tally {
	struct again_count *agains; /* by card id */
	size_t nagains;
	struct tally_slot *slots; /* open addressing, a power of two */
	size_t cap, n;
};

static int by_card(const void *a, const void *b)
{
	const struct again_count *x = a, *y = b;
	return x->card < y->card ? -1 : x->card > y->card;
}

static int tally_open(struct training *t, const struct training_scope *scope, int64_t since_ms,
		      struct missed_tally *m, char **err)
{
	memset(m, 0, sizeof *m);
	long n = training_again_counts(t, scope, since_ms, &m->agains, err);
	if (n < 0)
		return -1;
	m->nagains = (size_t)n;
	qsort(m->agains, m->nagains, sizeof *m->agains, by_card);
	return 0;
}

static uint64_t item_hash(const char *handbook, const char *item)
{
	uint64_t h = 14695981039346656037ULL; /* FNV-1a */
	for (const char *p = handbook; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211ULL;
	h = (h ^ 0x1f) * 1099511628211ULL;
	for (const char *p = item; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211ULL;
	return h;
}

static struct tally_slot *tally_slot(struct tally_slot *slots, size_t cap, const char *handbook,
				     const char *item)
{
	size_t i = (size_t)item_hash(handbook, item) & (cap - 1);
	while (slots[i].handbook &&
	       (strcmp(slots[i].handbook, handbook) || strcmp(slots[i].item, item)))
		i = (i + 1) & (cap - 1);
	return &slots[i];
}

static void tally_card(struct missed_tally *m, const struct card_brief *c)
{
	struct again_count key = { c->id, 0 };
	const struct again_count *a = bsearch(&key, m->agains, m->nagains, sizeof key, by_card);
	if (!a)
		return;
	if (2 * (m->n + 1) > m->cap) { /* at most half full */
		size_t cap = m->cap ? m->cap * 2 : 256;
		struct tally_slot *slots = xcalloc(cap, sizeof *slots);
		for (size_t i = 0; i < m->cap; i++)
			if (m->slots[i].handbook)
				*tally_slot(slots, cap, m->slots[i].handbook, m->slots[i].item) =
					m->slots[i];
		free(m->slots);
		m->slots = slots;
		m->cap = cap;
	}
	struct tally_slot *slot = tally_slot(m->slots, m->cap, c->handbook, c->item);
	if (!slot->handbook) {
		size_t hlen = strlen(c->handbook), ilen = strlen(c->item);
		slot->handbook = xmalloc(hlen + ilen + 2);
		memcpy(slot->handbook, c->handbook, hlen + 1);
		slot->item = slot->handbook + hlen + 1;
		memcpy(slot->item, c->item, ilen + 1);
		m->n++;
	}
	slot->again += a->again;
}

static int by_again(const void *a, const void *b)
{
	const struct tally_slot *x = a, *y = b;
	if (x->again != y->again)
		return x->again > y->again ? -1 : 1;
	int c = strcmp(x->handbook, y->handbook);
	return c ? c : strcmp(x->item, y->item);
}

static void report_missed_free(struct report_missed *m, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(m[i].text);
		m[i].text = NULL;
	}
}

/* The n items missed most, with their texts, into out: the count or -1. */
static long tally_top(struct content *c, struct missed_tally *m, struct report_missed *out,
		      size_t n, char **err)
{
	size_t k = 0;
	for (size_t i = 0; i < m->cap; i++)
		if (m->slots[i].handbook)
			m->slots[k++] = m->slots[i];
	m->cap = k; /* the table is a plain array from here on */
	qsort(m->slots, k, sizeof *m->slots, by_again);
	size_t count = k < n ? k : n;
	for (size_t i = 0; i < count; i++) {
		struct report_missed *r = &out[i];
		snprintf(r->handbook, sizeof r->handbook, "%s", m->slots[i].handbook);
		snprintf(r->item, sizeof r->item, "%s", m->slots[i].item);
		r->again = m->slots[i].again;
		r->text = NULL;
		if (content_item_source(c, r->handbook, r->item, &r->text, err) < 0) {
			report_missed_free(out, i + 1);
			return -1;
		}
		if (!r->text)
			r->text = xstrdup("");
	}
	return (long)count;
}

static void tally_free(struct missed_tally *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->slots[i].handbook);
	free(m->slots);
	free(m->agains);
	memset(m, 0, sizeof *m);
}

/* ---------------------------------------------------------------- per learner */

/* The state of a report being built while the cards stream by. */
struct builder {
	struct training *t;
	struct content *c;
	struct report *r;
	struct items *content; /* assigned lessons and cards' items, loaded once */
	struct known_item *items; /* the current learner's, by handbook and item */
	size_t nitems, capitems;
	struct missed_tally *missed; /* the class's Again answers, or NULL */
	size_t next;	 /* the first learner (by id) not finished */
	int64_t current; /* the learner whose cards are being read, 0 before the first */
	char *err;	 /* the first error met in a callback */
};

/* An assigned handbook or lesson, loaded once for all learners; NULL when the
 * handbook is gone (or on error, in b->err). */
static const struct hb_book *lesson_book(struct builder *b, const char *handbook,
					 const char *lesson)
{
	char *err = NULL;
	const struct hb_book *book = items_lesson(b->content, handbook, lesson, &err);
	if (err && !b->err)
		b->err = err;
	else
		free(err);
	return book;
}

/* Whether a study session would ask this card, by the one rule the sessions and
 * Home use (study_card_asked): a card of an item that is gone, or that is no
 * longer asked (a guest's line trained for saying it), is never overdue. */
static bool card_asked(struct builder *b, const struct report_learner *rl,
		       const struct card_brief *c)
{
	struct hb_book *book = NULL;
	char *err = NULL;
	const struct hb_item *item = items_find(b->content, c->handbook, c->item, &book, &err);
	if (err && !b->err)
		b->err = err;
	else
		free(err);
	return item && study_card_asked(book, item, c->skill, &rl->learner);
}

static int cmp_known(const void *a, const void *b)
{
	const struct known_item *x = a, *y = b;
	int c = strcmp(x->handbook, y->handbook);
	return c ? c : strcmp(x->item, y->item);
}

static const struct known_item *find_known(const struct builder *b, const char *handbook,
					   const char *item)
{
	struct known_item key = { 0 };
	snprintf(key.handbook, sizeof key.handbook, "%s", handbook);
	snprintf(key.item, sizeof key.item, "%s", item);
	if (b->nitems == 0) /* items may be NULL then */
		return NULL;
	return bsearch(&key, b->items, b->nitems, sizeof *b->items, cmp_known);
}

static int cmp_assigned(const void *a, const void *b)
{
	const struct assigned_item *x = a, *y = b;
	int c = strcmp(x->handbook, y->handbook);
	return c ? c : strcmp(x->item, y->item);
}

/* Calls fn for each item of the assignment that the learner can study. */
static void each_item(struct builder *b, const struct report_learner *rl,
		      const struct assignment *a,
		      void (*fn)(const struct hb_book *, const struct hb_item *, void *), void *ctx)
{
	const struct hb_book *book = lesson_book(b, a->handbook, a->lesson);
	if (!book)
		return;
	for (size_t i = 0; i < book->nitems; i++)
		if (study_item_fits(book, &book->items[i], &rl->learner))
			fn(book, &book->items[i], ctx);
}

struct item_list {
	struct assigned_item *v;
	size_t n, cap;
};

static void collect_item(const struct hb_book *book, const struct hb_item *item, void *ctx)
{
	struct item_list *list = ctx;
	if (list->n == list->cap) {
		list->cap = list->cap ? list->cap * 2 : 64;
		list->v = xrealloc(list->v, list->cap * sizeof *list->v);
	}
	list->v[list->n++] = (struct assigned_item){ book->id, item->id, NULL, false };
}

struct assignment_count {
	struct builder *b;
	struct report_assignment *ra;
	struct item_list *all;
	long *needed; /* running total over the assignments so far */
};

static void count_item(const struct hb_book *book, const struct hb_item *item, void *ctx)
{
	struct assignment_count *ac = ctx;
	struct assigned_item key = { book->id, item->id, NULL, false };
	if (ac->all->n == 0) /* v may be NULL then */
		return;
	struct assigned_item *it = bsearch(&key, ac->all->v, ac->all->n, sizeof key, cmp_assigned);
	if (!it)
		return;
	ac->ra->total++;
	if (it->known)
		ac->ra->introduced++;
	else if (!it->counted) {
		it->counted = true;
		(*ac->needed)++;
	}
}

/* Where the assignment stands, from its counts, the pace and the due date. */
static void judge(struct report_assignment *ra, int64_t today)
{
	int64_t due = *ra->a.due_day ? report_parse_day(ra->a.due_day) : -1;
	ra->days_left = due >= today ? days_between(today, due) + 1 : 0;
	if (ra->introduced == ra->total)
		ra->status = REPORT_DONE;
	else if (due < 0)
		ra->status = REPORT_UNDATED;
	else if (due < today)
		ra->status = REPORT_LATE;
	/* Until the day it was assigned is over there is no pace to judge by: nobody is
	 * behind on the day they are given the work.  After that, pace × days left ≥
	 * needed, in integers: the pace is pace_items / pace_days. */
	else if (ra->pace_days <= 1 ||
		 (int64_t)ra->pace_items * ra->days_left >= (int64_t)ra->needed * ra->pace_days)
		ra->status = REPORT_ON_TRACK;
	else
		ra->status = REPORT_BEHIND;
}

/* The figures of a learner whose items (b->items) are all read. */
static void finish_learner(struct builder *b, struct report_learner *rl)
{
	int64_t today = b->r->today_ms;
	int64_t pace_start = shift_days(today, -(REPORT_PACE_DAYS - 1));
	struct item_list all = { 0 };
	for (size_t k = 0; k < rl->nassignments; k++)
		each_item(b, rl, &rl->assignments[k].a, collect_item, &all);
	/* Each assigned item once, however many assignments hold it. */
	if (all.n)
		qsort(all.v, all.n, sizeof *all.v, cmp_assigned);
	size_t n = 0;
	for (size_t i = 0; i < all.n; i++) {
		if (n && !cmp_assigned(&all.v[n - 1], &all.v[i]))
			continue;
		all.v[n] = all.v[i];
		all.v[n].known = find_known(b, all.v[n].handbook, all.v[n].item);
		n++;
	}
	all.n = n;
	rl->total = (long)n;
	for (size_t i = 0; i < n; i++) {
		const struct known_item *k = all.v[i].known;
		rl->introduced += k != NULL;
		rl->learned += k && k->min_stability >= REPORT_LEARNED_DAYS;
	}
	/* Assignments in study order: each needs what the ones before it still need. */
	long needed = 0;
	for (size_t k = 0; k < rl->nassignments; k++) {
		struct report_assignment *ra = &rl->assignments[k];
		struct assignment_count ac = { b, ra, &all, &needed };
		each_item(b, rl, &ra->a, count_item, &ac);
		ra->needed = needed;
		int64_t start = study_day_start(ra->a.created_ms);
		if (start < pace_start)
			start = pace_start;
		if (start > today)
			start = today;
		ra->pace_days = days_between(start, today) + 1;
		ra->pace_items = 0;
		for (size_t i = 0; i < b->nitems; i++)
			ra->pace_items += b->items[i].introduced_ms >= start;
		judge(ra, today);
	}
	free(all.v);
	b->nitems = 0;
}

static struct report_learner *learner_by_id(struct report *r, int64_t id)
{
	size_t lo = 0, hi = r->nlearners;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (r->learners[mid].learner.id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < r->nlearners && r->learners[lo].learner.id == id ? &r->learners[lo] : NULL;
}

/* Finishes the learners up to (not including) the one with id `until` (0: all). */
static void finish_until(struct builder *b, int64_t until)
{
	while (b->next < b->r->nlearners &&
	       (!until || b->r->learners[b->next].learner.id < until)) {
		struct report_learner *rl = &b->r->learners[b->next++];
		if (rl->learner.id != b->current)
			b->nitems = 0; /* no cards */
		finish_learner(b, rl);
	}
}

static void on_card(const struct card_brief *c, void *ctx)
{
	struct builder *b = ctx;
	if (c->learner != b->current) {
		finish_until(b, c->learner);
		b->current = c->learner;
		b->nitems = 0;
	}
	struct report_learner *rl = learner_by_id(b->r, c->learner);
	if (!rl)
		return;
	if (c->state == FSRS_REVIEW && c->due_ms < b->r->today_ms && card_asked(b, rl, c))
		rl->overdue++;
	if (b->missed)
		tally_card(b->missed, c);
	/* Cards come by handbook and item: an item's cards are next to each other. */
	struct known_item *last = b->nitems ? &b->items[b->nitems - 1] : NULL;
	if (last && !strcmp(last->handbook, c->handbook) && !strcmp(last->item, c->item)) {
		if (c->created_ms < last->introduced_ms)
			last->introduced_ms = c->created_ms;
		if (c->stability < last->min_stability)
			last->min_stability = c->stability;
		return;
	}
	if (b->nitems == b->capitems) {
		b->capitems = b->capitems ? b->capitems * 2 : 1024;
		b->items = xrealloc(b->items, b->capitems * sizeof *b->items);
	}
	struct known_item *k = &b->items[b->nitems++];
	snprintf(k->handbook, sizeof k->handbook, "%s", c->handbook);
	snprintf(k->item, sizeof k->item, "%s", c->item);
	/* NOLINTNEXTLINE(clang-analyzer-core.NullDereference): items was grown just above (a false positive). */
	k->introduced_ms = c->created_ms;
	k->min_stability = c->stability;
}

static void on_reviews(const struct review_counts *counts, void *ctx)
{
	struct builder *b = ctx;
	struct report_learner *rl = learner_by_id(b->r, counts->learner);
	if (!rl)
		return;
	rl->reviews_week = counts->week;
	rl->reviews_month = counts->month;
	rl->review_answers = counts->review_answers;
	rl->review_right = counts->review_right;
	rl->days_since = counts->last_ms
				 ? days_between(study_day_start(counts->last_ms), b->r->today_ms)
				 : -1;
	if (counts->last_ms && rl->days_since < 0)
		rl->days_since = 0; /* answers after "now": a clock set back */
}

/* ---------------------------------------------------------------- classes */

static void sum_into(struct report_learner *total, const struct report_learner *rl)
{
	total->introduced += rl->introduced;
	total->total += rl->total;
	total->learned += rl->learned;
	total->reviews_week += rl->reviews_week;
	total->reviews_month += rl->reviews_month;
	total->review_answers += rl->review_answers;
	total->review_right += rl->review_right;
	total->overdue += rl->overdue;
	if (rl->days_since >= 0 && (total->days_since < 0 || rl->days_since < total->days_since))
		total->days_since = rl->days_since;
}

static int build_class(struct builder *b, const struct training_scope *scope, char **err)
{
	struct report *r = b->r;
	struct report_class *rc = r->class;
	rc->total.days_since = -1;
	for (size_t i = 0; i < r->nlearners; i++)
		sum_into(&rc->total, &r->learners[i]);
	struct assignment *list = NULL;
	long n = training_assignments(b->t, 0, scope->class_id, &list, err);
	if (n < 0)
		return -1;
	rc->assignments = xcalloc((size_t)n + 1, sizeof *rc->assignments);
	rc->nassignments = (size_t)n;
	for (long k = 0; k < n; k++) {
		struct report_class_assignment *ca = &rc->assignments[k];
		ca->a = list[k];
		for (size_t i = 0; i < r->nlearners; i++) {
			const struct report_learner *rl = &r->learners[i];
			for (size_t j = 0; j < rl->nassignments; j++)
				if (rl->assignments[j].a.id == ca->a.id)
					ca->count[rl->assignments[j].status]++;
		}
	}
	free(list);
	long m = tally_top(b->c, b->missed, rc->missed, REPORT_MISSED, err);
	if (m < 0)
		return -1;
	rc->nmissed = (size_t)m;
	return 0;
}

/* ---------------------------------------------------------------- the report */

static int by_name(const void *a, const void *b)
{
	const struct report_learner *x = a, *y = b;
	return strcmp(x->learner.name, y->learner.name);
}

int report_build(struct training *t, struct content *c, const struct training_scope *scope,
		 const char *since, struct report *r, char **err)
{
	memset(r, 0, sizeof *r);
	*err = NULL;
	r->now_ms = study_now();
	r->today_ms = study_day_start(r->now_ms);
	format_day(r->now_ms, r->today);
	if (since) {
		r->since_ms = report_parse_day(since);
		if (r->since_ms < 0) {
			*err = xasprintf(_("'%s' is not a date of the form YYYY-MM-DD"), since);
			return -1;
		}
		snprintf(r->since, sizeof r->since, "%s", since);
	}

	struct learner *learners = NULL;
	long n = training_learners_in(t, scope, &learners, err);
	if (n < 0)
		return -1;
	r->learners = xcalloc((size_t)n + 1, sizeof *r->learners);
	r->nlearners = (size_t)n;
	for (long i = 0; i < n; i++) {
		struct report_learner *rl = &r->learners[i];
		rl->learner = learners[i];
		rl->days_since = -1;
		struct assignment *list = NULL;
		long k = training_assignments(t, rl->learner.id, 0, &list, err);
		if (k < 0) {
			free(learners);
			return -1;
		}
		rl->assignments = xcalloc((size_t)k + 1, sizeof *rl->assignments);
		rl->nassignments = (size_t)k;
		for (long j = 0; j < k; j++)
			rl->assignments[j].a = list[j];
		free(list);
	}
	free(learners);
	if (scope->class_id) {
		r->class = xcalloc(1, sizeof *r->class);
		struct class_row *rows = NULL;
		long nc = training_classes(t, 0, &rows, err);
		if (nc < 0)
			return -1;
		for (long i = 0; i < nc; i++)
			if (rows[i].id == scope->class_id)
				r->class->row = rows[i];
		free(rows);
	}

	struct builder b = { .t = t, .c = c, .r = r, .content = items_new(c) };
	struct missed_tally missed = { 0 };
	int rc = 0;
	if (r->class) {
		rc = tally_open(t, scope, r->since_ms, &missed, err);
		b.missed = &missed;
	}
	if (rc == 0)
		rc = training_report_cards(t, scope, on_card, &b, err);
	if (rc == 0 && !b.err)
		finish_until(&b, 0);
	if (rc == 0 && !b.err)
		rc = training_review_counts(t, scope, shift_days(r->today_ms, -6),
					    shift_days(r->today_ms, -29), r->since_ms, on_reviews,
					    &b, err);
	if (rc == 0 && !b.err && r->class)
		rc = build_class(&b, scope, err);
	if (b.err) {
		if (!*err)
			*err = b.err;
		else
			free(b.err);
		rc = -1;
	}
	if (r->nlearners > 1)
		qsort(r->learners, r->nlearners, sizeof *r->learners, by_name);
	tally_free(&missed);
	items_free(b.content);
	free(b.items);
	return rc;
}

void report_free(struct report *r)
{
	for (size_t i = 0; i < r->nlearners; i++)
		free(r->learners[i].assignments);
	free(r->learners);
	if (r->class) {
		free(r->class->assignments);
		report_missed_free(r->class->missed, r->class->nmissed);
		free(r->class);
	}
	memset(r, 0, sizeof *r);
}
