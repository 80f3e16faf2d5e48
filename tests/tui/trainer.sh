#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Trainer screen in a real terminal (tmux): a class with its members' progress
# on an assignment, one learner's report, assigning a lesson with a due date (a bad
# date refused), a learner refused the screen, the smallest terminal, and the
# learners in no class, reached and assigned to from an entry of their own.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"
export CORDIAL_DATADIR=$ROOT/$B/share/cordial
tui_env 1
sql() { tdb "$@"; }

# Mei is the first learner, so the trainer; Ana and Tom learn in class Desk.
"$CORDIAL" handbook import "$CORDIAL_DATADIR"/handbooks/*.hb >/dev/null 2>&1
"$CORDIAL" learner add Mei --native en --target zh >/dev/null
"$CORDIAL" learner add Ana --native zh --target en >/dev/null
"$CORDIAL" learner add Tom --native zh --target en >/dev/null
"$CORDIAL" class add Desk >/dev/null
"$CORDIAL" class join Desk Ana Tom >/dev/null
"$CORDIAL" assign everyday/everyday-01 --class Desk --due 2026-12-06 >/dev/null
check setup-assigned test "$(sql 'SELECT count(*) FROM assignment')" = 1
# Assigned three days ago: a pace shows by now.
sql "UPDATE assignment SET created_ms = created_ms - 3 * 86400000"
# Tom studies a little in the line mode (wrong answers: they become his hardest
# items); Ana does not study at all.
for _ in $(seq 30); do printf 'c\n1\n3 2 1\n4 3 2 1\n5 4 3 2 1\n\n'; done |
	"$CORDIAL" study --plain --learner Tom --seed 1 --limit 12 >/dev/null 2>&1
tom_items=$(sql "SELECT count(DISTINCT item) FROM card c JOIN learner l ON l.id = c.learner
	WHERE l.name = 'Tom' AND c.handbook = 'everyday'")
check setup-tom-studied test "$tom_items" -gt 0
total=$(sqlite3 "$CORDIAL_CONTENT" "SELECT count(*) FROM item i WHERE i.handbook = 'everyday'
	AND i.lesson = 'everyday-01'" 2>/dev/null || echo '?')

# --- Mei opens the Trainer screen from Home
tui_start 80 24 $ENV
tui_expect pick-learner 'Who is studying?'
tui_keys Down Enter # Ana, Mei, Tom: by name
tui_expect home 'Due now:'
tui_keys t
tui_expect classes-title 'Classes'
tui_expect classes-lists-desk 'Desk'
tui_expect classes-counts '2 members, 1 assignment'

# --- the members, each with a bar per assignment and a marker
tui_keys Enter
tui_expect members-title 'Class Desk'
tui_expect members-ana 'Ana'
tui_expect members-tom 'Tom'
tui_expect members-assignment-title 'Greetings and courtesy words'
check members-tom-count grep -q "$tom_items/" "$TMP/screen"
# Ana has introduced nothing: at no pace she is behind
check members-ana-behind sh -c "grep -A1 '^ *Ana ' '$TMP/screen' | grep -q behind"
check members-ana-zero grep -q ' 0/' "$TMP/screen"

# --- drill into Tom: his figures and hardest items
tui_keys Down Enter
tui_expect learner-title 'Tom · Desk'
tui_expect learner-introduced "Items introduced: $tom_items of"
tui_expect learner-hardest 'Hardest items (times answered Again)'
tui_keys q
tui_expect learner-back 'Class Desk'
tui_keys q
tui_expect members-back 'Classes'

# --- assign a lesson: the form, a date that does not exist, then a good one
tui_keys a
tui_expect form-title 'Assign a lesson to class Desk'
tui_expect form-due-prefilled '2026-12-06'
# handbooks by id: courtesy, everyday, ...; titles in Mei's language (English)
tui_keys Right
tui_expect form-handbook-chosen 'Everyday service phrases'
tui_expect form-first-lesson 'Greetings and courtesy words'
tui_keys Down Right
tui_expect form-lesson-chosen 'Waiting and making yourself understood'
tui_keys Down C-u
tui_keys -l '2026-02-30'
tui_keys Enter
tui_expect form-bad-date 'Type the due date as YYYY-MM-DD'
check form-bad-date-stored-nothing test "$(sql 'SELECT count(*) FROM assignment')" = 1
tui_keys C-u
tui_keys -l '2026-12-20'
tui_keys Enter
tui_expect form-assigned 'to class Desk, due 2026-12-20'
tui_expect form-back-to-classes '2 members, 2 assignments'
check form-assignment-stored test "$(sql "SELECT handbook || '/' || lesson || ' ' || due_day
	FROM assignment a JOIN class c ON c.id = a.class WHERE c.name = 'Desk'
	ORDER BY a.id DESC LIMIT 1")" = 'everyday/everyday-02 2026-12-20'
# Esc leaves the form without assigning anything
tui_keys a
tui_expect form-again 'Assign a lesson to class Desk'
tui_keys Escape
tui_expect form-cancelled '2 members, 2 assignments'
check form-cancel-stored-nothing test "$(sql 'SELECT count(*) FROM assignment')" = 2
tui_keys q
tui_expect trainer-back-home 'Due now:'
tui_keys '?'
tui_expect home-help-lists-t 'trainer: classes and assignments'
tui_keys x q
tui_expect quit-exit-0 'EXIT=0'
check no-errors-on-stderr test ! -s "$TMP/tui.err"

# --- a learner is refused, with the trainer to ask
tui_start 80 24 $ENV
tui_expect pick-learner-again 'Who is studying?'
tui_keys Down Down Enter # Tom
tui_expect tom-home 'Due now:'
tui_keys t
tui_expect learner-refused 'Only a trainer can open the Trainer screen'
check learner-still-home grep -q 'Due now:' "$TMP/screen"
tui_keys q
tui_expect learner-quit 'EXIT=0'

# --- 40x12: every view still draws
tui_start 40 12 $ENV
tui_expect small-pick 'Who is studying?'
tui_keys Down Enter
tui_expect small-home 'Due now:'
tui_keys t
tui_expect small-classes 'Desk'
tui_keys Enter
tui_expect small-members 'Ana'
tui_expect small-marker 'behind'
tui_keys Down Enter
tui_expect small-learner 'Items introduced'
tui_keys Down Down Down Down Down Down Down Down Down Down
tui_expect small-learner-scrolls 'Hardest items'
tui_keys q q a
tui_expect small-form 'Due date:'
tui_keys Escape q q
tui_expect small-quit 'EXIT=0'
check small-no-errors test ! -s "$TMP/tui.err"

# --- the learners in no class: an entry of their own after the classes, whose
# members are reached and assigned to as a class's are
"$CORDIAL" learner add Zoe --native zh --target en >/dev/null
tui_start 80 24 $ENV
tui_expect unclassed-pick 'Who is studying?'
tui_keys Down Enter
tui_expect unclassed-home 'Due now:'
tui_keys t
tui_expect unclassed-entry 'Not in a class'
check unclassed-counted grep -Eq 'Not in a class +2 learners' "$TMP/screen"
# on the entry itself, whom to assign to is not chosen yet
tui_keys Down a
tui_expect unclassed-assign-needs-learner 'Choose whom to assign to'
check unclassed-nothing-assigned test "$(sql 'SELECT count(*) FROM assignment')" = 2
tui_keys Enter
tui_expect unclassed-members 'Zoe'
check unclassed-mei-too grep -q '^ *Mei ' "$TMP/screen"
check unclassed-no-class-members bash -c "! grep -Eq '^ *(Ana|Tom) ' '$TMP/screen'"
check unclassed-zoe-nothing-yet grep -Eq 'Zoe +no assignments' "$TMP/screen"
tui_keys m
tui_expect unclassed-no-members-to-add 'Open a class and press m there'
# assigning to Zoe from the list
tui_keys Down a
tui_expect unclassed-form 'Assign a lesson to Zoe'
tui_keys Right Down Right Enter
tui_expect unclassed-assigned 'to Zoe, due 2026-12-06'
check unclassed-assignment-stored test "$(sql "SELECT handbook || '/' || lesson FROM assignment a
	JOIN learner l ON l.id = a.learner WHERE l.name = 'Zoe'")" = everyday/everyday-02
tui_expect unclassed-back-in-list 'Not in a class'
check unclassed-zoe-marked bash -c "grep -qE 'Zoe +(on track|behind)' '$TMP/screen'"
# her assignments, and her report
tui_keys l
tui_expect unclassed-list 'Assignments of Zoe'
tui_expect unclassed-list-lesson 'Waiting and making yourself understood'
tui_keys q Enter
tui_expect unclassed-report 'Zoe · Not in a class'
tui_expect unclassed-report-assignment 'Waiting and making yourself'
tui_keys q q q q
tui_expect unclassed-quit 'EXIT=0'
check unclassed-no-errors test ! -s "$TMP/tui.err"
# in Chinese, and at 40x12
tui_start 40 12 $ENV LANGUAGE=zh_CN
tui_expect unclassed-zh-pick '谁在学习'
tui_keys Down Enter
tui_keys t
tui_expect unclassed-zh-entry '未分班'
tui_keys Down Enter
tui_expect unclassed-zh-members 'Zoe'
tui_keys q q q q
tui_expect unclassed-zh-quit 'EXIT=0'
