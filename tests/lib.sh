# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the command-line tests: a private data folder per test file, a fixed
# clock, and checks that print PASS/FAIL lines for tests/run to count.
# Usage: source tests/lib.sh, then run commands with `run` and check them.
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
B=${B:-build}
CORDIAL=$ROOT/$B/cordial
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export XDG_DATA_HOME=$TMP/xdg HOME=$TMP/home
export CORDIAL_CONTENT=$TMP/content.db CORDIAL_DB=$TMP/training.db
export CORDIAL_DATADIR=$TMP/no-shipped-content
export CORDIAL_LOCALEDIR=$ROOT/$B/locale
export CORDIAL_NOW=2026-11-29T09:00:00Z
export LANG=C.UTF-8 TZ=UTC
# Speech is always "available" in tests, through a script that records its arguments.
export CORDIAL_TTS=$ROOT/tests/data/tts/record-args TTS_LOG=$TMP/tts.log
unset LC_ALL LANGUAGE LC_MESSAGES
TEST_NAME=$(basename "${BASH_SOURCE[1]}" .sh)

# run CMD...: runs it, keeping stdout in $TMP/out, stderr in $TMP/err, status in $status.
run() {
	"$@" >"$TMP/out" 2>"$TMP/err"
	status=$?
}
# cordial ARG...: runs the built binary the same way.
cordial() { run "$CORDIAL" "$@"; }

pass() { echo "PASS $TEST_NAME/$1"; }
fail() {
	echo "FAIL $TEST_NAME/$1"
	shift
	[ $# -gt 0 ] && printf '  %s\n' "$@"
	return 0
}
# skip NAME REASON: a test that cannot run here, counted apart by tests/run.
skip() { echo "SKIP $TEST_NAME/$1: $2"; }
show() { # the last command's output, indented, for a failure report
	echo "  status: $status"
	sed 's/^/  out: /' "$TMP/out" | head -20
	sed 's/^/  err: /' "$TMP/err" | head -20
}
# expect NAME STATUS [golden-file-for-stdout [golden-file-for-stderr]]
expect() {
	local name=$1 want=$2 ok=1
	if [ "$status" -ne "$want" ]; then ok=0; fi
	if [ $# -ge 3 ] && [ -n "$3" ] && ! diff -u "$3" "$TMP/out" >"$TMP/diff"; then ok=0; fi
	if [ $# -ge 4 ] && ! diff -u "$4" "$TMP/err" >>"$TMP/diff"; then ok=0; fi
	if [ $ok -eq 1 ]; then pass "$name"; else
		fail "$name" "expected status $want"; show; sed 's/^/  diff: /' "$TMP/diff" 2>/dev/null | head -40
	fi
	: >"$TMP/diff"
}
# expect_match NAME STATUS FILE(out|err) REGEX: status and an extended regex in the output
expect_match() {
	local name=$1 want=$2 stream=$3 re=$4
	if [ "$status" -eq "$want" ] && grep -Eq -- "$re" "$TMP/$stream"; then pass "$name"; else
		fail "$name" "expected status $want and /$re/ in $stream"; show
	fi
}
# check NAME CONDITION...: passes when the command (a test expression or program) succeeds
check() {
	local name=$1; shift
	if "$@"; then pass "$name"; else fail "$name" "failed: $*"; fi
}
