#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A typed answer is at most 1023 bytes: in line mode a line of 10 MB is refused with
# the documented message and the prompt asks again; what is stored stays small.
source "$(dirname "$0")/../lib.sh"
cordial handbook import "$ROOT/tests/data/hb/shop.hb"
cordial learner add Li --native zh --target en --study shop
# a produce card in review: a typed answer
tdb "UPDATE learner SET daily_new = 0;
	INSERT INTO card (learner, handbook, item, skill, state, step, stability, difficulty,
	scheduled_days, due_ms, last_review_ms, reps, lapses, created_ms)
	SELECT id, 'shop', 'shop-01-002', 'produce', 2, 0, 10, 5, 10, 1, 1795900000000, 3, 0, 0
	FROM learner"
{
	head -c 10000000 /dev/zero | tr '\0' 'x'
	printf '\n'
	head -c 1024 /dev/zero | tr '\0' 'y' # one byte over
	printf '\nWould you like a receipt?\nq\n'
} >"$TMP/answers"
run "$CORDIAL" study --plain --learner Li --seed 1 <"$TMP/answers"
expect typed-session 0
check typed-prompt grep -q 'Type the English for' "$TMP/out"
check typed-refused-twice test "$(grep -c 'An answer is at most 1023 bytes; type a shorter one.' "$TMP/out")" = 2
check typed-then-graded grep -q 'Right.' "$TMP/out"
check typed-one-review test "$(tdb 'SELECT count(*) FROM review')" = 1
check typed-stored-small test "$(tdb 'SELECT max(length(answer)) FROM review')" = 25
check typed-row-small test "$(tdb 'SELECT max(length(CAST(answer AS BLOB))) FROM review')" -le 1023
check typed-output-small test "$(wc -c <"$TMP/out")" -lt 100000
# exactly 1023 bytes is an answer, graded and stored whole
tdb "UPDATE card SET due_ms = 1, state = 2"
{ head -c 1023 /dev/zero | tr '\0' 'z'; printf '\nq\n'; } >"$TMP/answers"
run "$CORDIAL" study --plain --learner Li --seed 1 <"$TMP/answers"
expect typed-at-limit 0
check typed-at-limit-not-refused test "$(grep -c 'An answer is at most' "$TMP/out")" = 0
check typed-at-limit-stored test "$(tdb 'SELECT max(length(answer)) FROM review')" = 1023
