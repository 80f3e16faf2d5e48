# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the terminal tests: the real binary in tmux at a fixed size, keys sent
# with send-keys, the screen read with capture-pane.  Source after tests/lib.sh.
SOCK=$TMP/tmux.sock
trap 'tmux -S "$SOCK" kill-server 2>/dev/null; lib_cleanup' EXIT

# tui_env SEED: ENV for tui_start, the app on the test's databases and shipped
# data, with a fixed clock, seed and speech program, in a UTF-8 terminal.
tui_env() {
	ENV="CORDIAL_CONTENT=$CORDIAL_CONTENT CORDIAL_DB=$CORDIAL_DB CORDIAL_DATADIR=$CORDIAL_DATADIR \
CORDIAL_NOW=$CORDIAL_NOW CORDIAL_SEED=$1 CORDIAL_TTS=$CORDIAL_TTS TTS_LOG=$TTS_LOG TZ=UTC \
LANG=C.UTF-8 CORDIAL_LOCALEDIR=$CORDIAL_LOCALEDIR TERM=screen"
}

# tui_start COLS ROWS [ENV=VALUE...]: starts cordial with no arguments, in English
# whatever the learner's language (LANGUAGE=en) unless ENV sets LANGUAGE.
tui_start() {
	local cols=$1 rows=$2
	shift 2
	tmux -S "$SOCK" kill-server 2>/dev/null
	# A server of its own on a new socket: a new session on the old one could reach
	# the old server while it is still shutting down, and go with it.
	TUI_STARTS=$((${TUI_STARTS:-0} + 1))
	SOCK=$TMP/tmux.$TUI_STARTS.sock
	tmux -u -S "$SOCK" new-session -d -x "$cols" -y "$rows" \
		"env LANGUAGE=en $* '$CORDIAL' 2>'$TMP/tui.err'; echo EXIT=\$?; sleep 60"
	tmux -S "$SOCK" set-option -g status off >/dev/null
}
tui_keys() { tmux -S "$SOCK" send-keys "$@"; }
tui_screen() { tmux -S "$SOCK" capture-pane -p; }
# tui_wait TEXT: waits (at most 5 s) until the screen shows TEXT (a fixed string).
tui_wait() {
	local i
	for i in $(seq 100); do
		tui_screen >"$TMP/screen"
		grep -qF -- "$1" "$TMP/screen" && return 0
		sleep 0.05
	done
	return 1
}
# tui_expect NAME TEXT: passes when the screen comes to show TEXT.
tui_expect() {
	if tui_wait "$2"; then pass "$1"; else
		fail "$1" "screen never showed: $2"; sed 's/^/  | /' "$TMP/screen"
	fi
}
tui_resize() { tmux -S "$SOCK" resize-window -x "$1" -y "$2"; }
