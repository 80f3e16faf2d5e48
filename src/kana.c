/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Kana readings: their characters, their romanization, their alignment with the text. */
#include "kana.h"

#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "mem.h"

bool kana_is_kana(uint32_t c)
{
	return (c >= 0x3041 && c <= 0x3096) || (c >= 0x309d && c <= 0x309f) ||
	       (c >= 0x30a1 && c <= 0x30fa) || (c >= 0x30fc && c <= 0x30ff) ||
	       (c >= 0x31f0 && c <= 0x31ff);
}

bool kana_is_separator(uint32_t c)
{
	/* CJK punctuation (、。「」〜 and the ideographic space), the katakana middle dot,
	 * and the full-width forms of ASCII punctuation (！？（）：). */
	return c == ' ' || (c >= 0x3000 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) ||
	       c == 0x3030 || c == 0x303d || c == 0x30fb ||
	       ((c >= 0xff01 && c <= 0xff5e) && !(c >= 0xff10 && c <= 0xff19) &&
		!(c >= 0xff21 && c <= 0xff3a) && !(c >= 0xff41 && c <= 0xff5a));
}

long kana_check_chars(const char *s, uint32_t *bad)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + strlen(s);
	while (p < end) {
		ucs4_t c;
		int len = u8_mbtouc(&c, p, (size_t)(end - p));
		if (!kana_is_kana(c) && !kana_is_separator(c)) {
			*bad = c;
			return (long)((const char *)p - s);
		}
		p += len;
	}
	return -1;
}

/* Katakana as hiragana, so that either spells the same sound. */
static ucs4_t hiragana(ucs4_t c)
{
	if ((c >= 0x30a1 && c <= 0x30f6) || c == 0x30fd || c == 0x30fe)
		return c - 0x60;
	return c;
}

/* ---------------------------------------------------------------- romaji */

/* The spellings of each hiragana from ぁ (U+3041) to ゖ (U+3096), '|' between them. */
static const char *const romaji_table[] = {
	"a",	"a",	  "i",	    "i",     "u",      "u",  "e",	"e",  "o",  "o",
	"ka",	"ga",	  "ki",	    "gi",    "ku",     "gu", "ke",	"ge", "ko", "go",
	"sa",	"za",	  "shi|si", "ji|zi", "su",     "zu", "se",	"ze", "so", "zo",
	"ta",	"da",	  "chi|ti", "ji|di|zi", "",    "tsu|tu", "zu|du", "te", "de", "to",
	"do",	"na",	  "ni",	    "nu",    "ne",     "no", "ha|wa", "ba", "pa", "hi",
	"bi",	"pi",	  "fu|hu",  "bu",    "pu",     "he|e", "be",	"pe", "ho", "bo",
	"po",	"ma",	  "mi",	    "mu",    "me",     "mo", "ya",	"ya", "yu", "yu",
	"yo",	"yo",	  "ra",	    "ri",    "ru",     "re", "ro",	"wa", "wa", "i|wi",
	"e|we", "o|wo",	  "n|m",    "vu|bu", "ka",     "ke",
};

#define MAX_ALTS 12
#define ALT_LEN	 8

/* The spellings one kana (or a kana with its small kana) may have in romaji. */
struct syllable {
	char alt[MAX_ALTS][ALT_LEN];
	size_t nalts;
	size_t offset; /* byte offset of its first kana in the reading */
};

static void add_alt(struct syllable *s, const char *a, size_t n)
{
	if (s->nalts == MAX_ALTS || n >= ALT_LEN)
		return;
	for (size_t i = 0; i < s->nalts; i++)
		if (strlen(s->alt[i]) == n && !memcmp(s->alt[i], a, n))
			return;
	memcpy(s->alt[s->nalts], a, n);
	s->alt[s->nalts][n] = '\0';
	s->nalts++;
}

static void base_alts(struct syllable *s, ucs4_t h)
{
	const char *spell = "";
	if (h >= 0x3041 && h <= 0x3096)
		spell = romaji_table[h - 0x3041];
	else if (h >= 0x30f7 && h <= 0x30fa) /* ヷ ヸ ヹ ヺ */
		spell = (const char *const[]){ "va|ba", "vi|bi", "ve|be", "vo|bo" }[h - 0x30f7];
	for (const char *p = spell;;) {
		size_t n = strcspn(p, "|");
		if (n)
			add_alt(s, p, n);
		if (!p[n])
			break;
		p += n + 1;
	}
}

static bool is_vowel(char c)
{
	return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o';
}

/* Whether some spelling of s ends in vowel v. */
static bool ends_in(const struct syllable *s, char v)
{
	for (size_t i = 0; i < s->nalts; i++) {
		size_t n = strlen(s->alt[i]);
		if (n && s->alt[i][n - 1] == v)
			return true;
	}
	return false;
}

/* A kana followed by a small kana: きゃ kya, しゃ sha, ファ fa, ティ ti, ウィ wi. */
static void combine(struct syllable *s, ucs4_t small)
{
	struct syllable base = *s;
	s->nalts = 0;
	char buf[ALT_LEN * 2];
	for (size_t i = 0; i < base.nalts; i++) {
		const char *b = base.alt[i];
		size_t n = strlen(b);
		if (!n || !is_vowel(b[n - 1]))
			continue;
		size_t stem = n - 1;
		memcpy(buf, b, stem);
		if (small == 0x3083 || small == 0x3085 || small == 0x3087) { /* ゃ ゅ ょ */
			char v = small == 0x3083 ? 'a' : small == 0x3085 ? 'u' : 'o';
			/* sh, ch and j take the vowel straight; other consonants a y first. */
			bool palatal = (stem >= 2 && b[stem - 1] == 'h' &&
					(b[stem - 2] == 's' || b[stem - 2] == 'c')) ||
				       (stem > 0 && b[stem - 1] == 'j');
			size_t k = stem;
			if (!palatal)
				buf[k++] = 'y';
			buf[k++] = v;
			add_alt(s, buf, k);
		} else { /* ぁ ぃ ぅ ぇ ぉ */
			char v = "aiueo"[(small - 0x3041) / 2];
			size_t k = stem;
			if (stem == 0)
				buf[k++] = b[0] == 'u' ? 'w' : b[0] == 'i' ? 'y' : b[0];
			buf[k++] = v;
			add_alt(s, buf, k);
			/* Read as two sounds: ウォ "uo" */
			memcpy(buf, b, n);
			buf[n] = v;
			add_alt(s, buf, n + 1);
		}
	}
	if (!s->nalts)
		*s = base;
}

/* The reading's kana as syllables, each with its possible spellings.  Returns the
 * number of syllables (at most cap); *overflow is set when there were more. */
static size_t syllables(const char *kana, struct syllable *out, size_t cap, bool *overflow)
{
	const uint8_t *start = (const uint8_t *)kana, *p = start, *end = p + strlen(kana);
	size_t n = 0;
	long sokuon = -1; /* offset of a pending っ */
	*overflow = false;
	while (p < end) {
		ucs4_t c;
		int len = u8_mbtouc(&c, p, (size_t)(end - p));
		size_t offset = (size_t)(p - start);
		p += len;
		ucs4_t h = hiragana(c);
		if (!kana_is_kana(c)) {
			if (sokuon >= 0 && n < cap) { /* a final っ: a glottal stop, or "t" */
				memset(&out[n], 0, sizeof out[n]);
				out[n].offset = (size_t)sokuon;
				add_alt(&out[n], "", 0);
				add_alt(&out[n], "t", 1);
				n++;
			}
			sokuon = -1;
			continue;
		}
		if (h == 0x3063) {
			sokuon = (long)offset;
			continue;
		}
		if (n == cap) {
			*overflow = true;
			return n;
		}
		struct syllable *s = &out[n];
		memset(s, 0, sizeof *s);
		s->offset = sokuon >= 0 ? (size_t)sokuon : offset;
		const struct syllable *prev = n ? &out[n - 1] : NULL;
		if (c == 0x30fc) { /* ー lengthens the vowel before it */
			for (const char *v = "aiueo"; *v; v++)
				if (prev && ends_in(prev, *v))
					add_alt(s, v, 1);
			add_alt(s, "", 0);
		} else if (h == 0x309d || h == 0x309e) { /* ゝ ゞ repeat the kana before */
			if (prev)
				*s = *prev;
			s->offset = offset;
		} else {
			base_alts(s, h);
			ucs4_t next;
			int nl = p < end ? u8_mbtouc(&next, p, (size_t)(end - p)) : 0;
			ucs4_t hn = nl ? hiragana(next) : 0;
			bool small_y = hn == 0x3083 || hn == 0x3085 || hn == 0x3087;
			bool small_v = hn == 0x3041 || hn == 0x3043 || hn == 0x3045 || hn == 0x3047 ||
				       hn == 0x3049;
			if ((small_y && s->nalts && s->alt[0][1]) || (small_v && h != hn + 1)) {
				combine(s, hn);
				p += nl;
			}
			/* Long vowels as Hepburn writes them or leaves them out: おう ō, ou or o;
			 * ええ/えい ē or ei; おお ō or o. */
			if (prev && h == 0x3046 && (ends_in(prev, 'o') || ends_in(prev, 'u'))) {
				if (ends_in(prev, 'o'))
					add_alt(s, "o", 1);
				add_alt(s, "", 0);
			} else if (prev && h == 0x304a && ends_in(prev, 'o')) {
				add_alt(s, "", 0);
			} else if (prev && h == 0x3044 && ends_in(prev, 'e')) {
				add_alt(s, "e", 1);
			}
		}
		if (sokuon >= 0) { /* っ doubles the consonant after it: kitte, matcha */
			struct syllable plain = *s;
			s->nalts = 0;
			char buf[ALT_LEN + 1];
			for (size_t i = 0; i < plain.nalts; i++) {
				const char *a = plain.alt[i];
				size_t an = strlen(a);
				if (!an || is_vowel(a[0])) {
					add_alt(s, a, an);
					continue;
				}
				buf[0] = a[0] == 'c' ? 't' : a[0];
				memcpy(buf + 1, a, an);
				add_alt(s, buf, an + 1);
				if (a[0] == 'c') {
					buf[0] = 'c';
					add_alt(s, buf, an + 1);
				}
			}
			sokuon = -1;
		}
		n++;
	}
	if (sokuon >= 0 && n < cap) {
		memset(&out[n], 0, sizeof out[n]);
		out[n].offset = (size_t)sokuon;
		add_alt(&out[n], "", 0);
		add_alt(&out[n], "t", 1);
		n++;
	}
	return n;
}

/* Marks a word of the romaji that stands for any kana. */
#define ANY_KANA '*'

/* Whether the romaji word w[0..n) stands as it is in the text: a name or an
 * abbreviation left in Latin letters. */
static bool kept_as_written(const char *w, size_t n, const char *text)
{
	return text && n && memmem(text, strlen(text), w, n) != NULL;
}

/* The romaji's letters in lower case, a long vowel written twice (ō as "oo"), a word
 * kept as the text writes it as ANY_KANA, and nothing else.  malloc'd, or NULL when
 * memory runs out. */
static char *fold_romaji(const char *romaji, const char *text, size_t *len)
{
	size_t dn = 0;
	if (!*romaji) {
		*len = 0;
		return xcalloc(1, 1);
	}
	uint8_t *d = mem_checked(
	    u8_normalize(UNINORM_NFD, (const uint8_t *)romaji, strlen(romaji), NULL, &dn));
	if (!d)
		return NULL;
	char *out = xmalloc(2 * dn + 1);
	size_t n = 0;
	for (size_t i = 0; i < dn;) {
		/* A word runs to white space; punctuation around it is not part of it. */
		if (i == 0 || d[i - 1] == ' ') {
			size_t from = i, to = i;
			while (to < dn && d[to] != ' ')
				to++;
			while (from < to && strchr("([\"'", d[from]))
				from++;
			while (to > from && strchr(".,!?;:)]\"'", d[to - 1]))
				to--;
			bool ascii = to > from;
			for (size_t k = from; k < to; k++)
				ascii &= d[k] < 0x80;
			if (ascii && kept_as_written((const char *)d + from, to - from, text)) {
				out[n++] = ANY_KANA;
				i = to;
				continue;
			}
		}
		ucs4_t c;
		i += (size_t)u8_mbtouc(&c, d + i, dn - i);
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c >= 'a' && c <= 'z')
			out[n++] = (char)c;
		else if ((c == 0x304 || c == 0x302) && n && is_vowel(out[n - 1]))
			out[n] = out[n - 1], n++; /* macron or circumflex */
	}
	out[n] = '\0';
	free(d);
	*len = n;
	return out;
}

long kana_romaji_mismatch(const char *kana, const char *romaji, const char *text)
{
	size_t cap = strlen(kana) + 1, rn = 0;
	struct syllable *sy = xreallocarray(NULL, cap, sizeof *sy);
	char *r = fold_romaji(romaji, text, &rn);
	/* at[p]: the syllables so far spell r[0..p); in[p]: they end inside the word kept
	 * as written at p, which has taken at least one of them. */
	bool *at = xcalloc(rn + 1, sizeof *at), *next = xcalloc(rn + 1, sizeof *next);
	bool *in = xcalloc(rn + 1, sizeof *in), *next_in = xcalloc(rn + 1, sizeof *next_in);
	bool overflow;
	size_t n = syllables(kana, sy, cap, &overflow);
	long mismatch = -1;
	at[0] = true;
	for (size_t t = 0; t < n && mismatch < 0; t++) {
		memset(next, 0, rn + 1);
		memset(next_in, 0, rn + 1);
		bool any = false;
		for (size_t pos = 0; pos <= rn; pos++) {
			if (in[pos] || (pos < rn && at[pos] && r[pos] == ANY_KANA))
				next_in[pos] = any = true;
			if (!at[pos])
				continue;
			for (size_t k = 0; k < sy[t].nalts; k++) {
				size_t an = strlen(sy[t].alt[k]);
				if (an <= rn - pos && !memcmp(r + pos, sy[t].alt[k], an))
					next[pos + an] = any = true;
			}
		}
		for (size_t pos = 0; pos < rn; pos++) /* a kept word may end here */
			if (next_in[pos])
				next[pos + 1] = true;
		if (!any)
			mismatch = (long)sy[t].offset;
		bool *swap = at;
		at = next;
		next = swap;
		swap = in;
		in = next_in;
		next_in = swap;
	}
	if (mismatch < 0 && !at[rn])
		mismatch = n ? (long)sy[n - 1].offset : 0;
	free(sy);
	free(r);
	free(at);
	free(next);
	free(in);
	free(next_in);
	return mismatch;
}

/* ---------------------------------------------------------------- alignment */

/* A character that is read: a letter or digit, with where it starts in the text. */
struct unit {
	ucs4_t c;	/* hiragana for kana */
	size_t offset;	/* in the original text */
	bool space_before; /* the reading has a space between it and the unit before */
};

/* The units of s: its letters and digits, each in its compatibility form (full-width
 * letters as ASCII, half-width kana as full-width).  malloc'd. */
static struct unit *units_of(const char *s, size_t *count)
{
	const uint8_t *start = (const uint8_t *)s, *p = start, *end = p + strlen(s);
	size_t cap = (size_t)(end - p) + 1, n = 0;
	struct unit *u = xmalloc(cap * 4 * sizeof *u);
	bool space = false;
	while (p < end) {
		ucs4_t c;
		int len = u8_mbtouc(&c, p, (size_t)(end - p));
		size_t offset = (size_t)(p - start);
		p += len;
		uint32_t buf[8];
		size_t bn = 8;
		uint32_t *k = mem_checked(u32_normalize(UNINORM_NFKC, &c, 1, buf, &bn));
		if (!k)
			continue;
		for (size_t i = 0; i < bn && n < cap * 4; i++) {
			if (!uc_is_general_category_withtable(k[i], UC_CATEGORY_MASK_L |
								    UC_CATEGORY_MASK_N)) {
				if (k[i] == ' ' || k[i] == 0x3000)
					space = n > 0;
				continue;
			}
			/* A word in Latin letters or a number ("Alipay", "1,000") is read
			 * as a whole, not letter by letter. */
			bool alnum = k[i] < 0x80;
			if (alnum && n > 0 && u[n - 1].c < 0x80 && !space)
				continue;
			u[n++] = (struct unit){ hiragana(k[i]), offset, space };
			space = false;
		}
		if (k != buf)
			free(k);
	}
	*count = n;
	return u;
}

/* The reachability tables of reading text units t[0..n) with kana units r[0..m):
 * fwd[i*(m+1)+k] when t[0..i) reads r[0..k); bwd[i*(m+1)+k] when t[i..n) reads
 * r[k..m).  A kana of the text reads the same kana; anything else one or more. */
static void reach(const struct unit *t, size_t n, const struct unit *r, size_t m, bool *fwd,
		  bool *bwd)
{
	size_t w = m + 1;
	memset(fwd, 0, (n + 1) * w);
	memset(bwd, 0, (n + 1) * w);
	fwd[0] = true;
	for (size_t i = 0; i < n; i++) {
		bool kana = kana_is_kana(t[i].c), seen = false;
		for (size_t k = 0; k <= m; k++) {
			if (kana) {
				if (k < m && fwd[i * w + k] && t[i].c == r[k].c)
					fwd[(i + 1) * w + k + 1] = true;
			} else {
				if (seen)
					fwd[(i + 1) * w + k] = true;
				seen |= fwd[i * w + k];
			}
		}
	}
	bwd[n * w + m] = true;
	for (size_t i = n; i-- > 0;) {
		bool kana = kana_is_kana(t[i].c), seen = false;
		for (size_t k = m + 1; k-- > 0;) {
			if (kana) {
				if (k < m && bwd[(i + 1) * w + k + 1] && t[i].c == r[k].c)
					bwd[i * w + k] = true;
			} else {
				if (seen)
					bwd[i * w + k] = true;
				seen |= bwd[(i + 1) * w + k];
			}
		}
	}
}

/* Aligns text with kana: fills the units and tables (malloc'd, freed by the caller
 * even on failure).  False when the reading does not fit or the text is too long. */
struct alignment {
	struct unit *t, *r;
	size_t n, m;
	bool *fwd, *bwd;
};

static void alignment_free(struct alignment *a)
{
	free(a->t);
	free(a->r);
	free(a->fwd);
	free(a->bwd);
}

static bool align(const char *text, const char *kana, struct alignment *a)
{
	memset(a, 0, sizeof *a);
	a->t = units_of(text, &a->n);
	a->r = units_of(kana, &a->m);
	if (!a->t || !a->r || (a->n + 1) > 4000000 / (a->m + 1))
		return false;
	a->fwd = xcalloc(a->n + 1, a->m + 1);
	a->bwd = xcalloc(a->n + 1, a->m + 1);
	reach(a->t, a->n, a->r, a->m, a->fwd, a->bwd);
	return a->fwd[a->n * (a->m + 1) + a->m];
}

bool kana_fits(const char *text, const char *kana)
{
	struct alignment a;
	bool ok = align(text, kana, &a);
	alignment_free(&a);
	return ok;
}

void kana_words_free(char **words, size_t n)
{
	if (!words)
		return;
	for (size_t i = 0; i < n; i++)
		free(words[i]);
	free(words);
}

/* An opening bracket or quote, which belongs to the word after it. */
static bool opens(ucs4_t c)
{
	return uc_is_general_category_withtable(c, UC_CATEGORY_MASK_Ps | UC_CATEGORY_MASK_Pi);
}

size_t kana_words(const char *text, const char *kana, char ***words)
{
	*words = NULL;
	if (!text || !kana)
		return 0;
	struct alignment a;
	if (!align(text, kana, &a)) {
		alignment_free(&a);
		return 0;
	}
	size_t w = a.m + 1, len = strlen(text);
	size_t *cuts = xmalloc((a.m + 2) * sizeof *cuts);
	char **out = NULL;
	size_t ncuts = 0, nwords = 0;
	if (!cuts)
		goto done;
	cuts[ncuts++] = 0;
	for (size_t k = 1; k < a.m; k++) {
		if (!a.r[k].space_before)
			continue;
		size_t found = 0, at = 0;
		for (size_t i = 1; i < a.n; i++)
			if (a.fwd[i * w + k] && a.bwd[i * w + k])
				found++, at = i;
		if (found != 1)
			continue; /* the text does not say where this word ends */
		/* Cut before the unit, and before the opening brackets and spaces in front
		 * of it. */
		size_t cut = a.t[at].offset, prev_end = a.t[at - 1].offset;
		const uint8_t *s = (const uint8_t *)text;
		while (cut > prev_end) {
			ucs4_t c;
			const uint8_t *q = u8_prev(&c, s + cut, s);
			if (!q || !(opens(c) || c == ' ' || c == 0x3000))
				break;
			cut = (size_t)(q - s);
		}
		if (cut > cuts[ncuts - 1])
			cuts[ncuts++] = cut;
	}
	cuts[ncuts] = len;
	out = xcalloc(ncuts, sizeof *out);
	for (size_t c = 0; c < ncuts; c++) {
		size_t from = cuts[c], to = cuts[c + 1];
		while (from < to && text[from] == ' ')
			from++;
		while (to > from && text[to - 1] == ' ')
			to--;
		if (to > from + 2 && !memcmp(text + to - 3, "\xe3\x80\x80", 3))
			to -= 3;
		if (to == from)
			continue;
		out[nwords] = xmalloc(to - from + 1);
		memcpy(out[nwords], text + from, to - from);
		out[nwords][to - from] = '\0';
		nwords++;
	}
	*words = out;
done:
	if (!nwords) {
		free(out);
		*words = NULL;
	}
	free(cuts);
	alignment_free(&a);
	return nwords;
}
