/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A minimal unit-test harness: TEST functions made of CHECKs, run by RUN.
 *
 * Each test prints "PASS <program>/<test>" or "FAIL <program>/<test>" followed by
 * the failed checks; tests/run counts these lines. main() ends with unit_done(). */
#ifndef UNIT_H
#define UNIT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int unit_failed_checks;      /* in the current test */
static int unit_tests_failed;
static const char *unit_program = "unit";

#define CHECK(cond)                                                                  \
	do {                                                                         \
		if (!(cond)) {                                                       \
			unit_failed_checks++;                                        \
			printf("  %s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
		}                                                                    \
	} while (0)

#define CHECK_STR(got, want)                                                         \
	do {                                                                         \
		const char *unit_g_ = (got), *unit_w_ = (want);                      \
		if (!unit_g_ || !unit_w_ || strcmp(unit_g_, unit_w_) != 0) {         \
			unit_failed_checks++;                                        \
			printf("  %s:%d: %s\n    got:  \"%s\"\n    want: \"%s\"\n", __FILE__, \
			       __LINE__, #got, unit_g_ ? unit_g_ : "(null)",             \
			       unit_w_ ? unit_w_ : "(null)");                            \
		}                                                                    \
	} while (0)

#define CHECK_INT(got, want)                                                         \
	do {                                                                         \
		long long unit_g_ = (long long)(got), unit_w_ = (long long)(want);   \
		if (unit_g_ != unit_w_) {                                            \
			unit_failed_checks++;                                        \
			printf("  %s:%d: %s\n    got:  %lld\n    want: %lld\n", __FILE__, \
			       __LINE__, #got, unit_g_, unit_w_);                        \
		}                                                                    \
	} while (0)

#define RUN(test)                                                                    \
	do {                                                                         \
		unit_failed_checks = 0;                                              \
		test();                                                              \
		printf("%s %s/%s\n", unit_failed_checks ? "FAIL" : "PASS", unit_program, \
		       #test);                                                       \
		if (unit_failed_checks)                                              \
			unit_tests_failed++;                                         \
		fflush(stdout);                                                      \
	} while (0)

static inline int unit_done(void)
{
	return unit_tests_failed ? 1 : 0;
}

/* Reads a whole file of the test data into a NUL-terminated buffer; exits on error. */
static inline char *unit_slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		printf("FAIL %s: cannot open %s\n", unit_program, path);
		exit(1);
	}
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap);
	for (size_t r; buf && (r = fread(buf + n, 1, cap - n - 1, f)) > 0;) {
		n += r;
		if (cap - n < 2)
			buf = realloc(buf, cap *= 2);
	}
	fclose(f);
	if (!buf)
		exit(1);
	buf[n] = '\0';
	if (len)
		*len = n;
	return buf;
}

#endif
