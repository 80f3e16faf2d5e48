#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Kill -9 a line-mode session at random moments while a script answers: every answer
# that was acknowledged ("Answer N saved") is in the review log, at most one more
# per killed session (saved, then killed before it could say so), and the database
# passes its integrity check; no answer is in the log twice, and every card's state
# equals a replay of its logged answers through `cordial fsrs schedule`.  ROUNDS sets
# how many sessions (default 15; tests/stress runs 200).
source "$(dirname "$0")/../lib.sh"
ROUNDS=${ROUNDS:-15}
"$CORDIAL" handbook import "$ROOT/tests/data/hb/shop.hb" >/dev/null
"$CORDIAL" learner add Li --native zh --target en --study shop >/dev/null
tdb "UPDATE learner SET daily_new = 1000"

feed() { # answers, slowly enough for the kill to land mid-session
	for _ in $(seq 40); do
		for a in a 3 '1 2 3' '1 2 3 4' '1 2 3 4 5' '1 2 3 4 5 6' ''; do
			printf '%s\n' "$a" || return
			sleep 0.005
		done
	done
}

acked=0
RANDOM=42
for round in $(seq "$ROUNDS"); do
	rm -f "$TMP/fifo" && mkfifo "$TMP/fifo"
	feed >"$TMP/fifo" 2>/dev/null &
	feeder=$!
	"$CORDIAL" study --plain --learner Li --seed "$round" <"$TMP/fifo" >"$TMP/out.$round" 2>&1 &
	pid=$!
	sleep "0.$((RANDOM % 40 + 5))"
	{ kill -9 "$pid"; wait "$pid"; kill "$feeder"; wait "$feeder"; } 2>/dev/null
	n=$(grep -o 'Answer [0-9]* saved' "$TMP/out.$round" | tail -1 | grep -o '[0-9]*')
	acked=$((acked + ${n:-0}))
done
logged=$(tdb "SELECT count(*) FROM review")
check crash-answers-were-given test "$acked" -gt 0
check crash-acknowledged-answers-kept test "$logged" -ge "$acked"
check crash-at-most-one-unacknowledged-per-kill test "$logged" -le $((acked + ROUNDS))
check crash-integrity-ok test "$(tdb 'PRAGMA integrity_check')" = ok
check crash-foreign-keys-ok test -z "$(tdb 'PRAGMA foreign_key_check')"
# every card's reps equals the number of its logged reviews: no answer half written
check crash-cards-match-log test -z "$(tdb \
	"SELECT c.id FROM card c WHERE c.reps <> (SELECT count(*) FROM review r WHERE r.card = c.id)")"
# no answer twice: each logged answer starts from the card as the previous one left
# it, so a card's prev_reps run 0, 1, 2 ... without a repeat or a gap
check crash-no-answer-twice test -z "$(tdb \
	"SELECT r.id FROM review r WHERE r.prev_reps <> (SELECT count(*) FROM review p
	 WHERE p.card = r.card AND p.id < r.id)")"
# the card states equal a replay of the log (the learner has the default parameters)
tdb_tsv \
	"SELECT card, time_ms, rating FROM review ORDER BY card, id" >"$TMP/replay.in"
"$CORDIAL" fsrs schedule <"$TMP/replay.in" >"$TMP/replay.out"
awk -F'\t' '{ last[$1] = $2 "\t" $3 "\t" $4 "\t" $5 "\t" $6 } END { for (c in last) print c "\t" last[c] }' \
	"$TMP/replay.out" | sort -n >"$TMP/replay.want"
tdb_tsv "SELECT id, CASE state WHEN 1 THEN 'learning'
	WHEN 2 THEN 'review' WHEN 3 THEN 'relearning' ELSE 'new' END, printf('%.8f', stability),
	printf('%.8f', difficulty), scheduled_days, due_ms FROM card
	WHERE EXISTS (SELECT 1 FROM review r WHERE r.card = card.id) ORDER BY id" >"$TMP/replay.got"
check crash-cards-equal-replay-of-log test -s "$TMP/replay.want" -a \
	"$(md5sum <"$TMP/replay.want")" = "$(md5sum <"$TMP/replay.got")"
check crash-unreviewed-cards-are-new test -z "$(tdb \
	"SELECT id FROM card c WHERE NOT EXISTS (SELECT 1 FROM review r WHERE r.card = c.id)
	 AND (reps <> 0 OR state <> 0)")"
echo "# crash: $ROUNDS sessions killed, $acked answers acknowledged, $logged in the log" >&2
