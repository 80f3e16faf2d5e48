#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The first-run form in a real terminal (tmux): language names, no handbook ticked
# before the learner ticks one, the ticked ones studied in the order ticked, F1 for
# the help from the name field, the footer keeping Enter and the help at 40×12, and
# the form and Settings opened again in the same run starting afresh.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"
export CORDIAL_DATADIR=$ROOT/$B/share/cordial
ENV="CORDIAL_CONTENT=$CORDIAL_CONTENT CORDIAL_DB=$CORDIAL_DB CORDIAL_DATADIR=$CORDIAL_DATADIR \
CORDIAL_NOW=$CORDIAL_NOW CORDIAL_TTS=$CORDIAL_TTS TTS_LOG=$TTS_LOG TZ=UTC \
LANG=C.UTF-8 CORDIAL_LOCALEDIR=$CORDIAL_LOCALEDIR TERM=screen"

tui_start 40 12 $ENV
tui_expect form 'Your name:'
tui_expect form-small-footer-enter 'Enter'
tui_expect form-small-footer-f1 'F1 help'
tui_keys F1
tui_expect form-f1-help 'Help  Learner'
tui_keys x
tui_expect form-back 'Your name:'
tui_keys -l '?'
tui_expect form-question-mark-typed 'Your name:      ?'

# --- languages by name
tui_expect form-native-by-name 'You speak:      < English >'
tui_expect form-target-by-name 'You learn:      < Chinese >'
tui_expect form-nothing-ticked '[ ] 国际礼仪'
check form-no-handbook-ticked bash -c "! grep -q '\[[x0-9]\]' '$TMP/screen'"
# Tick the taxi handbook first, then the everyday one: studied in that order.
tui_keys BSpace
tui_keys -l 'Wang'
tui_keys Down Down Down Down Down Down
tui_keys Space Up Up Space
tui_expect form-ticked-second '[2] 日常服务用语'
tui_expect form-scrolled-start-below '↓'
tui_keys Down Down Down
tui_expect form-ticked-first '[1] 出租车司机实用外语'
tui_expect form-start-scrolled-into-view '[ Start ]'
tui_keys Enter
tui_expect form-home 'New items left today: 15'
tui_expect form-first-is-trainer 'You are the trainer and editor (key t).'
check form-learner-languages test "$(sqlite3 "$CORDIAL_DB" "SELECT native || '>' || target FROM learner")" = 'en>zh'
check form-taxi-lessons-first test "$(sqlite3 "$CORDIAL_DB" "SELECT handbook FROM learner_lesson ORDER BY chosen_ms, handbook, lesson LIMIT 1")" = taxi
check form-everyday-after-taxi test "$(sqlite3 "$CORDIAL_DB" "SELECT handbook FROM learner_lesson ORDER BY chosen_ms DESC LIMIT 1")" = everyday
tui_keys s
tui_expect study-introduces 'New phrase'
tui_keys Enter
tui_expect study-first-question 'a)'
check study-taxi-phrase-first test "$(sqlite3 "$CORDIAL_DB" "SELECT DISTINCT handbook FROM card")" = taxi

# --- a server's locale (C.UTF-8, no LANGUAGE): the handbooks' own language is
# proposed, and the form speaks the language chosen as the learner's own
rm -f "$CORDIAL_DB"
tui_start 80 24 $ENV LANGUAGE=
tui_expect server-form-chinese '您的名字：'
tui_expect server-native-proposed '< 中文 >'
tui_expect server-target-proposed '< 英语 >'
tui_expect server-footer-f1 'F1 帮助'
tui_keys -l '王芳'
tui_keys Down Right
tui_expect server-form-follows-native 'You speak:      < English >'
tui_keys Left
tui_expect server-form-back-to-chinese '您的母语：      < 中文 >'
tui_keys Down Down Space Down Down Down Down
tui_expect server-start '[ 开始 ]'
tui_keys Enter
tui_expect server-home-chinese '今天还可学的新条目：15'
check server-learner-languages test "$(sqlite3 "$CORDIAL_DB" "SELECT native || '>' || target FROM learner")" = 'zh>en'
# The learner's own language on every start, whatever the locale.
tui_keys q
tui_expect server-quit 'EXIT=0'
tui_start 80 24 $ENV LANGUAGE= LANG=en_US.UTF-8
tui_expect server-restart-chinese '首页'
# Settings change the learner's own language, and the app follows at once.
tui_keys o
tui_expect settings-chinese '您的语言'
tui_keys Up Right
tui_expect settings-native-changed 'Your language      ‹ Japanese (ja) ›'
check settings-native-saved test "$(sqlite3 "$CORDIAL_DB" "SELECT native FROM learner")" = ja
tui_keys Left
tui_expect settings-native-back '您的语言'
check settings-native-saved-back test "$(sqlite3 "$CORDIAL_DB" "SELECT native FROM learner")" = zh

# --- several learners: the list names their languages
tui_keys q q
"$CORDIAL" learner add Emma --native en --target zh >/dev/null
tui_start 80 24 $ENV
tui_expect list-by-name 'Emma  (English > Chinese)'

# --- the form again in the same run, for another learner: it starts afresh (the
# handbook highlighted last time is not the one Space ticks now)
tui_keys n
tui_expect second-form 'Your name:'
tui_keys -l 'Li'
tui_keys Down Down Down Down Down Space Down Down
tui_expect second-form-start '[ Start ]'
tui_keys Enter
tui_expect second-form-home 'New items left today'
tui_keys l
tui_expect switch-list 'Li  (English > Chinese)'
tui_keys n
tui_expect third-form 'Your name:'
tui_keys -l 'Zoe'
tui_keys Down Down Down Space
tui_expect third-form-first-ticked '[1] 国际礼仪'
check third-form-only-first-ticked test "$(grep -c '\[[0-9]\]' "$TMP/screen")" = 1

# --- Settings opened again start afresh: the selection back on the language learnt
tui_keys Down Down Down Down Enter
tui_expect third-form-home 'New items left today'
tui_keys o
tui_expect settings-open 'Target language'
tui_keys Down Down Down
tui_expect settings-moved '›Speech'
tui_keys q o
tui_expect settings-again-fresh '›Target language'
