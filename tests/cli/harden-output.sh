#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What cordial prints: a write error on standard output is a message and exit
# status 1; CSV cells that a spreadsheet would run as formulas stay text; tabs and
# line breaks inside a value never split a record of a line-oriented output; names
# and notes are checked like handbook values and echoed sanitized.
source "$(dirname "$0")/../lib.sh"
D=$ROOT/tests/data/hb
cordial handbook import "$D/shop.hb"
cordial learner add Li --native zh --target en
cordial class add 'Day shift'
cordial class join 'Day shift' Li
cordial assign shop --class 'Day shift' --due 2026-12-20 --note 'first week'
expect setup 0

# --- standard output that cannot be written
for args in "report" "report --format csv" "report --format json" "search receipt" \
	"learner list" "learner list --format tsv" "class list" "assignments" \
	"assignments --format tsv" "keys" "--help" "handbook list" "handbook check $D/shop.hb" \
	"handbook export shop" "--version"; do
	# shellcheck disable=SC2086
	run "$CORDIAL" $args
	want=$status
	if [ "$want" -ne 0 ] || [ ! -s "$TMP/out" ]; then
		fail "full-$args" "the command itself failed or printed nothing"; show; continue
	fi
	# shellcheck disable=SC2086
	"$CORDIAL" $args >/dev/full 2>"$TMP/err"
	status=$?
	expect_match "full-$(printf %s "$args" | tr -c "a-z-" "-")" 1 err 'cannot write to standard output: No space left on device'
done
# a closed standard output with nothing written is no error
"$CORDIAL" learner add --help >/dev/null 2>&1
run "$CORDIAL" unassign 999999 >&-
check closed-stdout-nothing-written test "$status" -ne 0 -o ! -s "$TMP/err"

# --- CSV cells that a spreadsheet would take for formulas
sqlite3 "$CORDIAL_DB" "UPDATE learner SET name = '=HYPERLINK(\"http://x\",\"y\")' WHERE name = 'Li';
	UPDATE class SET name = '@SUM(A1)';
	UPDATE assignment SET note = '-2+3'"
cordial report --format csv
expect csv-report 0
check csv-formula-learner grep -q '"'"'"'=HYPERLINK(""http://x"",""y"")"' "$TMP/out"
check csv-formula-class grep -q "\"'@SUM(A1)\"" "$TMP/out"
check csv-formula-note grep -q "\"'-2+3\"" "$TMP/out"
check csv-no-bare-formula test -z "$(grep -E '(^|,)[=+@-][^0-9]' "$TMP/out")"
sqlite3 "$CORDIAL_DB" "UPDATE learner SET name = '+cmd|calc'"
cordial report --format csv
check csv-formula-plus grep -q "\"'+cmd|calc\"" "$TMP/out"

# --- tabs and line breaks inside values, in line-oriented outputs
sqlite3 "$CORDIAL_DB" "UPDATE learner SET name = 'Li';
	UPDATE class SET name = 'Day shift';
	UPDATE assignment SET note = 'line one' || char(10) || 'line	two\\x'"
cordial assignments --format tsv
expect assignments-tsv 0
check tsv-one-line-a-record test "$(wc -l <"$TMP/out")" = 1
check tsv-six-tabs test "$(tr -cd '\t' <"$TMP/out" | wc -c)" = 6
check tsv-escaped grep -qF 'line one\nline\ttwo\\x' "$TMP/out"
sqlite3 "$CORDIAL_CONTENT" "UPDATE item_text SET text = 'Keep' || char(10) || 'the	change' WHERE text LIKE 'Keep the change%'"
cordial search change
expect search-multiline 0
check search-one-line-a-record test -z "$(awk -F'\t' 'NF != 3' "$TMP/out")"

# --- names and notes: the rules of handbook values, the character named
bad() { # NAME TEXT CHAR
	cordial learner add "$2" --native zh --target en
	expect_match "learner-$1" 2 err "a learner's name holds the $3"
	cordial class add "$2"
	expect_match "class-$1" 2 err "a class's name holds the $3"
	cordial assign shop --class 'Day shift' --note "$2"
	expect_match "note-$1" 2 err "a note holds the $3"
}
bad c0 $'Wang\x01' 'control character U\+0001'
bad del $'Wang\x7f' 'control character U\+007F'
bad csi $'Wang\xc2\x9b31m' 'control character U\+009B'
bad bidi $'Wang\xe2\x80\xae' 'bidirectional override U\+202E'
bad zwsp $'Wa\xe2\x80\x8bng' 'invisible character U\+200B'
bad unassigned $'Wang\xf3\xa0\x80\x80x\xe0\xb8\x80' 'unassigned or private-use character U\+E0000'
bad newline $'Wang\nLi' 'control character U\+000A'
cordial learner add $'Wang\xff'
expect_match learner-invalid-utf8 2 err "a learner's name is not valid UTF-8"
check nothing-added test "$(sqlite3 "$CORDIAL_DB" 'SELECT count(*) FROM learner')" = 1
check no-raw-escape-echoed test -z "$(grep -l $'\x1b\|\xc2\x9b' "$TMP/err" "$TMP/out")"
cordial learner add 'Wang Fang' --native zh --target en
expect_match learner-ordinary-name 0 out '^Added learner Wang Fang'
