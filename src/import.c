/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Checking and importing handbook files, and loading the shipped handbooks. */
#include "import.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <unictype.h>
#include <uniname.h>
#include <unistr.h>

#include "agree.h"
#include "csv.h"
#include "hb.h"
#include "i18n.h"
#include "text.h"

char *import_read_file(const char *path, size_t *len, char **err)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		if (asprintf(err, _("cannot read %s: %s"), path, strerror(errno)) < 0)
			*err = NULL;
		return NULL;
	}
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	size_t r;
	while (buf && (r = fread(buf + n, 1, cap - n - 1, f)) > 0) {
		n += r;
		if (n > IMPORT_MAX_FILE) {
			fclose(f);
			free(buf);
			if (asprintf(err, _("%s is larger than %d MB, the most a handbook or "
					    "spreadsheet file may be: split it into several files"),
				     path, IMPORT_MAX_FILE >> 20) < 0)
				*err = NULL;
			return NULL;
		}
		if (cap - n < 2) {
			char *grown = realloc(buf, cap *= 2);
			if (!grown) {
				free(buf);
				buf = NULL;
			}
			buf = grown;
		}
	}
	int failed = ferror(f) || !buf;
	int saved = errno;
	fclose(f);
	if (failed) {
		free(buf);
		if (asprintf(err, _("cannot read %s: %s"), path, strerror(saved)) < 0)
			*err = NULL;
		return NULL;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

enum file_kind { KIND_HB, KIND_CSV, KIND_TSV, KIND_UNKNOWN };

static enum file_kind kind_of(const char *path)
{
	const char *dot = strrchr(path, '.');
	if (!dot || strchr(dot, '/'))
		return KIND_UNKNOWN;
	if (!strcasecmp(dot, ".hb"))
		return KIND_HB;
	if (!strcasecmp(dot, ".csv"))
		return KIND_CSV;
	if (!strcasecmp(dot, ".tsv") || !strcasecmp(dot, ".txt"))
		return KIND_TSV;
	return KIND_UNKNOWN;
}

struct input {
	const char *path;
	enum file_kind kind;
	char *text;
	size_t len;
	struct hb_book *book;   /* .hb */
	struct csv_sheet sheet; /* .csv, .tsv */
	bool sheet_ok;
};

/* A handbook the import will write: parsed from a .hb file, or loaded from the
 * database because a sheet adds rows to it. */
struct target {
	struct hb_book *book;
	bool owned; /* loaded here (not owned by an input) */
	long stored_version; /* -1 when not in the database */
};

struct job {
	struct input *in;
	size_t nin;
	struct target *targets;
	size_t ntargets;
	struct content *content; /* NULL when there is no database to read */
};

static struct target *find_target(struct job *job, const char *id)
{
	for (size_t i = 0; i < job->ntargets; i++)
		if (job->targets[i].book->id && !strcmp(job->targets[i].book->id, id))
			return &job->targets[i];
	return NULL;
}

static struct target *add_target(struct job *job, struct hb_book *book, bool owned)
{
	job->targets = realloc(job->targets, (job->ntargets + 1) * sizeof *job->targets);
	if (!job->targets)
		abort();
	struct target *t = &job->targets[job->ntargets++];
	*t = (struct target){ book, owned, -1 };
	return t;
}

static void read_inputs(struct job *job, const struct import_options *opt,
			struct diag_list *diags)
{
	for (size_t i = 0; i < job->nin; i++) {
		struct input *in = &job->in[i];
		in->kind = kind_of(in->path);
		if (in->kind == KIND_UNKNOWN) {
			diag_add(diags, DIAG_ERROR, in->path, 0, 0,
				 _("unknown kind of file: a handbook is a .hb file, a spreadsheet "
				   "a .csv or .tsv file"));
			continue;
		}
		char *err = NULL;
		size_t len;
		char *raw = import_read_file(in->path, &len, &err);
		if (!raw) {
			diag_add(diags, DIAG_ERROR, in->path, 0, 0, "%s", err);
			free(err);
			continue;
		}
		char msg[256];
		if (text_decode(raw, len, opt->encoding, &in->text, &in->len, msg, sizeof msg)) {
			diag_add(diags, DIAG_ERROR, in->path, 0, 0, "%s", msg);
			free(raw);
			continue;
		}
		free(raw);
		if (in->kind == KIND_HB) {
			in->book = hb_parse(in->text, in->len, in->path, diags);
			if (in->book && in->book->id) {
				struct target *other = find_target(job, in->book->id);
				if (other)
					diag_add(diags, DIAG_ERROR, in->path, in->book->line, 0,
						 _("handbook '%s' is also in %s; import one file "
						   "per handbook"),
						 in->book->id, other->book->file);
				else
					add_target(job, in->book, false);
			}
		} else {
			in->sheet_ok = csv_parse(in->text, in->len, in->kind == KIND_TSV ? '\t' : 0,
						 in->path, diags, &in->sheet) == 0;
		}
	}
}

/* The handbook named by a sheet (or rows of it): from this import, or else from
 * the database. */
static struct target *sheet_target(struct job *job, const char *id, const char *file,
				   long line, struct diag_list *diags)
{
	struct target *t = find_target(job, id);
	if (t)
		return t;
	char *err = NULL;
	struct hb_book *book = job->content ? content_load(job->content, id, &err) : NULL;
	if (!book) {
		if (err)
			diag_add(diags, DIAG_ERROR, file, line, 0, "%s", err);
		else
			diag_add(diags, DIAG_ERROR, file, line, 0,
				 _("handbook '%s' is not in the content database; import its .hb "
				   "file first, or in the same command"),
				 id);
		free(err);
		return NULL;
	}
	book->file = file;
	t = add_target(job, book, true);
	return t;
}

static int column_index(const struct csv_sheet *sheet, const char *name)
{
	for (size_t c = 0; c < sheet->ncolumns; c++)
		if (!strcmp(sheet->columns[c], name))
			return (int)c;
	return -1;
}

/* Adds a sheet's rows to their handbooks: the one '#handbook:' names, or the one
 * each row's 'handbook' cell names. */
static void add_sheet(struct job *job, struct input *in, const struct import_options *opt,
		      struct diag_list *diags)
{
	const struct csv_sheet *sheet = &in->sheet;
	struct hb_sheet_options sopt = { .replace = opt->replace };
	int col = column_index(sheet, "handbook");
	if (sheet->handbook) {
		struct target *t = sheet_target(job, sheet->handbook, in->path, 1, diags);
		if (t)
			hb_add_sheet(t->book, sheet, in->path, &sopt, diags);
		return;
	}
	if (col < 0) {
		diag_add(diags, DIAG_ERROR, in->path, 1, 0,
			 _("the sheet does not say which handbook its rows belong to: add a "
			   "'#handbook:ID' line at the top, or a 'handbook' column"));
		return;
	}
	/* Rows grouped by handbook, each group added as a sheet of its own. */
	struct csv_sheet part = *sheet;
	part.rows = malloc((sheet->nrows + 1) * sizeof *part.rows);
	bool *done = calloc(sheet->nrows + 1, sizeof *done);
	if (!part.rows || !done)
		abort();
	for (size_t r = 0; r < sheet->nrows; r++) {
		if (done[r])
			continue;
		const struct csv_row *row = &sheet->rows[r];
		if ((size_t)col >= row->ncells || !row->cells[col][0]) {
			diag_add(diags, DIAG_ERROR, in->path, row->line, 0,
				 _("column 'handbook': empty value"));
			done[r] = true;
			continue;
		}
		const char *id = row->cells[col];
		part.nrows = 0;
		for (size_t k = r; k < sheet->nrows; k++)
			if (!done[k] && (size_t)col < sheet->rows[k].ncells &&
			    !strcmp(sheet->rows[k].cells[col], id)) {
				part.rows[part.nrows++] = sheet->rows[k];
				done[k] = true;
			}
		struct target *t = sheet_target(job, id, in->path, row->line, diags);
		if (t)
			hb_add_sheet(t->book, &part, in->path, &sopt, diags);
	}
	free(part.rows);
	free(done);
}

static void free_job(struct job *job)
{
	for (size_t i = 0; i < job->nin; i++) {
		hb_book_free(job->in[i].book);
		csv_free(&job->in[i].sheet);
		free(job->in[i].text);
	}
	for (size_t i = 0; i < job->ntargets; i++)
		if (job->targets[i].owned)
			hb_book_free(job->targets[i].book);
	free(job->targets);
	free(job->in);
	content_close(job->content);
}

void import_report_free(struct import_report *report)
{
	for (size_t i = 0; i < report->nnotes; i++)
		free(report->notes[i]);
	free(report->notes);
	for (size_t i = 0; i < report->n; i++)
		free(report->v[i].handbook);
	free(report->v);
	free(report->error);
	memset(report, 0, sizeof *report);
}

static void warn_versions(struct job *job, struct diag_list *diags)
{
	for (size_t i = 0; i < job->ntargets; i++) {
		struct target *t = &job->targets[i];
		long stored = 0;
		char *err = NULL;
		if (t->owned || !job->content ||
		    content_version(job->content, t->book->id, &stored, &err) != 1) {
			free(err);
			continue;
		}
		if (t->book->version < stored)
			diag_add(diags, DIAG_WARNING, t->book->file,
				 t->book->version_line ? t->book->version_line : t->book->line, 0,
				 _("handbook '%s' is version %ld here but version %ld in the "
				   "content database; is this an older file?"),
				 t->book->id, t->book->version, stored);
	}
}

int import_files(const char *content_path, char *const *files, size_t nfiles,
		 const struct import_options *opt, struct diag_list *diags,
		 struct import_report *report)
{
	memset(report, 0, sizeof *report);
	struct job job = { .nin = nfiles };
	job.in = calloc(nfiles + 1, sizeof *job.in);
	if (!job.in)
		abort();
	for (size_t i = 0; i < nfiles; i++)
		job.in[i].path = files[i];
	read_inputs(&job, opt, diags);
	for (size_t i = 0; i < nfiles; i++) {
		const struct csv_sheet *sheet = &job.in[i].sheet;
		if (!sheet->html)
			continue;
		char **notes = realloc(report->notes, (report->nnotes + 1) * sizeof *notes);
		if (!notes)
			abort();
		report->notes = notes;
		if (asprintf(&notes[report->nnotes++],
			     ngettext("%s: '#html:true': converted from HTML to text (%zu cell "
				      "changed)",
				      "%s: '#html:true': converted from HTML to text (%zu cells "
				      "changed)",
				      sheet->html_cells),
			     files[i], sheet->html_cells) < 0)
			abort();
	}

	/* A dry run reads the database only if it exists; an import creates it. */
	struct stat sb;
	bool need_db = !opt->dry_run || stat(content_path, &sb) == 0;
	if (need_db) {
		char *err = NULL;
		job.content = content_open(content_path, !opt->dry_run, &err);
		if (!job.content) {
			report->error = err;
			free_job(&job);
			return -1;
		}
	}
	if (!opt->dry_run && content_begin(job.content, &report->error)) {
		free_job(&job);
		return -1;
	}
	for (size_t i = 0; i < job.nin; i++)
		if (job.in[i].sheet_ok)
			add_sheet(&job, &job.in[i], opt, diags);
	warn_versions(&job, diags);
	struct agree *agree = agree_new();
	for (size_t i = 0; i < job.ntargets; i++)
		for (size_t k = 0; k < job.targets[i].book->nitems; k++)
			agree_record(agree, job.targets[i].book, &job.targets[i].book->items[k], diags);
	agree_finish(agree, job.content ? content_path : NULL, diags);

	int status = diags->errors ? -1 : 0;
	if (status == 0 && !opt->dry_run) {
		report->v = calloc(job.ntargets + 1, sizeof *report->v);
		if (!report->v)
			abort();
		for (size_t i = 0; i < job.ntargets && status == 0; i++) {
			const struct hb_book *book = job.targets[i].book;
			struct import_result *r = &report->v[report->n++];
			r->handbook = strdup(book->id);
			if (content_apply(job.content, book, &r->counts, opt->progress,
					  opt->progress_ctx, &report->error))
				status = -1;
			else if (opt->progress)
				opt->progress(opt->progress_ctx, book->nitems, book->nitems);
		}
		if (status == 0 && content_commit(job.content, &report->error))
			status = -1;
	}
	if (job.content && !opt->dry_run && status != 0)
		content_rollback(job.content);
	free_job(&job);
	return status;
}

/* ---------------------------------------------------------------- shipped */

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int import_shipped(const char *content_path, const char *datadir, char **err)
{
	*err = NULL;
	char *seed = NULL, *dir = NULL;
	if (asprintf(&seed, "%s/content.db", datadir) < 0 ||
	    asprintf(&dir, "%s/handbooks", datadir) < 0)
		abort();
	struct stat sb;
	int status = 0;
	bool exists = stat(content_path, &sb) == 0;
	if (exists && access(content_path, W_OK) != 0)
		goto done; /* a reader only: the editors keep it up to date */
	if (!exists && stat(seed, &sb) == 0 && content_seed(content_path, seed, err)) {
		status = -1;
		goto done;
	}

	/* Shipped .hb files whose version the database does not have yet. */
	DIR *d = opendir(dir);
	if (!d)
		goto done;
	char **names = NULL;
	size_t n = 0;
	for (struct dirent *e; (e = readdir(d));) {
		if (kind_of(e->d_name) != KIND_HB)
			continue;
		char **grown = realloc(names, (n + 1) * sizeof *names);
		if (!grown || asprintf(&grown[n], "%s/%s", dir, e->d_name) < 0)
			abort();
		names = grown;
		n++;
	}
	closedir(d);
	if (n) /* qsort(NULL, 0) is undefined */
		qsort(names, n, sizeof *names, cmp_names);
	struct content *c = NULL;
	char **stale = calloc(n + 1, sizeof *stale);
	size_t nstale = 0;
	if (!stale)
		abort();
	for (size_t i = 0; i < n; i++) {
		size_t len;
		char *text = import_read_file(names[i], &len, err);
		if (!text) {
			status = -1;
			break;
		}
		struct diag_list diags;
		diag_init(&diags);
		struct hb_book *book = hb_parse(text, len, names[i], &diags);
		free(text);
		if (!book || diags.errors) {
			if (asprintf(err, _("the shipped handbook %s has errors; run 'cordial "
					    "handbook check %s'"),
				     names[i], names[i]) < 0)
				*err = NULL;
			hb_book_free(book);
			diag_free(&diags);
			status = -1;
			break;
		}
		if (!c && !(c = content_open(content_path, true, err))) {
			hb_book_free(book);
			diag_free(&diags);
			status = -1;
			break;
		}
		long stored = 0;
		int found = content_version(c, book->id, &stored, err);
		if (found < 0)
			status = -1;
		else if (found == 0 || stored < book->version)
			stale[nstale++] = names[i];
		hb_book_free(book);
		diag_free(&diags);
		if (status)
			break;
	}
	content_close(c);
	if (status == 0 && nstale) {
		struct import_options opt = { 0 };
		struct diag_list diags;
		struct import_report report;
		diag_init(&diags);
		if (import_files(content_path, stale, nstale, &opt, &diags, &report)) {
			*err = report.error ? strdup(report.error) : NULL;
			if (!*err && asprintf(err, _("the shipped handbooks could not be loaded "
						     "into %s"),
					      content_path) < 0)
				*err = NULL;
			status = -1;
		}
		import_report_free(&report);
		diag_free(&diags);
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(stale);
done:
	free(seed);
	free(dir);
	return status;
}

/* ---------------------------------------------------------------- cleaning */

static void report_removed(long line, size_t col, ucs4_t c,
			   void (*changed)(void *ctx, long line, const char *what), void *ctx)
{
	char name[UNINAME_MAX] = "";
	if (!unicode_character_name(c, name))
		name[0] = '\0';
	char *what = NULL;
	if (asprintf(&what, _("removed the invisible character U+%04X %s at column %zu"),
		     (unsigned)c, name, col) < 0)
		abort();
	changed(ctx, line, what);
	free(what);
}

static void grow(char **buf, size_t *cap, size_t need)
{
	if (need <= *cap)
		return;
	while (*cap < need)
		*cap *= 2;
	char *bigger = realloc(*buf, *cap);
	if (!bigger)
		abort();
	*buf = bigger;
}

char *import_clean_text(const char *text, size_t len, size_t *outlen, long *bad_line,
			void (*changed)(void *ctx, long line, const char *what), void *ctx)
{
	size_t cap = len + 64, o = 0;
	char *out = malloc(cap);
	if (!out)
		abort();
	long line = 1;
	for (size_t start = 0; start < len; line++) {
		const char *nl = memchr(text + start, '\n', len - start);
		size_t end = nl ? (size_t)(nl - text) + 1 : len;
		if (text_utf8_invalid(text + start, end - start) >= 0 ||
		    memchr(text + start, '\0', end - start)) {
			free(out);
			*bad_line = line;
			return NULL;
		}
		/* The line without its invisible characters... */
		size_t from = o;
		grow(&out, &cap, o + (end - start) + 1);
		const uint8_t *p = (const uint8_t *)text + start, *stop = (const uint8_t *)text + end;
		while (p < stop) {
			ucs4_t c;
			int n = u8_mbtouc(&c, p, (size_t)(stop - p));
			if (uc_is_general_category(c, UC_CATEGORY_Cf))
				report_removed(line, (size_t)(p - ((const uint8_t *)text + start)) + 1,
					       c, changed, ctx);
			else {
				memcpy(out + o, p, (size_t)n);
				o += (size_t)n;
			}
			p += n;
		}
		/* ...in NFC. */
		char *nfc = text_nfc(out + from, o - from);
		if (!nfc)
			abort();
		size_t nfc_len = strlen(nfc);
		if (nfc_len != o - from || memcmp(nfc, out + from, nfc_len)) {
			changed(ctx, line, _("normalised to Unicode NFC (a letter written with a "
					     "separate combining mark is composed)"));
			grow(&out, &cap, from + nfc_len + 1);
			memcpy(out + from, nfc, nfc_len);
			o = from + nfc_len;
		}
		free(nfc);
		start = end;
	}
	out[o] = '\0';
	*outlen = o;
	return out;
}
