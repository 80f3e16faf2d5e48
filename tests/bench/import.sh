#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Import speed: a generated handbook of 100,000 phrases in three languages through
# "cordial handbook import" (checking, normalizing, search index), beside sqlite3's
# .import of the same rows into a plain table with the same indexes; then the
# Tatoeba sentence pairs as a spreadsheet.
source "$(dirname "$0")/lib.sh"
RUNS=${RUNS:-5}
N=${N:-100000}

big_handbook "$N" >"$BTMP/big.hb"

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
	echo "tatoeba: skipped: needs $tatoeba, which is not part of the repository (BENCH_SHARED names the folder that holds data/tatoeba/cmn-en.tsv)"
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
