# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark (not a test): one million reviews through "cordial fsrs memory" and
# through ts-fsrs in Node, and the optimizer beside fsrs-rs on synthetic logs.
# Uses ../shared/fsrs (the reference scripts, outside the repository; BENCH_SHARED
# names another folder than ../shared; its setup.sh installs ts-fsrs and the fsrs-rs
# binding) when present, and says what is skipped when not.
#   bash tests/bench/fsrs.sh [RUNS]      (RUNS: timed runs per side, default 5)
set -u
cd "$(dirname "$0")/../.."
B=${B:-build}
CORDIAL=$PWD/$B/cordial
RUNS=${1:-5}
ORACLE=${BENCH_SHARED:-../shared}/fsrs
export FSRS_ORACLE_DEPS=${FSRS_ORACLE_DEPS:-/tmp/fsrs-oracle-deps/node_modules}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

if [ ! -x "$CORDIAL" ]; then
	echo "fsrs bench: $CORDIAL is missing; run make first"
	exit 1
fi

# seconds CMD...: wall time of one run, stdout to $TMP/out
seconds() {
	local t0 t1
	t0=$(date +%s.%N)
	"$@" >"$TMP/out" 2>"$TMP/err"
	t1=$(date +%s.%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }'
}
# what to do for the comparisons that are skipped
if [ -f "$ORACLE/setup.sh" ]; then
	hint="run 'bash $ORACLE/setup.sh' for it"
else
	hint="it needs the reference scripts in $ORACLE, which are not part of the repository (BENCH_SHARED names the folder that holds fsrs/)"
fi
# median of the numbers on stdin
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One million reviews: cards of 1 to 30 reviews, a fifth of them on the same day,
# ratings 15 % Again, 15 % Hard, 60 % Good, 10 % Easy.  Deterministic.
awk 'BEGIN {
	srand(1); n = 0; c = 0
	while (n < 1000000) {
		c++; len = 1 + int(rand() * 30)
		for (i = 0; i < len && n < 1000000; i++) {
			d = (i == 0) ? 0 : (rand() < 0.2 ? 0 : 1 + int(rand() * rand() * 200))
			r = rand(); g = r < 0.15 ? 1 : r < 0.3 ? 2 : r < 0.9 ? 3 : 4
			printf "c%d\t%d\t%d\n", c, d, g; n++
		}
	}
}' >"$TMP/reviews.tsv"

echo "== fsrs memory: 1,000,000 reviews, median of $RUNS runs"
for _ in $(seq "$RUNS"); do seconds "$CORDIAL" fsrs memory <"$TMP/reviews.tsv"; done | median >"$TMP/c_time"
cp "$TMP/out" "$TMP/cordial.tsv"
c_time=$(cat "$TMP/c_time")
printf '  %-28s %8.3f s\n' "cordial fsrs memory" "$c_time"

if command -v node >/dev/null && [ -d "$FSRS_ORACLE_DEPS/ts-fsrs" ]; then
	for _ in $(seq "$RUNS"); do
		seconds node tests/bench/fsrs_memory.cjs "$TMP/reviews.tsv"
	done | median >"$TMP/n_time"
	n_time=$(cat "$TMP/n_time")
	printf '  %-28s %8.3f s\n' "ts-fsrs 5.4.2 (Node $(node --version))" "$n_time"
	awk -v c="$c_time" -v n="$n_time" 'BEGIN { printf "  ratio: cordial is %.1fx faster (target: 10x)\n", n / c }'
	if cmp -s "$TMP/out" "$TMP/cordial.tsv"; then
		echo "  outputs identical"
	else
		echo "  OUTPUTS DIFFER"
	fi
else
	echo "  ts-fsrs comparison skipped: ts-fsrs is not in $FSRS_ORACLE_DEPS; $hint"
fi

echo
echo "== fsrs optimize: synthetic logs from $ORACLE/gen_revlog.cjs"
if [ ! -f "$ORACLE/gen_revlog.cjs" ] || [ ! -d "$FSRS_ORACLE_DEPS/@open-spaced-repetition/binding" ]; then
	echo "  skipped: the log generator or the fsrs-rs binding is missing; $hint"
	exit 0
fi
printf '  %-34s %8s %8s %9s %9s %11s\n' "log" "items" "cordial" "fsrs-rs" "ratio" "log loss*"
while read -r name cards days truth; do
	log="$TMP/$name.tsv"
	node "$ORACLE/gen_revlog.cjs" --cards "$cards" --days "$days" --truth "$truth" \
		--out "$log" 2>/dev/null
	for _ in $(seq "$RUNS"); do seconds "$CORDIAL" fsrs optimize <"$log"; done | median >"$TMP/c_time"
	c_time=$(cat "$TMP/c_time")
	params=$(sed -n 's/.*"parameters": \[\(.*\)\].*/\1/p' "$TMP/out" | tr -d ' ')
	items=$(sed -n 's/.*"items": \([0-9]*\).*/\1/p' "$TMP/out")
	# fsrs-rs fits and times itself; --compare evaluates cordial's parameters with
	# fsrs-rs's own metric, so both log losses are measured the same way.
	node "$ORACLE/optimize.cjs" --file "$log" --repeat "$RUNS" --compare "$params" >"$TMP/rs.json"
	node -e '
		const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
		const t = [].concat(r.seconds).sort((a, b) => a - b);
		const med = t.length % 2 ? t[(t.length - 1) / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
		const c = Number(process.argv[2]);
		const e = r.eval_same_data;
		console.log(`  ${process.argv[3].padEnd(34)} ${String(process.argv[4]).padStart(8)} ${c.toFixed(3).padStart(7)}s ${med.toFixed(3).padStart(8)}s ${(med / c).toFixed(1).padStart(8)}x  ${e.compare.log_loss.toFixed(5)} vs ${e.fitted.log_loss.toFixed(5)} (${((e.compare.log_loss / e.fitted.log_loss - 1) * 100).toFixed(2)} %)`);
	' "$TMP/rs.json" "$c_time" "$name ($cards cards, $days days)" "$items"
done <<'EOF'
sample-truth 2000 365 perturbed
default-truth 20000 730 default
perturbed-truth 20000 730 perturbed
third-truth 20000 730 0.5,2.0,5.0,20.0,6.0,0.6,2.0,0.01,1.5,0.1,1.0,1.2,0.1,0.25,2.0,0.4,2.5,0.3,0.2,0.1,0.45
EOF
echo "  * log loss of cordial's fit vs fsrs-rs's fit, both measured by fsrs-rs (recency-weighted, in-sample)"
