#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Drawing in a real terminal (tmux): a handbook value's single line breaks are soft,
# so a note is wrapped as one paragraph (no ragged lines, no orphans such as 居高临 /
# 下，) and a blank continuation line starts a new paragraph; the help shows key
# names whole; the footer always says how to reach the help.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"
ENV="CORDIAL_CONTENT=$CORDIAL_CONTENT CORDIAL_DB=$CORDIAL_DB CORDIAL_DATADIR=$CORDIAL_DATADIR \
CORDIAL_NOW=$CORDIAL_NOW CORDIAL_TTS=$CORDIAL_TTS TTS_LOG=$TTS_LOG TZ=UTC \
LANG=C.UTF-8 LANGUAGE=en CORDIAL_LOCALEDIR=$CORDIAL_LOCALEDIR TERM=screen"

cat >"$TMP/soft.hb" <<'HB'
%rec: Handbook

id: soft
title: 换行
source: zh
languages: en
version: 1

%rec: Lesson

id: soft-01
title: 一课
order: 1

%rec: Phrase

id: soft-01-001
lesson: soft-01
zh: 不客气。
en: My pleasure.
note: 服务场合说 "My pleasure." 更显得乐意帮忙。日语「どういたしまして」在服务场合显得有点居高临
+ 下，店员多说「とんでもございません」。
+
+ Say it with
+ a smile.
HB
"$CORDIAL" handbook import "$TMP/soft.hb" >/dev/null
"$CORDIAL" learner add Li --native zh --target en --study soft >/dev/null

# --- a note over several lines, on the phrase's page in the phrasebook
tui_start 60 20 $ENV
tui_expect home 'Due now:'
tui_keys b
tui_expect book '换行'
tui_keys Enter Enter Enter
tui_expect page-note 'Note'
check note-no-orphan grep -q '居高临下' "$TMP/screen"
check note-soft-break-is-space grep -q 'Say it with a smile\.' "$TMP/screen"
# The first paragraph fills its lines: only its last line may be short.
awk '/^ Note/ { on = 1; next } /Say it/ { print; exit } on { print }' "$TMP/screen" >"$TMP/note"
check note-paragraph-lines test "$(wc -l <"$TMP/note")" -eq 4
check note-second-paragraph-own-line bash -c "tail -1 '$TMP/note' | grep -qx '   Say it with a smile\.'"

# --- the same note when the phrase is introduced in Study
tui_keys q q q q
tui_expect back-home 'Due now:'
tui_keys s
tui_expect study-introduces 'My pleasure.'
check study-note-no-orphan grep -q '居高临下' "$TMP/screen"
check study-note-soft-break-is-space grep -q 'Say it with a smile\.' "$TMP/screen"

# --- the help shows key names whole, and the footer always shows the way to it
tui_keys q
tui_expect home-again 'Due now:'
tui_keys b
tui_expect book-again '换行'
tui_keys '?'
tui_expect help-open 'Help  Phrasebook'
check help-backspace-whole grep -q 'Backspace  *go up a level' "$TMP/screen"
tui_keys x
tui_expect help-closed '换行'
tui_resize 40 12
tui_expect footer-small-shows-help '? help'
tui_keys q
tui_resize 40 12
tui_expect footer-home-small-shows-help '? help'

# --- a help longer than the terminal scrolls, down to the keys of every screen
tui_keys '?'
tui_expect help-small-scrollable '↑↓ scroll, other keys close.'
tui_keys NPage NPage
tui_expect help-small-reaches-f1 'F1'
check help-small-reaches-quit grep -q 'go back; quit from' "$TMP/screen"
tui_keys x
tui_expect help-small-closes 'Due now:'
