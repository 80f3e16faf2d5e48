#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Static analysis of src/: cppcheck and clang-tidy (checks in .clang-tidy), each with
# zero findings.  Prints one PASS/FAIL line per tool, with the findings on failure.
set -u
cd "$(dirname "$0")/../.."
B=${B:-build}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
DEFS=(-D_GNU_SOURCE -DCORDIAL_VERSION='"0"' -DLOCALEDIR='"/"' -DPKGDATADIR='"/"' -Isrc)
# shellcheck disable=SC2207
PKG=($(pkg-config --cflags ncursesw sqlite3 libpq))
# Files that other changes are rewriting at the moment; their findings are reported
# by hand until then (see tests/fuzz/fuzz_fsrs_input.c for the cli-fsrs.c ones).
SKIP_TIDY=${SKIP_TIDY-}

# cppcheck: warnings, portability and performance (style is left to the review).
if cppcheck --quiet --std=c11 --enable=warning,portability,performance --inline-suppr \
	--error-exitcode=1 -j2 "${DEFS[@]}" src/ >"$TMP/cppcheck" 2>&1; then
	echo "PASS static/cppcheck"
else
	echo "FAIL static/cppcheck: $(grep -c ': \(error\|warning\|portability\|performance\):' "$TMP/cppcheck") findings"
	sed 's/^/  /' "$TMP/cppcheck" | head -60
fi

# clang-tidy: each file on its own, as many at a time as there are processors.  A
# file that passed is not looked at again until it, a header or the checks change
# (stamps in $B/static).
stamps=$B/static
mkdir -p "$stamps"
common=$(cat src/*.h .clang-tidy | md5sum | cut -d' ' -f1)
files=() todo=()
for f in src/*.c; do
	case " $SKIP_TIDY " in *" $f "*) continue ;; esac
	files+=("$f")
	sum="$common $(md5sum <"$f" | cut -d' ' -f1)"
	[ "$(cat "$stamps/$(basename "$f").ok" 2>/dev/null)" = "$sum" ] || todo+=("$f")
done
if [ ${#todo[@]} -gt 0 ]; then
	# xargs passes a file as $1 with the flags after it; sh -c gets $TMP as $0.
	printf '%s\n' "${todo[@]}" | xargs -P "$(nproc)" -I{} sh -c \
		'clang-tidy --quiet "$1" -- -std=c17 "$@" >"$0/$(basename "$1").tidy" 2>&1 || echo "$1" >>"$0/failed"' \
		"$TMP" {} "${DEFS[@]}" "${PKG[@]}"
fi
for f in "${todo[@]}"; do
	grep -qxF "$f" "$TMP/failed" 2>/dev/null ||
		echo "$common $(md5sum <"$f" | cut -d' ' -f1)" >"$stamps/$(basename "$f").ok"
done
if [ ! -s "$TMP/failed" ]; then
	echo "PASS static/clang-tidy (${#files[@]} files, ${#todo[@]} analysed again)"
else
	echo "FAIL static/clang-tidy: findings in $(tr '\n' ' ' <"$TMP/failed")"
	cat "$TMP"/*.tidy | grep -E '(warning|error):' | sort -u | sed 's/^/  /' | head -60
fi
