/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing a handbook from the content database back to the .hb format. */
#ifndef CORDIAL_EXPORT_H
#define CORDIAL_EXPORT_H

/* Writes handbook `id` to out_path (as outfile_write does: a file replaced atomically, a device written in place), or to standard output when
 * out_path is NULL or "-".  Returns 0, 1 when there is no such handbook, or -1 with
 * *err set (malloc'd). */
int export_handbook(const char *content_path, const char *id, const char *out_path, char **err);

struct hb_book;

/* The handbook's phrases as Anki's "Notes in Plain Text" (tab-separated, HTML
 * fields), for Anki's own import to read without any setting: its header lines,
 * one Basic note per phrase (Front: the source-language text; Back: the phrase in
 * `lang` with its reading and the note), the phrase id as Anki's guid so a second
 * import updates the notes, and the phrase's every field in further columns that
 * Anki leaves unmapped and cordial's import reads back.  Returns malloc'd text, or
 * NULL when the handbook has no language `lang`. */
char *export_anki_text(const struct hb_book *book, const char *lang);

/* Like export_handbook(), in Anki's form (see export_anki_text()); lang NULL for the
 * handbook's first foreign language.  Returns 2 when the handbook has no such
 * language. */
int export_handbook_anki(const char *content_path, const char *id, const char *lang,
			 const char *out_path, char **err);

#endif
