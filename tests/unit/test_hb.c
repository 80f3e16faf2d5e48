/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unit tests of the handbook parser and checker: every rule of the format. */
#include <locale.h>

#include "hb.h"
#include "kana.h"
#include "unit.h"

#define HEAD                                                                                  \
	"%rec: Handbook\n\nid: t\ntitle: 测试\nsource: zh\nlanguages: en ja\n\n"              \
	"%rec: Lesson\n\nid: l1\ntitle: 第一课\n\n%rec: Phrase\n\n"

/* Parses text; returns all diagnostics, one formatted line each (static buffer). */
static const char *diags_of(const char *text, size_t len, size_t *errors, size_t *warnings,
			    struct hb_book **book_out)
{
	static char out[8192];
	struct diag_list d;
	diag_init(&d);
	struct hb_book *book = hb_parse(text, len, "t.hb", &d);
	diag_sort(&d);
	out[0] = '\0';
	for (size_t i = 0; i < d.n; i++) {
		char *line = diag_format(&d.v[i]);
		strncat(out, line, sizeof out - strlen(out) - 2);
		strcat(out, "\n");
		free(line);
	}
	if (errors)
		*errors = d.errors;
	if (warnings)
		*warnings = d.warnings;
	if (book_out)
		*book_out = book;
	else
		hb_book_free(book);
	diag_free(&d);
	return out;
}

static const char *diags(const char *text, size_t *errors, size_t *warnings)
{
	return diags_of(text, strlen(text), errors, warnings, NULL);
}

#define CHECK_HAS(haystack, needle)                                                           \
	do {                                                                                  \
		const char *h_ = (haystack);                                                  \
		if (!strstr(h_, (needle))) {                                                  \
			unit_failed_checks++;                                                 \
			printf("  %s:%d: missing \"%s\" in:\n%s", __FILE__, __LINE__, (needle), h_); \
		}                                                                             \
	} while (0)

static void valid_minimal(void)
{
	size_t e, w;
	struct hb_book *book;
	const char *text = HEAD "id: p1\nzh: 你好\nen: Hello\nja: こんにちは\n";
	const char *out = diags_of(text, strlen(text), &e, &w, &book);
	CHECK_INT(e, 0);
	CHECK_INT(w, 0);
	CHECK_STR(out, "");
	CHECK(book != NULL);
	CHECK_STR(book->id, "t");
	CHECK_INT(book->nlanguages, 2);
	CHECK_INT(book->nitems, 1);
	CHECK_STR(book->items[0].lesson, "l1");
	CHECK_INT(book->items[0].ntexts, 3);
	CHECK_STR(book->items[0].texts[1].lang, "en");
	hb_book_free(book);
}

static void comments_descriptors_continuations(void)
{
	size_t e, w;
	struct hb_book *book;
	const char *text = "# a comment\n%rec: Handbook\n%key: id\n\nid: t\ntitle: 测试\n"
			   "source: zh\nlanguages: en\n\n%rec: Lesson\n\nid: l1\ntitle: L\n"
			   "# comment inside a record\norder: 2\n\n%rec: Phrase\n%mandatory: id\n\n"
			   "id: p1\nzh: 你好\nen: Hello\nnote: 第一行\n+ 第二行\n+\n+ 第四行\n";
	diags_of(text, strlen(text), &e, &w, &book);
	CHECK_INT(e, 0);
	CHECK_INT(w, 0);
	CHECK_STR(book->items[0].note, "第一行第二行\n第四行");

	CHECK_INT(book->lessons[0].order, 2);
	CHECK(book->lessons[0].has_order);
	hb_book_free(book);
	/* A single line break is soft: a space between words, nothing next to Chinese
	 * or Japanese; blank lines end a paragraph, however many there are. */
	text = HEAD "id: p1\nzh: 你好\nen: Hello\nnote: Say it\n+ with a smile,\n+ 然后\n+ 问好。\n"
		    "+\n+\n+ 한국어는\n+ 띄어 씁니다.\n";
	book = NULL;
	CHECK_STR(diags_of(text, strlen(text), &e, &w, &book), "");
	CHECK_STR(book->items[0].note, "Say it with a smile,然后问好。\n한국어는 띄어 씁니다.");
	hb_book_free(book);
}

static void crlf_and_bom(void)
{
	size_t e, w;
	struct hb_book *book;
	const char *text = "\xef\xbb\xbf%rec: Handbook\r\n\r\nid: t\r\ntitle: T\r\nsource: zh\r\n"
			   "languages: en\r\n\r\n%rec: Lesson\r\n\r\nid: l1\r\ntitle: L\r\n\r\n"
			   "%rec: Phrase\r\n\r\nid: p1\r\nzh: 你好\r\nen: Hello\r\n";
	diags_of(text, strlen(text), &e, &w, &book);
	CHECK_INT(e, 0);
	CHECK_INT(w, 0);
	CHECK_STR(book->items[0].texts[1].text, "Hello");
	hb_book_free(book);
	/* Mixed line ends: one warning, at the first line that differs. */
	const char *mixed = "%rec: Handbook\r\n\r\nid: t\ntitle: T\r\nsource: zh\r\nlanguages: en\n"
			    "\n%rec: Lesson\n\nid: l1\ntitle: L\n\n%rec: Phrase\n\nid: p1\nzh: 你\n"
			    "en: Hi\n";
	const char *out = diags(mixed, &e, &w);
	CHECK_INT(e, 0);
	CHECK_INT(w, 1);
	CHECK_HAS(out, "t.hb:3: warning: mixed line ends");
}

static void missing_required(void)
{
	size_t e;
	CHECK_HAS(diags("%rec: Handbook\n\nid: t\nsource: zh\nlanguages: en\n", &e, NULL),
		  "t.hb:3: error: the Handbook record has no 'title' field");
	CHECK_HAS(diags("%rec: Handbook\n\nid: t\ntitle: T\nlanguages: en\n", &e, NULL),
		  "has no 'source' field");
	CHECK_HAS(diags("%rec: Handbook\n\nid: t\ntitle: T\nsource: zh\n", &e, NULL),
		  "has no 'languages' field");
	CHECK_HAS(diags(HEAD "id: p1\nen: Hello\n", &e, NULL),
		  "t.hb:15: error: phrase 'p1' has no 'zh' text");
	CHECK_HAS(diags(HEAD "id: p1\nzh: 你好\n", &e, NULL),
		  "phrase 'p1' has no text in any of the handbook's languages (en ja)");
	CHECK_HAS(diags(HEAD "zh: 你好\nen: Hi\n", &e, NULL), "Phrase record has no 'id' field");
	CHECK_HAS(diags("%rec: Handbook\n\nid: t\ntitle: T\nsource: zh\nlanguages: en\n\n"
			"%rec: Lesson\n\nid: l1\n",
			&e, NULL),
		  "lesson 'l1' has no 'title' field");
	CHECK_HAS(diags(HEAD "id: p1\nzh: 你\nen: Hi\nen_alt: x\nja_reading: y\n", &e, NULL),
		  "phrase 'p1' has 'ja_reading' but no 'ja' text");
}

static void handbook_first_and_once(void)
{
	size_t e;
	CHECK_HAS(diags("%rec: Phrase\n\nid: p\nzh: x\n", &e, NULL),
		  "t.hb:3: error: the file must start with a Handbook record");
	CHECK_HAS(diags("id: t\n", &e, NULL), "a field before any '%rec:' line");
	CHECK_HAS(diags(HEAD "id: p1\nzh: 你\nen: Hi\n\n%rec: Handbook\n\nid: u\ntitle: U\n", &e,
			NULL),
		  "t.hb:21: error: a second Handbook record");
}

static void repeated_and_unknown(void)
{
	size_t e;
	const char *out = diags(HEAD "id: p1\nzh: 你好\nzh: 您好\nen: Hi\nen_alt: Hey\nen_alt: Hello\n"
				     "readng: ni hao\ncolour: red\n",
				&e, NULL);
	CHECK_HAS(out, "t.hb:17: error: field 'zh' is repeated; it may appear only once");
	CHECK_HAS(out, "t.hb:21: error: unknown field 'readng' (did you mean 'en_reading'?)");
	CHECK_HAS(out, "t.hb:22: error: unknown field 'colour'");
	CHECK_INT(e, 3); /* en_alt may repeat */
	out = diags(HEAD "id: p1\nzh: 你\nen: Hi\nnote: a\nnote: b\ntgas: x\n", &e, NULL);
	CHECK_HAS(out, "field 'note' is repeated");
	CHECK_HAS(out, "unknown field 'tgas' (did you mean 'tags'?)");
	out = diags(HEAD "id: p1\nzh: 你\nen: Hi\nfr: Salut\n", &e, NULL);
	CHECK_HAS(out, "t.hb:18: error: 'fr': the handbook does not declare this language "
		       "(its languages: zh en ja)");
	out = diags("%rec: Glossary\n\nid: x\n", &e, NULL);
	CHECK_HAS(out, "t.hb:1: error: unknown record type 'Glossary'");
}

static void empty_and_malformed_lines(void)
{
	size_t e;
	const char *out = diags(HEAD "id: p1\nzh:\nen: Hi\n", &e, NULL);
	CHECK_HAS(out, "t.hb:16: error: field 'zh' has an empty value");
	out = diags(HEAD "id: p1\nzh: 你\nEn: Hi\n", &e, NULL);
	CHECK_HAS(out, "t.hb:17: error: expected 'name: value'");
	out = diags(HEAD "+ orphan\n", &e, NULL);
	CHECK_HAS(out, "t.hb:15: error: a continuation line ('+ ') must follow a field line");
}

static void ids(void)
{
	size_t e;
	const char *out = diags(HEAD "id: P-1\nzh: 你\nen: Hi\n", &e, NULL);
	CHECK_HAS(out, "t.hb:15: error: id 'P-1' is malformed");
	out = diags(HEAD "id: p1\nzh: 你\nen: Hi\n\nid: p1\nzh: 好\nen: Yo\n", &e, NULL);
	CHECK_HAS(out, "t.hb:19: error: id 'p1' is used twice in the handbook (first at t.hb:15)");
	out = diags("%rec: Handbook\n\nid: t\ntitle: T\nsource: zh\nlanguages: en\n\n%rec: Lesson\n\n"
		    "id: l1\ntitle: A\n\nid: l1\ntitle: B\n\n%rec: Phrase\n\nid: p\nzh: 你\nen: x\n",
		    &e, NULL);
	CHECK_HAS(out, "t.hb:13: error: lesson id 'l1' is used twice");
	CHECK(hb_valid_id("a"));
	CHECK(hb_valid_id("taxi-01.c_2"));
	CHECK(!hb_valid_id("-a"));
	CHECK(!hb_valid_id(""));
	CHECK(!hb_valid_id("a b"));
	char long_id[80];
	memset(long_id, 'a', 65);
	long_id[65] = '\0';
	CHECK(!hb_valid_id(long_id));
	long_id[64] = '\0';
	CHECK(hb_valid_id(long_id));
	CHECK(hb_valid_lang("zh", 2));
	CHECK(hb_valid_lang("zh_hant", 7));
	CHECK(hb_valid_lang("pt_br", 5));
	CHECK(!hb_valid_lang("z", 1));
	CHECK(!hb_valid_lang("ZH", 2));
	CHECK(!hb_valid_lang("engl", 4));
}

static void lessons(void)
{
	size_t e, w;
	const char *out = diags(HEAD "id: p1\nlesson: l9\nzh: 你\nen: Hi\n", &e, NULL);
	CHECK_HAS(out, "t.hb:16: error: 'p1' refers to lesson 'l9', which the handbook does not "
		       "have");
	out = diags("%rec: Handbook\n\nid: t\ntitle: T\nsource: zh\nlanguages: en\n\n"
		    "%rec: Phrase\n\nid: p1\nzh: 你\nen: Hi\n",
		    &e, NULL);
	CHECK_HAS(out, "t.hb:10: error: 'p1' belongs to no lesson");
	/* A lesson named before it is defined, and a lesson with no items. */
	struct hb_book *book;
	const char *text = "%rec: Handbook\n\nid: t\ntitle: T\nsource: zh\nlanguages: en\n\n"
			   "%rec: Lesson\n\nid: a\ntitle: A\n\n%rec: Phrase\n\nid: p1\nlesson: b\n"
			   "zh: 你\nen: Hi\n\n%rec: Lesson\n\nid: b\ntitle: B\n\nid: c\ntitle: C\n";
	out = diags_of(text, strlen(text), &e, &w, &book);
	CHECK_INT(e, 0);
	CHECK_HAS(out, "t.hb:10: warning: lesson 'a' has no phrases or courtesy items");
	CHECK_HAS(out, "t.hb:25: warning: lesson 'c' has no phrases or courtesy items");
	CHECK_STR(book->items[0].lesson, "b");
	hb_book_free(book);
}

static void courtesy(void)
{
	size_t e, w;
	struct hb_book *book;
	const char *text = HEAD "id: p1\nzh: 你\nen: Hi\n\n%rec: Courtesy\n\nid: c1\nregion: JP\n"
				"situation: 情况\n+ 第二行\noption_a: 甲\noption_b: 乙\noption_c: 丙\n"
				"answer: b\nexplanation: 因为\nreference: https://example.org/a\n"
				"reference: Book, p. 3\ntags: greeting\n";
	const char *out = diags_of(text, strlen(text), &e, &w, &book);
	CHECK_STR(out, "");
	CHECK_INT(book->nitems, 2);
	const struct hb_item *c = &book->items[1];
	CHECK_INT(c->kind, HB_COURTESY);
	CHECK_INT(c->noptions, 3);
	CHECK_INT(c->answer, 'b');
	CHECK_INT(c->nrefs, 2);
	CHECK_STR(c->situation, "情况第二行");
	hb_book_free(book);

	out = diags(HEAD "id: p1\nzh: 你\nen: Hi\n\n%rec: Courtesy\n\nid: c1\nsituation: s\n"
			 "option_a: a\noption_c: c\nanswer: d\nexplanation: e\n",
		    &e, NULL);
	CHECK_HAS(out, "error: courtesy 'c1': options must use consecutive letters from 'a'; "
		       "missing option_b");
	CHECK_HAS(out, "t.hb:25: error: courtesy 'c1': answer 'd' names no option (a, b, c)");
	out = diags(HEAD "id: p1\nzh: 你\nen: Hi\n\n%rec: Courtesy\n\nid: c1\nsituation: s\n"
			 "option_a: a\n",
		    &e, NULL);
	CHECK_HAS(out, "courtesy 'c1' needs at least option_a and option_b");
	CHECK_HAS(out, "courtesy 'c1' has no 'answer'");
	CHECK_HAS(out, "courtesy 'c1' has no 'explanation'");
	out = diags(HEAD "id: p1\nzh: 你\nen: Hi\n\n%rec: Courtesy\n\nid: c1\nsituation: s\n"
			 "option_a: a\noption_b: b\noption_g: g\nanswer: a\nexplanation: e\n",
		    &e, NULL);
	CHECK_HAS(out, "unknown field 'option_g'");
}

static void fields_values(void)
{
	size_t e;
	const char *out = diags(HEAD "id: p1\nzh: 你\nen: Hi\nregister: rude\n", &e, NULL);
	CHECK_HAS(out, "register 'rude' is not one of formal, polite, neutral or casual");
	out = diags("%rec: Handbook\n\nid: t\ntitle: T\nsource: chinese\nlanguages: en zh en\n"
		    "version: 0\n",
		    &e, NULL);
	CHECK_HAS(out, "source 'chinese' is not a language code");
	CHECK_HAS(out, "'en' appears twice in 'languages'");
	CHECK_HAS(out, "version '0' is not a positive whole number");
	out = diags("%rec: Handbook\n\nid: t\ntitle: T\nsource: zh\nlanguages: en\n\n"
		    "%rec: Lesson\n\nid: l\ntitle: L\norder: first\n",
		    &e, NULL);
	CHECK_HAS(out, "order 'first' is not a whole number");
}

static void bad_characters(void)
{
	size_t e;
	/* GBK bytes for 你好: invalid UTF-8, reported with the byte column. */
	const char *out = diags(HEAD "id: p1\nzh: \xc4\xe3\xba\xc3\nen: Hi\n", &e, NULL);
	CHECK_HAS(out, "t.hb:16:5: error: invalid UTF-8 (was the file saved as GBK? save it as "
		       "UTF-8)");
	out = diags(HEAD "id: p1\nzh: 你\nen: Hi\x1b[31m there\n", &e, NULL);
	CHECK_HAS(out, "t.hb:17:7: error: control character U+001B in 'en'");
	out = diags(HEAD "id: p1\nzh: 你\nen: Hi\xc2\x85\n", &e, NULL);
	CHECK_HAS(out, "control character U+0085 in 'en'");
	out = diags(HEAD "id: p1\nzh: 你\nen: abc\xe2\x80\xaeTXT.exe\n", &e, NULL);
	CHECK_HAS(out, "t.hb:17:8: error: bidirectional override U+202E in 'en'");
	out = diags(HEAD "id: p1\nzh: 你\nen: a\xe2\x81\xa6" "b\n", &e, NULL);
	CHECK_HAS(out, "bidirectional override U+2066");
	/* Invisible, unassigned and private-use, and overwide characters. */
	out = diags(HEAD "id: p1\nzh: 你\nen: Hel\xe2\x80\x8blo\n", &e, NULL);
	CHECK_HAS(out, "t.hb:17:8: error: invisible character U+200B in 'en'");
	out = diags(HEAD "id: p1\nzh: 你\nen: Hi\xc2\xad\n", &e, NULL);
	CHECK_HAS(out, "invisible character U+00AD in 'en'");
	out = diags(HEAD "id: p1\nzh: 你\nen: a\xee\x80\x80\n", &e, NULL);
	CHECK_HAS(out, "unassigned or private-use character U+E000 in 'en'");
	out = diags(HEAD "id: p1\nzh: 你\nen: \xef\xb7\xbd\n", &e, NULL);
	CHECK_HAS(out, "character U+FDFD in 'en' is drawn far wider");
	/* TAB: allowed in notes, not elsewhere. */
	out = diags(HEAD "id: p1\nzh: 你\nen: Hi\nnote: a\tb\n", &e, NULL);
	CHECK_INT(e, 0);
	out = diags(HEAD "id: p1\nzh: 你\nen: H\ti\n", &e, NULL);
	CHECK_HAS(out, "control character U+0009 in 'en'");
	/* NUL in the middle of a value. */
	static const char nul[] = HEAD "id: p1\nzh: 你\nen: H\0i\n";
	out = diags_of(nul, sizeof nul - 1, &e, NULL, NULL);
	CHECK_HAS(out, "control character U+0000 in 'en'");
}

static void warnings(void)
{
	size_t e, w;
	const char *out = diags(HEAD "id: p1\nzh: 你\nzh_reading: nǐ。\nen: Hello，sir\n"
				     "ja: こんにちは。\n",
				&e, &w);
	CHECK_HAS(out, "t.hb:17: warning: full-width punctuation '。' in 'zh_reading' text");
	CHECK_HAS(out, "t.hb:18: warning: full-width punctuation '，' in 'en' text");
	CHECK_INT(e, 0);
	CHECK_INT(w, 2); /* Japanese text may use 。 */
	out = diags(HEAD "id: p1\nzh: 你\nen:   Hi\nja: こんにちは\xe3\x80\x80\n", &e, &w);
	CHECK_HAS(out, "t.hb:17:5: warning: leading white space in the value of 'en'");
	CHECK_HAS(out, "t.hb:18: warning: leading or trailing white space in the value of 'ja'");
	char text[1024] = HEAD "id: p1\nzh: 你\nen: ";
	memset(text + strlen(text), 'a', 201);
	strcat(text, "\n");
	out = diags(text, &e, &w);
	CHECK_HAS(out, "t.hb:17: warning: 'en' text is over 200 characters (201)");
	CHECK_INT(e, 0);
}

static void every_problem_reported(void)
{
	size_t e, w;
	diags(HEAD "id: p1\nzh: 你\n\nid: p2\nen: Hi\n\nid: P3\nzh: x\nen: y\n\nid: p4\nzh: a\n"
		   "en: b\nbad: c\n",
	      &e, &w);
	CHECK_INT(e, 4);
}

static void nfc_values(void)
{
	struct hb_book *book;
	size_t e;
	const char *text = HEAD "id: p1\nzh: 你\nen: Cafe\xcc\x81\n";
	diags_of(text, strlen(text), &e, NULL, &book);
	CHECK_INT(e, 0);
	CHECK_STR(book->items[0].texts[1].text, "Caf\xc3\xa9");
	hb_book_free(book);
}

static void format_round_trip(void)
{
	struct hb_book *book;
	size_t e, w;
	const char *text = HEAD "id: p1\nzh: 你好\nzh_reading: nǐ hǎo\nen: Hello\nen_alt: Hi\n"
				"en_alt: Hey\nja: こんにちは\nnote: 第一行\n+ 第二行\nregister: polite\n"
				"tags: greeting\n\n%rec: Courtesy\n\nid: c1\nsituation: 情况\noption_a: 甲\n"
				"option_b: 乙\nanswer: a\nexplanation: 因为\nregion: JP\n"
				"reference: R1\n";
	diags_of(text, strlen(text), &e, &w, &book);
	CHECK_INT(e, 0);
	char *once = hb_format(book);
	struct hb_book *again;
	const char *out = diags_of(once, strlen(once), &e, &w, &again);
	CHECK_STR(out, "");
	char *twice = hb_format(again);
	CHECK_STR(twice, once);
	CHECK_INT(hb_item_digest(&book->items[0]), hb_item_digest(&again->items[0]));
	CHECK_INT(hb_item_digest(&book->items[1]), hb_item_digest(&again->items[1]));
	CHECK(hb_item_digest(&book->items[0]) != hb_item_digest(&book->items[1]));
	free(once);
	free(twice);
	hb_book_free(book);
	hb_book_free(again);
}

/* ja_kana: kana only, the same as ja_reading, a reading of ja; stored, written, digested. */
static void kana_reading(void)
{
	size_t e, w;
	struct hb_book *book;
	const char *text = HEAD "id: p1\nzh: 东京\nen: Tokyo\nja: 東京へ行きます。\n"
				"ja_reading: Tōkyō e ikimasu.\nja_kana: とうきょう へ いきます。\n";
	const char *out = diags_of(text, strlen(text), &e, &w, &book);
	CHECK_STR(out, "");
	CHECK_STR(book->items[0].texts[2].kana, "とうきょう へ いきます。");
	CHECK(book->items[0].texts[1].kana == NULL);
	char *written = hb_format(book);
	CHECK(strstr(written, "ja_reading: Tōkyō e ikimasu.\nja_kana: とうきょう へ いきます。\n") != NULL);
	struct hb_book *again;
	diags_of(written, strlen(written), &e, &w, &again);
	CHECK_INT(e + w, 0);
	CHECK_INT(hb_item_digest(&book->items[0]), hb_item_digest(&again->items[0]));
	/* The kana reading is part of what an item says. */
	struct hb_item changed = book->items[0];
	struct hb_text texts[3];
	memcpy(texts, changed.texts, sizeof texts);
	texts[2].kana = "とうきょう へ いきます";
	changed.texts = texts;
	CHECK(hb_item_digest(&changed) != hb_item_digest(&book->items[0]));
	free(written);
	hb_book_free(again);
	hb_book_free(book);

	/* Not kana; a romaji reading that says something else; kana the text does not
	 * have; a kana reading of another language; kana without a text. */
	out = diags(HEAD "id: p1\nzh: 一\nen: One\nja: 1泊\nja_kana: 1ぱく\n\n"
			 "id: p2\nzh: 二\nen: Two\nja: 東京へ\nja_reading: Tōkyō e\n"
			 "ja_kana: とうきょ へ\n\n"
			 "id: p3\nzh: 三\nen: Three\nja: 東京へ\nja_reading: Tōkyō e\n"
			 "ja_kana: とうきょう え\n\n"
			 "id: p4\nzh: 四\nen: Four\nja: 四\nen_kana: ふぉー\n\n"
			 "id: p5\nzh: 五\nen: Five\nja_kana: ご\n\n"
			 "id: p6\nzh: 六\nen: Six\nja: 六\nja_kana: ろく\nja_kana: むっつ\n",
		    &e, &w);
	CHECK_HAS(out, "t.hb:19: error: 'ja_kana' holds '1', which is not kana");
	CHECK_HAS(out, "t.hb:26: warning: 'ja_kana' does not say what 'ja_reading' says, from "
		       "'へ' on");
	CHECK_HAS(out, "t.hb:33: warning: 'ja_kana' is not a reading of the 'ja' text");
	CHECK_HAS(out, "t.hb:39: error: 'en_kana': a kana reading is for Japanese only");
	CHECK_HAS(out, "t.hb:41: error: phrase 'p5' has 'ja_kana' but no 'ja' text");
	CHECK_HAS(out, "t.hb:51: error: field 'ja_kana' is repeated");
	CHECK_INT(e, 4);
	CHECK_INT(w, 2);
	/* A misspelt field name is pointed at it. */
	out = diags(HEAD "id: p1\nzh: 一\nen: One\nja: 一\nja_kama: いち\n", &e, &w);
	CHECK_HAS(out, "unknown field 'ja_kama' (did you mean 'ja_kana'?)");
}

/* Romaji as the shipped handbooks write it, against kana. */
static void kana_romaji(void)
{
	static const char *const same[][2] = {
		{ "こんばんは、 いらっしゃいませ。", "konbanwa, irasshaimase." },
		{ "ごよやく は いただいて おります でしょう か。",
		  "goyoyaku wa itadaite orimasu deshō ka." },
		{ "ちょうしょくつき で、 いっぱく はっぴゃく げん で ございます。",
		  "chōshoku-tsuki de, ippaku happyaku gen de gozaimasu." },
		{ "オーシャンビュー の おへや", "ōshan byū no oheya" },
		{ "パスポート を はいけん", "pasupōto o haiken" },
		{ "おおきい ほてる", "ōkii hoteru" },
		{ "おおくり いたします", "ookuri itashimasu" },
		{ "せんせい", "sensei" },
		{ "まっちゃ を ください", "matcha o kudasai" },
		{ "ティッシュ と フォーク", "tisshu to fōku" },
		{ "ウィーチャット", "uīchatto" },
		{ "しんぶん", "shimbun" },
		{ "とうきょう", "Toukyou" },
		{ "とうきょう", "Tokyo" },
		{ "し つ ふ", "si tu hu" },
		{ "ジェット", "jetto" },
		{ "あっ、 はい", "a, hai" },
		{ "きんえん", "kin'en" },
		{ "リ で ございます", "Ri de gozaimasu" },
		{ "ひょうじ と はっぴゃく びょういん", "hyōji to happyaku byōin" },
		{ "きゃく しゃしん ちゃ じゃ にゅう みょうじ りょう ぎょう", "kyaku shashin cha ja nyū myōji ryō gyō" },
	};
	for (size_t i = 0; i < sizeof same / sizeof *same; i++) {
		long at = kana_romaji_mismatch(same[i][0], same[i][1], NULL);
		if (at != -1)
			printf("  %s / %s: parts at %ld\n", same[i][0], same[i][1], at);
		CHECK_INT(at, -1);
	}
	/* Where they part: the offset of the first kana the romaji does not spell. */
	CHECK_INT(kana_romaji_mismatch("きて", "kitte", NULL), 3);
	CHECK_INT(kana_romaji_mismatch("きって", "kite", NULL), 3);
	CHECK_INT(kana_romaji_mismatch("は", "ha ga", NULL), 0);
	CHECK_INT(kana_romaji_mismatch("にほん", "nihongo", NULL), 6);
	CHECK_INT(kana_romaji_mismatch("ありがとう", "arigato gozaimasu", NULL), 12);
	/* A word that the text writes in Latin letters may stay so in the romaji. */
	CHECK_INT(kana_romaji_mismatch("むりょう ワイファイ は", "muryō Wi-Fi wa", "無料Wi-Fiは"), -1);
	CHECK_INT(kana_romaji_mismatch("キューアール コード で", "QR kōdo de", "QRコードで"), -1);
	CHECK_INT(kana_romaji_mismatch("キューアール コード で", "QR kōdo de", "二次元コードで"), 0);
	CHECK(kana_romaji_mismatch("コード で", "QR kōdo de", "QRコードで") >= 0);
}

static void kana_chars_and_fit(void)
{
	uint32_t bad = 0;
	CHECK_INT(kana_check_chars("ひらがな カタカナ ー、。！？「」・〜", &bad), -1);
	CHECK_INT(kana_check_chars("とうきょう 東京", &bad), 16);
	CHECK_INT(bad, 0x6771);
	CHECK_INT(kana_check_chars("ab", &bad), 0);
	CHECK_INT(kana_check_chars("ﾊﾝｶｸ", &bad), 0); /* half-width kana: write them full width */
	CHECK(kana_fits("かわいいお子様ですね。", "かわいい おこさま です ね。"));
	CHECK(kana_fits("パスポートを拝見", "ぱすぽーと を はいけん")); /* katakana as hiragana */
	CHECK(kana_fits("1泊800元", "いっぱく はっぴゃく げん"));
	CHECK(!kana_fits("お子様ですね", "おこさま でしょう ね"));
	CHECK(kana_fits("Alipayと1,000元", "アリペイ と せん げん"));
	CHECK(kana_fits("WeChat Pay", "ウィーチャット ペイ"));
	CHECK(!kana_fits("WeChat Pay", "ペ"));
	CHECK(!kana_fits("子供", "")); /* a kanji reads at least one kana */
	CHECK(!kana_fits("東京", "と")); /* two kanji, one kana */
	CHECK(!kana_fits("東京へ", "とうきょう"));
}

static void kana_word_split(void)
{
	char **w;
	size_t n = kana_words("ご予約はいただいておりますでしょうか。",
			      "ごよやく は いただいて おります でしょう か。", &w);
	CHECK_INT(n, 6);
	if (n == 6) {
		CHECK_STR(w[0], "ご予約");
		CHECK_STR(w[1], "は");
		CHECK_STR(w[4], "でしょう");
		CHECK_STR(w[5], "か。");
	}
	kana_words_free(w, n);
	/* Punctuation stays with the word before it, an opening bracket goes with the
	 * word after it. */
	n = kana_words("はい、「どうぞ」と言いました。", "はい、 「どうぞ」 と いいました。", &w);
	CHECK_INT(n, 4);
	if (n == 4) {
		CHECK_STR(w[0], "はい、");
		CHECK_STR(w[1], "「どうぞ」");
		CHECK_STR(w[3], "言いました。");
	}
	kana_words_free(w, n);
	/* A word boundary inside a run of kanji that the reading does not decide is not cut:
	 * 予約係 could be よ|やくがかり as well as よやく|がかり. */
	n = kana_words("予約係の李です", "よやく がかり の り です", &w);
	CHECK_INT(n, 4);
	if (n == 4) {
		CHECK_STR(w[0], "予約係");
		CHECK_STR(w[1], "の");
		CHECK_STR(w[2], "李");
		CHECK_STR(w[3], "です");
	}
	kana_words_free(w, n);
	/* A reading without spaces: one word.  A reading that does not fit: none. */
	n = kana_words("お子様", "おこさま", &w);
	CHECK_INT(n, 1);
	kana_words_free(w, n);
	n = kana_words("お子様ですね", "おこさま でしょう ね", &w);
	CHECK_INT(n, 0);
	CHECK(w == NULL);
	n = kana_words("お子様", NULL, &w);
	CHECK_INT(n, 0);
	CHECK(w == NULL);
}

static void derived_ids(void)
{
	char a[32], b[32], c[32];
	hb_derived_id("请给我发票。", a, sizeof a);
	hb_derived_id("请给我发票。", b, sizeof b);
	hb_derived_id("请给我发票", c, sizeof c);
	CHECK_STR(a, b);
	CHECK(strcmp(a, c) != 0);
	CHECK(hb_valid_id(a));
	CHECK_INT(strlen(a), 13);
}

int main(void)
{
	unit_program = "test_hb";
	setlocale(LC_ALL, "C.UTF-8");
	RUN(valid_minimal);
	RUN(comments_descriptors_continuations);
	RUN(crlf_and_bom);
	RUN(missing_required);
	RUN(handbook_first_and_once);
	RUN(repeated_and_unknown);
	RUN(empty_and_malformed_lines);
	RUN(ids);
	RUN(lessons);
	RUN(courtesy);
	RUN(fields_values);
	RUN(bad_characters);
	RUN(warnings);
	RUN(every_problem_reported);
	RUN(nfc_values);
	RUN(format_round_trip);
	RUN(derived_ids);
	RUN(kana_reading);
	RUN(kana_romaji);
	RUN(kana_chars_and_fit);
	RUN(kana_word_split);
	return unit_done();
}
