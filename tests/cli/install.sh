#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# make install / make uninstall into a DESTDIR: the files land where they should,
# the installed program finds its shipped handbooks, and uninstall removes them.
source "$(dirname "$0")/../lib.sh"
R=$TMP/root
P=/usr/local
make -s -C "$ROOT" B="$B" _install DESTDIR="$R" >"$TMP/out" 2>"$TMP/err"; status=$?
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
check man-names-installed-data grep -q "^\.It Pa $P/share/cordial/content.db" "$R$P/share/man/man1/cordial.1"
# another PREFIX: the man pages name its folders (nothing is built for that)
make -s -C "$ROOT" B="$B" PREFIX=/opt/cordial DESTDIR="$TMP/opt" install-man >"$TMP/out" 2>"$TMP/err"; status=$?
expect install-man-runs 0
check man-prefix-substituted grep -q '^\.It Pa /opt/cordial/share/cordial/content.db' \
	"$TMP/opt/opt/cordial/share/man/man1/cordial.1"
check man-prefix-everywhere sh -c "ls $TMP/opt/opt/cordial/share/man/man*/* >/dev/null &&
	! grep -q /usr/local $TMP/opt/opt/cordial/share/man/man*/*"
check man5-prefix-substituted grep -q '^\.It Pa /opt/cordial/share/cordial/handbooks/' \
	"$TMP/opt/opt/cordial/share/man/man5/cordial-handbook.5"
# every section of the rendered pages closes the parentheses it opens
for m in "$TMP"/opt/opt/cordial/share/man/man*/*; do
	unbalanced=$(mandoc -Tutf8 "$m" | col -b | awk '/^[A-Z]/ { if (o != c) print s; s = $0; o = c = 0 }
		{ o += gsub(/\(/, "("); c += gsub(/\)/, ")") } END { if (o != c) print s }')
	check "man-parentheses-$(basename "$m")" test -z "$unbalanced"
done
check man-modes test "$(stat -c %a "$TMP/opt/opt/cordial/share/man/man1/cordial.1")" = 644

# What a packager runs never installs packages; "make run" and "make check" do,
# unless NO_DEPS is set.
for goal in all install uninstall; do
	check "no-package-manager-$goal" sh -c "! make -n -C '$ROOT' B='$TMP/nb' $goal 2>/dev/null | grep -q 'apt-get'"
done
check run-installs-packages sh -c "make -n -C '$ROOT' B='$TMP/nb' deps-build | grep -q 'apt-get install'"
make -s --no-print-directory -C "$ROOT" NO_DEPS=1 deps-test >"$TMP/out" 2>&1
check no-deps-installs-nothing test ! -s "$TMP/out"
check no-pinned-compiler sh -c "! grep -Eq '[a-z]-[0-9]+-dev|(clang|llvm|gcc)-[0-9]' '$ROOT/Makefile'"
# The user's flags are added to the project's, from the command line or the
# environment; AR and PKG_CONFIG are the user's to choose.
make -n -C "$ROOT" B="$TMP/nb" CPPFLAGS=-DUSER_CPP CFLAGS=-DUSER_C LDFLAGS=-Wl,-zuserld \
	"$TMP/nb/obj/text.o" "$TMP/nb/cordial" >"$TMP/out" 2>&1
check user-cppflags-added grep -q -- '-DLOCALEDIR=.*-DUSER_CPP' "$TMP/out"
check user-cflags-added grep -q -- '-Wall.*-DUSER_C' "$TMP/out"
check user-ldflags-added grep -q -- '-Wl,-zuserld' "$TMP/out"
CPPFLAGS=-DENV_CPP make -n -C "$ROOT" B="$TMP/nb" "$TMP/nb/obj/text.o" >"$TMP/out" 2>&1
check env-cppflags-added grep -q -- '-DPKGDATADIR=.*-DENV_CPP' "$TMP/out"
make -n -C "$ROOT" B="$TMP/nb" AR=my-ar PKG_CONFIG=my-pkg-config "$TMP/nb/libcordial.a" >"$TMP/out" 2>&1
check ar-overridden grep -q '^my-ar rcs' "$TMP/out"
check pkg-config-overridden grep -q 'my-pkg-config' "$TMP/out"

make -s -C "$ROOT" B="$B" uninstall DESTDIR="$R" >"$TMP/out" 2>"$TMP/err"; status=$?
expect uninstall-runs 0
check uninstall-removes-everything test -z "$(find "$R" -type f)"
