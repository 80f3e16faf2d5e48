#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A training room set up as cordial(1) says, with real system users and groups made
# for the test (cordtest*, removed at the end whatever happens): the trainer edits and
# assigns, learners study as themselves, cannot act as another learner, and cannot
# write the content database.  Without root or useradd it checks nothing and says so.
source "$(dirname "$0")/../lib.sh"

if [ "$(id -u)" -ne 0 ] || ! command -v useradd >/dev/null || ! command -v runuser >/dev/null ||
	! getent group nogroup >/dev/null; then
	skip all "making system users needs root, useradd, runuser and the group nogroup"
	exit 0
fi
# Names of this run's own: runs at the same time on one machine (two "make check")
# each make and remove only theirs.  The process id keeps them apart, and short:
# within useradd's 32 bytes, and so within the 63 that cordial takes for a login.
RUN=cordtest$$
U_TR=${RUN}tr U_L1=${RUN}l1 U_L2=${RUN}l2 U_OUT=${RUN}out
G_ROOM=$RUN G_EDIT=${RUN}edit
for name in $U_TR $U_L1 $U_L2 $U_OUT $G_ROOM $G_EDIT; do
	[ ${#name} -le 32 ] || { fail names-fit "$name is longer than 32 bytes"; exit 0; }
done
remove_users() {
	local u g
	for u in $U_TR $U_L1 $U_L2 $U_OUT; do
		getent passwd "$u" >/dev/null && userdel "$u" 2>/dev/null
	done
	for g in $G_ROOM $G_EDIT; do getent group "$g" >/dev/null && groupdel "$g" 2>/dev/null; done
	return 0
}
# What a run killed hard left: the users and groups of a process that is gone.
remove_left() {
	local name pid
	for name in $(getent passwd | cut -d: -f1; getent group | cut -d: -f1); do
		[[ $name =~ ^cordtest([0-9]+)(tr|l1|l2|out|edit)?$ ]] || continue
		pid=${BASH_REMATCH[1]}
		kill -0 "$pid" 2>/dev/null && continue
		getent passwd "$name" >/dev/null && userdel "$name" 2>/dev/null
		getent group "$name" >/dev/null && groupdel "$name" 2>/dev/null
	done
	return 0
}
trap 'remove_users; rm -rf "$TMP"' EXIT
trap 'exit 1' INT TERM HUP
remove_left
remove_users

# Groups and users: G_ROOM plays the cordial group (everyone in the room), G_EDIT
# the editors' group; the trainer is in both.
groupadd "$G_ROOM" && groupadd "$G_EDIT" || { fail groups-made; exit 0; }
useradd -M -N -g "$G_ROOM" -G "$G_EDIT" -s /usr/sbin/nologin "$U_TR" &&
	useradd -M -N -g "$G_ROOM" -s /usr/sbin/nologin "$U_L1" &&
	useradd -M -N -g "$G_ROOM" -s /usr/sbin/nologin "$U_L2" &&
	useradd -M -N -g nogroup -s /usr/sbin/nologin "$U_OUT" || { fail users-made; exit 0; }
pass users-and-groups-made

# The recipe: folders and empty databases with their owners and modes.
chmod 711 "$TMP"
ROOM=$TMP/srv
install -d -m 755 "$ROOM" "$ROOM/bin"
install -d -o root -g "$G_EDIT" -m 2775 "$ROOM/content"
install -d -o root -g "$G_ROOM" -m 2770 "$ROOM/training"
install -o root -g "$G_EDIT" -m 664 /dev/null "$ROOM/content/content.db"
install -o root -g "$G_ROOM" -m 660 /dev/null "$ROOM/training/training.db"
install -m 755 "$CORDIAL" "$ROOM/bin/cordial"
install -m 644 "$ROOT/tests/data/hb/shop.hb" "$ROOM/shop.hb"
export CORDIAL_CONTENT=$ROOM/content/content.db CORDIAL_DB=$ROOM/training/training.db
export CORDIAL_TTS=/bin/true
BIN=$ROOM/bin/cordial
# as USER ARG...: cordial run by that user, output kept like `cordial`
as() { local who=$1; shift; run runuser -u "$who" -- "$BIN" "$@"; }
sql() { sqlite3 "$CORDIAL_DB" "$@"; }

# The administrator ties the trainer's account to the first learner: trainer and editor.
cordial learner add Teacher --native zh --target en --user "$U_TR"
expect_match admin-adds-trainer 0 out 'trainer and editor'
as "$U_TR" handbook import "$ROOM/shop.hb"
expect_match editor-imports 0 out '^shop: 5 added'
check content-modes test "$(stat -c '%a %U %G' "$ROOM/content/content.db")" = "664 root $G_EDIT"
# the content database needs no files beside it: readers are independent of writers
check content-rollback-journal test "$(sqlite3 "$CORDIAL_CONTENT" 'PRAGMA journal_mode')" = delete
check content-no-wal-files test ! -e "$ROOM/content/content.db-wal" -a ! -e "$ROOM/content/content.db-shm"
as "$U_TR" learner add 王芳 --native zh --target en --user "$U_L1"
expect_match trainer-adds-learner 0 out "^User $U_L1 of this machine studies as 王芳\\.\$"
as "$U_TR" learner add Li --native zh --target en --user "$U_L2"
as "$U_TR" class add Room
as "$U_TR" class join Room 王芳 Li
expect class-join 0
as "$U_TR" assign shop/shop-01 --class Room --due 2026-12-10
expect_match trainer-assigns 0 out '^Assignment 1: shop/shop-01 for class Room'
check training-mode test "$(stat -c '%a %G' "$ROOM/training/training.db")" = "660 $G_ROOM"

# A learner studies as themselves, reading the content database without writing it.
printf '\n\na\n\n' | runuser -u "$U_L1" -- "$BIN" study --plain >"$TMP/out" 2>"$TMP/err"; status=$?
expect_match learner-studies-as-self 0 out '^Studying as 王芳:'
check learner-answers-are-theirs test "$(sql "SELECT DISTINCT l.name FROM review r JOIN learner l ON l.id = r.learner")" = 王芳
as "$U_L1" search 欢迎
expect_match learner-reads-content 0 out '欢迎光临'
as "$U_L2" report
expect_match learner-own-report 0 out '^Li  '
check learner-own-report-only test "$(grep -c '^王芳  ' "$TMP/out")" = 0

# ... and can neither act as another learner nor manage, nor edit.
before=$(sql .dump)
count_items() { runuser -u "$U_L2" -- sqlite3 "$CORDIAL_CONTENT" 'SELECT count(*) FROM item'; }
items=$(count_items)
: | runuser -u "$U_L1" -- "$BIN" study --plain --learner Li >"$TMP/out" 2>"$TMP/err"; status=$?
expect_match learner-not-as-another 1 err "you are learner '王芳' on this machine \\(user $U_L1\\)"
as "$U_L1" report --learner Li
expect_match learner-no-other-report 1 err "only a trainer can see another learner's report; ask Teacher"
as "$U_L1" assign shop/shop-02 --to 王芳
expect_match learner-cannot-assign 1 err 'only a trainer can assign lessons; ask Teacher'
as "$U_L1" learner add Sneak --user "$U_L1"
expect_match learner-cannot-add 1 err 'only a trainer can add learners'
as "$U_L1" handbook import "$ROOM/shop.hb"
expect_match learner-cannot-import 1 err 'only an editor can import handbooks; ask Teacher'
run runuser -u "$U_L1" -- sqlite3 "$CORDIAL_CONTENT" "DELETE FROM item"
check learner-cannot-write-content grep -q 'readonly database' "$TMP/err"
run runuser -u "$U_L1" -- sh -c 'echo x >>"$CORDIAL_CONTENT"'
check learner-cannot-append-content test "$status" -ne 0
run runuser -u "$U_L1" -- sh -c 'rm -f "$CORDIAL_CONTENT"'
check learner-cannot-remove-content test -e "$CORDIAL_CONTENT"
check content-unchanged test "$(count_items)" = "$items"
check refusals-change-nothing test "$(sql .dump)" = "$before"

# Someone outside the group cannot open the training database at all.
as "$U_OUT" report
expect_match outsider-no-training 1 err 'cannot open|unable to open|readonly|permission'

# The trainer sees the class; the other learner studies too (the files they
# share keep the group's permissions).
printf '\n\na\n\n' | runuser -u "$U_L2" -- "$BIN" study --plain >"$TMP/out" 2>"$TMP/err"; status=$?
expect_match second-learner-studies 0 out '^Studying as Li:'
as "$U_TR" report --class Room --format csv
expect_match trainer-reports 0 out '^learner,Room,王芳,'
check trainer-sees-both grep -q '^learner,Room,Li,' "$TMP/out"
