#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The full-screen app in a real terminal (tmux): first run, Home, a study session
# with choices, feedback, a changed rating, undo, help, resizing down to a terminal
# too small, typed Japanese answers, and text that tries escape sequences.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"
export CORDIAL_DATADIR=$ROOT/$B/share/cordial CORDIAL_SEED=1
tui_env 1

# --- first run: the form
tui_start 80 24 $ENV
tui_expect first-run-form 'Welcome to cordial'
tui_keys -l '王芳'
tui_expect first-run-typed-chinese-name 'Your name:      王芳'
tui_keys BSpace
tui_wait '王' && ! grep -q '王芳' "$TMP/screen"
check first-run-backspace-by-character grep -qx '  Your name:      王' "$TMP/screen"
tui_keys -l '芳'
tui_keys Enter Left Enter Right Enter Down Space Enter Enter
tui_expect first-run-home 'Due now:'
check first-run-learner-saved test "$(tdb "SELECT name || ' ' || native || ' ' || target FROM learner")" = '王芳 zh en'

# --- help
tui_keys '?'
tui_expect help-shows-keys 'phrasebook'
tui_keys x
tui_expect help-closes 'Due now:'

# --- study: introduce, choose, feedback, change the rating, undo
tui_keys s
tui_expect study-introduces 'New phrase'
tui_keys Enter
tui_expect study-choice 'a) '
tui_keys a
tui_expect study-feedback '1 Again'
check study-answer-logged test "$(tdb 'SELECT count(*) FROM review')" = 1
tui_keys 4
tui_expect study-rating-changed '4 Easy'
check study-rating-saved test "$(tdb 'SELECT rating FROM review')" = 4
tui_keys u
tui_expect study-undo 'The last answer is undone'
check study-undo-logged test "$(tdb 'SELECT count(*) FROM review')" = 0

# --- resizing in the middle of a card, down to too small and back
tui_resize 40 12
tui_expect resize-small-still-draws 'a)'
tui_resize 30 8
tui_expect resize-too-small 'Terminal too small'
tui_resize 1 1
sleep 0.3
tui_resize 120 40
tui_resize 120 40
tui_expect resize-back-after-1x1 'a)'
tui_keys q
tui_expect leave-study 'Due now:'
tui_keys q
tui_expect quit-exit-0 'EXIT=0'
# the app made both databases and said so; nothing else is on stderr
check no-errors-on-stderr test -z "$(grep -v '^cordial: created a new \(content\|training\) database' "$TMP/tui.err")"

# --- a typed Japanese answer (a produce card in review)
"$CORDIAL" learner add Ken --native zh --target ja --study basics >/dev/null 2>&1 ||
	"$CORDIAL" learner add Ken --native zh --target ja --study everyday >/dev/null
tdb "DELETE FROM learner WHERE name = '王芳'"
item=$(sqlite3 "$CORDIAL_CONTENT" "SELECT i.id FROM item i JOIN item_text t ON t.item = i.key
	WHERE t.lang = 'ja' AND t.text = 'こんにちは。' LIMIT 1")
tdb "UPDATE learner SET daily_new = 0;
	INSERT INTO card (learner, handbook, item, skill, state, step, stability, difficulty,
	scheduled_days, due_ms, last_review_ms, reps, lapses, created_ms)
	SELECT id, 'everyday', '$item', 'produce', 2, 0, 10, 5, 10, 0, 1, 3, 0, 0 FROM learner"
tui_start 80 24 $ENV
tui_expect typed-home 'Due now: 1'
tui_keys s
tui_expect typed-prompt 'Type the Japanese for'
tui_keys -l 'こんいちは'
tui_expect typed-echo 'こんいちは'
tui_keys Enter
tui_expect typed-near-miss 'Almost right.'
tui_expect typed-diff '[に]'
tui_keys q q
tui_expect typed-quit 'EXIT=0'

# --- text that tries escape sequences reaches the terminal neutralized
sqlite3 "$CORDIAL_CONTENT" "UPDATE item_text SET text = 'Hi' || char(27) || ']0;PWNED' || char(7) ||
	char(27) || '[2J' || char(27) || '[31mred' WHERE lang = 'en'"
tdb "UPDATE learner SET daily_new = 5; DELETE FROM card"
tui_start 80 24 $ENV
# every byte the app writes to the terminal, to look for the hostile sequences
tmux -S "$SOCK" pipe-pane -o "cat >>'$TMP/raw'"
tui_keys s
tui_expect hostile-text-shown-inert 'Hi�]0;PWNED��[2J�[31mred'
check raw-bytes-recorded grep -q 'PWNED' "$TMP/raw"
check raw-no-osc sh -c "! grep -q \"\$(printf '\\033]')\" '$TMP/raw'"
check raw-no-dcs sh -c "! grep -q \"\$(printf '\\033P')\" '$TMP/raw'"
check raw-no-c1-csi sh -c "! grep -q \"\$(printf '\\302\\233')\" '$TMP/raw'"
check raw-no-bell sh -c "! grep -q \"\$(printf '\\007')\" '$TMP/raw'"
check hostile-title-untouched sh -c "! tmux -S '$SOCK' display -p '#{pane_title}' | grep -q PWNED"

# --- the Chinese interface: every screen follows LANGUAGE
tui_start 80 24 $ENV LANGUAGE=zh_CN
tui_expect chinese-home '首页'
tui_keys '?'
tui_expect chinese-help '帮助'
tui_keys x q
tui_expect chinese-quit 'EXIT=0'
