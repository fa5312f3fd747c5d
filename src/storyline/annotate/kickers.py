"""Kickers: the short labels that open a line of a live blog, an alert feed or a channel post.

Monitoring feeds and live pages put a label before the news: a place ("Tillabéri, Fambita:",
"Downtown Port-au-Prince:", "Plateau —"), a time ("09:40 —", "Tbilisi 23:50 —"), a tag
("#Gao:"), a flag ("BREAKING:", "UPDATE 2 —", "Developing:") or a source ("Local sources:",
"Mil. sources:"). The small model parses the label into the sentence that follows, often
making its last word the subject and the real verb a noun ("Tillabéri, Fambita: IS-Sahel
fighters ... attack worshippers" parses with no verb at all). A kicker is therefore set apart as
a sentence of its own before the parser runs, and the news after it is parsed (and, when it is
headlinese, re-read by :mod:`~storyline.annotate.headlines`) on its own.

A kicker is a place, time or flag in square brackets opening a line ("[Pokrovsk]"), the words
"Reports of" opening one (the news is what is reported), or a run of at most
:data:`KICKER_MAX_WORDS` words at the start of a line, ended by a colon, or by a spaced dash
when every word before it is a name, a number or time, or a flag word (a dash after common
words is an aside: "Police -- who had ..."), and they are not a wire dateline in capitals
("HANOI -", which the coder reads with its sentence). It has no verb (so "He said:" and
"Protesters warned:" stay in their sentences), and at least
:data:`MIN_NEWS_WORDS` and at most :data:`MAX_LINE_TOKENS` tokens follow it on its line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from storyline.annotate.actors import place_country

KICKER_MAX_WORDS = 6
MIN_NEWS_WORDS = 3
#: a line longer than this after its label is a paragraph of prose, not a feed line
MAX_LINE_TOKENS = 80
KICKER_DASHES = frozenset({"—", "–", "--", "-"})
#: how many tokens after a kicker are kept in one sentence at most (a headline's length)
NEWS_HOLD_TOKENS = 25
#: the last character of a kicker
KICKER_MARKS = frozenset({":", "—", "–", "-", "]"})
#: words of feed flags and sources that may open a dash kicker ("UPDATE 2 —", "LIVE —")
FLAG_WORDS = frozenset(
    {"breaking", "update", "live", "flash", "developing", "urgent", "alert", "latest", "just"}
    | {"in", "overnight", "today", "tonight", "day", "morning", "evening", "per", "local"}
    | {"sources", "source", "media", "reports", "video", "photos", "watch", "new"}
)
#: how far into a line a kicker's mark may be, in characters, and the marks looked for
_OPENING_CHARS = 90
_OPENING_MARKS = (":", " -", "—", "–", "[")
_REPORTS = ("reports", "report ")
_CLOSING_MARKS = tuple(KICKER_MARKS)
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBP", "VBZ", "MD"})


def kicker_ends(doc: Any) -> list[int]:
    """Indices of the tokens (a colon or a dash) that end a kicker, one per line at most; the
    doc must be tagged (the kicker has no verb). Only lines whose opening characters hold a
    mark a kicker ends with are tokenised (running text rarely has one)."""
    out: list[int] = []
    start = 0
    for text in doc.text.split("\n"):
        end = start + len(text)
        head = text.lstrip()[:_OPENING_CHARS]
        if any(mark in head for mark in _OPENING_MARKS) or head[:7].lower() in _REPORTS:
            span = doc.char_span(start, end, alignment_mode="expand")
            line = [t for t in span if not t.is_space] if span is not None else []
            if (found := _line_kicker(line)) is not None:
                out.append(found)
        start = end + 1
    return out


def hold_news(doc: Any, kicker: int) -> None:
    """Keep the first words of the news after a kicker in one sentence, up to its first
    sentence mark, semicolon or colon (a timeline runs on: "... warrant; long legal battle
    ... March 2000: ...") and at most a headline's length: the model, given a sentence start
    after the kicker, would otherwise often split the headline again ("gang | kidnaps 6
    nuns"). A semicolon there starts the line's next item. Boundaries other rules set are
    kept."""
    for tok in doc[kicker + 2 : kicker + 2 + NEWS_HOLD_TOKENS]:
        if tok.is_sent_start or "\n" in doc[tok.i - 1].text_with_ws:
            return
        if doc[tok.i - 1].text in (".", "!", "?", ";", ":"):
            if doc[tok.i - 1].text == ";":
                tok.is_sent_start = True  # a feed line's next item
            return
        tok.is_sent_start = False


def is_kicker_sentence(text: str) -> bool:
    """A sentence's text is only a feed line's kicker ("Chess Olympiad:", "Plateau —",
    "[Pokrovsk]"): a few words ending with a kicker's mark."""
    words = text.split()
    return bool(words) and len(words) <= KICKER_MAX_WORDS + 1 and words[-1][-1:] in KICKER_MARKS


def _line_kicker(line: list[Any], *, alone: bool = False) -> int | None:
    """The index of the token ending ``line``'s kicker; with ``alone``, ``line`` is a sentence
    already set apart and may end with its kicker."""
    if line and line[0].text == "[":
        return _bracket_kicker(line, alone=alone)
    if len(line) > 2 and line[0].lower_ in ("reports", "report") and line[1].lower_ == "of":
        # "Reports of drone strike on X market": the news is what is reported
        news = sum(t.is_alpha or t.like_num for t in line[2:])
        return int(line[1].i) if news >= MIN_NEWS_WORDS and not alone else None
    words = 0
    for n, tok in enumerate(line):
        words += not tok.is_punct
        if words > KICKER_MAX_WORDS:
            return None
        colon = tok.text.endswith(":") and tok.text.strip("():") == ""
        dash = tok.text in KICKER_DASHES and bool(tok.whitespace_) and n > 0
        if not (colon or dash):
            continue
        before, after = line[:n], line[n + 1 :]
        news = sum(t.is_alpha or t.like_num for t in after)
        if not before or (news < MIN_NEWS_WORDS and not (alone and not after)):
            return None
        if len(after) > MAX_LINE_TOKENS:
            return None  # a long paragraph ("Congressional Record: November 19, ..."): prose
        if any(t.tag_ in _VERB_TAGS for t in before if not _time(t)):
            return None
        if dash and not all(_label_word(t) for t in before):
            return None
        if dash and _dateline(before):
            return None  # "HANOI -", "JOS —": the dateline is read with its sentence
        return int(tok.i)
    return None


def _bracket_kicker(line: list[Any], *, alone: bool) -> int | None:
    """A place, time or flag in square brackets opening the line ("[Pokrovsk] Russian assault
    groups push on ...", "[14:05]"): the index of its closing bracket."""
    for n, tok in enumerate(line[1 : KICKER_MAX_WORDS + 2], start=1):
        if tok.text != "]":
            continue
        news = sum(t.is_alpha or t.like_num for t in line[n + 1 :])
        if n == 1 or (news < MIN_NEWS_WORDS and not (alone and n + 1 == len(line))):
            return None
        inner = line[1:n]
        label = " ".join(t.text for t in inner if not t.is_punct)
        placed = place_country(label) is not None or label.lower() in FLAG_WORDS
        if not placed and not all(_time(t) or t.is_punct for t in inner):
            return None  # "[Boeing] to put pressure on ...": an editor's insertion
        return int(tok.i)
    return None


def _dateline(before: list[Any]) -> bool:
    """Words in capitals that are no feed flag: a wire dateline ("BANGKOK -")."""
    names = [t for t in before if t.is_alpha]
    return bool(names) and all(t.is_upper and t.lower_ not in FLAG_WORDS for t in names)


def _time(tok: Any) -> bool:
    """A clock time ("09:40", "23:50") or a number."""
    return bool(tok.like_num) or (":" in tok.text and tok.text.replace(":", "").isdigit())


def _label_word(tok: Any) -> bool:
    """A word a dash kicker may hold: a name (tagged as one, or a place the gazetteer knows),
    a number or time, a flag word, a hash or punctuation inside the label ("Belgrade (Sat.)",
    "Tillabéri, Fambita"); not a capitalised common noun ("Police -- who had ...")."""
    text = tok.text
    name = text[:1].isupper() and (tok.tag_ in ("NNP", "NNPS") or place_country(text) is not None)
    return _time(tok) or tok.is_punct or text == "#" or name or text.lower() in FLAG_WORDS


def kicker_places(doc: Any, known: Callable[[str], str | None]) -> list[tuple[int, int, str]]:
    """Token ranges and countries of the place names of the parsed doc's kicker sentences
    ("Tillabéri, Fambita:", "[Pokrovsk]"), which the recogniser often leaves untagged or
    takes for people: each run of capitalised words between commas, brackets and hashes that
    ``known`` (a gazetteer lookup) places in a country; and the place tags of the text
    ("#Manipur", "#WestBank")."""
    out: list[tuple[int, int, str]] = []
    for sent in doc.sents:
        if not doc[sent.end - 1].text.endswith(_CLOSING_MARKS) and not doc[sent.end - 1].is_space:
            continue  # (a kicker sentence ends with its mark)
        words = [t for t in sent if not t.is_space]
        if not words or _line_kicker(words, alone=True) != words[-1].i:
            continue
        run: list[Any] = []
        for tok in [*words[:-1], None]:
            if tok is not None and tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text):
                run.append(tok)
                continue
            code = known(" ".join(t.text for t in run)) if run else None
            if code is not None:
                out.append((run[0].i, run[-1].i + 1, code))
            run = []
    tags = doc[:-1] if "#" in doc.text else ()
    for tok in tags:  # a place tag anywhere: "... 2 injured. #Manipur"
        name = doc[tok.i + 1]
        tagged = tok.text == "#" and not tok.whitespace_ and name.text[:1].isupper()
        code = _tag_place(name.text, known) if tagged else None
        if code is not None and all(start != name.i for start, _, _ in out):
            out.append((name.i, name.i + 1, code))
    return sorted(out)


def _tag_place(tag: str, known: Callable[[str], str | None]) -> str | None:
    """The country of a hashtag that names a place, also in camel case ("#Manipur",
    "#WestBank")."""
    words = re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])", tag)
    return known(tag) or (known(" ".join(words)) if len(words) > 1 else None)


__all__ = [
    "KICKER_DASHES",
    "KICKER_MARKS",
    "KICKER_MAX_WORDS",
    "hold_news",
    "is_kicker_sentence",
    "kicker_ends",
    "kicker_places",
]
