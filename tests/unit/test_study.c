/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unit tests of the study engine with a fixed clock: the ladder, the queue order,
 * distractors, courtesy items, rerating and undo. */
#include <locale.h>
#include <time.h>
#include <unistd.h>

#include "content.h"
#include "stats.h"

#include "outfile.h"
#include "study.h"
#include "unit.h"

static const char handbook[] =
	"%rec: Handbook\n\nid: t\ntitle: 测试\nsource: zh\nlanguages: en\n\n"
	"%rec: Lesson\n\nid: l1\ntitle: 一\n\n%rec: Phrase\n\n"
	"id: p1\nzh: 你好\nen: Hello there\nen_alt: Hi there\n\n"
	"id: p2\nzh: 谢谢\nen: Thank you very much\n\n"
	"id: p3\nzh: 再见\nen: Goodbye\n\n"
	"id: p4\nzh: 您好\nen: Hello there\n\n" /* same English as p1: never its distractor */
	"id: p5\nzh: 我要去机场\nen: I need to go to the airport\ntags: listen\n\n"
	"%rec: Courtesy\n\nid: c1\nsituation: 情况\noption_a: 甲\noption_b: 乙\noption_c: 丙\n"
	"answer: c\nexplanation: 因为\n";

static char dir[] = "/tmp/cordial-test-study-XXXXXX";
static struct training *t;
static struct content *c;
static struct learner li;

static void set_now(const char *iso)
{
	setenv("CORDIAL_NOW", iso, 1);
}

static void setup(void)
{
	char path[300], *err = NULL;
	snprintf(path, sizeof path, "%s/content.db", dir);
	outfile_permit_create(path, false);
	c = content_open(path, true, &err);
	struct diag_list d;
	diag_init(&d);
	struct hb_book *book = hb_parse(handbook, sizeof handbook - 1, "t.hb", &d);
	struct content_counts counts;
	content_begin(c, &err);
	content_apply(c, book, &counts, NULL, NULL, &err);
	content_commit(c, &err);
	hb_book_free(book);
	diag_free(&d);
	snprintf(path, sizeof path, "%s/training.db", dir);
	outfile_permit_create(path, false);
	t = training_open(path, &err);
	li = (struct learner){ .native = "zh", .target = "en", .retention = 0.9, .daily_new = 10 };
	snprintf(li.name, sizeof li.name, "Li");
	training_learner_add(t, &li, 0, &err);
	training_lesson_choose(t, li.id, "t", "l1", 0, &err);
}

static struct study *open_session(long limit)
{
	struct study_options opt = { .limit = limit, .seed = 99, .speech = false };
	char *err = NULL;
	struct study *s = study_open(t, c, &li, &opt, &err);
	CHECK(s != NULL);
	return s;
}

static void ladder_and_distractors(void)
{
	set_now("2026-11-29T09:00:00Z");
	struct study *s = open_session(0);
	struct study_prompt p;
	char *err = NULL;
	CHECK_INT(study_next(s, &p, &err), 1);
	CHECK_INT(p.kind, STUDY_INTRODUCE);
	CHECK_STR(p.item->id, "p1");
	CHECK_INT(study_introduced(s, &err), 0);

	/* The new card is asked with a choice; the duplicate "Hello there" of p4 is never a
	 * distractor, so exactly one option reads "Hello there". */
	CHECK_INT(study_next(s, &p, &err), 1);
	CHECK_INT(p.kind, STUDY_CHOICE);
	CHECK_STR(p.item->id, "p1");
	int hello = 0;
	for (size_t k = 0; k < p.noptions; k++)
		hello += !strcmp(p.options[k], p.skill == SKILL_PRODUCE ? "Hello there" : "你好");
	CHECK_INT(hello, 1);
	CHECK(p.noptions >= 3);

	/* A wrong choice is rated Again, a right one Good; the answer is logged. */
	struct study_result r;
	char letter[2] = { (char)('a' + (p.correct + 1) % (int)p.noptions), 0 };
	CHECK_INT(study_answer(s, letter, 0, &r, &err), 0);
	CHECK(!r.correct);
	CHECK_INT(r.rating, 1);
	CHECK(r.due_ms[0] < r.due_ms[2] && r.due_ms[2] < r.due_ms[3]);
	study_result_free(&r);
	/* Rerating the last answer changes the log. */
	CHECK_INT(study_rerate(s, 3, &err), 0);
	struct review last;
	CHECK_INT(training_review_last(t, li.id, &last, &err), 1);
	CHECK_INT(last.rating, 3);
	free(last.answer);
	study_close(s);
}

static void queue_order(void)
{
	/* Two review cards with different recall probabilities and one learning card:
	 * the learning card first, then the review most likely forgotten. */
	char *err = NULL;
	struct card *old = NULL, a, b, l;
	long n = training_cards_due(t, li.id, 15, INT64_MAX, 1000, &old, &err);
	for (long i = 0; i < n; i++) /* the cards of the test before */
		training_card_delete(t, old[i].id, &err);
	free(old);
	training_card_create(t, li.id, "t", "p2", SKILL_RECOGNIZE, 0, &a, &err);
	training_card_create(t, li.id, "t", "p3", SKILL_RECOGNIZE, 0, &b, &err);
	training_card_create(t, li.id, "t", "p3", SKILL_PRODUCE, 0, &l, &err);
	int64_t now = INT64_C(1795942800000); /* 2026-11-29T09:00:00Z */
	a.fsrs = (struct fsrs_card){ .state = FSRS_REVIEW, .memory = { 30, 5 }, .scheduled_days = 20,
				     .due_ms = now - 86400000, .last_review_ms = now - 21 * 86400000LL,
				     .reps = 3 };
	b.fsrs = a.fsrs;
	b.fsrs.memory.stability = 3; /* much less likely remembered */
	l.fsrs = (struct fsrs_card){ .state = FSRS_LEARNING, .memory = { 1, 5 }, .due_ms = now - 1000,
				     .last_review_ms = now - 600000, .reps = 1 };
	training_card_save(t, &a, &err);
	training_card_save(t, &b, &err);
	training_card_save(t, &l, &err);
	/* No new items today, so only these come. */
	struct learner saved = li;
	li.daily_new = 0;
	set_now("2026-11-29T09:00:00Z");
	struct study *s = open_session(0);
	struct study_prompt p;
	struct study_result r;
	CHECK_INT(study_next(s, &p, &err), 1);
	CHECK_STR(p.item->id, "p3");
	CHECK_INT(p.skill, SKILL_PRODUCE);
	CHECK(p.kind == STUDY_CHOICE || p.kind == STUDY_ORDER || p.kind == STUDY_TYPE);
	char ans[2] = { (char)('a' + p.correct), 0 };
	CHECK_INT(study_answer(s, p.kind == STUDY_ORDER ? "1 2 3" : ans, 0, &r, &err) != -1, 1);
	study_result_free(&r);
	/* The reviews: recognize cards in review are recalled and self-rated. */
	CHECK_INT(study_next(s, &p, &err), 1);
	CHECK_STR(p.item->id, "p3");
	CHECK_INT(p.kind, STUDY_FLIP);
	CHECK_INT(study_answer(s, NULL, 0, &r, &err), -2); /* a rating is needed */
	CHECK_INT(study_answer(s, NULL, 4, &r, &err), 0);
	study_result_free(&r);
	CHECK_INT(study_next(s, &p, &err), 1);
	CHECK_STR(p.item->id, "p2");

	/* Undo puts the last card back exactly and asks it again. */
	struct card before;
	CHECK_INT(training_card_get(t, b.id, &before, &err), 1);
	CHECK_INT(study_undo(s, &err), 1);
	struct card after;
	CHECK_INT(training_card_get(t, b.id, &after, &err), 1);
	CHECK(!memcmp(&after.fsrs, &b.fsrs, sizeof b.fsrs));
	CHECK_INT(study_next(s, &p, &err), 1);
	CHECK_STR(p.item->id, "p3");
	CHECK_INT(p.skill, SKILL_RECOGNIZE);
	study_close(s);
	li = saved;
}

static void produce_review_is_typed(void)
{
	char *err = NULL;
	struct card card;
	training_card_create(t, li.id, "t", "p1", SKILL_PRODUCE, 0, &card, &err);
	card.fsrs = (struct fsrs_card){ .state = FSRS_REVIEW, .memory = { 10, 5 },
					.scheduled_days = 10, .due_ms = INT64_C(1796000000000),
					.last_review_ms = INT64_C(1795000000000), .reps = 4 };
	training_card_save(t, &card, &err);
	struct learner saved = li;
	li.daily_new = 0;
	set_now("2026-12-10T09:00:00Z");
	struct study *s = open_session(0);
	struct study_prompt p;
	struct study_result r;
	int found = 0;
	for (int i = 0; i < 10 && study_next(s, &p, &err) == 1; i++) {
		if (p.kind == STUDY_TYPE && !strcmp(p.item->id, "p1")) {
			found = 1;
			CHECK_INT(p.naccepted, 2);
			/* the alternative, with a slip, is a near miss */
			CHECK_INT(study_answer(s, "hi thre", 0, &r, &err), 0);
			CHECK_INT(r.grade.verdict, GRADE_NEAR);
			CHECK_INT(r.rating, 2);
			/* the taught answer stays the answer; the alternative explains the diff */
			CHECK_STR(p.answer, "Hello there");
			CHECK_STR(r.nearest, "Hi there");
			CHECK(!r.by_words);
			char *typed = study_diff_line(&r, true), *want = study_diff_line(&r, false);
			CHECK_STR(typed, "Hi thre");
			CHECK_STR(want, "Hi th[e]re");
			free(typed);
			free(want);
			study_result_free(&r);
			break;
		}
		char ans[2] = { (char)('a' + p.correct), 0 };
		study_answer(s, p.kind == STUDY_ORDER ? "1 2 3" : ans, 3, &r, &err);
		study_result_free(&r);
	}
	CHECK_INT(found, 1);
	study_close(s);
	li = saved;
}

static void courtesy_is_judged(void)
{
	struct learner saved = li;
	char *err = NULL;
	struct learner wu = { .native = "zh", .target = "en", .retention = 0.9, .daily_new = 10 };
	snprintf(wu.name, sizeof wu.name, "Wu");
	training_learner_add(t, &wu, 0, &err);
	training_lesson_choose(t, wu.id, "t", "l1", 0, &err);
	li = wu;
	set_now("2026-11-29T09:00:00Z");
	struct study *s = open_session(0);
	struct study_prompt p;
	struct study_result r;
	int judged = 0;
	for (int i = 0; i < 60 && study_next(s, &p, &err) == 1; i++) {
		if (p.kind == STUDY_INTRODUCE) {
			study_introduced(s, &err);
			continue;
		}
		if (p.kind == STUDY_JUDGE) {
			judged = 1;
			CHECK_INT(p.noptions, 3);
			CHECK_STR(p.options[p.correct], "丙");
			char letter[2] = { (char)('a' + p.correct), 0 };
			CHECK_INT(study_answer(s, letter, 0, &r, &err), 0);
			CHECK(r.correct);
			study_result_free(&r);
			break;
		}
		char ans[2] = { (char)('a' + p.correct), 0 };
		study_answer(s, p.kind == STUDY_ORDER ? "1 2 3" : ans, 3, &r, &err);
		study_result_free(&r);
	}
	CHECK_INT(judged, 1);
	study_close(s);
	li = saved;
}


/* A fresh learner of lesson l1, with the given speech setting and voice. */
static struct learner new_learner(const char *name, bool speech, const char *voice)
{
	char *err = NULL;
	struct learner l = { .native = "zh", .target = "en", .retention = 0.9, .daily_new = 10,
			     .speech = speech };
	snprintf(l.name, sizeof l.name, "%s", name);
	snprintf(l.voice, sizeof l.voice, "%s", voice);
	training_learner_add(t, &l, 0, &err);
	training_lesson_choose(t, l.id, "t", "l1", 0, &err);
	l.speech = speech;
	snprintf(l.voice, sizeof l.voice, "%s", voice);
	return l;
}

/* Answers whatever is asked, right; introduces new items. */
static void answer_right(struct study *s, const struct study_prompt *p)
{
	char *err = NULL;
	struct study_result r;
	if (p->kind == STUDY_INTRODUCE) {
		study_introduced(s, &err);
		return;
	}
	char ans[80] = "";
	if (p->kind == STUDY_ORDER) {
		/* the words' numbers in the order of the answer */
		bool used[STUDY_MAX_WORDS] = { false };
		const char *rest = p->answer;
		for (;;) {
			rest += strspn(rest, " ");
			if (!*rest)
				break;
			size_t len = strcspn(rest, " ");
			for (size_t k = 0; k < p->nwords; k++)
				if (!used[k] && strlen(p->words[k]) == len &&
				    !strncmp(p->words[k], rest, len)) {
					used[k] = true;
					snprintf(ans + strlen(ans), sizeof ans - strlen(ans), "%zu ",
						 k + 1);
					break;
				}
			rest += len;
		}
	} else if (p->kind == STUDY_TYPE)
		snprintf(ans, sizeof ans, "%s", p->answer);
	else
		ans[0] = (char)('a' + p->correct);
	CHECK_INT(study_answer(s, ans, 3, &r, &err), 0);
	CHECK(r.correct);
	study_result_free(&r);
}

static struct study *open_for(const struct learner *l, bool sound, uint64_t seed)
{
	struct study_options opt = { .seed = seed, .speech = sound };
	char *err = NULL;
	struct study *s = study_open(t, c, l, &opt, &err);
	CHECK(s != NULL);
	return s;
}

/* What both front ends show comes from the engine: verdicts, rating names, interval
 * labels (years included), and what the speak key says. */
static void engine_decides(void)
{
	char buf[64];
	study_interval(buf, sizeof buf, 10 * 60000, false);
	CHECK_STR(buf, "10 minutes");
	study_interval(buf, sizeof buf, 10 * 60000, true);
	CHECK_STR(buf, "10m");
	study_interval(buf, sizeof buf, 5000, false);
	CHECK_STR(buf, "1 minute");
	study_interval(buf, sizeof buf, 3 * 3600000LL, true);
	CHECK_STR(buf, "3h");
	study_interval(buf, sizeof buf, 13 * 86400000LL, false);
	CHECK_STR(buf, "13 days");
	study_interval(buf, sizeof buf, 200 * 86400000LL, true);
	CHECK_STR(buf, "6mo");
	study_interval(buf, sizeof buf, 400 * 86400000LL, false);
	CHECK_STR(buf, "1 year");
	study_interval(buf, sizeof buf, 800 * 86400000LL, true);
	CHECK_STR(buf, "2y");
	CHECK_STR(study_rating_name(1), "Again");
	CHECK_STR(study_rating_name(4), "Easy");
	CHECK_STR(study_rating_name(0), "?");
	struct study_result r = { .correct = true };
	CHECK_STR(study_verdict(&r), "Right.");
	r.near = true;
	CHECK_STR(study_verdict(&r), "Almost right.");
	r.correct = false;
	CHECK_STR(study_verdict(&r), "Wrong.");
}

/* The learner's speech setting rules: off, nothing is spoken and nothing is asked by
 * ear; on, the target-language text is spoken in the chosen voice, and listening
 * comes only where sound can be played. */
static void speech_settings(void)
{
	set_now("2026-11-29T09:00:00Z");
	char *err = NULL;
	struct learner quiet = new_learner("Quiet", false, "");
	struct learner loud = new_learner("Loud", true, "en-gb");
	struct study *s = open_for(&quiet, true, 5);
	struct study_prompt p;
	int listen = 0;
	for (int i = 0; i < 40 && study_next(s, &p, &err) == 1; i++) {
		CHECK(p.speak == NULL);
		listen += p.kind == STUDY_LISTEN;
		answer_right(s, &p);
	}
	CHECK_STR(study_silence(s), "Speech is off in Settings.");
	CHECK_INT(listen, 0);
	study_close(s);

	s = open_for(&loud, true, 5);
	CHECK_INT(study_next(s, &p, &err), 1);
	CHECK_INT(p.kind, STUDY_INTRODUCE);
	CHECK_STR(p.speak, "Hello there"); /* the target language, not the native */
	CHECK_STR(p.speak_lang, "en");
	CHECK_STR(p.speak_voice, "en-gb");
	answer_right(s, &p);
	CHECK_INT(study_next(s, &p, &err), 1);
	CHECK_STR(p.speak, "Hello there");
	study_close(s);

	s = open_for(&loud, false, 5); /* no sound here */
	CHECK_INT(study_next(s, &p, &err), 1);
	CHECK(p.speak == NULL);
	CHECK_STR(study_silence(s), "Speech is not available: no sound can be played here.");
	study_close(s);
}

static bool has_card(int64_t learner, const char *item, enum skill skill)
{
	char *err = NULL;
	struct card *all = NULL;
	long n = training_cards_due(t, learner, 15, INT64_MAX, 1000, &all, &err);
	bool found = false;
	for (long i = 0; i < n; i++)
		found |= !strcmp(all[i].item, item) && all[i].skill == skill;
	free(all);
	return found;
}

/* A guest's line (tagged listen) is learnt for understanding only. */
static void guest_lines(void)
{
	set_now("2026-11-29T09:00:00Z");
	char *err = NULL;
	struct learner g = new_learner("Guest", false, "");
	struct study *s = open_for(&g, false, 9);
	struct study_prompt p;
	int seen = 0;
	for (int i = 0; i < 200 && study_next(s, &p, &err) == 1; i++) {
		if (!strcmp(p.item->id, "p5")) {
			seen++;
			CHECK(p.kind == STUDY_INTRODUCE || p.skill == SKILL_RECOGNIZE);
		}
		answer_right(s, &p);
	}
	study_close(s);
	CHECK(seen >= 2);
	struct card card;
	CHECK(!has_card(g.id, "p5", SKILL_PRODUCE));
	CHECK(has_card(g.id, "p5", SKILL_RECOGNIZE));
	/* a produce card made before is never asked */
	training_card_create(t, g.id, "t", "p5", SKILL_PRODUCE, 0, &card, &err);
	s = open_for(&g, false, 9);
	for (int i = 0; i < 50 && study_next(s, &p, &err) == 1; i++) {
		CHECK(strcmp(p.item->id, "p5") || p.skill == SKILL_RECOGNIZE);
		answer_right(s, &p);
	}
	study_close(s);
}

/* Reviews due are asked before any new item, and the progress total holds still. */
static void reviews_before_new(void)
{
	char *err = NULL;
	struct learner r = new_learner("Reviewer", false, "");
	int64_t now = INT64_C(1796029200000); /* 2026-11-30T09:00:00Z */
	const char *items[] = { "p1", "p2", "p3" };
	for (int i = 0; i < 3; i++) {
		struct card cd;
		training_card_create(t, r.id, "t", items[i], SKILL_RECOGNIZE, 0, &cd, &err);
		cd.fsrs = (struct fsrs_card){ .state = FSRS_REVIEW, .memory = { 3, 5 },
					      .scheduled_days = 1, .due_ms = now - 3600000,
					      .last_review_ms = now - 86400000, .reps = 2 };
		training_card_save(t, &cd, &err);
	}
	set_now("2026-11-30T09:00:00Z");
	struct study *s = open_for(&r, false, 3);
	struct study_prompt p;
	long total = 0;
	for (int i = 0; i < 3; i++) {
		CHECK_INT(study_next(s, &p, &err), 1);
		CHECK(p.kind != STUDY_INTRODUCE);
		CHECK_INT(p.skill, SKILL_RECOGNIZE);
		if (i == 0)
			total = p.total;
		CHECK_INT(p.total, total);
		answer_right(s, &p);
	}
	CHECK_INT(study_next(s, &p, &err), 1);
	CHECK_INT(p.kind, STUDY_INTRODUCE);
	for (int i = 0; i < 80 && study_next(s, &p, &err) == 1; i++) {
		CHECK(p.total >= total);
		CHECK(p.total >= p.answered + 1);
		CHECK(p.total <= total || p.total == p.answered + 1);
		total = p.total;
		answer_right(s, &p);
	}
	study_close(s);
}

/* Courtesy options come in a new order each time, the same again after an undo. */
static void courtesy_shuffled(void)
{
	set_now("2026-11-29T09:00:00Z");
	char *err = NULL;
	int where[3] = { 0 };
	for (uint64_t seed = 1; seed <= 12; seed++) {
		char name[32];
		snprintf(name, sizeof name, "Judge%llu", (unsigned long long)seed);
		struct learner j = new_learner(name, false, "");
		struct study *s = open_for(&j, false, seed);
		struct study_prompt p;
		for (int i = 0; i < 200 && study_next(s, &p, &err) == 1; i++) {
			if (p.kind != STUDY_JUDGE) {
				answer_right(s, &p);
				continue;
			}
			where[p.correct]++;
			const char *before[STUDY_MAX_OPTIONS];
			memcpy(before, p.options, sizeof before);
			struct study_result r;
			CHECK_INT(study_answer(s, "z", 0, &r, &err), STUDY_REFUSED);
			CHECK_INT(study_answer(s, "a", 0, &r, &err), 0);
			study_result_free(&r);
			CHECK_INT(study_undo(s, &err), 1);
			CHECK_INT(study_next(s, &p, &err), 1);
			CHECK_INT(p.kind, STUDY_JUDGE);
			CHECK(!memcmp(before, p.options, sizeof before));
			break;
		}
		study_close(s);
	}
	CHECK(where[0] > 0 && where[1] > 0 && where[2] > 0);
}

/* Answers n prompts at the given time. */
static void study_at(const struct learner *l, const char *iso, int n)
{
	set_now(iso);
	char *err = NULL;
	struct study *s = open_for(l, false, 4);
	struct study_prompt p;
	for (int i = 0; i < n && study_next(s, &p, &err) == 1; i++)
		answer_right(s, &p);
	study_close(s);
}

/* The streak counts yesterday while today has no answer yet. */
static void streak(void)
{
	char *err = NULL;
	struct learner l = new_learner("Streaker", false, "");
	int n = -1;
	study_at(&l, "2026-12-01T10:00:00Z", 3);
	study_at(&l, "2026-12-02T10:00:00Z", 3);
	int64_t today = study_day_start(INT64_C(1796281200000)); /* 2026-12-03T07:00Z */
	CHECK_INT(stats_streak(t, l.id, today, 30, &n, &err), 0);
	CHECK_INT(n, 2);
	study_at(&l, "2026-12-03T07:00:00Z", 1);
	CHECK_INT(stats_streak(t, l.id, today, 30, &n, &err), 0);
	CHECK_INT(n, 3);
	/* a day without answers ends it */
	CHECK_INT(stats_streak(t, l.id, today + 2 * 86400000LL, 30, &n, &err), 0);
	CHECK_INT(n, 0);
}

/* A typed Japanese answer is graded with the phrase's kana reading: kana for its kanji is
 * right. */
static void japanese_typed_in_kana(void)
{
	static const char ja[] =
		"%rec: Handbook\n\nid: j\ntitle: 日语\nsource: zh\nlanguages: ja\n\n"
		"%rec: Lesson\n\nid: j1\ntitle: 一\n\n%rec: Phrase\n\n"
		"id: q1\nzh: 您的孩子真可爱！\nja: かわいいお子様ですね。\n"
		"ja_kana: かわいい おこさま です ね。\n";
	char *err = NULL;
	struct diag_list d;
	diag_init(&d);
	struct hb_book *book = hb_parse(ja, sizeof ja - 1, "j.hb", &d);
	struct content_counts counts;
	CHECK_INT(content_begin(c, &err), 0);
	CHECK_INT(content_apply(c, book, &counts, NULL, NULL, &err), 0);
	CHECK_INT(content_commit(c, &err), 0);
	hb_book_free(book);
	diag_free(&d);
	struct learner saved = li;
	struct learner mei = { .native = "zh", .target = "ja", .retention = 0.9, .daily_new = 0 };
	snprintf(mei.name, sizeof mei.name, "Mei");
	training_learner_add(t, &mei, 0, &err);
	training_lesson_choose(t, mei.id, "j", "j1", 0, &err);
	struct card card;
	training_card_create(t, mei.id, "j", "q1", SKILL_PRODUCE, 0, &card, &err);
	card.fsrs = (struct fsrs_card){ .state = FSRS_REVIEW, .memory = { 10, 5 },
					.scheduled_days = 10, .due_ms = INT64_C(1796000000000),
					.last_review_ms = INT64_C(1795000000000), .reps = 4 };
	training_card_save(t, &card, &err);
	li = mei;
	set_now("2026-12-10T09:00:00Z");
	struct study *s = open_session(0);
	struct study_prompt p;
	struct study_result r;
	CHECK_INT(study_next(s, &p, &err), 1);
	CHECK_INT(p.kind, STUDY_TYPE);
	CHECK_STR(p.answer_kana, "かわいい おこさま です ね。");
	CHECK_INT(study_answer(s, "かわいいお子さまですね", 0, &r, &err), 0);
	CHECK_INT(r.grade.verdict, GRADE_RIGHT);
	CHECK(r.correct);
	study_result_free(&r);
	study_close(s);
	li = saved;
}

static void clock_and_days(void)
{
	set_now("2026-11-29T03:59:00Z");
	CHECK_INT(study_now(), INT64_C(1795924740000));
	/* Before 04:00 the study day is still the previous one. */
	CHECK_INT(study_day_start(study_now()), INT64_C(1795838400000));
	set_now("1795924740000");
	CHECK_INT(study_now(), INT64_C(1795924740000));
}

int main(void)
{
	unit_program = "test_study";
	setlocale(LC_ALL, "C.UTF-8");
	setenv("TZ", "UTC", 1);
	tzset();
	if (!mkdtemp(dir))
		return 1;
	setup();
	RUN(ladder_and_distractors);
	RUN(queue_order);
	RUN(produce_review_is_typed);
	RUN(courtesy_is_judged);
	RUN(clock_and_days);
	RUN(engine_decides);
	RUN(speech_settings);
	RUN(guest_lines);
	RUN(reviews_before_new);
	RUN(courtesy_shuffled);
	RUN(streak);
	RUN(japanese_typed_in_kana);
	training_close(t);
	content_close(c);
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) != 0 ? 1 : unit_done();
}
