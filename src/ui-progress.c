/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Progress: answers a day and the due forecast as bar charts, measured against desired
 * retention, cards by state and the hardest items. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "items.h"
#include "mem.h"
#include "stats.h"
#include "text.h"
#include "ui-internal.h"

static const struct ui_key keys[] = {
	{ KEY_DOWN, "↓", ACT_DOWN, N_("down") },
	{ KEY_UP, "↑", ACT_UP, N_("up") },
	{ KEY_NPAGE, "PgDn", ACT_PAGE_DOWN, N_("page down") },
	{ KEY_PPAGE, "PgUp", ACT_PAGE_UP, N_("page up") },
	{ 'q', "q", ACT_BACK, N_("back") }, /* also global: listed to show in the footer */
};

#define DAYS	 30
#define MAX_HARD 20
#define DAY_MS	 INT64_C(86400000)

struct hard_item {
	char *source, *target; /* malloc'd; NULL when the item is gone */
	char handbook[72], item[72];
	long agains;
};

/* What the screen shows, gathered when it opens; it belongs to the screen's place
 * on the stack. */
struct progress {
	long reviews[DAYS], forecast[DAYS];
	long states[4];
	long right, total;
	int64_t today;
	struct hard_item hard[MAX_HARD];
	int nhard;
	int scroll; /* first content row shown */
	char error[256];
};

/* ---------------------------------------------------------------- data */

static void free_hard(struct progress *prog)
{
	for (int i = 0; i < prog->nhard; i++) {
		free(prog->hard[i].source);
		free(prog->hard[i].target);
	}
	prog->nhard = 0;
}

static char *dup_or_null(const char *s)
{
	if (!s)
		return NULL;
	return xstrdup(s);
}

/* The texts of the hardest items: the source text (or the courtesy situation) and
 * the text in the learner's target language.  Only the items' lessons are loaded. */
static void load_hard_texts(struct ui *ui)
{
	struct progress *prog = ui_state(ui);
	struct items *items = items_new(ui->c);
	for (int i = 0; i < prog->nhard; i++) {
		struct hard_item *h = &prog->hard[i];
		struct hb_book *book;
		char *err = NULL;
		const struct hb_item *it = items_find(items, h->handbook, h->item, &book, &err);
		free(err);
		if (!it)
			continue;
		if (it->kind == HB_COURTESY) {
			h->source = dup_or_null(it->situation);
			continue;
		}
		if (it->ntexts > 0)
			h->source = dup_or_null(it->texts[0].text);
		for (size_t t = 1; t < it->ntexts; t++)
			if (it->texts[t].lang && !strcmp(it->texts[t].lang, ui->learner.target))
				h->target = dup_or_null(it->texts[t].text);
	}
	items_free(items);
}

/* What the message names when memory runs out while this screen is on top (mem.h):
 * named on every way into the screen, the one below being named again when it is
 * drawn after this one closes. */
static void name_activity(void)
{
	mem_activity(_("using the %s screen"), _(ui_progress_screen.title));
}

static void gather(struct ui *ui)
{
	name_activity();
	struct progress *prog = ui_state(ui);
	char *err = NULL;
	struct stats_item items[MAX_HARD];
	free_hard(prog);
	prog->error[0] = '\0';
	prog->today = study_day_start(study_now());
	int64_t since = prog->today - (DAYS - 1) * DAY_MS;
	long n;
	/* The forecast counts what sessions will ask, as the study engine decides. */
	struct study_options opt = { .speech = false };
	struct study *s = study_open(ui->t, ui->c, &ui->learner, &opt, &err);
	int forecast = s ? study_forecast(s, prog->today, DAYS, prog->forecast, &err) : -1;
	study_close(s);
	if (forecast ||
	    stats_reviews_per_day(ui->t, ui->learner.id, prog->today, DAYS, prog->reviews, &err) ||
	    stats_states(ui->t, ui->learner.id, prog->states, &err) ||
	    stats_retention(ui->t, ui->learner.id, since, &prog->right, &prog->total, &err) ||
	    (n = stats_hardest(ui->t, ui->learner.id, items, MAX_HARD, &err)) < 0) {
		snprintf(prog->error, sizeof prog->error, "%s", err ? err : "?");
		free(err);
		return;
	}
	_Static_assert(sizeof prog->hard[0].handbook == sizeof items[0].handbook &&
			       sizeof prog->hard[0].item == sizeof items[0].item,
		       "the keys are copied whole");
	for (long i = 0; i < n && i < MAX_HARD; i++) {
		struct hard_item *h = &prog->hard[prog->nhard++];
		memset(h, 0, sizeof *h);
		memcpy(h->handbook, items[i].handbook, sizeof h->handbook);
		memcpy(h->item, items[i].item, sizeof h->item);
		h->agains = items[i].agains;
	}
	load_hard_texts(ui);
}

static void close_progress(struct ui *ui)
{
	free_hard(ui_state(ui));
}

/* ---------------------------------------------------------------- layout */

/* Where everything goes for the current size.  Rows are content rows, counted from
 * the top of the scrolled area; the area is screen rows top .. top + height - 1. */
struct layout {
	const struct progress *prog;
	int top, height, x, width;
	int axis;     /* columns of the y-axis labels and the axis line */
	int dw;	      /* columns per day: a bar of dw - 1 columns and a gap (1: no gap) */
	int bar_rows; /* rows of bars */
	bool side;    /* the two charts side by side */
	int states_row, states_lines;
	int charts_row, chart2_row, chart2_x;
	int hard_row;
	int total; /* content rows */
};

/* The screen row of a content row, or -1 when it is scrolled out of the area. */
static int screen_row(const struct layout *l, int scroll, int row)
{
	int y = l->top + row - scroll;
	return y >= l->top && y < l->top + l->height ? y : -1;
}

static void put(const struct layout *l, int scroll, int row, int x, int width, const char *text,
		enum ui_color color)
{
	int y = screen_row(l, scroll, row);
	if (y >= 0)
		ui_text(y, x, width, text, color);
}

/* The counts by state flow like words: as many to a row as fit.  Returns the rows
 * used; draws them when l is not NULL. */
static int flow_states(const struct progress *prog, int x0, int width, const struct layout *l,
		       int scroll, int row)
{
	char parts[5][96];
	snprintf(parts[0], sizeof parts[0], "%s", _("Cards:"));
	snprintf(parts[1], sizeof parts[1], _("%ld new"), prog->states[FSRS_NEW]);
	snprintf(parts[2], sizeof parts[2], _("%ld learning"), prog->states[FSRS_LEARNING]);
	snprintf(parts[3], sizeof parts[3], _("%ld in review"), prog->states[FSRS_REVIEW]);
	snprintf(parts[4], sizeof parts[4], _("%ld relearning"), prog->states[FSRS_RELEARNING]);
	int x = x0, rows = 1;
	for (int i = 0; i < 5; i++) {
		int w = text_width(parts[i], strlen(parts[i]));
		int sep = i > 1 ? 3 : i == 1 ? 1 : 0; /* " · " between counts */
		if (x > x0 && x + sep + w > x0 + width) {
			x = x0;
			rows++;
			sep = 0;
		}
		if (l && sep == 3)
			put(l, scroll, row + rows - 1, x + 1, 1, "·", UI_DIM);
		x += sep;
		if (l)
			put(l, scroll, row + rows - 1, x, x0 + width - x, parts[i],
			    i ? UI_NORMAL : UI_DIM);
		x += w;
	}
	return rows;
}

static long max_of(const long *v, int n)
{
	long m = 0;
	for (int i = 0; i < n; i++)
		if (v[i] > m)
			m = v[i];
	return m;
}

static int digits(long v)
{
	int d = 1;
	while (v >= 10) {
		v /= 10;
		d++;
	}
	return d;
}

static int clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static void layout(const struct ui *ui, struct layout *l)
{
	struct progress *prog = ui_state(ui);
	memset(l, 0, sizeof *l);
	l->prog = prog;
	l->top = 2;
	l->height = ui->rows - 4 > 1 ? ui->rows - 4 : 1;
	l->x = 2;
	l->width = ui->cols - 4 > 1 ? ui->cols - 4 : 1;
	long top_value = max_of(prog->reviews, DAYS);
	if (max_of(prog->forecast, DAYS) > top_value)
		top_value = max_of(prog->forecast, DAYS);
	l->axis = digits(top_value) + 1;

	/* Retention (two rows), the states, a blank row, then the charts. */
	l->states_row = 2;
	l->states_lines = flow_states(prog, l->x, l->width, NULL, 0, 0);
	l->charts_row = l->states_row + l->states_lines + 1;
	int hard_rows = 1 + (prog->nhard ? (prog->nhard < 5 ? prog->nhard : 5) : 1);
	int rest = l->height - l->charts_row - 1 - hard_rows; /* rows left for the charts */
	int one = l->axis + DAYS;			      /* a chart one column a day */

	if (l->width >= l->axis + 2 * DAYS && rest >= 2 * (6 + 2) + 1) {
		/* Tall enough for two big charts, one above the other. */
		l->dw = clamp((l->width - l->axis) / DAYS, 2, 3);
		l->bar_rows = clamp((rest - 1) / 2 - 2, 6, 12);
	} else if (l->width >= 2 * one + 3) {
		l->side = true;
		l->dw = (l->width - 3) / 2 >= l->axis + 2 * DAYS ? 2 : 1;
		l->bar_rows = clamp(rest - 2, 3, 10);
	} else {
		l->dw = 1;
		l->bar_rows = clamp((rest - 1) / 2 - 2, 3, 8);
	}
	int chart_rows = l->bar_rows + 2; /* title, bars, date labels */
	if (l->side) {
		l->chart2_row = l->charts_row;
		l->chart2_x = l->x + (l->width + 3) / 2;
		l->hard_row = l->charts_row + chart_rows + 1;
	} else {
		l->chart2_row = l->charts_row + chart_rows + 1;
		l->chart2_x = l->x;
		l->hard_row = l->chart2_row + chart_rows + 1;
	}
	l->total = l->hard_row + 1 + (prog->nhard ? prog->nhard : 1);
}

static int max_scroll(const struct layout *l)
{
	return l->total > l->height ? l->total - l->height : 0;
}

/* ---------------------------------------------------------------- drawing */

static void day_label(char *buf, size_t size, int64_t day_ms)
{
	time_t secs = (time_t)(day_ms / 1000);
	struct tm tm;
	localtime_r(&secs, &tm);
	strftime(buf, size, "%m-%d", &tm);
}

static int width_of(const char *s)
{
	return text_width(s, strlen(s));
}

/* One chart: a title, DAYS vertical bars scaled to the tallest one, the tallest value
 * and 0 on the y-axis, and a few dates under the bars.  first_day: the day of the
 * first bar. */
static void draw_chart(const struct layout *l, int scroll, int row, int x, int width,
		       const char *title, const long *counts, int64_t first_day, bool ends_today,
		       enum ui_color color, bool color_terminal)
{
	static const char *const eighths[] = { "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█" };
	char label[32];
	put(l, scroll, row, x, width, title, UI_TITLE);
	long top = max_of(counts, DAYS);
	int h = l->bar_rows, bars_x = x + l->axis, bar_w = l->dw > 1 ? l->dw - 1 : 1;
	const char *axis_line = color_terminal ? "│" : "|";
	for (int r = 0; r < h; r++) {
		int value_row = row + 1 + r;
		if (r == 0 || r == h - 1) {
			snprintf(label, sizeof label, "%*ld", l->axis - 1, r == 0 ? top : 0L);
			put(l, scroll, value_row, x, l->axis - 1, label, UI_DIM);
		}
		put(l, scroll, value_row, x + l->axis - 1, 1, axis_line, UI_DIM);
	}
	for (int d = 0; d < DAYS; d++) {
		int cx = bars_x + d * l->dw;
		if (cx + bar_w > x + width)
			break;
		long v = counts[d];
		if (v <= 0 || top <= 0) {
			put(l, scroll, row + h, cx, bar_w, ".", UI_DIM);
			continue;
		}
		/* Height in eighths of a row (whole rows without colors), at least one. */
		int unit = color_terminal ? 8 : 1;
		long units = (v * h * unit + top - 1) / top;
		for (int r = 0; r < h; r++) {
			long fill = units - (long)r * unit;
			if (fill <= 0)
				break;
			const char *cell = color_terminal ? eighths[(fill > 8 ? 8 : fill) - 1] : "#";
			char cells[32] = "";
			for (int k = 0; k < bar_w && strlen(cells) + strlen(cell) < sizeof cells; k++)
				strcat(cells, cell);
			put(l, scroll, row + h - r, cx, bar_w, cells, color);
		}
	}
	/* Dates: the first day, the middle one and the last, where they fit. */
	int label_row = row + h + 1, span = DAYS * l->dw - (l->dw > 1 ? 1 : 0);
	if (span > width - l->axis)
		span = width - l->axis;
	char first[16], middle[16], last[16];
	day_label(first, sizeof first, first_day);
	day_label(middle, sizeof middle, first_day + (DAYS / 2) * DAY_MS);
	day_label(last, sizeof last, first_day + (DAYS - 1) * DAY_MS);
	/* TRANSLATORS: under the bar of today in a chart; keep it short */
	const char *left = ends_today ? first : _("today");
	const char *right = ends_today ? _("today") : last;
	int lw = width_of(left), rw = width_of(right), mw = width_of(middle);
	put(l, scroll, label_row, bars_x, span, left, UI_DIM);
	if (lw + rw + 1 <= span)
		put(l, scroll, label_row, bars_x + span - rw, rw, right, UI_DIM);
	int mx = bars_x + (DAYS / 2) * l->dw;
	if (mx - mw / 2 > bars_x + lw + 1 && mx - mw / 2 + mw < bars_x + span - rw - 1)
		put(l, scroll, label_row, mx - mw / 2, mw, middle, UI_DIM);
}

static void draw_retention(const struct ui *ui, const struct layout *l, int scroll)
{
	struct progress *prog = ui_state(ui);
	const char *measured = _("Measured retention"), *desired = _("Desired retention");
	int lw = width_of(measured) > width_of(desired) ? width_of(measured) : width_of(desired);
	if (lw > l->width / 2)
		lw = l->width / 2;
	int vx = l->x + lw + 1, bar_x = vx + 5;
	int bar_w = l->width - (bar_x - l->x);
	char value[32], note[128];
	bool any = prog->total > 0;
	double share = any ? (double)prog->right / (double)prog->total : 0;
	double want = ui->learner.retention;
	put(l, scroll, 0, l->x, lw, measured, UI_NORMAL);
	put(l, scroll, 1, l->x, lw, desired, UI_NORMAL);
	snprintf(note, sizeof note,
		 ngettext("%ld of %ld answer right, last 30 days",
			  "%ld of %ld answers right, last 30 days", (unsigned long)prog->total),
		 prog->right, prog->total);
	if (!any)
		snprintf(note, sizeof note, "%s", _("no review answers in the last 30 days"));
	/* The bars share the room with the note when there is plenty of it. */
	int note_w = width_of(note);
	if (bar_w > 40 + note_w + 2)
		bar_w = 40;
	else if (bar_w > 24 && bar_w - note_w - 2 >= 12)
		bar_w -= note_w + 2;
	if (any) {
		snprintf(value, sizeof value, "%3.0f%%", 100 * share);
		/* Below the wish by more than five points: in the warning color. */
		enum ui_color c = share + 0.05 < want ? UI_WARN : UI_RIGHT;
		put(l, scroll, 0, vx, 4, value, c);
		int y = screen_row(l, scroll, 0);
		if (y >= 0 && bar_w >= 4)
			ui_bar(y, bar_x, bar_w, share, share + 0.05 < want ? UI_WARN : UI_BAR);
		int nx = bar_w >= 4 ? bar_x + bar_w + 2 : bar_x;
		put(l, scroll, 0, nx, l->x + l->width - nx, note, UI_DIM);
	} else
		put(l, scroll, 0, vx, l->x + l->width - vx, note, UI_DIM);
	snprintf(value, sizeof value, "%3.0f%%", 100 * want);
	put(l, scroll, 1, vx, 4, value, UI_NORMAL);
	int y = screen_row(l, scroll, 1);
	if (y >= 0 && bar_w >= 4)
		ui_bar(y, bar_x, bar_w, want, UI_BAR);
}

static void draw_hard(const struct layout *l, int scroll)
{
	const struct progress *prog = l->prog;
	int row = l->hard_row;
	put(l, scroll, row++, l->x, l->width, _("Hardest items (times answered Again)"), UI_TITLE);
	if (!prog->nhard) {
		put(l, scroll, row, l->x + 2, l->width - 2, _("No item has been answered Again yet."),
		    UI_DIM);
		return;
	}
	for (int i = 0; i < prog->nhard; i++, row++) {
		const struct hard_item *h = &prog->hard[i];
		int y = screen_row(l, scroll, row);
		if (y < 0)
			continue;
		char count[24];
		snprintf(count, sizeof count, "%4ld", h->agains);
		int x = l->x, end = l->x + l->width;
		x += ui_text(y, x, end - x, count, UI_WARN) + 2;
		if (x >= end)
			continue;
		if (!h->source) {
			/* An item the handbook no longer has: its key. */
			char key[160];
			snprintf(key, sizeof key, "%s/%s", h->handbook, h->item);
			ui_text(y, x, end - x, key, UI_DIM);
			continue;
		}
		x += ui_text(y, x, end - x, h->source, UI_NORMAL);
		if (h->target && x + 4 < end) {
			x += ui_text(y, x + 1, end - x - 1, "—", UI_DIM) + 2;
			ui_text(y, x, end - x, h->target, UI_DIM);
		}
	}
}

static void draw_progress(struct ui *ui)
{
	name_activity();
	struct progress *prog = ui_state(ui);
	if (prog->error[0]) {
		ui_wrap(2, 2, ui->cols - 4, ui->rows - 4, prog->error, UI_WARN);
		return;
	}
	struct layout l;
	layout(ui, &l);
	int scroll = prog->scroll < max_scroll(&l) ? prog->scroll : max_scroll(&l);

	draw_retention(ui, &l, scroll);
	flow_states(prog, l.x, l.width, &l, scroll, l.states_row);

	int chart_w = l.side ? (l.width - 3) / 2 : l.width;
	draw_chart(&l, scroll, l.charts_row, l.x, chart_w, _("Answers a day, last 30 days"),
		   prog->reviews, prog->today - (DAYS - 1) * DAY_MS, true, UI_RIGHT, ui->color);
	draw_chart(&l, scroll, l.chart2_row, l.chart2_x, chart_w,
		   _("Reviews due a day, next 30 days"), prog->forecast, prog->today, false,
		   UI_TITLE, ui->color);
	draw_hard(&l, scroll);

	/* Arrows at the right edge when there is more above or below. */
	if (scroll > 0)
		ui_text(l.top, ui->cols - 1, 1, "↑", UI_KEY);
	if (scroll < max_scroll(&l))
		ui_text(l.top + l.height - 1, ui->cols - 1, 1, "↓", UI_KEY);
}

static bool key_progress(struct ui *ui, enum ui_action action, wint_t ch)
{
	name_activity();
	struct progress *prog = ui_state(ui);
	(void)ch;
	struct layout l;
	layout(ui, &l);
	int page = l.height > 1 ? l.height - 1 : 1;
	switch (action) {
	case ACT_DOWN: prog->scroll++; break;
	case ACT_UP: prog->scroll--; break;
	case ACT_PAGE_DOWN: prog->scroll += page; break;
	case ACT_PAGE_UP: prog->scroll -= page; break;
	default: return false;
	}
	prog->scroll = clamp(prog->scroll, 0, max_scroll(&l));
	return true;
}

const struct ui_screen ui_progress_screen = {
	.title = N_("Progress"),
	.keys = keys,
	.nkeys = sizeof keys / sizeof *keys,
	.open = gather,
	.draw = draw_progress,
	.key = key_progress,
	.close = close_progress,
	.state_size = sizeof(struct progress),
};
