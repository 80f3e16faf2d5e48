#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Study in the full-screen app as learners meet it: a sentence of many words put in
# order, a choice that Enter alone does not answer, the speech settings (speech off,
# the chosen voice, the target language spoken, no sound over ssh), the keys the
# footer lists, a steady progress counter, and the smallest terminal.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"
export CORDIAL_DATADIR=$TMP/no-shipped-content
ENV="CORDIAL_CONTENT=$CORDIAL_CONTENT CORDIAL_DB=$CORDIAL_DB CORDIAL_DATADIR=$CORDIAL_DATADIR \
CORDIAL_NOW=$CORDIAL_NOW CORDIAL_SEED=3 TTS_LOG=$TTS_LOG TZ=UTC \
LANG=C.UTF-8 CORDIAL_LOCALEDIR=$CORDIAL_LOCALEDIR TERM=screen"
TTS="CORDIAL_TTS=$CORDIAL_TTS"
cat >"$TMP/long.hb" <<'HB'
%rec: Handbook

id: long
title: 长句
source: zh
languages: en ja

%rec: Lesson

id: long-01
title: 长句

%rec: Phrase

id: long-01-001
zh: 如果您需要帮助，请随时告诉我们的前台工作人员。
en: If you need any help at all please tell the front desk staff at any time
ja: お手伝いが必要なときは、いつでもフロントにお申し付けください。
ja_kana: おてつだい が ひつよう な とき は、 いつでも フロント に おもうしつけ ください。

id: long-01-002
zh: 欢迎光临！
en: Welcome!
ja: いらっしゃいませ。

id: long-01-003
zh: 谢谢。
en: Thank you.
ja: ありがとうございます。

id: long-01-004
zh: 再见。
en: Goodbye.
ja: さようなら。

%rec: Courtesy

id: long-01-c01
situation: 一位美国客人结账后把零钱推回给您，说 "Keep the change."。您应该怎么做？
option_a: 假装没听见。
option_b: 坚持把零钱塞回去。
option_c: 微笑道谢；如果店里规定不收小费，就礼貌说明。
answer: c
explanation: 在美国给小费很常见，客人是在表达感谢。
HB
"$CORDIAL" handbook import "$TMP/long.hb" >/dev/null
"$CORDIAL" learner add Li --native zh --target en --study long/long-01 >/dev/null
sql() { sqlite3 "$CORDIAL_DB" "$@"; }
# card LEARNER ITEM SKILL STATE REPS
card() {
	sql "INSERT INTO card (learner, handbook, item, skill, state, step, stability, difficulty,
	     scheduled_days, due_ms, last_review_ms, reps, lapses, created_ms)
	     SELECT id, 'long', '$2', '$3', $4, 0, 5, 5, 0, 1, 1795900000000, $5, 0, 0
	     FROM learner WHERE name = '$1'"
}
sql "UPDATE learner SET daily_new = 0"
# a learning produce card with an odd number of answers: words to put in order
card Li long-01-001 produce 1 1

tui_start 100 30 $ENV $TTS
tui_expect home 'Due now: 1'
tui_keys s
tui_expect order-prompt 'Put the English words in order'
check order-sixteen-words test "$(tui_screen | grep -o '\b1[0-6] [A-Za-z]*' | wc -l)" -ge 7
# the number of each word of the sentence, in order (a word that comes twice takes
# the first number not yet used)
used=" "
numbers=()
for word in If you need any help at all please tell the front desk staff at any time; do
	for n in $(tui_screen | grep -o "\b[0-9]\{1,2\} $word\b" | cut -d' ' -f1); do
		case "$used" in *" $n "*) continue ;; esac
		used="$used$n "
		numbers+=("$n")
		break
	done
done
check order-every-word-numbered test "${#numbers[@]}" = 16
# a wrong word first, taken back with Backspace
first=${numbers[0]}
wrong=${numbers[1]}
for ((i = 0; i < ${#wrong}; i++)); do tui_keys "${wrong:i:1}"; done
[ "$wrong" = 1 ] && tui_keys Enter
tui_keys BSpace
# the first word with the arrows and Enter: Backspace left the highlight on the word
# taken back, and every word is free, so each arrow moves by one number
for ((d = wrong; d < first; d++)); do tui_keys Down; done
for ((d = wrong; d > first; d--)); do tui_keys Up; done
tui_keys Enter
for n in "${numbers[@]:1}"; do
	for ((i = 0; i < ${#n}; i++)); do tui_keys "${n:i:1}"; done
	# "1" could begin 10 to 16: Enter takes it as it is
	[ "$n" = 1 ] && tui_keys Enter
done
tui_expect order-long-right 'Right.'
check order-long-logged test "$(sql "SELECT correct || presentation FROM review")" = 1order
tui_keys q q
tui_wait 'EXIT=0'

# --- a choice: Enter alone does not answer
sql "DELETE FROM review; DELETE FROM card"
card Li long-01-002 recognize 1 0
tui_start 100 30 $ENV $TTS
tui_keys s
tui_expect choice-prompt 'What does this mean?'
tui_keys Enter
tui_expect choice-enter-asks-for-a-letter 'Press a letter, or choose with'
check choice-enter-did-not-answer test "$(sql 'SELECT count(*) FROM review')" = 0
check choice-footer-no-rating test "$(grep -c 'Again' "$TMP/screen")" = 0
tui_keys Down Enter
tui_expect choice-answered-by-arrow '1 Again'
check choice-logged test "$(sql 'SELECT count(*) FROM review')" = 1
tui_keys q q
tui_wait 'EXIT=0'

# --- a new phrase: s speaks the target language, the footer lists no rating keys
sql "DELETE FROM review; DELETE FROM card; UPDATE learner SET daily_new = 5"
"$CORDIAL" learner add Sato --native zh --target ja --study long/long-01 >/dev/null
sql "UPDATE learner SET voice = 'ja' WHERE name = 'Sato'"
: >"$TTS_LOG"
tui_start 100 30 $ENV $TTS
tui_expect pick-learner 'Who is studying?'
tui_keys Down Enter
tui_wait 'Due now' || true
tui_keys s
tui_expect intro-new-phrase 'New phrase'
check intro-footer-no-rating test "$(grep -c 'Again' "$TMP/screen")" = 0
tui_keys s
sleep 0.3
check intro-speaks-target-language test "$(head -1 "$TTS_LOG")" = ja
# Japanese is spoken from its kana reading, which the speech program reads right
check intro-speaks-target-text grep -qx 'おてつだい が ひつよう な とき は、 いつでも フロント に おもうしつけ ください。' "$TTS_LOG"
check intro-speaks-chosen-voice test "$(sed -n 3p "$TTS_LOG")" = ja
tui_keys q q
tui_wait 'EXIT=0'

# --- speech off: nothing spoken
sql "UPDATE learner SET speech = 0 WHERE name = 'Sato'"
: >"$TTS_LOG"
tui_start 100 30 $ENV $TTS
tui_wait 'Who is studying?'
tui_keys Down Enter
tui_wait 'Due now' || true
tui_keys s
tui_expect off-intro 'New phrase'
tui_keys s
tui_expect speech-off-says-so 'Speech is off in Settings.'
check speech-off-silent test ! -s "$TTS_LOG"
tui_keys q q
tui_wait 'EXIT=0'

# --- over ssh, with espeak-ng but no sound: Settings says why
mkdir -p "$TMP/bin"
ln -sf "$CORDIAL_TTS" "$TMP/bin/espeak-ng"
sql "UPDATE learner SET speech = 1"
tui_start 100 30 $ENV CORDIAL_TTS= "PATH=$TMP/bin:$PATH" "SSH_CONNECTION='192.0.2.1 5 192.0.2.2 22'"
tui_keys Enter
tui_wait 'Due now' || true
tui_keys o
tui_expect ssh-settings-says-why 'connected over ssh'
check ssh-speech-row-note grep -q 'Speech  *on  no sound here' "$TMP/screen"
tui_keys Down Down Down Enter
tui_expect ssh-speech-used-anyway 'used although no sound was found'
tui_keys q
tui_wait 'Due now' || true
tui_keys s
tui_expect ssh-study-speaks-anyway 'New phrase'
: >"$TTS_LOG"
tui_keys s
sleep 0.3
check ssh-forced-speaks grep -qx 'en-us' "$TTS_LOG"
tui_keys q q
tui_wait 'EXIT=0'

# --- 40x12, the smallest size: options, verdict and rating never overlap
sql "DELETE FROM review; DELETE FROM card; UPDATE learner SET daily_new = 0"
card Li long-01-002 recognize 1 0
card Li long-01-003 recognize 1 0
tui_start 40 12 $ENV $TTS
tui_wait 'Who is studying?'
tui_keys Enter
tui_wait 'Due now' || true
tui_keys s
tui_expect small-choice 'What does this mean?'
check small-options-shown grep -q 'c) ' "$TMP/screen"
total=$(grep -o '[0-9]*/[0-9]*' "$TMP/screen" | head -1 | cut -d/ -f2)
check small-progress-total test "$total" -ge 2
tui_keys a
tui_expect small-rating '1 Again'
tui_screen >"$TMP/screen"
check small-verdict-shown grep -Eq 'Right\.|Wrong\.' "$TMP/screen"
# all four ratings, each whole and named, on the two rows above the status line
# (the hint's row goes to the ratings: the footer still names Enter and the help)
sed -n 9,10p "$TMP/screen" >"$TMP/ratings"
for r in '1 Again' '2 Hard' '3 Good' '4 Easy'; do
	check "small-rating-${r% *}-shown" grep -q "^  .*$r" "$TMP/ratings"
done
check small-footer-help sh -c "tail -1 '$TMP/screen' | grep -q '? help'"
tui_keys Enter
tui_expect small-second-card 'What does this mean?'
check small-progress-total-steady test "$(tui_screen | grep -o '[0-9]*/[0-9]*' | head -1 | cut -d/ -f2)" -ge "$total"
tui_keys q q
tui_wait 'EXIT=0'

# --- 40x12: a courtesy situation is read whole, with every option
sql "DELETE FROM review; DELETE FROM card"
card Li long-01-c01 judge 1 0
tui_start 40 12 $ENV $TTS
tui_wait 'Who is studying?'
tui_keys Enter
tui_wait 'Due now' || true
tui_keys s
tui_expect small-judge-situation-whole '您应该怎么'
check small-judge-situation-end grep -q '做？' "$TMP/screen"
check small-judge-all-options sh -c "grep -q 'a) ' '$TMP/screen' && grep -q 'b) ' '$TMP/screen' && grep -q 'c) ' '$TMP/screen'"
tui_keys q q
tui_wait 'EXIT=0'
