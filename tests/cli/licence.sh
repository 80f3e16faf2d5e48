#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source, test, documentation and handbook file names its licence in an
# SPDX-License-Identifier line near its top: the handbooks CC-BY-4.0, the rest
# GPL-3.0-or-later; and the full texts of both are in the repository.  Test inputs
# and expected outputs (tests/data, tests/fuzz/corpus, tests/cli/golden), the
# generated catalog template and the two file lists of po/ are data, left as they are.
source "$(dirname "$0")/../lib.sh"
cd "$ROOT" || exit 1
if command -v git >/dev/null && git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	files=$(git ls-files)
else
	files=$(find . \( -path ./build -o -name .git \) -prune -o -type f -print | sed 's|^\./||')
fi
missing="" wrong=""
while IFS= read -r f; do
	case $f in
	tests/data/* | tests/fuzz/corpus/* | tests/cli/golden/* | po/LINGUAS | po/POTFILES | \
		po/cordial.pot | src/COPYING | content/LICENSE | *.png | *.db) continue ;;
	esac
	[ -f "$f" ] || continue
	line=$(head -5 "$f" | grep -o 'SPDX-License-Identifier: [A-Za-z0-9.+-]*' | head -1)
	want=GPL-3.0-or-later
	case $f in content/*) want=CC-BY-4.0 ;; esac
	if [ -z "$line" ]; then missing="$missing $f"
	elif [ "${line#*: }" != "$want" ]; then wrong="$wrong $f"; fi
done <<<"$files"
check every-file-has-spdx test -z "$missing"
[ -n "$missing" ] && echo "  without:$missing"
check spdx-names-the-right-licence test -z "$wrong"
[ -n "$wrong" ] && echo "  another licence:$wrong"
check gpl-text grep -q 'GNU GENERAL PUBLIC LICENSE' src/COPYING
check gpl-version-3 grep -q 'Version 3, 29 June 2007' src/COPYING
check cc-by-text grep -q 'Creative Commons Attribution 4.0 International Public License' content/LICENSE
check handbooks-still-check sh -c "\"$CORDIAL\" handbook check content/*.hb >/dev/null"
