#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Paths and environment: database paths and handbook file names with spaces,
# quotes, a leading dash, shell syntax and non-UTF-8 bytes; CORDIAL_TTS naming a
# script whose path has spaces and quotes; phrase texts with shell syntax reach the
# speech program as one argument each.  Nothing is ever interpreted by a shell: no
# file named PWNED* appears anywhere.
source "$(dirname "$0")/../lib.sh"
# A folder name with all of it: spaces, both quotes, a dollar-paren, a backtick, a
# semicolon and a byte that is not UTF-8.
odd=$'-dir with spaces \'single\' "double" $(touch PWNED1) `touch PWNED2`; x \xff\xfe'
D=$TMP/$odd
mkdir -p "$D"
cd "$D" || exit 1

# --- a handbook whose file name starts with a dash and has odd bytes
hb=$'-shop \'q\' "qq" $(touch PWNED3) \xe9.hb'
cp "$ROOT/tests/data/hb/shop.hb" "./$hb"
cdb=$D/$'content \'db\' \xff.db'
tdb=$D/$'-training "db" $(touch PWNED4) \xfe.db'
cordial --content "$cdb" handbook import -- "$hb"
expect_match dash-file-after-double-dash 0 out '^shop: 5 added'
cordial --content "$cdb" handbook import "./$hb"
expect_match dash-file-dot-slash 0 out '^shop: 0 added, 0 changed'
cordial --content "$cdb" handbook check "./$hb"
expect dash-file-check 0
check content-db-at-odd-path test -s "$cdb"

# --- the training database through --db, --db=, and CORDIAL_DB, relative and absolute
cordial --content "$cdb" --db "$tdb" learner add Li --native zh --target en --study shop
expect_match db-option-odd-path 0 out '^Added learner Li'
check training-db-at-odd-path test -s "$tdb"
CORDIAL_DB=$tdb CORDIAL_CONTENT=$cdb run "$CORDIAL" learner list --format tsv
expect_match db-env-odd-path 0 out '^Li	'
cordial --content "$cdb" --db "./${tdb##*/}" learner list --format tsv
expect_match db-relative-leading-dash 0 out '^Li	'
cordial "--content=$cdb" "--db=$tdb" learner list --format tsv
if [ "$status" -eq 2 ]; then pass db-option-equals-form-not-offered; else
	expect_match db-option-equals-form 0 out '^Li	'; fi
# a missing database under an odd folder: refused, the message names the path as
# given, and no folder is made
cordial --content "$cdb" --db "$D/no such/folder/"$'\xff'"/t.db" learner list
expect_match db-missing-refused 1 err 'no such/folder/.*/t.db does not exist'
check db-missing-no-folder test ! -e "$D/no such"

# --- an error message about an odd path does not break the terminal or the shell
cordial --content "$cdb" handbook import "$D/"$'nosuch \xff $(touch PWNED5).hb'
expect_match missing-file-message 1 err 'cannot read|No such file'

# --- speech through a script whose path has spaces, quotes and a dollar sign
sdir=$TMP/$'speech "tools" \'x\' $HOME dir'
mkdir -p "$sdir"
cp "$ROOT/tests/data/tts/record-args" "$sdir/say it"
chmod +x "$sdir/say it"
cat >"$TMP/evil.hb" <<'EOF2'
%rec: Handbook

id: evil
title: 危险
title_en: Shell syntax in texts
source: zh
languages: en
version: 1

%rec: Lesson

id: evil-01
title: 第一课
title_en: Lesson one
order: 1

%rec: Phrase

id: evil-01-001
zh: 你好 $(touch PWNED6) `touch PWNED7`；
en: Hello $(touch PWNED8) `touch PWNED9`; "quoted" 'single' $HOME * ?
EOF2
cordial --content "$cdb" handbook import "$TMP/evil.hb"
expect_match evil-imported 0 out '^evil: 1 added'
cordial --content "$cdb" --db "$tdb" learner add Evil --native zh --target en --study evil
: >"$TTS_LOG"
printf 's\n\ns\nq\n' | CORDIAL_TTS="$sdir/say it" "$CORDIAL" --content "$cdb" --db "$tdb" \
	study --plain --learner Evil --seed 1 >"$TMP/out" 2>"$TMP/err"
status=$?
for _ in $(seq 50); do [ -s "$TTS_LOG" ] && break; sleep 0.05; done
check tts-odd-path-ran test -s "$TTS_LOG"
check tts-text-one-argument grep -qxF \
	"Hello \$(touch PWNED8) \`touch PWNED9\`; \"quoted\" 'single' \$HOME * ?" "$TTS_LOG"
check study-shows-text-verbatim grep -qF 'Hello $(touch PWNED8) `touch PWNED9`;' "$TMP/out"
# a CORDIAL_TTS that does not exist, or names a shell command line, is not run by a shell
printf 's\nq\n' | CORDIAL_TTS="touch $TMP/PWNED10" "$CORDIAL" --content "$cdb" --db "$tdb" \
	study --plain --learner Evil --seed 1 >"$TMP/out" 2>"$TMP/err"
status=$?
check tts-command-line-not-run-by-shell test "$status" -eq 0 -a ! -e "$TMP/PWNED10"
sleep 0.2
check nothing-interpreted-by-a-shell test -z "$(find "$TMP" "$ROOT" -name 'PWNED*' 2>/dev/null)"
