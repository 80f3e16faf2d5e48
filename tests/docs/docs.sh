#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Documentation and translation checks: man pages lint-clean and complete, the
# message catalog complete and in step with the sources.
source "$(dirname "$0")/../lib.sh"

for page in man/cordial.1 man/cordial-handbook.5; do
	run mandoc -Tlint -W warning "$ROOT/$page"
	if [ "$status" -eq 0 ] && [ ! -s "$TMP/out" ] && [ ! -s "$TMP/err" ]; then
		pass "mandoc-lint-$(basename "$page")"
	else
		fail "mandoc-lint-$(basename "$page")"; show
	fi
done

# Every command of the program is documented in cordial(1).
for cmd in $(sed -n 's/^	{ "\([a-z]*\)", cli_.*/\1/p' "$ROOT/src/main.c"); do
	check "man-documents-$cmd" grep -q "^\.Cm $cmd\b\|^\.Cm $cmd\$\|^\.It Cm $cmd\b\|^\.Cm $cmd " "$ROOT/man/cordial.1"
done

# po/POTFILES lists every source file.
check potfiles-complete cmp -s <(ls src/*.c | sort) <(sort "$ROOT/po/POTFILES")

# zh_CN is complete: no untranslated or fuzzy message, and every message of the
# sources is in it.
run msgfmt --check --statistics -o /dev/null "$ROOT/po/zh_CN.po"
if [ "$status" -eq 0 ] && ! grep -Eq 'untranslated|fuzzy' "$TMP/err"; then pass zh_CN-complete; else
	fail zh_CN-complete; show
fi
xgettext --from-code=UTF-8 --language=C --keyword=_ --keyword=N_ --keyword=ngettext:1,2 \
	-o "$TMP/current.pot" $(cat "$ROOT/po/POTFILES") 2>/dev/null
msgcmp --use-untranslated "$ROOT/po/zh_CN.po" "$TMP/current.pot" >"$TMP/out" 2>"$TMP/err"
status=$?
if [ "$status" -eq 0 ]; then pass zh_CN-covers-sources; else
	fail zh_CN-covers-sources "messages missing from po/zh_CN.po (run 'make update-po'):"; head -5 "$TMP/err"
fi

# The shipped handbooks pass the checker with no warnings.
run "$CORDIAL" handbook check "$ROOT"/content/*.hb
if [ "$status" -eq 0 ] && grep -qx '0 errors, 0 warnings' "$TMP/out"; then pass shipped-handbooks-clean; else
	fail shipped-handbooks-clean; show
fi

# The man page lists every key of the full-screen app, as "cordial keys" gives them.
LANGUAGE= "$CORDIAL" keys | awk -f "$ROOT/tests/docs/keys-to-mdoc.awk" >"$TMP/keys.mdoc"
sed -n '/keys begin/,/keys end/p' "$ROOT/man/cordial.1" | sed '1d;$d' >"$TMP/keys.man"
if cmp -s "$TMP/keys.mdoc" "$TMP/keys.man"; then pass man-lists-every-key; else
	fail man-lists-every-key "the key list in man/cordial.1 differs from 'cordial keys':"
	diff "$TMP/keys.man" "$TMP/keys.mdoc" | head -10
fi
