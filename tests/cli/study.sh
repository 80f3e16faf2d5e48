#!/usr/bin/env bash
# The study engine through the line mode, with a fixed clock and seed: learners,
# a golden session, undo, the daily limit of new items, assigned lessons first,
# resuming, reviews on later days, and optimize.
source "$(dirname "$0")/../lib.sh"
export TZ=UTC
D=$ROOT/tests/data/hb
G=$ROOT/tests/cli/golden
"$CORDIAL" handbook import "$D/shop.hb" >/dev/null
sql() { sqlite3 "$CORDIAL_DB" "$@"; }
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

c

a
3

b
u
a


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
sql "INSERT INTO assignment (learner, handbook, lesson, due_day, created_ms) VALUES (2, 'shop', 'shop-02', '2026-12-01', 0)"
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

# --- optimize needs enough reviews
cordial optimize --learner Li
expect_match optimize-too-few 0 out 'more are needed'
