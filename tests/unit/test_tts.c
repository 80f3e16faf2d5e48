/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unit tests of tts.c: arguments passed intact, no shell, stopping, availability. */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "tts.h"
#include "unit.h"

static char tmp_dir[] = "/tmp/cordial-tts-XXXXXX";
static char record_args[PATH_MAX + 64]; /* absolute path of tests/data/tts/record-args */
static char log_path[PATH_MAX + 64];	/* TTS_LOG */
static char *saved_path;		/* PATH as the test started */

static void fail_setup(const char *what)
{
	printf("FAIL %s: %s: %s\n", unit_program, what, strerror(errno));
	exit(1);
}

/* snprintf into an array, which must be large enough. */
#define FORMAT(array, ...)                                                                         \
	do {                                                                                       \
		int n_ = snprintf(array, sizeof(array), __VA_ARGS__);                              \
		if (n_ < 0 || (size_t)n_ >= sizeof(array)) {                                       \
			errno = ENAMETOOLONG;                                                      \
			fail_setup(#array);                                                        \
		}                                                                                  \
	} while (0)

/* tmp_dir/name, in a static buffer of its own per slot. */
static const char *tmp_file(int slot, const char *name)
{
	static char buf[4][PATH_MAX + 64];
	FORMAT(buf[slot], "%s/%s", tmp_dir, name);
	return buf[slot];
}

static void write_file(const char *path, const char *text, mode_t mode)
{
	FILE *f = fopen(path, "w");
	if (!f || fputs(text, f) == EOF || fclose(f) == EOF || chmod(path, mode) == -1)
		fail_setup(path);
}

static bool exists(const char *path)
{
	struct stat st;
	return lstat(path, &st) == 0;
}

/* The whole log, malloc'd; "" when there is none yet. */
static char *read_log(void)
{
	if (!exists(log_path))
		return strdup("");
	return unit_slurp(log_path, NULL);
}

static void clear_log(void)
{
	if (unlink(log_path) == -1 && errno != ENOENT)
		fail_setup(log_path);
}

static void sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
	while (nanosleep(&ts, &ts) == -1 && errno == EINTR)
		;
}

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Polls until the utterance ends; false if it takes more than 10 seconds. */
static bool wait_done(struct tts *t)
{
	for (int i = 0; i < 1000; i++) {
		if (!tts_speaking(t))
			return true;
		sleep_ms(10);
	}
	return false;
}

/* Polls until path exists; false after 10 seconds. */
static bool wait_for_file(const char *path)
{
	for (int i = 0; i < 1000; i++) {
		if (exists(path))
			return true;
		sleep_ms(10);
	}
	return false;
}

/* Whether a process no longer runs: gone, or a zombie left to whoever adopted it. */
static bool process_ended(pid_t pid)
{
	if (kill(pid, 0) == -1 && errno == ESRCH)
		return true;
	char path[64];
	FORMAT(path, "/proc/%ld/stat", (long)pid);
	FILE *f = fopen(path, "r");
	if (!f)
		return true;
	char line[512] = "";
	bool zombie = false;
	if (fgets(line, sizeof(line), f)) {
		char *paren = strrchr(line, ')');
		zombie = paren && paren[1] == ' ' && paren[2] == 'Z';
	}
	fclose(f);
	return zombie;
}

static bool wait_ended(pid_t pid)
{
	for (int i = 0; i < 1000; i++) {
		if (process_ended(pid))
			return true;
		sleep_ms(10);
	}
	return false;
}

/* Reads "LEADER SLEEPER" as the slow script writes it. */
static bool read_pids(const char *path, pid_t *leader, pid_t *sleeper)
{
	if (!wait_for_file(path))
		return false;
	char *text = unit_slurp(path, NULL);
	long a = 0, b = 0;
	bool ok = sscanf(text, "%ld %ld", &a, &b) == 2 && a > 0 && b > 0;
	free(text);
	*leader = (pid_t)a;
	*sleeper = (pid_t)b;
	return ok;
}

static void use_program(const char *program)
{
	if (setenv("CORDIAL_TTS", program, 1) == -1)
		fail_setup("setenv");
}

static void restore_path(void)
{
	if (setenv("PATH", saved_path, 1) == -1)
		fail_setup("setenv");
}

static void test_voice(void)
{
	CHECK_STR(tts_voice("zh"), "cmn");
	CHECK_STR(tts_voice("en"), "en-us");
	CHECK_STR(tts_voice("ja"), "ja");
	CHECK_STR(tts_voice("ko"), "ko");
	CHECK_STR(tts_voice("ZH"), "cmn");
	CHECK_STR(tts_voice("fr"), "fr");
	CHECK_STR(tts_voice("pt-BR"), "pt-BR");
	const char *de = "de";
	CHECK(tts_voice(de) == de);
	CHECK(tts_voice(NULL) == NULL);
}

/* Each text reaches the program as one argument, byte for byte, and nothing in it is
 * run. */
static void test_arguments_intact(void)
{
	const char *pwned = tmp_file(0, "pwned");
	const char *keep = tmp_file(1, "keep");
	char subst[PATH_MAX + 64], backticks[PATH_MAX + 64], rm[PATH_MAX + 64];
	FORMAT(subst, "$(touch %s)", pwned);
	FORMAT(backticks, "`touch %s`", pwned);
	FORMAT(rm, "hello; rm -rf %s; touch %s", keep, pwned);
	write_file(keep, "", 0644);

	static const char *const fixed[][2] = {
	    {"en", "Where is the station?"},
	    {"en", "He said \"hi\" and 'bye' \\ back"},
	    {"en", "-v"},
	    {"en", "-v en --version"},
	    {"en", "  spaces  around  "},
	    {"en", "$HOME * ? [a] ~ | & > /dev/null"},
	    {"zh", "你好，请问洗手间在哪里？"},
	    {"ja", "すみません、駅はどこですか。"},
	    {"ko", "감사합니다"},
	    {"pt-BR", "Obrigado!"},
	};
	const char *dynamic[] = {subst, backticks, rm};

	use_program(record_args);
	struct tts *t = tts_new();
	CHECK(tts_available(t));
	size_t n = sizeof(fixed) / sizeof(fixed[0]);
	for (size_t i = 0; i < n + 3; i++) {
		const char *lang = i < n ? fixed[i][0] : "en";
		const char *text = i < n ? fixed[i][1] : dynamic[i - n];
		clear_log();
		CHECK_INT(tts_speak(t, lang, text), 0);
		CHECK(wait_done(t));
		size_t len = strlen(lang) + strlen(text) + 8;
		char *want = malloc(len);
		snprintf(want, len, "%s\n%s\n--\n", lang, text);
		char *got = read_log();
		CHECK_STR(got, want);
		free(got);
		free(want);
	}
	CHECK(!exists(pwned));
	CHECK(exists(keep));
	tts_free(t);
}

/* Texts whose log lines alone could not show the argument count ("a\nb" would look
 * like two arguments): a wrapper records $# first. */
static void test_argument_count(void)
{
	const char *wrapper = tmp_file(0, "count-args");
	char script[2 * PATH_MAX];
	FORMAT(script, "#!/bin/sh\nprintf '%%s\\n' \"$#\" >>\"$TTS_LOG\"\nexec '%s' \"$@\"\n",
	       record_args);
	write_file(wrapper, script, 0755);

	use_program(wrapper);
	struct tts *t = tts_new();
	clear_log();
	CHECK_INT(tts_speak(t, "zh", "第一行\n第二行"), 0);
	CHECK(wait_done(t));
	CHECK_INT(tts_speak(t, "en", "a\n--\nb\n"), 0);
	CHECK(wait_done(t));
	CHECK_INT(tts_speak(t, "en", "one two three"), 0);
	CHECK(wait_done(t));
	char *got = read_log();
	CHECK_STR(got, "2\nzh\n第一行\n第二行\n--\n"
		       "2\nen\na\n--\nb\n\n--\n"
		       "2\nen\none two three\n--\n");
	free(got);
	tts_free(t);
}

/* Without CORDIAL_TTS, espeak-ng is looked up on PATH and called with a voice and
 * "--" before the text. */
static void test_espeak_default(void)
{
	const char *bin = tmp_file(0, "bin");
	const char *espeak = tmp_file(1, "bin/espeak-ng");
	if (mkdir(bin, 0755) == -1 || symlink(record_args, espeak) == -1)
		fail_setup(bin);

	use_program(""); /* empty counts as unset */
	if (setenv("PATH", bin, 1) == -1)
		fail_setup("setenv");
	struct tts *t = tts_new();
	restore_path(); /* PATH was read once, above */
	CHECK(tts_available(t));
	clear_log();
	CHECK_INT(tts_speak(t, "zh", "-v 你好"), 0);
	CHECK(wait_done(t));
	CHECK_INT(tts_speak(t, "en", "$(id); echo hi"), 0);
	CHECK(wait_done(t));
	CHECK_INT(tts_speak(t, "fr", "Bonjour"), 0);
	CHECK(wait_done(t));
	char *got = read_log();
	CHECK_STR(got, "-v\ncmn\n--\n-v 你好\n--\n"
		       "-v\nen-us\n--\n$(id); echo hi\n--\n"
		       "-v\nfr\n--\nBonjour\n--\n");
	free(got);
	tts_free(t);

	/* An empty PATH entry is the current folder. */
	if (unsetenv("CORDIAL_TTS") == -1)
		fail_setup("unsetenv");
	char cwd[PATH_MAX];
	if (!getcwd(cwd, sizeof(cwd)) || chdir(bin) == -1 || setenv("PATH", "/nonexistent:", 1))
		fail_setup("chdir");
	t = tts_new();
	if (chdir(cwd) == -1)
		fail_setup("chdir");
	restore_path();
	CHECK(tts_available(t));
	tts_free(t);

	if (unlink(espeak) == -1 || rmdir(bin) == -1)
		fail_setup(bin);
}

static void test_unavailable(void)
{
	const char *empty = tmp_file(0, "empty");
	const char *decoys = tmp_file(1, "decoys");
	const char *plain = tmp_file(2, "decoys/espeak-ng");
	const char *folder = tmp_file(3, "empty/espeak-ng");
	if (mkdir(empty, 0755) == -1 || mkdir(decoys, 0755) == -1)
		fail_setup(empty);

	use_program("");
	if (setenv("PATH", empty, 1) == -1)
		fail_setup("setenv");
	struct tts *t = tts_new();
	CHECK(!tts_available(t));
	errno = 0;
	CHECK_INT(tts_speak(t, "zh", "你好"), -1);
	CHECK_INT(errno, ENOENT);
	CHECK(!tts_speaking(t));
	tts_stop(t);
	tts_reap(t);
	tts_free(t);

	/* Neither a file without execute permission nor a folder counts. */
	write_file(plain, "#!/bin/sh\nexit 0\n", 0644);
	if (mkdir(folder, 0755) == -1)
		fail_setup(folder);
	char path[2 * PATH_MAX];
	FORMAT(path, "%s:%s", decoys, empty);
	if (setenv("PATH", path, 1) == -1)
		fail_setup("setenv");
	t = tts_new();
	CHECK(!tts_available(t));
	tts_free(t);

	/* CORDIAL_TTS is read once: setting it later changes nothing. */
	t = tts_new();
	use_program(record_args);
	CHECK(!tts_available(t));
	tts_free(t);
	restore_path();

	/* A failed tts_new() (NULL) behaves as no speech. */
	CHECK(!tts_available(NULL));
	CHECK_INT(tts_speak(NULL, "en", "hi"), -1);
	CHECK(!tts_speaking(NULL));
	tts_stop(NULL);
	tts_reap(NULL);
	tts_free(NULL);

	if (rmdir(folder) == -1 || rmdir(empty) == -1 || unlink(plain) == -1 || rmdir(decoys) == -1)
		fail_setup(empty);
}

static void test_bad_arguments(void)
{
	use_program(record_args);
	struct tts *t = tts_new();
	clear_log();
	static const char *const langs[] = {"", "-v", "_x", "zh cn", "en;id", "zh\n", NULL};
	for (size_t i = 0; langs[i]; i++) {
		errno = 0;
		CHECK_INT(tts_speak(t, langs[i], "hello"), -1);
		CHECK_INT(errno, EINVAL);
	}
	errno = 0;
	CHECK_INT(tts_speak(t, NULL, "hello"), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(tts_speak(t, "en", NULL), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(tts_speak(t, "en", ""), -1);
	CHECK_INT(errno, EINVAL);
	CHECK(!tts_speaking(t));
	sleep_ms(50);
	CHECK(!exists(log_path));
	tts_free(t);

	/* A program that does not exist is reported by tts_speak, not silently lost. */
	use_program("/nonexistent/cordial-tts");
	t = tts_new();
	CHECK(tts_available(t));
	errno = 0;
	CHECK_INT(tts_speak(t, "en", "hello"), -1);
	CHECK_INT(errno, ENOENT);
	CHECK(!tts_speaking(t));
	tts_free(t);

	use_program("cordial-no-such-speech-program");
	t = tts_new();
	CHECK_INT(tts_speak(t, "en", "hello"), -1);
	tts_free(t);
}

/* The program's standard streams are /dev/null and it gets no other descriptor. */
static void test_child_descriptors(void)
{
	const char *script_path = tmp_file(0, "show-fds");
	const char *leak_path = tmp_file(1, "leak");
	write_file(script_path,
		   "#!/bin/sh\n"
		   "in=$(readlink /proc/$$/fd/0)\n"
		   "out=$(readlink /proc/$$/fd/1)\n"
		   "err=$(readlink /proc/$$/fd/2)\n"
		   "leak=$(readlink /proc/$$/fd/$LEAK_FD)\n"
		   "printf '%s\\n' \"$in\" \"$out\" \"$err\" \"leak=$leak\" >>\"$TTS_LOG\"\n",
		   0755);
	int leak = open(leak_path, O_WRONLY | O_CREAT, 0644); /* no O_CLOEXEC on purpose */
	if (leak == -1)
		fail_setup(leak_path);
	char number[16];
	FORMAT(number, "%d", leak);
	if (setenv("LEAK_FD", number, 1) == -1)
		fail_setup("setenv");

	use_program(script_path);
	struct tts *t = tts_new();
	clear_log();
	CHECK_INT(tts_speak(t, "en", "hello"), 0);
	CHECK(wait_done(t));
	char *got = read_log();
	CHECK(strncmp(got, "/dev/null\n/dev/null\n/dev/null\nleak=", 35) == 0);
	CHECK(strstr(got, leak_path) == NULL);
	free(got);
	tts_free(t);
	if (close(leak) == -1 || unsetenv("LEAK_FD") == -1)
		fail_setup(leak_path);
}

/* A script that speaks slowly: logs "start TEXT", then records "LEADER SLEEPER" in
 * $TTS_LOG.TEXT.pid (so the pid file means the start is logged), then waits for a
 * child of its own, as a wrapper around a player would. */
static const char *write_slow_script(void)
{
	const char *path = tmp_file(3, "slow");
	write_file(path,
		   "#!/bin/sh\n"
		   "sleep 30 &\n"
		   "printf 'start %s\\n' \"$2\" >>\"$TTS_LOG\"\n"
		   "printf '%s %s\\n' \"$$\" \"$!\" >\"$TTS_LOG.$2.tmp\"\n"
		   "mv \"$TTS_LOG.$2.tmp\" \"$TTS_LOG.$2.pid\"\n"
		   "wait\n"
		   "printf 'end %s\\n' \"$2\" >>\"$TTS_LOG\"\n",
		   0755);
	return path;
}

static const char *pid_file(int slot, const char *text)
{
	static char buf[2][PATH_MAX + 64];
	FORMAT(buf[slot], "%s.%s.pid", log_path, text);
	return buf[slot];
}

/* tts_speak returns at once, and a second utterance stops the first, its whole
 * process group included. */
static void test_second_stops_first(void)
{
	use_program(write_slow_script());
	struct tts *t = tts_new();
	clear_log();

	double start = now_seconds();
	CHECK_INT(tts_speak(t, "en", "first"), 0);
	CHECK(now_seconds() - start < 2.0);
	pid_t leader1 = 0, sleeper1 = 0;
	CHECK(read_pids(pid_file(0, "first"), &leader1, &sleeper1));
	CHECK(tts_speaking(t));

	CHECK_INT(tts_speak(t, "en", "second"), 0);
	pid_t leader2 = 0, sleeper2 = 0;
	CHECK(read_pids(pid_file(1, "second"), &leader2, &sleeper2));
	if (leader1 > 0 && sleeper1 > 0) {
		CHECK(wait_ended(leader1));
		CHECK(wait_ended(sleeper1));
	}
	CHECK(tts_speaking(t));
	CHECK(leader2 > 0 && !process_ended(leader2));

	/* tts_stop ends it at once as far as the caller can tell, and the processes soon. */
	tts_stop(t);
	CHECK(!tts_speaking(t));
	if (leader2 > 0 && sleeper2 > 0) {
		CHECK(wait_ended(leader2));
		CHECK(wait_ended(sleeper2));
	}
	tts_stop(t); /* nothing left to stop */
	tts_reap(t);

	char *got = read_log();
	CHECK_STR(got, "start first\nstart second\n");
	free(got);
	tts_free(t);
	/* tts_free waited for the killed leaders: they are gone, not zombies. */
	errno = 0;
	CHECK(kill(leader1, 0) == -1 && errno == ESRCH);
	errno = 0;
	CHECK(kill(leader2, 0) == -1 && errno == ESRCH);
	unlink(pid_file(0, "first"));
	unlink(pid_file(1, "second"));
}

/* tts_free stops what is speaking and leaves no zombie behind. */
static void test_free_stops(void)
{
	use_program(write_slow_script());
	struct tts *t = tts_new();
	clear_log();
	CHECK_INT(tts_speak(t, "en", "bye"), 0);
	pid_t leader = 0, sleeper = 0;
	CHECK(read_pids(pid_file(0, "bye"), &leader, &sleeper));
	tts_free(t);
	if (leader > 0 && sleeper > 0) {
		errno = 0;
		CHECK(kill(leader, 0) == -1 && errno == ESRCH);
		CHECK(wait_ended(sleeper));
	}
	unlink(pid_file(0, "bye"));
}

/* When the program exits, what it left running in its group is stopped too: nothing
 * speaks on once tts_speaking() says false. */
static void test_leftovers_stopped(void)
{
	const char *path = tmp_file(0, "leave-behind");
	write_file(path,
		   "#!/bin/sh\n"
		   "sleep 30 &\n"
		   "printf '%s %s\\n' \"$$\" \"$!\" >\"$TTS_LOG.$2.tmp\"\n"
		   "mv \"$TTS_LOG.$2.tmp\" \"$TTS_LOG.$2.pid\"\n"
		   "exit 0\n",
		   0755);
	use_program(path);
	struct tts *t = tts_new();
	CHECK_INT(tts_speak(t, "en", "orphan"), 0);
	pid_t leader = 0, sleeper = 0;
	CHECK(read_pids(pid_file(0, "orphan"), &leader, &sleeper));
	CHECK(wait_done(t));
	if (sleeper > 0)
		CHECK(wait_ended(sleeper));
	errno = 0;
	CHECK(kill(leader, 0) == -1 && errno == ESRCH);
	tts_free(t);
	unlink(pid_file(0, "orphan"));
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

/* The learner's voice reaches the program: espeak-ng's -v, CORDIAL_TTS's third
 * argument; a voice that could pass for an option is refused. */
static void test_chosen_voice(void)
{
	const char *bin = tmp_file(0, "vbin");
	const char *espeak = tmp_file(1, "vbin/espeak-ng");
	if (mkdir(bin, 0755) == -1 || symlink(record_args, espeak) == -1)
		fail_setup(bin);
	use_program("");
	if (setenv("PATH", bin, 1) == -1)
		fail_setup("setenv");
	struct tts *t = tts_new();
	restore_path();
	clear_log();
	CHECK_INT(tts_speak_voice(t, "en", "en-gb-x-rp", "Hello"), 0);
	CHECK(wait_done(t));
	CHECK_INT(tts_speak_voice(t, "en", "", "Hi"), 0);
	CHECK(wait_done(t));
	errno = 0;
	CHECK_INT(tts_speak_voice(t, "en", "-x", "Hi"), -1);
	CHECK_INT(errno, EINVAL);
	char *got = read_log();
	CHECK_STR(got, "-v\nen-gb-x-rp\n--\nHello\n--\n-v\nen-us\n--\nHi\n--\n");
	free(got);
	tts_free(t);

	use_program(record_args);
	t = tts_new();
	clear_log();
	CHECK_INT(tts_speak_voice(t, "zh", "yue", "你好"), 0);
	CHECK(wait_done(t));
	CHECK_INT(tts_speak_voice(t, "zh", NULL, "你好"), 0);
	CHECK(wait_done(t));
	got = read_log();
	CHECK_STR(got, "zh\n你好\nyue\n--\nzh\n你好\n--\n");
	free(got);
	tts_free(t);
	if (unlink(espeak) == -1 || rmdir(bin) == -1)
		fail_setup(bin);
}

static void set_env(const char *name, const char *value)
{
	if (value ? setenv(name, value, 1) : unsetenv(name))
		fail_setup(name);
}

/* Speech counts as playable only where sound can be heard: not over ssh without
 * forwarded sound, not without a sound server or device; the learner may insist. */
static void test_sound(void)
{
	const char *bin = tmp_file(0, "sbin");
	const char *espeak = tmp_file(1, "sbin/espeak-ng");
	const char *run = tmp_file(2, "run");
	const char *pulse = tmp_file(3, "run/pulse");
	if (mkdir(bin, 0755) == -1 || symlink(record_args, espeak) == -1 || mkdir(run, 0700) ||
	    mkdir(pulse, 0700))
		fail_setup(bin);
	bool has_alsa = exists("/dev/snd");
	use_program("");
	set_env("PATH", bin);
	set_env("PULSE_SERVER", NULL);
	set_env("SSH_CONNECTION", NULL);
	set_env("SSH_CLIENT", NULL);
	set_env("SSH_TTY", NULL);
	set_env("XDG_RUNTIME_DIR", run);

	struct tts *t = tts_new();
	CHECK(tts_available(t));
	if (!has_alsa) {
		CHECK_INT(tts_sound(t), TTS_SOUND_NO_DEVICE);
		CHECK(!tts_playable(t));
		tts_force(t, true);
		CHECK(tts_playable(t));
		CHECK(tts_forced(t));
	}
	tts_free(t);

	char native[PATH_MAX + 64];
	FORMAT(native, "%s/native", pulse);
	write_file(native, "", 0600);
	t = tts_new();
	CHECK_INT(tts_sound(t), TTS_SOUND_OK);
	CHECK(tts_playable(t));
	tts_free(t);

	set_env("SSH_CONNECTION", "192.0.2.1 50000 192.0.2.2 22");
	t = tts_new();
	CHECK_INT(tts_sound(t), TTS_SOUND_REMOTE);
	CHECK(!tts_playable(t));
	tts_free(t);

	set_env("PULSE_SERVER", "tcp:localhost:4713"); /* sound forwarded over ssh */
	t = tts_new();
	CHECK_INT(tts_sound(t), TTS_SOUND_OK);
	tts_free(t);
	set_env("PULSE_SERVER", NULL);

	use_program(record_args); /* a program of one's own decides where to play */
	t = tts_new();
	CHECK(tts_playable(t));
	tts_free(t);

	set_env("PATH", tmp_file(2, "run"));
	use_program("");
	t = tts_new();
	CHECK_INT(tts_sound(t), TTS_SOUND_NO_PROGRAM);
	tts_force(t, true);
	CHECK(!tts_playable(t));
	tts_free(t);
	CHECK(!tts_playable(NULL));

	restore_path();
	set_env("SSH_CONNECTION", NULL);
	set_env("XDG_RUNTIME_DIR", NULL);
	use_program(record_args);
	if (unlink(native) || rmdir(pulse) || rmdir(run) ||
	    unlink(espeak) == -1 || rmdir(bin) == -1)
		fail_setup(bin);
}

int main(void)
{
	unit_program = "test_tts";
	char cwd[PATH_MAX];
	if (!getcwd(cwd, sizeof(cwd)) || !mkdtemp(tmp_dir))
		fail_setup("setup");
	FORMAT(record_args, "%s/tests/data/tts/record-args", cwd);
	FORMAT(log_path, "%s/args.log", tmp_dir);
	const char *path = getenv("PATH");
	saved_path = strdup(path ? path : "/usr/bin:/bin");
	if (!saved_path || setenv("TTS_LOG", log_path, 1) == -1)
		fail_setup("setup");

	RUN(test_voice);
	RUN(test_arguments_intact);
	RUN(test_argument_count);
	RUN(test_espeak_default);
	RUN(test_unavailable);
	RUN(test_bad_arguments);
	RUN(test_child_descriptors);
	RUN(test_second_stops_first);
	RUN(test_free_stops);
	RUN(test_leftovers_stopped);
	RUN(test_chosen_voice);
	RUN(test_sound);

	if (nftw(tmp_dir, remove_entry, 8, FTW_DEPTH | FTW_PHYS) == -1)
		fail_setup(tmp_dir);
	free(saved_path);
	return unit_done();
}
