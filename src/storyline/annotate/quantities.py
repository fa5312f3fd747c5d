"""Quantities: numbers in the text and the noun they count, read from the dependency parse.

A quantity is a run of number tokens ("103", "2,000", "1.5 million", "twenty - five", "a
dozen") or a vague number word ("dozens" = 24, "scores" = 40, "hundreds" = 200, "thousands" =
2000, "millions"; "tens/hundreds of thousands" multiply), optionally a range ("between 40 and 50",
"40 to 50") and a modifier on its left:

* lower bounds -- "more than", "over", "at least", "upwards of": ``low`` = value, vague;
* upper bounds -- "up to", "fewer/less than", "at most", "nearly", "almost": ``high`` = value,
  vague;
* approximations -- "about", "around", "some", "roughly", "approximately": vague.

Vague number words give their lower bound as ``value`` and ``low``. A range gives ``low``,
``high`` and ``value`` = ``low``.

The counted noun is the head of the number when it is a ``nummod`` ("103 prisoners", "225 other
detainees"), else the object of a partitive "of" ("thousands of arrests", "12 of the
prisoners"); none otherwise. Skipped: percentages, money, ordinals, clock times, numbers inside
names (ORG, LAW ...), and dates -- except a duration ("72 hours"), kept with its unit noun.
"""

from __future__ import annotations

import re
from typing import Any

from storyline.records import Quantity, stable_id

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")
_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_VAGUE = {
    "dozens": 24, "scores": 40, "tens": 20, "hundreds": 200, "thousands": 2_000,
    "millions": 2_000_000, "billions": 2_000_000_000,
}  # fmt: skip
_VAGUE_SCALE = {"thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000}
_NUMBER_WORDS = frozenset({*_UNITS, *_SCALES, *_VAGUE, "dozen"})
_LOWER = (("more", "than"), ("over",), ("at", "least"), ("upwards", "of"), ("in", "excess", "of"))
_UPPER = (("up", "to"), ("fewer", "than"), ("less", "than"), ("at", "most"), ("nearly",))
_UPPER_MORE = (("almost",), ("under",))
_ABOUT = (("about",), ("around",), ("some",), ("roughly",), ("approximately",), ("an", "estimated"))
_SKIP_ENTS = frozenset({"PERCENT", "MONEY", "ORDINAL"})
_NAME_ENTS = frozenset(
    {"ORG", "LAW", "PRODUCT", "FAC", "GPE", "PERSON", "EVENT", "WORK_OF_ART", "NORP", "LOC"}
)
_DURATION_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
)
_RANGE_LINKS = frozenset({"to", "-", "–", "and"})


def _numberish(tok: Any) -> bool:
    return bool(tok.like_num) or tok.lower_ in _NUMBER_WORDS


def parse_number(words: list[str]) -> float | None:
    """Value of number words and digits: "2,000" -> 2000, "1.5 million", "twenty - five"."""
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if _DIGITS.fullmatch(word):
            current += float(word.replace(",", ""))
        elif word in _UNITS:
            current += _UNITS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALES:
            total, current = total + (current or 1) * _SCALES[word], 0.0
        elif word == "dozen":
            current = (current or 1) * 12
        elif word in ("a", "an", "-", "and"):
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


def _joins(prev: Any, tok: Any) -> bool:
    """Whether ``tok`` continues the number ending in ``prev`` ("1.5 million", "three hundred")."""
    word = tok.lower_
    if prev.lower_ in _VAGUE:
        return False
    if word in _SCALES or word == "dozen":
        return True
    if _DIGITS.fullmatch(prev.text) or _DIGITS.fullmatch(tok.text):
        return False
    return word in _UNITS


def _run_end(doc: Any, i: int) -> int:
    """End (exclusive) of the run of number tokens starting at ``i``."""
    j = i + 1
    while j < len(doc):
        tok, nxt = doc[j], doc[j + 1] if j + 1 < len(doc) else None
        if _joins(doc[j - 1], tok):
            j += 1
        elif (
            tok.text == "-"
            and nxt is not None
            and nxt.lower_ in _UNITS
            and doc[j - 1].lower_ in _UNITS
        ):
            j += 2  # "twenty - five"
        elif (
            tok.lower_ == "of"
            and doc[j - 1].lower_ in _VAGUE
            and nxt is not None
            and nxt.lower_ in _VAGUE_SCALE
        ):
            j += 2
        else:
            break
    return j


def _run_value(doc: Any, start: int, end: int) -> tuple[float | None, bool]:
    words = [t.lower_ for t in doc[start:end]]
    if words[0] in _VAGUE:
        value = float(_VAGUE[words[0]])
        for word in words[1:]:
            if word in _VAGUE_SCALE:
                value *= _VAGUE_SCALE[word]
        return value, True
    return parse_number(words), False


def _modifier(doc: Any, start: int) -> tuple[int, str | None]:
    """Start of a bounding/approximating modifier before ``start`` and its kind."""
    for kind, patterns in (
        ("low", _LOWER),
        ("high", _UPPER + _UPPER_MORE),
        ("about", _ABOUT),
        ("range", (("between",),)),
    ):
        for pattern in patterns:
            n = len(pattern)
            if start - n >= 0 and tuple(t.lower_ for t in doc[start - n : start]) == pattern:
                return start - n, kind
    return start, None


def _range_end(doc: Any, end: int, value: float, kind: str | None) -> tuple[int, float | None]:
    """End and upper value of "X to Y" / "between X and Y", or (end, None)."""
    if end + 1 >= len(doc) or doc[end].lower_ not in _RANGE_LINKS:
        return end, None
    if not _numberish(doc[end + 1]) or (doc[end].lower_ == "and" and kind != "range"):
        return end, None
    second = _run_end(doc, end + 1)
    upper, _ = _run_value(doc, end + 1, second)
    if upper is None or upper <= value:
        return end, None
    return second, upper


def _root(doc: Any, start: int, end: int) -> Any:
    numbers = [t for t in doc[start:end] if _numberish(t)]
    for tok in numbers:
        if not start <= tok.head.i < end:
            return tok
    return numbers[-1]


def counted_noun(tok: Any) -> Any | None:
    """The noun a number counts: its ``nummod`` head or the object of a partitive "of"."""
    if tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
        return tok.head
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return obj
    return None


def _skip(doc: Any, start: int, end: int, value: float, noun: Any | None) -> bool:
    tokens = doc[start:end]
    if any(t.ent_type_ in ("DATE", "TIME") for t in tokens):
        return noun is None or noun.lemma_.lower() not in _DURATION_UNITS
    after = doc[end].lower_ if end < len(doc) else ""
    if after in ("%", "percent", "per", "pc"):
        return True
    if len(tokens) == 1 and len(tokens[0].text) == 4 and 1800 <= value <= 2100:
        before = doc[start - 1] if start > 0 else None
        if noun is None or (before is not None and before.dep_ in ("det", "poss")):
            return True  # a year outside a DATE entity ("in 2004", "the 2004 qualifiers")
    root = _root(doc, start, end)
    if noun is None and root.dep_ == "nummod" and root.head.i < root.i:
        return True  # a number naming the noun before it: "Resolution 2231", "Flight 370"
    return noun is None and tokens[0].lower_ == "one"


def _make(doc: Any, article_id: str, sent_of: list[int], i: int) -> tuple[Quantity | None, int]:
    """The quantity starting at token ``i`` (or None) and the index after it."""
    end = _run_end(doc, i)
    value, vague = _run_value(doc, i, end)
    if value is None:
        return None, end
    first = i
    if i > 0 and doc[i - 1].lower_ in ("a", "an") and doc[i].lower_ in (*_SCALES, "dozen"):
        first = i - 1
    first, kind = _modifier(doc, first)
    last, upper = _range_end(doc, end, value, kind)
    low, high = (value, upper) if upper is not None else (None, None)
    if kind == "range" and upper is None:
        first, kind = i, None  # "between" without a second number
    vague = vague or kind is not None or upper is not None
    if kind == "low" or (vague and low is None and kind is None):
        low = value
    elif kind == "high":
        high = value
    noun = counted_noun(_root(doc, i, last))
    if _skip(doc, i, last, value, noun):
        return None, last
    return _record(doc, article_id, sent_of, (first, last), (value, low, high, vague), noun), last


def _record(
    doc: Any,
    article_id: str,
    sent_of: list[int],
    span: tuple[int, int],
    values: tuple[float, float | None, float | None, bool],
    noun: Any | None,
) -> Quantity:
    chars = doc[span[0] : span[1]]
    value, low, high, vague = values
    return Quantity(
        id=stable_id(article_id, "q", str(chars.start_char), str(chars.end_char)),
        article_id=article_id,
        sentence=sent_of[span[0]],
        start=chars.start_char,
        end=chars.end_char,
        text=chars.text,
        value=value,
        low=low,
        high=high,
        vague=vague,
        noun=noun.lemma_.lower() if noun is not None else None,
        noun_text=noun.text if noun is not None else None,
        noun_start=noun.idx if noun is not None else None,
        noun_end=noun.idx + len(noun.text) if noun is not None else None,
    )


def find_quantities(doc: Any, article_id: str, sent_of: list[int]) -> list[Quantity]:
    """Quantities of one parsed article, in text order."""
    found: list[Quantity] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not _numberish(tok) or tok.ent_type_ in _SKIP_ENTS or tok.ent_type_ in _NAME_ENTS:
            i += 1
            continue
        quantity, i = _make(doc, article_id, sent_of, i)
        if quantity is not None:
            found.append(quantity)
    return found
