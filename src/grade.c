/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Grades typed answers against accepted answers, grapheme by grapheme, with libunistring. */
#include "grade.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <unigbrk.h>
#include <uninorm.h>
#include <unistr.h>

#include "kana.h"
#include "mem.h"

/* One text cut into grapheme clusters, each with its comparison key.  The units that are
 * compared are the graphemes of the keys: nearly always one per grapheme that is not
 * ignorable, but several where folding or compatibility decomposition expands one (ß is
 * "ss", ㍿ is 株式会社), so that such a grapheme equals what it expands to. */
struct side {
	char *text; /* NFC, valid UTF-8, NUL-terminated */
	size_t len;
	size_t ngraph;
	size_t *gstart; /* ngraph + 1 byte offsets into text */
	uint8_t *keys;	/* the keys of all graphemes, one after another */
	size_t nunits;
	size_t *ustart; /* nunits + 1 byte offsets into keys */
	size_t *ugraph; /* for each unit, the grapheme whose key it is part of */
};

/* Steps of an alignment between the expected units (a) and the typed units (b). */
enum step { STEP_MATCH, STEP_SUBSTITUTE, STEP_MISSING, STEP_EXTRA };

struct aligner {
	const struct side *a, *b;
	size_t *fwd, *rev; /* two score rows of b->nunits + 1, reused at every level */
	unsigned char *steps;
	size_t nsteps;
};

/* A run of original text that the diff shows one way. */
struct piece {
	enum grade_span kind;
	const char *p;
	size_t len;
};

size_t grade_allowed(size_t length)
{
	if (length <= 3)
		return 0;
	if (length <= 10)
		return 1;
	if (length <= 20)
		return 2;
	return 3;
}

static void side_free(struct side *sd)
{
	free(sd->text);
	free(sd->gstart);
	free(sd->keys);
	free(sd->ustart);
	memset(sd, 0, sizeof(*sd));
}

/* Invalid bytes become U+FFFD, so that every later step sees valid UTF-8 and nothing a
 * learner can type is refused. */
static uint8_t *repair_utf8(const uint8_t *s, size_t n, size_t *outlen)
{
	if (n > SIZE_MAX / 3)
		return NULL;
	uint8_t *out = xmalloc(3 * n + 1);
	size_t w = 0;
	for (size_t i = 0; i < n;) {
		ucs4_t uc;
		int l = u8_mbtoucr(&uc, s + i, n - i);
		if (l < 0) {
			memcpy(out + w, "\xEF\xBF\xBD", 3);
			w += 3;
			i++;
		} else {
			memcpy(out + w, s + i, (size_t)l);
			w += (size_t)l;
			i += (size_t)l;
		}
	}
	*outlen = w;
	return out;
}

/* NFC copy of s, NUL-terminated; *len receives its length. */
static char *nfc_copy(const char *s, size_t *len)
{
	size_t n = strlen(s);
	const uint8_t *src = (const uint8_t *)s;
	uint8_t *repaired = NULL;
	if (u8_check(src, n)) {
		repaired = repair_utf8(src, n, &n);
		if (!repaired)
			return NULL;
		src = repaired;
	}
	uint8_t *nfc = NULL;
	size_t nfclen = 0;
	if (n > 0) {
		nfc = mem_checked(u8_normalize(UNINORM_NFC, src, n, NULL, &nfclen));
		if (!nfc) {
			free(repaired);
			return NULL;
		}
	}
	free(repaired);
	char *out = xrealloc(nfc, nfclen + 1);
	out[nfclen] = '\0';
	*len = nfclen;
	return out;
}

/* Whether a code point of a folded, compatibility-decomposed grapheme takes part in the
 * comparison.  Only Latin combining diacritics and Arabic harakat are dropped among the
 * marks: dropping all of category M would also drop the dakuten and make が equal か.
 * Variation selectors are dropped too: they pick a glyph, not a different character, and
 * input methods rarely type them. */
static bool key_keeps(ucs4_t uc)
{
	if (uc_is_general_category_withtable(uc, UC_CATEGORY_MASK_P | UC_CATEGORY_MASK_Z |
						     UC_CATEGORY_MASK_C))
		return false;
	if (uc >= 0x0300 && uc <= 0x036F)
		return false;
	if ((uc >= 0x064B && uc <= 0x065F) || uc == 0x0670)
		return false;
	if ((uc >= 0xFE00 && uc <= 0xFE0F) || (uc >= 0xE0100 && uc <= 0xE01EF))
		return false;
	return true;
}

/* Appends the key of grapheme g[0..n) to sd->keys (of capacity *cap).  The key is taken
 * from the NFKD form so that accents are separate code points that can be dropped, and is
 * recomposed to NFC afterwards so that kana with dakuten and Hangul syllables compare as
 * one character whether they were typed composed or not. */
static int key_append(struct side *sd, size_t *keylen, size_t *cap, const uint8_t *g, size_t n)
{
	size_t flen;
	uint8_t *folded = mem_checked(u8_casefold(g, n, NULL, UNINORM_NFKD, NULL, &flen));
	if (!folded)
		return -1;
	size_t w = 0;
	for (size_t i = 0; i < flen;) {
		ucs4_t uc;
		int l = u8_mbtouc(&uc, folded + i, flen - i);
		if (key_keeps(uc)) {
			memmove(folded + w, folded + i, (size_t)l);
			w += (size_t)l;
		}
		i += (size_t)l;
	}
	if (w == 0) {
		free(folded);
		return 0;
	}
	/* Normalize straight into the free end of the buffer when it fits. */
	size_t room = *cap - *keylen;
	size_t klen = room;
	uint8_t *key = mem_checked(
	    u8_normalize(UNINORM_NFC, folded, w, room ? sd->keys + *keylen : NULL, &klen));
	free(folded);
	if (!key)
		return -1;
	if (key != sd->keys + *keylen) {
		if (klen > SIZE_MAX / 2 - *keylen) {
			free(key);
			return -1;
		}
		size_t ncap = 2 * (*keylen + klen);
		uint8_t *grown = xrealloc(sd->keys, ncap);
		sd->keys = grown;
		*cap = ncap;
		memcpy(sd->keys + *keylen, key, klen);
		free(key);
	}
	*keylen += klen;
	return 0;
}

/* Cuts the keys of sd into units (see struct side); kstart: ngraph + 1 offsets of the keys. */
static int side_units(struct side *sd, const size_t *kstart)
{
	size_t keylen = kstart[sd->ngraph];
	char *breaks = xmalloc(keylen + 1);
	/* Each key on its own, so that a unit never spans two graphemes of the text. */
	size_t count = 0;
	for (size_t g = 0; g < sd->ngraph; g++) {
		size_t n = kstart[g + 1] - kstart[g];
		if (n == 0)
			continue;
		u8_grapheme_breaks(sd->keys + kstart[g], n, breaks + kstart[g]);
		breaks[kstart[g]] = 1;
		for (size_t i = kstart[g]; i < kstart[g + 1]; i++)
			count += breaks[i] != 0;
	}
	if (count + 1 > SIZE_MAX / (2 * sizeof(size_t))) {
		free(breaks);
		return -1;
	}
	sd->ustart = xmalloc((2 * count + 1) * sizeof(size_t));
	sd->ugraph = sd->ustart + count + 1;
	for (size_t g = 0; g < sd->ngraph; g++)
		for (size_t i = kstart[g]; i < kstart[g + 1]; i++)
			if (breaks[i]) {
				sd->ustart[sd->nunits] = i;
				sd->ugraph[sd->nunits++] = g;
			}
	sd->ustart[sd->nunits] = keylen;
	free(breaks);
	return 0;
}

/* Cuts s into graphemes and computes their keys and units.  0, or -1 when memory runs out
 * (sd is then freed). */
static int side_init(struct side *sd, const char *s)
{
	memset(sd, 0, sizeof(*sd));
	sd->text = nfc_copy(s ? s : "", &sd->len);
	if (!sd->text)
		return -1;
	const uint8_t *t = (const uint8_t *)sd->text;
	char *breaks = xmalloc(sd->len + 1);
	if (sd->len > 0) {
		u8_grapheme_breaks(t, sd->len, breaks);
		breaks[0] = 1;
	}
	for (size_t i = 0; i < sd->len; i++)
		sd->ngraph += breaks[i] != 0;
	/* gstart and the offsets of the keys share one allocation. */
	size_t slots = sd->ngraph + 1;
	if (slots > SIZE_MAX / (2 * sizeof(size_t))) {
		free(breaks);
		goto fail;
	}
	sd->gstart = xmalloc(2 * slots * sizeof(size_t));
	size_t *kstart = sd->gstart + slots;
	size_t g = 0;
	for (size_t i = 0; i < sd->len; i++)
		if (breaks[i])
			sd->gstart[g++] = i;
	sd->gstart[g] = sd->len;
	free(breaks);

	size_t cap = sd->len + 16, keylen = 0;
	sd->keys = xmalloc(cap);
	for (g = 0; g < sd->ngraph; g++) {
		kstart[g] = keylen;
		if (key_append(sd, &keylen, &cap, t + sd->gstart[g],
			       sd->gstart[g + 1] - sd->gstart[g]) < 0)
			goto fail;
	}
	/* NOLINTNEXTLINE(clang-analyzer-unix.Malloc): side_free() frees sd->text (a false positive). */
	kstart[sd->ngraph] = keylen;
	if (side_units(sd, kstart) < 0)
		goto fail;
	/* NOLINTNEXTLINE(clang-analyzer-unix.Malloc): the caller frees sd with side_free() (a false positive). */
	return 0;
fail:
	side_free(sd);
	return -1;
}

/* Whether unit i of a and unit j of b are equal. */
static bool same_key(const struct side *a, size_t i, const struct side *b, size_t j)
{
	size_t la = a->ustart[i + 1] - a->ustart[i];
	size_t lb = b->ustart[j + 1] - b->ustart[j];
	return la == lb && memcmp(a->keys + a->ustart[i], b->keys + b->ustart[j], la) == 0;
}

static size_t min3(size_t x, size_t y, size_t z)
{
	size_t m = x < y ? x : y;
	return m < z ? m : z;
}

/* Edit distance with adjacent transpositions (optimal string alignment) between the units
 * of a and b, keeping three rows only.  0, or -1 when memory runs out. */
static int osa_distance(const struct side *a, const struct side *b, size_t *dist)
{
	size_t n = a->nunits, m = b->nunits;
	if (n == 0 || m == 0) {
		*dist = n + m;
		return 0;
	}
	if (m + 1 > SIZE_MAX / (3 * sizeof(size_t)))
		return -1;
	size_t *rows = xmalloc(3 * (m + 1) * sizeof(size_t));
	size_t *before = rows, *prev = rows + m + 1, *cur = rows + 2 * (m + 1);
	for (size_t j = 0; j <= m; j++)
		prev[j] = j;
	for (size_t i = 1; i <= n; i++) {
		cur[0] = i;
		for (size_t j = 1; j <= m; j++) {
			size_t cost = same_key(a, i - 1, b, j - 1) ? 0 : 1;
			cur[j] = min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && cost && same_key(a, i - 1, b, j - 2) &&
			    same_key(a, i - 2, b, j - 1) && before[j - 2] + 1 < cur[j])
				cur[j] = before[j - 2] + 1;
		}
		size_t *oldest = before;
		before = prev;
		prev = cur;
		cur = oldest;
	}
	*dist = prev[m];
	free(rows);
	return 0;
}

/* row[k] = Levenshtein distance between units a[a0..a1) and b[b0..b0+k), k = 0..b1-b0. */
static void score_forward(const struct aligner *al, size_t a0, size_t a1, size_t b0, size_t b1,
			  size_t *row)
{
	size_t m = b1 - b0;
	for (size_t k = 0; k <= m; k++)
		row[k] = k;
	for (size_t i = a0; i < a1; i++) {
		size_t diag = row[0];
		row[0] = i - a0 + 1;
		for (size_t k = 1; k <= m; k++) {
			size_t up = row[k];
			size_t cost = same_key(al->a, i, al->b, b0 + k - 1) ? 0 : 1;
			row[k] = min3(up + 1, row[k - 1] + 1, diag + cost);
			diag = up;
		}
	}
}

/* row[k] = Levenshtein distance between units a[a0..a1) and b[b1-k..b1), k = 0..b1-b0. */
static void score_backward(const struct aligner *al, size_t a0, size_t a1, size_t b0, size_t b1,
			   size_t *row)
{
	size_t m = b1 - b0;
	for (size_t k = 0; k <= m; k++)
		row[k] = k;
	for (size_t i = a1; i-- > a0;) {
		size_t diag = row[0];
		row[0] = a1 - i;
		for (size_t k = 1; k <= m; k++) {
			size_t up = row[k];
			size_t cost = same_key(al->a, i, al->b, b1 - k) ? 0 : 1;
			row[k] = min3(up + 1, row[k - 1] + 1, diag + cost);
			diag = up;
		}
	}
}

/* Hirschberg's divide and conquer: an optimal alignment of a[a0..a1) with b[b0..b1) in
 * linear memory and quadratic time.  Transpositions are not steps of the diff: a swapped
 * pair shows as one grapheme missing and one extra, which is what the learner needs to see. */
static void align(struct aligner *al, size_t a0, size_t a1, size_t b0, size_t b1)
{
	if (a0 == a1) {
		for (size_t j = b0; j < b1; j++)
			al->steps[al->nsteps++] = STEP_EXTRA;
		return;
	}
	if (b0 == b1) {
		for (size_t i = a0; i < a1; i++)
			al->steps[al->nsteps++] = STEP_MISSING;
		return;
	}
	if (a1 - a0 == 1) {
		/* Match the single expected unit with the first equal typed unit, if any, so that
		 * a doubled letter shows its second copy as extra: "receipt{t}". */
		size_t hit = b0;
		while (hit < b1 && !same_key(al->a, a0, al->b, hit))
			hit++;
		if (hit == b1) {
			al->steps[al->nsteps++] = STEP_SUBSTITUTE;
			for (size_t j = b0 + 1; j < b1; j++)
				al->steps[al->nsteps++] = STEP_EXTRA;
			return;
		}
		for (size_t j = b0; j < b1; j++)
			al->steps[al->nsteps++] = j == hit ? STEP_MATCH : STEP_EXTRA;
		return;
	}
	size_t mid = a0 + (a1 - a0) / 2, m = b1 - b0;
	score_forward(al, a0, mid, b0, b1, al->fwd);
	score_backward(al, mid, a1, b0, b1, al->rev);
	/* Of the best splits take the last: it keeps extra words together ("hello{big wide}
	 * world") where the first would match a stray letter inside them. */
	size_t split = 0, best = SIZE_MAX;
	for (size_t k = 0; k <= m; k++)
		if (al->fwd[k] + al->rev[m - k] <= best) {
			best = al->fwd[k] + al->rev[m - k];
			split = k;
		}
	align(al, a0, mid, b0, b0 + split);
	align(al, mid, a1, b0 + split, b1);
}

/* Where a run of missing or extra units could equally sit one unit later (a doubled letter,
 * "he[l]lo" or "hel[l]o"), moves it as late as it goes, so that the diff reads the word
 * from its start: "hel[l]o", "receipt{t}".  Each move swaps the run's first step with the
 * match after it; the cost of the alignment does not change.  Linear in the steps. */
static void slide_gaps(struct aligner *al)
{
	unsigned char *st = al->steps;
	size_t i = 0, j = 0; /* units before step p */
	for (size_t p = 0; p < al->nsteps;) {
		unsigned char kind = st[p];
		if (kind != STEP_MISSING && kind != STEP_EXTRA) {
			i++;
			j++;
			p++;
			continue;
		}
		size_t q = p;
		while (q < al->nsteps && st[q] == kind)
			q++;
		size_t len = q - p;
		/* The match after the run pairs units (i + len, j) for a missing run and
		 * (i, j + len) for an extra run; either way, matching (i, j) instead moves the
		 * run by one. */
		while (q < al->nsteps && st[q] == STEP_MATCH && same_key(al->a, i, al->b, j)) {
			st[p++] = STEP_MATCH;
			st[q++] = kind;
			i++;
			j++;
		}
		if (kind == STEP_MISSING)
			i += len;
		else
			j += len;
		p = q;
	}
}

/* Adds a run of text to the diff, extending the previous piece when it continues it. */
static void add_piece(struct piece *pieces, size_t *npieces, enum grade_span kind, const char *p,
		      size_t len)
{
	if (len == 0)
		return;
	struct piece *last = *npieces ? &pieces[*npieces - 1] : NULL;
	if (last && last->kind == kind && last->p + last->len == p) {
		last->len += len;
		return;
	}
	pieces[(*npieces)++] = (struct piece){kind, p, len};
}

/* The graphemes that differ between two matches: what was expected first, then what was
 * typed, as "[票]{漂}" rather than interleaved.  Both are ranges of consecutive graphemes,
 * because every match and every ignorable expected grapheme ends a block. */
struct block {
	size_t miss_from, miss_to, extra_from, extra_to;
	bool miss, extra;
};

static void flush_block(struct block *bl, const struct side *a, const struct side *b,
			struct piece *pieces, size_t *npieces)
{
	if (bl->miss)
		add_piece(pieces, npieces, GRADE_MISSING, a->text + bl->miss_from,
			  bl->miss_to - bl->miss_from);
	if (bl->extra)
		add_piece(pieces, npieces, GRADE_EXTRA, b->text + bl->extra_from,
			  bl->extra_to - bl->extra_from);
	bl->miss = bl->extra = false;
}

/* Turns the alignment of expected a with typed b into pieces of original text.  An expected
 * grapheme is the same when all its units matched, else missing; a typed grapheme is extra
 * when any of its units did not match.  Ignorable expected graphemes are shown in place as
 * the same; ignorable typed graphemes only inside a run of extra text, to keep its words
 * apart. */
static size_t steps_to_pieces(const struct aligner *al, struct piece *pieces)
{
	const struct side *a = al->a, *b = al->b;
	size_t npieces = 0, i = 0, j = 0;
	size_t next = 0;	 /* first expected grapheme not shown yet */
	bool differs = false;	 /* whether a unit of the current expected grapheme differed */
	size_t shown = SIZE_MAX; /* the typed grapheme last put in the block */
	struct block bl = {0};
	for (size_t s = 0; s < al->nsteps; s++) {
		unsigned char step = al->steps[s];
		size_t g = step == STEP_EXTRA ? 0 : a->ugraph[i];
		if (step != STEP_EXTRA && next < g) {
			/* Extra text typed before them stays before them: "receipt{t}?". */
			flush_block(&bl, a, b, pieces, &npieces);
			add_piece(pieces, &npieces, GRADE_SAME, a->text + a->gstart[next],
				  a->gstart[g] - a->gstart[next]);
			next = g;
		}
		if (step == STEP_MATCH)
			flush_block(&bl, a, b, pieces, &npieces);
		if (step != STEP_MISSING) {
			size_t tg = b->ugraph[j++];
			if (step != STEP_MATCH && tg != shown) {
				if (!bl.extra)
					bl.extra_from = b->gstart[tg];
				bl.extra_to = b->gstart[tg + 1];
				bl.extra = true;
				shown = tg;
			}
		}
		if (step == STEP_EXTRA)
			continue;
		i++;
		differs |= step != STEP_MATCH;
		if (i < a->nunits && a->ugraph[i] == g)
			continue; /* more units of this grapheme to come */
		if (differs) {
			if (!bl.miss)
				bl.miss_from = a->gstart[g];
			bl.miss_to = a->gstart[g + 1];
			bl.miss = true;
		} else {
			flush_block(&bl, a, b, pieces, &npieces);
			add_piece(pieces, &npieces, GRADE_SAME, a->text + a->gstart[g],
				  a->gstart[g + 1] - a->gstart[g]);
		}
		next = g + 1;
		differs = false;
	}
	flush_block(&bl, a, b, pieces, &npieces);
	if (next < a->ngraph)
		add_piece(pieces, &npieces, GRADE_SAME, a->text + a->gstart[next],
			  a->len - a->gstart[next]);
	return npieces;
}

/* Fills out->segments with the diff of typed b against expected a, merging runs of the same
 * kind.  0, or -1 when memory runs out. */
static int diff(const struct side *a, const struct side *b, struct grade_result *out)
{
	size_t n = a->nunits, m = b->nunits;
	struct aligner al = {.a = a, .b = b};
	/* Each expected grapheme and each typed unit gives at most one piece. */
	if (m + 1 > SIZE_MAX / (2 * sizeof(size_t)) || n > SIZE_MAX - m ||
	    a->ngraph > SIZE_MAX / sizeof(struct piece) - m - 1)
		return -1;
	al.fwd = xmalloc(2 * (m + 1) * sizeof(size_t));
	al.steps = xmalloc(n + m + 1);
	struct piece *pieces = xmalloc((a->ngraph + m + 1) * sizeof(struct piece));
	al.rev = al.fwd + m + 1;
	align(&al, 0, n, 0, m);
	slide_gaps(&al);
	size_t npieces = steps_to_pieces(&al, pieces);

	out->segments = xcalloc(npieces + 1, sizeof(struct grade_segment));
	for (size_t p = 0; p < npieces;) {
		size_t q = p, len = 0;
		for (; q < npieces && pieces[q].kind == pieces[p].kind; q++)
			len += pieces[q].len;
		char *text = xmalloc(len + 1);
		size_t w = 0;
		for (size_t r = p; r < q; r++) {
			memcpy(text + w, pieces[r].p, pieces[r].len);
			w += pieces[r].len;
		}
		text[w] = '\0';
		out->segments[out->nsegments++] = (struct grade_segment){pieces[p].kind, text};
		p = q;
	}
	free(al.fwd);
	free(al.steps);
	free(pieces);
	return 0;
}

static enum grade_verdict verdict_of(size_t typed_units, size_t edits, size_t allowed)
{
	if (typed_units == 0 || edits > allowed)
		return GRADE_WRONG;
	return edits == 0 ? GRADE_RIGHT : GRADE_NEAR;
}

int grade_answer(const char *typed, const char *const *accepted, size_t naccepted,
		 struct grade_result *out)
{
	struct side answer, best = {0}, cand;
	bool have_best = false;
	memset(out, 0, sizeof(*out));
	if (side_init(&answer, typed) < 0)
		return -1;
	out->verdict = GRADE_WRONG;
	for (size_t k = 0; k < naccepted; k++) {
		size_t edits;
		if (side_init(&cand, accepted[k]) < 0)
			goto fail;
		if (osa_distance(&cand, &answer, &edits) < 0) {
			side_free(&cand);
			goto fail;
		}
		size_t allowed = grade_allowed(cand.nunits);
		enum grade_verdict v = verdict_of(answer.nunits, edits, allowed);
		/* A better verdict wins over fewer edits: an answer within the tolerance of a
		 * long alternative is a near miss even if a short one is fewer edits away. */
		if (!have_best || v > out->verdict || (v == out->verdict && edits < out->edits)) {
			side_free(&best);
			best = cand;
			have_best = true;
			out->verdict = v;
			out->matched = k;
			out->edits = edits;
			out->allowed = allowed;
			out->length = cand.nunits;
		} else {
			side_free(&cand);
		}
		if (v == GRADE_RIGHT)
			break;
	}
	if (!have_best) {
		/* Nothing to compare with: the whole answer is extra. */
		if (side_init(&best, "") < 0)
			goto fail;
		out->edits = answer.nunits;
	}
	out->rating = out->verdict == GRADE_RIGHT ? 3 : out->verdict == GRADE_NEAR ? 2 : 1;
	if (diff(&best, &answer, out) < 0)
		goto fail;
	side_free(&best);
	side_free(&answer);
	return 0;
fail:
	side_free(&best);
	side_free(&answer);
	grade_result_free(out);
	return -1;
}

/* ---------------------------------------------------------------- answers in kana */

/* A Japanese text is typed as it is written, or with any of its kanji (and other
 * characters that are read, such as digits) typed as their kana, or all in kana.  The
 * ways of writing it are the paths through a small automaton over the text's units (t)
 * and its kana reading's units (r): a kana of the text stands for the same kana of the
 * reading; any other unit stands for one or more kana and is written either as itself
 * or as those kana; a word in Latin letters or a number stands for them as a whole.  The
 * typed answer is aligned with the nearest path by edit distance, in one table of (typed
 * units so far) x (node), which gives the way of writing the text that the learner
 * meant. */

/* The code point of a unit that is one kana, as hiragana; 0 for any other unit. */
static ucs4_t unit_kana(const struct side *sd, size_t u)
{
	const uint8_t *k = sd->keys + sd->ustart[u];
	size_t n = sd->ustart[u + 1] - sd->ustart[u];
	ucs4_t c;
	if ((size_t)u8_mbtouc(&c, k, n) != n || !kana_is_kana(c))
		return 0;
	if ((c >= 0x30a1 && c <= 0x30f6) || c == 0x30fd || c == 0x30fe)
		c -= 0x60;
	return c;
}

/* Whether unit u is one ASCII letter or digit. */
static bool unit_ascii(const struct side *sd, size_t u)
{
	return sd->ustart[u + 1] - sd->ustart[u] == 1 && sd->keys[sd->ustart[u]] < 0x80;
}

/* Whether unit u goes on the word in Latin letters (or the number) of unit u - 1: both are
 * ASCII letters or digits with no white space between them. */
static bool unit_continues(const struct side *sd, size_t u)
{
	if (u == 0 || !unit_ascii(sd, u) || !unit_ascii(sd, u - 1))
		return false;
	for (size_t b = sd->gstart[sd->ugraph[u - 1] + 1]; b < sd->gstart[sd->ugraph[u]]; b++)
		if (sd->text[b] == ' ' || sd->text[b] == '\t' ||
		    !strncmp(sd->text + b, "\xe3\x80\x80", 3))
			return false;
	return true;
}

/* Nodes: (i, k, mode) with i text units and k reading units read.  Mode 0: between
 * units; 1: after a unit written as itself, which may stand for more kana; 2: after a
 * unit written in kana, which may go on with more of them. */
struct reader {
	const struct side *t, *r, *y;
	size_t n, m, nodes;
	ucs4_t *tk, *rk; /* unit_kana() of each unit */
	bool *cont;	 /* unit_continues() of each text unit */
	uint32_t *cost;	 /* (y->nunits + 1) x nodes */
};

/* How each text unit is written on the chosen path: as itself, or as the reading's units
 * [from, to) (empty for the later letters of a word written in kana). */
struct written {
	bool kana;
	size_t from, to;
};

#define NO_PATH UINT32_MAX

static size_t node(const struct reader *rd, size_t i, size_t k, int mode)
{
	return (i * (rd->m + 1) + k) * 3 + (size_t)mode;
}

static void relax(uint32_t *cell, uint32_t cost)
{
	if (cost < *cell)
		*cell = cost;
}

/* One edge: from the node with cost c at layer j (row) to node `to`, writing unit `unit` of
 * side `by`: skipped (cost 1, same layer) or against typed unit j (next layer). */
static void edge(struct reader *rd, uint32_t *row, size_t j, uint32_t c, size_t to,
		 const struct side *by, size_t unit)
{
	relax(&row[to], c + 1);
	if (j < rd->y->nunits)
		relax(&row[rd->nodes + to], c + (same_key(by, unit, rd->y, j) ? 0 : 1));
}

/* Fills the cost table; returns the cost of the best complete path, or NO_PATH. */
static uint32_t reader_fill(struct reader *rd)
{
	size_t L = rd->y->nunits;
	/* Every byte 0xff: every cost NO_PATH. */
	memset(rd->cost, 0xff, (L + 1) * rd->nodes * sizeof(uint32_t));
	rd->cost[node(rd, 0, 0, 0)] = 0;
	for (size_t j = 0; j <= L; j++) {
		uint32_t *row = rd->cost + j * rd->nodes;
		/* No edge reads a kana back or a unit back, so nodes in order of (k, i) come
		 * after every node with an edge to them. */
		for (size_t k = 0; k <= rd->m; k++)
			for (size_t i = 0; i <= rd->n; i++)
				for (int mode = 0; mode < 3; mode++) {
					uint32_t c = row[node(rd, i, k, mode)];
					if (c == NO_PATH)
						continue;
					if (j < L) /* a typed unit that is not in the text */
						relax(&row[rd->nodes + node(rd, i, k, mode)], c + 1);
					if (i < rd->n && rd->cont[i]) {
						/* The word goes on, written the way it began. */
						if (mode == 1)
							edge(rd, row, j, c, node(rd, i + 1, k, 1), rd->t,
							     i);
						if (mode == 2)
							relax(&row[node(rd, i + 1, k, 2)], c);
					}
					if (k == rd->m)
						continue;
					if (mode == 1)
						relax(&row[node(rd, i, k + 1, 1)], c);
					if (mode == 2)
						edge(rd, row, j, c, node(rd, i, k + 1, 2), rd->r, k);
					if (i == rd->n || rd->cont[i])
						continue;
					if (rd->tk[i]) {
						if (rd->tk[i] == rd->rk[k])
							edge(rd, row, j, c, node(rd, i + 1, k + 1, 0),
							     rd->t, i);
					} else {
						edge(rd, row, j, c, node(rd, i + 1, k + 1, 1), rd->t, i);
						edge(rd, row, j, c, node(rd, i + 1, k + 1, 2), rd->r, k);
					}
				}
	}
	uint32_t best = NO_PATH;
	for (int mode = 0; mode < 3; mode++)
		relax(&best, rd->cost[L * rd->nodes + node(rd, rd->n, rd->m, mode)]);
	return best;
}

/* How an edge from node u, writing `unit` of side `by`, explains cost c at layer j: 0 not
 * at all, 1 as written but not typed (from layer j), 2 as written and typed (from layer
 * j - 1). */
static int explains(const struct reader *rd, size_t j, uint32_t c, size_t u,
		    const struct side *by, size_t unit)
{
	uint32_t here = rd->cost[j * rd->nodes + u];
	if (here != NO_PATH && here + 1 == c)
		return 1;
	uint32_t before = j ? rd->cost[(j - 1) * rd->nodes + u] : NO_PATH;
	if (before != NO_PATH && before + (same_key(by, unit, rd->y, j - 1) ? 0 : 1) == c)
		return 2;
	return 0;
}

/* Text unit i was written as reading unit k (the path is walked backwards). */
static void note_kana(struct written *w, size_t i, size_t k)
{
	w[i].kana = true;
	w[i].from = k;
	if (w[i].to <= k)
		w[i].to = k + 1;
}

/* Walks the best path back and notes how each text unit was written. */
static void reader_path(const struct reader *rd, struct written *w)
{
	size_t L = rd->y->nunits, i = rd->n, k = rd->m, j = L;
	int mode = 0;
	uint32_t best = NO_PATH;
	for (int md = 0; md < 3; md++) {
		uint32_t c = rd->cost[L * rd->nodes + node(rd, i, k, md)];
		if (c < best)
			best = c, mode = md;
	}
	while (i > 0 || k > 0) {
		uint32_t c = rd->cost[j * rd->nodes + node(rd, i, k, mode)];
		uint32_t above = j ? rd->cost[(j - 1) * rd->nodes + node(rd, i, k, mode)] : NO_PATH;
		if (above != NO_PATH && above + 1 == c) {
			j--; /* typed, not written */
			continue;
		}
		if (mode == 1 && k > 0 && rd->cost[j * rd->nodes + node(rd, i, k - 1, 1)] == c) {
			k--; /* more kana for the unit written as itself */
			continue;
		}
		int how = 0;
		if (mode == 2 && k > 0 &&
		    (how = explains(rd, j, c, node(rd, i, k - 1, 2), rd->r, k - 1)) != 0) {
			note_kana(w, i - 1, k - 1);
			j -= how == 2;
			k--;
			continue;
		}
		if (i > 0 && rd->cont[i - 1]) { /* a later letter of a word */
			size_t u = node(rd, i - 1, k, mode);
			if (mode == 2 && rd->cost[j * rd->nodes + u] == c) {
				w[i - 1].kana = true;
				i--;
				continue;
			}
			if (mode == 1 && (how = explains(rd, j, c, u, rd->t, i - 1)) != 0) {
				j -= how == 2;
				i--;
				continue;
			}
			break; /* cannot happen: every cost comes from an edge */
		}
		if (i == 0 || k == 0)
			break; /* cannot happen: each unit reads at least one kana */
		bool kana = rd->tk[i - 1] != 0;
		for (int md = 0; md < 3 && !how; md++) {
			if ((mode == 0) != kana)
				break;
			how = explains(rd, j, c, node(rd, i - 1, k - 1, md), mode == 2 ? rd->r : rd->t,
				       mode == 2 ? k - 1 : i - 1);
			if (!how)
				continue;
			if (mode == 2)
				note_kana(w, i - 1, k - 1);
			j -= how == 2;
			i--, k--, mode = md;
		}
		if (!how)
			break; /* cannot happen: every cost comes from an edge */
	}
}

/* Appends n bytes to a growing string. */
static void append(char *s, size_t *len, const char *p, size_t n)
{
	memcpy(s + *len, p, n);
	*len += n;
	s[*len] = '\0';
}

/* The way of writing text t (with reading r) nearest to typed y: malloc'd in *out.
 * 1 found, 0 when the reading does not fit the text (or they are too long to align),
 * -1 when memory runs out. */
static int nearest_writing(const struct side *t, const struct side *r, const struct side *y,
			   char **out)
{
	struct reader rd = {.t = t, .r = r, .y = y, .n = t->nunits, .m = r->nunits};
	*out = NULL;
	rd.nodes = (rd.n + 1) * (rd.m + 1) * 3;
	if (rd.n > 2000 || rd.m > 2000 || rd.nodes > 4000000 / (y->nunits + 1))
		return 0;
	int rc = -1;
	struct written *w = NULL;
	char *s = NULL;
	rd.tk = xmalloc((rd.n + rd.m + 1) * sizeof(ucs4_t));
	rd.cont = xmalloc(rd.n + 1);
	rd.cost = xcalloc((y->nunits + 1) * rd.nodes, sizeof(uint32_t));
	rd.rk = rd.tk + rd.n;
	for (size_t i = 0; i < rd.n; i++) {
		rd.tk[i] = unit_kana(t, i);
		rd.cont[i] = unit_continues(t, i);
	}
	for (size_t k = 0; k < rd.m; k++)
		rd.rk[k] = unit_kana(r, k);
	rc = 0;
	if (reader_fill(&rd) == NO_PATH)
		goto done;
	rc = -1;
	w = xcalloc(rd.n + 1, sizeof(*w));
	s = xmalloc(t->len + r->len + 1);
	reader_path(&rd, w);
	/* The text, grapheme by grapheme, with the units written in kana replaced by them. */
	size_t len = 0, u = 0;
	/* Each grapheme of the reading is written once, even where units of different
	 * text units share one; so the writing fits in t->len + r->len. */
	size_t shown = SIZE_MAX;
	s[0] = '\0';
	for (size_t g = 0; g < t->ngraph; g++) {
		bool itself = false, has_units = false;
		for (; u < rd.n && t->ugraph[u] == g; u++) {
			has_units = true;
			if (!w[u].kana) {
				itself = true;
				continue;
			}
			for (size_t k = w[u].from; k < w[u].to; k++)
				if (r->ugraph[k] != shown) {
					shown = r->ugraph[k];
					append(s, &len, r->text + r->gstart[shown],
					       r->gstart[shown + 1] - r->gstart[shown]);
				}
		}
		/* Punctuation stays, except inside a word written in kana ("Wi-Fi"). */
		bool inside = !has_units && u > 0 && u < rd.n && rd.cont[u] && w[u].kana;
		if (itself || (!has_units && !inside))
			append(s, &len, t->text + t->gstart[g], t->gstart[g + 1] - t->gstart[g]);
	}
	*out = s;
	s = NULL;
	rc = 1;
done:
	free(s);
	free(w);
	free(rd.tk);
	free(rd.cont);
	free(rd.cost);
	return rc;
}

int grade_answer_reading(const char *typed, const char *const *accepted, size_t naccepted,
			 const char *reading, struct grade_result *out)
{
	if (grade_answer(typed, accepted, naccepted, out) < 0)
		return -1;
	if (!reading || out->verdict == GRADE_RIGHT)
		return 0;
	struct side y, r, t;
	bool oom = side_init(&y, typed) < 0;
	if (!oom && side_init(&r, reading) < 0) {
		side_free(&y);
		oom = true;
	}
	if (oom) {
		grade_result_free(out);
		return -1;
	}
	/* Each accepted answer that the reading fits is tried in every way of writing it. */
	for (size_t a = 0; a < naccepted && out->verdict != GRADE_RIGHT && !oom; a++) {
		if (side_init(&t, accepted[a]) < 0) {
			oom = true;
			break;
		}
		char *writing = NULL;
		struct grade_result mixed;
		int found = nearest_writing(&t, &r, &y, &writing);
		const char *one[1] = {writing};
		if (found < 0 || (found > 0 && grade_answer(typed, one, 1, &mixed) < 0))
			oom = true;
		free(writing);
		if (found <= 0 || oom) {
			side_free(&t);
			continue;
		}
		if (mixed.verdict > out->verdict ||
		    (mixed.verdict == out->verdict && mixed.edits < out->edits)) {
			if (mixed.verdict == GRADE_RIGHT && t.len) {
				/* Right: the feedback shows the text as the handbook writes it. */
				char *text = xstrdup(t.text);
				for (size_t i = 0; i < mixed.nsegments; i++)
					free(mixed.segments[i].text);
				mixed.nsegments = 0;
				if (text)
					mixed.segments[mixed.nsegments++] =
						(struct grade_segment){GRADE_SAME, text};
				else
					oom = true;
			}
			mixed.matched = a;
			grade_result_free(out);
			*out = mixed;
		} else {
			grade_result_free(&mixed);
		}
		side_free(&t);
	}
	side_free(&y);
	side_free(&r);
	if (oom) {
		grade_result_free(out);
		return -1;
	}
	return 0;
}

void grade_result_free(struct grade_result *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->nsegments; i++)
		free(r->segments[i].text);
	free(r->segments);
	memset(r, 0, sizeof(*r));
}

char *grade_diff_text(const struct grade_result *r)
{
	size_t len = 1;
	for (size_t i = 0; i < r->nsegments; i++) {
		size_t add = strlen(r->segments[i].text) + 2;
		if (add > SIZE_MAX - len)
			return NULL;
		len += add;
	}
	char *text = xmalloc(len);
	char *w = text;
	for (size_t i = 0; i < r->nsegments; i++) {
		const struct grade_segment *sg = &r->segments[i];
		size_t n = strlen(sg->text);
		if (sg->kind == GRADE_MISSING)
			*w++ = '[';
		else if (sg->kind == GRADE_EXTRA)
			*w++ = '{';
		memcpy(w, sg->text, n);
		w += n;
		if (sg->kind == GRADE_MISSING)
			*w++ = ']';
		else if (sg->kind == GRADE_EXTRA)
			*w++ = '}';
	}
	*w = '\0';
	return text;
}
