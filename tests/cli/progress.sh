#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# In a real terminal (tmux), a big import shows a progress line on stderr; with
# stderr redirected to a file it shows none.
source "$(dirname "$0")/../lib.sh"
awk 'BEGIN {
	print "%rec: Handbook\n\nid: big\ntitle: 大\nsource: zh\nlanguages: en\n\n%rec: Lesson\n\nid: l\ntitle: L\n\n%rec: Phrase\n"
	for (i = 1; i <= 20000; i++) printf "id: p%d\nzh: 第%d句\nen: sentence %d\n\n", i, i, i
}' >"$TMP/big.hb"
sock=$TMP/tmux.sock
tmux -S "$sock" new-session -d -x 100 -y 10 \
	"env CORDIAL_CONTENT=$TMP/tty.db CORDIAL_DATADIR=$TMP/none LANG=C.UTF-8 '$CORDIAL' handbook import '$TMP/big.hb'; echo EXIT=\$?; sleep 30"
for _ in $(seq 100); do
	tmux -S "$sock" capture-pane -p >"$TMP/screen" 2>/dev/null
	grep -q 'EXIT=' "$TMP/screen" && break
	sleep 0.1
done
tmux -S "$sock" kill-server 2>/dev/null
check progress-line-on-terminal grep -q 'importing: 20000 of 20000 items' "$TMP/screen"
check progress-then-counts grep -q '^big: 20000 added' "$TMP/screen"
check import-exit-zero grep -q 'EXIT=0' "$TMP/screen"
CORDIAL_CONTENT=$TMP/file.db run "$CORDIAL" handbook import "$TMP/big.hb"
check no-progress-when-redirected test -z "$(grep -v '^cordial: created a new content database' "$TMP/err")"
