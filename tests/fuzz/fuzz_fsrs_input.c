/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: "cordial fsrs memory|schedule|optimize" reading fuzzed reviews on the standard input. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setlocale(LC_ALL, "C.UTF-8");
	/* The results are not looked at; the messages go to stderr (-close_fd_mask=2 hides them). */
	if (!freopen("/dev/null", "w", stdout))
		abort();
	return 0;
}

/* Larger inputs make the optimizer slow without reaching new code. */
#define MAX_OPTIMIZE 4096

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	/* The first byte chooses the command and its options. */
	static char *const memory[][6] = {
	    {"fsrs", "memory", NULL},
	    {"fsrs", "memory", "--no-short-term", NULL},
	    {"fsrs", "memory", "--retention", "0.8", NULL},
	};
	static char *const schedule[][6] = {
	    {"fsrs", "schedule", NULL},
	    {"fsrs", "schedule", "--no-short-term", NULL},
	    {"fsrs", "schedule", "--fuzz-seed", "7", NULL},
	    {"fsrs", "schedule", "--learning-steps", "1m,2d", "--relearning-steps", NULL},
	};
	char *argv[8] = {NULL};
	int sel = data[0] % 8;
	char *const *chosen;
	if (sel < 3) {
		chosen = memory[sel];
	} else if (sel < 7) {
		chosen = schedule[sel - 3];
	} else {
		static char *const optimize[] = {"fsrs", "optimize", NULL};
		if (size > MAX_OPTIMIZE)
			return 0;
		chosen = optimize;
	}
	int argc = 0;
	for (; chosen[argc]; argc++)
		argv[argc] = chosen[argc];
	if (sel == 6)
		argv[argc++] = "10m";

	FILE *in = fmemopen((void *)(data + 1), size - 1 ? size - 1 : 1, "r");
	if (!in)
		return 0;
	if (size == 1)
		(void)fgetc(in); /* fmemopen refuses a size of 0: read the one byte away */
	FILE *saved = stdin;
	stdin = in;
	struct cli_env env = {0};
	(void)cli_fsrs(&env, argc, argv);
	stdin = saved;
	fclose(in);
	return 0;
}
