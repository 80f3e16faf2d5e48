/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Per-keystroke search for tests/bench/search.sh: every prefix of each query (whole
 * characters) is searched as the phrasebook does (the best 100), RUNS times; the
 * fastest run of each prefix counts, in processor time and in wall time, so that a
 * busy machine shows in the wall figure and not in the processor one.  Prints one
 * line a prefix: "cpu_ms wall_ms hits prefix".
 *
 * Usage: search CONTENT_DB RUNS QUERY... */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "content.h"

static void count_hit(const struct content_hit *hit, void *ctx)
{
	(void)hit;
	(*(long *)ctx)++;
}

static double ms(clockid_t clock)
{
	struct timespec t;
	clock_gettime(clock, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		fputs("usage: search CONTENT_DB RUNS QUERY...\n", stderr);
		return 2;
	}
	char *err = NULL;
	struct content *c = content_open(argv[1], false, &err);
	if (!c) {
		fprintf(stderr, "%s\n", err ? err : "?");
		return 1;
	}
	int runs = atoi(argv[2]);
	for (int q = 3; q < argc; q++) {
		const char *query = argv[q];
		size_t n = strlen(query);
		for (size_t len = 1; len <= n; len++) {
			if ((query[len] & 0xc0) == 0x80)
				continue; /* the middle of a character: not a keystroke */
			char prefix[256];
			snprintf(prefix, sizeof prefix, "%.*s", (int)len, query);
			double cpu = 1e9, wall = 1e9;
			long hits = 0;
			for (int r = 0; r < runs; r++) {
				hits = 0;
				double c0 = ms(CLOCK_PROCESS_CPUTIME_ID), w0 = ms(CLOCK_MONOTONIC);
				if (content_search(c, prefix, 100, count_hit, &hits, &err) < 0) {
					fprintf(stderr, "%s\n", err ? err : "?");
					return 1;
				}
				double c1 = ms(CLOCK_PROCESS_CPUTIME_ID), w1 = ms(CLOCK_MONOTONIC);
				if (c1 - c0 < cpu)
					cpu = c1 - c0;
				if (w1 - w0 < wall)
					wall = w1 - w0;
			}
			printf("%.3f %.3f %ld %s\n", cpu, wall, hits, prefix);
		}
	}
	content_close(c);
	return 0;
}
