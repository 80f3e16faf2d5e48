#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Progress and Settings screens in a real terminal (tmux): charts, retention,
# counts by state and the hardest items as the database has them; each setting
# changed with the keys and found in the training database at once; the lessons
# list; the optimizer's answer with too few reviews; small and large terminals,
# and a monochrome one.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"
export TZ=UTC
ENV="CORDIAL_CONTENT=$CORDIAL_CONTENT CORDIAL_DB=$CORDIAL_DB CORDIAL_DATADIR=$CORDIAL_DATADIR \
CORDIAL_NOW=$CORDIAL_NOW CORDIAL_TTS=$CORDIAL_TTS TTS_LOG=$TTS_LOG TZ=UTC LANG=C.UTF-8 \
CORDIAL_LOCALEDIR=$CORDIAL_LOCALEDIR TERM=screen"
sql() { tdb "$@"; }
csql() { sqlite3 "$CORDIAL_CONTENT" "$@"; }
# db_expect NAME SQL VALUE: passes when the query comes to return VALUE (the app
# writes as the key arrives, which is after send-keys returns).
db_expect() {
	local got i
	for i in $(seq 100); do
		got=$(sql "$2")
		[ "$got" = "$3" ] && { pass "$1"; return; }
		sleep 0.05
	done
	fail "$1" "$2: expected '$3', got '$got'"
}
# screen_until NAME COMMAND...: passes when COMMAND succeeds on a capture of the
# screen in $TMP/screen (for layouts that only a redraw at the new size has).
screen_until() {
	local name=$1 i
	shift
	for i in $(seq 100); do
		tui_screen >"$TMP/screen"
		"$@" && { pass "$name"; return; }
		sleep 0.05
	done
	fail "$name" "never true: $*"
	sed 's/^/  | /' "$TMP/screen"
}
stacked() { [ "$(grep -c 'a day, \(last\|next\) 30 days' "$TMP/screen")" = 2 ] &&
	! grep -q 'last 30 days.*next 30 days' "$TMP/screen"; }
states_wrapped() { grep -Eq '^  [0-9]+ in review' "$TMP/screen"; }
# tui_stop: ends the tmux server and waits until it is gone, so that the next
# tui_start does not race its shutdown.
tui_stop() {
	local i
	tmux -S "$SOCK" kill-server 2>/dev/null
	for i in $(seq 100); do
		tmux -S "$SOCK" list-sessions >/dev/null 2>&1 || return 0
		sleep 0.05
	done
}
no_hint() { grep -q 'New items a day' "$TMP/screen" && ! grep -q 'Press Enter' "$TMP/screen"; }

# --- a learner with three weeks of answers (wrong choices among them)
"$CORDIAL" handbook import "$ROOT/tests/data/hb/shop.hb" >/dev/null
"$CORDIAL" learner add Li --native zh --target en --study shop >/dev/null
answers() {
	for _ in $(seq "$1"); do
		printf 'a\n3\n'
		for n in $(seq 2 12); do seq -s ' ' 1 "$n"; done
		printf '\n'
	done
}
for day in 08 10 13 15 18 20 22 24 26 27 28 29; do
	answers 20 | CORDIAL_NOW=2026-11-${day}T08:00:00Z "$CORDIAL" study --plain --learner Li \
		--seed 1 --limit 30 >/dev/null 2>&1
done
reviews=$(sql 'SELECT count(*) FROM review')
check has-reviews test "$reviews" -gt 20

# What the screen should say, from the databases.  Days turn at 04:00 (TZ=UTC).
today=$(($(date -ud 2026-11-29T04:00:00Z +%s) * 1000))
first=$((today - 29 * 86400000))
max_day=$(sql "SELECT max(n) FROM (SELECT count(*) AS n FROM review WHERE time_ms >= $first
	GROUP BY (time_ms - $first) / 86400000)")
retention=$(sql "SELECT CASE count(*) WHEN 0 THEN '' ELSE printf('%3.0f%%', 100.0 *
	sum(rating > 1) / count(*)) || '|' || sum(rating > 1) || ' of ' || count(*) END
	FROM review WHERE prev_state = 2 AND time_ms >= $first")
states=$(sql "SELECT (SELECT count(*) FROM card WHERE state = 0) || ' new · ' ||
	(SELECT count(*) FROM card WHERE state = 1) || ' learning · ' ||
	(SELECT count(*) FROM card WHERE state = 2) || ' in review'")
hardest=$(sql "SELECT c.item FROM review r JOIN card c ON c.id = r.card GROUP BY c.handbook, c.item
	HAVING sum(r.rating = 1) > 0 ORDER BY sum(r.rating = 1) DESC, c.handbook, c.item LIMIT 1")
hardest_text=$(csql "SELECT substr(coalesce((SELECT text FROM item_text t WHERE t.item = i.key
	AND t.position = 0), i.situation), 1, 5) FROM item i WHERE i.handbook = 'shop' AND i.id = '$hardest'")

# --- Progress at 80x24
tui_start 80 24 "$ENV"
tui_expect home 'Due now:'
tui_keys p
tui_expect progress-opens 'Answers a day, last 30 days'
tui_expect progress-forecast 'Reviews due a day, next 30 days'
tui_expect progress-desired-retention 'Desired retention   90%'
if [ -n "$retention" ]; then
	tui_expect progress-measured-retention "Measured retention ${retention%%|*}"
	tui_expect progress-measured-counts "${retention#*|} answers right, last 30 days"
else
	tui_expect progress-measured-none 'no review answers in the last 30 days'
fi
tui_expect progress-states "Cards: $states"
tui_expect progress-chart-scaled-to-tallest-day "$max_day│"
tui_expect progress-chart-dates "today"
tui_expect progress-hardest-title 'Hardest items (times answered Again)'
tui_expect progress-hardest-text "$hardest_text"
check progress-block-characters grep -q '█' "$TMP/screen"
# Both charts side by side: their titles on one line.
check progress-charts-side-by-side grep -q 'last 30 days.*next 30 days' "$TMP/screen"
tui_keys PageDown
tui_expect progress-scrolls-or-stays 'Hardest items'

# --- larger: the charts one above the other; smaller: still drawn, scrolled
tui_resize 120 40
screen_until progress-120x40-charts-stacked stacked
check progress-120x40-hardest grep -q "$hardest_text" "$TMP/screen"
tui_resize 40 12
screen_until progress-40x12-states-wrapped states_wrapped
tui_keys PageDown PageDown PageDown
tui_expect progress-40x12-scrolls-to-hardest 'Hardest items'
tui_resize 80 24
tui_keys q
tui_expect progress-back-home 'Due now:'

# --- Settings: each change is in the database at once
tui_keys o
tui_expect settings-opens 'Desired retention'
tui_expect settings-retention-value 'Desired retention  90%'
workload() { grep -Eq 'Desired retention  90%  (about [0-9]+ reviews? a day|less than one review a day|no cards in review yet)' "$TMP/screen"; }
screen_until settings-workload workload
tui_keys Right
db_expect settings-target-next-language 'SELECT target FROM learner' ja
tui_expect settings-target-shown 'Japanese (ja)'
tui_keys Left
db_expect settings-target-back 'SELECT target FROM learner' en
tui_keys Down Right Right
db_expect settings-retention-up 'SELECT retention FROM learner' 0.92
tui_expect settings-retention-shown '‹ 92% ›'
tui_keys PageDown
db_expect settings-retention-big-step 'SELECT retention FROM learner' 0.87
tui_keys Left Left Left Left Left Left Left Left Left Left Left Left Left Left Left Left Left Left Left
db_expect settings-retention-floor 'SELECT retention FROM learner' 0.7
tui_keys Down PageUp Right
db_expect settings-daily-new 'SELECT daily_new FROM learner' 26
tui_keys PageDown PageDown PageDown PageDown
db_expect settings-daily-new-floor 'SELECT daily_new FROM learner' 0
if [ "$(sql "SELECT count(*) FROM pragma_table_info('learner') WHERE name IN ('speech', 'voice')")" = 2 ]; then
	tui_keys Down Enter
	db_expect settings-speech-off 'SELECT speech FROM learner' 0
	tui_expect settings-speech-shown 'Speech             ‹ off ›'
	tui_keys Enter
	db_expect settings-speech-on 'SELECT speech FROM learner' 1
	tui_keys Down Right
	db_expect settings-voice 'SELECT voice FROM learner' en-gb
	tui_keys Left
	db_expect settings-voice-default "SELECT coalesce(voice, 'default') FROM learner" default
fi

# The lessons list: Space on the handbook drops all of its lessons, then takes them back.
lessons=$(sql 'SELECT count(*) FROM learner_lesson')
check settings-lessons-chosen test "$lessons" -gt 0
tui_keys Down
tui_expect settings-lessons-row "Lessons studied"
tui_keys Enter
tui_expect settings-lessons-list '[x] 商店服务用语'
tui_expect settings-lessons-lesson '[x] 欢迎与结账'
tui_keys Space
db_expect settings-lessons-dropped 'SELECT count(*) FROM learner_lesson' 0
tui_expect settings-lessons-unticked '[ ] 商店服务用语'
tui_keys Space
db_expect settings-lessons-chosen-again 'SELECT count(*) FROM learner_lesson' "$lessons"
tui_keys Down Space
db_expect settings-lesson-dropped-one 'SELECT count(*) FROM learner_lesson' $((lessons - 1))
tui_expect settings-lessons-partly '[-] 商店服务用语'
tui_keys q
tui_expect settings-lessons-back 'Fit the scheduler to my reviews'
tui_expect settings-lessons-count "$((lessons - 1)) chosen"

# The optimizer with fewer than 400 reviews says how many more it needs.
tui_keys Down Enter
tui_expect settings-optimize-too-few "$((400 - reviews)) more are needed to fit the scheduler"
check settings-optimize-kept-defaults test -z "$(sql 'SELECT params FROM learner')"

# With enough reviews it fits, keeps the better parameters and reports both losses:
# 80 cards of an older handbook reviewed at growing intervals, forgotten more often
# the longer the gap.
sql "WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < 79)
	INSERT INTO card (learner, handbook, item, skill, state, step, stability, difficulty,
	scheduled_days, due_ms, last_review_ms, reps, lapses, created_ms)
	SELECT 1, 'old', 'old-' || j, 'recognize', 2, 0, 10, 5, 10, 0, 0, 7, 0, 0 FROM k;
	WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 6)
	INSERT INTO review (learner, card, time_ms, skill, presentation, rating, duration_ms,
	prev_state, prev_step, prev_stability, prev_difficulty, prev_scheduled_days, prev_due_ms,
	prev_last_review_ms, prev_reps, prev_lapses)
	SELECT 1, c.id, $first - 25920000000 + ((1 << i) - 1) * (1 + c.id % 3) * 86400000,
	'recognize', 'flip', CASE WHEN i > 0 AND (c.id * 7 + i * 3) % 10 < i THEN 1 ELSE 3 END,
	1000, 2, 0, 1, 5, 1, 0, 0, i, 0 FROM card c, n WHERE c.handbook = 'old'"
total=$(sql 'SELECT count(*) FROM review')
tui_keys Enter
tui_expect settings-optimize-fitted 'Fitted: log loss'
check settings-optimize-losses grep -Eq \
	'Fitted: log loss [0-9]\.[0-9]{4} before, [0-9]\.[0-9]{4} after \([0-9.]+% better\)\.' "$TMP/screen"
db_expect settings-optimize-saved 'SELECT params_reviews FROM learner' "$total"
tui_expect settings-optimize-shown "fitted to $total reviews, log loss"

# Small terminal: the settings still drawn, nothing lost; then back home and out.
tui_resize 40 12
screen_until settings-40x12 no_hint
tui_resize 80 24
tui_keys q
tui_expect settings-back-home 'Due now:'
tui_keys q
tui_expect quits-cleanly 'EXIT=0'

# --- other screens read the changed learner: Home shows no new items (daily_new 0)
tui_stop
tui_start 80 24 "$ENV"
tui_expect home-reads-settings 'New items left today: 0'

# --- monochrome: ASCII bars
tui_keys q
tui_expect home-quits 'EXIT=0'
tui_stop
tui_start 80 24 "$ENV NO_COLOR=1"
tui_expect mono-home 'Due now:'
tui_keys p
tui_expect mono-progress 'Answers a day'
check mono-ascii-bars grep -q '|.*#' "$TMP/screen"
check mono-no-blocks bash -c "! grep -q '█' '$TMP/screen'"
tui_keys q q
tui_expect mono-quits 'EXIT=0'
check no-errors test ! -s "$TMP/tui.err"
