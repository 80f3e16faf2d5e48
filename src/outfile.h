/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every file cordial writes goes through here.
 *
 * - A target that is not a regular file (a device, a FIFO, a terminal, "-" for
 *   standard output, or the file standard output already goes to) is written in
 *   place: it is never replaced.
 * - A regular target (followed through symbolic links, which stay links) is
 *   replaced atomically: the text goes to a new file with an unpredictable name in
 *   the target's folder, created exclusively and never through a link; the file is
 *   synced, renamed over the target, and the folder synced.  An existing target
 *   keeps its mode (and, when cordial may, its owner).
 * - A dangling symbolic link is refused: cordial never creates a file at the far
 *   end of a link.
 * - New files that must not replace anything (backups) are published under a name
 *   that did not exist (outfile_publish). */
#ifndef CORDIAL_OUTFILE_H
#define CORDIAL_OUTFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* Writes len bytes to path as described above; NULL or "-" is standard output.
 * Returns 0, or -1 with *err set (malloc'd, translated). */
int outfile_write(const char *path, const char *data, size_t len, char **err);

/* Creates a new empty file with mode 0600 beside `path` (in its folder) under a
 * fresh unpredictable name, exclusively (O_CREAT | O_EXCL | O_NOFOLLOW).  Returns
 * the open descriptor and sets *tmp to its name (malloc'd), or -1 with errno set. */
int outfile_temp(const char *path, char **tmp);

/* Gives the complete file `tmp` the name `dest` only if no file of that name exists
 * (a hard link, or a rename that refuses to replace), removes the name `tmp`, and
 * syncs the folder.  Returns 0, or -1 with errno set (EEXIST: the name is taken;
 * `tmp` is then left in place). */
int outfile_publish(const char *tmp, const char *dest);

/* Files that do not exist yet (databases): cordial creates one only where the front
 * end permits it, at the default per-user location (folders = true: the missing
 * folders above it are made too, private to the user) or at a path given to a
 * command that creates.  outfile_may_create answers 1 (and makes the folders when
 * permitted) or 0 (nothing made; with errno set when making a folder failed). */
void outfile_permit_create(const char *path, bool folders);
int outfile_may_create(const char *path);
/* Whether a missing file at path would be created (nothing is made). */
bool outfile_create_permitted(const char *path);

/* Tells the user on standard error, as "cordial: message" sanitized, that cordial
 * made something they did not name (a new database, a backup copy). */
void outfile_notice(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Syncs the folder that holds path, so that a rename or a new name in it lasts. */
int outfile_sync_dir(const char *path);

#endif
