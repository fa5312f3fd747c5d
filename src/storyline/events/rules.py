"""plover-rules.v1: a dependency-rule PLOVER coder over the annotated parse.

For every verb or noun in the trigger lexicon it builds a frame (actor, recipient, reporting
party, counted noun), decides whether the occurrence is political, adds size, date, place,
modality and context, and finally merges the occurrences of one happening into one event.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
from functools import cached_property

from storyline.annotate.actors import country_name, place_country
from storyline.events.arguments import STANCES, ArgumentFinder, Frame, government
from storyline.events.attributes import Attributes
from storyline.events.entities import Arg, EntityResolver
from storyline.events.graph import RELATIVE_PRONOUNS, Parse
from storyline.events.grievance import GrievanceActs
from storyline.events.inferred import LOCAL_EVENTS, carry_actors, infer_parties
from storyline.events.lexicon import Lexicon, Trigger, load_lexicon
from storyline.events.location import PLACE_LABELS
from storyline.events.merge import Hit, merge_hits
from storyline.events.nounguards import NounGuards
from storyline.events.senses import WEAPON_WORDS
from storyline.events.wordforms import WordForms
from storyline.events.words import ASSAILANTS, dated, singular
from storyline.events.words import ArticleState as _Article
from storyline.records import AnnotatedArticle, Event, EventLocation, Token
from storyline.settings import Settings

log = logging.getLogger(__name__)


NAME = "plover-rules.v1"
#: nouns whose that-clause is what was said ("a statement that it would retaliate")
MESSAGE_NOUNS = frozenset(
    {"message", "statement", "video", "recording", "communique", "communiqué", "letter", "post"}
    | {"broadcast", "speech", "address", "announcement", "warning", "notice", "leaflet"}
)
#: what an official declines or refuses to do when there is no news in the refusal
UNSAID = frozenset(
    {"comment", "confirm", "elaborate", "say", "disclose", "reveal", "identify", "name", "specify"}
)  # (but "refused to respond to a demand", "declined to discuss the plan" reject something)
#: what diplomats ordered out are told to do ("ordered to leave the country")
LEAVING = frozenset({"leave", "quit", "depart", "exit"})
#: verbs that grant a span of time to do something ("gave the envoy 48 hours to leave")
GRANTING = frozenset({"give", "grant"})
#: the spans an ultimatum gives
SPANS = frozenset({"hour", "day", "week", "month", "deadline", "ultimatum"})
SKIP_DEPS = frozenset({"amod", "compound", "npadvmod"})
# a strike "on" or "against" a target is an attack ("strike on a house"), not a walkout
STRUCK_PREPS = ("on", "against")
STRUCK_TARGETS = ("attack_target", "site", "property", "positions")
# verbs that file a formal complaint ("lodged a protest with the embassy")
LODGING = frozenset({"lodge", "file", "register", "deliver", "submit"})
# what a feed line's bomb may be named by ("Car bomb in ...", "Roadside bomb near ...")
BOMB_KINDS = frozenset(
    {"car", "truck", "lorry", "van", "bus", "motorcycle", "motorbike", "bicycle", "roadside"}
) | {"suicide", "pipe", "nail", "petrol", "parcel", "letter", "barrel", "cluster", "sticky"}
# words a feed line puts after a weapon for what it cost ("Car bomb in X — 9 dead")
CASUALTY_WORDS = frozenset({"dead", "killed", "hurt", "injured", "wounded", "casualty", "toll"})
# adjectives a headline puts before a plural event noun ("Twin blasts", "Fresh clashes")
HEADLINE_QUALIFIERS = frozenset(
    {"twin", "deadly", "fresh", "new", "renewed", "heavy", "fierce", "multiple", "coordinated"}
)
# every weapon word of the senses' table ("set upon with machetes")
ARMS = frozenset().union(*WEAPON_WORDS.values())
# light verbs a headline puts before its event noun, which the tagger may read as nouns
HEADLINE_LIGHT = frozenset({"hold", "holds", "stage", "stages", "mount", "mounts"})
# what strikes from the air or artillery do to a place ("strikes hit the terminal")
STRIKES_HIT = frozenset({"hit", "strike", "destroy", "flatten", "pound", "slam", "level", "target"})
WALKOUT_WORDS = frozenset({"general", "labour", "labor", "nationwide", "national", "indefinite"})
WALKOUT_WORDS |= {"warning", "token", "wildcat", "hunger", "transport", "teachers", "workers"}
# heads a compound trigger leans on only as the object of what was done ("staged a protest stand")
DONE_HEADS = frozenset({"camp", "stand", "action"})
#: verbs a headline says an event goes on with, which the tagger reads as plural nouns after
#: the event's name ("as nationwide strike bites", "as unrest flares", "walkout grounds flights")
GOING_ON = frozenset(
    {"bite", "flare", "spread", "grow", "widen", "escalate", "rage", "deepen", "intensify"}
    | {"erupt", "grip", "ground", "cripple", "paralyse", "paralyze", "halt", "disrupt", "snarl"}
    | {"swell", "persist", "drag", "shut", "close", "empty", "hit", "enter", "spill", "turn"}
)
# what a vehicle made into a bomb is said to be ("a car laden with explosives")
LADEN = frozenset({"laden", "lade", "pack", "load", "rig", "fill", "stuff", "fit", "packed"})
SPEECH_ACTS = frozenset({"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# particles of setting fire that may sit anywhere in a long object ("set X in Y alight")
FIRE_WORDS = frozenset({"ablaze", "alight"})
#: sectors of a party that fights: a named group can take a town ("M23 takes Walikale town")
ARMED_SECTORS = frozenset({"REB", "UAF", "MIL"})
#: forces moved as casualties, or moved to be cared for, are no deployment
CASUALTIES = frozenset({"injured", "wounded", "dead", "sick", "hurt", "killed", "fallen"})
CARE = frozenset({"hospital", "treatment", "clinic", "care", "burial"})
# what onlookers of a parade do ("marched past the stand as families cheered")
SHOWS = frozenset({"celebrate", "await", "wait", "welcome", "greet", "watch", "cheer"})
# what a crowd gathers for when it gathers for no cause ("to mark the anniversary")
OCCASIONS = (
    frozenset({"mark", "commemorate", "remember", "honour", "honor", "pray", "worship"})
    | SHOWS
    | {"collect", "scoop", "fetch", "buy", "receive"}  # "gathered to collect leaking fuel"
)
#: places where people gather waiting for news of their own
WAITING_PLACES = frozenset({"hospital", "morgue", "mortuary", "airport", "pithead", "shore"})
#: verbs that only say a crowd came together
GATHERING = frozenset({"gather", "assemble", "converge", "throng", "mass", "congregate", "flock"})
# verbs one fights a blaze or an outbreak with ("firefighters battled the blaze")
BATTLING = frozenset({"battle", "fight", "combat", "tackle", "attack", "contain", "beat"})
# participles of keeping people in custody ("ordered held", "ordered detained")
DETAINED = frozenset({"hold", "detain", "jail", "imprison", "remand", "keep", "arrest"})
# verbs of letting people do something, no concession when no one is said to let them
LETTING = frozenset({"allow", "let", "permit"})
# adjectives of the offices whose acts are a state's ("a presidential pardon")
OFFICES = frozenset({"presidential", "royal", "government", "governmental", "ministerial"})
# rites and shows a crowd gathers for ("gathered for a funeral", "at a wedding")
RITES = frozenset(
    {"funeral", "burial", "wedding", "prayer", "mass", "service", "feast", "festival"}
    | {"celebration", "ceremony", "match", "concert", "iftar", "christening", "baptism"}
    | {"parade", "carnival", "pilgrimage", "fireworks", "firework", "countdown", "fair"}
)


class RulesCoder(WordForms, GrievanceActs, NounGuards):
    """Codes PLOVER events with lexicon triggers and dependency rules (see module docstring)."""

    name = NAME

    def __init__(self, settings: Settings | None = None, lexicon: Lexicon | None = None) -> None:
        self.settings = settings
        self.lex = lexicon or load_lexicon()

    @cached_property
    def _mishaps(self) -> frozenset[str]:
        """Accident, disease and disaster words: what is fought there is no enemy."""
        return self.lex.nonpolitical_cues - self.lex.crime_cues - self.lex.sport_cues

    def code(self, article: AnnotatedArticle) -> list[Event]:
        parse = Parse(article.tokens)
        resolver = EntityResolver(article, parse)
        state = _Article(
            article,
            parse,
            ArgumentFinder(parse, resolver, self.lex),
            Attributes(article, parse, self.lex),
        )
        hits = []
        for tok in article.tokens:
            frame = self._frame(state, tok)
            if frame is not None and (hit := self._hit(state, frame)) is not None:
                hits.append(hit)
        hits += self._grievance_hits(state, hits)
        carry_actors(hits)
        text = article.article.text
        events = merge_hits(article.article.id, text, hits, self.name, state.attrs.lead)
        log.debug("%s: %d trigger hits -> %d events", article.article.id, len(hits), len(events))
        return events

    # ------------------------------------------------------------------ trigger matching
    def _frame(self, st: _Article, tok: Token) -> Frame | None:
        lemma = self._lemma(st, tok)
        if st.parse.misread_predicate(tok.i) is not None:
            verb = self._participle_verb(tok, lemma)
            return self._verb(st, tok, self.lex.verbs[verb]) if verb is not None else None
        if tok.dep in SKIP_DEPS and not self._fronted_noun(st, tok):
            head = st.parse.head(tok.i)
            leaning = tok.pos == "NOUN" and tok.dep == "compound" and lemma in self.lex.nouns
            if leaning and head is not None and (self._effort(head) or self._going_on(tok, head)):
                return self._noun(st, head, self.lex.nouns[lemma])  # "a mediation effort"
            if leaning and head is not None and self._verb_hung(st, tok, head):
                return self._noun(st, tok, self.lex.nouns[lemma])  # "General strike
                # paralyses Conakry": the subject the model hung on its verb as a compound
            return None
        must = tok.pos == "VERB" and lemma in self.lex.must_reporting
        if must and (frame := self._must_frame(st, tok)) is not None:
            return frame
        if tok.pos == "ADJ" and (verb := self._hyphenated_participle(tok, st.parse)) is not None:
            return self._verb(st, tok, self.lex.verbs[verb])  # "were lathi-charged" as an ADJ
        if tok.pos == "VERB" and lemma in GRANTING and (frame := self._deadline(st, tok)):
            return frame
        if lemma == "fall" and tok.dep == "advcl":
            return None  # "the market was packed when the bombs fell": when, the raid told
            # elsewhere
        if (plural := self._plural_misread(st, tok)) is not None:
            return self._noun(st, tok, self.lex.nouns[plural])  # "Twin blasts at ..."
        light = self._light_misread(st, tok, lemma)
        if light and (frame := self._noun(st, tok, self.lex.nouns[lemma])):
            frame.actor = frame.actor or st.finder.subject_of(tok)  # "Mothers of the
            # disappeared hold vigil outside ...": the light verb read as a noun
            return frame
        if tok.pos == "VERB" and lemma in self.lex.verbs:
            return self._verb(st, tok, self.lex.verbs[lemma])
        if tok.pos == "NOUN" and (frame := self._must_noun_frame(st, tok)) is not None:
            return frame
        if tok.pos == "NOUN" and (frame := self._weapon_line(st, tok)) is not None:
            return frame
        opening = self._opening_noun(st, tok) if tok.pos == "PROPN" else None
        if opening:
            lemma = opening  # "JUBA - Clashes pitted the army against ..."
        # an object the tagger read as an adjective is still a noun ("staged a go-slow")
        nominal = tok.pos == "NOUN" or (tok.pos == "ADJ" and tok.dep in ("dobj", "nsubj"))
        nominal = nominal or opening is not None
        if nominal and lemma in self.lex.nouns:
            return self._noun(st, tok, self.lex.nouns[lemma])
        gerund = self._gerund(lemma) if nominal else ()
        if gerund and st.parse.prep_objects(tok.i, ("of",)):
            return self._noun(st, tok, gerund)  # "the flogging of two women"
        return None

    @staticmethod
    def _fronted_noun(st: _Article, tok: Token) -> bool:
        """A noun with its own phrase that the model hung as an adverbial on a later verb: a
        feed line's verbless news ("silent march along Reforma by mothers of the
        disappeared", where "disappeared" became the root)."""
        head = st.parse.head(tok.i)
        return (
            tok.dep == "npadvmod"
            and tok.pos == "NOUN"
            and head is not None
            and head.i > tok.i
            and bool(st.parse.children(tok.i, "prep"))
        )

    @staticmethod
    def _verb_hung(st: _Article, tok: Token, head: Token) -> bool:
        """A headline noun the model made a compound of the verb right after it, which has no
        subject of its own ("General strike paralyses Conakry")."""
        if head.pos != "VERB" or head.i != tok.i + 1:
            return False
        return not st.parse.children(head.i, "nsubj", "nsubjpass")

    @staticmethod
    def _going_on(tok: Token, head: Token) -> bool:
        """The trigger's head is a headline's verb in -s that the tagger read as a plural noun
        ("NLC shuts airports as nationwide strike bites", "Verdi walkout grounds flights")."""
        word = head.text.lower()
        if head.pos != "NOUN" or head.i != tok.i + 1 or not word.endswith("s"):
            return False
        if head.dep not in ("pobj", "nsubj", "ROOT", "conj"):
            return False
        base = word[:-3] + "y" if word.endswith("ies") else word[:-1]  # intensifies, bites
        return base in GOING_ON or word[:-2] in GOING_ON  # "paralyses", "spreads"/"reaches"

    def _effort(self, head: Token) -> bool:
        """A generic head a compound trigger leans on: "a mediation effort", and when it is
        what was done, "staged a protest stand", "conducted a sit-in action"."""
        word = head.lemma.lower()
        if word in DONE_HEADS:
            return head.dep == "dobj"  # not "police swooped on the protest camp"
        return word in self.lex.effort_nouns

    def _must_noun_frame(self, st: _Article, tok: Token) -> Frame | None:
        """ "X issued a reminder/warning to Y that it must ...": X demands it of Y (REQUEST)."""
        p = st.parse
        gov = p.head(tok.i)
        if tok.dep != "dobj" or gov is None or gov.pos != "VERB":
            return None
        inner = p.child(tok.i, "acl", "ccomp", "relcl")  # "that" as a mark: a content clause
        if inner is None or not any(a.text.lower() == "must" for a in _auxes(p, inner)):
            return None
        if inner.dep == "relcl" and p.child(inner.i, "mark") is None:
            return None  # a true relative clause: "the reforms that it must make"
        subj = p.child(inner.i, "nsubj")
        if subj is None or subj.text.lower() in ("i", "we", "you"):
            return None
        trig = Trigger(tok.lemma.lower(), None, "REQUEST", None, nominal=True, content=True)
        frame = Frame(trig, tok, light=gov)
        frame.actor = st.finder.subject_of(gov)
        frame.recipient = st.finder.resolver.expand(subj)
        if not frame.actor or not any(a.entity.code or a.entity.sector for a in frame.recipient):
            return None
        return frame

    def _weapon_line(self, st: _Article, tok: Token) -> Frame | None:
        """A feed line with no verb whose head is a weapon and which says where it struck or
        what it cost: "Car bomb at a Baidoa market — 6 dead", "Rocket on Kharkiv suburb"."""
        p = st.parse
        head = p.head(tok.i)
        tallied = head is not None and head.dep == "ROOT" and head.lemma.lower() in CASUALTY_WORDS
        if tok.dep != "ROOT" and not (tok.dep in ("dep", "nsubj") and tallied):
            return None  # (or hung on its toll: "suicide car bomb at restaurant, many dead")
        if not (self._in_class(tok, "munition") or self._in_class(tok, "arms")):
            return None
        if any(t.pos in ("VERB", "AUX") and t.i < tok.i for t in p.sentence_tokens(tok.sentence)):
            return None  # (what follows the weapon's phrase may be a verb the tagger made of
            # a noun: "— 15 dead, mostly farm workers on a bus")
        scene = p.prep_objects(tok.i, ("at", "in", "on", "near", "outside", "inside", "hits"))
        cost = [
            c
            for c in p.children(tok.i, "appos", "conj", "npadvmod", "dep")
            if c.lemma.lower() in CASUALTY_WORDS
        ]
        if not scene and not cost and not tallied:
            return None
        if self._in_class(tok, "riot_gear"):
            return None  # "Water cannon at the ready outside parliament"
        kinds = {c.lemma.lower() for c in p.children(tok.i, "compound") if c.pos != "PROPN"}
        if not kinds <= BOMB_KINDS:
            return None  # "Spy thriller bombs at box office": another thing's flop
        # (a weapon that struck somewhere is no private matter: political=False)
        trig = Trigger(tok.lemma.lower(), None, "ASSAULT", None, nominal=True, political=False)
        return st.finder.noun_frame(tok, trig, None)

    def _plural_misread(self, st: _Article, tok: Token) -> str | None:
        """A headline's plural event noun the tagger read as a verb in -s after an adjective it
        took for a subject ("Twin blasts at Kabul mosque", "Fresh clashes in Tripoli"): the noun."""
        word = tok.text.lower()
        if tok.pos != "VERB" or tok.tag != "VBZ" or not word.endswith("s"):
            return None
        noun = word[:-1]
        if noun not in self.lex.nouns or st.parse.child(tok.i, "dobj") is not None:
            return None
        subj = st.parse.child(tok.i, "nsubj")
        if (
            subj is None
            or subj.text.lower() not in HEADLINE_QUALIFIERS
            or st.parse.children(subj.i)
        ):
            return None
        return noun

    def _light_misread(self, st: _Article, tok: Token, lemma: str) -> bool:
        """A headline's event noun the tagger read as the verb, after its light verb read as a
        noun ("Mothers hold vigil outside ...", "Nurses stage protest at ...")."""
        if tok.pos != "VERB" or tok.i == 0 or lemma not in self.lex.nouns:
            return False
        before = st.parse[tok.i - 1]
        return before.pos == "NOUN" and before.text.lower() in HEADLINE_LIGHT

    def _deadline(self, st: _Article, tok: Token) -> Frame | None:
        """ "X gave Y seven days to sack the police chief": an ultimatum, X demands it of Y
        (REQUEST); "gave the French envoy 48 hours to leave (the country)": an expulsion."""
        p = st.parse
        passive = p.passive_subjects(tok.i) if p.is_passive(tok.i) else []
        passive = passive or p.shared_passive_subjects(tok.i)  # "declared persona non grata
        # and given 48 hours to leave": the diplomats were given them
        party = p.child(tok.i, "dative") or (passive[0] if passive else None)
        party = self._partitive(st, party) if party is not None else None  # "three of its
        # diplomats"
        spans = [c for c in p.children(tok.i, "npadvmod", "dobj") if c.lemma.lower() in SPANS]
        todo = next((c for c in p.children(tok.i, "advcl", "xcomp") if c.tag == "VB"), None)
        todo = todo or next(  # "gave him 48 hours to leave": the clause hung on the span
            (c for s in spans for c in p.children(s.i, "acl", "relcl") if c.tag == "VB"), None
        )
        if party is None or not spans or todo is None:
            return None
        named = [party, *p.children(party.i, "compound")]  # "the French chargé d'affaires"
        envoy = any(self._in_class(t, "diplomat") for t in named)
        leave = todo.lemma.lower() in LEAVING | {"pack"} and envoy
        event, mode = ("SANCTION", "expel") if leave else ("REQUEST", None)
        after = [t.text.lower() for t in p.sentence_tokens(tok.sentence) if t.i > todo.i]
        will = self.lex.modality["future_aux"] | {"would"}
        if not leave and "or" in after and will & set(after[after.index("or") :]):
            event = "THREATEN"  # "... 48 hours to open talks or it will 'liberate' Uvira"
        trig = Trigger(tok.lemma.lower(), None, event, mode, nominal=False, content=not leave)
        frame = Frame(trig, tok)
        frame.actor = st.finder.subject_of(tok)
        frame.recipient = st.finder.resolver.expand(party)
        if not frame.actor and not passive:
            return None
        if {a.key for a in frame.actor} & {a.key for a in frame.recipient}:
            return None
        return frame

    def _must_frame(self, st: _Article, tok: Token) -> Frame | None:
        """ "X said (that) Y must hand over ...": X demands it of Y (a REQUEST)."""
        p = st.parse
        inner = p.child(tok.i, "ccomp")
        if inner is None or not any(a.text.lower() == "must" for a in _auxes(p, inner)):
            return None
        subj = p.child(inner.i, "nsubj")
        if subj is None or (subj.pos == "PRON" and subj.text.lower() in ("i", "we", "you")):
            return None
        trig = Trigger(tok.lemma.lower(), None, "REQUEST", None, nominal=False, content=True)
        frame = Frame(trig, tok)
        frame.actor = st.finder.subject_of(tok)
        frame.recipient = st.finder.resolver.expand(subj)
        if not any(a.entity.code or a.entity.sector for a in frame.recipient):
            return None
        if not frame.actor or {a.key for a in frame.actor} & {a.key for a in frame.recipient}:
            return None
        return frame

    def _matches(self, st: _Article, tok: Token, entries: tuple[Trigger, ...]) -> Iterator[Frame]:
        """The entries the token's particles allow, those with a particle first."""
        particles = {c.text.lower() for c in st.parse.children(tok.i, "prt")}
        # a complement that makes another verb too ("guns fell silent": no shells falling)
        said = particles | {c.text.lower() for c in st.parse.children(tok.i, "acomp", "oprd")}
        said |= {  # (or read as a bare adverb or preposition right after it: "moved in to")
            c.text.lower()
            for c in st.parse.children(tok.i, "advmod", "prep")
            if c.i == tok.i + 1 and not st.parse.children(c.i, "pobj")
        }
        for trig in entries:
            if trig.particle is None:
                if not said & trig.not_particles:  # "handed in weapons": another verb
                    yield Frame(trig, tok)
                continue
            # a verb with a particle of its own ("called off its search for X") takes no other
            # from its object's words ("call for"); one of its own words it may ("sat down on")
            own = not particles or trig.particle in particles
            # a particle the parser read as an adverb right after the verb ("walked out")
            adverbs = [c for c in st.parse.children(tok.i, "advmod", "advcl") if c.i == tok.i + 1]
            nxt = st.parse[tok.i + 1] if tok.i + 1 < len(st.parse.tokens) else None
            if nxt is not None and nxt.tag == "RP" and nxt.sentence == tok.sentence:
                adverbs.append(nxt)  # "handed over 8,000 tonnes": "over" misread as a quantifier
            # "set a police station ablaze": the particle may follow the object
            bound = st.parse.children(tok.i, "prt", "prep", "acomp", "oprd")
            bound += [  # "made safe a pipe bomb", read as a clause "[a pipe bomb] safe"
                c for c in st.parse.children(tok.i, "ccomp") if c.pos == "ADJ"
            ]
            bound += [  # ... or as "[safe a pipe bomb] left near X", the adjective right after
                m
                for c in st.parse.children(tok.i, "ccomp")
                for subj in st.parse.children(c.i, "nsubj")
                for m in st.parse.children(subj.i, "amod")
                if m.i == tok.i + 1
            ]
            objs = st.parse.children(tok.i, "dobj")
            bound += [
                m for o in objs for m in st.parse.children(o.i, "amod")
            ]  # ... or be read as the object's adjective ("set a checkpost ablaze")
            bound += [
                m
                for o in objs
                for c in st.parse.conjuncts(o.i)
                for m in st.parse.children(c.i, "prep")
                if m.text.lower() == trig.particle
            ]  # ... or hang on a long object ("set cars and an annex of the hall on fire")
            bound += [
                m
                for o in objs
                for inner in st.parse.prep_objects(o.i, ("of",))
                for m in st.parse.children(inner.i, "prep")
                if m.text.lower() == trig.particle
            ]  # ... or on the object's of-phrase ("took the head of a village from his home")
            bound += [
                a
                for a in st.parse.children(tok.i, "advmod", "advcl", "npadvmod", "dobj")
                if any(o.i < a.i <= o.i + 2 for o in objs)
                or (a.text.lower() in FIRE_WORDS and any(o.i < a.i for o in objs))
            ]  # ... or as an adverb after the object ("led the editor away", "took X hostage",
            # "set a refinery in Russia's Ryazan region ablaze")
            bound += [
                st.parse[k]
                for o in objs
                for k in st.parse.subtree(o.i)
                if st.parse[k].text.lower() in FIRE_WORDS
            ]  # ... or inside a long object ("set a minister's residence in Kurunegala alight")
            for c in bound + adverbs + self._clause_marks(st, tok):
                if not own and c.head != tok.i:
                    continue
                if c.text.lower() == trig.particle and not dated(st.parse, c):
                    yield Frame(trig, tok, c)
                    break

    @staticmethod
    def _message_content(st: _Article, tok: Token) -> bool:
        """``tok`` heads a that-clause of a message noun ("an audio message that it would
        attack ..."): what the message said."""
        head = st.parse.head(tok.i)
        marked = any(m.lemma.lower() == "that" for m in st.parse.children(tok.i, "mark"))
        return (
            tok.dep == "acl" and marked and head is not None and head.lemma.lower() in MESSAGE_NOUNS
        )

    @staticmethod
    def _clause_marks(st: _Article, tok: Token) -> list[Token]:
        """Subordinators of a verb's clauses: "pushing for the US to back the plan" ("for"
        marks the clause, not a prepositional phrase)."""
        clauses = st.parse.children(tok.i, "advcl", "ccomp")
        return [m for c in clauses for m in st.parse.children(c.i, "mark")]

    def _verb(self, st: _Article, tok: Token, entries: tuple[Trigger, ...]) -> Frame | None:
        """The first entry whose particle, object and bounds the verb has ("fired on X" with
        no object; else "fired tear gas at X")."""
        if self._is_content(st, tok):
            return None
        for m in self._matches(st, tok, entries):
            if (frame := self._verb_entry(st, tok, m)) is not None:
                return frame
        return None

    def _verb_entry(self, st: _Article, tok: Token, m: Frame) -> Frame | None:
        if not self._object_ok(st, tok, m.trigger):
            return None
        if self._left_in_state(st, tok):
            return None  # "..., leaving a grain terminal burning": a state it left behind
        stance = m.trigger.event in ("SUPPORT", "REJECT") and tok.tag in ("VBG", "VBN")
        head = st.parse.head(tok.i) if stance and tok.dep == "acl" else None
        if head is not None and self._in_class(head, "crowd"):
            return None  # "youths supporting the jailed leader", "demonstrators opposed to X"
        attached = [tok, *([m.particle] if m.particle is not None else [])]
        if any(
            c.lemma.lower() in m.trigger.not_with
            and not any(
                self._in_class(o, "assembly") or self._in_class(o, "workplace")
                for o in st.parse.children(c.i, "pobj")
            )
            for t in attached
            for c in st.parse.children(t.i, "prep")
        ):
            return None  # "walked out of prison" (not "walked out of the Senate")
        if not self._bound_ok(st, tok, m):
            return None
        if m.trigger.obj == "projectile" and st.finder.shot_down(tok, m.particle) is None:
            return None  # downed drones whose owner is not named: the next sense of the verb
        xcomps = st.parse.children(tok.i, "xcomp") if m.trigger.negates else []
        if any(c.lemma.lower() in UNSAID for c in xcomps):
            return None  # "the regulator declined to comment": a refusal to speak, not a stance
        fought = [o.lemma.lower() for o in st.parse.children(tok.i, "dobj")]
        battled = tok.lemma.lower() in BATTLING  # (a tanker targeted is a target, not a mishap)
        if m.trigger.event == "ASSAULT" and battled and any(o in self._mishaps for o in fought):
            return None  # "firefighters battled the blaze", "Zambia battles a cholera outbreak"
        if m.trigger.compounds:  # "sexually abused": the adverb gives the mode
            m = self._compound_sense(st, tok, m)
        if m.trigger.event == "ASSAULT" and (dealt := self._dealt_measure(st, tok)) is not None:
            m = Frame(replace(m.trigger, event="SANCTION", mode=dealt), tok, m.particle)
        objs = [*st.parse.children(tok.i, "dobj"), *st.parse.prep_objects(tok.i, ("for",))]
        if m.trigger.yields and any(o.lemma.lower() in self.lex.nouns for o in objs):
            return None  # "allowed (for) the release of ...": the release is the event
        clause = st.parse.child(tok.i, "xcomp", "ccomp", "advcl")
        said = st.parse.child(tok.i, "xcomp", "ccomp")  # (an adverbial clause is no content:
        # "vows a response as drills begin")
        if (m.trigger.clause_only and clause is None) or (m.trigger.no_clause and said):
            return None
        if m.trigger.bare is not None and clause is None:  # "called on the prime minister"
            event, mode = m.trigger.bare
            m = Frame(replace(m.trigger, event=event, mode=mode, content=False), tok, m.particle)
        if self._commands_own_force(st, tok, m.trigger):
            return None  # "ordered troops to pull back": the withdrawal is the event
        if m.trigger.event == "REQUEST" and self._ordered_held(st, tok):
            # "prosecutors ordered him held for 15 days": a detention, not a request
            held = replace(m.trigger, event="COERCE", mode="arrest", content=False, obj=None)
            m = Frame(held, tok, m.particle)
        frame = st.finder.verb_frame(tok, m.trigger, m.particle)
        named = [st.parse[a.head].lemma.lower() for a in frame.actor]
        if m.trigger.reciprocal and named and all(n in self.lex.nouns for n in named):
            return None  # "the march met with tear gas": an event meets no one
        if m.trigger.reciprocal and (force := self._force_met(st, tok, m.trigger)) is not None:
            return force  # "protesters were met by tear gas": no meeting, force used on them
        return frame

    def _dealt_measure(self, st: _Article, tok: Token) -> str | None:
        """The mode of the sanction an attack verb deals "with" ("UK targets settler outposts
        with sanctions", "hit Moscow with new penalties"): a measure, not an attack."""
        dealt = [tok, *st.parse.children(tok.i, "dobj")]  # (or hung on the object)
        for o in (w for t in dealt for w in st.parse.prep_objects(t.i, ("with",))):
            for trig in self.lex.nouns.get(o.lemma.lower(), ()):
                if trig.event == "SANCTION":
                    return trig.mode
        return None

    @staticmethod
    def _takers_named(st: _Article, frame: Frame) -> list[Arg]:
        """Attackers the sentence names elsewhere, for people taken in the passive with no
        agent: who took them."""
        p, tok = st.parse, frame.token
        if not p.is_passive(tok.i) or frame.trigger.mode != "arrest":
            return []
        named = [
            t
            for t in p.sentence_tokens(tok.sentence)
            if t.i != tok.i
            and t.pos == "NOUN"
            and t.tag == "NNS"
            and singular(t.lemma.lower()) in ASSAILANTS - {"robber", "gang"}
        ]
        return st.finder.resolver.expand(named[0]) if named else []

    @staticmethod
    def _forces_passing(st: _Article, frame: Frame) -> list[Arg]:
        """Armed forces told as the subject of a clause on a passive act with no agent ("...
        were burned down after junta troops passed through", "... as soldiers swept the
        area"): the ones who did it."""
        p, tok = st.parse, frame.token
        if not p.is_passive(tok.i):
            return []
        for clause in p.children(tok.i, "advcl"):
            if not any(
                m.text.lower() in ("after", "as", "when") for m in p.children(clause.i, "mark")
            ):
                continue
            for subj in p.children(clause.i, "nsubj"):
                args = st.finder.resolver.expand(subj)
                if args and all(a.entity.sector in ARMED_SECTORS for a in args):
                    return args
        return []

    @staticmethod
    def _left_in_state(st: _Article, tok: Token) -> bool:
        """A bare participle of what something was left doing ("leaving a terminal burning",
        "left the town reeling"), not an act of its own."""
        p = st.parse
        if tok.tag != "VBG" or p.direct_objects(tok.i):
            return False
        head = p.head(tok.i)
        if head is not None and tok.dep == "acl" and head.dep == "dobj":
            head = p.head(head.i)  # "leaving [a grain terminal] burning"
        elif tok.dep not in ("dobj", "ccomp", "oprd", "xcomp"):
            return False
        return head is not None and head.lemma.lower() == "leave"

    @staticmethod
    def _ordered_held(st: _Article, tok: Token) -> bool:
        """An order whose complement is a bare participle of detention ("ordered him held",
        "were ordered detained pending trial")."""
        if tok.lemma.lower() != "order":
            return False
        return any(
            c.tag == "VBN" and c.lemma.lower() in DETAINED
            for c in st.parse.children(tok.i, "xcomp", "oprd", "ccomp")
        )

    @staticmethod
    def _by_office(st: _Article, tok: Token) -> bool:
        """The noun names the office that issues it ("a presidential pardon", "a royal
        decree", "a government ban"): a state's act though no one is named."""
        mods = st.parse.children(tok.i, "amod", "compound")
        return any(m.lemma.lower() in OFFICES for m in mods)

    @staticmethod
    def _rite(st: _Article, tok: Token) -> bool:
        """The gathering is for or at a rite or show ("gathered for a funeral", "marched in the
        St Patrick's Day parade")."""
        p = st.parse
        objs = p.prep_objects(tok.i, ("for", "at", "in"))
        objs += [o for s in objs for o in p.prep_objects(s.i, ("for",))]  # "at the harbour
        # for the new year fireworks"
        return any(o.lemma.lower() in RITES for o in objs)

    @staticmethod
    def _occasion(st: _Article, tok: Token, occasions: frozenset[str] = OCCASIONS) -> bool:
        """The gathering's purpose or what the gathered did is an occasion, not a cause: to
        mark, commemorate or celebrate something, to pray, or waiting for news."""
        p = st.parse
        if RulesCoder._rite(st, tok):
            return True  # "residents gathered for a funeral": mourners, not protesters
        clauses = p.children(tok.i, "xcomp", "advcl")
        if not any(c.lemma.lower() in occasions for c in clauses):
            return False
        aims = [  # every infinitive of the gathering's phrase ("to remember ... and to insist
            # that someone be held to account": a cause too, wherever the parser hung it)
            p[i]
            for i in p.subtree(tok.i)
            if p[i].tag == "VB" and any(a.text.lower() == "to" for a in p.children(i, "aux"))
        ]
        return all(a.lemma.lower() in OCCASIONS for a in aims)

    @staticmethod
    def _waiting(st: _Article, tok: Token) -> bool:
        """The crowd gathers where people wait for news of their own ("relatives gathered at
        the hospital", "outside the morgue"): worry or grief, no protest unless a cause is
        given."""
        p = st.parse
        if tok.lemma.lower() not in GATHERING:
            return False  # ("nurses strike at hospitals": a walkout where they work)
        preps = [c for c in p.children(tok.i, "prep") if c.text.lower() in ("at", "outside")]
        return any(
            o.lemma.lower() in WAITING_PLACES for c in preps for o in p.children(c.i, "pobj")
        )

    def _bound_ok(self, st: _Article, tok: Token, m: Frame) -> bool:
        """The particle's object or the subject a trigger needs: "took to the streets" (not
        "took to the idea"), "rockets landed near the base" (not "the plane landed")."""
        trig, p = m.trigger, st.parse
        if trig.cause and not self._crowd_cause(st, tok):
            return False  # "shoppers thronged the mall" (not "..., waving flags against X")
        subject = self._subject_token(st, tok) if trig.subject == "crowd" else None
        marchers = subject is not None and self._in_class(subject, "protesters")
        main = p.head(tok.i) if tok.dep == "advcl" and tok.tag == "VBG" else None
        occasion = (
            trig.subject == "crowd"
            and not marchers
            and (self._occasion(st, tok) or (main is not None and self._rite(st, main)))
        )  # (or the clause the trailing act hangs on: "lined the streets for the funeral,
        # bringing traffic to a crawl")
        paraded = trig.lemma == "march" and not trig.nominal and not marchers
        # "marched in the parade", "marched past as families cheered" (but a march to mark
        # an anniversary is often a protest too)
        occasion = occasion or (paraded and self._occasion(st, tok, SHOWS))
        occasion = occasion or (trig.subject == "crowd" and not marchers and self._waiting(st, tok))
        if occasion and not self._crowd_cause(st, tok):
            return False  # "thousands gathered to mark the anniversary", "parents gathered at
            # the school, waiting for news": a commemoration or a vigil of worry, no protest
        if trig.particle_obj is not None:
            objs = p.children(m.particle.i, "pobj") if m.particle is not None else []
            if m.particle is not None:  # "stayed away from work": through the particle's phrase
                objs += p.prep_objects(m.particle.i, ("from", "of", "on"))
                # or the verb's object right after it ("walked off their shifts")
                objs += [o for o in p.children(tok.i, "dobj") if o.i > m.particle.i]
            objs += [self._partitive(st, o) for o in objs]  # "across dozens of highways"
            objs += [c for o in objs for c in p.children(o.i, "compound")]  # "lecture halls"
            if not any(self._in_class(o, trig.particle_obj) for o in objs):
                return False
        if trig.subject is not None:
            subj = self._subject_token(st, tok)  # "thousands of supporters converged"
            owner = st.parse.head(tok.i)
            weapon = trig.subject in ("munition", "arms") and tok.dep == "acl"
            if subj is None and weapon and owner is not None and not p.child(tok.i, "agent"):
                subj = owner  # "An improvised device detonated under a truck, sources said":
                # the clause read as a modifier of its subject
            agents = st.finder.by_agents(tok) if p.is_passive(tok.i) else []
            if agents and trig.subject in ("munition", "arms"):
                subj = agents[0]  # "the bridge had been damaged by an explosive device"
                if self._in_class(subj, "arms") or self._in_class(subj, "munition"):
                    return True
            if subj is None:
                return False
            relative = subj.lemma.lower() in RELATIVE_PRONOUNS and tok.dep == "relcl"
            if relative and owner and trig.subject in ("munition", "arms"):
                subj = owner  # "rockets that rained down" (not "people who had gathered")
            counted = subj.pos == "NUM" or subj.lemma.lower() in self.lex.quantifier_nouns
            if not counted and self._in_class(subj, trig.subject):
                return True  # "the first contingent of police officers landed in Haiti"
            if trig.subject in ("attackers", "munition") and self._weapon_word(st, subj):
                return True  # "tank fire struck near a school"
            if trig.subject == "attackers" and self._armed_name(st, subj):
                return True  # "M23 takes Walikale town"
            if trig.subject == "arms" and self._laden(st, subj):
                return True  # "a car laden with explosives exploded near a hotel"
            subj = self._partitive(st, subj)  # "thousands of fans": the fans
            seized = trig.mode == "obstruct" and trig.obj == "site"  # "insurgents took over"
            return self._in_class(subj, trig.subject) or (seized and self._combatant(st, subj))
        return True

    @staticmethod
    def _armed_name(st: _Article, tok: Token) -> bool:
        """A name the text gives an armed group or force ("M23", "the RSF", "Al-Shabaab")."""
        if tok.pos != "PROPN":
            return False
        return any(a.entity.sector in ARMED_SECTORS for a in st.finder.resolver.expand(tok))

    def _laden(self, st: _Article, tok: Token) -> bool:
        """A vehicle or thing packed, laden or rigged with explosives: a bomb."""
        return any(
            self._in_class(o, "arms")
            for c in st.parse.children(tok.i, "acl", "amod")
            if c.lemma.lower() in LADEN
            for o in st.parse.prep_objects(c.i, ("with",))
        )

    @staticmethod
    def _subject_token(st: _Article, tok: Token) -> Token | None:
        """The verb's subject word; past a dateline the parser made the subject ("NAIROBI —
        Young protesters poured ...": its apposition)."""
        p, resolver = st.parse, st.finder.resolver
        agents = p.prep_objects(tok.i, ("by",)) if p.is_passive(tok.i) else []
        if agents:
            return agents[0]  # "were taken in by police": the police do it
        if (opening := p.gerund_subject(tok.i)) is not None:
            return opening  # "Agitating sanitation workers squatted ...": the workers
        for subj in p.children(tok.i, "nsubj", "nsubjpass"):
            if not resolver.in_dateline(subj):
                return subj
            named = st.finder.past_dateline(subj)
            if named:
                return named[0]
        head = p.head(tok.i)
        if tok.dep == "conj" and head is not None and head.pos == "VERB":
            return RulesCoder._subject_token(st, head)  # "entered the city and took over X"
        if tok.dep == "advcl":  # "after a swarm of drones slammed into ...": cut after "after"
            cut = st.finder.clause_cut_off(tok)
            unmarked = tok.tag == "VBD" and not p.children(tok.i, "mark")
            if cut is None and unmarked and head is not None and head.tag == "VBD":
                # "Rockets fired from across the border slammed into X": a reduced relative
                # read as the main verb; the subject is the rockets'
                return next(iter(p.children(head.i, "nsubj")), None)
            trailing = head is not None and head.pos == "VERB" and tok.i > head.i
            if cut is None and head is not None and trailing and tok.tag == "VBG":
                if p.children(tok.i, "mark"):
                    return None
                return RulesCoder._subject_token(st, head)  # "students sat down at the
                # junction, bringing traffic to a standstill": the students did
            return cut
        # "Pro-Palestinian protesters assembled near the embassy" read as a noun phrase
        return st.finder.verbless_root(tok) if tok.dep == "acl" else None

    def _noun(self, st: _Article, tok: Token, entries: tuple[Trigger, ...]) -> Frame | None:
        """The first entry the noun's particle and bounds allow ("an exchange of fire", else
        "an exchange of prisoners")."""
        for m in self._matches(st, tok, entries):
            if not self._bound_ok(st, tok, m):
                continue  # "a state of emergency", not "the state of the economy"
            return self._noun_entry(st, tok, m)
        return None

    def _noun_entry(self, st: _Article, tok: Token, m: Frame) -> Frame | None:
        if m.trigger.plural_only and tok.tag != "NNS":
            return None
        if any(c.lemma.lower() in m.trigger.not_with for c in st.parse.children(tok.i, "prep")):
            return None  # "a riot of colour"
        if self._idiom(st, tok):
            return None  # "the forwards ran riot"
        if self._incited(st, tok):
            return None  # "accused it of inciting violence": the charge, no happening
        if m.trigger.event == "REQUEST" and self._heeded(st, tok):
            return None  # "traders heeded the call for a general strike": the strike is done
        prep = st.parse.head(tok.i)
        if tok.dep == "pobj" and prep is not None and prep.text.lower() == "without":
            return None  # "the road was reopened without violence": it did not happen
        at = prep is not None and prep.text.lower() in ("at", "through", "past")
        if tok.dep == "pobj" and at and m.trigger.mode == "obstruct":
            return None  # "gunmen stopped the bus at a roadblock": a place on the road
        if m.trigger.event == "MOBILIZE" and self._acting_unit(st, tok):
            return None  # "a navy patrol intercepted a dhow": the patrol is who acts
        mods = self._modifiers(st, tok)
        licensed = not m.trigger.only_after or bool(m.trigger.only_after & mods)
        if not licensed and st.parse.prep_objects(tok.i, ("by",)):
            licensed = True  # "the stir by nurses": a stated agent licenses it as well
        of = {o.lemma.lower() for o in st.parse.prep_objects(tok.i, ("of",))}
        licensed = licensed or bool(m.trigger.only_after & of)  # "a swap of prisoners"
        # "a fast (a prayer vigil) outside the education directorate": where a crowd makes
        # its point licenses a protest noun, whatever its modifiers
        verb = st.parse.head(tok.i) if tok.dep == "dobj" else None  # ("held a vigil outside")
        where = [t.i for t in (tok, verb) if t is not None]
        outside = m.trigger.event == "PROTEST" and any(
            st.parse.prep_objects(i, ("outside",)) for i in where
        )
        licensed = licensed or outside
        if (m.trigger.not_after & mods and not outside) or not licensed:
            return None  # "a press release" is no release; "war games" are an exercise
        if m.trigger.compounds:
            m = self._compound_sense(st, tok, m)
        if m.trigger.event == "PROTEST" and self._struck_at(st, tok):
            m = Frame(replace(m.trigger, event="ASSAULT", mode=None), tok, m.particle)
        frame = st.finder.noun_frame(tok, m.trigger, m.particle)
        unlit = m.trigger.light_only and frame.light is None
        # (a protest camp "entered its second week": it is going on)
        camped = m.trigger.event == "PROTEST" and m.trigger.mode == "demo"
        unlit = unlit and not (camped and st.finder.going_on(tok))
        if unlit and not st.finder.in_force(tok):  # (but "a curfew took effect": imposed by
            # someone unnamed)
            verb = self._on_duty(st, tok)
            if verb is None:
                return None
            frame.actor = frame.actor or st.finder.subject_of(verb)
            if tok.lemma.lower() == "fire" and m.trigger.mode == "firearms":
                # "on fire" is flames, never shooting ("setting vehicles on fire")
                frame.trigger = replace(frame.trigger, mode="primitive")
        if m.trigger.event == "PROTEST" and not frame.actor:
            frame.actor = self._heeders(st, tok)  # "workers stayed at home in response to
            # a call for a stayaway": the workers struck
        lodged = frame.light is not None and frame.light.lemma.lower() in LODGING
        if m.trigger.event == "PROTEST" and lodged:
            # "Paraguay lodged a protest with Bolivia": a complaint, no crowd
            frame.trigger = replace(frame.trigger, event="ACCUSE", mode="disapprove")
        if self._is_content(st, tok) and (not frame.actor or self._signed(st, tok)):
            return None  # "signed a peace accord": the signing is the event
        if m.trigger.event != "PROTEST" and self._called_off(st, tok):
            return None  # "cancelled the visit", "called off the talks": it did not happen
        if self._ended_by_noun(st, tok):
            return None  # "the lifting of martial law": what ends is not happening
        if m.trigger.obj and not self._noun_object_ok(st, tok, m.trigger):
            return None
        return frame

    def _attacked_with(self, st: _Article, frame: Frame) -> bool:
        """A passive attack told with its weapon ("worshippers were set upon with machetes"):
        someone armed did it, though the text names no one."""
        tok = frame.token
        if not st.parse.is_passive(tok.i):
            return False
        held = st.parse.prep_objects(tok.i, ("with",))
        return self._armed_with(st, tok) or any(singular(o.lemma.lower()) in ARMS for o in held)

    def _marching(self, tok: Token) -> bool:
        """A noun of a marching crowd ("a demo", "the march"; not a strike, which may come
        from the air)."""
        entries = self.lex.nouns.get(tok.lemma.lower(), ())
        return any(t.event == "PROTEST" and t.mode == "demo" and not t.compounds for t in entries)

    def _heeders(self, st: _Article, tok: Token) -> list[Arg]:
        """Who heeded the call for ``tok`` ("traders answered the call for a strike", "stayed
        home in response to a call for a stayaway"): the subject of the heeding verb."""
        p = st.parse
        prep = p.head(tok.i)
        call = p.head(prep.i) if prep is not None and prep.text.lower() == "for" else None
        if call is None or call.pos != "NOUN" or not self._heeded(st, call):
            return []
        verb = st.finder.clause_verb(call)
        return st.finder.subject_of(verb) if verb is not None else []

    def _struck_at(self, st: _Article, tok: Token) -> bool:
        """A strike on a place or a target is an attack, not a walkout ("Israeli strike on a
        house", "Iskander strike on Kharkiv centre"; but "a strike on Monday", "a strike
        against the pay scale", "on strike")."""
        if tok.lemma.lower() != "strike":
            return False
        prep = st.parse.head(tok.i) if tok.dep == "pobj" else None
        if prep is not None and prep.text.lower() in ("on", "of"):
            return False  # "went on strike at the port" (but "in response to a strike on X")
        verb = st.parse.head(tok.i) if tok.dep == "nsubj" else None
        if verb is not None and verb.lemma.lower() in STRIKES_HIT:
            mods = st.parse.children(tok.i, "amod", "compound")
            return any(m.ent_type in ("NORP", "GPE") for m in mods)  # "American strikes hit
            # a fuel terminal" (not "strikes hit the capital's transport network")
        if self._modifiers(st, tok) & WALKOUT_WORDS:
            return False  # "a general strike on Monday"
        targets = st.parse.prep_objects(tok.i, STRUCK_PREPS)
        named = targets + [c for t in targets for c in st.parse.children(t.i, "compound")]
        if any(_place_word(t) for t in named):
            return True  # "on Rafah", "on Kharkiv centre"
        return any(self._in_class(t, cls) for t in targets for cls in STRUCK_TARGETS)

    def _compound_sense(self, st: _Article, tok: Token, m: Frame) -> Frame:
        """The sense a modifier gives the noun ("air strike", "hunger strike"); a modifier
        naming the weapon makes a light-verb noun an event on its own ("artillery fire on the
        outskirts", where "fire" alone needs "opened")."""
        mods = self._modifiers(st, tok)
        mods |= {  # "an air force strike": the modifier's own modifier
            g.lemma.lower()
            for c in st.parse.children(tok.i, "compound")
            if c.lemma.lower() == "force"
            for g in st.parse.children(c.i, "compound", "amod")
        }
        for word, event, mode in m.trigger.compounds:
            if word in mods:
                return Frame(
                    replace(m.trigger, event=event, mode=mode, compounds=(), light_only=False),
                    tok,
                    m.particle,
                )
        return m

    def _protest_undergoes(self, st: _Article, tok: Token) -> bool:
        """The passive subject of ``tok`` is a protest ("a rally ... was dispersed")."""
        subjects = st.parse.passive_subjects(tok.i) if st.parse.is_passive(tok.i) else []
        return any(self._protest_noun(s) for s in subjects)

    @staticmethod
    def _described_stance(st: _Article, tok: Token) -> bool:
        """A stance participle describing its noun ("residents opposed to the dam", "parties
        committed to the accord"): no act (the act is what they did)."""
        p = st.parse
        if tok.lemma.lower() not in STANCES or not p.prep_objects(tok.i, ("to",)):
            return False
        if tok.dep == "acl" and tok.tag in ("VBN", "VBD"):  # (a re-read sentence keeps the
            return p.child(tok.i, "agent") is None  # modifier's first tag, often VBD)
        # misparsed as the verb of its noun, with the true verb as its complement ("villagers
        # opposed to the mine have been camping ..."): that verb has auxiliaries, no subject
        told = p.children(tok.i, "ccomp")
        return any(p.child(c.i, "aux") and not p.child(c.i, "nsubj", "nsubjpass") for c in told)

    @staticmethod
    def _casualties_moved(st: _Article, frame: Frame) -> bool:
        """The people moved are casualties ("injured soldiers", "the wounded") or are moved to
        be cared for ("to hospital", "for treatment")."""
        p, verb = st.parse, frame.token
        moved = p.passive_subjects(verb.i) + p.children(verb.i, "dobj")
        hurt = any(
            m.lemma.lower() in CASUALTIES for o in moved for m in [o, *p.children(o.i, "amod")]
        )
        cared = {o.lemma.lower() for o in p.prep_objects(verb.i, ("to", "for"))} & CARE
        return hurt or bool(cared)

    def _moved_force(self, st: _Article, frame: Frame) -> str | None:
        """A passive deployment with no stated sender: the forces moved become its actor (and
        leave the recipients); the mode they name, if any."""
        p = st.parse
        moved = [
            a
            for a in frame.recipient
            if self._in_class(self._partitive(st, p[a.head]), "force")
            and a.head in {s.i for s in p.passive_subjects(frame.token.i)}
        ]
        if not moved:
            return None
        frame.actor = moved
        frame.recipient = [a for a in frame.recipient if a not in moved]
        return self._mobilize_mode(st, frame)

    def _sent_away(self, st: _Article, frame: Frame) -> list[Arg] | None:
        """Diplomats told in the passive to leave a country: that country (its government
        when named, else the state where the act was told), or None when it is no such
        order."""
        p, tok = st.parse, frame.token
        leave = next((x for x in p.children(tok.i, "xcomp") if x.lemma.lower() in LEAVING), None)
        sent = p.passive_subjects(tok.i)
        if leave is None or not any(self._in_class(s, "diplomat") for s in sent):
            return None
        for place in p.children(leave.i, "dobj"):
            codes = [c for a in st.finder.resolver.expand(place) if (c := a.entity.code)]
            if codes:
                return [government(codes[0], place)]
        return st.finder.unstated_state(frame)

    def _hit(self, st: _Article, frame: Frame) -> Hit | None:
        trig = frame.trigger
        if trig.reciprocal and (not frame.actor or st.parse.is_passive(frame.token.i)):
            return None
        fired_at = trig.event == "ASSAULT" and trig.obj == "munition" and bool(frame.recipient)
        crude = trig.mode in ("primitive", "destroy", "vandalize")
        in_riot = (
            crude and st.parse.is_passive(frame.token.i) and self._crowd_told(st, frame, scene=True)
        )
        if trig.agent and not frame.actor and trig.event == "COERCE":
            frame.actor = self._takers_named(st, frame)  # "14 pupils were taken from their
            # dormitories, an official said, adding that the attackers came on motorcycles"
        if trig.agent and not frame.actor and trig.event in ("ASSAULT", "COERCE"):
            frame.actor = self._forces_passing(st, frame)  # "houses were burned down after
            # junta troops passed through"
        armed_scene = trig.event == "ASSAULT" and self._armed_scene(st, frame)
        armed_scene = armed_scene or (trig.event == "ASSAULT" and self._attacked_with(st, frame))
        if trig.agent and not frame.actor and not (fired_at or in_riot or armed_scene):
            return None  # (but "a grenade was launched against the police post": someone did,
            # and "police vans were pelted with stones during a protest": the crowd did)
        backing = trig.event == "SUPPORT" and trig.lemma in ("back", "support")
        if backing and frame.token.dep == "acl" and frame.token.tag == "VBN":
            return None  # "troops backed by clan fighters retook the town": who they are
        if self._described_stance(st, frame.token):
            return None  # "villagers opposed to a planned mine have been camping at the site":
            # who they are, not what they did
        spoken = trig.event in SPEECH_ACTS and trig.mode != "investigate"
        passive_ask = trig.event == "REQUEST" and st.parse.is_passive(frame.token.i)
        if passive_ask and (left := self._sent_away(st, frame)) is not None:
            # "three French diplomats were ordered to leave Burkina Faso": an expulsion by
            # the country they must leave
            frame.trigger = trig = replace(trig, event="SANCTION", mode="expel", content=False)
            frame.actor = frame.actor or left
            spoken = passive_ask = False
        if spoken and not frame.actor and trig.nominal and self._by_office(st, frame.token):
            # "a presidential pardon was issued for an Egyptian activist": the state's (where
            # it was issued, else the one of those it was for)
            homes = {a.entity.code for a in frame.recipient if a.entity.code}
            home = [government(homes.pop(), frame.token)] if len(homes) == 1 else []
            frame.actor = st.finder.unstated_state(frame) or home
        if trig.event == "CONCEDE" and trig.lemma in LETTING and not frame.actor:
            return None  # "residents were allowed back into their homes": no one named eased
            # anything (a curfew lifted in the passive stays a concession)
        if spoken and not frame.actor and (trig.nominal or passive_ask):
            return None  # "amid threats", "drivers are asked to ...": nobody is said to speak
        if trig.police and not frame.actor and self._protest_undergoes(st, frame.token):
            return None  # "a rally ... was dispersed with water cannon": the protest is told,
            # with the police act as what befell it
        if trig.police and not any(self._is_state(st, a) for a in frame.actor):
            # "were lathi-charged", the headline's "protesters cane-charged": by police
            frame.recipient = frame.recipient or frame.actor
            frame.actor = st.finder.unstated_state(frame)
        state_actor = any(self._is_state(st, a) for a in frame.actor)
        event, mode = self._event_mode(st, frame, state_actor)
        demo = [st.parse[a.head] for a in frame.actor]
        if event == "ASSAULT" and demo and all(self._marching(t) for t in demo):
            event, mode = "PROTEST", "riot"  # "bottles thrown at police by a left-wing demo"
        if event in ("ASSAULT", "COERCE") and not frame.actor:
            frame.actor = self._forces_passing(st, frame)  # "homes were burned after junta
            # troops passed through" (an attack by its sense: burned property)
            state_actor = state_actor or any(self._is_state(st, a) for a in frame.actor)
        if event == "MOBILIZE" and self._casualties_moved(st, frame):
            return None  # "injured soldiers were flown to Kabul for treatment": no deployment
        if event == "MOBILIZE" and not frame.actor and st.parse.is_passive(frame.token.i):
            mode = self._moved_force(st, frame) or mode  # "50 companies of police are being
            # flown into Manipur": the force itself moves, and names the mode
        if event == "ASSAULT" and mode in (None, "explosives") and self._suicide(st, frame):
            mode = "suicide-attack"  # "a suicide bomber struck", "blew himself up"
        if event == "ASSAULT" and mode in (None, "firearms") and self.singled_out(st, frame):
            mode = "targeted"  # "a town mayor was shot dead at a festival"
        if event == "ASSAULT" and mode is None:
            mode = self.weapon_named(st, frame)  # "attackers armed with machetes raided ..."
        if not self._political(st, frame, event):
            return None  # before the unstated state below: an arrest for theft stays a crime
        if not frame.actor and (event == "COERCE" or mode == "investigate"):
            frame.actor = st.finder.unstated_state(frame)  # acts of state: no one else does them
            state_actor = bool(frame.actor)
        modality = st.attrs.modality(frame)
        reported, _verb = st.finder.reporter(frame)
        told = reported or self._message_content(st, frame.token)  # "warned in a video
        # message that it would attack ...": the message's content
        if modality.would and told and modality.condition is None:
            # reported "would" is the future seen from the past ("said they would boycott")
            modality = replace(modality, future=True, hypothetical=False)
        event, mode, modality = self._modal_sense(event, mode, modality, bool(reported))
        tok = frame.token
        end = frame.particle.end if frame.particle and frame.particle.i == tok.i + 1 else tok.end
        hit = Hit(
            event, mode, tok.sentence, (tok.start, end), frame.actor, frame.recipient, reported,
            modality.negated, modality.future, modality.hypothetical,
        )  # fmt: skip
        hit.cameo_root = trig.cameo_root
        self._fill(st, frame, hit, state_actor)
        return hit

    def _fill(self, st: _Article, frame: Frame, hit: Hit, state_actor: bool) -> None:
        if (size := st.attrs.size(frame)) is not None:
            hit.size, span = size
            hit.size_span = (span.start, span.end)
        if (date := st.attrs.date(frame)) is not None:
            hit.date, hit.date_precision, dspan = date
            hit.date_span = (dspan.start, dspan.end) if dspan else None
        taken = {a.head for a in frame.actor + frame.recipient}
        local = hit.event in LOCAL_EVENTS
        hit.location = st.attrs.location(frame, taken, sole=local) or self._fallback_place(st, hit)
        infer_parties(hit, frame.token, state_actor=state_actor)
        target = any(self._political_party(a) for a in frame.recipient)
        hit.context = st.attrs.contexts(frame, state_actor, target)
        hit.confidence = self._confidence(frame, hit)

    @staticmethod
    def _fallback_place(st: _Article, hit: Hit) -> EventLocation | None:
        """Where a material event happened when its sentence places it nowhere we know: the
        dateline's place (stated, with its span), else the article's main country, else the one
        country of all the text's places, when its actors are not foreign to it (no evidence
        span: it is inferred). A sentence naming a place we cannot place skips the first two
        ("invaded the community of Kairu" under a headline about Zamfara)."""
        if hit.event not in LOCAL_EVENTS:
            return None
        named = any(m.sentence == hit.sentence and m.label in PLACE_LABELS for m in st.doc.mentions)
        d = st.finder.resolver.dateline
        if d is not None and not named:
            return EventLocation(
                d.place.title(), d.code, resolution="city", start=d.start, end=d.end
            )
        main = st.finder.resolver.main_country
        found = None
        if main is not None and not named:
            found = EventLocation(country_name(main), main, resolution="country")
        found = found or st.attrs.places.text_place()
        if found is None or any(a.entity.code not in (None, found.country) for a in hit.actor):
            return None
        return found

    @staticmethod
    def _confidence(frame: Frame, hit: Hit) -> float:
        score = 0.4
        score += 0.2 if hit.actor else 0.0
        score += 0.1 if any(a.entity.code for a in hit.actor) else 0.0
        score += 0.1 if hit.recipient else 0.0
        score += 0.1 if not frame.trigger.nominal or frame.light is not None else 0.0
        score -= 0.15 if hit.hypothetical else 0.0
        score -= 0.05 if hit.reported_by else 0.0
        return round(min(0.95, max(0.05, score)), 2)


def _auxes(parse: Parse, verb: Token) -> list[Token]:
    return parse.children(verb.i, "aux")


def _place_word(tok: Token) -> bool:
    """A word naming a place: tagged as one, or a proper noun the gazetteer knows."""
    if tok.ent_type in ("GPE", "LOC", "FAC"):
        return True
    return tok.pos == "PROPN" and place_country(tok.text) is not None
