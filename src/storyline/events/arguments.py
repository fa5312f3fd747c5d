"""Who did it and to whom: actor, recipient and reporting party of a trigger, from the parse."""

from __future__ import annotations

from dataclasses import dataclass, field

from storyline.annotate.actors import country_name, instrument_sector
from storyline.events.entities import Arg, EntityResolver
from storyline.events.graph import RELATIVE_PRONOUNS, Parse
from storyline.events.lexicon import Lexicon, Trigger
from storyline.events.passives import reduced_passive
from storyline.events.recipients import PARTY_LABELS
from storyline.events.subjects import SubjectRules
from storyline.records import EventEntity, Token

#: verbs whose with-phrase names the act done in response ("answered with a walkout")
RESPONDING = frozenset({"respond", "answer", "react", "retaliate", "reply"})
# nominal triggers whose unstated actor is the subject of the governing verb
PARTICIPANT_NOUNS = frozenset({"PROTEST"})
# nominal triggers whose unstated actor is the subject of a verb they modify through a
# preposition ("arrived on a visit", "flew in for talks")
ATTENDED_NOUNS = frozenset({"CONSULT"})
# verbs of travel whose "in"/"to" place is the destination ("arrived in Amman on a visit")
ARRIVING = frozenset({"arrive", "fly", "travel", "go", "come", "return", "land", "head", "reach"})
# what is sent somewhere: a force or aid named by a noun that "arrived in" a country
SENT = frozenset({"AID", "MOBILIZE"})
# sectors that take part in fighting
ARMED = frozenset({"MIL", "REB", "PRM", "COP", "UAF", "GOV", "SPY"})
# verbs of taking part: the subject is the actor of the act named in their "in" phrase
ENGAGING = frozenset({"engage", "involve", "participate", "take", "join"})
# events whose passive subject, when an armed force, is the actor ("troops were withdrawn")
MOVING = frozenset({"RETREAT", "SANCTION", "MOBILIZE"})
# verbs whose passive form with "to" names the subject's stance ("X is opposed to Y")
STANCES = frozenset({"oppose", "commit", "dedicate", "devote"})


@dataclass(slots=True)
class Frame:
    """The arguments found for one trigger occurrence."""

    trigger: Trigger
    token: Token
    particle: Token | None = None
    light: Token | None = None  # light verb governing a nominal trigger
    actor: list[Arg] = field(default_factory=list)
    recipient: list[Arg] = field(default_factory=list)
    reported_by: list[Arg] = field(default_factory=list)
    counted: list[Token] = field(default_factory=list)  # tokens a size may be bound to

    @property
    def clause(self) -> Token:
        """The verb whose clause holds the event (the trigger, or its light verb)."""
        return self.light or self.token


#: light verbs a headline's passive uses for a measure put in force, which the tagger may read
#: as a past tense ("Curfew slapped on Imphal valley"; not "clashes continued")
IMPOSING = frozenset({"impose", "reimpose", "slap", "clamp", "declare", "enforce", "proclaim"})


class ArgumentFinder(SubjectRules):
    def __init__(self, parse: Parse, resolver: EntityResolver, lexicon: Lexicon) -> None:
        self.parse = parse
        self.resolver = resolver
        self.lex = lexicon

    # ------------------------------------------------------------------ verbs
    def verb_frame(self, tok: Token, trig: Trigger, particle: Token | None) -> Frame:
        p = self.parse
        frame = Frame(trig, tok, particle)
        frame.actor = self.subject_of(tok)
        head = p.head(tok.i)
        misread = tok.dep == "acl" and tok.tag in ("VBN", "VBD") and not p.child(tok.i, "agent")
        if not frame.actor and trig.intransitive and misread and head is not None:
            frame.actor = self.resolver.expand(head)  # "Students of the university manifested
            # on Thursday ...": a verb with no passive read as the noun's participle
        objs: list[Token] = []
        if self._stative(tok):  # "Israel is opposed to X": a stance, not a passive act
            frame.actor = [
                a for s in p.children(tok.i, "nsubjpass") for a in self.resolver.expand(s)
            ]
            objs = p.prep_objects(tok.i, ("to",))
        elif self._moved_force(tok, trig):  # "peacekeepers were pulled out of X"
            frame.actor = [
                a for s in p.children(tok.i, "nsubjpass") for a in self.resolver.expand(s)
            ]
        elif (undergoer := self.copular_passive(tok) or reduced_passive(p, tok, trig)) is not None:
            # "teachers were lathi-charged by police", "Activist arrested over post"
            agents = self.by_agents(tok)
            frame.actor = [a for o in agents[:1] for a in self.resolver.expand(o)]
            objs = [undergoer]
        elif p.is_passive(tok.i):
            objs = p.passive_subjects(tok.i)
            if not frame.actor and trig.event == "ASSAULT":
                frame.actor = self._weapon_used(tok)  # "died in a roadside blast"
        else:
            objs = p.direct_objects(tok.i) + p.children(tok.i, "dative")
        objs += p.prep_objects(tok.i, trig.recipient_preps)
        if particle is not None and particle.dep == "prep":
            objs += p.children(particle.i, "pobj")
        # a relative clause ("prisoners who were jailed") names its noun but does not count it
        frame.counted = [o for o in objs if o.lemma.lower() not in RELATIVE_PRONOUNS]
        objs = [self._object_head(tok, o) for o in objs]
        arms = self.lex.object_classes.get("arms", frozenset())
        for obj in objs:
            if obj.lemma.lower() in arms:
                continue  # "defused a bomb", "recovered an arms cache": a weapon undergoes nothing
            if obj.dep == "dobj" and self._own_force(obj, trig):
                continue  # "withdrew its troops from X": the recipient is X (found below)
            if obj.dep == "dobj" and not trig.reciprocal and obj.lemma.lower() in self.lex.nouns:
                frame.recipient.extend(self._own_parties(obj))  # "rejected demands from X"
                continue
            args = self.resolver.expand(obj)
            if trig.content and not any(self.is_party(self.parse[a.head]) for a in args):
                continue
            frame.recipient.extend(args)
        if trig.reporting and not frame.recipient:
            frame.recipient = self._inner_subject(tok)
        if (weapon := self._met_weapon(tok)) is not None:  # "a bus hit a mine": its victim;
            # who laid it did it ("a mine laid by dissidents"), else the weapon stands for them
            frame.recipient = frame.actor + frame.recipient
            layers = [o for c in p.children(weapon.i, "acl") for o in p.prep_objects(c.i, ("by",))]
            frame.actor = self.resolver.expand(layers[0] if layers else weapon)
        if trig.event == "ASSAULT" and (shot := self.shot_down(tok, particle)) is not None:
            frame.recipient = frame.actor  # the defender was the target
            frame.actor = self.resolver.expand(shot)
        self.settle_recipient(frame)
        if trig.reciprocal:
            both = frame.actor + frame.recipient
            frame.actor = [a for a in both if self._is_party_arg(a)]
            frame.recipient = []
        return frame

    def _people(self, arg: Arg) -> bool:
        """A plural noun that can take part in a protest ("bakers ... in a strike"), not a
        thing ("ovens", "roads") or a natural force."""
        head = self.parse[arg.head]
        things = self.lex.inanimate_actors | self.lex.object_classes.get("way", frozenset())
        return head.tag == "NNS" and head.lemma.lower() not in things

    def copular_passive(self, tok: Token) -> Token | None:
        """A passive the parser read as a copula and an adjective ("teachers were
        lathi-charged by police") or as a reporting verb's complement ("officers reported
        injured"): the subject undergoes the act."""
        head = self.parse.head(tok.i)
        reported = head is not None and head.lemma.lower() in self.lex.reporting_verbs
        if tok.dep == "xcomp" and tok.tag == "VBN" and reported and not self.by_agents(tok):
            # "with several officers reported injured": they were hurt
            return self.parse.child(head.i, "nsubj") if head is not None else None
        if tok.dep != "acomp" or tok.tag != "VBN" or head is None or head.lemma != "be":
            return None
        if self.parse.child(tok.i, "agent") is None:
            return None
        return self.parse.child(head.i, "nsubj")

    def _dangling(self, arg: Arg) -> bool:
        """A pronoun whose antecedent was not found ("their strike"): the clause may say more."""
        head = self.parse[arg.head]
        if self.resolver.in_dateline(head) or head.ent_type in ("DATE", "TIME"):
            return True  # a dateline's place is where and a day when, never who
        return head.pos == "PRON" and not (arg.entity.code or arg.entity.sector)

    def _weapon_used(self, verb: Token) -> list[Arg]:
        """The weapon an agentless attack was made with stands for its unnamed operator."""
        for obj in self.parse.prep_objects(verb.i, ("in", "by", "with")):
            words = [obj, *self.parse.children(obj.i, "compound")]
            if any(instrument_sector(w.lemma) for w in words):
                return self.resolver.expand(obj)
        return []

    def _moved_force(self, verb: Token, trig: Trigger) -> bool:
        """An armed force withdrawn, disbanded or deployed with no agent named: the force (its
        command) acts, and is no recipient."""
        p = self.parse
        if trig.event not in MOVING or trig.mode == "release" or not p.is_passive(verb.i):
            return False  # soldiers "were freed" are captives, not actors
        if p.child(verb.i, "agent") is not None:
            return False
        subj = p.child(verb.i, "nsubjpass")
        if subj is None:
            return False
        if subj.lemma.lower() in self.lex.object_classes.get("force", frozenset()):
            return True
        return any(a.entity.sector in ("MIL", "REB") for a in self.resolver.expand(subj))

    def _stative(self, verb: Token) -> bool:
        """ "is opposed to", "is committed to": a passive form naming a stance, no agent."""
        p = self.parse
        if verb.lemma.lower() not in STANCES or not p.is_passive(verb.i):
            return False
        return p.child(verb.i, "agent") is None and bool(p.prep_objects(verb.i, ("to",)))

    def _inner_subject(self, verb: Token) -> list[Arg]:
        inner = self.parse.child(verb.i, "ccomp")
        return self.subject_of(inner) if inner is not None else []

    # ------------------------------------------------------------------ nouns
    def governor(self, tok: Token) -> Token:
        """Climb from "arrests" in "a wave of arrests" to "wave"."""
        p = self.parse
        head = p.head(tok.i)
        if tok.dep == "pobj" and head is not None and head.text.lower() in ("of", "in"):
            owner = p.head(head.i)
            if owner is None:
                return tok
            if head.text.lower() == "of" and owner.lemma.lower() in self.lex.quantifier_nouns:
                return owner
            amount = owner.ent_type == "MONEY" or self.parse.child(owner.i, "nummod") is not None
            if head.text.lower() == "in" and amount:  # "50 million euros in aid"
                return owner
        return tok

    def light_verb(self, tok: Token) -> Token | None:
        top = self.governor(tok)
        head = self.parse.head(top.i)
        if head is not None and top.dep == "pobj" and head.text.lower() == "with":
            verb = self.parse.head(head.i)  # "unions answered with a walkout", "Israel
            # retaliated with air strikes": the response is the act of the one responding
            if verb is not None and verb.pos == "VERB" and verb.lemma.lower() in RESPONDING:
                return verb
        into = head is not None and top.dep == "pobj" and head.text.lower() in ("into", "under")
        if into and head is not None and (verb := self.parse.head(head.i)) is not None:
            # "took 14 people into custody", "placed him under arrest"
            return verb if verb.pos == "VERB" and self._is_light(verb) else None
        # "a boycott launched by consumers": a participle with its agent on the noun itself
        # (not a noun some other verb governs: "police prevented the demonstration staged by
        # students" is the police's act)
        reduced = [c for c in self.parse.children(top.i, "acl") if c.tag == "VBN"]
        told = top.dep in ("nsubj", "nsubjpass", "ROOT")
        # (or a phrase's object: "the first night of a curfew ordered by the government")
        told = told or (top.dep == "pobj" and head is not None and head.text.lower() == "of")
        if (
            told
            and reduced
            and self.parse.children(reduced[0].i, "agent")
            and self._is_light(reduced[0])
        ):
            return reduced[0]
        if (
            head is not None
            and top.dep == "nsubj"
            and (head.tag == "VBN" or (head.tag == "VBD" and head.lemma.lower() in IMPOSING))
            and not self.parse.children(head.i, "aux", "dobj")
        ):
            return head if self._is_light(head) else None  # "Curfew imposed in Dhaka", a
            # headline's passive read as a past tense ("Curfew slapped on Imphal valley")
        if head is None or head.pos != "VERB" or top.dep not in ("dobj", "nsubjpass"):
            return None
        return head if self._is_light(head) else None

    def in_force(self, tok: Token) -> bool:
        """A measure that "took effect" or "came into force" (told as the subject)."""
        top = self.governor(tok)
        head = self.parse.head(top.i)
        return head is not None and top.dep == "nsubj" and self._takes_effect(head)

    def going_on(self, tok: Token) -> bool:
        """A happening told as the subject of "entered its second week" and the like."""
        top = self.governor(tok)
        head = self.parse.head(top.i)
        return head is not None and top.dep == "nsubj" and self._runs_on(head)

    def _runs_on(self, verb: Token) -> bool:
        """``verb`` is "entered its second week" or "dragged into a third day": the happening
        its subject names is going on ("the encampment entered its second week")."""
        lemma = verb.lemma.lower()
        spans = ("day", "week", "month", "year")
        if lemma == "enter":
            return any(o.lemma.lower() in spans for o in self.parse.children(verb.i, "dobj"))
        if lemma in ("drag", "stretch", "go", "run"):
            return any(o.lemma.lower() in spans for o in self.parse.prep_objects(verb.i, ("into",)))
        return False

    def _takes_effect(self, verb: Token) -> bool:
        """``verb`` is "took effect" or "came/went into force"."""
        lemma = verb.lemma.lower()
        if lemma == "take":
            return any(o.lemma.lower() == "effect" for o in self.parse.children(verb.i, "dobj"))
        if lemma in ("come", "go", "enter"):
            return any(
                o.lemma.lower() in ("force", "effect")
                for o in self.parse.prep_objects(verb.i, ("into",))
            ) or any(o.lemma.lower() == "force" for o in self.parse.children(verb.i, "dobj"))
        if lemma == "apply":
            return True  # "a night curfew will apply in three provinces"
        if lemma in ("be", "remain", "stay"):  # "the curfew remains in force"
            held = self.parse.prep_objects(verb.i, ("in",))
            return any(o.lemma.lower() in ("force", "effect", "place") for o in held)
        return False

    def _is_light(self, verb: Token) -> bool:
        lemma = verb.lemma.lower()
        if lemma in self.lex.light_verbs:
            return True
        # the tagger's lemma sometimes drops a final "e" ("staged" -> "stag")
        return verb.text.lower().startswith(lemma) and lemma + "e" in self.lex.light_verbs

    def noun_frame(self, tok: Token, trig: Trigger, particle: Token | None) -> Frame:
        p = self.parse
        frame = Frame(trig, tok, particle, light=self.light_verb(tok))
        own: list[Token] = p.children(tok.i, "poss")
        own += p.prep_objects(tok.i, ("by", "from"))
        if not own:  # "a blockade of the border post by truck drivers": the model hung the
            # agent on the noun's own object
            own += [
                b
                for o in p.prep_objects(tok.i, ("of", "on", "at"))
                for b in p.prep_objects(o.i, ("by",))
            ]
        gov = p.head(self.governor(tok).i)
        stopped = gov is not None and gov.lemma.lower() in self.lex.stopping_verbs
        if trig.event == "PROTEST" and not stopped:
            own += self.acl_agents(tok)  # "a bandh called by opposition parties"
        recips = p.prep_objects(tok.i, trig.recipient_preps)
        if frame.light is not None:  # "held talks with X": the phrase hangs on the light verb
            recips += p.prep_objects(frame.light.i, trig.recipient_preps)
        if particle is not None:
            recips += p.children(particle.i, "pobj")
        if not recips and (held := self.passive_verb(tok)) is not None:
            recips += p.children(held.i, "nsubjpass")  # "X was placed under arrest"
        of_objs = p.prep_objects(tok.i, ("of",))
        if trig.of == "actor":
            own += of_objs
        elif trig.of == "recipient":
            recips += of_objs
        for mod in p.children(tok.i, "amod", "compound"):
            if mod.ent_type in PARTY_LABELS or mod.pos == "PROPN":
                own.append(mod)
        subjected = self._subjected(tok)
        if subjected is not None:  # "teachers were subjected to beating by the Asayish"
            own += [o for a in p.children(subjected.i, "agent") for o in p.children(a.i, "pobj")]
            recips += p.children(subjected.i, "nsubjpass")
        frame.actor = [a for o in own for a in self.resolver.expand(o) if not self._dangling(a)]
        if not frame.actor and frame.light is not None:
            frame.actor = self.subject_of(frame.light)
        if not frame.actor and (verb := self._engaged_in(tok)) is not None:
            frame.actor = self.resolver.expand(verb)
        if not frame.actor and (blamed := self._blamed_for(tok)) is not None:
            frame.actor = self.resolver.expand(blamed)
        if not frame.actor and trig.event == "PROTEST" and (who := self._on_it(tok, "on")):
            # people of a known sector, not "a report on the strike"
            frame.actor = [a for a in self.resolver.expand(who) if a.entity.sector]
        attended = trig.event in ATTENDED_NOUNS and self._purpose_of_travel(tok)
        if not frame.actor and (trig.event in PARTICIPANT_NOUNS or attended):
            frame.actor = self._participants(tok)
        sides: list[Arg] = []
        truce = trig.mode == "ceasefire"  # "the ceasefire between India and Pakistan held"
        if not frame.actor and (tok.lemma.lower() in self.lex.combat_nouns or truce):
            sides = self._sides(tok)  # "clashes between X and Y": X fought Y
            if not sides and (who := self._on_it(tok, "in")) is not None:
                # "gangs and police in gunbattle": the line's parties, of a known sector
                sides = [a for a in self.resolver.expand(who) if a.entity.sector]
            frame.actor = sides[:1] or [
                a for a in self._participants(tok) if a.entity.sector in ARMED
            ]
        frame.recipient = [a for r in recips for a in self.resolver.expand(r)] or sides[1:]
        self.settle_recipient(frame)
        if attended and not frame.recipient:
            prep = p.head(tok.i)
            frame.recipient = self._destination(p.head(prep.i) if prep else None, frame.actor)
        # "the deployment of NATO troops arrived in Bosnia": what is sent goes where it arrives
        arrived = p.head(tok.i) if tok.dep == "nsubj" else None
        if trig.event in SENT and not frame.recipient and arrived and arrived.lemma in ARRIVING:
            frame.recipient = self._destination(arrived, frame.actor)
        top = self.governor(tok)
        frame.counted = [tok, *recips] + ([top] if top.i != tok.i else [])
        if trig.reciprocal:
            both = frame.actor + frame.recipient
            frame.actor = [a for a in both if self._is_party_arg(a)]
            frame.recipient = []
        return frame

    def _on_it(self, tok: Token, word: str) -> Token | None:
        """The people a verbless line puts on a protest or in a fight (``word`` "on" or "in":
        "nurses at the teaching hospital on indefinite strike from today", "gangs and police
        in gunbattle"): the line's head noun, over the phrases between."""
        p = self.parse
        prep = p.head(tok.i)
        if tok.dep != "pobj" or prep is None or prep.text.lower() != word:
            return None
        owner = p.head(prep.i)
        while owner is not None and owner.dep == "pobj" and (up := p.head(owner.i)) is not None:
            owner = p.head(up.i)  # "nurses at the hospital on strike": the nurses
        if owner is None or owner.pos != "NOUN" or owner.dep not in ("ROOT", "dep"):
            return None  # (or hung on the attribution after it: "..., family says")
        return owner

    def passive_verb(self, tok: Token) -> Token | None:
        """The passive verb a nominal trigger completes ("placed under investigation")."""
        prep = self.parse.head(tok.i)
        if tok.dep != "pobj" or prep is None or prep.dep != "prep":
            return None
        verb = self.parse.head(prep.i)
        if verb is None or verb.pos != "VERB" or not self.parse.is_passive(verb.i):
            return None
        return verb if self.parse.child(verb.i, "agent") is None else None

    def unstated_state(self, frame: Frame) -> list[Arg]:
        """The state where an agentless passive act of state happened ("X was arrested in Iran",
        "placed under investigation in Italy"): that country's government acted."""
        p = self.parse
        verb = frame.token if not frame.trigger.nominal else self.passive_verb(frame.token)
        if verb is None or not p.is_passive(verb.i) or p.child(verb.i, "agent") is not None:
            return []
        taken = {a.head for a in frame.recipient}
        for place in p.prep_objects(verb.i, ("in",)) + p.prep_objects(frame.token.i, ("in",)):
            if place.ent_type != "GPE" or place.i in taken:
                continue
            codes = {c for a in self.resolver.expand(place) if (c := a.entity.code)}
            if len(codes) == 1:
                return [government(codes.pop(), place)]
        # "dozens were detained" in a report about one country whose sentence names no other
        home = self.resolver.main_country
        if home is not None and self.resolver.sentence_countries(verb.sentence) <= {home}:
            return [government(home, verb)]
        return []

    def _sides(self, tok: Token) -> list[Arg]:
        """The two sides of fighting "between X and Y", on the noun or on the verb it is the
        subject of ("fighting broke out between X and Y")."""
        p = self.parse
        sides = p.prep_objects(tok.i, ("between",))
        head = p.head(tok.i)
        if not sides and tok.dep == "nsubj" and head is not None:
            sides = p.prep_objects(head.i, ("between",))
        return [a for s in sides for a in self.resolver.expand(s)]

    def _engaged_in(self, tok: Token) -> Token | None:
        """ "X were engaged in ethnic cleansing", "X took part in the fighting": the subject of
        the verb of taking part is the actor of the act it is engaged in."""
        p = self.parse
        prep = p.head(tok.i)
        if tok.dep != "pobj" or prep is None or prep.text.lower() != "in":
            return None
        verb = p.head(prep.i)
        if verb is None or verb.lemma.lower() not in ENGAGING:
            return None
        if verb.lemma.lower() == "take" and p.child(verb.i, "dobj") is None:
            return None  # "take part in"
        return p.child(verb.i, "nsubj", "nsubjpass")

    def _blamed_for(self, tok: Token) -> Token | None:
        """ "X was blamed for the raid" by no one named, "the raid, blamed on X": who is blamed
        is who the act is laid on (not "Palestinians blamed Israel for the bombing": that blame
        is the news)."""
        p = self.parse
        for acl in p.children(tok.i, "acl"):  # "the raid, blamed on ADF rebels, came ..."
            if acl.lemma.lower() == "blame" and acl.tag == "VBN":
                on = p.prep_objects(acl.i, ("on",))
                return on[0] if on else None
        prep = p.head(tok.i)
        if tok.dep != "pobj" or prep is None or prep.text.lower() != "for":
            return None
        verb = p.head(prep.i)
        if verb is None or verb.lemma.lower() != "blame" or verb.pos != "VERB":
            return None
        if p.child(verb.i, "agent") is not None:
            return None
        return p.child(verb.i, "nsubjpass")

    def _purpose_of_travel(self, tok: Token) -> bool:
        """ "arrived on a visit", "flew in for talks" (not "signed it at a summit": the venue)."""
        prep = self.parse.head(tok.i)
        return tok.dep == "pobj" and prep is not None and prep.text.lower() in ("on", "for")

    def _destination(self, verb: Token | None, actor: list[Arg]) -> list[Arg]:
        """ "arrived in Amman on a visit": the host is the state of the place travelled to."""
        if verb is None or verb.pos != "VERB":
            return []
        taken = {a.entity.code for a in actor}
        for place in self.parse.prep_objects(verb.i, ("in", "to")):
            if place.ent_type != "GPE":
                continue
            args = [a for a in self.resolver.expand(place) if a.entity.code not in taken]
            if args:
                return args
        return []

    def _participants(self, tok: Token) -> list[Arg]:
        """Who takes part in a protest named by a noun: the subject of the verb whose object or
        prepositional phrase holds it ("X continued their strike", "X converged for a rally",
        "X staged a sit-in in protest against ...")."""
        p = self.parse
        cur = tok
        for _ in range(4):
            head = p.head(cur.i)
            if head is None or cur.dep not in ("dobj", "pobj", "prep", "nsubjpass", "npadvmod"):
                return []  # "enters its tenth day of hunger strike": day is an npadvmod
            if head.pos in ("VERB", "AUX"):
                subj = self.subject_of(head) if not p.is_passive(head.i) else []
                return [a for a in subj if self._is_party_arg(a) or self._people(a)]
            cur = head
        return []

    # ------------------------------------------------------------------ reported speech
    def clause_verb(self, tok: Token) -> Token | None:
        if tok.pos in ("VERB", "AUX"):
            return tok
        for anc in self.parse.ancestors(tok.i):
            if anc.pos in ("VERB", "AUX"):
                return anc
        return None

    def reporter(self, frame: Frame) -> tuple[list[Arg], Token | None]:
        """Who reports the event ("X said that ..."), and the reporting verb."""
        p = self.parse
        cur = self.clause_verb(frame.clause)
        hops = 0
        while cur is not None and hops < 4:
            head = p.head(cur.i)
            if head is None:
                break
            if cur.dep in ("ccomp", "parataxis") and head.lemma.lower() in self.lex.reporting_verbs:
                return self.subject_of(head), head
            if cur.dep not in ("conj", "xcomp", "advcl"):
                break
            cur, hops = head, hops + 1
        return self._according_to(frame), None

    def _according_to(self, frame: Frame) -> list[Arg]:
        p = self.parse
        verb = self.clause_verb(frame.clause)
        anchors = [verb] if verb is not None else []
        anchors += [t for t in p.sentence_tokens(frame.token.sentence) if t.dep == "ROOT"]
        for anchor in anchors:
            for prep in p.children(anchor.i, "prep"):
                if prep.lemma.lower() == "accord":
                    for to in p.children(prep.i, "prep"):
                        for obj in p.children(to.i, "pobj"):
                            return self.resolver.expand(obj)
        return []


def government(code: str, anchor: Token) -> Arg:
    """The government of ``code`` as an inferred party (no span) anchored at a token."""
    entity = EventEntity(country_name(code), code, "GOV")
    return Arg(entity, anchor.sentence, anchor.i, f"{code}/GOV")
