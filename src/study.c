/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The study session engine: queue, presentation ladder, grading, scheduling, log. */
#include "study.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "content.h"
#include "i18n.h"
#include "items.h"
#include "kana.h"
#include "mem.h"
#include "optimize.h"
#include "text.h"

#define LEARN_AHEAD_MS (20 * 60 * 1000)
#define DUE_BATCH      512

struct study {
	struct training *t;
	struct content *c;
	struct learner learner;
	struct study_options opt;
	struct fsrs_scheduler sched;
	uint64_t rng;
	uint64_t seed; /* the session's first random state: presentations derive from it */

	struct items *items; /* the lessons and the cards' items, loaded once */
	struct lesson_ref *lessons;
	long nlessons;

	/* The current prompt. */
	bool have_prompt, is_new;
	struct study_prompt prompt;
	struct card card;
	char *pieces; /* storage of the ORDER words */
	const char *order[STUDY_MAX_WORDS]; /* the words in the right order */
	size_t norder;

	/* The last answer, for a change of rating. */
	bool have_last;
	int64_t last_review;
	struct card last_card; /* before the answer */
	int64_t last_now;
	bool last_counted_right;

	int64_t redo_card; /* after an undo: ask this card next */
	int64_t *skipped;  /* cards whose item is gone (retired, or not studyable) */
	size_t nskipped;

	long answered, right, wrong;
	long total; /* the progress counter's total, see struct study_prompt */
	int64_t started_ms;

	/* The items the learner has cards of ("HANDBOOK\x1fITEM", sorted), read once
	 * and kept as the session introduces items, so that looking for the next
	 * new item does not ask the store about every item already known. */
	char **known;
	size_t nknown, capknown;
	bool have_known;

	/* The cards due by the end of a day that no session asks (study_card_asked):
	 * every due card is looked at once a day, then only the cards made since
	 * (ids above unasked_max), so that the counts shown after each answer are
	 * the store's counts less these, not a look at every card due. */
	int64_t unasked_until; /* the end of the day they are for; 0: none looked at */
	int64_t unasked_max;   /* the highest card id looked at */
	struct card *unasked;
	size_t nunasked;

	/* The review cards due by the end of a day (reviews_until; 0: none read), in
	 * the store's order (due, then id), read once: during a day a review card
	 * only leaves that set (an answer schedules it a day or more ahead, or back
	 * to learning), so a prompt reads again just the card it asks.  An undo or a
	 * new rating here has them read again. */
	struct card *reviews;
	long nreviews;
	int64_t reviews_until;
};

/* ---------------------------------------------------------------- time */

static int parse_time(const char *text, int64_t *ms)
{
	char *end;
	long long v = strtoll(text, &end, 10);
	if (*text && !*end) {
		*ms = v;
		return 0;
	}
	struct tm tm = { 0 };
	int n = 0;
	if (sscanf(text, "%d-%d-%dT%d:%d:%d%n", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
		   &tm.tm_min, &tm.tm_sec, &n) != 6 &&
	    sscanf(text, "%d-%d-%d %d:%d:%d%n", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
		   &tm.tm_min, &tm.tm_sec, &n) != 6)
		return -1;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	tm.tm_isdst = -1;
	time_t secs;
	int oh, om, k = 0;
	if (text[n] == 'Z' && !text[n + 1])
		secs = timegm(&tm);
	else if (!text[n])
		secs = mktime(&tm);
	else if ((text[n] == '+' || text[n] == '-') &&
		 sscanf(text + n + 1, "%2d:%2d%n", &oh, &om, &k) == 2 && !text[n + 1 + k] &&
		 oh < 24 && om < 60)
		secs = timegm(&tm) - (text[n] == '+' ? 1 : -1) * (oh * 3600 + om * 60);
	else
		return -1;
	*ms = (int64_t)secs * 1000;
	return 0;
}

bool study_now_understood(void)
{
	const char *fixed = getenv("CORDIAL_NOW");
	int64_t ms;
	return !fixed || !*fixed || parse_time(fixed, &ms) == 0;
}

int64_t study_now(void)
{
	const char *fixed = getenv("CORDIAL_NOW");
	int64_t ms;
	if (fixed && *fixed && parse_time(fixed, &ms) == 0)
		return ms;
	struct timeval tv;
	gettimeofday(&tv, NULL);
	return (int64_t)tv.tv_sec * 1000 + tv.tv_usec / 1000;
}

int64_t study_day_start(int64_t ms)
{
	time_t secs = (time_t)(ms / 1000);
	struct tm tm;
	localtime_r(&secs, &tm);
	if (tm.tm_hour < 4)
		tm.tm_mday -= 1;
	tm.tm_hour = 4;
	tm.tm_min = tm.tm_sec = 0;
	tm.tm_isdst = -1;
	return (int64_t)mktime(&tm) * 1000;
}

/* The scheduler counts days from 04:00 local time. */
static int64_t day_offset_ms(int64_t now_ms)
{
	time_t secs = (time_t)(now_ms / 1000);
	struct tm tm;
	localtime_r(&secs, &tm);
	return (int64_t)tm.tm_gmtoff * 1000 - 4 * INT64_C(3600000);
}

/* ---------------------------------------------------------------- random */

static uint64_t next_random(struct study *s)
{
	uint64_t z = (s->rng += 0x9e3779b97f4a7c15ULL); /* splitmix64 */
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* Mixes v into a random state (for presentations that must come out the same when
 * the same card is asked again in the same state, as after an undo). */
static uint64_t mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
	h = (h ^ (h >> 31)) * 0xbf58476d1ce4e5b9ULL;
	return h ^ (h >> 29);
}

static uint64_t mix_text(uint64_t h, const char *text)
{
	for (const unsigned char *p = (const unsigned char *)text; *p; p++)
		h = (h ^ *p) * 0x100000001b3ULL;
	return mix(h, 0);
}

static size_t random_below(struct study *s, size_t n)
{
	return n ? (size_t)(next_random(s) % n) : 0;
}

static void shuffle(struct study *s, const char **v, size_t n)
{
	for (size_t i = n; i > 1; i--) {
		size_t j = random_below(s, i);
		const char *tmp = v[i - 1];
		v[i - 1] = v[j];
		v[j] = tmp;
	}
}

/* ---------------------------------------------------------------- content */

static const struct hb_text *text_in(const struct hb_item *item, const char *lang)
{
	for (size_t i = 0; i < item->ntexts; i++)
		if (!strcmp(item->texts[i].lang, lang))
			return &item->texts[i];
	return NULL;
}

bool study_item_fits(const struct hb_book *book, const struct hb_item *item,
		     const struct learner *learner)
{
	if (item->kind == HB_COURTESY)
		return book->source && !strcmp(book->source, learner->native);
	return strcmp(learner->native, learner->target) != 0 && text_in(item, learner->native) &&
	       text_in(item, learner->target);
}

bool study_card_asked(const struct hb_book *book, const struct hb_item *item, enum skill skill,
		      const struct learner *learner)
{
	/* A guest's line is no longer trained for saying it: a produce card made
	 * before that stays in the database, and is neither asked nor counted. */
	return study_item_fits(book, item, learner) &&
	       !(skill == SKILL_PRODUCE && study_item_guest(item));
}

bool study_item_guest(const struct hb_item *item)
{
	for (const char *p = item->tags ? item->tags : ""; *p;) {
		size_t n = strcspn(p, " \t");
		if ((n == 6 && !strncmp(p, "listen", 6)) || (n == 5 && !strncmp(p, "guest", 5)))
			return true;
		p += n;
		p += strspn(p, " \t");
	}
	return false;
}

static bool is_skipped(const struct study *s, int64_t card)
{
	for (size_t i = 0; i < s->nskipped; i++)
		if (s->skipped[i] == card)
			return true;
	return false;
}

static void skip(struct study *s, int64_t card)
{
	s->skipped = xreallocarray(s->skipped, s->nskipped + 1, sizeof *s->skipped);
	s->skipped[s->nskipped++] = card;
}

/* ---------------------------------------------------------------- open */

struct study *study_open(struct training *t, struct content *c, const struct learner *learner,
			 const struct study_options *opt, char **err)
{
	struct study *s = xcalloc(1, sizeof *s);
	s->t = t;
	s->c = c;
	s->items = items_new(c);
	s->learner = *learner;
	s->opt = *opt;
	s->opt.speech = opt->speech && learner->speech;
	s->rng = opt->seed ? opt->seed : (uint64_t)study_now() ^ ((uint64_t)getpid() << 32);
	s->seed = s->rng;
	s->started_ms = study_now();
	fsrs_scheduler_defaults(&s->sched);
	const double *w = learner->has_params ? learner->params : fsrs_default_params;
	if (fsrs_model_init(&s->sched.model, w, learner->retention, FSRS_MAX_INTERVAL, true) !=
	    FSRS_OK) {
		fsrs_model_init(&s->sched.model, fsrs_default_params, FSRS_DEFAULT_RETENTION,
				FSRS_MAX_INTERVAL, true);
	}
	s->sched.fuzz = true;
	s->sched.fuzz_seed = s->rng;
	s->sched.day_offset_ms = day_offset_ms(s->started_ms);
	s->nlessons = training_lessons(t, learner->id, &s->lessons, err);
	if (s->nlessons < 0) {
		study_close(s);
		return NULL;
	}
	return s;
}

void study_close(struct study *s)
{
	if (!s)
		return;
	items_free(s->items);
	free(s->lessons);
	free(s->pieces);
	free(s->skipped);
	for (size_t i = 0; i < s->nknown; i++)
		free(s->known[i]);
	free(s->known);
	free(s->unasked);
	free(s->reviews);
	free(s);
}

/* ---------------------------------------------------------------- prompts */

/* Options for a choice: the answer and up to three texts of other items in the same
 * language, never one that reads the same as the answer. */
static bool choose_options(struct study *s, const struct hb_book *book, const struct hb_item *item,
			   const char *lang, const char *answer, struct study_prompt *p)
{
	const char *cand[64];
	size_t ncand = 0;
	char *answer_key = text_fold(answer, strlen(answer));
	char *keys[64];
	for (size_t i = 0; i < book->nitems && ncand < 64; i++) {
		const struct hb_item *other = &book->items[i];
		if (other == item || other->kind != HB_PHRASE)
			continue;
		const struct hb_text *t = text_in(other, lang);
		if (!t)
			continue;
		char *key = text_fold(t->text, strlen(t->text));
		bool same = !strcmp(key, answer_key);
		for (size_t k = 0; k < ncand && !same; k++)
			same = !strcmp(keys[k], key);
		if (same) {
			free(key);
			continue;
		}
		keys[ncand] = key;
		cand[ncand++] = t->text;
	}
	for (size_t k = 0; k < ncand; k++)
		free(keys[k]);
	free(answer_key);
	if (ncand == 0)
		return false;
	shuffle(s, cand, ncand);
	p->noptions = 0;
	p->options[p->noptions++] = answer;
	for (size_t k = 0; k < ncand && p->noptions < 4; k++)
		p->options[p->noptions++] = cand[k];
	shuffle(s, p->options, p->noptions);
	for (size_t k = 0; k < p->noptions; k++)
		if (p->options[k] == answer)
			p->correct = (int)k;
	return true;
}

/* Splits the phrase into words for putting in order: at its spaces, or, for a text
 * written without them (Japanese), where its kana reading has them.  False when it has
 * fewer than three words (Chinese, or Japanese without a reading: those get a choice
 * instead). */
static bool split_words(struct study *s, const char *text, const char *kana,
			struct study_prompt *p)
{
	free(s->pieces);
	s->pieces = NULL;
	s->norder = 0;
	char **words = NULL;
	size_t nwords = kana && !strchr(text, ' ') ? kana_words(text, kana, &words) : 0;
	if (nwords) {
		/* One block holds the words, NUL-separated, like the strtok() pieces. */
		size_t len = 0;
		for (size_t i = 0; i < nwords; i++)
			len += strlen(words[i]) + 1;
		s->pieces = xmalloc(len);
		char *w = s->pieces;
		for (size_t i = 0; i < nwords && s->norder < STUDY_MAX_WORDS; i++) {
			s->order[s->norder++] = w;
			w = stpcpy(w, words[i]) + 1;
		}
		if (nwords > STUDY_MAX_WORDS)
			s->norder = STUDY_MAX_WORDS;
		kana_words_free(words, nwords);
	} else {
		s->pieces = xstrdup(text);
		for (char *w = strtok(s->pieces, " "); w && s->norder < STUDY_MAX_WORDS;
		     w = strtok(NULL, " "))
			s->order[s->norder++] = w;
	}
	if (s->norder < 3 || s->norder == STUDY_MAX_WORDS)
		return false;
	p->nwords = s->norder;
	memcpy(p->words, s->order, s->norder * sizeof *p->words);
	for (int tries = 0; tries < 8; tries++) {
		shuffle(s, p->words, p->nwords);
		bool same = true;
		for (size_t i = 0; i < p->nwords && same; i++)
			same = !strcmp(p->words[i], s->order[i]);
		if (!same)
			break;
	}
	return true;
}

static void fill_prompt(struct study *s, const struct hb_book *book, const struct hb_item *item,
			enum study_kind kind, enum skill skill)
{
	struct study_prompt *p = &s->prompt;
	memset(p, 0, sizeof *p);
	p->kind = kind;
	p->skill = skill;
	p->book = book;
	p->item = item;
	p->lesson = hb_book_find_lesson(book, item->lesson);
	p->answered = s->answered;
	if (item->kind == HB_COURTESY) {
		p->question = item->situation;
		p->question_lang = book->source;
		for (size_t k = 0; k < item->noptions && k < STUDY_MAX_OPTIONS; k++)
			p->options[p->noptions++] = item->options[k];
		p->answer = item->options[item->answer - 'a'];
		/* A new order each time it is asked, so that the letter is never what is
		 * remembered. */
		shuffle(s, p->options, p->noptions);
		for (size_t k = 0; k < p->noptions; k++)
			if (p->options[k] == p->answer)
				p->correct = (int)k;
		return;
	}
	const struct hb_text *native = text_in(item, s->learner.native);
	const struct hb_text *target = text_in(item, s->learner.target);
	const struct hb_text *q = skill == SKILL_PRODUCE ? native : target;
	const struct hb_text *a = skill == SKILL_PRODUCE ? target : native;
	p->question = q->text;
	p->question_lang = q->lang;
	p->question_reading = q->reading;
	p->answer = a->text;
	p->answer_lang = a->lang;
	p->answer_reading = a->reading;
	p->answer_kana = a->kana;
	p->accepted[p->naccepted++] = a->text;
	for (size_t k = 0; k < a->nalts && p->naccepted < 8; k++)
		p->accepted[p->naccepted++] = a->alts[k];
	p->target = target->text;
	p->target_reading = target->reading;
	const char *spoken = study_spoken_text(target);
	if (s->opt.speech && spoken) {
		p->speak = spoken;
		p->speak_lang = target->lang;
		p->speak_voice = s->learner.voice[0] ? s->learner.voice : NULL;
	}
}

const char *study_spoken_text(const struct hb_text *t)
{
	return strcmp(t->lang, "ja") ? t->text : t->kana;
}

static int present_card_as(struct study *s, const struct card *card, struct hb_book *book,
			   const struct hb_item *item, char **err);

/* The presentation for a card: scaffolding while it is being learnt, recall once it
 * is in review. */
static int present_card(struct study *s, const struct card *card, struct hb_book *book,
			const struct hb_item *item, char **err)
{
	/* The same card in the same state is presented the same way: an undone answer
	 * is asked again as it was, and every new answer brings a new shuffle. */
	uint64_t session_rng = s->rng;
	s->rng = mix(mix(mix(s->seed, (uint64_t)card->id), (uint64_t)card->fsrs.reps),
		     (uint64_t)card->fsrs.last_review_ms);
	int rc = present_card_as(s, card, book, item, err);
	s->rng = session_rng;
	return rc;
}

static int present_card_as(struct study *s, const struct card *card, struct hb_book *book,
			   const struct hb_item *item, char **err)
{
	enum study_kind kind;
	bool learning = card->fsrs.state != FSRS_REVIEW;
	switch (card->skill) {
	case SKILL_JUDGE:
		kind = STUDY_JUDGE;
		break;
	case SKILL_RECOGNIZE:
		kind = learning ? STUDY_CHOICE
				: s->opt.speech && random_below(s, 3) == 0 ? STUDY_LISTEN : STUDY_FLIP;
		break;
	default:
		kind = learning ? (card->fsrs.reps % 2 ? STUDY_ORDER : STUDY_CHOICE) : STUDY_TYPE;
		break;
	}
	fill_prompt(s, book, item, kind, card->skill);
	struct study_prompt *p = &s->prompt;
	if (kind == STUDY_LISTEN && !p->speak) /* nothing that can be heard */
		kind = p->kind = STUDY_FLIP;
	if (kind == STUDY_ORDER && !split_words(s, p->answer, p->answer_kana, p))
		kind = p->kind = STUDY_CHOICE;
	if (kind == STUDY_CHOICE) {
		bool ok = choose_options(s, book, item, p->answer_lang, p->answer, p);
		if (!ok) { /* a lesson of one phrase: take others from the whole handbook */
			struct hb_book *all = items_lesson(s->items, card->handbook, "", err);
			if (!all)
				return -1;
			ok = choose_options(s, all, item, p->answer_lang, p->answer, p);
		}
		if (!ok)
			p->kind = card->skill == SKILL_PRODUCE ? STUDY_TYPE : STUDY_FLIP;
	}
	s->card = *card;
	s->is_new = false;
	s->have_prompt = true;
	return 1;
}

/* The first usable card of a list, or NULL. */
static const struct card *first_usable(struct study *s, struct card *cards, long n,
				       struct hb_book **book, const struct hb_item **item,
				       char **err)
{
	for (long i = 0; i < n; i++) {
		if (is_skipped(s, cards[i].id))
			continue;
		*item = items_find(s->items, cards[i].handbook, cards[i].item, book, err);
		if (*err)
			return NULL;
		if (*item && study_card_asked(*book, *item, cards[i].skill, &s->learner))
			return &cards[i];
		skip(s, cards[i].id);
	}
	return NULL;
}

/* Where KEY ("HANDBOOK\x1fITEM") is or would be in the known items; *found says
 * whether it is there. */
static size_t known_at(const struct study *s, const char *key, bool *found)
{
	size_t lo = 0, hi = s->nknown;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(s->known[mid], key);
		if (!c) {
			*found = true;
			return mid;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = false;
	return lo;
}

/* Notes that the learner has cards of the item (once the known items are read). */
static void note_known(struct study *s, const char *handbook, const char *item)
{
	if (!s->have_known)
		return;
	char *key = xasprintf("%s\x1f%s", handbook, item);
	bool found;
	size_t at = known_at(s, key, &found);
	if (found) {
		free(key);
		return;
	}
	if (s->nknown == s->capknown) {
		s->capknown = s->capknown ? s->capknown * 2 : 64;
		s->known = xreallocarray(s->known, s->capknown, sizeof *s->known);
	}
	memmove(s->known + at + 1, s->known + at, (s->nknown - at) * sizeof *s->known);
	s->known[at] = key;
	s->nknown++;
}

/* The next new item of the learner's lessons, in order: 1 found, 0 none, -1 error.
 * The first item not among the known ones is checked with the store, since
 * another session of the same learner may have introduced it since. */
static int find_new_item(struct study *s, struct hb_book **book, const struct hb_item **item,
			 char **err)
{
	if (!s->have_known) {
		long n = training_items_known(s->t, s->learner.id, &s->known, err);
		if (n < 0)
			return -1;
		s->nknown = s->capknown = (size_t)n;
		s->have_known = true;
	}
	for (long l = 0; l < s->nlessons; l++) {
		const struct lesson_ref *ref = &s->lessons[l];
		struct hb_book *b = items_lesson(s->items, ref->handbook, ref->lesson, err);
		if (!b) {
			if (*err)
				return -1;
			continue; /* a handbook no longer in the content database */
		}
		for (size_t i = 0; i < b->nitems; i++) {
			const struct hb_item *it = &b->items[i];
			if (!study_item_fits(b, it, &s->learner))
				continue;
			char *key = xasprintf("%s\x1f%s", b->id, it->id);
			bool found;
			known_at(s, key, &found);
			free(key);
			if (found)
				continue;
			int known = training_item_known(s->t, s->learner.id, b->id, it->id, err);
			if (known < 0)
				return -1;
			if (known) {
				note_known(s, b->id, it->id);
				continue;
			}
			*book = b;
			*item = it;
			return 1;
		}
	}
	return 0;
}

static double retrievability(const struct study *s, const struct card *c, int64_t now)
{
	int64_t days = fsrs_elapsed_days(&s->sched, c->fsrs.last_review_ms, now);
	return fsrs_retrievability(&s->sched.model, (double)days, c->fsrs.memory.stability);
}

/* A review card's place in the order it is asked in: least retrievable first,
 * then as the store gave them (due, then id). */
struct ranked {
	double r;
	long at;
};

static bool ranked_before(const struct ranked *x, const struct ranked *y)
{
	return x->r < y->r || (x->r == y->r && x->at < y->at);
}

enum {
	LEARNING_STATES = 1u << FSRS_NEW | 1u << FSRS_LEARNING | 1u << FSRS_RELEARNING,
	REVIEW_STATES = 1u << FSRS_REVIEW,
};

static int get_card(struct study *s, int64_t id, struct card *out, char **err)
{
	return training_card_get(s->t, id, out, err);
}

/* The review card to ask next among those due by `until` (the end of today):
 * the least retrievable now that a session asks, as the store has it now, in
 * *out; NULL when there is none (or on error, with *err set).  The day's reviews
 * are read once (s->reviews); each time, only the card chosen is read again,
 * and one that has left the day's reviews since is dropped from them. */
static const struct card *next_review(struct study *s, int64_t now, int64_t until,
				      struct card *out, struct hb_book **book,
				      const struct hb_item **item, char **err)
{
	if (s->reviews_until != until) {
		free(s->reviews);
		s->reviews = NULL;
		s->nreviews = training_cards_due(s->t, s->learner.id, REVIEW_STATES, until, 1u << 20,
						 &s->reviews, err);
		if (s->nreviews < 0) {
			s->nreviews = 0;
			return NULL;
		}
		s->reviews_until = until;
	}
	struct ranked *rank = xreallocarray(NULL, (size_t)s->nreviews + 1, sizeof *rank);
	for (long i = 0; i < s->nreviews; i++)
		rank[i] = (struct ranked){ retrievability(s, &s->reviews[i], now), i };
	const struct card *found = NULL;
	for (;;) {
		long best = -1; /* the first in the order not tried yet */
		for (long i = 0; i < s->nreviews; i++)
			if (rank[i].at >= 0 && !is_skipped(s, s->reviews[i].id) &&
			    (best < 0 || ranked_before(&rank[i], &rank[best])))
				best = i;
		if (best < 0)
			break;
		rank[best].at = -1;
		struct card *c = &s->reviews[best];
		int got = get_card(s, c->id, out, err);
		if (got < 0)
			break;
		if (!got || out->fsrs.state != FSRS_REVIEW || out->fsrs.due_ms > until) {
			c->id = 0; /* answered since: no longer due today */
			continue;
		}
		*c = *out;
		*item = items_find(s->items, out->handbook, out->item, book, err);
		if (*err)
			break;
		if (*item && study_card_asked(*book, *item, out->skill, &s->learner)) {
			found = out;
			break;
		}
		skip(s, out->id);
	}
	free(rank);
	/* the cards that left the day's reviews, taken out (the others keep their order) */
	long kept = 0;
	for (long i = 0; i < s->nreviews; i++)
		if (s->reviews[i].id)
			s->reviews[kept++] = s->reviews[i];
	s->nreviews = kept;
	return found;
}

/* The learner's cards in `states` due by `until` (at most `max`) that a session
 * would ask (study_card_asked), in *out (malloc'd); their number, or -1. */
static long asked_cards_due(struct study *s, unsigned states, int64_t until, size_t max,
			    struct card **out, char **err)
{
	long n = training_cards_due(s->t, s->learner.id, states, until, max, out, err);
	if (n < 0)
		return -1;
	long kept = 0;
	for (long i = 0; i < n; i++) {
		struct hb_book *book = NULL;
		const struct hb_item *item = items_find(s->items, (*out)[i].handbook, (*out)[i].item, &book, err);
		if (*err) {
			free(*out);
			*out = NULL;
			return -1;
		}
		if (item && study_card_asked(book, item, (*out)[i].skill, &s->learner))
			(*out)[kept++] = (*out)[i];
	}
	return kept;
}

/* Looks at the cards due by `until` that were not looked at yet (all of them when
 * the day has changed) and keeps those no session asks in s->unasked. */
static int find_unasked(struct study *s, unsigned states, int64_t until, char **err)
{
	if (s->unasked_until != until) {
		s->unasked_until = until;
		s->unasked_max = 0;
		s->nunasked = 0;
	}
	struct card *cards = NULL;
	long n = training_cards_due_after(s->t, s->learner.id, states, until, s->unasked_max,
					  1u << 24, &cards, err);
	if (n < 0)
		return -1;
	for (long i = 0; i < n; i++) {
		struct hb_book *book = NULL;
		const struct hb_item *item =
			items_find(s->items, cards[i].handbook, cards[i].item, &book, err);
		if (*err) {
			free(cards);
			return -1;
		}
		if (cards[i].id > s->unasked_max)
			s->unasked_max = cards[i].id;
		if (item && study_card_asked(book, item, cards[i].skill, &s->learner))
			continue;
		s->unasked = xreallocarray(s->unasked, s->nunasked + 1, sizeof *s->unasked);
		s->unasked[s->nunasked++] = cards[i];
	}
	free(cards);
	return 0;
}

/* What waits on the day of `now`, as a session asks it, into *dc: the store's
 * counts less the cards no session asks, in one statement while no card was made
 * since the last look. */
static int day_counts(struct study *s, int64_t now, struct due_counts *dc, char **err)
{
	int64_t day_start = study_day_start(now);
	int64_t until = day_start + 86400000 - 1;
	const unsigned states = LEARNING_STATES | REVIEW_STATES;
	if (training_due_counts(s->t, s->learner.id, states, until, now, day_start, dc, err))
		return -1;
	if ((s->unasked_until != until || dc->max_id > s->unasked_max) &&
	    find_unasked(s, states, until, err))
		return -1;
	/* Reviews are due for the whole day, cards being learnt by the minute. */
	for (size_t i = 0; i < s->nunasked; i++) {
		const struct card *c = &s->unasked[i];
		long *n = c->fsrs.state == FSRS_REVIEW || c->fsrs.due_ms <= now ? &dc->now : &dc->later;
		if (*n > 0)
			(*n)--;
	}
	return 0;
}

int study_due(struct study *s, int64_t now, long *due_now, long *later_today, long *introduced,
	      char **err)
{
	*err = NULL;
	struct due_counts dc;
	int rc = day_counts(s, now, &dc, err);
	*due_now = rc ? 0 : dc.now;
	*later_today = rc ? 0 : dc.later;
	if (introduced)
		*introduced = rc ? 0 : dc.introduced;
	return rc;
}

int study_forecast(struct study *s, int64_t day_start, int days, long *counts, char **err)
{
	*err = NULL;
	memset(counts, 0, (size_t)days * sizeof *counts);
	struct card *cards = NULL;
	long n = asked_cards_due(s, REVIEW_STATES, day_start + (int64_t)days * 86400000 - 1,
				 1u << 24, &cards, err);
	if (n < 0)
		return -1;
	for (long i = 0; i < n; i++) {
		int64_t due = cards[i].fsrs.due_ms;
		long day = due < day_start ? 0 : (long)((due - day_start) / 86400000);
		if (day < days)
			counts[day]++;
	}
	free(cards);
	return 0;
}

/* Cards still waiting today besides the one shown: learning and review cards due,
 * and new items left, for the session's progress bar; from *counted when the
 * prompt has counted them already. */
static long remaining(struct study *s, int64_t now, const struct due_counts *counted,
		      long *new_items)
{
	char *err = NULL;
	struct due_counts dc;
	if (counted)
		dc = *counted;
	else if (day_counts(s, now, &dc, &err)) /* not known: none shown */
		dc = (struct due_counts){ .introduced = s->learner.daily_new };
	free(err);
	long due = dc.now, new_left = s->learner.daily_new - dc.introduced;
	/* the prompt on screen is one of the due cards, unless it is a new item */
	due -= !s->is_new && due > 0;
	*new_items = new_left > 0 ? new_left : 0;
	return due + (new_left > 0 ? new_left : 0) - (s->is_new && new_left > 0);
}

int study_next(struct study *s, struct study_prompt *p, char **err)
{
	*err = NULL;
	s->have_prompt = false;
	s->have_last = false;
	if (s->opt.limit > 0 && s->answered >= s->opt.limit)
		return 0;
	int64_t now = study_now();
	struct hb_book *book = NULL;
	const struct hb_item *item = NULL;
	int rc = 0;
	struct card *learning = NULL;
	struct due_counts counts; /* what waits today, once counted */
	bool counted = false;

	if (s->redo_card) {
		struct card again;
		int64_t id = s->redo_card;
		s->redo_card = 0;
		int found = get_card(s, id, &again, err);
		if (found < 0)
			return -1;
		if (found && (item = items_find(s->items, again.handbook, again.item, &book, err)) != NULL) {
			rc = present_card(s, &again, book, item, err);
			goto out;
		}
		if (*err)
			return -1;
	}

	long nlearning = training_cards_due(s->t, s->learner.id, LEARNING_STATES, now, DUE_BATCH,
					    &learning, err);
	if (nlearning < 0)
		return -1;
	const struct card *card = first_usable(s, learning, nlearning, &book, &item, err);
	if (*err)
		goto fail;
	if (card) {
		rc = present_card(s, card, book, item, err);
		goto out;
	}

	int64_t day_start = study_day_start(now);
	int64_t day_end = day_start + 86400000;
	/* What is due comes first: new items only once no review is waiting, so that
	 * nothing already learnt is pushed back by something new. */
	struct card review;
	card = next_review(s, now, day_end - 1, &review, &book, &item, err);
	if (*err)
		goto fail;
	if (card) {
		rc = present_card(s, card, book, item, err);
		goto out;
	}

	if (day_counts(s, now, &counts, err))
		goto fail;
	counted = true;
	long new_left = s->learner.daily_new - counts.introduced;
	struct hb_book *new_book = NULL;
	const struct hb_item *new_item = NULL;
	int have_new = 0;
	if (new_left > 0 && (have_new = find_new_item(s, &new_book, &new_item, err)) < 0)
		goto fail;
	if (have_new) {
		uint64_t session_rng = s->rng;
		s->rng = mix_text(mix_text(s->seed, new_book->id), new_item->id);
		fill_prompt(s, new_book, new_item, STUDY_INTRODUCE,
			    new_item->kind == HB_COURTESY ? SKILL_JUDGE : SKILL_RECOGNIZE);
		s->rng = session_rng;
		s->is_new = true;
		s->have_prompt = true;
		rc = 1;
		goto out;
	}

	/* Nothing else: learning cards due within the next minutes come early. */
	free(learning);
	learning = NULL;
	nlearning = training_cards_due(s->t, s->learner.id, LEARNING_STATES, now + LEARN_AHEAD_MS,
				       DUE_BATCH, &learning, err);
	if (nlearning < 0)
		goto fail;
	card = first_usable(s, learning, nlearning, &book, &item, err);
	if (*err)
		goto fail;
	if (card)
		rc = present_card(s, card, book, item, err);
out:
	free(learning);
	if (rc == 1) {
		long new_items = 0;
		s->prompt.due_left = remaining(s, now, counted ? &counts : NULL, &new_items);
		if (!s->total) {
			/* each new item brings two cards to learn (one for a courtesy
			 * situation or a guest's line) */
			s->total = s->answered + s->prompt.due_left + new_items + 1;
			if (s->opt.limit > 0 && s->total > s->opt.limit)
				s->total = s->opt.limit;
		}
		if (s->total < s->answered + 1)
			s->total = s->answered + 1;
		s->prompt.total = s->total;
		*p = s->prompt;
		p->answered = s->answered;
	}
	return rc;
fail:
	free(learning);
	return -1;
}

int study_introduced(struct study *s, char **err)
{
	*err = NULL;
	if (!s->have_prompt || !s->is_new)
		return 0;
	const struct study_prompt *p = &s->prompt;
	int64_t now = study_now();
	/* a courtesy situation or a guest's line is recognized only */
	enum skill skills[2] = { p->item->kind == HB_COURTESY ? SKILL_JUDGE : SKILL_RECOGNIZE,
				 SKILL_PRODUCE };
	int n = p->item->kind == HB_COURTESY || study_item_guest(p->item) ? 1 : 2;
	if (training_cards_create(s->t, s->learner.id, p->book->id, p->item->id, skills, n, now,
				  err))
		return -1;
	note_known(s, p->book->id, p->item->id);
	s->have_prompt = false;
	return 0;
}

/* ---------------------------------------------------------------- answers */

static const char *kind_name(enum study_kind kind)
{
	static const char *const names[] = { "introduce", "choice", "order", "flip",
					     "listen",	  "type",   "judge" };
	return names[kind];
}

/* Writes the answer with its rating: the card's new state and the log entry, in one
 * transaction. */
static int record(struct study *s, int rating, const char *answer, int correct, int64_t now,
		  struct study_result *r, char **err)
{
	struct fsrs_card preview[4];
	struct card after;
	struct review rev = {
		.card = s->card.id,
		.time_ms = now,
		.skill = s->card.skill,
		.rating = rating,
		.answer = (char *)answer,
		.correct = correct,
		.duration_ms = 0,
	};
	snprintf(rev.presentation, sizeof rev.presentation, "%s", kind_name(s->prompt.kind));
	/* First as the card was when it was shown, in one step; when another session
	 * of the same learner has answered it since, again from the card as it is
	 * now, held until the answer is written. */
	for (int attempt = 0;; attempt++) {
		bool locked = attempt > 0;
		if (locked) {
			if (training_begin(s->t, err))
				return -1;
			struct card current;
			int have = training_card_lock(s->t, s->card.id, &current, err);
			if (have < 0) {
				training_rollback(s->t);
				return -1;
			}
			if (have)
				s->card.fsrs = current.fsrs;
		}
		fsrs_schedule_preview(&s->sched, &s->card.fsrs, now, preview);
		after = s->card;
		if (fsrs_schedule(&s->sched, &s->card.fsrs, now, rating, &after.fsrs)) {
			if (locked)
				training_rollback(s->t);
			*err = xstrdup(_("the card's time is after the current time; is the clock right?"));
			return -1;
		}
		rev.before = s->card.fsrs;
		if (!locked) {
			int rc = training_answer(s->t, &after, &rev, s->learner.id, err);
			if (rc < 0)
				return -1;
			if (rc == 1)
				break;
			continue;
		}
		if (training_card_save(s->t, &after, err) ||
		    training_review_add(s->t, &rev, s->learner.id, err) || training_commit(s->t, err)) {
			training_rollback(s->t);
			return -1;
		}
		break;
	}
	for (int i = 0; i < 4; i++)
		r->due_ms[i] = preview[i].due_ms;
	r->now_ms = now;
	r->rating = rating;
	s->have_last = true;
	s->last_review = rev.id;
	s->last_card = s->card;
	s->last_now = now;
	s->last_counted_right = rating > 1;
	s->answered++;
	r->number = s->answered;
	if (rating > 1)
		s->right++;
	else
		s->wrong++;
	s->have_prompt = false;
	return 0;
}

/* "3 1 2" or "312": the word numbers in order; false unless a permutation. */
static bool parse_order(const char *answer, size_t n, size_t *order)
{
	size_t k = 0;
	bool used[STUDY_MAX_WORDS] = { false };
	bool spaced = strchr(answer, ' ') || strchr(answer, ',') || n > 9;
	for (const char *p = answer; *p;) {
		if (*p == ' ' || *p == ',') {
			p++;
			continue;
		}
		if (!isdigit((unsigned char)*p))
			return false;
		size_t v = spaced ? strtoul(p, (char **)&p, 10) : (size_t)(*p++ - '0');
		if (v < 1 || v > n || used[v - 1] || k == n)
			return false;
		used[v - 1] = true;
		order[k++] = v - 1;
	}
	return k == n;
}

int study_answer(struct study *s, const char *answer, int self_rating, struct study_result *r,
		 char **err)
{
	*err = NULL;
	memset(r, 0, sizeof *r);
	if (!s->have_prompt || s->is_new)
		return STUDY_REFUSED;
	const struct study_prompt *p = &s->prompt;
	int64_t now = study_now();
	int rating;
	const char *logged = answer;
	char *joined = NULL;
	switch (p->kind) {
	case STUDY_CHOICE:
	case STUDY_JUDGE: {
		if (!answer || strlen(answer) != 1 || tolower((unsigned char)answer[0]) < 'a' ||
		    (size_t)(tolower((unsigned char)answer[0]) - 'a') >= p->noptions)
			return STUDY_REFUSED;
		int chosen = tolower((unsigned char)answer[0]) - 'a';
		r->correct = chosen == p->correct;
		rating = r->correct ? FSRS_GOOD : FSRS_AGAIN;
		logged = p->options[chosen];
		break;
	}
	case STUDY_ORDER: {
		size_t order[STUDY_MAX_WORDS];
		if (!answer || !parse_order(answer, p->nwords, order))
			return STUDY_REFUSED;
		size_t len = 1;
		for (size_t i = 0; i < p->nwords; i++)
			len += strlen(p->words[order[i]]) + 1;
		joined = xcalloc(1, len);
		r->correct = true;
		for (size_t i = 0; i < p->nwords; i++) {
			if (i)
				strcat(joined, " ");
			strcat(joined, p->words[order[i]]);
			if (strcmp(p->words[order[i]], s->order[i]))
				r->correct = false;
		}
		rating = r->correct ? FSRS_GOOD : FSRS_AGAIN;
		logged = joined;
		break;
	}
	case STUDY_TYPE:
		if (!answer || strlen(answer) > STUDY_MAX_TYPED)
			return STUDY_REFUSED;
		if (grade_answer_reading(answer, p->accepted, p->naccepted, p->answer_kana,
					 &r->grade))
			mem_fail(); /* its one failure */
		rating = r->grade.rating;
		r->correct = r->grade.verdict != GRADE_WRONG;
		r->near = r->grade.verdict == GRADE_NEAR;
		if (r->grade.verdict != GRADE_RIGHT) {
			const char *against = p->accepted[r->grade.matched];
			r->nearest = r->grade.matched ? against : NULL;
			r->diff = r->grade.segments;
			r->ndiff = r->grade.nsegments;
			if (strchr(against, ' ') && grade_diff_noisy(&r->grade)) {
				if (grade_word_diff(answer, against, &r->words))
					mem_fail(); /* its one failure */
				r->diff = r->words.segments;
				r->ndiff = r->words.nsegments;
				r->by_words = true;
			}
		}
		break;
	default: /* FLIP, LISTEN */
		if (self_rating < 1 || self_rating > 4)
			return STUDY_REFUSED;
		rating = self_rating;
		r->correct = rating > 1;
		logged = NULL;
		break;
	}
	int correct = p->kind == STUDY_FLIP || p->kind == STUDY_LISTEN ? -1 : r->correct;
	int rc = record(s, rating, logged, correct, now, r, err);
	free(joined);
	return rc;
}

const char *study_verdict(const struct study_result *r)
{
	return !r->correct ? _("Wrong.") : r->near ? _("Almost right.") : _("Right.");
}

const char *study_rating_name(int rating)
{
	static const char *const names[] = { N_("Again"), N_("Hard"), N_("Good"), N_("Easy") };
	return rating >= 1 && rating <= 4 ? _(names[rating - 1]) : "?";
}

void study_interval(char *buf, size_t size, int64_t ms, bool brief)
{
	int64_t minutes = (ms + 30000) / 60000;
	if (minutes < 1)
		minutes = 1;
	int64_t days = minutes / 1440;
	/* TRANSLATORS: intervals until a card comes back; the short forms (10m, 3h, 5d,
	 * 2mo, 1y) are for a narrow line.  Use units that cannot be read as a time of day
	 * or a month's name. */
	if (minutes < 60) {
		unsigned long n = (unsigned long)minutes;
		if (brief)
			snprintf(buf, size, _("%lum"), n);
		else
			snprintf(buf, size, ngettext("%lu minute", "%lu minutes", n), n);
	} else if (minutes < 1440) {
		unsigned long n = (unsigned long)(minutes / 60);
		if (brief)
			snprintf(buf, size, _("%luh"), n);
		else
			snprintf(buf, size, ngettext("%lu hour", "%lu hours", n), n);
	} else if (days < 60) {
		unsigned long n = (unsigned long)days;
		if (brief)
			snprintf(buf, size, _("%lud"), n);
		else
			snprintf(buf, size, ngettext("%lu day", "%lu days", n), n);
	} else if (days < 365) {
		unsigned long n = (unsigned long)(days / 30);
		if (brief)
			snprintf(buf, size, _("%lumo"), n);
		else
			snprintf(buf, size, ngettext("%lu month", "%lu months", n), n);
	} else {
		unsigned long n = (unsigned long)((days + 182) / 365);
		if (brief)
			snprintf(buf, size, _("%luy"), n);
		else
			snprintf(buf, size, ngettext("%lu year", "%lu years", n), n);
	}
}

const char *study_silence(const struct study *s)
{
	if (!s->learner.speech)
		return _("Speech is off in Settings.");
	if (!s->opt.speech)
		return _("Speech is not available: no sound can be played here.");
	return _("There is nothing to hear on this card.");
}

void study_result_free(struct study_result *r)
{
	grade_result_free(&r->grade);
	grade_result_free(&r->words);
	r->diff = NULL;
	r->ndiff = 0;
}

char *study_diff_line(const struct study_result *r, bool typed)
{
	if (!r->ndiff)
		return NULL;
	enum grade_span shown = typed ? GRADE_EXTRA : GRADE_MISSING;
	size_t len = 1;
	for (size_t i = 0; i < r->ndiff; i++)
		len += strlen(r->diff[i].text) + 3;
	char *line = xmalloc(len), *w = line;
	bool first = true;
	for (size_t i = 0; i < r->ndiff; i++) {
		const struct grade_segment *sg = &r->diff[i];
		if (sg->kind != GRADE_SAME && sg->kind != shown)
			continue;
		if (r->by_words && !first)
			*w++ = ' ';
		first = false;
		size_t n = strlen(sg->text);
		if (sg->kind != GRADE_SAME)
			*w++ = '[';
		memcpy(w, sg->text, n);
		w += n;
		if (sg->kind != GRADE_SAME)
			*w++ = ']';
	}
	*w = '\0';
	return line;
}

int study_rerate(struct study *s, int rating, char **err)
{
	*err = NULL;
	s->reviews_until = 0; /* the card may come back among today's reviews */
	if (!s->have_last || rating < 1 || rating > 4)
		return STUDY_REFUSED;
	struct card after = s->last_card;
	if (fsrs_schedule(&s->sched, &s->last_card.fsrs, s->last_now, rating, &after.fsrs))
		return STUDY_REFUSED;
	if (training_begin(s->t, err))
		return -1;
	/* Only while the card is as this answer left it: another session of the same
	 * learner may have answered it since. */
	struct card current;
	int have = training_card_lock(s->t, after.id, &current, err);
	if (have <= 0 || current.fsrs.reps != s->last_card.fsrs.reps + 1 ||
	    current.fsrs.last_review_ms != s->last_now) {
		training_rollback(s->t);
		if (have >= 0)
			*err = xstrdup(_("the card has been answered again since, in another "
					"session; the rating stays"));
		return -1;
	}
	if (training_card_save(s->t, &after, err) ||
	    training_review_set_rating(s->t, s->last_review, rating, err) ||
	    training_commit(s->t, err)) {
		training_rollback(s->t);
		return -1;
	}
	if (s->last_counted_right != (rating > 1)) {
		s->right += rating > 1 ? 1 : -1;
		s->wrong += rating > 1 ? -1 : 1;
		s->last_counted_right = rating > 1;
	}
	return 0;
}

int study_undo(struct study *s, char **err)
{
	*err = NULL;
	s->reviews_until = 0; /* the card may come back among today's reviews */
	/* The last answer and its card, read in the transaction that undoes it, the
	 * card held: another session of the same learner may be answering. */
	if (training_begin(s->t, err))
		return -1;
	struct review last;
	int found = training_review_last(s->t, s->learner.id, &last, err);
	if (found <= 0) {
		training_rollback(s->t);
		return found;
	}
	free(last.answer);
	struct card card;
	int have = training_card_lock(s->t, last.card, &card, err);
	if (have < 0) {
		training_rollback(s->t);
		return -1;
	}
	if (have && card.fsrs.reps != last.before.reps + 1) {
		training_rollback(s->t);
		*err = xstrdup(_("the card has been answered again since, in another session; "
				"the last answer stays"));
		return -1;
	}
	card.fsrs = last.before;
	if ((have && training_card_save(s->t, &card, err)) ||
	    training_review_delete(s->t, last.id, err) || training_commit(s->t, err)) {
		training_rollback(s->t);
		return -1;
	}
	if (s->have_last && s->last_review == last.id) {
		s->answered--;
		if (s->last_counted_right)
			s->right--;
		else
			s->wrong--;
	} else if (s->answered > 0) {
		/* An answer of this session, but not the one just given. */
		s->answered--;
		if (last.rating > 1)
			s->right--;
		else
			s->wrong--;
	}
	s->have_last = false;
	s->have_prompt = false;
	s->redo_card = last.card;
	return 1;
}

void study_summary(struct study *s, struct study_summary *sum)
{
	char *err = NULL;
	int64_t now = study_now();
	sum->answered = s->answered;
	sum->right = s->right;
	sum->wrong = s->wrong;
	sum->elapsed_ms = now - s->started_ms;
	sum->next_due_ms = training_next_due(s->t, s->learner.id, now, &err);
	free(err);
}

/* ---------------------------------------------------------------- fitting */

int study_fit(struct training *t, const struct learner *learner,
	      void (*before_fit)(void *ctx, long reviews, size_t cards), void *ctx,
	      struct study_fit *out, char **err)
{
	memset(out, 0, sizeof *out);
	int64_t *cards = NULL, *times = NULL;
	int *ratings = NULL;
	long n = training_review_history(t, learner->id, &cards, &times, &ratings, err);
	if (n < 0)
		return -1;
	out->reviews = n;
	int status = 0;
	struct optimize_review *reviews = NULL;
	struct optimize_card *list = NULL;
	if (n < STUDY_FIT_MIN_REVIEWS) {
		out->outcome = STUDY_FIT_TOO_FEW;
		goto done;
	}
	/* Days turn at 04:00 local time, as in study sessions. */
	int64_t offset = day_offset_ms(study_now());
	reviews = xreallocarray(NULL, (size_t)n, sizeof *reviews);
	list = xreallocarray(NULL, (size_t)n, sizeof *list);
	for (long i = 0; i < n; i++) {
		int64_t local = times[i] + offset;
		int64_t day = local >= 0 ? local / FSRS_DAY_MS : (local + 1) / FSRS_DAY_MS - 1;
		reviews[i] = (struct optimize_review){ times[i], day, ratings[i] };
		if (i == 0 || cards[i] != cards[i - 1])
			list[out->cards++] = (struct optimize_card){ &reviews[i], 0 };
		list[out->cards - 1].count++;
	}
	if (before_fit)
		before_fit(ctx, n, out->cards);
	struct optimize_options options;
	optimize_default_options(&options);
	struct optimize_result result;
	optimize_fit(list, out->cards, &options, &result);
	out->default_log_loss = result.default_log_loss;
	out->log_loss = result.log_loss;
	memcpy(out->params, result.w, sizeof out->params);
	if (!result.trained || result.log_loss >= result.default_log_loss)
		out->outcome = STUDY_FIT_NO_BETTER;
	else if (training_learner_set_params(t, learner->id, result.w, result.log_loss, n, err))
		status = -1;
	else
		out->outcome = STUDY_FIT_SAVED;
done:
	free(reviews);
	free(list);
	free(cards);
	free(times);
	free(ratings);
	return status;
}
