#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A new learner's languages with the shipped handbooks (Chinese source): the native
# language is the locale's when a handbook offers it, else the handbooks' own; the
# target language must be one that a loaded handbook offers.
source "$(dirname "$0")/../lib.sh"
export CORDIAL_DATADIR=$ROOT/$B/share/cordial
shipped_content
sql() { sqlite3 "$CORDIAL_DB" "$@"; }
langs() { sql "SELECT native || '>' || target FROM learner WHERE name = '$1'"; }

# A server's locale names no language: the handbooks' source language.
LANG=C.UTF-8 cordial learner add 王芳 --study taxi
expect learner-add-c-locale 0
check c-locale-native-is-source test "$(langs 王芳)" = 'zh>en'
LANG=POSIX cordial learner add Posix
check posix-native-is-source test "$(langs Posix)" = 'zh>en'
# A locale whose language a handbook offers.
LANGUAGE=ja_JP.UTF-8 cordial learner add Kenji
check japanese-locale-native test "$(langs Kenji)" = 'ja>en'
LANG=en_GB.UTF-8 cordial learner add Emma
check english-locale-native test "$(langs Emma)" = 'en>zh'
# A locale whose language no handbook offers: the source language again.
LANG=fr_FR.UTF-8 cordial learner add Louis
check unoffered-locale-native-is-source test "$(langs Louis)" = 'zh>en'
# A target language no handbook offers is refused, with the ones they do.
cordial learner add Nope --native zh --target fr
expect_match target-not-offered 2 err "no handbook offers the language 'fr'; the handbooks offer en, ja, ko, zh"
check target-not-offered-not-added test "$(sql "SELECT count(*) FROM learner WHERE name = 'Nope'")" = 0
