"""Whom an event is aimed at: the recipient rules of :class:`~.arguments.ArgumentFinder`.

A stated object or prepositional object comes first; when none is a party, the recipient is
searched inside the trigger's clause (objects, prepositional phrases, modifiers, content
clauses, objects shared with a coordinated verb), after the rules that say where to look: the
party a complaint is about (not its addressee), the subject of a threat's condition or of a
nominal demand's "that" clause, the maker of what is rejected ("an offer made by X").
Weapons used and the actor's own forces are never recipients.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.annotate.actors import country_of, instrument_sector, sector_of
from storyline.events.entities import Arg, EntityResolver
from storyline.events.graph import RELATIVE_PRONOUNS, Parse
from storyline.events.lexicon import Lexicon, Trigger
from storyline.records import Token

if TYPE_CHECKING:
    from storyline.events.arguments import Frame

PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})

# links followed when looking for an unstated recipient inside the trigger's clause: objects,
# prepositional phrases, modifiers of the object ("an Australian ultimatum", "Serbia's
# suppression") and clausal complements ("demanded that the government end ...")
SEARCH_DEPS = frozenset(
    {"dobj", "dative", "prep", "pobj", "pcomp", "xcomp", "ccomp", "poss", "compound", "amod"}
    | {"nmod", "attr", "oprd", "appos", "agent", "conj"}
)
INNER_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
VENUE_PREPS = frozenset({"in", "at", "through", "across", "around", "along", "near", "outside"})
NOT_RECIPIENT_PREPS = frozenset({"accord", "despite", "since", "after", "before", "during"})
OWN_POSSESSIVES = frozenset({"its", "their", "our", "his", "her"})
# a threat's target is who must comply: the subject of its condition ("threatened to strike
# unless Israel rescinds ...", "to stop talks if the US goes ahead")
CONDITION_MARKS = frozenset({"unless", "if"})
# verbs whose object force is the subject's own ("deploy troops", "send peacekeepers")
SENDING = frozenset({"deploy", "send", "dispatch", "station", "withdraw", "redeploy"})
# what a complaint or accusation is about names the accused party ("over Israeli raids")
ACCUSED_PREPS = ("over", "about", "against")
# nominal acts whose "that" clause names the party asked or accused ("its demand that X ...")
CONTENT_NOUNS = frozenset({"REQUEST", "ACCUSE"})


class RecipientRules:
    """Recipient rules over the parse; mixed into :class:`~.arguments.ArgumentFinder`."""

    parse: Parse
    resolver: EntityResolver
    lex: Lexicon

    def _venue(self, head: Token) -> bool:
        """A place a protest moves through or happens in ("marched through Johannesburg"):
        where, not against whom."""
        prep = self.parse.head(head.i)
        place = head.ent_type in ("GPE", "LOC", "FAC") or (
            head.pos == "PROPN" and not head.ent_type and country_of(head.text) is not None
        )
        placed = place and head.dep == "pobj"
        return placed and prep is not None and prep.text.lower() in VENUE_PREPS

    def _is_way(self, tok: Token) -> bool:
        return tok.pos == "NOUN" and tok.lemma.lower() in self.lex.object_classes.get("way", ())

    def _is_party_arg(self, arg: Arg) -> bool:
        ent, head = arg.entity, self.parse[arg.head]
        if self.resolver.in_dateline(head):
            return False  # "QUETTA — Armed men ...": the dateline is where, not whom
        if not ent.sector and self._is_way(head):
            return False  # "blocked streets in Bangkok": a street is no party
        return bool(ent.code or ent.sector) or self.is_party(head)

    def settle_recipient(self, frame: Frame) -> None:
        """Keep only parties as recipients ("blocked roads" has none); when none is left, take
        the nearest party inside the trigger's clause (breadth-first over the parse)."""
        acting = {a.head for a in frame.actor}  # "the minister denied it": "it" is not him
        frame.recipient = [
            a
            for a in frame.recipient
            if self._is_party_arg(a)
            and not self._instrument(a)
            and a.head not in acting
            and not (frame.trigger.event == "PROTEST" and self._venue(self.parse[a.head]))
        ]
        addressed = frame.particle is not None and frame.particle.text.lower() == "to"
        if frame.trigger.event == "ACCUSE" and addressed and (accused := self._accused(frame)):
            frame.recipient = accused  # "protested to the UN about X": X, not the UN
        if frame.recipient or frame.trigger.reciprocal:
            return
        if frame.trigger.event == "THREATEN":
            frame.recipient = self._condition_subject(frame)
        elif frame.trigger.event == "ACCUSE":
            frame.recipient = self._accused(frame)
        if not frame.recipient and frame.trigger.event in CONTENT_NOUNS:
            frame.recipient = self._content_subject(frame)
        if frame.recipient:
            return
        found = None
        act = self.parse.child(frame.clause.i, "xcomp")
        if frame.trigger.event == "THREATEN" and act is not None:
            found = self._search_recipient(frame, [act])  # "threatened to shell Iraqi towns"
        found = found or self._search_recipient(frame)
        if found is not None:
            taken = {a.key for a in frame.actor}
            frame.recipient = [a for a in self.resolver.expand(found) if a.key not in taken]

    def _search_recipient(self, frame: Frame, starts: list[Token] | None = None) -> Token | None:
        p = self.parse
        # the actors' phrases, but not the trigger's own clause when the parser hung it inside
        # one ("Doctors from two aid groups donated ..." with "Doctors" as the root)
        skip = {k for a in frame.actor for k in p.subtree(a.head)} - set(p.subtree(frame.clause.i))
        skip |= {a.head for a in frame.actor}
        actor_keys = {a.key for a in frame.actor}
        if starts is None:
            starts = [frame.clause] + ([frame.token] if frame.light is not None else [])
        level = [(t, 0) for t in starts]
        seen = {t.i for t in starts}
        while level:
            nxt = []
            for tok, depth in level:
                for c in p.children(tok.i):
                    if c.i in seen or c.i in skip or not self._searchable(c, depth):
                        continue
                    seen.add(c.i)
                    named = c.pos in ("NOUN", "PROPN") or c.ent_type in ("NORP", "GPE", "ORG")
                    own = self._own_force(c, frame.trigger)
                    if own:  # nor are the words naming them ("army reservists")
                        seen.update(m.i for m in p.children(c.i, "compound", "amod", "nmod"))
                    venue = frame.trigger.event == "PROTEST" and self._venue(c)
                    if named and self.is_party(c) and not own and not venue:
                        arg = self.resolver.resolve(c)
                        if (
                            arg is not None
                            and arg.key not in actor_keys
                            and not self._instrument(arg)
                        ):
                            return c
                    nxt.append((c, depth + 1))
            level = nxt
        return None

    def _instrument(self, arg: Arg) -> bool:
        """ "fired rockets at X": a weapon of no stated owner is the one used, never the party
        acted on (unlike "shot down an Iraqi helicopter")."""
        head = self.parse[arg.head]
        if head.lemma.lower() in self.lex.quantifier_nouns:  # "a barrage of rockets"
            head = next(iter(self.parse.prep_objects(head.i, ("of",))), head)
        return arg.entity.code is None and instrument_sector(head.lemma) is not None

    def _accused(self, frame: Frame) -> list[Arg]:
        """Whose act a complaint is about, not whom it is addressed to: "complained to the UN
        over Israeli raids" accuses Israel."""
        taken = {a.key for a in frame.actor}
        for verb in {frame.clause.i: frame.clause, frame.token.i: frame.token}.values():
            for obj in self.parse.prep_objects(verb.i, ACCUSED_PREPS):
                args = self.resolver.expand(obj) if self.is_party(obj) else []
                args = [a for a in args if self._is_party_arg(a)] or self._own_parties(obj)
                args = [a for a in args if a.key not in taken]
                if args:
                    return args
        return []

    def _content_subject(self, frame: Frame) -> list[Arg]:
        """ "reiterated its demand that Israel ease ...": the content clause, which the parser
        hangs on the verb, names who is asked (or accused) as its subject; so does a clause a
        verb's particle introduces ("pushed for Israel to withdraw")."""
        p, tok = self.parse, frame.token
        mark = (
            frame.particle if frame.particle is not None and frame.particle.dep == "mark" else None
        )
        if mark is not None and (clause := p.head(mark.i)) is not None:
            # "pushing for the US to back the plan": the subject of the clause is asked
            subj = p.child(clause.i, "nsubj")
            taken = {a.key for a in frame.actor}
            args = self.resolver.expand(subj) if subj is not None and subj.pos != "PRON" else []
            return [a for a in args if a.key not in taken]
        verb = p.head(tok.i)
        if not frame.trigger.nominal or tok.dep != "dobj" or verb is None:
            return []
        for clause in p.children(verb.i, "ccomp"):
            marks = {m.text.lower() for m in p.children(clause.i, "mark")}
            subj = p.child(clause.i, "nsubj", "nsubjpass")
            if clause.i > tok.i and "that" in marks and subj is not None and subj.pos != "PRON":
                taken = {a.key for a in frame.actor}
                return [a for a in self.resolver.expand(subj) if a.key not in taken]
        return []

    def _condition_subject(self, frame: Frame) -> list[Arg]:
        """The party named as subject of a condition clause under the threat's clause."""
        p = self.parse
        taken = {a.key for a in frame.actor}
        for k in sorted(p.subtree(frame.clause.i)):
            tok = p[k]
            marks = {m.text.lower() for m in p.children(k, "mark")}
            if tok.dep != "advcl" or not marks & CONDITION_MARKS:
                continue
            subj = p.child(k, "nsubj", "nsubjpass")
            if subj is not None and subj.pos != "PRON" and self.is_party(subj):
                args = [a for a in self.resolver.expand(subj) if a.key not in taken]
                if args:
                    return args
        return []

    def _searchable(self, tok: Token, depth: int) -> bool:
        if tok.dep == "prep" and tok.lemma.lower() in NOT_RECIPIENT_PREPS:
            return False
        if tok.dep == "prep" and self.parse.child(tok.i, "pcomp") is not None:
            return tok.lemma.lower() != "for"  # a reason: "jailed for organising protests"
        head = self.parse.head(tok.i)
        if tok.dep == "prep" and head is not None and self._is_way(head):
            return False  # "blocked streets in Hong Kong": where, not whom
        if tok.dep == "advcl":  # a purpose clause ("... to demand the resignation of X")
            return any(a.text.lower() == "to" for a in self._aux(tok))
        if tok.dep == "conj":  # coordinated objects ("artillery and rocket fire against X")
            return tok.pos in ("NOUN", "PROPN") or (depth == 0 and self._shares_object(tok))
        if tok.dep == "acl":  # a noun's content clause ("its demand that Israel ease ..."),
            # or the maker of a thing named ("rejected an offer made by X")
            return depth == 0 or (tok.tag == "VBN" and self.parse.child(tok.i, "agent") is not None)
        return tok.dep in SEARCH_DEPS or (depth > 0 and tok.dep in INNER_SUBJECTS)

    def _shares_object(self, conj: Token) -> bool:
        """ "donated and delivered goods to X", "set up ties with and an embassy in X": a verb
        whose object or prepositional object is left to the verb coordinated with it."""
        p = self.parse
        verb = p.head(conj.i)
        if verb is None or conj.pos != "VERB" or p.child(conj.i, "nsubj", "nsubjpass"):
            return False
        dangling = any(not p.children(c.i) for c in p.children(verb.i, "prep"))
        return dangling or p.child(verb.i, "dobj", "xcomp", "ccomp") is None

    def _aux(self, tok: Token) -> list[Token]:
        return self.parse.children(tok.i, "aux")

    def _object_head(self, verb: Token, obj: Token) -> Token:
        """ "prisoners who were freed" -> prisoners; "the exit of opposition members" -> members."""
        p = self.parse
        if obj.lemma.lower() in RELATIVE_PRONOUNS and verb.dep == "relcl":
            return p.head(verb.i) or obj
        if not self.is_party(obj):  # "a camp for Congolese refugees" -> refugees
            for inner in p.prep_objects(obj.i, ("of", "for")):
                if self.is_party(inner):
                    return inner
        return obj

    def _own_parties(self, noun: Token) -> list[Arg]:
        """Who owns a demand, offer or ultimatum: "X's demand", "demands from X", "a US offer"."""
        own = self.parse.children(noun.i, "poss") + self.parse.prep_objects(noun.i, ("by", "from"))
        own += self.acl_agents(noun)
        own += [
            m
            for m in self.parse.children(noun.i, "amod", "compound")
            if m.ent_type in ("NORP", "GPE", "ORG") and country_of(m.text)
        ]
        return [a for o in own for a in self.resolver.expand(o)]

    def acl_agents(self, noun: Token) -> list[Token]:
        """ "a rally organised by X", "the strike called by X": who holds the act."""
        p = self.parse
        return [
            o
            for acl in p.children(noun.i, "acl")
            if acl.tag == "VBN"
            for agent in p.children(acl.i, "agent")
            for o in p.children(agent.i, "pobj")
        ]

    def _own_force(self, obj: Token, trig: Trigger) -> bool:
        """ "its troops", "their peacekeeping force", the reservists a state mobilizes: the
        actor's own forces, never the party acted on."""
        if obj.lemma.lower() not in self.lex.object_classes.get("force", frozenset()):
            return False
        if trig.event == "MOBILIZE" and obj.dep == "dobj":
            return True
        verb = self.parse.head(obj.i)
        if obj.dep == "dobj" and verb is not None and verb.lemma.lower() in SENDING:
            return True  # "would not station its soldiers in Chad": its own, sent to Chad
        owner = self.parse.child(obj.i, "poss")
        return owner is not None and owner.text.lower() in OWN_POSSESSIVES

    def is_party(self, tok: Token) -> bool:
        """Whether a head token names a possible actor (a person, group, state or sector)."""
        if tok.pos == "PRON" or tok.ent_type in PARTY_LABELS:
            return True
        if sector_of(tok.text) or sector_of(tok.lemma) or country_of(tok.text):
            return True
        names = [c.text for c in self.parse.children(tok.i, "compound") if c.i < tok.i]
        return bool(names) and bool(country_of(" ".join([*names, tok.text])))  # "Sierra Leonean"


__all__ = ["PARTY_LABELS", "RecipientRules"]
