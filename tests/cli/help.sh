#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every command and subcommand, as listed by "cordial --help", answers -h and --help
# (first, or after other words) with its usage on stdout and exit status 0, and
# creates no database while doing so; a name that begins with '-' goes after "--".
source "$(dirname "$0")/../lib.sh"
export CORDIAL_DATADIR=$ROOT/$B/share/cordial
DATA=$TMP/data
export CORDIAL_CONTENT=$DATA/content.db CORDIAL_DB=$DATA/training.db XDG_DATA_HOME=$DATA/xdg
mkdir -p "$DATA"

# "  class add|join|leave|list ...   group learners": a command, and its
# subcommands when the second word lists them.
cordial --help
expect_match top-help 0 out '^Usage: cordial'
commands=$(sed -n 's/^  \([a-z][a-z]*\)\( [a-z|]*|[a-z|]*\)\{0,1\}\( .*\)\{0,1\}$/\1\2/p' "$TMP/out" |
	sed 's/ *$//' | sort -u)
check commands-found test "$(printf '%s\n' "$commands" | wc -l)" -ge 12
words=() groups=" "
while read -r cmd subs; do
	[ -n "$cmd" ] || continue
	words+=("$cmd")
	[ -n "$subs" ] && groups+="$cmd "
	for sub in ${subs//|/ }; do words+=("$cmd $sub"); done
done <<<"$commands"
check subcommands-found test "${#words[@]}" -ge 25

cordial -h
expect_match top-h 0 out '^Usage: cordial'
for w in "${words[@]}"; do
	name=${w// /-}
	for flag in --help -h; do
		# shellcheck disable=SC2086 # the command's words
		cordial $w $flag
		if [ "$status" -eq 0 ] && grep -q '^Usage: cordial' "$TMP/out" && [ ! -s "$TMP/err" ]; then
			pass "$name$flag"
		else
			fail "$name$flag" "expected its usage and status 0"; show
		fi
	done
	# after other words too: never taken as a name, a file or a query (a group's
	# next word is a subcommand)
	case $groups in *" $w "*) continue ;; esac
	# shellcheck disable=SC2086
	cordial $w NAME --help
	expect_match "$name-later-help" 0 out '^Usage: cordial'
done
"$CORDIAL" learner add Mei --native en --target zh >/dev/null 2>&1 # the database
cordial class add -- --help
expect_match help-after-dashdash-is-a-name 0 out '^Added class --help\.$'
rm -rf "$DATA"/* && mkdir -p "$DATA"
cordial keys --help
check keys-help-not-keys sh -c "! grep -q 'study' '$TMP/out'"

# none of that created or changed a file
for w in "${words[@]}"; do
	# shellcheck disable=SC2086
	"$CORDIAL" $w --help >/dev/null 2>&1
	"$CORDIAL" $w -h >/dev/null 2>&1
done
check help-creates-no-database test -z "$(find "$DATA" -mindepth 1 -print -quit)"

# names that begin with '-'
"$CORDIAL" learner add Mei --native en --target zh >/dev/null 2>&1 # the database
cordial class add -x
expect_match dash-name-refused 2 err "unknown option '-x' for 'class add'.*after '--'"
cordial class add -- -x
expect_match dash-name-after-dashdash 0 out '^Added class -x\.$'
cordial learner add --native zh --target en -- -Li
expect_match dash-learner-after-dashdash 0 out '^Added learner -Li'
cordial class join -x Mei
expect_match dash-class-join-refused 2 err "unknown option '-x'"
cordial class join -- -x -Li
expect_match dash-class-join 0 out 'joined class -x'
cordial class list --format tsv -- -x
expect_match dash-class-list 0 out '^-Li'

# A build that is not installed: what is missing and the ways out, for every front
# end that needs the handbooks (the databases at their default place, as after a
# plain 'make').
rm -rf "$DATA"/* && mkdir -p "$DATA"
for w in "search 你好" "handbook list" "handbook export everyday" "learner add Mei --study everyday"; do
	# shellcheck disable=SC2086
	CORDIAL_DATADIR=$TMP/not-installed XDG_DATA_HOME=$TMP/fresh-xdg \
		run env -u CORDIAL_CONTENT -u CORDIAL_DB "$CORDIAL" $w </dev/null
	expect_match "not-installed-${w%% *}" 1 err \
		"shipped handbooks are not in $TMP/not-installed.*make install.*make run RUN_ARGS=.*CORDIAL_DATADIR"
done
