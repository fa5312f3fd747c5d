"""Crowds in the rule coder's sense decisions: when violence is a riot (a protesting crowd's)
or mob violence (a crowd's against people), when a crowd out demanding is protesting, and when
a crowd that seizes people is a mob. Mixed into :class:`.senses.SenseRules`."""

from __future__ import annotations

from itertools import pairwise

from storyline.annotate.actors import is_demonym, sector_of
from storyline.events.arguments import Frame
from storyline.events.graph import Parse
from storyline.events.words import (
    ASSAILANTS,
    CIVILIANS,
    PLACE_PREPS,
    STATE_FORCES,
    ArticleState,
    WordChecks,
    in_scene,
    singular,
)
from storyline.records import Token

# people who turn out as a crowd (not "two men", "members", "people")
CROWD_NOUNS = frozenset(
    {"villager", "villagers", "resident", "residents", "student", "students", "youth", "youths"}
    | {"worker", "workers", "farmer", "farmers", "trader", "traders", "locals", "crowd", "mob"}
    | {"demonstrator", "demonstrators", "protester", "protesters", "supporter", "supporters"}
)
# prepositions that set an act inside a protest ("during a march", "on a night of unrest")
DURING = ("during", "amid", "on", "at", "in", "as")
# crowds out of hand, which no protest noun names ("on the second night of unrest")
UNREST = frozenset({"unrest", "disturbance", "disorder", "turmoil", "rioting"})
# what party activists belong to ("activists of the ruling party's student wing")
PARTY_WINGS = frozenset({"party", "wing", "league", "front", "movement", "organisation"})
# crude violence that a crowd commits in a riot
CROWD_MODES = frozenset({"primitive", "destroy", "vandalize"})
# protesters' words that name whom people back, not that they protest
PARTISANS = frozenset({"supporter", "activist"})
# a crowd's looting is a riot ("crowds stripped supermarkets bare")
LOOTING = frozenset({"loot", "plunder", "pillage", "ransack", "strip"})
# a crowd that takes the law into its own hands
MOB_WORDS = frozenset(
    {"mob", "crowd", "resident", "villager", "local", "townspeople", "townsfolk", "neighbour"}
    | {"neighbor"}
)
LYNCHING = frozenset({"lynch", "lynching", "lynched"})
# people named by what they are suspected of ("suspected thieves", "suspected gang members")
PERSONS = frozenset({"member", "thief", "robber", "kidnapper", "witch", "burglar", "rustler"})
# participles that name violence as a crowd's protest ("..., rioting over the shooting")
#: machines named as the doers of an act, which are no crowd ("bulldozers demolished homes")
MACHINES = frozenset({"bulldozer", "excavator", "tank", "jet", "drone", "helicopter", "truck"})
RIOTING = frozenset({"riot", "protest", "demonstrate", "agitate", "rampage"})
# what people are told doing when they are a protest's crowd ("people marching against X")
MARCHING = RIOTING | {"march", "picket"}
ACCUSING = frozenset(  # mob justice
    {"accuse", "accusing", "suspect", "branding", "brand", "alleged", "blasphemy", "blasphemous"}
)
SUSPECTED = frozenset({"suspected", "alleged", "accused", "each"})  # people, whatever the noun
MOB_JUSTICE = frozenset({"mob", "jungle", "instant", "street"})  # "mob justice", "jungle justice"
# places where a community lives, named by its people ("a Hindu neighbourhood")
QUARTERS = frozenset(
    {"neighbourhood", "neighborhood", "quarter", "village", "hamlet", "settlement", "colony"}
)
# what rioters throw
CRUDE_MISSILES = frozenset(
    {"stone", "rock", "brick", "bottle", "cocktail", "molotov", "egg", "firebomb", "firework"}
)
# words that give a crowd's cause anywhere in its sentence ("waving flags in solidarity with")
CAUSE_WORDS = frozenset(
    {"protest", "demand", "anger", "angry", "outrage", "solidarity", "denounce", "condemn"}
    | {"chant", "placard", "banner", "slogan", "grievance", "defiance", "dissent", "vow"}
    | {"shutdown", "bandh", "hartal", "boycott", "oppose"}
)
# what a crowd stands against or rows over ("against the bill", "over the pension reform")
STANDS = frozenset({"against", "over"})


class CrowdChecks(WordChecks):
    """Crowd tests over a frame (see module docstring)."""

    def _by_protesters(self, st: ArticleState, frame: Frame, mode: str | None) -> bool:
        """Violence or seizure done by people named as protesting (protesters, demonstrators,
        rioters, or "youths protesting X") or during a protest: a riot."""
        words = self.lex.object_classes.get("protesters", frozenset())
        p = st.parse
        if self._person_accused(st, frame.token.sentence):
            return False  # "a crowd accusing a shoemaker of blasphemy set his house on fire":
            # mob justice against a person, no protest
        if any(singular(p[a.head].lemma.lower()) in MACHINES for a in frame.actor):
            return False  # "Israeli bulldozers demolishing homes in Jenin": no crowd at all
        if self._rival_sides(st, frame):
            return False  # "supporters of rival candidates attacked each other with sticks":
            # two camps fighting, no crowd against the authorities
        said = [c for c in p.children(frame.token.i, "advcl", "xcomp") if c.tag == "VBG"]
        if any(c.lemma.lower() in RIOTING for c in said):
            return True  # "youths torched cars ..., rioting over a police shooting"
        civilians = frame.actor and all(
            a.entity.sector in CIVILIANS and singular(p[a.head].lemma.lower()) not in ASSAILANTS
            for a in frame.actor
        )
        if civilians and any(c.lemma.lower() == "demand" for c in said):
            return True  # "students wielding sticks ransacked the office, demanding that he
            # quit": a crowd's demand (not "gunmen stormed the village, demanding ransom")
        state = any(a.entity.sector in STATE_FORCES for a in frame.actor)
        state = state or any(self._assailant(st, a) for a in frame.actor)  # gunmen at a rally
        arms = self.lex.object_classes.get("arms", frozenset())
        state = state or any(st.parse[a.head].lemma.lower() in arms for a in frame.actor)
        for obj in p.prep_objects(frame.token.i, ("during", "at", "in", "amid")):
            unrest = self._protest_noun(obj) or obj.lemma.lower() in UNREST  # "amid the unrest"
            if unrest and not state and mode != "arrest" and (frame.actor or mode in CROWD_MODES):
                return True  # "threw stones during demonstrations" (not "police detained X at",
                # not "candidate killed at rally": someone attacked at a protest)
        unarmed = frame.actor and all(
            a.entity.sector in CIVILIANS and not self._assailant(st, a) for a in frame.actor
        )
        party_crowd = frame.actor and all(  # or party workers ("PTI workers ransacked X")
            a.entity.sector in CIVILIANS | {"PTY"} and not self._assailant(st, a)
            for a in frame.actor
        )
        at_state = any(
            a.entity.sector in ("COP", "MIL", "GOV") and not in_scene(p, a.head, frame.token.i)
            for a in frame.recipient
        )  # (not the country of the scene: "over a water point in Cameroon's Far North")
        stoned = mode == "primitive" or any(  # petrol bombs, not "threw a grenade at"
            _crude_missile(p, o) for o in p.direct_objects(frame.token.i)
        )
        if unarmed and at_state and stoned:
            return True  # "vendors pelted municipal police with stones"
        masked = frame.actor and all(
            p[a.head].tag == "NNS" and p[a.head].lemma.lower() in CROWD_NOUNS for a in frame.actor
        )  # (a crowd that hides its faces is still a crowd: "masked youths", not "masked men")
        if masked and at_state and stoned and frame.trigger.lemma not in ("shoot", "fire"):
            return True  # "masked youths lobbed petrol bombs at police lines"
        crowd = frame.actor and all(
            self._partitive(st, p[a.head]).lemma.lower() in CROWD_NOUNS for a in frame.actor
        )
        crude = frame.trigger.mode in (None, *CROWD_MODES, "beat")
        if unarmed and crowd and crude and at_state and self._crowd_cause(st, frame.token):
            return True  # "villagers opposed to the plant attacked police with sticks"
        aimed = self._protest_target(st, frame) or any(  # "tear gas was fired at farmers"
            self._in_class(p[r.head], "crowd") for r in frame.recipient
        )
        if (
            not frame.actor
            and p.is_passive(frame.token.i)
            and not aimed
            and self._crowd_told(st, frame, scene=stoned or mode in CROWD_MODES)
        ):
            return True  # "part of parliament was set on fire as the crowd, angry over the
            # bill, surged into the compound": done by no one named, while a crowd protested
        thrown = frame.actor and all(_crude_missile(p, p[a.head]) for a in frame.actor)
        if thrown and at_state:
            return True  # "Molotov cocktails rained on riot police": a crowd's, unnamed
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
            among = st.parse.prep_objects(head.i, ("among",))  # "miscreants among the protesters"
            if any(o.lemma.lower() in words or self._protest_noun(o) for o in among):
                return True
            owners = st.parse.prep_objects(head.i, ("of",))
            militants = singular(head.lemma.lower()) in ("activist", "cadre")
            if militants and any(o.lemma.lower() in PARTY_WINGS for o in owners):
                continue  # "activists of the ruling party's student wing beat up rivals": a
                # party's men, not a crowd of protesters
            if head.lemma.lower() in words or head.text.lower() in words:
                return True
            if _stone_throwing(p, head):
                return True  # "stone-pelting youths clashed with security personnel"
            named = self.lex.nouns.get(head.lemma.lower(), ())  # not "air strikes" (compounds)
            if any(t.event == "PROTEST" and not t.compounds for t in named):
                return True  # "the protest turned violent, setting cars on fire"
            told = st.parse.children(head.i, "acl", "amod")  # "people marching against the
            if any(c.lemma.lower() in MARCHING for c in told):  # bill swept into the district"
                return True
            members = st.parse.prep_objects(head.i, ("of", "in"))
            if any(self._protest_noun(o) or _marchers(o, words) for o in members):
                return True  # "participants of the mass disorders seized the building",
                # "groups of manifestants looted stores"
        return False

    def _person_accused(self, st: ArticleState, sentence: int) -> bool:
        """The sentence accuses a person of blasphemy or a crime, or names people as suspected
        of one ("accusing a shoemaker of blasphemy", "suspected gang members"): what a crowd
        does to them is mob justice."""
        p = st.parse
        for t in p.sentence_tokens(sentence):
            word = t.lemma.lower()
            if word in ("blasphemy", "blasphemous"):
                return True
            if word == "accuse" and any(
                self._in_class(o, "person")
                and sector_of(o.lemma) in (None, "CVL")
                and o.ent_type not in ("ORG", "NORP")
                for o in p.children(t.i, "dobj")
            ):
                return True
            owner = p.head(t.i) if word == "suspected" and t.dep == "amod" else None
            if owner is not None and (
                self._in_class(owner, "person") or owner.lemma.lower() in PERSONS
            ):
                return True
        return False

    def _crowd_cause(self, st: ArticleState, tok: Token) -> bool:
        """The sentence gives a crowd's cause: a protest word ("demanding", "in anger at", "in
        a show of dissent", "vowing not to leave", "calling for"), or a stand against or a row
        over something ("against the bill", "over the pension reform"; not "against Spain",
        "over the square")."""
        if st.attrs.sentence_lemmas(tok.sentence) & CAUSE_WORDS:
            return True
        p = st.parse
        calls = [t for t in p.sentence_tokens(tok.sentence) if t.lemma.lower() == "call"]
        if any(c.text.lower() == "for" for t in calls for c in p.children(t.i, "prep")):
            return True  # "..., the participants calling for higher pensions"
        stands = [t for t in p.sentence_tokens(tok.sentence) if t.text.lower() in STANDS]
        return any(
            o.pos == "NOUN" and not self._in_class(o, "way") and o.ent_type not in ("DATE", "TIME")
            for t in stands
            for o in p.children(t.i, "pobj")
        )

    def _refused_work(self, st: ArticleState, frame: Frame) -> bool:
        """A crowd of civilians refuses to do its work."""
        work = st.parse.child(frame.token.i, "xcomp")
        if work is None or work.lemma.lower() not in self.lex.work_verbs:
            return False
        crowd = [self._partitive(st, st.parse[a.head]) for a in frame.actor]
        return bool(crowd) and all(self._in_class(c, "crowd") for c in crowd)

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
            and not _owner(st.parse[a.head])
            and (
                st.parse[a.head].ent_type == "NORP" or not in_scene(st.parse, a.head, frame.token.i)
            )
        ]  # not the scene ("in Dakar's Yoff quarter": the recognizer may take it for a person),
        # but its people ("in a Fulani hamlet")
        owned = mode == "destroy" and frame.trigger.mode != "destroy"  # a thing was the object
        if self._person_object(st, frame) or self._hurts_people(st, frame):
            return False  # "villagers set them alight": people, not property
        if _community_scene(st.parse, frame.token.sentence):
            return False  # "a mob swept through a Hindu neighbourhood, setting homes on fire":
            # an attack on a community, not a riot
        owners = _owners(st.parse, frame.token)
        looting = frame.trigger.lemma in LOOTING  # (a crowd's looting stays a riot)
        if not looting and any(self._civilian_owner(o) for o in owners):
            return False  # "torched huts belonging to Dalit families": mob violence against
            # a community, not a riot (but "the houses of ruling-party lawmakers" is one)
        people = [a for a in people if st.parse[a.head] not in owners]
        return bool(frame.actor) and (owned or not people)

    def _civilian_owner(self, tok: Token) -> bool:
        """Private people or a community own it ("Dalit families", "migrant traders"; not "the
        electricity company")."""
        if tok.ent_type == "NORP" or is_demonym(tok.text):
            return True
        people = tok.tag == "NNS" and self._in_class(tok, "person")
        return people and sector_of(tok.lemma) in CIVILIANS - {None}

    def _person_object(self, st: ArticleState, frame: Frame) -> bool:
        """What the act is done to is a person ("seized two men", "set them alight")."""
        p = st.parse
        objs = p.direct_objects(frame.token.i) + (
            p.passive_subjects(frame.token.i) if p.is_passive(frame.token.i) else []
        )
        objs = objs or p.shared_passive_subjects(frame.token.i)  # "was beaten and set ablaze"
        objs += [a for o in objs for a in p.children(o.i, "appos")]  # "the deceased, a student"
        heads = [self._partitive(st, o) for o in objs]
        named = [h for h in heads if h.pos != "PROPN" or h.ent_type in ("PERSON", "NORP")]
        if any(self._in_class(h, "person") for h in named):  # not "set bins alight" (PROPN)
            return True
        return any(
            {c.text.lower() for c in p.children(h.i, "amod", "det")} & SUSPECTED for h in named
        )  # "suspected rustlers were set ablaze", "attacked each other"

    def _hurts_people(self, st: ArticleState, frame: Frame) -> bool:
        """The crowd also beats, lynches or kills people: in a verb joined to this one ("stormed
        the house and beat him"), a participle on it ("..., injuring two") or a clause on the
        crowd ("a crowd who beat residents")."""
        p, tok = st.parse, frame.token
        verbs = [c for c in p.conjuncts(tok.i) if c.i != tok.i and c.pos == "VERB"]
        head = p.head(tok.i)
        if tok.dep == "conj" and head is not None and head.pos == "VERB":
            verbs.append(head)
        for arg in frame.actor:
            heads = {arg.head, *(o.i for o in p.prep_objects(arg.head, ("of",)))}
            verbs += [v for h in heads for v in p.children(h, "relcl") if v.pos == "VERB"]
        # or in a participle on this one ("attacked homes, ... injuring an elderly couple")
        verbs += [c for c in p.children(tok.i, "advcl") if c.tag == "VBG"]
        for verb in verbs:
            hurts = any(
                t.event == "ASSAULT" and t.obj in ("person", None)
                for t in self._bound_entries(st, verb)
            )
            objects = [o for o in p.children(verb.i, "dobj") if o.text.lower() not in ("it", "its")]
            # (stoning or injuring the police is the riot's own violence)
            people = [o for o in objects if sector_of(o.lemma) not in STATE_FORCES]
            if hurts and any(self._in_class(o, "person") for o in people):
                return True
        return False

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
        if tok.dep == "relcl" and head is not None and head.lemma.lower() in ("crowd", "rally"):
            return True  # "relatives addressed the crowd, which demanded a deal"
        purpose = tok.tag == "VB" and any(a.text.lower() == "to" for a in p.children(tok.i, "aux"))
        joined = purpose and tok.dep == "conj"  # "walked in silence ..., and to press for X"
        if not (tok.tag == "VBG" or purpose) or head is None:
            return False
        if tok.dep not in ("advcl", "xcomp") and not joined:
            return False
        reported = p.reported_before(tok.i)
        if reported is not None and head.lemma.lower() in self.lex.reporting_verbs:
            head = reported  # "camped on the Esplanade, their leaders said, to oppose a bill"
        if head.pos != "VERB" or head.lemma.lower() in self.lex.reporting_verbs:
            return False  # "..., the union said, demanding ...": a statement
        if any(self._protest_noun(o) for o in p.children(head.i, "dobj")):
            return True  # "held a boat rally, demanding compensation"
        objs = [self._partitive(st, o) for o in p.children(head.i, "dobj")]
        subjects = [self._partitive(st, s) for s in p.children(head.i, "nsubj")]
        acts = [  # entries the verb's own particles, objects and subject fit ("set off", no
            # explosive; "arrived in the capital": troops arriving, not these marchers)
            t
            for t in self._bound_entries(st, head)
            if (t.obj is None or any(self._in_class(o, t.obj) for o in objs))
            and (t.subject is None or any(self._in_class(s, t.subject) for s in subjects))
        ]
        if any(t.event != "PROTEST" for t in acts):
            return False  # the verb is an act of its own ("blocked the road, demanding ...")
        if purpose and not self._went_somewhere(st, head):
            return False  # "wrote to the minister to demand ...": no crowd out anywhere
        if any(self._assailant(st, a) for a in frame.actor):
            return False  # "armed men went from home to home, asking residents ...": no crowd
        crowd = [st.parse[a.head] for a in frame.actor]
        return bool(crowd) and all(self._in_class(self._partitive(st, c), "crowd") for c in crowd)

    def _source(self, p: Parse, subject: Token) -> bool:
        """The subject of a reporting verb: who tells of the act, not a crowd at it."""
        verb = p.head(subject.i)
        return verb is not None and verb.lemma.lower() in self.lex.reporting_verbs

    def _crowd_told(self, st: ArticleState, frame: Frame, *, scene: bool) -> bool:
        """The sentence has protesters, or a crowd whose cause it gives, as the subject of
        another verb; or, for crude damage (``scene``), a protest is the scene the act is set
        in ("vans were pelted with stones during a protest", "... as a demonstration turned
        violent"; not "a journalist was shot dead during a protest")."""
        p, words = st.parse, self.lex.object_classes.get("protesters", frozenset())
        subjects = [
            t
            for t in p.sentence_tokens(frame.token.sentence)
            if t.dep == "nsubj" and not self._source(p, t)  # "..., Honduran activists said"
        ]
        crowds = [self._partitive(st, t).lemma.lower() for t in subjects]
        if any(c in words for c in crowds):
            return True
        if not scene:
            return any(c in CROWD_NOUNS for c in crowds) and self._crowd_cause(st, frame.token)
        if any(self._protest_scene(st, frame.token, t) for t in subjects):
            return True  # "barricades were set on fire as a demonstration turned violent"
        verbs = [frame.token, *p.children(frame.token.i, "conj")]  # "cars were torched and a
        # town hall pelted ... on the second night of unrest"
        scenes = [o for v in verbs for o in p.prep_objects(v.i, DURING)]  # "during a protest"
        scenes += [o for s in scenes for o in p.prep_objects(s.i, ("of",))]  # "a night of unrest"
        if any((self._protest_noun(o) or o.lemma.lower() in UNREST) for o in scenes):
            return True
        return any(c in CROWD_NOUNS for c in crowds) and self._crowd_cause(st, frame.token)

    @staticmethod
    def _mob(st: ArticleState, frame: Frame) -> bool:
        """The attackers are a mob, a crowd or residents ("residents beat a thief to death"), or
        the news names mob justice ("Mob justice claims a life" / "riders hacked a thief")."""
        if any(_crowd_lemma(st.parse[a.head]) in MOB_WORDS for a in frame.actor):
            return True
        group = any(st.parse[a.head].lemma.lower() == "group" for a in frame.actor)
        crowd = bool(frame.actor) and all(  # civilians named in the plural
            st.parse[a.head].tag in ("NNS", "NNPS") and a.entity.sector in CIVILIANS
            for a in frame.actor
        )
        sentence = frame.token.sentence  # (or the sentence before says why: "The student
        # had posted a message classmates considered blasphemous. Fellow students stoned her")
        accused = st.attrs.sentence_lemmas(sentence) & ACCUSING
        if sentence > 0 and frame.trigger.event == "ASSAULT" and crowd:
            accused = accused or st.attrs.sentence_lemmas(sentence - 1) & ACCUSING
        if (group or (crowd and frame.trigger.event == "ASSAULT")) and accused:
            return True  # "a group of men laid into a driver, accusing him of carrying beef",
            # "a man accused of cattle smuggling was set upon by self-styled cow protectors"
        lemmas = st.attrs.sentence_lemmas(frame.token.sentence)
        return bool(lemmas & LYNCHING) or ("justice" in lemmas and bool(lemmas & MOB_JUSTICE))

    def _crowd_massed(self, st: ArticleState, frame: Frame) -> bool:
        """Civilians who mass or mobilise, with no troops named, are out in protest."""
        forces = [o for o in st.parse.direct_objects(frame.token.i) if self._in_class(o, "force")]
        crowd = [self._partitive(st, st.parse[a.head]) for a in frame.actor]
        civilian = all(a.entity.sector in CIVILIANS for a in frame.actor)
        if not forces and crowd and all(self._in_class(c, "protesters") for c in crowd):
            return True  # "pro-EU demonstrators massed outside parliament", whoever's side
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

    def _protest_scene(self, st: ArticleState, verb: Token, subject: Token) -> bool:
        """A protest noun is the subject of a clause that sets the verb's time ("barricades
        were set on fire as a demonstration turned violent")."""
        clause = st.parse.head(subject.i)
        return (
            clause is not None
            and clause.dep == "advcl"
            and st.parse.head(clause.i) is verb
            and self._protest_noun(subject)
        )

    @staticmethod
    def _rival_sides(st: ArticleState, frame: Frame) -> bool:
        """The act is between two camps: the doers are "rival" supporters or factions, or
        attack "each other" / "one another" (not "clashed with police ... against a rival
        union")."""
        p = st.parse
        if any(a.entity.sector in ("COP", "MIL") for a in frame.recipient):
            return False
        named = {p[i].lemma.lower() for a in frame.actor for i in p.subtree(a.head)}
        if "rival" in named:
            return True
        words = [t.lemma.lower() for t in p.sentence_tokens(frame.token.sentence)]
        pairs = set(pairwise(words))
        return ("each", "other") in pairs or ("one", "another") in pairs

    def _protest_noun(self, tok: Token) -> bool:
        """A noun of protest (not a roadblock, which is also a place on a road: "captured the
        officers at a roadblock")."""
        if singular(tok.lemma.lower()) == "roadblock":
            return False
        return any(t.event == "PROTEST" for t in self.lex.nouns.get(tok.lemma.lower(), ()))

    @staticmethod
    def _went_somewhere(st: ArticleState, verb: Token) -> bool:
        """The verb takes its subject to a place ("walked to Puyo", "gathered outside X")."""
        places = st.parse.prep_objects(verb.i, PLACE_PREPS)
        return any(not st.finder.is_party(o) or o.ent_type in ("GPE", "LOC", "FAC") for o in places)


def _owners(parse: Parse, verb: Token) -> list[Token]:
    """Whose the things the verb acts on are: "the houses of several lawmakers", "huts
    belonging to Dalit families", "a lawmaker's home"."""
    things = parse.children(verb.i, "dobj")
    things += parse.passive_subjects(verb.i) if parse.is_passive(verb.i) else []
    owners = [o for t in things for o in parse.prep_objects(t.i, ("of",))]
    owners += [o for t in things for o in parse.children(t.i, "poss")]
    for acl in (a for t in things for a in parse.children(t.i, "acl")):
        if acl.lemma.lower() in ("belong", "own"):
            owners += parse.prep_objects(acl.i, ("to", "by"))
    return owners


def _community_scene(parse: Parse, sentence: int) -> bool:
    """The sentence names a quarter or village by the people who live there ("a Hindu
    neighbourhood", "a Fulani hamlet", "Christian villages")."""
    for tok in parse.sentence_tokens(sentence):
        if tok.lemma.lower() not in QUARTERS:
            continue
        mods = parse.children(tok.i, "amod", "compound")
        if any(m.ent_type == "NORP" or is_demonym(m.text) for m in mods):
            return True
    return False


def _crude_missile(parse: Parse, tok: Token) -> bool:
    """Stones, bottles or petrol bombs: what a rioting crowd throws (not grenades)."""
    lemma = tok.lemma.lower()
    mods = {c.lemma.lower() for c in parse.children(tok.i, "compound", "amod")}
    return lemma in CRUDE_MISSILES or (lemma == "bomb" and bool(mods & {"petrol", "molotov"}))


def _stone_throwing(parse: Parse, tok: Token) -> bool:
    """People named for throwing stones ("stone-pelting youths", "stone-throwing students")."""
    for mod in parse.children(tok.i, "amod", "compound"):
        if mod.lemma.lower() in ("pelt", "pelting", "throw", "throwing", "hurl", "hurling"):
            objs = parse.children(mod.i, "compound", "npadvmod", "dobj")
            if any(_crude_missile(parse, o) for o in objs):
                return True
    return False


def _owner(tok: Token) -> bool:
    """A role noun that only says whose the thing is ("the parliament building", "a lawmaker's
    home"), not people hurt; a people's name still is ("a Fulani hamlet")."""
    return tok.dep in ("compound", "poss") and tok.ent_type not in ("NORP", "PERSON")


def _crowd_lemma(tok: Token) -> str:
    """The lemma of a crowd word; "residents" and "villagers" count only in the plural."""
    lemma = tok.lemma.lower()
    many = lemma in ("mob", "crowd", "townspeople", "townsfolk")
    return lemma if many or tok.tag in ("NNS", "NNPS") else ""


def _marchers(tok: Token, words: frozenset[str]) -> bool:
    """People named for protesting ("manifestants", "demonstrators"), not for whom they back
    or what they belong to ("a crowd of ruling-party supporters", "activists")."""
    return tok.lemma.lower() in words and singular(tok.lemma.lower()) not in PARTISANS
