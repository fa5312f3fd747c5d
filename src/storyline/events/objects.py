"""Object and content tests of the rule coder: whether a verb's object is the kind its lexicon
entry needs ("struck positions", not "struck a deal"), and whether a trigger is only the content of
another act ("demanded the release", "warned that ...") rather than an event of its own."""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property

from storyline.annotate.actors import sector_of
from storyline.annotate.gazetteer import find_place
from storyline.events.arguments import Frame
from storyline.events.lexicon import Trigger
from storyline.events.passives import UNDERGONE, reduced_passive, told_dead
from storyline.events.political import PoliticalChecks
from storyline.events.words import ASSAILANTS, singular, to_death
from storyline.events.words import ArticleState as _Article
from storyline.records import Token

OBJECT_IS_CONTENT = frozenset({"AGREE", "SUPPORT", "CONCEDE"})
# states an act leaves its victim in ("shot X dead", "beat him unconscious"), unlike a verdict
HURT = frozenset({"dead", "unconscious", "senseless", "bloody"})
# what people are doing when a noun names them by it ("marching growers", "striking dockers")
PROTESTING = frozenset({"march", "protest", "strike", "demonstrate", "agitate", "picket", "mourn"})
PARTY_SECTORS = frozenset({"OPP", "PTY", "REB", "LAB", "MIL", "COP"})  # "opposition organisers"
# what "the head of" names that is no office ("the head of the column", "the head of cattle")
NOT_BODIES = frozenset({"column", "convoy", "queue", "line", "cattle", "livestock"})
#: objects only the class's own words fill ("left a bomb", never "left three people dead")
STRICT_OBJECT = frozenset({"explosive_placed", "paint", "expellee", "dumped"})
REQUIRED_OBJECT = frozenset(
    {"person", "restriction", "relations", "accord", "party", "claim", "munition", "site", "envoy"}
    | {"closable", "sought", "goods", "relations_only", "intel", "captive", "returnable", "flame"}
    | {"attack_target"}  # "jets struck positions", not "struck a deal" / "hit a record"
    | {"force_moved"}  # "forces were rushed to X", not "will not be rushed"
    | {"arms", "ground"}  # "recovered a weapons cache" (not "the economy recovered")
    | {"resolution"}  # "adopted a resolution", not "the law adopted for the elections"
    | STRICT_OBJECT  # "planted a bomb", not "told to leave"
    | {"gathering_place", "roadway"}  # "packed the avenue", not "packed up and fled"
    | {"signature", "horns", "ambushed_by"}  # "put pen to paper", "locked horns"
    | {"street", "place_taken", "confronted"}  # "took the streets", "took the town"
    | {"raised_slogan", "positions"}  # "raised slogans" (not "raised storm signal no. 3")
    | {"troops_sent"}  # "troops were flown into Imphal", not "bullets flew"
    | {"held_captive"}  # "took a priest hostage", not "took into custody"
    | {"body_part"}  # "linked hands", not "a premium linked to shipping"
    | {"deportee", "records", "traffic_flow", "parked_force", "liberty"}  # ("expelling two
    # diplomats will not change anything": the quote's expulsion, with no object, no deportation)
    | {"towel"}  # "threw in the towel", not "thrown at police in Belfast"
    | {"riot_gear"}  # "turned water cannon on them", not "turned up at his home"
)
# objects the parser may lose in a misparse of a weapon's name ("fired tear gas and water cannon")
WEAPON_CLASSES = frozenset({"munition", "riot_gear", "thrown"})
# words that count people already named ("beating several")
COUNTS = frozenset({"several", "many", "some", "others", "few", "dozens", "scores"})
# what soldiers or police shoot ("met with gunfire", "greeted by live fire")
GUNFIRE = frozenset({"gunfire", "bullet", "fire", "ammunition", "shot", "gunshot"})
# fire named as a weapon in a word of its own ("gunfire struck the roof")
FIRE_WORDS = frozenset({"gunfire", "shellfire", "rocketfire", "mortarfire"})
# a complement that says how the object is judged, not what was done to it ("held X responsible")
JUDGED_DEPS = ("oprd", "acomp")

#: verbs of wishing whose infinitive clause with a subject of its own is only the wish
WISHING = frozenset({"want", "wish", "expect", "like", "need"})

REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "ourselves"})

#: verbs an impersonal "it" governs ("warned it could rain", "it is too late")
IMPERSONAL = frozenset(
    {"be", "seem", "appear", "rain", "snow", "take", "become", "remain", "look", "happen"}
    | {"get", "cost", "mean"}
)
#: vehicles stopped with weapons aboard ("intercepted a dhow carrying ...")
CONVEYANCES = frozenset(
    {"dhow", "boat", "ship", "vessel", "lorry", "truck", "vehicle", "car", "van", "bus"}
    | {"pickup", "trawler", "skiff", "convoy", "plane", "aircraft", "consignment", "shipment"}
)
CARRYING = frozenset({"carry", "load", "laden", "lade", "pack", "transport", "ferry", "haul"})
#: arms named by their parts or kind when carried ("missile parts", "drone components")
ARMS_CARGO = frozenset({"missile", "missiles", "munition", "munitions", "drone", "drones"})


HEEDING = frozenset({"heed", "answer", "obey", "follow", "observe", "respond", "honour", "honor"})


class ObjectChecks(PoliticalChecks):
    """The object and content tests (a base of :class:`~storyline.events.rules.RulesCoder`)."""

    @staticmethod
    def _heeded(st: _Article, tok: Token) -> bool:
        """A call that people heeded or answered ("heeded the opposition's call for a strike"):
        what was called for is what happened."""
        verb = st.parse.head(tok.i)
        if verb is not None and tok.dep == "pobj":  # "responded to the call"
            verb = st.parse.head(verb.i)
        if verb is not None and verb.lemma.lower() == "response":
            return True  # "stayed at home in response to a call for a stayaway"
        return verb is not None and verb.lemma.lower() in HEEDING

    def _is_content(self, st: _Article, tok: Token) -> bool:
        """The complement of a request/threat/trigger verb is its content, not an event."""
        cur = st.finder.governor(tok)
        head = st.parse.head(cur.i)
        if head is not None and head.pos == "ADP":
            cur, head = head, st.parse.head(head.i)
        if head is not None and cur.i < head.i and st.parse.semicolon_between(cur.i, head.i):
            return False  # "workers protested outside X; police pushed them back": two clauses
        marks = st.parse.children(cur.i, "mark")
        that = cur.dep == "acl" and any(m.text.lower() == "that" for m in marks)
        if cur.dep == "advcl" and head is not None:  # "pressed for X to ...": the clause asked
            words = {m.text.lower() for m in marks}
            asked = self.lex.verbs.get(head.lemma.lower(), ())
            return any(t.content and t.particle in words for t in asked)
        if head is None or (cur.dep not in ("xcomp", "ccomp", "dobj", "prep", "pobj") and not that):
            return False
        infinitive = any(a.text.lower() == "to" for a in st.parse.children(cur.i, "aux"))
        if cur.dep == "ccomp" and infinitive and head.lemma.lower() in WISHING:
            return True  # "now want him to resign": what they wish of him, no act of his
        if cur.text.lower() == "by" and head.pos == "VERB" and self._is_content(st, head):
            return True  # "urged the bloc to go further by banning imports": still asked for
        if cur.dep == "ccomp" and cur.i < head.i and cur.tag == "VBD":
            return False  # "forces massed around Sirte, a UN envoy warned": a reported fact
        if head.pos == "NOUN" and self._heeded(st, head):
            return False  # "stayed home in response to a call for a stayaway": it happened
        entries = [
            t
            for t in self._bound_entries(st, head)  # "put under", not "put to"
            if not t.yields and not self._commands_own_force(st, head, t)
        ]
        if cur.dep in ("xcomp", "ccomp") or head.pos != "VERB":  # or a noun's "that" clause
            return any(t.content for t in entries)
        # "demanded the release", "signed an agreement", "lifted the ban": the object is the
        # content of the act; "condemned the arrests" reports arrests that did happen
        return any(t.content or t.event in OBJECT_IS_CONTENT for t in entries)

    def _sensed_passive(self, st: _Article, tok: Token, trig: Trigger) -> Token | None:
        """A headline's reduced passive read through a sense of the verb that acts on what
        it names ("Mobile internet suspended across Manipur": suspending a service is a
        coercion, though the verb's own entry is a suspension of relations)."""
        if trig.event in UNDERGONE:
            return None
        for cls, event, _mode in trig.senses:
            if event not in UNDERGONE:
                continue
            obj = reduced_passive(st.parse, tok, replace(trig, event=event))
            if obj is not None and self._in_class(obj, cls):
                return obj
        return None

    def _object_ok(self, st: _Article, tok: Token, trig: Trigger) -> bool:
        p = st.parse
        passive = p.passive_subjects(tok.i) if p.is_passive(tok.i) else []
        # "were offloaded from a bus and shot": the passive's subject underwent both
        passive = passive or p.shared_passive_subjects(tok.i)
        passive = [s for s in passive if not st.finder.resolver.in_dateline(s)] or [
            a for s in passive for a in p.children(s.i, "appos")
        ]  # "TBILISI — Demonstrators were doused ...": the apposition undergoes it
        obj = passive[0] if passive else st.finder.copular_passive(tok)  # "were gang-raped by"
        obj = obj or reduced_passive(p, tok, trig)  # a headline's "Opposition chief held"
        obj = obj or self._sensed_passive(st, tok, trig)  # "Mobile internet suspended across X"
        # "shortened by one hour the curfew": not passive; "beat and kicked X": X is beaten too
        obj = obj or self._fitting_object(st, tok, trig)
        if obj is None and self._killed(st, tok):  # "shot dead nine", the count read as an
            # adverb of the verb
            obj = next((c for c in p.children(tok.i, "npadvmod") if c.pos == "NUM"), None)
        if obj is not None and obj.text.lower() in REFLEXIVES and trig.intransitive:
            obj = None  # "committed himself to organise the vote": no object of its own
        # ("protesters were fired on by troops": the passive of "fire on", no object of its own)
        fired_on = bool(passive) and trig.particle is not None and obj is passive[0]
        fired_on = fired_on and not any(  # (not "rockets were fired at the base")
            self._in_class(self._partitive(st, passive[0]), c) for c in WEAPON_CLASSES
        )
        if trig.intransitive and not fired_on and (obj is not None or p.child(tok.i, "ccomp")):
            return False
        if obj is None and trig.particle is not None:  # "hauled in three bloggers": "in" as a prep
            particle = [t.i for t in p.children(tok.i, "prt") if t.text.lower() == trig.particle]
            obj = next(
                (
                    o
                    for prep in p.children(tok.i, "prep")
                    if (prep.text.lower() == trig.particle and prep.i == tok.i + 1)
                    or (prep.i - 1 in particle and prep.text.lower() == "on")  # "signed off on X"
                    for o in [
                        *p.children(prep.i, "pobj"),
                        *(s for c in p.children(prep.i, "pcomp") for s in p.children(c.i, "nsubj")),
                    ]  # "set about students marching ...": the model's clause after "about"
                ),
                None,
            )
        if obj is None and trig.particle is not None:  # "made safe a pipe bomb", read as a
            # small clause "[a pipe bomb] safe"
            words = [c for c in p.children(tok.i, "oprd", "acomp", "ccomp")]
            said = [c for c in words if c.text.lower() == trig.particle]
            obj = next((s for c in said for s in p.children(c.i, "nsubj")), None)
            # or the particle as the object's adjective, the object the subject of a clause
            # ("made [safe a viable pipe bomb] left near a station")
            obj = obj or next(
                (
                    s
                    for c in words
                    for s in p.children(c.i, "nsubj")
                    if any(a.text.lower() == trig.particle for a in p.children(s.i, "amod"))
                ),
                None,
            )
        if trig.obj is None:
            return True
        head_noun = p.head(tok.i)
        reduced = obj is None and tok.dep == "acl" and tok.tag == "VBN"
        undergone = trig.obj not in REQUIRED_OBJECT or trig.event in UNDERGONE
        if reduced and head_noun is not None and undergone:
            obj = head_noun  # "insults hurled at students": what was hurled (not a stone);
            # "an arms cache found in a village" (not "the accord signed in Arusha": no one
            # is said to have signed it)
        if obj is None and trig.obj == "held_captive":  # "took three workers hostage", which
            # the model reads as a clause "[workers] hostage"
            obj = next((c for c in p.children(tok.i, "ccomp", "xcomp") if c.pos == "NOUN"), None)
        held = p.children(tok.i, "oprd", "advcl", "acomp", "ccomp", "xcomp")
        if trig.obj == "held_captive" and any(self._in_class(c, trig.obj) for c in held):
            return True  # "was taken captive by guerrillas", "took an officer captive"
        if obj is not None and obj.text.lower() in ("it", "them") and trig.obj == "arms":
            earlier = [
                t
                for t in p.sentence_tokens(tok.sentence)
                if t.i < obj.i and t.pos == "NOUN" and self._in_class(t, trig.obj)
            ]  # "a man wearing an explosives vest set it off": the vest
            obj = earlier[-1] if earlier else obj
        if obj is None and trig.obj in WEAPON_CLASSES:  # "fired tear gas and water cannon at"
            obj = next(
                (
                    t
                    for t in p.tokens[tok.i + 1 : tok.i + 4]
                    if t.sentence == tok.sentence
                    and t.pos == "NOUN"
                    and self._in_class(t, trig.obj)
                ),
                None,
            )
        if obj is None and p.is_passive(tok.i) and trig.obj == "person":
            agents = [o for a in p.children(tok.i, "agent") for o in p.children(a.i, "pobj")]
            if any(self._in_class(a, "person") or a.lemma.lower() in ASSAILANTS for a in agents):
                return True  # "[someone] was shot by gunmen": the victim lost to a misparse
        if trig.obj == "attack_target" and self._weapon_subject(st, tok):
            return True  # "warplanes hit a detention centre", "artillery struck the centre of X"
        if obj is None:
            spoken = trig.reporting and self._spoken_content(st, tok)
            return spoken or trig.obj not in REQUIRED_OBJECT
        if trig.obj == "accountable":  # "blamed X for Y", "blamed the attack on X"
            blamed = [obj, *p.prep_objects(tok.i, ("on",))]
            return any(st.finder.is_party(b) for b in blamed)
        if trig.obj == "attack_target" and obj.pos == "PROPN" and self._armed_with(st, tok):
            return True  # "struck Kyiv with missiles", whatever the recognizer made of Kyiv
        judged = p.child(tok.i, *JUDGED_DEPS)
        if judged is not None and judged.text.lower() == trig.particle:
            judged = None  # "were taken hostage": the entry's own word, no judgement
        if trig.obj in REQUIRED_OBJECT and judged is not None and judged.lemma.lower() not in HURT:
            return False  # "held X responsible" (but "shot X dead" is the act)
        if trig.obj in STRICT_OBJECT and not self._in_class(obj, trig.obj):
            return False  # "the strike left three people dead": nothing was planted
        if obj.pos in ("NOUN", "PRON", "NUM") and self._killed(st, tok):
            return True  # "shot dead a polio vaccinator", "burned him to death": killed
        if trig.obj == "ground" and obj.lemma.lower() == "control":
            return True  # "regained control of Wad Madani"
        retaken = trig.obj == "ground" and obj.pos == "PROPN" and p.prep_objects(tok.i, ("from",))
        if retaken:
            return True  # "recaptured Malam Fatori from ISWAP", whatever the recognizer says
        if trig.obj == "place_taken" and obj.pos == "PROPN" and _town(st, obj):
            return True  # "the RSF took Wad Madani" (the subject is tested as armed)
        whole, obj = obj, self._partitive(st, obj)
        if trig.event == "CONCEDE" and self._in_class(obj, "relations"):
            return True  # "cancelled the visit": a SANCTION (see _object_sense)
        heads = self._sense_heads(st, obj)
        heads += [whole] if whole is not obj else []  # "contingents of the Frontier Corps"
        if any(self._in_class(h, cls) for cls, _e, _m in trig.senses for h in heads):
            return True  # "received a team of inspectors": the sense's own object
        carried = [
            self._partitive(st, h)
            for acl in p.children(obj.i, "acl")
            for h in [*p.prep_objects(acl.i, ("with",)), *p.children(acl.i, "dobj")]
        ]  # "planes loaded with food", "a truck carrying thousands of rounds of ammunition"
        if trig.obj == "arms":  # "found a weapons depot", "a dhow carrying missile parts"
            carried += self._cargo(st, tok, obj)
            carried += [c for h in carried for c in p.children(h.i, "conj")]  # "loaded with
            # motorbikes and assault rifles"
            carried += [c for h in [obj, *carried] for c in p.children(h.i, "compound")]
            made = [m for m in p.children(obj.i, "amod") if m.tag == "VBG"]
            carried += [c for m in made for c in p.children(m.i, "npadvmod", "compound")]
            # "recovered bomb-making materials"
            if any(h.lemma.lower() in ARMS_CARGO for h in carried):
                return True  # "carrying missile parts", "drone components"
        if trig.obj == "person" and _office_holder(st, obj):
            return True  # "took the elected head of a village from his home"
        if trig.obj == "person" and self._described_people(st, obj):
            return True  # "picked up two opposition campaign coordinators"
        if trig.obj == "person" and self._counted_people(st, obj):
            return True  # "hunted migrants through the streets, beating several"
        return trig.obj != "none" and any(self._in_class(h, trig.obj) for h in [obj, *carried])

    @staticmethod
    def _cargo(st: _Article, tok: Token, obj: Token) -> list[Token]:
        """What a vehicle the verb stops is said to carry when the parser hung the carrying on
        the verb or on the place after the vehicle ("intercepted a dhow off the Somali coast
        carrying missile parts")."""
        p = st.parse
        if obj.lemma.lower() not in CONVEYANCES:
            return []
        near = [o for prep in p.children(tok.i, "prep") for o in p.children(prep.i, "pobj")]
        hosts = [tok, *near, *[o for n in near for o in p.children(n.i, "pobj")]]
        return [
            h
            for host in hosts
            for acl in p.children(host.i, "acl", "advcl")
            if acl.lemma.lower() in CARRYING
            for h in [*p.prep_objects(acl.i, ("with",)), *p.children(acl.i, "dobj")]
        ]

    @staticmethod
    def _described_people(st: _Article, tok: Token) -> bool:
        """Plural nouns said to be people by what qualifies them: a party or force they belong
        to ("opposition campaign coordinators", "rebel commanders") or a protest they are on
        ("marching coca growers", "striking dockers")."""
        if tok.tag not in ("NNS", "NNPS"):
            return False
        mods = st.parse.children(tok.i, "compound", "amod")
        mods += [m for c in mods for m in st.parse.children(c.i, "compound", "amod")]
        if any(m.lemma.lower() in PROTESTING or sector_of(m.lemma) in PARTY_SECTORS for m in mods):
            return True
        acts = st.parse.children(tok.i, "acl")  # "job seekers protesting outside the office"
        return any(a.tag == "VBG" and a.lemma.lower() in PROTESTING for a in acts)

    def _force_met(self, st: _Article, tok: Token, trig: Trigger) -> Frame | None:
        """A crowd "met with gunfire" or "met by tear gas": force used on them, no meeting;
        the mode is the weapon's (riot gear: crowd control; fire and bullets: firearms)."""
        met = st.parse.prep_objects(tok.i, ("by", "with"))  # (a passive's agent included)
        weapon = next(
            (o for o in met if self._in_class(o, "munition") or o.lemma.lower() in GUNFIRE), None
        )
        if weapon is None:
            return None
        riot = self._in_class(weapon, "riot_gear") or any(
            self._in_class(c, "riot_gear") for c in st.parse.children(weapon.i, "compound")
        )
        mode = "crowd-control" if riot else "firearms" if weapon.lemma.lower() in GUNFIRE else None
        assault = replace(
            trig, event="ASSAULT", mode=mode, reciprocal=False, recipient_preps=(), police=True
        )
        return st.finder.verb_frame(tok, assault, None)

    def _counted_people(self, st: _Article, tok: Token) -> bool:
        """A bare count as the object, the people counted being those already named
        ("beating several", "wounding three")."""
        if st.parse.prep_objects(tok.i, ("of",)) or st.parse.children(tok.i, "compound"):
            return False
        if st.parse.children(tok.i, "det", "amod", "quantmod"):
            return False  # "shot a six-under 66": a score, no people
        counted = tok.pos == "NUM" and tok.ent_type in ("", "CARDINAL")
        return counted or tok.lemma.lower() in COUNTS | self.lex.quantifier_nouns

    def _weapon_subject(self, st: _Article, tok: Token) -> bool:
        """The verb's subject is a weapon: aircraft or drones ("warplanes struck", "drones
        hit"), a munition ("artillery struck the centre of Horlivka") or fire named by its
        weapon ("tank fire struck near a school")."""
        subjects = st.parse.children(tok.i, "nsubj")  # ("waves of missiles", "a salvo of")
        if st.parse.is_passive(tok.i):  # "the gas plant was hit by a drone"
            agents = st.parse.children(tok.i, "agent")
            subjects += [o for a in agents for o in st.parse.children(a.i, "pobj")]
        return any(self._weapon_word(st, w) for s in subjects for w in {s, self._partitive(st, s)})

    def _weapon_word(self, st: _Article, tok: Token) -> bool:
        """``tok`` names a weapon in use (see :meth:`_weapon_subject`)."""
        lemma = singular(tok.lemma.lower())
        if lemma in self._aircraft or (self._in_class(tok, "munition") and lemma != "gas"):
            return True
        if lemma in FIRE_WORDS:
            return True
        if lemma != "fire":
            return False
        mods = st.parse.children(tok.i, "compound", "amod")
        return any(self._in_class(m, "munition") or m.lemma.lower() in self._weapons for m in mods)

    @cached_property
    def _weapons(self) -> frozenset[str]:
        return self.lex.mobilize_modes.get("weapons", frozenset())

    @cached_property
    def _aircraft(self) -> frozenset[str]:
        """Weapons that fly (the weapons words without tanks and guns)."""
        return self._weapons - {"tank", "artillery"}

    def _armed_with(self, st: _Article, tok: Token) -> bool:
        """The act is done "with" a munition ("struck Kyiv with missiles")."""
        return any(self._in_class(o, "munition") for o in st.parse.prep_objects(tok.i, ("with",)))

    def _fitting_object(self, st: _Article, tok: Token, trig: Trigger) -> Token | None:
        """The first direct object, or a coordinated one in the trigger's object classes
        ("threw masonry and petrol bombs at police": the petrol bombs make it an assault)."""
        objs = [c for o in st.parse.direct_objects(tok.i) for c in st.parse.conjuncts(o.i)]
        objs = [  # "strip [malls] bare", read with the adjective as the object
            n
            for o in objs
            for n in (
                [c for c in st.parse.children(o.i, "compound") if c.pos == "NOUN"] or [o]
                if o.pos == "ADJ"
                else [o]
            )
        ]
        classes = [c for c in (trig.obj, *(cls for cls, _e, _m in trig.senses)) if c]
        fitting = (o for o in objs if any(self._in_class(o, c) for c in classes))
        return next(fitting, objs[0] if objs else None)

    @staticmethod
    def _killed(st: _Article, tok: Token) -> bool:
        """ "shot X dead", "shot dead X", "burned X to death"."""
        return told_dead(st.parse, tok) or to_death(st.parse, tok)

    def _commands_own_force(self, st: _Article, tok: Token, trig: Trigger) -> bool:
        obj = st.parse.child(tok.i, "dobj")
        return trig.commands and obj is not None and self._in_class(obj, "force")

    def _spoken_content(self, st: _Article, tok: Token) -> bool:
        """A content clause whose subject is a party that can act ("warned that police will
        ..."), not a state of affairs ("warned that the lack of water could ...")."""
        clause = st.parse.child(tok.i, "ccomp", "parataxis")
        if clause is None:
            return False
        if tok.lemma.lower() not in self.lex.agentive_content:
            return True
        subj = st.parse.child(clause.i, "nsubj", "nsubjpass")
        if subj is None:
            return False
        if subj.text.lower() == "it":  # "X warned it would respond with force": X itself, but
            # not "warned (that) it could rain" or "it was too late"
            speaker = st.parse.child(tok.i, "nsubj")
            told = clause.lemma.lower() not in IMPERSONAL
            return told and speaker is not None and st.finder.is_party(speaker)
        return st.finder.is_party(subj)

    def _noun_object_ok(self, st: _Article, tok: Token, trig: Trigger) -> bool:
        objs = st.parse.prep_objects(tok.i, ("of",))
        classes = [trig.obj or "", *(cls for cls, _e, _m in trig.senses)]  # or a sense's own
        return not objs or any(self._in_class(o, c) for o in objs for c in classes)

    # ------------------------------------------------------------------ hit assembly


def _office_holder(st: _Article, tok: Token) -> bool:
    """The head of a body or place ("the head of a village", "the head of the local council"):
    a person, though "head" alone names none."""
    if tok.lemma.lower() != "head":
        return False
    held = st.parse.prep_objects(tok.i, ("of",))
    return any(o.pos in ("NOUN", "PROPN") and o.lemma.lower() not in NOT_BODIES for o in held)


def _town(st: _Article, tok: Token) -> bool:
    """The proper name (with its compounds) is a city, town or region the gazetteer knows: a
    place that can be taken ("took Wad Madani"; not a country: "took Kenya to new heights")."""
    words = [c for c in st.parse.children(tok.i, "compound") if c.pos == "PROPN"] + [tok]
    place = find_place(tuple(w.text.lower() for w in words), villages=True)
    return place is not None and place.kind in ("city", "town", "region")
