#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The build's rule for the shipped content database: silent when it succeeds (no
# announcement of the file it makes on its way), yet every warning and error of a
# handbook shows, and an error fails the build.  A user who imports into a new path
# is still told that a database was made.
source "$(dirname "$0")/../lib.sh"
D=$ROOT/tests/data/hb
# The program as built; make is told not to build it again.
mkdir -p "$TMP/b"
cp "$CORDIAL" "$TMP/b/cordial"
DB=$TMP/b/share/cordial/content.db
# content_rule ARG...: the rule alone, as "make -s" runs it, for a database not
# made yet
content_rule() {
	rm -f "$DB"
	run make -s -C "$ROOT" B="$TMP/b" -o "$TMP/b/cordial" "$@" "$DB"
}

content_rule
expect shipped-content-built-silently 0 /dev/null /dev/null
run "$TMP/b/cordial" --content "$DB" handbook list --format tsv
expect_match shipped-content-holds-handbooks 0 out '^everyday	'
check no-file-left-beside test -z "$(ls "$TMP/b/share/cordial" | grep -v '^content.db$\|^handbooks$')"

# Again over what a failed build left: made anew from nothing.
printf 'not a database' >"$DB.tmp"
content_rule
expect rebuilt-over-a-leftover 0 /dev/null /dev/null

# A handbook's warnings still show, and the build goes on.
content_rule HANDBOOKS="$D/courtesy-lean.hb"
expect_match warnings-shown 0 err 'courtesy-lean.hb:4: warning: '
check warnings-only test -z "$(grep -v ': warning: ' "$TMP/err")"
# An error fails the build, and says why.
content_rule HANDBOOKS="$D/shop-bad.hb"
check error-fails-build test "$status" -ne 0
check error-shown grep -q "shop-bad.hb:19: error: unknown field 'readng'" "$TMP/err"
check nothing-installed-from-error test ! -e "$DB"

# A user's import into a new path: said once.
cordial --content "$TMP/mine.db" handbook import "$D/shop.hb"
expect_match user-told-of-new-database 0 err "^cordial: created a new content database $TMP/mine.db\$"
