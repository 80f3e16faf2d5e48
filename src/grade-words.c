/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A diff by words, for when a diff by characters is noise. */
#include "grade.h"
#include "mem.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

bool grade_diff_noisy(const struct grade_result *r)
{
	size_t changes = 0, short_same = 0;
	for (size_t i = 0; i < r->nsegments; i++) {
		const struct grade_segment *sg = &r->segments[i];
		if (sg->kind != GRADE_SAME) {
			changes++;
			continue;
		}
		bool interior = i > 0 && i + 1 < r->nsegments;
		if (interior && !strchr(sg->text, ' ') &&
		    u8_mbsnlen((const uint8_t *)sg->text, strlen(sg->text)) < 3)
			short_same++;
	}
	return changes >= 4 || (changes >= 3 && short_same > 0);
}

/* The words of s (runs between white space): their starts and lengths, at most max. */
static size_t words_of(const char *s, const char **start, size_t *len, size_t max)
{
	size_t n = 0;
	const char *p = s ? s : "";
	while (*p && n < max) {
		p += strspn(p, " \t\n");
		if (!*p)
			break;
		size_t k = strcspn(p, " \t\n");
		start[n] = p;
		len[n++] = k;
		p += k;
	}
	return n;
}

/* Whether two words are the same as grading sees them (case, punctuation and
 * diacritics aside): -1 when memory runs out. */
static int same_word(const char *a, size_t na, const char *b, size_t nb)
{
	char *wa = xstrndup(a, na), *wb = xstrndup(b, nb);
	struct grade_result r;
	int same = -1;
	if (wa && wb && grade_answer(wa, (const char *const *)&wb, 1, &r) == 0) {
		same = r.edits == 0 && r.verdict == GRADE_RIGHT;
		grade_result_free(&r);
	}
	free(wa);
	free(wb);
	return same;
}

#define WORD_DIFF_MAX 64

int grade_word_diff(const char *typed, const char *answer, struct grade_result *out)
{
	memset(out, 0, sizeof *out);
	const char *ta[WORD_DIFF_MAX], *aa[WORD_DIFF_MAX];
	size_t tl[WORD_DIFF_MAX], al[WORD_DIFF_MAX];
	size_t nt = words_of(typed, ta, tl, WORD_DIFF_MAX);
	size_t na = words_of(answer, aa, al, WORD_DIFF_MAX);
	/* The longest common subsequence of words, by dynamic programming from the end. */
	unsigned char eq[WORD_DIFF_MAX][WORD_DIFF_MAX];
	unsigned short lcs[WORD_DIFF_MAX + 1][WORD_DIFF_MAX + 1];
	for (size_t i = 0; i < nt; i++)
		for (size_t j = 0; j < na; j++) {
			int same = same_word(ta[i], tl[i], aa[j], al[j]);
			if (same < 0)
				return -1;
			eq[i][j] = (unsigned char)same;
		}
	for (size_t i = nt + 1; i-- > 0;)
		for (size_t j = na + 1; j-- > 0;) {
			if (i == nt || j == na)
				lcs[i][j] = 0;
			else if (eq[i][j])
				lcs[i][j] = (unsigned short)(lcs[i + 1][j + 1] + 1);
			else
				lcs[i][j] = lcs[i + 1][j] > lcs[i][j + 1] ? lcs[i + 1][j] : lcs[i][j + 1];
		}
	out->segments = xcalloc(2 * WORD_DIFF_MAX, sizeof *out->segments); /* nt + na at most */
	size_t i = 0, j = 0;
	while (i < nt || j < na) {
		enum grade_span kind;
		const char *p;
		size_t n;
		if (i < nt && j < na && eq[i][j] && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
			kind = GRADE_SAME; /* the answer's spelling */
			p = aa[j];
			n = al[j];
			i++;
			j++;
		} else if (j < na && (i == nt || lcs[i][j + 1] >= lcs[i + 1][j])) {
			kind = GRADE_MISSING;
			p = aa[j];
			n = al[j++];
		} else {
			kind = GRADE_EXTRA;
			p = ta[i];
			n = tl[i++];
		}
		struct grade_segment *sg = &out->segments[out->nsegments];
		if (!(sg->text = xstrndup(p, n))) {
			grade_result_free(out);
			return -1;
		}
		sg->kind = kind;
		out->nsegments++;
	}
	out->verdict = GRADE_WRONG;
	out->rating = 1;
	return 0;
}
