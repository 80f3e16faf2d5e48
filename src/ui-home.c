/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Home: what is due, new items, assignments, recent days, and the way to each screen. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "mem.h"
#include "stats.h"
#include "ui-internal.h"

static const struct ui_key keys[] = {
	{ 's', "s", ACT_STUDY, N_("study") },
	{ '\n', "Enter", ACT_STUDY, N_("study") },
	{ 'b', "b", ACT_BOOK, N_("phrasebook") },
	{ '/', "/", ACT_SEARCH, N_("search") },
	{ 'p', "p", ACT_PROGRESS, N_("progress") },
	{ 'o', "o", ACT_SETTINGS, N_("settings") },
	{ 'l', "l", ACT_NEW_LEARNER, N_("switch learner") },
	{ 't', "t", ACT_OPEN, N_("trainer: classes and assignments") },
};

#define STRIP_DAYS 14
#define MAX_ASSIGNED 8

/* What Home shows, gathered when it opens and each time it is on top again. */
struct home {
	long due_now, later_today, new_left;
	bool no_lessons; /* neither chosen nor assigned: nothing new to learn */
	long days[STRIP_DAYS];
	int streak; /* days in a row with answers (stats_streak) */
	struct {
		char title[160], due[16];
		long done, total;
	} assigned[MAX_ASSIGNED];
	int nassigned;
	int64_t today;
	char error[256];
};

/* How many of the lessons' items the learner can study and has not met yet, counted
 * up to `limit`: what today's sessions can still bring in. */
static long new_items(struct ui *ui, const struct lesson_ref *refs, long n, long limit)
{
	long found = 0;
	for (long i = 0; i < n && found < limit; i++) {
		char *err = NULL;
		struct hb_book *book = content_load_lesson(
			ui->c, refs[i].handbook, refs[i].lesson[0] ? refs[i].lesson : NULL, &err);
		free(err);
		for (size_t k = 0; book && k < book->nitems && found < limit; k++) {
			if (!study_item_fits(book, &book->items[k], &ui->learner))
				continue;
			err = NULL;
			found += training_item_known(ui->t, ui->learner.id, book->id,
						     book->items[k].id, &err) == 0;
			free(err);
		}
		hb_book_free(book);
	}
	return found;
}

/* What the message names when memory runs out while this screen is on top (mem.h):
 * named on every way into the screen, the one below being named again when it is
 * drawn after this one closes. */
static void name_activity(void)
{
	mem_activity(_("using the %s screen"), _(ui_home_screen.title));
}

static void gather(struct ui *ui)
{
	name_activity();
	struct home *h = ui_state(ui);
	char *err = NULL;
	int64_t now = study_now();
	h->today = study_day_start(now);
	h->error[0] = '\0';
	h->nassigned = 0;
	/* Counted by the study engine, as a session asks them. */
	struct study_options opt = { .speech = false };
	struct study *s = study_open(ui->t, ui->c, &ui->learner, &opt, &err);
	long introduced = 0;
	int rc = s ? study_due(s, now, &h->due_now, &h->later_today, &introduced, &err) : -1;
	study_close(s);
	h->new_left = rc ? 0 : ui->learner.daily_new - introduced;
	if (h->new_left < 0)
		h->new_left = 0;
	if (rc ||
	    stats_reviews_per_day(ui->t, ui->learner.id, h->today, STRIP_DAYS, h->days, &err) ||
	    stats_streak(ui->t, ui->learner.id, h->today, 3650, &h->streak, &err))
		goto fail;
	struct lesson_ref *refs = NULL;
	long n = training_lessons(ui->t, ui->learner.id, &refs, &err);
	h->no_lessons = n == 0;
	if (n >= 0)
		h->new_left = new_items(ui, refs, n, h->new_left);
	for (long i = 0; i < n && h->nassigned < MAX_ASSIGNED; i++) {
		if (!refs[i].due_day[0])
			continue; /* chosen lessons and undated assignments are not listed here */
		struct hb_book *book = content_load_lesson(ui->c, refs[i].handbook,
							   refs[i].lesson[0] ? refs[i].lesson : NULL,
							   &err);
		if (!book) {
			free(err);
			err = NULL;
			continue;
		}
		long done = 0, total = 0;
		for (size_t k = 0; k < book->nitems; k++) {
			if (!study_item_fits(book, &book->items[k], &ui->learner))
				continue;
			total++;
			done += training_item_known(ui->t, ui->learner.id, book->id,
						    book->items[k].id, &err) == 1;
		}
		const struct hb_lesson *l =
			refs[i].lesson[0] ? hb_book_find_lesson(book, refs[i].lesson) : NULL;
		snprintf(h->assigned[h->nassigned].title, sizeof h->assigned[0].title,
			 "%s%s%s", book->title, l ? " / " : "", l ? l->title : "");
		snprintf(h->assigned[h->nassigned].due, sizeof h->assigned[0].due, "%s",
			 refs[i].due_day);
		h->assigned[h->nassigned].done = done;
		h->assigned[h->nassigned].total = total;
		h->nassigned++;
		hb_book_free(book);
	}
	free(refs);
	if (n >= 0)
		return;
fail:
	snprintf(h->error, sizeof h->error, "%s", err ? err : "?");
	free(err);
}

/* What to do when there is nothing to study now. */
static const char *nothing_to_study(const struct home *h)
{
	if (h->no_lessons && !h->later_today)
		return _("No lessons are chosen yet, so there is nothing to learn. Press o for the "
			 "settings and choose lessons under \"Lessons studied\", or browse the "
			 "phrasebook (b).");
	return _("Nothing is due now. Browse the phrasebook (b) or add lessons in the "
		 "settings (o).");
}

static void draw_home(struct ui *ui)
{
	name_activity();
	const struct home *h = ui_state(ui);
	int y = 2, w = ui->cols - 4;
	char line[256];
	if (h->error[0]) {
		ui_wrap(y, 2, w, 3, h->error, UI_WARN);
		return;
	}
	snprintf(line, sizeof line, _("Due now: %ld"), h->due_now);
	ui_text(y, 2, w, line, h->due_now ? UI_TITLE : UI_NORMAL);
	snprintf(line, sizeof line, _("Later today: %ld"), h->later_today);
	ui_text(y + 1, 2, w, line, UI_NORMAL);
	snprintf(line, sizeof line, _("New items left today: %ld"), h->new_left);
	ui_text(y + 2, 2, w, line, UI_NORMAL);
	y += 4;

	/* The last two weeks, one mark a day: how many answers. */
	ui_text(y, 2, w, _("Last 14 days:"), UI_DIM);
	int x = 2 + 16;
	int streak = h->streak;
	for (int d = 0; d < STRIP_DAYS && x + 2 < ui->cols; d++) {
		long n = h->days[d];
		const char *mark = n == 0 ? "." : n < 10 ? "+" : n < 50 ? "*" : "#";
		ui_text(y, x, 2, mark, n ? UI_RIGHT : UI_DIM);
		x += 2;
	}
	y++;
	snprintf(line, sizeof line,
		 ngettext("Streak: %d day", "Streak: %d days", (unsigned long)streak), streak);
	ui_text(y, 2, w, line, streak ? UI_RIGHT : UI_DIM);
	y += 2;

	if (h->nassigned && y < ui->rows - 4) {
		ui_text(y++, 2, w, _("Assignments:"), UI_TITLE);
		char today[16];
		time_t secs = (time_t)(h->today / 1000);
		struct tm tm;
		localtime_r(&secs, &tm);
		strftime(today, sizeof today, "%Y-%m-%d", &tm);
		for (int i = 0; i < h->nassigned && y < ui->rows - 3; i++) {
			bool overdue = strcmp(h->assigned[i].due, today) < 0 &&
				       h->assigned[i].done < h->assigned[i].total;
			int tw = w - 30 > 10 ? w - 30 : 10;
			ui_text(y, 4, tw, h->assigned[i].title, UI_NORMAL);
			snprintf(line, sizeof line, "%s %ld/%ld", h->assigned[i].due,
				 h->assigned[i].done, h->assigned[i].total);
			ui_text(y, 4 + tw + 1, 20, line, overdue ? UI_WARN : UI_DIM);
			double f = h->assigned[i].total ?
					   (double)h->assigned[i].done / h->assigned[i].total :
					   1.0;
			if (ui->cols - (4 + tw + 21) > 4)
				ui_bar(y, 4 + tw + 21, ui->cols - (4 + tw + 21) - 2, f,
				       overdue ? UI_WARN : UI_BAR);
			y++;
		}
		y++;
	}
	if (y < ui->rows - 3) {
		if (h->due_now || h->new_left)
			ui_wrap(y, 2, w, 2, _("Press s or Enter to study."), UI_KEY);
		else
			ui_wrap(y, 2, w, ui->rows - 3 - y, nothing_to_study(h), UI_DIM);
	}
}

static bool key_home(struct ui *ui, enum ui_action action, wint_t ch)
{
	name_activity();
	(void)ch;
	switch (action) {
	case ACT_STUDY: {
		const struct home *h = ui_state(ui);
		/* A session with nothing to ask would end at once: say what to do instead. */
		if (!h->error[0] && !h->due_now && !h->later_today && !h->new_left) {
			ui_message(ui, UI_WARN, "%s",
				   h->no_lessons ?
					   _("No lessons yet: press o and choose some under \"Lessons "
					     "studied\".") :
					   _("Nothing to study now: come back later, or add lessons (o)."));
			return true;
		}
		ui_push(ui, &ui_study_screen);
		return true;
	}
	case ACT_BOOK: ui_push(ui, &ui_book_screen); return true;
	case ACT_SEARCH:
		ui_push(ui, &ui_book_screen);
		ui_book_search(ui);
		return true;
	case ACT_PROGRESS: ui_push(ui, &ui_progress_screen); return true;
	case ACT_SETTINGS: ui_push(ui, &ui_settings_screen); return true;
	case ACT_OPEN: /* the Trainer screen, which says who may open it */
		ui_push(ui, &ui_trainer_screen);
		return true;
	case ACT_NEW_LEARNER: {
		char *ask = NULL;
		int may = ui_may(ui, POLICY_PICK, NULL, NULL, &ask);
		if (may == 0)
			ui_message(ui, UI_WARN, _("Only a trainer can switch learners; ask %s."), ask);
		free(ask);
		if (may > 0) {
			ui->have_learner = false;
			ui_replace(ui, &ui_learner_screen);
		}
		return true;
	}
	default: return false;
	}
}

const struct ui_screen ui_home_screen = {
	.title = N_("Home"),
	.keys = keys,
	.nkeys = sizeof keys / sizeof *keys,
	.open = gather,
	.draw = draw_home,
	.key = key_home,
	.resume = gather,
	.state_size = sizeof(struct home),
};
