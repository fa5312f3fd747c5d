"""Senses of a trigger occurrence for the rule coder: what its object, modifiers and modality
make of it ("lifted the blockade" is a RETREAT, "will not meet" a refusal, "vowed to fight" a
threat, "Russia held exercises" a show of force). Mixed into :class:`.rules.RulesCoder`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from storyline.annotate.actors import is_demonym, sector_of
from storyline.events.arguments import ArgumentFinder, Frame
from storyline.events.attributes import Attributes, Modality
from storyline.events.entities import Arg
from storyline.events.graph import Parse
from storyline.events.lexicon import Lexicon
from storyline.records import AnnotatedArticle, Token

STATE_FORCES = frozenset({"COP", "MIL", "GOV", "SPY", "PRM", "JUD"})
# sectors of unarmed people: a crowd of them is no armed force (students, workers, farmers)
CIVILIANS = frozenset({None, "CVL", "EDU", "LAB", "AGR", "MED", "BUS", "REL"})
# crowd acts that armed or unknown men commit as an attack (a rampage, vandalism); a blockade
# stays one whoever mounts it ("rebels blocked transport into Abidjan")
ASSAILED = frozenset({"riot", "vandalize"})
# crude violence that a crowd commits in a riot
CROWD_MODES = frozenset({"primitive", "destroy", "vandalize"})
LOOTING = frozenset({"loot", "plunder", "pillage", "ransack"})  # a crowd's looting is a riot
ARMED_WORDS = frozenset({"armed", "masked", "unidentified", "unknown", "suspected"})
# how attackers come when the text does not name them: riding two to a motorbike, in uniform
MOUNTS = frozenset({"motorcycle", "motorcycles", "motorbike", "motorbikes", "bike", "scooter"})
UNIFORMS = frozenset({"uniform", "uniforms", "fatigues", "balaclava", "balaclavas", "hood", "mask"})
# acts that kill when their victim is left "alive" in them ("burned them alive")
BURNING = frozenset({"burn", "torch", "set"})
# prepositions of a place a crowd went to ("walked to Puyo", "gathered outside X")
SCENE_PREPS = frozenset({"in", "near", "across", "inside", "outside"})  # where it happened
PLACE_PREPS = ("to", "at", "outside", "toward", "towards", "near", "into", "through", "in", "on")
# people named as attackers, never a protesting crowd
ASSAILANTS = frozenset(
    {"gunman", "militant", "assailant", "attacker", "miscreant", "assassin", "terrorist"}
    | {"insurgent", "fighter", "bandit", "robber", "rebel", "jihadist", "kidnapper", "raider"}
    | {"settler", "vigilante", "gang", "goon", "thug", "warrior", "militiaman", "militia"}
    | {"bomber", "hoodlum", "arsonist", "sniper"}
)
REFUSABLE = frozenset({"AGREE"})
# a crowd that takes the law into its own hands
MOB_WORDS = frozenset({"mob", "crowd", "resident", "villager", "local", "townspeople", "townsfolk"})
LYNCHING = frozenset({"lynch", "lynching", "lynched"})
WORN_BOMBS = frozenset({"vest", "belt", "explosive", "explosives"})  # a suicide bomber's
ACCUSING = frozenset({"accuse", "accusing", "suspect", "branding", "brand"})  # mob justice
MOB_JUSTICE = frozenset({"mob", "jungle", "instant", "street"})  # "mob justice", "jungle justice"
# where troops sent stay on their own side ("to the border")
FRONTIERS = frozenset({"border", "frontier", "boundary"})
CONFLICT = frozenset({"ASSAULT", "SANCTION", "COERCE", "PROTEST", "MOBILIZE"})
# promised cooperation, retreats and concessions are AGREEs (as the PLOVER gold data codes
# them; the manual would make a promised retreat a CONCEDE)
FUTURE_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
# announced or conditional material conflict is a threat (PLOVER: THREATEN, mode = what)
THREAT_MODES = {"ASSAULT": "violence", "SANCTION": "relations"}
COERCE_THREATS = {"arrest": "arrest", "deport": "expel"}


@dataclass(slots=True)
class ArticleState:
    """Per-article working state."""

    doc: AnnotatedArticle
    parse: Parse
    finder: ArgumentFinder
    attrs: Attributes


class SenseRules:
    """Sense decisions over a frame; needs ``lex`` (the trigger lexicon)."""

    lex: Lexicon

    @staticmethod
    def _modifiers(st: ArticleState, tok: Token) -> set[str]:
        return {c.lemma.lower() for c in st.parse.children(tok.i, "compound", "amod", "advmod")}

    def _partitive(self, st: ArticleState, obj: Token) -> Token:
        """ "part of the aid programme" -> programme, "thousands of refugees" -> refugees."""
        counted = obj.pos == "NUM"  # "took over three of the capital's schools"
        if counted or obj.lemma.lower() in self.lex.partitive_nouns | self.lex.quantifier_nouns:
            inner = st.parse.prep_objects(obj.i, ("of",))
            if inner:
                return inner[0]
        return obj

    def _in_class(self, tok: Token, cls: str) -> bool:
        if cls == "party":
            return tok.pos in ("PROPN", "PRON", "NOUN")
        if cls == "person" and (tok.pos == "PRON" or tok.ent_type in ("PERSON", "NORP")):
            return True
        if cls == "person" and tok.pos == "PROPN" and not tok.ent_type:
            return True  # a name the recognizer missed ("extradited Haddad")
        if cls == "person" and tok.pos == "NOUN" and sector_of(tok.lemma) is not None:
            return True  # a role names people ("shot dead a councillor")
        if cls in ("attack_target", "ground") and tok.ent_type in ("GPE", "LOC", "FAC"):
            return True  # "struck Kharkiv with missiles", "recaptured Bunia"
        if cls == "ground" and tok.pos == "PROPN" and tok.ent_type in ("", "GPE", "LOC", "FAC"):
            return True  # a place the recognizer missed ("recaptured Malam Fatori")
        if cls == "person" and tok.lemma.lower() in self.lex.object_classes.get("protesters", ()):
            return True  # "beat marchers with batons"
        if cls == "crowd" and tok.tag == "NNS" and sector_of(tok.lemma) in CIVILIANS - {None}:
            return True  # civilians named in the plural ("pupils", "nurses", "dockers")
        people = tok.ent_type == "NORP" or is_demonym(tok.text)
        if cls in ("crowd", "protesters") and tok.tag in ("NNS", "NNPS") and people:
            return True  # "thousands of young Kenyans poured into the city centre"
        words = self.lex.object_classes.get(cls, frozenset())
        if tok.lemma.lower() in words or tok.text.lower() in words:
            return True
        return tok.pos == "PROPN" and _singular(tok.text) in words  # "Rockets were fired"

    def _event_mode(
        self, st: ArticleState, frame: Frame, state_actor: bool
    ) -> tuple[str, str | None]:
        trig = frame.trigger
        if not trig.nominal and trig.event != "ASSAULT" and to_death(st.parse, frame.token):
            return "ASSAULT", "primitive"  # "hacked to death", "burned him alive": a killing
        if trig.event == "PROTEST" and (changed := self._protest_sense(st, frame)) is not None:
            return changed
        if trig.lemma == "strike" and trig.event == "PROTEST" and self._flown(st, frame):
            return "ASSAULT", "aerial"  # "Israeli jets carried out strikes on Hamas sites"
        if trig.event == "PROTEST" and self._rioters(st, frame):
            return "PROTEST", "riot"  # "rioters blocked the highway": named violent
        if trig.state is not None and state_actor:
            return trig.state
        if trig.alone is not None and self._alone(st, frame):
            return trig.alone  # "Russia held military exercises": a show of force
        if trig.event == "MOBILIZE" and self._crowd_massed(st, frame):
            return "PROTEST", "demo"  # "hundreds of nurses massed outside parliament"
        if trig.event == "REJECT" and self._refused_work(st, frame):
            return "PROTEST", "strike"  # "truckers refused to haul loads for a fourth day"
        if trig.event in ("REQUEST", "ACCUSE", "SUPPORT") and self._crowd_demanding(st, frame):
            return "PROTEST", "demo"  # "hundreds of doctors walked to the square, seeking justice"
        changed = self._object_sense(st, frame)
        event = changed[0] if changed is not None else trig.event
        mode = changed[1] if changed is not None else trig.mode
        if event in ("ASSAULT", "COERCE") and self._by_protesters(st, frame, mode):
            return "PROTEST", "riot"  # "demonstrators torched cars", "protesters stormed X"
        if event == "COERCE" and trig.mode == "seize" and self._by_assailants(st, frame):
            return "ASSAULT", None  # "insurgents raided the town": an armed attack, no search
        if event == "COERCE" and trig.mode == "seize" and self._flown(st, frame):
            return "ASSAULT", "aerial"  # "warplanes carried out raids on the countryside"
        unnamed = not st.parse.direct_objects(frame.token.i)  # "a crowd stripped and beat a man"
        if (
            event == "COERCE"
            and self._mob(st, frame)
            and (unnamed or self._person_object(st, frame))
        ):
            return "ASSAULT", None  # "residents seized two men suspected of theft": mob violence
        taken = event == "COERCE" and trig.mode == "arrest" and trig.lemma != "hold"
        gunmen = bool(frame.actor) and all(self._assailant(st, a) for a in frame.actor)
        if taken and (gunmen or self._disappeared(st, frame)):  # (not "the Taliban detained")
            return "ASSAULT", "abduct"  # "rebels whisked away a village official"
        armed = frame.actor and all(self._armed_men(st, a) for a in frame.actor)
        seized = trig.obj == "site" and self._by_assailants(st, frame)  # "took over the HQ"
        if event == "PROTEST" and trig.mode == "obstruct" and (armed or seized):
            return "ASSAULT", None  # "armed men blocked the highway and shot 23 passengers"
        if event == "PROTEST" and trig.mode in ASSAILED and self._by_assailants(st, frame):
            return "ASSAULT", "destroy" if trig.mode == "vandalize" else None  # masked men's
        if event == "AID" and self._force_sent_home(st, frame):
            return "MOBILIZE", "troops"  # "the army sent more troops to Kurram district"
        if changed is not None:
            return changed
        flown = self._flown(st, frame) and not self._suicide(st, frame)  # no suicide bomber
        if event == "ASSAULT" and trig.mode is None and flown:
            drones = all(_singular(st.parse[a.head].lemma) == "drone" for a in frame.actor)
            return event, "drone" if drones else "aerial"  # "warplanes hit a detention centre"
        if trig.event == "MOBILIZE":
            return trig.event, self._mobilize_mode(st, frame) or trig.mode
        if trig.event in ("THREATEN", "REQUEST", "REJECT") and trig.mode is None:
            table = self.lex.content_modes.get(trig.event) or self.lex.content_modes["REQUEST"]
            return trig.event, self._content_mode(st, frame, table)
        return trig.event, trig.mode

    def _by_protesters(self, st: ArticleState, frame: Frame, mode: str | None) -> bool:
        """Violence or seizure done by people named as protesting (protesters, demonstrators,
        rioters, or "youths protesting X") or during a protest: a riot."""
        words = self.lex.object_classes.get("protesters", frozenset())
        p = st.parse
        state = any(a.entity.sector in STATE_FORCES for a in frame.actor)
        state = state or any(self._assailant(st, a) for a in frame.actor)  # gunmen at a rally
        arms = self.lex.object_classes.get("arms", frozenset())
        state = state or any(st.parse[a.head].lemma.lower() in arms for a in frame.actor)
        for obj in p.prep_objects(frame.token.i, ("during", "at", "in")):
            if self._protest_noun(obj) and not state:
                return True  # "threw stones during demonstrations" (not "police detained X at")
        unarmed = frame.actor and all(
            a.entity.sector in CIVILIANS and not self._assailant(st, a) for a in frame.actor
        )
        party_crowd = frame.actor and all(  # or party workers ("PTI workers ransacked X")
            a.entity.sector in CIVILIANS | {"PTY"} and not self._assailant(st, a)
            for a in frame.actor
        )
        at_state = any(a.entity.sector in ("COP", "MIL", "GOV") for a in frame.recipient)
        if unarmed and at_state and frame.trigger.mode == "primitive":
            return True  # "vendors pelted municipal police with stones"
        if any(a.entity.sector in ("COP", "MIL", "SPY", "PRM") for a in frame.actor):
            return False  # "police and ruling party activists attacked the students"
        if self._protest_target(st, frame) or self._group_on_worship(st, frame):
            return False  # "activists swooped on a procession of protesters": an attack on them
        crowd = party_crowd and all(st.parse[a.head].tag in ("NNS", "NNPS") for a in frame.actor)
        if crowd and at_state and frame.trigger.lemma in ("clash", "fight", "battle"):
            return True  # "stone-pelting youths clashed with security forces"
        if party_crowd and self._crowd_on_property(st, frame, mode):
            return True  # "garment workers pelted stones at factories and smashed vehicles"
        for arg in frame.actor:
            head = self._partitive(st, st.parse[arg.head])  # "a section of protesting farmers"
            if head.lemma.lower() in words or head.text.lower() in words:
                return True
            named = self.lex.nouns.get(head.lemma.lower(), ())  # not "air strikes" (compounds)
            if any(t.event == "PROTEST" and not t.compounds for t in named):
                return True  # "the protest turned violent, setting cars on fire"
            if any(c.lemma.lower() == "protest" for c in st.parse.children(head.i, "acl", "amod")):
                return True
        return False

    def _flown(self, st: ArticleState, frame: Frame) -> bool:
        """The actors are aircraft ("jets carried out strikes", "warplanes carried out raids")."""
        aircraft = self.lex.mobilize_modes.get("weapons", frozenset())
        return bool(frame.actor) and all(
            _singular(st.parse[a.head].lemma) in aircraft for a in frame.actor
        )

    def _refused_work(self, st: ArticleState, frame: Frame) -> bool:
        """A crowd of civilians refuses to do its work."""
        work = st.parse.child(frame.token.i, "xcomp")
        if work is None or work.lemma.lower() not in self.lex.work_verbs:
            return False
        crowd = [self._partitive(st, st.parse[a.head]) for a in frame.actor]
        return bool(crowd) and all(self._in_class(c, "crowd") for c in crowd)

    def _disappeared(self, st: ArticleState, frame: Frame) -> bool:
        """The person taken has not been seen since (said in this sentence or the next): an
        enforced disappearance, which PLOVER and conflict monitors count as an abduction."""
        sentences = st.doc.sentences[frame.token.sentence : frame.token.sentence + 2]
        text = " ".join(s.text.lower() for s in sentences)
        return any(cue in text for cue in self.lex.disappearance_cues)

    def _force_sent_home(self, st: ArticleState, frame: Frame) -> bool:
        """Troops sent within the sender's own country: a deployment, no aid."""
        sent = [self._partitive(st, o) for o in st.parse.children(frame.token.i, "dobj")]
        if frame.trigger.nominal or not any(self._in_class(o, "force") for o in sent):
            return False
        home = {a.entity.code for a in frame.actor} - {None}
        dests = st.parse.prep_objects(frame.token.i, ("to", "into", "towards", "toward"))
        if any(o.lemma.lower() in FRONTIERS for o in dests):
            return True  # "sent troops towards its border with Guyana": a show of force at home
        dest = {o.i for o in dests}
        people = any(sector_of(o.lemma) in ("MIL", "COP") for o in sent)  # not a cargo plane
        if not dest and not frame.recipient and people:
            return True  # "sent soldiers to guard its prisons": sent nowhere abroad, to no one
        places = [r for r in frame.recipient if r.head in dest]
        return bool(home and places) and all(r.entity.code in home for r in places)

    @staticmethod
    def _rioters(st: ArticleState, frame: Frame) -> bool:
        """The crowd is named for its violence ("rioters", "a rioting mob")."""
        heads = [st.parse[a.head] for a in frame.actor]
        return bool(heads) and all(
            h.lemma.lower() == "rioter"
            or any(c.lemma.lower() in ("riot", "rioting") for c in st.parse.children(h.i, "amod"))
            for h in heads
        )

    def _crowd_on_property(self, st: ArticleState, frame: Frame, mode: str | None) -> bool:
        """Crude violence (stones, arson, ransacking) by a crowd of civilians named in the
        plural ("workers", "villagers", a mob) against things, not people: a riot. ``mode`` is
        the one the object gave ("burned the homes of lawmakers": destroy, whoever owns them)."""
        if mode not in CROWD_MODES and frame.trigger.lemma not in LOOTING:
            return False
        for arg in frame.actor:
            head = st.parse[arg.head]
            if not (head.tag == "NNS" or head.lemma.lower() in ("mob", "crowd")):
                return False
        people = [
            a
            for a in frame.recipient
            if self._in_class(st.parse[a.head], "person")
            and (
                st.parse[a.head].ent_type == "NORP" or not in_scene(st.parse, a.head, frame.token.i)
            )
        ]  # not the scene ("in Dakar's Yoff quarter": the recognizer may take it for a person),
        # but its people ("in a Fulani hamlet")
        owned = mode == "destroy" and frame.trigger.mode != "destroy"  # a thing was the object
        if self._person_object(st, frame):
            return False  # "villagers set them alight": people, not property
        return bool(frame.actor) and (owned or not people)

    def _person_object(self, st: ArticleState, frame: Frame) -> bool:
        """What the act is done to is a person ("seized two men", "set them alight")."""
        p = st.parse
        objs = p.direct_objects(frame.token.i) + (
            p.passive_subjects(frame.token.i) if p.is_passive(frame.token.i) else []
        )
        heads = [self._partitive(st, o) for o in objs]
        named = [h for h in heads if h.pos != "PROPN" or h.ent_type in ("PERSON", "NORP")]
        return any(self._in_class(h, "person") for h in named)  # not "set bins alight" (PROPN)

    def _crowd_demanding(self, st: ArticleState, frame: Frame) -> bool:
        """A crowd of civilians out somewhere, demanding something, or a protest that demands:
        the demand is the cry of a protest ("villagers walked to the collectorate, demanding
        ...", "candle march seeks justice"), not a statement."""
        tok, p = frame.token, st.parse
        subj = p.child(tok.i, "nsubj")
        if subj is not None and self._protest_noun(subj):
            return True  # "candle march seeks justice": the march demands it
        head = p.head(tok.i)
        if tok.dep == "acl" and head is not None and self._protest_noun(head):
            return True  # "brought out a procession demanding reform"
        purpose = tok.tag == "VB" and any(a.text.lower() == "to" for a in p.children(tok.i, "aux"))
        if not (tok.tag == "VBG" or purpose) or tok.dep not in ("advcl", "xcomp") or head is None:
            return False
        if head.pos != "VERB" or head.lemma.lower() in self.lex.reporting_verbs:
            return False  # "..., the union said, demanding ...": a statement
        if any(self._protest_noun(o) for o in p.children(head.i, "dobj")):
            return True  # "held a boat rally, demanding compensation"
        acts = self.lex.verbs.get(head.lemma.lower(), ())
        if any(t.particle is None and t.event != "PROTEST" for t in acts):
            return False  # the verb is an act of its own ("blocked the road, demanding ...")
        if purpose and not self._went_somewhere(st, head):
            return False  # "wrote to the minister to demand ...": no crowd out anywhere
        crowd = [st.parse[a.head] for a in frame.actor]
        return bool(crowd) and all(self._in_class(self._partitive(st, c), "crowd") for c in crowd)

    @staticmethod
    def _mob(st: ArticleState, frame: Frame) -> bool:
        """The attackers are a mob, a crowd or residents ("residents beat a thief to death"), or
        the news names mob justice ("Mob justice claims a life" / "riders hacked a thief")."""
        if any(_crowd_lemma(st.parse[a.head]) in MOB_WORDS for a in frame.actor):
            return True
        group = any(st.parse[a.head].lemma.lower() == "group" for a in frame.actor)
        accused = st.attrs.sentence_lemmas(frame.token.sentence) & ACCUSING
        if group and accused:
            return True  # "a group of men laid into a driver, accusing him of carrying beef"
        lemmas = st.attrs.sentence_lemmas(frame.token.sentence)
        return bool(lemmas & LYNCHING) or ("justice" in lemmas and bool(lemmas & MOB_JUSTICE))

    @staticmethod
    def _suicide(st: ArticleState, frame: Frame) -> bool:
        """A suicide attack: by a suicide bomber, or someone who blew themselves up."""
        p, tok = st.parse, frame.token
        for arg in frame.actor:
            mods = p.children(arg.head, "compound", "amod")
            if any(m.lemma.lower() == "suicide" for m in mods):
                return True
            acls = p.children(arg.head, "acl")
            worn = [o for w in acls for o in p.children(w.i, "dobj")]
            worn += [o for w in acls for o in p.prep_objects(w.i, ("with",))]  # "strapped with"
            worn += [m for o in worn for m in p.children(o.i, "amod", "compound")]  # misparsed
            worn += p.children(arg.head, "appos")  # "a man wearing explosives, vest"
            if any(o.lemma.lower() in WORN_BOMBS for o in worn):
                return True  # "an attacker wearing a vest", "a girl strapped with explosives"
        own = {"himself", "herself", "themselves"}
        return tok.lemma.lower() == "blow" and any(
            o.text.lower() in own for o in p.children(tok.i, "dobj")
        )

    def _crowd_massed(self, st: ArticleState, frame: Frame) -> bool:
        """Civilians who mass or mobilise, with no troops named, are out in protest."""
        forces = [o for o in st.parse.direct_objects(frame.token.i) if self._in_class(o, "force")]
        crowd = [self._partitive(st, st.parse[a.head]) for a in frame.actor]
        civilian = all(a.entity.sector in CIVILIANS for a in frame.actor)
        return (
            not forces
            and bool(crowd)
            and civilian
            and all(self._in_class(c, "crowd") for c in crowd)
        )

    def _group_on_worship(self, st: ArticleState, frame: Frame) -> bool:
        """A group of people attacking worshippers or a place of worship."""
        groups = [st.parse[a.head] for a in frame.actor]
        if not groups or not all(g.tag in ("NNS", "NNPS") for g in groups):
            return False
        p, tok = st.parse, frame.token
        targets = [p[a.head] for a in frame.recipient] + p.direct_objects(tok.i)
        return any(self._in_class(self._partitive(st, t), "worship") for t in targets)

    def _protest_target(self, st: ArticleState, frame: Frame) -> bool:
        """The one attacked is a protest or its protesters ("a procession", "the marchers")."""
        p, tok = st.parse, frame.token
        targets = p.direct_objects(tok.i) + p.prep_objects(tok.i, ("on", "upon"))
        words = self.lex.object_classes.get("protesters", frozenset())
        nouns = [t for t in targets if t.pos == "NOUN"]  # not "on 21 March"
        return any(self._protest_noun(t) or t.lemma.lower() in words for t in nouns)

    def _protest_noun(self, tok: Token) -> bool:
        return any(t.event == "PROTEST" for t in self.lex.nouns.get(tok.lemma.lower(), ()))

    @staticmethod
    def _went_somewhere(st: ArticleState, verb: Token) -> bool:
        """The verb takes its subject to a place ("walked to Puyo", "gathered outside X")."""
        places = st.parse.prep_objects(verb.i, PLACE_PREPS)
        return any(not st.finder.is_party(o) or o.ent_type in ("GPE", "LOC", "FAC") for o in places)

    def _by_assailants(self, st: ArticleState, frame: Frame) -> bool:
        """ "Masked men went on the rampage", "a temple was vandalised by unidentified people",
        "insurgents raided the town": armed or unknown attackers, not a crowd or the state."""
        return bool(frame.actor) and all(
            self._assailant(st, a) or a.entity.sector in ("REB", "UAF") for a in frame.actor
        )

    @staticmethod
    def _armed_men(st: ArticleState, arg: Arg) -> bool:
        """People said to be armed, masked or unknown ("armed men", "masked youths")."""
        return _said_armed(st.parse, st.parse[arg.head])

    @staticmethod
    def _combatant(st: ArticleState, tok: Token) -> bool:
        """A word for armed men outside the state ("insurgents", "RSF fighters", "armed men")."""
        lemma = tok.lemma.lower()
        armed = _said_armed(st.parse, tok)
        return armed or _singular(lemma) in ASSAILANTS or sector_of(lemma) in ("REB", "UAF")

    @classmethod
    def _assailant(cls, st: ArticleState, arg: Arg) -> bool:
        """People named as attackers ("gunmen", "armed men", "miscreants"), never a crowd."""
        head = st.parse[arg.head]
        if head.pos == "NUM" or _singular(head.lemma) in ("dozen", "hundred", "score", "thousand"):
            head = next(iter(st.parse.prep_objects(head.i, ("of",))), head)  # "dozens of settlers"
        return cls._armed_men(st, arg) or _singular(head.lemma) in ASSAILANTS

    def _modal_sense(
        self, event: str, mode: str | None, modality: Modality, reported: bool
    ) -> tuple[str, str | None, Modality]:
        """What an act that has not happened amounts to: a refusal, a promise or a threat."""
        if modality.negated and event in REFUSABLE:
            # "will not accept", "failed to reach agreement": a refusal (REJECT)
            return "REJECT", None, replace(modality, negated=False)
        pending = modality.future or modality.hypothetical
        conditional = pending and reported and not modality.negated and modality.condition
        if conditional and (event in CONFLICT or modality.condition == "unless"):
            # "X said it will withdraw unless ...", "may halt the talks if ...": a stated threat
            return (*self._as_threat(event, mode), modality)
        if conditional and event in FUTURE_AGREE:
            return "AGREE", None, modality  # "said they would meet him if ...": an offer
        if modality.future and event in FUTURE_AGREE:
            if modality.negated:  # "will not meet", "would not release": a refusal
                return "REJECT", None, replace(modality, negated=False)
            return "AGREE", None, modality  # a promised concession or withdrawal is an AGREE
        if modality.prepared and event == "ASSAULT" and not modality.negated:
            return "MOBILIZE", "troops", modality  # readying an attack is a show of force
        if event == "PROTEST" and modality.condition and not modality.negated:
            return (*self._as_threat(event, mode), modality)  # "a strike from Monday if ..."
        if modality.future and not modality.negated and (event != "PROTEST" or reported):
            # an announced protest is a threat when someone says it ("said they would boycott")
            return (*self._as_threat(event, mode), modality)
        return event, mode, modality

    def _object_sense(self, st: ArticleState, frame: Frame) -> tuple[str, str | None] | None:
        """The sense its object gives a trigger: "banned aid" (SANCTION), "forced the UN agency
        out" (SANCTION/expel), "blew up power lines" (ASSAULT/destroy: property, not people)."""
        trig, p, tok = frame.trigger, st.parse, frame.token
        if trig.nominal:
            objs = p.prep_objects(tok.i, ("on", "of", "against"))
        else:
            objs = p.children(tok.i, "nsubjpass" if p.is_passive(tok.i) else "dobj")
        broken = [s for s in p.children(tok.i, "nsubj") if self._in_class(s, "truce")]
        if not objs and broken and not trig.nominal:
            objs = broken  # "Truce breached in south Ukraine": a headline's passive
        if not objs:
            return None
        obj = self._partitive(st, objs[0])
        if trig.event == "COERCE" and trig.mode == "restrict" and self._in_class(obj, "relations"):
            return "SANCTION", "discontinue"
        civilians = frame.actor and all(a.entity.sector in CIVILIANS for a in frame.actor)
        if trig.event == "SANCTION" and civilians and self._in_class(obj, "way"):
            return "PROTEST", "obstruct"  # "truck drivers closed the main route to Durban"
        if trig.event == "CONCEDE" and self._in_class(obj, "relations"):
            return "SANCTION", "discontinue"  # "cancelled a visit", "scrapped the talks"
        if trig.event == "COERCE" and trig.mode == "deport":
            foreign = any(a.entity.sector in ("IGO", "NGO") for a in frame.recipient)
            if foreign or self._in_class(obj, "envoy"):
                return "SANCTION", "expel"
        taken = trig.obj == "ground"  # "took control of a police station": no destruction
        if (
            trig.event == "ASSAULT"
            and trig.mode != "aerial"
            and not taken
            and self._in_class(obj, "property")
        ):
            # PLOVER: intentional destruction of property is an ASSAULT (mode destroy when the
            # weapon is not stated); searches, raids and confiscation are COERCE/seize
            return "ASSAULT", trig.mode or "destroy"
        heads = self._sense_heads(st, obj)
        # "opened its borders to refugees": the people let in (but "handed rice over to Sri
        # Lanka" hands over no ground)
        let_in = p.prep_objects(tok.i, trig.recipient_preps) if not trig.nominal else []
        for cls, event, mode in trig.senses:
            if any(self._in_class(h, cls) for h in heads + (let_in if cls != "ground" else [])):
                return event, mode
        return None

    @staticmethod
    def _sense_heads(st: ArticleState, obj: Token) -> list[Token]:
        """The object, its of-phrase, and their noun modifiers ("a team of peacekeeping
        troops", "the ceasefire agreement")."""
        heads = [obj, *st.parse.prep_objects(obj.i, ("of",))]
        # "planes loaded with food": what they carry
        for acl in st.parse.children(obj.i, "acl"):
            heads += st.parse.prep_objects(acl.i, ("with",))
        return heads + [m for h in heads for m in st.parse.children(h.i, "compound", "amod")]

    @staticmethod
    def _as_threat(event: str, mode: str | None) -> tuple[str, str | None]:
        """ "vowed to fight", "plans to impose restrictions": a threat, not the act."""
        if event in THREAT_MODES:
            return "THREATEN", THREAT_MODES[event]
        if event == "PROTEST":
            return "THREATEN", "restrict" if mode in ("obstruct", "boycott") else None
        if event == "COERCE":
            return "THREATEN", COERCE_THREATS.get(mode or "", "restrict")
        if event == "RETREAT":
            return "THREATEN", "relations"
        return event, mode

    def _protest_sense(self, st: ArticleState, frame: Frame) -> tuple[str, str | None] | None:
        """ "lodged a protest with X", "a group protested that ...": a verbal objection (ACCUSE);
        "called off the strike": a concession; "police prevented the rally": coercion."""
        tok, p = frame.token, st.parse
        if not frame.trigger.nominal:
            # only "protest" itself speaks ("X protested that ..."); "block", "march" act
            spoken = p.child(tok.i, "ccomp", "parataxis") is not None or tok.dep == "parataxis"
            spoken = spoken and tok.lemma.lower() in ("protest", "object", "complain")
            return ("ACCUSE", "disapprove") if spoken or self._trailing(st, tok) else None
        gov = p.head(st.finder.governor(tok).i)
        if gov is None or gov.pos != "VERB":
            return None
        verb = gov.lemma.lower()
        prt = p.child(gov.i, "prt")
        phrase = f"{verb} {prt.text.lower()}" if prt is not None else verb
        if frame.light is not None and verb in self.lex.objection_verbs:
            return "ACCUSE", "disapprove"
        ended = st.finder.governor(tok).dep in ("dobj", "nsubjpass")  # not "the march ended"
        if phrase in self.lex.ending_verbs and ended:
            return "CONCEDE", None
        if phrase in self.lex.stopping_verbs:
            return "COERCE", "restrict"
        return None

    @staticmethod
    def _trailing(st: ArticleState, tok: Token) -> bool:
        """ "..., a rights group protested on Monday.": a reporting verb after the clause it
        reports, which the parser often hangs on the last noun (acl/appos)."""
        p = st.parse
        head = p.head(tok.i)
        if tok.dep != "acl" or head is None or p.child(tok.i, "dobj") is not None:
            return False
        lo = min(p.subtree(head.i))
        before = p[lo - 1] if lo > 0 else None
        return before is not None and before.text == "," and before.sentence == tok.sentence

    def _alone(self, st: ArticleState, frame: Frame) -> bool:
        parties = {a.entity.code or a.entity.entity_text for a in frame.actor + frame.recipient}
        joint = self._modifiers(st, frame.token) & {"joint", "combined", "bilateral"}
        partner = st.parse.prep_objects(frame.token.i, ("with",))
        return len(parties) <= 1 and not joint and not partner

    def _mobilize_mode(self, st: ArticleState, frame: Frame) -> str | None:
        """The mode named by what is moved, the verb, or else who moves ("fighters set up a
        base": a militia)."""
        for tok in [*frame.counted, frame.token, *(st.parse[a.head] for a in frame.actor)]:
            for mode, words in self.lex.mobilize_modes.items():
                if tok.lemma.lower() in words:
                    return mode
        return None

    def _content_mode(self, st: ArticleState, frame: Frame, table: dict[str, str]) -> str | None:
        p = st.parse
        roots = p.children(frame.clause.i, "xcomp", "ccomp", "dobj", "prep")
        if frame.particle is not None:
            roots.append(frame.particle)
        for root in roots:
            for k in p.subtree(root.i):
                if (mode := table.get(p[k].lemma.lower())) is not None:
                    return mode
        return None


def _said_armed(parse: Parse, tok: Token) -> bool:
    """ "armed men", "masked youths", and men told by how attackers come: "two men on a
    motorcycle", "men in military fatigues"."""
    if {c.lemma.lower() for c in parse.children(tok.i, "amod")} & ARMED_WORDS:
        return True
    if _singular(tok.lemma) not in ("man", "youth", "person", "individual"):
        return False
    riding = {o.lemma.lower() for o in parse.prep_objects(tok.i, ("on",))} & MOUNTS
    dressed = {o.lemma.lower() for o in parse.prep_objects(tok.i, ("in",))} & UNIFORMS
    return bool(riding or dressed)


def _crowd_lemma(tok: Token) -> str:
    """The lemma of a crowd word; "residents" and "villagers" count only in the plural."""
    lemma = tok.lemma.lower()
    many = lemma in ("mob", "crowd", "townspeople", "townsfolk")
    return lemma if many or tok.tag in ("NNS", "NNPS") else ""


def in_scene(parse: Parse, i: int, trigger: int) -> bool:
    """Token ``i`` sits in a phrase of place under the trigger ("torched a shop in Dakar")."""
    for anc in parse.ancestors(i):
        if anc.i == trigger:
            return False
        if anc.dep == "prep" and anc.text.lower() in SCENE_PREPS:
            return True
    return False


def _singular(word: str) -> str:
    """A lower-cased word in the singular, for names the tagger left unlemmatized at the start
    of a sentence ("Militiamen", "Gunmen")."""
    word = word.lower()
    if word.endswith("men"):
        return word[:-3] + "man"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def to_death(parse: Parse, verb: Token) -> bool:
    """Killed by the act: "burned to death", "hacked to death", "burned them alive" (but
    "rescued alive" is no killing)."""
    if any(o.lemma.lower() == "death" for o in parse.prep_objects(verb.i, ("to",))):
        return True
    alive = any(c.lemma.lower() == "alive" for c in parse.children(verb.i, "oprd", "advmod"))
    return alive and verb.lemma.lower() in BURNING
