#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The phrasebook screen in a real terminal (tmux): handbooks → lessons → items → an
# item's page, speaking, adding a lesson, and search-as-you-type in Chinese and
# English narrowing the list with each key; then a small terminal.
source "$(dirname "$0")/../lib.sh"
if ! command -v tmux >/dev/null; then
	fail tmux "tmux is not installed"
	exit 0
fi
export CORDIAL_SEARCH_TIMES=$TMP/search-times
SOCK="cordial-book-$$"
T() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'T kill-server 2>/dev/null; rm -rf "$TMP"' EXIT

# A handbook of its own, so that the screens do not follow edits of the shipped ones.
cat >"$TMP/trip.hb" <<'HB'
%rec: Handbook

id: trip
title: 旅途用语
title_en: Travel phrases
source: zh
languages: en ja
version: 1

%rec: Lesson

id: trip-01
title: 付款
order: 1

id: trip-02
title: 问候
order: 2

%rec: Phrase

id: trip-01-001
lesson: trip-01
zh: 请给我发票。
zh_reading: qǐng gěi wǒ fāpiào.
en: Could I have a receipt, please?
ja: 領収書をください。
note: 出租车和餐馆都可以开发票。
tags: payment

id: trip-01-002
lesson: trip-01
zh: 您需要发票吗？
en: Would you like a receipt?
ja: 領収書はご入用ですか。

id: trip-01-003
lesson: trip-01
zh: 这是您的收据。
en: Here is your receipt.
ja: こちらがレシートです。

id: trip-01-004
lesson: trip-01
zh: 发动机有点问题。
en: There is a problem with the engine.
ja: エンジンの調子が悪いです。

id: trip-01-005
lesson: trip-01
zh: 可以刷卡吗？
en: Can I pay by card?
ja: カードで払えますか。

id: trip-02-001
lesson: trip-02
zh: 您好！
en: Hello!
ja: こんにちは。

%rec: Courtesy

id: trip-01-c01
lesson: trip-01
region: US
situation: 客人结账后把零钱推回给您，说 "Keep the change."。您怎么做？
option_a: 坚持把零钱塞回去。
option_b: 微笑道谢；店里不收小费就礼貌说明。
option_c: 假装没听见。
answer: b
explanation: 在美国给小费很常见，客人是在表达感谢。
reference: https://www.emilypost.com/advice/tipping-guide
tags: tipping
HB
"$CORDIAL" handbook import "$TMP/trip.hb" >"$TMP/out" 2>&1 || { fail import; cat "$TMP/out"; exit 0; }
"$CORDIAL" learner add Li --native zh --target en --study trip/trip-02 >/dev/null 2>&1

screen() { T capture-pane -p -t app 2>/dev/null; }
# wait_for TEXT: polls the screen until TEXT is on it (5 s at most).
wait_for() {
	local i
	for ((i = 0; i < 100; i++)); do
		screen | grep -qF -- "$1" && return 0
		sleep 0.05
	done
	return 1
}
# expect_screen NAME TEXT...: passes when every TEXT shows up on the screen.
expect_screen() {
	local name=$1 text
	shift
	for text in "$@"; do
		if ! wait_for "$text"; then
			fail "$name" "not on the screen: $text"
			screen | sed 's/^/  | /'
			return 0
		fi
	done
	pass "$name"
}
# absent NAME TEXT: passes when TEXT is not on the (settled) screen.
absent() {
	if screen | grep -qF -- "$2"; then
		fail "$1" "on the screen but should not be: $2"
		screen | sed 's/^/  | /'
	else
		pass "$1"
	fi
}
keys() { T send-keys -t app "$@"; }
# type_more TEXT: adds TEXT to the search field one character at a time, as a person
# (or an input method committing) would, each time waiting for the field to show it.
FIELD=
type_more() {
	local i
	for ((i = 0; i < ${#1}; i++)); do
		FIELD+=${1:i:1}
		keys -l -- "${1:i:1}"
		wait_for "Search: $FIELD" || true
	done
}

T new-session -d -s app -x 80 -y 24 \
	"env TERM=tmux-256color LANGUAGE=en $CORDIAL; echo EXIT=\$?; sleep 30"
if ! wait_for "Due now"; then
	fail start "the app did not start"
	screen | sed 's/^/  | /'
	exit 0
fi
pass start

# --- browsing: handbooks → lessons → items → page
keys b
expect_screen handbooks "Handbooks" "旅途用语" "2 lessons · 6 phrases · 1 situation"
keys Enter
expect_screen lessons "付款" "* 问候"
absent lesson-not-studied "* 付款"
keys Enter
expect_screen items "请给我发票。  Could I have a receipt, please?" "可以刷卡吗？" "1/6"
keys Enter
expect_screen page "Chinese" "qǐng gěi wǒ fāpiào." "English" "Could I have a receipt, please?" \
	"Note" "出租车和餐馆都可以开发票。" "Tags: payment" "Your cards" "Not studied yet." \
	"Press a to add this item's lesson to your study."

# s speaks the learner's target language.
keys s
for _ in $(seq 100); do [ -s "$TTS_LOG" ] && break; sleep 0.05; done
check speak test "$(head -2 "$TTS_LOG" 2>/dev/null | tr '\n' '|')" = "en|Could I have a receipt, please?|"

# a adds the item's lesson to the learner's study and says so.
keys a
expect_screen add-lesson "Added “付款” to your study." "This item's lesson is in your study."
check add-lesson-stored test "$(sqlite3 "$CORDIAL_DB" "SELECT lesson FROM learner_lesson ORDER BY lesson" | tr '\n' ' ')" = "trip-01 trip-02 "

# Back up to the items, down to the courtesy situation.
keys Escape
expect_screen back-to-items "1/6"
keys j j j j j
expect_screen move-down "6/6"
keys Enter
expect_screen courtesy-page "Situation" "Options" "b) 微笑道谢" "Right answer: b" "Explanation" \
	"Region: US" "References" "Tags: tipping"
keys BSpace
expect_screen backspace-up "6/6"
keys Left
expect_screen left-up "* 付款" "* 问候"
keys Escape
expect_screen esc-up "Handbooks"

# --- search as you type
keys /
expect_screen search-opens "Search:" "Type to search"
type_more 发
expect_screen search-zh-1 "3 matches" "发动机有点问题。"
type_more 票
expect_screen search-zh-2 "2 matches" "请给我发票。" "您需要发票吗？"
absent search-zh-narrowed "发动机"
keys Enter
expect_screen search-opens-hit "发票" "Your cards"
keys Escape
expect_screen search-back-to-hits "Search: 发票" "2 matches"
keys C-u
FIELD=
expect_screen search-cleared "Type to search"
type_more r
expect_screen search-en-1 "matches" "There is a problem"
type_more ecei
expect_screen search-en-5 "3 matches" "这是您的收据。" "Here is your receipt."
absent search-en-narrowed "There is a problem"
type_more qq
expect_screen search-nothing "Nothing matches"
keys BSpace BSpace
FIELD=recei
expect_screen search-backspace "Search: recei" "3 matches"

# Pinyin with tone marks: ā is U+0101, the same number as a curses key code.
keys C-u
FIELD=
type_more fāpiào
expect_screen search-pinyin "1 match" "请给我发票。"
keys C-u
FIELD=
type_more recei
expect_screen search-again "3 matches"

# --- a small terminal: nothing wider than it, the search still there
T resize-window -t app -x 40 -y 12
expect_screen small-terminal "Search: recei"
widest=$(screen | wc -L)
check small-terminal-clipped test "$widest" -le 40
keys Escape
expect_screen search-closes "Handbooks"
keys Escape
expect_screen leave "Due now"

# From Home, / searches at once and Esc goes back to Home.
keys /
expect_screen home-search "Search:"
FIELD=
type_more 您好
expect_screen home-search-hit "1 match" "Hello!"
keys Escape
expect_screen home-search-back "Due now"
keys q
expect_screen quit "EXIT=0"

# CORDIAL_SEARCH_TIMES: one number of microseconds per search.
lines=$(wc -l <"$CORDIAL_SEARCH_TIMES" 2>/dev/null || echo 0)
check search-times-written test "$lines" -ge 10
check search-times-numbers test -z "$(grep -v '^[0-9][0-9]*$' "$CORDIAL_SEARCH_TIMES" 2>/dev/null)"
