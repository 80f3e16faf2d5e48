#!/usr/bin/env bash
# The shipped handbooks: the counts and language coverage that they promise, checked
# on the content database the build made from them.
source "$(dirname "$0")/../lib.sh"
DB=$ROOT/$B/share/cordial/content.db
q() { sqlite3 "$DB" "$@"; }

# handbook min_lessons min_phrases min_courtesy
while read -r id lessons phrases courtesy; do
	check "$id-lessons" test "$(q "SELECT count(*) FROM lesson WHERE handbook = '$id'")" -ge "$lessons"
	check "$id-phrases" test "$(q "SELECT count(*) FROM item WHERE handbook = '$id' AND kind = 'phrase' AND retired = 0")" -ge "$phrases"
	check "$id-courtesy" test "$(q "SELECT count(*) FROM item WHERE handbook = '$id' AND kind = 'courtesy' AND retired = 0")" -ge "$courtesy"
	# every phrase: zh with pinyin, and en
	check "$id-zh-en-pinyin-everywhere" test "$(q "SELECT count(*) FROM item i WHERE i.handbook = '$id'
		AND i.kind = 'phrase' AND NOT (
		EXISTS (SELECT 1 FROM item_text t WHERE t.item = i.key AND t.lang = 'zh' AND t.reading IS NOT NULL)
		AND EXISTS (SELECT 1 FROM item_text t WHERE t.item = i.key AND t.lang = 'en'))")" = 0
	# every courtesy scenario: 3 or 4 options, a region and a reference
	check "$id-courtesy-complete" test "$(q "SELECT count(*) FROM item i WHERE i.handbook = '$id'
		AND i.kind = 'courtesy' AND (i.region IS NULL
		OR (SELECT count(*) FROM item_part p WHERE p.item = i.key AND p.kind = 'option') NOT BETWEEN 3 AND 4
		OR NOT EXISTS (SELECT 1 FROM item_part p WHERE p.item = i.key AND p.kind = 'reference'))")" = 0
done <<'EOF2'
everyday 10 150 20
taxi 10 150 20
hotel 10 150 20
courtesy 12 40 60
EOF2

# At least 60 % of each service handbook's phrases in Japanese and Korean, with readings.
for id in everyday taxi hotel; do
	for lang in ja ko; do
		share=$(q "SELECT 100 * sum(EXISTS (SELECT 1 FROM item_text t WHERE t.item = i.key
			AND t.lang = '$lang' AND t.reading IS NOT NULL)) / count(*)
			FROM item i WHERE i.handbook = '$id' AND i.kind = 'phrase'")
		check "$id-$lang-coverage" test "${share:-0}" -ge 60
		echo "# $id: $share % of phrases in $lang with a reading" >&2
	done
done

# Every Japanese phrase of every shipped handbook has a kana reading (ja_kana).
for id in everyday taxi hotel courtesy; do
	missing=$(q "SELECT count(*) FROM item_text t JOIN item i ON i.key = t.item
		WHERE i.handbook = '$id' AND t.lang = 'ja' AND t.kana IS NULL")
	check "$id-ja-kana-everywhere" test "$missing" = 0
	echo "# $id: $(q "SELECT count(*) FROM item_text t JOIN item i ON i.key = t.item
		WHERE i.handbook = '$id' AND t.lang = 'ja' AND t.kana IS NOT NULL") Japanese phrases with a kana reading" >&2
done

# The shipped handbooks check clean: no error and no warning.
cordial handbook check "$ROOT"/content/*.hb
expect_match handbooks-check-clean 0 out '^0 errors, 0 warnings$'
