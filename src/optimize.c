/* SPDX-License-Identifier: GPL-3.0-or-later */
/* FSRS-6 optimizer: items, outlier filter, S0 search, Adam over hand-derived gradients. */
#include "optimize.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

#define EPOCHS	      5
#define BATCH_ITEMS   512
#define LEARNING_RATE 0.04
#define GAMMA	      1.0
#define MAX_SEQ_LEN   256
#define SEED	      2023
#define R_EPS	      1e-7

/* Spread of the parameters over many collections: the L2 pull toward the start
 * is measured in these units. */
static const double param_stddev[FSRS_NPARAMS] = {
    6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6,	0.12, 0.39, 0.18, 0.33,
    0.3,  0.09, 0.16,  0.57,  0.25, 1.03, 0.31, 0.32, 0.14, 0.27,
};

void optimize_default_options(struct optimize_options *options)
{
	options->short_term = true;
	options->relearning_steps = 1;
}

/* The reviews of all cards, flattened: card c owns [start[c], start[c + 1]). */
struct history {
	size_t ncards, nreviews;
	size_t *start;
	unsigned char *rating;
	double *dt; /* days since the previous review; 0 for the first */
	int64_t *time;
	double *weight; /* training weight of the prediction at each review (0: none) */
};

/* An item: the review at position pos of a card, predicted from the ones before. */
struct item {
	uint32_t card, pos;
	int64_t time;
};

static int compare_items(const void *a, const void *b)
{
	const struct item *x = a, *y = b;
	if (x->time != y->time)
		return x->time < y->time ? -1 : 1;
	if (x->card != y->card)
		return x->card < y->card ? -1 : 1;
	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* Recency weight of the j-th of n items in time order. */
static double recency_weight(size_t j, size_t n)
{
	double x = n > 1 ? (double)j / (double)(n - 1) : 1.0;
	return 0.25 + 0.75 * x * x * x;
}

/* Deterministic generator for the batch order (splitmix64). */
static uint64_t next_random(uint64_t *state)
{
	uint64_t x = (*state += UINT64_C(0x9e3779b97f4a7c15));
	x = (x ^ (x >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	x = (x ^ (x >> 27)) * UINT64_C(0x94d049bb133111eb);
	return x ^ (x >> 31);
}

/* Constants of one parameter vector, shared by every step. */
struct consts {
	const double *w;
	double decay, factor, dfactor; /* dfactor: d factor / d decay */
	double exp_w8;
	double short_gain[5]; /* e^(w17 * (G - 3 + w18)) */
	double lapse_shrink;  /* e^(-w17 * w18) */
	double d0[5];	      /* D0(G), unclamped */
	double exp_3w5;
};

static void consts_init(struct consts *c, const double *w)
{
	c->w = w;
	c->decay = -w[20];
	double base = pow(0.9, 1.0 / c->decay);
	c->factor = base - 1.0;
	c->dfactor = base * log(0.9) * (-1.0 / (c->decay * c->decay));
	c->exp_w8 = exp(w[8]);
	for (int g = 1; g <= 4; g++) {
		c->short_gain[g] = exp(w[17] * (g - 3 + w[18]));
		c->d0[g] = w[4] - exp(w[5] * (g - 1)) + 1;
	}
	c->lapse_shrink = exp(-w[17] * w[18]);
	c->exp_3w5 = exp(3 * w[5]);
}

enum branch { BR_INIT, BR_SHORT, BR_SHORT_FLOOR, BR_LAPSE_MIN, BR_LAPSE, BR_RECALL };

/* What the forward pass keeps of one step for the backward pass. */
struct step {
	double s_prev, d_prev;
	double r, b;	   /* recall probability and its base 1 + factor t / S */
	double k1, k2, k3; /* branch terms, see forward_step() */
	double s_raw, d_raw, d_lin;
	double s, d;
	unsigned char branch;
};

static double clampd(double x, double lo, double hi)
{
	return x < lo ? lo : x > hi ? hi : x;
}

/* One review of the fsrs-rs training model (doubles). */
static void forward_step(const struct consts *c, struct step *st, const struct step *prev, int g,
			 double t)
{
	const double *w = c->w;
	if (!prev) {
		st->branch = BR_INIT;
		st->s_raw = w[g - 1];
		st->d_raw = c->d0[g];
		st->s = clampd(st->s_raw, FSRS_S_MIN, FSRS_S_MAX);
		st->d = clampd(st->d_raw, 1, 10);
		st->r = 1;
		st->b = 1;
		return;
	}
	double s = prev->s, d = prev->d;
	st->s_prev = s;
	st->d_prev = d;
	st->b = 1 + c->factor * t / s;
	st->r = pow(st->b, c->decay);
	double s_new;
	if (t == 0) {
		st->k1 = pow(s, -w[19]);
		double sinc = c->short_gain[g] * st->k1;
		if (g >= 2 && sinc < 1) {
			st->branch = BR_SHORT_FLOOR;
			s_new = s;
		} else {
			st->branch = BR_SHORT;
			s_new = s * sinc;
		}
	} else if (g == 1) {
		st->k1 = pow(d, -w[12]);
		st->k2 = pow(s + 1, w[13]);
		st->k3 = exp((1 - st->r) * w[14]);
		double pls = w[11] * st->k1 * (st->k2 - 1) * st->k3;
		double smin = s * c->lapse_shrink;
		if (smin < pls) {
			st->branch = BR_LAPSE_MIN;
			s_new = smin;
		} else {
			st->branch = BR_LAPSE;
			s_new = pls;
		}
	} else {
		st->branch = BR_RECALL;
		st->k1 = pow(s, -w[9]);
		st->k2 = exp((1 - st->r) * w[10]);
		double hp = g == 2 ? w[15] : 1, eb = g == 4 ? w[16] : 1;
		st->k3 = c->exp_w8 * (11 - d) * st->k1 * (st->k2 - 1) * hp * eb; /* K */
		s_new = s * (1 + st->k3);
	}
	st->d_lin = d - w[6] * (g - 3) * (10 - d) / 9;
	st->d_raw = w[7] * c->d0[4] + (1 - w[7]) * st->d_lin;
	st->s_raw = s_new;
	st->s = clampd(s_new, FSRS_S_MIN, FSRS_S_MAX);
	st->d = clampd(st->d_raw, 1, 10);
}

/* Adds d(loss)/d(parameters) for one step to grad, given the adjoints of the
 * state after it; returns the adjoints of the state before it in *gs, *gd.
 * gr is the adjoint of the step's recall probability from the loss. */
static void backward_step(const struct consts *c, const struct step *st, int g, double t,
			  double gs_out, double gd_out, double gr, double *grad, double *gs,
			  double *gd)
{
	const double *w = c->w;
	double gs_raw = st->s_raw >= FSRS_S_MIN && st->s_raw <= FSRS_S_MAX ? gs_out : 0;
	double gd_raw = st->d_raw >= 1 && st->d_raw <= 10 ? gd_out : 0;
	if (st->branch == BR_INIT) {
		grad[g - 1] += gs_raw;
		grad[4] += gd_raw;
		grad[5] += gd_raw * -(g - 1) * exp(w[5] * (g - 1));
		*gs = *gd = 0;
		return;
	}
	double s = st->s_prev, d = st->d_prev;
	double gs_in = 0, gd_in = 0;
	/* Difficulty: linear damping, then mean reversion toward D0(4). */
	grad[7] += gd_raw * (c->d0[4] - st->d_lin);
	double gd0 = gd_raw * w[7];
	grad[4] += gd0;
	grad[5] += gd0 * -3 * c->exp_3w5;
	double gd_lin = gd_raw * (1 - w[7]);
	gd_in += gd_lin * (1 + w[6] * (g - 3) / 9);
	grad[6] += gd_lin * -(g - 3) * (10 - d) / 9;
	/* Stability. */
	switch (st->branch) {
	case BR_SHORT_FLOOR:
		gs_in += gs_raw;
		break;
	case BR_SHORT: {
		double sinc = c->short_gain[g] * st->k1;
		gs_in += gs_raw * (1 - w[19]) * sinc;
		double ds = gs_raw * st->s_raw;
		grad[19] += ds * -log(s);
		grad[17] += ds * (g - 3 + w[18]);
		grad[18] += ds * w[17];
		break;
	}
	case BR_LAPSE_MIN:
		gs_in += gs_raw * c->lapse_shrink;
		grad[17] += gs_raw * st->s_raw * -w[18];
		grad[18] += gs_raw * st->s_raw * -w[17];
		break;
	case BR_LAPSE: {
		double pls = st->s_raw, dp = gs_raw * pls;
		grad[11] += gs_raw * st->k1 * (st->k2 - 1) * st->k3;
		grad[12] += dp * -log(d);
		gd_in += dp * -w[12] / d;
		double p1 = st->k2 - 1;
		gs_in += dp * w[13] * st->k2 / ((s + 1) * p1);
		grad[13] += dp * st->k2 * log(s + 1) / p1;
		grad[14] += dp * (1 - st->r);
		gr += dp * -w[14];
		break;
	}
	case BR_RECALL: {
		double k = st->k3, gk = gs_raw * s;
		gs_in += gs_raw * (1 + k) + gk * k * -w[9] / s;
		grad[8] += gk * k;
		gd_in += gk * -c->exp_w8 * st->k1 * (st->k2 - 1) * (g == 2 ? w[15] : 1) *
			 (g == 4 ? w[16] : 1);
		grad[9] += gk * k * -log(s);
		double base = c->exp_w8 * (11 - d) * st->k1; /* K = base (X - 1) hp eb */
		double hp = g == 2 ? w[15] : 1, eb = g == 4 ? w[16] : 1;
		double dx = gk * base * hp * eb; /* dL/dX */
		grad[10] += dx * st->k2 * (1 - st->r);
		gr += dx * st->k2 * -w[10];
		if (g == 2)
			grad[15] += gk * base * (st->k2 - 1) * eb;
		if (g == 4)
			grad[16] += gk * base * (st->k2 - 1) * hp;
		break;
	}
	default:
		break;
	}
	/* R = (1 + factor t / S)^decay. */
	if (gr != 0 && t > 0) {
		double r = st->r, b = st->b;
		gs_in += gr * r * c->decay / b * (-c->factor * t / (s * s));
		double dlnr = log(b) + c->decay / b * (t / s) * c->dfactor;
		grad[20] += gr * -r * dlnr;
	}
	*gs = gs_in;
	*gd = gd_in;
}

/* Weighted BCE of one prediction and its derivative with respect to r. */
static double bce(double r, int label, double weight, double *dr)
{
	if (r < R_EPS || r > 1 - R_EPS) {
		r = clampd(r, R_EPS, 1 - R_EPS);
		*dr = 0;
	} else {
		*dr = label ? -weight / r : weight / (1 - r);
	}
	return -weight * (label ? log(r) : log(1 - r));
}

/* Loss of one card's predictions (those with a weight), and its gradient added to
 * grad when grad is not NULL.  steps has room for the card's length. */
static double card_loss(const struct consts *c, const struct history *h, size_t card,
			struct step *steps, double *grad)
{
	size_t a = h->start[card], n = h->start[card + 1] - a;
	size_t last = 0;
	for (size_t i = 1; i < n; i++)
		if (h->weight[a + i] > 0)
			last = i;
	if (last == 0)
		return 0;
	double loss = 0;
	for (size_t i = 0; i <= last; i++)
		forward_step(c, &steps[i], i ? &steps[i - 1] : NULL, h->rating[a + i],
			     h->dt[a + i]);
	double *gr = NULL, gr_local[MAX_SEQ_LEN + 1];
	if (grad)
		gr = gr_local;
	for (size_t i = 1; i <= last; i++) {
		double wgt = h->weight[a + i], dr = 0;
		if (wgt > 0)
			loss += bce(steps[i].r, h->rating[a + i] > 1, wgt, &dr);
		if (gr)
			gr[i] = dr;
	}
	if (!grad)
		return loss;
	double gs = 0, gd = 0;
	for (size_t i = last + 1; i-- > 0;) {
		double gs_prev, gd_prev;
		backward_step(c, &steps[i], h->rating[a + i], h->dt[a + i], gs, gd, i ? gr[i] : 0,
			      grad, &gs_prev, &gd_prev);
		gs = gs_prev;
		gd = gd_prev;
	}
	return loss;
}

static double penalty(const double *w, const double *w0, double scale, double *grad)
{
	double sum = 0;
	for (int i = 0; i < FSRS_NPARAMS; i++) {
		double z = (w[i] - w0[i]) / param_stddev[i];
		sum += z * z;
		if (grad)
			grad[i] += 2 * GAMMA * scale * (w[i] - w0[i]) /
				   (param_stddev[i] * param_stddev[i]);
	}
	return GAMMA * scale * sum;
}

static double first_long_term(const struct history *h, size_t card, size_t pos, bool *is_first);

/* Metrics as fsrs-rs computes them (`evaluate`): recency-weighted log loss, and RMSE
 * over (interval, length, lapses) bins weighted by the same recency weights. */
struct bin {
	uint32_t key[3];
	double weight, count, pred, actual; /* pred and actual are plain sums */
	bool used;
};

/* An initialization item (exactly one long-term review) in evaluation order. */
struct init_item {
	int rating;
	double dt;
	size_t count, index;
};

static int compare_init_key(const void *a, const void *b)
{
	const struct init_item *x = a, *y = b;
	if (x->rating != y->rating)
		return x->rating - y->rating;
	if (x->dt != y->dt)
		return x->dt < y->dt ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

static int compare_init_order(const void *a, const void *b)
{
	const struct init_item *x = a, *y = b;
	if (x->rating != y->rating)
		return x->rating - y->rating;
	if (x->count != y->count)
		return x->count < y->count ? -1 : 1;
	if (x->dt != y->dt)
		return x->dt < y->dt ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* The kept items in the order fsrs-rs evaluates them, which sets their recency
 * weights.  fsrs-rs filters outliers first (`prepare_training_data`) and
 * evaluates the concatenation [initialization items, the others]: the
 * initialization items grouped by first rating (1 to 4), within a rating by
 * (first rating, delta_t) group from the smallest group to the largest (ties:
 * smaller delta_t first), each group in time order; then every other kept item
 * in time order.  Returns the number of items, or SIZE_MAX without memory. */
static size_t evaluation_order(const struct history *h, const struct item *all, size_t nall,
			       const bool *keep, struct item *items)
{
	struct init_item *init = xmalloc((nall + 1) * sizeof *init);
	size_t ninit = 0, nitems = 0;
	for (size_t j = 0; j < nall; j++) {
		if (!keep[j])
			continue;
		bool first;
		double dt = first_long_term(h, all[j].card, all[j].pos, &first);
		if (first)
			init[ninit++] =
			    (struct init_item){h->rating[h->start[all[j].card]], dt, 0, j};
	}
	qsort(init, ninit, sizeof *init, compare_init_key);
	for (size_t i = 0; i < ninit;) {
		size_t end = i;
		while (end < ninit && init[end].rating == init[i].rating &&
		       init[end].dt == init[i].dt)
			end++;
		for (size_t k = i; k < end; k++)
			init[k].count = end - i;
		i = end;
	}
	qsort(init, ninit, sizeof *init, compare_init_order);
	for (size_t i = 0; i < ninit; i++)
		items[nitems++] = all[init[i].index];
	for (size_t j = 0; j < nall; j++) {
		if (!keep[j])
			continue;
		bool first;
		first_long_term(h, all[j].card, all[j].pos, &first);
		if (!first)
			items[nitems++] = all[j];
	}
	free(init);
	return nitems;
}

static void evaluate(const double *w, const struct history *h, const struct item *all, size_t nall,
		     const bool *keep, struct step *steps, double *log_loss, double *rmse)
{
	/* The kept items only, as fsrs-rs filters outliers before evaluating. */
	struct item *items = xmalloc((nall + 1) * sizeof *items);
	size_t nitems = evaluation_order(h, all, nall, keep, items);
	if (nitems == SIZE_MAX) {
		*log_loss = *rmse = NAN;
		free(items);
		return;
	}
	struct consts c;
	consts_init(&c, w);
	size_t nbins = 1024;
	struct bin *bins = xcalloc(nbins, sizeof *bins);
	double *pred = xmalloc((h->nreviews + 1) * sizeof *pred);
	*log_loss = *rmse = NAN;
	/* Every card's predictions in one pass. */
	for (size_t card = 0; card < h->ncards; card++) {
		size_t a = h->start[card], n = h->start[card + 1] - a;
		for (size_t i = 0; i < n; i++) {
			forward_step(&c, &steps[i % (MAX_SEQ_LEN + 1)],
				     i ? &steps[(i - 1) % (MAX_SEQ_LEN + 1)] : NULL,
				     h->rating[a + i], h->dt[a + i]);
			/* NOLINTNEXTLINE(clang-analyzer-core.uninitialized.Assign): forward_step() has just set steps[i].r (a false positive). */
			pred[a + i] = steps[i % (MAX_SEQ_LEN + 1)].r;
		}
	}
	double sum_loss = 0, sum_weight = 0;
	for (size_t j = 0; j < nitems; j++) {
		size_t a = h->start[items[j].card], i = items[j].pos;
		double weight = recency_weight(j, nitems), dr;
		int label = h->rating[a + i] > 1;
		double p = clampd(pred[a + i], R_EPS, 1 - R_EPS);
		sum_loss += bce(p, label, weight, &dr);
		sum_weight += weight;
		uint32_t lt = 0, lapses = 0;
		for (size_t k = 1; k <= i; k++) {
			if (h->dt[a + k] > 0) {
				lt++;
				if (k < i && h->rating[a + k] == 1)
					lapses++;
			}
		}
		double t = h->dt[a + i], len = lt + 1.0;
		uint32_t key[3];
		key[0] = (uint32_t)lround(2.48 * pow(3.62, floor(log(t) / log(3.62))) * 100.0);
		key[1] = (uint32_t)lround(1.99 * pow(1.89, floor(log(len) / log(1.89))));
		key[2] =
		    lapses
			? (uint32_t)lround(1.65 * pow(1.73, floor(log((double)lapses) / log(1.73))))
			: 0;
		uint32_t hsh = (key[0] * 2654435761u) ^ (key[1] * 40503u) ^ (key[2] * 97u);
		size_t b = hsh & (nbins - 1);
		while (bins[b].used && memcmp(bins[b].key, key, sizeof key) != 0)
			b = (b + 1) & (nbins - 1);
		if (!bins[b].used) {
			bins[b].used = true;
			memcpy(bins[b].key, key, sizeof key);
		}
		bins[b].weight += weight;
		bins[b].count += 1;
		bins[b].pred += p;
		bins[b].actual += label;
	}
	double num = 0, den = 0;
	for (size_t b = 0; b < nbins; b++) {
		if (!bins[b].used || bins[b].weight <= 0)
			continue;
		double diff = (bins[b].pred - bins[b].actual) / bins[b].count;
		num += bins[b].weight * diff * diff;
		den += bins[b].weight;
	}
	*log_loss = sum_weight > 0 ? sum_loss / sum_weight : NAN;
	*rmse = den > 0 ? sqrt(num / den) : NAN;
	free(bins);
	free(pred);
	free(items);
}

/* Initial stability for one first rating: ternary search of the count-weighted
 * log loss of the first long-term reviews, with the default decay. */
struct recall_point {
	double dt, recall, count;
};

static double search_s0(const struct recall_point *pts, size_t n, double average_recall,
			double default_s0)
{
	double decay = -fsrs_default_params[20];
	double factor = pow(0.9, 1.0 / decay) - 1.0;
	double low = FSRS_S_MIN, high = 100.0, best = default_s0;
	for (int iter = 0; high - low > 2.220446049250313e-16 && iter < 1000; iter++) {
		double mid[2] = {low + (high - low) / 3.0, high - (high - low) / 3.0}, loss[2];
		for (int m = 0; m < 2; m++) {
			double sum = 0;
			for (size_t i = 0; i < n; i++) {
				double recall = (pts[i].recall * pts[i].count + average_recall) /
						(pts[i].count + 1.0);
				double y = pow(pts[i].dt / mid[m] * factor + 1.0, decay);
				sum +=
				    -(recall * log(y) + (1 - recall) * log(1 - y)) * pts[i].count;
			}
			loss[m] = sum + fabs(mid[m] - default_s0) / 16.0;
		}
		if (loss[0] < loss[1])
			high = mid[1];
		else
			low = mid[0];
		best = (high + low) / 2.0;
	}
	return best;
}

/* Enforces S0(1) <= S0(2) <= S0(3) <= S0(4) (the rating with fewer reviews yields)
 * and fills missing ratings by fixed power-law interpolation.  have[r] says
 * whether s0[r] (r = 1..4) is known.  Returns false when none is. */
static bool smooth_and_fill(double s0[5], bool have[5], const double count[5])
{
	static const int pairs[6][2] = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
	for (int p = 0; p < 6; p++) {
		int a = pairs[p][0], b = pairs[p][1];
		if (have[a] && have[b] && s0[a] > s0[b]) {
			if (count[a] > count[b])
				s0[b] = s0[a];
			else
				s0[a] = s0[b];
		}
	}
	const double w1 = 0.41, w2 = 0.54;
	int known = have[1] + have[2] + have[3] + have[4];
	if (known == 0)
		return false;
	double *r = s0;
	if (known == 1) {
		int k = have[1] ? 1 : have[2] ? 2 : have[3] ? 3 : 4;
		double scale = s0[k] / fsrs_default_params[k - 1];
		for (int g = 1; g <= 4; g++)
			r[g] = fsrs_default_params[g - 1] * scale;
	} else if (known == 2) {
		if (have[3] && have[4]) {
			r[2] = pow(r[3], 1.0 / (1.0 - w2)) * pow(r[4], 1.0 - 1.0 / (1.0 - w2));
			r[1] = pow(r[2], 1.0 / w1) * pow(r[3], 1.0 - 1.0 / w1);
		} else if (have[2] && have[4]) {
			r[3] = pow(r[2], 1.0 - w2) * pow(r[4], w2);
			r[1] = pow(r[2], 1.0 / w1) * pow(r[3], 1.0 - 1.0 / w1);
		} else if (have[2] && have[3]) {
			r[4] = pow(r[2], 1.0 - 1.0 / w2) * pow(r[3], 1.0 / w2);
			r[1] = pow(r[2], 1.0 / w1) * pow(r[3], 1.0 - 1.0 / w1);
		} else if (have[1] && have[4]) {
			double q = w1 * -w2 + (w1 + w2);
			r[2] = pow(r[1], w1 / q) * pow(r[4], 1.0 - w1 / q);
			r[3] = pow(r[1], 1.0 - w2 / q) * pow(r[4], w2 / q);
		} else if (have[1] && have[3]) {
			r[2] = pow(r[1], w1) * pow(r[3], 1.0 - w1);
			r[4] = pow(r[2], 1.0 - 1.0 / w2) * pow(r[3], 1.0 / w2);
		} else {
			r[3] = pow(r[1], 1.0 - 1.0 / (1.0 - w1)) * pow(r[2], 1.0 / (1.0 - w1));
			r[4] = pow(r[2], 1.0 - 1.0 / w2) * pow(r[3], 1.0 / w2);
		}
	} else if (known == 3) {
		if (!have[1])
			r[1] = pow(r[2], 1.0 / w1) * pow(r[3], 1.0 - 1.0 / w1);
		else if (!have[2])
			r[2] = pow(r[1], w1) * pow(r[3], 1.0 - w1);
		else if (!have[3])
			r[3] = pow(r[2], 1.0 - w2) * pow(r[4], w2);
		else
			r[4] = pow(r[2], 1.0 - 1.0 / w2) * pow(r[3], 1.0 / w2);
	}
	for (int g = 1; g <= 4; g++) {
		r[g] = clampd(r[g], FSRS_S_MIN, 100.0);
		have[g] = true;
	}
	return true;
}

/* Outlier filter and pre-training.  Marks the items kept for training in keep[]
 * and returns the initial stabilities in s0[1..4] (false: no data for them). */
struct group {
	int rating;
	double dt;
	size_t count, recalled;
	bool removed;
};

static int compare_groups(const void *a, const void *b)
{
	const struct group *x = a, *y = b;
	if (x->rating != y->rating)
		return x->rating - y->rating;
	if (x->count != y->count)
		return x->count < y->count ? -1 : 1;
	return x->dt < y->dt ? -1 : x->dt > y->dt;
}

static int compare_groups_key(const void *a, const void *b)
{
	const struct group *x = a, *y = b;
	if (x->rating != y->rating)
		return x->rating - y->rating;
	return x->dt < y->dt ? -1 : x->dt > y->dt;
}

/* The first long-term interval of a card (0 if it has none) and whether the item
 * at pos is that first long-term review. */
static double first_long_term(const struct history *h, size_t card, size_t pos, bool *is_first)
{
	size_t a = h->start[card];
	for (size_t k = 1; k <= pos; k++) {
		if (h->dt[a + k] > 0) {
			*is_first = k == pos;
			return h->dt[a + k];
		}
	}
	*is_first = false;
	return 0;
}

static void prepare(const struct history *h, const struct item *items, size_t nitems, bool *keep,
		    size_t *nkept, size_t *ninit, double s0[5], bool have[5], double count[5])
{
	struct group *groups = xmalloc((nitems + 1) * sizeof *groups);
	/* Groups of initialization items: exactly one long-term review. */
	size_t ng = 0;
	for (size_t j = 0; j < nitems; j++) {
		bool first;
		double dt = first_long_term(h, items[j].card, items[j].pos, &first);
		if (!first)
			continue;
		size_t a = h->start[items[j].card];
		groups[ng++] =
		    (struct group){h->rating[a], dt, 1, h->rating[a + items[j].pos] > 1, false};
	}
	qsort(groups, ng, sizeof *groups, compare_groups_key);
	size_t nu = 0;
	for (size_t i = 0; i < ng; i++) {
		if (nu && groups[nu - 1].rating == groups[i].rating &&
		    groups[nu - 1].dt == groups[i].dt) {
			groups[nu - 1].count++;
			groups[nu - 1].recalled += groups[i].recalled;
		} else {
			groups[nu++] = groups[i];
		}
	}
	qsort(groups, nu, sizeof *groups, compare_groups);
	for (size_t i = 0; i < nu;) {
		size_t end = i, total = 0;
		while (end < nu && groups[end].rating == groups[i].rating)
			total += groups[end++].count;
		size_t removed = 0, limit = total / 20 > 20 ? total / 20 : 20;
		for (size_t k = i; k < end; k++) {
			if (removed + groups[k].count < limit) {
				removed += groups[k].count;
				groups[k].removed = true;
			} else if (groups[k].count < 6 ||
				   groups[k].dt > (groups[k].rating == 4 ? 365 : 100)) {
				groups[k].removed = true;
			}
		}
		i = end;
	}
	qsort(groups, nu, sizeof *groups, compare_groups_key);
	*nkept = *ninit = 0;
	for (size_t j = 0; j < nitems; j++) {
		bool first;
		double dt = first_long_term(h, items[j].card, items[j].pos, &first);
		struct group key = {h->rating[h->start[items[j].card]], dt, 0, 0, false};
		struct group *g = bsearch(&key, groups, nu, sizeof *groups, compare_groups_key);
		keep[j] = !(g && g->removed);
		*nkept += keep[j];
		*ninit += keep[j] && first;
	}
	/* Average recall over all items, then S0 per first rating from the kept groups. */
	double recalled = 0;
	for (size_t j = 0; j < nitems; j++)
		recalled += h->rating[h->start[items[j].card] + items[j].pos] > 1;
	double average_recall = nitems ? recalled / (double)nitems : 0;
	struct recall_point *pts = xmalloc((nu + 1) * sizeof *pts);
	for (int r = 1; r <= 4; r++) {
		size_t n = 0;
		count[r] = 0;
		for (size_t i = 0; i < nu; i++) {
			if (groups[i].rating != r || groups[i].removed)
				continue;
			pts[n++] = (struct recall_point){
			    groups[i].dt, (double)groups[i].recalled / (double)groups[i].count,
			    (double)groups[i].count};
			count[r] += (double)groups[i].count;
		}
		have[r] = n > 0;
		if (n)
			s0[r] = search_s0(pts, n, average_recall, fsrs_default_params[r - 1]);
	}
	free(pts);
	free(groups);
}

/* The training loop: Adam over batches of whole cards. */
static void train(const struct history *h, const double *w_init, bool short_term,
		  int relearning_steps, size_t total, double *w_out)
{
	size_t ncards = h->ncards;
	size_t *order = xmalloc((ncards + 1) * sizeof *order);
	size_t *batch_start = xmalloc((ncards + 2) * sizeof *batch_start);
	size_t *batch_items = xmalloc((ncards + 1) * sizeof *batch_items);
	struct step *steps = xmalloc((MAX_SEQ_LEN + 1) * sizeof *steps);
	/* Cards with something to predict, packed into batches of about 512 items. */
	size_t nused = 0, nbatches = 0, in_batch = 0;
	for (size_t card = 0; card < ncards; card++) {
		size_t items = 0;
		for (size_t i = h->start[card] + 1; i < h->start[card + 1]; i++)
			items += h->weight[i] > 0;
		if (!items)
			continue;
		if (in_batch == 0)
			batch_start[nbatches] = nused;
		order[nused++] = card;
		in_batch += items;
		if (in_batch >= BATCH_ITEMS) {
			batch_items[nbatches++] = in_batch;
			in_batch = 0;
		}
	}
	if (in_batch)
		batch_items[nbatches++] = in_batch;
	batch_start[nbatches] = nused;
	size_t *shuffled = xmalloc((nbatches + 1) * sizeof *shuffled);

	double w[FSRS_NPARAMS], m[FSRS_NPARAMS] = {0}, v[FSRS_NPARAMS] = {0};
	double best[FSRS_NPARAMS], best_loss = INFINITY;
	memcpy(w, w_init, sizeof w);
	memcpy(best, w_init, sizeof best);
	bool frozen[FSRS_NPARAMS] = {false};
	if (!short_term)
		for (int i = 0; i < 4; i++)
			frozen[i] = true;
	if (!short_term)
		frozen[17] = frozen[18] = frozen[19] = true;
	double iterations = (double)((total / BATCH_ITEMS + 1) * EPOCHS);
	uint64_t rng = SEED;
	long step_count = 0;
	for (int epoch = 0; epoch < EPOCHS; epoch++) {
		for (size_t b = 0; b < nbatches; b++)
			shuffled[b] = b;
		for (size_t b = nbatches; b > 1; b--) {
			size_t j = next_random(&rng) % b, tmp = shuffled[b - 1];
			shuffled[b - 1] = shuffled[j];
			shuffled[j] = tmp;
		}
		for (size_t bi = 0; bi < nbatches; bi++) {
			size_t b = shuffled[bi];
			double grad[FSRS_NPARAMS] = {0};
			struct consts c;
			consts_init(&c, w);
			for (size_t k = batch_start[b]; k < batch_start[b + 1]; k++)
				card_loss(&c, h, order[k], steps, grad);
			penalty(w, w_init, (double)batch_items[b] / (double)total, grad);
			step_count++;
			double lr =
			    LEARNING_RATE * (1 + cos(M_PI * (double)step_count / iterations)) / 2;
			double c1 = 1 - pow(0.9, (double)step_count);
			double c2 = 1 - pow(0.999, (double)step_count);
			for (int i = 0; i < FSRS_NPARAMS; i++) {
				double g = frozen[i] || !isfinite(grad[i]) ? 0 : grad[i];
				m[i] = 0.9 * m[i] + 0.1 * g;
				v[i] = 0.999 * v[i] + 0.001 * g * g;
				if (!frozen[i])
					w[i] -= lr * (m[i] / c1) / (sqrt(v[i] / c2) + 1e-8);
			}
			fsrs_params_clip(w, relearning_steps, short_term);
		}
		/* Keep the epoch with the lowest loss on the training items. */
		struct consts c;
		consts_init(&c, w);
		double loss = penalty(w, w_init, 1.0, NULL);
		for (size_t k = 0; k < nused; k++)
			loss += card_loss(&c, h, order[k], steps, NULL);
		if (loss < best_loss) {
			best_loss = loss;
			memcpy(best, w, sizeof best);
		}
	}
	memcpy(w_out, best, sizeof best);
	free(shuffled);
	free(order);
	free(batch_start);
	free(batch_items);
	free(steps);
}

static void history_free(struct history *h)
{
	free(h->start);
	free(h->rating);
	free(h->dt);
	free(h->time);
	free(h->weight);
}

void optimize_fit(const struct optimize_card *cards, size_t ncards,
		  const struct optimize_options *options, struct optimize_result *result)
{
	memset(result, 0, sizeof *result);
	memcpy(result->w, fsrs_default_params, sizeof result->w);
	struct history h = {.ncards = ncards};
	for (size_t c = 0; c < ncards; c++)
		h.nreviews += cards[c].count;
	h.start = xmalloc((ncards + 1) * sizeof *h.start);
	h.rating = xmalloc(h.nreviews + 1);
	h.dt = xmalloc((h.nreviews + 1) * sizeof *h.dt);
	h.time = xmalloc((h.nreviews + 1) * sizeof *h.time);
	h.weight = xcalloc(h.nreviews + 1, sizeof *h.weight);
	struct item *items = xmalloc((h.nreviews + 1) * sizeof *items);
	bool *keep = xmalloc(h.nreviews + 1);
	struct step *steps = xmalloc((MAX_SEQ_LEN + 1) * sizeof *steps);

	size_t nitems = 0, k = 0;
	for (size_t c = 0; c < ncards; c++) {
		h.start[c] = k;
		for (size_t i = 0; i < cards[c].count; i++, k++) {
			const struct optimize_review *r = &cards[c].reviews[i];
			h.rating[k] = (unsigned char)r->rating;
			h.time[k] = r->time;
			int64_t days = i ? r->day - cards[c].reviews[i - 1].day : 0;
			h.dt[k] = days > 0 ? (double)days : 0;
			if (i > 0 && days > 0)
				items[nitems++] = (struct item){(uint32_t)c, (uint32_t)i, r->time};
		}
	}
	h.start[ncards] = k;
	qsort(items, nitems, sizeof *items, compare_items);
	result->items = nitems;

	size_t nkept = 0, ninit = 0;
	double s0[5] = {0}, count[5] = {0};
	bool have[5] = {false};
	prepare(&h, items, nitems, keep, &nkept, &ninit, s0, have, count);
	if (nkept == 0)
		memset(keep, true, nitems);
	evaluate(fsrs_default_params, &h, items, nitems, keep, steps, &result->default_log_loss,
		 &result->default_rmse_bins);
	result->log_loss = result->default_log_loss;
	result->rmse_bins = result->default_rmse_bins;
	double w_init[FSRS_NPARAMS];
	memcpy(w_init, fsrs_default_params, sizeof w_init);
	bool had[5];
	memcpy(had, have, sizeof had);
	if (nkept < 8 || !smooth_and_fill(s0, have, count))
		goto done;
	for (int i = 0; i < 4; i++)
		w_init[i] = s0[i + 1];
	if (!options->short_term)
		w_init[17] = w_init[18] = w_init[19] = 0;
	double w[FSRS_NPARAMS];
	memcpy(w, w_init, sizeof w);
	if (nkept != ninit && nkept >= 64) {
		/* Recency weights over the kept items in time order. */
		size_t j = 0, total = 0;
		for (size_t i = 0; i < nitems; i++) {
			if (!keep[i])
				continue;
			if (items[i].pos + 1 <= MAX_SEQ_LEN) {
				h.weight[h.start[items[i].card] + items[i].pos] =
				    recency_weight(j, nkept);
				total++;
			}
			j++;
		}
		train(&h, w_init, options->short_term, options->relearning_steps, total, w);
		/* The trained S0 values, in order again. */
		double trained[5];
		for (int i = 0; i < 4; i++)
			trained[i + 1] = w[i];
		smooth_and_fill(trained, had, count);
		for (int i = 0; i < 4; i++)
			w[i] = trained[i + 1];
	}
	memcpy(result->w, w, sizeof w);
	result->trained = true;
	evaluate(result->w, &h, items, nitems, keep, steps, &result->log_loss, &result->rmse_bins);
done:
	free(steps);
	free(keep);
	free(items);
	history_free(&h);
}
