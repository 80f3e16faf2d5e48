#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes vectors.tsv: arguments and results of Node's Math.exp, Math.log and
// Math.pow, as the hexadecimal bits of each double, for tests/unit/test_jsmath.c.
//
//   node tests/data/jsmath/gen.cjs > tests/data/jsmath/vectors.tsv
//
// The arguments come from a fixed xorshift generator, so the file is the same on
// every run with the same engine: a quarter in the ranges the scheduler uses, a
// quarter any bit pattern, a quarter special values, a quarter large exponents,
// negative bases and tiny logarithms.
'use strict';
const N = Number(process.argv[2] || 4000);
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const hex = (x) => { f64[0] = x; return u64[0].toString(16).padStart(16, '0'); };
let state = 0x9e3779b97f4a7c15n;
const M = (1n << 64n) - 1n;
function bits() {
  state ^= (state << 13n) & M; state ^= state >> 7n; state ^= (state << 17n) & M;
  return state;
}
const any = () => { u64[0] = bits(); return f64[0]; };
const unif = (lo, hi) => lo + (hi - lo) * (Number(bits() >> 11n) / 2 ** 53);
const special = [0, -0, 1, -1, 2, 0.5, -2, Infinity, -Infinity, NaN, 1e-310, -1e-310, 5e-324,
  1.7976931348623157e308, 3, -3, 10, 0.1, 1 + 2 ** -52, 1 - 2 ** -53, 709.78, -745.1, 1024, -1075];
console.log('# x\texp(x)\tbase\texponent\tpow\ty\tlog(y)\t(doubles as hexadecimal bits; Node ' +
  process.version + ')');
for (let i = 0; i < N; i++) {
  let x, b, e, y;
  switch (i % 4) {
  case 0: x = unif(-30, 30); b = unif(0, 200); e = unif(-3, 3); y = unif(0, 50); break;
  case 1: x = any(); b = any(); e = any(); y = any(); break;
  case 2: x = special[i % special.length]; b = special[(i * 7) % special.length];
    e = special[(i * 13) % special.length]; y = special[(i * 5) % special.length]; break;
  default: x = unif(-750, 710); b = -unif(0, 10); e = Math.round(unif(-40, 40)); y = unif(0, 1e-300);
  }
  console.log([x, Math.exp(x), b, e, Math.pow(b, e), y, Math.log(y)].map(hex).join('\t'));
}
