#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every study presentation at 40x12, the smallest size cordial(1) promises, with the
# Chinese interface and the English one: recognition, recall, listening, typing (and
# the feedback after a wrong typed answer), words to put in order from a sentence of
# twenty words, and a courtesy situation with four options.  Each rating screen
# shows all four ratings, every screen the way to the help, and what does not fit
# is reached by scrolling, never cut.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/tmux.bash"
export CORDIAL_DATADIR=$ROOT/$B/share/cordial
shipped_content
tui_env 3
"$CORDIAL" learner add Wang --native zh --target en >/dev/null
sql() { sqlite3 "$CORDIAL_DB" "$@"; }
# card HANDBOOK ITEM SKILL STATE REPS DUE_MS LAST_REVIEW_MS
card() {
	sql "INSERT INTO card (learner, handbook, item, skill, state, step, stability, difficulty,
	     scheduled_days, due_ms, last_review_ms, reps, lapses, created_ms)
	     SELECT id, '$1', '$2', '$3', $4, 0, 5, 5, CASE $4 WHEN 2 THEN 5 ELSE 0 END, $6,
	     $7, $5, 0, 0 FROM learner WHERE name = 'Wang'"
}
cards() {
	sql "DELETE FROM review; DELETE FROM card; UPDATE learner SET daily_new = 0"
	# being learnt: a recognition choice, a courtesy situation with four options,
	# twenty words to put in order
	card taxi taxi-01-003 recognize 1 0 1 1795900000000
	card courtesy courtesy-01-c01 judge 1 0 2 1795900000000
	card hotel hotel-08-010 produce 1 1 3 1795900000000
	# in review: typed, and recalled (read or heard)
	card taxi taxi-01-002 produce 2 3 3 1795000000000
	for i in 01 04 05 06 07 08; do
		card taxi taxi-01-0$i recognize 2 3 3 1795100000000
	done
}

# the strings of each interface
declare -A zh=([language]=zh_CN [ratings]='1 重来|2 困难|3 良好|4 简单' [help]='帮助' [over]='本次学习结束'
	[order]='请把英语词语' [type]='请输入这句话的英语说法' [listen]='请听：'
	[flip]='按 Enter 查看答案' [meaning]='这是什么意思' [wrong]='答错了'
	[verdict]='答[对错]了' [asked]='您记得怎么样')
declare -A en=([language]=en [ratings]='1 Again|2 Hard|3 Good|4 Easy' [help]='help' [over]='Session over'
	[order]='Put the English words' [type]='Type the English for' [listen]='Listen:'
	[flip]='Press Enter to see the answer' [meaning]='What does this mean' [wrong]='Wrong.'
	[verdict]='Right\.|Wrong\.|Almost' [asked]='How well did you know it')

# ratings_shown NAME: all four ratings, each whole, and the help in the footer
ratings_shown() {
	local r ok=1
	IFS='|' read -ra wanted <<<"${S[ratings]}"
	for r in "${wanted[@]}"; do grep -q "$r" "$TMP/screen" || ok=0; done
	if [ $ok = 1 ]; then pass "$1-ratings"; else
		fail "$1-ratings" "not every rating on screen"; sed 's/^/  | /' "$TMP/screen"
	fi
	help_shown "$1"
}
# help_shown NAME: the footer says how to reach the help
help_shown() {
	if tail -1 "$TMP/screen" | grep -Eq "(\?|F1) ${S[help]}"; then pass "$1-help"; else
		fail "$1-help" "footer without the help"; sed 's/^/  | /' "$TMP/screen"
	fi
}
# scroll_to NAME TEXT: PgDn until TEXT shows (a few pages at most)
scroll_to() {
	local i
	for i in 1 2 3 4 5; do
		tui_screen >"$TMP/screen"
		grep -qF -- "$2" "$TMP/screen" && break
		tui_keys NPage
		sleep 0.1
	done
	tui_expect "$1" "$2"
}

walk() { # walk LANGUAGE: one session of the learning cards, one of the reviews
	local lang=$1 seen="" step
	local -n S=$lang
	cards
	for session in learning reviews; do
		tui_start 40 12 $ENV LANGUAGE=${S[language]}
		tui_wait "${S[help]}" || true
		tui_keys s
		sleep 0.3
		for step in $(seq 12); do
			tui_wait "${S[help]}" || true
			sleep 0.1
			tui_screen >"$TMP/screen"
			grep -q "${S[over]}" "$TMP/screen" && break
			if grep -q "${S[order]}" "$TMP/screen"; then
				seen="$seen order"
				help_shown "$lang-order-asked"
				check "$lang-order-twenty-words" grep -q '^ *1[0-9] \|  1[0-9] ' "$TMP/screen"
				# every word in the order shown: wrong, as the words are shuffled
				tui_keys 1 Enter 2 Enter 3 4 5 6 7 8 9 1 0 1 1 1 2 1 3 1 4 1 5 1 6 1 7 1 8 1 9 2 0
				tui_wait "${S[wrong]}" || true
				tui_screen >"$TMP/screen"
				ratings_shown "$lang-order-feedback"
				scroll_to "$lang-order-answer-whole" 'little early.'
				tui_keys Enter
			elif grep -q "${S[type]}" "$TMP/screen"; then
				seen="$seen type"
				help_shown "$lang-type-asked"
				tui_keys -l 'Where you go'
				tui_keys Enter
				tui_wait "${S[wrong]}" || true
				tui_screen >"$TMP/screen"
				ratings_shown "$lang-type-feedback"
				scroll_to "$lang-type-diff-explained" '[ ]'
				tui_keys Enter
			elif grep -q "${S[listen]}\|${S[flip]}" "$TMP/screen"; then
				grep -q "${S[listen]}" "$TMP/screen" && seen="$seen listen" || seen="$seen recall"
				help_shown "$lang-recall-asked"
				tui_keys Enter
				tui_expect "$lang-recall-revealed" "${S[asked]}"
				ratings_shown "$lang-recall-revealed"
				tui_keys 3
			elif grep -q 'a) ' "$TMP/screen"; then
				local what=courtesy
				grep -q "${S[meaning]}" "$TMP/screen" && what=recognition
				seen="$seen $what"
				help_shown "$lang-$what-asked"
				scroll_to "$lang-$what-fourth-option" 'd) '
				tui_keys a
				tui_wait "${S[help]}" || true
				sleep 0.2
				tui_screen >"$TMP/screen"
				check "$lang-$what-verdict" grep -Eq "${S[verdict]}" "$TMP/screen"
				ratings_shown "$lang-$what-feedback"
				tui_keys Enter
			else
				fail "$lang-known-screen" "a screen the walk does not know"
				sed 's/^/  | /' "$TMP/screen"
				break
			fi
		done
		tui_keys q q
		tui_wait 'EXIT=0'
	done
	for p in recognition courtesy order type recall listen; do
		check "$lang-presented-$p" grep -qw "$p" <<<"$seen"
	done
}
walk zh
walk en
