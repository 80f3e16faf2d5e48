# SPDX-License-Identifier: GPL-3.0-or-later
# A PostgreSQL server for the tests: started in a temporary folder, listening on
# a Unix socket only, as an unprivileged system user (when run as root: the user
# cordialpg, made when missing; otherwise whoever runs the tests), with peer
# authentication, so that each system user is the database role of the same name.
# The one who started it is its superuser (the owner of the test databases).
#
# The tests' server need not survive a crash of the machine (fsync off); with
# PG_DURABLE=1 it does, as a real room's must (the benchmarks).
#
#   source tests/pg.sh; pg_start DIR   sets PG_DIR (the socket folder: PGHOST)
#   pg_stop                            stops it and removes the folder
#   bash tests/pg.sh start|stop DIR    the same from another script
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
PG_SYSTEM_USER=cordialpg

# pg_as CMD...: runs a server program as the server's system user
pg_as() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u "$PG_SYSTEM_USER" -- "$@"; else "$@"; fi
}

pg_start() {
	PG_DIR=$1
	local super durable=off
	super=$(id -un)
	[ -n "${PG_DURABLE:-}" ] && durable=on
	[ -x "$PG_BIN/initdb" ] || { echo "pg_start: no PostgreSQL server programs in '$PG_BIN'" >&2; return 1; }
	if [ "$(id -u)" -eq 0 ] && ! getent passwd "$PG_SYSTEM_USER" >/dev/null; then
		useradd -r -M -d /nonexistent -s /usr/sbin/nologin "$PG_SYSTEM_USER" || return 1
	fi
	mkdir -p "$PG_DIR" && chmod 755 "$PG_DIR" || return 1
	[ "$(id -u)" -eq 0 ] && chown "$PG_SYSTEM_USER" "$PG_DIR"
	pg_as "$PG_BIN/initdb" -D "$PG_DIR/data" -U "$super" --auth-local=peer --auth-host=reject \
		-E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 ||
		{ cat "$PG_DIR/initdb.log" >&2; return 1; }
	cat >>"$PG_DIR/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$PG_DIR'
unix_socket_permissions = 0777
max_connections = ${PG_MAX_CONNECTIONS:-300}
fsync = $durable
full_page_writes = $durable
shared_buffers = 64MB
log_min_messages = fatal
CONF
	pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start >/dev/null ||
		{ cat "$PG_DIR/server.log" >&2; return 1; }
	export PGHOST=$PG_DIR
}

pg_stop() {
	[ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ] || return 0
	pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1
	rm -rf "$PG_DIR"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	set -u
	case "${1:-}" in
	start) pg_start "$2" ;;
	stop) PG_DIR=$2 pg_stop ;;
	*) echo "usage: bash tests/pg.sh start|stop DIR" >&2; exit 2 ;;
	esac
fi
