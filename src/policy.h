/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Who may do what, decided in one place for the command line, the line mode and the
 * full-screen app, whatever the training store.
 *
 * The person at the keyboard is known by the login the store gives
 * (training_whoami).  A login tied to a learner is that learner and nobody else:
 * cordial studies only as them, and what else they may do follows the role stored
 * for them now.  A login tied to nobody is trusted, as on one person's laptop, except
 * that the app, used as a learner picked from its list, acts with that learner's
 * role for a trainer's or an editor's work. */
#ifndef CORDIAL_POLICY_H
#define CORDIAL_POLICY_H

#include <stdbool.h>

#include "training.h"

/* What is asked for; `on` below is the learner it is done to. */
enum policy_act {
	POLICY_STUDY,	 /* study as `on`: answer, undo, fit the scheduler */
	POLICY_CHANGE,	 /* change `on`'s settings and lessons */
	POLICY_SEE,	 /* see `on`'s progress, classes and assignments (NULL: a class's, or
			  * everyone's) */
	POLICY_PICK,	 /* the app's list of learners, to pick another one */
	POLICY_ADD,	 /* add learners */
	POLICY_TRAIN,	 /* classes, members, assignments, the Trainer screen */
	POLICY_EDIT,	 /* import handbooks */
};

struct policy {
	bool tied;	     /* the login is tied to a learner */
	struct learner self; /* that learner, as stored now, when tied */
	char login[64];	     /* the login the store knows the person by ("" if none) */
};

/* Who is at the keyboard: 0, or -1 with *err set (malloc'd). */
int policy_load(struct training *t, struct policy *p, char **err);

/* Whether the person may do `act` to learner `on` (POLICY_STUDY, POLICY_CHANGE and
 * POLICY_SEE; ignored by the others).  `acting` is the learner the app is used as,
 * NULL on the command line.  Decided from *p alone. */
bool policy_allows(const struct policy *p, enum policy_act act, const struct learner *on,
		   const struct learner *acting);

/* Whom to ask for what `act` needs: up to three trainers (editors for POLICY_EDIT)
 * by name, or "whoever looks after this machine" when there are none.  Malloc'd,
 * NULL with *err set. */
char *policy_whom_to_ask(struct training *t, enum policy_act act, char **err);

/* policy_load, then policy_allows with `acting` read again from the store (its role
 * may have changed since it was picked).  1 yes; 0 no, with *ask set to whom to ask
 * (malloc'd); -1 with *err set.  *p, when not NULL, receives who is at the
 * keyboard. */
int policy_may(struct training *t, enum policy_act act, const struct learner *on,
	       const struct learner *acting, struct policy *p, char **ask, char **err);

#endif
