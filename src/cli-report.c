/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cordial report: learners' and classes' progress as a table, CSV or JSON. */
#include <ctype.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "content.h"
#include "i18n.h"
#include "mem.h"
#include "report.h"
#include "text.h"
#include "training.h"

enum format { FORMAT_TEXT, FORMAT_CSV, FORMAT_JSON };

static void usage(FILE *out)
{
	fputs(_("Usage: cordial report [--class CLASS | --learner NAME] [--since YYYY-MM-DD]\n"
		"                      [--format text|csv|json]\n"
		"For each learner: assigned items introduced and learned, reviews in the last\n"
		"7 and 30 days, retention on review answers, overdue cards, days since the\n"
		"last study, and for each assignment whether it will be done by its due date\n"
		"at the current pace.  For a class also the sums and the items it misses most.\n"
		"\n"
		"  --class CLASS    the members of a class, and the class as a whole\n"
		"  --learner NAME   one learner (a learner sees only their own report)\n"
		"  --since DATE     count retention and missed items from this day on\n"
		"  --format FORMAT  text (the default), csv for a spreadsheet, json for\n"
		"                   programs\n"),
	      out);
}

/* ---------------------------------------------------------------- numbers */

/* num/den rounded half up to `decimals` places, with a point whatever the locale. */
static void fixed(char *out, size_t size, long num, long den, int decimals)
{
	long long scale = 1;
	for (int i = 0; i < decimals; i++)
		scale *= 10;
	long long v = den ? ((long long)num * scale * 2 + den) / (2LL * den) : 0;
	if (decimals)
		snprintf(out, size, "%lld.%0*lld", v / scale, decimals, v % scale);
	else
		snprintf(out, size, "%lld", v);
}

/* ---------------------------------------------------------------- text */

void cli_table_add(struct cli_table *tb, const char *const *cells)
{
	if (tb->nrows == tb->cap) {
		tb->cap = tb->cap ? tb->cap * 2 : 16;
		tb->cells = xrealloc(tb->cells, tb->cap * tb->ncols * sizeof *tb->cells);
	}
	for (size_t i = 0; i < tb->ncols; i++) {
		const char *c = cells[i] ? cells[i] : "";
		tb->cells[tb->nrows * tb->ncols + i] = text_sanitize(c, strlen(c));
	}
	tb->nrows++;
}

/* Columns two spaces apart, padded by display width (CJK names take two columns a
 * character); no trailing blanks. */
void cli_table_print(const struct cli_table *tb, FILE *out)
{
	int widths[CLI_TABLE_MAX] = { 0 };
	for (size_t r = 0; r < tb->nrows; r++)
		for (size_t i = 0; i < tb->ncols && i < CLI_TABLE_MAX; i++) {
			const char *c = tb->cells[r * tb->ncols + i];
			int w = text_width(c, strlen(c));
			if (w > widths[i])
				widths[i] = w;
		}
	for (size_t r = 0; r < tb->nrows; r++) {
		/* The last non-empty cell ends the line. */
		size_t end = tb->ncols;
		while (end > 1 && !*tb->cells[r * tb->ncols + end - 1])
			end--;
		for (size_t i = 0; i < end && i < CLI_TABLE_MAX; i++) {
			const char *c = tb->cells[r * tb->ncols + i];
			int pad = widths[i] - text_width(c, strlen(c));
			bool last = i + 1 == end;
			if (tb->right >> i & 1)
				fprintf(out, "%*s%s", pad, "", c);
			else
				fprintf(out, "%s%*s", c, last ? 0 : pad, "");
			if (!last)
				fputs("  ", out);
		}
		fputc('\n', out);
	}
}

void cli_table_free(struct cli_table *tb)
{
	for (size_t i = 0; i < tb->nrows * tb->ncols; i++)
		free(tb->cells[i]);
	free(tb->cells);
	tb->cells = NULL;
	tb->nrows = tb->cap = 0;
}

static const char *status_text(enum report_status status)
{
	static const char *const names[] = { N_("done"), N_("on track"), N_("behind"), N_("late"),
					     N_("no due date") };
	return _(names[status]);
}

static void last_study(char *out, size_t size, long days)
{
	if (days < 0)
		snprintf(out, size, "%s", _("never"));
	else if (days == 0)
		snprintf(out, size, "%s", _("today"));
	else if (days == 1)
		snprintf(out, size, "%s", _("yesterday"));
	else
		snprintf(out, size, ngettext("%ld day ago", "%ld days ago", (unsigned long)days),
			 days);
}

/* The cells of a learner's (or a class's) figures after its name. */
struct learner_cells {
	char introduced[48], learned[48], week[24], month[24], retention[64], overdue[24],
		last[64];
};

static void learner_cells(const struct report_learner *rl, struct learner_cells *lc)
{
	snprintf(lc->introduced, sizeof lc->introduced, "%ld/%ld", rl->introduced, rl->total);
	snprintf(lc->learned, sizeof lc->learned, "%ld/%ld", rl->learned, rl->total);
	snprintf(lc->week, sizeof lc->week, "%ld", rl->reviews_week);
	snprintf(lc->month, sizeof lc->month, "%ld", rl->reviews_month);
	if (rl->review_answers) {
		char pct[24];
		fixed(pct, sizeof pct, rl->review_right * 100, rl->review_answers, 0);
		/* TRANSLATORS: retention: "83% of 6" answers to cards in review */
		snprintf(lc->retention, sizeof lc->retention, _("%s%% of %ld"), pct,
			 rl->review_answers);
	} else
		snprintf(lc->retention, sizeof lc->retention, "-");
	snprintf(lc->overdue, sizeof lc->overdue, "%ld", rl->overdue);
	last_study(lc->last, sizeof lc->last, rl->days_since);
}

static void lesson_name(char *out, size_t size, const struct assignment *a)
{
	if (*a->lesson)
		snprintf(out, size, "%s/%s", a->handbook, a->lesson);
	else
		snprintf(out, size, "%s", a->handbook);
}

static void print_class(const struct report_class *rc, const char *name, FILE *out);

static void print_text(const struct report *r, FILE *out)
{
	char *class_name = r->class ? text_sanitize(r->class->row.name,
						    strlen(r->class->row.name))
				    : NULL;
	if (r->class)
		fprintf(out,
			ngettext("Progress on %s, class %s: %ld learner.\n",
				 "Progress on %s, class %s: %ld learners.\n",
				 (unsigned long)r->class->row.members),
			r->today, class_name, r->class->row.members);
	else
		fprintf(out, _("Progress on %s.\n"), r->today);
	if (*r->since)
		fprintf(out, _("Retention and missed items count the answers since %s.\n"),
			r->since);
	if (!r->nlearners) {
		fputs(_("No learners to report on.\n"), out);
		free(class_name);
		return;
	}

	struct cli_table tb = { .ncols = 8, .right = 0x7e };
	const char *head[] = { _("LEARNER"),	_("INTRODUCED"), _("LEARNED"), _("REVIEWS 7D"),
			       _("REVIEWS 30D"), _("RETENTION"),  _("OVERDUE"), _("LAST STUDY") };
	cli_table_add(&tb, head);
	for (size_t i = 0; i <= r->nlearners; i++) {
		const struct report_learner *rl = i < r->nlearners ? &r->learners[i]
					       : r->class     ? &r->class->total
							      : NULL;
		if (!rl)
			break;
		struct learner_cells lc;
		learner_cells(rl, &lc);
		const char *row[] = { i < r->nlearners ? rl->learner.name : _("(whole class)"),
				      lc.introduced,
				      lc.learned,
				      lc.week,
				      lc.month,
				      lc.retention,
				      lc.overdue,
				      lc.last };
		cli_table_add(&tb, row);
	}
	fputc('\n', out);
	cli_table_print(&tb, out);
	cli_table_free(&tb);

	struct cli_table ta = { .ncols = 9, .right = 1u | 1u << 4 | 1u << 5 | 1u << 6 | 1u << 7 };
	const char *ahead[] = { _("ID"),	 _("LESSON"),	  _("DUE"),
				_("LEARNER"),	 _("INTRODUCED"), _("NEEDED"),
				_("PACE/DAY"),	 _("DAYS LEFT"),  _("STATUS") };
	cli_table_add(&ta, ahead);
	for (size_t i = 0; i < r->nlearners; i++) {
		const struct report_learner *rl = &r->learners[i];
		/* NOLINTNEXTLINE(clang-analyzer-core.NullDereference): learners holds nlearners entries (a false positive). */
		for (size_t k = 0; k < rl->nassignments; k++) {
			const struct report_assignment *ra = &rl->assignments[k];
			char id[24], lesson[160], intro[48], needed[24], pace[32], left[24];
			snprintf(id, sizeof id, "%" PRId64, ra->a.id);
			lesson_name(lesson, sizeof lesson, &ra->a);
			snprintf(intro, sizeof intro, "%ld/%ld", ra->introduced, ra->total);
			snprintf(needed, sizeof needed, "%ld", ra->needed);
			fixed(pace, sizeof pace, ra->pace_items, ra->pace_days, 2);
			snprintf(left, sizeof left, "%ld", ra->days_left);
			const char *row[] = { id,
					      lesson,
					      *ra->a.due_day ? ra->a.due_day : "-",
					      rl->learner.name,
					      intro,
					      needed,
					      pace,
					      *ra->a.due_day ? left : "-",
					      status_text(ra->status) };
			cli_table_add(&ta, row);
		}
	}
	if (ta.nrows > 1) {
		fputc('\n', out);
		cli_table_print(&ta, out);
	}
	cli_table_free(&ta);

	if (!r->class)
		return;
	print_class(r->class, class_name, out);
	free(class_name);
}

/* The class's part of the text report: its assignments, the items it misses. */
static void print_class(const struct report_class *rc, const char *name, FILE *out)
{
	if (rc->nassignments) {
		struct cli_table tc = { .ncols = 8, .right = 1u | 0xf8 };
		const char *chead[] = { _("ID"),       _("LESSON"), _("DUE"),  _("DONE"),
					_("ON TRACK"), _("BEHIND"), _("LATE"), _("NO DUE DATE") };
		cli_table_add(&tc, chead);
		for (size_t k = 0; k < rc->nassignments; k++) {
			const struct report_class_assignment *ca = &rc->assignments[k];
			char id[24], lesson[160], n[5][24];
			snprintf(id, sizeof id, "%" PRId64, ca->a.id);
			lesson_name(lesson, sizeof lesson, &ca->a);
			for (int s = 0; s < 5; s++)
				snprintf(n[s], sizeof n[s], "%ld", ca->count[s]);
			const char *row[] = { id,   lesson, *ca->a.due_day ? ca->a.due_day : "-",
					      n[0], n[1],   n[2],
					      n[3], n[4] };
			cli_table_add(&tc, row);
		}
		fputc('\n', out);
		fprintf(out, _("Assignments of class %s, members by status:\n"), name);
		cli_table_print(&tc, out);
		cli_table_free(&tc);
	}
	fputc('\n', out);
	if (!rc->nmissed) {
		fputs(_("No item of this class was answered Again.\n"), out);
		return;
	}
	fputs(_("The items this class misses most:\n"), out);
	struct cli_table tm = { .ncols = 3, .right = 1 };
	const char *mhead[] = { _("AGAIN"), _("ITEM"), _("TEXT") };
	cli_table_add(&tm, mhead);
	for (size_t k = 0; k < rc->nmissed; k++) {
		char again[24], item[160];
		snprintf(again, sizeof again, "%ld", rc->missed[k].again);
		snprintf(item, sizeof item, "%s/%s", rc->missed[k].handbook, rc->missed[k].item);
		const char *row[] = { again, item, rc->missed[k].text };
		cli_table_add(&tm, row);
	}
	cli_table_print(&tm, out);
	cli_table_free(&tm);
}

/* ---------------------------------------------------------------- CSV */

/* Whether a cell is a plain number (figures are written as numbers). */
static bool is_number(const char *s)
{
	if (*s == '-' || *s == '+')
		s++;
	if (!isdigit((unsigned char)*s))
		return false;
	while (isdigit((unsigned char)*s))
		s++;
	if (*s == '.')
		for (s++; isdigit((unsigned char)*s);)
			s++;
	return !*s;
}

/* RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
 * Text is sanitized first, so no line break is left in it.  A text cell that a
 * spreadsheet would take for a formula (it begins with =, +, -, @, a tab or a
 * carriage return) gets a leading apostrophe and quotes, as the spreadsheet
 * programs advise, so that it stays text when the file is opened. */
static void csv_field(FILE *out, const char *s, bool last)
{
	if (!s)
		s = "";
	bool formula = strchr("=+-@\t\r", *s) && *s && !is_number(s);
	char *safe = text_sanitize(s, strlen(s));
	if (formula || strpbrk(safe, ",\"\r\n")) {
		fputc('"', out);
		if (formula)
			fputc('\'', out);
		for (const char *p = safe; *p; p++) {
			if (*p == '"')
				fputc('"', out);
			fputc(*p, out);
		}
		fputc('"', out);
	} else
		fputs(safe, out);
	free(safe);
	fputs(last ? "\r\n" : ",", out);
}

enum {
	CSV_RECORD,
	CSV_CLASS,
	CSV_LEARNER,
	CSV_ASSIGNMENT,
	CSV_HANDBOOK,
	CSV_LESSON,
	CSV_DUE,
	CSV_NOTE,
	CSV_INTRODUCED,
	CSV_TOTAL,
	CSV_LEARNED,
	CSV_WEEK,
	CSV_MONTH,
	CSV_RETENTION,
	CSV_ANSWERS,
	CSV_OVERDUE,
	CSV_DAYS_SINCE,
	CSV_NEEDED,
	CSV_PACE,
	CSV_DAYS_LEFT,
	CSV_STATUS,
	CSV_ITEM,
	CSV_TEXT,
	CSV_AGAIN,
	CSV_NCOLS
};

static const char *const csv_head[CSV_NCOLS] = {
	"record",	 "class",	"learner",   "assignment",     "handbook", "lesson",
	"due",		 "note",	"introduced", "total",	       "learned",  "reviews_7d",
	"reviews_30d",	 "retention",	"review_answers", "overdue",   "days_since_study",
	"needed",	 "pace",	"days_left", "status",	       "item",	   "text",
	"again",
};

/* A row of cells: borrowed strings, or numbers written into the row itself. */
struct sheet_row {
	const char *cell[CSV_NCOLS];
	char num[CSV_NCOLS][32];
};

static void csv_num(struct sheet_row *row, int col, long v)
{
	snprintf(row->num[col], sizeof row->num[col], "%ld", v);
	row->cell[col] = row->num[col];
}

static void csv_print(FILE *out, const struct sheet_row *row)
{
	for (int i = 0; i < CSV_NCOLS; i++)
		csv_field(out, row->cell[i], i + 1 == CSV_NCOLS);
}

static void csv_figures(struct sheet_row *row, const struct report_learner *rl)
{
	csv_num(row, CSV_INTRODUCED, rl->introduced);
	csv_num(row, CSV_TOTAL, rl->total);
	csv_num(row, CSV_LEARNED, rl->learned);
	csv_num(row, CSV_WEEK, rl->reviews_week);
	csv_num(row, CSV_MONTH, rl->reviews_month);
	if (rl->review_answers) {
		fixed(row->num[CSV_RETENTION], sizeof row->num[CSV_RETENTION], rl->review_right,
		      rl->review_answers, 4);
		row->cell[CSV_RETENTION] = row->num[CSV_RETENTION];
	}
	csv_num(row, CSV_ANSWERS, rl->review_answers);
	csv_num(row, CSV_OVERDUE, rl->overdue);
	if (rl->days_since >= 0)
		csv_num(row, CSV_DAYS_SINCE, rl->days_since);
}

/* One table for a spreadsheet: the `record` column says what a row is (learner,
 * assignment, class, missed), and each kind fills the columns that fit it. */
static void print_csv(const struct report *r, FILE *out)
{
	fputs("\xef\xbb\xbf", out); /* the byte-order mark: Excel then reads UTF-8 */
	for (int i = 0; i < CSV_NCOLS; i++)
		csv_field(out, csv_head[i], i + 1 == CSV_NCOLS);
	const char *class_name = r->class ? r->class->row.name : NULL;
	struct sheet_row row;
	for (size_t i = 0; i < r->nlearners; i++) {
		const struct report_learner *rl = &r->learners[i];
		memset(&row, 0, sizeof row);
		row.cell[CSV_RECORD] = "learner";
		row.cell[CSV_CLASS] = class_name;
		row.cell[CSV_LEARNER] = rl->learner.name;
		csv_figures(&row, rl);
		csv_print(out, &row);
		for (size_t k = 0; k < rl->nassignments; k++) {
			const struct report_assignment *ra = &rl->assignments[k];
			memset(&row, 0, sizeof row);
			row.cell[CSV_RECORD] = "assignment";
			row.cell[CSV_CLASS] = ra->a.class_name;
			row.cell[CSV_LEARNER] = rl->learner.name;
			snprintf(row.num[CSV_ASSIGNMENT], sizeof row.num[0], "%" PRId64, ra->a.id);
			row.cell[CSV_ASSIGNMENT] = row.num[CSV_ASSIGNMENT];
			row.cell[CSV_HANDBOOK] = ra->a.handbook;
			row.cell[CSV_LESSON] = ra->a.lesson;
			row.cell[CSV_DUE] = ra->a.due_day;
			row.cell[CSV_NOTE] = ra->a.note;
			csv_num(&row, CSV_INTRODUCED, ra->introduced);
			csv_num(&row, CSV_TOTAL, ra->total);
			csv_num(&row, CSV_NEEDED, ra->needed);
			fixed(row.num[CSV_PACE], sizeof row.num[0], ra->pace_items, ra->pace_days,
			      2);
			row.cell[CSV_PACE] = row.num[CSV_PACE];
			if (*ra->a.due_day)
				csv_num(&row, CSV_DAYS_LEFT, ra->days_left);
			row.cell[CSV_STATUS] = report_status_name(ra->status);
			csv_print(out, &row);
		}
	}
	if (!r->class)
		return;
	memset(&row, 0, sizeof row);
	row.cell[CSV_RECORD] = "class";
	row.cell[CSV_CLASS] = class_name;
	csv_figures(&row, &r->class->total);
	csv_print(out, &row);
	for (size_t k = 0; k < r->class->nmissed; k++) {
		const struct report_missed *m = &r->class->missed[k];
		memset(&row, 0, sizeof row);
		row.cell[CSV_RECORD] = "missed";
		row.cell[CSV_CLASS] = class_name;
		row.cell[CSV_HANDBOOK] = m->handbook;
		row.cell[CSV_ITEM] = m->item;
		row.cell[CSV_TEXT] = m->text;
		csv_num(&row, CSV_AGAIN, m->again);
		csv_print(out, &row);
	}
}

/* ---------------------------------------------------------------- JSON */

/* A JSON string, sanitized, escaped; NULL gives null. */
static void json_string(FILE *out, const char *s)
{
	if (!s) {
		fputs("null", out);
		return;
	}
	char *safe = text_sanitize(s, strlen(s));
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)safe; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(out, "\\%c", *p);
		else if (*p < 0x20)
			fprintf(out, "\\u%04x", *p);
		else
			fputc(*p, out);
	}
	fputc('"', out);
	free(safe);
}

static const char *or_null(const char *s)
{
	return s && *s ? s : NULL;
}

/* The figures shared by a learner and a class, as "key": value pairs. */
static void json_figures(FILE *out, const struct report_learner *rl, const char *indent)
{
	char retention[32];
	fixed(retention, sizeof retention, rl->review_right, rl->review_answers, 4);
	fprintf(out,
		"%s\"introduced\": %ld, \"total\": %ld, \"learned\": %ld,\n"
		"%s\"reviews_7d\": %ld, \"reviews_30d\": %ld,\n"
		"%s\"retention\": %s, \"review_answers\": %ld, \"review_right\": %ld,\n"
		"%s\"overdue\": %ld, \"days_since_study\": ",
		indent, rl->introduced, rl->total, rl->learned, indent, rl->reviews_week,
		rl->reviews_month, indent, rl->review_answers ? retention : "null",
		rl->review_answers, rl->review_right, indent, rl->overdue);
	if (rl->days_since >= 0)
		fprintf(out, "%ld", rl->days_since);
	else
		fputs("null", out);
}

static void json_assignment_head(FILE *out, const struct assignment *a)
{
	fprintf(out, "{\"id\": %" PRId64 ", \"handbook\": ", a->id);
	json_string(out, a->handbook);
	fputs(", \"lesson\": ", out);
	json_string(out, or_null(a->lesson));
	fputs(", \"class\": ", out);
	json_string(out, or_null(a->class_name));
	fputs(", \"due\": ", out);
	json_string(out, or_null(a->due_day));
	fputs(", \"note\": ", out);
	json_string(out, or_null(a->note));
}

static void print_json(const struct report *r, FILE *out)
{
	fputs("{\n  \"date\": ", out);
	json_string(out, r->today);
	fputs(",\n  \"since\": ", out);
	json_string(out, or_null(r->since));
	fputs(",\n  \"learners\": [", out);
	for (size_t i = 0; i < r->nlearners; i++) {
		const struct report_learner *rl = &r->learners[i];
		fputs(i ? ",\n    {\n      \"name\": " : "\n    {\n      \"name\": ", out);
		json_string(out, rl->learner.name);
		fputs(",\n", out);
		json_figures(out, rl, "      ");
		fputs(",\n      \"assignments\": [", out);
		for (size_t k = 0; k < rl->nassignments; k++) {
			const struct report_assignment *ra = &rl->assignments[k];
			char pace[32];
			fixed(pace, sizeof pace, ra->pace_items, ra->pace_days, 2);
			fputs(k ? ",\n        " : "\n        ", out);
			json_assignment_head(out, &ra->a);
			fprintf(out,
				",\n         \"introduced\": %ld, \"total\": %ld, \"needed\": %ld, "
				"\"pace\": %s, \"pace_items\": %ld, \"pace_days\": %ld, "
				"\"days_left\": ",
				ra->introduced, ra->total, ra->needed, pace, ra->pace_items,
				ra->pace_days);
			if (*ra->a.due_day)
				fprintf(out, "%ld", ra->days_left);
			else
				fputs("null", out);
			const char *on_track = ra->status == REPORT_UNDATED ? "null"
					       : ra->status == REPORT_DONE ||
							       ra->status == REPORT_ON_TRACK
						       ? "true"
						       : "false";
			fprintf(out, ", \"status\": \"%s\", \"on_track\": %s}",
				report_status_name(ra->status), on_track);
		}
		fputs(rl->nassignments ? "\n      ]\n    }" : "]\n    }", out);
	}
	fputs(r->nlearners ? "\n  ],\n  \"class\": " : "],\n  \"class\": ", out);
	if (!r->class) {
		fputs("null\n}\n", out);
		return;
	}
	const struct report_class *rc = r->class;
	fputs("{\n    \"name\": ", out);
	json_string(out, rc->row.name);
	fprintf(out, ", \"members\": %ld,\n", rc->row.members);
	json_figures(out, &rc->total, "    ");
	fputs(",\n    \"assignments\": [", out);
	for (size_t k = 0; k < rc->nassignments; k++) {
		const struct report_class_assignment *ca = &rc->assignments[k];
		fputs(k ? ",\n      " : "\n      ", out);
		json_assignment_head(out, &ca->a);
		fprintf(out,
			",\n       \"done\": %ld, \"on_track\": %ld, \"behind\": %ld, "
			"\"late\": %ld, \"undated\": %ld}",
			ca->count[REPORT_DONE], ca->count[REPORT_ON_TRACK],
			ca->count[REPORT_BEHIND], ca->count[REPORT_LATE],
			ca->count[REPORT_UNDATED]);
	}
	fputs(rc->nassignments ? "\n    ],\n    \"most_missed\": [" : "],\n    \"most_missed\": [",
	      out);
	for (size_t k = 0; k < rc->nmissed; k++) {
		const struct report_missed *m = &rc->missed[k];
		fputs(k ? ",\n      {\"handbook\": " : "\n      {\"handbook\": ", out);
		json_string(out, m->handbook);
		fputs(", \"item\": ", out);
		json_string(out, m->item);
		fputs(", \"text\": ", out);
		json_string(out, m->text);
		fprintf(out, ", \"again\": %ld}", m->again);
	}
	fputs(rc->nmissed ? "\n    ]\n  }\n}\n" : "]\n  }\n}\n", out);
}

/* ---------------------------------------------------------------- the command */

int cli_report(const struct cli_env *env, int argc, char **argv)
{
	static const struct option options[] = {
		{ "class", required_argument, NULL, 'c' },
		{ "learner", required_argument, NULL, 'l' },
		{ "since", required_argument, NULL, 's' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *class_name = NULL, *learner_name = NULL, *since = NULL;
	enum format format = FORMAT_TEXT;
	int opt;
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		switch (opt) {
		case 'c': class_name = optarg; break;
		case 'l': learner_name = optarg; break;
		case 's': since = optarg; break;
		case 'f':
			if (!strcmp(optarg, "text"))
				format = FORMAT_TEXT;
			else if (!strcmp(optarg, "csv"))
				format = FORMAT_CSV;
			else if (!strcmp(optarg, "json"))
				format = FORMAT_JSON;
			else {
				cli_error(_("a report's format is text, csv or json, not '%s'"),
					  optarg);
				return EXIT_USAGE;
			}
			break;
		case 'h': usage(stdout); return EXIT_OK;
		default:
			cli_error(_("unknown option '%s' for 'report'; try 'cordial report "
				    "--help'"),
				  argv[optind - 1]);
			return EXIT_USAGE;
		}
	}
	if (optind != argc) {
		cli_error(_("'report' takes no arguments besides its options"));
		return EXIT_USAGE;
	}
	if (class_name && learner_name) {
		cli_error(_("a report is for a class or for a learner, not both"));
		return EXIT_USAGE;
	}
	if (since && report_parse_day(since) < 0) {
		cli_error(_("--since needs a date such as 2026-11-01, not '%s'"), since);
		return EXIT_USAGE;
	}

	struct training *t = cli_open_training(env);
	if (!t)
		return EXIT_FAIL;
	char *err = NULL;
	struct training_scope scope = { 0 };
	struct policy p;
	int status = cli_policy(t, &p) ? EXIT_FAIL : EXIT_OK;
	if (status == EXIT_OK && !policy_allows(&p, POLICY_SEE, NULL, NULL)) {
		/* Their own progress only: the others are refused before anything is
		 * said of them. */
		char *ask = NULL;
		if (class_name || (learner_name && strcmp(learner_name, p.self.name))) {
			if (cli_may(t, POLICY_SEE, NULL, NULL, &ask) == 0) {
				if (class_name)
					cli_error(_("only a trainer can see a class's report; "
						    "ask %s"),
						  ask);
				else
					cli_error(_("only a trainer can see another learner's "
						    "report; ask %s"),
						  ask);
			}
			status = EXIT_FAIL;
		}
		free(ask);
		scope.learner = p.self.id;
	} else if (status == EXIT_OK && learner_name) {
		struct learner l;
		int found = training_learner_find(t, learner_name, &l, &err);
		if (found <= 0) {
			if (!found)
				cli_error(_("there is no learner '%s'; see 'cordial learner list'"),
					  learner_name);
			status = EXIT_FAIL;
		}
		scope.learner = l.id;
	} else if (status == EXIT_OK && class_name) {
		struct class_row c;
		int found = training_class_find(t, class_name, &c, &err);
		if (found <= 0) {
			if (!found)
				cli_error(_("there is no class '%s'; see 'cordial class list'"),
					  class_name);
			status = EXIT_FAIL;
		}
		scope.class_id = c.id;
	}
	struct content *c = status == EXIT_OK ? cli_open_content(env) : NULL;
	if (status == EXIT_OK && !c)
		status = EXIT_FAIL;
	struct report r = { 0 };
	mem_activity("%s", _("building the report"));
	if (status == EXIT_OK && report_build(t, c, &scope, since, &r, &err))
		status = EXIT_FAIL;
	if (err) {
		cli_error("%s", err);
		free(err);
	}
	if (status == EXIT_OK) {
		if (format == FORMAT_CSV)
			print_csv(&r, stdout);
		else if (format == FORMAT_JSON)
			print_json(&r, stdout);
		else
			print_text(&r, stdout);
	}
	report_free(&r);
	content_close(c);
	training_close(t);
	return status;
}
