#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Memory and limits: a .hb value continued over many lines costs memory linear in
# its length and is bounded (64 KB) with a FILE:LINE: error; the optimizer says
# there is nothing to fit instead of printing a perfect-looking fit of nothing.
source "$(dirname "$0")/../lib.sh"
# hb FILE LINES WIDTH: a handbook whose one note runs over LINES continuation lines
hb() {
	{
		printf '%%rec: Handbook\n\nid: big\ntitle: 大\ntitle_en: Big\nsource: zh\nlanguages: en\nversion: 1\n\n'
		printf '%%rec: Lesson\n\nid: big-01\ntitle: 一\ntitle_en: One\norder: 1\n\n'
		printf '%%rec: Phrase\n\nid: big-01-001\nzh: 你好\nen: Hello\nnote: start\n'
		awk -v n="$2" -v w="$3" 'BEGIN { s = sprintf("%*s", w, ""); gsub(/ /, "x", s);
			for (i = 0; i < n; i++) print "+ " s }'
	} >"$1"
}
# Under a memory limit far below what joining line by line anew would take.
limited() { (ulimit -v 262144 && "$CORDIAL" "$@") >"$TMP/out" 2>"$TMP/err"; status=$?; }

hb "$TMP/long.hb" 4000 180 # 732 KB, one value far over the limit
limited handbook check "$TMP/long.hb"
expect_match long-value-refused 1 out "^$TMP/long.hb:385: error: the value of 'note' \(from line 22\) is longer than 64 KB"
check long-value-one-error test "$(grep -c error: "$TMP/out")" = 1

hb "$TMP/many.hb" 30000 1 # 60 KB in 30,000 lines: within the limit
limited handbook check "$TMP/many.hb"
expect many-continuation-lines-linear 0
limited handbook import "$TMP/many.hb"
expect many-continuation-lines-import 0
cordial handbook export big
# one paragraph: the lines are joined by spaces (a line break is soft)
check many-lines-joined test "$(grep '^note:' "$TMP/out" | tr ' ' '\n' | grep -c '^x$')" = 30000

cordial fsrs optimize </dev/null
expect_match optimize-empty 1 err 'nothing to fit: the review log is empty'
check optimize-empty-prints-nothing test ! -s "$TMP/out"
printf 'a\t0\t3\nb\t0\t1\n' >"$TMP/first-only"
cordial fsrs optimize <"$TMP/first-only"
expect_match optimize-first-reviews-only 1 err 'nothing to fit: none of the 2 reviews'
