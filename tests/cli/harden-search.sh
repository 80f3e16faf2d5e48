#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Search: the best N of all matches (the full ranking: shortest search entry first,
# then the order loaded), every word of the query counts, and an unknown option is
# named as given.
source "$(dirname "$0")/../lib.sh"
# A handbook of 300 phrases whose English holds "receipt" in 200 of them, with
# lengths in no particular order, so that the best matches are spread through it.
awk 'BEGIN {
	srand(11)
	print "%rec: Handbook\n\nid: rank\ntitle: 排名\ntitle_en: Ranking\nsource: zh\nlanguages: en\nversion: 1\n"
	print "%rec: Lesson\n\nid: rank-01\ntitle: 一\ntitle_en: One\norder: 1\n\n%rec: Phrase\n"
	for (i = 1; i <= 300; i++) {
		pad = ""
		for (k = int(rand() * 12); k > 0; k--) pad = pad " more"
		printf "id: rank-01-%03d\nzh: 句子%d\nen: %s%s %d\n\n", i, i,
			(i % 3) ? "the receipt" : "the ticket", pad, i
	}
}' >"$TMP/rank.hb"
cordial handbook import "$TMP/rank.hb"
expect import 0
# full ranking: every entry that holds the word, shortest first, then by key
full() {
	sqlite3 "$CORDIAL_CONTENT" "SELECT i.handbook || '/' || i.lesson || '/' || i.id
		FROM item_search s JOIN item i ON i.key = s.rowid
		WHERE instr(s.body, '$1') > 0 ORDER BY length(s.body), s.rowid LIMIT $2"
}
for n in 1 2 5 50; do
	cordial search --limit "$n" receipt
	check "best-$n-of-all" test "$(cut -f1 "$TMP/out")" = "$(full receipt "$n")"
done
cordial search receipt
check default-best-50 test "$(cut -f1 "$TMP/out")" = "$(full receipt 50)"
# a two-letter word (no trigram) is ranked over all matches too
cordial search --limit 3 句子
check short-word-best-of-all test "$(cut -f1 "$TMP/out")" = "$(full 句子 3)"

# every word counts, however many
cordial search the receipt more more more more zzzzqqq
expect_match seventh-word-counts 1 err "nothing matches"
cordial search t h e r e c e i p t 283
expect_match eleven-words 0 out 'rank-01-283'
check eleven-words-all-count test "$(wc -l <"$TMP/out")" = 1

# an unknown option is named as it was given
cordial search -receipt
expect_match option-named-as-given 2 err "unknown option '-receipt' for 'search'"
cordial search --limit 3 -z
expect_match short-option-named 2 err "unknown option '-z' for 'search'"

# readings are found without their accents, and Japanese through its kana reading
cat >"$TMP/read.hb" <<'HB'
%rec: Handbook

id: read
title: 读音
source: zh
languages: en ja

%rec: Lesson

id: read-01
title: 一

%rec: Phrase

id: read-01-001
zh: 需要发票吗？
zh_reading: xūyào fāpiào ma?
en: Would you like a receipt?
ja: 領収書はご入用ですか。
ja_reading: ryōshūsho wa go-iriyō desu ka.
ja_kana: りょうしゅうしょ は ご いりよう です か。

id: read-01-002
zh: 含早餐吗？
zh_reading: hán zǎocān ma?
en: Is breakfast included?
ja: 朝食は付いていますか。
ja_reading: chōshoku wa tsuite imasu ka.
ja_kana: ちょうしょく は ついて います か。
HB
cordial handbook import "$TMP/read.hb"
expect read-import 0
for q in fapiao fāpiào FAPIAO ryoshusho りょうしゅうしょ ごいりよう; do
	cordial search "$q"
	expect_match "reading-$q" 0 out '^read/read-01/read-01-001'
done
for q in choshoku chōshoku zaocan ちょうしょく; do
	cordial search "$q"
	expect_match "reading-$q" 0 out '^read/read-01/read-01-002'
done
cordial search ちょ
check kana-needs-its-own-marks sh -c "! grep -q 'read-01-001' '$TMP/out'"
# a database whose index was made by an older cordial is indexed anew on opening
# (schema 2 had neither the new index nor the items' local facts of schema 4)
sqlite3 "$CORDIAL_CONTENT" "DELETE FROM item_search; ALTER TABLE item DROP COLUMN local;
	ALTER TABLE item DROP COLUMN local_source; PRAGMA user_version = 2"
cordial search fapiao
expect_match old-index-made-anew 0 out '^read/read-01/read-01-001'
check old-index-migrated test "$(sqlite3 "$CORDIAL_CONTENT" 'PRAGMA user_version')" = 4
