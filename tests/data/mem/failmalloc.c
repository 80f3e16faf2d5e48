/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loaded with LD_PRELOAD by the tests: makes memory run out on purpose.
 *   FAILMALLOC_ABOVE=N   every allocation of more than N bytes fails;
 *   FAILMALLOC_AFTER=N   the Nth allocation and every one after it fail;
 *   FAILMALLOC_NOT_LIBC=1  only allocations asked for outside the C library count
 *                        and fail (cordial's own, SQLite's, libunistring's): the C
 *                        library's name service does not survive a failure; and
 *                        counting starts at the program's own first allocation,
 *                        after the libraries have set themselves up;
 *   FAILMALLOC_ONLY_PROGRAM=1  only the program's own allocations count and fail
 *                        (not those its libraries make), so that every one of
 *                        them can be made to fail in turn quickly;
 *   FAILMALLOC_ON_SIGNAL=1  every allocation fails once the process has had SIGUSR1
 *                        (for a program that waits for keys).
 * A failed allocation returns NULL with errno ENOMEM, as malloc does. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/auxv.h>

extern void *__libc_malloc(size_t n);
extern void *__libc_calloc(size_t n, size_t size);
extern void *__libc_realloc(void *p, size_t n);

static long above = -1, after = -1, count;
static int ready, busy, not_libc, only_program, started;
static void *libc_base, *program_base;

static volatile sig_atomic_t signalled;

static void on_signal(int sig)
{
	(void)sig;
	signalled = 1;
}

static long setting(const char *name);

__attribute__((constructor)) static void start(void)
{
	if (setting("FAILMALLOC_ON_SIGNAL") > 0)
		signal(SIGUSR1, on_signal);
}

static long setting(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? atol(v) : -1;
}

static int fails(size_t n, void *caller)
{
	if (busy) /* dladdr() or getenv() on their way here */
		return 0;
	busy = 1;
	if (!ready) {
		ready = 1;
		above = setting("FAILMALLOC_ABOVE");
		after = setting("FAILMALLOC_AFTER");
		not_libc = setting("FAILMALLOC_NOT_LIBC") > 0;
		only_program = setting("FAILMALLOC_ONLY_PROGRAM") > 0;
		Dl_info info;
		if (dladdr((void *)fopen, &info))
			libc_base = info.dli_fbase;
		if (dladdr((void *)getauxval(AT_ENTRY), &info))
			program_base = info.dli_fbase;
	}
	int counted = 1;
	if (not_libc || only_program) {
		Dl_info info;
		void *base = dladdr(caller, &info) ? info.dli_fbase : NULL;
		started |= base == program_base;
		counted = only_program ? base == program_base : started && base != libc_base;
	}
	busy = 0;
	if (!counted)
		return 0;
	count++;
	if ((above >= 0 && n > (size_t)above) || (after > 0 && count >= after) || signalled) {
		errno = ENOMEM;
		return 1;
	}
	return 0;
}

void *malloc(size_t n)
{
	return fails(n, __builtin_return_address(0)) ? NULL : __libc_malloc(n);
}

void *calloc(size_t n, size_t size)
{
	size_t total = size && n > (size_t)-1 / size ? (size_t)-1 : n * size;
	return fails(total, __builtin_return_address(0)) ? NULL : __libc_calloc(n, size);
}

void *realloc(void *p, size_t n)
{
	return fails(n, __builtin_return_address(0)) ? NULL : __libc_realloc(p, n);
}
