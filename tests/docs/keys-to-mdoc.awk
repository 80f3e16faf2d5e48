# SPDX-License-Identifier: GPL-3.0-or-later
# Turns "cordial keys" (screen TAB key TAB help) into the mdoc key list of cordial(1).
BEGIN { FS = "\t" }
$1 != screen {
	if (screen != "") print ".El"
	screen = $1
	print ".Ss " (screen == "every screen" ? "On every screen" : screen)
	print ".Bl -tag -width Backspace -compact"
}
{
	key = $2
	gsub(/\\/, "\\e", key)
	print ".It Sy \\&" key
	print $3
}
END { if (screen != "") print ".El" }
