#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Trainer screen's everyday work in a real terminal (tmux): on-track, behind and
# late told apart; classes, members and assignments made, changed and removed with
# the commands' checks and messages; at 80x24 and 40x12.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"
export CORDIAL_DATADIR=$ROOT/$B/share/cordial
shipped_content
tui_env 1
sql() { sqlite3 "$CORDIAL_DB" "$@"; }
DAY=86400000
# The screen with its colours (SGR sequences) as tmux holds it.
tui_screen_sgr() { tmux -S "$SOCK" capture-pane -p -e; }
# sgr_before WORD: the attributes a word is drawn with, as the SGR codes before it.
sgr_before() { tui_screen_sgr | grep -o $'\e\\[[0-9;]*m'"$1" | head -1 | tr -d '\033' | sed "s/$1\$//"; }

# Mei is the first learner, so the trainer; Ana learns in class Desk, which has
# three assignments: one past its due date (late), one given 5 days ago due in 3
# days with nothing begun (behind), and one given today with 10 days left.
"$CORDIAL" learner add Mei --native en --target zh >/dev/null
"$CORDIAL" learner add Ana --native zh --target en >/dev/null
"$CORDIAL" learner add Tom --native zh --target en >/dev/null
"$CORDIAL" class add Desk >/dev/null
"$CORDIAL" class join Desk Ana >/dev/null
"$CORDIAL" assign everyday/everyday-01 --class Desk --due 2026-11-25 >/dev/null 2>&1
"$CORDIAL" assign everyday/everyday-02 --class Desk --due 2026-12-01 >/dev/null
sql "UPDATE assignment SET created_ms = created_ms - 5 * $DAY"
"$CORDIAL" assign courtesy --class Desk --due 2026-12-08 >/dev/null
check setup-three-assignments test "$(sql 'SELECT count(*) FROM assignment')" = 3

# --- the command line's report: a brand-new assignment is on track
cordial report --class Desk
check report-new-on-track sh -c "grep -qE '^ *3 +courtesy .* on track\$' '$TMP/out'"
check report-old-behind sh -c "grep -qE '^ *2 +everyday/everyday-02 .* behind\$' '$TMP/out'"

tui_start 80 24 $ENV
tui_expect pick-learner 'Who is studying?'
tui_keys Down Enter # Ana, Mei
tui_expect home 'Due now:'
tui_keys t Enter
tui_expect members 'Class Desk'
tui_expect members-late 'late'
tui_expect members-behind 'behind'
tui_expect members-on-track 'on track'
check new-assignment-on-track sh -c "grep -qE 'International courtesy .* on track *\$' '$TMP/screen'"
# each assignment's row has its due date where the row is wide enough
check members-due-dates sh -c "grep -q 'Greetings and courtesy words .* 0/22  2026-11-25 late' '$TMP/screen' &&
	grep -q 'International courtesy .* 0/133  2026-12-08 on track' '$TMP/screen'"
late=$(sgr_before late) behind=$(sgr_before behind)
check late-has-colour test -n "$late"
check behind-has-colour test -n "$behind"
check behind-not-late-colour test "$behind" != "$late"

# --- a class: a name taken, a name the command refuses too, then a good one
tui_keys q
tui_expect classes 'Classes'
tui_keys c
tui_expect name-form 'Add a class'
tui_keys -l 'Desk'
tui_keys Enter
tui_expect name-taken "there is already a class named 'Desk'"
tui_keys C-u
tui_keys -l 'Night/Day'
tui_keys Enter
tui_expect name-rule "a class's name is 1 to 127 bytes of text"
check name-refused-stored-nothing test "$(sql 'SELECT count(*) FROM class')" = 1
tui_keys C-u
tui_keys -l ' Night '
tui_keys Enter
tui_expect class-added 'Added class Night.'
tui_expect class-listed '0 members, 0 assignments'
check class-stored test "$(sql "SELECT name FROM class ORDER BY id DESC LIMIT 1")" = Night

# --- members: put Tom in, from the learners who are not in the class
tui_keys Enter
tui_expect class-empty 'Nobody is in this class yet: press m'
tui_keys m
tui_expect pick-title 'Put a learner in class Night'
tui_expect pick-lists-tom 'Tom'
tui_keys Down Down Enter # Ana, Mei, Tom
tui_expect joined 'Tom joined class Night.'
check joined-stored test "$(sql "SELECT l.name FROM class_member m JOIN learner l ON l.id = m.learner
	JOIN class c ON c.id = m.class WHERE c.name = 'Night'")" = Tom
tui_keys m
tui_expect pick-leaves-out-members 'Put a learner in class Night'
check pick-without-tom sh -c "! grep -q Tom '$TMP/screen'"
tui_keys Escape
tui_expect pick-cancelled 'Class Night'

# --- an assignment with a note and a due date that has passed: stored, and said
tui_keys a
tui_expect form-title 'Assign a lesson to class Night'
tui_expect form-note-field 'Note:'
tui_keys Right Down Right Down C-u
tui_keys -l '2026-11-20'
tui_keys Down
tui_keys -l 'Role-play at the desk'
tui_keys Enter
tui_expect form-past-warned 'The due date 2026-11-20 has passed; assigned'
check form-past-stored test "$(sql "SELECT a.handbook || '/' || a.lesson || '|' || a.due_day || '|' || a.note
	FROM assignment a JOIN class c ON c.id = a.class WHERE c.name = 'Night'")" \
	= 'everyday/everyday-02|2026-11-20|Role-play at the desk'
tui_expect members-late 'late'

# --- the class's assignments with due dates and notes; changing one
tui_keys l
tui_expect list-title 'Assignments of class Night'
tui_expect list-due '2026-11-20'
tui_expect list-note 'Role-play at the desk'
tui_keys e
tui_expect edit-title 'Change an assignment for class Night'
tui_keys C-u
tui_keys -l '2026-13-01'
tui_keys Enter
tui_expect edit-bad-date 'Type the due date as YYYY-MM-DD'
check edit-bad-date-kept test "$(sql "SELECT due_day FROM assignment WHERE note LIKE 'Role%'")" = 2026-11-20
tui_keys C-u
tui_keys -l '2026-12-24'
tui_keys Down C-u
tui_keys -l 'Pairs'
tui_keys Enter
tui_expect edit-saved 'for class Night: due 2026-12-24.'
tui_expect edit-listed 'Pairs'
check edit-stored test "$(sql "SELECT a.due_day || '|' || a.note FROM assignment a JOIN class c
	ON c.id = a.class WHERE c.name = 'Night'")" = '2026-12-24|Pairs'
cordial assignments --class Night
check edit-seen-by-command grep -q '2026-12-24 *Pairs' "$TMP/out"
tui_keys Enter C-u Enter # Enter edits too; an empty date is none
tui_expect edit-no-due 'for class Night: no due date.'
check edit-due-cleared test "$(sql "SELECT due_day IS NULL FROM assignment WHERE note = 'Pairs'")" = 1

# --- removing asks first; n keeps it, y removes it
tui_keys x
tui_expect remove-asks 'for class Night? y yes, n no'
tui_keys n
tui_wait 'no due date' && sleep 0.2
check remove-no-keeps test "$(sql 'SELECT count(*) FROM assignment')" = 4
tui_keys Delete
tui_expect remove-asks-again 'y yes, n no'
tui_keys y
tui_expect removed 'Removed Waiting and making yourself understood for class Night.'
check remove-stored test "$(sql 'SELECT count(*) FROM assignment')" = 3
tui_expect list-empty 'No assignments yet'

# --- taking a member out
tui_keys q
tui_expect members-again 'Class Night'
tui_keys x
tui_expect leave-asks 'Take Tom out of class Night? Their cards and answers stay.'
tui_keys y
tui_expect left 'Tom left class Night.'
check left-stored test "$(sql "SELECT count(*) FROM class_member m JOIN class c ON c.id = m.class
	WHERE c.name = 'Night'")" = 0

# --- an assignment for one learner, from the learner's report
tui_keys q Up Enter Enter # Desk, Ana
tui_expect learner 'Ana · Desk'
tui_keys a
tui_expect learner-form 'Assign a lesson to Ana'
tui_keys Down Down Down
tui_keys -l 'Just for Ana'
tui_keys Enter
tui_expect learner-assigned 'to Ana, due 2026-12-06.'
# her own assignment's row has its lesson's title, not its id
check learner-own-row-titled grep -Eq '^ +Greetings and forms of address +0/[0-9]+  2026-12-06 on track' "$TMP/screen"
check learner-assignment-stored test "$(sql "SELECT count(*) FROM assignment a JOIN learner l
	ON l.id = a.learner WHERE l.name = 'Ana' AND a.note = 'Just for Ana'")" = 1
tui_keys l
tui_expect learner-list 'Assignments of Ana'
tui_expect learner-list-class 'for class Desk'
tui_expect learner-list-own 'Just for Ana'

# --- the help lists the new keys
tui_keys '?'
tui_expect help-add-class 'add a class'
tui_expect help-add-member 'add a member'
tui_expect help-list 'assignments, due dates, notes'
tui_expect help-edit 'change a due date or note'
tui_expect help-remove 'remove a member or assignment'
tui_keys x

# --- one who is no longer a trainer is refused as the command refuses
sql "UPDATE learner SET role = 'learner', editor = 0"
tui_keys x y
tui_expect refused-as-command 'only a trainer can remove assignments; ask'
check refused-stored-nothing test "$(sql 'SELECT count(*) FROM assignment')" = 4
sql "UPDATE learner SET role = 'trainer', editor = 1 WHERE name = 'Mei'"
tui_keys q q q q # the list, the learner, the members, the classes
tui_expect back-home 'Due now:'
tui_keys q
tui_expect quit-exit-0 'EXIT=0'
check no-errors-on-stderr test ! -s "$TMP/tui.err"

# --- 40x12: every new view draws, and the warning of a past date shows first
tui_start 40 12 $ENV
tui_expect small-pick-learner 'Who is studying?'
tui_keys Down Enter
tui_expect small-home 'Due now:'
tui_keys t c
tui_expect small-name 'Name:'
tui_keys Escape Enter
tui_expect small-members 'Ana'
tui_keys a Down Down C-u
tui_keys -l '2026-11-02'
tui_keys Enter
tui_expect small-past-warned 'The due date 2026-11-02 has passed'
tui_keys l
tui_expect small-list '2026-11-02'
tui_keys e
tui_expect small-edit 'Note:'
tui_keys Escape x
tui_expect small-confirm 'y yes, n no'
tui_keys n q m
tui_expect small-pick 'Tom'
tui_keys Escape q q q
tui_expect small-quit 'EXIT=0'
check small-no-errors test ! -s "$TMP/tui.err"
