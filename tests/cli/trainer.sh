#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Trainers: the first learner's roles, classes and assignments, a term of study in
# the line mode, and the progress report in text, CSV and JSON, every figure of
# which is computed here again from the two databases; then what a learner tied to
# the login running cordial is refused.
source "$(dirname "$0")/../lib.sh"
G=$ROOT/tests/cli/golden
sql() { tdb "$@"; }
# at TIME ARG...: cordial at a moment of the term, output kept like `cordial`
at() { local when=$1; shift; CORDIAL_NOW=$when run "$CORDIAL" "$@"; }
# Inputs for the line mode: every kind of prompt finds a line it accepts.  A good
# learner picks a, rates 3 and puts words in order; a poor one picks c, rates 1 and
# reverses the words.
good() { for _ in $(seq "$1"); do printf 'a\n3\n1 2 3\n1 2 3 4\n1 2 3 4 5\n1 2 3 4 5 6\n1 2 3 4 5 6 7\n\n'; done; }
poor() { for _ in $(seq "$1"); do printf 'c\n1\n3 2 1\n4 3 2 1\n5 4 3 2 1\n6 5 4 3 2 1\n7 6 5 4 3 2 1\n\n'; done; }
# study FEED WHEN LEARNER SEED LIMIT
study() { "$1" 40 | CORDIAL_NOW=$2 "$CORDIAL" study --plain --learner "$3" --seed "$4" --limit "$5" >"$TMP/session" 2>&1; }

cat >"$TMP/desk.hb" <<'EOF'
%rec: Handbook

id: desk
title: 前台服务用语
title_en: Front desk phrases
source: zh
languages: en
version: 1

%rec: Lesson

id: desk-01
title: 入住
title_en: Checking in
order: 1

%rec: Phrase

id: desk-01-001
zh: 欢迎入住！
en: Welcome to our hotel!

id: desk-01-002
zh: 请出示您的护照。
en: May I see your passport?

id: desk-01-003
zh: 您的房间在五楼。
en: Your room is on the fifth floor.

id: desk-01-004
zh: 早餐七点开始。
en: Breakfast starts at seven.

id: desk-01-005
zh: 这是您的房卡。
en: Here is your key card.

%rec: Courtesy

id: desk-01-c01
situation: 一位客人深夜到达，看起来很疲惫。您应该怎么做？
option_a: 详细介绍酒店的所有设施。
option_b: 尽快办好入住，简单说明早餐时间。
option_c: 请客人明天再来登记。
answer: b
explanation: 疲惫的客人最需要的是尽快休息；其他信息可以之后再说。

%rec: Lesson

id: desk-02
title: 退房
title_en: Checking out
order: 2

%rec: Phrase

id: desk-02-001
zh: 您要退房吗？
en: Are you checking out?

id: desk-02-002
zh: 请稍等。
en: One moment, please.

id: desk-02-003
zh: 需要帮您叫出租车吗？
en: Shall I call a taxi for you?

id: desk-02-004
zh: 欢迎再次光临。
en: Please come again.

%rec: Lesson

id: desk-03
title: 指路
title_en: Directions
order: 3

%rec: Phrase

id: desk-03-001
zh: 电梯在左边。
en: The lift is on the left.

id: desk-03-002
zh: 餐厅在二楼。
en: The restaurant is on the second floor.
EOF
at 2026-11-16T08:00:00Z handbook import "$TMP/desk.hb"
expect import 0

# --- the first learner is trainer and editor; later ones are what they are told
at 2026-11-16T08:00:00Z learner add Teacher --native zh --target en
expect_match first-learner-trainer 0 out '^As the first learner, Teacher is the trainer and editor'
for name in 王芳 Li Zhao; do at 2026-11-16T08:00:00Z learner add "$name" --native zh --target en; done
expect_match later-learner-plain 0 out '^Added learner Zhao'
cordial learner list --format tsv
expect_match list-tsv-roles 0 out '^Teacher	zh	en	trainer,editor	0\.90	15	default$'
check list-tsv-learner grep -q '^Li	zh	en	learner	0\.90	15	default$' "$TMP/out"
cordial learner add Ed --native zh --target en --role editor
cordial learner list --format tsv
check role-editor-only grep -q '^Ed	zh	en	editor	' "$TMP/out"
check role-editor-flag test "$(sql "SELECT role || editor FROM learner WHERE name = 'Ed'")" = editor1
cordial learner add Ma --native zh --target en --role boss
expect_match role-unknown 2 err 'learner, trainer or editor \(trainer,editor for both\)'
if [ "$BACKEND" = pg ]; then
	# A training room knows people by their database role, which need not be a
	# user of this machine (a login over the network): the room makes it.
	cordial learner add Net --native zh --target en --user cordnet-$$
	expect_match user-database-role 0 out "studies as Net"
	check user-database-role-made test "$(pg_sql "SELECT count(*) FROM pg_roles WHERE rolname = 'cordnet-$$'")" = 1
else
	cordial learner add Ma --native zh --target en --user cordtest-nosuch-user
	expect_match user-unknown 1 err "no user 'cordtest-nosuch-user' on this machine"
fi
cordial learner add Ma --native zh --target en --user "$(printf 'x%.0s' $(seq 80))"
expect_match user-too-long 2 err "a login is 1 to [0-9]+ bytes long"
# Some other account of this machine than the one running the test.
OTHER=nobody
[ "$(id -un)" = nobody ] && OTHER=root
cordial learner add Ma --native zh --target en --user $OTHER
expect_match user-tied 0 out "^User $OTHER of this machine studies as Ma\\.\$"
cordial learner add Ma2 --native zh --target en --user $OTHER
expect_match user-taken 1 err "user $OTHER is already tied to another learner"
check user-refusals-add-nobody test "$(sql "SELECT count(*) FROM learner WHERE name LIKE 'Ma_%'")" = 0
# 王芳 also chose a lesson nobody assigned her: its items count for her pace only.
cordial learner study 王芳 desk/desk-03
expect_match learner-chooses 0 out '^王芳 now studies 1 more handbook or lesson\.$'
sql "UPDATE learner SET daily_new = 2 WHERE name IN ('王芳', 'Li')"
sql "UPDATE learner SET daily_new = 3 WHERE name = 'Zhao'"

# --- classes
at 2026-11-16T08:00:00Z class add 前台一班
expect_match class-add 0 out '^Added class 前台一班\.$'
at 2026-11-16T08:00:00Z class add 前台一班
expect_match class-add-twice 1 err "already a class named '前台一班'"
at 2026-11-16T08:00:00Z class add 夜班
at 2026-11-16T08:00:00Z class join 前台一班 王芳 Li Nosuch
expect_match class-join-unknown 1 err "no learner 'Nosuch'"
check class-join-all-or-nothing test "$(sql 'SELECT count(*) FROM class_member')" = 0
at 2026-11-16T08:00:00Z class join 前台一班 王芳 Li
expect_match class-join 0 out '^2 learners joined class 前台一班\.$'
at 2026-11-16T08:00:00Z class join 前台一班 Li
expect_match class-join-again 0 out '^0 learners joined class 前台一班\.$'
cordial class join Nosuch Li
expect_match class-join-no-class 1 err "no class 'Nosuch'"

# --- assignments: to a class, to a learner, again with another due date
at 2026-11-16T08:10:00Z assign desk/desk-01 --class 前台一班 --due 2026-11-23 --note '入住, "first"'
expect_match assign-class 0 out '^Assignment 1: desk/desk-01 for class 前台一班, due 2026-11-23\.$'
at 2026-11-16T08:20:00Z assign desk/desk-01 --class 前台一班 --due 2026-11-24
expect_match assign-again-same-id 0 out '^Assignment 1: desk/desk-01 for class 前台一班, due 2026-11-24\.$'
check assign-again-keeps-note test "$(sql 'SELECT note FROM assignment WHERE id = 1')" = '入住, "first"'
check assign-again-one-row test "$(sql 'SELECT count(*) FROM assignment')" = 1
at 2026-11-18T08:10:00Z assign desk/desk-02 --class 前台一班 --due 2026-12-20
expect assign-second 0
at 2026-11-18T08:20:00Z assign desk/desk-03 --to Li
expect_match assign-undated 0 out '^Assignment 3: desk/desk-03 for Li, no due date\.$'
before=$(sql .dump)
cordial assign desk/desk-09 desk/desk-02 --to Zhao
expect_match assign-unknown-lesson 1 err "handbook 'desk' has no lesson 'desk-09'"
cordial assign nosuch --to Zhao
expect_match assign-unknown-handbook 1 err "no handbook 'nosuch'"
cordial assign desk/desk-02 --to Zhao --due 2026-02-30
expect_match assign-bad-date 2 err 'date such as'
cordial assign desk/desk-02
expect_match assign-needs-target 2 err 'either --to LEARNER or --class CLASS'
cordial assign desk/desk-02 --to Zhao --class 前台一班
expect_match assign-not-both 2 err 'either --to LEARNER or --class CLASS'
check assign-refusals-change-nothing test "$(sql .dump)" = "$before"
CORDIAL_NOW=2026-11-18T09:00:00Z cordial assignments
expect assignments-golden 0 "$G/class-assignments.out"
cordial assignments --format tsv
expect_match assignments-tsv 0 out '^1	前台一班		desk	desk-01	2026-11-24	入住, "first"$'
cordial class list
expect class-list-golden 0 "$G/class-list.out"
cordial class list 前台一班 --format tsv
expect_match class-members-tsv 0 out '^王芳	zh	en	$'

# --- a class's assignments apply to those who join later
cordial assignments --learner Zhao
expect_match assignments-before-joining 0 out '^No assignments\.$'
study good 2026-11-25T11:00:00Z Zhao 1 10
check nothing-before-joining grep -q '^Nothing to study now\.$' "$TMP/session"
at 2026-11-25T11:30:00Z class join 前台一班 Zhao
cordial assignments --learner Zhao --format tsv
check assignments-after-joining test "$(cut -f1 "$TMP/out" | tr '\n' ' ')" = '1 2 '

# --- the term: two weeks of sessions, a good learner and a poor one
for d in 16 17 19 22 25 28; do
	study good 2026-11-${d}T09:00:00Z 王芳 "$d" 14
	study poor 2026-11-${d}T10:00:00Z Li "$d" 8
done
study good 2026-11-25T12:00:00Z Zhao 1 10
check joined-studies-assigned-first grep -q '欢迎入住！' "$TMP/session"
study poor 2026-11-27T12:00:00Z Zhao 2 10
study good 2026-12-01T09:00:00Z 王芳 31 20
study poor 2026-12-02T08:00:00Z 王芳 32 30
check term-studied test "$(sql 'SELECT count(DISTINCT learner) FROM review')" = 3

# --- the report, on 2 December 2026 at 09:00
export CORDIAL_NOW=2026-12-02T09:00:00Z
DAY=86400000
TODAY=$(( $(date -ud '2026-12-02 04:00' +%s) * 1000 ))
cordial report --class 前台一班
expect report-text-golden 0 "$G/report-class.out"
cp "$TMP/out" "$TMP/report.txt"
cordial report --class 前台一班 --format csv
expect report-csv-golden 0 "$G/report-class.csv"
cp "$TMP/out" "$TMP/report.csv"
cordial report --class 前台一班 --format json
expect report-json-golden 0 "$G/report-class.json"
cp "$TMP/out" "$TMP/report.json"

check csv-bom test "$(head -c 3 "$TMP/report.csv" | od -An -tx1 | tr -d ' ')" = efbbbf
check csv-crlf test "$(grep -c $'\r$' "$TMP/report.csv")" = "$(wc -l <"$TMP/report.csv")"
check csv-quoting grep -q '^assignment,前台一班,Li,1,desk,desk-01,2026-11-24,"入住, ""first""",4,' "$TMP/report.csv"
sqlite3 "$TMP/csv.db" ".import --csv $TMP/report.csv rep"
check csv-unquoted test "$(sqlite3 "$TMP/csv.db" "SELECT note FROM rep WHERE assignment = '1' LIMIT 1")" = '入住, "first"'
check json-valid test "$(sqlite3 :memory: "SELECT json_valid(CAST(readfile('$TMP/report.json') AS TEXT))")" = 1
js() { sqlite3 :memory: "SELECT json_extract(CAST(readfile('$TMP/report.json') AS TEXT), '$1')"; }
cs() { sqlite3 "$TMP/csv.db" "SELECT \"$1\" FROM rep WHERE $2"; }
# same NAME EXPECTED GOT: numbers compared as numbers ("0.5" is "0.5000")
same() {
	if awk -v a="$2" -v b="$3" 'BEGIN { exit !(a == b) }'; then pass "$1"; else fail "$1" "expected '$2', got '$3'"; fi
}
# round NUM DEN DECIMALS: NUM/DEN rounded half up
round() {
	awk -v n="$1" -v d="$2" -v k="$3" 'BEGIN { s = 10 ^ k; v = int((n * s * 2 + d) / (2 * d))
		if (k) printf "%d.%0*d\n", int(v / s), k, v % s; else print v }'
}
daystart() { echo $(( ($1 - 4 * 3600000) / DAY * DAY + 4 * 3600000 )); }
# The text report's rows as tab-separated fields (columns are two or more spaces apart).
learner_row() { awk -v n="$1" -F '  +' '/^LEARNER/ { on = 1; next } /^$/ { on = 0 } on && $1 == n { OFS = "\t"; $1 = $1; print }' "$TMP/report.txt"; }
assignment_row() { awk -v n="$1" -v id="$2" -F '  +' '/^ *ID  LESSON  +DUE  +LEARNER/ { on = 1; next } /^$/ { on = 0 } on { sub(/^ +/, ""); if ($1 == id && $4 == n) { OFS = "\t"; $1 = $1; print } }' "$TMP/report.txt"; }

# Figures computed from the databases, for a learner (id) or a class's members.
ASSIGNED="ATTACH '$CORDIAL_CONTENT' AS c;
  CREATE TEMP VIEW items AS SELECT DISTINCT i.handbook, i.id, m.id AS learner FROM c.item i
  JOIN assignment a ON a.handbook = i.handbook AND (a.lesson IS NULL OR a.lesson = i.lesson)
  JOIN learner m ON m.id = a.learner OR m.id IN (SELECT learner FROM class_member WHERE class = a.class)
  WHERE i.retired = 0;"
figure() { # figure LEARNER-IDS WHAT
	local ids=$1
	case $2 in
	total) sql "$ASSIGNED SELECT count(*) FROM items WHERE learner IN ($ids)" ;;
	introduced) sql "$ASSIGNED SELECT count(*) FROM items t WHERE learner IN ($ids) AND EXISTS
		(SELECT 1 FROM card WHERE learner = t.learner AND handbook = t.handbook AND item = t.id)" ;;
	learned) sql "$ASSIGNED SELECT count(*) FROM items t WHERE learner IN ($ids) AND (SELECT min(stability)
		FROM card WHERE learner = t.learner AND handbook = t.handbook AND item = t.id) >= 7" ;;
	week) sql "SELECT count(*) FROM review WHERE learner IN ($ids) AND time_ms >= $TODAY - 6 * $DAY" ;;
	month) sql "SELECT count(*) FROM review WHERE learner IN ($ids) AND time_ms >= $TODAY - 29 * $DAY" ;;
	answers) sql "SELECT count(*) FROM review WHERE learner IN ($ids) AND prev_state = 2" ;;
	right) sql "SELECT count(*) FROM review WHERE learner IN ($ids) AND prev_state = 2 AND rating > 1" ;;
	overdue) sql "SELECT count(*) FROM card WHERE learner IN ($ids) AND state = 2 AND due_ms < $TODAY" ;;
	days) sql "SELECT CAST(julianday('2026-12-02') - julianday(date((max(time_ms) - 4 * 3600000) / 1000,
		'unixepoch')) AS INTEGER) FROM review WHERE learner IN ($ids)" ;;
	esac
}
last_text() { case $1 in '') echo never ;; 0) echo today ;; 1) echo yesterday ;; *) echo "$1 days ago" ;; esac; }
retention_text() { if [ "$2" -eq 0 ]; then echo -; else echo "$(round $(( $1 * 100 )) "$2" 0)% of $2"; fi; }

# check_figures LABEL IDS JSON-PATH CSV-WHERE TEXT-ROW-NAME
check_figures() {
	local label=$1 ids=$2 jp=$3 where=$4 name=$5
	local total introduced learned week month answers right overdue days
	total=$(figure "$ids" total); introduced=$(figure "$ids" introduced); learned=$(figure "$ids" learned)
	week=$(figure "$ids" week); month=$(figure "$ids" month); answers=$(figure "$ids" answers)
	right=$(figure "$ids" right); overdue=$(figure "$ids" overdue); days=$(figure "$ids" days)
	for f in total introduced learned week month answers overdue; do
		local key=$f
		case $f in week) key=reviews_7d ;; month) key=reviews_30d ;; answers) key=review_answers ;; esac
		same "$label-json-$f" "${!f}" "$(js "$jp.$key")"
		same "$label-csv-$f" "${!f}" "$(cs "$key" "$where")"
	done
	same "$label-json-right" "$right" "$(js "$jp.review_right")"
	if [ "$answers" -gt 0 ]; then
		same "$label-json-retention" "$(round "$right" "$answers" 4)" "$(js "$jp.retention")"
		same "$label-csv-retention" "$(round "$right" "$answers" 4)" "$(cs retention "$where")"
	else
		check "$label-json-retention-null" test "$(js "$jp.retention")" = ""
	fi
	check "$label-json-days" test "$(js "$jp.days_since_study")" = "$days"
	check "$label-csv-days" test "$(cs days_since_study "$where")" = "$days"
	local want
	want=$(printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s' "$name" "$introduced/$total" "$learned/$total" \
		"$week" "$month" "$(retention_text "$right" "$answers")" "$overdue" "$(last_text "$days")")
	check "$label-text-row" test "$(learner_row "$name")" = "$want"
}

# check_assignments NAME JSON-INDEX: each assignment that applies to the learner, in
# study order, with its pace, what it still needs, and whether it is on track.
check_assignments() {
	local name=$1 ji=$2 id k=0 needed=0
	local lid; lid=$(sql "SELECT id FROM learner WHERE name = '$name'")
	for id in $(sql "SELECT id FROM assignment WHERE learner = $lid OR class IN
			(SELECT class FROM class_member WHERE learner = $lid)
			ORDER BY coalesce(due_day, '9999-12-31'), id"); do
		local lesson due due_ms created total introduced start pdays pitems left status on_track
		lesson=$(sql "SELECT lesson FROM assignment WHERE id = $id")
		due=$(sql "SELECT coalesce(due_day, '') FROM assignment WHERE id = $id")
		created=$(sql "SELECT created_ms FROM assignment WHERE id = $id")
		total=$(sql "ATTACH '$CORDIAL_CONTENT' AS c; SELECT count(*) FROM c.item WHERE handbook = 'desk'
			AND lesson = '$lesson' AND retired = 0")
		introduced=$(sql "ATTACH '$CORDIAL_CONTENT' AS c; SELECT count(*) FROM c.item i WHERE
			handbook = 'desk' AND lesson = '$lesson' AND retired = 0 AND EXISTS (SELECT 1 FROM card
			WHERE learner = $lid AND handbook = i.handbook AND item = i.id)")
		needed=$(( needed + total - introduced ))
		start=$(daystart "$created")
		[ "$start" -lt $(( TODAY - 13 * DAY )) ] && start=$(( TODAY - 13 * DAY ))
		pdays=$(( (TODAY - start) / DAY + 1 ))
		pitems=$(sql "SELECT count(*) FROM (SELECT min(created_ms) AS first FROM card WHERE
			learner = $lid GROUP BY handbook, item) WHERE first >= $start")
		left=0 due_ms=-1
		[ -n "$due" ] && due_ms=$(( $(date -ud "$due 04:00" +%s) * 1000 ))
		[ "$due_ms" -ge "$TODAY" ] && left=$(( (due_ms - TODAY) / DAY + 1 ))
		if [ "$introduced" -eq "$total" ]; then status=done on_track=1
		elif [ -z "$due" ]; then status=undated on_track=
		elif [ "$due_ms" -lt "$TODAY" ]; then status=late on_track=0
		elif [ "$pdays" -le 1 ]; then status=on-track on_track=1
		elif [ $(( pitems * left )) -ge $(( needed * pdays )) ]; then status=on-track on_track=1
		else status=behind on_track=0; fi
		local jp="\$.learners[$ji].assignments[$k]" where="record = 'assignment' AND learner = '$name' AND assignment = '$id'"
		same "$name-$id-json-id" "$id" "$(js "$jp.id")"
		for f in introduced total needed; do
			same "$name-$id-json-$f" "${!f}" "$(js "$jp.$f")"
			same "$name-$id-csv-$f" "${!f}" "$(cs "$f" "$where")"
		done
		same "$name-$id-json-pace-items" "$pitems" "$(js "$jp.pace_items")"
		same "$name-$id-json-pace-days" "$pdays" "$(js "$jp.pace_days")"
		same "$name-$id-json-pace" "$(round "$pitems" "$pdays" 2)" "$(js "$jp.pace")"
		same "$name-$id-csv-pace" "$(round "$pitems" "$pdays" 2)" "$(cs pace "$where")"
		check "$name-$id-json-status" test "$(js "$jp.status")" = "$status"
		check "$name-$id-csv-status" test "$(cs status "$where")" = "$status"
		check "$name-$id-json-on-track" test "$(js "$jp.on_track")" = "$on_track"
		[ -n "$due" ] && same "$name-$id-json-days-left" "$left" "$(js "$jp.days_left")"
		local text_status=${status/on-track/on track}
		[ "$status" = undated ] && text_status='no due date'
		local want
		want=$(printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s' "$id" "desk/$lesson" "${due:--}" "$name" \
			"$introduced/$total" "$needed" "$(round "$pitems" "$pdays" 2)" \
			"$( [ -n "$due" ] && echo "$left" || echo -)" "$text_status")
		check "$name-$id-text-row" test "$(assignment_row "$name" "$id")" = "$want"
		k=$((k + 1))
	done
	same "$name-json-assignment-count" "$k" "$(sqlite3 :memory: "SELECT json_array_length(CAST(
		readfile('$TMP/report.json') AS TEXT), '\$.learners[$ji].assignments')")"
}

members=$(sql "SELECT group_concat(learner) FROM class_member WHERE class = 1")
check json-learners-by-name test "$(js '$.learners[0].name') $(js '$.learners[1].name') $(js '$.learners[2].name')" = 'Li Zhao 王芳'
i=0
for name in Li Zhao 王芳; do
	id=$(sql "SELECT id FROM learner WHERE name = '$name'")
	check_figures "$name" "$id" "\$.learners[$i]" "record = 'learner' AND learner = '$name'" "$name"
	check_assignments "$name" "$i"
	i=$((i + 1))
done
check_figures class "$members" '$.class' "record = 'class'" '(whole class)'
same class-json-members 3 "$(js '$.class.members')"

# The class's assignments: its members counted by the status each has for them.
statuses=$(for ji in 0 1 2; do for a in 0 1 2; do
	id=$(js "\$.learners[$ji].assignments[$a].id")
	[ -n "$id" ] && echo "$id $(js "\$.learners[$ji].assignments[$a].status")"
done; done)
for k in 0 1; do
	id=$(js "\$.class.assignments[$k].id")
	for s in done on-track behind late undated; do
		same "class-assignment-$id-$s" "$(grep -cx "$id $s" <<<"$statuses")" \
			"$(js "\$.class.assignments[$k].${s/-/_}")"
	done
done

# The items the class misses most: Again answers counted here with one query.
MISSED="SELECT c.item || ' ' || count(*) FROM review r JOIN card c ON c.id = r.card
  WHERE r.learner IN ($members) AND r.rating = 1 AND r.time_ms >= %s
  GROUP BY c.handbook, c.item ORDER BY count(*) DESC, c.handbook, c.item LIMIT 10"
# shellcheck disable=SC2059
want=$(sql "$(printf "$MISSED" 0)")
got=$(for k in $(seq 0 9); do item=$(js "\$.class.most_missed[$k].item"); [ -n "$item" ] && echo "$item $(js "\$.class.most_missed[$k].again")"; done)
check missed-json test "$got" = "$want"
got=$(sqlite3 "$TMP/csv.db" "SELECT item || ' ' || again FROM rep WHERE record = 'missed' ORDER BY rowid")
check missed-csv test "$got" = "$want"
got=$(awk -F '  +' '/^AGAIN/ { on = 1; next } on { sub(/^ +/, ""); sub(/^desk\//, "", $2); print $2 " " $1 }' "$TMP/report.txt")
check missed-text test "$got" = "$want"
check missed-text-source grep -q '^ *[0-9]*  desk/desk-01-001  欢迎入住！$' "$TMP/report.txt"
check missed-at-most-10 test "$(sqlite3 :memory: "SELECT json_array_length(CAST(readfile('$TMP/report.json')
	AS TEXT), '\$.class.most_missed')")/$(sql "SELECT count(DISTINCT c.item) FROM review r JOIN card c
	ON c.id = r.card WHERE r.learner IN ($members) AND r.rating = 1")" = 10/11

# --since counts retention and missed items from that day on.
since=$(( $(date -ud '2026-11-25 04:00' +%s) * 1000 ))
cordial report --class 前台一班 --since 2026-11-25 --format json
cp "$TMP/out" "$TMP/report.json"
same since-retention-answers "$(sql "SELECT count(*) FROM review WHERE learner IN ($members) AND prev_state = 2 AND time_ms >= $since")" "$(js '$.class.review_answers')"
same since-retention-right "$(sql "SELECT count(*) FROM review WHERE learner IN ($members) AND prev_state = 2 AND rating > 1 AND time_ms >= $since")" "$(js '$.class.review_right')"
got=$(for k in $(seq 0 9); do item=$(js "\$.class.most_missed[$k].item"); [ -n "$item" ] && echo "$item $(js "\$.class.most_missed[$k].again")"; done)
# shellcheck disable=SC2059
check since-missed test "$got" = "$(sql "$(printf "$MISSED" "$since")")"
check since-shown test "$(js '$.since')" = 2026-11-25
cordial report --since 2026-13-01
expect_match since-bad-date 2 err 'date such as'
cordial report --format xml
expect_match bad-format 2 err 'text, csv or json'
cordial report --class Nosuch
expect_match report-unknown-class 1 err "no class 'Nosuch'"
cordial report
check report-everyone test "$(grep -c '^Teacher  \|^Li  \|^Zhao  \|^王芳  \|^Ed  \|^Ma  ' "$TMP/out")" = 6

# --- a learner tied to the login running cordial: only their own progress
ME=$(id -un)
sql "UPDATE learner SET login = NULL WHERE login = '$ME'; UPDATE learner SET login = '$ME' WHERE name = 'Li'"
before=$(sql .dump)
refused() { # refused NAME REGEX COMMAND...
	local name=$1 re=$2; shift 2
	cordial "$@"
	expect_match "refused-$name" 1 err "$re"
}
refused assign 'only a trainer can assign lessons; ask Teacher$' assign desk/desk-03 --to Li
refused unassign 'only a trainer can remove assignments; ask Teacher' unassign 1
refused class-add 'only a trainer can add classes; ask Teacher' class add 早班
refused class-join 'only a trainer can change who is in a class' class join 前台一班 Ed
refused class-leave 'only a trainer can change who is in a class' class leave 前台一班 王芳
refused class-members 'only a trainer can see who is in a class' class list 前台一班
refused learner-add 'only a trainer can add learners; ask Teacher' learner add Sun
refused learner-study-other 'only a trainer can choose lessons for another learner' learner study 王芳 desk/desk-03
refused import 'only an editor can import handbooks; ask Ed, Teacher' handbook import "$TMP/desk.hb"
refused report-class "only a trainer can see a class's report" report --class 前台一班
refused report-other "only a trainer can see another learner's report" report --learner 王芳
refused assignments-other "only a trainer can see other learners' assignments" assignments --learner 王芳
refused study-other "you are learner 'Li' on this machine \\(user $ME\\), and cordial does not act as another learner" study --plain --learner 王芳
refused optimize-other 'does not act as another learner' optimize --learner 王芳
check refusals-change-nothing test "$(sql .dump)" = "$before"
cordial report --format json
cp "$TMP/out" "$TMP/report.json"
check own-report-only test "$(js '$.learners[0].name')/$(js '$.learners[1].name')" = Li/
cordial learner list --format tsv
check own-row-only test "$(cut -f1 "$TMP/out")" = Li
cordial class list --format tsv
check own-classes-only test "$(cut -f1 "$TMP/out")" = 前台一班
cordial assignments --format tsv
check own-assignments test "$(cut -f1 "$TMP/out" | tr '\n' ' ')" = '1 2 3 '
: | cordial study --plain
expect_match study-as-self 0 out '^Studying as Li:'
cordial learner study Li desk/desk-03
expect_match choose-own-lessons 0 out '^Li now studies 1 more handbook or lesson\.$'

# --- tied to the trainer: manages everyone, but still studies only as themselves
sql "UPDATE learner SET login = NULL WHERE name = 'Li'; UPDATE learner SET login = '$ME' WHERE name = 'Teacher'"
at 2026-12-02T09:00:00Z assign desk/desk-03 --class 夜班 --due 2026-12-24
expect_match trainer-assigns 0 out '^Assignment 4: desk/desk-03 for class 夜班, due 2026-12-24\.$'
cordial report --learner 王芳
expect_match trainer-sees-others 0 out '^王芳  '
cordial study --plain --learner 王芳
expect_match trainer-not-as-other 1 err 'does not act as another learner'
cordial handbook import "$TMP/desk.hb"
expect_match trainer-editor-imports 0 out '^desk: 0 added'
sql "UPDATE learner SET login = NULL WHERE name = 'Teacher'"

# --- leaving a class, removing an assignment
cordial class leave 前台一班 Zhao
expect_match class-leave 0 out '^1 learner left class 前台一班\.$'
cordial assignments --learner Zhao
expect_match left-class-no-assignments 0 out '^No assignments\.$'
cordial unassign 4
expect_match unassign 0 out '^Removed assignment 4: desk/desk-03 for class 夜班\.$'
check unassign-gone test "$(sql 'SELECT count(*) FROM assignment WHERE id = 4')" = 0
cordial unassign 4
expect_match unassign-unknown 1 err 'no assignment 4'
cordial unassign x
expect_match unassign-usage 2 err 'number of an assignment'

# --- schema 3 (and 4): the settings of the full-screen app
check schema-current test "$(sql 'PRAGMA user_version')" = 5
check speech-default test "$(sql "SELECT speech || coalesce(voice, '-') FROM learner WHERE name = 'Li'")" = 1-

if [ "$BACKEND" = sqlite ]; then
# --- a training database of schema 2 is migrated, with a backup copy first: the
# role editor becomes the editor flag, and with no trainer yet the first learner
# becomes trainer and editor, as in a new database
cp "$CORDIAL_DB" "$TMP/old.db"
sqlite3 "$TMP/old.db" "DROP INDEX review_by_time; DROP INDEX card_by_state; DROP INDEX learner_login; DROP INDEX class_member_by_learner;
  DROP INDEX assignment_by_learner; DROP INDEX assignment_by_class; DROP INDEX review_report;
  ALTER TABLE learner DROP COLUMN login; ALTER TABLE learner DROP COLUMN editor;
  ALTER TABLE learner DROP COLUMN speech; ALTER TABLE learner DROP COLUMN voice;
  UPDATE learner SET role = 'learner' WHERE name = 'Teacher'; PRAGMA user_version = 2"
CORDIAL_DB=$TMP/old.db cordial learner list --format tsv
expect_match migrated-first-trainer 0 out '^Teacher	zh	en	trainer,editor	'
check migrated-editor grep -q '^Ed	zh	en	editor	' "$TMP/out"
check migrated-version test "$(sqlite3 "$TMP/old.db" 'PRAGMA user_version')" = 5
check migrated-backup test "$(sqlite3 "$TMP/old.db.v2.bak" 'PRAGMA user_version')" = 2
check migrated-keeps-reviews test "$(sqlite3 "$TMP/old.db" 'SELECT count(*) FROM review')" = "$(sql 'SELECT count(*) FROM review')"
fi
