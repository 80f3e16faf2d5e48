#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Command-line tests of the content editor's workflow: check, import, re-import,
# export, spreadsheets, encodings, list and search.
source "$(dirname "$0")/../lib.sh"
D=$ROOT/tests/data/hb
G=$ROOT/tests/cli/golden

# The content rows, without the item keys that depend on the order of loading.
rows() {
	sqlite3 "$1" <<'EOF'
.mode tabs
SELECT * FROM handbook ORDER BY id;
SELECT * FROM handbook_title ORDER BY handbook, position;
SELECT * FROM lesson ORDER BY handbook, id;
SELECT * FROM lesson_title ORDER BY handbook, lesson, position;
SELECT handbook, id, kind, lesson, position, retired, digest, note, register, tags,
       situation, answer, explanation, region, local, local_source FROM item
  ORDER BY handbook, id;
SELECT i.handbook, i.id, t.position, t.lang, t.text, t.reading, t.kana FROM item_text t
  JOIN item i ON i.key = t.item ORDER BY 1, 2, 3;
SELECT i.handbook, i.id, p.kind, p.lang, p.position, p.value FROM item_part p
  JOIN item i ON i.key = p.item ORDER BY 1, 2, 3, 4, 5;
SELECT i.handbook, i.id, s.body FROM item_search s JOIN item i ON i.key = s.rowid
  ORDER BY 1, 2;
EOF
}

# --- check
cordial handbook check "$D/shop.hb"
expect check-clean 0 "$G/check-clean.out"

(cd "$D" && "$CORDIAL" handbook check shop-bad.hb >"$TMP/out" 2>"$TMP/err"); status=$?
expect check-errors 1 "$G/check-bad.out"

# Translated messages, untranslated prefix.
(cd "$D" && LANGUAGE=zh_CN "$CORDIAL" handbook check shop-bad.hb >"$TMP/out" 2>"$TMP/err"); status=$?
expect_match check-zh-prefix 1 out "^shop-bad.hb:19: error: [^ -~]+ 'readng'"
expect_match check-zh-summary 1 out '^[0-9]+ 个错误'

cordial handbook check "$D/nonexistent.hb"
expect_match check-missing-file 1 out 'nonexistent.hb: error: cannot read'
cordial handbook check
expect_match check-no-files 2 err "needs at least one file"
cordial handbook check "$D/shop.pdf"
expect_match check-unknown-kind 1 out 'unknown kind of file'

# --- import and re-import
cordial handbook import "$D/shop.hb"
expect import-first 0 "$G/import-first.out"
cordial handbook import "$D/shop.hb"
expect_match import-again-unchanged 0 out '^shop: 0 added, 0 changed, 0 retired, 0 revived, 5 unchanged$'
cordial handbook import "$D/shop-v2.hb"
expect_match import-edited 0 out '^shop: 1 added, 1 changed, 1 retired, 0 revived, 3 unchanged$'
cordial handbook import "$D/shop.hb"
expect_match import-older-warns 0 err "version 1 here but version 2 in the content database"
check import-revived grep -q '^shop: 0 added, 1 changed, 1 retired, 1 revived, 3 unchanged$' "$TMP/out"
check import-retired-hidden-from-search sh -c "! '$CORDIAL' search elevator >/dev/null 2>&1"

# A failed import changes nothing.
rows "$CORDIAL_CONTENT" >"$TMP/before"
cordial handbook import "$D/shop-v2.hb" "$D/shop-bad.hb"
expect_match import-bad-nothing-imported 1 err 'errors?, [0-9]+ warnings?; nothing imported$'
rows "$CORDIAL_CONTENT" >"$TMP/after"
check import-bad-unchanged cmp -s "$TMP/before" "$TMP/after"

# --- export round trip: import -> export -> import gives the same rows
cordial handbook export shop -o "$TMP/shop-export.hb"
expect export-ok 0
cordial handbook check "$TMP/shop-export.hb"
expect_match export-checks-clean 0 out '^0 errors, 0 warnings$'
CORDIAL_CONTENT=$TMP/round1.db "$CORDIAL" handbook import "$D/shop.hb" >/dev/null
"$CORDIAL" --content "$TMP/round1.db" handbook export shop -o "$TMP/round1.hb"
CORDIAL_CONTENT=$TMP/round2.db "$CORDIAL" handbook import "$TMP/round1.hb" >/dev/null
check export-import-same-rows cmp -s <(rows "$TMP/round1.db") <(rows "$TMP/round2.db")
check export-rows-not-empty test "$(rows "$TMP/round2.db" | wc -l)" -gt 20
cordial handbook export nosuch
expect_match export-unknown 1 err "no handbook 'nosuch'"
cordial handbook export shop
check export-stdout grep -q '^id: shop-01-001$' "$TMP/out"

# --- spreadsheets
export CORDIAL_CONTENT=$TMP/sheet.db
"$CORDIAL" handbook import "$D/shop.hb" >/dev/null
cordial handbook import "$D/phrases.csv"
expect_match sheet-import 0 out '^shop: 3 added, 0 changed, 0 retired, 0 revived, 5 unchanged$'
ids_before=$(sqlite3 "$CORDIAL_CONTENT" "SELECT id FROM item WHERE lesson = 'shop-02' ORDER BY id")
cordial handbook import "$D/phrases-reordered.csv"
expect_match sheet-reordered-keeps-ids 0 out '^shop: 0 added, 0 changed, 0 retired, 0 revived, 8 unchanged$'
ids_after=$(sqlite3 "$CORDIAL_CONTENT" "SELECT id FROM item WHERE lesson = 'shop-02' ORDER BY id")
check sheet-same-ids test "$ids_before" = "$ids_after"
check sheet-multiline-cell test "$(sqlite3 "$CORDIAL_CONTENT" "SELECT count(*) FROM item_text WHERE text = '请稍等，' || char(10) || '我去仓库看看。'")" = 1
check sheet-doubled-quotes test "$(sqlite3 "$CORDIAL_CONTENT" "SELECT count(*) FROM item WHERE note LIKE '%\"How much?\"'")" = 1
cordial handbook import "$D/phrases-dup.csv"
expect_match sheet-duplicate-source 1 err 'phrases-dup.csv:7: error: rows 5 and 7 have the same'
cordial handbook import "$D/phrases-gbk.csv"
expect_match sheet-gbk-refused 1 err "phrases-gbk.csv:5: error: column 'zh': invalid UTF-8.*gb18030"
cordial handbook import --encoding gb18030 "$D/phrases-gbk.csv"
expect_match sheet-gbk-converted 0 out '^shop: 0 added, 0 changed, 0 retired, 0 revived, 8 unchanged$'
cordial handbook import "$D/phrases-utf16.tsv"
expect_match sheet-utf16 0 out '^shop: 1 added, 0 changed, 0 retired, 0 revived, 8 unchanged$'
# --replace retires the items of the sheet's lessons that it no longer lists
cordial handbook import --replace "$D/phrases.csv"
expect_match sheet-replace 0 out '^shop: 0 added, 0 changed, 2 retired, 0 revived, 7 unchanged$'
printf 'zh,en\n你好,Hello\n' >"$TMP/nohandbook.csv"
cordial handbook import "$TMP/nohandbook.csv"
expect_match sheet-no-handbook 1 err "add a '#handbook:ID' line"
printf '#handbook:nosuch\nzh,en\n你好,Hello\n' >"$TMP/unknown.csv"
cordial handbook import "$TMP/unknown.csv"
expect_match sheet-unknown-handbook 1 err "handbook 'nosuch' is not in the content database"
printf '#handbook:shop\n#lesson:shop-01\nzh,en,ja\n你好,Hello\n' >"$TMP/ragged.csv"
cordial handbook import "$TMP/ragged.csv"
expect_match sheet-ragged 1 err 'ragged.csv:4: error: row has 2 cells but the sheet has 3 columns'
# a sheet and its handbook in one call
export CORDIAL_CONTENT=$TMP/both.db
cordial handbook import "$D/shop.hb" "$D/phrases.csv"
expect_match sheet-with-handbook 0 out '^shop: 8 added, 0 changed, 0 retired, 0 revived, 0 unchanged$'
# a .hb file of the handbook and its lessons only, whose phrases a sheet in the same
# call gives: only the lesson that no row fills is empty
export CORDIAL_CONTENT=$TMP/shell.db
printf '%%rec: Handbook\n\nid: shell\ntitle: 外壳\nsource: zh\nlanguages: en\n\n%%rec: Lesson\n\nid: filled\ntitle: 有句子\n\n%%rec: Lesson\n\nid: empty\ntitle: 空\n' >"$TMP/shell.hb"
printf '#handbook:shell\n#lesson:filled\nzh,en\n你好,Hello\n谢谢,Thank you\n' >"$TMP/shell.csv"
empty_warned() { grep -q "shell.hb:15: warning: lesson 'empty' has no phrases" "$TMP/out" "$TMP/err"; }
no_filled_warning() { ! grep -q "lesson 'filled'" "$TMP/out" "$TMP/err"; }
for cmd in check import; do
	cordial handbook $cmd "$TMP/shell.hb" "$TMP/shell.csv"
	check "sheet-fills-lesson-$cmd" empty_warned
	check "sheet-fills-lesson-$cmd-not-warned" no_filled_warning
done
cordial handbook check "$TMP/shell.hb"
expect_match sheet-fills-lesson-alone 0 out "shell.hb:10: warning: lesson 'filled' has no phrases"

# --- kana readings: checked, stored, exported, and a sheet's ja_kana column
export CORDIAL_CONTENT=$TMP/kana.db
sed -e 's/^ja_reading: irasshaimase\.$/&\nja_kana: いらっしゃいませ。/' \
	-e 's/^ja: 領収書はご入用ですか。$/&\nja_reading: ryōshūsho wa goiriyō desu ka.\nja_kana: りょうしゅうしょ は ごいりよう です か。/' \
	"$D/shop.hb" >"$TMP/kana.hb"
cordial handbook check "$TMP/kana.hb"
expect_match kana-check-clean 0 out '^0 errors, 0 warnings$'
cordial handbook import "$TMP/kana.hb"
expect_match kana-import-changes 0 out '^shop: 5 added'
check kana-stored test "$(sqlite3 "$CORDIAL_CONTENT" "SELECT kana FROM item_text WHERE text = '領収書はご入用ですか。'")" = 'りょうしゅうしょ は ごいりよう です か。'
cordial handbook export shop -o "$TMP/kana-export.hb"
check kana-exported grep -qx 'ja_kana: りょうしゅうしょ は ごいりよう です か。' "$TMP/kana-export.hb"
CORDIAL_CONTENT=$TMP/kana2.db "$CORDIAL" handbook import "$TMP/kana-export.hb" >/dev/null
check kana-round-trip cmp -s <(rows "$CORDIAL_CONTENT") <(rows "$TMP/kana2.db")
cordial handbook import "$D/shop.hb"
expect_match kana-removed-is-a-change 0 out '^shop: 0 added, 2 changed, 0 retired, 0 revived, 3 unchanged$'
printf '#handbook:shop\n#lesson:shop-02\nid,zh,en,ja,ja_reading,ja_kana\nk1,东京,Tokyo,東京へ,Tōkyō e,とうきょう へ\nk2,大阪,Osaka,大阪へ,Ōsaka e,おおさか え\n' >"$TMP/kana.csv"
cordial handbook import "$TMP/kana.csv"
expect_match kana-sheet-checked 0 err "kana.csv:5: warning: 'ja_kana' is not a reading of the 'ja' text"
check kana-sheet-stored test "$(sqlite3 "$CORDIAL_CONTENT" "SELECT kana FROM item_text WHERE text = '東京へ'")" = 'とうきょう へ'
printf '#handbook:shop\n#lesson:shop-02\nid,zh,en,ja,ja_kana\nk3,东京,Tokyo,東京,東京\n' >"$TMP/kana-bad.csv"
cordial handbook import "$TMP/kana-bad.csv"
expect_match kana-sheet-not-kana 1 err "kana-bad.csv:4: error: 'ja_kana' holds '東', which is not kana"
export CORDIAL_CONTENT=$TMP/both.db

# --- list
cordial handbook list --format tsv
expect list-tsv 0 "$G/list.tsv"
cordial handbook list
check list-text grep -q '^shop  商店服务用语  1 *en ja' "$TMP/out"

# --- search
cordial search 发票
expect_match search-two-chinese-chars 0 out '^shop/shop-01/shop-01-002	需要发票吗？	en: Would you like a receipt\?; ja: 領収書はご入用ですか。$'
cordial search recei
expect_match search-partial-english 0 out '^shop/shop-01/shop-01-002	'
cordial search RECEIPT
expect_match search-case 0 out 'shop-01-002'
cordial search ｒｅｃｅｉｐｔ
expect_match search-full-width 0 out 'shop-01-002'
cordial search "keep the change"
expect_match search-courtesy 0 out '^shop/shop-01/shop-01-c01	'
cordial search 'welcome' '光临'
expect_match search-two-words 0 out 'shop-01-001'
cordial search 'x"y OR'
expect_match search-quotes-harmless 1 err "nothing matches"
cordial search zzzz
expect_match search-nothing 1 err "nothing matches 'zzzz'"

# --- shipped content appears without an import step at the default location
unset CORDIAL_CONTENT
export XDG_DATA_HOME=$TMP/fresh CORDIAL_DATADIR=$ROOT/$B/share/cordial
cordial handbook list --format tsv
expect_match shipped-content 0 out '^everyday	'

# Spreadsheet cells get the same character checks as handbook lines.
printf '#handbook:shop\n#lesson:shop-01\nzh,en\n你,Hi\033[31m\n' >"$TMP/escape.csv"
cordial handbook import "$D/shop.hb" "$TMP/escape.csv"
expect_match sheet-control-character 1 err "escape.csv:4: error: control character U\+001B in 'en'"
printf '#handbook:shop\n#lesson:shop-01\nzh,en\n你,Hel\342\200\213lo\n' >"$TMP/zwsp.csv"
cordial handbook import "$D/shop.hb" "$TMP/zwsp.csv"
expect_match sheet-invisible-character 1 err "zwsp.csv:4: error: invisible character U\+200B in 'en'"
