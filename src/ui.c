/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The full-screen app's driver: curses set-up, the screen stack, keys, resizing, the
 * help overlay, and drawing that measures, clips and sanitizes. */
#include "ui.h"

#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "mem.h"
#include "outfile.h"
#include "text.h"
#include "ui-internal.h"

/* Keys every screen has. */
static const struct ui_key global_keys[] = {
	{ '?', "?", ACT_HELP, N_("show or hide the help") },
	/* Works in text fields too, where ? is typed. */
	{ KEY_F(1), "F1", ACT_HELP, N_("show or hide the help, also while typing") },
	{ 'q', "q", ACT_BACK, N_("go back; quit from the home screen") },
	{ 27, "Esc", ACT_BACK, N_("go back") },
};

/* Whether key i of a table is shown in lists: it has help, and no earlier key of the
 * table has the same label (a key may be listed under several codes). */
static bool listed(const struct ui_key *keys, size_t i)
{
	if (!keys[i].help)
		return false;
	for (size_t k = 0; k < i; k++)
		if (!strcmp(keys[k].label, keys[i].label))
			return false;
	return true;
}

static const struct ui_screen *const all_screens[] = {
	&ui_home_screen,     &ui_study_screen,	  &ui_book_screen,
	&ui_progress_screen, &ui_settings_screen, &ui_learner_screen,
	&ui_trainer_screen,
};

/* ---------------------------------------------------------------- theme */

static bool use_color;

static const struct {
	short fg, bg;
	attr_t mono; /* without colors */
	attr_t extra; /* with colors */
} theme[UI_NCOLORS] = {
	[UI_NORMAL] = { -1, -1, A_NORMAL, A_NORMAL },
	[UI_TITLE] = { COLOR_CYAN, -1, A_BOLD, A_BOLD },
	[UI_KEY] = { COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	[UI_RIGHT] = { COLOR_GREEN, -1, A_BOLD, A_BOLD },
	[UI_WRONG] = { COLOR_RED, -1, A_BOLD | A_UNDERLINE, A_BOLD },
	[UI_WARN] = { COLOR_RED, -1, A_BOLD, A_BOLD },
	[UI_DIM] = { COLOR_BLUE, -1, A_DIM, A_NORMAL },
	[UI_SELECTED] = { COLOR_BLACK, COLOR_CYAN, A_REVERSE, A_NORMAL },
	[UI_BAR] = { COLOR_GREEN, COLOR_GREEN, A_REVERSE, A_NORMAL },
	[UI_BEHIND] = { COLOR_YELLOW, -1, A_UNDERLINE, A_NORMAL },
};

static void theme_init(void)
{
	const char *no_color = getenv("NO_COLOR");
	use_color = has_colors() && !(no_color && *no_color);
	if (!use_color)
		return;
	start_color();
	use_default_colors();
	for (int i = 1; i < UI_NCOLORS; i++)
		init_pair((short)i, theme[i].fg, theme[i].bg);
}

void ui_set_color(enum ui_color color, bool on)
{
	attr_t a = use_color ? (COLOR_PAIR(color) | theme[color].extra) : theme[color].mono;
	if (color == UI_NORMAL)
		return;
	if (on)
		attron(a);
	else
		attroff(a);
}

/* ---------------------------------------------------------------- drawing */

/* Draws sanitized UTF-8 text as wide characters, at most `width` columns. */
static int put_clipped(int y, int x, int width, const char *safe, size_t n)
{
	int used = 0;
	size_t len = text_clip(safe, n, width, &used);
	wchar_t *w = xreallocarray(NULL, len + 1, sizeof *w);
	mbstate_t st;
	memset(&st, 0, sizeof st);
	const char *p = safe;
	size_t k = 0;
	while (p < safe + len) {
		size_t r = mbrtowc(&w[k], p, (size_t)(safe + len - p), &st);
		if (r == (size_t)-1 || r == (size_t)-2 || r == 0)
			break;
		p += r;
		k++;
	}
	mvaddnwstr(y, x, w, (int)k);
	free(w);
	return used;
}

int ui_text(int y, int x, int width, const char *text, enum ui_color color)
{
	if (!text || width <= 0 || y < 0 || y >= LINES)
		return 0;
	char *safe = text_sanitize(text, strlen(text));
	if (!safe)
		return 0;
	ui_set_color(color, true);
	int used = put_clipped(y, x, width, safe, strlen(safe));
	ui_set_color(color, false);
	free(safe);
	return used;
}

struct wrap_ctx {
	int y, x, width, skip, max, used;
	enum ui_color color;
	bool draw;
};

static void wrap_line(const char *line, size_t len, void *p)
{
	struct wrap_ctx *w = p;
	int i = w->used - w->skip; /* the line's row from y */
	if (i >= 0 && i < w->max && w->draw && w->y + i < LINES) {
		ui_set_color(w->color, true);
		put_clipped(w->y + i, w->x, w->width, line, len);
		ui_set_color(w->color, false);
	}
	w->used++;
}

int ui_wrap_part(int y, int x, int width, int skip, int max_lines, const char *text,
		 enum ui_color color)
{
	if (!text || width <= 0 || max_lines <= 0 || skip < 0)
		return 0;
	char *safe = text_sanitize_lines(text, strlen(text));
	if (!safe)
		return 0;
	struct wrap_ctx w = { y, x, width, skip, max_lines, 0, color, true };
	text_wrap(safe, strlen(safe), width, wrap_line, &w);
	free(safe);
	int shown = w.used - skip;
	return shown < 0 ? 0 : shown < max_lines ? shown : max_lines;
}

int ui_wrap(int y, int x, int width, int max_lines, const char *text, enum ui_color color)
{
	return ui_wrap_part(y, x, width, 0, max_lines, text, color);
}

int ui_wrap_count(int width, const char *text)
{
	if (!text || width <= 0)
		return 0;
	char *safe = text_sanitize_lines(text, strlen(text));
	if (!safe)
		return 0;
	struct wrap_ctx w = { 0, 0, width, 0, 1 << 20, 0, UI_NORMAL, false };
	text_wrap(safe, strlen(safe), width, wrap_line, &w);
	free(safe);
	return w.used;
}

void ui_bar(int y, int x, int width, double fraction, enum ui_color color)
{
	if (width <= 0)
		return;
	if (fraction < 0)
		fraction = 0;
	if (fraction > 1)
		fraction = 1;
	int full = (int)(fraction * width + 0.5);
	ui_set_color(color, true);
	for (int i = 0; i < full; i++)
		mvaddch(y, x + i, use_color ? ' ' : '#');
	ui_set_color(color, false);
	ui_set_color(UI_DIM, true);
	for (int i = full; i < width; i++)
		mvaddch(y, x + i, use_color ? ' ' : '.');
	ui_set_color(UI_DIM, false);
}

void ui_message(struct ui *ui, enum ui_color color, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(ui->status, sizeof ui->status, fmt, ap);
	va_end(ap);
	ui->status_color = color;
}

/* ---------------------------------------------------------------- input */

void ui_input_clear(struct ui_input *in)
{
	in->len = in->cursor = 0;
	in->buf[0] = '\0';
}

/* Start of the grapheme cluster before `at`, or of the one after it. */
static size_t grapheme_before(const struct ui_input *in, size_t at)
{
	size_t *starts = NULL, n = text_graphemes(in->buf, in->len, &starts), best = 0;
	for (size_t i = 0; i < n; i++)
		if (starts[i] < at)
			best = starts[i];
	free(starts);
	return best;
}

static size_t grapheme_after(const struct ui_input *in, size_t at)
{
	size_t *starts = NULL, n = text_graphemes(in->buf, in->len, &starts), best = in->len;
	for (size_t i = n; i-- > 0;)
		if (starts[i] > at)
			best = starts[i];
	free(starts);
	return best;
}

bool ui_input_key(struct ui_input *in, wint_t ch, bool is_key_code)
{
	if (is_key_code) {
		switch (ch) {
		case KEY_BACKSPACE:
			goto backspace;
		case KEY_DC:
			if (in->cursor < in->len) {
				size_t end = grapheme_after(in, in->cursor);
				memmove(in->buf + in->cursor, in->buf + end, in->len - end + 1);
				in->len -= end - in->cursor;
			}
			return true;
		case KEY_LEFT:
			in->cursor = grapheme_before(in, in->cursor);
			return true;
		case KEY_RIGHT:
			if (in->cursor < in->len)
				in->cursor = grapheme_after(in, in->cursor);
			return true;
		case KEY_HOME:
			in->cursor = 0;
			return true;
		case KEY_END:
			in->cursor = in->len;
			return true;
		default:
			return false;
		}
	}
	if (ch == 127 || ch == 8) {
	backspace:
		if (in->cursor > 0) {
			size_t start = grapheme_before(in, in->cursor);
			memmove(in->buf + start, in->buf + in->cursor, in->len - in->cursor + 1);
			in->len -= in->cursor - start;
			in->cursor = start;
		}
		return true;
	}
	if (ch == 21) { /* ^U */
		ui_input_clear(in);
		return true;
	}
	if (ch < 32 || ch == 127)
		return false;
	char mb[MB_LEN_MAX];
	mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t n = wcrtomb(mb, (wchar_t)ch, &st);
	if (n == (size_t)-1 || in->len + n >= sizeof in->buf)
		return false;
	memmove(in->buf + in->cursor + n, in->buf + in->cursor, in->len - in->cursor + 1);
	memcpy(in->buf + in->cursor, mb, n);
	in->len += n;
	in->cursor += n;
	return true;
}

void ui_input_draw(const struct ui_input *in, int y, int x, int width, bool focus)
{
	/* Keep the cursor in view: show the end of a text longer than the field. */
	char *safe = text_sanitize(in->buf, in->cursor);
	int before = safe ? text_width(safe, strlen(safe)) : 0;
	free(safe);
	const char *start = in->buf;
	while (before > width - 2 && *start) {
		size_t *starts = NULL, n = text_graphemes(start, strlen(start), &starts);
		size_t step = n > 1 ? starts[1] : strlen(start);
		free(starts);
		char *g = text_sanitize(start, step);
		before -= g ? text_width(g, strlen(g)) : 1;
		free(g);
		start += step;
	}
	ui_set_color(UI_SELECTED, true);
	mvhline(y, x, ' ', width);
	ui_set_color(UI_SELECTED, false);
	ui_text(y, x, width, start, UI_SELECTED);
	if (focus) {
		move(y, x + (before < width ? before : width - 1));
		curs_set(1);
	}
}

/* ---------------------------------------------------------------- screens */

/* Puts the screen in place i of the stack with fresh state, and opens it. */
static void enter(struct ui *ui, int i, const struct ui_screen *screen)
{
	void *state = screen->state_size ? xcalloc(1, screen->state_size) : NULL;
	ui->stack[i] = (struct ui_frame){ screen, state };
	if (screen->open)
		screen->open(ui);
}

/* Closes the screen on top, still in its place, and frees its state. */
static void leave(struct ui *ui)
{
	struct ui_frame *f = &ui->stack[ui->depth - 1];
	if (f->screen->close)
		f->screen->close(ui);
	free(f->state);
	*f = (struct ui_frame){ NULL, NULL };
}

void ui_push(struct ui *ui, const struct ui_screen *screen)
{
	if (ui->depth >= (int)(sizeof ui->stack / sizeof *ui->stack))
		return;
	ui->depth++;
	enter(ui, ui->depth - 1, screen);
}

void ui_pop(struct ui *ui)
{
	if (ui->depth == 0)
		return;
	leave(ui);
	ui->depth--;
	if (ui->depth == 0)
		ui->quit = true;
	else if (ui->stack[ui->depth - 1].screen->resume)
		ui->stack[ui->depth - 1].screen->resume(ui);
}

void ui_replace(struct ui *ui, const struct ui_screen *screen)
{
	if (ui->depth == 0) {
		ui_push(ui, screen);
		return;
	}
	leave(ui);
	enter(ui, ui->depth - 1, screen);
}

void *ui_state(const struct ui *ui)
{
	return ui->depth ? ui->stack[ui->depth - 1].state : NULL;
}

static const struct ui_screen *current(const struct ui *ui)
{
	return ui->depth ? ui->stack[ui->depth - 1].screen : NULL;
}

static int width_of(const char *s)
{
	return text_width(s, strlen(s));
}

/* The footer: the screen's keys with their help, as many as fit, and always last
 * the way to the help (F1 while typing, where ? is text). */
static void draw_footer(struct ui *ui, const struct ui_screen *s)
{
	int y = ui->rows - 1, x = 0;
	bool typing = s->typing && s->typing(ui);
	const char *help_label = typing ? "F1" : "?", *help = _("help");
	int room = ui->cols - (width_of(help_label) + 1 + width_of(help));
	for (size_t i = 0; i < s->nkeys; i++) {
		const struct ui_key *k = &s->keys[i];
		if (!listed(s->keys, i))
			continue;
		if (i > 0 && k->action == s->keys[i - 1].action)
			continue; /* the same action on another key */
		if (k->action == ACT_HELP)
			continue;
		const char *what = _(k->help);
		int need = width_of(k->label) + 1 + width_of(what) + 2;
		if (x + need > room)
			break;
		x += ui_text(y, x, ui->cols - x, k->label, UI_KEY) + 1;
		x += ui_text(y, x, ui->cols - x, what, UI_DIM) + 2;
	}
	x += ui_text(y, x, ui->cols - x, help_label, UI_KEY) + 1;
	ui_text(y, x, ui->cols - x, help, UI_DIM);
}

/* Key i of the help list: the screen's keys, then those of every screen. */
static const struct ui_key *help_key(const struct ui_screen *s, size_t i)
{
	return i < s->nkeys ? &s->keys[i] : &global_keys[i - s->nkeys];
}

/* The help: every key of the screen and of every screen, scrolled with ↑ and ↓
 * when the terminal is too short for all of them. */
static void draw_help(struct ui *ui, const struct ui_screen *s)
{
	int w = ui->cols - 4, top = 2, room = ui->rows - 2 - top;
	erase();
	ui_text(0, 0, ui->cols, _("Help"), UI_TITLE);
	ui_text(0, 6, ui->cols - 6, _(s->title), UI_DIM);
	size_t n = s->nkeys + sizeof global_keys / sizeof *global_keys;
	/* Key names are shown whole ("Backspace"), the help after the widest. */
	int label_w = 0, lines = 0;
	for (size_t i = 0; i < n; i++)
		if ((i >= s->nkeys || listed(s->keys, i)) && width_of(help_key(s, i)->label) > label_w)
			label_w = width_of(help_key(s, i)->label);
	int text_w = w - 2 - label_w;
	for (size_t i = 0; i < n; i++)
		if (i >= s->nkeys || listed(s->keys, i))
			lines += ui_wrap_count(text_w, _(help_key(s, i)->help));
	const char *more = _("Every answer is saved at once. See cordial(1) for more.");
	lines += 1 + ui_wrap_count(w, more);
	int max_top = lines > room ? lines - room : 0;
	ui->help_top = ui->help_top > max_top ? max_top : ui->help_top < 0 ? 0 : ui->help_top;
	int line = 0;
	for (size_t i = 0; i < n; i++) {
		const struct ui_key *k = help_key(s, i);
		if (i < s->nkeys && !listed(s->keys, i))
			continue;
		int used = ui_wrap_count(text_w, _(k->help)), y = top + line - ui->help_top;
		if (y >= top && y < top + room) {
			ui_text(y, 2, label_w, k->label, UI_KEY);
			ui_wrap(y, 4 + label_w, text_w, top + room - y, _(k->help), UI_NORMAL);
		}
		line += used;
	}
	int y = top + line + 1 - ui->help_top;
	if (y >= top && y < top + room)
		ui_wrap(y, 2, w, top + room - y, more, UI_DIM);
	if (ui->help_top > 0)
		ui_text(top, ui->cols - 1, 1, "↑", UI_KEY);
	if (ui->help_top < max_top)
		ui_text(top + room - 1, ui->cols - 1, 1, "↓", UI_KEY);
	ui_text(ui->rows - 1, 0, ui->cols, max_top ? _("↑↓ scroll, other keys close.") :
						    _("Press any key to close the help."),
		UI_DIM);
}

static void draw(struct ui *ui)
{
	getmaxyx(stdscr, ui->rows, ui->cols);
	curs_set(0);
	erase();
	if (ui->rows < UI_MIN_ROWS || ui->cols < UI_MIN_COLS) {
		char msg[128];
		snprintf(msg, sizeof msg, _("Terminal too small: make it at least %dx%d."),
			 UI_MIN_COLS, UI_MIN_ROWS);
		ui_wrap(0, 0, ui->cols, ui->rows, msg, UI_WARN);
		refresh();
		return;
	}
	const struct ui_screen *s = current(ui);
	if (!s)
		return;
	if (ui->help) {
		draw_help(ui, s);
		refresh();
		return;
	}
	int x = ui_text(0, 0, ui->cols, "cordial", UI_TITLE);
	x += ui_text(0, x + 1, ui->cols - x - 1, _(s->title), UI_TITLE) + 1;
	if (ui->have_learner)
		ui_text(0, x + 2, ui->cols - x - 2, ui->learner.name, UI_DIM);
	if (ui->status[0])
		ui_text(ui->rows - 2, 0, ui->cols, ui->status, ui->status_color);
	draw_footer(ui, s);
	s->draw(ui); /* last, so that it may place the cursor */
	refresh();
}

static const struct ui_key *find_key(const struct ui_key *keys, size_t n, wint_t ch, bool code)
{
	for (size_t i = 0; i < n; i++) {
		bool is_code = keys[i].key >= KEY_MIN;
		if (keys[i].key == (int)ch && is_code == code)
			return &keys[i];
	}
	return NULL;
}

static void dispatch(struct ui *ui, wint_t ch, bool code)
{
	const struct ui_screen *s = current(ui);
	ui->status[0] = '\0';
	ui->key_code = code;
	if (ui->help) {
		/* ↑ and ↓ scroll a help longer than the terminal; any other key closes it. */
		int step = !code ? 0 : ch == KEY_DOWN ? 1 : ch == KEY_UP ? -1 :
				   ch == KEY_NPAGE ? ui->rows - 4 : ch == KEY_PPAGE ? 4 - ui->rows : 0;
		if (step)
			ui->help_top += step;
		else
			ui->help = false;
		return;
	}
	bool typing = s->typing && s->typing(ui);
	/* While typing, printable characters are text; only Esc, Enter and special keys
	 * are keys. */
	if (typing && !code && ch >= 32 && ch != 127) {
		s->key(ui, ACT_NONE, ch);
		return;
	}
	const struct ui_key *k = find_key(s->keys, s->nkeys, ch, code);
	if (k && s->key(ui, k->action, ch))
		return;
	if (typing && (code || ch == 127 || ch == 8 || ch == 21) && s->key(ui, ACT_NONE, ch))
		return;
	k = find_key(global_keys, sizeof global_keys / sizeof *global_keys, ch, code);
	if (!k)
		return;
	if (k->action == ACT_HELP) {
		ui->help = true;
		ui->help_top = 0;
	}
	else if (k->action == ACT_BACK)
		ui_pop(ui);
}

/* ---------------------------------------------------------------- language */

/* LANGUAGE as the user set it when the app started: it then decides alone. */
static bool language_given;

void ui_language(const char *code)
{
	if (language_given || !code || !*code)
		return;
	/* The catalogs are named by language and country where the country matters. */
	setenv("LANGUAGE", !strcmp(code, "zh") ? "zh_CN" : code, 1);
	textdomain(textdomain(NULL)); /* forget the messages translated so far */
}

/* ---------------------------------------------------------------- run */

static int open_data(struct ui *ui)
{
	ui->c = cli_open_content(ui->env);
	if (ui->c)
		ui->t = cli_open_training(ui->env);
	return ui->c && ui->t ? 0 : -1;
}

/* The terminal as it was, for a message printed on the way out (mem.h). */
static void give_back_terminal(void)
{
	if (!isendwin())
		endwin();
}

int ui_run(const struct cli_env *env)
{
	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
		cli_error(_("the terminal's locale is not UTF-8; start cordial with LANG=C.UTF-8 "
			    "(or a UTF-8 locale of your language)"));
		return EXIT_FAIL;
	}
	if (!isatty(0) || !isatty(1)) {
		cli_error(_("the full-screen app needs a terminal; for a pipe or a screen reader "
			    "use 'cordial study --plain'"));
		return EXIT_USAGE;
	}
	const char *language = getenv("LANGUAGE");
	language_given = language && *language;
	struct ui ui = { .env = env };
	/* The app starts from nothing: it may make both databases, wherever named. */
	outfile_permit_create(env->content_path, false);
	outfile_permit_create(env->training_path, false);
	if (open_data(&ui)) {
		content_close(ui.c);
		return EXIT_FAIL;
	}
	ui.tts = tts_new();
	initscr();
	mem_on_exit(give_back_terminal); /* before a fatal message on stderr */
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	timeout(500);
	theme_init();
	ui.color = use_color;
	getmaxyx(stdscr, ui.rows, ui.cols);
	ui_push(&ui, &ui_learner_screen);
	while (!ui.quit && ui.depth > 0) {
		draw(&ui);
		wint_t ch;
		int type = get_wch(&ch);
		tts_reap(ui.tts);
		if (type == ERR)
			continue;
		if (type == KEY_CODE_YES && ch == KEY_RESIZE)
			continue;
		dispatch(&ui, ch, type == KEY_CODE_YES);
	}
	while (ui.depth > 0)
		ui_pop(&ui);
	endwin();
	mem_on_exit(NULL);
	tts_free(ui.tts);
	training_close(ui.t);
	content_close(ui.c);
	return EXIT_OK;
}

void ui_print_keys(FILE *out)
{
	for (size_t i = 0; i < sizeof all_screens / sizeof *all_screens; i++) {
		const struct ui_screen *s = all_screens[i];
		for (size_t k = 0; k < s->nkeys; k++)
			if (listed(s->keys, k))
				fprintf(out, "%s\t%s\t%s\n", _(s->title), s->keys[k].label,
					_(s->keys[k].help));
	}
	for (size_t k = 0; k < sizeof global_keys / sizeof *global_keys; k++)
		fprintf(out, "%s\t%s\t%s\n", _("every screen"), global_keys[k].label,
			_(global_keys[k].help));
}
