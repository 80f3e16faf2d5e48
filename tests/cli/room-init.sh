#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# cordial room init on either store: on a training room on PostgreSQL it migrates
# and renews, and a database without a room, or a room of a newer schema, is
# refused with what to do; on an SQLite file it warns that the file trusts
# everyone who can write it.
source "$(dirname "$0")/../lib.sh"
cordial room
expect_match room-usage 2 err 'Usage: cordial --db postgresql://... room init'
cordial room --help
expect_match room-help 0 out 'row-level'
cordial room nosuch
expect_match room-unknown 2 err "unknown room command 'nosuch'"
cordial room init extra
expect_match room-init-no-arguments 2 err "takes no arguments"
cordial room init
if [ "$BACKEND" = pg ]; then
	expect_match room-init-again-renews 0 out 'schema version [0-9]+; its roles, grants and policies are renewed'
	createdb -h "$PGHOST" "${PGDB}_empty"
	run "$CORDIAL" --db "postgresql:///${PGDB}_empty?host=$PGHOST" learner list
	expect_match room-not-set-up 1 err "^cordial: the training room is not set up in this database yet: its owner runs 'cordial room init'$"
	dropdb -h "$PGHOST" "${PGDB}_empty"
	pg_sql "UPDATE schema_version SET version = version + 1"
	cordial learner list
	expect_match room-newer-refused 1 err 'set up by a newer cordial'
	cordial room init
	expect_match room-init-newer-refused 1 err 'set up by a newer cordial'
	pg_sql "UPDATE schema_version SET version = version - 1"
	run "$CORDIAL" --db "postgresql:///${PGDB}_nosuch?host=$PGHOST" learner list
	expect_match room-no-database 1 err "^cordial: cannot connect to the training room's database: "
else
	expect_match room-init-sqlite-warns 0 err 'is an SQLite file: it trusts everyone who can write it'
	check room-init-sqlite-made test -s "$CORDIAL_DB"
fi
