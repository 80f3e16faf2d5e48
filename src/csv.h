/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Spreadsheet reader: RFC 4180 CSV and TSV, with Anki-style "#name:value" header
 * lines at the top of the file, read a row at a time.
 *
 * Input is already-decoded text (see text_decoder_feed()), given a piece at a time;
 * only the row being read is held, so memory does not grow with the sheet.  A row
 * is at most 4 MB long.  Quoted cells may hold
 * separators, quotes ("" for one) and newlines (kept as LF); CRLF, LF and a lone CR
 * end rows; a blank line, or one whose cells are all empty or white space, is
 * skipped; rows may be ragged (the importer reports them).  Each cell is checked to
 * be valid UTF-8 without NUL and reported by row and column name if it is not. */
#ifndef CORDIAL_CSV_H
#define CORDIAL_CSV_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

struct csv_row {
	long line;     /* physical line on which the row starts (1-based) */
	char **cells;  /* NUL-terminated cells, unquoted */
	size_t ncells;
};

struct csv_sheet {
	char sep;              /* the separator used: '\t', ',', ';' or '|' */
	char *handbook;        /* "#handbook:" value, or NULL */
	char *type;            /* "#type:" value, or NULL */
	char *lesson;          /* "#lesson:" value, or NULL */
	char *tags;            /* "#tags:" value: tags for every row, or NULL */
	bool html;             /* "#html:true": the cells were converted from HTML */
	size_t html_cells;     /* cells that the conversion changed */
	bool columns_from_row; /* no "#columns:" line: the first row named the columns */
	char **columns;        /* column names from "#columns:" or the first row */
	size_t ncolumns;
	long columns_line;     /* line of the column names */
	/* csv_parse() only: the data rows, not counting the column-name row. */
	struct csv_row *rows;
	size_t nrows;
	/* Storage behind rows[].cells, private to csv.c. */
	char **cell_pool;
	char *text_pool;
};

/* Where a sheet's text comes from: read() sets *text and *n to the next piece
 * (valid until the next call) and returns 1, or 0 at the end, or -1 when the text
 * cannot be read (the source keeps why). */
struct csv_source {
	int (*read)(void *ctx, const char **text, size_t *n);
	void *ctx;
};

struct csv_reader;

/* Reads the header lines and the column names of a sheet into `sheet` (which is
 * overwritten; its rows stay empty), as csv_parse() does; the rows follow through
 * csv_next().  With diags NULL nothing is reported.  The source and the sheet must
 * outlive the reader; close it with csv_close() in every case. */
struct csv_reader *csv_open(const struct csv_source *src, char sep_hint, const char *file,
			    struct diag_list *diags, struct csv_sheet *sheet);
/* The next data row: 1 with *row set (its cells are valid until the next call), 0
 * when there are no more (or no more can be read: an unclosed quote, a row longer
 * than 4 MB), -1 when the source failed. */
int csv_next(struct csv_reader *reader, struct csv_row *row);
/* Reports what is told at the end of a sheet (no rows, the bad cells not listed, the
 * HTML references not known) and frees the reader; accepts NULL.  Returns 0 when no
 * error was added since csv_open() and the source did not fail, -1 otherwise. */
int csv_close(struct csv_reader *reader);

/* Parses a whole text[0..len) into sheet->rows, through the reader.  sep_hint is
 * the separator to assume when there is no "#separator:" line ('\t' for a .tsv file), or 0 to guess from the first row (the
 * most frequent of tab, comma, semicolon and pipe outside quotes; tab wins ties).
 * The sheet is overwritten; the caller frees it with csv_free() in every case.
 * Problems go to diags as errors or warnings tagged with `file`; returns 0 when no
 * error was added, -1 otherwise (the sheet is still filled as far as it could be).
 * Header lines are Anki's ("#separator:", "#html:", "#tags:", "#columns:",
 * "#guid column:", "#tags column:", "#notetype column:", "#deck column:", and
 * "#notetype:", "#deck:", "#if matches:", which are only warned about) and
 * cordial's ("#handbook:", "#type:", "#lesson:", "#ignore column:").  Column names
 * are lower-cased; the columns named by a "... column:N" line get the name "guid",
 * "tags" or "ignore".  With "#html:true" every data cell is converted with
 * csv_html_to_text().  Unknown "#name:" header lines are warnings. */
int csv_parse(const char *text, size_t len, char sep_hint, const char *file,
	      struct diag_list *diags, struct csv_sheet *sheet);

/* Converts HTML to plain text in place: tags are removed, <br> and the ends of
 * blocks (div, p, li, ...) become line breaks, runs of white space one space,
 * character references (named, decimal and hexadecimal) their characters.  The
 * text never grows.  Returns the new length; *unknown counts the named references
 * that were not recognised (kept as they are). */
size_t csv_html_to_text(char *s, size_t n, size_t *unknown);

/* Frees everything the sheet holds; accepts a zeroed sheet. */
void csv_free(struct csv_sheet *sheet);

#endif
