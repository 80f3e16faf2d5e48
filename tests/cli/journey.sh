#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Learners' journeys through the line mode: each learner studies a shipped handbook
# in one of its languages every day for DAYS simulated days, answering from the
# handbook's data (tests/journey/journey.py), in the line mode and on a sample of days
# in the full-screen app.  make check plays a short version: one learner per handbook
# and per language, a week; make stress plays 90 days.
source "$(dirname "$0")/../lib.sh"
DAYS=${DAYS:-7}
cp "$ROOT/$B/share/cordial/content.db" "$CORDIAL_CONTENT"
if ! command -v python3 >/dev/null; then
	echo "SKIP journey: python3 is not installed"
	exit 0
fi
learners=()
for book in taxi hotel everyday courtesy; do
	for lang in en ja ko; do learners+=("$book-$lang=$book:$lang"); done
done
# A sample of days is studied in the full-screen app (tmux) instead: a driver who
# learns English and a hotel trainee learning Japanese (word order, typed kana).
APP_DAYS=${APP_DAYS:-$((DAYS - 1))}
APP_LEARNERS=${APP_LEARNERS:-taxi-en,hotel-ja}
if ! command -v tmux >/dev/null; then
	echo "SKIP journey/app-days: tmux is not installed"
	APP_DAYS=
fi
python3 "$ROOT/tests/journey/journey.py" --cordial "$CORDIAL" --content "$CORDIAL_CONTENT" \
	--db "$CORDIAL_DB" --days "$DAYS" --app-days "$APP_DAYS" --app-learners "$APP_LEARNERS" \
	--name journey "${learners[@]}"
