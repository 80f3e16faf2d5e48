#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/cli/import-crash.sh at full length: 100 imports of a 40 000-phrase handbook
# killed with -9.
exec env ROUNDS=${ROUNDS:-100} LESSONS=${LESSONS:-200} bash "$(dirname "$0")/../cli/import-crash.sh"
