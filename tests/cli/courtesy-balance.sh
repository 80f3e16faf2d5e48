#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The checker warns, with the counts, when a handbook's courtesy scenarios give their
# answers away by the length or the letter of the right option.
source "$(dirname "$0")/../lib.sh"
D=$ROOT/tests/data/hb

cordial handbook check "$D/courtesy-lean.hb"
expect_match lean-longest 0 out "courtesy-lean.hb:4: warning: the right option is the longest in 7 of 7 courtesy scenarios"
expect_match lean-letter 0 out "courtesy-lean.hb:4: warning: the answer is 'b' in 7 of 7 courtesy scenarios, where its fair share is 2\.3"
expect_match lean-summary 0 out '^0 errors, 2 warnings$'

# At the limits nothing is said: the longest in two of six, 'a' three times for a
# fair share of two.
cordial handbook check "$D/courtesy-fair.hb"
expect_match fair-clean 0 out '^0 errors, 0 warnings$'

# One scenario more over either limit is reported.
sed '/^id: fair-01-c04$/,/^answer:/s/^answer: b$/answer: c/' "$D/courtesy-fair.hb" >"$TMP/longer.hb"
cordial handbook check "$TMP/longer.hb"
expect_match one-more-longest 0 out 'the right option is the longest in 3 of 6 courtesy scenarios'
check one-more-longest-only sh -c "! grep -q \"the answer is\" '$TMP/out'"
sed '/^id: fair-01-c06$/,/^answer:/s/^answer: c$/answer: a/' "$D/courtesy-fair.hb" >"$TMP/letter.hb"
cordial handbook check "$TMP/letter.hb"
expect_match one-more-letter 0 out "the answer is 'a' in 4 of 6 courtesy scenarios, where its fair share is 2\.0"

# Five scenarios are too few to judge.
cordial handbook check "$D/courtesy-few.hb"
expect_match few-clean 0 out '^0 errors, 0 warnings$'

# The message text is translated; the prefix is not.
LANGUAGE=zh_CN cordial handbook check "$D/courtesy-lean.hb"
expect_match lean-zh 0 out "courtesy-lean.hb:4: warning: [^ -~]+.*7.*7"
