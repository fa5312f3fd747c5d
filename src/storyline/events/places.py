"""Where a party acts: the country of the place a clause or a noun phrase is located in.

Used for parties the text does not qualify by a country:

* :meth:`PlaceFinder.clause_country` -- an unresolved domestic party takes the country of the
  place its clause happens in ("the ruling council imposed a curfew across Mali",
  "police dispersed the crowd in Lagos", or where its object is: "blocked streets in Bangkok");
  not for verbs of travel ("arrived in Amman": the visitor is foreign to the place).
* :meth:`PlaceFinder.where` -- a weapon or attack with no stated operator ("a roadside bomb near
  the town of Samarra", "an explosive device outside the Iraqi city of Basra") is placed by its
  own locative phrase, else by its clause.
* :meth:`PlaceFinder.home_country_except` -- an ethnic group lives in the article's main country
  other than the one its name comes from ("ethnic Albanians" in an article about Serbia).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from storyline.events.graph import Parse
from storyline.records import Mention, Token

LOCATIVE = ("in", "inside", "across", "throughout", "within")
NEAR = ("in", "near", "outside", "at", "around", "inside", "on", "across", "throughout")
TRAVEL_VERBS = frozenset(
    {"arrive", "visit", "travel", "fly", "go", "come", "return", "land", "reach", "tour"}
    | {"head", "leave", "depart", "stop", "meet", "host", "welcome", "receive", "flee"}
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj"})
TIME_MARKS = frozenset({"when", "as", "while"})


class PlaceFinder:
    def __init__(
        self,
        parse: Parse,
        mentions: Sequence[Mention],
        country: Callable[[Mention], str | None],
    ) -> None:
        self.parse = parse
        self.mentions = [m for m in mentions if m.label in PLACE_LABELS]
        self.country = country

    def _token_country(self, tok: Token) -> str | None:
        for m in self.mentions:
            if m.start < tok.end and tok.start < m.end and (code := self.country(m)):
                return code
        return None

    def _place_country(self, obj: Token) -> str | None:
        """Country of a place phrase: its head ("in Haiti"), a country word qualifying it ("the
        Iraqi city of Basra") or its of-complement ("the town of Samarra")."""
        p = self.parse
        if obj.ent_type in ("GPE", "LOC", "FAC") and (code := self._token_country(obj)):
            return code
        for tok in p.prep_objects(obj.i, ("of",)) + p.children(obj.i, "amod", "compound"):
            if tok.ent_type in PLACE_LABELS and (code := self._token_country(tok)):
                return code
        return None

    def _prep_country(self, tok: Token, preps: tuple[str, ...]) -> str | None:
        p = self.parse
        objs = p.prep_objects(tok.i, preps)
        for prep in p.children(tok.i, "prep", "advmod"):  # "outside of X", "near to X"
            if prep.text.lower() in preps:
                objs += p.prep_objects(prep.i, ("of", "to"))
        for obj in objs:
            if (code := self._place_country(obj)) is not None:
                return code
        return None

    def clause_country(self, head: Token) -> str | None:
        """The country of the place the clause of a subject or object ``head`` happens in (its
        verb's place, else that of a time clause on it: "killed 20 people when ... in X")."""
        verb = self.parse.head(head.i)
        if head.dep not in SUBJECTS | OBJECTS or verb is None or verb.pos not in ("VERB", "AUX"):
            return None
        if verb.lemma.lower() in TRAVEL_VERBS:
            return None
        if (code := self._prep_country(verb, LOCATIVE)) is not None:
            return code
        if head.dep in SUBJECTS:
            return self._object_place(verb)
        for clause in self.parse.children(verb.i, "advcl"):
            marks = {m.text.lower() for m in self.parse.children(clause.i, "mark", "advmod")}
            if marks & TIME_MARKS and (code := self._prep_country(clause, LOCATIVE)):
                return code
        return None

    def _object_place(self, verb: Token) -> str | None:
        """The place the object of a verb is in, where the parser hung it on the object
        ("blocked streets in Bangkok", "declared a state of emergency in Mali")."""
        p = self.parse
        for obj in p.children(verb.i, "dobj"):
            for holder in [obj, *p.prep_objects(obj.i, ("of",))]:
                if (code := self._prep_country(holder, LOCATIVE)) is not None:
                    return code
        return None

    def where(self, head: Token) -> str | None:
        """The country where a weapon or attack ``head`` struck (its phrase, then its clause)."""
        if (code := self._prep_country(head, NEAR)) is not None:
            return code
        verb = self.parse.head(head.i)
        if verb is not None and verb.pos in ("VERB", "AUX"):
            return self._prep_country(verb, NEAR)
        return None

    def home_country_except(self, code: str) -> str | None:
        """The most named country other than ``code``, when one leads."""
        counts = Counter(c for m in self.mentions if (c := self.country(m)) and c != code)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]


__all__ = ["PlaceFinder"]
