"""Size, date, place, modality, context and political relevance of one trigger occurrence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.annotate.kickers import is_kicker_sentence
from storyline.events.arguments import Frame
from storyline.events.graph import Parse
from storyline.events.lexicon import Lexicon
from storyline.events.location import LocationFinder
from storyline.events.passives import is_headline
from storyline.events.select import lead_sentences, unrealized
from storyline.records import (
    AnnotatedArticle,
    EventLocation,
    EventSize,
    Precision,
    Quantity,
    TimeExpr,
    Token,
)

ADVERBIAL_DEPS = frozenset({"prep", "pobj", "npadvmod", "nummod", "compound", "advmod", "tmod"})
_NUMBER = re.compile(r"^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$")
#: units of an age or a span written with hyphens ("a 17-year-old", "a 12-hour siege")
SPANS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})

#: verbs whose object names an act planned or refused, not done ("planning attacks", "rejected
#: talks"; not "set up a blockade", "stopped the march")
OBJECT_GOVERNORS = frozenset(
    {"plan", "plot", "intend", "schedule", "promise", "pledge", "vow", "prepare"}
    | {"refuse", "reject", "deny", "decline"}
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Modality:
    negated: bool
    future: bool
    hypothetical: bool
    would: bool = False  # "would": future in reported speech, else hypothetical
    condition: str | None = None  # "if" / "unless" of a conditional clause on the event
    prepared: bool = False  # "prepared to resume shelling": readied, not yet done


class Attributes:
    """Per-article helper computing the non-argument fields of a frame."""

    def __init__(self, article: AnnotatedArticle, parse: Parse, lexicon: Lexicon) -> None:
        self.article = article
        self.parse = parse
        self.lex = lexicon
        self.places = LocationFinder(article, parse)
        self.aspect = lexicon.modality.get("aspect_verbs", frozenset())
        self.lead = lead_sentences(article)

    # ------------------------------------------------------------------ size
    def size(self, frame: Frame) -> tuple[EventSize, Span] | None:
        kind = self.lex.size_kind(frame.trigger)
        if kind is None:
            return None
        counted = frame.counted
        if frame.trigger.event in ("PROTEST", "MOBILIZE"):
            counted = counted + [self.parse[a.head] for a in frame.actor]
        for tok in counted:
            found = self._quantity_for(tok) or self._numeral_for(tok)
            if found is not None:
                value, vague, text, span = found
                return EventSize(kind, value, vague, text), span
        return None

    def _quantity_for(self, tok: Token) -> tuple[float | None, bool, str, Span] | None:
        lo, hi = self.parse.phrase_bounds(tok.i)
        start, end = self.parse.text_span(lo, hi)
        for q in self.article.quantities:
            if q.sentence != tok.sentence or q.value is None or self._age(q):
                continue
            if _counts(q, tok) or (start <= q.start and q.end <= end):
                return q.value, q.vague, q.text, Span(q.start, q.end)
        return None

    def _age(self, q: Quantity) -> bool:
        """An age or a span written with hyphens ("killing a 17-year-old", "a 12-hour siege"):
        a fact about one person or the time, not how many were hit."""
        after = self.article.article.text[q.end : q.end + 12].lower()
        return after.startswith("-") and after[1:].split("-")[0].rstrip("s") in SPANS

    def _numeral_for(self, tok: Token) -> tuple[float | None, bool, str, Span] | None:
        """Fallback when the annotator gave no quantities: a plain numeral modifying the noun."""
        if self.article.quantities:
            return None
        for num in self.parse.children(tok.i, "nummod"):
            if num.pos == "NUM" and _NUMBER.match(num.text):
                value = float(num.text.replace(",", ""))
                mods = self.parse.children(num.i, "quantmod", "advmod")
                vague = any(m.text.lower() in self.lex.modality["vague_numerals"] for m in mods)
                lo = min([num.i] + [m.i for m in mods])
                start = self.parse[lo].start
                text = self.article.article.text[start : num.end]
                return value, vague, text, Span(start, num.end)
        return None

    # ------------------------------------------------------------------ date
    def date(self, frame: Frame) -> tuple[str, Precision, Span | None] | None:
        sent = frame.token.sentence
        scope = self._scope(frame)
        usable = [
            t
            for t in self.article.timexes
            if t.sentence == sent and t.value and t.precision and t.year_known
        ]
        attached = [t for t in usable if self._attached(t.start, t.end, scope)]
        if attached:
            t = attached[0]
            return _iso(t), _precision(t), Span(t.start, t.end)
        pub = self.article.article.published
        if pub is not None:
            return pub.date, pub.precision, None
        return None

    def _attached(self, start: int, end: int, scope: set[int]) -> bool:
        """True when the tokens of a span modify a scope token through adverbial links only."""
        toks = [
            t for t in self.parse.sentence_tokens(self._sent_of(start)) if start <= t.start < end
        ]
        for tok in toks:
            cur: Token | None = tok
            while cur is not None and cur.dep in ADVERBIAL_DEPS:
                head = self.parse.head(cur.i)
                if head is not None and head.i in scope:
                    return True
                cur = head
        return False

    def _sent_of(self, start: int) -> int:
        for s in self.article.sentences:
            if s.start <= start < s.end:
                return s.index
        return -1

    def _scope(self, frame: Frame) -> set[int]:
        scope = {frame.token.i}
        if frame.light is not None:
            scope.add(frame.light.i)
        if frame.particle is not None:
            scope.add(frame.particle.i)
        return scope

    # ------------------------------------------------------------------ place
    def location(
        self, frame: Frame, taken: set[int], *, sole: bool = False
    ) -> EventLocation | None:
        return self.places.location(self._scope(frame), frame.token.sentence, taken, sole=sole)

    # ------------------------------------------------------------------ modality
    def modality(self, frame: Frame) -> Modality:
        mod = self.lex.modality
        chain = self._verb_chain(frame)
        aux = {c.lemma.lower() for t in chain for c in self.parse.children(t.i, "aux")}
        aux |= {c.text.lower() for t in chain for c in self.parse.children(t.i, "aux")}
        negated = any(self.parse.children(t.i, "neg") for t in chain)
        negated |= any(c.lemma.lower() == "no" for c in self.parse.children(frame.token.i, "det"))
        negated |= self._governed_by(frame, mod["negating_verbs"] | mod["negating_nouns"])
        future = bool(aux & mod["future_aux"]) or self._governed_by(frame, mod["future_verbs"])
        future |= self._going_to(frame)
        future |= any(  # a headline's bare infinitive: "Peru, Ecuador to sign accord"
            t.dep == "ROOT"
            and t.tag == "VB"
            and aux == {"to"}
            and is_headline(self.parse, t.sentence)
            for t in chain
        )
        future |= any(
            c.lemma.lower() in mod["future_adjs"]
            for c in self.parse.children(frame.token.i, "amod")
        )
        hypothetical = bool(aux & mod["hypothetical_aux"])
        marks = {c.lemma.lower() for t in chain for c in self.parse.children(t.i, "mark")}
        hypothetical |= bool(marks & mod["hypothetical_marks"]) or unrealized(
            self.parse, frame.clause
        )
        prepared = self._governed_by(frame, mod["preparing_verbs"])
        return Modality(
            negated, future, hypothetical, "would" in aux, self._condition(chain), prepared
        )

    def _condition(self, chain: list[Token]) -> str | None:
        """ "... unless X agrees", "... if talks fail": the mark of a conditional clause."""
        for t in chain:
            for clause in self.parse.children(t.i, "advcl"):
                for mark in self.parse.children(clause.i, "mark"):
                    if mark.lemma.lower() in ("if", "unless"):
                        return mark.lemma.lower()
        return None

    def _verb_chain(self, frame: Frame) -> list[Token]:
        chain = [frame.token]
        if frame.light is not None:
            chain.append(frame.light)
        cur = chain[-1]
        while cur.dep == "conj" and (head := self.parse.head(cur.i)) is not None:
            chain.append(head)
            cur = head
        return chain

    def _governed_by(self, frame: Frame, lemmas: frozenset[str]) -> bool:
        """ "refused to release", "plans to meet", "refusal to release"."""
        cur = frame.clause
        head = self.parse.head(cur.i)
        # "prepared to resume shelling": past verbs of phase to the verb that governs the act
        while head is not None and cur.dep == "xcomp" and head.lemma.lower() in self.aspect:
            cur, head = head, self.parse.head(head.i)
        if head is None:
            return False
        if cur.dep in ("xcomp", "acl"):
            return head.lemma.lower() in lemmas
        if cur.dep == "dobj" and cur.pos == "NOUN" and head.pos == "VERB":
            return head.lemma.lower() in lemmas & OBJECT_GOVERNORS  # "suspected of planning
            # attacks", "rejected talks": the act is the object of a plan or a refusal
        # an infinitive parsed as an adverbial clause: "have sworn to fight"
        infinitive = any(a.text.lower() == "to" for a in self.parse.children(cur.i, "aux"))
        return cur.dep == "advcl" and infinitive and head.lemma.lower() in lemmas

    def _going_to(self, frame: Frame) -> bool:
        head = self.parse.head(frame.clause.i)
        return (
            frame.clause.dep == "xcomp"
            and head is not None
            and head.lemma.lower() == "go"
            and head.tag == "VBG"
        )

    # ------------------------------------------------------------------ context and relevance
    def sentence_lemmas(self, sentence: int, *, without: int | None = None) -> set[str]:
        """The sentence's lemmas and lower-cased words, leaving out token ``without`` (a
        trigger is no cue about itself: "stormed the village" is no storm)."""
        sentences = self.lead if sentence in self.lead else self._clauses(sentence)
        toks = [
            t for s in sentences for t in self.parse.sentence_tokens(s) if t.i != without
        ]  # a headline and its lead are one piece of news: "Mariners blast East Bengal"
        words = {t.lemma.lower() for t in toks} | {t.text.lower() for t in toks}
        return words | _hyphenated(toks)

    def _clauses(self, sentence: int) -> tuple[int, ...]:
        """The sentence with the clauses a headline's semicolon split from it ("Gunfight rages
        in Kulgam; militants trapped") and the kicker before it ("Chess Olympiad: Armenia and
        Azerbaijan clash ..."): one piece of news, whose words are cues for each other."""
        sents = self.article.sentences
        first = sentence
        while first > 0 and (
            (before := sents[first - 1].text).rstrip().endswith(";") or is_kicker_sentence(before)
        ):
            first -= 1
        last = sentence
        while last + 1 < len(sents) and sents[last].text.rstrip().endswith(";"):
            last += 1
        return tuple(range(first, last + 1))

    def contexts(self, frame: Frame, state_actor: bool, political_target: bool) -> set[str]:
        lemmas = self.sentence_lemmas(frame.token.sentence)
        found = {ctx for ctx, cues in self.lex.context_cues.items() if lemmas & cues}
        if "human_rights" in found and "human" not in lemmas:
            found.discard("human_rights")
        if frame.trigger.event in ("COERCE", "ASSAULT") and state_actor and political_target:
            found.add("repression")
        if frame.trigger.event == "COERCE" and political_target and not state_actor:
            found.add("repression")
        return found


def _hyphenated(toks: list[Token]) -> set[str]:
    """Words the tokenizer split at a hyphen, joined again ("anti-tank", "drive-by")."""
    out = set()
    for a, dash, b in zip(toks, toks[1:], toks[2:], strict=False):
        if dash.text == "-" and a.end == dash.start and dash.end == b.start:
            out.add(f"{a.text.lower()}-{b.text.lower()}")
    return out


def _counts(q: Quantity, tok: Token) -> bool:
    if q.noun_start is not None and q.noun_end is not None:
        return q.noun_start <= tok.start < q.noun_end
    return q.start <= tok.start < q.end


def _iso(t: TimeExpr) -> str:
    return t.value or ""


def _precision(t: TimeExpr) -> Precision:
    return t.precision or "day"
