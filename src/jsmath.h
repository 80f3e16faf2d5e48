/* SPDX-License-Identifier: GPL-3.0-or-later */
/* exp, log and pow with the roundings of JavaScript's Math.exp, Math.log and
 * Math.pow in V8 (Node.js): the same result, bit for bit, for every argument. */
#ifndef CORDIAL_JSMATH_H
#define CORDIAL_JSMATH_H

double js_exp(double x);
double js_log(double x);
double js_pow(double x, double y);

#endif
