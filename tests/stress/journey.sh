#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/cli/journey.sh at full length: every handbook and language for 90 days, four
# of them studied in the full-screen app by every learner.
all=$(for b in taxi hotel everyday courtesy; do for l in en ja ko; do printf '%s-%s,' $b $l; done; done)
exec env DAYS=${DAYS:-90} APP_DAYS=${APP_DAYS:-0,29,59,89} APP_LEARNERS=${APP_LEARNERS:-$all} \
	bash "$(dirname "$0")/../cli/journey.sh"
