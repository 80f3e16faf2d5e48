#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The lessons list in Settings, in a real terminal (tmux): lesson titles without
# their ids, each chosen lesson's place in the order of study, and + and - to
# change that order, which decides where new items come from first; and the list's
# keys named whole on the status line, at 40x12 too.
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
tui_expect lessons-keys-long-form 'Space chooses or drops a lesson, + and - change the order; q goes back.'
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

# At 40x12, the smallest size cordial(1) promises, the keys of the lessons list are
# named whole on the status line, in both interfaces: a shorter form where the long
# one would be cut, never one that loses its end.
for lang in zh_CN en; do
	tui_start 40 12 ${ENV/LANGUAGE=en/LANGUAGE=$lang}
	tui_wait 'q ' || true
	tui_keys o
	sleep 0.3
	tui_keys Down Down Down Down Down Enter
	if [ $lang = en ]; then want='q: back'; else want='q：返回'; fi
	tui_expect small-$lang-lessons-keys "$want"
	status_line=$(sed -n 11p "$TMP/screen")
	check small-$lang-space-named grep -q 'Space\|空格' <<<"$status_line"
	check small-$lang-order-named grep -q '+' <<<"$status_line"
	# the next key clears it, as any message
	tui_keys Down
	sleep 0.3
	tui_screen >"$TMP/screen"
	check small-$lang-cleared-after-key bash -c "! grep -qF '$want' '$TMP/screen'"
	tui_keys q q q
	tui_wait 'EXIT=0'
done
