#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Who may do what on the command line and in the line mode, with the login running
# the tests tied to a learner: the same rules as the app (tests/tui/policy.sh), each
# refusal naming whom to ask, exit status 1 and nothing changed.
source "$(dirname "$0")/../lib.sh"
export CORDIAL_DATADIR=$ROOT/$B/share/cordial
shipped_content
sql() { sqlite3 "$CORDIAL_DB" "$@"; }
ME=$(id -un)

"$CORDIAL" learner add Mei --native en --target zh >/dev/null
"$CORDIAL" learner add Ana --native zh --target en --study everyday >/dev/null
"$CORDIAL" learner add Tom --native zh --target en --study everyday >/dev/null
sql "UPDATE learner SET login = '$ME' WHERE name = 'Ana'"
before=$(sql .dump)

# tied to Ana: the line mode studies as Ana only
: | "$CORDIAL" study --plain --learner Tom >"$TMP/out" 2>"$TMP/err"; status=$?
expect_match line-mode-not-as-other 1 err \
	"you are learner 'Ana' on this machine \\(user $ME\\), and cordial does not act as another learner; if that is not you, ask Mei$"
cordial optimize --learner Tom
expect_match optimize-not-as-other 1 err 'does not act as another learner; if that is not you, ask Mei$'
cordial learner add Sun
expect_match cli-add-refused 1 err 'only a trainer can add learners; ask Mei$'
cordial learner study Tom everyday
expect_match cli-lessons-of-other-refused 1 err 'only a trainer can choose lessons for another learner; ask Mei$'
cordial learner study Nobody everyday
expect_match cli-lessons-of-unknown-refused 1 err 'only a trainer can choose lessons for another learner; ask Mei$'
cordial class add Night
expect_match cli-class-refused 1 err 'only a trainer can add classes; ask Mei$'
cordial report --learner Tom
expect_match cli-report-other-refused 1 err "only a trainer can see another learner's report; ask Mei$"
cordial assignments --class Night
expect_match cli-assignments-class-refused 1 err "only a trainer can see other learners' assignments; ask Mei$"
check refusals-change-nothing test "$(sql .dump)" = "$before"
cordial learner list --format tsv
check list-own-row test "$(cut -f1 "$TMP/out")" = Ana
printf 'a\n\n' | "$CORDIAL" study --plain --limit 1 >"$TMP/out" 2>&1; status=$?
expect_match line-mode-as-self 0 out '^Studying as Ana:'

# no trainer at all (the trainer's row gone): whom to ask is still said
sql "UPDATE learner SET role = 'learner', editor = 0 WHERE name = 'Mei'"
cordial learner add Sun
expect_match nobody-to-ask 1 err 'only a trainer can add learners; ask whoever looks after this machine$'

# tied to a trainer: manages others, studies only as themselves
sql "UPDATE learner SET role = 'trainer' WHERE name = 'Mei';
	UPDATE learner SET login = NULL WHERE name = 'Ana'; UPDATE learner SET login = '$ME' WHERE name = 'Mei'"
cordial learner study Tom everyday/everyday-01
expect_match trainer-chooses-for-other 0 out '^Tom now studies 1 more'
: | "$CORDIAL" study --plain --learner Tom >"$TMP/out" 2>"$TMP/err"; status=$?
expect_match trainer-not-as-other 1 err "you are learner 'Mei'.*if that is not you, ask Mei$"
cordial learner list --format tsv
check trainer-lists-everyone test "$(cut -f1 "$TMP/out" | tr '\n' ' ')" = 'Ana Mei Tom '
