/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The line mode: a study session as plain lines on a stream, one prompt a line,
 * answers read from another; no escape sequences, usable with a screen reader and
 * with a pipe. */
#ifndef CORDIAL_PLAIN_H
#define CORDIAL_PLAIN_H

#include <stdio.h>

#include "study.h"
#include "tts.h"

/* Runs the session until it is over, the input ends or the learner types q; prints
 * the summary.  tts may be NULL.  Returns 0, or -1 after a database error. */
int plain_study(struct study *study, struct tts *tts, const struct learner *learner, FILE *in,
		FILE *out);

/* The name of a language in the interface's language ("English"), or the code. */
const char *plain_language_name(const char *code);

#endif
