#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Migrations: a training database of each past schema (1, 2 and 3, built from the
# SQL scripts in tests/data/schema) opens, is backed up as PATH.vN.bak, migrated to
# the current schema, and keeps every row; a content database of schema 1 opens
# with its rows.  A database from a newer cordial is refused with a clear message
# and left byte for byte as it was.
source "$(dirname "$0")/../lib.sh"
S=$ROOT/tests/data/schema
CURRENT=5 # the training schema this cordial knows (src/training.c)
# rows DB TABLE COLUMNS: every row of a table, columns as listed, in a stable order
rows() {
	local n i order=1
	n=$(echo "$3" | tr ',' '\n' | wc -l)
	for i in $(seq 2 "$n"); do order="$order,$i"; done
	sqlite3 "$1" "SELECT $3 FROM \"$2\" ORDER BY $order"
}
# same_rows OLD NEW: every table of OLD has the same rows in NEW (in OLD's columns)
same_rows() {
	local t cols
	for t in $(sqlite3 "$1" "SELECT name FROM sqlite_schema WHERE type = 'table'
		AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'item_search%' ORDER BY name"); do
		cols=$(sqlite3 "$1" "SELECT group_concat(quote(name), ',') FROM pragma_table_info('$t')")
		if [ "$(rows "$1" "$t" "$cols")" != "$(rows "$2" "$t" "$cols")" ]; then
			echo "  table $t differs"
			return 1
		fi
	done
}
count_rows() { sqlite3 "$1" "SELECT (SELECT count(*) FROM learner) + (SELECT count(*) FROM card)
	+ (SELECT count(*) FROM review)" 2>/dev/null; }

for v in 1 2 3; do
	dir="$TMP/old $v"
	mkdir -p "$dir"
	db="$dir/training v$v.db"
	sqlite3 "$db" <"$S/training-v$v.sql"
	cp "$db" "$TMP/pristine.db"
	check "v$v-fixture-version" test "$(sqlite3 "$db" 'PRAGMA user_version')" = "$v"
	cordial --db "$db" learner list --format tsv
	expect_match "v$v-opens" 0 out '^Li	zh	en	trainer'
	check "v$v-migrated" test "$(sqlite3 "$db" 'PRAGMA user_version')" = "$CURRENT"
	check "v$v-backed-up" test -f "$db.v$v.bak"
	check "v$v-backup-is-the-old-database" test \
		"$(sqlite3 "$db.v$v.bak" .dump | md5sum)" = "$(sqlite3 "$TMP/pristine.db" .dump | md5sum)"
	check "v$v-keeps-every-row" same_rows "$TMP/pristine.db" "$db"
	check "v$v-integrity" test "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok
	check "v$v-foreign-keys" test -z "$(sqlite3 "$db" 'PRAGMA foreign_key_check')"
	# the migrated schema is the one a new database gets
	rm -f "$TMP/fresh.db"
	"$CORDIAL" --db "$TMP/fresh.db" learner add Probe >/dev/null 2>&1
	schema() { sqlite3 "$1" "SELECT type, name, tbl_name FROM sqlite_schema ORDER BY name"; }
	check "v$v-schema-as-new" test "$(schema "$db")" = "$(schema "$TMP/fresh.db")"
	# opening again: no second backup, nothing changes
	rm -f "$db.v$v.bak"
	cordial --db "$db" learner list --format tsv
	check "v$v-second-open-no-backup" test "$status" = 0 -a ! -e "$db.v$v.bak"
done
# the v3 logins, editor flags and speech settings survive
db="$TMP/old 3/training v3.db"
check v3-login-kept test "$(sqlite3 "$db" "SELECT login FROM learner WHERE id = 2")" = wangf
check v3-voice-kept test "$(sqlite3 "$db" "SELECT voice FROM learner WHERE id = 3")" = zh+f3
# v1 -> 4: the editor role became the editor flag
db="$TMP/old 1/training v1.db"
check v1-editor-flag test "$(sqlite3 "$db" "SELECT editor FROM learner WHERE id = 3")" = 1
# a migrated database studies: the v2 cards are there for Wang Fang
cordial --db "$TMP/old 2/training v2.db" learner list --format tsv
expect_match v2-settings-kept 0 out '^Wang Fang	zh	fr	learner	0\.85	20'

# --- a content database of schema 1
sqlite3 "$TMP/content v1.db" <"$S/content-v1.sql"
cp "$TMP/content v1.db" "$TMP/pristine-content.db"
cordial --content "$TMP/content v1.db" handbook list --format tsv
expect_match content-v1-opens 0 out '^shop	'
check content-v1-keeps-every-row same_rows "$TMP/pristine-content.db" "$TMP/content v1.db"
cordial --content "$TMP/content v1.db" search receipt
expect_match content-v1-search 0 out 'receipt'
# schema 2 gave each text a kana reading, empty in a database of schema 1; schema 4
# each item a local fact and its source, empty too
check content-v1-migrated test "$(sqlite3 "$TMP/content v1.db" 'PRAGMA user_version')" = 4
check content-v1-local-columns test "$(sqlite3 "$TMP/content v1.db" \
	"SELECT count(*) FROM item WHERE local IS NULL AND local_source IS NULL")" = \
	"$(sqlite3 "$TMP/content v1.db" "SELECT count(*) FROM item")"
check content-v1-kana-column test "$(sqlite3 "$TMP/content v1.db" \
	"SELECT count(*) FROM item_text WHERE kana IS NULL")" = \
	"$(sqlite3 "$TMP/content v1.db" "SELECT count(*) FROM item_text")"

# --- a database from a newer cordial: refused, untouched
for mode in delete wal; do
	db="$TMP/newer-$mode.db"
	sqlite3 "$db" <"$S/training-v3.sql"
	sqlite3 "$db" "PRAGMA user_version = $((CURRENT + 1)); PRAGMA journal_mode = $mode" >/dev/null
	sum=$(md5sum <"$db")
	cordial --db "$db" learner list
	expect_match "newer-$mode-refused" 1 err "made by a newer version of cordial.*upgrade cordial"
	check "newer-$mode-byte-identical" test "$(md5sum <"$db")" = "$sum"
	check "newer-$mode-no-backup" test -z "$(ls "$TMP" | grep "newer-$mode.db.v")"
	cordial --db "$db" study --plain --learner Li </dev/null
	check "newer-$mode-study-refused" test "$status" -ne 0 -a "$(md5sum <"$db")" = "$sum"
done
db=$TMP/newer-content.db
sqlite3 "$db" <"$S/content-v1.sql"
sqlite3 "$db" "PRAGMA user_version = 5" >/dev/null
sum=$(md5sum <"$db")
cordial --content "$db" handbook import "$ROOT/tests/data/hb/shop-v2.hb"
expect_match newer-content-refused 1 err "made by a newer version of cordial"
check newer-content-byte-identical test "$(md5sum <"$db")" = "$sum"
