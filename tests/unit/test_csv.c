/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unit tests of csv.c: quoting, line ends, header lines, separators and bad input. */
#include <locale.h>

#include "csv.h"
#include "text.h"
#include "unit.h"

#define S(lit) lit, sizeof(lit) - 1

/* Parses a literal; the diagnostics are kept in *d for the checks. */
static int parse(const char *text, size_t len, char sep, struct diag_list *d,
		 struct csv_sheet *sheet)
{
	diag_init(d);
	return csv_parse(text, len, sep, "t.csv", d, sheet);
}

/* Whether a diagnostic of that level, on that line, contains `part`. */
static int has_diag(const struct diag_list *d, enum diag_level level, long line,
		    const char *part)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].level == level && d->v[i].line == line && strstr(d->v[i].msg, part))
			return 1;
	return 0;
}

static void dump_diags(const struct diag_list *d)
{
	for (size_t i = 0; i < d->n; i++) {
		char *s = diag_format(&d->v[i]);
		printf("    diag: %s\n", s);
		free(s);
	}
}

static const char *cell(const struct csv_sheet *sheet, size_t row, size_t col)
{
	if (row >= sheet->nrows || col >= sheet->rows[row].ncells)
		return NULL;
	return sheet->rows[row].cells[col];
}

static void test_simple(void)
{
	struct diag_list d;
	struct csv_sheet sh;
	CHECK_INT(parse(S("id,zh,en\n1,你好,Hello\n2,谢谢,Thanks\n"), 0, &d, &sh), 0);
	CHECK_INT(sh.sep, ',');
	CHECK_INT(sh.ncolumns, 3);
	CHECK_STR(sh.columns[0], "id");
	CHECK_STR(sh.columns[2], "en");
	CHECK_INT(sh.columns_line, 1);
	CHECK_INT(sh.nrows, 2);
	CHECK_INT(sh.rows[0].line, 2);
	CHECK_INT(sh.rows[0].ncells, 3);
	CHECK_STR(cell(&sh, 0, 1), "你好");
	CHECK_STR(cell(&sh, 1, 2), "Thanks");
	CHECK_INT(sh.rows[1].line, 3);
	CHECK(sh.handbook == NULL && sh.type == NULL && sh.lesson == NULL);
	CHECK_INT(d.n, 0);
	csv_free(&sh);
	diag_free(&d);
	/* a zeroed sheet and a freed one can be freed again */
	csv_free(&sh);
}

static void test_quoting(void)
{
	struct diag_list d;
	struct csv_sheet sh;
	const char text[] = "id,en,note\n"
			    "1,\"Hello, world\",\"She said \"\"hi\"\"\"\n"
			    "2,\"two\nlines\",\"crlf\r\ninside\"\n"
			    "3,\"\",\"\"\"\"\n"
			    "4,x\"y,\"a,b\"\n";
	CHECK_INT(parse(S(text), 0, &d, &sh), 0);
	CHECK_INT(sh.nrows, 4);
	CHECK_STR(cell(&sh, 0, 1), "Hello, world");
	CHECK_STR(cell(&sh, 0, 2), "She said \"hi\"");
	CHECK_STR(cell(&sh, 1, 1), "two\nlines");
	CHECK_STR(cell(&sh, 1, 2), "crlf\ninside");
	CHECK_INT(sh.rows[1].line, 3);
	/* that row spans lines 3 to 5: one LF and one CRLF inside its cells */
	CHECK_INT(sh.rows[2].line, 6);
	CHECK_STR(cell(&sh, 2, 1), "");
	CHECK_STR(cell(&sh, 2, 2), "\"");
	/* a quote inside an unquoted cell is kept as it is */
	CHECK_STR(cell(&sh, 3, 1), "x\"y");
	CHECK_STR(cell(&sh, 3, 2), "a,b");
	CHECK_INT(sh.rows[3].line, 7);
	CHECK_INT(d.n, 0);
	csv_free(&sh);
	diag_free(&d);
}

static void test_empty_and_ragged(void)
{
	struct diag_list d;
	struct csv_sheet sh;
	CHECK_INT(parse(S("a,b,c\n1,,3\n,,x\n4,5\n6,7,8,9\n10,11,\n"), 0, &d, &sh), 0);
	CHECK_INT(sh.nrows, 5);
	CHECK_STR(cell(&sh, 0, 1), "");
	CHECK_STR(cell(&sh, 1, 0), "");
	CHECK_STR(cell(&sh, 1, 2), "x");
	CHECK_INT(sh.rows[2].ncells, 2);
	CHECK_INT(sh.rows[3].ncells, 4);
	CHECK_STR(cell(&sh, 3, 3), "9");
	CHECK_INT(sh.rows[4].ncells, 3);
	CHECK_STR(cell(&sh, 4, 2), "");
	CHECK_INT(d.n, 0);
	csv_free(&sh);
	diag_free(&d);
}

static void test_line_ends(void)
{
	struct diag_list d;
	struct csv_sheet sh;
	/* CRLF, no newline at the end */
	CHECK_INT(parse(S("id;en\r\n1;one\r\n2;two"), 0, &d, &sh), 0);
	CHECK_INT(sh.sep, ';');
	CHECK_INT(sh.nrows, 2);
	CHECK_STR(sh.columns[1], "en");
	CHECK_STR(cell(&sh, 0, 1), "one");
	CHECK_STR(cell(&sh, 1, 1), "two");
	CHECK_INT(sh.rows[1].line, 3);
	csv_free(&sh);
	diag_free(&d);
	/* a quoted last cell at the very end, and an empty last cell at the end */
	CHECK_INT(parse(S("id,en\n1,\"one\""), 0, &d, &sh), 0);
	CHECK_STR(cell(&sh, 0, 1), "one");
	csv_free(&sh);
	diag_free(&d);
	CHECK_INT(parse(S("id,en\n1,"), 0, &d, &sh), 0);
	CHECK_INT(sh.rows[0].ncells, 2);
	CHECK_STR(cell(&sh, 0, 1), "");
	csv_free(&sh);
	diag_free(&d);
	/* a lone CR (old Mac files) ends a row too */
	CHECK_INT(parse(S("id,en\r1,one\r"), 0, &d, &sh), 0);
	CHECK_INT(sh.nrows, 1);
	CHECK_INT(sh.rows[0].line, 2);
	csv_free(&sh);
	diag_free(&d);
}

static void test_blank_lines(void)
{
	struct diag_list d;
	struct csv_sheet sh;
	CHECK_INT(parse(S("\n\nid,en\n\n1,one\r\n\r\n,,\n  \n2,two\n\n"), 0, &d, &sh), 0);
	CHECK_INT(sh.columns_line, 3);
	CHECK_INT(sh.nrows, 2);
	CHECK_INT(sh.rows[0].line, 5);
	CHECK_INT(sh.rows[1].line, 9);
	CHECK_STR(cell(&sh, 1, 1), "two");
	csv_free(&sh);
	diag_free(&d);
}

static void test_headers(void)
{
	struct diag_list d;
	struct csv_sheet sh;
	const char text[] = "#separator:Semicolon\n"
			    "#handbook: taxi \n"
			    "#TYPE:phrase\n"
			    "# a comment for the editors\n"
			    "#lesson:taxi-01\n"
			    "#columns: id ; zh;en\n"
			    "1;你好;Hello\n"
			    "#2;#not a comment;x\n";
	CHECK_INT(parse(S(text), ',', &d, &sh), 0);
	CHECK_INT(sh.sep, ';');
	CHECK_STR(sh.handbook, "taxi");
	CHECK_STR(sh.type, "phrase");
	CHECK_STR(sh.lesson, "taxi-01");
	CHECK_INT(sh.ncolumns, 3);
	CHECK_STR(sh.columns[0], "id");
	CHECK_STR(sh.columns[1], "zh");
	CHECK_INT(sh.columns_line, 6);
	CHECK_INT(sh.nrows, 2);
	CHECK_INT(sh.rows[0].line, 7);
	CHECK_STR(cell(&sh, 0, 0), "1");
	/* '#' after the first row is data */
	CHECK_STR(cell(&sh, 1, 0), "#2");
	CHECK_STR(cell(&sh, 1, 1), "#not a comment");
	CHECK_INT(d.n, 0);
	csv_free(&sh);
	diag_free(&d);
}

static void test_header_order_and_names(void)
{
	struct diag_list d;
	struct csv_sheet sh;
	/* #columns before #separator is split with the separator given later */
	CHECK_INT(parse(S("#columns:id|zh|en\r\n#separator:pipe\r\n1|你好|Hello, sir\r\n"), 0, &d,
			&sh),
		  0);
	CHECK_INT(sh.sep, '|');
	CHECK_INT(sh.ncolumns, 3);
	CHECK_STR(sh.columns[2], "en");
	CHECK_STR(cell(&sh, 0, 2), "Hello, sir");
	csv_free(&sh);
	diag_free(&d);
	/* a literal tab as the separator, names in any case, quoted column names */
	CHECK_INT(parse(S("#separator:\t\n#Columns:\"id\"\t\"en\"\n1\ta,b\n"), 0, &d, &sh), 0);
	CHECK_INT(sh.sep, '\t');
	CHECK_STR(sh.columns[0], "id");
	CHECK_STR(cell(&sh, 0, 1), "a,b");
	csv_free(&sh);
	diag_free(&d);
	CHECK_INT(parse(S("#separator: TAB\nid\ten\n"), ',', &d, &sh), 0);
	CHECK_INT(sh.sep, '\t');
	CHECK_INT(sh.ncolumns, 2);
	CHECK_INT(sh.nrows, 0);
	csv_free(&sh);
	diag_free(&d);
	/* header lines typed into a spreadsheet's first column come with empty cells */
	CHECK_INT(parse(S("#separator:Semicolon;;\r\n#handbook: taxi ;;\r\nid;en\r\n"), 0, &d,
			&sh),
		  0);
	CHECK_INT(sh.sep, ';');
	CHECK_STR(sh.handbook, "taxi");
	csv_free(&sh);
	diag_free(&d);
	CHECK_INT(parse(S("#separator:,\nid;x,en\n"), 0, &d, &sh), 0);
	CHECK_INT(sh.sep, ',');
	CHECK_STR(sh.columns[0], "id;x");
	csv_free(&sh);
	diag_free(&d);
}

static void test_header_problems(void)
{
	struct diag_list d;
	struct csv_sheet sh;
	const char text[] = "#deck:taxi\n"
			    "#separator:colon\n"
			    "#lesson:\n"
			    "#handbook:a\n"
			    "#handbook:b\n"
			    "id,en\n"
			    "1,one\n";
	CHECK_INT(parse(S(text), 0, &d, &sh), -1);
	CHECK(has_diag(&d, DIAG_WARNING, 1, "'#deck:'"));
	CHECK(has_diag(&d, DIAG_ERROR, 2, "unknown separator 'colon'"));
	CHECK(has_diag(&d, DIAG_ERROR, 3, "'#lesson:' has no value"));
	CHECK(has_diag(&d, DIAG_WARNING, 5, "'#handbook:'"));
	CHECK_INT(d.errors, 2);
	CHECK_INT(d.warnings, 2);
	CHECK_STR(sh.handbook, "b");
	CHECK(sh.lesson == NULL);
	/* the sheet is still read, with a guessed separator */
	CHECK_INT(sh.sep, ',');
	CHECK_INT(sh.nrows, 1);
	csv_free(&sh);
	diag_free(&d);
	/* only warnings: success */
	CHECK_INT(parse(S("#x-note:hello\nid\n1\n"), 0, &d, &sh), 0);
	CHECK_INT(d.warnings, 1);
	csv_free(&sh);
	diag_free(&d);
}

static void test_guess(void)
{
	struct diag_list d;
	struct csv_sheet sh;
	struct {
		const char *text;
		char hint, want;
	} cases[] = {
		{ "id\tzh\ten\n", 0, '\t' },
		{ "id,zh,en\n", 0, ',' },
		{ "id;zh;en\n", 0, ';' },
		{ "id|zh|en\n", 0, '|' },
		/* separators inside quotes do not count */
		{ "\"a,b,c,d\";x;y\n", 0, ';' },
		/* a quoted newline in the first row does not end it */
		{ "\"a\nb\"|c,d|e|f\n", 0, '|' },
		/* ties go to tab; no separator at all means one column */
		{ "a\tb,c\n", 0, '\t' },
		{ "a,b;c\n", 0, ',' },
		{ "one column\n", 0, '\t' },
		/* the first row after the header lines and blank lines */
		{ "#handbook:x\n\nid;en,x;y\n", 0, ';' },
		/* with no data, the #columns line */
		{ "#columns:id;en\n", 0, ';' },
		/* the hint is used without guessing; #separator wins over it */
		{ "a,b,c\tx\n", '\t', '\t' },
		{ "#separator:Comma\na\tb,c\n", '\t', ',' },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		parse(cases[i].text, strlen(cases[i].text), cases[i].hint, &d, &sh);
		if (sh.sep != cases[i].want)
			printf("  case %zu: got separator '%c'\n", i, sh.sep);
		CHECK_INT(sh.sep, cases[i].want);
		csv_free(&sh);
		diag_free(&d);
	}
}

static void test_unclosed_quote(void)
{
	struct diag_list d;
	struct csv_sheet sh;
	CHECK_INT(parse(S("id,en\n1,one\n2,\"two\n3,three\n4,four\n"), 0, &d, &sh), -1);
	CHECK_INT(d.errors, 1);
	CHECK(has_diag(&d, DIAG_ERROR, 3, "never closed"));
	if (!d.errors)
		dump_diags(&d);
	/* the rows before it are kept */
	CHECK_INT(sh.nrows, 1);
	CHECK_STR(cell(&sh, 0, 1), "one");
	csv_free(&sh);
	diag_free(&d);
	/* in the #columns line */
	CHECK_INT(parse(S("#columns:id,\"en\n1,one\n"), 0, &d, &sh), -1);
	CHECK(has_diag(&d, DIAG_ERROR, 1, "never closed"));
	csv_free(&sh);
	diag_free(&d);
}

static void test_stray_quote(void)
{
	struct diag_list d;
	struct csv_sheet sh;
	/* Tab-separated text exported without quoting: quotes are text, silently. */
	CHECK_INT(parse(S("id\tnote\n1\t\"Hi,\" he said.\n2\t\"Hurry\n3\t\"x\"\ty\n"), 0, &d,
			&sh),
		  0);
	CHECK_INT(d.n, 0);
	CHECK_INT(sh.nrows, 3);
	CHECK_STR(cell(&sh, 0, 1), "\"Hi,\" he said.");
	CHECK_STR(cell(&sh, 1, 1), "\"Hurry");
	CHECK_STR(cell(&sh, 2, 1), "x");
	csv_free(&sh);
	diag_free(&d);
	/* In a CSV file the same is kept as it is, with a warning. */
	CHECK_INT(parse(S("id,note\n1,\"Hi\" said he\n"), 0, &d, &sh), 0);
	CHECK(has_diag(&d, DIAG_WARNING, 2, "column 'note'"));
	CHECK(has_diag(&d, DIAG_WARNING, 2, "quotes included"));
	CHECK_STR(cell(&sh, 0, 1), "\"Hi\" said he");
	csv_free(&sh);
	diag_free(&d);
}

static void test_column_names(void)
{
	struct diag_list d;
	struct csv_sheet sh;
	CHECK_INT(parse(S(" id ,\xE3\x80\x80zh\t,,en, \n1,2,3,4,5\n"), 0, &d, &sh), -1);
	CHECK_INT(sh.ncolumns, 5);
	CHECK_STR(sh.columns[0], "id");
	CHECK_STR(sh.columns[1], "zh");
	CHECK(has_diag(&d, DIAG_ERROR, 1, "column 3 has no name"));
	CHECK(has_diag(&d, DIAG_ERROR, 1, "column 5 has no name"));
	CHECK_INT(d.errors, 2);
	csv_free(&sh);
	diag_free(&d);
	/* tab-separated: names are trimmed of blanks */
	CHECK_INT(parse(S("id\t zh \n"), '\t', &d, &sh), 0);
	CHECK_STR(sh.columns[1], "zh");
	csv_free(&sh);
	diag_free(&d);
	CHECK_INT(parse(S("#columns:id,en,\n1,2,3\n"), 0, &d, &sh), -1);
	CHECK(has_diag(&d, DIAG_ERROR, 1, "column 3 has no name in the '#columns:' line"));
	csv_free(&sh);
	diag_free(&d);
	CHECK_INT(parse(S("id,en,EN,en,zh,en,zh\n"), 0, &d, &sh), -1);
	CHECK(has_diag(&d, DIAG_ERROR, 1, "columns 2 and 4 have the same name 'en'"));
	CHECK(has_diag(&d, DIAG_ERROR, 1, "columns 2 and 6 have the same name 'en'"));
	CHECK(has_diag(&d, DIAG_ERROR, 1, "columns 5 and 7 have the same name 'zh'"));
	/* names are matched without case */
	CHECK(has_diag(&d, DIAG_ERROR, 1, "columns 2 and 3 have the same name 'en'"));
	CHECK_INT(d.errors, 4);
	csv_free(&sh);
	diag_free(&d);
	/* Excel's range is wider than the named columns: one message for the run */
	CHECK_INT(parse(S("id,en,,,\n1,2,,,x\n"), 0, &d, &sh), -1);
	CHECK(has_diag(&d, DIAG_ERROR, 1, "columns 3 to 5 have no name"));
	CHECK_INT(d.errors, 1);
	csv_free(&sh);
	diag_free(&d);
}

static void test_invalid_utf8(void)
{
	struct diag_list d;
	struct csv_sheet sh;
	CHECK_INT(parse(S("id,zh,en\n1,你好,Hello\n2,\xC4\xE3\xBA\xC3,Hi\n3,x,caf\xE9\n4,y,z,\xFF\n"),
			0, &d, &sh),
		  -1);
	CHECK(has_diag(&d, DIAG_ERROR, 3, "column 'zh': invalid UTF-8"));
	CHECK(has_diag(&d, DIAG_ERROR, 3, "--encoding gb18030"));
	CHECK(has_diag(&d, DIAG_ERROR, 4, "column 'en': invalid UTF-8"));
	/* a cell beyond the named columns is named by its number */
	CHECK(has_diag(&d, DIAG_ERROR, 5, "column 4: invalid UTF-8"));
	CHECK_INT(d.errors, 3);
	CHECK_INT(sh.nrows, 4);
	csv_free(&sh);
	diag_free(&d);
	/* a column name */
	CHECK_INT(parse(S("id,\xC4\xE3\n"), 0, &d, &sh), -1);
	CHECK(has_diag(&d, DIAG_ERROR, 1, "column 2: the name is not valid UTF-8"));
	csv_free(&sh);
	diag_free(&d);
	/* a header line */
	CHECK_INT(parse(S("#handbook:\xC4\xE3\nid\n"), 0, &d, &sh), -1);
	CHECK(has_diag(&d, DIAG_ERROR, 1, "header line is not valid UTF-8"));
	csv_free(&sh);
	diag_free(&d);
	/* NUL, as in UTF-16 without a byte-order mark */
	CHECK_INT(parse(S("id,en\n1,o\0n\0e\n"), 0, &d, &sh), -1);
	CHECK(has_diag(&d, DIAG_ERROR, 2, "column 'en': the cell holds a NUL"));
	csv_free(&sh);
	diag_free(&d);
}

static void test_many_invalid(void)
{
	/* every row bad: ten are listed, then one line counts the rest */
	char text[4096] = "id,zh\n";
	for (int i = 0; i < 25; i++)
		snprintf(text + strlen(text), sizeof text - strlen(text), "%d,\xC4\xE3\n", i);
	struct diag_list d;
	struct csv_sheet sh;
	CHECK_INT(parse(text, strlen(text), 0, &d, &sh), -1);
	CHECK_INT(d.errors, 11);
	CHECK(has_diag(&d, DIAG_ERROR, 12, "15 more cells"));
	CHECK_INT(sh.nrows, 25);
	csv_free(&sh);
	diag_free(&d);
}

static void test_gbk_file(void)
{
	size_t len, n;
	char *raw = unit_slurp("tests/data/csv/phrases-gbk.csv", &len), *text, err[256];
	struct diag_list d;
	struct csv_sheet sh;
	CHECK_INT(parse(raw, len, 0, &d, &sh), -1);
	CHECK(has_diag(&d, DIAG_ERROR, 2, "column 'zh': invalid UTF-8"));
	csv_free(&sh);
	diag_free(&d);
	/* what --encoding gb18030 does */
	CHECK_INT(text_decode(raw, len, "gb18030", &text, &n, err, sizeof err), 0);
	CHECK_INT(parse(text, n, 0, &d, &sh), 0);
	CHECK_INT(sh.nrows, 2);
	CHECK_STR(cell(&sh, 0, 1), "你好");
	CHECK_STR(cell(&sh, 1, 2), "Thank you, driver");
	csv_free(&sh);
	diag_free(&d);
	free(text);
	free(raw);
}

static void test_excel_unicode_text(void)
{
	size_t len, n;
	char *raw = unit_slurp("tests/data/csv/excel-unicode-text.txt", &len), *text, err[256];
	CHECK_INT(text_decode(raw, len, NULL, &text, &n, err, sizeof err), 0);
	struct diag_list d;
	struct csv_sheet sh;
	CHECK_INT(parse(text, n, 0, &d, &sh), 0);
	CHECK_INT(sh.sep, '\t');
	CHECK_INT(sh.ncolumns, 4);
	CHECK_STR(sh.columns[0], "id");
	CHECK_STR(sh.columns[3], "note");
	CHECK_INT(sh.nrows, 3);
	CHECK_STR(cell(&sh, 0, 1), "您好！请问您去哪里？");
	CHECK_STR(cell(&sh, 0, 3), "");
	CHECK_STR(cell(&sh, 1, 3), "Line one\nline two with \"quotes\"");
	CHECK_INT(sh.rows[2].line, 5);
	CHECK_STR(cell(&sh, 2, 2), "Here we are.");
	CHECK_INT(d.n, 0);
	csv_free(&sh);
	diag_free(&d);
	free(text);
	free(raw);
}

static void test_empty_input(void)
{
	struct diag_list d;
	struct csv_sheet sh;
	CHECK_INT(parse(S(""), 0, &d, &sh), -1);
	CHECK(has_diag(&d, DIAG_ERROR, 0, "no rows"));
	CHECK_INT(sh.nrows, 0);
	csv_free(&sh);
	diag_free(&d);
	CHECK_INT(parse(S("\xEF\xBB\xBF#handbook:x\n\n"), 0, &d, &sh), -1);
	csv_free(&sh);
	diag_free(&d);
	/* names and no rows is fine: the importer decides */
	CHECK_INT(parse(S("\xEF\xBB\xBFid,en\n"), 0, &d, &sh), 0);
	CHECK_STR(sh.columns[0], "id");
	CHECK_INT(sh.nrows, 0);
	csv_free(&sh);
	diag_free(&d);
}

static void test_big(void)
{
	/* 200,000 rows of about 60 bytes: one pass, a handful of allocations */
	const size_t rows = 200000;
	const char row[] = "taxi-01-%06zu,请问您去哪里？,\"Where, please?\",note %zu\n";
	size_t cap = rows * 80 + 64, len = 0;
	char *text = malloc(cap);
	len += (size_t)snprintf(text, cap, "id,zh,en,note\n");
	for (size_t i = 0; i < rows; i++)
		len += (size_t)snprintf(text + len, cap - len, row, i, i);
	struct diag_list d;
	struct csv_sheet sh;
	CHECK_INT(parse(text, len, 0, &d, &sh), 0);
	CHECK_INT(sh.nrows, rows);
	CHECK_STR(cell(&sh, rows - 1, 0), "taxi-01-199999");
	CHECK_STR(cell(&sh, rows - 1, 2), "Where, please?");
	CHECK_STR(cell(&sh, rows - 1, 3), "note 199999");
	CHECK_INT(sh.rows[rows - 1].line, (long)rows + 1);
	csv_free(&sh);
	diag_free(&d);
	free(text);
}

static char *html(const char *in)
{
	static char buf[512];
	snprintf(buf, sizeof buf, "%s", in);
	size_t unknown = 0;
	size_t n = csv_html_to_text(buf, strlen(buf), &unknown);
	buf[n] = '\0';
	return buf;
}

static void test_html(void)
{
	CHECK_STR(html("Hello! <b>Where</b> would you like to go?"),
		  "Hello! Where would you like to go?");
	CHECK_STR(html("\xE5\x88\xB0\xE4\xBA\x86&nbsp;35&nbsp;x"),
		  "\xE5\x88\xB0\xE4\xBA\x86\xC2\xA0" "35\xC2\xA0x");
	CHECK_STR(html("a<br>b<br />c"), "a\nb\nc");
	CHECK_STR(html("<div>one</div><div>two</div>"), "one\ntwo");
	CHECK_STR(html("x &lt;y&gt; &amp; &quot;q&quot; &#39;s&#x27; &eacute;&Omega;&omega;&euro;"),
		  "x <y> & \"q\" 's' \xC3\xA9\xCE\xA9\xCF\x89\xE2\x82\xAC");
	CHECK_STR(html("&#x1F600;&#0;&#xD800;"), "\xF0\x9F\x98\x80\xEF\xBF\xBD\xEF\xBF\xBD");
	CHECK_STR(html("  a \n  b  "), "a b");
	CHECK_STR(html("1 < 2 & 3 > 2; &bogus; &"), "1 < 2 & 3 > 2; &bogus; &");
	CHECK_STR(html("a<!-- note -->b<style>p{}</style>c<script>x()</script>d"), "abcd");
	size_t unknown = 0;
	char t[] = "&bogus; &nope;";
	csv_html_to_text(t, strlen(t), &unknown);
	CHECK_INT(unknown, 2);
}

/* A file as Anki's "Notes in Plain Text" export writes it, with a #columns: line. */
static void test_anki_headers(void)
{
	struct diag_list d;
	struct csv_sheet sh;
	const char text[] = "#separator:tab\n"
			    "#html:true\n"
			    "#guid column:1\n"
			    "#notetype column:2\n"
			    "#deck column:3\n"
			    "#tags column:6\n"
			    "#deck:Taxi\n"
			    "#if matches:update current\n"
			    "#tags:imported\n"
			    "#columns:guid\tnotetype\tdeck\tZH\tEn\ttags\n"
			    "a1B\tBasic\tTaxi\t\xE4\xBD\xA0&nbsp;\xE5\xA5\xBD\t<b>Hi</b><br>there\tgreet\n";
	CHECK_INT(parse(S(text), 0, &d, &sh), 0);
	CHECK(sh.html);
	CHECK_STR(sh.tags, "imported");
	CHECK_STR(sh.columns[0], "guid");
	CHECK_STR(sh.columns[1], "ignore");
	CHECK_STR(sh.columns[2], "ignore");
	CHECK_STR(sh.columns[3], "zh");
	CHECK_STR(sh.columns[4], "en");
	CHECK_STR(sh.columns[5], "tags");
	CHECK_STR(cell(&sh, 0, 4), "Hi\nthere");
	CHECK_STR(cell(&sh, 0, 3), "\xE4\xBD\xA0\xC2\xA0\xE5\xA5\xBD");
	CHECK_INT(sh.html_cells, 2);
	CHECK(has_diag(&d, DIAG_WARNING, 7, "'#deck:' is an Anki header line"));
	CHECK(has_diag(&d, DIAG_WARNING, 8, "'#if matches:' is an Anki header line"));
	CHECK_INT(d.warnings, 2);
	csv_free(&sh);
	diag_free(&d);
	/* without #html:true the text stays as it is */
	CHECK_INT(parse(S("#html:false\nzh,en\na,<b>b</b>\n"), 0, &d, &sh), 0);
	CHECK_STR(cell(&sh, 0, 1), "<b>b</b>");
	csv_free(&sh);
	diag_free(&d);
	/* column headers without #columns: the names of the others are asked for */
	CHECK_INT(parse(S("#separator:tab\n#guid column:1\n#tags column:4\nx\ty\tz\tt\n"), 0, &d,
			&sh),
		  -1);
	CHECK(has_diag(&d, DIAG_ERROR, 2, "'#columns:guid\\tfield1\\tfield2\\ttags'"));
	csv_free(&sh);
	diag_free(&d);
	CHECK_INT(parse(S("#tags column:x\n#ignore column:2 3\n#columns:a,b,c\n"), 0, &d, &sh), -1);
	CHECK(has_diag(&d, DIAG_ERROR, 1, "needs a column number"));
	CHECK_STR(sh.columns[1], "ignore");
	CHECK_STR(sh.columns[2], "ignore");
	csv_free(&sh);
	diag_free(&d);
}

/* A '#' line right after the header lines is a row that would be lost: warned. */
static void test_hash_row(void)
{
	struct diag_list d;
	struct csv_sheet sh;
	CHECK_INT(parse(S("#columns:zh,en\n# a comment\n#1 bus,Bus one\nzh2,en2\n"), 0, &d, &sh),
		  0);
	CHECK(has_diag(&d, DIAG_WARNING, 3, "so it was skipped"));
	CHECK_INT(d.warnings, 1);
	CHECK_INT(sh.nrows, 1);
	CHECK_INT(sh.columns_from_row, 0);
	csv_free(&sh);
	diag_free(&d);
	CHECK_INT(parse(S("zh,en\n\"#1 bus\",Bus one\n"), 0, &d, &sh), 0);
	CHECK_STR(cell(&sh, 0, 0), "#1 bus");
	CHECK_INT(sh.columns_from_row, 1);
	csv_free(&sh);
	diag_free(&d);
}

/* The text handed out `piece` bytes at a time. */
struct pieces {
	const char *text;
	size_t len, pos, piece;
};

static int pieces_read(void *ctx, const char **text, size_t *n)
{
	struct pieces *p = ctx;
	if (p->pos >= p->len)
		return 0;
	*text = p->text + p->pos;
	*n = p->len - p->pos < p->piece ? p->len - p->pos : p->piece;
	p->pos += *n;
	return 1;
}

/* Reads the text through csv_open() in pieces of every size from 1 byte and checks
 * that the columns, rows, cells and diagnostics are those of the whole text read at
 * once. */
static void check_pieces(const char *text, size_t len, char sep)
{
	struct diag_list whole_d;
	struct csv_sheet whole;
	int whole_rc = parse(text, len, sep, &whole_d, &whole);
	for (size_t piece = 1; piece <= len + 1; piece++) {
		struct pieces p = { text, len, 0, piece };
		struct csv_source src = { pieces_read, &p };
		struct diag_list d;
		struct csv_sheet sh;
		diag_init(&d);
		struct csv_reader *cr = csv_open(&src, sep, "t.csv", &d, &sh);
		CHECK_INT(sh.ncolumns, whole.ncolumns);
		for (size_t c = 0; c < sh.ncolumns && c < whole.ncolumns; c++)
			CHECK_STR(sh.columns[c], whole.columns[c]);
		CHECK_INT(sh.sep, whole.sep);
		CHECK_INT(sh.columns_line, whole.columns_line);
		struct csv_row row;
		size_t r = 0;
		while (csv_next(cr, &row) > 0) {
			CHECK(r < whole.nrows);
			if (r >= whole.nrows)
				break;
			CHECK_INT(row.line, whole.rows[r].line);
			CHECK_INT(row.ncells, whole.rows[r].ncells);
			for (size_t c = 0; c < row.ncells && c < whole.rows[r].ncells; c++)
				CHECK_STR(row.cells[c], whole.rows[r].cells[c]);
			r++;
		}
		CHECK_INT(r, whole.nrows);
		CHECK_INT(csv_close(cr), whole_rc);
		CHECK_INT(sh.html_cells, whole.html_cells);
		CHECK_INT(d.n, whole_d.n);
		for (size_t i = 0; i < d.n && i < whole_d.n; i++) {
			CHECK_INT(d.v[i].line, whole_d.v[i].line);
			CHECK_STR(d.v[i].msg, whole_d.v[i].msg);
		}
		csv_free(&sh);
		diag_free(&d);
	}
	csv_free(&whole);
	diag_free(&whole_d);
}

static void test_pieces(void)
{
	check_pieces(S("\xEF\xBB\xBFid,zh,en\r\n1,\"你\r\n好\",\"Say \"\"hi\"\"\"\r\n\r\n2,谢谢,Thanks\r"), 0);
	check_pieces(S("#separator:tab\n#html:true\n#columns:id\tzh\ten\n"
		       "1\t<b>你好</b>&nbsp;\tHi<br>there &bogus;\n2\t\"x\ty\"\t\"a\nb\"\n"), 0);
	/* A quote in a TSV cell that is never closed is text. */
	check_pieces(S("zh\ten\n\"你好\tHi, \" he said.\n谢谢\tThanks\n"), '\t');
	check_pieces(S("zh\ten\n\"你好\tHi\n谢谢\tThanks\n"), '\t');
	/* A CSV quote never closed, a stray quote, a bad cell, a ragged row. */
	check_pieces(S("zh,en\n\"a\"b,c\n\xff,x\n1,2,3\n\"open,x\ny,z\n"), 0);
	check_pieces(S("#guid column:1\n#notetype:Basic\nabc\tq\ta\n"), 0);
	check_pieces(S("\n\n  \n#handbook:taxi,,,\n# a comment\nzh;en\n\n你好;Hello\r\n"), 0);
	check_pieces(S("#columns:zh,en\n"), 0);
	check_pieces(S(""), 0);
}

/* A row longer than 4 MB is told and ends the reading; a quote in a TSV cell that
 * would close only after that is text. */
static void test_overlong_row(void)
{
	size_t big = (size_t)5 << 20;
	char *text = malloc(big + 64);
	size_t n = (size_t)sprintf(text, "zh,en\n\"");
	memset(text + n, 'x', big);
	n += big;
	n += (size_t)sprintf(text + n, "\",y\nlast,row\n");
	struct pieces p = { text, n, 0, 1 << 16 };
	struct csv_source src = { pieces_read, &p };
	struct diag_list d;
	struct csv_sheet sh;
	diag_init(&d);
	struct csv_reader *cr = csv_open(&src, 0, "t.csv", &d, &sh);
	struct csv_row row;
	CHECK_INT(csv_next(cr, &row), 0);
	CHECK_INT(csv_close(cr), -1);
	CHECK(has_diag(&d, DIAG_ERROR, 2, "longer than 4 MB"));
	csv_free(&sh);
	diag_free(&d);

	n = (size_t)sprintf(text, "zh\ten\n\"a\tb\n");
	for (int i = 0; i < 5; i++) {
		memset(text + n, 'x', (size_t)1 << 20);
		n += (size_t)1 << 20;
		text[n++] = '\n';
	}
	n += (size_t)sprintf(text + n, "\"\tend\nlast\trow\n");
	p = (struct pieces){ text, n, 0, 1 << 16 };
	diag_init(&d);
	cr = csv_open(&src, '\t', "t.tsv", &d, &sh);
	CHECK_INT(csv_next(cr, &row), 1);
	CHECK_INT(row.line, 2);
	CHECK(!strcmp(row.cells[0], "\"a"));
	for (long i = 0; i < 5; i++) {
		CHECK_INT(csv_next(cr, &row), 1);
		CHECK_INT(row.line, 3 + i);
		CHECK_INT(strlen(row.cells[0]), (size_t)1 << 20);
	}
	CHECK_INT(csv_next(cr, &row), 1);
	CHECK_INT(row.line, 8);
	CHECK(!strcmp(row.cells[0], "\"") && !strcmp(row.cells[1], "end"));
	CHECK_INT(csv_next(cr, &row), 1);
	CHECK_STR(row.cells[0], "last");
	CHECK_INT(csv_next(cr, &row), 0);
	CHECK_INT(csv_close(cr), 0);
	csv_free(&sh);
	diag_free(&d);
	free(text);
}

int main(void)
{
	unit_program = "test_csv";
	setlocale(LC_ALL, "C.UTF-8");
	RUN(test_simple);
	RUN(test_quoting);
	RUN(test_empty_and_ragged);
	RUN(test_line_ends);
	RUN(test_blank_lines);
	RUN(test_headers);
	RUN(test_header_order_and_names);
	RUN(test_header_problems);
	RUN(test_guess);
	RUN(test_unclosed_quote);
	RUN(test_stray_quote);
	RUN(test_column_names);
	RUN(test_invalid_utf8);
	RUN(test_many_invalid);
	RUN(test_gbk_file);
	RUN(test_excel_unicode_text);
	RUN(test_empty_input);
	RUN(test_html);
	RUN(test_anki_headers);
	RUN(test_hash_row);
	RUN(test_big);
	RUN(test_pieces);
	RUN(test_overlong_row);
	return unit_done();
}
