/* SPDX-License-Identifier: GPL-3.0-or-later */
/* exp, log and pow against Node's Math.exp, Math.log and Math.pow, bit for bit
 * (tests/data/jsmath/vectors.tsv, written by gen.cjs beside it). */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jsmath.h"
#include "unit.h"

static double from_bits(const char *hex)
{
	uint64_t u = strtoull(hex, NULL, 16);
	double x;
	memcpy(&x, &u, sizeof x);
	return x;
}

/* Equal bits, or both NaN (JavaScript has one NaN; its sign is not observable). */
static int same(double a, double b)
{
	if (isnan(a) && isnan(b))
		return 1;
	return memcmp(&a, &b, sizeof a) == 0;
}

static int rows, bad_exp, bad_log, bad_pow;

static void check_row(char *line)
{
	double v[7];
	char *p = line;
	for (int i = 0; i < 7; i++) {
		char *end;
		strtoull(p, &end, 16);
		if (end == p)
			return;
		v[i] = from_bits(p);
		p = end;
	}
	rows++;
	if (!same(js_exp(v[0]), v[1])) {
		if (bad_exp++ < 3)
			printf("  exp(%a): %a, Node %a\n", v[0], js_exp(v[0]), v[1]);
	}
	if (!same(js_pow(v[2], v[3]), v[4])) {
		if (bad_pow++ < 3)
			printf("  pow(%a, %a): %a, Node %a\n", v[2], v[3], js_pow(v[2], v[3]), v[4]);
	}
	if (!same(js_log(v[5]), v[6])) {
		if (bad_log++ < 3)
			printf("  log(%a): %a, Node %a\n", v[5], js_log(v[5]), v[6]);
	}
}

static void test_node_vectors(void)
{
	char *buf = unit_slurp("tests/data/jsmath/vectors.tsv", NULL);
	for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n"))
		if (line[0] != '#')
			check_row(line);
	free(buf);
	CHECK(rows >= 4000);
	CHECK_INT(bad_exp, 0);
	CHECK_INT(bad_pow, 0);
	CHECK_INT(bad_log, 0);
}

/* Values whose last bit the C library rounds otherwise (glibc 2.36), so that the
 * vectors above cannot pass by calling it. */
static void test_differs_from_libm_where_node_does(void)
{
	CHECK(js_pow(0x1.26d52326e978dp+3, 0x1.870ca4p-1) == 0x1.5cf62916bcdeep+2);
	CHECK(js_exp(1.0) == 2.718281828459045);
	CHECK(js_pow(2.0, 10.0) == 1024.0);
	CHECK(js_pow(-2.0, 3.0) == -8.0);
	CHECK(isnan(js_pow(1.0, INFINITY)) && isnan(js_pow(-1.0, -INFINITY)));
	CHECK(isnan(js_pow(1.0, NAN)));
	CHECK(js_pow(NAN, 0.0) == 1.0);
	CHECK(js_log(1.0) == 0.0 && isinf(js_log(0.0)) && js_log(0.0) < 0);
	CHECK(isnan(js_log(-1.0)));
	CHECK(js_exp(-INFINITY) == 0.0 && isinf(js_exp(INFINITY)));
	CHECK(js_exp(-800.0) == 0.0 && isinf(js_exp(800.0)));
}

int main(void)
{
	unit_program = "test_jsmath";
	RUN(test_node_vectors);
	RUN(test_differs_from_libm_where_node_does);
	return unit_done();
}
