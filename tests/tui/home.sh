#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Home in a real terminal (tmux), without restarting the app: its figures follow the
# answers given in Study and the changes made in Settings as soon as it is on top
# again; with no lesson chosen it says what to do instead of offering to study; the
# only learner switching learners gets the list, where another is added.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"
export CORDIAL_DATADIR=$ROOT/$B/share/cordial CORDIAL_SEED=1
shipped_content
tui_env 1

"$CORDIAL" learner add Wang --native zh --target en --study taxi >/dev/null
tui_start 80 24 $ENV
tui_expect home-before 'New items left today: 15'
tui_expect home-no-streak-yet 'Streak: 0 days'

# --- study: two new phrases introduced and answered, then back to Home
tui_keys s
tui_expect study-introduces 'New phrase'
tui_keys Enter
tui_expect study-choice 'a) '
tui_keys a
tui_expect study-feedback '1 Again'
tui_keys q
tui_expect home-after-study 'New items left today: 14'
tui_expect home-streak-after-study 'Streak: 1 day'
check home-after-study-due-counted grep -q 'Later today: [1-9]' "$TMP/screen"

# --- Settings: fewer new items a day shows on Home at once
tui_keys o
tui_expect settings-open 'New items a day'
tui_keys Down Down Left Left Left
tui_expect settings-changed '‹ 12 ›'
tui_keys q
tui_expect home-after-settings 'New items left today: 11'
tui_keys q
tui_expect quit 'EXIT=0'
check no-errors-on-stderr test ! -s "$TMP/tui.err"

# --- the next morning, before any answer: yesterday's answers keep the streak
tui_start 80 24 ${ENV/CORDIAL_NOW=$CORDIAL_NOW/CORDIAL_NOW=2026-11-30T09:00:00Z}
tui_expect streak-kept-next-morning 'Streak: 1 day'
tui_keys q

# --- no lesson chosen: Home says what to do, and s does not start an empty session
"$CORDIAL" learner add Li --native zh --target en >/dev/null
sqlite3 "$CORDIAL_DB" "DELETE FROM learner WHERE name = 'Wang'"
tui_start 80 24 $ENV
tui_expect no-lessons-no-new 'New items left today: 0'
tui_expect no-lessons-says-what-to-do 'No lessons are chosen yet'
tui_keys s
tui_expect no-lessons-study-refused 'No lessons yet: press o'
check no-lessons-stays-home grep -q 'Due now: 0' "$TMP/screen"
check no-lessons-no-press-s-line bash -c "! grep -q 'Press s or Enter' '$TMP/screen'"

# --- the only learner switches learners: the list, where n adds another
tui_keys q
tui_wait 'EXIT=0'
tui_start 80 24 $ENV
tui_expect only-learner-home 'Due now:'
tui_keys l
tui_expect only-learner-list 'Who is studying?'
tui_keys n
tui_expect only-learner-adds 'Your name:'
