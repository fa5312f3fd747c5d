"""Words of the rule coder's sense decisions: the per-article state, the object classes a
token belongs to, and who the actors are (attackers, armed men, aircraft, suicide bombers).
The base of :class:`.crowds.CrowdChecks` and :class:`.senses.SenseRules`."""

from __future__ import annotations

from dataclasses import dataclass

from storyline.annotate.actors import is_demonym, place_of, sector_of
from storyline.events.arguments import ArgumentFinder, Frame
from storyline.events.attributes import Attributes
from storyline.events.entities import Arg
from storyline.events.graph import Parse
from storyline.events.lexicon import Lexicon, Trigger
from storyline.extract.dates import is_month_name
from storyline.records import AnnotatedArticle, Token

STATE_FORCES = frozenset({"COP", "MIL", "GOV", "SPY", "PRM", "JUD"})
# sectors of unarmed people: a crowd of them is no armed force (students, workers, farmers)
CIVILIANS = frozenset({None, "CVL", "EDU", "LAB", "AGR", "MED", "BUS", "REL"})
# countries whose gangs fight for territory and against the state as armed groups
POLITICAL_GANGS = frozenset({"HTI"})
ARMED_WORDS = frozenset({"armed", "masked", "unidentified", "unknown", "suspected", "presumed"})
# how attackers come when the text does not name them: riding two to a motorbike, in uniform
MOUNTS = frozenset({"motorcycle", "motorcycles", "motorbike", "motorbikes", "bike", "scooter"})
UNIFORMS = frozenset(
    {
        "uniform",
        "uniforms",
        "fatigues",
        "balaclava",
        "balaclavas",
        "hood",
        "mask",
        "clothes",
        "clothe",
    }
)
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
    | {"bomber", "hoodlum", "arsonist", "sniper", "guerrilla", "saboteur"}
)
ARMING = frozenset({"arm", "wield", "brandish"})  # how a crowd is told armed ("armed with X")
# crime's gangs
CRIMINAL_GANGS = frozenset({"rival", "drug", "criminal", "street", "cartel"})
# weapons fired from the ground: their attacks are shelling, not air strikes ("tank fire")
GROUND_WEAPONS = frozenset(
    {"artillery", "tank", "battery", "launcher", "mortar", "rocket", "shell", "howitzer", "missile"}
)
VEHICLES = frozenset(
    {"car", "truck", "vehicle", "motorcycle", "motorbike", "van", "bus", "lorry", "tanker"}
    | {"rickshaw", "bicycle", "cart", "minibus", "pickup", "jeep", "boat"}
)
WORN_BOMBS = frozenset({"vest", "belt", "explosive", "explosives"})  # a suicide bomber's


#: where a noun phrase stands as an argument of a verb or preposition
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})


@dataclass(slots=True)
class ArticleState:
    """Per-article working state."""

    doc: AnnotatedArticle
    parse: Parse
    finder: ArgumentFinder
    attrs: Attributes


class WordChecks:
    """Class and actor tests over tokens and frames; needs ``lex`` (the trigger lexicon)."""

    lex: Lexicon

    def _bound_entries(self, st: ArticleState, verb: Token) -> list[Trigger]:
        """The verb's lexicon entries its own particles allow ("put under" is no "put to")."""
        preps = st.parse.children(verb.i, "prt", "prep")
        bound = {c.text.lower() for c in preps if not dated(st.parse, c)}  # not "on Thursday"
        return [
            t
            for t in self.lex.verbs.get(verb.lemma.lower(), ())
            if t.particle is None or t.particle in bound
        ]

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
            return tok.pos in ("PROPN", "PRON", "NOUN") or _adjective_role(tok)
        if cls == "person" and _adjective_role(tok):
            return True
        if cls == "person" and (tok.pos == "PRON" or tok.ent_type in ("PERSON", "NORP")):
            return True
        if cls == "person" and tok.pos == "PROPN" and not tok.ent_type:
            return True  # a name the recognizer missed ("extradited Haddad")
        if (
            cls == "person"
            and tok.text.lower() in ("old", "olds")
            and tok.dep in ("nsubjpass", "dobj")
        ):
            return True  # "the 24-year-old was bundled into a pickup" ("24 - year - old")
        if cls == "person" and tok.pos == "NOUN" and sector_of(tok.lemma) is not None:
            return True  # a role names people ("shot dead a councillor")
        if cls in ("attack_target", "ground") and tok.ent_type in ("GPE", "LOC", "FAC"):
            return True  # "struck Kharkiv with missiles", "recaptured Bunia"
        if cls == "ground" and tok.pos == "PROPN" and tok.ent_type in ("", "GPE", "LOC", "FAC"):
            return True  # a place the recognizer missed ("recaptured Malam Fatori")
        if cls in ("attack_target", "ground") and tok.pos == "PROPN" and place_of(tok.text):
            return True  # a town the recognizer took for a people or a person ("retook Kidal")
        if cls == "person" and tok.lemma.lower() in self.lex.object_classes.get("protesters", ()):
            return True  # "beat marchers with batons"
        if cls in ("crowd", "protesters") and tok.text.lower() in ("them", "us"):
            return tok.dep == "pobj"  # "5,000 of them walked ...": a counted group of people
        if cls == "crowd" and tok.tag == "NNS" and sector_of(tok.lemma) in CIVILIANS - {None}:
            return True  # civilians named in the plural ("pupils", "nurses", "dockers")
        people = tok.ent_type == "NORP" or is_demonym(tok.text)
        plural = tok.tag in ("NNS", "NNPS") or (tok.tag == "NNP" and tok.text.endswith("s"))
        if cls in ("crowd", "protesters", "migrant") and plural and people:
            return True  # "thousands of young Kenyans poured into the city centre" (and a
            # headline's "Young Mongolians pack ... square", tagged as a name)
        words = self.lex.object_classes.get(cls, frozenset())
        if tok.lemma.lower() in words or tok.text.lower() in words:
            return True
        return tok.pos == "PROPN" and singular(tok.text) in words  # "Rockets were fired"

    def _flown(self, st: ArticleState, frame: Frame) -> bool:
        """The actors are aircraft ("jets carried out strikes", "warplanes carried out raids")
        or an attack from the air ("an air raid flattened the school")."""
        aircraft = self.lex.mobilize_modes.get("weapons", frozenset()) - GROUND_WEAPONS
        heads = [self._partitive(st, st.parse[a.head]) for a in frame.actor]  # "a swarm of"
        return bool(heads) and all(
            singular(h.lemma) in aircraft
            or h.lemma.lower() == "airstrike"
            or "air" in self._modifiers(st, h)
            for h in heads
        )

    def _fired_from_ground(self, st: ArticleState, frame: Frame) -> bool:
        """The actors are ground weapons or their fire ("artillery struck the centre", "tank
        fire hit near a school")."""
        heads = [self._partitive(st, st.parse[a.head]) for a in frame.actor]
        return bool(heads) and all(
            singular(h.lemma.lower()) in GROUND_WEAPONS
            or (
                h.lemma.lower() in ("fire", "barrage")
                and bool(self._modifiers(st, h) & GROUND_WEAPONS)
            )
            for h in heads
        )

    @staticmethod
    def _suicide(st: ArticleState, frame: Frame) -> bool:
        """A suicide attack: by a suicide bomber, or someone who blew themselves up."""
        p, tok = st.parse, frame.token
        if "kamikaze" in st.attrs.sentence_lemmas(tok.sentence):
            return True  # "a car laden with explosives driven by a kamikaze"
        for arg in frame.actor:
            mods = p.children(arg.head, "compound", "amod")
            if any(m.lemma.lower() == "suicide" for m in mods):
                return True
            if singular(p[arg.head].lemma.lower()) in VEHICLES:
                continue  # "a truck packed with explosives": a car bomb, whoever drove it
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

    def _by_assailants(self, st: ArticleState, frame: Frame) -> bool:
        """ "Masked men went on the rampage", "a temple was vandalised by unidentified people",
        "insurgents raided the town": armed or unknown attackers, not a crowd or the state."""
        return bool(frame.actor) and all(
            self._assailant(st, a) or a.entity.sector in ("REB", "UAF") or armed_gang(st, a)
            for a in frame.actor
        )

    @staticmethod
    def _armed_men(st: ArticleState, arg: Arg) -> bool:
        """People said to be armed, masked or unknown ("armed men", "masked youths")."""
        return said_armed(st.parse, st.parse[arg.head])

    @staticmethod
    def _combatant(st: ArticleState, tok: Token) -> bool:
        """A word for armed men outside the state ("insurgents", "RSF fighters", "armed men")."""
        lemma = tok.lemma.lower()
        armed = said_armed(st.parse, tok)
        return armed or singular(lemma) in ASSAILANTS or sector_of(lemma) in ("REB", "UAF")

    @classmethod
    def _assailant(cls, st: ArticleState, arg: Arg) -> bool:
        """People named as attackers ("gunmen", "armed men", "miscreants"), never a crowd."""
        head = st.parse[arg.head]
        if head.pos == "NUM" or singular(head.lemma) in ("dozen", "hundred", "score", "thousand"):
            head = next(iter(st.parse.prep_objects(head.i, ("of",))), head)  # "dozens of settlers"
        if singular(head.lemma) == "gang" and (
            WordChecks._modifiers(st, head) & CRIMINAL_GANGS
            or "ransom" in st.attrs.sentence_lemmas(head.sentence)
        ):
            return False  # "two rival gangs shot it out", "held for ransom by a gang": crime
        return cls._armed_men(st, arg) or singular(head.lemma) in ASSAILANTS


def said_armed(parse: Parse, tok: Token) -> bool:
    """ "armed men", "masked youths", and men told by how attackers come: "two men on a
    motorcycle", "men in military fatigues"."""
    if {c.lemma.lower() for c in parse.children(tok.i, "amod")} & ARMED_WORDS:
        return True
    if {c.lemma.lower() for c in parse.children(tok.i, "acl", "amod")} & ARMING:
        return True  # "youths armed with machetes", "men wielding clubs", "machete-wielding"
    if singular(tok.lemma) not in ("man", "youth", "person", "individual"):
        return False
    riding = {o.lemma.lower() for o in parse.prep_objects(tok.i, ("on",))} & MOUNTS
    dressed = {o.lemma.lower() for o in parse.prep_objects(tok.i, ("in",))} & UNIFORMS
    return bool(riding or dressed)


def armed_gang(st: ArticleState, arg: Arg) -> bool:
    """A gang where gangs are armed political groups (Haiti's, by the labelling rules and
    ACLED's coding): its own country, else the country the article is about."""
    if arg.entity.sector != "CRM":
        return False
    code = arg.entity.code or st.finder.resolver.home_country
    return code in POLITICAL_GANGS


def in_scene(parse: Parse, i: int, trigger: int, preps: frozenset[str] = SCENE_PREPS) -> bool:
    """Token ``i`` sits in a phrase of place under the trigger ("torched a shop in Dakar"),
    opened by one of ``preps``."""
    for anc in parse.ancestors(i):
        if anc.i == trigger:
            return False
        if anc.dep == "prep" and anc.text.lower() in preps:
            return True
    return False


def singular(word: str) -> str:
    """A lower-cased word in the singular, for names the tagger left unlemmatized at the start
    of a sentence ("Militiamen", "Gunmen")."""
    word = word.lower()
    if word.endswith("men"):
        return word[:-3] + "man"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


#: adjectives that name people when they stand for a noun ("barred the leading presidential
#: hopeful from office", "the accused was taken away")
PERSON_ADJECTIVES = frozenset({"hopeful", "accused"})


def _adjective_role(tok: Token) -> bool:
    """A role the tagger read as an adjective in a noun's place ("extradited a wanted
    Bangladeshi militant"): people all the same."""
    if tok.pos != "ADJ" or tok.dep not in ARGUMENT_DEPS:
        return False
    return sector_of(tok.lemma) is not None or tok.lemma.lower() in PERSON_ADJECTIVES


def to_death(parse: Parse, verb: Token) -> bool:
    """Killed by the act: "burned to death", "hacked to death", "burned them alive" (but
    "rescued alive" is no killing)."""
    if any(o.lemma.lower() == "death" for o in parse.prep_objects(verb.i, ("to",))):
        return True
    alive = any(
        c.lemma.lower() == "alive" for c in parse.children(verb.i, "oprd", "advmod", "advcl")
    )
    return alive and verb.lemma.lower() in BURNING


def dated(parse: Parse, prep: Token) -> bool:
    """A preposition that only dates the act is no particle ("called off the strike on
    Sunday" is no call on Sunday)."""
    objs = parse.children(prep.i, "pobj")  # "on 9 September" even when read as an EVENT
    return bool(objs) and all(
        o.ent_type in ("DATE", "TIME") or (is_month_name(o.text) and o.text[:1].isupper())
        for o in objs
    )  # (a month by its capital: "fired on a march" is no date)
