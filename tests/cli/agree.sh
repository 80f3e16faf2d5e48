#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One answer per prompt: the checker warns when the same prompt has different answers
# in a language across the handbooks it is given or that are in the content database,
# and when a guest's line is still tagged with the old name 'listen'.
source "$(dirname "$0")/../lib.sh"

# book ID FILE ENGLISH [MORE FIELDS]: a handbook with one phrase, "您好！"
book() {
	cat >"$TMP/$2" <<HB
%rec: Handbook

id: $1
title: 手册 $1
source: zh
languages: en ja

%rec: Lesson

id: $1-01
title: 问候

%rec: Phrase

id: $1-01-001
zh: 您好！
en: $3
ja: こんにちは。
ja_kana: こんにちは。
${4:-tags: greeting}
HB
}

book one one.hb 'Hello!' 'en_alt: Hi!'
book two two.hb 'hello' 'en_alt: hi.'
book three three.hb 'Good day!' 'en_alt: Hello!'
book four four.hb 'Hello!' 'tags: listen greeting'
cd "$TMP" || exit 1

# Case, punctuation, spaces and the order of the alternatives do not count.
cordial handbook check one.hb two.hb
expect_match same-answer 0 out '^0 errors, 0 warnings$'

# Another answer is reported at the later record, naming the first one and both answers.
cordial handbook check one.hb two.hb three.hb
expect_match differs-files 0 out "^three.hb:15: warning: the 'en' answer to '您好！', 'Good day!' / 'Hello!', differs from one.hb:15, 'Hello!' / 'Hi!'; a learner is graded against both$"
expect_match differs-count 0 out '^0 errors, 1 warning$'
check differs-not-ja sh -c "! grep -q \"'ja' answer\" out"

# An alternative that one record accepts and the other does not is a difference too.
cordial handbook check one.hb four.hb
expect_match alt-differs 0 out "^four.hb:15: warning: the 'en' answer to '您好！', 'Hello!', differs from one.hb:15, 'Hello!' / 'Hi!'"

# The old tag name is accepted with a warning.
expect_match listen-tag 0 out "^four.hb:15: warning: tag 'listen' is the old name of 'guest'"
expect_match listen-count 0 out '^0 errors, 2 warnings$'

# A handbook already in the content database is compared too...
cordial handbook import one.hb
expect_match import-one 0 out 'one'
cordial handbook check three.hb
expect_match differs-stored 0 out "^three.hb:15: warning: the 'en' answer to '您好！', 'Good day!' / 'Hello!', differs from 'Hello!' / 'Hi!' in phrase 'one-01-001' of handbook 'one' in the content database"
cordial handbook import three.hb
expect_match import-warns 0 err "^three.hb:15: warning: the 'en' answer to '您好！'"
# ...but not a handbook's own copy, which the file replaces.
book one one.hb 'Good day!' 'en_alt: Hello!'
cordial handbook check one.hb
expect_match own-copy-not-compared 0 out '^0 errors, 0 warnings$'
cordial handbook check one.hb three.hb
expect_match files-agree 0 out '^0 errors, 0 warnings$'

# A spreadsheet's rows are compared too.
printf '#handbook:three\nid,lesson,zh,en\nthree-01-002,three-01,您好,Hi there\n' >sheet.csv
cordial handbook check sheet.csv
expect_match sheet-row 0 out "^sheet\.csv:3: warning: the 'en' answer to '您好', 'Hi there', differs from 'Hello!' / 'Hi!' in phrase 'one-01-001' of handbook 'one'"

# Two sheets that add rows to one handbook: a later row of an id replaces the
# earlier one, so their answers are not compared with each other; different ids
# of the same prompt still are.
printf '#handbook:three\nid,lesson,zh,en\nthree-01-009,three-01,请坐,Have a seat\n' >seat-a.csv
printf '#handbook:three\nid,lesson,zh,en\nthree-01-009,three-01,请坐,Please sit down\n' >seat-b.csv
printf '#handbook:three\nid,lesson,zh,en\nthree-01-010,three-01,请坐,Please sit down\n' >seat-c.csv
cordial handbook check seat-a.csv seat-b.csv
expect_match sheet-row-replaced 0 out '^0 errors, 0 warnings$'
cordial handbook check seat-a.csv seat-c.csv
expect_match sheet-rows-two-ids 0 out "^seat-c\.csv:3: warning: the 'en' answer to '请坐', 'Please sit down', differs from seat-a\.csv:3, 'Have a seat'"

# The message text is translated; the prefix is not.
LANGUAGE=zh_CN cordial handbook check two.hb three.hb
expect_match differs-zh 0 out "^three.hb:15: warning: [^ -~]+"
