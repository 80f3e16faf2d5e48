#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Limits at full size: a million-row spreadsheet (tests/cli/limits.sh with ROWS =
# 1000000), then a 1 GB handbook file: refused at once with a clear message, in
# bounded memory (a file is read whole, so files over 256 MB are refused).  Never a
# crash or a hang.
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
bounded 700000 600 handbook import "$TMP/huge.hb"
expect_match huge-file-refused 1 err 'larger than 256 MB'
check huge-file-nothing-imported grep -q 'nothing imported' "$TMP/err"
bounded 700000 600 handbook check "$TMP/huge.hb"
expect_match huge-file-check-refused 1 out 'larger than 256 MB'
check huge-file-integrity test "$(sqlite3 "$CORDIAL_CONTENT" 'PRAGMA integrity_check')" = ok
