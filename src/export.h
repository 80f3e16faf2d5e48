/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing a handbook from the content database back to the .hb format. */
#ifndef CORDIAL_EXPORT_H
#define CORDIAL_EXPORT_H

/* Writes handbook `id` to out_path (as outfile_write does: a file replaced atomically, a device written in place), or to standard output when
 * out_path is NULL or "-".  Returns 0, 1 when there is no such handbook, or -1 with
 * *err set (malloc'd). */
int export_handbook(const char *content_path, const char *id, const char *out_path, char **err);

#endif
