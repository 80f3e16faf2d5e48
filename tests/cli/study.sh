#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The study engine through the line mode, with a fixed clock and seed: learners,
# a golden session, undo, the daily limit of new items, assigned lessons first,
# resuming, reviews on later days, and optimize.
source "$(dirname "$0")/../lib.sh"
export TZ=UTC
D=$ROOT/tests/data/hb
G=$ROOT/tests/cli/golden
"$CORDIAL" handbook import "$D/shop.hb" >/dev/null
sql() { tdb "$@"; }
# N rounds of inputs among which every kind of prompt finds one it accepts: a letter,
# a rating, word orders of 3 to 6 words, Enter.
answers() { for _ in $(seq "$1"); do printf 'a\n3\n1 2 3\n1 2 3 4\n1 2 3 4 5\n1 2 3 4 5 6\n\n'; done; }

# --- learners
cordial learner add Li --native zh --target en --study shop/shop-01
expect_match learner-add 0 out '^Added learner Li, learning English from Chinese\.$'
cordial learner add Li
expect_match learner-duplicate 1 err "already a learner named 'Li'"
cordial learner add Wang --native zh --target fr
expect_match learner-target-not-offered 2 err "no handbook offers the language 'fr'; the handbooks offer en, ja, zh"
cordial learner add Wang --native zh --target ja
expect learner-add-second 0
cordial learner add Bad --native zh --target zh
expect_match learner-same-languages 2 err 'must differ'
cordial learner add Bad --role boss
expect_match learner-bad-role 2 err 'learner, trainer or editor'
cordial learner add Nobody --study nosuch
expect_match learner-unknown-handbook 1 err "no handbook 'nosuch'"
check learner-refused-not-added test "$(sql "SELECT count(*) FROM learner WHERE name IN ('Bad', 'Nobody')")" = 0
LANGUAGE=zh_CN.UTF-8 cordial learner add Zhao
check learner-native-from-locale test "$(sql "SELECT native || '>' || target FROM learner WHERE name = 'Zhao'")" = 'zh>en'
cordial learner list --format tsv
expect_match learner-list-tsv 0 out '^Li	zh	en	trainer,editor	0\.90	15	default$'
cordial study --plain
expect_match study-needs-learner 2 err 'several learners'
cordial learner study Nosuch shop
expect_match learner-study-unknown 1 err "no learner 'Nosuch'"

# --- a golden session: introduce, choices, a wrong answer, a changed rating, undo
cat >"$TMP/answers" <<'EOF'

a

a
3

b
u
c


EOF
cordial study --plain --learner Li --seed 7 --limit 4 <"$TMP/answers"
expect study-golden 0 "$G/study-session.out"
check study-log-has-answers test "$(sql 'SELECT count(*) FROM review')" = 3
check study-cards-created test "$(sql "SELECT count(*) FROM card WHERE learner = 1")" = 4
check study-changed-rating-logged test "$(sql 'SELECT rating FROM review ORDER BY id LIMIT 1 OFFSET 1')" = 3
check study-introduced-today test "$(sql "SELECT count(DISTINCT item) FROM card")" = 2

# Undo restores the card and the log exactly (no new items, so the first prompt is a card).
sql "UPDATE learner SET daily_new = 0 WHERE name = 'Li'"
before_card=$(sql "SELECT * FROM card ORDER BY id")
before_log=$(sql "SELECT * FROM review ORDER BY id")
printf 'a\n\nu\nq\n' | "$CORDIAL" study --plain --learner Li --seed 8 >"$TMP/out" 2>&1
check undo-says-so grep -q 'The last answer is undone' "$TMP/out"
check undo-card-restored test "$(sql "SELECT * FROM card ORDER BY id")" = "$before_card"
check undo-log-restored test "$(sql "SELECT * FROM review ORDER BY id")" = "$before_log"
printf 'u\nq\n' | "$CORDIAL" study --plain --learner Li --seed 8 >"$TMP/out" 2>&1
check undo-previous-session test "$(sql 'SELECT count(*) FROM review')" = 2

# --- end of input ends the session cleanly, with its summary
: | "$CORDIAL" study --plain --learner Li --seed 9 >"$TMP/out" 2>"$TMP/err"; status=$?
expect_match eof-summary 0 out '^Session over: 0 answers'

# --- the daily limit of new items, and resuming the next day
"$CORDIAL" learner add Chen --native zh --target en --study shop >/dev/null
sql "UPDATE learner SET daily_new = 2 WHERE name = 'Chen'"
answers 60 | "$CORDIAL" study --plain --learner Chen --seed 3 >"$TMP/out" 2>&1
chen="(SELECT id FROM learner WHERE name = 'Chen')"
check daily-limit-today test "$(sql "SELECT count(DISTINCT item) FROM card WHERE learner = $chen")" = 2
answers 60 | CORDIAL_NOW=2026-11-30T09:00:00Z "$CORDIAL" study --plain --learner Chen --seed 3 >"$TMP/out" 2>&1
check daily-limit-next-day test "$(sql "SELECT count(DISTINCT item) FROM card WHERE learner = $chen")" = 4
check resume-reviews-yesterdays grep -q 'Answer 1 saved' "$TMP/out"

# --- assigned lessons come before chosen ones
sql "INSERT INTO assignment (learner, handbook, lesson, due_day, created_ms) SELECT id, 'shop', 'shop-02', '2026-12-01', 0 FROM learner WHERE name = 'Wang'"
sql "UPDATE learner SET target = 'en' WHERE name = 'Wang'"
"$CORDIAL" learner study Wang shop/shop-01 >/dev/null
printf '\nq\n' | "$CORDIAL" study --plain --learner Wang --seed 1 >"$TMP/out" 2>&1
check assigned-first grep -q 'The restroom is over there' "$TMP/out"

# --- reviews on a later day: typed answers for produce, flip for recognize
sql "UPDATE learner SET daily_new = 0 WHERE name = 'Li'"
sql "UPDATE card SET state = 2, stability = 5, difficulty = 5, scheduled_days = 5, reps = 3,
     last_review_ms = 1764000000000, due_ms = 1764400000000 WHERE learner = 1"
answers 3 | CORDIAL_NOW=2026-12-02T09:00:00Z "$CORDIAL" study --plain --learner Li --seed 5 --limit 2 >"$TMP/out" 2>&1
check review-typed-or-flip grep -Eq 'Type the English for|What does this mean' "$TMP/out"
check review-saved grep -q 'Answer 2 saved' "$TMP/out"

# --- feedback that teaches: labelled lines, by words when letters are noise, in the
# learner's language with intervals that read right
"$CORDIAL" learner add Zhou --native zh --target en --study shop/shop-01 >/dev/null
zhou="(SELECT id FROM learner WHERE name = 'Zhou')"
sql "UPDATE learner SET daily_new = 0 WHERE name = 'Zhou'"
sql "INSERT INTO card (learner, handbook, item, skill, state, step, stability, difficulty,
     scheduled_days, due_ms, last_review_ms, reps, lapses, created_ms)
     SELECT id, 'shop', 'shop-01-003', 'produce', 2, 0, 5, 5, 5, 1, 1795900000000, 4, 0, 0
     FROM learner WHERE name = 'Zhou'"
printf 'Could I pay with cash?\n\nq\n' | "$CORDIAL" study --plain --learner Zhou --seed 2 >"$TMP/out" 2>&1
check feedback-your-answer grep -q '^  Your answer: \[Could\] I pay \[with\] \[cash?\]$' "$TMP/out"
check feedback-the-answer grep -q '^  The answer: \[Can\] I pay \[by\] \[card?\]$' "$TMP/out"
check feedback-legend grep -q 'marks what differs' "$TMP/out"
sql "DELETE FROM review WHERE learner = $zhou"
sql "UPDATE card SET state = 2, due_ms = 1, reps = 4, stability = 5, scheduled_days = 5,
     last_review_ms = 1795900000000 WHERE learner = $zhou"
printf 'Can I pay by crad?\n\nq\n' | LANGUAGE=zh_CN.UTF-8 "$CORDIAL" study --plain --learner Zhou --seed 2 >"$TMP/out" 2>&1
check feedback-letters-when-few grep -q '^  正确答案： Can I pay by ca\[r\]d?$' "$TMP/out"
check interval-chinese-units grep -q '分钟\|天\|个月\|年' "$TMP/out"
check interval-no-bare-units test "$(grep -c '[0-9]分[^钟]\|[0-9]时\|[0-9]月' "$TMP/out")" = 0

# --- speech: the learner's setting and voice rule the line mode too
sql "DELETE FROM review WHERE learner = $zhou"
sql "UPDATE card SET state = 2, due_ms = 1, reps = 4 WHERE learner = $zhou"
sql "UPDATE learner SET speech = 0 WHERE name = 'Zhou'"
: >"$TTS_LOG"
printf 's\nq\n' | "$CORDIAL" study --plain --learner Zhou --seed 2 >"$TMP/out" 2>&1
check speech-off-line-mode grep -q 'Speech is off in Settings' "$TMP/out"
check speech-off-line-mode-silent test ! -s "$TTS_LOG"
sql "UPDATE learner SET speech = 1, voice = 'en-gb' WHERE name = 'Zhou'"
{ printf 's\n'; sleep 0.5; printf 'q\n'; } | "$CORDIAL" study --plain --learner Zhou --seed 2 >"$TMP/out" 2>&1
check speech-voice-line-mode test "$(head -3 "$TTS_LOG" | tr '\n' ' ')" = 'en Can I pay by card? en-gb '

# over ssh with no sound forwarded, espeak-ng found: no sound, and the line says why
mkdir -p "$TMP/bin"
ln -sf "$CORDIAL_TTS" "$TMP/bin/espeak-ng"
: >"$TTS_LOG"
{ printf 's\n'; sleep 0.3; printf 'q\n'; } | CORDIAL_TTS= PATH="$TMP/bin:$PATH" \
	SSH_CONNECTION='192.0.2.1 5 192.0.2.2 22' "$CORDIAL" study --plain --learner Zhou --seed 2 >"$TMP/out" 2>&1
check speech-ssh-says-why grep -q 'no sound can be played here' "$TMP/out"
check speech-ssh-silent test ! -s "$TTS_LOG"

# --- CORDIAL_NOW with an offset from UTC is that moment; a value not understood is
# said once, and the clock is used
"$CORDIAL" learner add Tan --native zh --target en --study shop/shop-01 >/dev/null
answers 2 | CORDIAL_NOW=2026-12-02T17:00:00+08:00 "$CORDIAL" study --plain --learner Tan --seed 2 \
	--limit 1 >"$TMP/out" 2>&1
tan="(SELECT id FROM learner WHERE name = 'Tan')"
check now-offset test "$(sql "SELECT min(time_ms) FROM review WHERE learner = $tan")" = 1796202000000
CORDIAL_NOW=yesterday cordial learner list
expect_match now-not-understood 0 err "CORDIAL_NOW=yesterday is not a time cordial understands"

# --- optimize needs enough reviews
cordial optimize --learner Li
expect_match optimize-too-few 0 out 'more are needed'
