/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Phrase cards to print: one self-contained HTML file (no scripts, nothing fetched)
 * laid out for paper with CSS, for trainers to hand out. */
#ifndef CORDIAL_PRINT_H
#define CORDIAL_PRINT_H

#include <stdbool.h>
#include <stdio.h>

#include "hb.h"

enum print_layout {
	PRINT_CARDS, /* pocket cards: one phrase on each A7 page */
	PRINT_SHEETS /* A4 sheets of eight cards */
};

/* The lessons to print from one handbook. */
struct print_part {
	const struct hb_book *book;
	const bool *lessons; /* book->nlessons flags: print that lesson */
};

/* Writes the cards of the parts' lessons, in the order of the parts and of each
 * handbook's lessons: per lesson, the cards (each phrase in the source language,
 * the phrase in `lang` large, its reading, the lesson's title), then "show this to
 * your guest" pages with the lesson's phrases in `lang` large.  Phrases without
 * a text in `lang` are left out.  Returns the number of cards written, or -1 when
 * writing failed. */
long print_cards(FILE *out, const struct print_part *parts, size_t nparts, const char *lang,
		 enum print_layout layout);

/* Cards on one A4 sheet; phrases on one page for the guest, a pocket card or an
 * A4 sheet (a longer lesson has several such pages). */
#define PRINT_CARDS_PER_SHEET 8
#define PRINT_GUEST_PER_CARD 3
#define PRINT_GUEST_PER_SHEET 10

#endif
