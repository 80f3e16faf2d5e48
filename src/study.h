/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The study session engine: what comes next, how it is presented, how an answer is
 * judged, what the scheduler makes of it, and that it is written down.
 *
 * The full-screen app and the line mode are two views over this engine.  Each
 * answer is committed to the training database before study_answer() returns, so
 * a session can stop at any moment and the next one resumes. */
#ifndef CORDIAL_STUDY_H
#define CORDIAL_STUDY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "grade.h"
#include "hb.h"
#include "training.h"

struct content;

/* How a card is asked, from first sight to recall. */
enum study_kind {
	STUDY_INTRODUCE, /* a new item: all its texts, nothing to answer */
	STUDY_CHOICE,	 /* pick the meaning (recognize) or the phrase (produce) */
	STUDY_ORDER,	 /* put the words of the phrase in order (produce) */
	STUDY_FLIP,	 /* recall, reveal, rate yourself (recognize) */
	STUDY_LISTEN,	 /* hear it, recall, reveal, rate yourself (recognize) */
	STUDY_TYPE,	 /* type the phrase (produce) */
	STUDY_JUDGE,	 /* a courtesy situation and its options */
};

#define STUDY_MAX_OPTIONS 6
#define STUDY_MAX_WORDS	  24

struct study_options {
	long limit;    /* answers in this session; 0: no limit */
	uint64_t seed; /* shuffles and fuzz */
	bool speech;   /* sound can be played here (tts_playable()); the learner's own
			* speech setting is applied on top by the engine */
};

/* What study_answer() and study_rerate() return when the answer does not fit the
 * question (a letter beyond the options, not every word number once, a rating
 * outside 1..4, or no question waiting): nothing is recorded, ask again. */
#define STUDY_REFUSED (-2)

/* What to show.  Strings are borrowed from the engine and stay valid until the
 * next call to study_next(). */
struct study_prompt {
	enum study_kind kind;
	enum skill skill;
	const struct hb_book *book;	  /* the item's handbook (header and lesson) */
	const struct hb_lesson *lesson;
	const struct hb_item *item;
	const char *question, *question_lang, *question_reading;
	const char *answer, *answer_lang, *answer_reading;
	/* The phrase in the target language and its reading, whichever way it is
	 * asked: what the feedback shows after the answer (NULL for courtesy). */
	const char *target, *target_reading;
	const char *accepted[8]; /* TYPE: the answer and its alternatives */
	const char *answer_kana; /* the answer's kana reading (Japanese), or NULL */
	size_t naccepted;
	const char *options[STUDY_MAX_OPTIONS]; /* CHOICE, JUDGE */
	size_t noptions;
	int correct; /* index of the right option */
	const char *words[STUDY_MAX_WORDS];	 /* ORDER: the pieces, shuffled */
	size_t nwords;
	/* What the speak key says, and in which voice: the text in the learner's target
	 * language, NULL when speech is off, cannot be played, or the card has no such
	 * text (then study_silence() says why).  voice: NULL for the language's own. */
	const char *speak, *speak_lang, *speak_voice;
	long answered; /* answers so far in this session */
	long due_left; /* cards still due (learning and review) and new items left today */
	long total;    /* the session's size for its progress counter: estimated at the
			* first prompt, then kept, growing only when more answers than that are
			* given; never below answered + 1 while a card is shown */
};

struct study_result {
	bool correct;
	bool near; /* TYPE: right but for a slip (a near miss) */
	int rating;		     /* as proposed (or chosen, for self-rated kinds) */
	struct grade_result grade;   /* TYPE only */
	/* TYPE, when not right: the difference to show, by characters, or by words when
	 * the characters' is noise; against `nearest` when an accepted alternative was
	 * closer than the taught answer (else nearest is NULL and the diff is against the
	 * taught answer, the prompt's answer). */
	const struct grade_segment *diff;
	size_t ndiff;
	bool by_words;
	const char *nearest;
	struct grade_result words; /* storage of a diff by words */
	int64_t due_ms[4];	     /* when the card comes back for Again .. Easy */
	int64_t now_ms;
	long number; /* the answer's number in this session, from 1 */
};

struct study_summary {
	long answered, right, wrong;
	int64_t elapsed_ms;
	int64_t next_due_ms; /* 0: nothing scheduled */
};

struct study;

/* Opens a session for the learner.  The engine keeps the two connections. */
struct study *study_open(struct training *t, struct content *c, const struct learner *learner,
			 const struct study_options *opt, char **err);
void study_close(struct study *s);

/* The current time: CORDIAL_NOW (ISO 8601 or epoch milliseconds) if set, else the clock. */
/* Whether CORDIAL_NOW, when set, is a time study_now() understands (else it
 * uses the clock). */
bool study_now_understood(void);
int64_t study_now(void);
/* The start of the study day that holds `ms` (days turn at 04:00 local time). */
int64_t study_day_start(int64_t ms);

/* The next prompt: 1 and *p filled, 0 when the session is over, -1 on error. */
int study_next(struct study *s, struct study_prompt *p, char **err);
/* After an INTRODUCE prompt: the item's cards are created (and committed). */
int study_introduced(struct study *s, char **err);
/* Answers the current prompt.  `answer`: the option letter (CHOICE, JUDGE), the
 * word numbers in order (ORDER), the typed text (TYPE); `self_rating` 1..4 for FLIP
 * and LISTEN.  The answer is graded, scheduled and committed.  Free r with
 * study_result_free().  Returns 0, STUDY_REFUSED, or -1 with *err set. */
int study_answer(struct study *s, const char *answer, int self_rating, struct study_result *r,
		 char **err);
/* The most bytes a typed answer may have (the app's answer field holds as many); a
 * longer one is not graded (-2). */
#define STUDY_MAX_TYPED 1023
void study_result_free(struct study_result *r);
/* What to say after an answer: "Right.", "Almost right." or "Wrong.", translated. */
const char *study_verdict(const struct study_result *r);
/* One side of a study_result's diff as a line of text, what differs in [brackets]:
 * the typed answer (typed true: its extra parts marked) or the answer (its missing
 * parts marked).  malloc'd; NULL when there is no diff. */
char *study_diff_line(const struct study_result *r, bool typed);
/* "Again", "Hard", "Good", "Easy" (translated) for ratings 1..4; "?" for others. */
const char *study_rating_name(int rating);
/* An interval as both front ends show it ("10 minutes", "3 days", "2 years"; in
 * Chinese 10 分钟, 3 天, 2 年); brief: the short form for a narrow line ("10m",
 * "3d"; 10分钟, 3天).  Intervals under a minute count as a minute. */
void study_interval(char *buf, size_t size, int64_t ms, bool brief);
/* Why a prompt's speak is NULL (translated): speech is off in the learner's settings,
 * sound cannot be played, or the card has nothing in the target language. */
const char *study_silence(const struct study *s);
/* What speaking a phrase's text says: the text itself, or for Japanese its kana
 * reading (given kanji, the speech program reads Chinese characters); NULL when
 * nothing can be said right (Japanese without a kana reading). */
const char *study_spoken_text(const struct hb_text *t);
/* Whether an item is a guest's line (tagged listen or guest): what the learner must
 * understand but need not say, trained for recognition only. */
bool study_item_guest(const struct hb_item *item);

/* Whether a session asks a card of this skill for the item: the item fits the
 * learner, and a guest's line is not asked to be said.  Every count of cards (due
 * now, later today, the forecast) follows it, so that they agree with what a
 * session asks. */
bool study_card_asked(const struct hb_book *book, const struct hb_item *item, enum skill skill,
		      const struct learner *learner);
/* Cards a session would ask today: *due_now, being learnt and due by `now` or in
 * review and due by the day's end; *later_today, being learnt and due later today;
 * and *introduced (unless NULL), the items introduced today, all in one count.
 * 0, or -1 with *err set. */
int study_due(struct study *s, int64_t now, long *due_now, long *later_today, long *introduced,
	      char **err);
/* Review cards a session would ask on each of `days` days from day_start (day 0
 * also holds what is overdue).  0, or -1 with *err set. */
int study_forecast(struct study *s, int64_t day_start, int days, long *counts, char **err);

/* Changes the rating of the last answer (before the next prompt). */
int study_rerate(struct study *s, int rating, char **err);
/* Undoes the last answer of this learner: the card and the log go back exactly, and
 * the card is asked again next.  1 undone, 0 nothing to undo, -1 error. */
int study_undo(struct study *s, char **err);
void study_summary(struct study *s, struct study_summary *sum);

/* Fitting the scheduler to a learner's own reviews (cordial optimize, Settings). */

#define STUDY_FIT_MIN_REVIEWS 400 /* below this the defaults predict as well */

enum study_fit_outcome { STUDY_FIT_TOO_FEW, STUDY_FIT_NO_BETTER, STUDY_FIT_SAVED };

struct study_fit {
	enum study_fit_outcome outcome;
	long reviews;
	size_t cards;
	double default_log_loss; /* of the default parameters */
	double log_loss;	 /* of the fitted ones */
	double params[FSRS_NPARAMS];
};

/* Fits the 21 parameters to the learner's review history (days turning at 04:00
 * local time) and saves them when they predict the learner's memory better than the
 * defaults.  before_fit (may be NULL) is called once the history is read and the
 * fit is about to start.  Returns 0, or -1 with *err set. */
int study_fit(struct training *t, const struct learner *learner,
	      void (*before_fit)(void *ctx, long reviews, size_t cards), void *ctx,
	      struct study_fit *out, char **err);

/* Whether the learner can study this item: texts in both their languages (phrases)
 * or a situation in their language (courtesy). */
bool study_item_fits(const struct hb_book *book, const struct hb_item *item,
		     const struct learner *learner);

#endif
