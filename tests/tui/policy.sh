#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Who may do what in the full-screen app (tmux), with the login running the tests
# tied to a learner as a training room ties them: a tied learner is that learner
# only (no list of learners, no new learner, no other learner's settings), refused
# with the trainer to ask; a tied trainer picks and adds learners and changes their
# settings, but studies only as themselves.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"
export CORDIAL_DATADIR=$ROOT/$B/share/cordial
shipped_content
tui_env 1
sql() { sqlite3 "$CORDIAL_DB" "$@"; }
ME=$(id -un)
# the title line: "cordial SCREEN  LEARNER"
title_has() { head -1 "$TMP/screen" | grep -q -- "$1"; }

# Mei is the first learner, so the trainer; Ana and Tom learn.
"$CORDIAL" learner add Mei --native en --target zh >/dev/null
"$CORDIAL" learner add Ana --native zh --target en --study everyday >/dev/null
"$CORDIAL" learner add Tom --native zh --target en --study everyday >/dev/null
sql "UPDATE learner SET daily_new = 37 WHERE name = 'Tom'"
sql "UPDATE learner SET login = '$ME' WHERE name = 'Ana'"
# what a tied learner must not change: the learners and the others' records
others() { sql "SELECT * FROM learner; SELECT * FROM learner_lesson WHERE learner <> 2;
	SELECT * FROM card WHERE learner <> 2; SELECT * FROM review WHERE learner <> 2"; }
before=$(others)

# --- tied to Ana: the app starts as Ana, without the list of learners
tui_start 80 24 $ENV
tui_expect tied-starts-home 'Due now:'
check tied-no-list sh -c "! grep -q 'Who is studying?' '$TMP/screen'"
check tied-is-self title_has Ana
# switching learner is refused, naming the trainer
tui_keys l
tui_expect tied-switch-refused 'Only a trainer can switch learners; ask Mei.'
tui_keys Down Down Enter # Tom, were the list shown
tui_wait 'Due now:'
check tied-still-self title_has Ana
# nor can a learner be added from there (Enter on Home studies, as Ana)
tui_keys l n
tui_keys -l '孙'
tui_keys Tab Tab Tab Tab Enter
sleep 0.5
tui_keys Escape
tui_wait 'Due now:'
check tied-adds-nobody test "$(sql 'SELECT count(*) FROM learner')" = 3
# Settings are Ana's own, never Tom's
tui_keys l
tui_wait 'Only a trainer'
tui_keys o
tui_expect tied-own-settings 'Settings'
check tied-settings-are-own title_has Ana
check tied-settings-not-toms sh -c "! grep -q '37' '$TMP/screen'"
tui_keys q q
tui_expect tied-quit 'EXIT=0'
check tied-changes-no-other test "$(others)" = "$before"
check tied-no-errors test ! -s "$TMP/tui.err"

# --- tied to Mei, the trainer: the list (Mei first chosen), a new learner, another
# learner's settings, but study only as Mei
sql "UPDATE learner SET login = NULL WHERE name = 'Ana'; UPDATE learner SET login = '$ME' WHERE name = 'Mei'"
tui_start 80 24 $ENV
tui_expect trainer-list 'Who is studying?'
tui_keys Enter
tui_expect trainer-home 'Due now:'
check trainer-is-self title_has Mei
tui_keys l n
tui_expect trainer-form 'Your name:'
tui_keys -l '孙'
tui_keys Enter Enter Enter Enter Enter
tui_expect trainer-added-home 'Due now:'
check trainer-added test "$(sql "SELECT count(*) FROM learner WHERE name = '孙'")" = 1
check trainer-now-for-sun title_has 孙
# 孙 studies a lesson (the form ticks none), so that Home offers study
sql "INSERT INTO learner_lesson (learner, handbook, lesson, chosen_ms)
     SELECT l.id, x.handbook, x.lesson, 0 FROM learner l, learner_lesson x
     WHERE l.name = '孙' AND x.learner = (SELECT id FROM learner WHERE name = 'Ana') LIMIT 1"
tui_keys o
tui_wait 'Settings'
tui_keys q
tui_wait 'Due now:'
tui_keys s
tui_expect trainer-not-studying-as-other "Here you study only as Mei (user $ME); if that is not you, ask Mei."
check trainer-no-cards-for-other test "$(sql "SELECT count(*) FROM card WHERE learner = 4")" = 0
tui_keys o
tui_expect trainer-other-settings 'Settings'
check trainer-settings-for-sun title_has 孙
tui_keys q l
tui_expect trainer-list-again 'Who is studying?'
tui_keys q
tui_expect trainer-quit 'EXIT=0'
check trainer-no-errors test ! -s "$TMP/tui.err"
