/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The languages a new learner starts with. */
#include "langs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tally {
	struct langs *l;
	long count[LANGS_MAX]; /* handbooks with this source language */
};

static int find(const struct langs *l, const char *code, size_t len)
{
	for (int i = 0; i < l->n; i++)
		if (strlen(l->code[i]) == len && !strncmp(l->code[i], code, len))
			return i;
	return -1;
}

static int add(struct langs *l, const char *code, size_t len)
{
	int at = find(l, code, len);
	if (at >= 0 || !len || len >= sizeof l->code[0] || l->n == LANGS_MAX)
		return at;
	memcpy(l->code[l->n], code, len);
	l->code[l->n][len] = '\0';
	return l->n++;
}

static void count_book(const struct content_summary *s, void *ctx)
{
	struct tally *t = ctx;
	if (!s->source)
		return;
	int at = add(t->l, s->source, strlen(s->source));
	if (at >= 0)
		t->count[at]++;
}

static void add_languages(const struct content_summary *s, void *ctx)
{
	struct tally *t = ctx;
	for (const char *p = s->languages ? s->languages : ""; *p;) {
		size_t k = strcspn(p, " ");
		add(t->l, p, k);
		p += k + (p[k] == ' ');
	}
}

int langs_offered(struct content *c, struct langs *out, char **err)
{
	struct tally t = { .l = out };
	memset(out, 0, sizeof *out);
	if (content_list(c, count_book, &t, err))
		return -1;
	/* The source languages, most handbooks first (a stable insertion sort). */
	out->nsources = out->n;
	for (int i = 1; i < out->n; i++)
		for (int k = i; k > 0 && t.count[k] > t.count[k - 1]; k--) {
			char code[16];
			long n = t.count[k];
			memcpy(code, out->code[k], sizeof code);
			memcpy(out->code[k], out->code[k - 1], sizeof code);
			memcpy(out->code[k - 1], code, sizeof code);
			t.count[k] = t.count[k - 1];
			t.count[k - 1] = n;
		}
	return content_list(c, add_languages, &t, err);
}

bool langs_has(const struct langs *l, const char *code)
{
	return find(l, code, strlen(code)) >= 0;
}

static int by_code(const void *a, const void *b)
{
	return strcmp(a, b);
}

void langs_list(const struct langs *l, char *buf, size_t size)
{
	char sorted[LANGS_MAX][16];
	memcpy(sorted, l->code, sizeof sorted);
	qsort(sorted, (size_t)l->n, sizeof sorted[0], by_code);
	size_t used = 0;
	buf[0] = '\0';
	for (int i = 0; i < l->n && used < size; i++)
		used += (size_t)snprintf(buf + used, size - used, "%s%s", i ? ", " : "", sorted[i]);
}

const char *langs_locale(char buf[16])
{
	static const char *const vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };
	buf[0] = '\0';
	for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
		const char *v = getenv(vars[i]);
		if (!v || !*v)
			continue;
		/* "zh_CN.UTF-8", "zh_CN:en", "en": the letters before '_', '.', '@', ':' */
		size_t n = strspn(v, "abcdefghijklmnopqrstuvwxyz");
		if (n >= 2 && n <= 3 && strchr("_.@:", v[n] ? v[n] : '.'))
			snprintf(buf, 16, "%.*s", (int)n, v);
		return buf; /* the first one set decides, even when it names no language */
	}
	return buf;
}

void langs_defaults(const struct langs *offered, const char *locale, char native[16],
		    char target[16])
{
	const char *n = "en";
	if (locale && *locale && (!offered->nsources || langs_has(offered, locale)))
		n = locale;
	else if (offered->nsources)
		n = offered->code[0];
	snprintf(native, 16, "%s", n);
	const char *t = strcmp(native, "en") ? "en" : "zh";
	if (offered->n && !(langs_has(offered, t) && strcmp(t, native)))
		for (int i = 0; i < offered->n; i++)
			if (strcmp(offered->code[i], native)) {
				t = offered->code[i];
				break;
			}
	snprintf(target, 16, "%s", t);
}
