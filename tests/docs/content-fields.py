#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Field rules of the shipped handbooks, checked on the content database.

Usage: content-fields.py DB RULE [SEED]

RULE is one of
  pinyin-case   a zh_reading starts a sentence in lower case; a capital marks a
                proper noun, which is never written in lower case
  pinyin-bu     不 between a verb and its repetition (要不要) is read in the neutral
                tone, "bu"
  pinyin-count  a reading has one syllable per Chinese character
  ko-reading    Korean readings are Revised Romanization: ASCII letters only, and
                ㄹ between vowels is "r" (hoterirago, not hotelirago)
  sample        a sample of 40 phrases and 10 courtesy scenarios drawn with SEED,
                every field checked and the sample listed on standard error for an
                editor to read

Each problem is printed on standard output; the exit status is 1 when there is one.
"""
import re
import sqlite3
import sys
import unicodedata

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]")
HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
CJK_PUNCT = re.compile(r"[\u3000-\u303f\uff01-\uff60]")
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN_LETTERS = "a-zA-Zü" + TONED + TONED.upper() + "ǕǗǙǛÜ"
PINYIN_WORD = re.compile("[" + PINYIN_LETTERS + "']+(?:-[" + PINYIN_LETTERS + "']+)*")
VOWELS = set("aeiouü" + TONED)
# Punctuation that may stand in a reading: the text's own, in ASCII.
READING_OK = re.compile(r"^[" + PINYIN_LETTERS + r"0-9 ,.?!:;'\"()\-–/%]+$")


def phrases(db):
    """(handbook, id, {lang: (text, reading, kana, [alts])}, tags) of live phrases."""
    out = {}
    for key, hb, iid, tags in db.execute(
        "SELECT key, handbook, id, tags FROM item WHERE kind = 'phrase' AND retired = 0"
        " ORDER BY handbook, id"
    ):
        out[key] = [hb, iid, {}, tags or ""]
    for key, lang, text, reading, kana in db.execute(
        "SELECT item, lang, text, reading, kana FROM item_text ORDER BY item, position"
    ):
        if key in out:
            out[key][2][lang] = [text, reading, kana, []]
    for key, lang, value in db.execute(
        "SELECT item, lang, value FROM item_part WHERE kind = 'alt' ORDER BY item, position"
    ):
        if key in out and lang in out[key][2]:
            out[key][2][lang][3].append(value)
    return out


def sentences(reading):
    """The words that start the sentences of a reading."""
    for part in re.split(r"[.?!]\s+", reading):
        m = PINYIN_WORD.search(part)
        if m:
            yield m.group(0)


def lower_words(db_phrases):
    words = set()
    for hb, iid, texts, tags in db_phrases.values():
        if "zh" in texts and texts["zh"][1]:
            words.update(w for w in PINYIN_WORD.findall(texts["zh"][1]) if w == w.lower())
    return words


def rule_pinyin_case(texts, lowers):
    reading = texts["zh"][1] or ""
    for w in sentences(reading):
        if w != w.lower() and w.lower() in lowers:
            yield f"'{w}' starts a sentence with a capital, but is not a proper noun: {reading}"


def rule_pinyin_bu(texts):
    zh, reading = texts["zh"][0], texts["zh"][1] or ""
    for m in re.finditer(r"(.)不\1", zh):
        if not re.search(r"\bbu\b", reading):
            yield f"'{m.group(0)}' is read with a neutral 'bu': {reading}"


def syllables(reading):
    n = 0
    for word in PINYIN_WORD.findall(reading):
        for part in word.replace("-", "'").split("'"):
            n += len(re.findall("[" + "".join(VOWELS) + "]+", part.lower()))
    return n


def rule_pinyin_count(texts):
    zh, reading = texts["zh"][0], texts["zh"][1] or ""
    # Only texts of Chinese characters and punctuation: digits and Latin words are
    # read in many ways.
    if re.search(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]", zh):
        return
    chars = len(HAN.findall(zh))
    # An r added to a syllable (diǎnr) is the character 儿 of its own.
    erhua = len(re.findall("[^\\s'-][" + "".join(VOWELS) + "]+(?:n|ng)?r(?=[\\s,.?!'-]|$)",
                           reading.lower()))
    if syllables(reading) + erhua != chars:
        yield f"{chars} characters but {syllables(reading) + erhua} syllables: {zh} / {reading}"


def rule_ko_reading(texts):
    if "ko" not in texts or not texts["ko"][1]:
        return
    reading = texts["ko"][1]
    if not re.fullmatch(r"[A-Za-z0-9 ,.?!:;'\"()\-]+", reading):
        yield f"Korean reading with letters other than ASCII: {reading}"
    for m in re.finditer(r"(?<![l])[aeiouy]l[aeiouwy]", reading):
        yield f"'l' between vowels (Revised Romanization writes 'r'): {reading}"


def check_phrase(hb, iid, texts, tags, langs, lowers):
    """Every field of one phrase; yields problems."""
    if "zh" not in texts or not texts["zh"][1]:
        yield "no Chinese text with its pinyin"
        return
    if "en" not in texts:
        yield "no English text"
    for lang in texts:
        if lang != "zh" and lang not in langs:
            yield f"language '{lang}' is not one the handbook promises"
    zh, pinyin = texts["zh"][0], texts["zh"][1]
    if not HAN.search(zh):
        yield f"zh text without Chinese characters: {zh}"
    if not READING_OK.match(pinyin):
        yield f"zh_reading holds more than pinyin: {pinyin}"
    yield from rule_pinyin_case(texts, lowers)
    yield from rule_pinyin_bu(texts)
    yield from rule_pinyin_count(texts)
    if "en" in texts:
        for value in [texts["en"][0]] + texts["en"][3]:
            if HAN.search(value) or KANA.search(value) or HANGUL.search(value):
                yield f"English with Chinese, Japanese or Korean letters: {value}"
            if CJK_PUNCT.search(value):
                yield f"English with full-width punctuation: {value}"
        if zh.endswith("？") and "?" not in texts["en"][0]:
            yield f"the Chinese asks, the English does not: {texts['en'][0]}"
        if texts["en"][1]:
            yield "English has a reading"
    if "ja" in texts:
        ja, romaji, kana, alts = texts["ja"]
        if not (KANA.search(ja) or HAN.search(ja)):
            yield f"Japanese without kana or kanji: {ja}"
        if HANGUL.search(ja):
            yield f"Japanese with Hangul: {ja}"
        if not romaji or not kana:
            yield "Japanese without its romaji and kana readings"
        else:
            if KANA.search(romaji) or HAN.search(romaji):
                yield f"ja_reading is not in Latin letters: {romaji}"
            stripped = re.sub(r"[\s\u3000-\u303f\u30fb\u30fc\uff01-\uff60]", "", kana)
            if not re.fullmatch(r"[\u3040-\u30ff]*", stripped):
                yield f"ja_kana holds more than kana: {kana}"
            if re.fullmatch(r"[\u3040-\u30ff\s\u3000-\u303f\uff01-\uff60]*", ja) and \
                    re.sub(r"[\s、。！？]", "", ja) != re.sub(r"[\s、。！？]", "", kana):
                yield f"a text all in kana is its own reading: {ja} / {kana}"
    for lang in texts:
        if lang not in ("zh", "en", "ja") and texts[lang][2]:
            yield f"kana reading on the {lang} text"
    if "ko" in texts:
        ko, reading = texts["ko"][0], texts["ko"][1]
        if not HANGUL.search(ko):
            yield f"Korean without Hangul: {ko}"
        if HAN.search(ko) or KANA.search(ko):
            yield f"Korean with Chinese characters or kana: {ko}"
        if not reading:
            yield "Korean without its reading"
        yield from rule_ko_reading(texts)
    if re.search(r"(^|\s)listen(\s|$)", tags):
        yield "tagged 'listen', the old name of 'guest'"


def check_courtesy(db, key):
    situation, answer, explanation, region = db.execute(
        "SELECT situation, answer, explanation, region FROM item WHERE key = ?", (key,)
    ).fetchone()
    options = [v for (v,) in db.execute(
        "SELECT value FROM item_part WHERE item = ? AND kind = 'option' ORDER BY position", (key,))]
    refs = [v for (v,) in db.execute(
        "SELECT value FROM item_part WHERE item = ? AND kind = 'reference' ORDER BY position", (key,))]
    if not HAN.search(situation or ""):
        yield "the situation is not in Chinese"
    if not 3 <= len(options) <= 4:
        yield f"{len(options)} options"
    if len(set(options)) != len(options):
        yield "two options are the same"
    if not answer or ord(answer) - ord("a") >= len(options):
        yield f"answer '{answer}' names no option"
    if not explanation or not HAN.search(explanation):
        yield "no explanation in Chinese"
    if not region:
        yield "no region"
    if not refs:
        yield "no reference"
    for r in refs:
        if r.startswith("http") and not re.match(r"https?://[A-Za-z0-9.-]+\.[a-z]{2,}(/|$)", r):
            yield f"a reference that is not a web address: {r}"
    return options, refs


def main():
    db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    rule = sys.argv[2]
    all_phrases = phrases(db)
    lowers = lower_words(all_phrases)
    problems = []
    if rule == "sample":
        seed = int(sys.argv[3])
        langs = {hb: set(l.split()) for hb, l in db.execute("SELECT id, languages FROM handbook")}
        draw = ("WITH n AS (SELECT key, row_number() OVER (ORDER BY handbook, id) AS r"
                " FROM item WHERE kind = ? AND retired = 0)"
                " SELECT key FROM n ORDER BY (r * 2654435761 + ?) % 4294967291, r LIMIT ?")
        for (key,) in db.execute(draw, ("phrase", seed, 40)).fetchall():
            hb, iid, texts, tags = all_phrases[key]
            print(f"# {iid}", file=sys.stderr)
            for lang, (text, reading, kana, alts) in texts.items():
                line = f"#   {lang}: {text}"
                if reading:
                    line += f"  [{reading}]"
                if kana:
                    line += f"  [{kana}]"
                for a in alts:
                    line += f"  | {a}"
                print(line, file=sys.stderr)
            problems += [f"{iid}: {p}" for p in check_phrase(hb, iid, texts, tags, langs[hb], lowers)]
        for (key,) in db.execute(draw, ("courtesy", seed, 10)).fetchall():
            iid, situation, answer = db.execute(
                "SELECT id, situation, answer FROM item WHERE key = ?", (key,)).fetchone()
            found = list(check_courtesy(db, key))
            problems += [f"{iid}: {p}" for p in found]
            print(f"# {iid} ({answer}): {situation}", file=sys.stderr)
            for (letter, value) in db.execute(
                    "SELECT char(97 + position), value FROM item_part WHERE item = ?"
                    " AND kind IN ('option', 'reference') ORDER BY kind DESC, position", (key,)):
                print(f"#   {letter if not value.startswith('http') else 'ref'}: {value}",
                      file=sys.stderr)
    else:
        fn = {"pinyin-case": lambda t: rule_pinyin_case(t, lowers),
              "pinyin-bu": rule_pinyin_bu, "pinyin-count": rule_pinyin_count,
              "ko-reading": rule_ko_reading}[rule]
        for hb, iid, texts, tags in all_phrases.values():
            if "zh" in texts:
                problems += [f"{iid}: {p}" for p in fn(texts)]
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
