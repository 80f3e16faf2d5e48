/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The program's one allocation policy, and its one way to stop on an error it cannot
 * go on from.
 *
 * Memory that cannot be had is not an error a caller handles: xmalloc() and the
 * others never return NULL.  They end the program with "cordial: out of memory
 * while <activity>" on standard error and exit status MEM_EXIT_NOMEM (3), never a
 * core dump.  The activity is what the program is doing, named once at command
 * level (mem_activity), so the message says what could not be finished.  Before
 * anything is printed the terminal is given back (mem_on_exit): the full-screen app
 * registers its endwin() there. */
#ifndef CORDIAL_MEM_H
#define CORDIAL_MEM_H

#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>

enum { MEM_EXIT_NOMEM = 3 };

/* Ends the program now because memory ran out: "cordial: out of memory while
 * <activity>", exit status MEM_EXIT_NOMEM. */
_Noreturn void mem_fail(void) __attribute__((noreturn));

/* malloc, calloc, realloc, strdup, strndup, asprintf that end the program instead
 * of returning NULL.  A size of 0 gives a valid pointer to free().  The caller
 * frees the result.  The first three are here in full so that static analysis
 * sees the allocator they call (calloc's memory is zeroed). */
static inline void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		mem_fail();
	return p;
}

static inline void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		mem_fail();
	return p;
}

static inline void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		mem_fail();
	return q;
}

/* realloc to n * size bytes, an overflowing product being out of memory. */
void *xreallocarray(void *p, size_t n, size_t size) __attribute__((returns_nonnull));
char *xstrdup(const char *s) __attribute__((returns_nonnull));
char *xstrndup(const char *s, size_t n) __attribute__((returns_nonnull));
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2), returns_nonnull));
char *xvasprintf(const char *fmt, va_list ap)
    __attribute__((format(printf, 1, 0), returns_nonnull));

/* For a library function that returns NULL both for bad input and for memory
 * (libunistring, realpath): NULL with errno ENOMEM ends the program; otherwise p
 * is returned as it is. */
void *mem_checked(void *p);

/* Names what the program is doing, for the out-of-memory message ("importing
 * handbook taxi"): formatted now (translated by the caller) into a fixed buffer, so
 * that naming it never needs memory.  It stays until named again. */
void mem_activity(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Registers the function that gives the terminal back before a fatal message
 * (NULL: none).  It is called at most once. */
void mem_on_exit(void (*restore)(void));

/* Ends the program with "cordial: <message>" on standard error and the given exit
 * status, after giving the terminal back: for an error that leaves nothing to go on
 * with (a damaged database under a statement the program needs). */
_Noreturn void mem_fatal(int status, const char *fmt, ...)
    __attribute__((format(printf, 2, 3), noreturn));

#endif
