/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "cordial fsrs": reviews replayed through the FSRS-6 memory model, scheduler and optimizer. */
#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "fsrs.h"
#include "i18n.h"
#include "mem.h"
#include "optimize.h"

/* Input is read in large blocks; every data line has exactly three tab-separated
 * fields.  Blank lines and lines starting with '#' are skipped, and so is a
 * first line whose second and third fields are not numbers (a header). */

#define MAX_FIELDS 3

struct reader {
	FILE *in;
	char *buf; /* read in blocks; lines are cut in place */
	size_t cap, start, end;
	bool eof;
	long lineno;
	bool seen_data;
	char *field[MAX_FIELDS];
	size_t len[MAX_FIELDS];
};

static bool is_integer(const char *s)
{
	if (*s == '-' || *s == '+')
		s++;
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

/* Keeps the unread part of the buffer, makes room and reads another block.
 * Returns false when the buffer cannot grow (the read error is reported by the
 * caller). */
static bool reader_fill(struct reader *r)
{
	if (r->end > r->start)
		memmove(r->buf, r->buf + r->start, r->end - r->start);
	r->end -= r->start;
	r->start = 0;
	if (r->cap - r->end < 65536) {
		size_t cap = r->cap ? r->cap * 2 : 1 << 20;
		char *grown = xrealloc(r->buf, cap + 1); /* + 1: room for the sentinel */
		r->buf = grown;
		r->cap = cap;
	}
	size_t got = fread(r->buf + r->end, 1, r->cap - r->end, r->in);
	r->end += got;
	if (got == 0)
		r->eof = true;
	return true;
}

/* Reads the next data line into r->field[] (each NUL-terminated in place).
 * Returns 1 for a line, 0 at the end, -1 after reporting an error. */
static int reader_next(struct reader *r)
{
	for (;;) {
		/* One pass over the line finds its end and its tabs: lines are short,
		 * so this beats a memchr() per field.  A '\n' stored after the data
		 * stops the scan at the end of the buffer. */
		char *line = r->buf ? r->buf + r->start : NULL;
		char *end = r->buf ? r->buf + r->end : NULL;
		char *tab[MAX_FIELDS];
		int tabs = 0;
		char *p = line;
		if (line) {
			*end = '\n';
			for (; *p != '\n'; p++) {
				if (*p == '\t') {
					if (tabs < MAX_FIELDS)
						tab[tabs] = p;
					tabs++;
				}
			}
		}
		if (p == end && !r->eof) {
			if (!reader_fill(r) || ferror(r->in)) {
				cli_error(_("cannot read the standard input"));
				return -1;
			}
			continue; /* scan the line again from its start */
		}
		if (p == end && line == end)
			return 0;
		r->start = (size_t)(p - r->buf) + (p < end);
		*p = '\0';
		size_t n = (size_t)(p - line);
		r->lineno++;
		while (n > 0 && line[n - 1] == '\r')
			line[--n] = '\0';
		if (n == 0 || line[0] == '#')
			continue;
		int count = tabs + 1;
		if (count != MAX_FIELDS) {
			cli_error(
			    ngettext("line %ld: expected 3 tab-separated fields, found %d field",
				     "line %ld: expected 3 tab-separated fields, found %d fields",
				     (unsigned long)count),
			    r->lineno, count);
			return -1;
		}
		char *stop[MAX_FIELDS] = {tab[0], tab[1], line + n};
		char *f = line;
		for (int i = 0; i < MAX_FIELDS; i++) {
			*stop[i] = '\0';
			r->field[i] = f;
			r->len[i] = (size_t)(stop[i] - f);
			f = stop[i] + 1;
		}
		if (!r->seen_data) {
			r->seen_data = true;
			if (!is_integer(r->field[1]) && !is_integer(r->field[2]))
				continue; /* a header */
		}
		if (r->len[0] == 0) {
			cli_error(_("line %ld: the card ID is empty"), r->lineno);
			return -1;
		}
		return 1;
	}
}

static void reader_free(struct reader *r)
{
	free(r->buf);
}

/* Strict whole number with an optional sign; false on anything else, including
 * numbers beyond 18 digits. */
static bool parse_int64(const char *s, int64_t *out)
{
	bool negative = *s == '-';
	if (*s == '-' || *s == '+')
		s++;
	int64_t v = 0;
	int digits = 0;
	for (; *s >= '0' && *s <= '9'; s++, digits++) {
		if (digits == 18)
			return false; /* more would not fit: refuse before multiplying */
		v = v * 10 + (*s - '0');
	}
	if (*s || digits == 0)
		return false;
	*out = negative ? -v : v;
	return true;
}

static int parse_rating(const struct reader *r)
{
	const char *s = r->field[2];
	if (s[0] >= '1' && s[0] <= '4' && s[1] == '\0')
		return s[0] - '0';
	cli_error(_("line %ld: unknown rating '%s' (expected 1 Again, 2 Hard, 3 Good or 4 Easy)"),
		  r->lineno, s);
	return -1;
}

/* Cards by ID: open addressing over a power-of-two table. */

struct card_slot {
	char *id; /* NULL: empty slot; otherwise NUL-terminated, in the table's arena */
	uint64_t hash;
	size_t len;
	size_t index; /* order of first appearance, into card_table.cards */
};

/* The IDs are copied into large blocks rather than one malloc() each. */
struct id_block {
	struct id_block *next;
	size_t used, cap;
	char text[];
};

/* The slots stay small so that probing stays in the cache; the cards' states
 * live in a dense array beside them. */
struct card_table {
	struct card_slot *slots;
	size_t cap, count;
	struct fsrs_card *cards;
	size_t cards_cap;
	struct id_block *ids;
};

/* Whether the slot holds this ID: the quick test for "same card as the previous
 * line", which is most lines. */
static bool slot_is(const struct card_slot *slot, const char *id, size_t n)
{
	if (slot->len != n)
		return false;
	/* IDs are short: a loop beats a call to memcmp(). */
	for (size_t i = 0; i < n; i++)
		if (slot->id[i] != id[i])
			return false;
	return true;
}

/* A NUL-terminated copy of the n bytes at id, or NULL when memory runs out. */
static char *table_copy_id(struct card_table *t, const char *id, size_t n)
{
	struct id_block *b = t->ids;
	if (!b || b->cap - b->used < n + 1) {
		size_t cap = n + 1 > 65536 ? n + 1 : 65536;
		b = xmalloc(sizeof *b + cap);
		b->next = t->ids;
		b->used = 0;
		b->cap = cap;
		t->ids = b;
	}
	char *copy = b->text + b->used;
	memcpy(copy, id, n);
	copy[n] = '\0';
	b->used += n + 1;
	return copy;
}

static uint64_t hash_id(const char *s, size_t n)
{
	uint64_t h = UINT64_C(1469598103934665603);
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * UINT64_C(1099511628211);
	return h ? h : 1;
}

static bool table_grow(struct card_table *t)
{
	size_t cap = t->cap ? t->cap * 2 : 1024;
	struct card_slot *slots = xcalloc(cap, sizeof *slots);
	for (size_t i = 0; i < t->cap; i++) {
		if (!t->slots[i].id)
			continue;
		size_t j = t->slots[i].hash & (cap - 1);
		while (slots[j].id)
			j = (j + 1) & (cap - 1);
		slots[j] = t->slots[i];
	}
	free(t->slots);
	t->slots = slots;
	t->cap = cap;
	return true;
}

/* The slot for id, created (with *created set) when it is new. */
static struct card_slot *table_get(struct card_table *t, const char *id, size_t n, bool *created)
{
	if ((t->count + 1) * 4 > t->cap * 3)
		table_grow(t);
	uint64_t h = hash_id(id, n);
	size_t j = h & (t->cap - 1);
	for (; t->slots[j].id; j = (j + 1) & (t->cap - 1)) {
		if (t->slots[j].hash == h && slot_is(&t->slots[j], id, n)) {
			*created = false;
			return &t->slots[j];
		}
	}
	if (t->count == t->cards_cap) {
		size_t cap = t->cards_cap ? t->cards_cap * 2 : 1024;
		struct fsrs_card *cards = xrealloc(t->cards, cap * sizeof *cards);
		t->cards = cards;
		t->cards_cap = cap;
	}
	char *copy = table_copy_id(t, id, n);
	memset(&t->cards[t->count], 0, sizeof *t->cards);
	t->slots[j] = (struct card_slot){.id = copy, .hash = h, .len = n, .index = t->count++};
	*created = true;
	return &t->slots[j];
}

static void table_free(struct card_table *t)
{
	while (t->ids) {
		struct id_block *next = t->ids->next;
		free(t->ids);
		t->ids = next;
	}
	free(t->slots);
	free(t->cards);
}

/* Output.  Numbers are printed like "%.8f" in the C locale; the common case is
 * formatted by hand because printf dominates the run time otherwise. */

static char *put_fixed8(char *p, double x)
{
	double a = fabs(x);
	if (!(a < 40000.0)) {
		return p + sprintf(p, "%.8f", x);
	}
	/* a * 1e8 is below 2^42, so its rounding error is under 2^-11; only values
	 * that close to a half need the exact decimal expansion printf computes. */
	double y = a * 1e8;
	uint64_t v = (uint64_t)y;
	double frac = y - (double)v;
	if (fabs(frac - 0.5) < 0.01)
		return p + sprintf(p, "%.8f", x);
	v += frac > 0.5;
	if (signbit(x))
		*p++ = '-';
	static const char pairs[] = "00010203040506070809101112131415161718192021222324"
				    "25262728293031323334353637383940414243444546474849"
				    "50515253545556575859606162636465666768697071727374"
				    "75767778798081828384858687888990919293949596979899";
	/* whole < 40000: at most five digits, written as pairs like the decimals
	 * instead of one division per digit. */
	uint32_t whole = (uint32_t)(v / 100000000u), part = (uint32_t)(v % 100000000u);
	int k = whole >= 10000 ? 5 : whole >= 1000 ? 4 : whole >= 100 ? 3 : whole >= 10 ? 2 : 1;
	char *q = p + k;
	while (whole >= 10) {
		q -= 2;
		memcpy(q, pairs + 2 * (whole % 100), 2);
		whole /= 100;
	}
	if (q > p)
		*p = (char)('0' + whole);
	p += k;
	*p++ = '.';
	/* The eight decimals as two independent halves of two pairs each, which
	 * shortens the chain of divisions. */
	uint32_t high = part / 10000, low = part % 10000;
	memcpy(p, pairs + 2 * (high / 100), 2);
	memcpy(p + 2, pairs + 2 * (high % 100), 2);
	memcpy(p + 4, pairs + 2 * (low / 100), 2);
	memcpy(p + 6, pairs + 2 * (low % 100), 2);
	return p + 8;
}

static char *put_int(char *p, int64_t v)
{
	char digits[24];
	int k = 0;
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	if (v < 0)
		*p++ = '-';
	do {
		digits[k++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	while (k)
		*p++ = digits[--k];
	return p;
}

/* Output lines are formatted straight into one large buffer, which goes to
 * stdout in blocks: a write per line would cost more than the line's maths. */
struct output {
	char *buf;
	size_t len, cap;
	bool failed; /* out of memory or a write error */
};

static bool output_flush(struct output *o)
{
	if (o->len && !o->failed && fwrite_unlocked(o->buf, 1, o->len, stdout) != o->len)
		o->failed = true;
	o->len = 0;
	return !o->failed;
}

/* Starts a line with the card ID and leaves room for `more` bytes after it;
 * returns where they go, or NULL on failure.  output_end() closes the line. */
static char *output_begin(struct output *o, const char *id, size_t idlen, size_t more)
{
	size_t need = idlen + more;
	if (!o->buf || o->cap - o->len < need) {
		if (!output_flush(o))
			return NULL;
		if (!o->buf || o->cap < need) {
			size_t cap = need > (1 << 20) ? need : 1 << 20;
			char *grown = xrealloc(o->buf, cap);
			o->buf = grown;
			o->cap = cap;
		}
	}
	memcpy(o->buf + o->len, id, idlen);
	return o->buf + o->len + idlen;
}

static void output_end(struct output *o, const char *p)
{
	o->len = (size_t)(p - o->buf);
}

/* Writes what is left; false when any write failed. */
static bool output_close(struct output *o)
{
	bool ok = output_flush(o);
	free(o->buf);
	return ok;
}

/* Options shared by the subcommands. */

struct settings {
	double params[FSRS_NPARAMS];
	size_t nparams; /* 0: defaults */
	const char *params_text;
	double retention;
	bool short_term;
	struct fsrs_steps learning, relearning;
	bool fuzz;
	uint64_t fuzz_seed;
	bool time_ms;
};

static bool parse_number(const char *s, double *out)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (end == s || *end || errno)
		return false;
	*out = v;
	return true;
}

/* "W0,...,W20", optionally in brackets and with blanks, as JSON prints it. */
static bool parse_params(const char *text, double *w, size_t *n)
{
	const char *p = text;
	size_t count = 0;
	while (*p == ' ' || *p == '[')
		p++;
	for (;;) {
		char *end;
		errno = 0;
		double v = strtod(p, &end);
		if (end == p || errno == ERANGE)
			return false;
		if (count < 32)
			w[count] = v;
		count++;
		p = end;
		while (*p == ' ')
			p++;
		if (*p == ',') {
			p++;
			continue;
		}
		while (*p == ']' || *p == ' ')
			p++;
		if (*p)
			return false;
		break;
	}
	*n = count;
	return true;
}

/* The model from the settings: 17, 19 or 21 parameters are checked (an error
 * names the parameter) and migrated. Returns EXIT_OK or EXIT_FAIL. */
static int build_model(const struct settings *st, int relearning_steps, struct fsrs_model *model)
{
	double w[FSRS_NPARAMS];
	memcpy(w, fsrs_default_params, sizeof w);
	if (st->params_text) {
		double raw[32];
		size_t n = 0;
		if (!parse_params(st->params_text, raw, &n)) {
			cli_error(_("--params: expected numbers separated by commas"));
			return EXIT_FAIL;
		}
		int bad;
		enum fsrs_error e =
		    n > 32 ? FSRS_ERR_COUNT : fsrs_params_check(raw, n, st->short_term, &bad);
		if (e == FSRS_ERR_COUNT) {
			cli_error(ngettext("--params: expected 17, 19 or 21 parameters, got %zu",
					   "--params: expected 17, 19 or 21 parameters, got %zu",
					   (unsigned long)n),
				  n);
			return EXIT_FAIL;
		}
		if (e == FSRS_ERR_NOT_FINITE) {
			cli_error(_("--params: w%d is not a finite number"), bad);
			return EXIT_FAIL;
		}
		if (e == FSRS_ERR_RANGE) {
			double lo, hi;
			fsrs_param_range(bad, st->short_term, &lo, &hi);
			cli_error(_("--params: w%d = %g is outside its range [%g, %g]"), bad,
				  raw[bad], lo, hi);
			return EXIT_FAIL;
		}
		fsrs_params_migrate(raw, n, relearning_steps, st->short_term, w);
	} else {
		fsrs_params_clip(w, relearning_steps, st->short_term);
	}
	if (fsrs_model_init(model, w, st->retention, FSRS_MAX_INTERVAL, st->short_term) !=
	    FSRS_OK) {
		cli_error(_("--retention must be greater than 0 and at most 1"));
		return EXIT_FAIL;
	}
	return EXIT_OK;
}

enum {
	OPT_PARAMS = 256,
	OPT_RETENTION,
	OPT_NO_SHORT_TERM,
	OPT_LEARNING_STEPS,
	OPT_RELEARNING_STEPS,
	OPT_FUZZ_SEED,
	OPT_TIME,
};

/* Parses the options of one subcommand (argv[0] is its name).  Returns -1 when
 * the command should go on, or the exit status. */
static int parse_options(const char *sub, const struct option *options, int argc, char **argv,
			 struct settings *st, void (*help)(void))
{
	int opt;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "+:h", options, NULL)) != -1) {
		switch (opt) {
		case 'h':
			help();
			return EXIT_OK;
		case OPT_PARAMS:
			st->params_text = optarg;
			break;
		case OPT_RETENTION:
			if (!parse_number(optarg, &st->retention) ||
			    !(st->retention > 0 && st->retention <= 1)) {
				cli_error(
				    _("--retention must be a number greater than 0 and at most 1"));
				return EXIT_USAGE;
			}
			break;
		case OPT_NO_SHORT_TERM:
			st->short_term = false;
			break;
		case OPT_LEARNING_STEPS:
		case OPT_RELEARNING_STEPS:
			if (fsrs_steps_parse(optarg, opt == OPT_LEARNING_STEPS
							 ? &st->learning
							 : &st->relearning) < 0) {
				cli_error(
				    _("%s: expected steps such as 1m,10m (units m, h or d; at "
				      "most 16 steps)"),
				    opt == OPT_LEARNING_STEPS ? "--learning-steps"
							      : "--relearning-steps");
				return EXIT_USAGE;
			}
			break;
		case OPT_FUZZ_SEED: {
			int64_t seed;
			if (!parse_int64(optarg, &seed) || seed < 0) {
				cli_error(_("--fuzz-seed must be a whole number"));
				return EXIT_USAGE;
			}
			st->fuzz = true;
			st->fuzz_seed = (uint64_t)seed;
			break;
		}
		case OPT_TIME:
			if (!strcmp(optarg, "day") || !strcmp(optarg, "ms")) {
				st->time_ms = !strcmp(optarg, "ms");
				break;
			}
			cli_error(_("--time must be 'day' or 'ms'"));
			return EXIT_USAGE;
		case ':':
			cli_error(_("option '%s' needs a value; try 'cordial fsrs %s --help'"),
				  argv[optind - 1], sub);
			return EXIT_USAGE;
		default:
			cli_error(_("unknown option '%s'; try 'cordial fsrs %s --help'"),
				  argv[optind - 1], sub);
			return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		cli_error(_("unexpected argument '%s'; try 'cordial fsrs %s --help'"), argv[optind],
			  sub);
		return EXIT_USAGE;
	}
	return -1;
}

static void settings_defaults(struct settings *st)
{
	memset(st, 0, sizeof *st);
	st->retention = FSRS_DEFAULT_RETENTION;
	st->short_term = true;
	struct fsrs_scheduler sched;
	fsrs_scheduler_defaults(&sched);
	st->learning = sched.learning;
	st->relearning = sched.relearning;
}

static void help_option(const char *option, const char *text)
{
	printf("  %-28s %s\n", option, text);
}

/* cordial fsrs memory */

static void memory_help(void)
{
	printf(_("Usage: %s\n"), "cordial fsrs memory [--params W0,...,W20] [--retention R] "
				 "[--no-short-term]");
	fputs(_("Replays reviews through the FSRS-6 memory model.\n"
		"Reads lines of ID, DELTA_DAYS and RATING (tab-separated) on the standard input:\n"
		"a new ID starts a new card, whose first DELTA_DAYS is 0; RATING is 1 Again,\n"
		"2 Hard, 3 Good or 4 Easy.  Prints ID, STABILITY, DIFFICULTY and INTERVAL_DAYS\n"
		"for each line.\n\n"),
	      stdout);
	fputs(_("Options:\n"), stdout);
	help_option("--params W0,...,W20", _("parameters (17, 19 or 21 numbers; default FSRS-6)"));
	help_option("--retention R", _("desired retention for the interval (default 0.9)"));
	help_option("--no-short-term", _("same-day reviews use the long-term formulas"));
	help_option("-h, --help", _("show this help and exit"));
}

static int run_memory(int argc, char **argv)
{
	static const struct option options[] = {
	    {"params", required_argument, NULL, OPT_PARAMS},
	    {"retention", required_argument, NULL, OPT_RETENTION},
	    {"no-short-term", no_argument, NULL, OPT_NO_SHORT_TERM},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	struct settings st;
	settings_defaults(&st);
	int status = parse_options("memory", options, argc, argv, &st, memory_help);
	if (status >= 0)
		return status;
	struct fsrs_model model;
	if (build_model(&st, 1, &model) != EXIT_OK)
		return EXIT_FAIL;

	struct reader r = {.in = stdin};
	struct card_table cards = {0};
	struct card_slot *last = NULL;
	struct output out = {0};
	status = EXIT_OK;
	int got;
	mem_activity("%s", _("reading the review log"));
	while ((got = reader_next(&r)) > 0) {
		int64_t delta;
		if (!parse_int64(r.field[1], &delta)) {
			cli_error(
			    _("line %ld: DELTA_DAYS must be a whole number of days, not '%s'"),
			    r.lineno, r.field[1]);
			status = EXIT_FAIL;
			break;
		}
		int rating = parse_rating(&r);
		if (rating < 0) {
			status = EXIT_FAIL;
			break;
		}
		struct card_slot *slot = last;
		bool created = false;
		if (!slot || !slot_is(slot, r.field[0], r.len[0]))
			slot = table_get(&cards, r.field[0], r.len[0], &created);
		last = slot;
		if (created && delta != 0) {
			cli_error(
			    _("line %ld: card %s: the first review must have DELTA_DAYS 0, not "
			      "%lld"),
			    r.lineno, r.field[0], (long long)delta);
			status = EXIT_FAIL;
			break;
		}
		if (delta < 0) {
			cli_error(_("line %ld: card %s: time goes backwards (DELTA_DAYS %lld)"),
				  r.lineno, r.field[0], (long long)delta);
			status = EXIT_FAIL;
			break;
		}
		struct fsrs_memory next;
		if (fsrs_next_memory(&model, cards.cards[slot->index].memory, (double)delta, rating,
				     &next, NULL) < 0) {
			cli_error(_("line %ld: card %s: this review cannot be applied"), r.lineno,
				  r.field[0]);
			status = EXIT_FAIL;
			break;
		}
		cards.cards[slot->index].memory = next;
		/* Two numbers below 10^5 with 8 decimals and an interval. */
		char *p = output_begin(&out, r.field[0], r.len[0], 128);
		if (!p) {
			status = EXIT_FAIL;
			break;
		}
		*p++ = '\t';
		p = put_fixed8(p, next.stability);
		*p++ = '\t';
		p = put_fixed8(p, next.difficulty);
		*p++ = '\t';
		p = put_int(p, fsrs_next_interval(&model, next.stability));
		*p++ = '\n';
		output_end(&out, p);
	}
	if (!output_close(&out) || got < 0)
		status = EXIT_FAIL;
	reader_free(&r);
	table_free(&cards);
	return status;
}

/* cordial fsrs schedule */

static void schedule_help(void)
{
	printf(_("Usage: %s\n"), "cordial fsrs schedule [--params W0,...,W20] [--retention R] "
				 "[--learning-steps 1m,10m] [--relearning-steps 10m] "
				 "[--fuzz-seed N] [--no-short-term]");
	fputs(_("Replays reviews through the FSRS-6 scheduler (as ts-fsrs 5 schedules).\n"
		"Reads lines of ID, EPOCH_MS and RATING (tab-separated) on the standard input,\n"
		"each card's reviews in time order.  Prints ID, STATE (learning, review or\n"
		"relearning), STABILITY, DIFFICULTY, SCHEDULED_DAYS and DUE_EPOCH_MS for each\n"
		"line.  Days are UTC calendar days.\n\n"),
	      stdout);
	fputs(_("Options:\n"), stdout);
	help_option("--params W0,...,W20", _("parameters (17, 19 or 21 numbers; default FSRS-6)"));
	help_option("--retention R", _("desired retention (default 0.9)"));
	help_option("--learning-steps LIST", _("learning steps, units m, h, d (default 1m,10m)"));
	help_option("--relearning-steps LIST", _("relearning steps (default 10m)"));
	help_option("--fuzz-seed N", _("spread intervals with fuzz drawn from seed N"));
	help_option("--no-short-term", _("no steps: every rating schedules in days"));
	help_option("-h, --help", _("show this help and exit"));
}

static const char *state_name(enum fsrs_state state)
{
	switch (state) {
	case FSRS_LEARNING:
		return "learning";
	case FSRS_REVIEW:
		return "review";
	case FSRS_RELEARNING:
		return "relearning";
	default:
		return "new";
	}
}

static int run_schedule(int argc, char **argv)
{
	static const struct option options[] = {
	    {"params", required_argument, NULL, OPT_PARAMS},
	    {"retention", required_argument, NULL, OPT_RETENTION},
	    {"learning-steps", required_argument, NULL, OPT_LEARNING_STEPS},
	    {"relearning-steps", required_argument, NULL, OPT_RELEARNING_STEPS},
	    {"fuzz-seed", required_argument, NULL, OPT_FUZZ_SEED},
	    {"no-short-term", no_argument, NULL, OPT_NO_SHORT_TERM},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	struct settings st;
	settings_defaults(&st);
	int status = parse_options("schedule", options, argc, argv, &st, schedule_help);
	if (status >= 0)
		return status;
	struct fsrs_scheduler sched;
	fsrs_scheduler_defaults(&sched);
	sched.learning = st.learning;
	sched.relearning = st.relearning;
	sched.fuzz = st.fuzz;
	sched.fuzz_seed = st.fuzz_seed;
	if (build_model(&st, st.relearning.count, &sched.model) != EXIT_OK)
		return EXIT_FAIL;

	struct reader r = {.in = stdin};
	struct card_table cards = {0};
	struct card_slot *last = NULL;
	struct output out = {0};
	status = EXIT_OK;
	int got;
	mem_activity("%s", _("reading the review log"));
	while ((got = reader_next(&r)) > 0) {
		int64_t now;
		if (!parse_int64(r.field[1], &now) || now < -(INT64_C(1) << 52) ||
		    now > (INT64_C(1) << 52)) {
			cli_error(
			    _("line %ld: EPOCH_MS must be a whole number of milliseconds, not "
			      "'%s'"),
			    r.lineno, r.field[1]);
			status = EXIT_FAIL;
			break;
		}
		int rating = parse_rating(&r);
		if (rating < 0) {
			status = EXIT_FAIL;
			break;
		}
		struct card_slot *slot = last;
		bool created = false;
		if (!slot || !slot_is(slot, r.field[0], r.len[0]))
			slot = table_get(&cards, r.field[0], r.len[0], &created);
		last = slot;
		if (created)
			fsrs_card_init(&cards.cards[slot->index], now);
		if (cards.cards[slot->index].reps > 0 &&
		    now < cards.cards[slot->index].last_review_ms) {
			cli_error(_("line %ld: card %s: time goes backwards (%lld is before the "
				    "previous review at %lld)"),
				  r.lineno, r.field[0], (long long)now,
				  (long long)cards.cards[slot->index].last_review_ms);
			status = EXIT_FAIL;
			break;
		}
		if (fsrs_schedule(&sched, &cards.cards[slot->index], now, rating,
				  &cards.cards[slot->index]) < 0) {
			cli_error(_("line %ld: card %s: this review cannot be applied"), r.lineno,
				  r.field[0]);
			status = EXIT_FAIL;
			break;
		}
		const struct fsrs_card *c = &cards.cards[slot->index];
		/* A state name, two numbers below 10^5 with 8 decimals and two integers. */
		char *p = output_begin(&out, r.field[0], r.len[0], 160);
		if (!p) {
			status = EXIT_FAIL;
			break;
		}
		*p++ = '\t';
		const char *name = state_name(c->state);
		size_t nl = strlen(name);
		memcpy(p, name, nl);
		p += nl;
		*p++ = '\t';
		p = put_fixed8(p, c->memory.stability);
		*p++ = '\t';
		p = put_fixed8(p, c->memory.difficulty);
		*p++ = '\t';
		p = put_int(p, c->scheduled_days);
		*p++ = '\t';
		p = put_int(p, c->due_ms);
		*p++ = '\n';
		output_end(&out, p);
	}
	if (!output_close(&out) || got < 0)
		status = EXIT_FAIL;
	reader_free(&r);
	table_free(&cards);
	return status;
}

/* cordial fsrs optimize */

static void optimize_help(void)
{
	printf(_("Usage: %s\n"), "cordial fsrs optimize [--time day|ms] [--no-short-term]");
	fputs(_("Fits the 21 FSRS-6 parameters to a review log.\n"
		"Reads lines of CARD_ID, TIME and RATING (tab-separated) on the standard input;\n"
		"TIME is a day number (--time day, the default) or epoch milliseconds (--time ms,\n"
		"days then start at 04:00 UTC).  Prints JSON with the parameters, the log loss\n"
		"and RMSE (bins) of the fitted and of the default parameters on the same\n"
		"reviews, the number of training items and the seconds taken.\n\n"),
	      stdout);
	fputs(_("Options:\n"), stdout);
	help_option("--time day|ms", _("unit of the TIME column (default day)"));
	help_option("--no-short-term", _("do not fit the same-day parameters"));
	help_option("-h, --help", _("show this help and exit"));
}

struct log_entry {
	size_t card;  /* index of first appearance */
	size_t order; /* line order */
	int64_t time;
	int rating;
};

static int compare_entries(const void *a, const void *b)
{
	const struct log_entry *x = a, *y = b;
	if (x->card != y->card)
		return x->card < y->card ? -1 : 1;
	if (x->time != y->time)
		return x->time < y->time ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

struct id_rank {
	const char *id;
	size_t index;
};

static int compare_ids(const void *a, const void *b)
{
	return strcmp(((const struct id_rank *)a)->id, ((const struct id_rank *)b)->id);
}

static double seconds_since(const struct timespec *start)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

static void print_number(const char *name, double x, bool comma)
{
	char buf[64];
	char *p = put_fixed8(buf, isfinite(x) ? x : 0);
	*p = '\0';
	printf("  \"%s\": %s%s\n", name, buf, comma ? "," : "");
}

static int run_optimize(int argc, char **argv)
{
	static const struct option options[] = {
	    {"time", required_argument, NULL, OPT_TIME},
	    {"no-short-term", no_argument, NULL, OPT_NO_SHORT_TERM},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	struct settings st;
	settings_defaults(&st);
	int status = parse_options("optimize", options, argc, argv, &st, optimize_help);
	if (status >= 0)
		return status;
	struct timespec start;
	clock_gettime(CLOCK_MONOTONIC, &start);

	struct reader r = {.in = stdin};
	struct card_table cards = {0};
	struct card_slot *last = NULL;
	struct log_entry *log = NULL;
	size_t nlog = 0, caplog = 0;
	struct id_rank *ranks = NULL;
	size_t *rank_of = NULL;
	struct optimize_review *reviews = NULL;
	struct optimize_card *list = NULL;
	status = EXIT_OK;
	int got;
	mem_activity("%s", _("reading the review log"));
	while ((got = reader_next(&r)) > 0) {
		int64_t t;
		if (!parse_int64(r.field[1], &t)) {
			cli_error(_("line %ld: TIME must be a whole number, not '%s'"), r.lineno,
				  r.field[1]);
			status = EXIT_FAIL;
			break;
		}
		int rating = parse_rating(&r);
		if (rating < 0) {
			status = EXIT_FAIL;
			break;
		}
		struct card_slot *slot = last;
		bool created = false;
		if (!slot || !slot_is(slot, r.field[0], r.len[0]))
			slot = table_get(&cards, r.field[0], r.len[0], &created);
		if (nlog == caplog) {
			caplog = caplog ? caplog * 2 : 4096;
			log = xreallocarray(log, caplog, sizeof *log);
		}
		last = slot;
		if (!created && t < cards.cards[slot->index].last_review_ms) {
			cli_error(_("line %ld: card %s: time goes backwards (%lld is before the "
				    "previous review at %lld)"),
				  r.lineno, r.field[0], (long long)t,
				  (long long)cards.cards[slot->index].last_review_ms);
			status = EXIT_FAIL;
			break;
		}
		cards.cards[slot->index].last_review_ms = t;
		log[nlog] = (struct log_entry){slot->index, nlog, t, rating};
		nlog++;
	}
	if (got < 0)
		status = EXIT_FAIL;
	reader_free(&r);
	if (status != EXIT_OK)
		goto done;

	/* Cards in the order of their IDs, each card's reviews in time order. */
	ranks = xmalloc((cards.count + 1) * sizeof *ranks);
	rank_of = xmalloc((cards.count + 1) * sizeof *rank_of);
	reviews = xmalloc((nlog + 1) * sizeof *reviews);
	list = xmalloc((cards.count + 1) * sizeof *list);
	for (size_t i = 0; i < cards.cap; i++)
		if (cards.slots[i].id)
			ranks[cards.slots[i].index] =
			    (struct id_rank){cards.slots[i].id, cards.slots[i].index};
	if (cards.count > 1)
		qsort(ranks, cards.count, sizeof *ranks, compare_ids);
	for (size_t i = 0; i < cards.count; i++)
		rank_of[ranks[i].index] = i;
	for (size_t i = 0; i < nlog; i++)
		log[i].card = rank_of[log[i].card];
	if (nlog > 1) /* an input without reviews has no log at all */
		qsort(log, nlog, sizeof *log, compare_entries);
	size_t ncards = 0;
	for (size_t i = 0; i < nlog; i++) {
		int64_t day = log[i].time;
		if (st.time_ms) {
			/* A day starts at 04:00 UTC, as fsrs-rs's tools count by default. */
			int64_t shifted = log[i].time - 4 * INT64_C(3600000);
			day = shifted / FSRS_DAY_MS - (shifted % FSRS_DAY_MS < 0);
		}
		reviews[i] = (struct optimize_review){log[i].time, day, log[i].rating};
		if (i == 0 || log[i].card != log[i - 1].card)
			list[ncards++] = (struct optimize_card){&reviews[i], 0};
		list[ncards - 1].count++;
	}

	mem_activity("%s", _("fitting the scheduler to the review log"));
	struct optimize_options opts;
	optimize_default_options(&opts);
	opts.short_term = st.short_term;
	struct optimize_result result;
	optimize_fit(list, ncards, &opts, &result);
	if (result.items == 0) {
		/* No figure of a fit is printed for no data: 0 would read as a perfect one. */
		if (nlog)
			cli_error(ngettext("nothing to fit: the log has %zu review, which "
					   "cannot be learned from (a card needs a review on a "
					   "later day than its first)",
					   "nothing to fit: none of the %zu reviews can be learned "
					   "from (a card needs a review on a later day than its "
					   "first)",
					   nlog),
				  nlog);
		else
			cli_error(_("nothing to fit: the review log is empty"));
		status = EXIT_FAIL;
		goto done;
	}
	if (!result.trained)
		cli_warning(
		    ngettext("only %zu review to learn from: keeping the default parameters",
			     "only %zu reviews to learn from: keeping the default parameters",
			     (unsigned long)result.items),
		    result.items);
	double seconds = seconds_since(&start);
	printf("{\n  \"parameters\": [");
	for (int i = 0; i < FSRS_NPARAMS; i++) {
		char buf[64];
		*put_fixed8(buf, result.w[i]) = '\0';
		printf("%s%s", i ? ", " : "", buf);
	}
	printf("],\n");
	print_number("log_loss", result.log_loss, true);
	print_number("rmse_bins", result.rmse_bins, true);
	print_number("default_log_loss", result.default_log_loss, true);
	print_number("default_rmse_bins", result.default_rmse_bins, true);
	printf("  \"items\": %zu,\n", result.items);
	printf("  \"seconds\": %.3f\n}\n", seconds);
done:
	free(ranks);
	free(rank_of);
	free(reviews);
	free(list);
	free(log);
	table_free(&cards);
	return status;
}

static void fsrs_help(void)
{
	printf(_("Usage: %s\n"), "cordial fsrs memory|schedule|optimize [OPTION]...");
	fputs(_("Scheduler tools: replay reviews through FSRS-6 and fit its parameters.\n\n"),
	      stdout);
	fputs(_("Commands:\n"), stdout);
	help_option("memory", _("stability, difficulty and interval after each review"));
	help_option("schedule", _("the full scheduler: state, interval and due time"));
	help_option("optimize", _("fit the parameters to a review log"));
	fputs(_("\nEach command has its own --help.  See cordial(1).\n"), stdout);
}

int cli_fsrs(const struct cli_env *env, int argc, char **argv)
{
	(void)env;
	if (cli_wants_help(argc, argv)) {
		fsrs_help();
		return EXIT_OK;
	}
	if (argc < 2) {
		cli_error(_("missing command: memory, schedule or optimize; try 'cordial fsrs "
			    "--help'"));
		return EXIT_USAGE;
	}
	int (*run)(int, char **) = NULL;
	if (!strcmp(argv[1], "memory"))
		run = run_memory;
	else if (!strcmp(argv[1], "schedule"))
		run = run_schedule;
	else if (!strcmp(argv[1], "optimize"))
		run = run_optimize;
	if (!run) {
		cli_error(_("unknown command 'fsrs %s'; try 'cordial fsrs --help'"), argv[1]);
		return EXIT_USAGE;
	}
	/* Numbers in and out are in the C locale's format whatever the user's locale;
	 * messages stay translated. */
	locale_t base = duplocale(LC_GLOBAL_LOCALE);
	locale_t numeric = base ? newlocale(LC_NUMERIC_MASK, "C", base) : (locale_t)0;
	if (base && !numeric)
		freelocale(base);
	locale_t saved = numeric ? uselocale(numeric) : (locale_t)0;
	/* Output comes in many short lines: a large buffer saves system calls. */
	setvbuf(stdout, NULL, _IOFBF, 1 << 20);
	int status = run(argc - 1, argv + 1);
	if (fflush(stdout) != 0 && status == EXIT_OK) {
		cli_error(_("cannot write the standard output"));
		status = EXIT_FAIL;
	}
	if (numeric) {
		uselocale(saved);
		freelocale(numeric);
	}
	return status;
}
