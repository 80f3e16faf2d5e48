/* SPDX-License-Identifier: GPL-3.0-or-later */
/* FSRS-6 memory model and ts-fsrs 5 scheduler, written to round exactly as ts-fsrs does. */
#include "fsrs.h"
#include "jsmath.h"

#include <math.h>
#include <string.h>

/* Every expression below keeps the operand order of the reference so that the
 * same IEEE operations happen in the same order; 8-decimal rounding is applied
 * exactly where ts-fsrs applies it. */

const double fsrs_default_params[FSRS_NPARAMS] = {
    0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
};

#define W17_W18_CEILING 2.0
#define INIT_S_MAX	100.0
#define FSRS5_DECAY	0.5

static const double param_lo[FSRS_NPARAMS] = {
    FSRS_S_MIN, FSRS_S_MIN, FSRS_S_MIN, FSRS_S_MIN, 1.0, 0.001, 0.001, 0.001, 0.0,  0.0, 0.001,
    0.001,	0.001,	    0.001,	0.0,	    0.0, 1.0,	0.0,   0.0,   0.01, 0.1,
};
static const double param_hi[FSRS_NPARAMS] = {
    INIT_S_MAX,
    INIT_S_MAX,
    INIT_S_MAX,
    INIT_S_MAX,
    10.0,
    4.0,
    4.0,
    0.75,
    4.5,
    0.8,
    3.5,
    5.0,
    0.25,
    0.9,
    4.0,
    1.0,
    6.0,
    W17_W18_CEILING,
    W17_W18_CEILING,
    0.8,
    0.8,
};

/* Math.min(Math.max(x, lo), hi) for numbers (the inputs are never NaN here). */
static double clamp(double x, double lo, double hi)
{
	double low = x < lo ? lo : x;
	return low > hi ? hi : low;
}

/* Math.max(x, floor) for a floor that is a number: like fmax(), the floor wins
 * over NaN, but without a call into libm on the hot path. */
static inline double at_least(double x, double floor_value)
{
	return x > floor_value ? x : floor_value;
}

/* JavaScript's Math.round: the nearest integer, halves toward +infinity. */
static double js_round(double x)
{
	double f = floor(x);
	return x - f >= 0.5 ? f + 1.0 : f;
}

static inline double round8(double x)
{
	return js_round(x * 1e8) / 1e8;
}

double fsrs_round8(double x)
{
	return round8(x);
}

/* +x.toFixed(8): the integer n nearest to the exact value x * 10^8 (ties away
 * from zero), divided by 10^8.  fma() gives the rounding error of the product, so
 * the comparison with the half is exact. */
static double to_fixed8(double x)
{
	double a = fabs(x);
	double p = a * 1e8;
	double e = fma(a, 1e8, -p); /* a * 1e8 == p + e exactly */
	double n = floor(p);
	double diff = (p - n - 0.5) + e;
	if (diff >= 0)
		n += 1.0;
	double r = n / 1e8;
	return x < 0 ? -r : r;
}

void fsrs_param_range(int i, bool short_term, double *lo, double *hi)
{
	*lo = param_lo[i];
	*hi = param_hi[i];
	if (i == 19 && !short_term)
		*lo = 0.0;
}

enum fsrs_error fsrs_params_check(const double *w, size_t n, bool short_term, int *bad_index)
{
	if (bad_index)
		*bad_index = -1;
	if (n != 17 && n != 19 && n != 21)
		return FSRS_ERR_COUNT;
	for (size_t i = 0; i < n; i++) {
		if (!isfinite(w[i])) {
			if (bad_index)
				*bad_index = (int)i;
			return FSRS_ERR_NOT_FINITE;
		}
	}
	for (size_t i = 0; i < n; i++) {
		double lo, hi;
		fsrs_param_range((int)i, short_term, &lo, &hi);
		if (w[i] < lo || w[i] > hi) {
			if (bad_index)
				*bad_index = (int)i;
			return FSRS_ERR_RANGE;
		}
	}
	return FSRS_OK;
}

/* ts-fsrs clipParameters() on the first n parameters. */
static void clip_n(double *w, size_t n, int relearning_steps, bool short_term)
{
	double ceiling = W17_W18_CEILING;
	if (relearning_steps > 1) {
		/* PLS * e^(steps * w17 * w18) <= S at D = 1, R = 0.7, S = 1. */
		double lo, hi;
		fsrs_param_range(11, short_term, &lo, &hi);
		double w11 = clamp(w[11], lo, hi);
		fsrs_param_range(13, short_term, &lo, &hi);
		double w13 = clamp(w[13], lo, hi);
		fsrs_param_range(14, short_term, &lo, &hi);
		double w14 = clamp(w[14], lo, hi);
		double v = -(js_log(w11) + js_log(js_pow(2.0, w13) - 1.0) + w14 * 0.3) / relearning_steps;
		ceiling = clamp(round8(sqrt(fmax(v, 0.0))), 0.01, W17_W18_CEILING);
	}
	for (size_t i = 0; i < n; i++) {
		double lo, hi;
		fsrs_param_range((int)i, short_term, &lo, &hi);
		if (i == 17 || i == 18)
			hi = ceiling;
		w[i] = clamp(w[i], lo, hi);
	}
}

void fsrs_params_clip(double w[FSRS_NPARAMS], int relearning_steps, bool short_term)
{
	clip_n(w, FSRS_NPARAMS, relearning_steps, short_term);
}

enum fsrs_error fsrs_params_migrate(const double *in, size_t n, int relearning_steps,
				    bool short_term, double out[FSRS_NPARAMS])
{
	if (n != 17 && n != 19 && n != 21)
		return FSRS_ERR_COUNT;
	for (size_t i = 0; i < n; i++)
		if (!isfinite(in[i]))
			return FSRS_ERR_NOT_FINITE;
	double w[FSRS_NPARAMS];
	memcpy(w, in, n * sizeof *w);
	clip_n(w, n, relearning_steps, short_term);
	if (n == 17) {
		w[4] = to_fixed8(w[5] * 2.0 + w[4]);
		w[5] = to_fixed8(js_log(w[5] * 3.0 + 1.0) / 3.0);
		w[6] = to_fixed8(w[6] + 0.5);
		w[17] = 0.0;
		w[18] = 0.0;
	}
	if (n <= 19) {
		w[19] = 0.0;
		w[20] = FSRS5_DECAY;
	}
	/* ts-fsrs clips once more after migrating, which lifts w19 to its floor. */
	clip_n(w, FSRS_NPARAMS, relearning_steps, short_term);
	memcpy(out, w, sizeof w);
	return FSRS_OK;
}

enum fsrs_error fsrs_model_init(struct fsrs_model *model, const double w[FSRS_NPARAMS],
				double retention, int maximum_interval, bool short_term)
{
	if (!(retention > 0 && retention <= 1))
		return FSRS_ERR_RETENTION;
	if (maximum_interval < 1)
		return FSRS_ERR_MAX_INTERVAL;
	memcpy(model->w, w, sizeof model->w);
	model->decay = -w[20];
	model->factor = round8(js_exp(js_pow(model->decay, -1.0) * js_log(0.9)) - 1.0);
	model->retention = retention;
	model->interval_modifier =
	    round8((js_pow(retention, 1 / model->decay) - 1) / model->factor);
	model->maximum_interval = maximum_interval;
	model->short_term = short_term;
	model->d0_easy = round8(w[4] - js_exp((FSRS_EASY - 1) * w[5]) + 1);
	model->exp_w8 = js_exp(w[8]);
	for (int g = FSRS_AGAIN; g <= FSRS_EASY; g++)
		model->short_term_gain[g - 1] = js_exp(w[17] * (g - 3 + w[18]));
	/* Without short-term scheduling ts-fsrs caps a lapse at S itself. */
	model->lapse_divisor = short_term ? js_exp(w[17] * w[18]) : js_exp(0 * 0);
	return FSRS_OK;
}

static inline double retrievability(const struct fsrs_model *model, double t, double s)
{
	return round8(js_pow(1 + (model->factor * t) / s, model->decay));
}

static inline double init_stability(const struct fsrs_model *model, int rating)
{
	return at_least(model->w[rating - 1], 0.1);
}

/* D0(G), unclamped: mean reversion aims at the unclamped D0(Easy). */
static double init_difficulty_raw(const struct fsrs_model *model, int rating)
{
	const double *w = model->w;
	return round8(w[4] - js_exp((rating - 1) * w[5]) + 1);
}

static inline double init_difficulty(const struct fsrs_model *model, int rating)
{
	return clamp(init_difficulty_raw(model, rating), 1, 10);
}

static inline double next_difficulty(const struct fsrs_model *model, double d, int rating)
{
	const double *w = model->w;
	double delta_d = -w[6] * (rating - 3);
	double next_d = d + round8((delta_d * (10 - d)) / 9);
	double reverted = round8(w[7] * model->d0_easy + (1 - w[7]) * next_d);
	return clamp(reverted, 1, 10);
}

static inline double recall_stability(const struct fsrs_model *model, double d, double s,
				      double r, int rating)
{
	const double *w = model->w;
	double hard_penalty = rating == FSRS_HARD ? w[15] : 1;
	double easy_bonus = rating == FSRS_EASY ? w[16] : 1;
	double grown = s * (1 + model->exp_w8 * (11 - d) * js_pow(s, -w[9]) *
				    (js_exp((1 - r) * w[10]) - 1) * hard_penalty * easy_bonus);
	return round8(clamp(grown, FSRS_S_MIN, FSRS_S_MAX));
}

static inline double forget_stability(const struct fsrs_model *model, double d, double s,
				      double r)
{
	const double *w = model->w;
	double pls = w[11] * js_pow(d, -w[12]) * (js_pow(s + 1, w[13]) - 1) * js_exp((1 - r) * w[14]);
	pls = round8(clamp(pls, FSRS_S_MIN, FSRS_S_MAX));
	double cap = round8(s / model->lapse_divisor);
	return clamp(cap, FSRS_S_MIN, pls);
}

static inline double short_term_stability(const struct fsrs_model *model, double s, int rating)
{
	const double *w = model->w;
	double sinc = js_pow(s, -w[19]) * model->short_term_gain[rating - 1];
	if (rating >= FSRS_HARD)
		sinc = at_least(sinc, 1.0);
	return round8(clamp(s * sinc, FSRS_S_MIN, FSRS_S_MAX));
}

/* The public formulas; fsrs_next_memory() inlines the same helpers. */

double fsrs_retrievability(const struct fsrs_model *model, double t, double s)
{
	return retrievability(model, t, s);
}

double fsrs_init_stability(const struct fsrs_model *model, int rating)
{
	return init_stability(model, rating);
}

double fsrs_init_difficulty(const struct fsrs_model *model, int rating)
{
	return init_difficulty(model, rating);
}

double fsrs_next_difficulty(const struct fsrs_model *model, double d, int rating)
{
	return next_difficulty(model, d, rating);
}

double fsrs_recall_stability(const struct fsrs_model *model, double d, double s, double r,
			     int rating)
{
	return recall_stability(model, d, s, r, rating);
}

double fsrs_forget_stability(const struct fsrs_model *model, double d, double s, double r)
{
	return forget_stability(model, d, s, r);
}

double fsrs_short_term_stability(const struct fsrs_model *model, double s, int rating)
{
	return short_term_stability(model, s, rating);
}

int fsrs_next_memory(const struct fsrs_model *model, struct fsrs_memory prev, double t, int rating,
		     struct fsrs_memory *next, double *r)
{
	if (!(t >= 0) || rating < FSRS_AGAIN || rating > FSRS_EASY)
		return -1;
	if (prev.difficulty == 0 && prev.stability == 0) {
		next->stability = init_stability(model, rating);
		next->difficulty = init_difficulty(model, rating);
		if (r)
			*r = 1;
		return 0;
	}
	if (!(prev.difficulty >= 1) || !(prev.stability >= FSRS_S_MIN))
		return -1;
	double d = prev.difficulty, s = prev.stability;
	/* After 0 days the base of the power is exactly 1 and so is the result:
	 * same-day reviews, a fifth of a typical log, skip the pow(). */
	double recall = t == 0 ? 1 : retrievability(model, t, s);
	double new_s;
	if (t == 0 && model->short_term)
		new_s = short_term_stability(model, s, rating);
	else if (rating == FSRS_AGAIN)
		new_s = forget_stability(model, d, s, recall);
	else
		new_s = recall_stability(model, d, s, recall, rating);
	next->difficulty = next_difficulty(model, d, rating);
	next->stability = new_s;
	if (r)
		*r = recall;
	return 0;
}

int fsrs_next_interval(const struct fsrs_model *model, double s)
{
	double ivl = at_least(js_round(s * model->interval_modifier), 1);
	return ivl > model->maximum_interval ? model->maximum_interval : (int)ivl;
}

void fsrs_fuzz_range(int interval, int elapsed_days, int maximum_interval, int *lo, int *hi)
{
	static const struct {
		double start, end, factor;
	} ranges[] = {{2.5, 7.0, 0.15}, {7.0, 20.0, 0.1}, {20.0, INFINITY, 0.05}};
	double delta = 1.0;
	for (size_t i = 0; i < sizeof ranges / sizeof *ranges; i++)
		delta +=
		    ranges[i].factor * fmax(fmin(interval, ranges[i].end) - ranges[i].start, 0.0);
	double ivl = fmin(interval, maximum_interval);
	double min_ivl = fmax(2, js_round(ivl - delta));
	double max_ivl = fmin(js_round(ivl + delta), maximum_interval);
	if (ivl > elapsed_days)
		min_ivl = fmax(min_ivl, elapsed_days + 1.0);
	min_ivl = fmin(min_ivl, max_ivl);
	*lo = (int)min_ivl;
	*hi = (int)max_ivl;
}

int fsrs_fuzz_interval(int interval, int elapsed_days, int maximum_interval, double u)
{
	if (interval < 2.5)
		return interval;
	int lo, hi;
	fsrs_fuzz_range(interval, elapsed_days, maximum_interval, &lo, &hi);
	return (int)floor(u * (hi - lo + 1) + lo);
}

static uint64_t splitmix64(uint64_t x)
{
	x += UINT64_C(0x9e3779b97f4a7c15);
	x = (x ^ (x >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	x = (x ^ (x >> 27)) * UINT64_C(0x94d049bb133111eb);
	return x ^ (x >> 31);
}

double fsrs_fuzz_u(uint64_t seed, int64_t now_ms, int reps)
{
	uint64_t x = splitmix64(seed);
	x = splitmix64(x ^ (uint64_t)now_ms);
	x = splitmix64(x ^ (uint64_t)(uint32_t)reps);
	return (double)(x >> 11) * 0x1p-53;
}

/* Scheduler. */

int fsrs_steps_parse(const char *text, struct fsrs_steps *steps)
{
	struct fsrs_steps parsed = {0};
	const char *p = text;
	while (*p) {
		if (parsed.count == FSRS_MAX_STEPS)
			return -1;
		long value = 0;
		if (*p < '0' || *p > '9')
			return -1;
		for (; *p >= '0' && *p <= '9'; p++) {
			value = value * 10 + (*p - '0');
			if (value > 100L * 365 * 1440)
				return -1;
		}
		long unit = *p == 'm' ? 1 : *p == 'h' ? 60 : *p == 'd' ? 1440 : 0;
		if (!unit)
			return -1;
		p++;
		if (value * unit > 100L * 365 * 1440)
			return -1;
		parsed.minutes[parsed.count++] = (int)(value * unit);
		if (*p == ',' && p[1])
			p++;
		else if (*p)
			return -1;
	}
	*steps = parsed;
	return 0;
}

void fsrs_scheduler_defaults(struct fsrs_scheduler *sched)
{
	memset(sched, 0, sizeof *sched);
	sched->learning.count = 2;
	sched->learning.minutes[0] = 1;
	sched->learning.minutes[1] = 10;
	sched->relearning.count = 1;
	sched->relearning.minutes[0] = 10;
}

void fsrs_card_init(struct fsrs_card *card, int64_t now_ms)
{
	memset(card, 0, sizeof *card);
	card->state = FSRS_NEW;
	card->due_ms = now_ms;
}

static int64_t floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;
	return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

int64_t fsrs_elapsed_days(const struct fsrs_scheduler *sched, int64_t last_ms, int64_t now_ms)
{
	return floor_div(now_ms + sched->day_offset_ms, FSRS_DAY_MS) -
	       floor_div(last_ms + sched->day_offset_ms, FSRS_DAY_MS);
}

/* What the steps say for one rating: minutes (0 = graduate) and the next index. */
struct step_plan {
	int minutes;
	int next_step;
};

static struct step_plan step_for(const struct fsrs_scheduler *sched, enum fsrs_state state, int cur,
				 int rating)
{
	const struct fsrs_steps *steps = state == FSRS_REVIEW || state == FSRS_RELEARNING
					     ? &sched->relearning
					     : &sched->learning;
	struct step_plan plan = {0, 0};
	int n = steps->count;
	if (n == 0 || cur >= n)
		return plan;
	if (state == FSRS_REVIEW) {
		if (rating == FSRS_AGAIN)
			plan.minutes = steps->minutes[cur > 0 ? cur : 0];
		return plan;
	}
	switch (rating) {
	case FSRS_AGAIN:
		plan.minutes = steps->minutes[0];
		break;
	case FSRS_HARD:
		/* Math.round of 1.5 * first or the mean of the first two. */
		plan.minutes = n == 1 ? (3 * steps->minutes[0] + 1) / 2
				      : (steps->minutes[0] + steps->minutes[1] + 1) / 2;
		plan.next_step = cur;
		break;
	case FSRS_GOOD:
		if (cur + 1 < n) {
			plan.minutes = steps->minutes[cur + 1];
			plan.next_step = cur + 1;
		}
		break;
	default:
		break;
	}
	return plan;
}

static int interval_for(const struct fsrs_scheduler *sched, double s, int elapsed, double u)
{
	int ivl = fsrs_next_interval(&sched->model, s);
	if (sched->fuzz)
		ivl = fsrs_fuzz_interval(ivl, elapsed, sched->model.maximum_interval, u);
	return ivl;
}

static void set_review(struct fsrs_card *next, int64_t now_ms, int days)
{
	next->state = FSRS_REVIEW;
	next->step = 0;
	next->scheduled_days = days;
	next->due_ms = now_ms + days * FSRS_DAY_MS;
}

/* ts-fsrs applyLearningSteps(): a step below a day keeps the card in
 * (re)learning, a longer step makes it a review card due after the step, and no
 * step graduates it with the memory model's interval. */
static void apply_steps(const struct fsrs_scheduler *sched, const struct fsrs_card *card,
			int rating, enum fsrs_state to_state, int elapsed, double u, int64_t now_ms,
			struct fsrs_card *next)
{
	struct step_plan plan = step_for(sched, card->state, card->step, rating);
	if (plan.minutes > 0 && plan.minutes < 1440) {
		next->state = to_state;
		next->step = plan.next_step;
		next->scheduled_days = 0;
		next->due_ms = now_ms + plan.minutes * INT64_C(60000);
	} else if (plan.minutes >= 1440) {
		next->state = FSRS_REVIEW;
		next->step = plan.next_step;
		next->scheduled_days = plan.minutes / 1440;
		next->due_ms = now_ms + plan.minutes * INT64_C(60000);
	} else {
		set_review(next, now_ms, interval_for(sched, next->memory.stability, elapsed, u));
	}
}

int fsrs_schedule_preview(const struct fsrs_scheduler *sched, const struct fsrs_card *card,
			  int64_t now_ms, struct fsrs_card next[4])
{
	const struct fsrs_model *model = &sched->model;
	int elapsed = 0;
	if (card->state != FSRS_NEW && card->reps > 0) {
		if (now_ms < card->last_review_ms)
			return -1;
		int64_t days = fsrs_elapsed_days(sched, card->last_review_ms, now_ms);
		elapsed = days > INT32_MAX ? INT32_MAX : (int)days;
	}
	struct fsrs_memory prev = card->memory;
	if (card->state == FSRS_NEW)
		prev.stability = prev.difficulty = 0;
	for (int g = FSRS_AGAIN; g <= FSRS_EASY; g++) {
		struct fsrs_card *c = &next[g - 1];
		*c = *card;
		if (fsrs_next_memory(model, prev, elapsed, g, &c->memory, NULL) < 0)
			return -1;
		c->reps = card->reps + 1;
		c->last_review_ms = now_ms;
	}
	double u = sched->fuzz ? fsrs_fuzz_u(sched->fuzz_seed, now_ms, card->reps + 1) : 0;

	bool ordered = !model->short_term || card->state == FSRS_REVIEW;
	if (!ordered) {
		enum fsrs_state to = card->state == FSRS_NEW ? FSRS_LEARNING : card->state;
		for (int g = FSRS_AGAIN; g <= FSRS_EASY; g++)
			apply_steps(sched, card, g, to, elapsed, u, now_ms, &next[g - 1]);
		return 0;
	}
	int ivl[4];
	for (int g = FSRS_AGAIN; g <= FSRS_EASY; g++)
		ivl[g - 1] = interval_for(sched, next[g - 1].memory.stability, elapsed, u);
	if (model->short_term) {
		/* A review card: Again follows the relearning steps, the others are ordered. */
		apply_steps(sched, card, FSRS_AGAIN, FSRS_RELEARNING, elapsed, u, now_ms, &next[0]);
		if (ivl[1] > ivl[2])
			ivl[1] = ivl[2];
	} else {
		/* Without steps all four grades are review intervals, in order. */
		if (ivl[0] > ivl[1])
			ivl[0] = ivl[1];
		if (ivl[1] < ivl[0] + 1)
			ivl[1] = ivl[0] + 1;
		set_review(&next[0], now_ms, ivl[0]);
	}
	if (ivl[2] < ivl[1] + 1)
		ivl[2] = ivl[1] + 1;
	if (ivl[3] < ivl[2] + 1)
		ivl[3] = ivl[2] + 1;
	for (int g = FSRS_HARD; g <= FSRS_EASY; g++)
		set_review(&next[g - 1], now_ms, ivl[g - 1]);
	if (card->state != FSRS_NEW)
		next[0].lapses = card->lapses + 1;
	return 0;
}

int fsrs_schedule(const struct fsrs_scheduler *sched, const struct fsrs_card *card, int64_t now_ms,
		  int rating, struct fsrs_card *next)
{
	if (rating < FSRS_AGAIN || rating > FSRS_EASY)
		return -1;
	struct fsrs_card all[4];
	if (fsrs_schedule_preview(sched, card, now_ms, all) < 0)
		return -1;
	*next = all[rating - 1];
	return 0;
}
