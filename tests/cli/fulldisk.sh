#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A full disk while studying: the training database lives on a small tmpfs (needs
# root and mount; skipped otherwise).  A session answers, the disk is filled, the
# learner answers on: a clear message, no crash; room is made and the same session
# saves answers again; the database passes its integrity check and every card
# equals its log.  A session started on a full disk says so and changes nothing.
source "$(dirname "$0")/../lib.sh"
MNT=$TMP/disk
mkdir -p "$MNT"
if [ "$(id -u)" != 0 ] || ! mount -t tmpfs -o size=2m tmpfs "$MNT" 2>/dev/null; then
	skip all "cannot mount a tmpfs here (needs root and mount)"
	exit 0
fi
trap 'umount "$MNT" 2>/dev/null; rm -rf "$TMP"' EXIT
export CORDIAL_DB=$MNT/training.db
sql() { sqlite3 "$CORDIAL_DB" "$@"; }
"$CORDIAL" handbook import "$ROOT/tests/data/hb/shop.hb" >/dev/null
"$CORDIAL" learner add Li --native zh --target en --study shop >/dev/null
sql "UPDATE learner SET daily_new = 1000"
round() { printf 'a\n3\n1 2 3\n1 2 3 4\n1 2 3 4 5\n1 2 3 4 5 6\n\n'; }
saved() { grep -c 'Answer [0-9]* saved' "$TMP/session"; }
# wait_for N: until the session has said "saved" N times (at most 5 s)
wait_saved() { for _ in $(seq 100); do [ "$(saved)" -ge "$1" ] && return 0; sleep 0.05; done; return 1; }

mkfifo "$TMP/fifo"
"$CORDIAL" study --plain --learner Li --seed 1 <"$TMP/fifo" >"$TMP/session" 2>&1 &
pid=$!
exec 3>"$TMP/fifo"
for _ in $(seq 6); do round >&3; done
wait_saved 2
before=$(saved)
check fulldisk-answers-before test "$before" -ge 2
# fill the disk to the last block
dd if=/dev/zero of="$MNT/filler" bs=4k >/dev/null 2>&1
for _ in $(seq 6); do round >&3; done
sleep 1
check fulldisk-session-alive kill -0 "$pid"
check fulldisk-clear-message grep -Eqi 'full|no space|disk' "$TMP/session"
during=$(saved)
# make room: the same session saves again
rm -f "$MNT/filler"
for _ in $(seq 6); do round >&3; done
wait_saved $((during + 1))
check fulldisk-continues-after-room test "$(saved)" -gt "$during"
printf 'q\n' >&3
exec 3>&-
for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
kill -9 "$pid" 2>/dev/null
wait "$pid"; status=$?
check fulldisk-session-ends test "$status" -le 1
check fulldisk-integrity test "$(sql 'PRAGMA integrity_check')" = ok
check fulldisk-cards-match-log test -z "$(sql \
	"SELECT c.id FROM card c WHERE c.reps <> (SELECT count(*) FROM review r WHERE r.card = c.id)")"
acked=$(grep -o 'Answer [0-9]* saved' "$TMP/session" | tail -1 | grep -o '[0-9]*')
check fulldisk-acknowledged-kept test "$(sql 'SELECT count(*) FROM review')" -ge "${acked:-0}"

# a session started on a full disk: a message, no crash, nothing changed
dd if=/dev/zero of="$MNT/filler" bs=4k >/dev/null 2>&1
sum=$(md5sum <"$CORDIAL_DB")
round | run "$CORDIAL" study --plain --learner Li --seed 2
check fulldisk-start-no-crash test "$status" -lt 128
check fulldisk-start-message grep -Eqi 'full|space|disk' "$TMP/err"
rm -f "$MNT/filler"
check fulldisk-start-unchanged test "$(md5sum <"$CORDIAL_DB")" = "$sum"
check fulldisk-integrity-after test "$(sql 'PRAGMA integrity_check')" = ok
grep -m3 -Ei 'full|space|disk' "$TMP/session" | sed 's/^/# fulldisk: /' >&2
