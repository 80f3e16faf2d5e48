/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Speech through an external program, started without a shell and never waited for. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mem.h"

#include "tts.h"

/* posix_spawn_file_actions_addclosefrom_np() is in glibc from 2.34; without it the
 * child inherits the descriptors that were not opened with O_CLOEXEC. */
#if defined(__GLIBC__) && defined(__GLIBC_PREREQ)
#if __GLIBC_PREREQ(2, 34)
#define TTS_CLOSEFROM 1
#endif
#endif

#define TTS_DEFAULT_PROGRAM "espeak-ng"
#define TTS_LANG_MAX	    64

struct tts {
	char *program;	/* what to run: a path, or a name for posix_spawnp; NULL if none */
	bool custom;	/* program came from CORDIAL_TTS (called as PROGRAM LANG TEXT) */
	enum tts_sound sound; /* what tts_new() found */
	bool forced;	/* speak even though no sound was found */
	pid_t current;	/* leader of the utterance's process group, not yet reaped; or 0 */
	pid_t *stopped; /* killed but not yet reaped */
	size_t nstopped, stopped_cap;
};

static const struct {
	const char *lang, *voice;
} tts_voices[] = {
    {"zh", "cmn"},
    {"en", "en-us"},
    {"ja", "ja"},
    {"ko", "ko"},
};

const char *tts_voice(const char *lang)
{
	if (!lang)
		return NULL;
	for (size_t i = 0; i < sizeof(tts_voices) / sizeof(tts_voices[0]); i++)
		if (strcasecmp(lang, tts_voices[i].lang) == 0)
			return tts_voices[i].voice;
	return lang;
}

/* Whether path is a regular file that we may execute. */
static bool tts_executable(const char *path)
{
	struct stat st;

	if (stat(path, &st) == -1 || !S_ISREG(st.st_mode))
		return false;
	return faccessat(AT_FDCWD, path, X_OK, AT_EACCESS) == 0;
}

/* Looks name up in the folders of path (':'-separated; an empty entry is the current
 * folder, as for execvp), or in the system's default when path is NULL.  Returns the
 * first executable match (malloc'd), or NULL. */
static char *tts_find_on_path(const char *name, const char *path)
{
	char *fallback = NULL;

	if (!path) {
		size_t n = confstr(_CS_PATH, NULL, 0);
		if (n == 0 || !(fallback = xmalloc(n)))
			return NULL;
		if (confstr(_CS_PATH, fallback, n) == 0) {
			free(fallback);
			return NULL;
		}
		path = fallback;
	}

	char *found = NULL;
	size_t name_len = strlen(name);
	for (const char *dir = path;; dir++) {
		size_t dir_len = strcspn(dir, ":");
		char *candidate = xmalloc(dir_len + name_len + 3);
		size_t len = dir_len ? dir_len : 1; /* "" means the current folder */
		memcpy(candidate, dir_len ? dir : ".", len);
		candidate[len] = '/';
		memcpy(candidate + len + 1, name, name_len + 1);
		if (tts_executable(candidate)) {
			found = candidate;
			break;
		}
		free(candidate);
		dir += dir_len;
		if (*dir == '\0')
			break;
	}
	free(fallback);
	return found;
}

/* Whether a path exists (of any type: sockets, devices and folders count). */
static bool tts_exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

/* Whether folder/name exists; false when the folder is not set. */
static bool tts_exists_in(const char *folder, const char *name)
{
	if (!folder || !*folder)
		return false;
	size_t n = strlen(folder) + strlen(name) + 2;
	char *path = xmalloc(n);
	snprintf(path, n, "%s/%s", folder, name);
	bool found = tts_exists(path);
	free(path);
	return found;
}

/* Whether a sound card's playback device can be opened: ALSA's /dev/snd/pcmC*D*p. */
static bool tts_alsa_playback(void)
{
	DIR *dir = opendir("/dev/snd");
	if (!dir)
		return false;
	bool found = false;
	struct dirent *e;
	while (!found && (e = readdir(dir)) != NULL) {
		size_t n = strlen(e->d_name);
		if (!strncmp(e->d_name, "pcmC", 4) && n > 4 && e->d_name[n - 1] == 'p') {
			char path[300];
			snprintf(path, sizeof path, "/dev/snd/%s", e->d_name);
			found = access(path, W_OK) == 0;
		}
	}
	closedir(dir);
	return found;
}

/* Where the learner would hear sound, from a few looks at the environment and the
 * file system (no program is run): a sound server named in PULSE_SERVER (as an ssh
 * connection that forwards sound sets it); otherwise, not over ssh, whose sound
 * would play on the other machine; then a PulseAudio or PipeWire socket in
 * XDG_RUNTIME_DIR, or a playback device of the sound card. */
static enum tts_sound tts_find_sound(void)
{
	const char *server = getenv("PULSE_SERVER");
	if (server && *server)
		return TTS_SOUND_OK;
	static const char *const ssh[] = { "SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY" };
	for (size_t i = 0; i < sizeof ssh / sizeof *ssh; i++) {
		const char *v = getenv(ssh[i]);
		if (v && *v)
			return TTS_SOUND_REMOTE;
	}
	const char *run = getenv("XDG_RUNTIME_DIR");
	if (tts_exists_in(run, "pulse/native") || tts_exists_in(run, "pipewire-0") ||
	    tts_alsa_playback())
		return TTS_SOUND_OK;
	return TTS_SOUND_NO_DEVICE;
}

struct tts *tts_new(void)
{
	struct tts *t = xcalloc(1, sizeof(*t));

	const char *custom = getenv("CORDIAL_TTS");
	const char *path = getenv("PATH");
	if (custom && *custom) {
		t->custom = true;
		/* Resolved now, so that a later change of PATH does not matter; a name not
		 * found is kept and fails when spoken. */
		if (!strchr(custom, '/'))
			t->program = tts_find_on_path(custom, path);
		if (!t->program && !(t->program = xstrdup(custom))) {
			free(t);
			return NULL;
		}
		t->sound = TTS_SOUND_OK; /* the program chosen knows where to play */
	} else {
		t->program = tts_find_on_path(TTS_DEFAULT_PROGRAM, path);
		t->sound = t->program ? tts_find_sound() : TTS_SOUND_NO_PROGRAM;
	}
	return t;
}

bool tts_available(const struct tts *t)
{
	return t && t->program;
}

enum tts_sound tts_sound(const struct tts *t)
{
	return t ? t->sound : TTS_SOUND_NO_PROGRAM;
}

bool tts_playable(const struct tts *t)
{
	return tts_available(t) && (t->sound == TTS_SOUND_OK || t->forced);
}

void tts_force(struct tts *t, bool on)
{
	if (t)
		t->forced = on;
}

bool tts_forced(const struct tts *t)
{
	return t && t->forced;
}

/* Waits for a child without blocking: true once it is gone (reaped now, or earlier by
 * someone else, or never ours to wait for), false while it runs. */
static bool tts_collect(pid_t pid)
{
	pid_t r;

	do
		r = waitpid(pid, NULL, WNOHANG);
	while (r == -1 && errno == EINTR);
	return r != 0;
}

/* Blocking wait for a child that has been killed or has exited. */
static void tts_collect_now(pid_t pid)
{
	while (waitpid(pid, NULL, 0) == -1 && errno == EINTR)
		;
}

/* Kills the process group led by pid, which must not have been reaped yet: until it
 * is, the group ID cannot be given to another group.  SIGKILL because speech has
 * nothing to save and a script cannot trap it. */
static void tts_kill_group(pid_t pid)
{
	if (kill(-pid, SIGKILL) == -1 && errno == EPERM)
		(void)kill(pid, SIGKILL); /* at least the leader; ESRCH: gone already */
}

/* Remembers a killed child to reap later; if memory runs out, waits for it now
 * (it has been sent SIGKILL, so that is short). */
static void tts_remember_stopped(struct tts *t, pid_t pid)
{
	if (tts_collect(pid))
		return;
	if (t->nstopped == t->stopped_cap) {
		size_t cap = t->stopped_cap ? 2 * t->stopped_cap : 4;
		pid_t *grown = xrealloc(t->stopped, cap * sizeof(*grown));
		t->stopped = grown;
		t->stopped_cap = cap;
	}
	t->stopped[t->nstopped++] = pid;
}

void tts_reap(struct tts *t)
{
	if (!t)
		return;
	size_t kept = 0;
	for (size_t i = 0; i < t->nstopped; i++)
		if (!tts_collect(t->stopped[i]))
			t->stopped[kept++] = t->stopped[i];
	t->nstopped = kept;

	if (!t->current)
		return;
	/* Look without reaping: while the leader is a zombie its group ID is still
	 * reserved, so whatever the program left running in its group can be stopped
	 * safely before the utterance counts as over. */
	siginfo_t info;
	memset(&info, 0, sizeof(info));
	int r;
	do
		r = waitid(P_PID, (id_t)t->current, &info, WEXITED | WNOHANG | WNOWAIT);
	while (r == -1 && errno == EINTR);
	if (r == 0 && info.si_pid == 0)
		return; /* still speaking */
	if (r == 0) {
		tts_kill_group(t->current);
		tts_collect_now(t->current); /* a zombie: returns at once */
	}
	/* r == -1: ECHILD, already reaped elsewhere or SIGCHLD ignored */
	t->current = 0;
}

bool tts_speaking(struct tts *t)
{
	tts_reap(t);
	return t && t->current;
}

void tts_stop(struct tts *t)
{
	if (!t || !t->current)
		return;
	tts_kill_group(t->current);
	tts_remember_stopped(t, t->current);
	t->current = 0;
}

void tts_free(struct tts *t)
{
	if (!t)
		return;
	tts_stop(t);
	for (size_t i = 0; i < t->nstopped; i++)
		tts_collect_now(t->stopped[i]);
	free(t->stopped);
	free(t->program);
	free(t);
}

/* A language code (or, with plus, a voice such as en-gb-x-rp or en+f3) as the program
 * may receive it: no option look-alike, no space. */
static bool tts_code_valid(const char *lang, bool plus)
{
	size_t n = strlen(lang);

	if (n == 0 || n > TTS_LANG_MAX || lang[0] == '-' || lang[0] == '_' || lang[0] == '+')
		return false;
	return strspn(lang, plus ? "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
				   "0123456789-_+"
				 : "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
				   "0123456789-_") == n;
}

/* Prepares how the child starts: /dev/null on 0, 1 and 2, nothing else inherited, its
 * own process group (so it can be stopped as a whole and is out of the terminal's
 * foreground group), default signal handling and an empty signal mask whatever the
 * caller ignores or blocks.  Returns 0 or an error number. */
static int tts_spawn_setup(posix_spawn_file_actions_t *actions, posix_spawnattr_t *attr)
{
	static const int reset[] = {SIGHUP,  SIGINT,  SIGQUIT, SIGPIPE, SIGTERM,
				    SIGCHLD, SIGTSTP, SIGTTIN, SIGTTOU};
	sigset_t defaults, mask;
	int err;

	if ((err = posix_spawn_file_actions_addopen(actions, STDIN_FILENO, "/dev/null", O_RDONLY,
						    0)) ||
	    (err = posix_spawn_file_actions_addopen(actions, STDOUT_FILENO, "/dev/null", O_WRONLY,
						    0)) ||
	    (err = posix_spawn_file_actions_adddup2(actions, STDOUT_FILENO, STDERR_FILENO)))
		return err;
#ifdef TTS_CLOSEFROM
	if ((err = posix_spawn_file_actions_addclosefrom_np(actions, STDERR_FILENO + 1)))
		return err;
#endif

	if (sigemptyset(&defaults) == -1 || sigemptyset(&mask) == -1)
		return errno;
	for (size_t i = 0; i < sizeof(reset) / sizeof(reset[0]); i++)
		if (sigaddset(&defaults, reset[i]) == -1)
			return errno;
	if ((err = posix_spawnattr_setflags(attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF |
						      POSIX_SPAWN_SETSIGMASK)) ||
	    (err = posix_spawnattr_setpgroup(attr, 0)) ||
	    (err = posix_spawnattr_setsigdefault(attr, &defaults)) ||
	    (err = posix_spawnattr_setsigmask(attr, &mask)))
		return err;
	return 0;
}

int tts_speak(struct tts *t, const char *lang, const char *text)
{
	return tts_speak_voice(t, lang, NULL, text);
}

int tts_speak_voice(struct tts *t, const char *lang, const char *voice, const char *text)
{
	if (!tts_available(t)) {
		errno = ENOENT;
		return -1;
	}
	if (voice && !*voice)
		voice = NULL;
	if (!lang || !text || !*text || !tts_code_valid(lang, false) ||
	    (voice && !tts_code_valid(voice, true))) {
		errno = EINVAL;
		return -1;
	}
	tts_stop(t);
	tts_reap(t);

	/* posix_spawn does not change the strings; its prototype is older than const. */
	char *argv[6];
	size_t argc = 0;
	argv[argc++] = t->program;
	if (t->custom) {
		argv[argc++] = (char *)lang;
		argv[argc++] = (char *)text;
		if (voice)
			argv[argc++] = (char *)voice;
	} else {
		argv[argc++] = "-v";
		argv[argc++] = (char *)(voice ? voice : tts_voice(lang));
		argv[argc++] = "--"; /* a text starting with '-' is not an option */
		argv[argc++] = (char *)text;
	}
	argv[argc] = NULL;

	posix_spawn_file_actions_t actions;
	posix_spawnattr_t attr;
	int err = posix_spawn_file_actions_init(&actions);
	if (err) {
		errno = err;
		return -1;
	}
	if ((err = posix_spawnattr_init(&attr))) {
		(void)posix_spawn_file_actions_destroy(&actions);
		errno = err;
		return -1;
	}

	/* glibc's posix_spawn returns only after the exec, so a program that cannot be
	 * run is reported here, and the child is already in its own group when the
	 * caller may want to stop it. */
	pid_t pid;
	err = tts_spawn_setup(&actions, &attr);
	if (!err) {
		if (strchr(t->program, '/'))
			err = posix_spawn(&pid, t->program, &actions, &attr, argv, environ);
		else
			err = posix_spawnp(&pid, t->program, &actions, &attr, argv, environ);
	}
	/* Destroying only frees what init allocated; it has no failure to act on. */
	(void)posix_spawnattr_destroy(&attr);
	(void)posix_spawn_file_actions_destroy(&actions);
	if (err) {
		errno = err;
		return -1;
	}
	t->current = pid;
	return 0;
}
