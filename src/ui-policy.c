/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The app's side of who may do what (policy.h): the person at the keyboard, acting as
 * the learner picked. */
#include <stdlib.h>

#include "ui-internal.h"

int ui_may(struct ui *ui, enum policy_act act, const struct learner *on, struct policy *p,
	   char **ask)
{
	char *err = NULL;
	int may = policy_may(ui->t, act, on, ui->have_learner ? &ui->learner : NULL, p, ask, &err);
	if (may < 0) {
		ui_message(ui, UI_WARN, "%s", err ? err : "?");
		free(err);
	}
	return may;
}
