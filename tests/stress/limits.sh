#!/usr/bin/env bash
# Limits at full size: a million-row spreadsheet (tests/cli/limits.sh with ROWS =
# 1000000), then a 1 GB handbook file: with room in memory it imports in bounded time;
# under a tight memory limit it fails with a clear message.  Never a crash or a hang.
here=$(dirname "$0")
env ROWS=${ROWS:-1000000} LIMIT_S=600 MEM_KB=4000000 bash "$here/../cli/limits.sh"
source "$here/../lib.sh"
TEST_NAME=huge-file
# 1 GB: a few phrases, then 10 million comment lines of 100 characters
{ "$ROOT/tests/data/gen-handbook" 1 3 1
  awk 'BEGIN { s = sprintf("%0100d", 0); for (i = 0; i < 10000000; i++) print "# " s }'; } >"$TMP/huge.hb"
check huge-file-is-1gb test "$(stat -c %s "$TMP/huge.hb")" -gt 1000000000
# bounded KB SECONDS ARG...: a cordial command under a memory and a time limit
bounded() { run bash -c 'ulimit -v "$1"; shift; exec timeout "$@"' _ "$1" "$2" "$CORDIAL" "${@:3}"; }
start=$(date +%s)
bounded 6000000 600 handbook import "$TMP/huge.hb"
expect_match huge-file-imports 0 out '^big: 3 added'
echo "# huge-file: 1 GB handbook imported in $(($(date +%s) - start)) s" >&2
bounded 6000000 600 handbook check "$TMP/huge.hb"
expect huge-file-checks 0
bounded 1500000 600 handbook import "$TMP/huge.hb"
expect_match huge-file-low-memory-clear-error 1 err 'not enough memory|cannot read|Cannot allocate'
check huge-file-low-memory-nothing-imported grep -q 'nothing imported' "$TMP/err"
check huge-file-integrity test "$(sqlite3 "$CORDIAL_CONTENT" 'PRAGMA integrity_check')" = ok
