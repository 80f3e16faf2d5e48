#!/usr/bin/env bash
# Import speed: a generated handbook of 100,000 phrases in three languages through
# "cordial handbook import" (checking, normalizing, search index), beside sqlite3's
# .import of the same rows into a plain table with the same indexes; then the
# Tatoeba sentence pairs as a spreadsheet.
source "$(dirname "$0")/lib.sh"
RUNS=${RUNS:-5}
N=${N:-100000}

# One handbook of N phrases in 100 lessons: zh with pinyin, en, ja, a note, tags.
awk -v n="$N" 'BEGIN {
	srand(7)
	split("请 给 我 发 票 酒 店 出 租 车 机 场 车 站 行 李 房 间 早 餐 您 好 谢 钥 匙 电 梯", zh, " ")
	split("please give me the receipt hotel taxi airport station luggage room breakfast key elevator left right", en, " ")
	split("ホ テ ル の 駅 ま で お 願 い し ま す 空 港 部 屋 鍵", ja, " ")
	print "%rec: Handbook\n\nid: bench\ntitle: 基准测试\nsource: zh\nlanguages: en ja\nversion: 1\n"
	for (l = 1; l <= 100; l++) {
		printf "%%rec: Lesson\n\nid: l%03d\ntitle: 第%d课\norder: %d\n\n%%rec: Phrase\n\n", l, l, l
		for (i = 1; i <= n / 100; i++) {
			printf "id: l%03d-%04d\nzh: ", l, i
			for (k = 0; k < 10; k++) printf "%s", zh[int(rand() * 26) + 1]
			printf "%d。\nzh_reading: qing gei wo fa piao %d\nen: ", i, i
			for (k = 0; k < 7; k++) printf "%s%s", (k ? " " : ""), en[int(rand() * 17) + 1]
			printf " %d.\nja: ", i
			for (k = 0; k < 10; k++) printf "%s", ja[int(rand() * 18) + 1]
			printf "%d。\nnote: 第%d课第%d句\ntags: bench l%d\n\n", i, l, i, l
		}
	}
}' >"$BTMP/big.hb"

# The same rows for sqlite3: one row a phrase.
awk 'BEGIN { FS = ": "; OFS = "\t" }
/^id: l/ { id = $2 } /^zh: / { zh = $2 } /^zh_reading: / { r = $2 } /^en: / { en = $2 }
/^ja: / { ja = $2 } /^note: / { note = $2 }
/^tags: / { split(id, p, "-"); print id, p[1], zh, r, en, ja, note, $2 }' "$BTMP/big.hb" >"$BTMP/big.tsv"
rows=$(wc -l <"$BTMP/big.tsv")

plain_schema="CREATE TABLE phrase (id TEXT PRIMARY KEY, lesson TEXT NOT NULL, zh TEXT, zh_reading TEXT,
  en TEXT, ja TEXT, note TEXT, tags TEXT) STRICT;
CREATE INDEX phrase_lesson ON phrase (lesson);"
fts_schema="$plain_schema
CREATE VIRTUAL TABLE phrase_search USING fts5(zh, zh_reading, en, ja, note, content = 'phrase',
  tokenize = 'trigram');
CREATE TRIGGER phrase_ai AFTER INSERT ON phrase BEGIN
  INSERT INTO phrase_search (rowid, zh, zh_reading, en, ja, note)
  VALUES (new.rowid, new.zh, new.zh_reading, new.en, new.ja, new.note); END;"

sqlite_import() { # schema file
	rm -f "$BTMP/s.db"*
	sqlite3 "$BTMP/s.db" "PRAGMA journal_mode = WAL" "$1" ".mode tabs" ".import $2 phrase"
}
cordial_import() {
	rm -f "$BTMP/c.db"*
	"$CORDIAL" --content "$BTMP/c.db" handbook import "$1"
}

c=(); p=(); f=()
for i in $(seq "$RUNS"); do
	c+=("$(seconds cordial_import "$BTMP/big.hb")") || exit 1
	p+=("$(seconds sqlite_import "$plain_schema" "$BTMP/big.tsv")") || exit 1
	f+=("$(seconds sqlite_import "$fts_schema" "$BTMP/big.tsv")") || exit 1
done
check_rows=$(sqlite3 "$BTMP/c.db" "SELECT count(*) FROM item")
mc=$(median "${c[@]}"); mp=$(median "${p[@]}"); mf=$(median "${f[@]}")
echo "handbook import, $rows phrases ($(du -h "$BTMP/big.hb" | cut -f1)), median of $RUNS runs, side by side:"
printf '  %-58s %7.3f s\n' "cordial handbook import (checks, NFC, search index)" "$mc"
printf '  %-58s %7.3f s   ratio %.2f\n' "sqlite3 .import, plain table + same B-tree indexes" "$mp" "$(echo "$mc / $mp" | bc -l)"
printf '  %-58s %7.3f s   ratio %.2f\n' "sqlite3 .import, same indexes + FTS5 trigram search index" "$mf" "$(echo "$mc / $mf" | bc -l)"
echo "  (cordial loaded $check_rows items; runs: cordial ${c[*]}; plain ${p[*]}; fts ${f[*]})"

# Tatoeba: 29,156 real sentence pairs as a spreadsheet (English, Chinese,
# attribution); an id column is added because some Chinese sentences repeat.
tatoeba=$SHARED/data/tatoeba/cmn-en.tsv
if [ ! -f "$tatoeba" ]; then
	echo "tatoeba: $tatoeba not found; skipped"
	exit 0
fi
printf '%%rec: Handbook\n\nid: tatoeba\ntitle: Tatoeba\nsource: zh\nlanguages: en\n\n%%rec: Lesson\n\nid: all\ntitle: 全部\n\n%%rec: Phrase\n\nid: t0\nzh: 例句\nen: Example sentences\n' >"$BTMP/tatoeba.hb"
{
	printf '#separator:Tab\n#handbook:tatoeba\n#lesson:all\n#columns:id\ten\tzh\tnote\n'
	sed '1s/^\xef\xbb\xbf//' "$tatoeba" | awk -F'\t' -v OFS='\t' 'NF { print "t" NR, $1, $2, $3 }'
} >"$BTMP/tatoeba.tsv"
pairs=$(grep -vc '^#' "$BTMP/tatoeba.tsv")
t=()
for i in 1 2 3; do
	rm -f "$BTMP/t.db"*
	"$CORDIAL" --content "$BTMP/t.db" handbook import "$BTMP/tatoeba.hb" >/dev/null || exit 1
	t+=("$(seconds "$CORDIAL" --content "$BTMP/t.db" handbook import "$BTMP/tatoeba.tsv")") || exit 1
done
mt=$(median "${t[@]}")
printf 'tatoeba spreadsheet import, %d rows: median %.3f s = %.0f rows/s (runs: %s)\n' \
	"$pairs" "$mt" "$(echo "$pairs / $mt" | bc -l)" "${t[*]}"
"$CORDIAL" --content "$BTMP/t.db" handbook check "$BTMP/tatoeba.tsv" | tail -1 | sed 's/^/tatoeba check: /'
