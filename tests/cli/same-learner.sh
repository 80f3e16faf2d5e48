#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One learner in two terminals at once: both line-mode sessions answer as fast as
# their input comes, often the same cards.  No update is lost: every acknowledged
# answer is in the log, and each card's repetitions equal its logged answers, each
# of which starts from the card as the one before left it.
source "$(dirname "$0")/../lib.sh"
ROUNDS=${ROUNDS:-60}
"$CORDIAL" handbook import "$ROOT/tests/data/hb/shop.hb" >/dev/null
"$CORDIAL" learner add Li --native zh --target en --study shop >/dev/null
tdb "UPDATE learner SET daily_new = 1000"
answers() { for _ in $(seq "$1"); do printf 'a\n3\n1 2 3\n1 2 3 4\n\n'; done; }
answers "$ROUNDS" >"$TMP/answers"
# the same seed: both sessions are shown the same cards in the same order
"$CORDIAL" study --plain --learner Li --seed 1 <"$TMP/answers" >"$TMP/s1" 2>&1 &
p1=$!
"$CORDIAL" study --plain --learner Li --seed 1 <"$TMP/answers" >"$TMP/s2" 2>&1 &
p2=$!
wait "$p1"; s1=$?
wait "$p2"; s2=$?
check same-learner-sessions-succeeded test "$s1$s2" = 00
acked=0
for f in "$TMP/s1" "$TMP/s2"; do
	n=$(grep -o 'Answer [0-9]* saved' "$f" | tail -1 | grep -o '[0-9]*')
	acked=$((acked + ${n:-0}))
done
logged=$(tdb "SELECT count(*) FROM review")
check same-learner-answers-given test "$acked" -gt 8
check same-learner-all-logged test "$logged" = "$acked"
check same-learner-cards-match-log test -z "$(tdb \
	"SELECT c.id FROM card c WHERE c.reps <> (SELECT count(*) FROM review r WHERE r.card = c.id)")"
check same-learner-each-from-the-last test -z "$(tdb \
	"SELECT r.id FROM review r WHERE r.prev_reps <> (SELECT count(*) FROM review p
	 WHERE p.card = r.card AND p.id < r.id)")"

# A rating changed after the card was answered again in the other session is
# refused, and the card and its log still agree.
tdb "DELETE FROM review; DELETE FROM card; UPDATE learner SET daily_new = 1"
wait_for() { # FILE REGEX: up to 10 s
	local i
	for i in $(seq 100); do grep -Eq "$2" "$1" && return 0; sleep 0.1; done
	return 1
}
mkfifo "$TMP/a.in"
"$CORDIAL" study --plain --learner Li --seed 1 <"$TMP/a.in" >"$TMP/a.out" 2>&1 &
a=$!
exec 3>"$TMP/a.in"
printf '\na\n' >&3
check rerate-first-answer wait_for "$TMP/a.out" 'Answer 1 saved'
tdb "UPDATE learner SET daily_new = 0"
answers 3 | CORDIAL_NOW=2026-12-29T09:00:00Z "$CORDIAL" study --plain --learner Li --seed 2 >"$TMP/b.out" 2>&1
check rerate-other-session-answered test "$(tdb "SELECT count(*) FROM review")" -ge 3
printf '3\n' >&3
check rerate-refused wait_for "$TMP/a.out" 'answered again since, in another session; the rating stays'
# (the session may have ended already, nothing being due: the write may fail)
(printf 'q\n' >&3) 2>/dev/null
exec 3>&-
wait "$a"
check rerate-cards-match-log test -z "$(tdb \
	"SELECT c.id FROM card c WHERE c.reps <> (SELECT count(*) FROM review r WHERE r.card = c.id)")"

# One session shows a card; the other answers it; then the first answers it too:
# its answer starts from the card as the other left it, nothing is lost.
tdb "DELETE FROM review; DELETE FROM card; UPDATE learner SET daily_new = 1000" >/dev/null
printf '\n\n' | "$CORDIAL" study --plain --learner Li --seed 1 --limit 2 >/dev/null 2>&1 # a card to review
mkfifo "$TMP/in"
"$CORDIAL" study --plain --learner Li --seed 1 <"$TMP/in" >"$TMP/s1" 2>&1 &
p1=$!
exec 7>"$TMP/in"
for _ in $(seq 50); do grep -q ': $' "$TMP/s1" 2>/dev/null && break; sleep 0.1; done
printf 'a\nq\n' | "$CORDIAL" study --plain --learner Li --seed 1 >"$TMP/s2" 2>&1
(printf 'a\nq\n' >&7) 2>/dev/null
exec 7>&-
wait "$p1"
check stale-both-saved test "$(cat "$TMP/s1" "$TMP/s2" | grep -c 'Answer 1 saved')" = 2
check stale-chained test "$(tdb "SELECT c.reps || ':' || group_concat(r.prev_reps) FROM card c
	JOIN review r ON r.card = c.id WHERE c.reps > 0 GROUP BY c.id")" = 2:0,1
