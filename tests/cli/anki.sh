#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Files as Anki, Quizlet and spreadsheets write them: Anki's header lines, HTML
# fields, column names in any case, skipped and unknown columns, a first row taken
# as column names; and the Anki export, back through cordial's own import.
source "$(dirname "$0")/../lib.sh"
D=$ROOT/tests/data/anki
H=$ROOT/tests/data/hb

texts() { # handbook lesson: "id<TAB>lang<TAB>text<TAB>reading" of the live items
	sqlite3 -separator '	' "$CORDIAL_CONTENT" "SELECT i.id, t.lang, t.text, ifnull(t.reading, '')
	  FROM item_text t JOIN item i ON i.key = t.item
	  WHERE i.handbook = '$1' AND i.lesson = '$2' AND NOT i.retired ORDER BY i.id, t.position"
}

cordial handbook import "$H/shop.hb"
expect shop-imported 0

# --- Anki's export as it is: its column lines name guid, note type, deck and tags,
# but not the fields; the message shows the #columns: line to add.
cordial handbook check "$D/anki-export.txt"
expect_match anki-raw-asks-for-columns 1 out \
	"anki-export.txt:3: error: .*'#columns:guid\\\\tignore\\\\tignore\\\\tfield1\\\\tfield2\\\\ttags'"

# --- the same notes with the names added: HTML converted, guid as id, tags column
cordial handbook import "$D/anki-export-named.txt"
expect_match anki-import 0 out '^shop: 3 added, 0 changed, 0 retired, 0 revived, 5 unchanged$'
check anki-html-summary grep -q "anki-export-named.txt: '#html:true': converted from HTML to text (5 cells changed)" "$TMP/out"
texts shop shop-02 >"$TMP/texts"
NBSP=$'\u00a0'
check anki-no-markup sh -c "! grep -Eq '<[a-z/]|&[a-z#0-9]+;' '$TMP/texts'"
check anki-bold-removed grep -q "	en	This way,${NBSP}please\\.	" "$TMP/texts"
check anki-nbsp-decoded grep -q "一共${NBSP}35${NBSP}元。" "$TMP/texts"
check anki-numeric-entity grep -q "That's 35 yuan${NBSP}in all\\." "$TMP/texts"
check anki-br-newline test "$(grep -c '^Cash or card?' "$TMP/texts")" -eq 1
check anki-lt-gt grep -q "<打折>商品不退换。" "$TMP/texts"
check anki-div-lines grep -q '^cannot be returned\.' "$TMP/texts"
check anki-guid-id test "$(sqlite3 "$CORDIAL_CONTENT" "SELECT count(*) FROM item WHERE handbook='shop' AND id GLOB 'g[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'")" -eq 3
check anki-tags-column test "$(sqlite3 "$CORDIAL_CONTENT" "SELECT count(*) FROM item WHERE handbook='shop' AND tags = 'payment sale'")" -eq 1
# Editing the note in Anki and importing again updates it in place (same guid).
sed 's/Cash or card?/Cash or card, please?/' "$D/anki-export-named.txt" >"$TMP/edited.txt"
cordial handbook import "$TMP/edited.txt"
expect_match anki-reimport-updates 0 out '^shop: 0 added, 1 changed, 0 retired, 0 revived, 7 unchanged$'

# --- a note that begins with '#' right after the header lines is not lost silently;
# Anki's #notetype, #deck and #if matches are named once each.
cordial handbook check "$D/anki-hash-row.txt"
expect_match anki-hash-row-warned 0 out "anki-hash-row.txt:9: warning: this line starts with '#' but is not a header line"
check anki-notetype-warned grep -q "anki-hash-row.txt:3: warning: '#notetype:' is an Anki header line that cordial does not use" "$TMP/out"
check anki-deck-warned grep -q "anki-hash-row.txt:4: warning: '#deck:'" "$TMP/out"
check anki-if-matches-warned grep -q "anki-hash-row.txt:5: warning: '#if matches:'" "$TMP/out"
check anki-header-with-space-not-comment test "$(grep -c ': warning:' "$TMP/out")" -eq 4

# --- columns: any case, 'ignore', an unknown name reported once where it is named
printf '#handbook:shop\n#lesson:shop-02\nZH,EN,Ignore,ignore\n好的,Okay,for us,x\n' >"$TMP/upper.csv"
cordial handbook check "$TMP/upper.csv"
expect anki-columns-any-case-and-ignore 0
{ printf '#handbook:shop\n#lesson:shop-02\n#columns:zh,en,memo\n'
  for i in $(seq 1 50); do printf '第%d号,Number %d,x\n' "$i" "$i"; done; } >"$TMP/memo.csv"
cordial handbook check "$TMP/memo.csv"
expect_match unknown-column-once 1 out "^memo.csv:3: error: unknown column 'memo'|memo.csv:3: error: unknown column 'memo'"
check unknown-column-one-error grep -q '^1 error, 0 warnings$' "$TMP/out"

# --- Quizlet's export has no header: the first row was taken as the names, and the
# message says so and shows a #columns: line.
{ printf '#handbook:shop\n#lesson:shop-02\n'; cat "$D/quizlet-export.txt"; } >"$TMP/quizlet.tsv"
cordial handbook check "$TMP/quizlet.tsv"
expect_match first-row-named 1 out "quizlet.tsv:3: warning: there is no '#columns:' line, so this first row was taken as the column names; .*'#columns:id\\\\tzh\\\\ten\\\\tja'"

# --- back to Anki: the export as Anki's import reads it without any setting
P=$TMP/anki-phrases.db
phrase_rows() {
	sqlite3 "$1" <<'SQL'
.mode tabs
SELECT handbook, id, lesson, note, register, tags FROM item
  WHERE kind = 'phrase' AND NOT retired ORDER BY handbook, id;
SELECT i.handbook, i.id, t.position, t.lang, t.text, t.reading FROM item_text t
  JOIN item i ON i.key = t.item WHERE i.kind = 'phrase' ORDER BY 1, 2, 3;
SELECT i.handbook, i.id, p.kind, p.lang, p.position, p.value FROM item_part p
  JOIN item i ON i.key = p.item WHERE i.kind = 'phrase' ORDER BY 1, 2, 3, 4, 5;
SQL
}
"$CORDIAL" --content "$P" handbook import "$H/shop.hb" "$H/phrases.csv" >/dev/null
"$CORDIAL" --content "$P" learner add Sato --native zh --target ja >/dev/null 2>&1
CORDIAL_CONTENT=$P cordial handbook export shop --format anki -o "$TMP/shop-anki.txt"
expect anki-export-ok 0
head -9 "$TMP/shop-anki.txt" >"$TMP/head"
printf '%s\n' '#separator:tab' '#html:true' '#notetype:Basic' '#deck:商店服务用语' '#guid column:1' \
	'#tags column:14' '#handbook:shop' '#ignore column:2 3' \
	'#columns:guid	Front	Back	lesson	zh	zh_reading	en	en_reading	en_alt	ja	ja_reading	note	register	tags' \
	>"$TMP/want-head"
check anki-export-headers diff -u "$TMP/want-head" "$TMP/head"
check anki-export-one-note-per-phrase test "$(sed 1,9d "$TMP/shop-anki.txt" | wc -l)" -eq 7
check anki-export-cells awk -F'\t' 'NR > 9 && (NF != 14 || /"/) { bad = 1 } END { exit bad }' "$TMP/shop-anki.txt"
check anki-export-back-en grep -q "^shop-01-001	欢迎光临！	<div style='font-size:1.5em'>Welcome!</div>	" "$TMP/shop-anki.txt"
check anki-export-note-html grep -q '<div><small>中国的&quot;发票&quot;在英语里一般说 receipt' "$TMP/shop-anki.txt"
check anki-export-multiline-br grep -q '请稍等，<br>我去仓库看看。' "$TMP/shop-anki.txt"
CORDIAL_CONTENT=$P CORDIAL_DB=$TMP/anki-training.db "$CORDIAL" learner add Sato --native zh --target ja >/dev/null 2>&1
CORDIAL_CONTENT=$P CORDIAL_DB=$TMP/anki-training.db cordial handbook export shop --format anki --learner Sato
check anki-export-learner-target grep -q "^shop-01-001	欢迎光临！	<div style='font-size:1.5em'>いらっしゃいませ。</div><div style='color:#555'>irasshaimase.</div>	" "$TMP/out"
CORDIAL_CONTENT=$P cordial handbook export shop --format anki --lang fr
expect_match anki-export-unknown-lang 1 err "handbook 'shop' has no language 'fr'"
# The round trip: a fresh database with the handbook, the Anki file imported onto
# it, holds the same phrases; importing it again onto the first changes nothing.
"$CORDIAL" --content "$TMP/round.db" handbook import "$H/shop.hb" >/dev/null
"$CORDIAL" --content "$TMP/round.db" handbook import "$TMP/shop-anki.txt" >/dev/null 2>&1
check anki-round-trip-same-phrases cmp -s <(phrase_rows "$P") <(phrase_rows "$TMP/round.db")
check anki-round-trip-not-empty test "$(phrase_rows "$TMP/round.db" | wc -l)" -gt 20
CORDIAL_CONTENT=$P cordial handbook import "$TMP/shop-anki.txt"
expect_match anki-round-trip-unchanged 0 out '^shop: 0 added, 0 changed, 0 retired, 0 revived, 8 unchanged$'
