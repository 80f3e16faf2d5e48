/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unit tests of the study engine with a fixed clock: the ladder, the queue order,
 * distractors, courtesy items, rerating and undo. */
#include <locale.h>
#include <time.h>
#include <unistd.h>

#include "content.h"
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
			CHECK_INT(p.correct, 2);
			CHECK_INT(study_answer(s, "c", 0, &r, &err), 0);
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
	training_close(t);
	content_close(c);
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) != 0 ? 1 : unit_done();
}
