#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Kill -9 a re-import of a big handbook at random moments: the content database is
# afterwards exactly as before the import or exactly as after it (a dump of every
# row, the search index included), and passes its integrity check.  ROUNDS sets how
# many imports are killed (default 12), LESSONS the size (default 60 lessons of 200
# phrases).
source "$(dirname "$0")/../lib.sh"
ROUNDS=${ROUNDS:-12}
LESSONS=${LESSONS:-60}
gen=$ROOT/tests/data/gen-handbook
"$gen" "$LESSONS" 200 1 >"$TMP/big-v1.hb"
"$gen" "$LESSONS" 200 2 >"$TMP/big-v2.hb"
dump() { sqlite3 "$1" .dump | md5sum; }

# before: v1 imported; after: v2 imported over it
"$CORDIAL" --content "$TMP/before.db" handbook import "$TMP/big-v1.hb" >/dev/null
cp "$TMP/before.db" "$TMP/after.db"
start=$(date +%s%N)
"$CORDIAL" --content "$TMP/after.db" handbook import "$TMP/big-v2.hb" >/dev/null
ms=$((($(date +%s%N) - start) / 1000000))
check import-crash-setup test -f "$TMP/before.db" -a ! -s "$TMP/before.db-wal" -a ! -s "$TMP/after.db-wal"
before=$(dump "$TMP/before.db")
after=$(dump "$TMP/after.db")
check import-crash-versions-differ test "$before" != "$after"
# an import of the unchanged handbook writes nothing, the search index included
cp "$TMP/after.db" "$TMP/again.db"
"$CORDIAL" --content "$TMP/again.db" handbook import "$TMP/big-v2.hb" >/dev/null
check import-crash-unchanged-writes-nothing test "$(dump "$TMP/again.db")" = "$after"

n_before=0 n_after=0 n_other=0 bad_integrity=0 kills=0 writing=0
RANDOM=7
for round in $(seq "$ROUNDS"); do
	rm -f "$TMP/work.db" "$TMP/work.db-wal" "$TMP/work.db-shm"
	cp "$TMP/before.db" "$TMP/work.db"
	"$CORDIAL" --content "$TMP/work.db" handbook import "$TMP/big-v2.hb" >/dev/null 2>&1 &
	pid=$!
	# a moment spread over the later part of the import, where it writes (the whole
	# import takes about $ms ms here)
	sleep "$(awk -v r=$RANDOM -v ms="$ms" 'BEGIN { printf "%.3f", (0.4 + (r % 100) / 100 * 0.8) * ms / 1000 }')"
	[ -s "$TMP/work.db-wal" ] && writing=$((writing + 1)) # killed while it wrote
	kill -9 "$pid" 2>/dev/null && kills=$((kills + 1))
	wait "$pid" 2>/dev/null
	[ "$(sqlite3 "$TMP/work.db" 'PRAGMA integrity_check')" = ok ] || bad_integrity=$((bad_integrity + 1))
	case $(dump "$TMP/work.db") in
	"$before") n_before=$((n_before + 1)) ;;
	"$after") n_after=$((n_after + 1)) ;;
	*) n_other=$((n_other + 1)) ;;
	esac
done
check import-crash-killed-mid-way test "$kills" -gt 0
check import-crash-before-or-after test "$n_other" -eq 0
check import-crash-integrity-ok test "$bad_integrity" -eq 0
# the import still works on a database that was killed under it
"$CORDIAL" --content "$TMP/work.db" handbook import "$TMP/big-v2.hb" >/dev/null 2>&1
check import-crash-import-after-kill test "$(dump "$TMP/work.db")" = "$after"
echo "# import-crash: $ROUNDS rounds ($kills killed while running, $writing of them while writing; the import takes ${ms} ms):" \
	"$n_before as before, $n_after as after, $n_other other" >&2
