/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The languages a new learner starts with: what the locale names, what the loaded
 * handbooks offer, and the defaults drawn from the two.  Shared by "cordial learner
 * add" and the first-run form, so that both propose the same. */
#ifndef CORDIAL_LANGS_H
#define CORDIAL_LANGS_H

#include <stdbool.h>

#include "content.h"

#define LANGS_MAX 16

/* The languages of the loaded handbooks: their source languages first (the most
 * common first), then the others in the order met. */
struct langs {
	char code[LANGS_MAX][16];
	int n;
	int nsources; /* code[0 .. nsources) are source languages */
};

/* Fills *out from the content database: 0, or -1 with *err set. */
int langs_offered(struct content *c, struct langs *out, char **err);
bool langs_has(const struct langs *l, const char *code);
/* "en, ja, ko, zh": the codes of l, sorted, into buf[size]. */
void langs_list(const struct langs *l, char *buf, size_t size);

/* The language that the locale's messages category names ("zh" for zh_CN.UTF-8, from
 * LANGUAGE, LC_ALL, LC_MESSAGES or LANG, the first one set), or "" when it names
 * none (unset, C, POSIX, C.UTF-8).  Written into buf[16]. */
const char *langs_locale(char buf[16]);

/* A new learner's languages when none is given: the native language is the
 * locale's when a handbook offers it, else the handbooks' source language (the
 * locale's, or English, when no handbook is loaded); the target language is English
 * when that differs, else the first other language offered. */
void langs_defaults(const struct langs *offered, const char *locale, char native[16],
		    char target[16]);

#endif
