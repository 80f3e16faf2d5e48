#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/cli/concurrency.sh at full size: 16 learners, 2000 input rounds each
# (about 2000 answers per learner), with the trainer's reports and the editor's
# re-imports running all along.
exec env SESSIONS=${SESSIONS:-16} ROUNDS=${ROUNDS:-2000} SESSION_TIMEOUT=${SESSION_TIMEOUT:-900} \
	bash "$(dirname "$0")/../cli/concurrency.sh"
