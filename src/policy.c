/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Who may do what: one set of rules below every front end (policy.h). */
#include "policy.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "mem.h"

int policy_load(struct training *t, struct policy *p, char **err)
{
	memset(p, 0, sizeof *p);
	if (training_whoami(t, p->login, sizeof p->login, err))
		return -1;
	if (!*p->login)
		return 0;
	int found = training_learner_by_login(t, p->login, &p->self, err);
	if (found < 0)
		return -1;
	p->tied = found == 1;
	return 0;
}

static bool same_learner(const struct learner *a, const struct learner *b)
{
	return a && b && a->id == b->id;
}

bool policy_allows(const struct policy *p, enum policy_act act, const struct learner *on,
		   const struct learner *acting)
{
	if (p->tied) {
		bool trainer = p->self.role == ROLE_TRAINER;
		switch (act) {
		case POLICY_STUDY:
			/* Not even a trainer studies as someone else: the reviews are the
			 * learner's own record. */
			return same_learner(on, &p->self);
		case POLICY_CHANGE:
		case POLICY_SEE:
			return trainer || same_learner(on, &p->self);
		case POLICY_PICK:
		case POLICY_ADD:
		case POLICY_TRAIN:
			return trainer;
		case POLICY_EDIT:
			return p->self.editor || p->self.role == ROLE_EDITOR;
		}
		return false;
	}
	/* A login tied to nobody is trusted; the app still acts with the role of the
	 * learner it is used as. */
	if (acting && act == POLICY_TRAIN)
		return acting->role == ROLE_TRAINER;
	if (acting && act == POLICY_EDIT)
		return acting->editor || acting->role == ROLE_EDITOR;
	return true;
}

char *policy_whom_to_ask(struct training *t, enum policy_act act, char **err)
{
	char *names = training_learner_names_with(t, act == POLICY_EDIT ? ROLE_EDITOR : ROLE_TRAINER,
						  3, err);
	if (!names)
		return NULL;
	if (!*names) {
		free(names);
		/* TRANSLATORS: completes "only a trainer can ...; ask %s" */
		names = xstrdup(_("whoever looks after this machine"));
	}
	return names;
}

int policy_may(struct training *t, enum policy_act act, const struct learner *on,
	       const struct learner *acting, struct policy *p, char **ask, char **err)
{
	struct policy mine;
	struct learner now;
	if (!p)
		p = &mine;
	*ask = NULL;
	if (policy_load(t, p, err))
		return -1;
	if (acting) {
		int found = training_learner_find(t, acting->name, &now, err);
		if (found < 0)
			return -1;
		if (!found) { /* gone since it was picked: no role at all */
			now = *acting;
			now.role = ROLE_LEARNER;
			now.editor = false;
		}
		acting = &now;
	}
	if (policy_allows(p, act, on, acting))
		return 1;
	*ask = policy_whom_to_ask(t, act, err);
	return *ask ? 0 : -1;
}
