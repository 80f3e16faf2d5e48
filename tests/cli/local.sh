#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Local facts: the local: and local_source: fields of Phrase and Courtesy records,
# their checks, their place in the content database and in exports and sheets, and
# 'handbook local', which lists them for an editor adapting handbooks to a city.
source "$(dirname "$0")/../lib.sh"

cat >"$TMP/city.hb" <<'EOF'
%rec: Handbook

id: city
title: 城市用语
source: zh
languages: en ja

%rec: Lesson

id: city-01
title: 车费

%rec: Phrase

id: city-01-001
zh: 起步价是十元。
en: The flag fare is 10 yuan.
local: 出租车起步价：3 公里内 10 元
local_source: 青岛市发展和改革委员会 出租汽车运价通知

id: city-01-002
zh: 谢谢。
en: Thank you.

%rec: Courtesy

id: city-01-c01
situation: 乘客问能不能在车里抽烟。您应该怎么说？
option_a: 可以。
option_b: 车内禁止吸烟。
answer: b
explanation: 本市出租车内禁止吸烟。
local: 公共交通工具内禁止吸烟
+ （出租车包括在内）
local_source: 青岛市控制吸烟条例
EOF

# --- check: the fields are known, and each needs the other
cordial handbook check "$TMP/city.hb"
expect_match check-clean 0 out '^0 errors, 0 warnings$'

sed '/^local_source: 青岛市发展/d' "$TMP/city.hb" >"$TMP/nosource.hb"
cordial handbook check "$TMP/nosource.hb"
expect_match check-local-needs-source 1 out \
	"nosource.hb:18: error: 'city-01-001' states a local fact but has no 'local_source'"

sed '/^local: 出租车/d' "$TMP/city.hb" >"$TMP/nolocal.hb"
cordial handbook check "$TMP/nolocal.hb"
expect_match check-source-needs-local 1 out \
	"nolocal.hb:18: error: 'city-01-001' has a 'local_source' but no 'local'"

sed 's/^local: 出租车起步价.*/&\nlocal: again/' "$TMP/city.hb" >"$TMP/twice.hb"
cordial handbook check "$TMP/twice.hb"
expect_match check-local-once 1 out "twice.hb:19: error: field 'local' is repeated"

sed 's/^local_source: 青岛市发展.*/locl_source: x/' "$TMP/city.hb" >"$TMP/typo.hb"
cordial handbook check "$TMP/typo.hb"
expect_match check-suggests-local-source 1 out "unknown field 'locl_source' \(did you mean 'local_source'\?\)"

# --- listing from a file: every local fact, with the line of its 'local:' field
cordial handbook local "$TMP/city.hb"
expect_match local-file-phrase 0 out \
	"^$TMP/city.hb:18: city-01-001: local: 出租车起步价：3 公里内 10 元 \(source: 青岛市发展和改革委员会 出租汽车运价通知\)$"
expect_match local-file-courtesy 0 out \
	"^$TMP/city.hb:33: city-01-c01: local: 公共交通工具内禁止吸烟（出租车包括在内） \(source: 青岛市控制吸烟条例\)$"
check local-file-only-marked test "$(grep -c ': local: ' "$TMP/out")" = 2
expect_match local-file-count 0 out '^2 local facts$'

cordial handbook local "$TMP/nosource.hb"
expect_match local-file-errors 1 err "error: 'city-01-001' states a local fact"

# --- the content database keeps them; export writes them back; re-import is unchanged
cordial handbook import "$TMP/city.hb"
expect_match import 0 out '^city: 3 added'
check stored test "$(sqlite3 "$CORDIAL_CONTENT" \
	"SELECT local_source FROM item WHERE id = 'city-01-001'")" = "青岛市发展和改革委员会 出租汽车运价通知"
cordial handbook local city
expect_match local-id 0 out \
	'^city: city-01-001: local: 出租车起步价：3 公里内 10 元 \(source: 青岛市发展和改革委员会 出租汽车运价通知\)$'
cordial handbook export city -o "$TMP/export.hb"
expect export 0
check export-local grep -qx 'local: 出租车起步价：3 公里内 10 元' "$TMP/export.hb"
check export-local-source grep -qx 'local_source: 青岛市控制吸烟条例' "$TMP/export.hb"
check export-joined grep -qx 'local: 公共交通工具内禁止吸烟（出租车包括在内）' "$TMP/export.hb"
cordial handbook import "$TMP/export.hb"
expect_match reimport-unchanged 0 out '^city: 0 added, 0 changed, 0 retired, 0 revived, 3 unchanged$'

# An edited value is a changed item.
sed 's/3 公里内 10 元/3 公里内 11 元/' "$TMP/city.hb" >"$TMP/city2.hb"
cordial handbook import "$TMP/city2.hb"
expect_match edited-local-changes 0 out '^city: 0 added, 1 changed, 0 retired'

# --- a spreadsheet may carry them as columns
printf '#handbook:city\n#lesson:city-01\n#separator:Tab\nid\tzh\ten\tlocal\tlocal_source\ncity-01-005\t地铁\tMetro\t地铁 1 号线\t青岛地铁集团\ncity-01-006\t你好\tHello\t\t\n' >"$TMP/sheet.tsv"
cordial handbook import "$TMP/sheet.tsv"
expect_match sheet-import 0 out '^city: 2 added'
cordial handbook local city
expect_match sheet-local 0 out '^city: city-01-005: local: 地铁 1 号线 \(source: 青岛地铁集团\)$'
printf '#handbook:city\n#lesson:city-01\n#separator:Tab\nid\tzh\ten\tlocal\ncity-01-007\t地铁\tMetro\t地铁 1 号线\n' >"$TMP/bad.tsv"
cordial handbook check "$TMP/bad.tsv"
expect_match sheet-needs-source 1 out "bad.tsv:5: error: 'city-01-007' states a local fact"

# --- usage
cordial handbook local
expect_match local-no-args 2 err 'needs at least one FILE.hb or handbook id'
cordial handbook local --bogus "$TMP/city.hb"
expect_match local-bad-option 2 err "unknown option '--bogus'"
cordial handbook local nosuch
expect_match local-unknown-id 1 err "no handbook 'nosuch'"
cordial handbook local "$TMP/sheet.tsv"
expect_match local-sheet-refused 1 err "reads .hb files"
cordial handbook local --help
expect_match local-help 0 out 'handbook local FILE.hb\|ID'

# --- import -> export -> import gives the same rows, local facts included
rows() {
	sqlite3 "$1" "SELECT id, digest, local, local_source FROM item ORDER BY id"
}
CORDIAL_CONTENT=$TMP/round1.db "$CORDIAL" handbook import "$TMP/city.hb" >/dev/null
"$CORDIAL" --content "$TMP/round1.db" handbook export city -o "$TMP/round1.hb"
CORDIAL_CONTENT=$TMP/round2.db "$CORDIAL" handbook import "$TMP/round1.hb" >/dev/null
check round-trip-same-rows cmp -s <(rows "$TMP/round1.db") <(rows "$TMP/round2.db")
check round-trip-has-local test "$(rows "$TMP/round2.db" | grep -c '青岛')" = 2
