#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A training room under load: N simulated learners (N = 8, 32 and 128), each a
# separate line-mode session answering every prompt as soon as it appears, against
# one PostgreSQL server, side by side with the same on an SQLite file on the same
# machine.  For each: answers a second and the 50th and 99th percentile of the time
# from an answer to its acknowledgement ("Answer N saved"), and whether every
# acknowledged answer is in the log.  The server runs as tests/pg.sh starts it
# (Unix socket, fsync off: the figures are the program's and the server's work,
# not the disk's).  SECONDS_EACH (default 20) sets how long each run lasts; SIZES
# the numbers of learners.
source "$(dirname "$0")/lib.sh"
source "$ROOT/tests/pg.sh"
SECONDS_EACH=${SECONDS_EACH:-20}
SIZES=${SIZES:-8 32 128}
export CORDIAL_CONTENT=$BTMP/content.db CORDIAL_TTS=/bin/true TZ=UTC
export CORDIAL_NOW=2026-11-29T09:00:00Z
cc -O2 -o "$BTMP/learners" "$ROOT/tests/bench/learners.c" || exit 1
"$ROOT/tests/data/gen-handbook" 20 200 1 >"$BTMP/big.hb"
"$CORDIAL" handbook import "$BTMP/big.hb" >/dev/null || exit 1
PG_MAX_CONNECTIONS=300 pg_start "$(mktemp -d /tmp/cordial-bench-pg.XXXXXX)" || exit 1
trap 'pg_stop; rm -rf "$BTMP"' EXIT
createdb -h "$PGHOST" room || exit 1
PGURI="postgresql:///room?host=$PGHOST"
CORDIAL_DB=$PGURI "$CORDIAL" room init >/dev/null || exit 1

# learners STORE: adds L001 ... L128 who study everything, many new items a day
learners() {
	local i
	for i in $(seq -f '%03g' 1 128); do
		CORDIAL_DB=$1 "$CORDIAL" learner add "L$i" --native zh --target en --study big >/dev/null ||
			return 1
	done
}
learners "$BTMP/training.db" || exit 1
learners "$PGURI" || exit 1
sqlite3 "$BTMP/training.db" "UPDATE learner SET daily_new = 100000"
psql -X -q -h "$PGHOST" -d room -c "UPDATE cordial.learner SET daily_new = 100000"
count() { # STORE: answers in the log
	case $1 in
	postgres*) psql -X -A -t -h "$PGHOST" -d room -c "SELECT count(*) FROM cordial.review" ;;
	*) sqlite3 "$1" "SELECT count(*) FROM review" ;;
	esac
}

printf '%-10s %5s %9s %11s %9s %9s  %s\n' store learners answers answers/s p50_ms p99_ms lost
for n in $SIZES; do
	for store in sqlite postgresql; do
		db=$BTMP/training.db
		[ $store = postgresql ] && db=$PGURI
		before=$(count "$db")
		out=$(CORDIAL_DB=$db "$BTMP/learners" "$CORDIAL" "$n" "$SECONDS_EACH" 2>"$BTMP/acks")
		logged=$(($(count "$db") - before))
		acked=$(awk '{ s += $2 } END { print s + 0 }' "$BTMP/acks")
		set -- $out
		printf '%-10s %5d %9d %11s %9s %9s  %s\n' "$store" "$n" "$2" "$6" "$8" "${10}" \
			"$((acked > logged ? acked - logged : 0)) (acknowledged $acked, logged $logged)"
	done
done
