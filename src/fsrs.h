/* SPDX-License-Identifier: GPL-3.0-or-later */
/* FSRS-6 memory model and the ts-fsrs 5 scheduler, as pure functions without I/O.
 *
 * The memory model says how stability S (days until recall falls to 90 %) and
 * difficulty D (1 to 10) change after each review, and which interval gives the
 * desired retention.  The scheduler adds card states, learning and relearning
 * steps, interval ordering and fuzz.  Both reproduce ts-fsrs 5.4 exactly,
 * including its rounding of intermediate results to 8 decimals, so every
 * interval and due time is equal and S and D agree to the last printed digit.
 * exp, log and pow come from jsmath.h, which rounds them as V8 does: with the C
 * library's, about 5 lines in a million differed by 1e-8 in S or D.
 *
 * Nothing here allocates; every structure is a plain value owned by the caller. */
#ifndef CORDIAL_FSRS_H
#define CORDIAL_FSRS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define FSRS_NPARAMS	       21
#define FSRS_S_MIN	       0.001
#define FSRS_S_MAX	       36500.0
#define FSRS_MAX_INTERVAL      36500
#define FSRS_DEFAULT_RETENTION 0.9
#define FSRS_MAX_STEPS	       16
#define FSRS_DAY_MS	       INT64_C(86400000)

/* The FSRS-6 defaults w0..w20. */
extern const double fsrs_default_params[FSRS_NPARAMS];

enum fsrs_rating { FSRS_AGAIN = 1, FSRS_HARD = 2, FSRS_GOOD = 3, FSRS_EASY = 4 };
enum fsrs_state { FSRS_NEW = 0, FSRS_LEARNING = 1, FSRS_REVIEW = 2, FSRS_RELEARNING = 3 };

/* Why a parameter vector or a setting was refused. */
enum fsrs_error {
	FSRS_OK = 0,
	FSRS_ERR_COUNT, /* not 17, 19 or 21 parameters */
	FSRS_ERR_NOT_FINITE,
	FSRS_ERR_RANGE,	    /* outside the range ts-fsrs clamps to */
	FSRS_ERR_RETENTION, /* desired retention outside (0, 1] */
	FSRS_ERR_MAX_INTERVAL,
};

/* A card's memory; stability 0 and difficulty 0 mean "never reviewed". */
struct fsrs_memory {
	double stability;
	double difficulty;
};

/* Parameters with the values derived from them; fill with fsrs_model_init(). */
struct fsrs_model {
	double w[FSRS_NPARAMS];
	double decay;		  /* -w20 */
	double factor;		  /* 0.9^(1/decay) - 1, so that R(S, S) = 0.9 */
	double retention;	  /* desired retention */
	double interval_modifier; /* interval / S at the desired retention */
	int maximum_interval;	  /* days */
	bool short_term;	  /* same-day reviews use the short-term formula */
	/* Terms that depend on the parameters only, computed once. */
	double d0_easy;		   /* D0(Easy), unclamped: the mean-reversion target */
	double exp_w8;		   /* e^w8 */
	double short_term_gain[4]; /* e^(w17 * (G - 3 + w18)) for G = 1..4 */
	double lapse_divisor;	   /* e^(w17 * w18), or 1 without short-term */
};

/* Parameters: ranges, validation, migration. */

/* The range ts-fsrs clamps parameter i to.  w17 and w18 get a lower ceiling when
 * there is more than one relearning step (see fsrs_params_clip()). */
void fsrs_param_range(int i, bool short_term, double *lo, double *hi);
/* Checks the length (17, 19 or 21), finiteness and fixed ranges of n parameters.
 * On failure *bad_index (when not NULL) is the offending index, or -1. */
enum fsrs_error fsrs_params_check(const double *w, size_t n, bool short_term, int *bad_index);
/* Clamps 21 parameters in place as ts-fsrs does for the given number of
 * relearning steps, including the w17/w18 ceiling that keeps a lapse from
 * raising stability. */
void fsrs_params_clip(double w[FSRS_NPARAMS], int relearning_steps, bool short_term);
/* Turns 17 (FSRS-4.5), 19 (FSRS-5) or 21 parameters into 21 clipped FSRS-6
 * parameters, as ts-fsrs's generatorParameters does.  FSRS_ERR_COUNT for other
 * lengths, FSRS_ERR_NOT_FINITE for NaN or infinities. */
enum fsrs_error fsrs_params_migrate(const double *in, size_t n, int relearning_steps,
				    bool short_term, double out[FSRS_NPARAMS]);

/* Fills a model from 21 parameters (used as given: check or clip them first),
 * the desired retention in (0, 1] and the maximum interval in days. */
enum fsrs_error fsrs_model_init(struct fsrs_model *model, const double w[FSRS_NPARAMS],
				double retention, int maximum_interval, bool short_term);

/* The memory model, one formula each. */

/* Math.round(x * 1e8) / 1e8 with JavaScript's ties toward +infinity. */
double fsrs_round8(double x);
/* Recall probability after t days at stability s. */
double fsrs_retrievability(const struct fsrs_model *model, double t, double s);
/* Initial stability and difficulty for the first rating (difficulty clamped). */
double fsrs_init_stability(const struct fsrs_model *model, int rating);
double fsrs_init_difficulty(const struct fsrs_model *model, int rating);
/* Difficulty after a review: linear damping, then mean reversion, then [1, 10]. */
double fsrs_next_difficulty(const struct fsrs_model *model, double d, int rating);
/* Stability after a successful review (Hard, Good, Easy) at recall probability r. */
double fsrs_recall_stability(const struct fsrs_model *model, double d, double s, double r,
			     int rating);
/* Stability after a lapse, never above the stability before it. */
double fsrs_forget_stability(const struct fsrs_model *model, double d, double s, double r);
/* Stability after a same-day review. */
double fsrs_short_term_stability(const struct fsrs_model *model, double s, int rating);
/* The memory after one review t days after the previous one (t is ignored for a
 * new card).  Returns -1, leaving *next alone, when t < 0, the rating is not 1..4
 * or prev is neither new nor a valid state; 0 otherwise.  r, when not NULL,
 * receives the recall probability used (1 for a new card). */
int fsrs_next_memory(const struct fsrs_model *model, struct fsrs_memory prev, double t, int rating,
		     struct fsrs_memory *next, double *r);
/* Interval in whole days for stability s, without fuzz: round(s * modifier) in
 * [1, maximum_interval]. */
int fsrs_next_interval(const struct fsrs_model *model, double s);

/* Fuzz. */

/* The range ts-fsrs draws a fuzzed interval from. */
void fsrs_fuzz_range(int interval, int elapsed_days, int maximum_interval, int *lo, int *hi);
/* A fuzzed interval: u in [0, 1) picks a day of the range.  Intervals below 2.5
 * days are returned unchanged. */
int fsrs_fuzz_interval(int interval, int elapsed_days, int maximum_interval, double u);
/* A number in [0, 1) that depends only on its arguments (splitmix64). */
double fsrs_fuzz_u(uint64_t seed, int64_t now_ms, int reps);

/* The ts-fsrs 5 scheduler. */

/* Learning or relearning steps, in minutes. */
struct fsrs_steps {
	int count;
	int minutes[FSRS_MAX_STEPS];
};

struct fsrs_scheduler {
	struct fsrs_model model;
	struct fsrs_steps learning;   /* default 1m, 10m */
	struct fsrs_steps relearning; /* default 10m */
	bool fuzz;
	uint64_t fuzz_seed;
	/* Added to times before they are cut into days: 0 counts UTC calendar days as
	 * ts-fsrs does; a time zone's offset minus a rollover hour counts local days. */
	int64_t day_offset_ms;
};

struct fsrs_card {
	enum fsrs_state state;
	int step; /* index into the (re)learning steps */
	struct fsrs_memory memory;
	int scheduled_days;
	int64_t due_ms;
	int64_t last_review_ms; /* meaningful once reps > 0 */
	int reps;
	int lapses;
};

/* Parses "1m,10m" (m, h or d units; an empty string means no steps) into *steps.
 * Returns 0, or -1 for a malformed list or more than FSRS_MAX_STEPS steps. */
int fsrs_steps_parse(const char *text, struct fsrs_steps *steps);
/* The default scheduler: the model must be initialised separately. */
void fsrs_scheduler_defaults(struct fsrs_scheduler *sched);
/* A new card due at now_ms. */
void fsrs_card_init(struct fsrs_card *card, int64_t now_ms);
/* Days between two times as the scheduler counts them (calendar days). */
int64_t fsrs_elapsed_days(const struct fsrs_scheduler *sched, int64_t last_ms, int64_t now_ms);
/* The card after a review with the rating at now_ms, written to *next (which may
 * be card).  Returns -1 for a rating outside 1..4, a time before the previous
 * review or an invalid memory state; 0 otherwise. */
int fsrs_schedule(const struct fsrs_scheduler *sched, const struct fsrs_card *card, int64_t now_ms,
		  int rating, struct fsrs_card *next);
/* All four outcomes at once: next[0] for Again .. next[3] for Easy. */
int fsrs_schedule_preview(const struct fsrs_scheduler *sched, const struct fsrs_card *card,
			  int64_t now_ms, struct fsrs_card next[4]);

#endif
