/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rules for classes and assignments that the commands and the Trainer screen
 * share. */
#include "classes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content.h"
#include "hb.h"
#include "i18n.h"
#include "mem.h"
#include "report.h"
#include "study.h"
#include "text.h"

char *classes_refusal(enum classes_work work, const char *ask)
{
	switch (work) {
	case CLASSES_MEMBERS:
		return xasprintf(_("only a trainer can change who is in a class; ask %s"), ask);
	case CLASSES_SHOW:
		return xasprintf(_("only a trainer can see who is in a class; ask %s"), ask);
	case CLASSES_ASSIGN:
		return xasprintf(_("only a trainer can assign lessons; ask %s"), ask);
	case CLASSES_UNASSIGN:
		return xasprintf(_("only a trainer can remove assignments; ask %s"), ask);
	case CLASSES_SHOW_OTHERS:
		return xasprintf(_("only a trainer can see other learners' assignments; ask %s"),
				 ask);
	case CLASSES_ADD:
		break;
	}
	return xasprintf(_("only a trainer can add classes; ask %s"), ask);
}

bool classes_name_ok(const char *name)
{
	size_t len = strlen(name);
	return len && len < sizeof ((struct class_row *)0)->name &&
	       text_utf8_invalid(name, len) < 0 && !strpbrk(name, "\t\n\r\x1b/");
}

const char *classes_name_rule(void)
{
	return _("a class's name is 1 to 127 bytes of text, without tabs, slashes or control "
		 "characters");
}

bool classes_note_ok(const char *note)
{
	size_t len = strlen(note);
	return len < sizeof ((struct assignment *)0)->note && text_utf8_invalid(note, len) < 0;
}

const char *classes_note_rule(void)
{
	return _("a note is at most 511 bytes of text");
}

int classes_due_check(const char *day, int64_t now_ms)
{
	if (!*day)
		return 0;
	int64_t start = report_parse_day(day);
	if (start < 0)
		return -1;
	return start < study_day_start(now_ms);
}

int classes_lesson_check(struct content *c, const char *content_path, const char *spec,
			 struct assignment *a, char **msg)
{
	const char *slash = strchr(spec, '/');
	size_t hlen = slash ? (size_t)(slash - spec) : strlen(spec);
	*msg = NULL;
	if (!hlen || hlen >= sizeof a->handbook ||
	    (slash && (!slash[1] || strlen(slash + 1) >= sizeof a->lesson))) {
		*msg = xasprintf(_("'%s' is not HANDBOOK or HANDBOOK/LESSON"), spec);
		return -1;
	}
	snprintf(a->handbook, sizeof a->handbook, "%.*s", (int)hlen, spec);
	snprintf(a->lesson, sizeof a->lesson, "%s", slash ? slash + 1 : "");
	char *err = NULL;
	struct hb_book *book = content_load_lesson(c, a->handbook, NULL, &err);
	int rc = 0;
	if (!book) {
		if (err)
			*msg = err;
		else
			*msg = xasprintf(_("there is no handbook '%s' in %s; see 'cordial handbook "
					   "list'"),
					 a->handbook, content_path);
		rc = -1;
	} else if (*a->lesson && !hb_book_find_lesson(book, a->lesson)) {
		*msg = xasprintf(_("handbook '%s' has no lesson '%s'"), a->handbook, a->lesson);
		rc = -1;
	}
	hb_book_free(book);
	return rc;
}
