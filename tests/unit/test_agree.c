/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unit tests of the agreement of answers across handbooks. */
#include <locale.h>

#include "agree.h"
#include "hb.h"
#include "unit.h"

/* A handbook with one phrase 您好！ whose English is `en` and whose alternatives are the
 * lines `alts` ("en_alt: ..." each). */
static struct hb_book *book(const char *id, const char *file, const char *en, const char *alts)
{
	char text[2048];
	snprintf(text, sizeof text,
		 "%%rec: Handbook\n\nid: %s\ntitle: 测试\nsource: zh\nlanguages: en\n\n"
		 "%%rec: Lesson\n\nid: l1\ntitle: 第一课\n\n%%rec: Phrase\n\n"
		 "id: p1\nzh: 您好！\nen: %s\n%s\n",
		 id, en, alts);
	struct diag_list d;
	diag_init(&d);
	struct hb_book *b = hb_parse(text, strlen(text), file, &d);
	CHECK_INT(d.errors, 0);
	diag_free(&d);
	return b;
}

/* The warnings that comparing the two books gives. */
static size_t compare(struct hb_book *a, struct hb_book *b, struct diag_list *d)
{
	diag_init(d);
	struct agree *agree = agree_new();
	agree_record(agree, a, &a->items[0], d);
	agree_record(agree, b, &b->items[0], d);
	agree_finish(agree, NULL, d);
	hb_book_free(a);
	hb_book_free(b);
	return d->warnings;
}

static void test_alternatives_as_a_set(void)
{
	struct diag_list d;
	/* Order, case, punctuation and repeats do not count. */
	CHECK_INT(compare(book("a", "a.hb", "Hello!", "en_alt: Hi!\nen_alt: hi\nen_alt: HI.\nen_alt: Hey"),
			  book("b", "b.hb", "hello", "en_alt: hey!\nen_alt: Hi"), &d),
		  0);
	diag_free(&d);
	/* An alternative more is a difference. */
	CHECK_INT(compare(book("a", "a.hb", "Hello!", "en_alt: Hi!\nen_alt: hi"),
			  book("b", "b.hb", "Hello!", "en_alt: Hi!\nen_alt: Hey!"), &d),
		  1);
	CHECK_STR(d.n ? d.v[0].file : NULL, "b.hb");
	CHECK_INT(d.n ? d.v[0].line : 0, 15);
	diag_free(&d);
}

static void test_another_answer(void)
{
	struct diag_list d;
	CHECK_INT(compare(book("a", "a.hb", "Hello!", "tags: greeting"),
			  book("b", "b.hb", "Good day!", "tags: guest"), &d),
		  1);
	CHECK(d.n && strstr(d.v[0].msg, "'Good day!'") && strstr(d.v[0].msg, "a.hb:15"));
	diag_free(&d);
	/* The old name of the guest tag is reported with the same answer. */
	CHECK_INT(compare(book("a", "a.hb", "Hello!", "tags: listen"),
			  book("b", "b.hb", "Hello!", "tags: guest"), &d),
		  1);
	CHECK(d.n && strstr(d.v[0].msg, "'listen'"));
	diag_free(&d);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	unit_program = "agree";
	RUN(test_alternatives_as_a_set);
	RUN(test_another_answer);
	return unit_done();
}
