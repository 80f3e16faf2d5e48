#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A guest's line (tagged listen) is trained for understanding only, but a training
# database from before that still holds its produce card.  Such a card is never
# asked, and no count takes it in: Home's "Due now", the Progress forecast, the
# session's progress counter and the line mode's session all agree with what a
# session asks, and so does the report's count of overdue cards.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"
export CORDIAL_DATADIR=$ROOT/$B/share/cordial
shipped_content
tui_env 3
"$CORDIAL" learner add Wang --native zh --target en >/dev/null
sql() { sqlite3 "$CORDIAL_DB" "$@"; }
# card ITEM SKILL: a card in review, due this morning, as the earlier versions made
# them (a recognize and a produce card for every phrase)
card() {
	sql "INSERT INTO card (learner, handbook, item, skill, state, step, stability, difficulty,
	     scheduled_days, due_ms, last_review_ms, reps, lapses, created_ms)
	     SELECT id, 'taxi', '$1', '$2', 2, 0, 5, 5, 5, 1795935600000, 1795500000000, 3, 0,
	     1795000000000 FROM learner WHERE name = 'Wang'"
}
sql "UPDATE learner SET daily_new = 0"
card taxi-01-007 recognize # a guest's line: understood
card taxi-01-007 produce   # and, made before it became recognition-only, said
card taxi-01-001 recognize
check old-cards-in-db test "$(sql 'SELECT count(*) FROM card')" = 3

# --- the report's overdue cards: due yesterday, the two a session would ask
sql "UPDATE card SET due_ms = due_ms - 86400000"
"$CORDIAL" report --learner Wang --format csv >"$TMP/report.csv"
col=$(head -1 "$TMP/report.csv" | tr ',' '\n' | grep -n '^overdue$' | cut -d: -f1)
check report-overdue-asked test "$(sed -n 2p "$TMP/report.csv" | cut -d, -f"${col:-0}")" = 2
sql "UPDATE card SET due_ms = due_ms + 86400000"

# --- Home counts what a session asks, and so does the session's counter
tui_start 80 24 $ENV
tui_expect home-due-asked 'Due now: 2'
# the Progress forecast: two reviews due today, its bars scaled to 2
tui_keys p
tui_expect progress-forecast-asked ' 2│█'
tui_keys q
tui_wait 'Due now:' || true
tui_keys s
tui_expect session-counter '0/2'
tui_keys q q
tui_wait 'EXIT=0'

# --- the line mode asks the same two: each revealed and rated Good
for i in 1 2 3 4; do printf '\n3\n'; done >"$TMP/answers"
"$CORDIAL" study --plain --learner Wang --seed 3 <"$TMP/answers" >"$TMP/out" 2>&1
check plain-asks-two grep -q 'Session over: 2 answers' "$TMP/out"
check guest-produce-never-asked test "$(sql "SELECT count(*) FROM review r JOIN card c ON c.id = r.card
	WHERE c.skill = 'produce'")" = 0
# and after it, nothing is due: the old card is not counted
tui_start 80 24 $ENV
tui_expect home-nothing-due 'Due now: 0'
