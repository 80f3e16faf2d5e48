/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Agreement across handbooks: one answer per prompt, one name per tag.
 *
 * A learner who studies two handbooks is graded against the answers of both, so the
 * same prompt (the source-language text of a phrase, compared without case, width,
 * punctuation and spaces) must have the same answer and the same accepted
 * alternatives in each foreign language wherever it appears: in the files being
 * checked and in the other handbooks of the content database.  Records are fed one
 * at a time into a scratch SQLite table on disk, under a hash of their prompt, so
 * memory stays constant however large the handbooks are; at the end the records
 * whose prompt hash another shares are compared by their texts.  Each record is
 * also checked for the old name of the tag that marks a guest's lines. */
#ifndef CORDIAL_AGREE_H
#define CORDIAL_AGREE_H

#include "diag.h"
#include "hb.h"

struct agree;

/* A new, empty check.  Never NULL: when the scratch table cannot be made, the
 * check only reports that (at agree_finish()). */
struct agree *agree_new(void);

/* One record of `book` (a phrase or courtesy item; other records are ignored).
 * The file name of the item is borrowed and must outlive diags. */
void agree_record(struct agree *agree, const struct hb_book *book, const struct hb_item *item,
		  struct diag_list *diags);

/* Says that the records may give one item more than once (sheets that add rows to
 * one handbook, a later row of an id replacing an earlier one): only each item's
 * last record is compared. */
void agree_items_replaced(struct agree *agree);

/* Warns about every record whose answer in a language differs from that of the
 * first record with the same prompt (a handbook in the content database at
 * content_path, when it is not NULL, coming before the files; handbooks that the
 * files hold are taken from the files only).  Frees the check; accepts NULL. */
void agree_finish(struct agree *agree, const char *content_path, struct diag_list *diags);
/* Frees the check without comparing (an import given up); accepts NULL. */
void agree_free(struct agree *agree);

#endif
