#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The training room tests (room.sh, room-pg.sh) make system users and groups of
# their own.  Two runs at the same time on one machine, as two "make check" would,
# keep to theirs: both pass, and neither leaves a user or group behind.  A run
# stopped (TERM) removes its own on the way out; what a run killed with -9 left, the
# next run removes.  Without root it checks nothing and says so.
source "$(dirname "$0")/../lib.sh"

if [ "$(id -u)" -ne 0 ] || ! command -v useradd >/dev/null || ! command -v runuser >/dev/null ||
	! getent group nogroup >/dev/null; then
	skip all "making system users needs root, useradd, runuser and the group nogroup"
	exit 0
fi
# The runs keep their folders in ours, which the users they make must pass through.
chmod 711 "$TMP"
install -d -m 711 "$TMP/runs"
# room_run FILE OUT: a test file in the background, as its own run (its own
# PostgreSQL server too); its pid in $pid
room_run() {
	env -u CORDIAL_TEST_PGHOST TMPDIR="$TMP/runs" B="$B" bash "$ROOT/tests/cli/$1" >"$TMP/$2" 2>&1 &
	pid=$!
}
# made_by PREFIX PID: the users and groups a run made that are there now
made_by() { { getent passwd; getent group; } | cut -d: -f1 | grep -E "^$1$2(own|tr|l1|l2|out|edit)?\$"; }
# passed NAME OUT: the run reported passes and no failure
passed() {
	if grep -q '^PASS ' "$TMP/$2" && ! grep -q '^FAIL ' "$TMP/$2"; then pass "$1"; else
		fail "$1"
		grep -v '^PASS ' "$TMP/$2" | head -20 | sed 's/^/  | /'
	fi
}
# made_all OUT: waits (at most 60 s) until the run has made all its users and
# groups, so that it is stopped between two steps of its own, never inside useradd
# (whose lock files a KILL would leave behind).
made_all() {
	local i
	for i in $(seq 600); do
		grep -q '^PASS room/users-and-groups-made' "$TMP/$1" && return 0
		sleep 0.1
	done
	return 1
}

# Two of each at once.
room_run room.sh sqlite-1.out; p1=$pid
room_run room.sh sqlite-2.out; p2=$pid
room_run room-pg.sh pg-1.out; p3=$pid
room_run room-pg.sh pg-2.out; p4=$pid
wait $p1 $p2 $p3 $p4
passed together-sqlite-first sqlite-1.out
passed together-sqlite-second sqlite-2.out
passed together-pg-first pg-1.out
passed together-pg-second pg-2.out
check together-nothing-left test -z "$(made_by cordtest $p1; made_by cordtest $p2;
	made_by cordpg $p3; made_by cordpg $p4)"

# Stopped on its way: what it made goes with it.
room_run room.sh stopped.out
check stopped-had-made made_all stopped.out
kill -TERM $pid
wait $pid
check stopped-removed-its-own test -z "$(made_by cordtest $pid)"

# Killed with -9, its whole process group: what it made stays, until the next run.
setsid bash -c 'echo $$ >"$1"; exec env TMPDIR="$2" B="$3" bash "$4"' _ "$TMP/killed.pid" \
	"$TMP/runs" "$B" "$ROOT/tests/cli/room.sh" >"$TMP/killed.out" 2>&1 &
wait_pid=$!
for _ in $(seq 50); do [ -s "$TMP/killed.pid" ] && break; sleep 0.1; done
killed=$(cat "$TMP/killed.pid")
check killed-had-made made_all killed.out
kill -KILL -- -"$killed"
wait $wait_pid 2>/dev/null
check killed-left-its-own test -n "$(made_by cordtest "$killed")"
room_run room.sh after.out
wait $pid
passed next-run-passes after.out
check next-run-removed-the-left test -z "$(made_by cordtest "$killed")"
