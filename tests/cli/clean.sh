#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What cannot be seen: invisible characters are refused, and 'handbook clean' writes
# a copy without them, in NFC, listing every change.
source "$(dirname "$0")/../lib.sh"
D=$ROOT/tests/data/csv
H=$ROOT/tests/data/hb

cordial handbook import "$H/shop.hb"
expect shop-imported 0

cordial handbook import "$D/tatoeba-pairs.tsv"
expect_match invisible-refused 1 err "tatoeba-pairs.tsv:5: error: invisible character U\+200B in 'zh' \(remove it; 'cordial handbook clean'"
check invisible-each-row-named grep -q "tatoeba-pairs.tsv:6: error: invisible character U+200B in 'en'" "$TMP/err"
# A byte-order mark in the middle of a .hb file (two files joined) is refused too.
{ cat "$H/shop.hb"; printf '\n\357\273\277id: shop-02-009\nzh: 好\nen: Good\n'; } >"$TMP/joined.hb"
cordial handbook check "$TMP/joined.hb"
expect_match mid-file-bom-refused 1 out "joined.hb:[0-9]+(:1)?: error: "
cordial handbook clean "$TMP/joined.hb" -o "$TMP/joined-clean.hb"
expect_match mid-file-bom-cleaned 0 err "joined.hb:[0-9]+: changed: removed the invisible character U\+FEFF ZERO WIDTH NO-BREAK SPACE at column 1"
cordial handbook check "$TMP/joined-clean.hb"
expect_match mid-file-bom-clean-checks 0 out '^0 errors, 0 warnings$'


cordial handbook clean "$D/tatoeba-pairs.tsv" -o "$TMP/clean.tsv"
expect clean-ok 0
cat >"$TMP/want" <<EOT
$D/tatoeba-pairs.tsv:5: changed: removed the invisible character U+200B ZERO WIDTH SPACE at column 9
$D/tatoeba-pairs.tsv:6: changed: removed the invisible character U+200B ZERO WIDTH SPACE at column 25
$D/tatoeba-pairs.tsv:7: changed: removed the invisible character U+FEFF ZERO WIDTH NO-BREAK SPACE at column 1
$D/tatoeba-pairs.tsv:8: changed: normalised to Unicode NFC (a letter written with a separate combining mark is composed)
4 changes
EOT
check clean-lists-every-change diff -u "$TMP/want" "$TMP/err"
check clean-no-format-characters sh -c "! grep -q \$'\\u200b\\|\\ufeff' '$TMP/clean.tsv'"
check clean-nfc grep -q "Where is the café?" "$TMP/clean.tsv"
check clean-same-lines test "$(wc -l <"$TMP/clean.tsv")" -eq "$(wc -l <"$D/tatoeba-pairs.tsv")"
cordial handbook import "$TMP/clean.tsv"
expect_match cleaned-imports 0 out '^shop: 5 added, '

# Cleaning a clean file changes nothing; to standard output without -o.
cordial handbook clean "$TMP/clean.tsv"
check clean-again-nothing cmp -s "$TMP/out" "$TMP/clean.tsv"
check clean-again-zero grep -qx '0 changes' "$TMP/err"
printf 'zh\n\304\343\n' >"$TMP/gbk.csv"
cordial handbook clean "$TMP/gbk.csv" -o "$TMP/gbk-clean.csv"
expect_match clean-invalid-utf8 1 err 'gbk.csv:2: invalid UTF-8; nothing written'
check clean-invalid-nothing-written test ! -e "$TMP/gbk-clean.csv"
