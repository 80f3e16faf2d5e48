#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Plays learners through many simulated days of `cordial study --plain`.

Each learner studies one shipped handbook in one of its foreign languages.  Every
day (CORDIAL_NOW) the learner runs a whole session and answers every prompt from the
handbook's own data, read from the content database -- never from what the screen
says is right -- and is right about 85 % of the time (a fixed seed).  Afterwards the
training database is checked against what the sessions did.

It prints PASS/FAIL lines for tests/run and figures on standard error.  Usage:
  journey.py --cordial BIN --content DB --db DB --days N [--seed S]
             LEARNER=HANDBOOK:LANG...
"""
import argparse
import os
import random
import re
import select
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata

DAY_MS = 86400000
START_MS = 1796029200000  # 2026-12-01T09:00:00Z: each session starts at 09:00


def iso(ms):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ms / 1000))


def squash(s):
    """Without white space: prompts and options may be wrapped across lines."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", s or ""))


def norm(s):
    """The text as the line mode shows it: NFC, no trailing space."""
    return unicodedata.normalize("NFC", s).strip()


class Handbooks:
    """Every handbook, lesson and item of the content database, by the titles the
    line mode prints, so that a prompt names its item without the item's id."""

    def __init__(self, path):
        db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        self.books = {}  # handbook id -> {"titles": set, "source": lang}
        for hid, title, source in db.execute("SELECT id, title, source FROM handbook"):
            self.books[hid] = {"titles": {norm(title)}, "source": source}
        for hid, title in db.execute("SELECT handbook, title FROM handbook_title"):
            self.books[hid]["titles"].add(norm(title))
        self.lessons = {}  # (handbook, lesson) -> set of titles
        for hid, lid, title in db.execute("SELECT handbook, id, title FROM lesson"):
            self.lessons[(hid, lid)] = {norm(title)}
        for hid, lid, title in db.execute("SELECT handbook, lesson, title FROM lesson_title"):
            self.lessons[(hid, lid)].add(norm(title))
        self.items = {}  # key -> item dict
        for key, hid, iid, kind, lesson, situation, answer in db.execute(
                "SELECT key, handbook, id, kind, lesson, situation, answer FROM item "
                "WHERE retired = 0"):
            self.items[key] = {"key": key, "handbook": hid, "id": iid, "kind": kind,
                               "lesson": lesson, "texts": {}, "readings": {}, "alts": {},
                               "situation": norm(situation or ""), "answer": answer,
                               "options": {}}
        for key, lang, text, reading, kana in db.execute(
                "SELECT item, lang, text, reading, kana FROM item_text"):
            if key in self.items:
                self.items[key]["texts"][lang] = norm(text)
                self.items[key]["readings"][lang] = reading
                if kana:
                    self.items[key]["kana"] = norm(kana)
        for key, kind, lang, pos, value in db.execute(
                "SELECT item, kind, lang, position, value FROM item_part"):
            if key not in self.items:
                continue
            if kind == "alt":
                self.items[key]["alts"].setdefault(lang, []).append(norm(value))
            elif kind == "option":
                self.items[key]["options"][pos] = norm(value)
        db.close()

    def in_lesson(self, book_title, lesson_title):
        book_title, lesson_title = norm(book_title), norm(lesson_title)
        keys = [(h, l) for (h, l), titles in self.lessons.items()
                if lesson_title in titles and book_title in self.books[h]["titles"]]
        return [it for it in self.items.values() if (it["handbook"], it["lesson"]) in keys]

    def lesson_items(self, handbook):
        return [it for it in self.items.values() if it["handbook"] == handbook]


class Session:
    """One `cordial study --plain` process, read up to each prompt."""

    @staticmethod
    def is_prompt(text):
        """Every prompt of the line mode ends in ": " and says how to quit."""
        last = text.rsplit("\n", 1)[-1]
        return last.endswith(": ") and "q" in last

    def __init__(self, argv, env):
        self.stderr = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self.stderr, env=env)
        self.buf = b""
        self.transcript = []

    def read_prompt(self, timeout=20.0):
        """Everything up to the next prompt, or up to the end; (text, ended)."""
        deadline = time.monotonic() + timeout
        fd = self.proc.stdout.fileno()
        while True:
            text = self.buf.decode("utf-8", "replace")
            if self.is_prompt(text):
                self.buf = b""
                self.transcript.append(text)
                return text, False
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no prompt within %.0f s; output so far:\n%s" % (timeout, text[-2000:]))
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(fd, 65536)
            if not chunk:
                self.proc.wait()
                self.buf = b""
                self.transcript.append(text)
                return text, True
            self.buf += chunk

    def send(self, line):
        self.transcript.append(line + "\n")
        del self.transcript[:-40]
        self.proc.stdin.write((line + "\n").encode())
        self.proc.stdin.flush()

    def close(self):
        """Ends the session (end of input ends it cleanly); its standard error."""
        try:
            self.proc.stdin.close()
        except BrokenPipeError:
            pass
        try:
            while self.read_prompt(timeout=10)[1] is False:
                pass
        except TimeoutError:
            self.proc.kill()
        self.proc.wait()
        self.stderr.seek(0)
        return self.stderr.read().decode("utf-8", "replace")


HEADER = re.compile(r"^\[(\d+)\] (.*) / (.*)$", re.M)


class Learner:
    def __init__(self, name, handbook, lang, books, rng):
        self.name, self.handbook, self.lang = name, handbook, lang
        self.books, self.rng = books, rng
        self.source = books.books[handbook]["source"]
        self.failures = []
        self.counts = {}  # presentation -> prompts answered
        self.sessions = self.answers = self.intended_right = 0
        self.first_unanswered = None  # the first prompt of the last session, if unanswered

    def fail(self, what, transcript):
        self.failures.append("%s: %s\n%s" % (self.name, what, "".join(transcript)[-1500:]))

    def candidates(self, header_match):
        return self.books.in_lesson(header_match.group(2), header_match.group(3))

    def right_answer_text(self, item):
        return item["texts"].get(self.lang)

    # --------------------------------------------------------------- answering
    def answer(self, block, prompt, items, now_ms, training):
        """The reply to one prompt, from the handbook's data; None when the prompt
        cannot be understood (a failure)."""
        right = self.meant_right = self.rng.random() < 0.85
        lines = block.split("\n")
        options = {}
        body = block.rsplit("\n", 1)[0]  # without the prompt line
        for m in re.finditer(r"^  ([a-f])\) (.*?)(?=^  [a-f]\) |\Z)", body, re.M | re.S):
            options[m.group(1)] = squash(m.group(2))
        if "New phrase:" in block or "New courtesy situation:" in block:
            self.kind = "introduce"
            return ""
        if prompt.startswith("Enter to go on"):
            return ""
        if prompt.startswith("How well did you know it?"):
            return "3" if self.last_right else "1"
        if prompt.startswith("Press Enter to see"):
            self.kind = "listen" if "Listen and recall" in block else "flip"
            self.last_right = right
            return ""
        m = re.search(r"^Situation: (.*?)^  a\) ", block, re.M | re.S)
        if m and prompt.startswith("Answer with a letter"):
            self.kind = "judge"
            sit = squash(m.group(1))
            found = [it for it in items
                     if it["kind"] == "courtesy" and squash(it["situation"]) == sit]
            if not found:
                return None
            good = found[0]["options"].get(ord(found[0]["answer"]) - ord("a"))
            return self.pick(options, good, right)
        m = re.search(r"^(?:What does this mean\? |Which is the .* for this\? )(.*?)^  a\) ",
                      block, re.M | re.S)
        if m and prompt.startswith("Answer with a letter"):
            q = norm(m.group(1))
            produce = block.find("for this? ") >= 0
            self.kind = "choice-produce" if produce else "choice-recognize"
            qlang, alang = (self.source, self.lang) if produce else (self.lang, self.source)
            found = [it for it in items if squash(it["texts"].get(qlang, "")) == squash(q)]
            if not found:
                return None
            return self.pick(options, found[0]["texts"].get(alang), right)
        m = re.search(r"^Put the .* words in order to say: (.*?)^  1\) ", block, re.M | re.S)
        if m:
            self.kind = "order"
            q = norm(m.group(1))
            words = {}
            for ln in lines:
                w = re.match(r"^  (\d+)\) (.*)$", ln)
                if w:
                    words[int(w.group(1))] = norm(w.group(2))
            self.longest_order = max(getattr(self, "longest_order", 0), len(words))
            found = [it for it in items if squash(it["texts"].get(self.source, "")) == squash(q)]
            if not found:
                return None
            order = self.order(found[0]["texts"][self.lang], words)
            if order is None:
                return None
            if not right and len(order) > 1:
                order[0], order[1] = order[1], order[0]
            return " ".join(str(k) for k in order)
        m = re.search(r"^Type the .* for: (.*)\n[^\n]*\Z", block, re.M | re.S)
        if m:
            self.kind = "type"
            q = norm(m.group(1))
            found = [it for it in items if squash(it["texts"].get(self.source, "")) == squash(q)]
            if not found:
                return None
            text = found[0]["texts"][self.lang]
            if self.lang == "ja" and found[0].get("kana") and self.rng.random() < 0.5:
                # typed in kana, as a learner who does not know the kanji would
                text = re.sub(r"\s+", "", found[0]["kana"])
                self.counts["type-kana"] = self.counts.get("type-kana", 0) + 1
            if right:
                return text
            others = [it["texts"][self.lang] for it in items
                      if it["texts"].get(self.lang) and it["texts"][self.lang] != text]
            return others[0] if others else "xxxxxxxx"
        return None

    def pick(self, options, good, right):
        letters = [k for k, v in options.items() if v == squash(good)]
        if not letters:
            return None
        if right:
            return letters[0]
        wrong = [k for k in options if k not in letters]
        return wrong[0] if wrong else letters[0]

    @staticmethod
    def order(text, words):
        """Word numbers that put the pieces together into text (None if they cannot):
        a search that takes back a piece that led nowhere."""
        if " " in text.strip():
            # Words of a text with spaces are its words: "pick up" is not "pickup".
            order, used = [], set()
            for token in text.split():
                k = next((k for k, w in sorted(words.items())
                          if k not in used and w.strip() == token), None)
                if k is None:
                    return None
                used.add(k)
                order.append(k)
            return order if len(order) == len(words) else None
        target = squash(text)
        pieces = {k: squash(w) for k, w in words.items()}

        def place(pos, used):
            if pos == len(target):
                return [] if len(used) == len(pieces) else None
            tried = set()
            for k, w in pieces.items():
                if k in used or not w or w in tried or not target.startswith(w, pos):
                    continue
                tried.add(w)
                rest = place(pos + len(w), used | {k})
                if rest is not None:
                    return [k] + rest
            return None
        return place(0, frozenset())

    # --------------------------------------------------------------- a day
    def study_app(self, argv_base, env, now_ms, training, sock):
        """A day's session in the full-screen app, answered from the handbook's data."""
        env = dict(env, CORDIAL_NOW=iso(now_ms), LANGUAGE="en")
        app = App(argv_base, env, sock)
        self.sessions += 1
        self.app_sessions = getattr(self, "app_sessions", 0) + 1
        items = self.books.lesson_items(self.handbook)
        try:
            scr = app.wait(lambda x: "Who is studying?" in x)
            names = [ln.strip().split("  ")[0] for ln in scr.split("\n")[4:] if ln.startswith("    ")]
            for _ in range(names.index(self.name)):
                app.keys("Down")
                time.sleep(0.02)
            app.keys("Enter")
            app.wait(lambda x: "Due now:" in x)
            app.keys("s")
            scr = app.wait(lambda x: "cordial Study" in x)
            steps = 0
            while True:
                steps += 1
                if steps > 5000:
                    self.fail("the app's session did not end", [scr])
                    break
                if "Session over." in scr:
                    break
                before = scr
                if "Press Enter when you have read it." in scr:
                    self.counts["app-introduce"] = self.counts.get("app-introduce", 0) + 1
                    app.keys("Enter")
                elif "How well did you know it?" in scr:
                    app.keys("3" if self.meant_right else "1")
                    self.answers += 1
                elif "Press Enter to see the answer." in scr:
                    kind = "app-listen" if "Listen:" in scr else "app-flip"
                    self.counts[kind] = self.counts.get(kind, 0) + 1
                    self.meant_right = self.rng.random() < 0.85
                    app.keys("Enter")
                elif "Enter: next card" in scr:
                    if getattr(self, "app_expect", False) and not re.search(r"^\s*Right", scr, re.M):
                        self.fail("a right answer was not taken as right in the app (%s)"
                                  % self.app_kind, [scr])
                    self.app_expect = False
                    app.keys("Enter")
                elif not self.app_answer(app, scr, items):
                    self.fail("cannot understand or answer the app's prompt", [scr])
                    break
                else:  # an answer: its feedback comes next
                    scr = app.wait(lambda x: "Enter: next card" in x)
                    continue
                scr = app.wait(lambda x: x != before and app_settled(x))
            app.keys("q")
            app.wait(lambda x: "Due now:" in x)
            app.keys("q")
            app.wait(lambda x: "EXIT=" in x)
        except TimeoutError as e:
            self.fail(str(e), [])
        finally:
            app.close()

    def app_answer(self, app, scr, items):
        """Answers the card on the app's screen; False when it cannot be understood."""
        lines = scr.split("\n")
        right = self.meant_right = self.rng.random() < 0.85
        self.app_expect = right

        def after(title):
            i = next((k for k, ln in enumerate(lines) if ln.strip().startswith(title)), None)
            return None if i is None else i + 1
        if "Press a letter" in scr:
            opt = [k for k, ln in enumerate(lines) if re.match(r"^    [a-f]\) ", ln)]
            if not opt:
                return False
            options, cur = {}, None
            for ln in lines[opt[0]:]:
                m = re.match(r"^    ([a-f])\) (.*)$", ln)
                if m:
                    cur = m.group(1)
                    options[cur] = [m.group(2)]
                elif cur and ln.startswith("       ") and ln.strip():
                    options[cur].append(ln)
                else:
                    cur = None
            options = {k: squash_lines(v) for k, v in options.items()}
            start = after("What do you do?") or after("What does this mean?") or \
                after("Which is the")
            if start is None:  # a situation too long for its title
                start = 2
            question = squash_lines(lines[start:opt[0]])
            if "What does this mean?" in scr:
                self.app_kind = "choice-recognize"
                found = [it for it in items if squash(it["texts"].get(self.lang, "")) == question]
                good = found and found[0]["texts"].get(self.source)
            elif "Which is the" in scr:
                self.app_kind = "choice-produce"
                found = [it for it in items if squash(it["texts"].get(self.source, "")) == question]
                good = found and found[0]["texts"].get(self.lang)
            else:
                self.app_kind = "judge"
                found = [it for it in items if it["kind"] == "courtesy"
                         and squash(it["situation"]) == question]
                good = found and found[0]["options"].get(ord(found[0]["answer"]) - ord("a"))
            if not good:
                return False
            letter = self.pick(options, good, right)
            if not letter:
                return False
            app.keys(letter)
        elif "pick the words" in scr or "Pick by number" in scr:
            self.app_kind = "order"
            start = after("Put the")
            dots = next((k for k in range(start, len(lines)) if lines[k].strip() == "…"), None)
            if dots is None:
                return False
            question = squash_lines(lines[start:dots])
            words = {}
            for ln in lines[dots + 1:]:
                for label in re.split(r"\s{3,}", ln.strip()):
                    m = re.match(r"^(\d+) (\S+)$", label)
                    if m:
                        words[int(m.group(1))] = m.group(2)
            found = [it for it in items if squash(it["texts"].get(self.source, "")) == question]
            if not found:
                return False
            order = self.order(found[0]["texts"][self.lang], words)
            if order is None:
                return False
            if not right and len(order) > 1:
                order[0], order[1] = order[1], order[0]
            self.longest_app_order = max(getattr(self, "longest_app_order", 0), len(words))
            for i, k in enumerate(order):
                # one word at a time, each seen placed before the next is keyed
                before = app.keys(*list(str(k)))
                if k * 10 <= len(words):
                    app.keys("Enter")
                if i + 1 < len(order):
                    app.wait(lambda x: x != before)
        elif "Type your answer" in scr:
            self.app_kind = "type"
            start = after("Type the")
            question = None
            for end in range(len(lines), start, -1):
                q = squash_lines(lines[start:end])
                if any(squash(it["texts"].get(self.source, "")) == q for it in items):
                    question = q
                    break
            found = [it for it in items if squash(it["texts"].get(self.source, "")) == question]
            if not found:
                return False
            text = found[0]["texts"][self.lang]
            if self.lang == "ja" and found[0].get("kana") and self.rng.random() < 0.5:
                text = re.sub(r"\s+", "", found[0]["kana"])
            if not right:
                text = "xx"
            app.keys(text, literal=True)
            app.keys("Enter")
        else:
            return False
        key = "app-" + self.app_kind
        self.counts[key] = self.counts.get(key, 0) + 1
        self.answers += 1
        return True

    def study_day(self, argv_base, env, now_ms, training):
        env = dict(env, CORDIAL_NOW=iso(now_ms))
        s = Session(argv_base + ["study", "--plain", "--learner", self.name], env)
        self.sessions += 1
        first = None            # the first prompt of this session
        first_answered = False
        block, items = "", []
        expect_right = None     # the kind of the last answer meant to be right
        prompts = 0
        try:
            while True:
                text, ended = s.read_prompt()
                if expect_right and not re.search(r"^\s*Right", text, re.M):
                    self.fail("a right answer was not taken as right (%s)" % expect_right,
                              s.transcript[-3:])
                expect_right = None
                if ended:
                    break
                prompts += 1
                if prompts > 3000:
                    self.fail("the session did not end", s.transcript)
                    s.send("q")
                    break
                header = None
                for header in HEADER.finditer(text):
                    pass
                if header:
                    items = self.candidates(header)
                    block = text[header.start():]
                    new = "New phrase:" in block or "New courtesy situation:" in block
                    if new:
                        due = training.execute(
                            "SELECT count(*) FROM card c JOIN learner l ON l.id = c.learner "
                            "WHERE l.name = ? AND c.state = 2 AND c.due_ms <= ?",
                            (self.name, now_ms)).fetchone()[0]
                        if due:
                            self.fail("a new item came while reviews were due",
                                      ["%d were due\n" % due] + s.transcript)
                    if first is None:
                        first = "\n".join(block.split("\n")[1:])[:300]
                        if first == self.first_unanswered:
                            self.fail("the same unanswered prompt came first in two sessions",
                                      s.transcript)
                elif re.match(r"Please (type|press)", text.lstrip("\n")):
                    self.fail("the answer was refused", s.transcript)
                    s.send("q")
                    break
                else:
                    block += text
                prompt = text.rstrip("\n").split("\n")[-1]
                reply = self.answer(block, prompt, items, now_ms, training)
                if reply is None:
                    self.fail("cannot understand or answer the prompt", s.transcript)
                    s.send("q")
                    break
                if header:
                    # A card (or a new item) is on screen; the reply answers it.
                    self.counts[self.kind] = self.counts.get(self.kind, 0) + 1
                    if self.kind != "introduce":
                        self.answers += 1
                    first_answered = True
                    if self.kind in ("choice-produce", "choice-recognize", "judge", "order",
                                     "type") and self.meant_right:
                        expect_right = self.kind
                s.send(reply)
        except TimeoutError as e:
            self.fail(str(e), s.transcript)
        err = s.close()
        if s.proc.returncode != 0:
            self.fail("study exited with status %d: %s" % (s.proc.returncode, err), s.transcript)
        self.first_unanswered = None if first_answered else first


class App:
    """The full-screen app in tmux at a fixed size: keys sent with send-keys, the
    screen read with capture-pane."""

    COLS, ROWS = 160, 50

    def __init__(self, argv, env, sock):
        self.sock = sock
        self.tmux(["kill-server"], check=False)
        cmd = " ".join("'%s'" % a for a in argv) + " 2>/dev/null; echo EXIT=$?; sleep 30"
        envs = ["%s=%s" % (k, v) for k, v in env.items()
                if k.startswith(("CORDIAL_", "LANG", "TZ", "TTS_", "XDG_", "HOME"))]
        self.tmux(["-u", "new-session", "-d", "-x", str(self.COLS), "-y", str(self.ROWS),
                   "env TERM=screen %s %s" % (" ".join("'%s'" % e for e in envs), cmd)])
        self.tmux(["set-option", "-g", "status", "off"], check=False)
        self.last = ""

    def tmux(self, args, check=True):
        return subprocess.run(["tmux", "-S", self.sock] + args, capture_output=True,
                              text=True, check=check).stdout

    def screen(self):
        return self.tmux(["capture-pane", "-p"], check=False)

    def wait(self, pred, timeout=10.0):
        """The screen once pred(screen) holds (polled), else raise."""
        deadline = time.monotonic() + timeout
        while True:
            scr = self.screen()
            if pred(scr):
                time.sleep(0.03)  # drawn whole: the same a moment later
                if self.screen() == scr:
                    self.last = scr
                    return scr
                continue
            if time.monotonic() > deadline:
                raise TimeoutError("the app's screen did not change as expected:\n" + scr)
            time.sleep(0.02)

    def keys(self, *keys, literal=False):
        before = self.screen()
        self.tmux(["send-keys"] + (["-l"] if literal else []) + list(keys))
        return before

    def close(self):
        self.tmux(["kill-server"], check=False)


def app_settled(scr):
    """Whether the study screen waits for the learner (not drawn half-way through an
    answer being keyed in)."""
    if "Session over." in scr or "Enter: next card" in scr:
        return True
    if "pick the words" in scr or "Pick by number" in scr:
        return any(ln.strip() == "…" for ln in scr.split("\n"))
    return any(m in scr for m in ("Press Enter when you have read it.", "How well did you know it?",
                                  "Press Enter to see the answer.", "Press a letter",
                                  "Type your answer"))


def squash_lines(lines):
    return squash("".join(lines))


def cordial(argv_base, env, *args):
    p = subprocess.run(argv_base + list(args), env=env, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError("%s: %s" % (" ".join(args), p.stderr))
    return p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cordial", required=True)
    ap.add_argument("--content", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--days", type=int, default=90)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--name", default="journey")
    ap.add_argument("--app-days", default="",
                    help="comma-separated days (from 0) studied in the full-screen app")
    ap.add_argument("--app-learners", default="",
                    help="comma-separated learners who study in the app on those days")
    ap.add_argument("learners", nargs="+")
    a = ap.parse_args()
    env = dict(os.environ, CORDIAL_CONTENT=a.content, CORDIAL_DB=a.db)
    base = [a.cordial]
    books = Handbooks(a.content)
    rng = random.Random(a.seed)
    t0 = time.monotonic()

    env_now = dict(env, CORDIAL_NOW=iso(START_MS))
    cordial(base, env_now, "learner", "add", "Trainer", "--native", "zh", "--target", "en")
    learners = []
    for spec in a.learners:
        name, rest = spec.split("=")
        handbook, lang = rest.split(":")
        cordial(base, env_now, "learner", "add", name, "--native", "zh", "--target", lang)
        learners.append(Learner(name, handbook, lang, books, rng))
    # Each learner is assigned the whole handbook, due when the daily limit can have
    # introduced every item it holds in their language.
    for l in learners:
        n = sum(1 for it in books.lesson_items(l.handbook)
                if it["kind"] == "courtesy" or (l.lang in it["texts"] and l.source in it["texts"]))
        l.assigned = n
        l.due_day = START_MS + ((n + 14) // 15) * DAY_MS
        if l.due_day > START_MS + (a.days - 1) * DAY_MS:
            l.due_day = None
        due = ["--due", iso(l.due_day)[:10]] if l.due_day else []
        cordial(base, env_now, "assign", l.handbook, "--to", l.name, *due)

    training = sqlite3.connect(a.db, timeout=30)
    app_days = {int(d) for d in a.app_days.split(",") if d}
    app_learners = {n for n in a.app_learners.split(",") if n}
    sock = os.path.join(tempfile.mkdtemp(), "tmux.sock")
    for day in range(a.days):
        now = START_MS + day * DAY_MS
        for l in learners:
            if day in app_days and l.name in app_learners:
                l.study_app(base, env, now, training, sock)
            else:
                l.study_day(base, env, now, training)
            if l.due_day and now >= l.due_day:
                got = training.execute(
                    "SELECT count(DISTINCT c.item) FROM card c JOIN learner x ON x.id = c.learner "
                    "WHERE x.name = ? AND c.handbook = ?", (l.name, l.handbook)).fetchone()[0]
                if got < l.assigned and not getattr(l, "due_checked", False):
                    l.fail("%d of %d assigned items introduced by the due date" % (got, l.assigned), [])
                l.due_checked = True

    name = a.name
    ok = True
    for l in learners:
        if l.failures:
            ok = False
            print("FAIL %s/%s-every-prompt-answered" % (name, l.name))
            kinds = {}
            for f in l.failures:
                kinds.setdefault(f.split("\n", 1)[0], []).append(f)
            for what, fs in kinds.items():
                print("  %d times: %s" % (len(fs), what))
                print("    " + fs[0].split("\n", 1)[1][-1500:].replace("\n", "\n    "))
        else:
            print("PASS %s/%s-every-prompt-answered" % (name, l.name))

    # The cards equal a replay of the review log, and a card's repetitions its reviews.
    bad = training.execute(
        "SELECT count(*) FROM card c WHERE c.reps <> (SELECT count(*) FROM review r WHERE r.card = c.id)"
    ).fetchone()[0]
    print("%s %s/cards-reps-equal-reviews" % ("PASS" if bad == 0 else "FAIL", name))
    # Intervals are fuzzed by the session's seed, so the memory state is compared.
    rows = training.execute("SELECT card, time_ms, rating FROM review ORDER BY card, id").fetchall()
    replay = subprocess.run(base + ["fsrs", "schedule"], input="".join(
        "%d\t%d\t%d\n" % r for r in rows), env=env, capture_output=True, text=True)
    want = {}
    for ln in replay.stdout.splitlines():
        f = ln.split("\t")
        want[int(f[0])] = "\t".join(f[1:4])
    got = {}
    for row in training.execute(
            "SELECT id, CASE state WHEN 1 THEN 'learning' WHEN 2 THEN 'review' WHEN 3 THEN "
            "'relearning' ELSE 'new' END, printf('%.8f', stability), printf('%.8f', difficulty) "
            "FROM card WHERE EXISTS (SELECT 1 FROM review r WHERE r.card = card.id)"):
        got[row[0]] = "\t".join(str(x) for x in row[1:])
    same = replay.returncode == 0 and want == got and len(got) > 0
    print("%s %s/cards-equal-replay-of-log" % ("PASS" if same else "FAIL", name))
    if not same:
        diff = [k for k in got if want.get(k) != got[k]][:3]
        for k in diff:
            print("  card %d: db %s, replay %s" % (k, got[k], want.get(k)))

    # Japanese is spoken from its kana reading, never from kanji (which the speech
    # program reads as "Chinese letter"), and Japanese phrases are put in order too.
    log = os.environ.get("TTS_LOG")
    if log and os.path.exists(log):
        said = open(log, encoding="utf-8").read().split("--\n")
        kanji = [u for u in said if u.startswith("ja\n")
                 and re.search(r"[\u4e00-\u9fff]", u.split("\n")[1])]
        print("%s %s/japanese-spoken-in-kana" % ("FAIL" if kanji else "PASS", name))
        for u in kanji[:3]:
            print("  spoken: %r" % u)
    for l in learners:
        if l.lang == "ja":
            ok_order = l.counts.get("order", 0) > 0
            print("%s %s/%s-japanese-word-order" % ("PASS" if ok_order else "FAIL", name, l.name))
            ok = ok and ok_order

    total = sum(l.answers for l in learners)
    secs = time.monotonic() - t0
    print("# %s: %d learners, %d days, %d sessions, %d answers, %.1f s" % (
        name, len(learners), a.days, sum(l.sessions for l in learners), total, secs),
        file=sys.stderr)
    for l in learners:
        print("#   %s (%s %s): %s; longest word order %d (app %d)" % (
            l.name, l.handbook, l.lang,
            ", ".join("%s %d" % kv for kv in sorted(l.counts.items())),
            getattr(l, "longest_order", 0), getattr(l, "longest_app_order", 0)),
            file=sys.stderr)
    return 0 if ok and bad == 0 and same else 1


if __name__ == "__main__":
    sys.exit(main())
