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
#include "mem.h"
#include "text.h"

char *import_read_file(const char *path, size_t *len, char **err)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		*err = xasprintf(_("cannot read %s: %s"), path, strerror(errno));
		return NULL;
	}
	size_t cap = 1 << 16, n = 0;
	char *buf = xmalloc(cap);
	size_t r;
	while ((r = fread(buf + n, 1, cap - n - 1, f)) > 0) {
		n += r;
		if (n > IMPORT_MAX_FILE) {
			fclose(f);
			free(buf);
			*err = xasprintf(_("%s is larger than %d MB, the most a handbook or "
					   "spreadsheet file may be: split it into several files"),
					 path, IMPORT_MAX_FILE >> 20);
			return NULL;
		}
		if (cap - n < 2)
			buf = xrealloc(buf, cap *= 2);
	}
	int failed = ferror(f);
	int saved = errno;
	fclose(f);
	if (failed) {
		free(buf);
		*err = xasprintf(_("cannot read %s: %s"), path, strerror(saved));
		return NULL;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* ---------------------------------------------------------------- file lines */

/* The most bytes of one line kept: the rest of a longer line is read and dropped
 * (no value may be that long, so the line is an error all the same). */
enum { LINE_MAX_KEPT = 1 << 20, READ_CHUNK = 1 << 16 };

/* A file read a chunk at a time, decoded, and handed out line by line. */
struct file_lines {
	const char *path;
	const char *encoding;
	FILE *f;
	struct text_decoder *dec;
	char *text; /* decoded text not handed out yet: text[pos..len) */
	size_t len, pos, cap;
	bool end;	/* the whole file is decoded */
	bool skipping;	/* dropping the rest of an overlong line */
	char *err;	/* why the file could not be read, or NULL */
};

static int file_lines_fail(struct file_lines *fl, const char *msg)
{
	if (!fl->err)
		fl->err = xstrdup(msg);
	return -1;
}

/* Reads and decodes the next chunk of the file into *out (n bytes, the decoder's
 * own until the next call); *end says whether it was the last.  0, or -1 with
 * fl->err set. */
static int file_lines_decode(struct file_lines *fl, const char **out, size_t *n, bool *end)
{
	char raw[READ_CHUNK];
	size_t r = fread(raw, 1, sizeof raw, fl->f);
	if (r < sizeof raw && ferror(fl->f)) {
		char *msg = xasprintf(_("cannot read %s: %s"), fl->path, strerror(errno));
		file_lines_fail(fl, msg);
		free(msg);
		return -1;
	}
	*end = r < sizeof raw && feof(fl->f);
	char msg[256];
	if (text_decoder_feed(fl->dec, raw, r, *end, out, n, msg, sizeof msg))
		return file_lines_fail(fl, msg);
	return 0;
}

/* Reads and decodes the next chunk onto the end of the text. */
static int file_lines_fill(struct file_lines *fl)
{
	const char *out;
	size_t n;
	bool end;
	if (file_lines_decode(fl, &out, &n, &end))
		return -1;
	if (fl->text && fl->pos > 0) { /* what was handed out is not needed any more */
		memmove(fl->text, fl->text + fl->pos, fl->len - fl->pos);
		fl->len -= fl->pos;
		fl->pos = 0;
	}
	if (!fl->text || fl->len + n + 1 > fl->cap) {
		size_t cap = fl->cap ? fl->cap : READ_CHUNK * 2;
		while (cap < fl->len + n + 1)
			cap *= 2;
		fl->text = xrealloc(fl->text, cap);
		fl->cap = cap;
	}
	memcpy(fl->text + fl->len, out, n);
	fl->len += n;
	fl->end = end;
	return 0;
}

static int file_lines_next(void *ctx, const char **line, size_t *n, bool *nl)
{
	struct file_lines *fl = ctx;
	if (fl->err)
		return -1;
	for (;;) {
		char *start = fl->text ? fl->text + fl->pos : NULL;
		size_t avail = start ? fl->len - fl->pos : 0;
		char *end = avail ? memchr(start, '\n', avail) : NULL;
		if (fl->skipping) {
			fl->pos = end ? (size_t)(end - fl->text) + 1 : fl->len;
			fl->skipping = !end;
			if (end)
				continue;
		} else if (end || (fl->end && avail)) {
			*line = start;
			*n = end ? (size_t)(end - start) : avail;
			*nl = end != NULL;
			start[*n] = '\0'; /* the '\n', or the byte after the text */
			fl->pos += *n + (end ? 1 : 0);
			return 1;
		} else if (avail >= LINE_MAX_KEPT) {
			/* Keep the start of the line, whole characters only. */
			size_t keep = LINE_MAX_KEPT;
			while (keep > 0 && ((unsigned char)start[keep] & 0xC0) == 0x80)
				keep--;
			*line = start;
			*n = keep;
			*nl = true;
			start[keep] = '\0';
			fl->pos = fl->len;
			fl->skipping = true;
			return 1;
		}
		if (fl->end)
			return 0;
		if (file_lines_fill(fl))
			return -1;
	}
}

static int file_lines_rewind(void *ctx)
{
	struct file_lines *fl = ctx;
	if (fl->err)
		return -1;
	text_decoder_free(fl->dec);
	fl->dec = text_decoder_new(fl->encoding);
	fl->len = fl->pos = 0;
	fl->end = fl->skipping = false;
	rewind(fl->f);
	return 0;
}

/* Opens a file to be read line by line; NULL with *err set (malloc'd) when it
 * cannot be opened. */
static struct file_lines *file_lines_open(const char *path, const char *encoding, char **err)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		*err = xasprintf(_("cannot read %s: %s"), path, strerror(errno));
		return NULL;
	}
	struct file_lines *fl = xcalloc(1, sizeof *fl);
	fl->dec = text_decoder_new(encoding);
	fl->path = path;
	fl->encoding = encoding;
	fl->f = f;
	return fl;
}

static void file_lines_close(struct file_lines *fl)
{
	if (!fl)
		return;
	fclose(fl->f);
	text_decoder_free(fl->dec);
	free(fl->text);
	free(fl->err);
	free(fl);
}

/* Decodes the whole file once without keeping it, so that a file in the wrong
 * encoding is refused before any of its lines is looked at, as when it was
 * decoded whole.  Only needed when the bytes are converted (--encoding, or a UTF-16
 * byte-order mark): UTF-8 is passed through and cannot fail to decode. */
static int file_lines_check(struct file_lines *fl)
{
	unsigned char head[2] = { 0, 0 };
	size_t got = fread(head, 1, 2, fl->f);
	bool utf16 = got == 2 && ((head[0] == 0xFF && head[1] == 0xFE) ||
				  (head[0] == 0xFE && head[1] == 0xFF));
	rewind(fl->f);
	if (!fl->encoding && !utf16)
		return 0;
	while (!fl->end) {
		if (file_lines_fill(fl))
			return -1;
		fl->pos = fl->len; /* dropped */
	}
	return file_lines_rewind(fl);
}

/* The decoded text a piece at a time, as the spreadsheet reader takes it. */
static int file_lines_piece(void *ctx, const char **text, size_t *n)
{
	struct file_lines *fl = ctx;
	if (fl->err)
		return -1;
	if (fl->end)
		return 0;
	bool end;
	if (file_lines_decode(fl, text, n, &end))
		return -1;
	fl->end = end;
	return 1;
}

/* Opens a spreadsheet to be read a piece at a time, its encoding checked first;
 * NULL when it cannot be read, with the problem told in diags (unless NULL). */
static struct file_lines *open_sheet(const char *path, const char *encoding,
				     struct diag_list *diags)
{
	char *err = NULL;
	struct file_lines *fl = file_lines_open(path, encoding, &err);
	if (!fl) {
		if (diags)
			diag_add(diags, DIAG_ERROR, path, 0, 0, "%s", err);
		free(err);
		return NULL;
	}
	if (file_lines_check(fl)) {
		if (diags)
			diag_add(diags, DIAG_ERROR, path, 0, 0, "%s", fl->err);
		file_lines_close(fl);
		return NULL;
	}
	return fl;
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
	struct hb_book *book;   /* .hb */
	struct csv_sheet sheet; /* .csv, .tsv: its header lines and columns */
	bool sheet_ok;
	size_t nrows; /* the sheet's data rows */
};

/* A handbook the import will write: parsed from a .hb file, or loaded from the
 * database because a sheet adds rows to it. */
struct target {
	struct hb_book *book;
	bool owned; /* loaded here (not owned by an input) */
	/* A .hb file too big to hold: its items went to the writer as they were read. */
	struct content_writer *writer;
	/* A stored handbook that sheets add rows to: they go to the database as they are
	 * read, and the book holds its lessons only. */
	struct content_rows *rows;
	int stored;	     /* the handbook was in the database before (1), not (0) */
	long stored_version; /* its version then */
	/* A .hb file held whole for sheets to add rows to: its lessons without items
	 * are told once the rows are in. */
	bool lessons_later;
	size_t parts; /* the sheets (or parts of one) that add rows to it */
};

struct job {
	struct input *in;
	size_t nin;
	struct target *targets;
	size_t ntargets;
	struct content *content; /* NULL when there is no database to read */
	char *error;		 /* a database failure while reading, or NULL */
	bool write;		 /* the import writes (not a dry run, the database is open) */
	char **sheet_books;	 /* the handbooks the sheets add rows to */
	size_t nsheet_books;
	struct agree *agree; /* answers compared across handbooks, record by record */
	long sheets;	     /* sheets (or parts of one) added to a stored handbook so far */
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
	job->targets = xreallocarray(job->targets, job->ntargets + 1, sizeof *job->targets);
	struct target *t = &job->targets[job->ntargets++];
	*t = (struct target){ .book = book, .owned = owned, .stored_version = -1 };
	return t;
}

/* ---------------------------------------------------------------- streaming */

/* What hb_read() hands the items of one .hb file to. */
struct stream {
	struct job *job;
	const struct import_options *opt;
	struct diag_list *diags;
	struct content_writer *writer; /* NULL: the items are kept in the book */
	bool write;		       /* the items are written to the database */
	int stored;
	long stored_version;
	char *err;	   /* a database failure, or NULL */
	bool held;	   /* held whole for the rows of sheets */
};

static int stream_begin(void *ctx, struct hb_book *book, size_t nrecords)
{
	struct stream *s = ctx;
	struct job *job = s->job;
	/* A handbook that sheets add rows to is held whole, to be merged with them. */
	for (size_t i = 0; book->id && i < job->nsheet_books; i++)
		if (!strcmp(job->sheet_books[i], book->id)) {
			s->held = true;
			return 2;
		}
	s->writer = content_writer_new(job->content, &s->err);
	if (!s->writer)
		return 1;
	if (job->content && book->id) {
		long version = 0;
		char *err = NULL;
		s->stored = content_version(job->content, book->id, &version, &err);
		s->stored_version = version;
		free(err);
	}
	s->write = job->write && book->id && !find_target(job, book->id) && !s->diags->errors;
	if (s->write &&
	    content_writer_begin(s->writer, book, nrecords, s->opt->progress, s->opt->progress_ctx,
				 &s->err))
		s->write = false;
	return 0;
}

static long stream_item(void *ctx, const struct hb_book *book, const struct hb_item *it,
			long position)
{
	struct stream *s = ctx;
	/* Once there is an error nothing will be imported: the rest is only checked. */
	bool write = s->write && !s->err && !s->diags->errors;
	char *err = NULL;
	agree_record(s->job->agree, book, it, s->diags);
	long first = content_writer_item(s->writer, book, it, position, write, &err);
	if (first < 0) {
		if (!s->err)
			s->err = err;
		else
			free(err);
		s->write = false;
		return 0;
	}
	return first;
}

/* Reads a .hb file line by line, its items streamed to the database. */
static struct hb_book *read_handbook(struct job *job, struct input *in,
				     const struct import_options *opt, struct diag_list *diags,
				     struct stream *s)
{
	char *err = NULL;
	struct file_lines *fl = file_lines_open(in->path, opt->encoding, &err);
	if (!fl) {
		diag_add(diags, DIAG_ERROR, in->path, 0, 0, "%s", err);
		free(err);
		return NULL;
	}
	struct hb_book *book = NULL;
	if (file_lines_check(fl) == 0) {
		struct hb_lines lines = { file_lines_next, file_lines_rewind, fl };
		struct hb_sink sink = { stream_begin, stream_item, s };
		*s = (struct stream){ .job = job, .opt = opt, .diags = diags };
		book = hb_read(&lines, in->path, diags, &sink);
	}
	if (fl->err) {
		diag_add(diags, DIAG_ERROR, in->path, 0, 0, "%s", fl->err);
		hb_book_free(book);
		book = NULL;
	}
	file_lines_close(fl);
	return book;
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
		if (opt->dry_run)
			mem_activity(_("checking %s"), in->path);
		else
			mem_activity(_("importing %s"), in->path);
		if (in->kind == KIND_HB) {
			struct stream s = { 0 };
			in->book = read_handbook(job, in, opt, diags, &s);
			struct target *t = NULL;
			if (in->book && in->book->id) {
				struct target *other = find_target(job, in->book->id);
				if (other)
					diag_add(diags, DIAG_ERROR, in->path, in->book->line, 0,
						 _("handbook '%s' is also in %s; import one file "
						   "per handbook"),
						 in->book->id, other->book->file);
				else
					t = add_target(job, in->book, false);
			}
			if (in->book && s.held) {
				if (t)
					t->lessons_later = true;
				else /* not merged with any rows */
					hb_warn_empty_lessons(in->book, diags);
			}
			if (t && s.writer) {
				t->writer = s.writer;
				t->stored = s.stored;
				t->stored_version = s.stored_version;
				s.writer = NULL;
			}
			content_writer_free(s.writer);
			if (s.err) {
				if (!job->error)
					job->error = s.err;
				else
					free(s.err);
			}
			continue;
		}
		/* The sheet is read through once to be checked as a sheet; its rows are
		 * read again to be checked as items only when it has no error. */
		struct file_lines *fl = open_sheet(in->path, opt->encoding, diags);
		if (!fl)
			continue;
		struct csv_source src = { file_lines_piece, fl };
		struct csv_reader *cr = csv_open(&src, in->kind == KIND_TSV ? '\t' : 0, in->path,
						 diags, &in->sheet);
		struct csv_row row;
		while (csv_next(cr, &row) > 0)
			in->nrows++;
		in->sheet_ok = csv_close(cr) == 0;
		if (fl->err)
			diag_add(diags, DIAG_ERROR, in->path, 0, 0, "%s", fl->err);
		file_lines_close(fl);
	}
}

static void add_sheet_book(struct job *job, const char *id)
{
	for (size_t i = 0; i < job->nsheet_books; i++)
		if (!strcmp(job->sheet_books[i], id))
			return;
	char **grown = xreallocarray(job->sheet_books, job->nsheet_books + 1, sizeof *grown);
	grown[job->nsheet_books] = xstrdup(id);
	job->sheet_books = grown;
	job->nsheet_books++;
}

static int column_index(const struct csv_sheet *sheet, const char *name);

/* The handbooks the sheets add rows to, found before the files are read in
 * earnest: those .hb files are held whole, to be merged with the rows.  Problems
 * are left to the reading in earnest. */
static void find_sheet_books(struct job *job, const struct import_options *opt)
{
	bool handbooks = false;
	for (size_t i = 0; i < job->nin; i++)
		handbooks |= kind_of(job->in[i].path) == KIND_HB;
	for (size_t i = 0; handbooks && i < job->nin; i++) {
		struct input *in = &job->in[i];
		enum file_kind kind = kind_of(in->path);
		if (kind != KIND_CSV && kind != KIND_TSV)
			continue;
		struct file_lines *fl = open_sheet(in->path, opt->encoding, NULL);
		if (!fl)
			continue;
		struct csv_source src = { file_lines_piece, fl };
		struct csv_sheet sheet;
		struct csv_reader *cr =
			csv_open(&src, kind == KIND_TSV ? '\t' : 0, in->path, NULL, &sheet);
		int col = column_index(&sheet, "handbook");
		struct csv_row row;
		if (sheet.handbook)
			add_sheet_book(job, sheet.handbook);
		else
			while (col >= 0 && csv_next(cr, &row) > 0)
				if ((size_t)col < row.ncells && row.cells[col][0])
					add_sheet_book(job, row.cells[col]);
		csv_close(cr);
		csv_free(&sheet);
		file_lines_close(fl);
	}
}

static void job_fail(struct job *job, char *err)
{
	if (!job->error)
		job->error = err;
	else
		free(err);
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
	struct hb_book *book = job->content ? content_load_outline(job->content, id, &err) : NULL;
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
	t->rows = content_rows_new(job->content, id, &err);
	if (!t->rows)
		job_fail(job, err);
	return t;
}

static int column_index(const struct csv_sheet *sheet, const char *name)
{
	for (size_t c = 0; c < sheet->ncolumns; c++)
		if (!strcmp(sheet->columns[c], name))
			return (int)c;
	return -1;
}

/* The rows of a sheet that go to one handbook. */
struct sheet_part {
	struct job *job;
	const struct import_options *opt;
	struct diag_list *diags;
	const char *id;	      /* the handbook (the sheet's cell or header value) */
	size_t target;	      /* its index in job->targets, which may move */
	struct hb_sheet_rows *rows; /* NULL: the rows are left out (an error was told) */
	struct hb_sheet_sink sink;
	long sheet;	      /* what content_rows_seen() knows the part by */
	size_t done, total;   /* rows written, rows in the sheet */
	char **lessons;	      /* the lessons the rows add to, for --replace */
	size_t nlessons;
};

static struct content_rows *part_rows(const struct sheet_part *p)
{
	return p->job->targets[p->target].rows;
}

static long part_seen(void *ctx, const char *key, long line)
{
	struct sheet_part *p = ctx;
	char *err = NULL;
	long first = part_rows(p) ? content_rows_seen(part_rows(p), p->sheet, key, line, &err) : 0;
	if (first < 0) {
		job_fail(p->job, err);
		return 0;
	}
	return first;
}

static void part_item(void *ctx, const struct hb_book *book, const struct hb_item *it)
{
	struct sheet_part *p = ctx;
	struct job *job = p->job;
	agree_record(job->agree, book, it, p->diags);
	bool listed = !it->lesson;
	for (size_t i = 0; i < p->nlessons && !listed; i++)
		listed = !strcmp(p->lessons[i], it->lesson);
	if (!listed) {
		p->lessons = xreallocarray(p->lessons, p->nlessons + 1, sizeof *p->lessons);
		p->lessons[p->nlessons++] = xstrdup(it->lesson);
	}
	/* Once there is an error nothing will be imported: the rest is only checked. */
	if (!job->write || job->error || p->diags->errors || !part_rows(p))
		return;
	if (p->opt->progress && p->done % 4096 == 0)
		p->opt->progress(p->opt->progress_ctx, p->done, p->total);
	p->done++;
	char *err = NULL;
	if (content_rows_item(part_rows(p), book, it, &err))
		job_fail(job, err);
}

static struct sheet_part *new_part(struct job *job, struct input *in,
				   const struct import_options *opt, struct diag_list *diags,
				   const char *id, long line)
{
	struct sheet_part *p = xcalloc(1, sizeof *p);
	*p = (struct sheet_part){ .job = job, .opt = opt, .diags = diags, .id = xstrdup(id),
				  .total = in->nrows };
	struct target *t = sheet_target(job, id, in->path, line, diags);
	if (!t || (t->owned && !t->rows)) /* not found, or the database failed */
		return p;
	p->target = (size_t)(t - job->targets);
	p->sheet = ++job->sheets;
	/* a later sheet's row of an id replaces an earlier one's, for the answer
	 * check too (a held handbook's items are compared once merged) */
	if (t->rows && t->parts++ > 0)
		agree_items_replaced(job->agree);
	p->sink = (struct hb_sheet_sink){ part_seen, part_item, p };
	struct hb_sheet_options sopt = { .replace = opt->replace };
	/* A handbook of this import is held whole (its .hb file was not streamed, see
	 * stream_begin()), and the rows are merged into it; a stored one is not. */
	p->rows = hb_sheet_begin(t->book, &in->sheet, in->path, &sopt, t->rows ? &p->sink : NULL,
				 diags);
	return p;
}

static void end_part(struct sheet_part *p)
{
	struct job *job = p->job;
	bool ok = hb_sheet_end(p->rows) == 0;
	char *err = NULL;
	if (ok && p->opt->replace && job->write && !job->error && !p->diags->errors &&
	    part_rows(p) &&
	    content_rows_replace(part_rows(p), p->sheet, (const char *const *)p->lessons,
				 p->nlessons, &err))
		job_fail(job, err);
	for (size_t i = 0; i < p->nlessons; i++)
		free(p->lessons[i]);
	free(p->lessons);
	free((char *)p->id);
	free(p);
}

/* Adds a sheet's rows to their handbooks: the one '#handbook:' names, or the one
 * each row's 'handbook' cell names.  The sheet is read again, a row at a time. */
static void add_sheet(struct job *job, struct input *in, const struct import_options *opt,
		      struct diag_list *diags)
{
	const struct csv_sheet *sheet = &in->sheet;
	int col = column_index(sheet, "handbook");
	if (!sheet->handbook && col < 0) {
		diag_add(diags, DIAG_ERROR, in->path, 1, 0,
			 _("the sheet does not say which handbook its rows belong to: add a "
			   "'#handbook:ID' line at the top, or a 'handbook' column"));
		return;
	}
	struct file_lines *fl = open_sheet(in->path, opt->encoding, diags);
	if (!fl)
		return;
	struct csv_source src = { file_lines_piece, fl };
	struct csv_sheet again; /* the same header and columns as in->sheet */
	struct csv_reader *cr =
		csv_open(&src, in->kind == KIND_TSV ? '\t' : 0, in->path, NULL, &again);
	/* The part of '#handbook:', or one for each handbook the rows name. */
	struct sheet_part *only = sheet->handbook
					  ? new_part(job, in, opt, diags, sheet->handbook, 1)
					  : NULL;
	struct sheet_part **parts = NULL;
	size_t nparts = 0;
	struct csv_row row;
	while (csv_next(cr, &row) > 0) {
		struct sheet_part *p = only;
		if (!p) {
			if ((size_t)col >= row.ncells || !row.cells[col][0]) {
				diag_add(diags, DIAG_ERROR, in->path, row.line, 0,
					 _("column 'handbook': empty value"));
				continue;
			}
			for (size_t i = 0; !p && i < nparts; i++)
				if (!strcmp(parts[i]->id, row.cells[col]))
					p = parts[i];
		}
		if (!p) {
			p = new_part(job, in, opt, diags, row.cells[col], row.line);
			parts = xreallocarray(parts, nparts + 1, sizeof *parts);
			parts[nparts++] = p;
		}
		if (p->rows)
			hb_sheet_row(p->rows, &row);
	}
	csv_close(cr);
	csv_free(&again);
	if (fl->err)
		diag_add(diags, DIAG_ERROR, in->path, 0, 0, "%s", fl->err);
	file_lines_close(fl);
	if (only)
		end_part(only);
	for (size_t i = 0; i < nparts; i++)
		end_part(parts[i]);
	free(parts);
}

static void free_job(struct job *job)
{
	agree_free(job->agree);
	for (size_t i = 0; i < job->nin; i++) {
		hb_book_free(job->in[i].book);
		csv_free(&job->in[i].sheet);
	}
	for (size_t i = 0; i < job->ntargets; i++) {
		if (job->targets[i].owned)
			hb_book_free(job->targets[i].book);
		content_writer_free(job->targets[i].writer);
		content_rows_free(job->targets[i].rows);
	}
	for (size_t i = 0; i < job->nsheet_books; i++)
		free(job->sheet_books[i]);
	free(job->sheet_books);
	free(job->error);
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
		if (t->writer) { /* read before the file's items were written */
			if (t->stored != 1)
				continue;
			stored = t->stored_version;
		} else if (t->owned || !job->content ||
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
	job.in = xcalloc(nfiles + 1, sizeof *job.in);
	for (size_t i = 0; i < nfiles; i++)
		job.in[i].path = files[i];

	/* The database is opened before the files are read: the items of a .hb file are
	 * written as they are read, inside the import's one transaction.  A dry run reads
	 * the database only if it exists; an import creates it. */
	char *open_err = NULL;
	struct stat sb;
	bool need_db = !opt->dry_run || stat(content_path, &sb) == 0;
	if (need_db) {
		job.content = content_open(content_path, !opt->dry_run, &open_err);
		if (job.content && (opt->dry_run ? content_begin_read(job.content, &open_err)
						 : content_begin(job.content, &open_err))) {
			content_close(job.content);
			job.content = NULL;
		}
	}
	job.write = job.content && !opt->dry_run;
	find_sheet_books(&job, opt);
	job.agree = agree_new();
	read_inputs(&job, opt, diags);
	for (size_t i = 0; i < nfiles; i++) {
		const struct csv_sheet *sheet = &job.in[i].sheet;
		if (!sheet->html)
			continue;
		char **notes = xreallocarray(report->notes, report->nnotes + 1, sizeof *notes);
		report->notes = notes;
		notes[report->nnotes++] =
			xasprintf(ngettext("%s: '#html:true': converted from HTML to text (%zu "
					   "cell changed)",
					   "%s: '#html:true': converted from HTML to text (%zu "
					   "cells changed)",
					   sheet->html_cells),
				  files[i], sheet->html_cells);
	}

	if (open_err || job.error) {
		report->error = open_err ? open_err : job.error;
		if (open_err)
			free(job.error);
		job.error = NULL;
		if (job.content)
			content_rollback(job.content);
		free_job(&job);
		return -1;
	}
	for (size_t i = 0; i < job.nin; i++)
		if (job.in[i].sheet_ok)
			add_sheet(&job, &job.in[i], opt, diags);
	for (size_t i = 0; i < job.ntargets; i++)
		if (job.targets[i].lessons_later)
			hb_warn_empty_lessons(job.targets[i].book, diags);
	if (job.error) { /* the database failed while rows were written */
		report->error = job.error;
		job.error = NULL;
		if (job.content)
			content_rollback(job.content);
		free_job(&job);
		return -1;
	}
	warn_versions(&job, diags);
	/* The items of streamed handbooks were compared as they were read; those
	 * held whole (with the rows of spreadsheets) are compared here. */
	for (size_t i = 0; i < job.ntargets; i++)
		for (size_t k = 0; k < job.targets[i].book->nitems; k++)
			agree_record(job.agree, job.targets[i].book, &job.targets[i].book->items[k],
				     diags);
	agree_finish(job.agree, job.content ? content_path : NULL, diags);
	job.agree = NULL;

	int status = diags->errors ? -1 : 0;
	if (status == 0 && !opt->dry_run) {
		report->v = xcalloc(job.ntargets + 1, sizeof *report->v);
		for (size_t i = 0; i < job.ntargets && status == 0; i++) {
			const struct hb_book *book = job.targets[i].book;
			struct import_result *r = &report->v[report->n++];
			mem_activity(_("importing handbook %s"), book->id);
			r->handbook = xstrdup(book->id);
			struct content_writer *w = job.targets[i].writer;
			struct content_rows *rows = job.targets[i].rows;
			if (rows ? content_rows_finish(rows, &r->counts, &report->error)
			    : w  ? content_writer_finish(w, book, &r->counts, &report->error)
				 : content_apply(job.content, book, &r->counts, opt->progress,
						 opt->progress_ctx, &report->error))
				status = -1;
			else if (opt->progress) {
				size_t n = w || rows ? r->counts.added + r->counts.changed +
							       r->counts.revived + r->counts.unchanged
						     : book->nitems;
				opt->progress(opt->progress_ctx, n, n);
			}
		}
		if (status == 0 && content_commit(job.content, &report->error))
			status = -1;
	}
	if (job.content && (opt->dry_run || status != 0))
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
	char *seed = xasprintf("%s/content.db", datadir);
	char *dir = xasprintf("%s/handbooks", datadir);
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
		names = xreallocarray(names, n + 1, sizeof *names);
		names[n] = xasprintf("%s/%s", dir, e->d_name);
		n++;
	}
	closedir(d);
	if (n) /* qsort(NULL, 0) is undefined */
		qsort(names, n, sizeof *names, cmp_names);
	struct content *c = NULL;
	char **stale = xcalloc(n + 1, sizeof *stale);
	size_t nstale = 0;
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
			*err = xasprintf(_("the shipped handbook %s has errors; run 'cordial "
					   "handbook check %s'"),
					 names[i], names[i]);
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
			*err = report.error ? xstrdup(report.error)
					    : xasprintf(_("the shipped handbooks could not be loaded "
							  "into %s"),
							content_path);
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
	char *what = xasprintf(_("removed the invisible character U+%04X %s at column %zu"),
			       (unsigned)c, name, col);
	changed(ctx, line, what);
	free(what);
}

static void grow(char **buf, size_t *cap, size_t need)
{
	if (need <= *cap)
		return;
	while (*cap < need)
		*cap *= 2;
	*buf = xrealloc(*buf, *cap);
}

char *import_clean_text(const char *text, size_t len, size_t *outlen, long *bad_line,
			void (*changed)(void *ctx, long line, const char *what), void *ctx)
{
	size_t cap = len + 64, o = 0;
	char *out = xmalloc(cap);
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
		/* (The line was checked to be UTF-8, so text_nfc has a result.) */
		char *nfc = text_nfc(out + from, o - from);
		size_t nfc_len = nfc ? strlen(nfc) : 0;
		if (nfc && (nfc_len != o - from || memcmp(nfc, out + from, nfc_len))) {
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
