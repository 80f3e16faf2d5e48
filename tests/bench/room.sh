#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A training room under load: N simulated learners (N = 8, 32 and 128), each a
# separate line-mode session answering every prompt as soon as it appears (typing
# what a learner types: a letter for a choice, the words' numbers for a word
# order, Enter to go on after an answer, keeping its rating), against
# one PostgreSQL server, side by side with the same on an SQLite file on the same
# machine.  For each: answers a second and the 50th and 99th percentile of the time
# from an answer to its acknowledgement ("Answer N saved"), and whether every
# acknowledged answer is in the log.  Every run starts from learners with no cards
# and no answers, and each simulated learner is a process of its own
# (tests/bench/learners.c).
#
# On PostgreSQL the learners are who a room's learners are: each connects under a
# login of its own (cordbl001 ...), tied to its learner and enrolled as `learner
# add --user` does, so that the room's row-level security applies to every
# statement (checked before the runs); the figures of the same sessions under the
# server's superuser, which the policies do not apply to, are given beside them.
# L001 is the room's trainer (the first learner), the others learners.  The
# server runs as tests/pg.sh starts it (Unix socket), durable: an acknowledged
# answer is on disk (fsync on, synchronous commits).  The learners' logins are
# mapped to the one running the benchmark (pg_ident.conf): no system users are
# made.  cpu_ms is the processor time per answer of the sessions (with this
# harness) and of the server.
#
# SECONDS_EACH (default 20) sets how long each run lasts; SIZES the numbers of
# learners; MODES which runs (sqlite, learners, superuser); THINK_MS, a time each
# simulated learner waits before answering a prompt (half to one and a half
# times it; default none: as fast as they can); WARMUP_S, the first seconds of
# each run left out of the figures (all sessions start at once).  PROFILE=1
# adds, after each PostgreSQL run, the statements the server ran per
# acknowledged answer and their mean time (pg_stat_statements).
source "$(dirname "$0")/lib.sh"
source "$ROOT/tests/pg.sh"
SECONDS_EACH=${SECONDS_EACH:-20}
SIZES=${SIZES:-8 32 128}
MODES=${MODES:-sqlite learners superuser}
MAXN=$(printf '%s\n' $SIZES | sort -n | tail -1)
export CORDIAL_CONTENT=$BTMP/content.db CORDIAL_TTS=/bin/true TZ=UTC
export CORDIAL_NOW=2026-11-29T09:00:00Z
cc -O2 -o "$BTMP/learners" "$ROOT/tests/bench/learners.c" || exit 1
"$ROOT/tests/data/gen-handbook" 20 200 1 >"$BTMP/big.hb"
"$CORDIAL" handbook import "$BTMP/big.hb" >/dev/null || exit 1
PG_DURABLE=1 PG_MAX_CONNECTIONS=$((MAXN + 20)) pg_start "$(mktemp -d /tmp/cordial-bench-pg.XXXXXX)" || exit 1
trap 'pg_stop; rm -rf "$BTMP"' EXIT
# Peer authentication, with the learners' logins mapped to whoever runs this.
me=$(id -un)
{
	echo "bench $me $me"
	for i in $(seq -f '%03g' 1 "$MAXN"); do echo "bench $me cordbl$i"; done
} >>"$PG_DIR/data/pg_ident.conf"
sed -i 's/^\(local .*peer\)$/\1 map=bench/' "$PG_DIR/data/pg_hba.conf"
[ -n "${PROFILE:-}" ] && echo "shared_preload_libraries = 'pg_stat_statements'" >>"$PG_DIR/data/postgresql.conf"
pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -w restart -l "$PG_DIR/server.log" >/dev/null || exit 1
createdb -h "$PGHOST" room || exit 1
[ -n "${PROFILE:-}" ] && psql -X -q -h "$PGHOST" -d room -c "CREATE EXTENSION pg_stat_statements"
PGURI="postgresql:///room?host=$PGHOST"
CORDIAL_DB=$PGURI "$CORDIAL" room init >/dev/null || exit 1

# learners STORE: adds L001 ... who study everything
learners() {
	local i
	for i in $(seq -f '%03g' 1 "$MAXN"); do
		CORDIAL_DB=$1 "$CORDIAL" learner add "L$i" --native zh --target en --study big \
			>/dev/null || return 1
	done
}
learners "$BTMP/training.db" || exit 1
learners "$PGURI" || exit 1
sqlite3 "$BTMP/training.db" "UPDATE learner SET daily_new = 100000"
# On PostgreSQL each is tied to its login and enrolled as `learner add --user`
# does (that command asks for a system user of that name; the logins here are
# the database's only), the first one staying the trainer.
psql -X -q -h "$PGHOST" -d room -c "UPDATE cordial.learner SET daily_new = 100000,
	login = 'cordbl' || substr(name, 2)" \
	-c "SELECT count(cordial.enrol(login)) FROM cordial.learner" >/dev/null || exit 1
# The policies are in force for a learner's login: they see their own row only.
seen=$(psql -X -A -t "postgresql://cordbl002@/room?host=$PGHOST" -c "SELECT current_user ||
	' sees ' || count(*) FROM cordial.learner")
[ "$seen" = "cordbl002 sees 1" ] || { echo "row-level security not in force: '$seen'"; exit 1; }
echo "row-level security in force for the learners' logins: $seen learner row (of $MAXN)"
# server_cpu: seconds of CPU the server has used: the postmaster, the sessions it
# has reaped, and its processes still running
server_cpu() {
	local pm
	pm=$(head -1 "$PG_DIR/data/postmaster.pid")
	cat /proc/[0-9]*/stat 2>/dev/null | awk -v pm="$pm" -v hz="$(getconf CLK_TCK)" '
		$1 == pm { t += $14 + $15 + $16 + $17; next }
		$4 == pm { t += $14 + $15 }
		END { printf "%.2f\n", t / hz }'
}
# fresh STORE: the learners start every run with no cards and no answers, so that
# the runs (each at its fixed CORDIAL_NOW) are alike whatever ran before
fresh() {
	case $1 in
	postgres*) psql -X -q -h "$PGHOST" -d room -c "TRUNCATE cordial.review, cordial.card" ;;
	*) sqlite3 "$1" "DELETE FROM review; DELETE FROM card" ;;
	esac
}
count() { # STORE: answers in the log
	case $1 in
	postgres*) psql -X -A -t -h "$PGHOST" -d room -c "SELECT count(*) FROM cordial.review" ;;
	*) sqlite3 "$1" "SELECT count(*) FROM review" ;;
	esac
}

echo "think time: ${THINK_MS:-0} ms a prompt; warm-up left out: ${WARMUP_S:-0} s; load before: $(uptime)"
echo "cpu_ms: CPU per answer of the sessions (with this harness) and of the server"
printf '%-10s %-10s %5s %9s %11s %9s %9s %14s  %s\n' store as learners answers answers/s p50_ms p99_ms \
	cpu_ms lost
for n in $SIZES; do
	for mode in $MODES; do
		case $mode in
		sqlite) store=sqlite db=$BTMP/training.db per= as=- ;;
		learners) store=postgresql db=$PGURI per="postgresql://cordbl%d@/room?host=$PGHOST" as=learners ;;
		superuser) store=postgresql db=$PGURI per= as=superuser ;;
		*) echo "unknown mode $mode"; exit 1 ;;
		esac
		fresh "$db" || exit 1
		before=$(count "$db")
		[ -n "${PROFILE:-}" ] && psql -X -q -A -t -h "$PGHOST" -d room -c "SELECT pg_stat_statements_reset()" >/dev/null
		s0=$(server_cpu)
		out=$(CORDIAL_DB=$db LEARNER_DB=$per /usr/bin/time -f 'cpu %U %S' -o "$BTMP/cpu" \
			"$BTMP/learners" "$CORDIAL" "$n" "$SECONDS_EACH" 2>"$BTMP/acks")
		sleep 1 # the server's sessions end
		s1=$(server_cpu)
		logged=$(($(count "$db") - before))
		acked=$(awk '{ s += $2 } END { print s + 0 }' "$BTMP/acks")
		cpu=$(awk -v a="$acked" -v s="$(echo "$s1 - $s0" | bc)" -v pg="$store" '$1 == "cpu" {
			c = ($2 + $3) * 1000 / (a ? a : 1); v = pg == "postgresql" ? s * 1000 / (a ? a : 1) : 0
			printf "%.2f+%.2f", c, v }' "$BTMP/cpu")
		set -- $out
		printf '%-10s %-10s %5d %9d %11s %9s %9s %14s  %s\n' "$store" "$as" "$n" "$2" "$6" "$8" \
			"${10}" "$cpu" "$((acked > logged ? acked - logged : 0)) (acknowledged $acked, logged $logged)"
		if [ -n "${PROFILE:-}" ] && [ "$store" = postgresql ] && [ "$acked" -gt 0 ]; then
			# the same statement run by each learner's login, summed
			psql -X -q -A -F ' | ' -h "$PGHOST" -d room -c "SELECT round(sum(calls)::numeric /
				$acked, 2) AS per_answer, round((sum(total_exec_time) / sum(calls))::numeric, 3)
				AS mean_ms, round((sum(total_exec_time) / $acked)::numeric, 3) AS ms_per_answer,
				left(regexp_replace(query, '\s+', ' ', 'g'), 90) AS statement FROM
				pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname =
				'room') GROUP BY query ORDER BY sum(total_exec_time) DESC LIMIT 25" |
				sed 's/^/    /'
			psql -X -q -A -t -h "$PGHOST" -d room -c "SELECT '    statements per answer: ' ||
				round(sum(calls)::numeric / $acked, 1) || ', server time per answer: ' ||
				round((sum(total_exec_time) / $acked)::numeric, 3) || ' ms' FROM pg_stat_statements
				WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'room')"
		fi
	done
done
echo "load after: $(uptime)"
