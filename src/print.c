/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Phrase cards as one HTML file laid out for printing. */
#include "print.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "mem.h"
#include "text.h"

/* Text from the database, safe in HTML: sanitized like text for the terminal
 * (line breaks kept, as <br>), with the markup characters as references. */
static void put_text(FILE *out, const char *s)
{
	if (!s)
		return;
	char *safe = text_sanitize_lines(s, strlen(s));
	for (const char *p = safe; *p; p++)
		switch (*p) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		case '\n': fputs("<br>", out); break;
		default: fputc(*p, out);
		}
	free(safe);
}

/* The BCP 47 tag for a language code of the handbook (zh_hant -> zh-Hant), so that
 * the browser picks the right CJK glyphs and the style below its font families. */
static void put_lang(FILE *out, const char *lang)
{
	if (!lang)
		return;
	if (!strcmp(lang, "zh")) {
		fputs("zh-Hans", out);
		return;
	}
	for (const char *p = lang; *p; p++) {
		if (*p == '_') {
			fputc('-', out);
			if (p[1] >= 'a' && p[1] <= 'z' && strlen(p + 1) == 4) {
				fputc(p[1] - 'a' + 'A', out); /* a script: Hant */
				p++;
			}
			continue;
		}
		fputc(*p, out);
	}
}

static const struct hb_text *text_in(const struct hb_item *it, const char *lang)
{
	for (size_t i = 0; i < it->ntexts; i++)
		if (!strcmp(it->texts[i].lang, lang))
			return &it->texts[i];
	return NULL;
}

/* The lesson's title in `lang` when the handbook gives one, else NULL. */
static const char *title_in(const struct hb_lesson *l, const char *lang)
{
	for (size_t i = 0; i < l->ntitles; i++)
		if (!strcmp(l->titles[i].lang, lang))
			return l->titles[i].title;
	return NULL;
}

/* Families that Chinese, Japanese and Korean systems have (Linux, macOS, Windows),
 * each list ending in the generic family. */
static const char style[] =
	"*{box-sizing:border-box}\n"
	"html{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
	"body{margin:0;color:#111;font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\","
	"\"PingFang SC\",\"Microsoft YaHei\",\"WenQuanYi Micro Hei\",\"Hiragino Sans GB\","
	"\"Noto Sans\",\"DejaVu Sans\",Arial,sans-serif}\n"
	":lang(zh-Hant){font-family:\"Noto Sans CJK TC\",\"Source Han Sans TC\","
	"\"PingFang TC\",\"Microsoft JhengHei\",sans-serif}\n"
	":lang(ja){font-family:\"Noto Sans CJK JP\",\"Source Han Sans JP\",\"Hiragino Sans\","
	"\"Hiragino Kaku Gothic ProN\",\"Yu Gothic\",\"Meiryo\",\"IPAexGothic\",sans-serif}\n"
	":lang(ko){font-family:\"Noto Sans CJK KR\",\"Source Han Sans KR\","
	"\"Apple SD Gothic Neo\",\"Malgun Gothic\",\"NanumGothic\",sans-serif}\n"
	".card{display:flex;flex-direction:column;overflow:hidden;padding:4mm 5mm;"
	"border:0.3mm solid #999;border-radius:2mm}\n"
	".lesson{font-size:8pt;color:#555;border-bottom:0.2mm solid #ccc;padding-bottom:1mm}\n"
	".source{font-size:11pt;margin-top:2mm}\n"
	".foreign{font-size:20pt;font-weight:bold;line-height:1.2;margin-top:auto}\n"
	".reading{font-size:10pt;color:#333;margin-top:1mm;margin-bottom:auto}\n"
	".guest{padding:12mm}\n"
	".guest h1{font-size:14pt;margin:0 0 2mm}\n"
	".guest h2{font-size:11pt;color:#555;font-weight:normal;margin:0 0 8mm}\n"
	".guest p{font-size:20pt;font-weight:bold;margin:0 0 5mm;line-height:1.2}\n"
	".guest p span{display:block;font-size:10pt;font-weight:normal;color:#555}\n"
	".page{break-after:page;page-break-after:always}\n"
	".page:last-child{break-after:auto;page-break-after:auto}\n"
	"@media screen{body{background:#ddd;padding:4mm}"
	".page{background:#fff;margin:0 auto 4mm;box-shadow:0 0 1mm #777}}\n";

static const char cards_style[] =
	"@page{size:105mm 74mm;margin:0}\n"
	".card.page{width:105mm;height:74mm;border:none;border-radius:0}\n"
	".guest.page{width:105mm;height:74mm;padding:6mm;overflow:hidden}\n"
	".guest h1{font-size:9pt;margin-bottom:1mm}.guest h2{font-size:8pt;margin-bottom:3mm}\n"
	".guest p{font-size:14pt;margin-bottom:2.5mm;line-height:1.15}"
	".guest p span{font-size:8pt}\n";

static const char sheets_style[] =
	"@page{size:A4;margin:10mm}\n"
	".sheet{display:grid;grid-template-columns:1fr 1fr;grid-auto-rows:66mm;gap:3mm;"
	"width:190mm}\n"
	".guest.page{width:190mm;height:277mm;overflow:hidden}\n";

static void put_card(FILE *out, const struct hb_book *book, const struct hb_lesson *lesson,
		     const struct hb_item *it, const char *lang, const char *cls)
{
	const struct hb_text *src = text_in(it, book->source);
	const struct hb_text *fg = text_in(it, lang);
	fprintf(out, "<div class=\"%s\">\n<div class=\"lesson\" lang=\"", cls);
	put_lang(out, book->source);
	fputs("\">", out);
	put_text(out, lesson->title);
	fputs("</div>\n<div class=\"source\" lang=\"", out);
	put_lang(out, book->source);
	fputs("\">", out);
	put_text(out, src ? src->text : "");
	fputs("</div>\n<div class=\"foreign\" lang=\"", out);
	put_lang(out, lang);
	fputs("\">", out);
	put_text(out, fg->text);
	fputs("</div>\n<div class=\"reading\">", out);
	put_text(out, fg->reading);
	fputs("</div>\n</div>\n", out);
}

static void put_guest_page(FILE *out, const struct hb_book *book, const struct hb_lesson *lesson,
			   const struct hb_item *const *items, size_t n, const char *lang)
{
	fputs("<div class=\"guest page\">\n<h1 lang=\"", out);
	put_lang(out, book->source);
	fputs("\">", out);
	/* TRANSLATORS: the heading of a printed page the learner holds up for a guest */
	put_text(out, _("Show this page to your guest"));
	fputs(" · ", out);
	put_text(out, lesson->title);
	fputs("</h1>\n", out);
	const char *foreign_title = title_in(lesson, lang);
	if (foreign_title) {
		fputs("<h2 lang=\"", out);
		put_lang(out, lang);
		fputs("\">", out);
		put_text(out, foreign_title);
		fputs("</h2>\n", out);
	}
	for (size_t i = 0; i < n; i++) {
		const struct hb_text *src = text_in(items[i], book->source);
		fputs("<p lang=\"", out);
		put_lang(out, lang);
		fputs("\">", out);
		put_text(out, text_in(items[i], lang)->text);
		fputs("<span lang=\"", out);
		put_lang(out, book->source);
		fputs("\">", out);
		put_text(out, src ? src->text : "");
		fputs("</span></p>\n", out);
	}
	fputs("</div>\n", out);
}

long print_cards(FILE *out, const struct print_part *parts, size_t nparts, const char *lang,
		 enum print_layout layout)
{
	long cards = 0;
	const char *source = nparts ? parts[0].book->source : "zh";
	fputs("<!DOCTYPE html>\n<html lang=\"", out);
	put_lang(out, source ? source : "zh");
	fputs("\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	      "style-src 'unsafe-inline'\">\n<title>",
	      out);
	for (size_t p = 0; p < nparts; p++) {
		if (p)
			fputs(" · ", out);
		put_text(out, parts[p].book->title);
	}
	fputs("</title>\n<style>\n", out);
	fputs(style, out);
	fputs(layout == PRINT_CARDS ? cards_style : sheets_style, out);
	fputs("</style>\n</head>\n<body>\n", out);
	for (size_t p = 0; p < nparts; p++) {
		const struct hb_book *book = parts[p].book;
		const struct hb_item **items = xcalloc(book->nitems + 1, sizeof *items);
		for (size_t l = 0; l < book->nlessons; l++) {
			if (!parts[p].lessons[l])
				continue;
			const struct hb_lesson *lesson = &book->lessons[l];
			size_t n = 0;
			for (size_t i = 0; i < book->nitems; i++) {
				const struct hb_item *it = &book->items[i];
				if (it->kind == HB_PHRASE && it->lesson &&
				    !strcmp(it->lesson, lesson->id) && text_in(it, lang))
					items[n++] = it;
			}
			if (!n)
				continue;
			for (size_t i = 0; i < n; i++) {
				if (layout == PRINT_SHEETS && i % PRINT_CARDS_PER_SHEET == 0)
					fputs("<div class=\"sheet page\">\n", out);
				put_card(out, book, lesson, items[i], lang,
					 layout == PRINT_CARDS ? "card page" : "card");
				if (layout == PRINT_SHEETS &&
				    (i % PRINT_CARDS_PER_SHEET == PRINT_CARDS_PER_SHEET - 1 || i + 1 == n))
					fputs("</div>\n", out);
			}
			cards += (long)n;
			size_t per = layout == PRINT_CARDS ? PRINT_GUEST_PER_CARD
							   : PRINT_GUEST_PER_SHEET;
			for (size_t i = 0; i < n; i += per)
				put_guest_page(out, book, lesson, items + i, n - i < per ? n - i : per,
					       lang);
		}
		free(items);
	}
	fputs("</body>\n</html>\n", out);
	return ferror(out) ? -1 : cards;
}
