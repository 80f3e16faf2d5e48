# Shared by the benchmarks: timing and medians.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$PWD
B=${B:-build}
CORDIAL=$ROOT/$B/cordial
SHARED=$ROOT/../shared
BTMP=$(mktemp -d)
trap 'rm -rf "$BTMP"' EXIT
export CORDIAL_DATADIR=$BTMP/none LANG=C.UTF-8
unset LANGUAGE LC_ALL

# seconds CMD...: wall time of one run, in seconds with milliseconds.
seconds() {
	local t0 t1
	t0=$(date +%s%N)
	"$@" >/dev/null 2>"$BTMP/stderr" || { echo "failed: $*" >&2; cat "$BTMP/stderr" >&2; return 1; }
	t1=$(date +%s%N)
	echo "scale=3; ($t1 - $t0) / 1000000000" | bc
}
# median N...: the median of the numbers given.
median() {
	printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
