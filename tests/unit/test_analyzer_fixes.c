/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Regression tests for what cppcheck and clang-tidy found: empty inputs that reached qsort(NULL, 0). */
#include <locale.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "import.h"
#include "text.h"
#include "unit.h"

static char dir[] = "/tmp/cordial-test-analyzer-XXXXXX";

/* A shipped folder whose handbooks/ is empty: nothing to sort, nothing imported. */
static void empty_shipped_folder(void)
{
	char datadir[300], handbooks[320], content[320];
	snprintf(datadir, sizeof datadir, "%s/share", dir);
	snprintf(handbooks, sizeof handbooks, "%s/handbooks", datadir);
	snprintf(content, sizeof content, "%s/content.db", dir);
	CHECK(mkdir(datadir, 0700) == 0);
	CHECK(mkdir(handbooks, 0700) == 0);
	char *err = NULL;
	CHECK_INT(import_shipped(content, datadir, &err), 0);
	CHECK(err == NULL);
	free(err);
	unlink(content);
	rmdir(handbooks);
	rmdir(datadir);
}

/* One grapheme: one start, and an empty string none. */
static void graphemes_of_short_text(void)
{
	size_t *starts = NULL;
	CHECK_INT(text_graphemes("", 0, &starts), 0);
	CHECK(starts == NULL);
	CHECK_INT(text_graphemes("e\xcc\x81", 3, &starts), 1);
	CHECK(starts != NULL && starts[0] == 0);
	free(starts);
}

int main(void)
{
	unit_program = "test_analyzer_fixes";
	setlocale(LC_ALL, "C.UTF-8");
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	RUN(empty_shipped_folder);
	RUN(graphemes_of_short_text);
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		return 1;
	return unit_done();
}
