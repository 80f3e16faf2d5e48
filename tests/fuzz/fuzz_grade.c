/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the answer grader and its diff, with lines of input as typed and accepted answers. */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "grade.h"

#define MAX_ANSWERS 8

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setlocale(LC_ALL, "C.UTF-8");
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* The first line is typed; each further line is an accepted answer. */
	char *copy = malloc(size + 1);
	if (!copy)
		return 0;
	memcpy(copy, data, size);
	copy[size] = '\0';
	const char *parts[MAX_ANSWERS + 1];
	size_t nparts = 0;
	char *p = copy;
	while (nparts < MAX_ANSWERS + 1) {
		parts[nparts++] = p;
		char *nl = memchr(p, '\n', (size_t)(copy + size - p));
		if (!nl)
			break;
		*nl = '\0';
		p = nl + 1;
	}
	struct grade_result r;
	if (grade_answer(parts[0], parts + 1, nparts - 1, &r) == 0) {
		if (r.verdict == GRADE_RIGHT && r.edits > r.allowed)
			abort();
		if (nparts > 1 && r.matched >= nparts - 1)
			abort();
		free(grade_diff_text(&r));
		grade_result_free(&r);
	}
	/* The same with the last line as the kana reading of the others. */
	if (nparts > 2 &&
	    grade_answer_reading(parts[0], parts + 1, nparts - 2, parts[nparts - 1], &r) == 0) {
		if (r.matched >= nparts - 2)
			abort();
		free(grade_diff_text(&r));
		grade_result_free(&r);
	}
	free(copy);
	return 0;
}
