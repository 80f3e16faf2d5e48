/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Query plans of the hot statements: opening a lesson and starting a study session
 * must reach their rows through an index, never by reading the whole handbook or
 * every card.  The statements are the program's own, caught as they run (every
 * connection is traced from the moment it opens), then shown to SQLite's planner
 * with EXPLAIN QUERY PLAN; and none of them may run once for every lesson.  The
 * rows read after each answer must not grow with the learner's due cards, and the
 * line mode shows an answer saved before it works out the next prompt. */
#include <sqlite3.h>
#include <unistd.h>

#include "content.h"
#include "outfile.h"
#include "plain.h"
#include "study.h"
#include "training.h"
#include "unit.h"

static const char handbook[] =
	"%rec: Handbook\n\nid: t\ntitle: 测试\nsource: zh\nlanguages: en\n\n"
	"%rec: Lesson\n\nid: l1\ntitle: 一\n\n%rec: Phrase\n\n"
	"id: p1\nzh: 你好\nen: Hello there\nen_alt: Hi there\n\n"
	"id: p2\nzh: 谢谢\nen: Thank you very much\n\n"
	"id: p3\nzh: 再见\nen: Goodbye\n\n"
	"%rec: Lesson\n\nid: l2\ntitle: 二\n\n%rec: Phrase\n\n"
	"id: q1\nzh: 我要去机场\nen: I need to go to the airport\n\n"
	"id: q2\nzh: 请给我发票\nen: The receipt, please\n\n"
	"%rec: Courtesy\n\nid: c1\nsituation: 情况\noption_a: 甲\noption_b: 乙\noption_c: 丙\n"
	"answer: c\nexplanation: 因为\n";

static char dir[] = "/tmp/cordial-test-plan-XXXXXX";

/* The statements run while recording, each once, with its connection. */
#define MAX_SEEN 256
static struct {
	sqlite3 *db;
	char *sql;
	size_t runs;
} seen[MAX_SEEN];
static size_t nseen, nruns; /* distinct statements, and runs of them */
static size_t nrows;	     /* rows they gave */
static bool recording;

/* What the line mode has written through (its stream flushed), and whether a
 * statement ran after an answer was written while its acknowledgement was still
 * held back (watching_ack). */
static char shown[16384];
static size_t nshown;
static bool watching_ack, answer_written, ack_held;

static ssize_t shown_write(void *cookie, const char *buf, size_t n)
{
	(void)cookie;
	size_t room = sizeof shown - 1 - nshown;
	memcpy(shown + nshown, buf, n < room ? n : room);
	nshown += n < room ? n : room;
	shown[nshown] = '\0';
	return (ssize_t)n;
}

static void watch_ack(unsigned type, void *p)
{
	if (!watching_ack || type != SQLITE_TRACE_STMT)
		return;
	const char *sql = sqlite3_sql(p);
	if (!sql || !strncmp(sql, "COMMIT", 6))
		return;
	if (!strncmp(sql, "INSERT INTO review", 18))
		answer_written = true;
	else if (answer_written && !strstr(shown, "Answer 1 saved"))
		ack_held = true;
}

static int on_trace(unsigned type, void *ctx, void *p, void *x)
{
	(void)ctx;
	(void)x;
	watch_ack(type, p);
	if (!recording)
		return 0;
	if (type == SQLITE_TRACE_ROW) {
		nrows++;
		return 0;
	}
	sqlite3_stmt *st = p;
	const char *sql = sqlite3_sql(st);
	sqlite3 *db = sqlite3_db_handle(st);
	if (!sql || nseen == MAX_SEEN)
		return 0;
	nruns++;
	for (size_t i = 0; i < nseen; i++)
		if (seen[i].db == db && !strcmp(seen[i].sql, sql)) {
			seen[i].runs++;
			return 0;
		}
	seen[nseen].db = db;
	seen[nseen].runs = 1;
	seen[nseen++].sql = strdup(sql);
	return 0;
}

static int trace_connection(sqlite3 *db, const char **err, const void *api)
{
	(void)err;
	(void)api;
	sqlite3_trace_v2(db, SQLITE_TRACE_STMT | SQLITE_TRACE_ROW, on_trace, NULL);
	return SQLITE_OK;
}

static void start_recording(void)
{
	for (size_t i = 0; i < nseen; i++)
		free(seen[i].sql);
	nseen = nruns = nrows = 0;
	recording = true;
}

/* How many times the recorded statements that contain `text` ran. */
static size_t ran(const char *text)
{
	size_t n = 0;
	for (size_t i = 0; i < nseen; i++)
		if (strstr(seen[i].sql, text))
			n += seen[i].runs;
	return n;
}

/* The plan of a recorded statement, its rows' details joined by newlines. */
static void plan_of(size_t i, char *out, size_t size)
{
	char sql[8192];
	snprintf(sql, sizeof sql, "EXPLAIN QUERY PLAN %s", seen[i].sql);
	sqlite3_stmt *st = NULL;
	out[0] = '\0';
	if (sqlite3_prepare_v2(seen[i].db, sql, -1, &st, NULL) != SQLITE_OK) {
		snprintf(out, size, "(no plan: %s)", sqlite3_errmsg(seen[i].db));
		return;
	}
	size_t len = 0;
	while (sqlite3_step(st) == SQLITE_ROW && len < size) {
		const char *d = (const char *)sqlite3_column_text(st, 3);
		len += (size_t)snprintf(out + len, size - len, "%s\n", d ? d : "");
	}
	sqlite3_finalize(st);
}

/* Whether a plan row reads a whole table: "SCAN item" (or "SCAN i" for an alias), as
 * opposed to a search through an index. */
static bool scans(const char *plan, const char *const *tables)
{
	for (const char *row = plan; *row; row = strchr(row, '\n') + 1) {
		if (strncmp(row, "SCAN ", 5))
			continue;
		size_t n = strcspn(row + 5, " \n");
		for (size_t k = 0; tables[k]; k++)
			if (strlen(tables[k]) == n && !strncmp(row + 5, tables[k], n))
				return true;
	}
	return false;
}

/* The tables that grow with the handbook or the reviews (and the aliases the
 * statements give them). */
static const char *const big[] = { "item", "i", "item_text", "t", "item_part", "p",
				   "card", "c", "review", "r", NULL };

/* Whether a plan row reaches the items through an index by their handbook alone
 * ("SEARCH i USING INDEX ... (handbook=?)"), which reads the whole handbook. */
static bool by_handbook_alone(const char *plan)
{
	for (const char *row = plan; *row; row = strchr(row, '\n') + 1) {
		if (strncmp(row, "SEARCH i ", 9) && strncmp(row, "SEARCH item ", 12))
			continue;
		const char *cols = strchr(row, '(');
		if (cols && cols < strchr(row, '\n') && !strncmp(cols, "(handbook=?)", 12))
			return true;
	}
	return false;
}

/* Checks every recorded statement; returns how many read items by their lesson. */
static int check_recorded(bool show)
{
	int by_lesson = 0;
	recording = false;
	for (size_t i = 0; i < nseen; i++) {
		char plan[4096];
		plan_of(i, plan, sizeof plan);
		bool whole = scans(plan, big), handbook_only = by_handbook_alone(plan);
		if (strstr(plan, "item_by_lesson (handbook=? AND lesson=?)"))
			by_lesson++;
		if (whole || handbook_only || show)
			printf("  %s\n  %s", seen[i].sql, plan);
		CHECK(!whole);
		CHECK(!handbook_only);
	}
	return by_lesson;
}

static struct content *c;
static struct training *t;
static struct learner li;

static void setup(void)
{
	char path[300], *err = NULL;
	sqlite3_auto_extension((void (*)(void))trace_connection);
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
	/* a handbook of 400 phrases in one lesson */
	size_t cap = 64 * 400 + 200, len = 0;
	char *text = malloc(cap);
	len += (size_t)snprintf(text + len, cap - len,
				"%%rec: Handbook\n\nid: big\ntitle: 大\nsource: zh\nlanguages: en\n\n"
				"%%rec: Lesson\n\nid: b1\ntitle: 一\n\n%%rec: Phrase\n\n");
	for (int i = 1; i <= 400; i++)
		len += (size_t)snprintf(text + len, cap - len, "id: b%03d\nzh: 第%d句\nen: Line %d\n\n",
					i, i, i);
	diag_init(&d);
	book = hb_parse(text, len, "big.hb", &d);
	content_begin(c, &err);
	content_apply(c, book, &counts, NULL, NULL, &err);
	content_commit(c, &err);
	hb_book_free(book);
	diag_free(&d);
	free(text);
	snprintf(path, sizeof path, "%s/training.db", dir);
	outfile_permit_create(path, false);
	t = training_open(path, &err);
	li = (struct learner){ .native = "zh", .target = "en", .retention = 0.9, .daily_new = 10 };
	snprintf(li.name, sizeof li.name, "Li");
	training_learner_add(t, &li, 0, &err);
	training_lesson_choose(t, li.id, "t", "l2", 0, &err);
}

static void lesson_load_reads_its_lesson(void)
{
	char *err = NULL;
	start_recording();
	struct hb_book *book = content_load_lesson(c, "t", "l2", &err);
	CHECK(book != NULL);
	CHECK_INT(book ? book->nitems : 0, 3); /* q1, q2, c1 */
	CHECK_STR(book && book->nitems ? book->items[0].id : NULL, "q1");
	hb_book_free(book);
	/* The items, their texts and their parts: three statements by the lesson. */
	CHECK_INT(check_recorded(false), 3);
	/* Each statement once: none is run again for every lesson of the handbook. */
	CHECK_INT(nruns, nseen);
}

static void whole_handbook_still_loads(void)
{
	char *err = NULL;
	struct hb_book *book = content_load_lesson(c, "t", NULL, &err);
	CHECK_INT(book ? book->nitems : 0, 6);
	CHECK_STR(book && book->nitems ? book->items[0].id : NULL, "p1");
	CHECK_STR(book && book->nitems > 2 ? book->items[3].texts[0].text : NULL, "我要去机场");
	CHECK_INT(book && book->nitems ? book->items[0].texts[1].nalts : 0, 1);
	hb_book_free(book);
	/* No items for a lesson the handbook does not have (the header alone). */
	book = content_load_lesson(c, "t", "", &err);
	CHECK(book && book->nitems == 0);
	CHECK_INT(book ? book->nlessons : 0, 2);
	hb_book_free(book);
}

static void study_start_uses_indexes(void)
{
	setenv("CORDIAL_NOW", "2026-11-29T09:00:00Z", 1);
	struct study_options opt = { .limit = 0, .seed = 1, .speech = false };
	char *err = NULL;
	start_recording();
	struct study *s = study_open(t, c, &li, &opt, &err);
	CHECK(s != NULL);
	struct study_prompt p;
	CHECK_INT(s ? study_next(s, &p, &err) : -1, 1);
	recording = false;
	/* The due cards, found through the index on (learner, state, due_ms). */
	bool due = false;
	for (size_t i = 0; i < nseen; i++) {
		char plan[4096];
		plan_of(i, plan, sizeof plan);
		if (strstr(plan, "card_by_state (learner=? AND state=? AND due_ms<?)"))
			due = true;
	}
	CHECK(due);
	CHECK(check_recorded(false) >= 1);
	if (s)
		study_close(s);
}

/* CORDIAL_NOW below, in milliseconds */
#define NOW_MS 1795942800000LL

/* A study session of a new learner of a handbook of 400 phrases with `due` of them
 * being learnt, due later today, and `reviews` + 2 reviews due now, the first two
 * the least retrievable; the learner in *out. */
static struct study *learner_with_cards(const char *name, int due, int reviews,
					struct learner *out)
{
	char *err = NULL, path[300];
	struct learner l = { .native = "zh", .target = "en", .retention = 0.9, .daily_new = 0 };
	snprintf(l.name, sizeof l.name, "%s", name);
	CHECK_INT(training_learner_add(t, &l, 0, &err), 0);
	CHECK_INT(training_lesson_choose(t, l.id, "big", "b1", 0, &err), 0);
	snprintf(path, sizeof path, "%s/training.db", dir);
	sqlite3 *db = NULL;
	CHECK_INT(sqlite3_open(path, &db), SQLITE_OK);
	char *sql = sqlite3_mprintf(
		"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d) "
		"INSERT INTO card (learner, handbook, item, skill, state, step, stability, "
		"difficulty, scheduled_days, due_ms, last_review_ms, reps, lapses, created_ms) "
		"SELECT %lld, 'big', printf('b%%03d', i), 'recognize', CASE WHEN i <= %d THEN 2 ELSE 1 "
		"END, 0, CASE WHEN i <= 2 THEN 1 ELSE 50 END, 5, 0, CASE WHEN i <= %d THEN %lld - "
		"86400000 + i ELSE %lld + 3600000 END, %lld - 86400000, 1, 0, 0 FROM n",
		due + reviews + 2, (long long)l.id, reviews + 2, reviews + 2, (long long)NOW_MS,
		(long long)NOW_MS, (long long)NOW_MS);
	CHECK_INT(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_free(sql);
	sqlite3_close(db);
	struct study_options opt = { .limit = 0, .seed = 1, .speech = false };
	struct study *s = study_open(t, c, &l, &opt, &err);
	CHECK(s != NULL);
	free(err);
	*out = l;
	return s;
}

/* The statements and rows that an answer to the first review and the prompt of the
 * second take, for such a learner. */
static void answer_cost(const char *name, int due, int reviews, size_t *runs, size_t *rows)
{
	char *err = NULL;
	struct learner l;
	struct study *s = learner_with_cards(name, due, reviews, &l);
	struct study_prompt p;
	CHECK_INT(s ? study_next(s, &p, &err) : -1, 1);
	CHECK_STR(s ? p.item->id : NULL, "b001");
	struct study_result r;
	start_recording();
	CHECK_INT(s ? study_answer(s, "", 3, &r, &err) : -1, 0);
	if (s)
		study_result_free(&r);
	CHECK_INT(s ? study_next(s, &p, &err) : -1, 1);
	recording = false;
	CHECK_STR(s ? p.item->id : NULL, "b002");
	/* no card was made since the first prompt: the cards due are read once, for
	 * the learning cards due now, not again for those no session asks */
	CHECK_INT(ran("id > ?8"), 1);
	long now = 0, later = 0;
	CHECK_INT(s ? study_due(s, NOW_MS, &now, &later, NULL, &err) : -1, 0);
	CHECK_INT(now, 1 + reviews);
	CHECK_INT(later, due);
	*runs = nruns;
	*rows = nrows;
	if (s)
		study_close(s);
	free(err);
}

/* After an answer, the counts shown ("N left") come from the store's counts, not
 * from reading every card due today and looking up each one's item; and the next
 * review is found among the day's reviews read once, not by reading them all
 * again for every prompt. */
static void answer_cost_flat_in_due_cards(void)
{
	size_t runs_few, rows_few, runs_many, rows_many, runs_reviews, rows_reviews;
	answer_cost("Few", 10, 0, &runs_few, &rows_few);
	answer_cost("Many", 300, 0, &runs_many, &rows_many);
	answer_cost("Reviews", 10, 300, &runs_reviews, &rows_reviews);
	printf("  %zu statements, %zu rows with 10 cards due; %zu, %zu with 300 more being "
	       "learnt; %zu, %zu with 300 more reviews\n",
	       runs_few, rows_few, runs_many, rows_many, runs_reviews, rows_reviews);
	CHECK_INT(runs_many, runs_few);
	CHECK(rows_many <= rows_few + 5);
	CHECK_INT(runs_reviews, runs_few);
	CHECK(rows_reviews <= rows_few + 5);
}

/* The line mode shows that an answer is saved as soon as it is, before it works
 * out the next prompt, even on a stream that is not a terminal (a pipe over ssh):
 * here after a card recalled and rated, where no change of rating is offered. */
static void ack_before_next_prompt(void)
{
	struct learner l;
	struct study *s = learner_with_cards("Acknowledged", 0, 2, &l);
	static char input[] = "\n3\nq\n";
	FILE *in = fmemopen(input, strlen(input), "r");
	FILE *out = fopencookie(NULL, "w", (cookie_io_functions_t){ .write = shown_write });
	CHECK(in && out);
	nshown = 0;
	shown[0] = '\0';
	watching_ack = true;
	answer_written = ack_held = false;
	CHECK_INT(s && in && out ? plain_study(s, NULL, &l, in, out) : -1, 0);
	watching_ack = false;
	if (out)
		fclose(out);
	if (in)
		fclose(in);
	CHECK(answer_written);
	CHECK(strstr(shown, "How well did you know it") != NULL);
	CHECK(strstr(shown, "Answer 1 saved") != NULL);
	CHECK(!ack_held);
	if (s)
		study_close(s);
}

/* A new item's cards are made in one statement, and the prompt after it counts
 * what waits today (cards due, items introduced) in one more. */
static void new_item_in_one_statement(void)
{
	char *err = NULL;
	struct learner l = { .name = "Newcomer", .native = "zh", .target = "en",
			     .retention = 0.9, .daily_new = 5 };
	CHECK_INT(training_learner_add(t, &l, 0, &err), 0);
	CHECK_INT(training_lesson_choose(t, l.id, "big", "b1", 0, &err), 0);
	struct study_options opt = { .limit = 0, .seed = 1, .speech = false };
	struct study *s = study_open(t, c, &l, &opt, &err);
	struct study_prompt p;
	CHECK_INT(s ? study_next(s, &p, &err) : -1, 1);
	CHECK_INT(s ? (int)p.kind : -1, STUDY_INTRODUCE);
	start_recording();
	CHECK_INT(s ? study_introduced(s, &err) : -1, 0);
	recording = false;
	printf("  introducing an item: %zu statement(s)\n", nruns);
	CHECK_INT(nruns, 1);
	CHECK(ran("INSERT INTO card"));
	start_recording();
	CHECK_INT(s ? study_next(s, &p, &err) : -1, 1);
	recording = false;
	CHECK_INT(ran("count("), 1);
	if (s)
		study_close(s);
	free(err);
}

int main(void)
{
	unit_program = "test_plan";
	if (!mkdtemp(dir))
		return 1;
	setenv("CORDIAL_TTS", "/bin/true", 1);
	setup();
	RUN(lesson_load_reads_its_lesson);
	RUN(whole_handbook_still_loads);
	RUN(study_start_uses_indexes);
	RUN(answer_cost_flat_in_due_cards);
	RUN(new_item_in_one_statement);
	RUN(ack_before_next_prompt);
	start_recording();
	recording = false;
	content_close(c);
	training_close(t);
	char cmd[400];
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	if (system(cmd) != 0)
		return 1;
	return unit_done();
}
