#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Import and check read a handbook record by record: their peak memory (the
# maximum resident set size /usr/bin/time reports) stays far below what holding a
# generated handbook whole would take; a file over 256 MB is read through and
# refused only for what it holds; the checks that span the file still see all of
# it; the search index answers the same after a re-import and passes FTS5's
# integrity check.
source "$(dirname "$0")/../lib.sh"
gen=$ROOT/tests/data/gen-handbook

# peak_kb CMD...: runs cordial under /usr/bin/time; the peak memory in KB in $peak
peak_kb() {
	/usr/bin/time -f %M -o "$TMP/time" "$CORDIAL" "$@" >"$TMP/out" 2>"$TMP/err"
	status=$?
	peak=$(tail -1 "$TMP/time")
}

if [ -x /usr/bin/time ]; then
	# 50,000 phrases (4 MB): read whole, with their parsed fields and items, they
	# took about 57 MB to import and 49 MB to check.
	"$gen" 100 500 1 >"$TMP/big.hb"
	peak_kb handbook import "$TMP/big.hb"
	expect_match memory-import-done 0 out '^big: 50000 added'
	check memory-import-bounded test "$peak" -lt $((44 * 1024))
	peak_kb handbook check "$TMP/big.hb"
	expect_match memory-check-done 0 out '^0 errors, 0 warnings'
	check memory-check-bounded test "$peak" -lt $((24 * 1024))
	# 200,000 phrases (17 MB): a check takes no more than for 50,000.
	"$gen" 100 2000 1 >"$TMP/bigger.hb"
	peak_kb handbook check "$TMP/bigger.hb"
	expect_match memory-check-bigger-done 0 out '^0 errors, 0 warnings'
	check memory-check-bigger-bounded test "$peak" -lt $((24 * 1024))
else
	skip memory-bounded "needs /usr/bin/time"
fi

# The checks across the whole file: an id used twice far apart, an item that
# names a lesson defined after it, a lesson that is never used.
"$gen" 20 200 1 >"$TMP/span.hb"
printf '%%rec: Phrase\n\nid: big-001-0001\nlesson: late\nzh: 重复\nen: Again\n\n' >>"$TMP/span.hb"
printf 'id: early\nlesson: late\nzh: 早\nen: Early\n\n' >>"$TMP/span.hb"
printf '%%rec: Lesson\n\nid: late\ntitle: 后来\n\n%%rec: Lesson\n\nid: unused\ntitle: 空\n' >>"$TMP/span.hb"
first=$(grep -n '^id: big-001-0001$' "$TMP/span.hb" | head -1 | cut -d: -f1)
again=$(grep -n '^id: big-001-0001$' "$TMP/span.hb" | tail -1 | cut -d: -f1)
unused=$(grep -n '^id: unused$' "$TMP/span.hb" | cut -d: -f1)
cordial handbook check "$TMP/span.hb"
expect_match span-duplicate-id 1 out \
	"span.hb:$again: error: id 'big-001-0001' is used twice in the handbook \(first at .*span.hb:$first\)"
no_later_lesson_error() { ! grep -q "lesson 'late', which" "$TMP/out"; }
check span-later-lesson-known no_later_lesson_error
expect_match span-unused-lesson 1 out "span.hb:$unused: warning: lesson 'unused' has no phrases"
expect_match span-counted 1 out '^1 error, 1 warning$'
# The same when importing: into a new handbook, and over a stored one.
dup_error="span.hb:$again: error: id 'big-001-0001' is used twice in the handbook \(first at .*span.hb:$first\)"
rm -f "$CORDIAL_CONTENT"
cordial handbook import "$TMP/span.hb"
expect_match span-import-new-duplicate-id 1 err "$dup_error"
check span-import-new-nothing-imported test -z "$(sqlite3 "$CORDIAL_CONTENT" 'SELECT 1 FROM item LIMIT 1')"
"$gen" 20 200 1 >"$TMP/plain.hb"
cordial handbook import "$TMP/plain.hb"
expect span-import-stored 0
cordial handbook import "$TMP/span.hb"
expect_match span-import-stored-duplicate-id 1 err "$dup_error"
expect_match span-import-stored-counted 1 err '^1 error, 1 warning; nothing imported$'

# Search answers the same after a fresh import, a re-import of the same file, and
# a round trip through a version that changes every phrase; the index is sound.
queries=("第3课" "phrase 12" "lesson 7 phrase" "版本1" "19 phrase 1")
search_all() {
	for q in "${queries[@]}"; do
		"$CORDIAL" search "$q"
		echo "--"
	done
}
integrity() {
	sqlite3 "$CORDIAL_CONTENT" "INSERT INTO item_search (item_search) VALUES ('integrity-check')" &&
		test "$(sqlite3 "$CORDIAL_CONTENT" 'PRAGMA integrity_check')" = ok
}
"$gen" 20 200 1 >"$TMP/v1.hb"
"$gen" 20 200 2 >"$TMP/v2.hb"
rm -f "$CORDIAL_CONTENT"
cordial handbook import "$TMP/v1.hb"
expect search-fresh-import 0
search_all >"$TMP/search-fresh"
check search-found-something grep -q 'big-003' "$TMP/search-fresh"
check search-integrity-fresh integrity
cordial handbook import "$TMP/v1.hb"
expect_match search-reimport-unchanged 0 out '^big: 0 added, 0 changed, 0 retired, 0 revived, 4000 unchanged'
search_all >"$TMP/search-again"
check search-same-after-reimport cmp -s "$TMP/search-fresh" "$TMP/search-again"
cordial handbook import "$TMP/v2.hb"
expect_match search-all-changed 0 out '^big: 0 added, 4000 changed'
cordial handbook import "$TMP/v1.hb"
expect_match search-all-changed-back 0 out '^big: 0 added, 4000 changed'
search_all >"$TMP/search-back"
check search-same-after-round-trip cmp -s "$TMP/search-fresh" "$TMP/search-back"
check search-integrity-after-round-trip integrity
# A shorter file retires what it no longer has, and a longer one revives it.
"$gen" 10 200 1 >"$TMP/half.hb"
cordial handbook import "$TMP/half.hb"
expect_match retire-counted 0 out '^big: 0 added, 0 changed, 2000 retired, 0 revived, 2000 unchanged'
cordial handbook import "$TMP/v1.hb"
expect_match revive-counted 0 out '^big: 0 added, 0 changed, 0 retired, 2000 revived, 2000 unchanged'
search_all >"$TMP/search-revived"
check search-same-after-revival cmp -s "$TMP/search-fresh" "$TMP/search-revived"
check search-integrity-after-revival integrity

# A handbook over 256 MB (a long comment block) is read through and imported; the
# item after the block is there, and a problem after it is told by its line.
{ "$gen" 1 3 1; yes '# a comment line of about sixty characters, which the reader skips' |
	head -c 270M; printf '\nid: big-001-9999\nzh: 最后\nen: Last\n'; } >"$TMP/huge.hb"
rm -f "$CORDIAL_CONTENT"
cordial handbook import "$TMP/huge.hb"
expect_match huge-file-imported 0 out '^big: 4 added'
{ cat "$TMP/huge.hb"; printf 'bogus line\n'; } >"$TMP/huge-bad.hb"
rm -f "$TMP/huge.hb"
cordial handbook check "$TMP/huge-bad.hb"
expect_match huge-file-problem-by-line 1 out \
	"huge-bad.hb:$(wc -l <"$TMP/huge-bad.hb"): error: expected 'name: value'"

# Files in other encodings are decoded a chunk at a time: the same handbook as
# GB18030 (with --encoding) and as UTF-16 with a byte-order mark imports as its
# UTF-8 original does, and a bad byte far into a file is told by its offset, before
# anything else.
"$gen" 10 300 1 >"$TMP/utf8.hb"
iconv -f UTF-8 -t GB18030 "$TMP/utf8.hb" >"$TMP/gb.hb"
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$TMP/utf8.hb"; } >"$TMP/utf16.hb"
rm -f "$CORDIAL_CONTENT"
cordial handbook import "$TMP/utf8.hb"
expect encoding-utf8 0
"$CORDIAL" handbook export big >"$TMP/export-utf8"
for f in gb utf16; do
	rm -f "$CORDIAL_CONTENT"
	if [ $f = gb ]; then cordial handbook import --encoding gb18030 "$TMP/$f.hb"
	else cordial handbook import "$TMP/$f.hb"; fi
	expect_match "encoding-$f-imported" 0 out '^big: 3000 added'
	"$CORDIAL" handbook export big >"$TMP/export-$f"
	check "encoding-$f-same-as-utf8" cmp -s "$TMP/export-utf8" "$TMP/export-$f"
done
size=$(stat -c %s "$TMP/gb.hb")
{ cat "$TMP/gb.hb"; printf 'id: big-001-9999\nzh: \x81\x20\nen: Bad\n'; } >"$TMP/gb-bad.hb"
cordial handbook check --encoding gb18030 "$TMP/gb-bad.hb"
expect_match encoding-bad-byte-offset 1 out "gb-bad.hb: error: the bytes at offset $((size + 21)) are not valid gb18030"
expect_match encoding-bad-byte-alone 1 out '^1 error, 0 warnings$'
