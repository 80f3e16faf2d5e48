/* SPDX-License-Identifier: GPL-3.0-or-later */
/* FSRS-6 parameter optimizer: fits the 21 parameters to one learner's review history.
 *
 * It follows fsrs-rs 6.5's method: training items built from each card's history,
 * an outlier filter, pre-training of the initial stabilities, recency weights,
 * Adam with cosine annealing and clipping after every step, and a fixed seed, so
 * the same input always gives the same parameters.  Gradients are derived by hand
 * (forward pass, then reverse pass through each card's recurrence) in doubles.
 * Metrics are the ones fsrs-rs reports: recency-weighted log loss and RMSE over
 * (interval, length, lapses) bins. */
#ifndef CORDIAL_OPTIMIZE_H
#define CORDIAL_OPTIMIZE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fsrs.h"

/* One review: the day it belongs to (for intervals) and the raw time (for order). */
struct optimize_review {
	int64_t time;
	int64_t day;
	int rating; /* 1..4 */
};

/* A card's reviews in time order.  Cards are given in a fixed order (items with
 * the same time are ordered by card, then by position). */
struct optimize_card {
	const struct optimize_review *reviews;
	size_t count;
};

struct optimize_options {
	bool short_term;      /* false: w17..w19 fixed at 0, w0..w3 not trained */
	int relearning_steps; /* for the w17/w18 ceiling; fsrs-rs's default is 1 */
};

struct optimize_result {
	double w[FSRS_NPARAMS];
	double log_loss, rmse_bins;		    /* of w on the training items */
	double default_log_loss, default_rmse_bins; /* of the default parameters */
	size_t items;				    /* training items (after filtering) */
	bool trained;				    /* false: too little data, defaults kept */
};

void optimize_default_options(struct optimize_options *options);
/* Fits the parameters into *result.  Memory running out ends the program (mem.h). */
void optimize_fit(const struct optimize_card *cards, size_t ncards,
		  const struct optimize_options *options, struct optimize_result *result);

#endif
