/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Grading of typed answers: lenient comparison by grapheme cluster, typo tolerance and a diff.
 *
 * Both the typed answer and each accepted answer are put in NFC and cut into grapheme
 * clusters.  Every cluster gets a comparison key (compatibility forms, case folded, without
 * punctuation, white space and controls, without Latin and Arabic diacritics); clusters whose
 * key is empty are ignorable.  The keys are compared with an edit distance (adjacent
 * transpositions count as one edit) counted in clusters, so Chinese, Japanese and Korean are
 * compared by character; a cluster whose key expands counts as what it becomes (ß as "ss",
 * ㍿ as 株式会社).  The module is pure: no I/O and no state; strings are UTF-8 (invalid
 * bytes count as U+FFFD). */
#ifndef CORDIAL_GRADE_H
#define CORDIAL_GRADE_H

#include <stdbool.h>
#include <stddef.h>

enum grade_verdict { GRADE_WRONG, GRADE_NEAR, GRADE_RIGHT };

enum grade_span {
	GRADE_SAME,
	GRADE_MISSING, /* expected, not typed */
	GRADE_EXTRA    /* typed, not expected */
};

/* One run of the diff.  text: original graphemes (NFC), NUL-terminated, owned by the result. */
struct grade_segment {
	enum grade_span kind;
	char *text;
};

struct grade_result {
	enum grade_verdict verdict;
	int rating; /* proposed FSRS rating: 1 Again (wrong), 2 Hard (near miss), 3 Good (right) */
	size_t matched; /* index of the accepted answer that was closest */
	size_t edits;	/* grapheme edits between the typed answer and that answer */
	size_t allowed; /* edits tolerated for that answer's length */
	size_t length;	/* that answer's length in graphemes that count (not ignorable) */
	struct grade_segment *segments; /* the diff, over the closest answer */
	size_t nsegments;
};

/* Edits tolerated for an accepted answer of `length` graphemes that count: 0 up to 3,
 * 1 up to 10, 2 up to 20, 3 beyond. */
size_t grade_allowed(size_t length);

/* Grades `typed` against the accepted answers (the target text first, then its
 * alternatives).  The closest accepted answer is the one with the best verdict, then the
 * fewest edits, then the earliest.  An answer with nothing that counts (empty, or only
 * punctuation and spaces) is wrong.  With no accepted answer the verdict is wrong and the
 * diff shows the typed answer as extra.  NULL strings count as empty.
 * Returns 0 and fills *out (free it with grade_result_free()), or -1 when memory runs out,
 * with *out zeroed. */
int grade_answer(const char *typed, const char *const *accepted, size_t naccepted,
		 struct grade_result *out);

/* The same for a Japanese answer with `reading`, the kana reading of the accepted answers
 * (ja_kana; NULL when there is none).  An answer is also right when it writes an accepted
 * answer with any of its kanji (or digits, or other characters that are read) in kana, or
 * all in kana, as long as each part says what the reading says there; see kana.h for how a
 * text is read against its reading.  When the answer is right, the diff is the accepted
 * answer as written; otherwise it is over the way of writing it nearest to what was typed. */
int grade_answer_reading(const char *typed, const char *const *accepted, size_t naccepted,
			 const char *reading, struct grade_result *out);

/* Frees what grade_answer() allocated and zeroes *r; accepts a zeroed result and NULL. */
void grade_result_free(struct grade_result *r);

/* The diff as one line of plain text for the line mode: missing parts in [brackets], extra
 * parts in {braces}, e.g. "Would you like a rec[e]ipt{t}?".  Brackets that are part of the
 * text itself are not escaped.  Returns a malloc'd string for the caller to free, or NULL
 * when memory runs out. */
char *grade_diff_text(const struct grade_result *r);

/* Whether a character diff is noise rather than help: changes interleaved with runs
 * of one or two characters ("Good [aft]{ev}e[r]n[oon]{ing}!"), or four changes and
 * more. */
bool grade_diff_noisy(const struct grade_result *r);

/* A diff by words (runs between white space), for when the character diff is noise:
 * words of the answer not typed are missing, typed words not in the answer extra, and
 * words that grade as the same (case, punctuation and diacritics aside) are the same,
 * spelled as in the answer.  Segments hold one word each, without the spaces.  Only
 * segments and nsegments of *out are meaningful.  Returns 0, or -1 when memory runs
 * out (*out zeroed); free with grade_result_free(). */
int grade_word_diff(const char *typed, const char *answer, struct grade_result *out);

#endif
