# SPDX-License-Identifier: GPL-3.0-or-later
# Exactness at scale (not a test, too long for make check): "cordial fsrs memory"
# over ten million random reviews against ts-fsrs 5.4.2 in Node, line for line.
# Every stability, difficulty and interval must be printed identically.
#   bash tests/bench/fsrs-exact.sh [REVIEWS]     (default 10000000)
# ts-fsrs comes from FSRS_ORACLE_DEPS (see tests/bench/fsrs.sh); without it the
# comparison is skipped and says so.
set -u
cd "$(dirname "$0")/../.."
B=${B:-build}
CORDIAL=$PWD/$B/cordial
N=${1:-10000000}
ORACLE=${BENCH_SHARED:-../shared}/fsrs
export FSRS_ORACLE_DEPS=${FSRS_ORACLE_DEPS:-/tmp/fsrs-oracle-deps/node_modules}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

if ! command -v node >/dev/null || [ ! -d "$FSRS_ORACLE_DEPS/ts-fsrs" ]; then
	echo "  skipped: ts-fsrs is not in $FSRS_ORACLE_DEPS (bash $ORACLE/setup.sh installs it)"
	exit 0
fi
# Cards of 1 to 40 reviews, a fifth on the same day, gaps up to 400 days,
# ratings 15 % Again, 15 % Hard, 60 % Good, 10 % Easy.  Deterministic.
awk -v total="$N" 'BEGIN {
	srand(7); n = 0; c = 0
	while (n < total) {
		c++; len = 1 + int(rand() * 40)
		for (i = 0; i < len && n < total; i++) {
			d = (i == 0) ? 0 : (rand() < 0.2 ? 0 : 1 + int(rand() * rand() * 400))
			r = rand(); g = r < 0.15 ? 1 : r < 0.3 ? 2 : r < 0.9 ? 3 : 4
			printf "c%d\t%d\t%d\n", c, d, g; n++
		}
	}
}' >"$TMP/reviews.tsv"
"$CORDIAL" fsrs memory <"$TMP/reviews.tsv" >"$TMP/cordial.tsv" || exit 1
node tests/bench/fsrs_memory.cjs "$TMP/reviews.tsv" "$TMP/ts-fsrs.tsv" 2>/dev/null || exit 1
differ=$(diff "$TMP/cordial.tsv" "$TMP/ts-fsrs.tsv" | grep -c '^<')
printf '  %s reviews: %s lines differ from ts-fsrs 5.4.2 (Node %s)\n' "$N" "$differ" "$(node --version)"
[ "$differ" -eq 0 ]
