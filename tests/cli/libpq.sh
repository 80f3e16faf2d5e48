#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# libpq is loaded only when a training room on PostgreSQL is opened: a start on
# SQLite does not load it, and without it a room is refused with what to install.
source "$(dirname "$0")/../lib.sh"
check not-linked-to-libpq sh -c "! ldd '$CORDIAL' | grep -q libpq"
# A loader that cannot find libpq: dlopen fails for it as it would without libpq5.
cat >"$TMP/nolibpq.c" <<'C'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <string.h>
void *dlopen(const char *file, int flags)
{
	static void *(*real)(const char *, int);
	if (file && strstr(file, "libpq"))
		return NULL;
	if (!real)
		real = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
	return real(file, flags);
}
char *dlerror(void)
{
	return "libpq.so.5: cannot open shared object file: No such file or directory";
}
C
if cc -shared -fPIC -o "$TMP/nolibpq.so" "$TMP/nolibpq.c" 2>"$TMP/cc.err"; then
	run env LD_PRELOAD="$TMP/nolibpq.so" "$CORDIAL" --db "postgresql:///nosuch?host=$TMP" learner list
	expect_match room-without-libpq 1 err "^cordial: cannot open a training room on PostgreSQL: libpq.so.5: .*install the PostgreSQL client library, Debian package libpq5"
	shipped_content
	run env LD_PRELOAD="$TMP/nolibpq.so" "$CORDIAL" learner add Ann --native zh --target en
	expect_match sqlite-without-libpq 0 out 'Ann'
else
	skip room-without-libpq "no C compiler for the test's loader: $(head -1 "$TMP/cc.err")"
fi
