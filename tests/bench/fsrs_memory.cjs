#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// The ts-fsrs side of the memory benchmark: the same work as "cordial fsrs memory".
//
//   node tests/bench/fsrs_memory.cjs INPUT.tsv [OUTPUT.tsv]
//
// Reads ID, DELTA_DAYS, RATING lines and writes ID, STABILITY, DIFFICULTY and
// INTERVAL_DAYS with 8 decimals.  ts-fsrs is loaded from FSRS_ORACLE_DEPS (a
// node_modules folder), by default /tmp/fsrs-oracle-deps/node_modules, where
// ../shared/fsrs/setup.sh installs it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { createRequire } = require('node:module');

const deps = process.env.FSRS_ORACLE_DEPS || '/tmp/fsrs-oracle-deps/node_modules';
const T = createRequire(path.join(deps, 'x.cjs'))('ts-fsrs');
const [input, output] = process.argv.slice(2);
if (!input) {
  console.error('usage: node fsrs_memory.cjs INPUT.tsv [OUTPUT.tsv]');
  process.exit(2);
}
const f = T.fsrs(T.generatorParameters({ enable_fuzz: false }));
const states = new Map();
const out = [];
let chunks = [];
const t0 = process.hrtime.bigint();
for (const line of fs.readFileSync(input, 'utf8').split('\n')) {
  if (!line || line[0] === '#') continue;
  const [id, dt, g] = line.split('\t');
  const st = f.next_state(states.get(id) || null, Number(dt), Number(g));
  states.set(id, st);
  out.push(`${id}\t${st.stability.toFixed(8)}\t${st.difficulty.toFixed(8)}\t${f.next_interval(st.stability, Number(dt))}`);
  if (out.length === 65536) { chunks.push(out.join('\n')); out.length = 0; }
}
chunks.push(out.join('\n'));
const text = chunks.join('\n') + '\n';
if (output) fs.writeFileSync(output, text);
else process.stdout.write(text);
console.error(`seconds ${Number(process.hrtime.bigint() - t0) / 1e9}`);
