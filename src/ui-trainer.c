/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Trainer: the classes, each member's progress on the class's assignments, one
 * learner's report and hardest items; adding classes, putting learners in them and
 * taking them out; assigning a lesson with a due date and a note to a class or a
 * learner, and changing or removing assignments.  The learners in no class are a
 * last entry of the classes list, reached and assigned to as members are.  The
 * checks and the refusals are those of the commands (classes.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "classes.h"
#include "hb.h"
#include "i18n.h"
#include "mem.h"
#include "policy.h"
#include "report.h"
#include "stats.h"
#include "text.h"
#include "ui-internal.h"

static const struct ui_key keys[] = {
	{ '\n', "Enter", ACT_OPEN, N_("open; save") },
	{ 'a', "a", ACT_ADD_LESSON, N_("assign a lesson") },
	{ 'l', "l", ACT_LIST, N_("assignments, due dates, notes") },
	{ 'e', "e", ACT_EDIT, N_("change a due date or note") },
	{ 'c', "c", ACT_ADD_CLASS, N_("add a class") },
	{ 'm', "m", ACT_ADD_MEMBER, N_("add a member") },
	{ 'x', "x", ACT_REMOVE, N_("remove a member or assignment") },
	{ KEY_DC, "Delete", ACT_REMOVE, N_("remove a member or assignment") },
	{ KEY_UP, "↑", ACT_UP, N_("previous") },
	{ KEY_DOWN, "↓", ACT_DOWN, N_("next") },
	{ '\t', "Tab", ACT_DOWN, N_("next") },
	{ KEY_LEFT, "←", ACT_LEFT, N_("change") },
	{ KEY_RIGHT, "→", ACT_RIGHT, N_("change") },
	{ 'q', "q", ACT_BACK, N_("back") }, /* also global: here it goes up one level */
	{ 27, "Esc", ACT_BACK, NULL },
};

#define MAX_HARD 10
#define DAY_MS	 INT64_C(86400000)

/* V_ASSIGNS: the assignments of a class or of a learner; V_PICK: learners to put in
 * the class; V_NAME: a new class's name; V_FORM: assigning or changing. */
enum view { V_CLASSES, V_MEMBERS, V_LEARNER, V_ASSIGNS, V_PICK, V_NAME, V_FORM };
enum field { F_BOOK, F_LESSON, F_DUE, F_NOTE, NFIELDS };
/* A removal waiting for y. */
enum confirm { C_NONE, C_LEAVE, C_UNASSIGN };

struct book_choice {
	char id[72], title[160];
};

/* What the screen shows, loaded when it opens and after each change. */
static struct {
	enum view view;
	struct class_row *classes;
	long nclasses;
	/* The learners in no class, an entry after the classes while there are any:
	 * its members are theirs, and what is assigned there is for one of them. */
	long nunclassed;
	int cls; /* the selected class, or nclasses: the learners in no class */
	/* The selected class's report (V_MEMBERS, V_LEARNER) and the titles of its
	 * assignments, in the order of rep.class->assignments. */
	struct report rep;
	bool have_rep;
	char (*labels)[160];
	/* The titles of the members' own assignments, by id. */
	struct own_label {
		int64_t id;
		char text[160];
	} *own;
	size_t nown;
	int member;
	int scroll; /* V_LEARNER: the first content row shown */
	/* V_LEARNER: the member's hardest items and their texts (malloc'd) */
	char *hard_text[MAX_HARD];
	long hard_again[MAX_HARD];
	int nhard;
	/* V_ASSIGNS: opened from V_MEMBERS (the class's) or V_LEARNER (all that apply
	 * to the member), the list with its titles and the selected one. */
	enum view list_from;
	struct assignment *list;
	char (*list_labels)[160];
	long nlist;
	int at;
	/* V_PICK: the learners not in the class, by name. */
	struct learner *pick;
	long npick;
	int picked;
	/* V_NAME */
	struct ui_input name;
	/* V_FORM: where it was opened from, whom it is for, the assignment changed (its
	 * lesson fixed) or the handbooks, the chosen one with its lessons, the lesson
	 * (nlessons: the whole handbook), the due date and the note. */
	enum view form_from;
	int64_t to_class, to_learner;
	char to_name[128];
	bool editing;
	struct assignment edit;
	char edit_label[160];
	struct book_choice *books;
	int nbooks, book;
	struct hb_book *chosen;
	int lesson;
	struct ui_input due, note;
	int field;
	enum confirm confirm;
	char error[256];
} tr;

/* ---------------------------------------------------------------- data */

static void set_error(char *err)
{
	snprintf(tr.error, sizeof tr.error, "%s", err ? err : "?");
	free(err);
}

/* A title in the language of the one using the app, when the handbook has it. */
static const char *title_in(const struct hb_title *titles, size_t n, const char *fallback,
			    const char *lang)
{
	for (size_t i = 0; i < n; i++)
		if (titles[i].lang && !strcmp(titles[i].lang, lang) && titles[i].title)
			return titles[i].title;
	return fallback;
}

static void free_hard(void)
{
	for (int i = 0; i < tr.nhard; i++)
		free(tr.hard_text[i]);
	tr.nhard = 0;
}

static void free_report(void)
{
	if (tr.have_rep)
		report_free(&tr.rep);
	tr.have_rep = false;
	free(tr.labels);
	tr.labels = NULL;
	free(tr.own);
	tr.own = NULL;
	tr.nown = 0;
}

static void free_form(void)
{
	free(tr.books);
	tr.books = NULL;
	tr.nbooks = 0;
	hb_book_free(tr.chosen);
	tr.chosen = NULL;
}

/* The entries of the classes list: the classes, then the learners in no class. */
static int class_entries(void)
{
	return (int)tr.nclasses + (tr.nunclassed > 0);
}

/* Whether the selected entry is the learners in no class. */
static bool unclassed(void)
{
	return tr.cls >= tr.nclasses;
}

/* The ids of the learners who are in a class: a malloc'd array in *in; the count,
 * or -1 with *err set. */
static long classed_learners(struct ui *ui, int64_t **in, char **err)
{
	long n = 0;
	*in = NULL;
	for (long i = 0; i < tr.nclasses; i++) {
		struct learner *members = NULL;
		struct training_scope scope = { .class_id = tr.classes[i].id };
		long k = training_learners_in(ui->t, &scope, &members, err);
		if (k < 0) {
			free(*in);
			*in = NULL;
			return -1;
		}
		*in = xreallocarray(*in, (size_t)(n + k) + 1, sizeof **in);
		for (long j = 0; j < k; j++)
			(*in)[n++] = members[j].id;
		free(members);
	}
	return n;
}

static bool has_id(const int64_t *ids, long n, int64_t id)
{
	for (long i = 0; i < n; i++)
		if (ids[i] == id)
			return true;
	return false;
}

struct unclassed_count {
	const int64_t *in;
	long nin, count;
};

static void count_unclassed(const struct learner *l, void *ctx)
{
	struct unclassed_count *c = ctx;
	if (!has_id(c->in, c->nin, l->id))
		c->count++;
}

static void load_classes(struct ui *ui)
{
	char *err = NULL;
	free(tr.classes);
	tr.classes = NULL;
	tr.nunclassed = 0;
	tr.nclasses = training_classes(ui->t, 0, &tr.classes, &err);
	if (tr.nclasses < 0) {
		tr.nclasses = 0;
		set_error(err);
		return;
	}
	int64_t *in;
	long nin = classed_learners(ui, &in, &err);
	struct unclassed_count c = { in, nin, 0 };
	if (nin < 0 || training_learner_each(ui->t, count_unclassed, &c, &err))
		set_error(err);
	else
		tr.nunclassed = c.count;
	free(in);
	if (tr.cls >= class_entries())
		tr.cls = class_entries() ? class_entries() - 1 : 0;
}

/* An assignment's title in the language of the one using the app: its lesson's or
 * its handbook's, or HANDBOOK/LESSON when the content database lacks them. */
static void assignment_label(struct ui *ui, const struct assignment *a, char *out, size_t size)
{
	char *err = NULL;
	struct hb_book *book =
		content_load_lesson(ui->c, a->handbook, *a->lesson ? a->lesson : NULL, &err);
	free(err);
	const struct hb_lesson *l = book && *a->lesson ? hb_book_find_lesson(book, a->lesson) : NULL;
	if (l)
		snprintf(out, size, "%s",
			 title_in(l->titles, l->ntitles, l->title ? l->title : l->id,
				  ui->learner.native));
	else if (book && !*a->lesson)
		snprintf(out, size, "%s",
			 title_in(book->titles, book->ntitles, book->title, ui->learner.native));
	else if (*a->lesson)
		snprintf(out, size, "%s/%s", a->handbook, a->lesson);
	else
		snprintf(out, size, "%s", a->handbook);
	hb_book_free(book);
}

/* Leaves out of the report the learners who are in a class: 0, or -1 with *err
 * set. */
static int keep_unclassed(struct ui *ui, char **err)
{
	int64_t *in;
	long nin = classed_learners(ui, &in, err);
	if (nin < 0)
		return -1;
	size_t kept = 0;
	for (size_t i = 0; i < tr.rep.nlearners; i++)
		if (has_id(in, nin, tr.rep.learners[i].learner.id))
			free(tr.rep.learners[i].assignments);
		else
			tr.rep.learners[kept++] = tr.rep.learners[i];
	tr.rep.nlearners = kept;
	free(in);
	return 0;
}

/* The selected class's report (or that of the learners in no class), and the
 * titles of its assignments; the selected member stays selected when still there. */
static void load_report(struct ui *ui)
{
	char *err = NULL;
	int64_t selected = tr.have_rep && tr.member < (int)tr.rep.nlearners
				   ? tr.rep.learners[tr.member].learner.id
				   : 0;
	free_report();
	if (tr.cls >= class_entries())
		return;
	/* The learners in no class: everyone's report, without the others. */
	struct training_scope scope = { .class_id = unclassed() ? 0 : tr.classes[tr.cls].id };
	if (report_build(ui->t, ui->c, &scope, NULL, &tr.rep, &err) ||
	    (unclassed() && keep_unclassed(ui, &err))) {
		report_free(&tr.rep);
		set_error(err);
		return;
	}
	tr.have_rep = true;
	size_t n = tr.rep.class ? tr.rep.class->nassignments : 0;
	tr.labels = xcalloc(n + 1, sizeof *tr.labels);
	for (size_t i = 0; i < n; i++)
		assignment_label(ui, &tr.rep.class->assignments[i].a, tr.labels[i],
				 sizeof tr.labels[i]);
	for (size_t i = 0; i < tr.rep.nlearners; i++) {
		const struct report_learner *rl = &tr.rep.learners[i];
		if (selected && rl->learner.id == selected)
			tr.member = (int)i;
		for (size_t k = 0; k < rl->nassignments; k++) {
			const struct assignment *a = &rl->assignments[k].a;
			size_t j = 0;
			while (j < tr.nown && tr.own[j].id != a->id)
				j++;
			if (a->class_id || j < tr.nown)
				continue; /* the class's (tr.labels), or done */
			tr.own = xreallocarray(tr.own, tr.nown + 1, sizeof *tr.own);
			tr.own[tr.nown].id = a->id;
			assignment_label(ui, a, tr.own[tr.nown].text, sizeof tr.own[tr.nown].text);
			tr.nown++;
		}
	}
	if (tr.member >= (int)tr.rep.nlearners)
		tr.member = tr.rep.nlearners ? (int)tr.rep.nlearners - 1 : 0;
}

static void free_list(void)
{
	free(tr.list);
	free(tr.list_labels);
	tr.list = NULL;
	tr.list_labels = NULL;
	tr.nlist = 0;
}

/* Whether the assignments list or the form opened from view `from` is for the
 * selected member: from their report, or from the learners in no class (who have
 * no class to assign to). */
static bool for_member(enum view from)
{
	return (from == V_LEARNER || (from == V_MEMBERS && unclassed())) && tr.have_rep &&
	       tr.member < (int)tr.rep.nlearners;
}

/* V_ASSIGNS: the class's assignments, or those that apply to the member. */
static void load_list(struct ui *ui)
{
	char *err = NULL;
	free_list();
	bool of_learner = for_member(tr.list_from);
	if (!tr.have_rep || (!of_learner && unclassed()))
		return;
	long n = training_assignments(ui->t, of_learner ? tr.rep.learners[tr.member].learner.id : 0,
				      of_learner ? 0 : tr.classes[tr.cls].id, &tr.list, &err);
	if (n < 0) {
		ui_message(ui, UI_WARN, "%s", err ? err : "?");
		free(err);
		return;
	}
	tr.nlist = n;
	tr.list_labels = xcalloc((size_t)n + 1, sizeof *tr.list_labels);
	for (long i = 0; i < n; i++)
		assignment_label(ui, &tr.list[i], tr.list_labels[i], sizeof tr.list_labels[i]);
	if (tr.at >= n)
		tr.at = n ? (int)n - 1 : 0;
}

static void free_pick(void)
{
	free(tr.pick);
	tr.pick = NULL;
	tr.npick = 0;
}

struct pick_ctx {
	const struct learner *in;
	long nin;
};

static void collect_learner(const struct learner *l, void *ctx)
{
	const struct pick_ctx *p = ctx;
	for (long i = 0; i < p->nin; i++)
		if (p->in[i].id == l->id)
			return;
	tr.pick = xreallocarray(tr.pick, (size_t)tr.npick + 1, sizeof *tr.pick);
	tr.pick[tr.npick++] = *l;
}

/* V_PICK: the learners who are not in the class, by name. */
static bool load_pick(struct ui *ui)
{
	char *err = NULL;
	free_pick();
	struct learner *in = NULL;
	struct training_scope scope = { .class_id = tr.classes[tr.cls].id };
	long nin = training_learners_in(ui->t, &scope, &in, &err);
	struct pick_ctx ctx = { in, nin };
	if (nin < 0 || training_learner_each(ui->t, collect_learner, &ctx, &err)) {
		ui_message(ui, UI_WARN, "%s", err ? err : "?");
		free(err);
		free(in);
		free_pick();
		return false;
	}
	free(in);
	tr.picked = 0;
	return true;
}

/* The selected member's hardest items with their texts. */
static void load_hard(struct ui *ui)
{
	struct stats_item items[MAX_HARD];
	char *err = NULL;
	free_hard();
	const struct report_learner *rl = &tr.rep.learners[tr.member];
	long n = stats_hardest(ui->t, rl->learner.id, items, MAX_HARD, &err);
	if (n < 0) {
		set_error(err);
		return;
	}
	for (long i = 0; i < n; i++) {
		char *text = NULL;
		int found = content_item_source(ui->c, items[i].handbook, items[i].item, &text, &err);
		free(err);
		err = NULL;
		if (found != 1 || !text) {
			free(text);
			text = xasprintf("%s/%s", items[i].handbook, items[i].item);
		}
		tr.hard_text[tr.nhard] = text;
		tr.hard_again[tr.nhard++] = items[i].agains;
	}
}

static void collect_book(const struct content_summary *s, void *ctx)
{
	(void)ctx;
	tr.books = xreallocarray(tr.books, (size_t)tr.nbooks + 1, sizeof *tr.books);
	struct book_choice *b = &tr.books[tr.nbooks++];
	snprintf(b->id, sizeof b->id, "%s", s->id);
	snprintf(b->title, sizeof b->title, "%s", s->title ? s->title : s->id);
}

/* The chosen handbook with its lessons. */
static void load_chosen(struct ui *ui)
{
	char *err = NULL;
	hb_book_free(tr.chosen);
	tr.chosen = NULL;
	tr.lesson = 0;
	if (tr.book >= tr.nbooks)
		return;
	tr.chosen = content_load(ui->c, tr.books[tr.book].id, &err);
	if (!tr.chosen && err)
		ui_message(ui, UI_WARN, "%s", err);
	free(err);
}

/* ---------------------------------------------------------------- roles */

/* Whether the one using the app may act as a trainer (policy.h): 1 yes; 0 no, with
 * *ask set to whom to ask; -1 on error, with *ask set to the error.  *ask is
 * malloc'd. */
static int may_train(struct ui *ui, char **ask)
{
	char *err = NULL;
	int may = policy_may(ui->t, POLICY_TRAIN, NULL, ui->have_learner ? &ui->learner : NULL, NULL,
			     ask, &err);
	if (may < 0)
		*ask = err ? err : xstrdup("?");
	return may;
}

/* Whether the one using the app may do this work now; when not, says so as the
 * command does. */
static bool allowed(struct ui *ui, enum classes_work work)
{
	char *ask;
	int may = may_train(ui, &ask);
	if (may == 0) {
		char *msg = classes_refusal(work, ask);
		ui_message(ui, UI_WARN, "%s", msg);
		free(msg);
	} else if (may < 0)
		ui_message(ui, UI_WARN, "%s", ask);
	free(ask);
	return may > 0;
}

/* ---------------------------------------------------------------- open, close */

static void close_trainer(struct ui *ui)
{
	(void)ui;
	free_form();
	free_hard();
	free_report();
	free_list();
	free_pick();
	free(tr.classes);
	tr.classes = NULL;
	tr.nclasses = 0;
}

/* What the message names when memory runs out while this screen is on top (mem.h):
 * named on every way into the screen, the one below being named again when it is
 * drawn after this one closes. */
static void name_activity(void)
{
	mem_activity(_("using the %s screen"), _(ui_trainer_screen.title));
}

static void open_trainer(struct ui *ui)
{
	name_activity();
	char *ask;
	memset(&tr, 0, sizeof tr);
	int may = may_train(ui, &ask);
	if (may <= 0) {
		ui_pop(ui);
		if (may == 0)
			ui_message(ui, UI_WARN, _("Only a trainer can open the Trainer screen; ask %s."),
				   ask);
		else
			ui_message(ui, UI_WARN, "%s", ask);
		free(ask);
		return;
	}
	tr.view = V_CLASSES;
	load_classes(ui);
}

/* Whom the form is for: the selected class, or (from the learner's views, and
 * among the learners in no class) the member. */
static void form_target(void)
{
	bool learner = for_member(tr.view == V_ASSIGNS ? tr.list_from : tr.view);
	tr.to_class = learner ? 0 : tr.classes[tr.cls].id;
	tr.to_learner = learner ? tr.rep.learners[tr.member].learner.id : 0;
	snprintf(tr.to_name, sizeof tr.to_name, "%s",
		 learner ? tr.rep.learners[tr.member].learner.name : tr.classes[tr.cls].name);
}

static void set_input(struct ui_input *in, const char *text)
{
	ui_input_clear(in);
	snprintf(in->buf, sizeof in->buf, "%s", text);
	in->len = in->cursor = strlen(in->buf);
}

static void open_form(struct ui *ui)
{
	char *err = NULL;
	if (!class_entries()) {
		ui_message(ui, UI_WARN, "%s", _("Add a class first: press c."));
		return;
	}
	if (unclassed() && !for_member(tr.view == V_ASSIGNS ? tr.list_from : tr.view)) {
		ui_message(ui, UI_WARN, "%s",
			   _("Choose whom to assign to: press Enter, then a on a learner."));
		return;
	}
	free_form();
	if (content_list(ui->c, collect_book, NULL, &err)) {
		ui_message(ui, UI_WARN, "%s", err ? err : "?");
		free(err);
		free_form();
		return;
	}
	if (!tr.nbooks) {
		ui_message(ui, UI_WARN, "%s", _("There are no handbooks to assign lessons from."));
		return;
	}
	form_target();
	tr.editing = false;
	tr.book = 0;
	load_chosen(ui);
	/* A week from today, as a start. */
	time_t secs = (time_t)((study_day_start(study_now()) + 7 * DAY_MS) / 1000);
	struct tm tm;
	localtime_r(&secs, &tm);
	ui_input_clear(&tr.due);
	tr.due.len = tr.due.cursor = strftime(tr.due.buf, sizeof tr.due.buf, "%Y-%m-%d", &tm);
	ui_input_clear(&tr.note);
	tr.field = F_BOOK;
	tr.form_from = tr.view;
	tr.view = V_FORM;
}

/* The form for the selected assignment of the list: its due date and note. */
static void open_edit(void)
{
	if (tr.at >= tr.nlist)
		return;
	free_form();
	tr.edit = tr.list[tr.at];
	memcpy(tr.edit_label, tr.list_labels[tr.at], sizeof tr.edit_label);
	tr.editing = true;
	tr.to_class = tr.edit.class_id;
	tr.to_learner = tr.edit.learner;
	snprintf(tr.to_name, sizeof tr.to_name, "%s",
		 tr.edit.class_id ? tr.edit.class_name : tr.edit.learner_name);
	set_input(&tr.due, tr.edit.due_day);
	set_input(&tr.note, tr.edit.note);
	tr.field = F_DUE;
	tr.form_from = tr.view;
	tr.view = V_FORM;
}

/* Back to where the form or a list was opened from, with everything reloaded. */
static void reload(struct ui *ui)
{
	load_classes(ui);
	if (tr.view != V_CLASSES && tr.view != V_NAME)
		load_report(ui);
	if (tr.view == V_ASSIGNS)
		load_list(ui);
}

/* ---------------------------------------------------------------- assigning */

static void lesson_choice(char *out, size_t size, const struct ui *ui)
{
	if (!tr.chosen)
		snprintf(out, size, "%s", "-");
	else if (tr.lesson < (int)tr.chosen->nlessons) {
		const struct hb_lesson *l = &tr.chosen->lessons[tr.lesson];
		snprintf(out, size, "%s",
			 title_in(l->titles, l->ntitles, l->title ? l->title : l->id,
				  ui->learner.native));
	} else
		snprintf(out, size, "%s", _("(the whole handbook)"));
}

/* "class Desk" or "Ana": whom an assignment is for, in messages. */
static void whom(char *out, size_t size, int64_t class_id, const char *name)
{
	if (class_id)
		snprintf(out, size, _("class %s"), name);
	else
		snprintf(out, size, "%s", name);
}

/* The due date and the note typed, checked as the command checks them: the day
 * ("" for none) in day[16] and its check (classes_due_check), or -2 after saying
 * what is wrong. */
static int form_values(struct ui *ui, char day[16], const char **note)
{
	size_t len;
	const char *due = text_trim(tr.due.buf, tr.due.len, &len);
	day[0] = '\0';
	if (len < 16)
		snprintf(day, 16, "%.*s", (int)len, due);
	int check = len < 16 ? classes_due_check(day, study_now()) : -1;
	if (check < 0) {
		tr.field = F_DUE;
		ui_message(ui, UI_WARN, "%s",
			   _("Type the due date as YYYY-MM-DD, e.g. 2026-12-31, or leave it empty."));
		return -2;
	}
	tr.note.buf[tr.note.len] = '\0';
	if (!classes_note_ok(tr.note.buf)) {
		tr.field = F_NOTE;
		ui_message(ui, UI_WARN, "%s", classes_note_rule());
		return -2;
	}
	*note = tr.note.buf;
	return check;
}

static void submit(struct ui *ui)
{
	char *err = NULL;
	if (!allowed(ui, CLASSES_ASSIGN))
		return;
	if (!tr.editing && !tr.chosen) {
		tr.field = F_BOOK;
		ui_message(ui, UI_WARN, "%s", _("Choose a handbook first."));
		return;
	}
	char day[16], to[160], what[160];
	const char *note = NULL;
	int check = form_values(ui, day, &note);
	if (check < -1)
		return;
	struct assignment a = tr.editing ? tr.edit
					 : (struct assignment){ .class_id = tr.to_class,
								.learner = tr.to_learner };
	if (!tr.editing) {
		char spec[160];
		if (tr.lesson < (int)tr.chosen->nlessons)
			snprintf(spec, sizeof spec, "%s/%s", tr.chosen->id,
				 tr.chosen->lessons[tr.lesson].id);
		else
			snprintf(spec, sizeof spec, "%s", tr.chosen->id);
		if (classes_lesson_check(ui->c, ui->env->content_path, spec, &a, &err)) {
			ui_message(ui, UI_WARN, "%s", err ? err : "?");
			free(err);
			return;
		}
	}
	snprintf(a.due_day, sizeof a.due_day, "%s", day);
	memcpy(a.note, note, strlen(note) + 1); /* shorter: classes_note_ok() */
	int rc = training_begin(ui->t, &err);
	if (rc == 0) {
		rc = tr.editing ? training_assignment_update(ui->t, a.id, a.due_day, a.note, &err)
				: training_assignment_add(ui->t, &a, study_now(), &err);
		if (rc >= 0 && training_commit(ui->t, &err))
			rc = -1;
		if (rc < 0)
			training_rollback(ui->t);
	}
	if (rc < 0) {
		ui_message(ui, UI_WARN, "%s", err ? err : "?");
		free(err);
		return;
	}
	whom(to, sizeof to, tr.to_class, tr.to_name);
	if (tr.editing)
		snprintf(what, sizeof what, "%s", tr.edit_label);
	else
		lesson_choice(what, sizeof what, ui);
	if (tr.editing && rc == 0)
		ui_message(ui, UI_WARN, "%s", _("That assignment was removed meanwhile."));
	else if (check > 0 && tr.editing)
		ui_message(ui, UI_WARN, _("The due date %s has passed; changed %s for %s."),
			   a.due_day, what, to);
	else if (check > 0)
		ui_message(ui, UI_WARN, _("The due date %s has passed; assigned %s to %s."),
			   a.due_day, what, to);
	else if (tr.editing && *a.due_day)
		ui_message(ui, UI_RIGHT, _("Changed %s for %s: due %s."), what, to, a.due_day);
	else if (tr.editing)
		ui_message(ui, UI_RIGHT, _("Changed %s for %s: no due date."), what, to);
	else if (rc == 1 && *a.due_day)
		ui_message(ui, UI_RIGHT, _("%s was assigned to %s already; now due %s."), what, to,
			   a.due_day);
	else if (rc == 1)
		ui_message(ui, UI_RIGHT, _("%s was assigned to %s already; no due date."), what, to);
	else if (*a.due_day)
		ui_message(ui, UI_RIGHT, _("Assigned %s to %s, due %s."), what, to, a.due_day);
	else
		ui_message(ui, UI_RIGHT, _("Assigned %s to %s, no due date."), what, to);
	free_form();
	tr.view = tr.form_from;
	reload(ui);
}

/* ---------------------------------------------------------------- classes, members */

static void add_class(struct ui *ui)
{
	size_t len;
	const char *typed = text_trim(tr.name.buf, tr.name.len, &len);
	char name[sizeof ((struct class_row *)0)->name + 1];
	snprintf(name, sizeof name, "%.*s", (int)(len < sizeof name ? len : sizeof name - 1), typed);
	if (len >= sizeof name || !classes_name_ok(name)) {
		ui_message(ui, UI_WARN, "%s", classes_name_rule());
		return;
	}
	if (!allowed(ui, CLASSES_ADD))
		return;
	char *err = NULL;
	int64_t id;
	int rc = training_class_add(ui->t, name, study_now(), &id, &err);
	if (rc < 0) {
		ui_message(ui, UI_WARN, "%s", err ? err : "?");
		free(err);
		return;
	}
	if (rc == 1) {
		ui_message(ui, UI_WARN, _("there is already a class named '%s'"), name);
		return;
	}
	ui_message(ui, UI_RIGHT, _("Added class %s."), name);
	tr.view = V_CLASSES;
	load_classes(ui);
	for (long i = 0; i < tr.nclasses; i++)
		if (tr.classes[i].id == id)
			tr.cls = (int)i;
}

static void join(struct ui *ui)
{
	if (tr.picked >= tr.npick || !allowed(ui, CLASSES_MEMBERS))
		return;
	const struct learner *l = &tr.pick[tr.picked];
	const struct class_row *c = &tr.classes[tr.cls];
	char *err = NULL;
	if (training_class_join(ui->t, c->id, l->id, study_now(), &err) < 0) {
		ui_message(ui, UI_WARN, "%s", err ? err : "?");
		free(err);
		return;
	}
	ui_message(ui, UI_RIGHT, _("%s joined class %s."), l->name, c->name);
	free_pick();
	tr.view = V_MEMBERS;
	reload(ui);
}

/* What y does after x. */
static void confirmed(struct ui *ui)
{
	char *err = NULL;
	enum confirm what = tr.confirm;
	tr.confirm = C_NONE;
	if (what == C_LEAVE && tr.have_rep && tr.member < (int)tr.rep.nlearners) {
		if (!allowed(ui, CLASSES_MEMBERS))
			return;
		const struct learner *l = &tr.rep.learners[tr.member].learner;
		const struct class_row *c = &tr.classes[tr.cls];
		if (training_class_leave(ui->t, c->id, l->id, &err) < 0) {
			ui_message(ui, UI_WARN, "%s", err ? err : "?");
			free(err);
			return;
		}
		ui_message(ui, UI_RIGHT, _("%s left class %s."), l->name, c->name);
		reload(ui);
	} else if (what == C_UNASSIGN && tr.at < tr.nlist) {
		if (!allowed(ui, CLASSES_UNASSIGN))
			return;
		const struct assignment *a = &tr.list[tr.at];
		char to[160];
		whom(to, sizeof to, a->class_id, a->class_id ? a->class_name : a->learner_name);
		if (training_assignment_delete(ui->t, a->id, &err)) {
			ui_message(ui, UI_WARN, "%s", err ? err : "?");
			free(err);
			return;
		}
		ui_message(ui, UI_RIGHT, _("Removed %s for %s."),
			   tr.list_labels[tr.at], to);
		reload(ui);
	}
}

/* ---------------------------------------------------------------- drawing */

static int width_of(const char *s)
{
	return text_width(s, strlen(s));
}

static const char *status_text(enum report_status s)
{
	static const char *const names[] = { N_("done"), N_("on track"), N_("behind"), N_("late"),
					     N_("no due date") };
	return _(names[s]);
}

static enum ui_color status_color(enum report_status s)
{
	switch (s) {
	case REPORT_DONE: return UI_RIGHT;
	case REPORT_BEHIND: return UI_BEHIND;
	case REPORT_LATE: return UI_WARN;
	case REPORT_ON_TRACK: return UI_NORMAL;
	default: return UI_DIM;
	}
}

/* How bad a status is, for a member's summary: the worst of their assignments. */
static int badness(enum report_status s)
{
	static const int rank[] = { [REPORT_DONE] = 0, [REPORT_UNDATED] = 1,
				    [REPORT_ON_TRACK] = 2, [REPORT_BEHIND] = 3, [REPORT_LATE] = 4 };
	return rank[s];
}

static int marker_width(void)
{
	int w = 0;
	for (int s = REPORT_DONE; s <= REPORT_UNDATED; s++)
		if (width_of(status_text(s)) > w)
			w = width_of(status_text(s));
	return w;
}

/* One assignment as a row: its title, a bar of items introduced, the count, the
 * due date when the row is wide enough, and the marker, in columns
 * x .. x + width - 1. */
static void draw_assignment(int y, int x, int width, const char *label,
			    const struct report_assignment *ra)
{
	char count[48];
	if (width >= 64 && *ra->a.due_day)
		snprintf(count, sizeof count, "%ld/%ld  %s", ra->introduced, ra->total,
			 ra->a.due_day);
	else
		snprintf(count, sizeof count, "%ld/%ld", ra->introduced, ra->total);
	int mw = marker_width(), cw = width_of(count);
	if (mw > width / 3)
		mw = width / 3;
	int rest = width - cw - mw - 3; /* the title and the bar */
	/* The title up to 32 columns while the bar keeps 10, else half each. */
	int lw = rest - 10 < 32 ? rest - 10 : 32;
	if (lw < rest / 2)
		lw = rest / 2;
	int bw = rest - lw;
	if (bw < 3) {
		lw = rest + 1;
		bw = 0;
	}
	if (lw < 1)
		lw = 1;
	ui_text(y, x, lw, label, UI_NORMAL);
	enum ui_color c = status_color(ra->status);
	if (bw > 0)
		ui_bar(y, x + lw + 1, bw,
		       ra->total ? (double)ra->introduced / (double)ra->total : 1.0, UI_BAR);
	int mx = x + width - mw;
	ui_text(y, mx - 1 - cw, cw, count, UI_DIM);
	ui_text(y, mx, mw, status_text(ra->status), c);
}

/* A row highlighted across the list's width. */
static void draw_selected_row(int y, int x, int width)
{
	ui_set_color(UI_SELECTED, true);
	mvhline(y, x, ' ', width);
	ui_set_color(UI_SELECTED, false);
}

static int list_first(int selected, int per, int height)
{
	int first = 0;
	while ((selected - first + 1) * per > height && first < selected)
		first++;
	return first;
}

static void draw_classes(int top, int height, int w)
{
	ui_text(2, 2, w, _("Classes"), UI_TITLE);
	int entries = class_entries(), first = list_first(tr.cls, 1, height), y = top;
	for (int i = first; i < entries && i - first < height; i++, y++) {
		bool sel = i == tr.cls;
		char counts[128];
		const char *name;
		if (i < tr.nclasses) {
			const struct class_row *c = &tr.classes[i];
			name = c->name;
			snprintf(counts, sizeof counts,
				 ngettext("%ld member", "%ld members", (unsigned long)c->members),
				 c->members);
			size_t n = strlen(counts);
			snprintf(counts + n, sizeof counts - n,
				 ngettext(", %ld assignment", ", %ld assignments",
					  (unsigned long)c->assignments),
				 c->assignments);
		} else {
			name = _("Not in a class");
			snprintf(counts, sizeof counts,
				 ngettext("%ld learner", "%ld learners", (unsigned long)tr.nunclassed),
				 tr.nunclassed);
		}
		if (sel)
			draw_selected_row(y, 2, w);
		/* The name as wide as it needs, down to a third of the row; the counts
		 * at the right, clipped when the name leaves too little room. */
		int cw = width_of(counts), nw = width_of(name);
		if (nw > w - cw - 2)
			nw = w - cw - 2 > w / 3 ? w - cw - 2 : w / 3;
		ui_text(y, 2, nw, name,
			sel ? UI_SELECTED : i < tr.nclasses ? UI_NORMAL : UI_TITLE);
		int cx = 2 + w - cw > 2 + nw + 2 ? 2 + w - cw : 2 + nw + 2;
		ui_text(y, cx, 2 + w - cx, counts, sel ? UI_SELECTED : UI_DIM);
	}
	/* Under the learners in no class, when there are any. */
	if (!tr.nclasses) {
		int at = y == top ? top : y + 1;
		if (at < top + height)
			ui_wrap(at, 2, w, top + height - at, _("No classes yet: press c to add one."),
				UI_DIM);
	}
}

static const struct report_assignment *member_assignment(const struct report_learner *rl,
							  int64_t id)
{
	for (size_t j = 0; j < rl->nassignments; j++)
		if (rl->assignments[j].a.id == id)
			return &rl->assignments[j];
	return NULL;
}

/* The learners in no class, one row each with the worst status of their
 * assignments; a learner's own report has the rest. */
static void draw_unclassed(int top, int height, int w)
{
	ui_text(2, 2, w, _("Not in a class"), UI_TITLE);
	if (!tr.have_rep)
		return;
	if (!tr.rep.nlearners) {
		ui_wrap(top, 2, w, height, _("Every learner is in a class."), UI_DIM);
		return;
	}
	const char *hint = _("Enter opens a learner's report; a assigns a lesson to the learner, "
			     "l lists their assignments.");
	int hint_rows = ui_wrap_count(w, hint), rows = height - hint_rows - 1;
	if (rows < 1) {
		rows = height;
		hint_rows = 0;
	}
	int first = list_first(tr.member, 1, rows), y = top;
	for (int i = first; i < (int)tr.rep.nlearners && y < top + rows; i++, y++) {
		const struct report_learner *rl = &tr.rep.learners[i];
		bool sel = i == tr.member;
		int worst = -1;
		enum report_status summary = REPORT_DONE;
		for (size_t k = 0; k < rl->nassignments; k++)
			if (badness(rl->assignments[k].status) > worst) {
				worst = badness(rl->assignments[k].status);
				summary = rl->assignments[k].status;
			}
		const char *mark = worst >= 0 ? status_text(summary) : _("no assignments");
		if (sel)
			draw_selected_row(y, 2, w);
		int mw = width_of(mark);
		ui_text(y, 2, w - mw - 1, rl->learner.name, sel ? UI_SELECTED : UI_NORMAL);
		ui_text(y, 2 + w - mw, mw, mark,
			sel ? UI_SELECTED : worst >= 0 ? status_color(summary) : UI_DIM);
	}
	if (hint_rows) /* under the list */
		ui_wrap(y + 1, 2, w, hint_rows, hint, UI_DIM);
}

static void draw_members(int top, int height, int w)
{
	char line[256];
	if (unclassed()) {
		draw_unclassed(top, height, w);
		return;
	}
	snprintf(line, sizeof line, _("Class %s"), tr.classes[tr.cls].name);
	ui_text(2, 2, w, line, UI_TITLE);
	if (!tr.have_rep)
		return;
	const struct report_class *rc = tr.rep.class;
	if (!tr.rep.nlearners) {
		ui_wrap(top, 2, w, height, _("Nobody is in this class yet: press m to put a learner in it."),
			UI_DIM);
		return;
	}
	int per = 1 + (int)rc->nassignments;
	if (per > height)
		per = height;
	int first = list_first(tr.member, per, height);
	int y = top;
	for (int i = first; i < (int)tr.rep.nlearners && y < top + height; i++) {
		const struct report_learner *rl = &tr.rep.learners[i];
		bool sel = i == tr.member;
		int worst = -1;
		enum report_status summary = REPORT_DONE;
		for (size_t k = 0; k < rc->nassignments; k++) {
			const struct report_assignment *ra =
				member_assignment(rl, rc->assignments[k].a.id);
			if (ra && badness(ra->status) > worst) {
				worst = badness(ra->status);
				summary = ra->status;
			}
		}
		if (sel)
			draw_selected_row(y, 2, w);
		int mw = worst >= 0 ? width_of(status_text(summary)) : 0;
		ui_text(y, 2, w - mw - 1, rl->learner.name, sel ? UI_SELECTED : UI_NORMAL);
		if (worst >= 0)
			ui_text(y, 2 + w - mw, mw, status_text(summary),
				sel ? UI_SELECTED : status_color(summary));
		y++;
		for (size_t k = 0; k < rc->nassignments && y < top + height; k++) {
			const struct report_assignment *ra =
				member_assignment(rl, rc->assignments[k].a.id);
			if (ra)
				draw_assignment(y, 4, w - 2, tr.labels[k], ra);
			y++;
		}
	}
	if (!rc->nassignments && y < top + height)
		ui_wrap(y + 1, 2, w, top + height - y - 1,
			_("No assignments yet: press a to assign a lesson."), UI_DIM);
}

/* The learner view, row by row: rows are drawn when they are in view; returns the
 * number of content rows. */
struct rows {
	int top, height, scroll, row;
};

static int row_y(const struct rows *r)
{
	int y = r->top + r->row - r->scroll;
	return y >= r->top && y < r->top + r->height ? y : -1;
}

static void row_text(struct rows *r, int x, int width, const char *text, enum ui_color c)
{
	int y = row_y(r);
	if (y >= 0)
		ui_text(y, x, width, text, c);
	r->row++;
}

static int draw_learner(struct ui *ui, int top, int height, int w, bool draw)
{
	const struct report_learner *rl = &tr.rep.learners[tr.member];
	struct rows r = { top, draw ? height : 0, tr.scroll, 0 };
	char line[320], last[64];
	if (draw) {
		snprintf(line, sizeof line, "%s · %s", rl->learner.name,
			 unclassed() ? _("Not in a class") : tr.classes[tr.cls].name);
		ui_text(2, 2, w, line, UI_TITLE);
	}
	snprintf(line, sizeof line, _("Items introduced: %ld of %ld assigned"), rl->introduced,
		 rl->total);
	int y = row_y(&r);
	row_text(&r, 2, w, line, UI_NORMAL);
	if (y >= 0 && w - width_of(line) - 3 >= 4)
		ui_bar(y, 2 + width_of(line) + 1, w - width_of(line) - 1,
		       rl->total ? (double)rl->introduced / (double)rl->total : 0, UI_BAR);
	snprintf(line, sizeof line, _("Learned (stable for a week): %ld"), rl->learned);
	row_text(&r, 2, w, line, UI_NORMAL);
	snprintf(line, sizeof line, _("Answers: %ld in 7 days, %ld in 30 days"), rl->reviews_week,
		 rl->reviews_month);
	row_text(&r, 2, w, line, UI_NORMAL);
	if (rl->review_answers)
		snprintf(line, sizeof line, _("Retention on reviews: %.0f%% of %ld"),
			 100.0 * (double)rl->review_right / (double)rl->review_answers,
			 rl->review_answers);
	else
		snprintf(line, sizeof line, "%s", _("Retention on reviews: no reviews yet"));
	row_text(&r, 2, w, line, UI_NORMAL);
	snprintf(line, sizeof line, _("Overdue reviews: %ld"), rl->overdue);
	row_text(&r, 2, w, line, rl->overdue ? UI_WARN : UI_NORMAL);
	if (rl->days_since < 0)
		snprintf(last, sizeof last, "%s", _("never"));
	else if (rl->days_since == 0)
		snprintf(last, sizeof last, "%s", _("today"));
	else if (rl->days_since == 1)
		snprintf(last, sizeof last, "%s", _("yesterday"));
	else
		snprintf(last, sizeof last,
			 ngettext("%ld day ago", "%ld days ago", (unsigned long)rl->days_since),
			 rl->days_since);
	snprintf(line, sizeof line, _("Last studied: %s"), last);
	row_text(&r, 2, w, line, rl->days_since < 0 || rl->days_since > 2 ? UI_WARN : UI_NORMAL);
	r.row++;
	row_text(&r, 2, w, _("Assignments"), UI_TITLE);
	if (!rl->nassignments)
		row_text(&r, 4, w - 2, _("none"), UI_DIM);
	for (size_t k = 0; k < rl->nassignments; k++) {
		const struct report_assignment *ra = &rl->assignments[k];
		const char *label = NULL;
		char own[160];
		for (size_t i = 0; tr.rep.class && i < tr.rep.class->nassignments; i++)
			if (tr.rep.class->assignments[i].a.id == ra->a.id)
				label = tr.labels[i];
		for (size_t i = 0; !label && i < tr.nown; i++)
			if (tr.own[i].id == ra->a.id)
				label = tr.own[i].text;
		if (!label) { /* another class's: the report names only this one's */
			snprintf(own, sizeof own, "%s%s%s", ra->a.handbook, *ra->a.lesson ? "/" : "",
				 ra->a.lesson);
			label = own;
		}
		y = row_y(&r);
		if (y >= 0)
			draw_assignment(y, 4, w - 2, label, ra);
		r.row++;
	}
	r.row++;
	row_text(&r, 2, w, _("Hardest items (times answered Again)"), UI_TITLE);
	if (!tr.nhard)
		row_text(&r, 4, w - 2, _("No item has been answered Again yet."), UI_DIM);
	for (int i = 0; i < tr.nhard; i++) {
		y = row_y(&r);
		if (y >= 0) {
			snprintf(line, sizeof line, "%4ld", tr.hard_again[i]);
			int x = 2 + ui_text(y, 2, w, line, UI_WARN) + 2;
			ui_text(y, x, 2 + w - x, tr.hard_text[i], UI_NORMAL);
		}
		r.row++;
	}
	(void)ui;
	return r.row;
}

static void draw_choice(int y, int x, int width, const char *text, bool focus)
{
	if (width < 5)
		return;
	if (focus)
		draw_selected_row(y, x, width);
	ui_text(y, x, 2, "<", focus ? UI_SELECTED : UI_DIM);
	ui_text(y, x + 2, width - 4, text, focus ? UI_SELECTED : UI_NORMAL);
	ui_text(y, x + width - 1, 1, ">", focus ? UI_SELECTED : UI_DIM);
}

static void draw_form(struct ui *ui, int top, int height, int w)
{
	char line[320], to[160];
	whom(to, sizeof to, tr.to_class, tr.to_name);
	if (tr.editing)
		snprintf(line, sizeof line, _("Change an assignment for %s"), to);
	else
		snprintf(line, sizeof line, _("Assign a lesson to %s"), to);
	ui_text(2, 2, w, line, UI_TITLE);
	const char *labels[NFIELDS] = { _("Handbook:"), _("Lesson:"), _("Due date:"), _("Note:") };
	int lw = 0;
	for (int i = 0; i < NFIELDS; i++)
		if (width_of(labels[i]) > lw)
			lw = width_of(labels[i]);
	if (lw > w / 3)
		lw = w / 3;
	int vx = 2 + lw + 1, vw = w - lw - 1;
	for (int i = 0; i < NFIELDS && i < height; i++)
		ui_text(top + i, 2, lw, labels[i], tr.field == i ? UI_KEY : UI_NORMAL);
	if (tr.editing) {
		/* The lesson stays: a new one is a new assignment. */
		ui_text(top, vx, vw, tr.edit.handbook, UI_DIM);
		ui_text(top + 1, vx, vw, tr.edit_label, UI_DIM);
	} else {
		const struct book_choice *b = &tr.books[tr.book];
		const char *title = tr.chosen ? title_in(tr.chosen->titles, tr.chosen->ntitles,
							 tr.chosen->title, ui->learner.native)
					      : b->title;
		draw_choice(top, vx, vw, title, tr.field == F_BOOK);
		lesson_choice(line, sizeof line, ui);
		draw_choice(top + 1, vx, vw, line, tr.field == F_LESSON);
	}
	if (height > 5)
		ui_wrap(top + 5, 2, w, height - 5,
			tr.editing ? _("↑↓ field; the due date as YYYY-MM-DD, empty for none; Enter "
				       "saves.")
				   : _("↑↓ field, ←→ choose; the due date as YYYY-MM-DD, empty for "
				       "none; Enter assigns."),
			UI_DIM);
	/* Last, so that the cursor stays in the field that has it. */
	int dw = vw < 14 ? vw : 14;
	if (tr.field == F_DUE) {
		ui_input_draw(&tr.note, top + 3, vx, vw, false);
		ui_input_draw(&tr.due, top + 2, vx, dw, true);
	} else {
		ui_input_draw(&tr.due, top + 2, vx, dw, false);
		ui_input_draw(&tr.note, top + 3, vx, vw, tr.field == F_NOTE);
	}
}

/* The assignments, two rows each: the title with the due date, then whom it is for
 * (from the learner's view, a class's) and the note. */
static void draw_list(int top, int height, int w)
{
	char line[700];
	if (for_member(tr.list_from))
		snprintf(line, sizeof line, _("Assignments of %s"),
			 tr.rep.learners[tr.member].learner.name);
	else if (!unclassed())
		snprintf(line, sizeof line, _("Assignments of class %s"), tr.classes[tr.cls].name);
	else /* the learner gone from the list meanwhile */
		snprintf(line, sizeof line, "%s", _("Not in a class"));
	ui_text(2, 2, w, line, UI_TITLE);
	if (!tr.nlist) {
		ui_wrap(top, 2, w, height, _("No assignments yet: press a to assign a lesson."),
			UI_DIM);
		return;
	}
	int64_t today = study_day_start(study_now());
	int first = list_first(tr.at, 2, height);
	for (int i = first; i < tr.nlist && (i - first) * 2 < height; i++) {
		const struct assignment *a = &tr.list[i];
		int y = top + (i - first) * 2;
		bool sel = i == tr.at;
		const char *due = *a->due_day ? a->due_day : _("no due date");
		bool passed = *a->due_day && report_parse_day(a->due_day) < today;
		if (sel) {
			draw_selected_row(y, 2, w);
			if ((i - first) * 2 + 1 < height)
				draw_selected_row(y + 1, 2, w);
		}
		int dw = width_of(due);
		ui_text(y, 2, w - dw - 1 > 1 ? w - dw - 1 : 1, tr.list_labels[i],
			sel ? UI_SELECTED : UI_NORMAL);
		ui_text(y, 2 + w - dw, dw, due,
			sel ? UI_SELECTED : passed ? UI_WARN : *a->due_day ? UI_NORMAL : UI_DIM);
		if ((i - first) * 2 + 1 >= height)
			break;
		line[0] = '\0';
		if (a->class_id && tr.list_from == V_LEARNER)
			snprintf(line, sizeof line, _("for class %s"), a->class_name);
		size_t n = strlen(line);
		if (*a->note)
			snprintf(line + n, sizeof line - n, "%s%s", n ? " · " : "", a->note);
		else if (!n)
			snprintf(line, sizeof line, "%s", _("no note"));
		ui_text(y + 1, 4, w - 2, line, sel ? UI_SELECTED : UI_DIM);
	}
}

static void draw_pick(int top, int height, int w)
{
	char line[256];
	snprintf(line, sizeof line, _("Put a learner in class %s"), tr.classes[tr.cls].name);
	ui_text(2, 2, w, line, UI_TITLE);
	if (!tr.npick) {
		ui_wrap(top, 2, w, height, _("Every learner is in this class already."), UI_DIM);
		return;
	}
	int first = list_first(tr.picked, 1, height);
	for (int i = first; i < tr.npick && i - first < height; i++) {
		bool sel = i == tr.picked;
		int y = top + i - first;
		if (sel)
			draw_selected_row(y, 2, w);
		snprintf(line, sizeof line, "%s → %s", tr.pick[i].native, tr.pick[i].target);
		int lw = width_of(line);
		ui_text(y, 2, w - lw - 1 > 1 ? w - lw - 1 : 1, tr.pick[i].name,
			sel ? UI_SELECTED : UI_NORMAL);
		if (w - lw - 1 > 1)
			ui_text(y, 2 + w - lw, lw, line, sel ? UI_SELECTED : UI_DIM);
	}
}

static void draw_name(int top, int height, int w)
{
	ui_text(2, 2, w, _("Add a class"), UI_TITLE);
	const char *label = _("Name:");
	int lw = width_of(label);
	if (lw > w / 3)
		lw = w / 3;
	ui_text(top, 2, lw, label, UI_KEY);
	if (height > 2)
		ui_wrap(top + 2, 2, w, height - 2, _("Type the class's name; Enter adds it."),
			UI_DIM);
	ui_input_draw(&tr.name, top, 2 + lw + 1, w - lw - 1, true);
}

/* The question before a removal, over the last rows of the view. */
static void draw_confirm(struct ui *ui, int top, int height, int w)
{
	char q[512], to[160];
	if (tr.confirm == C_LEAVE && tr.have_rep && tr.member < (int)tr.rep.nlearners)
		snprintf(q, sizeof q,
			 _("Take %s out of class %s? Their cards and answers stay. y yes, n no"),
			 tr.rep.learners[tr.member].learner.name, tr.classes[tr.cls].name);
	else if (tr.confirm == C_UNASSIGN && tr.at < tr.nlist) {
		const struct assignment *a = &tr.list[tr.at];
		whom(to, sizeof to, a->class_id, a->class_id ? a->class_name : a->learner_name);
		snprintf(q, sizeof q, _("Remove %s for %s? y yes, n no"), tr.list_labels[tr.at], to);
	} else
		return;
	int lines = ui_wrap_count(w, q);
	if (lines > height)
		lines = height;
	int y = top + height - lines;
	for (int i = -1; i < lines; i++)
		if (y + i >= top)
			mvhline(y + i, 0, ' ', ui->cols);
	ui_wrap(y, 2, w, lines, q, UI_WARN);
}

static void draw_trainer(struct ui *ui)
{
	name_activity();
	int top = 3, height = ui->rows - 5, w = ui->cols - 4;
	if (tr.error[0]) {
		ui_wrap(2, 2, w, ui->rows - 4, tr.error, UI_WARN);
		return;
	}
	switch (tr.view) {
	case V_CLASSES: draw_classes(top, height, w); break;
	case V_MEMBERS: draw_members(top, height, w); break;
	case V_LEARNER: {
		int total = draw_learner(ui, top, height, w, false);
		int max = total > height ? total - height : 0;
		if (tr.scroll > max)
			tr.scroll = max;
		draw_learner(ui, top, height, w, true);
		if (tr.scroll > 0)
			ui_text(top, ui->cols - 1, 1, "↑", UI_KEY);
		if (tr.scroll < max)
			ui_text(top + height - 1, ui->cols - 1, 1, "↓", UI_KEY);
		break;
	}
	case V_ASSIGNS: draw_list(top, height, w); break;
	case V_PICK: draw_pick(top, height, w); break;
	case V_NAME: draw_name(top, height, w); break;
	case V_FORM: draw_form(ui, top, height, w); break;
	}
	draw_confirm(ui, top, height, w);
}

/* ---------------------------------------------------------------- keys */

static int step(int value, int delta, int count, bool wrap)
{
	if (count <= 0)
		return 0;
	value += delta;
	if (wrap)
		return (value % count + count) % count;
	return value < 0 ? 0 : value >= count ? count - 1 : value;
}

static bool key_form(struct ui *ui, enum ui_action action, wint_t ch)
{
	/* Changing an assignment: only the due date and the note. */
	int first = tr.editing ? F_DUE : F_BOOK;
	switch (action) {
	case ACT_NONE:
		return (tr.field == F_DUE && ui_input_key(&tr.due, ch, ui->key_code)) ||
		       (tr.field == F_NOTE && ui_input_key(&tr.note, ch, ui->key_code));
	case ACT_UP:
	case ACT_DOWN:
		tr.field = first + step(tr.field - first, action == ACT_UP ? -1 : 1, NFIELDS - first,
					true);
		return true;
	case ACT_LEFT:
	case ACT_RIGHT: {
		int d = action == ACT_LEFT ? -1 : 1;
		if (tr.field == F_BOOK) {
			tr.book = step(tr.book, d, tr.nbooks, true);
			load_chosen(ui);
		} else if (tr.field == F_LESSON && tr.chosen)
			tr.lesson = step(tr.lesson, d, (int)tr.chosen->nlessons + 1, true);
		else
			return false; /* the cursor of a text field */
		return true;
	}
	case ACT_OPEN: submit(ui); return true;
	case ACT_BACK:
		free_form();
		tr.view = tr.form_from;
		return true;
	default: return false;
	}
}

static bool key_new_class(struct ui *ui, enum ui_action action, wint_t ch)
{
	switch (action) {
	case ACT_NONE: return ui_input_key(&tr.name, ch, ui->key_code);
	case ACT_OPEN: add_class(ui); return true;
	case ACT_BACK: tr.view = V_CLASSES; return true;
	default: return false;
	}
}

static bool key_confirm(struct ui *ui, enum ui_action action, wint_t ch)
{
	if (action == ACT_NONE && (ch == 'y' || ch == 'Y'))
		confirmed(ui);
	else if (action == ACT_BACK || (action == ACT_NONE && (ch == 'n' || ch == 'N')))
		tr.confirm = C_NONE;
	return true; /* nothing else until it is answered */
}

static void open_list(struct ui *ui)
{
	tr.list_from = tr.view;
	tr.at = 0;
	tr.view = V_ASSIGNS;
	load_list(ui);
}

static bool key_trainer(struct ui *ui, enum ui_action action, wint_t ch)
{
	name_activity();
	if (tr.error[0] && action != ACT_BACK)
		return false;
	if (tr.confirm != C_NONE)
		return key_confirm(ui, action, ch);
	if (tr.view == V_FORM)
		return key_form(ui, action, ch);
	if (tr.view == V_NAME)
		return key_new_class(ui, action, ch);
	switch (action) {
	case ACT_UP:
	case ACT_DOWN: {
		int d = action == ACT_UP ? -1 : 1;
		if (tr.view == V_CLASSES)
			tr.cls = step(tr.cls, d, class_entries(), false);
		else if (tr.view == V_MEMBERS && tr.have_rep)
			tr.member = step(tr.member, d, (int)tr.rep.nlearners, false);
		else if (tr.view == V_LEARNER)
			tr.scroll = tr.scroll + d < 0 ? 0 : tr.scroll + d;
		else if (tr.view == V_ASSIGNS)
			tr.at = step(tr.at, d, (int)tr.nlist, false);
		else if (tr.view == V_PICK)
			tr.picked = step(tr.picked, d, (int)tr.npick, false);
		return true;
	}
	case ACT_OPEN:
		if (tr.view == V_CLASSES && class_entries()) {
			tr.member = 0;
			load_report(ui);
			tr.view = V_MEMBERS;
		} else if (tr.view == V_MEMBERS && tr.have_rep && tr.rep.nlearners) {
			tr.scroll = 0;
			load_hard(ui);
			tr.view = V_LEARNER;
		} else if (tr.view == V_ASSIGNS)
			open_edit();
		else if (tr.view == V_PICK)
			join(ui);
		return true;
	case ACT_EDIT:
		if (tr.view != V_ASSIGNS)
			return false;
		open_edit();
		return true;
	case ACT_ADD_LESSON:
		if (tr.view == V_PICK)
			return false;
		open_form(ui);
		return true;
	case ACT_LIST:
		if (tr.view != V_MEMBERS && tr.view != V_LEARNER)
			return false;
		if (tr.have_rep && (!unclassed() || for_member(tr.view)))
			open_list(ui);
		return true;
	case ACT_ADD_CLASS:
		if (tr.view != V_CLASSES)
			return false;
		ui_input_clear(&tr.name);
		tr.view = V_NAME;
		return true;
	case ACT_ADD_MEMBER:
		if (tr.view != V_MEMBERS)
			return false;
		if (unclassed())
			ui_message(ui, UI_WARN, "%s",
				   _("Open a class and press m there to put a learner in it."));
		else if (load_pick(ui))
			tr.view = V_PICK;
		return true;
	case ACT_REMOVE:
		if (tr.view == V_MEMBERS && !unclassed() && tr.have_rep && tr.rep.nlearners)
			tr.confirm = C_LEAVE;
		else if (tr.view == V_ASSIGNS && tr.nlist)
			tr.confirm = C_UNASSIGN;
		else
			return false;
		return true;
	case ACT_BACK:
		if (tr.error[0] || tr.view == V_CLASSES) {
			ui_pop(ui);
		} else if (tr.view == V_LEARNER) {
			free_hard();
			tr.view = V_MEMBERS;
		} else if (tr.view == V_ASSIGNS) {
			free_list();
			tr.view = tr.list_from;
		} else if (tr.view == V_PICK) {
			free_pick();
			tr.view = V_MEMBERS;
		} else {
			free_report();
			tr.view = V_CLASSES;
		}
		return true;
	default: return false;
	}
}

static bool typing_trainer(const struct ui *ui)
{
	(void)ui;
	return tr.confirm != C_NONE || tr.view == V_NAME ||
	       (tr.view == V_FORM && (tr.field == F_DUE || tr.field == F_NOTE));
}

const struct ui_screen ui_trainer_screen = {
	.title = N_("Trainer"),
	.keys = keys,
	.nkeys = sizeof keys / sizeof *keys,
	.open = open_trainer,
	.draw = draw_trainer,
	.key = key_trainer,
	.close = close_trainer,
	.typing = typing_trainer,
};
