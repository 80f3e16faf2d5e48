// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduler vectors from ts-fsrs with other learning/relearning steps.
'use strict';
// Usage (from the repository root, with ../shared/fsrs set up):
//   node tests/data/fsrs/gen_steps.cjs LEARNING RELEARNING RETENTION HISTORIES SEED OUT.tsv
// ("-" for no steps).  Writes hist, t_ms, rating and the card after the review.
const { load, makeRng } = require(require('node:path').resolve(__dirname, '../../../../shared/fsrs/common.cjs'));
const T = load('ts-fsrs');
const [,, learning, relearning, retention, n, seed, out] = process.argv;
const steps = (s) => (s === '-' ? [] : s.split(','));
const f = T.fsrs(T.generatorParameters({ request_retention: Number(retention), enable_fuzz: false,
  learning_steps: steps(learning), relearning_steps: steps(relearning) }));
const rng = makeRng(Number(seed));
const MIN = 60000, DAY = 1440 * MIN;
const STATE = ['new', 'learning', 'review', 'relearning'];
const rows = [`# ts-fsrs ${T.FSRSVersion}; learning=${learning} relearning=${relearning} retention=${retention}`,
  'hist\tt_ms\trating\tstate\tstep\ts\td\tscheduled_days\tdue_ms\treps\tlapses'];
const epoch0 = Date.UTC(2024, 0, 1);
for (let h = 0; h < Number(n); h++) {
  let now = epoch0 + rng.int(0, 365) * DAY + rng.int(0, 1439) * MIN;
  let card = T.createEmptyCard(new Date(now));
  const len = 1 + Math.floor(Math.pow(rng.next(), 1.5) * 30);
  let prev = null;
  for (let i = 0; i < len; i++) {
    if (i > 0) {
      const due = card.due.getTime(), u = rng.next();
      let t;
      if (u < 0.6) t = due;
      else if (u < 0.8) t = due + rng.int(0, 600) * MIN;
      else if (u < 0.9) t = prev + rng.int(0, 300) * MIN;
      else t = prev + rng.int(0, 40) * DAY + rng.int(0, 1439) * MIN;
      if (t < prev) t = prev;
      now = t;
    }
    const g = rng.weighted([1, 2, 3, 4], [0.25, 0.2, 0.4, 0.15]);
    const c = f.next(card, new Date(now), g).card;
    rows.push([h, now, g, STATE[c.state], c.learning_steps, c.stability, c.difficulty, c.scheduled_days,
      c.due.getTime(), c.reps, c.lapses].join('\t'));
    card = c; prev = now;
  }
}
require('fs').writeFileSync(out, rows.join('\n') + '\n');
