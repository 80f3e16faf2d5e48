#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The lessons list in Settings, in a real terminal (tmux): lesson titles without
# their ids, each chosen lesson's place in the order of study, and + and - to
# change that order, which decides where new items come from first.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"
export CORDIAL_DATADIR=$ROOT/$B/share/cordial
shipped_content
ENV="CORDIAL_CONTENT=$CORDIAL_CONTENT CORDIAL_DB=$CORDIAL_DB CORDIAL_DATADIR=$CORDIAL_DATADIR \
CORDIAL_NOW=$CORDIAL_NOW CORDIAL_TTS=$CORDIAL_TTS TTS_LOG=$TTS_LOG TZ=UTC \
LANG=C.UTF-8 LANGUAGE=en CORDIAL_LOCALEDIR=$CORDIAL_LOCALEDIR TERM=screen"
order() { sqlite3 "$CORDIAL_DB" "SELECT group_concat(lesson, ' ') FROM (SELECT lesson FROM learner_lesson ORDER BY chosen_ms, handbook, lesson)"; }

"$CORDIAL" learner add Li --native zh --target en --study taxi/taxi-01 --study everyday/everyday-01 >/dev/null
check cli-order-as-given test "$(order)" = 'taxi-01 everyday-01'

tui_start 80 24 $ENV
tui_expect home 'Due now:'
tui_keys o
tui_expect settings 'Lessons studied'
tui_keys Down Down Down Down Down Enter
tui_expect lessons-titles '问候与称呼'
check lessons-no-ids bash -c "! grep -Eq 'courtesy-01|everyday-01|taxi-01' '$TMP/screen'"
tui_expect lessons-place-first '问候与礼貌用语 #2'
# Down to everyday-01: the courtesy handbook and its 12 lessons, then everyday.
for _ in $(seq 14); do tui_keys Down; done
tui_keys +
tui_expect lessons-moved-sooner '问候与礼貌用语 #1'
check lessons-order-saved test "$(order)" = 'everyday-01 taxi-01'
tui_keys -
tui_expect lessons-moved-later '问候与礼貌用语 #2'
check lessons-order-saved-back test "$(order)" = 'taxi-01 everyday-01'
tui_keys +
tui_expect lessons-moved-sooner-again '问候与礼貌用语 #1'
# Not chosen: it has no place to move.
tui_keys Down -
tui_expect lessons-unchosen-not-moved 'Choose the lesson first'
check lessons-order-unchanged test "$(order)" = 'everyday-01 taxi-01'
# New items now come from the everyday lesson first.
tui_keys q q
tui_expect back-home 'Due now:'
tui_keys s
tui_expect study-introduces 'New phrase'
tui_keys Enter
tui_expect study-question 'a)'
check study-everyday-first test "$(sqlite3 "$CORDIAL_DB" "SELECT DISTINCT handbook FROM card")" = everyday
