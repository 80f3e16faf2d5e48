/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unit tests of the agreement of answers across handbooks with every prompt under
 * one hash: prompts that share a hash are told apart by their texts, so a shared
 * hash neither makes a warning nor hides one. */
#include <locale.h>

#define AGREE_HASH_MASK 0
#include "../../src/agree.c"

#include "unit.h"

/* A handbook with one phrase: the prompt `zh`, its English `en`. */
static struct hb_book *book(const char *id, const char *file, const char *zh, const char *en)
{
	char text[2048];
	snprintf(text, sizeof text,
		 "%%rec: Handbook\n\nid: %s\ntitle: 测试\nsource: zh\nlanguages: en\n\n"
		 "%%rec: Lesson\n\nid: l1\ntitle: 第一课\n\n%%rec: Phrase\n\n"
		 "id: p1\nzh: %s\nen: %s\n",
		 id, zh, en);
	struct diag_list d;
	diag_init(&d);
	struct hb_book *b = hb_parse(text, strlen(text), file, &d);
	CHECK_INT(d.errors, 0);
	diag_free(&d);
	return b;
}

/* The warnings that comparing the books gives, in the order given. */
static size_t compare(struct hb_book **books, size_t n, struct diag_list *d)
{
	diag_init(d);
	struct agree *agree = agree_new();
	for (size_t i = 0; i < n; i++)
		agree_record(agree, books[i], &books[i]->items[0], d);
	agree_finish(agree, NULL, d);
	for (size_t i = 0; i < n; i++)
		hb_book_free(books[i]);
	return d->warnings;
}

static void test_other_prompts_not_compared(void)
{
	struct diag_list d;
	struct hb_book *books[] = { book("a", "a.hb", "您好！", "Hello!"),
				    book("b", "b.hb", "谢谢。", "Thank you."),
				    book("c", "c.hb", "再见", "Goodbye") };
	CHECK_INT(compare(books, 3, &d), 0);
	diag_free(&d);
}

static void test_same_prompt_among_others(void)
{
	struct diag_list d;
	struct hb_book *books[] = { book("a", "a.hb", "谢谢。", "Thank you."),
				    book("b", "b.hb", "您好！", "Hello!"),
				    book("c", "c.hb", "谢谢", "Thanks"),
				    book("d", "d.hb", "您好", "Good day!") };
	CHECK_INT(compare(books, 4, &d), 2);
	CHECK(d.n == 2 && !strcmp(d.v[0].file, "c.hb") && strstr(d.v[0].msg, "a.hb:15") &&
	      strstr(d.v[0].msg, "'Thank you.'"));
	CHECK(d.n == 2 && !strcmp(d.v[1].file, "d.hb") && strstr(d.v[1].msg, "b.hb:15") &&
	      strstr(d.v[1].msg, "'Hello!'"));
	diag_free(&d);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	unit_program = "agree_hash";
	RUN(test_other_prompts_not_compared);
	RUN(test_same_prompt_among_others);
	return unit_done();
}
