/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the screens of the full-screen app share: the app's state, the screen table,
 * keys as data, and drawing that measures, clips and sanitizes every string.
 *
 * Only ui*.c include this header (and curses).  Strings are UTF-8 everywhere; they
 * become wide characters only inside the drawing functions. */
#ifndef CORDIAL_UI_INTERNAL_H
#define CORDIAL_UI_INTERNAL_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

#include "cli.h"
#include "content.h"
#include "policy.h"
#include "study.h"
#include "training.h"
#include "tts.h"

#define UI_MIN_COLS 40
#define UI_MIN_ROWS 12

/* One theme table; without colors (NO_COLOR, monochrome) attributes stand in. */
enum ui_color {
	UI_NORMAL,
	UI_TITLE,
	UI_KEY,
	UI_RIGHT,
	UI_WRONG,
	UI_WARN,
	UI_DIM,
	UI_SELECTED,
	UI_BAR,
	UI_BEHIND, /* behind on an assignment: a warning short of UI_WARN's "late" */
	UI_NCOLORS
};

/* What a key does.  Keys are data: each screen lists its keys with their help text,
 * and the help screen, the footer and "cordial keys" (and through it the man page)
 * show the same list. */
enum ui_action {
	ACT_NONE,
	ACT_QUIT,
	ACT_BACK,
	ACT_HELP,
	ACT_STUDY,
	ACT_BOOK,
	ACT_SEARCH,
	ACT_PROGRESS,
	ACT_SETTINGS,
	ACT_UP,
	ACT_DOWN,
	ACT_LEFT,
	ACT_RIGHT,
	ACT_PAGE_UP,
	ACT_PAGE_DOWN,
	ACT_OPEN,
	ACT_TOGGLE,
	ACT_SPEAK,
	ACT_UNDO,
	ACT_ADD_LESSON,
	ACT_RATE_1,
	ACT_RATE_2,
	ACT_RATE_3,
	ACT_RATE_4,
	ACT_NEW_LEARNER,
	ACT_OPTIMIZE,
	ACT_SOONER, /* move a chosen lesson earlier in the order of study */
	ACT_LATER,
	ACT_ADD_CLASS,
	ACT_ADD_MEMBER,
	ACT_LIST,
	ACT_EDIT,
	ACT_REMOVE,
	ACT_SHOW_GUEST,
};

struct ui_key {
	int key;	   /* a character, or a curses KEY_* code */
	const char *label; /* as shown: "s", "Enter", "←" */
	enum ui_action action;
	const char *help; /* N_(); NULL: a key that another entry's label already names
			   * (as "a-f" names b to f), left out of the help and the footer */
};

struct ui;

struct ui_screen {
	const char *title; /* N_() */
	const struct ui_key *keys;
	size_t nkeys;
	void (*open)(struct ui *ui);
	void (*draw)(struct ui *ui);
	/* An action from the key table, or (text entry) a character: ch, with action
	 * ACT_NONE.  Returns true when handled. */
	bool (*key)(struct ui *ui, enum ui_action action, wint_t ch);
	void (*close)(struct ui *ui);
	/* Typing goes to a text field: printable characters are text, not keys. */
	bool (*typing)(const struct ui *ui);
	/* The screen is on top again: the one above it has closed, and what it shows
	 * (answers, settings, lessons) may have changed. */
	void (*resume)(struct ui *ui);
	/* The size of the state each instance of the screen owns (0: none).  It is
	 * zeroed when the screen is pushed, freed after close(), and found with
	 * ui_state() while the screen is on top. */
	size_t state_size;
};

/* A place on the screen stack: the screen and the state it owns there. */
struct ui_frame {
	const struct ui_screen *screen;
	void *state;
};

struct ui {
	const struct cli_env *env;
	struct training *t;
	struct content *c;
	struct tts *tts;
	struct learner learner;
	bool have_learner;
	int rows, cols;
	bool color;
	struct ui_frame stack[8];
	int depth;
	bool quit;
	bool help;     /* the help overlay is shown */
	int help_top;  /* its first line shown */
	bool key_code; /* the key being handled is a curses KEY_* code, not a character
			* (a CJK character's value can be above KEY_MIN) */
	char status[256];
	enum ui_color status_color;
};

extern const struct ui_screen ui_home_screen, ui_study_screen, ui_book_screen,
	ui_progress_screen, ui_settings_screen, ui_learner_screen, ui_trainer_screen;

/* Whether the one using the app may do `act` to learner `on` (policy_may, acting as
 * the learner picked; *p, when not NULL, receives who is at the keyboard): 1 yes; 0
 * no, with *ask set to whom to ask (malloc'd); -1 after showing the error. */
int ui_may(struct ui *ui, enum policy_act act, const struct learner *on, struct policy *p,
	   char **ask);

/* The phrasebook, opened on its search field (the Home screen's "/"). */
void ui_book_search(struct ui *ui);

void ui_push(struct ui *ui, const struct ui_screen *screen);
/* Closes the top screen; the one below it, on top again, is resumed. */
void ui_pop(struct ui *ui);
/* Replaces the current screen (the stack keeps its depth). */
void ui_replace(struct ui *ui, const struct ui_screen *screen);
/* The state of the screen on top (see struct ui_screen's state_size). */
void *ui_state(const struct ui *ui);
/* Speaks the learner's language ("zh", "en"): the app's messages follow it, unless
 * LANGUAGE was set when the app started, which then decides. */
void ui_language(const char *code);
/* A one-line message at the bottom until the next key. */
void ui_message(struct ui *ui, enum ui_color color, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Drawing.  Text is sanitized, then clipped to `width` columns (never mid-character);
 * returns the columns used. */
int ui_text(int y, int x, int width, const char *text, enum ui_color color);
/* Wraps text into lines of `width` columns from row y, at most max_lines; returns
 * the lines used.  LF breaks lines. */
int ui_wrap(int y, int x, int width, int max_lines, const char *text, enum ui_color color);
/* Like ui_wrap(), from the wrapped text's line `skip` on: the part of a longer text
 * that a scrolled area shows. */
int ui_wrap_part(int y, int x, int width, int skip, int max_lines, const char *text,
		 enum ui_color color);
/* Lines that ui_wrap() would use. */
int ui_wrap_count(int width, const char *text);
/* A horizontal bar filled to `fraction` of `width` columns. */
void ui_bar(int y, int x, int width, double fraction, enum ui_color color);
void ui_set_color(enum ui_color color, bool on);

/* A one-line text field with a cursor, edited by grapheme cluster so that Chinese,
 * Japanese and Korean input and combining marks edit as the learner sees them. */
struct ui_input {
	char buf[1024];
	size_t len, cursor; /* bytes */
};

void ui_input_clear(struct ui_input *in);
/* Handles an editing key (a character, Backspace, Delete, ←, →, Home, End, ^U);
 * returns true when the field changed or the cursor moved. */
bool ui_input_key(struct ui_input *in, wint_t ch, bool is_key_code);
/* Draws the field and, when `focus`, places the cursor in it. */
void ui_input_draw(const struct ui_input *in, int y, int x, int width, bool focus);

#endif
