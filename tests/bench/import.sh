#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Import speed: a generated handbook of 100,000 phrases in three languages through
# "cordial handbook import" (checking, normalizing, search index), beside sqlite3's
# .import of the same rows into a plain table with the same indexes, with an FTS5
# trigram index kept by a trigger, and (the fair anchor) with the same FTS5 index
# built in one bulk pass after the rows ('rebuild'); a re-import of the unchanged
# file; the peak memory of import and check, of the handbook and of the same
# phrases as a spreadsheet; then the Tatoeba sentence pairs as a spreadsheet.  N
# sets the number of phrases, RUNS the runs of each; HISTORY=0 leaves out the two
# older anchors (the one with the trigger takes minutes at a million phrases).
source "$(dirname "$0")/lib.sh"
RUNS=${RUNS:-5}
N=${N:-100000}
HISTORY=${HISTORY:-1}

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
index_schema="CREATE VIRTUAL TABLE phrase_search USING fts5(zh, zh_reading, en, ja, note,
  content = 'phrase', tokenize = 'trigram');"
fts_schema="$plain_schema
$index_schema
CREATE TRIGGER phrase_ai AFTER INSERT ON phrase BEGIN
  INSERT INTO phrase_search (rowid, zh, zh_reading, en, ja, note)
  VALUES (new.rowid, new.zh, new.zh_reading, new.en, new.ja, new.note); END;"

sqlite_import() { # schema file
	rm -f "$BTMP/s.db"*
	sqlite3 "$BTMP/s.db" "PRAGMA journal_mode = WAL" "$1" ".mode tabs" ".import $2 phrase"
}
# The rows first, then the search index in one pass over them.
sqlite_import_rebuild() {
	rm -f "$BTMP/s.db"*
	sqlite3 "$BTMP/s.db" "PRAGMA journal_mode = WAL" "$plain_schema" "$index_schema" ".mode tabs" \
		".import $1 phrase" "INSERT INTO phrase_search (phrase_search) VALUES ('rebuild')"
}
cordial_import() {
	rm -f "$BTMP/c.db"*
	"$CORDIAL" --content "$BTMP/c.db" handbook import "$1"
}
cordial_reimport() {
	"$CORDIAL" --content "$BTMP/c.db" handbook import "$1"
}

c=(); r=(); p=(); f=(); b=(); q=()
for i in $(seq "$RUNS"); do
	c+=("$(seconds cordial_import "$BTMP/big.hb")") || exit 1
	b+=("$(seconds sqlite_import_rebuild "$BTMP/big.tsv")") || exit 1
	q+=("$(echo "${c[-1]} / ${b[-1]}" | bc -l)")
	r+=("$(seconds cordial_reimport "$BTMP/big.hb")") || exit 1
	[ "$HISTORY" = 0 ] && continue
	p+=("$(seconds sqlite_import "$plain_schema" "$BTMP/big.tsv")") || exit 1
	f+=("$(seconds sqlite_import "$fts_schema" "$BTMP/big.tsv")") || exit 1
done
check_rows=$(sqlite3 "$BTMP/c.db" "SELECT count(*) FROM item")
mc=$(median "${c[@]}"); mr=$(median "${r[@]}"); mb=$(median "${b[@]}")
echo "handbook import, $rows phrases ($(du -h "$BTMP/big.hb" | cut -f1)), median of $RUNS runs, side by side:"
printf '  %-58s %7.3f s\n' "cordial handbook import (checks, NFC, search index)" "$mc"
printf '  %-58s %7.3f s   ratio %.2f (paired %.2f)\n' "sqlite3 .import, then the same FTS5 index built in bulk" \
	"$mb" "$(echo "$mc / $mb" | bc -l)" "$(median "${q[@]}")"
if [ "$HISTORY" != 0 ]; then
	mp=$(median "${p[@]}"); mf=$(median "${f[@]}")
	printf '  %-58s %7.3f s   ratio %.2f\n' "sqlite3 .import, plain table + same B-tree indexes" "$mp" "$(echo "$mc / $mp" | bc -l)"
	printf '  %-58s %7.3f s   ratio %.2f\n' "sqlite3 .import, same indexes + FTS5 index by trigger" "$mf" "$(echo "$mc / $mf" | bc -l)"
fi
printf '  %-58s %7.3f s\n' "cordial handbook import again, file unchanged" "$mr"
echo "  (cordial loaded $check_rows items; runs: cordial ${c[*]}; bulk ${b[*]}; again ${r[*]}; plain ${p[*]}; fts ${f[*]})"
echo "  (load average: $(cut -d' ' -f1-3 /proc/loadavg))"

# Peak memory (maximum resident set size) of a fresh import and of a check.
if [ -x /usr/bin/time ]; then
	rm -f "$BTMP/c.db"*
	/usr/bin/time -f %M -o "$BTMP/rss" "$CORDIAL" --content "$BTMP/c.db" handbook import "$BTMP/big.hb" >/dev/null 2>&1
	mi=$(tail -1 "$BTMP/rss")
	/usr/bin/time -f %M -o "$BTMP/rss" "$CORDIAL" --content "$BTMP/c.db" handbook check "$BTMP/big.hb" >/dev/null 2>&1
	mk=$(tail -1 "$BTMP/rss")
	printf '  peak memory: import %d MB, check %d MB\n' "$((mi / 1024))" "$((mk / 1024))"
	# The same phrases as a spreadsheet, added to the handbook (its lessons
	# imported first), and checked.
	awk 'BEGIN { RS = ""; ORS = "\n\n" } /^%rec: Phrase/ { skip = 1; next } /^%rec:/ { skip = 0 } !skip' \
		"$BTMP/big.hb" >"$BTMP/lessons.hb"
	{ printf '#separator:Tab\n#handbook:bench\n#columns:id\tlesson\tzh\tzh_reading\ten\tja\tnote\ttags\n'
		cat "$BTMP/big.tsv"; } >"$BTMP/sheet.tsv"
	rm -f "$BTMP/c.db"*
	"$CORDIAL" --content "$BTMP/c.db" handbook import "$BTMP/lessons.hb" >/dev/null 2>&1
	/usr/bin/time -f %M -o "$BTMP/rss" "$CORDIAL" --content "$BTMP/c.db" handbook import "$BTMP/sheet.tsv" >/dev/null 2>&1
	si=$(tail -1 "$BTMP/rss")
	/usr/bin/time -f %M -o "$BTMP/rss" "$CORDIAL" --content "$BTMP/c.db" handbook check "$BTMP/sheet.tsv" >/dev/null 2>&1
	sk=$(tail -1 "$BTMP/rss")
	printf '  peak memory, the same as a spreadsheet (%s): import %d MB, check %d MB\n' \
		"$(du -h "$BTMP/sheet.tsv" | cut -f1)" "$((si / 1024))" "$((sk / 1024))"
fi

# Tatoeba: 29,156 real sentence pairs as a spreadsheet (English, Chinese,
# attribution); an id column is added because some Chinese sentences repeat.
tatoeba=$SHARED/data/tatoeba/cmn-en.tsv
if [ ! -f "$tatoeba" ]; then
	echo "tatoeba: skipped: needs $tatoeba, which is not part of the repository (BENCH_SHARED names the folder that holds data/tatoeba/cmn-en.tsv)"
	exit 0
fi
printf '%%rec: Handbook\n\nid: tatoeba\ntitle: Tatoeba\nsource: zh\nlanguages: en\n\n%%rec: Lesson\n\nid: all\ntitle: 全部\n\n%%rec: Phrase\n\nid: t0\nzh: 例句\nen: Example sentences\n' >"$BTMP/tatoeba.hb"
{
	# zero-width spaces, which the checks refuse, are taken out first
	printf '#separator:Tab\n#handbook:tatoeba\n#lesson:all\n#columns:id\ten\tzh\tnote\n'
	sed '1s/^\xef\xbb\xbf//; s/\xe2\x80\x8b//g' "$tatoeba" | awk -F'\t' -v OFS='\t' 'NF { print "t" NR, $1, $2, $3 }'
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
