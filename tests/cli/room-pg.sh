#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A training room on PostgreSQL set up as cordial(1) says, with real system users
# made for the test (cordpg*, removed at the end whatever happens): the owner (a
# role that may create roles, not a superuser) runs `cordial room init` and adds
# the trainer; the trainer enrols learners.  Then the learners attack it as cordial
# would not: with psql, under their own login (peer authentication), each forbidden
# change is refused and the room's data is unchanged; through cordial, a refusal
# by the database reads as cordial's message, status 1.  The trainer's report sees
# everyone; a learner killed with -9 loses no acknowledged answer.  The schema of
# a room of the first version is migrated.  Without root it checks nothing and
# says so.
export CORDIAL_TEST_BACKEND=pg
if [ "$(id -u)" -ne 0 ] || ! command -v useradd >/dev/null || ! command -v runuser >/dev/null; then
	echo "# room-pg: skipped (making system users needs root, useradd and runuser)"
	exit 0
fi
source "$(dirname "$0")/../lib.sh"

# Names of this run's own: runs at the same time on one machine (two "make check")
# each make and remove only theirs.  The process id keeps them apart, and short:
# within useradd's 32 bytes, and so within the 63 that cordial (and PostgreSQL)
# takes for a login.
RUN=cordpg$$
U_OWN=${RUN}own U_TR=${RUN}tr U_L1=${RUN}l1 U_L2=${RUN}l2 U_OUT=${RUN}out
USERS="$U_OWN $U_TR $U_L1 $U_L2 $U_OUT"
for name in $USERS; do
	[ ${#name} -le 32 ] || { fail names-fit "$name is longer than 32 bytes"; exit 0; }
done
DB=cordial_room_$$
URI="postgresql:///$DB?host=$PGHOST"
remove_all() {
	dropdb -h "$PGHOST" --if-exists "$DB" 2>/dev/null
	dropdb -h "$PGHOST" --if-exists "${DB}_old" 2>/dev/null
	dropdb -h "$PGHOST" --if-exists "${DB}_v2" 2>/dev/null
	for u in $USERS; do
		psql -X -q -h "$PGHOST" -d postgres -c "DROP ROLE IF EXISTS $u" 2>/dev/null
		getent passwd "$u" >/dev/null && userdel -f "$u" 2>/dev/null
	done
	return 0
}
# What a run killed hard left: the users of a process that is gone (their roles
# went with that run's server, or go with this one's remove_all).
remove_left() {
	local name
	for name in $(getent passwd | cut -d: -f1); do
		[[ $name =~ ^cordpg([0-9]+)(own|tr|l1|l2|out)$ ]] || continue
		kill -0 "${BASH_REMATCH[1]}" 2>/dev/null || userdel -f "$name" 2>/dev/null
	done
	return 0
}
trap 'remove_all; lib_cleanup' EXIT
trap 'exit 1' INT TERM HUP
remove_left
remove_all

for u in $USERS; do
	useradd -M -N -s /usr/sbin/nologin "$u" || { fail users-made; exit 0; }
done
pass users-made

# The content database, readable by everyone (it is not what is tested here).
chmod 711 "$TMP"
install -d -m 777 "$TMP/content"
"$CORDIAL" --content "$TMP/content/content.db" handbook import "$ROOT/tests/data/hb/shop.hb" >/dev/null
chmod 666 "$TMP/content/content.db"*
export CORDIAL_CONTENT=$TMP/content/content.db CORDIAL_DB=$URI CORDIAL_TTS=/bin/true
# as USER ARG...: cordial run by that user
as() { local who=$1; shift; run runuser -u "$who" -- "$CORDIAL" "$@"; }
# psql_as USER SQL: psql under that user's login, output in $TMP/out and $TMP/err
psql_as() {
	run runuser -u "$1" -- env PGOPTIONS='-c search_path=cordial' \
		psql -X -q -A -t -v ON_ERROR_STOP=1 -h "$PGHOST" -d "$DB" -c "$2"
}
# owner_sql SQL: as the server's superuser (the test), outside the room's rules
owner_sql() { PGOPTIONS='-c search_path=cordial' psql -X -q -A -t -h "$PGHOST" -d "$DB" -c "$1"; }
room_data() {
	local t
	for t in learner learner_lesson class class_member assignment card review; do
		owner_sql "SELECT * FROM $t ORDER BY 1, 2"
	done
}

# The administrator: a role that may create roles owns the database.
createuser -h "$PGHOST" --createrole "$U_OWN" && createdb -h "$PGHOST" -O "$U_OWN" "$DB" ||
	{ fail database-made; exit 0; }
as "$U_OWN" room init
expect_match owner-inits 0 out 'set up \(schema version [0-9]+\)'
as "$U_OWN" room init
expect_match owner-inits-again 0 out 'renewed'
as "$U_OWN" learner add Teacher --native zh --target en --user "$U_TR"
expect_match owner-adds-trainer 0 out 'trainer and editor'
as "$U_TR" learner add 王芳 --native zh --target en --user "$U_L1" --study shop
expect_match trainer-enrols-learner 0 out "$U_L1"
as "$U_TR" learner add Li --native zh --target en --user "$U_L2" --study shop
as "$U_TR" room init
expect_match only-owner-inits 1 err "only the owner of the training room \\($U_OWN\\)"
as "$U_TR" class add Room
as "$U_TR" class join Room 王芳 Li
expect class-join 0
as "$U_TR" assign shop/shop-01 --to 王芳 --due 2026-12-10
expect_match trainer-assigns 0 out '^Assignment [0-9]+: shop/shop-01'
check trainer-role-made test "$(psql -X -A -t -h "$PGHOST" -d postgres -c "SELECT string_agg(r.rolname, ',' ORDER BY r.rolname)
	FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
	WHERE u.rolname = '$U_TR'")" = cordial_editor,cordial_learner,cordial_trainer
check learner-role-made test "$(psql -X -A -t -h "$PGHOST" -d postgres -c "SELECT string_agg(r.rolname, ',')
	FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
	WHERE u.rolname = '$U_L1'")" = cordial_learner
check trainers-not-createrole test "$(psql -X -A -t -h "$PGHOST" -d postgres -c "SELECT count(*) FROM pg_roles
	WHERE rolname IN ('$U_TR', '$U_L1', '$U_L2') AND (rolcreaterole OR rolsuper OR rolbypassrls)")" = 0

# Both learners study as themselves.
printf '\na\n\nc\n\n' | runuser -u "$U_L1" -- "$CORDIAL" study --plain >"$TMP/out" 2>"$TMP/err"; status=$?
expect_match learner-studies-as-self 0 out '^Studying as 王芳:'
printf '\n\na\n\n' | runuser -u "$U_L2" -- "$CORDIAL" study --plain >"$TMP/out" 2>"$TMP/err"; status=$?
expect_match second-learner-studies 0 out '^Studying as Li:'
l1=$(owner_sql "SELECT id FROM learner WHERE login = '$U_L1'")
l2=$(owner_sql "SELECT id FROM learner WHERE login = '$U_L2'")
check both-have-reviews test "$(owner_sql "SELECT count(DISTINCT learner) FROM review")" = 2
check learner-has-earlier-review test "$(owner_sql "SELECT count(*) FROM review WHERE learner = $l1")" -ge 2
other_card=$(owner_sql "SELECT min(id) FROM card WHERE learner = $l2")
own_first=$(owner_sql "SELECT min(id) FROM review WHERE learner = $l1")

# --- psql under a learner's own login: every forbidden change refused
before=$(room_data)
# refused outright (an error, exit status not 0)
refused() {
	local name=$1 sql=$2
	psql_as "$U_L1" "$sql"
	if [ "$status" -ne 0 ] && grep -q 'permission denied\|violates row-level security' "$TMP/err"; then
		pass "psql-refused-$name"
	else fail "psql-refused-$name" "$sql"; show; fi
}
# finds no row to change (the policies hide it): "UPDATE 0", "DELETE 0"
untouched() {
	local name=$1 sql=$2
	run runuser -u "$U_L1" -- env PGOPTIONS='-c search_path=cordial' \
		psql -X -A -t -v ON_ERROR_STOP=1 -h "$PGHOST" -d "$DB" -c "$sql"
	if [ "$status" -eq 0 ] && grep -Eq '^(UPDATE|DELETE) 0$' "$TMP/out"; then
		pass "psql-untouched-$name"
	else fail "psql-untouched-$name" "$sql"; show; fi
}
refused own-role "UPDATE learner SET role = 'trainer' WHERE login = current_user"
refused own-login "UPDATE learner SET login = NULL WHERE login = current_user"
refused own-name "UPDATE learner SET name = 'Teacher2' WHERE login = current_user"
refused own-editor "UPDATE learner SET editor = 1 WHERE login = current_user"
refused delete-own-card "DELETE FROM card WHERE learner = $l1"
refused change-card-owner "UPDATE card SET learner = $l2 WHERE learner = $l1"
refused insert-review-for-other "INSERT INTO review (learner, card, time_ms, skill, presentation,
	rating, duration_ms, prev_state, prev_step, prev_stability, prev_difficulty, prev_scheduled_days,
	prev_due_ms, prev_last_review_ms, prev_reps, prev_lapses)
	VALUES ($l2, $other_card, 0, 'recognize', 'flip', 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)"
refused insert-review-on-others-card "INSERT INTO review (learner, card, time_ms, skill, presentation,
	rating, duration_ms, prev_state, prev_step, prev_stability, prev_difficulty, prev_scheduled_days,
	prev_due_ms, prev_last_review_ms, prev_reps, prev_lapses)
	VALUES ($l1, $other_card, 0, 'recognize', 'flip', 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)"
refused insert-card-for-other "INSERT INTO card (learner, handbook, item, skill, state, step,
	stability, difficulty, scheduled_days, due_ms, last_review_ms, reps, lapses, created_ms)
	VALUES ($l2, 'shop', 'x', 'judge', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)"
refused review-server-time "UPDATE review SET recorded_at = now() WHERE learner = $l1"
refused change-assignment "UPDATE assignment SET due_day = '2027-01-01'"
refused delete-assignment "DELETE FROM assignment"
refused add-assignment "INSERT INTO assignment (learner, handbook, created_ms) VALUES ($l1, 'shop', 0)"
refused add-class "INSERT INTO class (name, created_ms) VALUES ('Mine', 0)"
refused join-class "INSERT INTO class_member (class, learner, joined_ms) SELECT id, $l1, 0 FROM class"
refused add-learner "INSERT INTO learner (name, native, target, created_ms, login) VALUES ('Sneak', 'zh', 'en', 0, '$U_OUT')"
refused delete-learner "DELETE FROM learner WHERE id = $l2"
refused enrol "SELECT cordial.enrol('$U_OUT')"
refused version "UPDATE schema_version SET version = 1"
untouched others-reviews "UPDATE review SET rating = 1 WHERE learner = $l2"
untouched delete-others-reviews "DELETE FROM review WHERE learner = $l2"
untouched others-cards "UPDATE card SET reps = 99 WHERE learner = $l2"
untouched others-settings "UPDATE learner SET daily_new = 0 WHERE id = $l2"
untouched earlier-review-rewritten "UPDATE review SET rating = 1 WHERE id = $own_first"
untouched earlier-review-deleted "DELETE FROM review WHERE id = $own_first"
# the room's own look-ups answer only about the one who asks
psql_as "$U_L1" "SELECT cordial.learner_of('$U_L2')"
check psql-no-learner-of-another test "$status" -ne 0 -a -z "$(cat "$TMP/out")"
psql_as "$U_L1" "SELECT cordial.trains('$U_TR')"
check psql-no-trains-of-another test "$status" -ne 0 -a -z "$(cat "$TMP/out")"
psql_as "$U_L1" "SELECT cordial.latest_review('$U_L2')"
check psql-no-latest-of-another test "$status" -ne 0 -a -z "$(cat "$TMP/out")"
psql_as "$U_L1" "SELECT cordial.learner_of() || ' ' || cordial.trains()"
check psql-learner-of-self test "$(cat "$TMP/out")" = "$l1 false"
psql_as "$U_L1" "SET ROLE cordial_learner; SELECT cordial.learner_of()"
check psql-set-role-same-learner test "$(cat "$TMP/out")" = "$l1"
psql_as "$U_L1" "SELECT count(*) FROM review WHERE learner <> $l1"
check psql-others-reviews-unseen test "$(cat "$TMP/out")" = 0
psql_as "$U_L1" "SELECT count(*) FROM card WHERE learner <> $l1"
check psql-others-cards-unseen test "$(cat "$TMP/out")" = 0
psql_as "$U_L1" "SELECT string_agg(name, ',') FROM learner"
check psql-only-own-learner-row test "$(cat "$TMP/out")" = 王芳
# the room's one-call answer: for oneself only, on one's own cards only
other_state=$(owner_sql "SELECT concat_ws(', ', state, step, stability, difficulty, scheduled_days,
	due_ms, last_review_ms, reps, lapses) FROM card WHERE id = $other_card")
psql_as "$U_L1" "SELECT cordial.answer($l2, $other_card, 0, 'recognize', 'flip', 4, NULL, NULL, 0,
	$other_state, 2, 0, 1, 1, 1, 9, 9, 9, 0)"
check psql-refused-answer-for-other grep -q 'for oneself only' "$TMP/err"
psql_as "$U_L1" "SELECT coalesce(cordial.answer($l1, $other_card, 0, 'recognize', 'flip', 4, NULL,
	NULL, 0, $other_state, 2, 0, 1, 1, 1, 9, 9, 9, 0), -1)"
check psql-answer-on-others-card-nothing test "$(cat "$TMP/out")" = -1
check psql-attacks-change-nothing test "$(room_data)" = "$before"
# what a learner may do: their own settings
psql_as "$U_L1" "UPDATE learner SET daily_new = 7 WHERE login = current_user"
check psql-own-settings test "$(owner_sql "SELECT daily_new FROM learner WHERE id = $l1")" = 7
# ... and undo their latest answer, but only for a short time after the server
# recorded it
latest=$(owner_sql "SELECT max(id) FROM review WHERE learner = $l1")
owner_sql "UPDATE review SET recorded_at = now() - interval '11 minutes' WHERE id = $latest"
untouched latest-after-window "DELETE FROM review WHERE id = $latest"
owner_sql "UPDATE review SET recorded_at = now() WHERE id = $latest"
psql_as "$U_L1" "DELETE FROM review WHERE id = $latest RETURNING id"
check psql-latest-undone test "$(cat "$TMP/out")" = "$latest"

# ... and through cordial, the undo of the answer just given (the card as it was;
# the psql undo above left its card alone, so only the others are compared)
mismatched() { owner_sql "SELECT c.id FROM card c WHERE c.learner = $l1
	AND c.reps <> (SELECT count(*) FROM review r WHERE r.card = c.id) ORDER BY 1"; }
before=$(owner_sql "SELECT count(*) FROM review WHERE learner = $l1") wrong=$(mismatched)
printf '\na\nu\nq\n' | runuser -u "$U_L1" -- "$CORDIAL" study --plain >"$TMP/out" 2>"$TMP/err"; status=$?
expect_match cordial-learner-undoes 0 out 'Answer 1 saved.*|The last answer is undone'
check cordial-learner-undid grep -q 'The last answer is undone' "$TMP/out"
check cordial-undo-logged test "$(owner_sql "SELECT count(*) FROM review WHERE learner = $l1")" = "$before"
check cordial-undo-cards-match-log test "$(mismatched)" = "$wrong"

# A login with no learner row gets nothing, even in the learners' group.
psql_as "$U_OUT" "SELECT count(*) FROM learner"
check outsider-no-schema grep -Eq 'permission denied|does not exist' "$TMP/err"
psql -X -q -h "$PGHOST" -d postgres -c "CREATE ROLE $U_OUT LOGIN IN ROLE cordial_learner"
psql_as "$U_OUT" "SELECT (SELECT count(*) FROM learner) + (SELECT count(*) FROM card) + (SELECT count(*) FROM review)"
check outsider-sees-nothing test "$(cat "$TMP/out")" = 0

# --- through cordial: refused with the message, status 1, nothing changed
before=$(room_data)
as "$U_OUT" class add Mine
expect_match cordial-refused-class 1 err "^cordial: the training room does not let you add a class; ask a trainer \\(Teacher\\)$"
as "$U_OUT" learner add Sneak --role trainer --user "$U_OUT"
expect_match cordial-refused-learner 1 err 'does not let you add a learner; ask a trainer \(Teacher\)'
as "$U_L1" assign shop/shop-02 --to 王芳
expect_match cordial-refused-assign 1 err 'only a trainer can assign lessons; ask Teacher'
as "$U_L1" learner add Sneak
expect_match cordial-refused-add 1 err 'only a trainer can add learners'
: | runuser -u "$U_L1" -- "$CORDIAL" study --plain --learner Li >"$TMP/out" 2>"$TMP/err"; status=$?
expect_match cordial-not-as-another 1 err "you are learner '王芳'"
check no-raw-sql-errors test -z "$(grep -il 'ERROR:\|SQLSTATE\|42501\|policy' "$TMP"/err)"
check cordial-refusals-change-nothing test "$(room_data)" = "$before"

# --- the trainer's report covers the whole room; a learner's only themselves
as "$U_TR" report --format csv
expect_match trainer-report 0 out '^learner,,王芳,'
check trainer-report-everyone grep -q '^learner,,Li,' "$TMP/out"
as "$U_L2" report
expect_match learner-own-report 0 out '^Li  '
check learner-own-report-only test "$(grep -c '^王芳  ' "$TMP/out")" = 0

# --- a learner killed with -9 in the middle of a session loses no acknowledged answer
owner_sql "UPDATE learner SET daily_new = 1000 WHERE id = $l2" >/dev/null
before=$(owner_sql "SELECT count(*) FROM review WHERE learner = $l2")
mkfifo "$TMP/fifo"
(for _ in $(seq 200); do printf 'a\n3\n1 2 3\n\n'; sleep 0.01; done) >"$TMP/fifo" 2>/dev/null &
feeder=$!
runuser -u "$U_L2" -- "$CORDIAL" study --plain <"$TMP/fifo" >"$TMP/killed" 2>&1 &
pid=$!
sleep 1.5
pkill -9 -P "$pid" 2>/dev/null; kill -9 "$pid" 2>/dev/null
{ wait "$pid"; kill "$feeder"; wait "$feeder"; } 2>/dev/null
acked=$(grep -o 'Answer [0-9]* saved' "$TMP/killed" | tail -1 | grep -o '[0-9]*')
logged=$(($(owner_sql "SELECT count(*) FROM review WHERE learner = $l2") - before))
check killed-answers-given test "${acked:-0}" -gt 0
check killed-acknowledged-kept test "$logged" -ge "${acked:-0}"
check killed-at-most-one-more test "$logged" -le $((${acked:-0} + 1))
check killed-cards-match-log test -z "$(owner_sql "SELECT c.id FROM card c WHERE c.learner = $l2
	AND c.reps <> (SELECT count(*) FROM review r WHERE r.card = c.id)")"

# --- a login's groups follow its learner's role, whoever changes it
groups_of() { psql -X -A -t -h "$PGHOST" -d postgres -c "SELECT coalesce(string_agg(r.rolname, ','
	ORDER BY r.rolname), '') FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
	JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '$1'"; }
psql_as "$U_L1" "SELECT cordial.place('$U_L2')"
check psql-refused-place grep -q 'permission denied' "$TMP/err"
psql_as "$U_TR" "UPDATE learner SET role = 'trainer' WHERE login = '$U_L2'"
check promoted-joins-trainers test "$(groups_of "$U_L2")" = cordial_learner,cordial_trainer
as "$U_L2" class add Evening
expect_match promoted-adds-class 0 out 'Evening'
psql_as "$U_TR" "UPDATE learner SET role = 'learner', editor = 1 WHERE login = '$U_L2'"
check demoted-leaves-trainers test "$(groups_of "$U_L2")" = cordial_editor,cordial_learner
psql_as "$U_TR" "UPDATE learner SET editor = 0 WHERE login = '$U_L2'"
check editor-taken-away test "$(groups_of "$U_L2")" = cordial_learner
as "$U_L2" class add Night
expect_match demoted-refused 1 err 'only a trainer can add classes; ask Teacher'
psql_as "$U_L2" "INSERT INTO class (name, created_ms) VALUES ('Night', 0)"
check demoted-psql-refused grep -q 'permission denied' "$TMP/err"
# a learner tied to another login: the old one leaves the room, the new one enters
psql -X -q -h "$PGHOST" -d postgres -c "REVOKE cordial_learner FROM $U_OUT"
psql_as "$U_TR" "UPDATE learner SET login = '$U_OUT' WHERE login = '$U_L2'"
check moved-login-leaves test -z "$(groups_of "$U_L2")"
check moved-login-enters test "$(groups_of "$U_OUT")" = cordial_learner
psql_as "$U_TR" "UPDATE learner SET login = '$U_L2' WHERE login = '$U_OUT'"
check moved-back test "$(groups_of "$U_L2"),$(groups_of "$U_OUT")" = cordial_learner,
# a removed learner's login has no place left
psql_as "$U_TR" "DELETE FROM learner WHERE login = '$U_L2'"
check removed-leaves-room test -z "$(groups_of "$U_L2")"
psql_as "$U_L2" "SELECT count(*) FROM card"
check removed-sees-nothing grep -Eq 'permission denied|does not exist' "$TMP/err"
as "$U_L2" study --plain
expect_match removed-refused-by-cordial 1 err "login $U_L2 has no place in this training room"

# --- a room of the first schema version is migrated by `cordial room init`
createdb -h "$PGHOST" -O "$U_OWN" "${DB}_old"
runuser -u "$U_OWN" -- psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -d "${DB}_old" \
	-f "$ROOT/tests/data/schema/room-v1.sql" >/dev/null 2>"$TMP/err"
check old-room-loaded test ! -s "$TMP/err"
OLD="postgresql:///${DB}_old?host=$PGHOST"
run runuser -u "$U_OWN" -- "$CORDIAL" --db "$OLD" learner list
expect_match old-room-asks-for-init 1 err "schema is at version 1: its owner runs 'cordial room init'"
run runuser -u "$U_OWN" -- "$CORDIAL" --db "$OLD" room init
expect_match old-room-migrated 0 out 'migrated from version 1 to [0-9]+'
run runuser -u "$U_OWN" -- "$CORDIAL" --db "$OLD" learner list --format tsv
expect_match old-room-learners-kept 0 out '^Ann	zh	en	trainer,editor	'
check old-room-reviews-kept test "$(psql -X -A -t -h "$PGHOST" -d "${DB}_old" -c \
	"SELECT count(*) || ' ' || count(recorded_at) FROM cordial.review")" = '2 2'

# --- a room of the previous schema version: its look-ups that answered about any
# login are replaced
createdb -h "$PGHOST" -O "$U_OWN" "${DB}_v2"
runuser -u "$U_OWN" -- psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -d "${DB}_v2" \
	-f "$ROOT/tests/data/schema/room-v2.sql" >/dev/null 2>"$TMP/err"
check v2-room-loaded test ! -s "$TMP/err"
V2="postgresql:///${DB}_v2?host=$PGHOST"
run runuser -u "$U_OWN" -- "$CORDIAL" --db "$V2" room init
expect_match v2-room-migrated 0 out 'migrated from version 2 to [0-9]+'
check v2-old-lookups-gone test "$(psql -X -A -t -h "$PGHOST" -d "${DB}_v2" -c "SELECT count(*)
	FROM pg_proc WHERE pronamespace = 'cordial'::regnamespace AND pronargs = 1
	AND proname IN ('learner_of', 'trains', 'latest_review')")" = 0
check v2-policies-made test "$(psql -X -A -t -h "$PGHOST" -d "${DB}_v2" -c "SELECT count(*)
	FROM pg_policies WHERE schemaname = 'cordial'")" -ge 20
run runuser -u "$U_OWN" -- "$CORDIAL" --db "$V2" learner list --format tsv
expect_match v2-room-learners-kept 0 out '^Ann	zh	en	trainer,editor	'
# the cards due are counted, with the highest id, from the index alone
due_count_index_only() {
	psql -X -A -t -h "$PGHOST" -d "$1" -c "SET enable_seqscan = off" -c "SET enable_bitmapscan = off" \
		-c "EXPLAIN SELECT count(*), max(id) FROM cordial.card WHERE learner = 1
		AND state IN (1, 2, 3) AND due_ms <= 0" | grep -q 'Index Only Scan using card_by_state'
}
check v2-due-count-index-only due_count_index_only "${DB}_v2"
check old-due-count-index-only due_count_index_only "${DB}_old"
