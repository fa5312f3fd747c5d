"""Error injection for the rewrite-checker evaluation: one deliberate error per rewrite.

Every injector reads the annotations of a source article and returns one :class:`Edit` (a char
span of the source text and its replacement) or None when the article offers nothing to change.
Choices come from a ``random.Random`` seeded per article and kind, so runs are reproducible.

Kinds:

- ``number``: a counted number (digits or a number word, not a year) gets a value the source
  never gives for that noun;
- ``title``: a person's stated title becomes another person's title from the same article
  (swapped), or a title from :data:`INVENTED_TITLES`, or a person named without a title gets one;
- ``quote``: one word of a quotation is replaced, dropped or negated;
- ``date``: the day, month, year or weekday of a resolved date moves;
- ``actors``: the actor and recipient of an event swap places in its sentence;
- ``negation``: an event's verb is negated ("released" -> "did not release").
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from storyline.check.align import Doc
from storyline.check.base import Analyzed
from storyline.check.claims import _QUOTE
from storyline.check.lexicon import noun_class, same_noun
from storyline.records import Event, EventEntity, Mention, Quantity, Token

MAX_GAP_WORDS = 6  # actors swapped only when at most this many words stand between them
ERROR_KINDS = ("number", "title", "quote", "date", "actors", "negation")
INVENTED_TITLES = (
    "defence minister", "head of the electoral council", "army chief", "central bank governor",
    "foreign minister", "mayor of the capital", "chief prosecutor", "opposition leader",
    "police commissioner", "health minister",
)  # fmt: skip
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12,
}  # fmt: skip
_QUOTE_SWAPS = {
    "will": "might", "not": "now", "never": "always", "all": "some", "must": "could",
    "we": "they", "our": "their", "is": "was", "are": "were", "no": "any", "can": "cannot",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Edit:
    kind: str
    start: int
    end: int
    replacement: str

    def apply(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]


Injector = Callable[[Analyzed, Doc, random.Random], Edit | None]


def _format(value: float, like: str) -> str:
    number = int(value) if float(value).is_integer() else round(value, 1)
    return f"{number:,}" if "," in like or number >= 10_000 else str(number)


def _new_value(q: Quantity, taken: set[float], rng: random.Random) -> float:
    """A value the source does not give for the noun, moved so that the source no longer
    entails it: up for a lower bound ("at least 20" -> "at least 40"), down for an upper one."""
    value = q.value or 1.0
    up = [value * 2, value * 3, value + max(2, round(value * 0.4))]
    down = [max(1.0, value // 2), max(1.0, value // 3)]
    options = up if q.low is not None else down if q.high is not None else up + down
    rng.shuffle(options)
    return next((v for v in options if v not in taken and v != value), value * 5)


def inject_number(item: Analyzed, doc: Doc, rng: random.Random) -> Edit | None:
    quantities = [
        q for q in item.annotated.quantities
        if q.noun and q.value and not (1800 <= q.value <= 2100)
        and (len(_DIGITS.findall(q.text)) == 1 or q.text.lower().split()[-1] in _NUMBER_WORDS)
    ]  # fmt: skip
    if not quantities:
        return None
    q = rng.choice(quantities)
    assert q.value is not None
    taken = {
        s.value for s in item.annotated.quantities
        if s.value is not None and same_noun(noun_class(s.noun), noun_class(q.noun))
    }  # fmt: skip
    new = _new_value(q, taken, rng)
    match = _DIGITS.search(q.text)
    if match is not None:
        return Edit(
            "number", q.start + match.start(), q.start + match.end(), _format(new, match.group())
        )
    word = q.text.split()[-1]
    start = q.start + q.text.rfind(word)
    return Edit("number", start, start + len(word), _format(new, ""))


_SMALL_WORDS = frozenset({"of", "the", "in", "for", "and", "on", "at", "to"})


def _styled(role: str, like: str) -> str:
    """The role in the case of the title it replaces ("Foreign Minister" / "foreign minister")."""
    if not like[:1].isupper():
        return role
    return " ".join(w if w in _SMALL_WORDS else w[:1].upper() + w[1:] for w in role.split())


def _role_people(item: Analyzed) -> list[Mention]:
    return [
        m for m in item.annotated.mentions
        if m.label == "PERSON" and m.role and m.role_start is not None and m.role_end is not None
    ]  # fmt: skip


_PRENOMINAL_HEADS = frozenset(
    {"minister", "president", "leader", "chief", "governor", "general", "commissioner",
     "prosecutor", "spokesman", "spokeswoman", "secretary", "ambassador", "mayor", "judge"}
)  # fmt: skip


def _prenominal(role: str) -> bool:
    """A title that reads well before a name ("Foreign Minister"; not "head of the council")."""
    words = role.lower().split()
    return len(words) <= 3 and words[-1] in _PRENOMINAL_HEADS and not set(words) & _SMALL_WORDS


def _role_set(role: str, doc: Doc, m: Mention) -> set[str]:
    """Lowercase role words without country words (a swap must change more than the country)."""
    countries = {
        t.text.lower() for t in doc.tokens
        if m.role_start is not None and m.role_end is not None
        and m.role_start <= t.start < m.role_end and t.ent_type in ("GPE", "NORP")
    }  # fmt: skip
    return {w for w in role.lower().split() if w not in countries}


def inject_title(item: Analyzed, doc: Doc, rng: random.Random) -> Edit | None:
    stated = _role_people(item)
    if stated:
        m = rng.choice(stated)
        assert m.role and m.role_start is not None and m.role_end is not None
        own = {
            w for x in stated if x.canonical == m.canonical for w in _role_set(x.role or "", doc, x)
        }
        others = [
            x.role for x in stated
            if x.canonical != m.canonical and x.role and not _role_set(x.role, doc, x) <= own
        ]  # fmt: skip
        prenominal = not item.text[m.role_end : m.start].strip()
        pool = others or [t for t in INVENTED_TITLES if not set(t.split()) <= own]
        if prenominal:
            pool = [r for r in pool if _prenominal(r)] or [
                t for t in INVENTED_TITLES if _prenominal(t) and not set(t.split()) <= own
            ]
        role = rng.choice(sorted(set(pool)))
        like = item.text[m.role_start : m.role_end]
        return Edit("title", m.role_start, m.role_end, _styled(role, like))
    bare = [
        m for m in item.annotated.mentions
        if m.label == "PERSON" and not m.role and " " in (m.canonical or "")
        and m.text == m.canonical and not _after_word(item.text, m.start)
    ]  # fmt: skip
    if not bare:
        return None
    m = rng.choice(bare)
    role = rng.choice(INVENTED_TITLES)
    return Edit("title", m.start, m.start, _styled(role, "X") + " ")


def _after_word(text: str, start: int) -> bool:
    """The name follows a capitalised word or a byline "By" (a title would not fit there)."""
    before = text[max(0, start - 30) : start].split()
    return bool(before) and (before[-1][:1].isupper() or before[-1].lower() == "by")


def inject_quote(item: Analyzed, doc: Doc, rng: random.Random) -> Edit | None:
    quotes = []
    for match in _QUOTE.finditer(item.text):
        group = next(g for g in ("a", "b", "c") if match.group(g) is not None)
        words = list(re.finditer(r"[A-Za-z]+", match.group(group)))
        if len(words) >= 3:
            quotes.append((match.start(group), words))
    if not quotes:
        return None
    offset, words = rng.choice(quotes)
    swaps = [w for w in words if w.group().lower() in _QUOTE_SWAPS]
    if swaps:
        w = rng.choice(swaps)
        new = _QUOTE_SWAPS[w.group().lower()]
        new = new.capitalize() if w.group()[0].isupper() else new
        return Edit("quote", offset + w.start(), offset + w.end(), new)
    w = max(words[1:-1], key=lambda x: (len(x.group()), -x.start()))
    return Edit("quote", offset + w.start() - 1, offset + w.end(), "")  # drop " word"


def _shift_date(text: str, rng: random.Random) -> str | None:
    for i, month in enumerate(_MONTHS):
        m = re.search(rf"\b{month}\b", text)
        if m is None:
            continue
        day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", text)
        if day is not None and 1 <= int(day.group(1)) <= 31:
            old = int(day.group(1))
            new = (old + rng.randint(2, 6) - 1) % 28 + 1 if old <= 28 else old - rng.randint(2, 6)
            return text[: day.start(1)] + str(new) + text[day.end(1) :]
        other = _MONTHS[(i + rng.randint(2, 5)) % 12]
        return text[: m.start()] + other + text[m.end() :]
    year = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", text)
    if year is not None:
        return (
            text[: year.start()] + str(int(year.group()) - rng.randint(1, 3)) + text[year.end() :]
        )
    for i, weekday in enumerate(_WEEKDAYS):
        m = re.search(rf"\b{weekday}\b", text)
        if m is not None:
            other = _WEEKDAYS[(i + rng.randint(2, 4)) % 7]
            return text[: m.start()] + other + text[m.end() :]
    return None


def inject_date(item: Analyzed, doc: Doc, rng: random.Random) -> Edit | None:
    timexes = [t for t in item.annotated.timexes if t.value]
    rng.shuffle(timexes)
    for t in timexes:
        new = _shift_date(t.text, rng)
        if new is not None and new != t.text:
            return Edit("date", t.start, t.end, new)
    return None


_PHRASE_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PART", "CCONJ"})


def _spanned(entities: tuple[EventEntity, ...], doc: Doc) -> EventEntity | None:
    """An entity whose span is a short noun phrase (no verbs, pronouns or prepositions)."""
    for e in entities:
        if e.start is None or e.end is None or len(e.entity_text.split()) > 6:
            continue
        tokens = [t for t in doc.tokens if e.start <= t.start < e.end]
        first = doc.token_at(e.start)
        nominal = any(t.pos in ("NOUN", "PROPN") for t in tokens)
        if (
            nominal
            and first is not None
            and first.start == e.start
            and all(t.pos in _PHRASE_POS for t in tokens)
        ):
            return e
    return None


def _swap_edit(item: Analyzed, a: EventEntity, b: EventEntity) -> Edit | None:
    assert a.start is not None and a.end is not None and b.start is not None and b.end is not None
    first, second = (a, b) if a.start < b.start else (b, a)
    assert first.end is not None and second.start is not None and first.start is not None
    if first.end > second.start:
        return None
    text = item.text
    one, two = text[first.start : first.end], text[second.start : second.end]
    if one.lower() == two.lower():
        return None
    at_start = first.start == 0 or text[max(0, first.start - 2) : first.start].strip() in (".", "")
    new_first = two[0].upper() + two[1:] if at_start and one[:1].isupper() else two
    new_second = (
        one
        if not (at_start and one[:1].isupper() and one.split()[0].lower() in ("the", "a"))
        else one[0].lower() + one[1:]
    )
    middle = text[first.end : second.start]
    return Edit(
        "actors",
        first.start,
        second.end if second.end else first.end,
        new_first + middle + new_second,
    )


def inject_actors(item: Analyzed, doc: Doc, rng: random.Random) -> Edit | None:
    options = []
    for e in item.events:
        a, r = _spanned(e.actor, doc), _spanned(e.recipient, doc)
        if a is None or r is None:
            continue
        if doc.sentence_at(a.start or 0) != doc.sentence_at(r.start or 0):
            continue
        if set(a.entity_text.lower().split()) & set(r.entity_text.lower().split()):
            continue
        first, second = sorted((a, r), key=lambda x: x.start or 0)
        if len(item.text[first.end or 0 : second.start or 0].split()) > MAX_GAP_WORDS:
            continue
        edit = _swap_edit(item, a, r)
        if edit is not None:
            options.append(edit)
    return rng.choice(options) if options else None


def _negated(doc: Doc, verb: Token) -> tuple[int, int, str] | None:
    """The edit that negates ``verb``, or None when it is already negated ("won't accept") or
    is a noun the tagger read as a verb ("laying all the blame")."""
    if any(t.head == verb.i and t.dep == "neg" for t in doc.tokens):
        return None
    before = doc.tokens[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.pos == "DET":
        return None
    auxes = [
        t for t in doc.tokens if t.head == verb.i and t.dep in ("aux", "auxpass") and t.i < verb.i
    ]
    if auxes:
        aux = auxes[0]
        if aux.text.lower() == "to":
            return None
        return aux.end, aux.end, " not"
    forms = {"VBD": "did not", "VBZ": "does not", "VBP": "do not"}
    if verb.tag in forms and verb.lemma.isalpha():
        return verb.start, verb.end, f"{forms[verb.tag]} {verb.lemma.lower()}"
    return None


def inject_negation(item: Analyzed, doc: Doc, rng: random.Random) -> Edit | None:
    options = []
    for e in _candidates(item.events):
        trigger = next((v for v in e.evidence if v.field == "trigger"), None)
        tok = doc.token_at(trigger.start) if trigger else None
        if tok is None or tok.pos != "VERB" or tok.start != trigger.start:  # type: ignore[union-attr]
            continue
        found = _negated(doc, tok)
        if found is not None:
            options.append(Edit("negation", *found))
    return rng.choice(options) if options else None


def _candidates(events: tuple[Event, ...]) -> list[Event]:
    return [e for e in events if not e.negated and (e.actor or e.recipient)]


INJECTORS: dict[str, Injector] = {
    "number": inject_number,
    "title": inject_title,
    "quote": inject_quote,
    "date": inject_date,
    "actors": inject_actors,
    "negation": inject_negation,
}
