/* SPDX-License-Identifier: GPL-3.0-or-later */
/* exp, log and pow rounded as JavaScript engines round them.
 *
 * The C library's functions are more accurate (glibc's exp and pow are within
 * about half an ulp), so they differ from V8's in the last bit for about one
 * argument in ten.  Rounded to 8 decimals, that is a rare difference in the
 * printed stability; here the methods are those of Sun's fdlibm 5.3, which V8
 * (Node.js) and SpiderMonkey use for Math.exp, Math.log and Math.pow, so every
 * operation and its rounding are the same.
 *
 * Method, constants and error bounds: fdlibm e_exp.c, e_log.c and e_pow.c
 * (Sun Microsystems, 1993-2004), as documented in their headers.  Every line
 * below is a plain double operation; the file is compiled without contraction
 * into fused multiply-adds so that each product is rounded on its own. */
#include "jsmath.h"

#include <stdint.h>
#include <string.h>

/* The high and low 32 bits of a double's representation. */
static inline int32_t hi_word(double x)
{
	uint64_t u;
	memcpy(&u, &x, sizeof u);
	return (int32_t)(u >> 32);
}

static inline uint32_t lo_word(double x)
{
	uint64_t u;
	memcpy(&u, &x, sizeof u);
	return (uint32_t)u;
}

static inline double from_words(uint32_t hi, uint32_t lo)
{
	uint64_t u = (uint64_t)hi << 32 | lo;
	double x;
	memcpy(&x, &u, sizeof x);
	return x;
}

static inline double with_hi_word(double x, uint32_t hi)
{
	return from_words(hi, lo_word(x));
}

static inline double with_lo_word(double x, uint32_t lo)
{
	return from_words((uint32_t)hi_word(x), lo);
}

/* ln 2 in two parts: the high part has 32 trailing zero bits, so k * LN2_HI is
 * exact for |k| < 2^11. */
static const double LN2_HI = 6.93147180369123816490e-01; /* 0x3fe62e42 fee00000 */
static const double LN2_LO = 1.90821492927058770002e-10; /* 0x3dea39ef 35793c76 */
static const double INV_LN2 = 1.44269504088896338700e+00;

/* Remez polynomial for r * (exp(r) + 1) / (exp(r) - 1) on [0, 0.34658]. */
static const double EP1 = 1.66666666666666019037e-01;
static const double EP2 = -2.77777777770155933842e-03;
static const double EP3 = 6.61375632143793436117e-05;
static const double EP4 = -1.65339022054652515390e-06;
static const double EP5 = 4.13813679705723846039e-08;

static const double HUGE_VALUE = 1.0e+300;
static const double TINY_VALUE = 1.0e-300;
static const double TWO_M1000 = 9.33263618503218878990e-302; /* 2^-1000 */

/* 2^k for -1021 <= k <= 1023, built from its bits. */
static inline double two_to(int k)
{
	return from_words((uint32_t)(0x3ff + k) << 20, 0);
}

double js_exp(double x)
{
	static const double OVER = 7.09782712893383973096e+02;
	static const double UNDER = -7.45133219101941108420e+02;
	int32_t hx = hi_word(x);
	int negative = (int)((uint32_t)hx >> 31);
	hx &= 0x7fffffff;

	if (hx >= 0x40862e42) { /* |x| >= 709.78 */
		if (hx >= 0x7ff00000) {
			if (((hx & 0xfffff) | lo_word(x)) != 0)
				return x + x; /* NaN */
			return negative ? 0.0 : x;
		}
		if (x > OVER)
			return HUGE_VALUE * HUGE_VALUE;
		if (x < UNDER)
			return TWO_M1000 * TWO_M1000;
	}

	/* x = k ln2 + r, |r| <= ln2 / 2, with r = hi - lo kept in two parts. */
	double hi = 0, lo = 0;
	int k = 0;
	if (hx > 0x3fd62e42) {	    /* |x| > ln2 / 2 */
		if (hx < 0x3ff0a2b2) { /* |x| < 1.5 ln2 */
			if (x == 1.0)
				return 2.718281828459045; /* V8 returns e rounded here */
			hi = negative ? x + LN2_HI : x - LN2_HI;
			lo = negative ? -LN2_LO : LN2_LO;
			k = negative ? -1 : 1;
		} else {
			k = (int)(INV_LN2 * x + (negative ? -0.5 : 0.5));
			double t = k;
			hi = x - t * LN2_HI;
			lo = t * LN2_LO;
		}
		x = hi - lo;
	} else if (hx < 0x3e300000) { /* |x| < 2^-28 */
		if (HUGE_VALUE + x > 1.0)
			return 1.0 + x;
	}

	double t = x * x;
	double c = x - t * (EP1 + t * (EP2 + t * (EP3 + t * (EP4 + t * EP5))));
	if (k == 0)
		return 1.0 - ((x * c) / (c - 2.0) - x);
	double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
	if (k >= -1021) {
		if (k == 1024)
			return y * 2.0 * 0x1p1023;
		return y * two_to(k);
	}
	return y * two_to(k + 1000) * TWO_M1000;
}

/* Polynomial for (log(1 + f) - 2s - s f) / s, s = f / (2 + f). */
static const double LG1 = 6.666666666666735130e-01;
static const double LG2 = 3.999999999940941908e-01;
static const double LG3 = 2.857142874366239149e-01;
static const double LG4 = 2.222219843214978396e-01;
static const double LG5 = 1.818357216161805012e-01;
static const double LG6 = 1.531383769920937332e-01;
static const double LG7 = 1.479819860511658591e-01;
static const double TWO54 = 1.80143985094819840000e+16;

double js_log(double x)
{
	int32_t hx = hi_word(x);
	uint32_t lx = lo_word(x);
	int k = 0;
	if (hx < 0x00100000) { /* x < 2^-1022: zero, negative or subnormal */
		if (((hx & 0x7fffffff) | lx) == 0)
			return -TWO54 / 0.0;
		if (hx < 0)
			return (x - x) / 0.0;
		k -= 54;
		x *= TWO54;
		hx = hi_word(x);
	}
	if (hx >= 0x7ff00000)
		return x + x;
	k += (hx >> 20) - 1023;
	hx &= 0x000fffff;
	/* Scale x into [sqrt(2)/2, sqrt(2)). */
	int32_t i = (hx + 0x95f64) & 0x100000;
	x = with_hi_word(x, (uint32_t)(hx | (i ^ 0x3ff00000)));
	k += i >> 20;
	double f = x - 1.0;
	double dk = k;
	if ((0x000fffff & (2 + hx)) < 3) { /* |f| < 2^-20 */
		if (f == 0.0)
			return k == 0 ? 0.0 : dk * LN2_HI + dk * LN2_LO;
		double r = f * f * (0.5 - 0.33333333333333333 * f);
		if (k == 0)
			return f - r;
		return dk * LN2_HI - ((r - dk * LN2_LO) - f);
	}
	double s = f / (2.0 + f);
	double z = s * s;
	i = hx - 0x6147a;
	double w = z * z;
	int32_t j = 0x6b851 - hx;
	double t1 = w * (LG2 + w * (LG4 + w * LG6));
	double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
	i |= j;
	double r = t2 + t1;
	if (i > 0) {
		double hfsq = 0.5 * f * f;
		if (k == 0)
			return f - (hfsq - s * (hfsq + r));
		return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
	}
	if (k == 0)
		return f - s * (f - r);
	return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
}

/* Polynomial for (3/2) (log(x) - 2s - (2/3) s^3), s = (x - 1) / (x + 1). */
static const double L1 = 5.99999999999994648725e-01;
static const double L2 = 4.28571428578550184252e-01;
static const double L3 = 3.33333329818377432918e-01;
static const double L4 = 2.72728123808534006489e-01;
static const double L5 = 2.30660745775561754067e-01;
static const double L6 = 2.06975017800338417784e-01;
static const double LG2_FULL = 6.93147180559945286227e-01;
static const double LG2_H = 6.93147182464599609375e-01;	  /* 0x3fe62e43 00000000 */
static const double LG2_L = -1.90465429995776804525e-09;  /* 0xbe205c61 0ca86c39 */
static const double OVT = 8.0085662595372944372e-17;	  /* -(1024 - log2(max + ulp/2)) */
static const double CP = 9.61796693925975554329e-01;	  /* 2 / (3 ln 2) */
static const double CP_H = 9.61796700954437255859e-01;	  /* CP to 24 bits */
static const double CP_L = -7.02846165095275826516e-09;	  /* CP - CP_H */
static const double IVLN2 = 1.44269504088896338700e+00;	  /* 1 / ln 2 */
static const double IVLN2_H = 1.44269502162933349609e+00; /* 1 / ln 2 to 24 bits */
static const double IVLN2_L = 1.92596299112661746887e-08; /* 1 / ln 2 - IVLN2_H */
static const double TWO53 = 9007199254740992.0;

/* x^y = 2^(y log2 x): log2 x is found to about 24 extra bits as t1 + t2, the
 * product with y as p_h + p_l, and 2^(p_h + p_l) as 2^n exp(z ln 2).  Special
 * cases follow ECMAScript's Math.pow, which differs from C's pow only for
 * 1^NaN and (+-1)^(+-Infinity), NaN in JavaScript. */
double js_pow(double x, double y)
{
	static const double bp[2] = { 1.0, 1.5 };
	static const double dp_h[2] = { 0.0, 5.84962487220764160156e-01 };
	static const double dp_l[2] = { 0.0, 1.35003920212974897128e-08 };
	int32_t hx = hi_word(x), hy = hi_word(y);
	uint32_t lx = lo_word(x), ly = lo_word(y);
	int32_t ix = hx & 0x7fffffff, iy = hy & 0x7fffffff;

	if ((iy | ly) == 0)
		return 1.0;
	if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lx != 0) || iy > 0x7ff00000 ||
	    (iy == 0x7ff00000 && ly != 0))
		return (x + 0.0) + (y + 0.0); /* NaN, 1^NaN included */

	/* For x < 0: is y an odd integer (1), an even one (2) or not one (0)? */
	int yisint = 0;
	if (hx < 0) {
		if (iy >= 0x43400000) {
			yisint = 2;
		} else if (iy >= 0x3ff00000) {
			int e = (iy >> 20) - 0x3ff;
			if (e > 20) {
				uint32_t j = ly >> (52 - e);
				if ((j << (52 - e)) == ly)
					yisint = 2 - (int)(j & 1);
			} else if (ly == 0) {
				int32_t j = iy >> (20 - e);
				if ((j << (20 - e)) == iy)
					yisint = 2 - (int)(j & 1);
			}
		}
	}

	if (ly == 0) {
		if (iy == 0x7ff00000) { /* y is +-Infinity */
			if (((ix - 0x3ff00000) | lx) == 0)
				return y - y; /* (+-1)^+-Infinity is NaN */
			if (ix >= 0x3ff00000)
				return hy >= 0 ? y : 0.0;
			return hy < 0 ? -y : 0.0;
		}
		if (iy == 0x3ff00000)
			return hy < 0 ? 1.0 / x : x;
		if (hy == 0x40000000)
			return x * x;
		if (hy == 0x3fe00000 && hx >= 0)
			return __builtin_sqrt(x);
	}

	double ax = x < 0 ? -x : x;
	if (lx == 0 && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000)) {
		double z = ax; /* x is +-0, +-Infinity or +-1 */
		if (hy < 0)
			z = 1.0 / z;
		if (hx < 0) {
			if (((ix - 0x3ff00000) | yisint) == 0)
				z = (z - z) / (z - z);
			else if (yisint == 1)
				z = -z;
		}
		return z;
	}

	int32_t n = (int32_t)((uint32_t)hx >> 31) - 1;
	if ((n | yisint) == 0)
		return (x - x) / (x - x); /* negative to a non-integer */
	double sign = 1.0;
	if ((n | (yisint - 1)) == 0)
		sign = -1.0;

	double t1, t2;
	if (iy > 0x41e00000) { /* |y| > 2^31 */
		if (iy > 0x43f00000) {
			if (ix <= 0x3fefffff)
				return hy < 0 ? HUGE_VALUE * HUGE_VALUE : TINY_VALUE * TINY_VALUE;
			if (ix >= 0x3ff00000)
				return hy > 0 ? HUGE_VALUE * HUGE_VALUE : TINY_VALUE * TINY_VALUE;
		}
		if (ix < 0x3fefffff)
			return hy < 0 ? sign * HUGE_VALUE * HUGE_VALUE : sign * TINY_VALUE * TINY_VALUE;
		if (ix > 0x3ff00000)
			return hy > 0 ? sign * HUGE_VALUE * HUGE_VALUE : sign * TINY_VALUE * TINY_VALUE;
		/* |1 - x| <= 2^-20: log(x) by its series */
		double t = ax - 1.0;
		double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
		double u = IVLN2_H * t;
		double v = t * IVLN2_L - w * IVLN2;
		t1 = with_lo_word(u + v, 0);
		t2 = v - (t1 - u);
	} else {
		n = 0;
		if (ix < 0x00100000) { /* subnormal x */
			ax *= TWO53;
			n -= 53;
			ix = hi_word(ax);
		}
		n += (ix >> 20) - 0x3ff;
		int32_t j = ix & 0x000fffff;
		int k;
		ix = j | 0x3ff00000;
		if (j <= 0x3988e) { /* |x| < sqrt(3/2) */
			k = 0;
		} else if (j < 0xbb67a) { /* |x| < sqrt(3) */
			k = 1;
		} else {
			k = 0;
			n += 1;
			ix -= 0x00100000;
		}
		ax = with_hi_word(ax, (uint32_t)ix);

		/* ss = s_h + s_l = (x - 1) / (x + 1) or (x - 1.5) / (x + 1.5) */
		double u = ax - bp[k];
		double v = 1.0 / (ax + bp[k]);
		double ss = u * v;
		double s_h = with_lo_word(ss, 0);
		double t_h = from_words((uint32_t)(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18)), 0);
		double t_l = ax - (t_h - bp[k]);
		double s_l = v * ((u - s_h * t_h) - s_h * t_l);
		/* log(ax) */
		double s2 = ss * ss;
		double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
		r += s_l * (s_h + ss);
		s2 = s_h * s_h;
		t_h = with_lo_word(3.0 + s2 + r, 0);
		t_l = r - ((t_h - 3.0) - s2);
		u = s_h * t_h;
		v = s_l * t_h + t_l * ss;
		double p_h = with_lo_word(u + v, 0);
		double p_l = v - (p_h - u);
		double z_h = CP_H * p_h;
		double z_l = CP_L * p_h + p_l * CP + dp_l[k];
		/* log2(ax) = n + dp_h + z_h + z_l */
		double t = (double)n;
		t1 = with_lo_word(((z_h + z_l) + dp_h[k]) + t, 0);
		t2 = z_l - (((t1 - t) - dp_h[k]) - z_h);
	}

	/* (y1 + y2) (t1 + t2) with y1 = y to 21 bits */
	double y1 = with_lo_word(y, 0);
	double p_l = (y - y1) * t1 + y * t2;
	double p_h = y1 * t1;
	double z = p_l + p_h;
	int32_t j = hi_word(z);
	int32_t i = (int32_t)lo_word(z);
	if (j >= 0x40900000) { /* z >= 1024 */
		if (((j - 0x40900000) | i) != 0)
			return sign * HUGE_VALUE * HUGE_VALUE;
		if (p_l + OVT > z - p_h)
			return sign * HUGE_VALUE * HUGE_VALUE;
	} else if ((j & 0x7fffffff) >= 0x4090cc00) { /* z <= -1075 */
		if (((j - (int32_t)0xc090cc00) | i) != 0)
			return sign * TINY_VALUE * TINY_VALUE;
		if (p_l <= z - p_h)
			return sign * TINY_VALUE * TINY_VALUE;
	}

	/* 2^(p_h + p_l) = 2^n 2^(z) with |z| <= 1/2 */
	i = j & 0x7fffffff;
	int k = (i >> 20) - 0x3ff;
	n = 0;
	if (i > 0x3fe00000) {
		n = j + (0x00100000 >> (k + 1));
		k = ((n & 0x7fffffff) >> 20) - 0x3ff;
		double t = from_words((uint32_t)(n & ~(0x000fffff >> k)), 0);
		n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
		if (j < 0)
			n = -n;
		p_h -= t;
	}
	double t = with_lo_word(p_l + p_h, 0);
	double u = t * LG2_H;
	double v = (p_l - (t - p_h)) * LG2_FULL + t * LG2_L;
	z = u + v;
	double w = v - (z - u);
	t = z * z;
	t1 = z - t * (EP1 + t * (EP2 + t * (EP3 + t * (EP4 + t * EP5))));
	/* fdlibm subtracts (w + z w) after the division; V8 subtracts it from the
	 * divisor, and so is followed here. */
	double r = (z * t1) / ((t1 - 2.0) - (w + z * w));
	z = 1.0 - (r - z);
	j = hi_word(z);
	j += (int32_t)((uint32_t)n << 20);
	if ((j >> 20) <= 0)
		z = __builtin_ldexp(z, n); /* subnormal result */
	else
		z = with_hi_word(z, (uint32_t)j);
	return sign * z;
}
