/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unit tests of the FSRS-6 core: ts-fsrs vectors replayed exactly, each formula at its edges. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fsrs.h"
#include "unit.h"

#define DATA	   "tests/data/fsrs/"
#define MAX_FIELDS 20

/* Splits the next line of *cursor into tab-separated fields (in place); returns
 * the number of fields, 0 at the end of the buffer. Skips '#' lines and headers
 * (lines whose first field does not start with a digit). */
static int next_row(char **cursor, char *fields[MAX_FIELDS])
{
	for (;;) {
		char *line = *cursor;
		if (!*line)
			return 0;
		char *end = strchr(line, '\n');
		if (end) {
			*end = '\0';
			*cursor = end + 1;
		} else {
			*cursor = line + strlen(line);
		}
		if (line[0] < '0' || line[0] > '9')
			continue;
		int n = 0;
		for (char *p = line;;) {
			fields[n++] = p;
			char *tab = strchr(p, '\t');
			if (!tab || n == MAX_FIELDS)
				break;
			*tab = '\0';
			p = tab + 1;
		}
		return n;
	}
}

static double num(const char *s)
{
	return strtod(s, NULL);
}

static struct fsrs_model model_with(const double *w, double retention, bool short_term)
{
	struct fsrs_model m;
	enum fsrs_error e = fsrs_model_init(&m, w ? w : fsrs_default_params, retention,
					    FSRS_MAX_INTERVAL, short_term);
	if (e != FSRS_OK)
		printf("  model_init failed: %d\n", (int)e);
	return m;
}

/* Parameters per history from a *.params.tsv file: "hist<TAB>w0,...,w20". */
struct param_table {
	int count;
	double (*w)[FSRS_NPARAMS];
};

static struct param_table read_params(const char *path)
{
	struct param_table t = {0, NULL};
	char *buf = unit_slurp(path, NULL), *cur = buf, *f[MAX_FIELDS];
	while (next_row(&cur, f) == 2) {
		int h = atoi(f[0]);
		if (h >= t.count) {
			t.w = realloc(t.w, (size_t)(h + 1) * sizeof *t.w);
			t.count = h + 1;
		}
		char *p = f[1];
		for (int i = 0; i < FSRS_NPARAMS; i++) {
			t.w[h][i] = strtod(p, &p);
			if (*p == ',')
				p++;
		}
	}
	free(buf);
	return t;
}

/* Replays a memory.tsv file (hist idx delta_t rating r_before s d ivl), following
 * the reference's state from row to row so one difference cannot cascade.
 * Returns the number of rows that differ in anything; *rows counts the rows. */
static int replay_memory(const char *path, const char *params_path, double retention,
			 bool short_term, int *rows)
{
	struct param_table params = {0, NULL};
	if (params_path)
		params = read_params(params_path);
	char *buf = unit_slurp(path, NULL), *cur = buf, *f[MAX_FIELDS];
	int bad = 0, shown = 0;
	long hist = -1;
	struct fsrs_model m = model_with(NULL, retention, short_term);
	struct fsrs_memory mem = {0, 0};
	*rows = 0;
	while (next_row(&cur, f) >= 8) {
		long h = atol(f[0]);
		if (h != hist) {
			hist = h;
			const double *w = params_path && h < params.count ? params.w[h] : NULL;
			if (params_path && !w)
				bad++;
			m = model_with(w, retention, short_term);
			mem.stability = mem.difficulty = 0;
		}
		struct fsrs_memory next;
		double r;
		int ok = fsrs_next_memory(&m, mem, num(f[2]), atoi(f[3]), &next, &r) == 0;
		int ivl = fsrs_next_interval(&m, next.stability);
		bool same = ok && next.stability == num(f[5]) && next.difficulty == num(f[6]) &&
			    ivl == atoi(f[7]) && (f[4][0] == '\0' || r == num(f[4]));
		if (!same) {
			bad++;
			if (shown++ < 5)
				printf(
				    "  %s hist %s idx %s: got s=%.17g d=%.17g r=%.17g ivl=%d; want "
				    "s=%s d=%s r=%s ivl=%s\n",
				    path, f[0], f[1], next.stability, next.difficulty, r, ivl, f[5],
				    f[6], f[4], f[7]);
		}
		mem.stability = num(f[5]);
		mem.difficulty = num(f[6]);
		(*rows)++;
	}
	free(buf);
	free(params.w);
	return bad;
}

static void test_memory_default(void)
{
	int rows = 0;
	CHECK_INT(replay_memory(DATA "memory.tsv", NULL, 0.9, true, &rows), 0);
	CHECK_INT(rows, 11270);
}

static void test_memory_random_params(void)
{
	int rows = 0;
	CHECK_INT(replay_memory(DATA "randparams_memory.tsv", DATA "randparams_memory.params.tsv",
				0.9, true, &rows),
		  0);
	CHECK(rows > 1000);
}

static void test_memory_retention_08(void)
{
	int rows = 0;
	CHECK_INT(replay_memory(DATA "r08_memory.tsv", NULL, 0.8, true, &rows), 0);
	CHECK(rows > 2000);
}

static void test_memory_no_short_term(void)
{
	int rows = 0;
	CHECK_INT(replay_memory(DATA "noshort_memory.tsv", NULL, 0.9, false, &rows), 0);
	CHECK(rows > 2000);
	CHECK_INT(replay_memory(DATA "noshort_rp_memory.tsv", DATA "noshort_rp_memory.params.tsv",
				0.9, false, &rows),
		  0);
	CHECK(rows > 1000);
}

static enum fsrs_state state_named(const char *name)
{
	if (!strcasecmp(name, "learning"))
		return FSRS_LEARNING;
	if (!strcasecmp(name, "review"))
		return FSRS_REVIEW;
	if (!strcasecmp(name, "relearning"))
		return FSRS_RELEARNING;
	return FSRS_NEW;
}

/* Replays scheduler.tsv (hist idx t_ms dt_min elapsed_days rating state_before
 * step_before state step r_before s d scheduled_days due_min reps lapses). */
static int replay_scheduler(const char *path, bool short_term, int *rows)
{
	char *buf = unit_slurp(path, NULL), *cur = buf, *f[MAX_FIELDS];
	struct fsrs_scheduler sched;
	fsrs_scheduler_defaults(&sched);
	sched.model = model_with(NULL, 0.9, short_term);
	struct fsrs_card card;
	long hist = -1;
	int bad = 0, shown = 0;
	*rows = 0;
	while (next_row(&cur, f) >= 17) {
		int64_t now = strtoll(f[2], NULL, 10);
		if (atol(f[0]) != hist) {
			hist = atol(f[0]);
			fsrs_card_init(&card, now);
		}
		int elapsed = card.state == FSRS_NEW
				  ? 0
				  : (int)fsrs_elapsed_days(&sched, card.last_review_ms, now);
		struct fsrs_card next;
		int ok = fsrs_schedule(&sched, &card, now, atoi(f[5]), &next) == 0;
		bool same = ok && elapsed == atoi(f[4]) && card.state == state_named(f[6]) &&
			    card.step == atoi(f[7]) && next.state == state_named(f[8]) &&
			    next.step == atoi(f[9]) && next.memory.stability == num(f[11]) &&
			    next.memory.difficulty == num(f[12]) &&
			    next.scheduled_days == atoi(f[13]) &&
			    next.due_ms - now == atoll(f[14]) * 60000 && next.reps == atoi(f[15]) &&
			    next.lapses == atoi(f[16]) && next.last_review_ms == now;
		if (!same) {
			bad++;
			if (shown++ < 5)
				printf("  %s hist %s idx %s: got state=%d step=%d s=%.17g d=%.17g "
				       "days=%d due_min=%lld reps=%d lapses=%d\n",
				       path, f[0], f[1], (int)next.state, next.step,
				       next.memory.stability, next.memory.difficulty,
				       next.scheduled_days,
				       (long long)((next.due_ms - now) / 60000), next.reps,
				       next.lapses);
		}
		/* Follow the reference. */
		card.state = state_named(f[8]);
		card.step = atoi(f[9]);
		card.memory.stability = num(f[11]);
		card.memory.difficulty = num(f[12]);
		card.scheduled_days = atoi(f[13]);
		card.due_ms = now + atoll(f[14]) * 60000;
		card.reps = atoi(f[15]);
		card.lapses = atoi(f[16]);
		card.last_review_ms = now;
		(*rows)++;
	}
	free(buf);
	return bad;
}

static void test_scheduler(void)
{
	int rows = 0;
	CHECK_INT(replay_scheduler(DATA "scheduler.tsv", true, &rows), 0);
	CHECK_INT(rows, 6358);
}

static void test_scheduler_no_short_term(void)
{
	int rows = 0;
	CHECK_INT(replay_scheduler(DATA "noshort_scheduler.tsv", false, &rows), 0);
	CHECK(rows > 2000);
}

/* Replays a steps_*.tsv file made with other step settings (named on its first
 * line), running the scheduler on its own card from the first row to the last. */
static int replay_steps(const char *path, int *rows)
{
	char *buf = unit_slurp(path, NULL), *cur = buf, *f[MAX_FIELDS];
	struct fsrs_scheduler sched;
	fsrs_scheduler_defaults(&sched);
	char learning[64] = "", relearning[64] = "";
	double retention = 0;
	const char *conf = strstr(buf, "learning=");
	if (!conf || sscanf(conf, "learning=%63s relearning=%63s retention=%lf", learning,
			    relearning, &retention) != 3) {
		free(buf);
		return -1;
	}
	if (fsrs_steps_parse(strcmp(learning, "-") ? learning : "", &sched.learning) ||
	    fsrs_steps_parse(strcmp(relearning, "-") ? relearning : "", &sched.relearning)) {
		free(buf);
		return -1;
	}
	double w[FSRS_NPARAMS];
	memcpy(w, fsrs_default_params, sizeof w);
	fsrs_params_clip(w, sched.relearning.count, true);
	sched.model = model_with(w, retention, true);
	struct fsrs_card card;
	long hist = -1;
	int bad = 0, shown = 0;
	*rows = 0;
	while (next_row(&cur, f) >= 11) {
		int64_t now = strtoll(f[1], NULL, 10);
		if (atol(f[0]) != hist) {
			hist = atol(f[0]);
			fsrs_card_init(&card, now);
		}
		int ok = fsrs_schedule(&sched, &card, now, atoi(f[2]), &card) == 0;
		bool same =
		    ok && card.state == state_named(f[3]) && card.step == atoi(f[4]) &&
		    card.memory.stability == num(f[5]) && card.memory.difficulty == num(f[6]) &&
		    card.scheduled_days == atoi(f[7]) && card.due_ms == strtoll(f[8], NULL, 10) &&
		    card.reps == atoi(f[9]) && card.lapses == atoi(f[10]);
		if (!same) {
			bad++;
			if (shown++ < 5)
				printf("  %s hist %s t %s: got state=%d step=%d s=%.17g d=%.17g "
				       "days=%d due=%lld reps=%d lapses=%d\n",
				       path, f[0], f[1], (int)card.state, card.step,
				       card.memory.stability, card.memory.difficulty,
				       card.scheduled_days, (long long)card.due_ms, card.reps,
				       card.lapses);
			/* Resynchronise so one difference is reported once. */
			card.state = state_named(f[3]);
			card.step = atoi(f[4]);
			card.memory.stability = num(f[5]);
			card.memory.difficulty = num(f[6]);
			card.scheduled_days = atoi(f[7]);
			card.due_ms = strtoll(f[8], NULL, 10);
			card.reps = atoi(f[9]);
			card.lapses = atoi(f[10]);
		}
		(*rows)++;
	}
	free(buf);
	return bad;
}

static void test_scheduler_other_steps(void)
{
	static const char *files[] = {"steps_5m_10m1h.tsv", "steps_1m2d_1d.tsv", "steps_none.tsv",
				      "steps_3_r085.tsv"};
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		char path[128];
		snprintf(path, sizeof path, DATA "%s", files[i]);
		int rows = 0;
		CHECK_INT(replay_steps(path, &rows), 0);
		CHECK(rows > 1000);
	}
}

static void test_fuzz_range(void)
{
	char *buf = unit_slurp(DATA "fuzz_range.tsv", NULL), *cur = buf, *f[MAX_FIELDS];
	int rows = 0, bad = 0;
	while (next_row(&cur, f) >= 5) {
		int ivl = atoi(f[0]), elapsed = atoi(f[1]), max = atoi(f[2]);
		int lo, hi;
		fsrs_fuzz_range(ivl, elapsed, max, &lo, &hi);
		if (lo != atoi(f[3]) || hi != atoi(f[4])) {
			if (bad++ < 5)
				printf("  fuzz %d %d %d: got [%d, %d] want [%s, %s]\n", ivl,
				       elapsed, max, lo, hi, f[3], f[4]);
		}
		/* Fuzzed intervals stay in the range at both ends of u. */
		if (ivl >= 3) {
			int a = fsrs_fuzz_interval(ivl, elapsed, max, 0.0);
			int b = fsrs_fuzz_interval(ivl, elapsed, max, 0.9999999999);
			if (a != lo || b != hi)
				bad++;
		} else if (fsrs_fuzz_interval(ivl, elapsed, max, 0.7) != ivl) {
			bad++;
		}
		rows++;
	}
	free(buf);
	CHECK_INT(bad, 0);
	CHECK_INT(rows, 3210);
}

static void test_fuzz_seeded(void)
{
	struct fsrs_scheduler sched;
	fsrs_scheduler_defaults(&sched);
	sched.model = model_with(NULL, 0.9, true);
	sched.fuzz = true;
	sched.fuzz_seed = 42;
	/* A review card with S = 40: unfuzzed Good would be 40-something days. */
	struct fsrs_card card;
	fsrs_card_init(&card, 0);
	card.state = FSRS_REVIEW;
	card.memory = (struct fsrs_memory){40, 5};
	card.reps = 5;
	card.last_review_ms = 0;
	int64_t now = 40 * FSRS_DAY_MS;
	struct fsrs_card a, b, plain;
	CHECK_INT(fsrs_schedule(&sched, &card, now, FSRS_GOOD, &a), 0);
	CHECK_INT(fsrs_schedule(&sched, &card, now, FSRS_GOOD, &b), 0);
	CHECK_INT(a.scheduled_days, b.scheduled_days);
	CHECK_INT(a.due_ms, now + a.scheduled_days * FSRS_DAY_MS);
	sched.fuzz = false;
	CHECK_INT(fsrs_schedule(&sched, &card, now, FSRS_GOOD, &plain), 0);
	int lo, hi;
	fsrs_fuzz_range(plain.scheduled_days, 40, FSRS_MAX_INTERVAL, &lo, &hi);
	CHECK(a.scheduled_days >= lo && a.scheduled_days <= hi);
	CHECK(hi - lo >= 4);
	/* Over many seeds every day of the range comes up, and nothing outside it. */
	sched.fuzz = true;
	int seen[64] = {0};
	bool outside = false;
	for (uint64_t seed = 0; seed < 2000; seed++) {
		sched.fuzz_seed = seed;
		CHECK_INT(fsrs_schedule(&sched, &card, now, FSRS_GOOD, &a), 0);
		if (a.scheduled_days < lo || a.scheduled_days > hi)
			outside = true;
		else
			seen[a.scheduled_days - lo] = 1;
	}
	CHECK(!outside);
	int covered = 0;
	for (int i = 0; i <= hi - lo; i++)
		covered += seen[i];
	CHECK_INT(covered, hi - lo + 1);
	/* The u values are uniform enough and always in [0, 1). */
	double sum = 0;
	for (int i = 0; i < 10000; i++) {
		double u = fsrs_fuzz_u(7, i, 3);
		CHECK(u >= 0 && u < 1);
		sum += u;
	}
	CHECK(fabs(sum / 10000 - 0.5) < 0.02);
}

static void test_round8(void)
{
	CHECK(fsrs_round8(0.123456785) == 0.12345679);
	CHECK(fsrs_round8(-2.5e-8) == -2e-8); /* JavaScript rounds halves up */
	CHECK(fsrs_round8(-2.6e-8) == -3e-8);
	CHECK(fsrs_round8(36500.0) == 36500.0);
	CHECK(fsrs_round8(1.0 / 3) == 0.33333333);
	CHECK(signbit(fsrs_round8(-0.0)));
}

static void test_defaults_and_constants(void)
{
	struct fsrs_model m = model_with(NULL, 0.9, true);
	CHECK(m.factor == 0.98034649);
	CHECK(m.interval_modifier == 1.0);
	CHECK(model_with(NULL, 0.8, true).interval_modifier == 3.3159598);
	CHECK(model_with(NULL, 0.85, true).interval_modifier == 1.90642614);
	CHECK(model_with(NULL, 0.95, true).interval_modifier == 0.40255869);
	CHECK(model_with(NULL, 0.97, true).interval_modifier == 0.22276844);
	/* R(S, S) = 0.9 for any decay. */
	CHECK(fsrs_retrievability(&m, 10, 10) == 0.9);
	CHECK(fsrs_retrievability(&m, 0, 10) == 1.0);
	CHECK(fsrs_init_difficulty(&m, FSRS_AGAIN) == 6.4133);
	CHECK(fsrs_init_difficulty(&m, FSRS_HARD) == 5.11217071);
	CHECK(fsrs_init_difficulty(&m, FSRS_GOOD) == 2.11810397);
	CHECK(fsrs_init_difficulty(&m, FSRS_EASY) == 1.0); /* -4.77 clamped */
	for (int g = 1; g <= 4; g++)
		CHECK(fsrs_init_stability(&m, g) == fsrs_default_params[g - 1]);
	struct fsrs_model bad;
	CHECK_INT(fsrs_model_init(&bad, fsrs_default_params, 0, 100, true), FSRS_ERR_RETENTION);
	CHECK_INT(fsrs_model_init(&bad, fsrs_default_params, 1.01, 100, true), FSRS_ERR_RETENTION);
	CHECK_INT(fsrs_model_init(&bad, fsrs_default_params, NAN, 100, true), FSRS_ERR_RETENTION);
	CHECK_INT(fsrs_model_init(&bad, fsrs_default_params, 0.9, 0, true), FSRS_ERR_MAX_INTERVAL);
	CHECK_INT(fsrs_model_init(&bad, fsrs_default_params, 1.0, 100, true), FSRS_OK);
}

static void test_stability_floor_and_ceiling(void)
{
	struct fsrs_model m = model_with(NULL, 0.9, true);
	/* The initial stability is at least 0.1 even when w0 is at its 0.001 floor. */
	double w[FSRS_NPARAMS];
	memcpy(w, fsrs_default_params, sizeof w);
	w[0] = 0.001;
	struct fsrs_model low = model_with(w, 0.9, true);
	CHECK(fsrs_init_stability(&low, FSRS_AGAIN) == 0.1);
	/* Repeated lapses drive S to the floor and keep it there. */
	struct fsrs_memory mem = {0, 0};
	CHECK_INT(fsrs_next_memory(&m, mem, 0, FSRS_AGAIN, &mem, NULL), 0);
	for (int i = 0; i < 60; i++)
		CHECK_INT(fsrs_next_memory(&m, mem, 1, FSRS_AGAIN, &mem, NULL), 0);
	CHECK(mem.stability == FSRS_S_MIN);
	CHECK(mem.difficulty > 9.9 && mem.difficulty < 10); /* mean reversion keeps it below 10 */
	CHECK_INT(fsrs_next_interval(&m, mem.stability), 1);
	/* Same-day Agains cannot go below the floor either. */
	CHECK(fsrs_short_term_stability(&m, FSRS_S_MIN, FSRS_AGAIN) == FSRS_S_MIN);
	/* Easy reviews at the interval drive S to the ceiling and the interval to the max. */
	mem = (struct fsrs_memory){0, 0};
	CHECK_INT(fsrs_next_memory(&m, mem, 0, FSRS_EASY, &mem, NULL), 0);
	for (int i = 0; i < 60; i++) {
		int ivl = fsrs_next_interval(&m, mem.stability);
		CHECK_INT(fsrs_next_memory(&m, mem, ivl, FSRS_EASY, &mem, NULL), 0);
	}
	CHECK(mem.stability == FSRS_S_MAX);
	CHECK(mem.difficulty == 1.0);
	CHECK_INT(fsrs_next_interval(&m, mem.stability), FSRS_MAX_INTERVAL);
	CHECK(fsrs_recall_stability(&m, 1, FSRS_S_MAX, 0.5, FSRS_EASY) == FSRS_S_MAX);
	/* A smaller maximum interval caps the interval, not the stability. */
	struct fsrs_model capped;
	CHECK_INT(fsrs_model_init(&capped, fsrs_default_params, 0.9, 365, true), FSRS_OK);
	CHECK_INT(fsrs_next_interval(&capped, 1000), 365);
	CHECK_INT(fsrs_next_interval(&capped, 200.4), 200);
	CHECK_INT(fsrs_next_interval(&capped, 200.5), 201);
	CHECK_INT(fsrs_next_interval(&capped, 0.2), 1);
}

static void test_difficulty_clamps(void)
{
	struct fsrs_model m = model_with(NULL, 0.9, true);
	/* Linear damping: Again at D = 10 adds nothing; mean reversion pulls slightly down. */
	double d = fsrs_next_difficulty(&m, 10, FSRS_AGAIN);
	CHECK(d < 10 && d > 9.98);
	/* Easy from D = 1 would go below 1: clamped. */
	CHECK(fsrs_next_difficulty(&m, 1, FSRS_EASY) == 1.0);
	CHECK(fsrs_next_difficulty(&m, 1.2, FSRS_EASY) == 1.0);
	/* Good leaves D almost unchanged (only mean reversion). */
	double g = fsrs_next_difficulty(&m, 5, FSRS_GOOD);
	CHECK(g < 5 && g > 4.98);
	CHECK(g == fsrs_round8(0.001 * fsrs_round8(6.4133 - exp(3 * 0.8334) + 1) + 0.999 * 5));
	/* Difficulty never leaves [1, 10] whatever the ratings. */
	struct fsrs_memory mem = {0, 0};
	bool inside = true;
	unsigned x = 12345;
	for (int i = 0; i < 2000; i++) {
		x = x * 1103515245u + 12345u;
		int rating = 1 + (int)((x >> 16) % 4);
		CHECK_INT(fsrs_next_memory(&m, mem, (x >> 8) % 3, rating, &mem, NULL), 0);
		if (mem.difficulty < 1 || mem.difficulty > 10 || mem.stability < FSRS_S_MIN ||
		    mem.stability > FSRS_S_MAX)
			inside = false;
	}
	CHECK(inside);
}

static void test_huge_gaps(void)
{
	struct fsrs_model m = model_with(NULL, 0.9, true);
	struct fsrs_memory mem = {0, 0}, next;
	CHECK_INT(fsrs_next_memory(&m, mem, 0, FSRS_GOOD, &mem, NULL), 0);
	double r;
	/* 100 years later R is tiny but positive; a Good then multiplies S a lot. */
	CHECK_INT(fsrs_next_memory(&m, mem, 36500, FSRS_GOOD, &next, &r), 0);
	CHECK(r > 0 && r < 0.5);
	CHECK(next.stability > 20 * mem.stability);
	CHECK(next.stability <= FSRS_S_MAX);
	/* A lapse after a huge gap never raises stability. */
	CHECK_INT(fsrs_next_memory(&m, mem, 1e6, FSRS_AGAIN, &next, &r), 0);
	CHECK(next.stability <= mem.stability);
	CHECK(next.stability >= FSRS_S_MIN);
	/* Recall falls monotonically with time. */
	double prev = 1.0;
	bool falling = true;
	for (double t = 1; t < 1e6; t *= 3) {
		double rt = fsrs_retrievability(&m, t, 5);
		if (!(rt <= prev) || rt <= 0)
			falling = false;
		prev = rt;
	}
	CHECK(falling);
}

static void test_same_day(void)
{
	struct fsrs_model m = model_with(NULL, 0.9, true);
	struct fsrs_memory mem = {0, 0};
	CHECK_INT(fsrs_next_memory(&m, mem, 0, FSRS_GOOD, &mem, NULL), 0);
	/* Same-day Hard, Good and Easy never lower S; Again can. */
	for (int g = FSRS_HARD; g <= FSRS_EASY; g++)
		CHECK(fsrs_short_term_stability(&m, mem.stability, g) >= mem.stability);
	CHECK(fsrs_short_term_stability(&m, mem.stability, FSRS_AGAIN) < mem.stability);
	/* S^-w19 makes same-day gains shrink as S grows: at S = 1000 a Good adds nothing. */
	CHECK(fsrs_short_term_stability(&m, 1000, FSRS_GOOD) == 1000);
	/* A long run of same-day Goods converges instead of growing without bound. */
	for (int i = 0; i < 500; i++)
		CHECK_INT(fsrs_next_memory(&m, mem, 0, FSRS_GOOD, &mem, NULL), 0);
	CHECK(mem.stability < 20);
	/* With short-term off a same-day review uses the long-term formulas (R = 1). */
	struct fsrs_model off = model_with(NULL, 0.9, false);
	struct fsrs_memory a = {5, 5}, b;
	CHECK_INT(fsrs_next_memory(&off, a, 0, FSRS_GOOD, &b, NULL), 0);
	CHECK(b.stability == 5); /* e^(w10 * 0) - 1 = 0 */
	CHECK_INT(fsrs_next_memory(&off, a, 0, FSRS_AGAIN, &b, NULL), 0);
	CHECK(b.stability <= 5);
}

static void test_invalid_memory_input(void)
{
	struct fsrs_model m = model_with(NULL, 0.9, true);
	struct fsrs_memory mem = {3, 5}, next = {-1, -1};
	CHECK_INT(fsrs_next_memory(&m, mem, -1, FSRS_GOOD, &next, NULL), -1);
	CHECK_INT(fsrs_next_memory(&m, mem, NAN, FSRS_GOOD, &next, NULL), -1);
	CHECK_INT(fsrs_next_memory(&m, mem, 1, 0, &next, NULL), -1);
	CHECK_INT(fsrs_next_memory(&m, mem, 1, 5, &next, NULL), -1);
	CHECK_INT(fsrs_next_memory(&m, (struct fsrs_memory){3, 0.5}, 1, 3, &next, NULL), -1);
	CHECK_INT(fsrs_next_memory(&m, (struct fsrs_memory){0.0001, 5}, 1, 3, &next, NULL), -1);
	CHECK(next.stability == -1 && next.difficulty == -1);
	/* A new card ignores the elapsed time. */
	CHECK_INT(fsrs_next_memory(&m, (struct fsrs_memory){0, 0}, 99, 3, &next, NULL), 0);
	CHECK(next.stability == 2.3065);
}

static void test_params(void)
{
	int bad;
	double w[FSRS_NPARAMS];
	memcpy(w, fsrs_default_params, sizeof w);
	CHECK_INT(fsrs_params_check(w, 21, true, &bad), FSRS_OK);
	CHECK_INT(bad, -1);
	CHECK_INT(fsrs_params_check(w, 20, true, &bad), FSRS_ERR_COUNT);
	CHECK_INT(fsrs_params_check(w, 19, true, &bad), FSRS_OK);
	CHECK_INT(fsrs_params_check(w, 17, true, &bad), FSRS_OK);
	w[20] = 0.05;
	CHECK_INT(fsrs_params_check(w, 21, true, &bad), FSRS_ERR_RANGE);
	CHECK_INT(bad, 20);
	w[20] = 0.1542;
	w[4] = INFINITY;
	CHECK_INT(fsrs_params_check(w, 21, true, &bad), FSRS_ERR_NOT_FINITE);
	CHECK_INT(bad, 4);
	w[4] = 6.4133;
	w[19] = 0;
	CHECK_INT(fsrs_params_check(w, 21, true, &bad), FSRS_ERR_RANGE);
	CHECK_INT(bad, 19);
	CHECK_INT(fsrs_params_check(w, 21, false, &bad), FSRS_OK);

	/* Clipping with several relearning steps lowers the w17/w18 ceiling. */
	double c[FSRS_NPARAMS];
	memcpy(c, fsrs_default_params, sizeof c);
	c[17] = c[18] = 2.0;
	fsrs_params_clip(c, 1, true);
	CHECK(c[17] == 2.0 && c[18] == 2.0);
	fsrs_params_clip(c, 2, true);
	/* v = -(ln 1.4835 + ln(2^0.2629 - 1) + 0.3 * 1.6483) / 2 */
	double v = -(log(1.4835) + log(pow(2.0, 0.2629) - 1.0) + 1.6483 * 0.3) / 2;
	CHECK(c[17] == fsrs_round8(sqrt(v)) && c[18] == c[17]);
	CHECK(c[17] == 0.60045935); /* ts-fsrs 5.4.2 */
	/* Everything else is clamped to the fixed table. */
	double wild[FSRS_NPARAMS];
	for (int i = 0; i < FSRS_NPARAMS; i++)
		wild[i] = i % 2 ? 1e9 : -1e9;
	fsrs_params_clip(wild, 1, true);
	CHECK_INT(fsrs_params_check(wild, 21, true, &bad), FSRS_OK);
	CHECK(wild[0] == 0.001 && wild[1] == 100 && wild[20] == 0.1);
}

static void test_migration(void)
{
	/* Values checked against ts-fsrs 5.4.2 generatorParameters({ w }).w. */
	static const double fsrs5[19] = {
	    0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046,	1.54575, 0.1192,
	    1.01925, 1.9395,  0.11,  0.29605,  2.2698, 0.2315, 2.9898, 0.51655, 0.6621};
	double out[FSRS_NPARAMS];
	CHECK_INT(fsrs_params_migrate(fsrs5, 19, 1, true, out), FSRS_OK);
	CHECK(memcmp(out, fsrs5, sizeof fsrs5) == 0);
	CHECK(out[19] == 0.01); /* appended 0, then lifted to the short-term floor */
	CHECK(out[20] == 0.5);
	CHECK_INT(fsrs_params_migrate(fsrs5, 19, 1, false, out), FSRS_OK);
	CHECK(out[19] == 0.0);

	static const double fsrs45[17] = {0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298,
					  0.8975, 0.031,  1.6474, 0.1367,  1.0461, 2.1072,
					  0.0793, 0.3246, 1.587,  0.2272,  2.8755};
	CHECK_INT(fsrs_params_migrate(fsrs45, 17, 1, true, out), FSRS_OK);
	CHECK(out[4] == 7.6214);
	CHECK(out[5] == 0.51510155);
	CHECK(out[6] == 1.3975);
	CHECK(out[17] == 0 && out[18] == 0 && out[19] == 0.01 && out[20] == 0.5);
	CHECK(out[16] == 2.8755);

	double w21[FSRS_NPARAMS];
	memcpy(w21, fsrs_default_params, sizeof w21);
	w21[3] = 250;
	CHECK_INT(fsrs_params_migrate(w21, 21, 1, true, out), FSRS_OK);
	CHECK(out[3] == 100);
	CHECK_INT(fsrs_params_migrate(w21, 18, 1, true, out), FSRS_ERR_COUNT);
	w21[3] = NAN;
	CHECK_INT(fsrs_params_migrate(w21, 21, 1, true, out), FSRS_ERR_NOT_FINITE);
}

static void test_steps_parse(void)
{
	struct fsrs_steps s;
	CHECK_INT(fsrs_steps_parse("1m,10m", &s), 0);
	CHECK_INT(s.count, 2);
	CHECK_INT(s.minutes[0], 1);
	CHECK_INT(s.minutes[1], 10);
	CHECK_INT(fsrs_steps_parse("2h,3d", &s), 0);
	CHECK_INT(s.minutes[0], 120);
	CHECK_INT(s.minutes[1], 4320);
	CHECK_INT(fsrs_steps_parse("", &s), 0);
	CHECK_INT(s.count, 0);
	s.count = 7;
	CHECK_INT(fsrs_steps_parse("10", &s), -1);
	CHECK_INT(fsrs_steps_parse("10s", &s), -1);
	CHECK_INT(fsrs_steps_parse("1m,", &s), -1);
	CHECK_INT(fsrs_steps_parse(",1m", &s), -1);
	CHECK_INT(fsrs_steps_parse("-1m", &s), -1);
	CHECK_INT(fsrs_steps_parse("1m 2m", &s), -1);
	CHECK_INT(fsrs_steps_parse("99999999999d", &s), -1);
	CHECK_INT(fsrs_steps_parse("1m,1m,1m,1m,1m,1m,1m,1m,1m,1m,1m,1m,1m,1m,1m,1m,1m", &s), -1);
	CHECK_INT(s.count, 7); /* untouched on error */
}

static void test_scheduler_edges(void)
{
	struct fsrs_scheduler sched;
	fsrs_scheduler_defaults(&sched);
	sched.model = model_with(NULL, 0.9, true);
	/* 23:50 then 00:05 UTC the next day count as one day, as in ts-fsrs. */
	int64_t day = 19700 * FSRS_DAY_MS;
	CHECK_INT(fsrs_elapsed_days(&sched, day - 10 * 60000, day + 5 * 60000), 1);
	CHECK_INT(fsrs_elapsed_days(&sched, day + 60000, day + FSRS_DAY_MS - 1), 0);
	CHECK_INT(fsrs_elapsed_days(&sched, -1, 0), 1); /* before 1970 too */
	/* Local days: an offset moves the boundary. */
	sched.day_offset_ms = -4 * 3600000LL;
	CHECK_INT(fsrs_elapsed_days(&sched, day - 10 * 60000, day + 5 * 60000), 0);
	sched.day_offset_ms = 0;

	struct fsrs_card card, preview[4];
	fsrs_card_init(&card, day);
	CHECK_INT(fsrs_schedule_preview(&sched, &card, day, preview), 0);
	/* New card: Again 1 min, Hard 6 min, Good 10 min (all learning), Easy graduates. */
	CHECK_INT(preview[0].state, FSRS_LEARNING);
	CHECK_INT(preview[0].due_ms - day, 60000);
	CHECK_INT(preview[1].due_ms - day, 6 * 60000);
	CHECK_INT(preview[2].due_ms - day, 10 * 60000);
	CHECK_INT(preview[2].step, 1);
	CHECK_INT(preview[3].state, FSRS_REVIEW);
	CHECK_INT(preview[3].scheduled_days, 8);
	for (int i = 0; i < 4; i++)
		CHECK_INT(preview[i].reps, 1);

	/* Review card: Again goes to relearning for 10 min and counts a lapse; the
	 * other three are ordered h < g < e. */
	struct fsrs_card rev;
	fsrs_card_init(&rev, day);
	rev.state = FSRS_REVIEW;
	rev.memory = (struct fsrs_memory){0.5, 9};
	rev.last_review_ms = day - FSRS_DAY_MS;
	rev.reps = 4;
	CHECK_INT(fsrs_schedule_preview(&sched, &rev, day, preview), 0);
	CHECK_INT(preview[0].state, FSRS_RELEARNING);
	CHECK_INT(preview[0].lapses, 1);
	CHECK_INT(preview[0].due_ms - day, 10 * 60000);
	CHECK(preview[1].scheduled_days < preview[2].scheduled_days);
	CHECK(preview[2].scheduled_days < preview[3].scheduled_days);
	CHECK(preview[1].scheduled_days >= 1);
	/* Time going backwards and bad ratings are refused. */
	CHECK_INT(fsrs_schedule(&sched, &rev, rev.last_review_ms - 1, FSRS_GOOD, preview), -1);
	CHECK_INT(fsrs_schedule(&sched, &rev, day, 0, preview), -1);
	CHECK_INT(fsrs_schedule(&sched, &rev, day, 5, preview), -1);

	/* Without short-term scheduling, a new card's four grades are ordered reviews. */
	sched.model = model_with(NULL, 0.9, false);
	CHECK_INT(fsrs_schedule_preview(&sched, &card, day, preview), 0);
	for (int i = 0; i < 4; i++)
		CHECK_INT(preview[i].state, FSRS_REVIEW);
	CHECK(preview[0].scheduled_days < preview[1].scheduled_days);
	CHECK(preview[1].scheduled_days < preview[2].scheduled_days);
	CHECK(preview[2].scheduled_days < preview[3].scheduled_days);
	CHECK_INT(preview[0].lapses, 0);
}

int main(void)
{
	unit_program = "test_fsrs";
	RUN(test_memory_default);
	RUN(test_memory_random_params);
	RUN(test_memory_retention_08);
	RUN(test_memory_no_short_term);
	RUN(test_scheduler);
	RUN(test_scheduler_no_short_term);
	RUN(test_scheduler_other_steps);
	RUN(test_fuzz_range);
	RUN(test_fuzz_seeded);
	RUN(test_round8);
	RUN(test_defaults_and_constants);
	RUN(test_stability_floor_and_ceiling);
	RUN(test_difficulty_clamps);
	RUN(test_huge_gaps);
	RUN(test_same_day);
	RUN(test_invalid_memory_input);
	RUN(test_params);
	RUN(test_migration);
	RUN(test_steps_parse);
	RUN(test_scheduler_edges);
	return unit_done();
}
