/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unit tests of text.c: validation, normalization, decoding, sanitizing and layout. */
#include <locale.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "text.h"
#include "unit.h"

#define S(lit) lit, sizeof(lit) - 1

static void test_utf8_valid(void)
{
	CHECK_INT(text_utf8_invalid(S("")), -1);
	CHECK_INT(text_utf8_invalid(S("plain ASCII")), -1);
	CHECK_INT(text_utf8_invalid(S("你好 こんにちは 안녕 é 😀")), -1);
	CHECK_INT(text_length(S("你好 é😀")), 5);
	CHECK_INT(text_length(S("e\xCC\x81")), 2);
}

static void test_utf8_invalid(void)
{
	/* overlong '/' */
	CHECK_INT(text_utf8_invalid(S("ab\xC0\xAF")), 2);
	/* overlong NUL, three bytes */
	CHECK_INT(text_utf8_invalid(S("\xE0\x80\x80")), 0);
	/* UTF-16 surrogate U+D800 */
	CHECK_INT(text_utf8_invalid(S("x\xED\xA0\x80y")), 1);
	/* truncated: the first two bytes of 你 at the end */
	CHECK_INT(text_utf8_invalid(S("ok\xE4\xBD")), 2);
	/* truncated in the middle */
	CHECK_INT(text_utf8_invalid(S("\xE4\xBD" "abc")), 0);
	/* a lone continuation byte, and beyond U+10FFFF */
	CHECK_INT(text_utf8_invalid(S("a\x80")), 1);
	CHECK_INT(text_utf8_invalid(S("\xF4\x90\x80\x80")), 0);
	/* GBK bytes of 你好 */
	CHECK_INT(text_utf8_invalid(S("\xC4\xE3\xBA\xC3")), 0);
}

static void test_nfc(void)
{
	char *s = text_nfc(S("Cafe\xCC\x81"));
	CHECK_STR(s, "Café");
	CHECK_INT(strlen(s), 5);
	free(s);
	/* conjoining jamo become one syllable */
	s = text_nfc(S("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB"));
	CHECK_STR(s, "한");
	free(s);
	s = text_nfc(S(""));
	CHECK_STR(s, "");
	free(s);
	/* NFC keeps compatibility characters */
	s = text_nfc(S("ＡＢＣ㍿"));
	CHECK_STR(s, "ＡＢＣ㍿");
	free(s);
}

static void test_fold(void)
{
	char *a = text_fold(S("ＡＢＣ")), *b = text_fold(S("abc"));
	CHECK_STR(a, b);
	CHECK_STR(a, "abc");
	free(a);
	free(b);
	a = text_fold(S("Straße"));
	b = text_fold(S("STRASSE"));
	CHECK_STR(a, b);
	CHECK_STR(a, "strasse");
	free(a);
	free(b);
	/* decomposed and composed meet; half-width katakana becomes full-width */
	a = text_fold(S("CAFE\xCC\x81 ｶﾀｶﾅ"));
	CHECK_STR(a, "café カタカナ");
	free(a);
	a = text_fold(S("İstanbul"));
	b = text_fold(S("i\xCC\x87stanbul"));
	CHECK_STR(a, b);
	free(a);
	free(b);
	a = text_fold(S(""));
	CHECK_STR(a, "");
	free(a);
}

static void test_trim(void)
{
	size_t len;
	const char *t = text_trim(S(" \t\xE3\x80\x80id\xC2\xA0 "), &len);
	CHECK_INT(len, 2);
	CHECK(!strncmp(t, "id", 2));
	text_trim(S(" \t "), &len);
	CHECK_INT(len, 0);
	t = text_trim(S("\xEF\xBB\xBFzh"), &len);
	CHECK_INT(len, 2);
	CHECK(!strncmp(t, "zh", 2));
	t = text_trim(S("a b"), &len);
	CHECK_INT(len, 3);
}

static void test_decode_passthrough(void)
{
	char *out, err[256];
	size_t n;
	CHECK_INT(text_decode(S("\xEF\xBB\xBFid,zh"), NULL, &out, &n, err, sizeof err), 0);
	CHECK_STR(out, "id,zh");
	CHECK_INT(n, 5);
	free(out);
	/* not validated here: the caller reports invalid UTF-8 with context */
	CHECK_INT(text_decode(S("a\xC4\xE3"), NULL, &out, &n, err, sizeof err), 0);
	CHECK_INT(n, 3);
	CHECK(!memcmp(out, "a\xC4\xE3", 4));
	free(out);
	CHECK_INT(text_decode(S(""), NULL, &out, &n, err, sizeof err), 0);
	CHECK_STR(out, "");
	free(out);
}

static void test_decode_gbk(void)
{
	size_t len, n;
	char *buf = unit_slurp("tests/data/text/hello-gbk.txt", &len), *out, err[256];
	CHECK(text_utf8_invalid(buf, len) >= 0);
	CHECK_INT(text_decode(buf, len, "GBK", &out, &n, err, sizeof err), 0);
	CHECK_STR(out, "你好，世界！\n谢谢。\n");
	CHECK_INT(n, strlen(out));
	free(out);
	CHECK_INT(text_decode(buf, len, "gb18030", &out, &n, err, sizeof err), 0);
	CHECK_STR(out, "你好，世界！\n谢谢。\n");
	free(out);
	free(buf);
	/* a stateful encoding: UTF-7 shifts into base64 and back (ISO-2022-JP would do,
	 * but its gconv module makes valgrind report the loader) */
	CHECK_INT(text_decode(S("+MFMwkzBrMGEwbw-!"), "UTF-7", &out, &n, err, sizeof err), 0);
	CHECK_STR(out, "こんにちは!");
	free(out);
	CHECK_INT(text_decode(S("Hi +MFMwkzBrMGEwbw"), "UTF-7", &out, &n, err, sizeof err), 0);
	CHECK_STR(out, "Hi こんにちは");
	free(out);
	/* an explicit UTF-8 is checked */
	CHECK_INT(text_decode(S("ok\xC0\xAF"), "UTF-8", &out, &n, err, sizeof err), -1);
	CHECK(strstr(err, "offset 2") != NULL);
}

static void test_decode_utf16(void)
{
	size_t len, n;
	char *buf = unit_slurp("tests/data/text/hello-utf16le-bom.txt", &len), *out, err[256];
	CHECK_INT(text_decode(buf, len, NULL, &out, &n, err, sizeof err), 0);
	CHECK_STR(out, "你好 hello\r\n안녕 😀\r\n");
	free(out);
	/* the byte-order mark decides even when an encoding is given */
	CHECK_INT(text_decode(buf, len, "gb18030", &out, &n, err, sizeof err), 0);
	CHECK_STR(out, "你好 hello\r\n안녕 😀\r\n");
	free(out);
	free(buf);
	/* big-endian, with the BOM dropped */
	CHECK_INT(text_decode(S("\xFE\xFF\x00h\x4F\x60"), NULL, &out, &n, err, sizeof err), 0);
	CHECK_STR(out, "h你");
	free(out);
}

static void test_decode_errors(void)
{
	char *out = (char *)"unset", err[256];
	size_t n;
	CHECK_INT(text_decode(S("abc"), "NO-SUCH-ENCODING-X", &out, &n, err, sizeof err), -1);
	CHECK(out == NULL);
	CHECK(strstr(err, "NO-SUCH-ENCODING-X") != NULL);
	/* 0x81 0x20 is not a GBK character; it starts at byte 3 */
	CHECK_INT(text_decode(S("abc\x81\x20xyz"), "GBK", &out, &n, err, sizeof err), -1);
	CHECK(strstr(err, "offset 3") != NULL);
	/* a lone high surrogate in UTF-16LE, after the 2-byte BOM and one character */
	CHECK_INT(text_decode(S("\xFF\xFE" "a\x00\x00\xD8" "b\x00"), NULL, &out, &n, err,
			      sizeof err),
		  -1);
	CHECK(strstr(err, "offset 4") != NULL);
	/* odd length: the last character is cut */
	CHECK_INT(text_decode(S("\xFF\xFE" "a\x00" "b"), NULL, &out, &n, err, sizeof err), -1);
	CHECK(strstr(err, "offset 4") != NULL);
	/* a long latin1 text grows the output buffer */
	char latin[3000];
	memset(latin, '\xE9', sizeof latin);
	CHECK_INT(text_decode(latin, sizeof latin, "latin1", &out, &n, err, sizeof err), 0);
	CHECK_INT(n, 6000);
	CHECK(!memcmp(out, "éé", 4));
	free(out);
}

static void test_sanitize_hostile(void)
{
	struct {
		const char *in, *want;
	} cases[] = {
		/* OSC title set, with BEL: ESC and BEL stay visible as U+FFFD */
		{ "A\x1b]0;PWNED\x07" "B", "A\xEF\xBF\xBD]0;PWNED\xEF\xBF\xBD" "B" },
		{ "C\x1b[31mD", "C\xEF\xBF\xBD[31mD" },
		/* C1 CSI (U+009B) and NEL (U+0085) */
		{ "x\xC2\x9B" "2Jy", "x\xEF\xBF\xBD" "2Jy" },
		{ "a\xC2\x85" "b", "a b" },
		/* right-to-left override and isolates are dropped */
		{ "admin\xE2\x80\xAEtxt.exe", "admintxt.exe" },
		{ "\xE2\x81\xA6x\xE2\x81\xA9", "x" },
		{ "line1\r\nline2\tTab", "line1  line2 Tab" },
		{ "over\rwrite", "over write" },
		{ "soft\xC2\xAD" "hyphen", "softhyphen" },
		/* ZWJ and VS16 are dropped: terminals disagree on their width */
		{ "family 👨\xE2\x80\x8D👩\xE2\x80\x8D👧 ❤\xEF\xB8\x8F", "family 👨👩👧 ❤" },
		/* tag characters (Cf), private use, unassigned, invalid bytes */
		{ "tag\xF3\xA0\x81\x81smuggle", "tagsmuggle" },
		{ "p\xEE\x80\x80u", "p\xEF\xBF\xBDu" },
		{ "bad\xC0\xAF", "bad\xEF\xBF\xBD\xEF\xBF\xBD" },
		{ "DEL\x7f", "DEL\xEF\xBF\xBD" },
		{ "nul", "nul" },
		/* NFC */
		{ "Cafe\xCC\x81", "Café" },
		{ "你好，世界", "你好，世界" },
		{ "U+2028\xE2\x80\xA8U+2029\xE2\x80\xA9", "U+2028 U+2029 " },
		{ "", "" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *s = text_sanitize(cases[i].in, strlen(cases[i].in));
		CHECK_STR(s, cases[i].want);
		free(s);
	}
	/* an embedded NUL is a control too */
	char *s = text_sanitize(S("a\0b"));
	CHECK_STR(s, "a\xEF\xBF\xBD" "b");
	free(s);
}

static void test_sanitize_lines(void)
{
	char *s = text_sanitize_lines(S("one\r\ntwo\nthree\rfour\x1b[2J"));
	CHECK_STR(s, "one\ntwo\nthree four\xEF\xBF\xBD[2J");
	free(s);
	s = text_sanitize(S("one\ntwo"));
	CHECK_STR(s, "one two");
	free(s);
}

static void test_width(void)
{
	CHECK_INT(text_width(S("你好")), 4);
	CHECK_INT(text_width(S("こんにちは")), 10);
	CHECK_INT(text_width(S("ｺﾝﾆﾁﾊ")), 5);
	CHECK_INT(text_width(S("안녕")), 4);
	CHECK_INT(text_width(S("e\xCC\x81")), 1);
	CHECK_INT(text_width(S("é")), 1);
	CHECK_INT(text_width(S("😀")), 2);
	CHECK_INT(text_width(S("👍🏽")), 4);
	CHECK_INT(text_width(S("🇯🇵")), 2);
	CHECK_INT(text_width(S("Hello, 世界")), 11);
	CHECK_INT(text_width(S("")), 0);
	/* what sanitizing leaves of a family emoji */
	char *s = text_sanitize(S("👨\xE2\x80\x8D👩"));
	CHECK_INT(text_width(s, strlen(s)), 4);
	free(s);
}

static void test_clip(void)
{
	int w;
	/* 5 columns of 你好世界 hold two characters, never half of the third */
	CHECK_INT(text_clip(S("你好世界"), 5, &w), 6);
	CHECK_INT(w, 4);
	CHECK_INT(text_clip(S("你好世界"), 8, &w), 12);
	CHECK_INT(w, 8);
	CHECK_INT(text_clip(S("你好世界"), 1, &w), 0);
	CHECK_INT(w, 0);
	/* e + combining acute stays whole */
	CHECK_INT(text_clip(S("ae\xCC\x81x"), 2, &w), 4);
	CHECK_INT(w, 2);
	CHECK_INT(text_clip(S("ae\xCC\x81x"), 1, &w), 1);
	CHECK_INT(w, 1);
	/* a flag is one cluster of two code points */
	CHECK_INT(text_clip(S("🇯🇵🇰🇷"), 3, &w), 8);
	CHECK_INT(w, 2);
	/* decomposed Hangul: three jamo, one cluster */
	CHECK_INT(text_clip(S("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB!"), 2, &w), 9);
	CHECK_INT(text_clip(S("abc"), 10, &w), 3);
	CHECK_INT(w, 3);
	CHECK_INT(text_clip(S("abc"), 0, &w), 0);
	CHECK_INT(text_clip(S(""), 5, &w), 0);
}

static void test_graphemes(void)
{
	size_t *starts;
	size_t n = text_graphemes(S("ae\xCC\x81🇯🇵\r\nx"), &starts);
	CHECK_INT(n, 5);
	if (n == 5) {
		CHECK_INT(starts[0], 0);
		CHECK_INT(starts[1], 1);
		CHECK_INT(starts[2], 4);
		CHECK_INT(starts[3], 12);
		CHECK_INT(starts[4], 14);
	}
	free(starts);
	CHECK_INT(text_graphemes(S(""), &starts), 0);
	free(starts);
}

/* Collects wrapped lines as "line|line|...". */
struct lines {
	char buf[1024];
	int count;
};

static void collect(const char *line, size_t len, void *ctx)
{
	struct lines *l = ctx;
	size_t used = strlen(l->buf);
	snprintf(l->buf + used, sizeof l->buf - used, "%s%.*s", l->count ? "|" : "", (int)len,
		 line);
	l->count++;
}

static const char *wrap(const char *s, int cols, struct lines *l)
{
	memset(l, 0, sizeof *l);
	text_wrap(s, strlen(s), cols, collect, l);
	return l->buf;
}

static void test_wrap(void)
{
	struct lines l;
	CHECK_STR(wrap("我们明天去北京。Let's meet at the station tomorrow morning. "
		       "駅で会いましょう。",
		       20, &l),
		  "我们明天去北京。|Let's meet at the|station tomorrow|morning. 駅で会いま|"
		  "しょう。");
	CHECK_STR(wrap("Supercalifragilisticexpialidocious", 10, &l),
		  "Supercalif|ragilistic|expialidoc|ious");
	CHECK_STR(wrap("hello world", 5, &l), "hello|world");
	CHECK_STR(wrap("hello   world  ", 8, &l), "hello|world");
	/* LF is a hard break; an empty line stays */
	CHECK_STR(wrap("one\n\ntwo three", 20, &l), "one||two three");
	CHECK_INT(l.count, 3);
	CHECK_STR(wrap("end\n", 20, &l), "end");
	CHECK_INT(l.count, 1);
	CHECK_STR(wrap("", 20, &l), "");
	CHECK_INT(l.count, 0);
	/* a long word is cut between clusters, not inside é */
	CHECK_STR(wrap("ee\xCC\x81" "eee", 2, &l), "ee\xCC\x81|ee|e");
	/* CJK is cut between characters, and a wide one never overflows */
	CHECK_STR(wrap("你好世界", 3, &l), "你|好|世|界");
	CHECK_STR(wrap("出租车 taxi 司机 driver", 9, &l), "出租车|taxi 司机|driver");
	/* the line is not longer than the width even when it cannot fit one column */
	CHECK_STR(wrap("你好", 1, &l), "你|好");
}

static void test_soft_break(void)
{
	CHECK_INT(text_soft_break_is_space("word", 4, "next", 4), true);
	CHECK_INT(text_soft_break_is_space("居高临", 9, "下", 3), false);
	CHECK_INT(text_soft_break_is_space("Hello,", 6, "你好", 6), false);
	CHECK_INT(text_soft_break_is_space("说 \"OK\"，", strlen("说 \"OK\"，"), "then", 4), false);
	CHECK_INT(text_soft_break_is_space("はい", 6, "ok", 2), false);
	CHECK_INT(text_soft_break_is_space("한국어는", 12, "띄어", 6), true);
	CHECK_INT(text_soft_break_is_space("", 0, "x", 1), false);
}

/* The quick paths of text_nfc() and text_fold() give what libunistring gives. */
static void test_quick_paths_agree(void)
{
	static const char *const samples[] = {
		"Hello World", "请给我发票。", "こんにちは", "カタカナー", "안녕하세요",
		"\xea\xb0\x80\xe1\x86\xa8",	 /* 가 + conjoining jamo: composes to 각 */
		"\xe3\x81\x8b\xe3\x82\x99",	 /* か + combining dakuten: が */
		"ＡＢＣ１２３", "ｶﾀｶﾅ", "Cafe\xcc\x81", "STRASSE Straße", "\xe3\x80\x80x",
		"Mixed 中文 and English 123!", "",
	};
	for (size_t i = 0; i < sizeof samples / sizeof *samples; i++) {
		const char *t = samples[i];
		size_t n = strlen(t), len;
		char *nfc = text_nfc(t, n), *fold = text_fold(t, n);
		uint8_t *want_nfc = u8_normalize(UNINORM_NFC, (const uint8_t *)t, n, NULL, &len);
		CHECK(nfc && len == strlen(nfc) && (len == 0 || !memcmp(nfc, want_nfc, len)));
		free(want_nfc);
		uint8_t *want_fold = u8_casefold((const uint8_t *)t, n, NULL, UNINORM_NFKC, NULL, &len);
		CHECK(fold && len == strlen(fold) && (len == 0 || !memcmp(fold, want_fold, len)));
		free(want_fold);
		free(nfc);
		free(fold);
	}
	/* Each code point that handbooks are mostly made of, folded for search alone
	 * (the quick path) and before an accent that folds away (the full path). */
	static const unsigned ranges[][2] = { { 0x20, 0x7e }, { 0x3001, 0x3011 },
					      { 0x3041, 0x3096 }, { 0x30a1, 0x30fc },
					      { 0x3400, 0x4dbf }, { 0x4e00, 0x9fff },
					      { 0xac00, 0xd7a3 } };
	for (size_t r = 0; r < sizeof ranges / sizeof *ranges; r++)
		for (ucs4_t c = ranges[r][0]; c <= ranges[r][1]; c++) {
			uint8_t t[16];
			int n = u8_uctomb(t, c, 8);
			memcpy(t + n, "\xc3\xa9", 3); /* é, folded to e */
			char *quick = text_fold_search((const char *)t, (size_t)n);
			char *full = text_fold_search((const char *)t, (size_t)n + 2);
			size_t qn = quick ? strlen(quick) : 0;
			if (!quick || !full || strncmp(quick, full, qn) || strcmp(full + qn, "e"))
				CHECK(!"text_fold_search: the quick path differs from the full one");
			free(quick);
			free(full);
		}
}

/* Each code point of the Basic Multilingual Plane is judged by its category, the
 * first time and when met again. */
static void test_check_value(void)
{
	for (ucs4_t c = 0x20; c < 0x10000; c++) {
		if (c >= 0xd800 && c <= 0xdfff)
			continue;
		enum text_fault want = TEXT_FINE;
		if ((c >= 0x7f && c <= 0x9f))
			want = TEXT_CONTROL;
		else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
			want = TEXT_BIDI;
		else if (uc_is_general_category(c, UC_CATEGORY_Cf))
			want = TEXT_INVISIBLE;
		else if (uc_is_general_category(c, UC_CATEGORY_Co) ||
			 uc_is_general_category(c, UC_CATEGORY_Cn))
			want = TEXT_UNASSIGNED;
		else if (c == 0xfdfa || c == 0xfdfb || c == 0xfdfd)
			want = TEXT_OVERWIDE;
		uint8_t t[8] = "a";
		int n = u8_uctomb(t + 1, c, 6);
		for (int again = 0; again < 2; again++) {
			uint32_t cp;
			size_t off;
			enum text_fault got = text_check_value((const char *)t, (size_t)n + 1, 0, &cp, &off);
			if (got != want || (want != TEXT_FINE && (cp != c || off != 1)) ||
			    (want == TEXT_FINE && off != (size_t)n + 1))
				CHECK(!"text_check_value: another fault than the category gives");
		}
	}
	uint32_t cp;
	size_t off;
	CHECK_INT(text_check_value("a\tb", 3, 0, &cp, &off), TEXT_CONTROL);
	CHECK_INT(text_check_value("a\tb", 3, TEXT_ALLOW_TAB, &cp, &off), TEXT_FINE);
	CHECK_INT(text_check_value("\xf0\x92\x80\x80", 4, 0, &cp, &off), TEXT_OVERWIDE);
}

int main(void)
{
	unit_program = "test_text";
	RUN(test_quick_paths_agree);
	if (!setlocale(LC_ALL, "C.UTF-8")) {
		printf("FAIL test_text: the C.UTF-8 locale is missing\n");
		return 1;
	}
	RUN(test_utf8_valid);
	RUN(test_utf8_invalid);
	RUN(test_nfc);
	RUN(test_fold);
	RUN(test_check_value);
	RUN(test_trim);
	RUN(test_decode_passthrough);
	RUN(test_decode_gbk);
	RUN(test_decode_utf16);
	RUN(test_decode_errors);
	RUN(test_sanitize_hostile);
	RUN(test_sanitize_lines);
	RUN(test_width);
	RUN(test_clip);
	RUN(test_graphemes);
	RUN(test_wrap);
	RUN(test_soft_break);
	return unit_done();
}
