#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One allocation policy: memory that runs out ends cordial with "out of memory while
# ..." and exit status 3, never an abort or a core dump.  A damaged database, or one
# whose schema is not the expected one, is a message naming the file and exit status
# 1.  Memory is made to run out by a small library loaded with LD_PRELOAD
# (tests/data/mem/failmalloc.c).
source "$(dirname "$0")/../lib.sh"
D=$ROOT/tests/data/hb
if [ "$BACKEND" = pg ]; then
	echo "# harden-memory: the SQLite files are what is damaged here: skipped on PostgreSQL"
	exit 0
fi
if ! cc -shared -fPIC -O2 -o "$TMP/failmalloc.so" "$ROOT/tests/data/mem/failmalloc.c" 2>"$TMP/cc.err"; then
	skip failmalloc-built "no C compiler to build the test library: $(head -1 "$TMP/cc.err")"
	exit 0
fi
cd "$TMP" || exit 1 # a core file would land here
ulimit -c unlimited 2>/dev/null
# starved SETTING=N ARG...: cordial with memory made to run out as SETTING says
starved() {
	local setting=$1
	shift
	env "$setting" LD_PRELOAD="$TMP/failmalloc.so" "$CORDIAL" "$@" >"$TMP/out" 2>"$TMP/err"
	status=$?
}
no_crash() { ! grep -qi 'abort\|core dumped\|internal error' "$TMP/err" && ! ls "$TMP"/core* >/dev/null 2>&1; }

# One line of 8 MB: the review log's buffer cannot grow past 4 MB.
head -c 8000000 /dev/zero | tr '\0' 'x' >"$TMP/long-line"
starved FAILMALLOC_ABOVE=4000000 fsrs memory <"$TMP/long-line"
expect_match oom-message 3 err '^cordial: out of memory while reading the review log$'
check oom-no-abort no_crash
check oom-nothing-else test "$(wc -l <"$TMP/err")" = 1
# the same under a limit on the address space instead of the library
head -c 150000000 /dev/zero | tr '\0' 'x' >"$TMP/long-line"
(ulimit -v 131072 && exec "$CORDIAL" fsrs memory) <"$TMP/long-line" >"$TMP/out" 2>"$TMP/err"
status=$?
expect_match ulimit-oom-message 3 err '^cordial: out of memory while reading the review log$'
check ulimit-oom-no-abort no_crash
rm -f "$TMP/long-line"

# Memory running out at every point of a command in turn (the Nth allocation and
# every one after it fail): each run ends either as usual or with the message, never
# by a signal or an abort.  The allocations counted are the program's and its
# libraries' once it runs (not the C library's own: its name service cannot take a
# failure).
cordial handbook import "$D/shop.hb"
cordial learner add Li --native zh --target en --study shop
printf 'c1\t0\t3\nc1\t2\t3\nc2\t0\t1\nc2\t9\t3\nc3\t0\t4\n' >"$TMP/days.tsv"
printf 'c1\t1795900000000\t3\nc1\t1796100000000\t3\nc2\t1795900000000\t1\n' >"$TMP/times.tsv"
export FAILMALLOC_NOT_LIBC=1
# What each run of a sweep starts from (a command that writes: the database as it
# was before the first run), and whether every allocation is made to fail in turn
# (else about 300 of them, evenly apart).
before_run=:
every=
# sweep NAME INPUT ARG...
sweep() {
	local name=$1 input=$2 n=1 lo=1 hi=100000 mid bad=0 oom=0 done=0 step
	: >"$TMP/oom-messages"
	shift 2
	# how many allocations the command makes: the first N at which it succeeds
	while [ $((hi - lo)) -gt 1 ]; do
		mid=$(((lo + hi) / 2))
		$before_run
		if FAILMALLOC_AFTER=$mid LD_PRELOAD="$TMP/failmalloc.so" "$CORDIAL" "$@" \
			<"$input" >/dev/null 2>&1; then hi=$mid; else lo=$mid; fi
	done
	rm -f "$TMP"/core*
	step=$((hi / 300 + 1))
	[ -n "$every" ] && step=1
	# ... and at last the first N at which it succeeds
	for ((n = 1; n <= hi; n = n < hi && n + step > hi ? hi : n + step)); do
		$before_run
		FAILMALLOC_AFTER=$n LD_PRELOAD="$TMP/failmalloc.so" "$CORDIAL" "$@" \
			<"$input" >"$TMP/out" 2>"$TMP/err"
		status=$?
		if [ $status = 3 ] && grep -q '^cordial: out of memory while ' "$TMP/err" && no_crash; then
			oom=$((oom + 1))
			cat "$TMP/err" >>"$TMP/oom-messages"
		elif [ $status = 0 ] && no_crash; then
			done=$((done + 1))
		else
			bad=$((bad + 1))
			[ $bad = 1 ] && { echo "  $name: allocation $n:"; show; }
		fi
		rm -f "$TMP"/core*
	done
	check "sweep-$name-no-crash" test $bad = 0
	check "sweep-$name-ran-out" test $oom -gt 0
	check "sweep-$name-finished" test $done -gt 0
}
sweep fsrs-memory "$TMP/days.tsv" fsrs memory
sweep fsrs-schedule "$TMP/times.tsv" fsrs schedule
sweep fsrs-optimize "$TMP/times.tsv" fsrs optimize
# the fit itself ends the same way, naming what it was doing
check sweep-fsrs-optimize-fit-named grep -qx 'cordial: out of memory while fitting the scheduler to the review log' "$TMP/oom-messages"

# A study session in the line mode that introduces an item and answers a choice
# (Li), and one that types a wrong answer to a card due (Zhou: grading, the diff by
# words, the feedback lines).  Each run starts from the same database.
cordial learner add Zhou --native zh --target en --study shop/shop-01
sqlite3 "$CORDIAL_DB" "UPDATE learner SET daily_new = 0 WHERE name = 'Zhou';
	INSERT INTO card (learner, handbook, item, skill, state, step, stability, difficulty,
	scheduled_days, due_ms, last_review_ms, reps, lapses, created_ms)
	SELECT id, 'shop', 'shop-01-003', 'produce', 2, 0, 5, 5, 5, 1, 1795900000000, 4, 0, 0
	FROM learner WHERE name = 'Zhou';
	PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
cp "$CORDIAL_DB" "$TMP/study-start.db"
restore_training() {
	cp "$TMP/study-start.db" "$CORDIAL_DB"
	rm -f "$CORDIAL_DB-wal" "$CORDIAL_DB-shm"
}
printf '\na\nq\n' >"$TMP/choice.in"
printf 'Could I pay with cash?\n\nq\n' >"$TMP/typed.in"
before_run=restore_training
restore_training
run "$CORDIAL" study --plain --learner Li --seed 1 <"$TMP/choice.in"
check study-choice-answered grep -q '^Answer 1 saved' "$TMP/out"
restore_training
run "$CORDIAL" study --plain --learner Zhou --seed 2 <"$TMP/typed.in"
check study-typed-answered grep -q '^  Your answer: \[Could\] I pay \[with\] \[cash?\]$' "$TMP/out"
sweep study-plain-choice "$TMP/choice.in" study --plain --learner Li --seed 1
check sweep-study-plain-choice-named grep -q '^cordial: out of memory while studying as Li$' \
	"$TMP/oom-messages"
sweep study-plain-typed "$TMP/typed.in" study --plain --learner Zhou --seed 2
# a handbook read, checked and written into a content database made anew each time
fresh_content() { rm -f "$TMP/sweep.db" "$TMP/sweep.db-wal" "$TMP/sweep.db-shm"; }
before_run=fresh_content CORDIAL_CONTENT=$TMP/sweep.db
sweep handbook-import /dev/null handbook import "$D/shop.hb"
check sweep-handbook-import-made test -s "$TMP/sweep.db"
before_run=: CORDIAL_CONTENT=$TMP/content.db
sweep learner-list /dev/null learner list
sweep report /dev/null report
sweep search /dev/null search receipt
unset FAILMALLOC_NOT_LIBC
# every one of cordial's own allocations, not only some: these are where an abort
# would be, and they are few
before_run=restore_training
export FAILMALLOC_ONLY_PROGRAM=1
every=1
sweep study-plain-choice-own "$TMP/choice.in" study --plain --learner Li --seed 1
sweep study-plain-typed-own "$TMP/typed.in" study --plain --learner Zhou --seed 2
unset FAILMALLOC_ONLY_PROGRAM
every=
before_run=:
restore_training

# A damaged training database, a truncated one, one with a table missing: a
# message naming the file, exit status 1, never an abort.
printf '\nq\n' | "$CORDIAL" study --plain --learner Li --seed 1 >/dev/null 2>&1
sqlite3 "$CORDIAL_DB" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
cp "$CORDIAL_DB" "$TMP/good.db"
# damaged N COUNT: garbage over COUNT pages from page N (counted from 0)
damaged() {
	cp "$TMP/good.db" "$CORDIAL_DB"
	rm -f "$CORDIAL_DB-wal" "$CORDIAL_DB-shm"
	head -c $((4096 * $2)) /dev/urandom | dd of="$CORDIAL_DB" bs=4096 seek="$1" conv=notrunc 2>/dev/null
}
# the three commands each with the database as it is now
three() {
	cordial learner list
	expect_match "$1-learner-list" 1 err "^cordial: $CORDIAL_DB $2"
	check "$1-learner-list-no-abort" no_crash
	cordial report
	expect_match "$1-report" 1 err "^cordial: $CORDIAL_DB $2"
	check "$1-report-no-abort" no_crash
	run "$CORDIAL" study --plain --learner Li --seed 1 < <(printf '\na\nq\n')
	expect_match "$1-study" 1 err "^cordial: $CORDIAL_DB $2"
	check "$1-study-no-abort" no_crash
}
damaged 1 2
three garbage 'is damaged: database disk image is malformed'
cp "$TMP/good.db" "$CORDIAL_DB"
truncate -s 6000 "$CORDIAL_DB"
three truncated 'is damaged: database disk image is malformed'
cp "$TMP/good.db" "$CORDIAL_DB"
sqlite3 "$CORDIAL_DB" 'DROP TABLE review; DROP TABLE learner'
three table-missing 'is damaged, or its schema is not the one this program expects: no such table'
