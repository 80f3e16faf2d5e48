/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The training database: learners (and, as the study engine grows, their cards and
 * review log).  This module owns the connection. */
#ifndef CORDIAL_TRAINING_H
#define CORDIAL_TRAINING_H

struct training;

/* Opens, creating and migrating, the training database; NULL with *err set
 * (malloc'd) on failure. */
struct training *training_open(const char *path, char **err);
void training_close(struct training *t);

/* The schema version this program writes. */
int training_schema_version(void);

#endif
