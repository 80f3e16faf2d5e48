/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Spreadsheet reader: header lines, RFC 4180 cells, column names and UTF-8 checks. */
#include "csv.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "mem.h"
#include "text.h"

/* A file in the wrong encoding has a bad cell in every row; after this many the
 * rest are only counted. */
enum { MAX_CELL_REPORTS = 10 };

/* Where reading stands in some text: the sheet, or the value of "#columns:". */
struct cursor {
	const char *text;
	size_t len;
	size_t pos;
	long line; /* line of text[pos] */
};

/* All cells of all rows live in one pool of NUL-terminated strings; `cells` holds
 * the offset of each, so that growing the pool never invalidates anything. */
struct reader {
	const char *file;
	struct diag_list *diags;
	char sep;
	bool clean; /* the row read is valid UTF-8 without NUL: no cell check needed */
	char *pool;
	size_t pool_len, pool_cap;
	size_t *cells;
	size_t ncells, cells_cap;
	size_t stray_cell;  /* read_row(): first cell with text after its closing quote */
	long quote_line;    /* read_row(): where an unclosed quoted cell started */
	size_t bad_cells;   /* cells with invalid UTF-8 or NUL */
	long unlisted_line; /* line of the first bad cell that was not reported */
	bool hit_end;	    /* read_row(): a quote was looked for up to the end of the text */
	const struct headers *h;
};

/* A column that an Anki-style "#NAME column:N" header line names. */
struct column_role {
	size_t col;	  /* 1-based */
	const char *name; /* the name it gets: "guid", "tags" or "ignore" */
	const char *header;
	long line;
};

enum { MAX_ROLES = 32 };

/* What the header lines said, before the separator is known. */
struct headers {
	char sep;	     /* from "#separator:", or 0 */
	char *columns;	     /* value of "#columns:" (a copy), or NULL */
	size_t columns_len;
	long columns_line; /* 0: no "#columns:" line */
	struct column_role roles[MAX_ROLES];
	size_t nroles;
	bool saw_header; /* some "#name:value" line was read */
};

enum row_status { ROW_OK, ROW_NONE, ROW_UNCLOSED };

static void reserve(struct reader *r, size_t more)
{
	if (r->pool && r->pool_cap - r->pool_len >= more)
		return;
	size_t cap = r->pool_cap ? r->pool_cap : 64;
	while (cap - r->pool_len < more)
		cap *= 2;
	r->pool = xrealloc(r->pool, cap);
	r->pool_cap = cap;
}

static void start_cell(struct reader *r)
{
	if (r->ncells == r->cells_cap) {
		size_t cap = r->cells_cap ? r->cells_cap * 2 : 1024;
		r->cells = xreallocarray(r->cells, cap, sizeof *r->cells);
		r->cells_cap = cap;
	}
	r->cells[r->ncells++] = r->pool_len;
}

static const char *cell_text(const struct reader *r, size_t i)
{
	return r->pool + r->cells[i];
}

/* Length of cell i without its NUL; the pool ends with the last cell's NUL. */
static size_t cell_len(const struct reader *r, size_t i)
{
	size_t end = i + 1 < r->ncells ? r->cells[i + 1] : r->pool_len;
	return end - r->cells[i] - 1;
}

/* Forgets the cells from `first` on, e.g. a blank row or the column-name row. */
static void drop_cells(struct reader *r, size_t first)
{
	if (first < r->ncells)
		r->pool_len = r->cells[first];
	r->ncells = first;
}

/* End of the unquoted text at pos: the next separator or line end. */
static size_t unquoted_end(const struct cursor *c, char sep)
{
	size_t i = c->pos;
	while (i < c->len && c->text[i] != sep && c->text[i] != '\n' && c->text[i] != '\r')
		i++;
	return i;
}

static void append(struct reader *r, const char *s, size_t n)
{
	reserve(r, n + 1);
	memcpy(r->pool + r->pool_len, s, n);
	r->pool_len += n;
}

/* Copies text[from..to) of a quoted cell, turning CRLF and CR into LF and counting
 * lines. */
static void append_quoted(struct reader *r, struct cursor *c, size_t to)
{
	reserve(r, to - c->pos + 2);
	char *o = r->pool + r->pool_len;
	for (size_t i = c->pos; i < to; i++) {
		char ch = c->text[i];
		if (ch == '\r') {
			if (i + 1 < to && c->text[i + 1] == '\n')
				i++;
			ch = '\n';
		}
		if (ch == '\n')
			c->line++;
		*o++ = ch;
	}
	r->pool_len = (size_t)(o - r->pool);
	c->pos = to;
}

/* Steps over a line end at c->pos, if there is one. */
static void skip_line_end(struct cursor *c)
{
	if (c->pos < c->len && c->text[c->pos] == '\r') {
		c->pos++;
		if (c->pos < c->len && c->text[c->pos] == '\n')
			c->pos++;
		c->line++;
	} else if (c->pos < c->len && c->text[c->pos] == '\n') {
		c->pos++;
		c->line++;
	}
}

/* Reads one row (which may span lines inside quotes) into the pool. */
static enum row_status read_row(struct reader *r, struct cursor *c, long *start_line)
{
	if (c->pos >= c->len)
		return ROW_NONE;
	*start_line = c->line;
	r->stray_cell = SIZE_MAX;
	size_t first = r->ncells;
	for (;;) {
		start_cell(r);
		bool literal = true;
		if (c->pos < c->len && c->text[c->pos] == '"') {
			/* A quoted cell.  If its closing quote is not followed by a separator or
			 * the line end, the quotes are part of the text ("Hi," he said.), as in
			 * sheets exported without quoting; the cell is read again as it is. */
			struct cursor saved = *c;
			size_t pool_start = r->pool_len;
			long opened = c->line;
			bool closed = false;
			c->pos++;
			for (;;) {
				const char *q = memchr(c->text + c->pos, '"', c->len - c->pos);
				size_t to = q ? (size_t)(q - c->text) : c->len;
				append_quoted(r, c, to);
				if (!q) {
					r->hit_end = true;
					break;
				}
				if (to + 1 < c->len && c->text[to + 1] == '"') {
					r->pool[r->pool_len++] = '"';
					c->pos = to + 2;
					continue;
				}
				c->pos = to + 1;
				closed = true;
				break;
			}
			bool at_end = c->pos >= c->len || c->text[c->pos] == r->sep ||
				      c->text[c->pos] == '\n' || c->text[c->pos] == '\r';
			if (closed && at_end) {
				literal = false;
			} else if (!closed && r->sep != '\t') {
				/* append_quoted() left room to end the cell. */
				r->pool[r->pool_len++] = '\0';
				r->quote_line = opened;
				return ROW_UNCLOSED;
			} else {
				if (closed && r->sep != '\t' && r->stray_cell == SIZE_MAX)
					r->stray_cell = r->ncells - 1 - first;
				*c = saved;
				r->pool_len = pool_start;
			}
		}
		if (literal) {
			size_t end = unquoted_end(c, r->sep);
			append(r, c->text + c->pos, end - c->pos);
			c->pos = end;
		}
		reserve(r, 1);
		r->pool[r->pool_len++] = '\0';
		if (c->pos < c->len && c->text[c->pos] == r->sep) {
			c->pos++;
			continue;
		}
		skip_line_end(c);
		return ROW_OK;
	}
}

static bool row_is_blank(const struct reader *r, size_t first)
{
	for (size_t i = first; i < r->ncells; i++) {
		size_t len;
		text_trim(cell_text(r, i), cell_len(r, i), &len);
		if (len > 0)
			return false;
	}
	return true;
}

/* The name to show for column i (0-based), or NULL when it has no usable one. */
static const char *column_name(const struct csv_sheet *sheet, size_t i)
{
	if (i >= sheet->ncolumns || !sheet->columns[i][0])
		return NULL;
	const char *name = sheet->columns[i];
	return text_utf8_invalid(name, strlen(name)) < 0 ? name : NULL;
}

static void report_stray_quote(struct reader *r, const struct csv_sheet *sheet, long line,
			       size_t col)
{
	const char *name = column_name(sheet, col);
	if (name)
		diag_add(r->diags, DIAG_WARNING, r->file, line, 0,
			 _("column '%s': text follows the closing quote, so the cell was read as "
			   "it is, quotes included; to quote a whole cell, write each quote inside "
			   "it twice (\"\")"),
			 name);
	else
		diag_add(r->diags, DIAG_WARNING, r->file, line, 0,
			 _("column %zu: text follows the closing quote, so the cell was read as "
			   "it is, quotes included; to quote a whole cell, write each quote inside "
			   "it twice (\"\")"),
			 col + 1);
}

static void report_bad_cell(struct reader *r, const struct csv_sheet *sheet, long line, size_t col,
			    bool has_nul)
{
	if (++r->bad_cells > MAX_CELL_REPORTS) {
		if (!r->unlisted_line)
			r->unlisted_line = line;
		return;
	}
	const char *name = column_name(sheet, col);
	if (has_nul && name)
		diag_add(r->diags, DIAG_ERROR, r->file, line, 0,
			 _("column '%s': the cell holds a NUL character (was the file saved as "
			   "UTF-16 without a byte-order mark? save it as UTF-8)"),
			 name);
	else if (has_nul)
		diag_add(r->diags, DIAG_ERROR, r->file, line, 0,
			 _("column %zu: the cell holds a NUL character (was the file saved as "
			   "UTF-16 without a byte-order mark? save it as UTF-8)"),
			 col + 1);
	else if (name)
		diag_add(r->diags, DIAG_ERROR, r->file, line, 0,
			 _("column '%s': invalid UTF-8 (was the file saved as GBK? save it as "
			   "UTF-8, or import with --encoding gb18030)"),
			 name);
	else
		diag_add(r->diags, DIAG_ERROR, r->file, line, 0,
			 _("column %zu: invalid UTF-8 (was the file saved as GBK? save it as "
			   "UTF-8, or import with --encoding gb18030)"),
			 col + 1);
}

static void check_cells(struct reader *r, const struct csv_sheet *sheet, size_t first, long line)
{
	if (r->stray_cell != SIZE_MAX)
		report_stray_quote(r, sheet, line, r->stray_cell);
	if (r->clean)
		return;
	for (size_t i = first; i < r->ncells; i++) {
		const char *s = cell_text(r, i);
		size_t n = cell_len(r, i);
		if (memchr(s, '\0', n))
			report_bad_cell(r, sheet, line, i - first, true);
		else if (text_utf8_invalid(s, n) >= 0)
			report_bad_cell(r, sheet, line, i - first, false);
	}
}

static void report_unnamed(struct reader *r, long line, size_t from, size_t to, bool from_header)
{
	if (from == to && from_header)
		diag_add(r->diags, DIAG_ERROR, r->file, line, 0,
			 _("column %zu has no name in the '#columns:' line; give every column a "
			   "name"),
			 from);
	else if (from == to)
		diag_add(r->diags, DIAG_ERROR, r->file, line, 0,
			 _("column %zu has no name; the first row names the columns, so give it a "
			   "name there (or add a '#columns:' line)"),
			 from);
	else if (from_header)
		diag_add(r->diags, DIAG_ERROR, r->file, line, 0,
			 _("columns %zu to %zu have no name in the '#columns:' line; give every "
			   "column a name"),
			 from, to);
	else
		diag_add(r->diags, DIAG_ERROR, r->file, line, 0,
			 _("columns %zu to %zu have no name; the first row names the columns, so "
			   "give them names there (or add a '#columns:' line)"),
			 from, to);
}

/* Orders pointers into sheet->columns by name, then by position. */
static int cmp_column(const void *pa, const void *pb)
{
	char *const *a = *(char *const *const *)pa, *const *b = *(char *const *const *)pb;
	int c = strcmp(*a, *b);
	return c ? c : (a > b) - (a < b);
}

/* Reports names used twice; sorting keeps this fast for a row of many cells. */
static void check_duplicates(struct reader *r, struct csv_sheet *sheet, long line)
{
	size_t n = sheet->ncolumns;
	char ***order = xreallocarray(NULL, n, sizeof *order);
	for (size_t i = 0; i < n; i++)
		order[i] = &sheet->columns[i];
	qsort(order, n, sizeof *order, cmp_column);
	/* Each repeat is reported against the first column of that name. */
	for (size_t i = 1, first = 0; i < n; i++) {
		if (strcmp(*order[first], *order[i])) {
			first = i;
			continue;
		}
		if (!(*order[i])[0] || !strcmp(*order[i], "ignore"))
			continue;
		diag_add(r->diags, DIAG_ERROR, r->file, line, 0,
			 _("columns %zu and %zu have the same name '%s'; give each column its own "
			   "name"),
			 (size_t)(order[first] - sheet->columns) + 1,
			 (size_t)(order[i] - sheet->columns) + 1, *order[i]);
	}
	free(order);
}

/* Takes the column names from the cells read since `first`; the columns that
 * "#NAME column:N" lines name take the name of their role. */
static void set_columns(struct reader *r, struct csv_sheet *sheet, size_t first, long line,
			bool from_header)
{
	size_t n = r->ncells - first;
	sheet->columns = xcalloc(n, sizeof *sheet->columns);
	sheet->columns_line = line;
	sheet->columns_from_row = !from_header;
	for (size_t i = 0; i < n; i++) {
		size_t len;
		const char *name = text_trim(cell_text(r, first + i), cell_len(r, first + i), &len);
		char *copy = xmalloc(len + 1);
		for (size_t k = 0; k < len; k++) /* names are matched without case */
			copy[k] = name[k] >= 'A' && name[k] <= 'Z' ? (char)(name[k] - 'A' + 'a')
								   : name[k];
		copy[len] = '\0';
		sheet->columns[i] = copy;
		sheet->ncolumns = i + 1;
		if (memchr(name, '\0', len) || text_utf8_invalid(name, len) >= 0)
			diag_add(r->diags, DIAG_ERROR, r->file, line, 0,
				 _("column %zu: the name is not valid UTF-8 (was the file saved as "
				   "GBK? save it as UTF-8, or import with --encoding gb18030)"),
				 i + 1);
	}
	for (size_t k = 0; r->h && k < r->h->nroles; k++) {
		const struct column_role *role = &r->h->roles[k];
		if (role->col > n) {
			diag_add(r->diags, DIAG_ERROR, r->file, role->line, 0,
				 _("'#%s:%zu' names column %zu, but the sheet has %zu columns"),
				 role->header, role->col, role->col, n);
			continue;
		}
		char *copy = xstrdup(role->name);
		free(sheet->columns[role->col - 1]);
		sheet->columns[role->col - 1] = copy;
	}
	size_t unnamed = 0; /* first column of a run without names, 1-based */
	for (size_t i = 0; i < n; i++) {
		if (!sheet->columns[i][0]) {
			if (!unnamed)
				unnamed = i + 1;
			continue;
		}
		if (unnamed)
			report_unnamed(r, line, unnamed, i, from_header);
		unnamed = 0;
	}
	if (unnamed)
		report_unnamed(r, line, unnamed, n, from_header);
	check_duplicates(r, sheet, line);
}

static bool is_separator(char c)
{
	return c == '\t' || c == ',' || c == ';' || c == '|';
}

/* The separator named by a "#separator:" value, or 0. */
static char separator_named(const char *v, size_t n)
{
	if (n == 1 && is_separator(v[0]))
		return v[0];
	size_t len;
	const char *t = text_trim(v, n, &len);
	static const struct {
		const char *name;
		char sep;
	} names[] = {
	    {"tab", '\t'}, {"\\t", '\t'}, {"comma", ','}, {"semicolon", ';'}, {"pipe", '|'}};
	if (len == 1 && is_separator(t[0]))
		return t[0];
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (len == strlen(names[i].name) && !strncasecmp(t, names[i].name, len))
			return names[i].sep;
	return 0;
}

/* Length of v without the empty cells that a spreadsheet adds after a header line
 * typed into its first column ("#handbook:taxi,,,"). */
static size_t without_empty_cells(const char *v, size_t n)
{
	while (n > 0 && (is_separator(v[n - 1]) || v[n - 1] == ' '))
		n--;
	return n;
}

/* Replaces *field with a copy of the trimmed value; warns when it was already set. */
static void set_header_value(struct reader *r, char **field, const char *name, const char *v,
			    size_t n, long line)
{
	size_t len;
	const char *t = text_trim(v, without_empty_cells(v, n), &len);
	if (len == 0) {
		diag_add(r->diags, DIAG_ERROR, r->file, line, 0,
			 _("the header line '#%s:' has no value; write one after the colon or "
			   "remove the line"),
			 name);
		return;
	}
	if (*field)
		diag_add(r->diags, DIAG_WARNING, r->file, line, 0,
			 _("a second '#%s:' line; the last one counts"), name);
	char *copy = xmalloc(len + 1);
	memcpy(copy, t, len);
	copy[len] = '\0';
	free(*field);
	*field = copy;
}

static bool is_name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '-' || c == ' ';
}

/* A "#NAME column:N" line: the column it names takes `role` as its name.  The
 * value of "#ignore column:" may list several columns. */
static void add_roles(struct reader *r, struct headers *h, const char *header, const char *role,
		      const char *v, size_t n, long line)
{
	size_t len;
	const char *t = text_trim(v, without_empty_cells(v, n), &len);
	size_t i = 0, found = 0;
	bool bad = len == 0;
	while (i < len && !bad) {
		if (t[i] == ' ' || t[i] == ',') {
			i++;
			continue;
		}
		size_t col = 0;
		while (i < len && t[i] >= '0' && t[i] <= '9' && col < 100000)
			col = col * 10 + (size_t)(t[i++] - '0');
		if (col == 0 || (i < len && t[i] != ' ' && t[i] != ',') ||
		    (found && strcmp(role, "ignore"))) {
			bad = true;
			break;
		}
		found++;
		if (h->nroles < MAX_ROLES)
			h->roles[h->nroles++] = (struct column_role){col, role, header, line};
	}
	if (bad || !found)
		diag_add(r->diags, DIAG_ERROR, r->file, line, 0,
			 _("'#%s:' needs a column number (1 for the first column), not '%.*s'"),
			 header, (int)len, t);
}

/* Anki's header lines that name nothing cordial keeps; each is warned about once. */
static void ignored_header(struct reader *r, const char *name, long line)
{
	diag_add(r->diags, DIAG_WARNING, r->file, line, 0,
		 _("'#%s:' is an Anki header line that cordial does not use; the line is "
		   "ignored (cordial takes the handbook and lesson from '#handbook:' and "
		   "'#lesson:' or their columns, and always updates items by id)"),
		 name);
}

/* One "#name:value" line (s[0] is '#', no line end).  Returns false when the line
 * is not of that form. */
static bool read_header(struct reader *r, struct csv_sheet *sheet, struct headers *h, const char *s,
			size_t n, long line)
{
	size_t colon = 1;
	while (colon < n && is_name_char(s[colon]))
		colon++;
	if (colon >= n || s[colon] != ':')
		return false;
	const char *name = s + 1, *v = s + colon + 1;
	size_t name_len = colon - 1, vlen = n - colon - 1;
	while (name_len > 0 && name[0] == ' ')
		name++, name_len--;
	while (name_len > 0 && name[name_len - 1] == ' ')
		name_len--;
	if (name_len == 0)
		return false;
	h->saw_header = true;
	if (memchr(s, '\0', n) || text_utf8_invalid(s, n) >= 0) {
		diag_add(r->diags, DIAG_ERROR, r->file, line, 0,
			 _("this header line is not valid UTF-8 (was the file saved as GBK? save "
			   "it as UTF-8, or import with --encoding gb18030)"));
		return true;
	}
#define IS(word) (name_len == strlen(word) && !strncasecmp(name, word, name_len))
	if (IS("separator")) {
		char sep = separator_named(v, vlen);
		if (!sep)
			sep = separator_named(v, without_empty_cells(v, vlen));
		if (!sep) {
			size_t len;
			const char *t = text_trim(v, vlen, &len);
			diag_add(r->diags, DIAG_ERROR, r->file, line, 0,
				 _("unknown separator '%.*s' in '#separator:'; use Tab, Comma, "
				   "Semicolon or Pipe"),
				 (int)len, t);
		} else {
			if (h->sep)
				diag_add(r->diags, DIAG_WARNING, r->file, line, 0,
					 _("a second '#%s:' line; the last one counts"),
					 "separator");
			h->sep = sep;
		}
		return true;
	}
	if (IS("html")) {
		size_t len;
		const char *t = text_trim(v, without_empty_cells(v, vlen), &len);
		if (len == 4 && !strncasecmp(t, "true", 4))
			sheet->html = true;
		else if (len == 5 && !strncasecmp(t, "false", 5))
			sheet->html = false;
		else
			diag_add(r->diags, DIAG_ERROR, r->file, line, 0,
				 _("'#html:' is 'true' or 'false', not '%.*s'"), (int)len, t);
		return true;
	}
	if (IS("handbook"))
		{
		set_header_value(r, &sheet->handbook, "handbook", v, vlen, line);
		return true;
	}
	if (IS("type"))
		{
		set_header_value(r, &sheet->type, "type", v, vlen, line);
		return true;
	}
	if (IS("lesson"))
		{
		set_header_value(r, &sheet->lesson, "lesson", v, vlen, line);
		return true;
	}
	if (IS("tags"))
		{
		set_header_value(r, &sheet->tags, "tags", v, vlen, line);
		return true;
	}
	if (IS("columns")) {
		if (h->columns_line)
			diag_add(r->diags, DIAG_WARNING, r->file, line, 0,
				 _("a second '#%s:' line; the last one counts"), "columns");
		free(h->columns);
		h->columns = xmalloc(vlen + 1);
		memcpy(h->columns, v, vlen);
		h->columns[vlen] = '\0';
		h->columns_len = vlen;
		h->columns_line = line;
		return true;
	}
	static const struct {
		const char *header, *role;
	} roles[] = {{"guid column", "guid"},
		     {"tags column", "tags"},
		     {"notetype column", "ignore"},
		     {"deck column", "ignore"},
		     {"ignore column", "ignore"}};
	for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
		if (IS(roles[i].header)) {
			add_roles(r, h, roles[i].header, roles[i].role, v, vlen, line);
			return true;
		}
	static const char *const ignored[] = {"notetype", "deck", "if matches"};
	for (size_t i = 0; i < sizeof ignored / sizeof ignored[0]; i++)
		if (IS(ignored[i])) {
			ignored_header(r, ignored[i], line);
			return true;
		}
#undef IS
	diag_add(r->diags, DIAG_WARNING, r->file, line, 0,
		 _("unknown header line '#%.*s:' is ignored; the known ones are #separator, "
		   "#html, #tags, #columns, #handbook, #type, #lesson and the column lines "
		   "#guid column, #tags column, #notetype column, #deck column and #ignore "
		   "column"),
		 (int)name_len, name);
	return true;
}

/* Reads one line at the top (c at its start): a header line, or a blank or comment
 * line, all of which are passed (true); or the first row, where c stays (false).  A
 * '#' line there that is not a header is a comment when '#' is followed by a blank
 * (as in a .hb file); any other is skipped with a warning, since it may be a row. */
static bool header_line(struct reader *r, struct csv_sheet *sheet, struct headers *h,
			struct cursor *c)
{
	size_t end = c->pos;
	bool blank = true;
	while (end < c->len && c->text[end] != '\n' && c->text[end] != '\r') {
		if (c->text[end] != ' ' && c->text[end] != '\t')
			blank = false;
		end++;
	}
	if (!blank && c->text[c->pos] != '#')
		return false;
	const char *s = c->text + c->pos;
	size_t n = end - c->pos;
	if (!blank && !read_header(r, sheet, h, s, n, c->line) && n > 1 && s[1] != ' ' &&
	    s[1] != '\t')
		diag_add(r->diags, DIAG_WARNING, r->file, c->line, 0,
			 _("this line starts with '#' but is not a header line "
			   "('#name:value'), so it was skipped; if it is a row, put its "
			   "first cell in quotes"));
	c->pos = end;
	skip_line_end(c);
	return true;
}

/* The most frequent separator outside quotes in the row at pos; tab wins ties.
 * *ended (may be NULL) tells whether the row's end was in the text. */
static char guess_separator(const char *s, size_t len, size_t pos, bool *ended)
{
	if (ended)
		*ended = false;
	size_t tab = 0, comma = 0, semicolon = 0, pipe = 0;
	bool quoted = false;
	for (size_t i = pos; i < len; i++) {
		char ch = s[i];
		if (ch == '"')
			quoted = !quoted;
		else if (quoted)
			continue;
		else if (ch == '\n' || ch == '\r') {
			if (ended)
				*ended = true;
			break;
		} else if (ch == '\t')
			tab++;
		else if (ch == ',')
			comma++;
		else if (ch == ';')
			semicolon++;
		else if (ch == '|')
			pipe++;
	}
	char sep = '\t';
	size_t best = tab;
	if (comma > best) {
		sep = ',';
		best = comma;
	}
	if (semicolon > best) {
		sep = ';';
		best = semicolon;
	}
	if (pipe > best)
		sep = '|';
	return sep;
}

static void report_unclosed(struct reader *r, long line)
{
	diag_add(r->diags, DIAG_ERROR, r->file, line, 0,
		 _("a quoted cell starting on this line is never closed; add the closing "
		   "quote, or if the quote belongs to the text, put the whole cell in quotes "
		   "and write that quote twice (\"\")"));
}

/* ---------------------------------------------------------------- HTML */

/* The character references of HTML 4 and &apos;.  The Latin-1 ones stand for
 * U+00A0..U+00FF in order. */
static const char *const latin1_entities[96] = {
	"nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",
	"uml",    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",
	"deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",  "para",   "middot",
	"cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest",
	"Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil",
	"Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",
	"ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",
	"Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",
	"agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
	"egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",
	"eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
	"oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

/* Greek letters: capitals from U+0391, small letters from U+03B1 ("" for the gap). */
static const char *const greek_entities[25] = {
	"alpha", "beta", "gamma", "delta", "epsilon", "zeta",  "eta",	  "theta", "iota",
	"kappa", "lambda", "mu",  "nu",	   "xi",      "omicron", "pi",	  "rho",   "sigmaf",
	"sigma", "tau",	 "upsilon", "phi", "chi",     "psi",   "omega"};

static const struct {
	const char *name;
	uint32_t cp;
} other_entities[] = {
	{"quot", 34},	   {"amp", 38},	      {"apos", 39},	{"lt", 60},	   {"gt", 62},
	{"OElig", 338},	   {"oelig", 339},    {"Scaron", 352},	{"scaron", 353},   {"Yuml", 376},
	{"fnof", 402},	   {"circ", 710},     {"tilde", 732},	{"thetasym", 977}, {"upsih", 978},
	{"piv", 982},	   {"ensp", 8194},    {"emsp", 8195},	{"thinsp", 8201},  {"zwnj", 8204},
	{"zwj", 8205},	   {"lrm", 8206},     {"rlm", 8207},	{"ndash", 8211},   {"mdash", 8212},
	{"lsquo", 8216},   {"rsquo", 8217},   {"sbquo", 8218},	{"ldquo", 8220},   {"rdquo", 8221},
	{"bdquo", 8222},   {"dagger", 8224},  {"Dagger", 8225}, {"bull", 8226},	   {"hellip", 8230},
	{"permil", 8240},  {"prime", 8242},   {"Prime", 8243},	{"lsaquo", 8249},  {"rsaquo", 8250},
	{"oline", 8254},   {"frasl", 8260},   {"euro", 8364},	{"image", 8465},   {"weierp", 8472},
	{"real", 8476},	   {"trade", 8482},   {"alefsym", 8501}, {"larr", 8592},   {"uarr", 8593},
	{"rarr", 8594},	   {"darr", 8595},    {"harr", 8596},	{"crarr", 8629},   {"lArr", 8656},
	{"uArr", 8657},	   {"rArr", 8658},    {"dArr", 8659},	{"hArr", 8660},	   {"forall", 8704},
	{"part", 8706},	   {"exist", 8707},   {"empty", 8709},	{"nabla", 8711},   {"isin", 8712},
	{"notin", 8713},   {"ni", 8715},      {"prod", 8719},	{"sum", 8721},	   {"minus", 8722},
	{"lowast", 8727},  {"radic", 8730},   {"prop", 8733},	{"infin", 8734},   {"ang", 8736},
	{"and", 8743},	   {"or", 8744},      {"cap", 8745},	{"cup", 8746},	   {"int", 8747},
	{"there4", 8756},  {"sim", 8764},     {"cong", 8773},	{"asymp", 8776},   {"ne", 8800},
	{"equiv", 8801},   {"le", 8804},      {"ge", 8805},	{"sub", 8834},	   {"sup", 8835},
	{"nsub", 8836},	   {"sube", 8838},    {"supe", 8839},	{"oplus", 8853},   {"otimes", 8855},
	{"perp", 8869},	   {"sdot", 8901},    {"lceil", 8968},	{"rceil", 8969},   {"lfloor", 8970},
	{"rfloor", 8971},  {"lang", 9001},    {"rang", 9002},	{"loz", 9674},	   {"spades", 9824},
	{"clubs", 9827},   {"hearts", 9829},  {"diams", 9830}};

/* The code point of a named reference, or 0. */
static uint32_t entity_named(const char *name, size_t n)
{
	for (size_t i = 0; i < 96; i++)
		if (strlen(latin1_entities[i]) == n && !memcmp(latin1_entities[i], name, n))
			return 0xa0 + (uint32_t)i;
	for (size_t i = 0; i < 25; i++) {
		const char *g = greek_entities[i];
		if (strlen(g) != n)
			continue;
		if (!memcmp(g, name, n))
			return 0x3b1 + (uint32_t)i;
		/* Capitals: the same name with its first letter upper-cased; there is no
		 * capital final sigma. */
		if (name[0] == g[0] - 'a' + 'A' && !memcmp(g + 1, name + 1, n - 1) && i != 17)
			return 0x391 + (uint32_t)i;
	}
	for (size_t i = 0; i < sizeof other_entities / sizeof other_entities[0]; i++)
		if (strlen(other_entities[i].name) == n && !memcmp(other_entities[i].name, name, n))
			return other_entities[i].cp;
	return 0;
}

static size_t put_utf8(char *o, uint32_t c)
{
	if (c == 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		c = 0xfffd;
	if (c < 0x80) {
		o[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		o[0] = (char)(0xc0 | (c >> 6));
		o[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		o[0] = (char)(0xe0 | (c >> 12));
		o[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		o[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	o[0] = (char)(0xf0 | (c >> 18));
	o[1] = (char)(0x80 | ((c >> 12) & 0x3f));
	o[2] = (char)(0x80 | ((c >> 6) & 0x3f));
	o[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

/* Length of a character reference at s[0] == '&' and its code point, or 0 when
 * there is none (a lone '&' is text).  *unknown_name is set for a well-formed
 * named reference that is not known. */
static size_t entity_at(const char *s, size_t n, uint32_t *cp, bool *unknown_name)
{
	size_t i = 1;
	*unknown_name = false;
	if (i < n && s[i] == '#') {
		i++;
		bool hex = i < n && (s[i] == 'x' || s[i] == 'X');
		i += hex;
		size_t start = i;
		uint32_t v = 0;
		for (; i < n; i++) {
			int d = s[i] >= '0' && s[i] <= '9'   ? s[i] - '0'
				: hex && s[i] >= 'a' && s[i] <= 'f' ? s[i] - 'a' + 10
				: hex && s[i] >= 'A' && s[i] <= 'F' ? s[i] - 'A' + 10
								      : -1;
			if (d < 0)
				break;
			if (v <= 0x10ffff)
				v = v * (hex ? 16 : 10) + (uint32_t)d;
		}
		if (i == start || i >= n || s[i] != ';')
			return 0;
		*cp = v;
		return i + 1;
	}
	size_t start = i;
	while (i < n && i - start < 32 &&
	       ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
		(i > start && s[i] >= '0' && s[i] <= '9')))
		i++;
	if (i == start || i >= n || s[i] != ';')
		return 0;
	*cp = entity_named(s + start, i - start);
	if (!*cp) {
		*unknown_name = true;
		return 0;
	}
	return i + 1;
}

static bool is_block_tag(const char *name, size_t n)
{
	static const char *const blocks[] = {
		"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt",
		"figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
		"li", "ol", "p", "pre", "section", "table", "tr", "ul"};
	for (size_t i = 0; i < sizeof blocks / sizeof blocks[0]; i++)
		if (strlen(blocks[i]) == n && !strncasecmp(blocks[i], name, n))
			return true;
	return false;
}

/* Where the text of an element whose content is not text (script, style) ends:
 * after its closing tag, or at the end. */
static size_t skip_element(const char *s, size_t n, size_t i, const char *name)
{
	size_t len = strlen(name);
	for (; i + len + 2 <= n; i++)
		if (s[i] == '<' && s[i + 1] == '/' && !strncasecmp(s + i + 2, name, len)) {
			const char *gt = memchr(s + i, '>', n - i);
			return gt ? (size_t)(gt - s) + 1 : n;
		}
	return n;
}

size_t csv_html_to_text(char *s, size_t n, size_t *unknown)
{
	size_t o = 0, i = 0;
	bool space = false; /* white space is pending */
	while (i < n) {
		char ch = s[i];
		if (ch == '<' && i + 1 < n &&
		    ((s[i + 1] >= 'a' && s[i + 1] <= 'z') || (s[i + 1] >= 'A' && s[i + 1] <= 'Z') ||
		     s[i + 1] == '/' || s[i + 1] == '!')) {
			if (i + 3 < n && !strncmp(s + i, "<!--", 4)) {
				const char *end = memmem(s + i + 4, n - i - 4, "-->", 3);
				i = end ? (size_t)(end - s) + 3 : n;
				continue;
			}
			const char *gt = memchr(s + i, '>', n - i);
			if (!gt)
				goto text;
			size_t tag_end = (size_t)(gt - s) + 1;
			size_t k = i + 1 + (s[i + 1] == '/');
			size_t name = k;
			while (k < n && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') ||
					 (s[k] >= '0' && s[k] <= '9')))
				k++;
			size_t name_len = k - name;
			i = tag_end;
			bool closing = s[name - 1] == '/';
			if (!closing && name_len == 6 && !strncasecmp(s + name, "script", 6))
				i = skip_element(s, n, i, "script");
			else if (!closing && name_len == 5 && !strncasecmp(s + name, "style", 5))
				i = skip_element(s, n, i, "style");
			bool br = name_len == 2 && !strncasecmp(s + name, "br", 2);
			if (br || is_block_tag(s + name, name_len)) {
				space = false;
				while (o > 0 && s[o - 1] == ' ')
					o--;
				/* <br> always breaks the line; a block only starts a new one. */
				if (br || (o > 0 && s[o - 1] != '\n'))
					s[o++] = '\n';
			}
			continue;
		}
		if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
			space = true;
			i++;
			continue;
		}
	text:
		if (space && o > 0 && s[o - 1] != '\n')
			s[o++] = ' ';
		space = false;
		if (ch == '&') {
			uint32_t cp;
			bool unknown_name;
			size_t len = entity_at(s + i, n - i, &cp, &unknown_name);
			if (len) {
				i += len;
				o += put_utf8(s + o, cp);
				continue;
			}
			if (unknown_name && unknown)
				(*unknown)++;
		}
		s[o++] = s[i++];
	}
	while (o > 0 && (s[o - 1] == '\n' || s[o - 1] == ' '))
		o--;
	size_t lead = 0;
	while (lead < o && s[lead] == '\n')
		lead++;
	memmove(s, s + lead, o - lead);
	o -= lead;
	if (o < n)
		s[o] = '\0';
	return o;
}

/* Anki writes "#guid column:" and the like, but no "#columns:" line; then the first
 * row is data, and the names of the other columns must be given. */
static void report_anki_columns(struct reader *r, const struct headers *h, const char *text,
				size_t len, size_t pos)
{
	size_t ncols = 1;
	for (size_t i = pos; i < len && text[i] != '\n' && text[i] != '\r'; i++)
		ncols += text[i] == r->sep;
	for (size_t k = 0; k < h->nroles; k++)
		if (h->roles[k].col > ncols && h->roles[k].col < 1000)
			ncols = h->roles[k].col;
	char sep[3] = {r->sep, 0, 0};
	if (r->sep == '\t')
		strcpy(sep, "\\t");
	char *line = xstrdup("#columns:");
	size_t field = 0;
	for (size_t c = 1; c <= ncols; c++) {
		const char *name = NULL;
		for (size_t k = 0; k < h->nroles; k++)
			if (h->roles[k].col == c)
				name = h->roles[k].name;
		char buf[32];
		snprintf(buf, sizeof buf, "field%zu", ++field);
		char *next = xasprintf("%s%s%s", line, c > 1 ? sep : "", name ? name : buf);
		if (name)
			field--;
		free(line);
		line = next;
	}
	diag_add(r->diags, DIAG_ERROR, r->file, h->roles[0].line, 0,
		 _("the header lines name some columns (as Anki writes them) but there is no "
		   "'#columns:' line to name the others; add one such as '%s', with the field "
		   "names (zh, en, en_reading, note ...) in place of field1, field2 ..."),
		 line);
	free(line);
}

/* ---------------------------------------------------------------- reading */

/* A row (from its first byte) is at most this long: the sheet is read a piece at a
 * time and a row is held whole, so this bounds the memory a sheet takes. */
enum { ROW_MAX = 4 << 20 };

struct csv_reader {
	struct reader r;
	struct headers h;
	struct csv_sheet *sheet;
	struct csv_source src;
	/* The text read and not yet passed: buf[pos..len), the line of buf[pos]. */
	char *buf;
	size_t len, pos, cap;
	long line;
	bool eof;     /* the source has no more text */
	bool failed;  /* the source could not be read */
	bool stopped; /* no more rows: an unclosed quote, an overlong row, Anki headers */
	bool anki;    /* stopped at Anki's column headers without "#columns:" */
	char **cells; /* the cells of the row handed out */
	size_t cells_cap;
	size_t unknown; /* HTML character references not known */
	long unknown_line;
	size_t errors; /* errors in the diagnostics when the reading began */
	struct diag_list quiet; /* the diagnostics when the caller wants none */
	bool is_quiet;
	size_t quiet_errors;
};

/* Reads more text onto the end of the buffer: at least `want` bytes and at least
 * one, unless the text ends first.  What was passed is dropped, so positions change. */
static void more(struct csv_reader *cr, size_t want)
{
	if (cr->pos > 0) {
		memmove(cr->buf, cr->buf + cr->pos, cr->len - cr->pos);
		cr->len -= cr->pos;
		cr->pos = 0;
	}
	size_t got = 0;
	while ((got == 0 || got < want) && !cr->eof) {
		const char *text = NULL;
		size_t n = 0;
		int rc = cr->src.read(cr->src.ctx, &text, &n);
		if (rc <= 0) {
			cr->eof = true;
			cr->failed = rc < 0;
			break;
		}
		if (cr->len + n + 1 > cr->cap) {
			size_t cap = cr->cap;
			while (cap < cr->len + n + 1)
				cap *= 2;
			cr->buf = xrealloc(cr->buf, cap);
			cr->cap = cap;
		}
		memcpy(cr->buf + cr->len, text, n);
		cr->len += n;
		got += n;
	}
	cr->buf[cr->len] = '\0';
}

/* Makes the buffer hold the whole line at pos, and the byte after its end (to tell
 * CRLF from CR), unless the text ends first or the line is longer than a row may
 * be. */
static void want_line(struct csv_reader *cr)
{
	for (;;) {
		size_t avail = cr->len - cr->pos;
		const char *s = cr->buf + cr->pos;
		size_t i = 0;
		while (i < avail && s[i] != '\n' && s[i] != '\r')
			i++;
		if (cr->eof || i + 1 < avail || avail >= ROW_MAX)
			return;
		more(cr, avail);
	}
}

/* Makes the buffer hold the first row, as guess_separator() sees it. */
static void want_first_row(struct csv_reader *cr)
{
	for (;;) {
		size_t avail = cr->len - cr->pos;
		bool ended = false;
		if (avail)
			guess_separator(cr->buf, cr->len, cr->pos, &ended);
		if (cr->eof || ended || avail >= ROW_MAX)
			return;
		more(cr, avail);
	}
}

static void report_overlong(struct reader *r, long line)
{
	diag_add(r->diags, DIAG_ERROR, r->file, line, 0,
		 _("the row starting on this line is longer than %d MB, the most a row may "
		   "be; is a closing quote missing?"),
		 ROW_MAX >> 20);
}

/* Reads the next row into the pool (which holds nothing else), with more text
 * until the row is whole: it ended at a line end that is not the last byte read,
 * without a quote looked for past the text read. */
static enum row_status next_row(struct csv_reader *cr, long *line)
{
	struct reader *r = &cr->r;
	for (;;) {
		if (cr->stopped || cr->failed)
			return ROW_NONE;
		size_t avail = cr->len - cr->pos;
		if (avail == 0) {
			if (cr->eof)
				return ROW_NONE;
			more(cr, 0);
			continue;
		}
		/* A row that does not end within ROW_MAX bytes is read no further; a
		 * quote in a TSV cell that is not closed by then is text. */
		bool capped = avail >= ROW_MAX;
		struct cursor c = { cr->buf, capped ? cr->pos + ROW_MAX : cr->len, cr->pos,
				    cr->line };
		r->hit_end = false;
		*line = cr->line;
		enum row_status st = read_row(r, &c, line);
		if ((cr->eof && !capped) ||
		    (st == ROW_OK && c.pos < c.len && (!r->hit_end || capped))) {
			const char *row = cr->buf + cr->pos;
			size_t n = c.pos - cr->pos;
			r->clean = !memchr(row, '\0', n) && text_utf8_invalid(row, n) < 0;
			cr->pos = c.pos;
			cr->line = c.line;
			return st;
		}
		drop_cells(r, 0);
		if (capped) {
			report_overlong(r, *line);
			cr->stopped = true;
			return ROW_NONE;
		}
		more(cr, avail);
	}
}

struct csv_reader *csv_open(const struct csv_source *src, char sep_hint, const char *file,
			    struct diag_list *diags, struct csv_sheet *sheet)
{
	memset(sheet, 0, sizeof *sheet);
	struct csv_reader *cr = xcalloc(1, sizeof *cr);
	if (!diags) {
		diag_init(&cr->quiet);
		diags = &cr->quiet;
		cr->is_quiet = true;
	}
	struct reader *r = &cr->r;
	*r = (struct reader){ .file = file, .diags = diags, .h = &cr->h };
	struct headers *h = &cr->h;
	cr->sheet = sheet;
	cr->src = *src;
	cr->line = 1;
	cr->cap = 1 << 16;
	cr->buf = xmalloc(cr->cap);
	cr->buf[0] = '\0';
	cr->errors = diags->errors;

	while (cr->len < 3 && !cr->eof)
		more(cr, 0);
	if (cr->len >= 3 && memcmp(cr->buf, "\xEF\xBB\xBF", 3) == 0)
		cr->pos = 3;
	for (;;) {
		want_line(cr);
		struct cursor c = { cr->buf, cr->len, cr->pos, cr->line };
		if (c.pos >= c.len || !header_line(r, sheet, h, &c))
			break;
		cr->pos = c.pos;
		cr->line = c.line;
	}

	want_first_row(cr);
	if (h->sep)
		r->sep = h->sep;
	else if (is_separator(sep_hint))
		r->sep = sep_hint;
	else if (cr->pos < cr->len || !h->columns_line)
		r->sep = guess_separator(cr->buf, cr->len, cr->pos, NULL);
	else
		r->sep = guess_separator(h->columns, h->columns_len, 0, NULL);
	sheet->sep = r->sep;

	if (h->columns_line) {
		struct cursor names = { h->columns, h->columns_len, 0, h->columns_line };
		long line;
		enum row_status st = read_row(r, &names, &line);
		if (st == ROW_UNCLOSED)
			report_unclosed(r, h->columns_line);
		set_columns(r, sheet, 0, h->columns_line, true);
		drop_cells(r, 0);
		return cr;
	}
	if (h->nroles) {
		want_line(cr);
		report_anki_columns(r, h, cr->buf, cr->len, cr->pos);
		cr->anki = cr->stopped = true;
		return cr;
	}
	/* The first row names the columns. */
	for (;;) {
		long line;
		enum row_status st = next_row(cr, &line);
		if (st == ROW_NONE)
			break;
		if (st == ROW_UNCLOSED) {
			report_unclosed(r, r->quote_line);
			drop_cells(r, 0);
			cr->stopped = true;
			break;
		}
		bool blank = row_is_blank(r, 0);
		if (!blank) {
			if (r->stray_cell != SIZE_MAX)
				report_stray_quote(r, sheet, line, r->stray_cell);
			set_columns(r, sheet, 0, line, false);
		}
		drop_cells(r, 0);
		if (!blank)
			break;
	}
	return cr;
}

int csv_next(struct csv_reader *cr, struct csv_row *row)
{
	struct reader *r = &cr->r;
	struct csv_sheet *sheet = cr->sheet;
	if (cr->is_quiet) { /* kept from growing with the rows */
		cr->quiet_errors += cr->quiet.errors;
		diag_free(&cr->quiet);
		diag_init(&cr->quiet);
	}
	drop_cells(r, 0);
	for (;;) {
		long line;
		enum row_status st = next_row(cr, &line);
		if (st == ROW_NONE)
			return cr->failed ? -1 : 0;
		if (st == ROW_UNCLOSED) {
			report_unclosed(r, r->quote_line);
			drop_cells(r, 0);
			cr->stopped = true;
			return 0;
		}
		if (row_is_blank(r, 0)) {
			drop_cells(r, 0);
			continue;
		}
		check_cells(r, sheet, 0, line);
		if (r->ncells > cr->cells_cap) {
			cr->cells_cap = r->ncells * 2;
			cr->cells = xreallocarray(cr->cells, cr->cells_cap, sizeof *cr->cells);
		}
		for (size_t i = 0; i < r->ncells; i++) {
			cr->cells[i] = r->pool + r->cells[i];
			if (!sheet->html)
				continue;
			/* With "#html:true": every data cell as text. */
			size_t n = strlen(cr->cells[i]), before = cr->unknown;
			if (csv_html_to_text(cr->cells[i], n, &cr->unknown) != n)
				sheet->html_cells++;
			if (cr->unknown > before && !cr->unknown_line)
				cr->unknown_line = line;
		}
		*row = (struct csv_row){ line, cr->cells, r->ncells };
		return 1;
	}
}

int csv_close(struct csv_reader *cr)
{
	if (!cr)
		return 0;
	struct reader *r = &cr->r;
	struct diag_list *diags = r->diags;
	if (!cr->anki && !cr->failed) {
		if (!cr->sheet->columns)
			diag_add(diags, DIAG_ERROR, r->file, 0, 0,
				 _("the sheet has no rows; its first row must name the columns (or "
				   "add a '#columns:' line)"));
		if (r->bad_cells > MAX_CELL_REPORTS) {
			unsigned long more_cells = (unsigned long)(r->bad_cells - MAX_CELL_REPORTS);
			diag_add(diags, DIAG_ERROR, r->file, r->unlisted_line, 0,
				 ngettext("%lu more cell, from this row on, has invalid UTF-8 or a "
					  "NUL character (not listed one by one)",
					  "%lu more cells, from this row on, have invalid UTF-8 or a "
					  "NUL character (not listed one by one)",
					  more_cells),
				 more_cells);
		}
	}
	if (cr->unknown)
		diag_add(diags, DIAG_WARNING, r->file, cr->unknown_line, 0,
			 ngettext("%zu HTML character reference (from this row on) is not known "
				  "and was kept as it is",
				  "%zu HTML character references (from this row on) are not known "
				  "and were kept as they are",
				  cr->unknown),
			 cr->unknown);
	bool errors = cr->failed || diags->errors > cr->errors || cr->quiet_errors;
	if (cr->is_quiet)
		diag_free(&cr->quiet);
	free(cr->h.columns);
	free(r->pool);
	free(r->cells);
	free(cr->buf);
	free(cr->cells);
	free(cr);
	return errors ? -1 : 0;
}

/* ---------------------------------------------------------------- whole text */

struct text_source {
	const char *text;
	size_t len;
	bool given;
};

static int text_read(void *ctx, const char **text, size_t *n)
{
	struct text_source *t = ctx;
	if (t->given)
		return 0;
	t->given = true;
	*text = t->text;
	*n = t->len;
	return 1;
}

int csv_parse(const char *text, size_t len, char sep_hint, const char *file,
	      struct diag_list *diags, struct csv_sheet *sheet)
{
	struct text_source t = { text, len, false };
	struct csv_source src = { text_read, &t };
	struct csv_reader *cr = csv_open(&src, sep_hint, file, diags, sheet);
	/* The cells of every row, one after the other in one pool: offsets first, since
	 * the pool moves as it grows. */
	size_t pool_len = 0, pool_cap = 0, ncells = 0, cells_cap = 0, rows_cap = 0;
	size_t *offsets = NULL;
	struct csv_row row;
	while (csv_next(cr, &row) > 0) {
		if (sheet->nrows == rows_cap) {
			rows_cap = rows_cap ? rows_cap * 2 : 256;
			sheet->rows = xreallocarray(sheet->rows, rows_cap, sizeof *sheet->rows);
		}
		sheet->rows[sheet->nrows++] = (struct csv_row){ row.line, NULL, row.ncells };
		for (size_t i = 0; i < row.ncells; i++) {
			size_t n = strlen(row.cells[i]) + 1;
			if (ncells == cells_cap) {
				cells_cap = cells_cap ? cells_cap * 2 : 1024;
				offsets = xreallocarray(offsets, cells_cap, sizeof *offsets);
			}
			if (pool_len + n > pool_cap) {
				pool_cap = pool_cap ? pool_cap : 4096;
				while (pool_len + n > pool_cap)
					pool_cap *= 2;
				sheet->text_pool = xrealloc(sheet->text_pool, pool_cap);
			}
			offsets[ncells++] = pool_len;
			memcpy(sheet->text_pool + pool_len, row.cells[i], n);
			pool_len += n;
		}
	}
	int status = csv_close(cr);
	if (ncells) {
		sheet->cell_pool = xreallocarray(NULL, ncells, sizeof *sheet->cell_pool);
		for (size_t i = 0; i < ncells; i++)
			sheet->cell_pool[i] = sheet->text_pool + offsets[i];
	}
	for (size_t i = 0, k = 0; i < sheet->nrows; i++) {
		sheet->rows[i].cells = sheet->cell_pool + k;
		k += sheet->rows[i].ncells;
	}
	free(offsets);
	return status;
}

void csv_free(struct csv_sheet *sheet)
{
	if (!sheet)
		return;
	free(sheet->handbook);
	free(sheet->type);
	free(sheet->lesson);
	free(sheet->tags);
	for (size_t i = 0; i < sheet->ncolumns; i++)
		free(sheet->columns[i]);
	free(sheet->columns);
	free(sheet->rows);
	free(sheet->cell_pool);
	free(sheet->text_pool);
	memset(sheet, 0, sizeof *sheet);
}
