#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Phrase cards to print: 'handbook print' writes one self-contained HTML file; a
# real browser (headless Chromium) prints it to PDF and takes a screenshot, kept in
# $B/test-artefacts/print/.  The PDF must have the expected pages and hold the
# phrases in every language.
source "$(dirname "$0")/../lib.sh"
H=$ROOT/tests/data/hb
ART=$ROOT/$B/test-artefacts/print
mkdir -p "$ART"

cordial handbook import "$H/shop.hb" "$H/phrases.csv"
expect imported 0

cordial handbook print shop -o "$TMP/cards.html"
expect_match print-cards 0 out 'cards.html: 7 cards$'
cordial handbook print shop --layout sheets --lang ja -o "$TMP/sheets.html"
expect_match print-sheets 0 out 'sheets.html: 6 cards$'
cordial handbook print shop/shop-02 -o "$TMP/lesson.html"
expect_match print-one-lesson 0 out 'lesson.html: 4 cards$'
check print-self-contained sh -c "! grep -Eiq '<script|<link|<img|src=|url\(|https?:' '$TMP/cards.html' '$TMP/sheets.html'"
check print-cjk-families grep -q '"Noto Sans CJK JP","Source Han Sans JP","Hiragino Sans"' "$TMP/cards.html"
check print-lessons-in-order sh -c "grep -n '欢迎与结账\|问路与结束' '$TMP/cards.html' | head -1 | grep -q 欢迎与结账"
cordial handbook print shop/nosuch -o "$TMP/x.html"
expect_match print-unknown-lesson 1 err "handbook 'shop' has no lesson 'nosuch'"
cordial handbook print shop --lang fr -o "$TMP/x.html"
expect_match print-unknown-lang 1 err "handbook 'shop' has no language 'fr'"
cordial handbook print shop
expect_match print-needs-output 2 err "needs at least one HANDBOOK"

# --- in a real browser
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
	DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq --no-install-recommends \
		chromium poppler-utils fonts-noto-cjk >/dev/null 2>&1
	CHROMIUM=$(command -v chromium || true)
fi
if [ -z "$CHROMIUM" ] || ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null; then
	echo "# print: browser tests skipped (chromium or poppler-utils is not installed and could not be installed)"
	exit 0
fi
browser() { # browser PROFILE ARG...: a new empty profile, nothing fetched
	timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$TMP/profile-$1" "${@:2}" >"$TMP/browser.log" 2>&1
}
pages() { pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages: *//p'; }
flat() { pdftotext "$1" - | tr -d ' \n'; } # the text without line breaks and blanks

browser cards --no-pdf-header-footer --print-to-pdf="$TMP/cards.pdf" "file://$TMP/cards.html"
# 7 pocket cards, and 3 phrases to a guest card: 1 for lesson 1, 2 for lesson 2.
check pdf-cards-pages test "$(pages "$TMP/cards.pdf")" = 10
flat "$TMP/cards.pdf" >"$TMP/cards.txt"
for phrase in 欢迎光临！ 'Welcome!' 需要发票吗？ 'Wouldyoulikeareceipt?' 'Canipaybycard?' \
	洗手间在那边。 'Therestroomisoverthere.' "Pleasewaitamoment.I'llcheckthestoreroom." \
	欢迎与结账 'Showthispagetoyourguest'; do
	check "pdf-cards-has-$phrase" grep -qiF -- "$phrase" "$TMP/cards.txt"
done
browser sheets --no-pdf-header-footer --print-to-pdf="$TMP/sheets.pdf" "file://$TMP/sheets.html"
# A4: one sheet of cards and one guest page for each lesson.
check pdf-sheets-pages test "$(pages "$TMP/sheets.pdf")" = 4
check pdf-sheets-a4 sh -c "pdfinfo '$TMP/sheets.pdf' | grep -q 'Page size:.*(A4)'"
flat "$TMP/sheets.pdf" >"$TMP/sheets.txt"
for phrase in いらっしゃいませ。 irasshaimase. 領収書はご入用ですか。 カードで払えますか。 \
	お手洗いはあちらです。 こちらへどうぞ。 请这边走。; do
	check "pdf-sheets-has-$phrase" grep -qF -- "$phrase" "$TMP/sheets.txt"
done
browser lesson --no-pdf-header-footer --print-to-pdf="$TMP/lesson.pdf" "file://$TMP/lesson.html"
check pdf-one-lesson-pages test "$(pages "$TMP/lesson.pdf")" = 6

rm -f "$ART/cards.png" "$ART/sheets.png"
browser shot1 --hide-scrollbars --window-size=900,1400 --screenshot="$ART/cards.png" "file://$TMP/cards.html"
browser shot2 --hide-scrollbars --window-size=900,1400 --screenshot="$ART/sheets.png" "file://$TMP/sheets.html"
check screenshot-cards test -s "$ART/cards.png"
check screenshot-sheets test -s "$ART/sheets.png"
