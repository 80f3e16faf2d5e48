#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs each libFuzzer target from a copy of its seed corpus: a few seconds each in
# "make check" (FUZZ_CHECK_SECONDS, default 3), FUZZ_SECONDS each with --long ("make
# fuzz").  Prints a PASS/FAIL line per target and its executions and coverage on stderr.
set -u
cd "$(dirname "$0")/../.."
B=${B:-build}
long=0
[ "${1:-}" = --long ] && long=1
if [ $long -eq 1 ]; then
	seconds=${FUZZ_SECONDS:-60}
	work=$B/fuzz/corpus crashes=$B/fuzz/crashes
else
	seconds=${FUZZ_CHECK_SECONDS:-3}
	work=$(mktemp -d) crashes=$work/crashes
	trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$crashes"
status=0
for src in tests/fuzz/fuzz_*.c; do
	name=$(basename "$src" .c)
	target=${name#fuzz_}
	bin=$B/fuzz/$name
	# the build found no libFuzzer runtime and said why
	if [ ! -x "$bin" ] && [ -f "$B/fuzz/unavailable" ]; then
		echo "SKIP fuzz/$target: $(cat "$B/fuzz/unavailable")"
		continue
	fi
	if [ ! -x "$bin" ]; then
		echo "FAIL fuzz/$target: $bin is not built"
		status=1
		continue
	fi
	mkdir -p "$work/$target"
	cp -n tests/fuzz/corpus/"$target"/* "$work/$target/" 2>/dev/null
	log=$crashes/../$target.log
	# -close_fd_mask=2: the targets' own messages are hidden, libFuzzer's are kept.
	"$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -close_fd_mask=2 \
		-artifact_prefix="$crashes/$target-" "$work/$target" >"$log" 2>&1
	rc=$?
	done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1)
	if [ $rc -eq 0 ] && [ -n "$done_line" ]; then
		execs=$(sed -E 's/^#([0-9]+).*/\1/' <<<"$done_line")
		cov=$(sed -E 's/.*cov: ([0-9]+).*/\1/' <<<"$done_line")
		ft=$(sed -E 's/.*ft: ([0-9]+).*/\1/' <<<"$done_line")
		rate=$(sed -E 's/.*exec\/s: ([0-9]+).*/\1/' <<<"$done_line")
		echo "fuzz $target: $execs executions in ${seconds}s ($rate/s), cov: $cov edges, ft: $ft features" >&2
		echo "PASS fuzz/$target"
	else
		echo "FAIL fuzz/$target: libFuzzer stopped with status $rc; input in $crashes"
		grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -10 | sed 's/^/  /'
		if [ $long -eq 0 ]; then
			mkdir -p "$B/fuzz/crashes" && cp "$crashes"/* "$B/fuzz/crashes/" 2>/dev/null
			echo "  (copied to $B/fuzz/crashes)"
		fi
		status=1
	fi
done
exit $status
