#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every presentation of a study card in the full-screen app, in a real terminal:
# courtesy situations, putting words in order, recall and self-rating (or
# listening), and typed answers in Korean and Chinese.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"
export CORDIAL_DATADIR=$ROOT/$B/share/cordial
tui_env 3
"$CORDIAL" handbook import "$ROOT/tests/data/hb/shop.hb" >/dev/null
"$CORDIAL" learner add Li --native zh --target en >/dev/null
sql() { sqlite3 "$CORDIAL_DB" "$@"; }
# card LEARNER HANDBOOK ITEM SKILL STATE REPS DUE_MS
card() {
	sql "INSERT INTO card (learner, handbook, item, skill, state, step, stability, difficulty,
	     scheduled_days, due_ms, last_review_ms, reps, lapses, created_ms)
	     SELECT id, '$2', '$3', '$4', $5, 0, 5, 5, CASE $5 WHEN 2 THEN 5 ELSE 0 END, $7,
	     1795900000000, $6, 0, 0 FROM learner WHERE name = '$1'"
}
sql "UPDATE learner SET daily_new = 0"
card Li shop shop-01-c01 judge 1 1 1
card Li shop shop-01-002 produce 1 1 2
card Li shop shop-01-001 recognize 2 3 3

tui_start 100 30 $ENV
tui_expect home 'Due now: 3'
tui_keys s
# the courtesy situation comes first: its options, then the explanation
tui_expect judge-situation 'What do you do?'
# the options come in a new order each time: find the right one on the screen
right=$(tui_screen | grep -o '[a-f]) 微笑道谢' | head -1 | cut -c1)
check judge-option-shown test -n "$right"
tui_keys "$right"
tui_expect judge-right 'Right.'
tui_expect judge-explains '在美国给小费很常见'
tui_keys Enter
# words to put in order: press their numbers in the right order
tui_expect order-prompt 'Put the English words in order'
order=""
for word in Would you like a receipt?; do
	n=$(tui_screen | grep -o "[0-9] $word\( \|$\)" | head -1 | cut -d' ' -f1)
	order="$order$n"
done
check order-words-listed test "${#order}" = 5
for ((i = 0; i < ${#order}; i++)); do tui_keys "${order:i:1}"; done
tui_expect order-right 'Right.'
tui_keys Enter
# recall (read or heard): reveal, then rate
if tui_wait 'Listen:'; then pass recall-listen-prompt; check recall-spoken grep -q 'Welcome!' "$TTS_LOG"
else tui_expect recall-flip-prompt 'Welcome!'; fi
tui_keys Enter
tui_expect recall-revealed '欢迎光临！'
tui_keys 3
# with the clock fixed, the cards just learnt come back early (20 minutes ahead)
tui_expect learn-ahead 'What do you do?'
check three-answers-logged test "$(sql 'SELECT count(*) FROM review')" = 3
check flip-self-rated test "$(sql "SELECT rating || presentation FROM review ORDER BY id DESC LIMIT 1" | grep -c '^3')" = 1
tui_keys q q
tui_wait 'EXIT=0'

# typed answers: Korean with different spacing, Chinese with full-width punctuation
"$CORDIAL" learner add Park --native zh --target ko >/dev/null
"$CORDIAL" learner add Anna --native en --target zh >/dev/null
sql "UPDATE learner SET daily_new = 0"
hello=$(sqlite3 "$CORDIAL_CONTENT" "SELECT i.id FROM item i JOIN item_text t ON t.item = i.key
	WHERE i.handbook = 'everyday' AND t.lang = 'ko' AND t.text = '안녕하세요.' LIMIT 1")
card Park everyday "$hello" produce 2 3 3
card Anna everyday "$hello" produce 2 3 3
tui_start 100 30 $ENV
tui_expect pick-learner 'Who is studying?'
tui_keys Down Down Enter # Anna, Li, Park: by name
tui_wait 'Due now' || true
tui_keys s
tui_expect korean-prompt 'Type the Korean for'
tui_keys -l '안녕 하세요'
tui_keys Enter
tui_expect korean-right 'Right.'
tui_keys Enter q q
tui_wait 'EXIT=0'
tui_start 100 30 $ENV
tui_keys Enter
tui_wait 'Due now' || true
tui_keys s
tui_expect chinese-prompt 'Type the Chinese for'
tui_keys -l '您好!'
tui_keys Enter
tui_expect chinese-right 'Right.'
