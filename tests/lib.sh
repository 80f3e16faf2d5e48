# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the command-line tests: a private data folder per test file, a fixed
# clock, and checks that print PASS/FAIL lines for tests/run to count.
# Usage: source tests/lib.sh, then run commands with `run` and check them.
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
B=${B:-build}
CORDIAL=$ROOT/$B/cordial
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export XDG_DATA_HOME=$TMP/xdg HOME=$TMP/home
export CORDIAL_CONTENT=$TMP/content.db CORDIAL_DB=$TMP/training.db
export CORDIAL_DATADIR=$TMP/no-shipped-content
export CORDIAL_LOCALEDIR=$ROOT/$B/locale
export CORDIAL_NOW=2026-11-29T09:00:00Z
export LANG=C.UTF-8 TZ=UTC
# Speech is always "available" in tests, through a script that records its arguments.
export CORDIAL_TTS=$ROOT/tests/data/tts/record-args TTS_LOG=$TMP/tts.log
unset LC_ALL LANGUAGE LC_MESSAGES
TEST_NAME=$(basename "${BASH_SOURCE[1]}" .sh)

# The training store under test: CORDIAL_TEST_BACKEND=pg runs the file against a
# training room on PostgreSQL instead of an SQLite file: a database of its own on
# the server whose socket folder is CORDIAL_TEST_PGHOST (tests/run starts one per
# run), or on a server this file starts and stops itself.
BACKEND=${CORDIAL_TEST_BACKEND:-sqlite}
# lib_cleanup: what the EXIT trap does; a test file that sets a trap of its own
# calls it there.
lib_cleanup() {
	if [ "$BACKEND" = pg ]; then
		[ -n "${PGDB:-}" ] && dropdb -h "$PGHOST" --if-exists "$PGDB" 2>/dev/null
		[ -z "${CORDIAL_TEST_PGHOST:-}" ] && pg_stop
	fi
	rm -rf "$TMP"
}
trap lib_cleanup EXIT
if [ "$BACKEND" = pg ]; then
	source "$ROOT/tests/pg.sh"
	if [ -n "${CORDIAL_TEST_PGHOST:-}" ]; then
		export PGHOST=$CORDIAL_TEST_PGHOST
	else
		pg_start "$(mktemp -d /tmp/cordial-pg.XXXXXX)" || { echo "FAIL $TEST_NAME/pg-server-started"; exit 1; }
	fi
	PGDB=cordial_${TEST_NAME//[^a-z0-9]/_}_$$
	createdb -h "$PGHOST" "$PGDB" || { echo "FAIL $TEST_NAME/pg-database-made"; exit 1; }
	export CORDIAL_DB="postgresql:///$PGDB?host=$PGHOST"
	export PGDATABASE=$PGDB
	"$CORDIAL" room init >/dev/null || { echo "FAIL $TEST_NAME/pg-room-init"; exit 1; }
fi

# tdb SQL...: runs SQL on the training database, rows printed as sqlite3 prints
# them.  On PostgreSQL, what changes data runs there through psql; what only reads
# (SELECT, WITH, ATTACH, PRAGMA, .dump) runs on an SQLite copy of the room's tables
# made for it, so that the checks written
# in SQLite's dialect (julianday, ATTACH of the content database) hold for both.
tdb() {
	if [ "$BACKEND" != pg ]; then
		sqlite3 ${TDB_SEPARATOR:+-separator "$TDB_SEPARATOR"} "$CORDIAL_DB" "$@"
		return
	fi
	local text
	text=$(printf '%s' "$*" | tr '[:lower:]\n\t' '[:upper:]  ' | sed 's/^ *//')
	case "$text" in
	WITH*INSERT\ * | WITH*UPDATE\ * | WITH*DELETE\ *) pg_sql "$@" ;;
	SELECT* | WITH* | ATTACH* | PRAGMA* | .*)
		pg_snapshot && sqlite3 ${TDB_SEPARATOR:+-separator "$TDB_SEPARATOR"} "$TMP/pg-copy.db" "$@" ;;
	*) pg_sql "$@" ;;
	esac
}
# tdb_tsv SQL: the same, columns joined by tabs
tdb_tsv() { TDB_SEPARATOR=$'\t' tdb "$@"; }
pg_sql() {
	PGOPTIONS='-c search_path=cordial' psql -X -q -A -t -F '|' -v ON_ERROR_STOP=1 \
		-h "$PGHOST" -d "$PGDB" -c "$*"
}
# pg_snapshot: $TMP/pg-copy.db holds the room's tables in the SQLite store's schema.
pg_snapshot() {
	# Made anew for every query, and checked: each table holds as many rows as the
	# room's (a copy that came out short is made again).
	local try table cols vals
	for try in 1 2 3; do
		rm -f "$TMP/pg-copy.db" "$TMP/pg-copy.db-wal" "$TMP/pg-copy.db-shm"
		CORDIAL_DB=$TMP/pg-copy.db "$CORDIAL" room init >/dev/null 2>&1 # made and migrated
		for table in learner learner_lesson class class_member assignment card review; do
			cols=$(sqlite3 "$TMP/pg-copy.db" "SELECT group_concat(name, ',') FROM pragma_table_info('$table')")
			vals=$(sqlite3 "$TMP/pg-copy.db" "SELECT group_concat('quote_nullable(' || name || ')', ',')
				FROM pragma_table_info('$table')")
			pg_sql "SELECT 'INSERT INTO $table ($cols) VALUES (' || concat_ws(',', $vals) || ');'
				FROM $table ORDER BY 1"
		done | sqlite3 "$TMP/pg-copy.db" || continue
		local want got
		want=$(pg_sql "SELECT (SELECT count(*) FROM learner) || ' ' || (SELECT count(*) FROM assignment)
			|| ' ' || (SELECT count(*) FROM card) || ' ' || (SELECT count(*) FROM review)")
		got=$(sqlite3 "$TMP/pg-copy.db" "SELECT (SELECT count(*) FROM learner) || ' ' ||
			(SELECT count(*) FROM assignment) || ' ' || (SELECT count(*) FROM card) || ' ' ||
			(SELECT count(*) FROM review)")
		[ -n "$want" ] && [ "$want" = "$got" ] && return 0
		echo "# pg_snapshot: copy $try came out short ($got of $want); made again" >&2
	done
	return 1
}

# run CMD...: runs it, keeping stdout in $TMP/out, stderr in $TMP/err, status in $status.
run() {
	"$@" >"$TMP/out" 2>"$TMP/err"
	status=$?
}
# cordial ARG...: runs the built binary the same way.
cordial() { run "$CORDIAL" "$@"; }

pass() { echo "PASS $TEST_NAME/$1"; }
fail() {
	echo "FAIL $TEST_NAME/$1"
	shift
	[ $# -gt 0 ] && printf '  %s\n' "$@"
	return 0
}
# skip NAME REASON: a test that cannot run here, counted apart by tests/run.
skip() { echo "SKIP $TEST_NAME/$1: $2"; }
show() { # the last command's output, indented, for a failure report
	echo "  status: $status"
	sed 's/^/  out: /' "$TMP/out" | head -20
	sed 's/^/  err: /' "$TMP/err" | head -20
}
# expect NAME STATUS [golden-file-for-stdout [golden-file-for-stderr]]
expect() {
	local name=$1 want=$2 ok=1
	if [ "$status" -ne "$want" ]; then ok=0; fi
	if [ $# -ge 3 ] && [ -n "$3" ] && ! diff -u "$3" "$TMP/out" >"$TMP/diff"; then ok=0; fi
	if [ $# -ge 4 ] && ! diff -u "$4" "$TMP/err" >>"$TMP/diff"; then ok=0; fi
	if [ $ok -eq 1 ]; then pass "$name"; else
		fail "$name" "expected status $want"; show; sed 's/^/  diff: /' "$TMP/diff" 2>/dev/null | head -40
	fi
	: >"$TMP/diff"
}
# expect_match NAME STATUS FILE(out|err) REGEX: status and an extended regex in the output
expect_match() {
	local name=$1 want=$2 stream=$3 re=$4
	if [ "$status" -eq "$want" ] && grep -Eq -- "$re" "$TMP/$stream"; then pass "$name"; else
		fail "$name" "expected status $want and /$re/ in $stream"; show
	fi
}
# check NAME CONDITION...: passes when the command (a test expression or program) succeeds
check() {
	local name=$1; shift
	if "$@"; then pass "$name"; else fail "$name" "failed: $*"; fi
}
# shipped_content: the shipped handbooks' database as the test's content database
# (a database named by CORDIAL_CONTENT must exist: only 'handbook import' makes one).
shipped_content() {
	cp "$ROOT/$B/share/cordial/content.db" "$CORDIAL_CONTENT"
}
