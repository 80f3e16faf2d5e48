#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Import and check read a spreadsheet a row at a time: their peak memory (the
# maximum resident set size /usr/bin/time reports) stays far below what holding
# the sheet whole took; a sheet over 256 MB is read through, in bounded memory, and
# refused only for what it holds; the checks that span the sheet still see all of
# it, and an import with an error changes nothing.
source "$(dirname "$0")/../lib.sh"
gen=$ROOT/tests/data/gen-handbook

# The handbook the sheets add rows to: "big", lessons big-001 to big-003.
"$gen" 3 1 1 >"$TMP/big.hb"
cordial handbook import "$TMP/big.hb"
expect stored-handbook 0

# sheet_head: the header lines of a sheet of lesson big-002
sheet_head() { printf '#handbook:big\n#lesson:big-002\nid,zh,en\n'; }
# sheet_rows N [FIRST]: N rows, ids from sFIRST (default s1)
sheet_rows() {
	awk -v n="$1" -v first="${2:-1}" 'BEGIN { for (i = first; i < first + n; i++)
		printf "s%d,第%d句，一个相当长的句子，让这一行更长一些。,\"Sentence %d, a fairly long one\"\n", i, i, i }'
}
# peak_kb CMD...: runs cordial under /usr/bin/time; the peak memory in KB in $peak
peak_kb() {
	/usr/bin/time -f %M -o "$TMP/time" "$CORDIAL" "$@" >"$TMP/out" 2>"$TMP/err"
	status=$?
	peak=$(tail -1 "$TMP/time")
}

if [ -x /usr/bin/time ]; then
	# 100,000 rows (9 MB): read whole, with their cells and items, they took
	# about 100 MB to import and 110 MB to check.
	{ sheet_head; sheet_rows 100000; } >"$TMP/rows.csv"
	peak_kb handbook import "$TMP/rows.csv"
	expect_match memory-import-done 0 out '^big: 100000 added, 0 changed, 0 retired, 0 revived, 3 unchanged'
	check memory-import-bounded test "$peak" -lt $((56 * 1024))
	peak_kb handbook check "$TMP/rows.csv"
	expect_match memory-check-done 0 out '^0 errors, 0 warnings'
	check memory-check-bounded test "$peak" -lt $((24 * 1024))
	peak_kb handbook import "$TMP/rows.csv"
	expect_match memory-reimport-unchanged 0 out '^big: 0 added, 0 changed, 0 retired, 0 revived, 100003 unchanged'
	check memory-reimport-bounded test "$peak" -lt $((56 * 1024))
	# 300,000 rows: a check takes no more than for 100,000.
	{ sheet_head; sheet_rows 300000; } >"$TMP/more.csv"
	peak_kb handbook check "$TMP/more.csv"
	expect_match memory-check-more-done 0 out '^0 errors, 0 warnings'
	check memory-check-more-bounded test "$peak" -lt $((24 * 1024))
else
	skip memory-bounded "needs /usr/bin/time"
fi

# The checks across the whole sheet: an id used twice far apart, in one sheet
# and in two rows that the 'handbook' column sends to the same handbook; a row
# after them that names a lesson the handbook does not have.
{ sheet_head; sheet_rows 20000; printf 's1,重复,Again\n'; } >"$TMP/span.csv"
again=$(wc -l <"$TMP/span.csv")
cordial handbook check "$TMP/span.csv"
expect_match span-duplicate-id 1 out \
	"span.csv:$again: error: id 's1' is used twice in the sheet \(first at row on line 4\)"
{ printf 'handbook,id,lesson,zh,en\n'; sheet_rows 20000 | sed 's/^/big,/; s/,/,big-001,/2'
	printf 'big,s7,big-003,重复,Again\nbig,s20001,no-such-lesson,新,New\n'; } >"$TMP/span-column.csv"
n=$(wc -l <"$TMP/span-column.csv")
cordial handbook check "$TMP/span-column.csv"
expect_match span-column-duplicate-id 1 out \
	"span-column.csv:$((n - 1)): error: id 's7' is used twice in the sheet \(first at row on line 8\)"
expect_match span-column-unknown-lesson 1 out \
	"span-column.csv:$n: error: 's20001' refers to lesson 'no-such-lesson', which the handbook does not have"
# An import with an error at the end writes none of the rows before it.
before=$(sqlite3 "$CORDIAL_CONTENT" "SELECT count(*) FROM item WHERE retired = 0")
{ sheet_head; sheet_rows 20000 500000; printf 's500000,重复,Again\n'; } >"$TMP/late-error.csv"
cordial handbook import "$TMP/late-error.csv"
expect_match late-error-nothing-imported 1 err '^1 error, 0 warnings; nothing imported$'
check late-error-database-unchanged test \
	"$(sqlite3 "$CORDIAL_CONTENT" "SELECT count(*) FROM item WHERE retired = 0")" = "$before"

# With --replace, the rows of a stored handbook's lessons that a sheet no longer
# lists are retired, the handbook's own item of that lesson with them.
{ sheet_head; sheet_rows 5; } >"$TMP/five.csv"
cordial handbook import --replace "$TMP/five.csv"
expect_match replace-retires 0 out "^big: 0 added, 0 changed, $((100000 - 5 + 1)) retired, 0 revived, 7 unchanged"
cordial handbook import "$TMP/rows.csv"
expect_match replace-revives 0 out "^big: 0 added, 0 changed, 0 retired, $((100000 - 5)) revived, 7 unchanged"

# An item that a row moves to another lesson goes to the end of that lesson, as a
# new one does.
printf '#handbook:big\nid,lesson,zh,en\ns3,big-003,第3句，搬走了。,Sentence 3 moved\nt1,big-003,新句,A new one\n' \
	>"$TMP/move.csv"
cordial handbook import "$TMP/move.csv"
expect_match move-counted 0 out '^big: 1 added, 1 changed, 0 retired, 0 revived, 100001 unchanged'
"$CORDIAL" handbook export big >"$TMP/export.hb"
moved_order() {
	test "$(awk '/^id: (big-003-0001|s3|t1)$/ { printf "%s ", $2 }' "$TMP/export.hb")" = \
		"big-003-0001 s3 t1 "
}
check move-to-end moved_order

# A sheet over 256 MB (white-space lines between its rows, which the reader
# skips) is read through and imported in bounded memory; the row after them is
# there, and a problem after them is told by its line.
{ sheet_head; sheet_rows 3 900001; yes '                                                            ' |
	head -c 270M; printf '\ns900099,最后,Last\n'; } >"$TMP/huge.csv"
run bash -c 'ulimit -v 400000; exec "$@"' _ "$CORDIAL" handbook import "$TMP/huge.csv"
expect_match huge-sheet-imported 0 out '^big: 4 added'
{ cat "$TMP/huge.csv"; printf 's900001,重复,Again\n'; } >"$TMP/huge-bad.csv"
rm -f "$TMP/huge.csv"
run bash -c 'ulimit -v 400000; exec "$@"' _ "$CORDIAL" handbook check "$TMP/huge-bad.csv"
expect_match huge-sheet-problem-by-line 1 out \
	"huge-bad.csv:$(wc -l <"$TMP/huge-bad.csv"): error: id 's900001' is used twice in the sheet \(first at row on line 4\)"
