"""Where an event happened: the place phrase its clause attaches to the trigger.

A place counts when it is the object of a locative preposition ("in", "at", "near", "through",
"along" ...) that hangs on the trigger (or its light verb or particle) directly, or through the
phrases the trigger governs: "detained a journalist at his home in Tunis", "staged a go-slow on
Reforma avenue in Mexico City", "blocked streets in Bangkok". Direct attachment wins over nested,
nearer over farther. A place is a place mention of the annotate stage, or a proper noun the
recogniser missed that the gazetteer knows ("squatted on the tracks at Jalandhar").
"""

from __future__ import annotations

from storyline.annotate.actors import country_of, is_country_name, place_country, place_of
from storyline.annotate.gazetteer import DESIGNATORS
from storyline.events.graph import Parse
from storyline.records import AnnotatedArticle, EventLocation, Mention, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = frozenset(
    {"in", "at", "near", "outside", "across", "throughout", "inside", "around", "through"}
    | {"along", "into", "on"}
)
# recogniser labels a place name is often given in African and Asian news ("in Sokoto" as a
# person, "in Bokkos" as an organisation)
MISREAD_PLACE_LABELS = frozenset({"PERSON", "ORG"})
# nouns after a place name that make it one ("the Bijapur district", "Zamfara community")
PLACE_NOUNS = DESIGNATORS | {"community", "area", "locality", "neighbourhood", "quarter", "axis"}
# links followed down from the trigger to the phrase holding a place
NESTING_DEPS = frozenset({"prep", "pobj", "dobj", "npadvmod", "appos"})
MAX_HOPS = 4


class LocationFinder:
    def __init__(self, article: AnnotatedArticle, parse: Parse) -> None:
        self.parse = parse
        self.mentions = article.mentions
        self.places = [m for m in article.mentions if m.label in PLACE_LABELS]
        self._sole: dict[int | None, EventLocation | None] = {}  # per sentence (None: text)

    def location(
        self, scope: set[int], sentence: int, taken: set[int], *, sole: bool = False
    ) -> EventLocation | None:
        """The first place attached to the tokens of ``scope`` (see the module docstring); with
        ``sole`` (acts done where they happen), else the sentence's places when they all lie in
        one country."""
        first = None
        for tok in self._candidates(scope):
            if tok.i in taken or tok.sentence != sentence:
                continue
            found = self._place_at(tok)
            if found is not None and found.country is not None:
                return found
            first = first or found  # "on Reforma avenue in Mexico City": the city has a country
        return (self._sole_place(sentence) if sole else None) or first

    def text_place(self) -> EventLocation | None:
        """The country of the whole text's places when they all lie in one (no span: where
        an event is inferred, not read)."""
        found = self._sole_place(None)
        if found is None:
            return None
        return EventLocation(found.place, found.country, resolution=found.resolution)

    def _sole_place(self, sentence: int | None) -> EventLocation | None:
        """The first place of ``sentence`` when every place it names that the gazetteer knows
        lies in one country: the parse did not tie the place to the trigger ("abducted pupils
        from a school in Kuriga, Kaduna State"; "killed ... in the village of Mamove in the
        territory of Beni"), but a sentence about one country's places happened there."""
        if sentence not in self._sole:
            self._sole[sentence] = self._one_country_place(sentence)
        return self._sole[sentence]

    def _one_country_place(self, sentence: int | None) -> EventLocation | None:
        found = [
            (m, code)
            for m in self.mentions
            if sentence in (None, m.sentence)
            and (m.label in PLACE_LABELS or self._placed(m))
            and (code := m.country or place_country(m.text))
        ]
        owned = {m.start for m, _ in found if self._owner_country(m) is not None}
        found = [(m, code) for m, code in found if m.start not in owned]  # "Honiara's Chinatown"
        if not found or len({code for _, code in found}) > 1:
            return None
        m, code = found[0]
        return _location(m.text, code, m.start, m.end)

    def _placed(self, m: Mention) -> bool:
        """A name the recogniser took for a person or an organisation that the sentence uses
        as a place: the object of a locative preposition or of "of" ("in Sokoto", "the
        territory of Beni"), or the name before a place word ("the Bijapur district")."""
        if m.label not in MISREAD_PLACE_LABELS:
            return False
        toks = [t for t in self.parse.sentence_tokens(m.sentence) if m.start <= t.start < m.end]
        if not toks:
            return False
        last = toks[-1]
        head = self.parse.head(last.i)
        if head is None:
            return False
        if last.dep == "pobj":
            return head.text.lower() in PLACE_PREPS or head.text.lower() == "of"
        return last.dep == "compound" and head.lemma.lower() in PLACE_NOUNS

    def _candidates(self, scope: set[int]) -> list[Token]:
        """Objects of locative prepositions under ``scope``, breadth-first (nearest first)."""
        p = self.parse
        out: list[Token] = []
        level = [p[i] for i in sorted(scope)]
        seen = set(scope)
        for _ in range(MAX_HOPS):
            nxt = []
            for tok in level:
                for c in p.children(tok.i):
                    if c.i in seen or c.dep not in NESTING_DEPS:
                        continue
                    seen.add(c.i)
                    nxt.append(c)
                    head = p.head(c.i)
                    if c.dep == "pobj" and head is not None and head.text.lower() in PLACE_PREPS:
                        out.append(c)
            level = nxt
        return out

    def _owner_country(self, m: Mention) -> str | None:
        """The country of the place that owns place ``m`` in a possessive ("Honiara's
        Chinatown": a quarter named like a town elsewhere lies in the city that owns it)."""
        toks = [t for t in self.parse.sentence_tokens(m.sentence) if m.start <= t.start < m.end]
        if not toks:
            return None
        for c in self.parse.children(toks[-1].i, "poss"):
            for o in self.places:
                inside = o is not m and o.start <= c.start < o.end
                if inside and (code := o.country or country_of(o.text)):
                    return code
        return None

    def _place_at(self, tok: Token) -> EventLocation | None:
        for m in self.places:
            if m.start <= tok.start < m.end:
                code = self._owner_country(m) or m.country or country_of(m.text)
                return _location(m.text, code, m.start, m.end)
        if tok.pos != "PROPN" or tok.ent_type in ("ORG", "NORP"):
            return None  # (a PERSON tag on the object of "near"/"in" is often a missed place)
        names = [t for t in self.parse.children(tok.i, "compound") if t.pos == "PROPN"]
        start = min([tok, *names], key=lambda t: t.i)
        text = self.parse.text_span(start.i, tok.i)
        phrase = " ".join(self.parse[k].text for k in range(start.i, tok.i + 1))
        code = place_country(phrase)
        return _location(phrase, code, *text) if code is not None else None


def _location(place: str, code: str | None, start: int, end: int) -> EventLocation:
    return EventLocation(place, code, resolution=_level(place, code), start=start, end=end)


def _level(place: str, code: str | None) -> str | None:
    """How precise a place is: a country, a first-level region, or a city or town."""
    if code is None:
        return None
    if is_country_name(place):
        return "country"
    found = place_of(place)
    if found is None:
        return None
    return "admin1" if found.kind in ("region", "state", "territory") else "city"


__all__ = ["LocationFinder"]
