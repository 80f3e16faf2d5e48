#!/usr/bin/env bash
# make install / make uninstall into a DESTDIR: the files land where they should,
# the installed program finds its shipped handbooks, and uninstall removes them.
source "$(dirname "$0")/../lib.sh"
R=$TMP/root
P=/usr/local
make -s -C "$ROOT" _install DESTDIR="$R" >"$TMP/out" 2>"$TMP/err"; status=$?
expect install-runs 0
for f in bin/cordial share/man/man1/cordial.1 share/man/man5/cordial-handbook.5 \
	share/cordial/content.db share/cordial/handbooks/everyday.hb \
	share/locale/zh_CN/LC_MESSAGES/cordial.mo; do
	check "installed-$(basename "$f")" test -f "$R$P/$f"
done
export CORDIAL_DATADIR=$R$P/share/cordial CORDIAL_LOCALEDIR=$R$P/share/locale
unset CORDIAL_CONTENT # the default location, made from the shipped copy
run "$R$P/bin/cordial" handbook list --format tsv
expect_match installed-binary-sees-shipped-handbooks 0 out '^everyday	'
LANGUAGE=zh_CN run "$R$P/bin/cordial" --help
expect_match installed-translations 0 out '用法'
make -s -C "$ROOT" uninstall DESTDIR="$R" >"$TMP/out" 2>"$TMP/err"; status=$?
expect uninstall-runs 0
check uninstall-removes-everything test -z "$(find "$R" -type f)"
