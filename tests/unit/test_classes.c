/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unit tests of classes.c: the rules for classes and assignments that the commands
 * and the Trainer screen share. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "classes.h"
#include "report.h"
#include "unit.h"

static void test_class_names(void)
{
	CHECK(classes_name_ok("Desk"));
	CHECK(classes_name_ok("前台一班"));
	CHECK(classes_name_ok("Night shift 2"));
	CHECK(!classes_name_ok(""));
	CHECK(!classes_name_ok("Night/Day"));
	CHECK(!classes_name_ok("tab\there"));
	CHECK(!classes_name_ok("line\nbreak"));
	CHECK(!classes_name_ok("esc\x1b[31m"));
	CHECK(!classes_name_ok("bad \xff byte"));
	char name[200];
	memset(name, 'a', sizeof name);
	name[127] = '\0'; /* 127 bytes: the most */
	CHECK(classes_name_ok(name));
	name[127] = 'a';
	name[128] = '\0';
	CHECK(!classes_name_ok(name));
	CHECK(strstr(classes_name_rule(), "127") != NULL);
}

static void test_notes(void)
{
	char note[600];
	CHECK(classes_note_ok(""));
	CHECK(classes_note_ok("Practise with a partner; 两人一组练习。"));
	CHECK(!classes_note_ok("bad \xc3 byte"));
	memset(note, 'n', sizeof note);
	note[511] = '\0';
	CHECK(classes_note_ok(note));
	note[511] = 'n';
	note[512] = '\0';
	CHECK(!classes_note_ok(note));
}

/* Due dates against 2026-11-29 09:00 UTC; study days start at 04:00. */
static void test_due_dates(void)
{
	int64_t now = report_parse_day("2026-11-29") + 5 * 3600 * INT64_C(1000);
	CHECK_INT(classes_due_check("", now), 0);
	CHECK_INT(classes_due_check("2026-11-29", now), 0);
	CHECK_INT(classes_due_check("2026-12-31", now), 0);
	CHECK_INT(classes_due_check("2026-11-28", now), 1);
	CHECK_INT(classes_due_check("2025-01-01", now), 1);
	CHECK_INT(classes_due_check("2026-02-30", now), -1);
	CHECK_INT(classes_due_check("2026-13-01", now), -1);
	CHECK_INT(classes_due_check("tomorrow", now), -1);
	CHECK_INT(classes_due_check("2026-12-1", now), -1);
	/* At 03:00 the study day is still the one before. */
	int64_t early = report_parse_day("2026-11-29") - 3600 * INT64_C(1000);
	CHECK_INT(classes_due_check("2026-11-28", early), 0);
}

static void test_refusals(void)
{
	char *msg = classes_refusal(CLASSES_UNASSIGN, "Mei");
	CHECK_STR(msg, "only a trainer can remove assignments; ask Mei");
	free(msg);
	msg = classes_refusal(CLASSES_ADD, "Mei, Li");
	CHECK_STR(msg, "only a trainer can add classes; ask Mei, Li");
	free(msg);
}

int main(void)
{
	unit_program = "test_classes";
	setenv("TZ", "UTC", 1);
	tzset();
	unsetenv("LANGUAGE");
	RUN(test_class_names);
	RUN(test_notes);
	RUN(test_due_dates);
	RUN(test_refusals);
	return unit_done();
}
