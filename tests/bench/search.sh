#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Per-keystroke search over the 100,000-phrase handbook, in the process: each prefix
# of the app benchmark's queries, the fastest of 5 runs, in processor time (what
# the search costs) and wall time (what a busy machine adds).  Target: p95 under
# 10 ms.  The load average is printed with the figures.
source "$(dirname "$0")/lib.sh"
N=${N:-100000}
export CORDIAL_CONTENT=$BTMP/content.db
big_handbook "$N" >"$BTMP/big.hb"
"$CORDIAL" handbook import "$BTMP/big.hb" >/dev/null 2>&1 || exit 1
make -s --no-print-directory B="$B" "$B/libcordial.a" >/dev/null || exit 1
# shellcheck disable=SC2046
cc -O2 -D_GNU_SOURCE -Isrc $(pkg-config --cflags ncursesw sqlite3 libpq) -o "$BTMP/search" \
	"$ROOT/tests/bench/search.c" "$B/libcordial.a" \
	$(pkg-config --libs ncursesw sqlite3 libpq) -lunistring -lm || exit 1
"$BTMP/search" "$CORDIAL_CONTENT" 5 receipt 发票 'hotel key' 酒店 luggage 早餐 'give me' 机场 \
	station 行李 ホテル 'the room' >"$BTMP/times" || exit 1
# p50 p95 max of column 1 (processor) or 2 (wall)
figures() {
	awk -v c="$1" '{print $c}' "$BTMP/times" | sort -g | awk '{v[NR] = $1}
		END {printf "median %.2f ms, 95th percentile %.2f ms, max %.2f ms", v[int(NR * 0.5 + 0.5)],
		     v[int(NR * 0.95 + 0.5)], v[NR]}'
}
echo "search per keystroke over $N phrases, $(wc -l <"$BTMP/times") prefixes, fastest of 5 runs each"
echo "  processor time: $(figures 1) (target: p95 under 10 ms)"
echo "  wall time: $(figures 2)"
echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
