#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The long reliability tests (make stress): each tests/stress/*.sh prints PASS/FAIL
# lines; the last line printed is "N passed, N failed".  B names the build folder.
set -u
cd "$(dirname "$0")/../.."
export B=${B:-build}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
{
	for t in tests/stress/*.sh; do
		[ "$(basename "$t")" = run.sh ] && continue
		start=$(date +%s)
		out=$(bash "$t" 2>&1); status=$?
		printf '%s\n' "$out" | sed 's/^\(PASS\|FAIL\) /\1 stress:/'
		if [ $status -ne 0 ] && ! printf '%s\n' "$out" | grep -q '^FAIL '; then
			echo "FAIL stress:$(basename "$t" .sh): exited with status $status"
		fi
		echo "# $(basename "$t" .sh): $(($(date +%s) - start)) s"
	done
} 2>&1 | tee "$log"
passed=$(grep -c '^PASS ' "$log")
failed=$(grep -c '^FAIL ' "$log")
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
