/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Who may do what (policy.c): the rules for a tied learner, a tied trainer, a tied
 * editor and a login tied to nobody, and the identity read from a training store. */
#include <pwd.h>
#include <unistd.h>

#include "outfile.h"
#include "policy.h"
#include "unit.h"

static const struct learner ana = { .id = 2, .name = "Ana", .role = ROLE_LEARNER };
static const struct learner tom = { .id = 3, .name = "Tom", .role = ROLE_LEARNER };
static const struct learner mei = { .id = 1, .name = "Mei", .role = ROLE_TRAINER, .editor = true };
static const struct learner ed = { .id = 4, .name = "Ed", .role = ROLE_EDITOR, .editor = true };

static struct policy tied(const struct learner *self)
{
	struct policy p = { .tied = true, .self = *self };
	snprintf(p.login, sizeof p.login, "user%lld", (long long)self->id);
	return p;
}

static void test_tied_learner(void)
{
	struct policy p = tied(&ana);
	CHECK(policy_allows(&p, POLICY_STUDY, &ana, NULL));
	CHECK(!policy_allows(&p, POLICY_STUDY, &tom, NULL));
	CHECK(!policy_allows(&p, POLICY_STUDY, NULL, NULL));
	CHECK(policy_allows(&p, POLICY_CHANGE, &ana, NULL));
	CHECK(!policy_allows(&p, POLICY_CHANGE, &tom, NULL));
	CHECK(policy_allows(&p, POLICY_SEE, &ana, NULL));
	CHECK(!policy_allows(&p, POLICY_SEE, &tom, NULL));
	CHECK(!policy_allows(&p, POLICY_SEE, NULL, NULL));
	CHECK(!policy_allows(&p, POLICY_PICK, NULL, NULL));
	CHECK(!policy_allows(&p, POLICY_ADD, NULL, NULL));
	CHECK(!policy_allows(&p, POLICY_TRAIN, NULL, NULL));
	CHECK(!policy_allows(&p, POLICY_EDIT, NULL, NULL));
	/* The app used as a trainer picked from a list changes nothing for a tied login. */
	CHECK(!policy_allows(&p, POLICY_TRAIN, NULL, &mei));
	CHECK(!policy_allows(&p, POLICY_STUDY, &tom, &tom));
}

static void test_tied_trainer(void)
{
	struct policy p = tied(&mei);
	CHECK(policy_allows(&p, POLICY_STUDY, &mei, NULL));
	CHECK(!policy_allows(&p, POLICY_STUDY, &ana, &ana)); /* never as another */
	CHECK(policy_allows(&p, POLICY_CHANGE, &ana, NULL));
	CHECK(policy_allows(&p, POLICY_SEE, NULL, NULL));
	CHECK(policy_allows(&p, POLICY_PICK, NULL, NULL));
	CHECK(policy_allows(&p, POLICY_ADD, NULL, NULL));
	CHECK(policy_allows(&p, POLICY_TRAIN, NULL, &ana)); /* whoever the app shows */
	CHECK(policy_allows(&p, POLICY_EDIT, NULL, NULL));
}

static void test_tied_editor(void)
{
	struct policy p = tied(&ed);
	CHECK(policy_allows(&p, POLICY_EDIT, NULL, NULL));
	CHECK(!policy_allows(&p, POLICY_TRAIN, NULL, NULL));
	CHECK(!policy_allows(&p, POLICY_ADD, NULL, NULL));
	CHECK(!policy_allows(&p, POLICY_CHANGE, &ana, NULL));
}

static void test_untied(void)
{
	struct policy p = { .tied = false };
	/* The command line: trusted with everything. */
	for (int act = POLICY_STUDY; act <= POLICY_EDIT; act++)
		CHECK(policy_allows(&p, (enum policy_act)act, &tom, NULL));
	/* The app: a trainer's or an editor's work with the role of the learner used. */
	CHECK(!policy_allows(&p, POLICY_TRAIN, NULL, &ana));
	CHECK(policy_allows(&p, POLICY_TRAIN, NULL, &mei));
	CHECK(!policy_allows(&p, POLICY_EDIT, NULL, &tom));
	CHECK(policy_allows(&p, POLICY_EDIT, NULL, &ed));
	CHECK(policy_allows(&p, POLICY_PICK, NULL, &ana));
	CHECK(policy_allows(&p, POLICY_STUDY, &tom, &ana));
}

/* Through a real store: the login of the real uid, tied or not, and whom to ask. */
static void test_store(void)
{
	char path[] = "/tmp/cordial-policy-XXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0);
	close(fd);
	unlink(path);
	char *err = NULL;
	outfile_permit_create(path, false); /* a new database, as 'learner add' makes */
	struct training *t = training_open(path, &err);
	CHECK(t != NULL);
	if (!t)
		return;
	char login[64];
	CHECK_INT(training_whoami(t, login, sizeof login, &err), 0);
	struct passwd *pw = getpwuid(getuid());
	CHECK_STR(login, pw ? pw->pw_name : "");

	struct policy p;
	CHECK_INT(policy_load(t, &p, &err), 0);
	CHECK(!p.tied);
	char *ask = NULL;
	/* No trainer yet: the refusal still names someone to ask. */
	ask = policy_whom_to_ask(t, POLICY_TRAIN, &err);
	CHECK_STR(ask, "whoever looks after this machine");
	free(ask);

	struct learner a = { .retention = 0.9, .daily_new = 15 }, b = a;
	snprintf(a.name, sizeof a.name, "Mei");
	snprintf(a.native, sizeof a.native, "en");
	snprintf(a.target, sizeof a.target, "zh");
	b = a;
	snprintf(b.name, sizeof b.name, "Ana");
	snprintf(b.login, sizeof b.login, "%s", login);
	CHECK_INT(training_learner_add(t, &a, 0, &err), 0); /* the first: trainer */
	CHECK_INT(training_learner_add(t, &b, 0, &err), 0);
	CHECK_INT(policy_load(t, &p, &err), 0);
	CHECK(p.tied);
	CHECK_STR(p.self.name, "Ana");
	CHECK_INT(policy_may(t, POLICY_ADD, NULL, NULL, NULL, &ask, &err), 0);
	CHECK_STR(ask, "Mei");
	free(ask);
	CHECK_INT(policy_may(t, POLICY_STUDY, &b, NULL, NULL, &ask, &err), 1);
	CHECK(ask == NULL);
	training_close(t);
	unlink(path);
	free(err);
}

int main(void)
{
	unit_program = "test_policy";
	RUN(test_tied_learner);
	RUN(test_tied_trainer);
	RUN(test_tied_editor);
	RUN(test_untied);
	RUN(test_store);
	return unit_done();
}
