/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Simulated learners for tests/bench/room.sh: runs N line-mode sessions
 * ("cordial study --plain --learner L001" ... with the environment given), each
 * answering every prompt as soon as it appears, for a number of seconds, then
 * quitting.  Each learner is a process of its own, as each person has a terminal
 * of their own: one learner's acknowledgement never waits for the simulation of
 * another's.  The time from writing an answer to reading its acknowledgement
 * ("Answer N saved") is kept for each answer.  Prints one line:
 *   answers N seconds S per_second R p50_ms A p99_ms B
 * and, on stderr, the acknowledged count of each session ("L001 17").
 *
 * With THINK_MS set, a session waits that long on average (uniformly between half
 * and one and a half times) before answering a prompt, as a person would.
 *
 * With WARMUP_S set, the answers of the first that many seconds (while every
 * session starts at once) are left out of the figures (not of the counts).
 *
 * With LEARNER_DB set, session i runs with CORDIAL_DB set to it, its "%d"
 * replaced by i (each learner connecting under a login of their own).
 *
 * Usage: learners CORDIAL N SECONDS */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct session {
	pid_t pid;
	int in, out; /* its stdin (we write), its stdout (we read) */
	char buf[4096];
	size_t len;
	double sent_at; /* when the last answer was written, 0 when none is waiting */
	double answer_at; /* when to answer the prompt shown, 0 when none is */
	unsigned next;  /* the next answer to try */
	char reply[48]; /* what to type at the prompt shown */
	long acked;
	int open;
};

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* Answers among which every kind of prompt finds one it accepts, tried in turn at
 * a prompt not recognized below. */
static const char *const answers[] = { "a", "3", "1 2 3", "1 2 3 4", "1 2 3 4 5", "" };

/* What a learner types at the prompt that ends TEXT (the session's output since
 * the last answer), into line: Enter to go on after an answer (the rating stays),
 * a letter for a choice, every word's number for a word order, a rating for a
 * card recalled, a word for a typed answer; the answers above in turn otherwise. */
static void reply(struct session *s, const char *text, char *line, size_t size)
{
	const char *last = strrchr(text, '\n');
	last = last ? last + 1 : text;
	const char *letters = strstr(last, "a letter a-");
	if (strstr(last, "Enter to go on") || strstr(last, "Press Enter")) {
		snprintf(line, size, "%s", "");
	} else if (letters && letters[11] >= 'a' && letters[11] <= 'z') {
		snprintf(line, size, "%c", 'a' + rand() % (letters[11] - 'a' + 1));
	} else if (strstr(last, "numbers in order")) {
		size_t words = 0, len = 0;
		for (const char *p = text; (p = strstr(p, "\n  ")) != NULL; p += 3)
			if (p[3] >= '1' && p[3] <= '9' && strchr(p + 3, ')') &&
			    (size_t)atoi(p + 3) == words + 1)
				words++;
		line[0] = '\0';
		for (size_t k = 1; k <= words && len + 4 < size; k++)
			len += (size_t)snprintf(line + len, size - len, k > 1 ? " %zu" : "%zu", k);
		if (!words)
			snprintf(line, size, "%s", answers[s->next++ % (sizeof answers / sizeof *answers)]);
	} else if (strstr(last, "How well did you know it")) {
		snprintf(line, size, "%d", 1 + rand() % 4);
	} else if (strstr(last, "Your answer")) {
		snprintf(line, size, "%s", "hello");
	} else {
		snprintf(line, size, "%s", answers[s->next++ % (sizeof answers / sizeof *answers)]);
	}
}

static void start(struct session *s, const char *cordial, int i)
{
	int in[2], out[2];
	if (pipe(in) || pipe(out)) {
		perror("pipe");
		exit(1);
	}
	s->pid = fork();
	if (s->pid < 0) {
		perror("fork");
		exit(1);
	}
	if (s->pid == 0) {
		dup2(in[0], 0);
		dup2(out[1], 1);
		dup2(out[1], 2);
		close(in[0]);
		close(in[1]);
		close(out[0]);
		close(out[1]);
		char name[16], seed[16];
		snprintf(name, sizeof name, "L%03d", i);
		const char *per = getenv("LEARNER_DB");
		if (per && *per) {
			char db[512];
			const char *d = strstr(per, "%d");
			if (!d) {
				fprintf(stderr, "LEARNER_DB has no %%d\n");
				_exit(127);
			}
			snprintf(db, sizeof db, "%.*s%03d%s", (int)(d - per), per, i, d + 2);
			setenv("CORDIAL_DB", db, 1);
		}
		snprintf(seed, sizeof seed, "%d", i);
		execl(cordial, cordial, "study", "--plain", "--learner", name, "--seed", seed,
		      (char *)NULL);
		_exit(127);
	}
	close(in[0]);
	close(out[1]);
	s->in = in[1];
	s->out = out[0];
	s->open = 1;
}

static void say(struct session *s, const char *line)
{
	char text[64];
	int n = snprintf(text, sizeof text, "%s\n", line);
	if (write(s->in, text, (size_t)n) != n) {
		close(s->in);
		s->in = -1;
	}
}

/* Studies as one learner until `end`, then quits; the answers' latencies (ms)
 * into *lat (those written from counted_from on), their number returned. */
static size_t learn(struct session *s, double end, double counted_from, double think,
		    double **lat)
{
	size_t cap = 1024, nlat = 0;
	*lat = malloc(cap * sizeof **lat);
	if (!*lat)
		exit(1);
	int quitting = 0;
	while (s->open) {
		if (!quitting && now_s() >= end) {
			quitting = 1;
			say(s, "q");
			close(s->in);
			s->in = -1;
		}
		int wait_ms = 100;
		double tnow = now_s();
		if (s->answer_at > 0) {
			int w = (int)((s->answer_at - tnow) * 1000.0);
			if (w < wait_ms)
				wait_ms = w < 0 ? 0 : w;
		}
		struct pollfd pf = { .fd = s->out, .events = POLLIN };
		if (poll(&pf, 1, wait_ms) < 0 && errno != EINTR)
			break;
		tnow = now_s();
		if (s->answer_at > 0 && tnow >= s->answer_at && s->in >= 0 && !quitting) {
			say(s, s->reply);
			s->sent_at = now_s();
			s->answer_at = 0;
		}
		if (!(pf.revents & (POLLIN | POLLHUP)))
			continue;
		ssize_t got = read(s->out, s->buf + s->len, sizeof s->buf - 1 - s->len);
		if (got <= 0) {
			close(s->out);
			s->open = 0;
			continue;
		}
		s->len += (size_t)got;
		s->buf[s->len] = '\0';
		double t = now_s();
		/* an acknowledgement: the answer is saved */
		char *ack = strstr(s->buf, " saved");
		if (ack && s->sent_at > 0) {
			if (nlat == cap) {
				cap *= 2;
				*lat = realloc(*lat, cap * sizeof **lat);
				if (!*lat)
					exit(1);
			}
			if (s->sent_at >= counted_from)
				(*lat)[nlat++] = (t - s->sent_at) * 1000.0;
			s->acked++;
			s->sent_at = 0;
		}
		/* a prompt waits for input: answer it */
		if (s->len >= 2 && !strcmp(s->buf + s->len - 2, ": ") && s->in >= 0 && !quitting) {
			reply(s, s->buf, s->reply, sizeof s->reply);
			if (think > 0) {
				s->answer_at = t + think * (0.5 + (double)rand() / RAND_MAX);
			} else {
				say(s, s->reply);
				s->sent_at = t;
			}
			s->len = 0;
		} else if (s->len > 2048) {
			/* keep the tail, where a prompt or acknowledgement ends */
			memmove(s->buf, s->buf + s->len - 256, 256);
			s->len = 256;
		} else if (ack) {
			s->len = 0;
		}
	}
	int st;
	waitpid(s->pid, &st, 0);
	return nlat;
}

/* Reads exactly n bytes; 0, or -1 when the writer ended first. */
static int read_all(int fd, void *buf, size_t n)
{
	char *p = buf;
	while (n > 0) {
		ssize_t got = read(fd, p, n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			return -1;
		p += got;
		n -= (size_t)got;
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: learners CORDIAL N SECONDS\n");
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	int n = atoi(argv[2]);
	double seconds = atof(argv[3]);
	const char *think_env = getenv("THINK_MS");
	double think = think_env ? atof(think_env) / 1000.0 : 0;
	const char *warmup_env = getenv("WARMUP_S");
	double warmup = warmup_env ? atof(warmup_env) : 0;
	double t0 = now_s(), end = t0 + seconds, counted_from = t0 + warmup;
	/* each learner reports, once done: its acknowledged count, the number of
	 * latencies, then the latencies */
	int *reports = calloc((size_t)n, sizeof *reports);
	pid_t *pids = calloc((size_t)n, sizeof *pids);
	if (!reports || !pids)
		return 1;
	for (int i = 0; i < n; i++) {
		int fd[2];
		if (pipe(fd)) {
			perror("pipe");
			return 1;
		}
		pids[i] = fork();
		if (pids[i] < 0) {
			perror("fork");
			return 1;
		}
		if (pids[i] == 0) {
			close(fd[0]);
			for (int j = 0; j < i; j++)
				close(reports[j]);
			srand((unsigned)i + 1);
			struct session s = { 0 };
			start(&s, argv[1], i + 1);
			double *lat;
			size_t nlat = learn(&s, end, counted_from, think, &lat);
			long head[2] = { s.acked, (long)nlat };
			if (write(fd[1], head, sizeof head) != (ssize_t)sizeof head ||
			    write(fd[1], lat, nlat * sizeof *lat) != (ssize_t)(nlat * sizeof *lat))
				_exit(1);
			_exit(0);
		}
		close(fd[1]);
		reports[i] = fd[0];
	}
	size_t cap = 1 << 16, nlat = 0;
	double *lat = malloc(cap * sizeof *lat);
	if (!lat)
		return 1;
	for (int i = 0; i < n; i++) {
		long head[2] = { 0, 0 };
		if (read_all(reports[i], head, sizeof head) == 0) {
			while (nlat + (size_t)head[1] > cap) {
				cap *= 2;
				lat = realloc(lat, cap * sizeof *lat);
				if (!lat)
					return 1;
			}
			if (read_all(reports[i], lat + nlat, (size_t)head[1] * sizeof *lat) == 0)
				nlat += (size_t)head[1];
		}
		close(reports[i]);
		int st;
		waitpid(pids[i], &st, 0);
		fprintf(stderr, "L%03d %ld\n", i + 1, head[0]);
	}
	double took = now_s() - counted_from;
	qsort(lat, nlat, sizeof *lat, cmp_double);
	double p50 = nlat ? lat[nlat / 2] : 0, p99 = nlat ? lat[(nlat * 99) / 100] : 0;
	printf("answers %zu seconds %.1f per_second %.0f p50_ms %.1f p99_ms %.1f\n", nlat, took,
	       (double)nlat / took, p50, p99);
	return 0;
}
