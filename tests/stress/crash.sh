#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/cli/crash.sh at full length: 200 study sessions killed with -9.
exec env ROUNDS=${ROUNDS:-200} bash "$(dirname "$0")/../cli/crash.sh"
