#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Showing a phrase to a guest in a real terminal (tmux): from a phrase's page one key
# shows the phrase in the guest's language centred and emphasised, with its reading
# and the Chinese below; another language, speaking it, Esc back; at 80x24 and
# 40x12, where a long phrase wraps and still shows whole.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"
export CORDIAL_DATADIR=$ROOT/$B/share/cordial
shipped_content
tui_env 1
"$CORDIAL" learner add Mei --native zh --target en >/dev/null

# row_of TEXT: the screen row (1-based) that shows TEXT, or 0.
row_of() { grep -nF -- "$1" "$TMP/screen" | head -1 | cut -d: -f1 | grep . || echo 0; }
# centred NAME TEXT COLS: passes when TEXT stands in the middle of its row (the
# columns left of it and right of it differ by at most 1; the text is ASCII).
centred() {
	local line left right
	line=$(grep -F -- "$2" "$TMP/screen" | head -1)
	left=${line%%"$2"*}
	left=${#left}
	right=$(($3 - left - ${#2}))
	if [ -n "$line" ] && [ $((left - right)) -le 1 ] && [ $((right - left)) -le 1 ]; then
		pass "$1"
	else
		fail "$1" "'$2' at column $left of $3, $right columns to its right"
		sed 's/^/  | /' "$TMP/screen"
	fi
}

# --- 80x24: 您好！ in the everyday handbook's first lesson
tui_start 80 24 $ENV
tui_expect home 'Due now:'
tui_keys b
tui_expect books 'Handbooks'
tui_keys Down Enter Enter Enter # 日常服务用语, its first lesson, its first phrase
tui_expect page 'Register: polite'
tui_keys g
tui_expect guest-english 'Hello!'
tui_expect guest-chinese '您好！'
check guest-hides-the-page sh -c "! grep -q 'Register: polite' '$TMP/screen'"
check guest-hint grep -q 'Esc back · ↑↓ another language *$' "$TMP/screen"
check guest-chinese-below test "$(row_of '您好！')" -gt "$(row_of 'Hello!')"
centred guest-centred 'Hello!' 80
tmux -S "$SOCK" capture-pane -p -e >"$TMP/sgr"
check guest-emphasised grep -Eq $'\e''\[(1;7|7;1)m *Hello!' "$TMP/sgr"
top=$(row_of 'Hello!') bottom=$(row_of '您好！')
check guest-vertically-centred test $((top - 2 + bottom)) -ge 18 -a $((top + bottom)) -le 28

# another language: Japanese with its reading between it and the Chinese
tui_keys Down
tui_expect guest-japanese 'こんにちは。'
tui_expect guest-reading 'konnichiwa.'
check guest-reading-below test "$(row_of 'konnichiwa.')" -gt "$(row_of 'こんにちは。')"
check guest-chinese-last test "$(row_of '您好！')" -gt "$(row_of 'konnichiwa.')"
check guest-language-named grep -q 'Japanese' "$TMP/screen"
: >"$TTS_LOG"
tui_keys s
for _ in $(seq 50); do [ -s "$TTS_LOG" ] && break; sleep 0.05; done
check guest-speaks-shown-language grep -q 'こんにちは' "$TTS_LOG"
tui_keys Escape
tui_expect guest-esc-back-to-page 'Register: polite'
check guest-page-scroll-kept grep -q '日常服务用语 › ' "$TMP/screen"

# a courtesy situation has no phrase: said, and the list stays
tui_keys q End
tui_keys Up
for _ in $(seq 40); do tui_keys Down; done
tui_expect list-last-courtesy '您是男员工'
tui_keys g
tui_expect courtesy-refused 'A courtesy situation has no phrase to show.'
tui_keys '?'
tui_expect help-lists-g 'show the phrase large, for a guest'
tui_keys x q q q q
tui_expect quit 'EXIT=0'
check no-errors test ! -s "$TMP/tui.err"

# --- 40x12: a phrase longer than a line wraps, every word shows, centred
tui_start 40 12 $ENV
tui_expect small-home 'Due now:'
tui_keys b Down Enter Enter
tui_expect small-items '您好！'
for _ in $(seq 17); do tui_keys Down; done # 我很好，谢谢。您呢？
tui_keys Enter
tui_expect small-page "I'm very well"
tui_keys g
# two even lines rather than a full one and "you?"
tui_expect small-guest-first "I'm very well,"
tui_expect small-guest-second 'thank you. And you?'
tui_expect small-guest-chinese '我很好，谢谢。您呢？'
check small-guest-wrapped test "$(row_of 'thank you. And you?')" -gt "$(row_of "I'm very well,")"
check small-chinese-below test "$(row_of '我很好')" -gt "$(row_of 'thank you. And you?')"
centred small-centred-first "I'm very well," 40
centred small-centred-second 'thank you. And you?' 40
check small-page-hidden sh -c "! grep -q 'Register' '$TMP/screen'"
check small-hint grep -q 'Esc back *$' "$TMP/screen"
tui_keys Escape
tui_expect small-back "I'm very well"
tui_keys q q q q q
tui_expect small-quit 'EXIT=0'
check small-no-errors test ! -s "$TMP/tui.err"

# --- speaking from the phrasebook as the study engine does: Japanese from its kana
# reading (never the kanji), and nothing when the learner turned speech off
"$CORDIAL" learner add Ken --native zh --target ja >/dev/null 2>&1
tui_start 80 24 $ENV
tui_expect speak-pick 'Who is studying?'
tui_keys Enter # Ken
tui_expect speak-home 'Due now:'
tui_keys b
tui_expect speak-books 'Handbooks'
tui_keys Down Enter Enter Down Down Down Down Down Down Enter # everyday-01-007
tui_expect speak-page 'どうぞお入りください。'
: >"$TTS_LOG"
tui_keys s
for _ in $(seq 50); do [ -s "$TTS_LOG" ] && break; sleep 0.05; done
check speak-japanese-in-kana grep -qx 'どうぞ おはいり ください。' "$TTS_LOG"
check speak-no-kanji sh -c "! grep -q '入' '$TTS_LOG'"
tui_keys q q q q q
tui_expect speak-quit 'EXIT=0'
sqlite3 "$CORDIAL_DB" "UPDATE learner SET speech = 0 WHERE name = 'Ken'"
tui_start 80 24 $ENV
tui_expect speech-off-pick 'Who is studying?'
tui_keys Enter
tui_expect speech-off-home 'Due now:'
tui_keys b
tui_expect speech-off-books 'Handbooks'
tui_keys Down Enter Enter Down Down Down Down Down Down Enter
tui_expect speech-off-page 'どうぞお入りください。'
: >"$TTS_LOG"
tui_keys s
tui_expect speech-off-said 'Speech is off in Settings.'
check speech-off-silent test ! -s "$TTS_LOG"
