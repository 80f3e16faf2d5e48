#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Many users at once: SESSIONS line-mode sessions of different learners answer as
# fast as their input comes against one training database, while a trainer runs
# `cordial report` in a loop and an editor re-imports a handbook over and over.  No
# user sees "database is locked" (or busy), no command fails, and every
# acknowledged answer ("Answer N saved") is in the review log, no more and no
# fewer.  The throughput goes to stderr as a "# " line.
# SESSIONS (default 8) and ROUNDS (input rounds per session, default 300) set the size.
source "$(dirname "$0")/../lib.sh"
SESSIONS=${SESSIONS:-8}
ROUNDS=${ROUNDS:-300}
LESSONS=${LESSONS:-20}
"$ROOT/tests/data/gen-handbook" "$LESSONS" 200 1 >"$TMP/big-v1.hb"
"$ROOT/tests/data/gen-handbook" "$LESSONS" 200 2 >"$TMP/big-v2.hb"
"$CORDIAL" handbook import "$TMP/big-v1.hb" >/dev/null
for i in $(seq "$SESSIONS"); do
	"$CORDIAL" learner add "L$i" --native zh --target en --study big >/dev/null
done
tdb "UPDATE learner SET daily_new = 100000"
# Inputs among which every kind of prompt finds one it accepts, all at once.
answers() { for _ in $(seq "$1"); do printf 'a\n3\n1 2 3\n1 2 3 4\n1 2 3 4 5\n1 2 3 4 5 6\n\n'; done; }
answers "$ROUNDS" >"$TMP/answers"

start=$(date +%s%N)
pids=()
for i in $(seq "$SESSIONS"); do
	timeout "${SESSION_TIMEOUT:-120}" "$CORDIAL" study --plain --learner "L$i" --seed "$i" \
		<"$TMP/answers" >"$TMP/session.$i" 2>&1 &
	pids+=($!)
done
alive() { local p; for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && return 0; done; return 1; }
# the trainer and the editor, for as long as a session runs (bounded in count)
(
	n=0
	while alive && [ $n -lt 20000 ]; do
		"$CORDIAL" report >"$TMP/report.out" 2>&1 || { echo "report failed"; cat "$TMP/report.out"; }
		grep -i 'locked\|busy' "$TMP/report.out"
		n=$((n + 1))
	done
	echo "$n" >"$TMP/reports"
) >"$TMP/trainer.log" 2>&1 &
trainer=$!
(
	n=0
	while alive && [ $n -lt 5000 ]; do
		"$CORDIAL" handbook import "$TMP/big-v$((n % 2 + 1)).hb" >"$TMP/import.out" 2>&1 ||
			{ echo "import failed"; cat "$TMP/import.out"; }
		grep -i 'locked\|busy' "$TMP/import.out"
		n=$((n + 1))
	done
	echo "$n" >"$TMP/imports"
) >"$TMP/editor.log" 2>&1 &
editor=$!
failed=0
for p in "${pids[@]}"; do wait "$p" || failed=$((failed + 1)); done
end=$(date +%s%N)
wait "$trainer" "$editor"

check concurrency-sessions-succeeded test "$failed" -eq 0
check concurrency-no-locked-in-sessions test -z "$(grep -il 'locked\|busy' "$TMP"/session.*)"
check concurrency-trainer-ok test ! -s "$TMP/trainer.log"
check concurrency-editor-ok test ! -s "$TMP/editor.log"
acked=0 lost=0 extra=0
for i in $(seq "$SESSIONS"); do
	n=$(grep -o 'Answer [0-9]* saved' "$TMP/session.$i" | tail -1 | grep -o '[0-9]*')
	n=${n:-0}
	logged=$(tdb "SELECT count(*) FROM review r JOIN learner l ON l.id = r.learner
		WHERE l.name = 'L$i'")
	acked=$((acked + n))
	[ "$logged" -lt "$n" ] && lost=$((lost + n - logged))
	[ "$logged" -gt "$n" ] && extra=$((extra + logged - n))
done
check concurrency-answers-given test "$acked" -ge $((SESSIONS * ROUNDS / 2))
check concurrency-no-lost-answers test "$lost" -eq 0
check concurrency-no-extra-answers test "$extra" -eq 0
check concurrency-integrity test "$(tdb 'PRAGMA integrity_check')" = ok
check concurrency-content-integrity test "$(sqlite3 "$CORDIAL_CONTENT" 'PRAGMA integrity_check')" = ok
check concurrency-cards-match-log test -z "$(tdb \
	"SELECT c.id FROM card c WHERE c.reps <> (SELECT count(*) FROM review r WHERE r.card = c.id)")"
ms=$(((end - start) / 1000000))
echo "# concurrency: $SESSIONS sessions, $acked answers in $ms ms" \
	"($(awk -v a="$acked" -v ms="$ms" 'BEGIN { printf "%.0f", a * 1000 / (ms ? ms : 1) }') answers/s)," \
	"$(cat "$TMP/reports" 2>/dev/null) reports and $(cat "$TMP/imports" 2>/dev/null) imports meanwhile" >&2
