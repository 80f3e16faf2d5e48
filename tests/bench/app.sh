#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The full-screen app on the 100,000-phrase handbook: peak memory (RSS) over a
# scripted session (phrasebook searches typed key by key, then a study session), and
# the time of each search as the app measures it (CORDIAL_SEARCH_TIMES).
source "$(dirname "$0")/lib.sh"
N=${N:-100000}
export CORDIAL_CONTENT=$BTMP/content.db CORDIAL_DB=$BTMP/training.db TZ=UTC
export CORDIAL_NOW=2026-11-29T09:00:00Z CORDIAL_TTS=/bin/true
big_handbook "$N" >"$BTMP/big.hb"
"$CORDIAL" handbook import "$BTMP/big.hb" >/dev/null 2>&1 || exit 1
"$CORDIAL" learner add Bench --native zh --target en --study bench >/dev/null || exit 1
SOCK=$BTMP/tmux.sock
tmux -u -S "$SOCK" new-session -d -x 100 -y 30 \
	"env CORDIAL_SEARCH_TIMES=$BTMP/times LANG=C.UTF-8 '$CORDIAL'; sleep 30"
keys() { tmux -S "$SOCK" send-keys "$@"; sleep 0.15; }
shown() { tmux -S "$SOCK" capture-pane -p | grep -qF -- "$1"; }
for _ in $(seq 100); do shown 'Due now' && break; sleep 0.1; done
pid=$(pgrep -P "$(tmux -S "$SOCK" display -p '#{pane_pid}')" cordial)
keys b
for query in receipt 发票 'hotel key' 酒店 luggage 早餐 'give me' 机场 station 行李 ホテル 'the room'; do
	keys /
	for ((i = 0; i < ${#query}; i++)); do keys -l "${query:i:1}"; done
	keys Escape
done
keys q
keys s
for _ in $(seq 40); do keys Enter; keys a; keys Enter; done
rss=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
keys q
keys q
for _ in $(seq 50); do [ -s "$BTMP/times" ] && break; sleep 0.1; done
tmux -S "$SOCK" kill-server
n=$(wc -l <"$BTMP/times")
read -r p50 p95 max < <(sort -n "$BTMP/times" | awk '{v[NR] = $1}
	END {i = int(NR * 0.5 + 0.5); j = int(NR * 0.95 + 0.5); if (j < 1) j = 1
	     printf "%.2f %.2f %.2f\n", v[i] / 1000, v[j] / 1000, v[NR] / 1000}')
echo "full-screen app over $N phrases: $n searches typed key by key"
echo "  search per keystroke: median $p50 ms, 95th percentile $p95 ms, max $max ms (target: p95 under 10 ms)"
echo "  peak memory (VmHWM) over the session: $((rss / 1024)) MB (target: under 32 MB)"
