#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The app under pressure: a typed answer stops taking characters at its length
# (1023 bytes), and an answer given while another program holds the training
# database past the busy timeout is said to be not saved, naming the database;
# the same card is asked again and saved once the database is free.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"
if [ "$BACKEND" = pg ]; then
	echo "# harden-app: the lock is held on the SQLite file: skipped on PostgreSQL"
	exit 0
fi
tui_env 1
sql() { sqlite3 "$CORDIAL_DB" "$@"; }
"$CORDIAL" handbook import "$ROOT/tests/data/hb/shop.hb" >/dev/null
"$CORDIAL" learner add Li --native zh --target en --study shop >/dev/null
# card ITEM STATE REPS: a produce card, due; in review (2) it asks for a typed answer
card() {
	sql "DELETE FROM review; DELETE FROM card; UPDATE learner SET daily_new = 0;
	     INSERT INTO card (learner, handbook, item, skill, state, step, stability, difficulty,
	     scheduled_days, due_ms, last_review_ms, reps, lapses, created_ms)
	     SELECT id, 'shop', '$1', 'produce', $2, 0, 10, 5, 10, 1, 1795900000000, $3, 0, 0
	     FROM learner"
}

# --- a typed answer longer than the field: the characters past 1023 bytes are not taken
card shop-01-002 2 3
tui_start 100 30 $ENV
tui_expect typed-home 'Due now: 1'
tui_keys s
tui_expect typed-prompt 'Type the English for'
long=$(head -c 1100 /dev/zero | tr '\0' 'x')
tui_keys -l "$long"
tui_keys -l 'END'
tui_keys Enter
# many keys: wait for the answer's row rather than for the screen
for i in $(seq 300); do
	[ "$(sql 'SELECT count(*) FROM review')" = 1 ] && break
	sleep 0.1
done
tui_expect typed-graded 'Wrong.'
check typed-answer-cut test "$(sql 'SELECT length(answer) FROM review')" = 1023
check typed-answer-no-end test "$(sql "SELECT count(*) FROM review WHERE answer LIKE '%END%'")" = 0
tui_keys q q
tui_expect typed-quit 'EXIT=0'

# --- another program holds the write lock for longer than the busy timeout (10 s)
card shop-01-001 1 0
tui_start 100 30 $ENV
tui_expect busy-home 'Due now: 1'
tui_keys s
tui_expect busy-choice 'a) '
( printf 'BEGIN IMMEDIATE;\nUPDATE learner SET daily_new = daily_new;\n'; sleep 13; printf 'COMMIT;\n' ) |
	sqlite3 "$CORDIAL_DB" &
holder=$!
sleep 1
tui_keys a
for i in $(seq 150); do # the busy timeout, then the message
	tui_screen >"$TMP/screen"
	grep -q 'not saved' "$TMP/screen" && break
	sleep 0.1
done
check busy-not-saved grep -q "answer was not saved" "$TMP/screen"
check busy-names-database grep -qF "$CORDIAL_DB is busy" "$TMP/screen"
check busy-nothing-logged test "$(sql 'SELECT count(*) FROM review')" = 0
wait "$holder"
check busy-asked-again grep -q 'a) ' "$TMP/screen"
tui_keys a
for i in $(seq 100); do
	[ "$(sql 'SELECT count(*) FROM review')" = 1 ] && break
	sleep 0.05
done
check busy-saved-after test "$(sql 'SELECT count(*) FROM review')" = 1
tui_keys q q
tui_expect busy-quit 'EXIT=0'

# --- memory runs out while the app is on screen: the terminal is given back first
# (no alternate screen left on), then the message, exit status 3
if cc -shared -fPIC -O2 -o "$TMP/failmalloc.so" "$ROOT/tests/data/mem/failmalloc.c" 2>/dev/null; then
	tui_start 80 24 $ENV FAILMALLOC_ON_SIGNAL=1 LD_PRELOAD="$TMP/failmalloc.so"
	tui_expect oom-home 'Due now'
	check oom-app-on-alternate-screen test "$(tmux -S "$SOCK" display -p '#{alternate_on}')" = 1
	pid=$(pgrep -P "$(tmux -S "$SOCK" display -p '#{pane_pid}')" cordial)
	kill -USR1 "$pid" # from now on every allocation fails
	tui_keys b
	tui_expect oom-exit 'EXIT=3'
	check oom-terminal-given-back test "$(tmux -S "$SOCK" display -p '#{alternate_on}')" = 0
	check oom-message grep -qx 'cordial: out of memory while using the Home screen' "$TMP/tui.err"
else
	skip oom-app "no C compiler to build the test library"
fi
