/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the command groups: messages and sanitized output. */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text.h"

static void vmessage(const char *prefix, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
static void vmessage(const char *prefix, const char *fmt, va_list ap)
{
	char *msg = NULL;
	if (vasprintf(&msg, fmt, ap) < 0)
		return;
	char *safe = text_sanitize_lines(msg, strlen(msg));
	fprintf(stderr, "cordial: %s%s\n", prefix, safe ? safe : msg);
	free(safe);
	free(msg);
}

void cli_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmessage("", fmt, ap);
	va_end(ap);
}

void cli_warning(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	/* TRANSLATORS: prefix of a warning message on the command line */
	vmessage(_("warning: "), fmt, ap);
	va_end(ap);
}

void cli_put(FILE *out, const char *text)
{
	if (!text)
		return;
	char *safe = text_sanitize_lines(text, strlen(text));
	fputs(safe ? safe : "", out);
	free(safe);
}

int cli_wants_help(int argc, char **argv)
{
	return argc > 1 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"));
}
