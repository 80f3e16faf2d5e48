#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A large training room on PostgreSQL beside the same data in an SQLite file: 200
# learners x 3,000 cards and 2,000,000 reviews (the data set of study.sh), all of
# them in one class.  Times, median of RUNS: from "cordial study --plain" starting
# to its first prompt, and "cordial report --class Fleet", on each store, with the
# ratio PostgreSQL / SQLite (target: at most 3).  On PostgreSQL each runs as who
# would run it in a room: the learner L100 under a login of their own, the report
# under the trainer's (L000), both enrolled as `learner add --user` does, so that
# row-level security applies (checked before the runs); their logins are mapped
# to whoever runs this (pg_ident.conf), and no system users are made.
source "$(dirname "$0")/lib.sh"
source "$ROOT/tests/pg.sh"
RUNS=${RUNS:-5}
export CORDIAL_CONTENT=$BTMP/content.db TZ=UTC CORDIAL_NOW=2026-11-29T09:00:00Z CORDIAL_TTS=/bin/true
NOW=1795942800000
LITE=$BTMP/training.db
awk 'BEGIN {
	print "%rec: Handbook\n\nid: bench\ntitle: 基准\nsource: zh\nlanguages: en\n"
	for (l = 1; l <= 30; l++) {
		printf "%%rec: Lesson\n\nid: l%02d\ntitle: 第%d课\n\n%%rec: Phrase\n\n", l, l
		for (i = 1; i <= 100; i++)
			printf "id: l%02d-%03d\nzh: 第%d课第%d句\nen: lesson %d sentence %d\n\n", l, i, l, i, l, i
	}
}' >"$BTMP/bench.hb"
"$CORDIAL" handbook import "$BTMP/bench.hb" >/dev/null || exit 1
CORDIAL_DB=$LITE "$CORDIAL" learner add L000 --native zh --target en >/dev/null || exit 1
CORDIAL_DB=$LITE "$CORDIAL" class add Fleet >/dev/null || exit 1
t0=$(date +%s)
sqlite3 "$LITE" >/dev/null <<SQL || exit 1
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 199)
INSERT INTO learner (name, native, target, created_ms) SELECT printf('L%03d', i), 'zh', 'en', 0 FROM n;
INSERT INTO class_member (class, learner, joined_ms) SELECT 1, id, 0 FROM learner;
INSERT INTO learner_lesson (learner, handbook, lesson, chosen_ms)
  SELECT l.id, 'bench', printf('l%02d', k.i), 0 FROM learner l,
  (WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 30) SELECT i FROM k) k;
INSERT INTO assignment (class, handbook, lesson, due_day, created_ms) VALUES (1, 'bench', 'l01', '2026-12-20', 0);
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
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 9999)
INSERT INTO review (learner, card, time_ms, skill, presentation, rating, answer, correct,
  duration_ms, prev_state, prev_step, prev_stability, prev_difficulty, prev_scheduled_days,
  prev_due_ms, prev_last_review_ms, prev_reps, prev_lapses)
SELECT l.id, (l.id - 1) * 3000 + 1 + n.i % 3000, $NOW - (10000 - n.i) * 3600000, 'recognize',
  'flip', 1 + abs(random()) % 4, NULL, NULL, 5000, 2, 0, 10, 5, 10, 0, 0, 2, 0
FROM learner l, n;
COMMIT;
SQL
echo "built the SQLite file in $(( $(date +%s) - t0 )) s"

# The same rows into a training room on PostgreSQL.
pg_start "$(mktemp -d /tmp/cordial-bench-pg.XXXXXX)" || exit 1
trap 'pg_stop; rm -rf "$BTMP"' EXIT
me=$(id -un)
printf 'bench %s %s\nbench %s cordbench_learner\nbench %s cordbench_trainer\n' "$me" "$me" "$me" \
	"$me" >>"$PG_DIR/data/pg_ident.conf"
sed -i 's/^\(local .*peer\)$/\1 map=bench/' "$PG_DIR/data/pg_hba.conf"
pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -w restart -l "$PG_DIR/server.log" >/dev/null || exit 1
createdb -h "$PGHOST" room || exit 1
PGURI="postgresql:///room?host=$PGHOST"
CORDIAL_DB=$PGURI "$CORDIAL" room init >/dev/null || exit 1
t0=$(date +%s)
for table in learner class class_member learner_lesson assignment card review; do
	cols=$(sqlite3 "$LITE" "SELECT group_concat(name, ', ') FROM pragma_table_info('$table')")
	# (the rows are the SQLite file's, already consistent: no foreign key checks)
	sqlite3 -csv "$LITE" "SELECT $cols FROM $table" |
		psql -X -q -h "$PGHOST" -d room -c "SET session_replication_role = replica" \
			-c "\\copy cordial.$table ($cols) FROM STDIN WITH (FORMAT csv)" || exit 1
done
for table in learner class card review assignment; do
	psql -X -q -h "$PGHOST" -d room -c "SELECT setval(pg_get_serial_sequence('cordial.$table', 'id'),
		(SELECT max(id) FROM cordial.$table))" >/dev/null || exit 1
done
psql -X -q -h "$PGHOST" -d room -c "UPDATE cordial.learner SET login = CASE name WHEN 'L000'
	THEN 'cordbench_trainer' ELSE 'cordbench_learner' END WHERE name IN ('L000', 'L100')" \
	-c "SELECT count(cordial.enrol(login)) FROM cordial.learner WHERE login IS NOT NULL" \
	-c "VACUUM ANALYZE" >/dev/null || exit 1
AS_LEARNER="postgresql://cordbench_learner@/room?host=$PGHOST"
AS_TRAINER="postgresql://cordbench_trainer@/room?host=$PGHOST"
seen=$(psql -X -A -t "$AS_LEARNER" -c "SELECT count(*) FROM cordial.learner")
[ "$seen" = 1 ] || { echo "row-level security not in force for the learner: sees $seen learners"; exit 1; }
seen=$(psql -X -A -t "$AS_TRAINER" -c "SELECT count(*) FROM cordial.learner")
echo "row-level security in force: the learner's login sees 1 learner, the trainer's $seen"
echo "copied into PostgreSQL in $(( $(date +%s) - t0 )) s: $(psql -X -A -t -h "$PGHOST" -d room -c \
	"SELECT (SELECT count(*) FROM cordial.learner) || ' learners, ' || (SELECT count(*) FROM cordial.card)
	|| ' cards, ' || (SELECT count(*) FROM cordial.review) || ' reviews'")"

# STORE: SQLite's file, or "pg" for the room under the learner's or trainer's login
first_prompt() {
	echo q | CORDIAL_DB=${1/#pg/$AS_LEARNER} "$CORDIAL" study --plain --learner L100 --seed 1
}
report() { CORDIAL_DB=${1/#pg/$AS_TRAINER} "$CORDIAL" report --class Fleet; }
for db in "$LITE" pg; do
	first_prompt "$db" | grep -q 'Answer with\|Press Enter\|Type the' || { echo "no prompt"; exit 1; }
	report "$db" | grep -q 'The items this class misses most' || { echo "no report"; exit 1; }
done
measure() { # NAME FUNCTION
	local a=() b=() i
	for i in $(seq "$RUNS"); do
		a+=("$(seconds "$2" "$LITE")") || exit 1
		b+=("$(seconds "$2" pg)") || exit 1
	done
	local ma mb
	ma=$(median "${a[@]}"); mb=$(median "${b[@]}")
	printf '  %-34s %8.3f s %8.3f s   ratio %.2f (target: at most 3)\n' "$1" "$ma" "$mb" \
		"$(echo "$mb / $ma" | bc -l)"
}
echo "median of $RUNS runs:                  SQLite   PostgreSQL"
measure "time to the first study prompt" first_prompt
measure "report --class Fleet (200 learners)" report
