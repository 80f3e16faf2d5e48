/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unit tests of grade.c: typed answers in Chinese, Japanese, Korean and English. */
#include <stdint.h>

#include "grade.h"
#include "unit.h"

#define WRONG GRADE_WRONG
#define NEAR  GRADE_NEAR
#define RIGHT GRADE_RIGHT

/* One graded answer.  diff NULL: not checked. */
struct row {
	const char *typed;
	const char *accepted[3]; /* up to the first NULL */
	enum grade_verdict verdict;
	size_t edits;
	size_t matched;
	const char *diff;
};

static size_t count_accepted(const struct row *rw)
{
	size_t n = 0;
	while (n < 3 && rw->accepted[n])
		n++;
	return n;
}

/* The text of the segments of the given kinds, one after another. */
static char *join(const struct grade_result *r, enum grade_span other)
{
	size_t len = 1;
	for (size_t i = 0; i < r->nsegments; i++)
		len += strlen(r->segments[i].text);
	char *s = malloc(len);
	if (!s)
		exit(1);
	s[0] = '\0';
	for (size_t i = 0; i < r->nsegments; i++)
		if (r->segments[i].kind == GRADE_SAME || r->segments[i].kind == other)
			strcat(s, r->segments[i].text);
	return s;
}

/* What every diff must satisfy: the same and missing parts spell the expected answer; the
 * same and extra parts grade as exactly the typed answer; no two neighbours have the same
 * kind and no segment is empty. */
static void check_diff_invariants(const struct grade_result *r, const char *expected,
				  const char *typed)
{
	char *spelled = join(r, GRADE_MISSING);
	if (expected)
		CHECK_STR(spelled, expected);
	free(spelled);

	char *retyped = join(r, GRADE_EXTRA);
	const char *acc[] = {typed ? typed : ""};
	struct grade_result again;
	CHECK_INT(grade_answer(retyped, acc, 1, &again), 0);
	/* Both empty counts as wrong, but still with no edits. */
	CHECK_INT(again.edits, 0);
	grade_result_free(&again);
	free(retyped);

	for (size_t i = 0; i < r->nsegments; i++) {
		CHECK(r->segments[i].text[0] != '\0');
		if (i > 0)
			CHECK(r->segments[i].kind != r->segments[i - 1].kind);
	}
}

static void run_rows(const struct row *rows, size_t nrows)
{
	for (size_t i = 0; i < nrows; i++) {
		const struct row *rw = &rows[i];
		int before = unit_failed_checks;
		struct grade_result r;
		CHECK_INT(grade_answer(rw->typed, rw->accepted, count_accepted(rw), &r), 0);
		CHECK_INT(r.verdict, rw->verdict);
		CHECK_INT(r.rating, rw->verdict == RIGHT ? 3 : rw->verdict == NEAR ? 2 : 1);
		CHECK_INT(r.edits, rw->edits);
		CHECK_INT(r.matched, rw->matched);
		CHECK_INT(r.allowed, grade_allowed(r.length));
		char *text = grade_diff_text(&r);
		if (rw->diff)
			CHECK_STR(text, rw->diff);
		free(text);
		/* The expected answer as stored is NFC; these tables write it so, except where a
		 * row tests decomposed input, which is only ever on the typed side. */
		check_diff_invariants(&r, rw->accepted[r.matched], rw->typed);
		grade_result_free(&r);
		if (unit_failed_checks != before)
			printf("  in row %zu: typed \"%s\"\n", i, rw->typed);
	}
}

static void test_allowed(void)
{
	CHECK_INT(grade_allowed(0), 0);
	CHECK_INT(grade_allowed(3), 0);
	CHECK_INT(grade_allowed(4), 1);
	CHECK_INT(grade_allowed(10), 1);
	CHECK_INT(grade_allowed(11), 2);
	CHECK_INT(grade_allowed(20), 2);
	CHECK_INT(grade_allowed(21), 3);
	CHECK_INT(grade_allowed(500), 3);
}

static void test_chinese(void)
{
	static const struct row rows[] = {
		/* full-width and ASCII punctuation are both ignorable */
		{"你好!", {"你好！"}, RIGHT, 0, 0, "你好！"},
		{"你好", {"你好！"}, RIGHT, 0, 0, "你好！"},
		{"你好。。。", {"你好"}, RIGHT, 0, 0, "你好"},
		{"谢谢　你", {"谢谢你"}, RIGHT, 0, 0, "谢谢你"},
		{" 谢 谢 你 ", {"谢谢你"}, RIGHT, 0, 0, "谢谢你"},
		/* one wrong character in five is one edit, a near miss */
		{"请给我发漂", {"请给我发票"}, NEAR, 1, 0, "请给我发[票]{漂}"},
		{"请给我发漂。", {"请给我发票。"}, NEAR, 1, 0, "请给我发[票]{漂}。"},
		{"请给我发", {"请给我发票"}, NEAR, 1, 0, "请给我发[票]"},
		/* two characters long: no slip allowed */
		{"妳好", {"你好"}, WRONG, 1, 0, "[你]{妳}好"},
		{"你们好", {"你好"}, WRONG, 1, 0, "你{们}好"},
		/* two slips in six characters are beyond the tolerance */
		{"请给你看菜谱", {"请给我看菜单"}, WRONG, 2, 0, "请给[我]{你}看菜[单]{谱}"},
		/* transposed characters are one edit */
		{"请给我票发", {"请给我发票"}, NEAR, 1, 0, NULL},
		/* pinyin: tone marks and spaces do not matter, letters do */
		{"ni hao", {"Nǐ hǎo"}, RIGHT, 0, 0, "Nǐ hǎo"},
		{"nihao", {"Nǐ hǎo"}, RIGHT, 0, 0, NULL},
		{"ni hai", {"Nǐ hǎo"}, NEAR, 1, 0, "Nǐ hǎ[o]{i}"},
		/* alternatives: the second accepted answer matches */
		{"谢谢您", {"谢谢你", "谢谢您"}, RIGHT, 0, 1, "谢谢您"},
		{"多谢了", {"谢谢", "多谢"}, WRONG, 1, 1, "多谢{了}"},
	};
	run_rows(rows, sizeof(rows) / sizeof(rows[0]));
}

static void test_japanese(void)
{
	static const struct row rows[] = {
		{"こんにちは", {"こんにちは。"}, RIGHT, 0, 0, "こんにちは。"},
		{"こんにちは！", {"こんにちは。"}, RIGHT, 0, 0, NULL},
		/* the dakuten makes a different letter: が is not か */
		{"か", {"が"}, WRONG, 1, 0, "[が]{か}"},
		{"かっこう", {"がっこう"}, NEAR, 1, 0, "[が]{か}っこう"},
		{"かっこ", {"がっこう"}, WRONG, 2, 0, NULL},
		/* decomposed kana (か + U+3099) is the same as precomposed が */
		{"か\xE3\x82\x99っこう", {"がっこう"}, RIGHT, 0, 0, "がっこう"},
		/* half-width katakana, with its separate voiced sound mark */
		{"ｺﾝﾆﾁﾊ", {"コンニチハ"}, RIGHT, 0, 0, NULL},
		{"ｶﾞｲﾄﾞ", {"ガイド"}, RIGHT, 0, 0, NULL},
		{"ｶｲﾄﾞ", {"ガイド"}, WRONG, 1, 0, NULL},
		/* full-width Latin letters and digits */
		{"ＡＢＣ１２３", {"abc123"}, RIGHT, 0, 0, "abc123"},
		{"abc", {"ＡＢＣ"}, RIGHT, 0, 0, "ＡＢＣ"},
		/* ten characters: one slip is near, two are wrong */
		{"ありがとございます", {"ありがとうございます"}, NEAR, 1, 0, "ありがと[う]ございます"},
		{"ありがとごさいます", {"ありがとうございます"}, WRONG, 2, 0, NULL},
		{"すみません、ちょっと", {"すみません。", "すみません、ちょっと…"}, RIGHT, 0, 1,
		 "すみません、ちょっと…"},
		/* kanji and kana are different characters */
		{"ありがとう", {"有難う"}, WRONG, 4, 0, "[有難]{ありがと}う"},
	};
	run_rows(rows, sizeof(rows) / sizeof(rows[0]));
}

static void test_korean(void)
{
	static const struct row rows[] = {
		/* spacing (띄어쓰기) is not graded */
		{"안녕 하세요", {"안녕하세요"}, RIGHT, 0, 0, "안녕하세요"},
		{"안녕하세요", {"안녕 하세요"}, RIGHT, 0, 0, "안녕 하세요"},
		{"안녕하세요?", {"안녕하세요."}, RIGHT, 0, 0, NULL},
		/* conjoining jamo typed one by one form the same syllables */
		{"\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB\xE1\x84\x80\xE1\x85\xAE\xE1\x86\xA8",
		 {"한국"}, RIGHT, 0, 0, "한국"},
		/* one wrong syllable in five; a wrong final consonant is a wrong syllable */
		{"감사함니다", {"감사합니다"}, NEAR, 1, 0, "감사[합]{함}니다"},
		{"감사니다", {"감사합니다"}, NEAR, 1, 0, "감사[합]니다"},
		{"고맙슴니다", {"감사합니다", "고맙습니다"}, NEAR, 1, 1, "고맙[습]{슴}니다"},
		{"고맙습니다", {"감사합니다"}, WRONG, 3, 0, "[감사합]{고맙습}니다"},
		{"네", {"예", "네"}, RIGHT, 0, 1, "네"},
		{"내", {"네"}, WRONG, 1, 0, "[네]{내}"},
	};
	run_rows(rows, sizeof(rows) / sizeof(rows[0]));
}

static void test_english(void)
{
	static const struct row rows[] = {
		/* combining accent and precomposed letter; accents do not count */
		{"Cafe\xCC\x81", {"Café"}, RIGHT, 0, 0, "Café"},
		{"cafe", {"Café"}, RIGHT, 0, 0, "Café"},
		{"CAFÉ", {"café"}, RIGHT, 0, 0, "café"},
		/* case, punctuation and extra spaces */
		{"HELLO", {"hello"}, RIGHT, 0, 0, "hello"},
		{"  good   morning  ", {"Good morning!"}, RIGHT, 0, 0, "Good morning!"},
		{"dont", {"Don't!"}, RIGHT, 0, 0, "Don't!"},
		{"Straße", {"STRASSE"}, RIGHT, 0, 0, NULL},
		/* one slip in a short phrase is near, two are wrong */
		{"helo world", {"hello world"}, NEAR, 1, 0, "hel[l]o world"},
		{"helo wrld", {"hello world"}, WRONG, 2, 0, "hel[l]o w[o]rld"},
		{"Would you like a reciptt?", {"Would you like a receipt?"}, NEAR, 2, 0,
		 "Would you like a rec[e]ipt{t}?"},
		/* thirteen letters: two slips are near, three are wrong */
		{"nice to meat yu", {"Nice to meet you."}, NEAR, 2, 0, "Nice to me[e]{a}t y[o]u."},
		{"nise to meat yu", {"Nice to meet you."}, WRONG, 3, 0, NULL},
		/* a transposition is one edit */
		{"thnak you", {"Thank you"}, NEAR, 1, 0, NULL},
		{"recieve it", {"receive it"}, NEAR, 1, 0, NULL},
		/* three letters: no slip allowed */
		{"yse", {"yes"}, WRONG, 1, 0, NULL},
		/* alternatives: the closest wins, the earlier on a tie */
		{"thanks", {"Thank you", "Thanks!"}, RIGHT, 0, 1, "Thanks!"},
		{"thank yuo", {"Thanks", "Thank you"}, NEAR, 1, 1, NULL},
		{"xyz", {"abc", "abd"}, WRONG, 3, 0, "[abc]{xyz}"},
		/* a near miss of a long alternative beats a wrong short one, even at equal edits */
		{"teax", {"tea", "teas"}, NEAR, 1, 1, "tea[s]{x}"},
		/* extra words: spaces between extra letters are kept with them */
		{"Good morning everyone", {"Good morning"}, WRONG, 8, 0, "Good morning{everyone}"},
		{"hello big wide world", {"hello world"}, WRONG, 7, 0, "hello{big wide} world"},
		/* an empty or all-punctuation answer is wrong */
		{"", {"hello"}, WRONG, 5, 0, "[hello]"},
		{"  ?! ", {"hello"}, WRONG, 5, 0, "[hello]"},
		{"", {"..."}, WRONG, 0, 0, "..."},
		/* emoji sequences are one grapheme each; a variation selector is not a difference */
		{"👨‍👩‍👧 ok", {"👨‍👩‍👧 OK"}, RIGHT, 0, 0, NULL},
		{"❤", {"❤\xEF\xB8\x8F"}, RIGHT, 0, 0, NULL},
	};
	run_rows(rows, sizeof(rows) / sizeof(rows[0]));
}

static void test_segments(void)
{
	const char *acc[] = {"请给我发票。"};
	struct grade_result r;
	CHECK_INT(grade_answer("请给我发漂", acc, 1, &r), 0);
	CHECK_INT(r.nsegments, 4);
	if (r.nsegments == 4) {
		CHECK_INT(r.segments[0].kind, GRADE_SAME);
		CHECK_STR(r.segments[0].text, "请给我发");
		CHECK_INT(r.segments[1].kind, GRADE_MISSING);
		CHECK_STR(r.segments[1].text, "票");
		CHECK_INT(r.segments[2].kind, GRADE_EXTRA);
		CHECK_STR(r.segments[2].text, "漂");
		CHECK_INT(r.segments[3].kind, GRADE_SAME);
		CHECK_STR(r.segments[3].text, "。");
	}
	CHECK_INT(r.length, 5);
	CHECK_INT(r.allowed, 1);
	grade_result_free(&r);
	/* the diff shows the expected answer as written, not as typed */
	const char *hello[] = {"Hello, World!"};
	CHECK_INT(grade_answer("hello world", hello, 1, &r), 0);
	CHECK_INT(r.nsegments, 1);
	CHECK_INT(r.segments[0].kind, GRADE_SAME);
	CHECK_STR(r.segments[0].text, "Hello, World!");
	grade_result_free(&r);
	/* freeing twice, and a zeroed result */
	grade_result_free(&r);
	grade_result_free(NULL);
	char *text = grade_diff_text(&r);
	CHECK_STR(text, "");
	free(text);
}

static void test_odd_input(void)
{
	struct grade_result r;
	/* no accepted answer: wrong, and all of it is extra */
	CHECK_INT(grade_answer("hello", NULL, 0, &r), 0);
	CHECK_INT(r.verdict, GRADE_WRONG);
	CHECK_INT(r.rating, 1);
	CHECK_INT(r.edits, 5);
	char *text = grade_diff_text(&r);
	CHECK_STR(text, "{hello}");
	free(text);
	grade_result_free(&r);
	/* NULL strings count as empty */
	const char *acc[] = {NULL, "hi"};
	CHECK_INT(grade_answer(NULL, acc, 2, &r), 0);
	CHECK_INT(r.verdict, GRADE_WRONG);
	CHECK_INT(r.edits, 0);
	CHECK_INT(r.matched, 0);
	grade_result_free(&r);
	/* invalid UTF-8 is graded as U+FFFD, not refused; the diff stays valid UTF-8 */
	const char *cafe[] = {"café au lait"};
	CHECK_INT(grade_answer("caf\xE9 au lait", cafe, 1, &r), 0);
	CHECK_INT(r.verdict, GRADE_NEAR);
	CHECK_INT(r.edits, 1);
	text = grade_diff_text(&r);
	CHECK_STR(text, "caf[é]{\xEF\xBF\xBD} au lait");
	free(text);
	grade_result_free(&r);
}

/* A grapheme that folding or compatibility decomposition expands counts as what it becomes. */
static void test_expansion(void)
{
	struct grade_result r;
	const char *strasse[] = {"Straße"};
	CHECK_INT(grade_answer("STRASSE", strasse, 1, &r), 0);
	CHECK_INT(r.verdict, GRADE_RIGHT);
	CHECK_INT(r.length, 7);
	grade_result_free(&r);
	/* half of ß typed: the whole grapheme is shown as missing */
	CHECK_INT(grade_answer("Strase", strasse, 1, &r), 0);
	CHECK_INT(r.verdict, GRADE_NEAR);
	CHECK_INT(r.edits, 1);
	char *text = grade_diff_text(&r);
	CHECK_STR(text, "Stra[ß]e");
	free(text);
	grade_result_free(&r);
	const char *kk[] = {"㍿"};
	CHECK_INT(grade_answer("株式会社", kk, 1, &r), 0);
	CHECK_INT(r.verdict, GRADE_RIGHT);
	CHECK_INT(r.length, 4);
	grade_result_free(&r);
	const char *fine[] = {"fine"};
	CHECK_INT(grade_answer("\xEF\xAC\x81ne", fine, 1, &r), 0);
	CHECK_INT(r.verdict, GRADE_RIGHT);
	grade_result_free(&r);
}

/* Long answers: a few hundred graphemes are graded exactly, with linear memory. */
static void test_long(void)
{
	static const char *const kana[] = {"あ", "い", "う", "え", "お", "か", "き", "く", "け", "こ",
					   "さ", "し", "す", "せ", "そ", "た", "ち"};
	size_t n = 400, nk = sizeof(kana) / sizeof(kana[0]);
	char *expected = malloc(n * 3 + 1), *typed = malloc(n * 3 + 1);
	if (!expected || !typed)
		exit(1);
	expected[0] = typed[0] = '\0';
	uint32_t seed = 12345;
	for (size_t i = 0; i < n; i++) {
		seed = seed * 1103515245u + 12345u;
		const char *k = kana[(seed >> 16) % nk];
		strcat(expected, k);
		/* three slips: two wrong characters and one left out */
		if (i == 10 || i == 200)
			strcat(typed, strcmp(k, "ん") ? "ん" : "を");
		else if (i != 399)
			strcat(typed, k);
	}
	const char *acc[] = {"short", expected};
	struct grade_result r;
	CHECK_INT(grade_answer(typed, acc, 2, &r), 0);
	CHECK_INT(r.matched, 1);
	CHECK_INT(r.length, 400);
	CHECK_INT(r.edits, 3);
	CHECK_INT(r.verdict, GRADE_NEAR);
	check_diff_invariants(&r, expected, typed);
	size_t changed = 0;
	for (size_t i = 0; i < r.nsegments; i++)
		changed += r.segments[i].kind != GRADE_SAME;
	CHECK_INT(changed, 5);
	grade_result_free(&r);
	/* nothing in common */
	CHECK_INT(grade_answer("ん", acc + 1, 1, &r), 0);
	CHECK_INT(r.edits, 400);
	check_diff_invariants(&r, expected, "ん");
	grade_result_free(&r);
	free(expected);
	free(typed);
}

/* A character diff full of one-letter runs gives way to a diff by words. */
static void test_word_diff(void)
{
	const char *answer = "Good afternoon!";
	struct grade_result r;
	CHECK_INT(grade_answer("Good evening!", &answer, 1, &r), 0);
	CHECK(grade_diff_noisy(&r));
	grade_result_free(&r);
	const char *receipt = "Would you like a receipt?";
	CHECK_INT(grade_answer("Would you like a reciept?", &receipt, 1, &r), 0);
	CHECK(!grade_diff_noisy(&r));
	grade_result_free(&r);

	CHECK_INT(grade_word_diff("good EVENING", answer, &r), 0);
	CHECK_INT(r.nsegments, 3);
	CHECK_INT(r.segments[0].kind, GRADE_SAME);
	CHECK_STR(r.segments[0].text, "Good");
	CHECK_INT(r.segments[1].kind, GRADE_MISSING);
	CHECK_STR(r.segments[1].text, "afternoon!");
	CHECK_INT(r.segments[2].kind, GRADE_EXTRA);
	CHECK_STR(r.segments[2].text, "EVENING");
	grade_result_free(&r);

	const char *help = "How can I help you, sir?";
	CHECK_INT(grade_word_diff("How may I help you sir", help, &r), 0);
	size_t same = 0, missing = 0, extra = 0;
	for (size_t i = 0; i < r.nsegments; i++) {
		same += r.segments[i].kind == GRADE_SAME;
		missing += r.segments[i].kind == GRADE_MISSING;
		extra += r.segments[i].kind == GRADE_EXTRA;
	}
	CHECK_INT(same, 5);
	CHECK_INT(missing, 1);
	CHECK_INT(extra, 1);
	grade_result_free(&r);
	CHECK_INT(grade_word_diff("", "", &r), 0);
	CHECK_INT(r.nsegments, 0);
	grade_result_free(&r);
}

/* One answer graded with a kana reading: its verdict, and the diff as text. */
static void check_reading(const char *typed, const char *text, const char *alt,
			  const char *reading, enum grade_verdict verdict, const char *diff)
{
	const char *acc[] = {text, alt};
	struct grade_result r;
	CHECK_INT(grade_answer_reading(typed, acc, alt ? 2 : 1, reading, &r), 0);
	if (r.verdict != verdict)
		printf("  typed %s\n", typed);
	CHECK_INT(r.verdict, verdict);
	char *d = grade_diff_text(&r);
	if (diff)
		CHECK_STR(d, diff);
	free(d);
	/* A right answer shows the text as written, not what was typed. */
	if (r.verdict != GRADE_RIGHT)
		check_diff_invariants(&r, NULL, typed);
	grade_result_free(&r);
}

/* Japanese typed in kana, in the handbook's kanji, or in a mix of the two. */
static void test_kana_reading(void)
{
	/* The feedback of a right answer shows the handbook's form. */
	check_reading("かわいいお子さまですね", "かわいいお子様ですね。", NULL,
		      "かわいい おこさま です ね。", RIGHT, "かわいいお子様ですね。");
	check_reading("しつれいですが、どちらがみょうじでしょうか", "失礼ですが、どちらが名字でしょうか。",
		      NULL, "しつれい です が、 どちら が みょうじ でしょう か。", RIGHT,
		      "失礼ですが、どちらが名字でしょうか。");
	/* The handbook writes うれしい in kana; its alternative in kanji is read with the same
	 * reading. */
	check_reading("お会いできて嬉しいです", "お会いできてうれしいです。", "お会いできて嬉しいです。",
		      "おあい できて うれしい です。", RIGHT, NULL);
	check_reading("おあいできてうれしいです", "お会いできてうれしいです。", NULL,
		      "おあい できて うれしい です。", RIGHT, "お会いできてうれしいです。");
	check_reading("失礼ですが、どちらがみょう字でしょうか", "失礼ですが、どちらが名字でしょうか。",
		      NULL, "しつれい です が、 どちら が みょうじ でしょう か。", RIGHT,
		      "失礼ですが、どちらが名字でしょうか。");
	/* Kanji that the handbook does not use are not known. */
	check_reading("失礼ですが、どちらが苗字でしょうか", "失礼ですが、どちらが名字でしょうか。",
		      NULL, "しつれい です が、 どちら が みょうじ でしょう か。", NEAR, NULL);
	check_reading("いっぱく800げんでございます", "1泊800元でございます。", NULL,
		      "いっぱく はっぴゃく げん で ございます。", RIGHT, "1泊800元でございます。");
	/* A word in Latin letters or a number is typed as it is or in kana as a whole. */
	check_reading("アリペイやウィーチャットペイでおしはらいいただけます", "AlipayやWeChat Payでお支払いいただけます。",
		      NULL, "アリペイ や ウィーチャット ペイ で おしはらい いただけます。", RIGHT, NULL);
	check_reading("Alipayやウィーチャットペイでお支払いいただけます", "AlipayやWeChat Payでお支払いいただけます。",
		      NULL, "アリペイ や ウィーチャット ペイ で おしはらい いただけます。", RIGHT, NULL);
	check_reading("むりょうワイファイ", "無料Wi-Fi", NULL, "むりょう ワイファイ", RIGHT, NULL);
	check_reading("むりょうワイファ", "無料Wi-Fi", NULL, "むりょう ワイファイ", NEAR,
		      "むりょうワイファ[イ]");
	check_reading("せんげん", "1,000元", NULL, "せん げん", RIGHT, "1,000元");
	/* Katakana words stay katakana. */
	check_reading("ぱすぽーとをはいけんします", "パスポートを拝見します。", NULL,
		      "パスポート を はいけん します。", WRONG, NULL);
	/* A slip in kana is a near miss, shown over the way of writing it that was meant. */
	check_reading("かわいいおこさまでした", "かわいいお子様ですね。", NULL,
		      "かわいい おこさま です ね。", NEAR, "かわいいおこさまで[すね]{した}。");
	check_reading("かわいいお子さまですわ", "かわいいお子様ですね。", NULL,
		      "かわいい おこさま です ね。", NEAR, "かわいいお子さまです[ね]{わ}。");
	/* A reading that does not fit the text changes nothing; nor does no reading. */
	check_reading("かわいいおこさまですね", "かわいいお子様ですね。", NULL, "かわいい", WRONG,
		      NULL);
	check_reading("かわいいおこさまですね", "かわいいお子様ですね。", NULL, NULL, WRONG, NULL);
	/* A grapheme of the reading that stands for several kana (㌀ is アパート; the checker
	 * keeps it out of ja_kana, but the grader takes any text) is written once, though
	 * two kanji share it. */
	check_reading("アパート", "亜波", NULL, "㌀", RIGHT, "亜波");
	/* The reading is not an answer of its own: its spaces are the text's. */
	check_reading("", "お子様", NULL, "おこさま", WRONG, NULL);
	check_reading("おこ", "お子様", NULL, "おこさま", WRONG, NULL);
}

int main(void)
{
	unit_program = "test_grade";
	RUN(test_allowed);
	RUN(test_chinese);
	RUN(test_japanese);
	RUN(test_korean);
	RUN(test_english);
	RUN(test_segments);
	RUN(test_expansion);
	RUN(test_odd_input);
	RUN(test_long);
	RUN(test_word_diff);

	RUN(test_kana_reading);
	return unit_done();
}
