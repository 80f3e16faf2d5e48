#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/cli/fulldisk.sh, five times over (the disk fills at a different answer).
for i in 1 2 3 4 5; do bash "$(dirname "$0")/../cli/fulldisk.sh" | sed "s|^\(PASS\|FAIL\) fulldisk/|\1 fulldisk/$i/|"; done
