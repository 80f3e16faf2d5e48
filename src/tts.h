/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Speech: speaks a phrase in its language through an external program, in the
 * background.
 *
 * The program is espeak-ng, found on PATH, called as
 *	espeak-ng -v VOICE -- TEXT
 * with VOICE the learner's chosen voice, or else tts_voice() of the language.  When the
 * environment variable CORDIAL_TTS is set and not empty it names another command to
 * use instead, called with two arguments, or three when a voice was chosen:
 *	$CORDIAL_TTS LANG TEXT [VOICE]
 * LANG being the phrase's language code ("zh", "en", ...).  CORDIAL_TTS is one program
 * (a path, or a name looked up on PATH), not a command line: it is not split at
 * spaces, and no shell is involved anywhere, so the text always arrives as exactly one
 * argument and is never interpreted.
 *
 * The program runs in its own process group with standard input, output and error on
 * /dev/null and no other file descriptor of ours.  Nothing here waits for it: callers
 * call tts_reap() (or tts_speaking()) now and then to collect finished children.  A new
 * utterance stops the one still speaking; stopping sends SIGKILL to the whole process
 * group, so that a wrapper script's own children (the player, say) stop too.
 * The module only waits for its own children, by process ID. */
#ifndef CORDIAL_TTS_H
#define CORDIAL_TTS_H

#include <stdbool.h>

struct tts;

/* Where sound would be heard, as tts_new() found it. */
enum tts_sound {
	TTS_SOUND_OK,	      /* a sound server or a playback device; or CORDIAL_TTS */
	TTS_SOUND_NO_PROGRAM, /* no speech program */
	TTS_SOUND_NO_DEVICE,  /* no sound server and no playback device */
	TTS_SOUND_REMOTE,     /* over ssh without forwarded sound: it would play on the
			       * other machine */
};

/* Reads CORDIAL_TTS and PATH once and decides whether speech is available.  Returns
 * NULL when memory runs out; the caller frees the result with tts_free().  Every
 * function below accepts NULL and then behaves as if speech were unavailable. */
struct tts *tts_new(void);

/* Stops anything still speaking, waits for the stopped children (killed, so at once)
 * and frees t.  Accepts NULL. */
void tts_free(struct tts *t);

/* Whether speech can work: CORDIAL_TTS is set and not empty, or espeak-ng was found on
 * PATH, as a regular executable file, when t was made.  Callers hide the listening
 * options when it is false. */
bool tts_available(const struct tts *t);

/* Whether sound can actually be heard: checked once, cheaply, by tts_new() (a few
 * environment variables and file names, no program run): TTS_SOUND_OK when
 * CORDIAL_TTS is set (that program knows where to play); else, espeak-ng being found,
 * PULSE_SERVER set, or, when not over ssh (SSH_CONNECTION, SSH_CLIENT, SSH_TTY), a
 * PulseAudio or PipeWire socket in XDG_RUNTIME_DIR or a writable ALSA playback
 * device in /dev/snd. */
enum tts_sound tts_sound(const struct tts *t);
/* Whether listening can be offered: speech is available and sound was found, or
 * the learner asked for speech anyway (tts_force()). */
bool tts_playable(const struct tts *t);
/* Speaks even though no sound was found (for this run), or stops doing so. */
void tts_force(struct tts *t, bool on);
bool tts_forced(const struct tts *t);

/* Stops the current utterance, if any, and starts speaking text (UTF-8, not empty) in
 * language lang (letters, digits, '-' and '_', starting with a letter or a digit).
 * Returns 0 once the program is started, without waiting for it; -1 with errno set when
 * speech is not available (ENOENT), the arguments are not valid (EINVAL), or the
 * program could not be started (the error of posix_spawn, ENOENT for a missing one). */
int tts_speak(struct tts *t, const char *lang, const char *text);
/* The same in a voice (letters, digits, '-', '_' and '+'; NULL or "" for the
 * language's own): espeak-ng's -v, or CORDIAL_TTS's third argument. */
int tts_speak_voice(struct tts *t, const char *lang, const char *voice, const char *text);

/* Stops the current utterance, if any, without waiting for it to end. */
void tts_stop(struct tts *t);

/* Collects the children that have ended; never blocks. */
void tts_reap(struct tts *t);

/* Whether the last utterance is still being spoken (reaps first). */
bool tts_speaking(struct tts *t);

/* espeak-ng voice for a language code: "cmn" for zh, "en-us" for en, "ja", "ko"
 * (matched ignoring case); any other code is returned as it is (lang itself). */
const char *tts_voice(const char *lang);

#endif
