# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the benchmarks: timing and medians.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$PWD
B=${B:-build}
CORDIAL=$ROOT/$B/cordial
# Data sets that are not part of the repository: BENCH_SHARED names the folder that
# holds them (default: the repository's parent's "shared").
SHARED=${BENCH_SHARED:-$ROOT/../shared}
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

# big_handbook N: a handbook of N phrases in 100 lessons on standard output: zh with
# pinyin, en, ja, a note and tags.
big_handbook() {
	awk -v n="$1" 'BEGIN {
		srand(7)
		split("请 给 我 发 票 酒 店 出 租 车 机 场 车 站 行 李 房 间 早 餐 您 好 谢 钥 匙 电 梯", zh, " ")
		split("please give me the receipt hotel taxi airport station luggage room breakfast key elevator left right", en, " ")
		split("ホ テ ル の 駅 ま で お 願 い し ま す 空 港 部 屋 鍵", ja, " ")
		print "%rec: Handbook\n\nid: bench\ntitle: 基准测试\nsource: zh\nlanguages: en ja\nversion: 1\n"
		for (l = 1; l <= 100; l++) {
			printf "%%rec: Lesson\n\nid: l%03d\ntitle: 第%d课\norder: %d\n\n%%rec: Phrase\n\n", l, l, l
			for (i = 1; i <= n / 100; i++) {
				printf "id: l%03d-%04d\nzh: ", l, i
				for (k = 0; k < 10; k++) printf "%s", zh[int(rand() * 26) + 1]
				printf "%d。\nzh_reading: qing gei wo fa piao %d\nen: ", i, i
				for (k = 0; k < 7; k++) printf "%s%s", (k ? " " : ""), en[int(rand() * 16) + 1]
				printf " %d.\nja: ", i
				for (k = 0; k < 10; k++) printf "%s", ja[int(rand() * 18) + 1]
				printf "%d。\nnote: 第%d课第%d句\ntags: bench l%d\n\n", i, l, i, l
			}
		}
	}'
}
