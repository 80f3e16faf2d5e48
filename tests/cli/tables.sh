#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every aligned table of the command line, in English and in Chinese, with wide
# characters in names and headings: each cell starts where its heading starts (or,
# for a number, ends where it ends), counted in display columns, not bytes.
source "$(dirname "$0")/../lib.sh"
export CORDIAL_DATADIR=$ROOT/$B/share/cordial
shipped_content

# width TEXT: display columns (GNU wc -L counts a CJK character as two)
width() { printf '%s' "$1" | wc -L; }
# aligned NAME FILE [FIRST-LINE]: the table from FIRST-LINE (default 1, the heading)
# to the next blank line.
aligned() {
	local name=$1 file=$2 first=${3:-1} n=0 bad="" line
	local -a starts=() ends=()
	while IFS= read -r line; do
		[ -n "$line" ] || break
		local rest=$line col=0 k=0 lead
		while [ -n "$rest" ]; do
			lead=${rest%%[! ]*}
			col=$((col + ${#lead})) # spaces are one column
			rest=${rest#"$lead"}
			local cell=${rest%%  *}
			local w
			w=$(width "$cell")
			if [ $n -eq 0 ]; then
				starts[k]=$col ends[k]=$((col + w))
			elif [ -z "${starts[k]:-}" ] ||
				{ [ "${starts[k]}" -ne $col ] && [ "${ends[k]}" -ne $((col + w)) ]; }; then
				bad="row $n, cell $((k + 1)) '$cell' at column $col"
				break 2
			fi
			col=$((col + w))
			rest=${rest#"$cell"}
			k=$((k + 1))
		done
		n=$((n + 1))
	done < <(tail -n +"$first" "$file")
	if [ -z "$bad" ] && [ $n -ge 2 ]; then pass "$name"; else
		fail "$name" "${bad:-fewer than two lines}"; sed 's/^/  | /' "$file"
	fi
}

# A room: names, classes, titles and logins of several widths.
"$CORDIAL" learner add 张老师 --native zh --target en >/dev/null
"$CORDIAL" learner add Li --native zh --target en --study everyday >/dev/null
"$CORDIAL" learner add 王芳芳 --native zh --target en --study everyday >/dev/null
"$CORDIAL" class add 前台一班 >/dev/null
"$CORDIAL" class add Night >/dev/null
"$CORDIAL" class join 前台一班 Li 王芳芳 >/dev/null
"$CORDIAL" assign everyday/everyday-01 --class 前台一班 --due 2026-12-06 --note '早班' >/dev/null
"$CORDIAL" assign everyday/everyday-02 --to Li >/dev/null
sqlite3 "$CORDIAL_DB" "UPDATE learner SET login = 'wangff' WHERE name = '王芳芳'"
printf 'a\n3\n1 2 3\n\n' | "$CORDIAL" study --plain --learner Li --limit 2 >/dev/null 2>&1

for lang in en zh; do
	export LANGUAGE=""
	[ $lang = zh ] && export LANGUAGE=zh_CN
	cordial learner list
	cp "$TMP/out" "$TMP/t"
	aligned "$lang-learner-list" "$TMP/t"
	cordial class list
	cp "$TMP/out" "$TMP/t"
	aligned "$lang-class-list" "$TMP/t"
	cordial class list 前台一班
	cp "$TMP/out" "$TMP/t"
	aligned "$lang-class-members" "$TMP/t"
	cordial assignments
	cp "$TMP/out" "$TMP/t"
	aligned "$lang-assignments" "$TMP/t"
	cordial handbook list
	cp "$TMP/out" "$TMP/t"
	aligned "$lang-handbook-list" "$TMP/t"
	# the report: every table in it, each after its title line
	cordial report
	cp "$TMP/out" "$TMP/t"
	i=0
	while IFS=: read -r at _; do
		i=$((i + 1))
		aligned "$lang-report-table-$i" "$TMP/t" "$at"
	done < <(awk '{ l[NR] = $0 } END { for (i = 1; i < NR; i++)
		if ((i == 1 || l[i - 1] == "") && l[i] != "" && l[i + 1] != "") print i ":" }' "$TMP/t")
	check "$lang-report-has-tables" test "$i" -ge 2
done
