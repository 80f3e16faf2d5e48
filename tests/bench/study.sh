#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Time from "cordial study --plain" starting to its first prompt, with 200 learners x
# 3,000 cards and 2 million reviews in the training database, beside sqlite3 answering
# the due-card count query on the same file.  The session is given "q" at once, so
# the time measured also includes quitting and the summary: an upper bound.
source "$(dirname "$0")/lib.sh"
RUNS=${RUNS:-7}
export CORDIAL_CONTENT=$BTMP/content.db CORDIAL_DB=$BTMP/training.db TZ=UTC
export CORDIAL_NOW=2026-11-29T09:00:00Z CORDIAL_TTS=/bin/true
NOW=1795942800000

# study_handbook N: the handbook "bench" on standard output: the learners' 3,000
# phrases in 30 lessons, then lessons of 1,000 phrases no learner chose, to N phrases.
study_handbook() {
	awk -v n="$1" 'BEGIN {
	print "%rec: Handbook\n\nid: bench\ntitle: 基准\nsource: zh\nlanguages: en\n"
	for (l = 1; l <= 30; l++) {
		printf "%%rec: Lesson\n\nid: l%02d\ntitle: 第%d课\n\n%%rec: Phrase\n\n", l, l
		for (i = 1; i <= 100; i++)
			printf "id: l%02d-%03d\nzh: 第%d课第%d句\nen: lesson %d sentence %d\n\n", l, i, l, i, l, i
	}
	for (m = 3000; m < n; ) {
		f = m / 1000 - 2
		printf "%%rec: Lesson\n\nid: f%04d\ntitle: 附%d\n\n%%rec: Phrase\n\n", f, f
		for (i = 1; i <= 1000 && m < n; i++) {
			m++
			printf "id: f%04d-%04d\nzh: 附%d第%d句\nen: extra %d sentence %d\n\n", f, i, f, i, f, i
		}
	}
}'
}

# Content: the handbook of 3,000 phrases in 30 lessons.
study_handbook 3000 >"$BTMP/bench.hb"
"$CORDIAL" handbook import "$BTMP/bench.hb" >/dev/null || exit 1
"$CORDIAL" learner add L000 --native zh --target en >/dev/null || exit 1

t0=$(date +%s)
sqlite3 "$CORDIAL_DB" >/dev/null <<SQL || exit 1
PRAGMA journal_mode = WAL;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 199)
INSERT INTO learner (name, native, target, created_ms) SELECT printf('L%03d', i), 'zh', 'en', 0 FROM n;
INSERT INTO learner_lesson (learner, handbook, lesson, chosen_ms)
  SELECT l.id, 'bench', printf('l%02d', k.i), 0 FROM learner l,
  (WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 30) SELECT i FROM k) k;
-- 1,500 items a learner, both skills: 3,000 cards; nine in ten in review, due within a month
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 2999)
INSERT INTO card (learner, handbook, item, skill, state, step, stability, difficulty,
  scheduled_days, due_ms, last_review_ms, reps, lapses, created_ms)
SELECT l.id, 'bench', printf('l%02d-%03d', (n.i / 2) / 100 + 1, (n.i / 2) % 100 + 1),
  CASE n.i % 2 WHEN 0 THEN 'recognize' ELSE 'produce' END,
  CASE WHEN abs(random()) % 10 = 0 THEN 1 ELSE 2 END, 0,
  1 + abs(random()) % 60, 1 + abs(random()) % 9, 10,
  $NOW + (abs(random()) % (60 * 86400000)) - 30 * 86400000,
  $NOW - 40 * 86400000, 3, 0, 0
FROM learner l, n;
-- 2,000,000 reviews: 10,000 a learner
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 9999)
INSERT INTO review (learner, card, time_ms, skill, presentation, rating, answer, correct,
  duration_ms, prev_state, prev_step, prev_stability, prev_difficulty, prev_scheduled_days,
  prev_due_ms, prev_last_review_ms, prev_reps, prev_lapses)
SELECT l.id, (l.id - 1) * 3000 + 1 + n.i % 3000, $NOW - (10000 - n.i) * 3600000, 'recognize',
  'flip', 1 + abs(random()) % 4, NULL, NULL, 5000, 2, 0, 10, 5, 10, 0, 0, 2, 0
FROM learner l, n;
COMMIT;
SQL
echo "built the training database in $(( $(date +%s) - t0 )) s: $(sqlite3 "$CORDIAL_DB" \
	"SELECT (SELECT count(*) FROM learner) || ' learners, ' || (SELECT count(*) FROM card) || \
	' cards, ' || (SELECT count(*) FROM review) || ' reviews'"), $(du -h "$CORDIAL_DB" | cut -f1)"

first_prompt() { echo q | "$CORDIAL" study --plain --learner L100 --seed 1; }
due_query() { sqlite3 "$CORDIAL_DB" "SELECT count(*) FROM card WHERE learner = 100 AND due_ms <= $NOW"; }
first_prompt | grep -q 'Answer with\|Press Enter\|Type the' || { echo "no prompt"; first_prompt | head; exit 1; }
c=(); q=()
for i in $(seq "$RUNS"); do
	c+=("$(seconds first_prompt)") || exit 1
	q+=("$(seconds due_query)") || exit 1
done
mc=$(median "${c[@]}"); mq=$(median "${q[@]}")
echo "time to the first prompt (L100, $(due_query) cards due), median of $RUNS runs, side by side:"
printf '  %-48s %7.3f s\n' "cordial study --plain (start, first prompt, quit)" "$mc"
printf '  %-48s %7.3f s   ratio %.2f\n' "sqlite3: the due-card count query" "$mq" "$(echo "$mc / $mq" | bc -l)"
echo "  (runs: cordial ${c[*]}; sqlite3 ${q[*]})"

# The same with the handbook grown around the learners' lessons (reviews unchanged): the
# time to the first prompt should not follow the handbook's size.  STUDY_SIZES lists
# the sizes in phrases (each is imported once, before it is timed).
read -ra sizes <<<"${STUDY_SIZES:-10000 1000000}"
echo "time to the first prompt as the handbook grows (median of $RUNS runs, side by side):"
first=
for n in "${sizes[@]}"; do
	export CORDIAL_CONTENT=$BTMP/content-$n.db
	t0=$(date +%s)
	study_handbook "$n" >"$BTMP/grown.hb" && "$CORDIAL" handbook import "$BTMP/grown.hb" >/dev/null || exit 1
	rm -f "$BTMP/grown.hb"
	built=$(( $(date +%s) - t0 ))
	c=(); q=()
	for i in $(seq "$RUNS"); do
		c+=("$(seconds first_prompt)") || exit 1
		q+=("$(seconds due_query)") || exit 1
	done
	mc=$(median "${c[@]}"); mq=$(median "${q[@]}")
	first=${first:-$mc}
	printf '  %8d phrases (imported in %d s): cordial %7.3f s, sqlite3 %7.3f s, ratio %.2f; %.2f x the first size\n' \
		"$n" "$built" "$mc" "$mq" "$(echo "$mc / $mq" | bc -l)" "$(echo "$mc / $first" | bc -l)"
	echo "    (runs: cordial ${c[*]}; sqlite3 ${q[*]})"
	rm -f "$CORDIAL_CONTENT"
done
