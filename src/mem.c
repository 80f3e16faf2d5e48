/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Allocation that never returns NULL, and the fatal message path (mem.h). */
#include "mem.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"

static char activity[256];
static void (*restore_terminal)(void);

/* What comes from a file, a database or the command line is shown as text, not
 * obeyed by the terminal: C0 and C1 controls become '?'. */
static void defuse(char *s)
{
	for (unsigned char *p = (unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			*p = '?';
		else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
			p[0] = p[1] = '?';
}

void mem_activity(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(activity, sizeof activity, fmt, ap);
	va_end(ap);
	defuse(activity);
}

void mem_on_exit(void (*restore)(void))
{
	restore_terminal = restore;
}

/* Set on the way out: what runs at exit (flushing standard output) may fail again,
 * and exit() must not be called twice. */
static volatile int leaving;

static _Noreturn void leave(int status)
{
	if (leaving)
		_exit(status);
	leaving = 1;
	exit(status);
}

static void give_back_terminal(void)
{
	void (*restore)(void) = restore_terminal;
	restore_terminal = NULL; /* once, even if it fails on its way */
	if (restore)
		restore();
}

_Noreturn void mem_fail(void)
{
	give_back_terminal();
	/* Nothing here allocates: stderr is unbuffered, and gettext falls back to
	 * the English text when it cannot load its catalogue. */
	fputs("cordial: ", stderr);
	if (*activity)
		fprintf(stderr, _("out of memory while %s"), activity);
	else
		fputs(_("out of memory"), stderr);
	fputc('\n', stderr);
	/* exit() flushes what standard output already holds; nothing half-written
	 * in a database counts (it is rolled back on the next open). */
	leave(MEM_EXIT_NOMEM);
}

_Noreturn void mem_fatal(int status, const char *fmt, ...)
{
	give_back_terminal();
	char line[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	defuse(line);
	fprintf(stderr, "cordial: %s\n", line);
	leave(status);
}

void *mem_checked(void *p)
{
	if (!p && errno == ENOMEM)
		mem_fail();
	return p;
}

void *xreallocarray(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		mem_fail();
	return xrealloc(p, n * size);
}

char *xstrdup(const char *s)
{
	size_t n = strlen(s);
	char *d = xmalloc(n + 1);
	memcpy(d, s, n + 1);
	return d;
}

char *xstrndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *d = xmalloc(len + 1);
	memcpy(d, s, len);
	d[len] = '\0';
	return d;
}

char *xvasprintf(const char *fmt, va_list ap)
{
	char *out = NULL;
	if (vasprintf(&out, fmt, ap) < 0) {
		/* The only failure of a valid format with valid arguments is memory
		 * (an EOVERFLOW would need a string over 2 GB). */
		mem_fail();
	}
	return out;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *out = xvasprintf(fmt, ap);
	va_end(ap);
	return out;
}
