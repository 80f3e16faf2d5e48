#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/cli/journey.sh at full length: every handbook and language for 90 days.
exec env DAYS=${DAYS:-90} bash "$(dirname "$0")/../cli/journey.sh"
