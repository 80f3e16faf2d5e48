#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# "cordial report --class" over a class of 500 learners with 1,000 cards each and
# two years of reviews (4 million), beside sqlite3 running each query of the report
# on the same file; the ratio is to the heaviest of them.  Then the same report
# over its last 30 days.
source "$(dirname "$0")/lib.sh"
RUNS=${RUNS:-7}
export CORDIAL_CONTENT=$BTMP/content.db CORDIAL_DB=$BTMP/training.db TZ=UTC
export CORDIAL_NOW=2026-11-29T09:00:00Z
NOW=1795942800000   # CORDIAL_NOW in milliseconds
TODAY=1795924800000 # the study day's start, 04:00
DAY=86400000

# Content: one handbook of 1,000 phrases in 10 lessons.
awk 'BEGIN {
	print "%rec: Handbook\n\nid: bench\ntitle: 基准\nsource: zh\nlanguages: en\n"
	for (l = 1; l <= 10; l++) {
		printf "%%rec: Lesson\n\nid: l%02d\ntitle: 第%d课\n\n%%rec: Phrase\n\n", l, l
		for (i = 1; i <= 100; i++)
			printf "id: l%02d-%03d\nzh: 第%d课第%d句\nen: lesson %d sentence %d\n\n", l, i, l, i, l, i
	}
}' >"$BTMP/bench.hb"
"$CORDIAL" handbook import "$BTMP/bench.hb" >/dev/null || exit 1
"$CORDIAL" learner add L001 --native zh --target en >/dev/null || exit 1
"$CORDIAL" class add Fleet >/dev/null || exit 1

t0=$(date +%s)
sqlite3 "$CORDIAL_DB" >/dev/null <<SQL || exit 1
PRAGMA journal_mode = WAL;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
INSERT INTO learner (id, name, native, target, created_ms)
  SELECT i, printf('L%03d', i), 'zh', 'en', $NOW - 800 * $DAY FROM n;
INSERT INTO class_member (class, learner, joined_ms) SELECT 1, id, 0 FROM learner;
-- lesson 5 is done by everyone, lesson 6 half begun and due soon, lesson 7 undated
INSERT INTO assignment (class, handbook, lesson, due_day, created_ms) VALUES
  (1, 'bench', 'l05', '2026-11-20', $NOW - 60 * $DAY),
  (1, 'bench', 'l06', '2026-12-06', $NOW - 10 * $DAY),
  (1, 'bench', 'l07', NULL, $NOW - 3 * $DAY);
-- 500 items a learner (lessons 1 to 5 and half of 6 and 7 for every other
-- learner), both skills: 1,000 cards, introduced over two years
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999)
INSERT INTO card (id, learner, handbook, item, skill, state, step, stability, difficulty,
  scheduled_days, due_ms, last_review_ms, reps, lapses, created_ms)
SELECT (l.id - 1) * 1000 + n.i + 1, l.id, 'bench',
  CASE WHEN n.i < 900 OR l.id % 2 = 0
    THEN printf('l%02d-%03d', (n.i / 2) / 100 + 1, (n.i / 2) % 100 + 1)
    ELSE printf('l06-%03d', (n.i / 2) % 100 + 1) END,
  CASE n.i % 2 WHEN 0 THEN 'recognize' ELSE 'produce' END,
  CASE WHEN abs(random()) % 10 = 0 THEN 1 ELSE 2 END, 0,
  0.5 + abs(random()) % 60, 1 + abs(random()) % 9, 10,
  $NOW + (abs(random()) % (60 * $DAY)) - 30 * $DAY,
  $NOW - 40 * $DAY, 3, 0,
  $NOW - (730 - (n.i / 2) * 730 / 500) * $DAY - l.id * 1000
FROM learner l, n WHERE n.i < 900 OR l.id % 2 = 0 OR (n.i / 2) % 100 < 50;
-- two years of reviews: 8,000 a learner, four million in all
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 7999)
INSERT INTO review (learner, card, time_ms, skill, presentation, rating, answer, correct,
  duration_ms, prev_state, prev_step, prev_stability, prev_difficulty, prev_scheduled_days,
  prev_due_ms, prev_last_review_ms, prev_reps, prev_lapses)
SELECT l.id, (l.id - 1) * 1000 + 1 + n.i % 900, $NOW - (8000 - n.i) * 7884000 - l.id * 1000,
  'recognize', 'flip', 1 + abs(random()) % 4, NULL, NULL, 5000,
  CASE WHEN n.i < 1000 THEN 1 ELSE 2 END, 0, 10, 5, 10, 0, 0, 2, 0
FROM learner l, n;
COMMIT;
SQL
echo "built the training database in $(( $(date +%s) - t0 )) s: $(sqlite3 "$CORDIAL_DB" \
	"SELECT (SELECT count(*) FROM learner) || ' learners, ' || (SELECT count(*) FROM card) || \
	' cards, ' || (SELECT count(*) FROM review) || ' reviews'"), $(du -h "$CORDIAL_DB" | cut -f1)"

# The report's queries over the review log and the cards, as src/training.c has
# them, with the parameters it binds for this class and day.
SCOPE="(SELECT id FROM learner WHERE (0 = 0 OR id = 0) AND (1 = 0 OR id IN
  (SELECT learner FROM class_member WHERE class = 1)))"
declare -A queries=(
	[review-counts]="SELECT learner, sum(time_ms >= $((TODAY - 6 * DAY))),
  sum(time_ms >= $((TODAY - 29 * DAY))), sum(prev_state = 2 AND time_ms >= 0),
  sum(prev_state = 2 AND rating > 1 AND time_ms >= 0), max(time_ms)
  FROM review WHERE learner IN $SCOPE GROUP BY learner"
	[cards]="SELECT learner, handbook, item, state, stability, due_ms, created_ms, id
  FROM card WHERE learner IN $SCOPE ORDER BY learner, handbook, item"
	[again-counts]="SELECT card, count(*) FROM review WHERE learner IN $SCOPE
  AND rating = 1 AND time_ms >= 0 GROUP BY learner, card"
)
report() { "$CORDIAL" report --class Fleet; }
report >"$BTMP/report.txt" || exit 1
grep -q 'The items this class misses most' "$BTMP/report.txt" || { echo "no report"; head "$BTMP/report.txt"; exit 1; }

heaviest= mh=0
for name in "${!queries[@]}"; do
	t=()
	for i in $(seq 3); do t+=("$(seconds sqlite3 "$CORDIAL_DB" "${queries[$name]}")") || exit 1; done
	m=$(median "${t[@]}")
	printf '  sqlite3, %-14s %7.3f s\n' "$name:" "$m"
	if [ "$(echo "$m > $mh" | bc)" -eq 1 ]; then heaviest=$name mh=$m; fi
done
c=() q=()
for i in $(seq "$RUNS"); do
	c+=("$(seconds report)") || exit 1
	q+=("$(seconds sqlite3 "$CORDIAL_DB" "${queries[$heaviest]}")") || exit 1
done
mc=$(median "${c[@]}"); mq=$(median "${q[@]}")
echo "report of a class of 500 learners, median of $RUNS runs, side by side:"
printf '  %-48s %7.3f s\n' "cordial report --class Fleet" "$mc"
printf '  %-48s %7.3f s   ratio %.2f (target: at most 2)\n' "sqlite3: the heaviest query ($heaviest)" "$mq" \
	"$(echo "$mc / $mq" | bc -l)"
echo "  (runs: cordial ${c[*]}; sqlite3 ${q[*]})"

# The same report over the last 30 days only: it reads the answers of that period
# (and each learner's last answer), not the whole log.
SINCE=$(date -u -d @$(( (TODAY - 30 * DAY) / 1000 )) +%F)
report_since() { "$CORDIAL" report --class Fleet --since "$SINCE"; }
report_since >"$BTMP/report-since.txt" || exit 1
s=()
for i in $(seq "$RUNS"); do s+=("$(seconds report_since)") || exit 1; done
ms=$(median "${s[@]}")
printf '  %-48s %7.3f s   %.2f x the whole-log report\n' "cordial report --class Fleet --since $SINCE" "$ms" \
	"$(echo "$ms / $mc" | bc -l)"
echo "  (runs: ${s[*]})"
