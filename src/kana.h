/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Kana readings of Japanese text: what a reading may hold, whether it says the same as
 * a romaji reading, whether it is a reading of the written text, and the words it
 * marks with spaces.
 *
 * A kana reading (ja_kana in a handbook) spells a phrase in hiragana and katakana, with
 * the text's punctuation and a space between words.  The written text is read against
 * it by a simple rule that needs no dictionary: a kana of the text stands for the same
 * kana of the reading (hiragana and katakana alike), and every other character (a
 * kanji, a digit, a Latin letter) stands for one or more kana, except that a word in
 * Latin letters or a number ("Wi-Fi", "1,000") stands for them as a whole.  Strings are UTF-8; the
 * module is pure. */
#ifndef CORDIAL_KANA_H
#define CORDIAL_KANA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Whether c is a kana letter: hiragana, katakana (not the half-width forms), the
 * prolonged sound mark and the kana iteration marks. */
bool kana_is_kana(uint32_t c);

/* Whether c may stand in a kana reading besides kana: a space or Japanese punctuation. */
bool kana_is_separator(uint32_t c);

/* The byte offset of the first character of s (valid UTF-8) that is neither kana nor a
 * separator, with the character in *bad; -1 when there is none. */
long kana_check_chars(const char *s, uint32_t *bad);

/* Compares a kana reading with a romaji reading (Hepburn as the handbooks write it:
 * particles は, へ and を read wa, e and o, long vowels with a macron, doubled, or
 * with u and i; Kunrei spellings such as "si" and "tu" are accepted too).  Case,
 * spaces, hyphens, apostrophes and punctuation do not count.  A word of the romaji
 * that the written text (may be NULL) has as it is, such as "Wi-Fi" or "QR", is a
 * name left as written and stands for one or more kana.  Returns -1 when they say
 * the same, else the byte offset in kana of the first kana that the romaji does not
 * spell. */
long kana_romaji_mismatch(const char *kana, const char *romaji, const char *text);

/* Whether kana is a reading of text by the rule above. */
bool kana_fits(const char *text, const char *kana);

/* Cuts text into its words where its kana reading has a space, for putting the words
 * of a phrase in order.  A cut is made only where the reading decides it (a word
 * boundary that falls inside a run of kanji that could be read more than one way is
 * not cut); punctuation stays with the word before it, opening brackets with the word
 * after it.  Returns the number of words and sets *words to a malloc'd array of
 * malloc'd strings (free with kana_words_free()); 0 with *words NULL when there is no
 * reading (NULL), the reading does not fit the text, or memory runs out. */
size_t kana_words(const char *text, const char *kana, char ***words);
void kana_words_free(char **words, size_t n);

#endif
