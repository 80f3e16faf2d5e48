#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The line-mode golden study session (as in tests/cli/study.sh) under valgrind's
# memcheck: the same output, zero errors and zero definite or indirect leaks.
source "$(dirname "$0")/../lib.sh"
D=$ROOT/tests/data/hb
G=$ROOT/tests/cli/golden
VG=(valgrind --tool=memcheck --quiet --error-exitcode=99 --leak-check=full
	--errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect
	--log-file="$TMP/valgrind.log")
"$CORDIAL" handbook import "$D/shop.hb" >/dev/null
"$CORDIAL" learner add Li --native zh --target en --study shop/shop-01 >/dev/null
"$CORDIAL" learner add Wang --native zh --target fr >/dev/null
# The answers of the golden session in tests/cli/study.sh.
printf '\na\n\na\n3\n\nb\nu\nc\n\n\n' >"$TMP/answers"
run "${VG[@]}" "$CORDIAL" study --plain --learner Li --seed 7 --limit 4 <"$TMP/answers"
expect study-golden-valgrind 0 "$G/study-session.out"
if [ -s "$TMP/valgrind.log" ]; then
	fail study-golden-valgrind-clean "valgrind reported:"
	sed 's/^/  /' "$TMP/valgrind.log" | head -40
else
	pass study-golden-valgrind-clean
fi
