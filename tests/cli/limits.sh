#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Limits, the short version (tests/stress/limits.sh has the long one): a handbook
# line of 10 MB and a spreadsheet of ROWS rows (default 100000) each finish within
# their time bound under a memory limit, with a clear result; never a crash or a
# hang.  Each command runs under `timeout` and `ulimit -v`.
source "$(dirname "$0")/../lib.sh"
ROWS=${ROWS:-100000}
LIMIT_S=${LIMIT_S:-60}
MEM_KB=${MEM_KB:-2000000}
gen=$ROOT/tests/data/gen-handbook
# bounded CMD...: runs a cordial command like `cordial` under the time and memory bounds
bounded() { run bash -c 'ulimit -v "$1"; shift; exec timeout "$@"' _ "$MEM_KB" "$LIMIT_S" "$CORDIAL" "$@"; }
# clear_end NAME: no timeout (124), no signal (>= 128), and a last line that says what
# happened
clear_end() {
	if [ "$status" -lt 124 ] && { [ "$status" -eq 0 ] || [ -s "$TMP/err" ]; }; then pass "$1"
	else fail "$1" "no clear result"; show; fi
}

# --- a 10 MB line: the value is refused (a value is at most 64 KB), with its line
{ "$gen" 1 3 1; printf 'id: big-001-9999\nzh: '; head -c 10000000 /dev/zero | tr '\0' x; printf '\nen: long\n'; } >"$TMP/long.hb"
bounded handbook check "$TMP/long.hb"
expect_match long-line-check 1 out "long.hb:32: error: the value of 'zh' \(from line 32\) is longer than 64 KB"
bounded handbook import "$TMP/long.hb"
clear_end long-line-import
check long-line-refused test -z "$(sqlite3 "$CORDIAL_CONTENT" \
	"SELECT 1 FROM item WHERE id = 'big-001-9999'" 2>/dev/null)"
"$gen" 1 3 1 >"$TMP/base.hb"
bounded handbook import "$TMP/base.hb"
expect base-import 0
# a 10 MB line of a field the parser does not know, and a 10 MB lesson id
{ "$gen" 1 3 1; printf 'id: '; head -c 10000000 /dev/zero | tr '\0' y; printf '\nzh: 你好\nen: Hello\n'; } >"$TMP/long-id.hb"
bounded handbook import "$TMP/long-id.hb"
clear_end long-id-import
{ printf '#separator:Comma\n#handbook:big\n#lesson:big-001\nzh,en\n'; head -c 10000000 /dev/zero | tr '\0' z; printf ',long\n'; } >"$TMP/long.csv"
bounded handbook import "$TMP/long.csv"
clear_end long-csv-cell-import
check long-line-integrity test "$(sqlite3 "$CORDIAL_CONTENT" 'PRAGMA integrity_check')" = ok
# the line mode shows and wraps a 10 MB phrase without trouble
"$CORDIAL" learner add Li --native zh --target en --study big/big-001 >/dev/null
sqlite3 "$CORDIAL_DB" "UPDATE learner SET daily_new = 1000"
printf '\n\n\n\n\nq\n' >"$TMP/in"
bounded study --plain --learner Li --seed 1 <"$TMP/in"
clear_end long-line-study

# --- a spreadsheet of ROWS rows
awk -v n="$ROWS" 'BEGIN { print "#separator:Comma\n#handbook:big\n#lesson:big-001\nzh,en"
	for (i = 1; i <= n; i++) printf "第%d句,Phrase %d\n", i, i }' >"$TMP/rows.csv"
start=$(date +%s%N)
bounded handbook import "$TMP/rows.csv"
ms=$((($(date +%s%N) - start) / 1000000))
clear_end many-rows-import
expect_match many-rows-counted 0 out "^big: $ROWS added"
bounded handbook import "$TMP/rows.csv"
expect_match many-rows-reimport-unchanged 0 out "^big: 0 added, 0 changed, 0 retired, 0 revived, [0-9]+ unchanged"
cordial search 'Phrase 4711'
expect_match many-rows-searchable 0 out 'Phrase 4711'
echo "# limits: $ROWS spreadsheet rows imported in $ms ms" >&2

# A file of any size is read through in bounded memory and refused only for what
# it holds: 300 MB of NUL bytes is one overlong line, not a handbook.
truncate -s 300M "$TMP/huge.hb"
run bash -c 'ulimit -v 700000; exec timeout 60 "$1" handbook import "$2"' _ "$CORDIAL" "$TMP/huge.hb"
expect_match file-over-300mb-refused-for-its-contents 1 err 'must start with a Handbook record'
not_in_err() { ! grep -q -- "$1" "$TMP/err"; }
check file-over-300mb-no-size-limit not_in_err 'larger than'
