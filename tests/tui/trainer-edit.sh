#!/usr/bin/env bash
# The Trainer screen's everyday work in a real terminal (tmux): on-track, behind and
# late told apart; classes, members and assignments made, changed and removed with
# the commands' checks and messages; at 80x24 and 40x12.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"
export CORDIAL_DATADIR=$ROOT/$B/share/cordial
ENV="CORDIAL_CONTENT=$CORDIAL_CONTENT CORDIAL_DB=$CORDIAL_DB CORDIAL_DATADIR=$CORDIAL_DATADIR \
CORDIAL_NOW=$CORDIAL_NOW CORDIAL_SEED=1 CORDIAL_TTS=$CORDIAL_TTS TTS_LOG=$TTS_LOG TZ=UTC \
LANG=C.UTF-8 CORDIAL_LOCALEDIR=$CORDIAL_LOCALEDIR TERM=screen"
sql() { sqlite3 "$CORDIAL_DB" "$@"; }
DAY=86400000
# The screen with its colours (SGR sequences) as tmux holds it.
tui_screen_sgr() { tmux -S "$SOCK" capture-pane -p -e; }
# sgr_before WORD: the attributes a word is drawn with, as the SGR codes before it.
sgr_before() { tui_screen_sgr | grep -o $'\e\\[[0-9;]*m'"$1" | head -1 | tr -d '\033' | sed "s/$1\$//"; }

# Mei is the first learner, so the trainer; Ana learns in class Desk, which has
# three assignments: one past its due date (late), one given 5 days ago due in 3
# days with nothing begun (behind), and one given today with 10 days left.
"$CORDIAL" learner add Mei --native en --target zh >/dev/null
"$CORDIAL" learner add Ana --native zh --target en >/dev/null
"$CORDIAL" class add Desk >/dev/null
"$CORDIAL" class join Desk Ana >/dev/null
"$CORDIAL" assign everyday/everyday-01 --class Desk --due 2026-11-25 >/dev/null 2>&1
"$CORDIAL" assign everyday/everyday-02 --class Desk --due 2026-12-01 >/dev/null
sql "UPDATE assignment SET created_ms = created_ms - 5 * $DAY"
"$CORDIAL" assign courtesy --class Desk --due 2026-12-08 >/dev/null
check setup-three-assignments test "$(sql 'SELECT count(*) FROM assignment')" = 3

# --- the command line's report: a brand-new assignment is on track
cordial report --class Desk
check report-new-on-track sh -c "grep -qE '^ *3 +courtesy .* on track\$' '$TMP/out'"
check report-old-behind sh -c "grep -qE '^ *2 +everyday/everyday-02 .* behind\$' '$TMP/out'"

tui_start 80 24 $ENV
tui_expect pick-learner 'Who is studying?'
tui_keys Down Enter # Ana, Mei
tui_expect home 'Due now:'
tui_keys t Enter
tui_expect members 'Class Desk'
tui_expect members-late 'late'
tui_expect members-behind 'behind'
tui_expect members-on-track 'on track'
check new-assignment-on-track sh -c "grep -qE 'International courtesy .* on track *\$' '$TMP/screen'"
late=$(sgr_before late) behind=$(sgr_before behind)
check late-has-colour test -n "$late"
check behind-has-colour test -n "$behind"
check behind-not-late-colour test "$behind" != "$late"
tui_keys q q q
tui_expect quit-exit-0 'EXIT=0'
check no-errors-on-stderr test ! -s "$TMP/tui.err"
