#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Reading the content database: a learner who may only read it is never locked out
# because someone with write access opened it (the content database is in
# rollback-journal mode); an old one in WAL mode gets a message that says what is
# wrong, and is converted by the next cordial that may write it.  A database held
# by another program is named, and an answer that could not be saved says so.
source "$(dirname "$0")/../lib.sh"
D=$ROOT/tests/data/hb
if [ "$(id -u)" -ne 0 ] || ! command -v setpriv >/dev/null; then
	echo "# harden-read: needs root and setpriv to read as another user: skipped"
	exit 0
fi
S=$TMP/shared
mkdir -p "$S"
chmod 755 "$TMP" "$S"
export CORDIAL_CONTENT=$S/content.db
# as_reader ARG...: cordial run by a user who may read the database but not write
# it or its folder
as_reader() {
	setpriv --reuid=65534 --regid=65534 --clear-groups -- env HOME=/nonexistent \
		XDG_DATA_HOME=/nonexistent "$CORDIAL" "$@" >"$TMP/out" 2>"$TMP/err"
	status=$?
}

cordial handbook import "$D/shop.hb"
expect import 0
check content-in-rollback-journal-mode test "$(sqlite3 "$S/content.db" 'PRAGMA journal_mode')" = delete
sqlite3 "$S/content.db" 'PRAGMA user_version' >/dev/null
as_reader search receipt
expect_match reader-after-root-read 0 out 'shop-01-002'
cordial handbook list
as_reader handbook list
expect_match reader-after-cordial-read 0 out '^shop'

# an old content database in WAL mode whose -wal and -shm files were removed by
# whoever closed it last
sqlite3 "$S/content.db" 'PRAGMA journal_mode = WAL' >/dev/null
sqlite3 "$S/content.db" 'PRAGMA user_version' >/dev/null
check wal-files-gone test ! -e "$S/content.db-shm"
as_reader search receipt
expect_match reader-wal-message 1 err 'is in WAL mode and the files beside it \(-wal, -shm\)'
check reader-wal-not-schema-message test -z "$(grep 'schema is not the one' "$TMP/err")"
cordial handbook list
expect converted-by-a-writer 0
check converted-to-rollback-journal test "$(sqlite3 "$S/content.db" 'PRAGMA journal_mode')" = delete
as_reader search receipt
expect_match reader-after-conversion 0 out 'shop-01-002'
# a database of another kind in WAL mode is never converted through --content
cordial --db "$TMP/t.db" learner add Li --native zh --target en
cordial --content "$TMP/t.db" search receipt
expect_match training-as-content-refused 1 err 'is a training database'
check training-stays-wal test "$(sqlite3 "$TMP/t.db" 'PRAGMA journal_mode')" = wal

# another program holds the training database's write lock past the busy timeout,
# while a learner answers and a trainer adds a learner
cordial --db "$TMP/t.db" learner add Wen --native zh --target en --study shop
mkfifo "$TMP/in"
"$CORDIAL" --db "$TMP/t.db" study --plain --learner Wen --seed 1 <"$TMP/in" >"$TMP/study.out" \
	2>"$TMP/study.err" &
learner=$!
exec 3>"$TMP/in"
printf '\n' >&3 # the new phrase is read; its cards are saved
sleep 1
( printf 'BEGIN IMMEDIATE;\nUPDATE learner SET daily_new = daily_new;\n'; sleep 13; printf 'COMMIT;\n' ) |
	sqlite3 "$TMP/t.db" &
holder=$!
sleep 1
printf 'a\n' >&3 # an answer while the database is held
cordial --db "$TMP/t.db" learner add Wang --native zh --target en
expect_match busy-names-database 1 err "t.db is busy: another program has been writing to it for more than 10 seconds"
wait "$holder"
printf 'q\n' >&3
exec 3>&-
wait "$learner"
check busy-answer-not-saved grep -q 't.db is busy: .*; the answer was not saved' "$TMP/study.err"
check busy-answer-asked-again test "$(grep -c 'Answer with a letter' "$TMP/study.out")" -ge 2
