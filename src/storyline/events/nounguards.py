"""When a trigger noun names no happening: an accord only signed (the signing is the event), a
unit doing something ("a patrol intercepted a dhow"), an idiom ("ran riot", "hold fire"), a
happening called off or ending ("the lifting of martial law"), a force on alert. Mixed into
:class:`~.rules.RulesCoder`."""

from __future__ import annotations

from storyline.events.objects import ObjectChecks
from storyline.events.words import ArticleState as _Article
from storyline.records import Token

# nouns whose to-phrase names what stops ("a halt to attacks", "an end to the strike")
HALTS = frozenset({"halt", "end", "stop", "pause", "moratorium"})
# verbs of doing what was called for ("heeded the call for a strike")
# verbs whose object is urged or praised, not done ("inciting violence", "glorifying terrorism")
INCITING = frozenset(
    {"incite", "instigate", "provoke", "stoke", "foment", "glorify", "advocate", "preach"}
    | {"promote", "justify", "condone", "encourage"}
)
# nouns whose of-phrase names a past happening remembered ("the anniversary of the massacre")
REMEMBERED = frozenset({"anniversary", "commemoration", "remembrance"})


class NounGuards(ObjectChecks):
    """Tests that a trigger noun names no happening of its own."""

    def _signed(self, st: _Article, tok: Token) -> bool:
        """An accord that is the object of a signing verb ("inked a pact", "sealed a deal")."""
        verb = st.parse.head(tok.i)
        if verb is None or tok.dep not in ("dobj", "pobj") or not self._in_class(tok, "accord"):
            return False
        if tok.dep == "pobj" and (verb := st.parse.head(verb.i)) is None:
            return False
        entries = self.lex.verbs.get(verb.lemma.lower(), ())
        return any(
            (t.event == "SUPPORT" and t.obj == "accord")
            or any(cls == "accord" and event == "SUPPORT" for cls, event, _m in t.senses)
            for t in entries
        )

    @staticmethod
    def _acting_unit(st: _Article, tok: Token) -> bool:
        """The noun names a unit doing something to someone ("a patrol intercepted a dhow"),
        not a deployment that happened ("the first deployment of troops arrived")."""
        verb = st.parse.head(tok.i)
        return (
            tok.dep == "nsubj"
            and verb is not None
            and st.parse.child(verb.i, "dobj") is not None
            and not st.parse.prep_objects(tok.i, ("of",))
        )

    @staticmethod
    def _incited(st: _Article, tok: Token) -> bool:
        """The noun is what someone is said to urge or praise ("charged with inciting violence",
        "accused of glorifying terrorism"): no happening of its own."""
        verb = st.parse.head(tok.i)
        return tok.dep == "dobj" and verb is not None and verb.lemma.lower() in INCITING

    @staticmethod
    def _idiom(st: _Article, tok: Token) -> bool:
        """A trigger noun as the bare complement of "run" ("ran riot", "running amok"), or
        fire that is held ("agreed to hold fire", "held their fire"): no shooting."""
        head = st.parse.head(tok.i)
        if head is None:
            return False
        if head.lemma.lower() == "hold" and tok.lemma.lower() == "fire":
            return True
        determined = st.parse.child(tok.i, "det") is not None
        return head.lemma.lower() == "run" and not determined

    def _called_off(self, st: _Article, tok: Token) -> bool:
        top = st.finder.governor(tok)
        verb = st.parse.head(top.i)
        if verb is None or verb.pos != "VERB" or top.dep not in ("dobj", "nsubjpass"):
            return False
        prt = st.parse.child(verb.i, "prt")
        phrase = verb.lemma.lower() + (f" {prt.text.lower()}" if prt is not None else "")
        # "called off the talks"; "foiled a planned attack": it did not happen either
        return phrase in self.lex.ending_verbs or phrase in self.lex.stopping_verbs

    def _ended_by_noun(self, st: _Article, tok: Token) -> bool:
        """ "the lifting of martial law", "a halt to attacks on shipping": it is ending; "the
        anniversary of the massacre": it ended long ago."""
        prep = st.parse.head(tok.i)
        if tok.dep != "pobj" or prep is None or prep.text.lower() not in ("of", "to"):
            return False
        owner = st.parse.head(prep.i)
        if owner is None:
            return False
        if prep.text.lower() == "to":
            return owner.lemma.lower() in HALTS
        return owner.lemma.lower() in self.lex.ending_nouns | REMEMBERED

    @staticmethod
    def _on_duty(st: _Article, tok: Token) -> Token | None:
        """ "troops remained on alert": a state, not a light-verb object; returns the verb."""
        prep = st.parse.head(tok.i)
        if tok.dep != "pobj" or prep is None or prep.text.lower() != "on":
            return None
        verb = st.parse.head(prep.i)
        return verb if verb is not None and verb.pos in ("VERB", "AUX") else None
