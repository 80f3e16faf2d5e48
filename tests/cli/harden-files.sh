#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Files that cordial writes: an export never replaces a device, a FIFO or a link and
# never writes through a planted temporary name; an existing file keeps its mode; a
# backup before a migration is a new file, never one reached through a link; an
# explicit database path must exist unless the command creates; each kind of
# database is told from the other.
source "$(dirname "$0")/../lib.sh"
D=$ROOT/tests/data/hb
S=$ROOT/tests/data/schema
W=$TMP/w
mkdir -p "$W"

cordial handbook import "$D/shop.hb"
expect_match import-creates-and-says-so 0 err "created a new content database .*content.db"

# --- export -o to things that are not regular files
if [ "$(id -u)" -eq 0 ]; then
	mknod "$W/null" c 1 3
	cordial handbook export shop -o "$W/null"
	expect export-to-device 0
	check export-device-stays-device test -c "$W/null"
else
	echo "# harden-files: not root, so no character device can be made here: device test skipped"
fi
# a device that is always full: a copy of /dev/full where root may make one, so that
# a cordial that replaced devices could never harm the machine's own
full=/dev/full
if [ "$(id -u)" -eq 0 ]; then mknod "$W/full" c 1 7 && full=$W/full; fi
cordial handbook export shop -o "$full"
expect_match export-to-full-device-fails 1 err 'No space left on device'
check full-device-stays-device test -c "$full"

mkfifo "$W/fifo"
timeout 20 cat "$W/fifo" >"$W/from-fifo" &
reader=$!
run timeout 20 "$CORDIAL" handbook export shop -o "$W/fifo"
expect export-to-fifo 0
wait "$reader"
check export-fifo-stays-fifo test -p "$W/fifo"
check export-fifo-carries-text grep -q '^id: shop$' "$W/from-fifo"

# --- a link stays a link: the file it points to is replaced
echo old >"$W/real.hb"
ln -s real.hb "$W/link.hb"
cordial handbook export shop -o "$W/link.hb"
expect export-through-link 0
check export-link-stays-link test -L "$W/link.hb"
check export-link-target-written grep -q '^id: shop$' "$W/real.hb"

# --- a dangling link is refused: nothing is made at its far end
ln -s "$W/nowhere.hb" "$W/dangling.hb"
cordial handbook export shop -o "$W/dangling.hb"
expect_match export-dangling-link-refused 1 err 'symbolic link to a file that does not exist'
check export-dangling-made-nothing test ! -e "$W/nowhere.hb"

# --- a planted PATH.tmp link to a third file is never written through
echo precious >"$W/third"
ln -s "$W/third" "$W/out.hb.tmp"
cordial handbook export shop -o "$W/out.hb"
expect export-with-planted-tmp 0
check planted-tmp-target-untouched test "$(cat "$W/third")" = precious
check export-written grep -q '^id: shop$' "$W/out.hb"

# --- an existing target keeps its mode; a new one follows the umask
echo old >"$W/ro.hb"
chmod 0440 "$W/ro.hb"
cordial handbook export shop -o "$W/ro.hb"
expect export-over-read-only 0
check export-keeps-mode test "$(stat -c %a "$W/ro.hb")" = 440
(umask 027 && "$CORDIAL" handbook export shop -o "$W/new.hb")
check export-new-file-umask test "$(stat -c %a "$W/new.hb")" = 640
check export-leaves-no-temporary test -z "$(find "$W" -name '.*' -type f)"

# --- an explicit database path must exist unless the command creates
cordial --db "$TMP/nonexistent/x.db" learner list
expect_match explicit-missing-db-refused 1 err "nonexistent/x.db does not exist; 'cordial learner add'"
check explicit-missing-made-nothing test ! -e "$TMP/nonexistent"
cordial --db "$W/gone.db" learner list
expect_match explicit-missing-file-refused 1 err 'gone.db does not exist'
check explicit-missing-file-not-made test ! -e "$W/gone.db"
cordial --content "$W/nothing.db" search receipt
expect_match explicit-missing-content-refused 1 err "nothing.db does not exist; 'cordial handbook import'"
check explicit-missing-content-not-made test ! -e "$W/nothing.db"
cordial --db "$W/new.db" learner add Li --native zh --target en
expect_match creating-command-says-so 0 err 'created a new training database .*new.db'
check creating-command-made-it test -s "$W/new.db"
cordial --db "$W/new.db" learner list
expect existing-db-says-nothing 0 "" /dev/null
# the default location is made on its own, and says so
(unset CORDIAL_DB; "$CORDIAL" learner list >"$TMP/out" 2>"$TMP/err")
status=$?
expect_match default-location-created 0 err "created a new training database $TMP/xdg/cordial/training.db"
check default-folder-private test "$(stat -c %a "$TMP/xdg/cordial")" = 700

# --- a content database is not a training one, and the reverse; nothing is written
cordial --db "$CORDIAL_CONTENT" learner list
expect_match content-as-training 1 err 'is a content database'
check content-as-training-no-backup test -z "$(find "$TMP" -name '*.bak')"
cordial --content "$W/new.db" search receipt
expect_match training-as-content 1 err 'is a training database'
check training-as-content-no-backup test -z "$(find "$TMP" -name '*.bak')"
check kinds-marked test "$(sqlite3 "$CORDIAL_CONTENT" 'PRAGMA application_id'),$(sqlite3 "$W/new.db" 'PRAGMA application_id')" = 1129464899,1129464916
# databases from before the marks are told apart by their tables
sqlite3 "$W/old-content.db" <"$S/content-v1.sql"
cordial --db "$W/old-content.db" learner list
expect_match old-content-as-training 1 err 'is a content database'
check old-content-untouched test "$(sqlite3 "$W/old-content.db" 'PRAGMA user_version')" = 1
echo 'CREATE TABLE notes (x);' | sqlite3 "$W/other.db"
cordial --db "$W/other.db" learner list
expect_match foreign-database-refused 1 err 'is not a cordial database'

# --- the backup before a migration: never through a link, never over a file
sqlite3 "$W/old.db" <"$S/training-v1.sql"
echo precious >"$W/victim"
ln -s "$W/victim" "$W/old.db.v1.bak"
cordial --db "$W/old.db" learner list --format tsv
expect_match migrate-with-planted-backup-link 0 out '^Li	'
check planted-backup-link-untouched test "$(cat "$W/victim")" = precious
check backup-under-another-name test -s "$W/old.db.v1.2.bak"
check backup-other-name-said grep -q 'old.db.v1.2.bak' "$TMP/err"
check backup-is-the-old-database test "$(sqlite3 "$W/old.db.v1.2.bak" 'PRAGMA user_version')" = 1
sqlite3 "$W/old2.db" <"$S/training-v1.sql"
chmod 0600 "$W/old2.db"
(umask 022 && "$CORDIAL" --db "$W/old2.db" learner list >/dev/null 2>&1)
check backup-keeps-database-mode test "$(stat -c %a "$W/old2.db.v1.bak")" = 600
