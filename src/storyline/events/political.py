"""Whether an occurrence is political: the anchors (armed groups, words of armed conflict,
political parties, states acting abroad, protesting crowds, mob violence) and the cues that undo
an anchor (crime, sport, accidents, natural forces). Used by the rule coder."""

from __future__ import annotations

from functools import cached_property
from itertools import pairwise
from typing import NamedTuple

from storyline.annotate.actors import (
    instrument_sector,
    is_acronym,
    is_country_name,
    place_of,
    sector_of,
)
from storyline.events.arguments import Frame
from storyline.events.entities import Arg
from storyline.events.graph import Parse
from storyline.events.senses import KILLING, LAND_FEUDS, SenseRules
from storyline.events.words import SCENE_PREPS, armed_gang, in_scene, said_armed, singular
from storyline.events.words import ArticleState as _Article
from storyline.records import Token

ARMED = frozenset({"REB", "MIL", "PRM"})  # armed groups, armies, paramilitaries
FORCES = frozenset({"COP", "MIL", "PRM", "SPY"})  # the state's armed hand
# where fighting goes on: a scene, or along a front ("fighting on the Amhara boundary"; a
# "fight on the bus" stays a scene of its own)
FRONT_PREPS = SCENE_PREPS | {"along", "around", "on"}
# crowds named by what they came to buy or watch: no protesters
LEISURE_CROWDS = frozenset(
    {"shopper", "bargain", "customer", "tourist", "holidaymaker", "reveller", "spectator"}
)
# verbs of throwing: what is thrown is the weapon ("fireworks thrown at police")
HURLING = frozenset({"throw", "hurl", "lob", "fling", "toss", "pelt"})
#: roles of public life whose holders' killing is no private crime
CIVIC_VICTIMS = frozenset({"leader", "activist", "defender", "campaigner", "candidate", "hopeful"})
CIVIC_SECTORS = frozenset({"OPP", "PTY", "JRN", "LAB", "NGO", "LEG", "GOV", "JUD"})
#: bodies of public life whose members' killing is no private crime
CIVIC_BODIES = frozenset({"committee", "union", "movement", "collective", "association", "council"})
STATE_SIDE = frozenset({"GOV", "JUD", "LEG"})  # who reports a killing as often as suffers it
#: people a killing names only as suspected of something ("drug suspects", "alleged pushers")
SUSPECTS = frozenset({"suspect", "pusher", "peddler"})
SUSPECTS |= {"detainee", "prisoner", "inmate", "client"}  # or held in custody
# what a truce does when it ends ("the truce collapsed", "broke down")
TRUCE_BREAKS = frozenset({"collapse", "break", "crumble", "fail", "unravel", "end", "expire"})
#: people hurt by chance where they were, no clue of a crime when a bomb hurt them
BYSTANDERS = frozenset({"customer", "shopper", "diner", "passer-by", "passerby"})
#: natural disasters whose dead a next sentence counts with no doer
DISASTERS = frozenset(
    {"earthquake", "quake", "flood", "storm", "cyclone", "landslide", "avalanche", "tornado"}
    | {"wildfire", "typhoon", "hurricane", "mudslide", "tsunami", "eruption", "aftershock"}
)
# natural forces given names ("Typhoon Yagi", "Storm Babet")
NAMED_STORMS = frozenset({"typhoon", "hurricane", "cyclone", "storm", "tornado"})
# many in one
#: words of an aircraft's own accident
CRASH_WORDS = frozenset({"crash", "crashed", "take-off", "takeoff", "runway", "pilot", "pilots"})
# what a party says to another: kin who say it to a state speak in public
ADDRESSED = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONSULT"})
#: crime words that name a victim's family: a domestic crime when one man acts, only the
#: victims when armed men do ("men on a motorcycle tossed a grenade, wounding his wife")
FAMILY = frozenset({"wife", "husband", "girlfriend", "boyfriend", "in-law", "in-laws"})
COLLECTIVE = frozenset({"mob", "crowd", "group", "gang", "family", "community", "handful"})
# people a private quarrel is about, who may still join a sector's protest ("nurses and
# neighbours held a vigil")
PEOPLE = frozenset({"neighbor", "neighbour"})
PLACES = frozenset({"GPE", "LOC", "FAC"})  # a place named in a scene is no party to the act
AT = frozenset({"at"})  # "seized at Guayaquil port": a named place under "at" is a scene too
#: words of a war long over: a bomb it left behind is defused, not seized from anyone
RELIC_WORDS = frozenset({"wartime"})
# a crowd's words of demand ("marched ..., demanding better hospitals")
DEMANDING = frozenset({"demand", "call", "seek", "protest", "denounce", "decry", "oppose", "urge"})
CIVIL = frozenset({"CVL", "BUS", "CRM", "EDU", "MED", "REL", "AGR"})


#: how a bomb is left for its victims ("a device planted by the road", "mines laid near X")
# attackers named as armed men of a conflict, not of crime
ARMED_MEN = frozenset(
    {"gunman", "militant", "insurgent", "terrorist", "jihadist", "rebel", "fighter", "guerrilla"}
)
# where conflict monitors count bandits' raids as political violence
BANDITRY = frozenset({"NGA", "NER", "MLI", "BFA", "TCD", "CMR", "KEN", "SDN"})
# the words a match result comes with ("a 2-1 win", "drew 1-1")
RESULT_WORDS = frozenset(
    {"win", "victory", "defeat", "draw", "lead", "beat", "loss", "lose", "rout"}
)
PLANTED = frozenset({"plant", "hide", "lay", "rig", "conceal", "attach", "bury", "place"})
# munitions only armed forces fire, at a target ("three rockets were fired at the air base");
# (not "shots", "rounds" or "gas": a hunter, a boxer and the police fire those too)
HEAVY_SHOTS = frozenset({"rocket", "shell", "projectile", "salvo", "barrage", "missile", "mortar"})
AIMED = ("at", "on", "into", "toward", "towards")
SETTLEMENTS = frozenset({"village", "hamlet", "settlement", "homestead", "kraal"})
SETTLEMENT_ATTACKS = frozenset({"attack", "raid", "storm", "overrun", "torch", "burn", "ransack"})
#: aid that is a rescue, which an accident told next to it makes no political act
RESCUES = frozenset({"rescue", "save", "pull"})
BLASTS = frozenset({"blast", "explosion", "fire", "blaze", "fireball"})
#: what a fire that takes lives is when someone set it ("killed in an arson attack")
ARSON = frozenset({"arson", "arsonist", "set", "torch", "petrol", "molotov", "attack", "firebomb"})
#: the words that make "fire" a weapon's ("caught in cross fire", "killed in enemy fire")
#: what a withheld service is when only a state cuts it: the means to talk and to be told (a
#: power or water cut may be a storm's or a fault's)
COMMS = frozenset(
    {"internet", "mobile", "data", "phone", "telephone", "network", "broadband", "sms", "cellular"}
)
GUNFIRE = frozenset({"cross", "enemy", "sniper", "artillery", "mortar", "gun", "rocket", "live"})


class _Cues(NamedTuple):
    """A sentence's lemmas, the same without the trigger, and those that count as cues."""

    lemmas: set[str]
    others: set[str]
    cues: set[str]


class PoliticalChecks(SenseRules):
    """The political test of the rule coder (see module docstring)."""

    def _is_state(self, st: _Article, arg: Arg) -> bool:
        if arg.entity.sector in self.lex.state_sectors:
            return True
        head = st.parse[arg.head]  # a country's name, not a common noun the recognizer tagged
        named = head.ent_type == "GPE" or is_country_name(arg.entity.entity_text)
        return named and head.pos == "PROPN" and arg.entity.code is not None

    @staticmethod
    def _actor_words(arg: Arg) -> set[str]:
        """The lower-cased words of an actor's phrase, plurals also without their "s"."""
        words = {w.lower() for w in arg.entity.entity_text.replace("-", " ").split()}
        return words | {w[:-1] for w in words if w.endswith("s")}  # "activists"

    def _political_party(self, arg: Arg) -> bool:
        return arg.entity.sector in self.lex.political_sectors or bool(
            self._actor_words(arg) & self.lex.political_cues
        )

    def _political(self, st: _Article, frame: Frame, event: str | None = None) -> bool:
        """Keep only occurrences with a political anchor; sport, crime and accidents drop out.
        ``event`` is the category the occurrence was given (a crowd's stoning is a PROTEST)."""
        event = event or frame.trigger.event
        if frame.trigger.police or not frame.trigger.political:
            return True  # a police charge on a crowd, a lynching: never a private matter
        # a named body is no natural force, whatever its last word ("the Arab League")
        heads = {self._force_word(st, a) for a in frame.actor if self._maybe_force(st, a)}
        # (a bus that "struck a buried device" is its victim)
        hit_arms = self._hits_arms(st, frame)
        named_cause = frame.trigger.cause  # a crowd whose cause the sentence gives: people
        sentence, tok = frame.token.sentence, frame.token
        lemmas = st.attrs.sentence_lemmas(sentence)
        forces = self._natural_forces
        if event == "PROTEST" and lemmas & self.lex.political_cues:  # looters in unrest are
            forces = forces - self.lex.crime_cues  # its crowd ("... ransacked a mall amid
            # the unrest"; not "looters ransacked a jewellery shop")
        if heads and heads <= forces and not hit_arms and not named_cause:
            return False  # "the storm hit towns in Florida": a natural force is no party
        shopping = (
            event == "PROTEST" and frame.trigger.mode != "boycott" and "boycott" not in lemmas
        )
        if shopping and frame.actor and all(self._at_leisure(st, a) for a in frame.actor):
            return False  # "shoppers laid siege to the market before Eid": no protest
        others = st.attrs.sentence_lemmas(sentence, without=tok.i)  # all but the trigger
        # a verb named like a natural force is no cue about itself ("stormed the village")
        itself = tok.pos == "VERB" and tok.lemma.lower() in self.lex.inanimate_actors
        cues = (others if itself else lemmas) - self._naming_words(st, sentence)
        cues -= self._figurative(st, sentence)  # "Lathis rain on job aspirants": no weather
        cues -= self._grievance(st, frame)  # "villagers angered by a speeding truck ...": why
        cues -= self._instruments(st, frame)  # "a town hall pelted with fireworks": a weapon
        if _scoreline(st.parse, sentence, lemmas):
            cues |= {"scoreline"}  # "a 90th-minute strike handed Bayern a 2-1 win": sport
        for near in (sentence - 1, sentence + 1):  # "The title clash lasted all twelve
            # rounds. The champion ...": a sport's words next to it say what the clash was
            if 0 <= near < len(st.doc.sentences):
                cues |= st.attrs.sentence_lemmas(near) & self.lex.sport_cues
                if _scoreline(st.parse, near, st.attrs.sentence_lemmas(near)):
                    cues |= {"scoreline"}  # "Late strike sinks Celtic" over "... gave
                    # Rangers a 2-1 win": the lead's score says what the strike was
        if _world_war(st.parse, sentence):
            cues |= {"wartime"}  # "defused a Second World War bomb": a relic, no act of today
            others = others - {"war"}  # (and that war is no political word of the sentence)
        if sentence > 0 and any(self._told_before(st, a) for a in frame.actor):
            # "The tanker had overturned ... it exploded, killing 94", "... when the gas
            # cylinder exploded. The blast tore the front off the restaurant": what "it" or
            # "the blast" is was told just before, with its accident words
            blast = any(st.parse[a.head].lemma.lower() in BLASTS for a in frame.actor)
            cues |= st.attrs.sentence_lemmas(sentence - 1) & (
                self.lex.nonpolitical_cues - (set() if blast else self.lex.crime_cues)
            )  # (and a blast after a crime is the crime's: "Thieves blew open an ATM ...
            # The blast shattered windows")
        if event == "ASSAULT" and self._died_in_fire(st, frame, lemmas):
            cues |= {"blaze"}  # "passengers killed in a ferry fire": a fire took their lives
        if event == "COERCE" and sentence > 0:  # "... found 2 tonnes of cocaine. Three dock
            # workers were detained.": the crime told just before is what the arrest is for
            cues |= st.attrs.sentence_lemmas(sentence - 1) & self.lex.crime_cues
        if event == "ASSAULT" and not frame.actor and sentence > 0:  # "Police linked the
            # killings to a feud between drug gangs. Two men were shot dead outside a bar."
            # (or a disaster: "The quake struck before noon. Over 1,000 people were killed.")
            cues |= st.attrs.sentence_lemmas(sentence - 1) & (self.lex.crime_cues | DISASTERS)
        if event == "AID" and frame.trigger.lemma in RESCUES:  # "Only nine passengers were
            # rescued by fishermen. The overloaded boat capsized ...": an accident's rescue
            for near in (sentence - 1, sentence + 1):
                if 0 <= near < len(st.doc.sentences):
                    cues |= st.attrs.sentence_lemmas(near) & (
                        self.lex.nonpolitical_cues - self.lex.crime_cues
                    )
        if event == "COERCE" and frame.trigger.obj == "arms" and cues & RELIC_WORDS:
            return False  # "army engineers defused a Second World War bomb": a war's leftover
        lynched = event == "ASSAULT" and self._mob(st, frame)  # "a crowd stoned a thief"
        if event == "ASSAULT" and self._suspects_killed(st, frame):
            return True  # "police killed three drug suspects": a killing by the state, whatever
            # the crime it was told about
        handed = event == "COOPERATE" and frame.trigger.lemma == "extradite"
        if handed and any(self._is_state(st, a) for a in frame.actor):
            return True  # "Paraguay extradited a trafficker to the US": two states at work
        if self._crime_object(st, frame) and not lynched:  # "police seized 7 tonnes of cocaine"
            return False
        if self._anchored(st, frame, event, _Cues(lemmas, others, cues), lynched):
            return True
        # against a crime, accident or sport word, the trigger is no political word of its own
        # ("India and Pakistan will clash in a match"); even the police, a court or a state
        # acting in ordinary crime is no political event ("a court jailed a man for murder")
        others_political = others & self.lex.political_cues
        state = any(self._is_state(st, a) for a in self._sides(st, frame))
        if event == "PROTEST":
            cues -= self.lex.crime_cues  # a crime is what a protest is often about ("a march
            # in memory of a murdered activist"); sport and accident words still undo it
        if event == "COERCE" and frame.trigger.mode in ("martial-law", "curfew"):
            cues -= self.lex.crime_cues  # "a state of emergency was declared after a wave of
            # extortion attacks": only a state does it, whatever crime it answers
        world_court = (
            bool(lemmas & {"icc", "icj", "tribunal"}) or {"international", "court"} <= lemmas
        )
        if event == "ACCUSE" and world_court:
            cues -= self.lex.crime_cues  # "prosecutors at the International Criminal Court
            # opened an investigation into alleged crimes": crimes of state
        if event == "ASSAULT" and frame.trigger.mode == "explosives":
            cues -= BYSTANDERS  # "a bomb went off outside a store, wounding two customers":
            # no robbery
        if event == "ASSAULT" and self._civic_victim(st, frame):
            cues -= self.lex.crime_cues  # "a land-rights leader had been killed ..., the
            # ninetieth social leader murdered this year": a killing of public life
        cues -= self._speakers(st, sentence) & FAMILY  # "..., his wife said": who tells it,
        # no family quarrel
        if event in ADDRESSED and any(self._is_state(st, r) for r in frame.recipient):
            cues -= self._name_words(st, frame) & FAMILY  # "wives of jailed fishermen urged
            # Colombo to free them": kin who address a state, no family quarrel
        if cues & (self.lex.nonpolitical_cues | self.lex.sport_cues) and not (
            state and others_political
        ):
            return False
        return self._weakly_anchored(st, frame, event, lemmas, state)

    @staticmethod
    def _at_leisure(st: _Article, arg: Arg) -> bool:
        """A crowd named by what it came to buy or watch ("shoppers", "bargain hunters")."""
        head = st.parse[arg.head]
        words = {singular(head.lemma.lower())} | {
            c.lemma.lower() for c in st.parse.children(head.i, "compound")
        }
        return bool(words & LEISURE_CROWDS)

    @staticmethod
    def _died_in_fire(st: _Article, frame: Frame, lemmas: set[str]) -> bool:
        """The people were killed "in a fire" that no one is said to have set ("families of
        passengers killed in a ferry fire"; not "killed in cross fire" or "in an arson
        attack")."""
        p, tok = st.parse, frame.token
        if frame.trigger.nominal or p.children(tok.i, "agent") or lemmas & ARSON:
            return False
        fires = [o for o in p.prep_objects(tok.i, ("in",)) if o.lemma.lower() == "fire"]
        return any(
            not {m.lemma.lower() for m in p.children(f.i, "compound", "amod")} & GUNFIRE
            for f in fires
        )

    def _hits_arms(self, st: _Article, frame: Frame) -> bool:
        """The verb's object is a weapon it came upon ("struck a buried device", "ran over a
        landmine", "stepped on a mine")."""
        met = st.parse.children(frame.token.i, "dobj") + st.parse.prep_objects(
            frame.token.i, ("over", "on", "into")
        )
        return any(self._in_class(o, "arms") for o in met)

    def _anchored(
        self, st: _Article, frame: Frame, event: str, words: _Cues, mob_attack: bool
    ) -> bool:
        """Anchors no crime, sport or accident word can undo: armed groups, words of armed
        conflict, a state asking abroad for help, political targets and protesting crowds.
        ``mob_attack``: the occurrence is an attack by a mob or crowd."""
        lemmas, cues = words.lemmas, words.cues
        if any(self._armed(st, a) for a in frame.actor):
            return True  # rebels or an army acting: never a crime story or an accident
        if event == "ASSAULT" and any(
            singular(st.parse[a.head].lemma.lower()) in LAND_FEUDS for a in frame.actor
        ):
            return True  # settlers or herders attacking villagers: communal violence over land
            # (ACLED counts it as political violence), whatever was stolen or strayed
        gear = st.parse.direct_objects(frame.token.i) if not frame.trigger.nominal else []
        if event == "ASSAULT" and any(self._in_class(o, "riot_gear") for o in gear):
            return True  # "police fired tear gas to break up a march by garment workers":
            # riot gear is used on crowds, whatever else the sentence names (a factory)
        quiet = not cues & (self.lex.nonpolitical_cues | self.lex.sport_cues)
        if event == "ASSAULT" and quiet and self._settlement_attacked(st, frame):
            return True  # "Dozo hunters attacked a Peul hamlet, setting fire to the huts":
            # armed men falling on a settlement, no private quarrel
        if frame.trigger.mode == "ceasefire" and not self._truce_ended(st, frame):
            return True  # a truce is between armed parties, whatever the sentence also says
            # ("a ceasefire to let aid reach the victims of the cyclone")
        if event == "MOBILIZE" and any(a.entity.sector in ARMED for a in frame.actor):
            return True  # "Russian warships fanned out ... on the first day of drills"
        crashed = bool(lemmas & CRASH_WORDS)  # "a light aircraft crashed after take-off,
        # killing two": an accident, whatever flew (not "drones struck a depot, sparking a blaze")
        if event == "ASSAULT" and self._flown(st, frame) and not crashed:
            return True  # "drones struck an oil depot, sparking a blaze"
        if event == "ASSAULT" and self._suicide(st, frame):
            return True  # "blew himself up"
        sport = cues & self.lex.sport_cues
        arms_seized = event == "COERCE" and frame.trigger.obj == "arms"
        if (event == "ASSAULT" or arms_seized) and lemmas & self.lex.armed_cues:
            return True  # "an IED blast killed nine", "a squad defused an IED": no accident
        if event == "ASSAULT" and self._shelled(st, frame) and not cues & self.lex.sport_cues:
            return True  # "three rockets were fired at the Ain al-Asad air base"
        if arms_seized and self._planted(st, frame):
            return True  # "defused a device planted by a pipeline": no wartime leftover
        # (the attackers' own name is no accident word: "neighbours stormed the house")
        accident = (cues - self._name_words(st, frame)) & (
            self.lex.nonpolitical_cues - self.lex.crime_cues
        )
        struck = frame.trigger.mode == "explosives" and "arms" in (
            frame.trigger.obj,
            frame.trigger.particle_obj,
        )
        struck = struck or (  # "the vehicle struck a homemade mine", "ran over a landmine"
            frame.trigger.obj == "attack_target" and self._hits_arms(st, frame)
        )
        # (what the mine struck is its victim, whatever it carried: "a convoy escorting fuel
        # tankers struck a mine")
        victim = (
            _words_under(st.parse, st.parse.children(frame.token.i, "nsubj")) if struck else set()
        )
        if event == "ASSAULT" and struck and not sport and not accident - victim:
            return True  # "a bus ran over a mine near Gao": a mine laid in a war, not a pit
        from_air = frame.trigger.nominal and frame.trigger.mode in ("aerial", "drone")
        if event == "ASSAULT" and from_air and not sport and not accident:
            return True  # "drone strike on a market, civilians among the dead": only armed
            # forces strike from the air, whoever the sentence names
        if mob_attack and not sport and not accident:
            return True  # mob violence ("a mob beat to death a man suspected of theft")
        if event == "COERCE" and not sport and self._held_protesting(st, frame):
            return True  # "212 people were detained as they tried to march towards Taksim"
        if event == "REQUEST" and self._asked_abroad(st, frame):
            return True  # "the government appealed to donors for tents after the floods"
        if event == "ASSAULT" and not accident and self._group_on_worship(st, frame):
            return True  # "dozens of men stormed a church, beating worshippers": communal
        if event == "ASSAULT" and not accident and self._worship_torched(st, frame):
            return True  # "homes and a temple were ransacked and set on fire": communal
        if event == "ASSAULT" and any(armed_gang(st, a) for a in frame.actor):
            return True  # "gang members torched houses in Port-au-Prince": armed groups there
        if event == "ASSAULT" and any(self._bandits(st, a) for a in frame.actor):
            return True  # "armed bandits burned granaries and stole livestock" (Tillabéri)
        unexplained = not words.others & self.lex.crime_cues  # (not "robbers", a ransom)
        if event == "ASSAULT" and not frame.actor and unexplained and self._named_armed(st, frame):
            return True  # "passengers were offloaded and shot after armed men checked their
            # identity cards": the attackers are named, though not as the verb's agent
        assailed = event == "ASSAULT" and any(self._assailant(st, a) for a in frame.actor)
        crime = words.others & self.lex.crime_cues - FAMILY  # (gunmen "wounding his wife")
        if assailed and not crime:  # "murdered by armed men"
            return True  # "armed men stopped a passenger coach and shot them": no sport
        foes = [st.parse[a.head] for a in frame.recipient]
        prep = st.parse.head(frame.token.i) if frame.token.dep == "pobj" else None
        for gov in (frame.light, st.parse.head(prep.i) if prep is not None else None):
            foes += st.parse.children(gov.i, "dobj") if gov is not None else []  # "engaged
            # armed individuals in an exchange of fire": whom the act was with
        fought = event == "ASSAULT" and any(self._combatant(st, t) for t in foes)
        if fought and not words.others & self.lex.crime_cues and not sport:
            return True  # "volunteers engaged armed individuals in an exchange of fire"
        hit = [a for a in self._sides(st, frame) if a in frame.recipient]
        if any(self._political_party(a) for a in hit) and not lemmas & self.lex.sport_cues:
            return True  # a party hit, not the place named as the scene ("in old Dhaka"); a
            # country's team beaten at curling is no state attacked
        if event != "ASSAULT" and self._between_states(frame) and not sport:
            return True  # "Indonesia and Malaysia agreed on patrols against smuggling"
        parties = [a for a in frame.actor if self._political_party(a)]
        played = self._played(st, frame, sport)
        # activists protesting near a stadium are no sport (but a boxer called a challenger
        # is no party: "the challenger landed a clean strike")
        worded = any(self._actor_words(a) & self.lex.political_cues for a in parties)
        if event == "PROTEST" and parties and (not played or worded):
            return True
        rescued = frame.trigger.lemma in RESCUES and bool(cues & self.lex.nonpolitical_cues)
        if event == "AID" and not rescued and any(self._organised(st, a) for a in frame.actor):
            return True  # relief after a flood or a quake is aid all the same (but a rescue
            # from a capsized boat or a collapsed mine is no political act)
        named = [a for a in frame.actor if st.parse[a.head].pos in ("NOUN", "PROPN", "NUM")]
        if frame.trigger.event != "PROTEST":  # a violent act read as a riot: a crowd's
            named = [
                a
                for a in named
                if st.parse[a.head].tag in ("NNS", "NNPS")
                or st.parse[a.head].lemma.lower() in COLLECTIVE
            ]
        # collective protest by someone is political (SCAD, ACLED), sport aside; the protesters'
        # own name is no sport word ("members of the League of Social Democrats")
        return event == "PROTEST" and bool(named) and not played

    def _played(self, st: _Article, frame: Frame, sport: set[str]) -> set[str]:
        """The sport words that are not part of a name in the actors' phrases or the actors'
        own words ("supporters of the Awami League", "the League of Social Democrats")."""
        if not sport:
            return set()
        names = {
            st.parse[i].lemma.lower()
            for a in frame.actor
            for i in st.parse.subtree(a.head)
            if st.parse[i].ent_type in ("ORG", "NORP", "PERSON", "FAC")
        }
        return sport - names - self._name_words(st, frame)

    def _force_word(self, st: _Article, arg: Arg) -> str:
        """The word that says whether an actor could be a natural force: its head, or what a
        swarm or wave is of ("a swarm of drones"); none for fire named by its weapon ("mortar
        fire", "rocket fire")."""
        p = st.parse
        head = p[arg.head]
        mods = {c.lemma.lower() for c in p.children(head.i, "compound", "amod")}
        if mods & (self.lex.armed_cues | self.lex.object_classes.get("munition", frozenset())):
            return ""
        inner = p.prep_objects(head.i, ("of",))
        if inner and inner[0].pos == "PROPN":
            return ""  # "members of the Muslim League": a named body
        if is_acronym(head.text) and head.text.isalpha():
            return ""  # "ICE detains a student activist": an acronym names a body, not ice
        if head.pos == "PROPN" and (named := sorted(mods & NAMED_STORMS)):
            return named[0]  # "Typhoon Yagi", "Hurricane Milton": a storm's name
        natural = sorted(mods & self.lex.inanimate_actors)
        if natural and instrument_sector(head.lemma) is not None:
            return natural[0]  # "lightning strikes": the weather, not an air force
        return (inner[0] if inner else head).lemma.lower()

    @staticmethod
    def _maybe_force(st: _Article, arg: Arg) -> bool:
        """An actor that may be a natural force: one of no sector, or one whose sector only
        comes from a word for a strike or shot ("lightning strikes")."""
        return not arg.entity.sector or instrument_sector(st.parse[arg.head].lemma) is not None

    @staticmethod
    def _settlement_attacked(st: _Article, frame: Frame) -> bool:
        """A group fell on a village or hamlet: what was attacked is a settlement and the
        doers are named in the plural ("hunters attacked a hamlet", "raided two villages")."""
        p, tok = st.parse, frame.token
        if frame.trigger.nominal or tok.lemma.lower() not in SETTLEMENT_ATTACKS:
            return False
        hit = [*p.children(tok.i, "dobj"), *p.passive_subjects(tok.i)]
        many = any(p[a.head].tag in ("NNS", "NNPS") for a in frame.actor)
        return many and any(singular(h.lemma.lower()) in SETTLEMENTS for h in hit)

    @staticmethod
    def _told_before(st: _Article, arg: Arg) -> bool:
        """An actor that points back to the sentence before: "it", or a blast named with "the"
        ("the blast", "the explosion")."""
        head = st.parse[arg.head]
        if head.text.lower() == "it":
            return True
        dets = {d.lemma.lower() for d in st.parse.children(head.i, "det")}
        return head.lemma.lower() in BLASTS and bool(dets & {"the", "that", "this"})

    @staticmethod
    def _shelled(st: _Article, frame: Frame) -> bool:
        """Heavy munitions fired at a target, whoever fired them ("rockets were fired at the
        base", "fired three mortar shells into the camp")."""
        p, tok = st.parse, frame.token
        if frame.trigger.obj != "munition" or not p.prep_objects(tok.i, AIMED):
            return False
        shots = [*p.children(tok.i, "dobj"), *p.passive_subjects(tok.i)]
        words = [w for s in shots for w in (s, *p.children(s.i, "compound"))]
        named = {singular(w.lemma.lower()) for w in words}
        return bool(named & HEAVY_SHOTS)

    @staticmethod
    def _planted(st: _Article, frame: Frame) -> bool:
        """What was seized or defused had been planted, hidden or laid somewhere."""
        p = st.parse
        objects = [*p.children(frame.token.i, "dobj"), *p.passive_subjects(frame.token.i)]
        return any(
            w.lemma.lower() in PLANTED and w.tag == "VBN"
            for o in objects
            for w in p.children(o.i, "acl")
        )

    def _naming_words(self, st: _Article, sentence: int) -> set[str]:
        """Accident words that only say who a person is ("a factory manager", "a football
        coach"): no cue that the act was an accident."""
        accident = self.lex.nonpolitical_cues - self.lex.crime_cues
        out = set()
        for tok in st.parse.sentence_tokens(sentence):
            head = st.parse.head(tok.i)
            if tok.dep not in ("compound", "amod") or head is None or head.pos != "NOUN":
                continue
            if tok.lemma.lower() in accident and self._in_class(head, "person"):
                out.add(tok.lemma.lower())
        return out

    def _grievance(self, st: _Article, frame: Frame) -> set[str]:
        """Accident words in what the actors are said to be angry about ("villagers angered
        by the death of a child struck by a speeding truck"): why they acted, not an accident
        they had."""
        p = st.parse
        angry = [c for a in frame.actor for c in p.children(a.head, "acl", "amod") if c.i > a.head]
        wanted: list[Token] = []
        if frame.trigger.event == "PROTEST":  # "marched ..., demanding hospitals rather than
            # football stadiums", "rallied against the stadium project": what they want, sport
            # words included
            wanted += [
                c
                for c in p.children(frame.token.i, "advcl", "xcomp")
                if c.lemma.lower() in DEMANDING
            ]
            wanted += p.prep_objects(frame.token.i, ("against", "over"))
        accident = self.lex.nonpolitical_cues - self.lex.crime_cues
        return (_words_under(p, angry) & accident) | (
            _words_under(p, wanted) & (accident | self.lex.sport_cues)
        )

    @staticmethod
    def _instruments(st: _Article, frame: Frame) -> set[str]:
        """What a passive act, or one joined to it, was done with ("cars were torched and a
        town hall pelted with fireworks"): the weapon, no word of a festival or an accident."""
        p = st.parse
        if not p.is_passive(frame.token.i):
            return set()  # (not "Real Madrid and Barcelona clash ... with the title race ...")
        verbs = [frame.token, *p.children(frame.token.i, "conj")]
        used = [o for v in verbs for o in p.prep_objects(v.i, ("with",))]
        at_forces = any(r.entity.sector in FORCES for r in frame.recipient)
        if frame.token.lemma.lower() in HURLING and at_forces:  # "fireworks thrown at police":
            used += [c for s in p.passive_subjects(frame.token.i) for c in p.conjuncts(s.i)]
        return {w for o in used for w in (o.lemma.lower(), o.text.lower())}

    @cached_property
    def _natural_forces(self) -> frozenset[str]:
        """Actor words that are no party: natural forces, things, and crime, sport and
        accident words (a neighbour is a person, who may join a protest)."""
        return self.lex.inanimate_actors | self.lex.nonpolitical_cues - PEOPLE

    def _figurative(self, st: _Article, sentence: int) -> set[str]:
        """Verbs named like a natural force whose subject is none ("lathis rain on", "stones
        rained down"): no cue that nature was at work (an accident verb such as "derailed"
        still is one)."""
        forces = self.lex.inanimate_actors
        sentences = st.attrs.lead if sentence in st.attrs.lead else (sentence,)
        out = set()
        for s in sentences:
            for tok in st.parse.sentence_tokens(s):
                if tok.pos != "VERB" or tok.lemma.lower() not in forces:
                    continue
                subjects = st.parse.children(tok.i, "nsubj")
                if subjects and all(x.lemma.lower() not in forces for x in subjects):
                    out.add(tok.lemma.lower())
        return out

    @staticmethod
    def _name_words(st: _Article, frame: Frame) -> set[str]:
        """Lower-cased words of the actors' phrases."""
        return {
            t.lemma.lower()
            for a in frame.actor
            if a.entity.start is not None and a.entity.end is not None
            for t in st.parse.sentence_tokens(a.sentence)
            if a.entity.start <= t.start < a.entity.end
        }

    def _truce_ended(self, st: _Article, frame: Frame) -> bool:
        """The truce is said to end or break ("Easter truce collapses within hours"), by its
        verb or in its sentence ("a ceasefire declared for Easter broke down as ...")."""
        head = st.parse.head(frame.token.i)
        if head is not None and head.lemma.lower() in self.lex.ending_verbs:
            return True
        return bool(st.attrs.sentence_lemmas(frame.token.sentence) & TRUCE_BREAKS)

    def _held_protesting(self, st: _Article, frame: Frame) -> bool:
        """People held while protesting: a clause of the arrest tells a protest ("detained as
        they tried to march", "arrested while staging a sit-in")."""
        p = st.parse
        told = [k for c in p.children(frame.token.i, "advcl") for k in p.subtree(c.i)]
        return any(
            t.event == "PROTEST"
            for k in told
            if p[k].pos == "VERB"
            for t in self.lex.verbs.get(p[k].lemma.lower(), ())
        )

    def _asked_abroad(self, st: _Article, frame: Frame) -> bool:
        """A state asks other states or agencies, or asks for something (not a warning to the
        public: "urged residents to move to higher ground")."""
        if not any(self._is_state(st, a) for a in frame.actor):
            return False
        home = {a.entity.code for a in frame.actor}
        abroad = any(
            r.entity.code not in home or r.entity.sector in ("IGO", "NGO") for r in frame.recipient
        )
        p, tok = st.parse, frame.token
        asked = p.prep_objects(tok.i, ("to",))  # "appealed to donor countries for tents"
        wanted = p.prep_objects(tok.i, ("for",)) + [
            o for a in asked for o in p.prep_objects(a.i, ("for",))
        ]
        return abroad or bool(wanted)

    def _weakly_anchored(
        self, st: _Article, frame: Frame, event: str, lemmas: set[str], state: bool
    ) -> bool:
        """Anchors that count when no crime, sport or accident word is in the sentence."""
        if event == "ASSAULT" and any(self._assailant(st, a) for a in frame.actor):
            return True  # "armed men torched houses": no ordinary crime words, an armed attack
        if event == "ASSAULT" and self._civic_victim(st, frame):
            return True  # "an activist was shot dead": an attack on public life
        if any(self._political_party(a) for a in frame.actor):
            return True
        if state or lemmas & self.lex.political_cues:
            return True
        if event == "AID" and not frame.actor:
            return False  # "twelve passengers were rescued": no giver, no aid
        if event == "COERCE" and frame.trigger.mode in ("martial-law", "curfew"):
            return True  # "a state of exception was decreed in seven provinces": only a state
            # does it (a flood's emergency is undone by its disaster words above)
        cut = frame.trigger.mode in ("withhold", "discontinue")  # ("suspended": its sense)
        if event == "COERCE" and cut and self._cuts_comms(st, frame):
            return True  # "mobile data has been cut across five districts": a state's measure
        if event == "COERCE" and self._names_armed_group(st, frame.token.sentence):
            return True  # "three men suspected of planning attacks for Islamic State were
            # arrested": an arrest over an armed group, not over a crime
        if event == "ASSAULT" and frame.trigger.subject == "arms" and not frame.trigger.nominal:
            return True  # "a device hidden in a motorcycle went off" (not "a gas explosion")
        if event == "ASSAULT" and self._armed_scene(st, frame):
            return True  # "the port was hit during a wave of drones": a weapon's work
        if event == "ASSAULT" and frame.actor and all(self._private(st, a) for a in frame.actor):
            return False  # "a teenager shot two people at a mall": one person's crime
        tok = frame.token
        combat = frame.trigger.nominal and tok.lemma.lower() in self.lex.combat_nouns
        preps = FRONT_PREPS if tok.lemma.lower() != "fight" else SCENE_PREPS
        if event == "ASSAULT" and combat and st.parse.prep_objects(tok.i, preps):
            return True  # "fierce fighting in Mosul": armed conflict somewhere, no crime word
        blast = frame.trigger.nominal and frame.trigger.mode == "explosives"
        blast = blast and tok.dep == "ROOT" and not st.parse.children(tok.i, "compound")
        if event == "ASSAULT" and blast and st.parse.prep_objects(tok.i, ("at", *SCENE_PREPS)):
            return True  # a feed line's "Twin blasts at Shia mosque": no accident word, a
            # bombing (not "Gas cylinder blast at restaurant")
        verb = st.parse.head(tok.i)
        raging = combat and tok.dep == "nsubj" and tok.text.lower() != "fight"
        scene = verb is not None and bool(st.parse.prep_objects(verb.i, SCENE_PREPS))
        if event == "ASSAULT" and raging and scene:
            return True  # "heavy fighting raged in the Donbas", "clashes erupted in Tripoli"
        ending = verb is not None and verb.lemma.lower() in self.lex.ending_verbs
        subject = tok.dep in ("nsubj", "nsubjpass") and not ending  # not "the march ended"
        signs = [o for o in st.parse.children(tok.i, "dobj") if self._in_class(o, "protest_sign")]
        if event == "PROTEST" and signs:
            return True  # "retirees holding placards outside the pension office": a protest
        riot = frame.trigger.nominal and frame.trigger.mode == "riot"
        if event == "PROTEST" and riot and st.parse.prep_objects(tok.i, ("over", "against")):
            return True  # "after a day of rioting over fuel shortages": unrest with a cause
        if event == "PROTEST" and frame.trigger.nominal and subject and not frame.actor:
            return True  # the protest is what the sentence is about ("a silent march wound
            # through the streets", "the vigil drew hundreds")
        # a national or organised party on either side ("ethnic Albanians", "the movement"),
        # not the place where it happened ("a hunter was shot dead in the Dordogne")
        return any(self._organised(st, a) for a in self._sides(st, frame))

    def _armed_scene(self, st: _Article, frame: Frame) -> bool:
        """A passive attack told with its weapons as subject or amid its weapons or its attack:
        "the port was hit during a wave of Shahed drones", "homes were struck in an overnight
        missile attack" (someone did, though no one is named; not "the town was hit during
        heavy rains")."""
        p = st.parse
        if not p.is_passive(frame.token.i):
            return False
        for subj in p.passive_subjects(frame.token.i):
            if any(self._in_class(self._partitive(st, subj), c) for c in ("munition", "riot_gear")):
                return True  # "tear gas and water cannon were turned on youths"
        for obj in p.prep_objects(frame.token.i, ("during", "in", "amid")):
            for t in (obj, self._partitive(st, obj), *p.prep_objects(obj.i, ("of",))):
                if self._in_class(t, "munition") or self._in_class(t, "warcraft"):
                    return True
                if any(e.event == "ASSAULT" for e in self.lex.nouns.get(t.lemma.lower(), ())):
                    return True
        return False

    def _worship_torched(self, st: _Article, frame: Frame) -> bool:
        """A place of worship set on fire or wrecked by no one named, told in the passive."""
        p, tok = st.parse, frame.token
        if frame.actor or frame.trigger.mode not in ("primitive", "destroy"):
            return False
        verb = tok if not frame.trigger.nominal else st.finder.passive_verb(tok)
        if verb is None or not p.is_passive(verb.i):
            return False
        undergone = p.passive_subjects(verb.i) + p.shared_passive_subjects(verb.i)
        undergone += [c for t in undergone for c in p.children(t.i, "conj")]
        return any(self._in_class(t, "worship") for t in undergone)

    @staticmethod
    def _cuts_comms(st: _Article, frame: Frame) -> bool:
        """What is cut off is a means of communication ("mobile data", "phone networks")."""
        p, tok = st.parse, frame.token
        objs = p.passive_subjects(tok.i) if p.is_passive(tok.i) else []
        objs += p.children(tok.i, "dobj") if not frame.trigger.nominal else []
        head = p.head(tok.i)
        if tok.dep == "acl" and head is not None:
            objs.append(head)  # "Mobile internet suspended across Manipur"
        words = {
            w
            for o in objs
            for t in [o, *p.children(o.i, "compound", "amod")]
            for w in (t.lemma.lower(), t.text.lower())
        }
        return bool(words & COMMS)

    def _private(self, st: _Article, arg: Arg) -> bool:
        """One person with no sector, office or group behind them ("a teenager", "a driver")."""
        head = st.parse[arg.head]
        return (
            head.tag == "NN"
            and arg.entity.sector in (None, "CVL")
            and arg.entity.office is None
            and head.lemma.lower() not in COLLECTIVE
            and not self._assailant(st, arg)
            and not self._organised(st, arg)
        )

    @staticmethod
    def _sides(st: _Article, frame: Frame) -> list[Arg]:
        """The actors and the recipients that are not just the scene ("in Phoenix"); the people
        of a place are more than its scene ("in a Fulani hamlet")."""

        def scene(a: Arg) -> bool:
            kind, trigger = st.parse[a.head].ent_type, frame.token.i
            if kind == "NORP" or not (a.entity.sector in (None, "CVL") or kind in PLACES):
                return False  # not "near a police station"
            named_place = kind in PLACES and in_scene(st.parse, a.head, trigger, AT)
            return named_place or in_scene(st.parse, a.head, trigger)

        return frame.actor + [a for a in frame.recipient if not scene(a)]

    def _crime_object(self, st: _Article, frame: Frame) -> bool:
        """What is seized or who is arrested is named by a word of crime ("tonnes of cocaine",
        "three robbers")."""
        tok, p = frame.token, st.parse
        objs = p.children(tok.i, "dobj") if not frame.trigger.nominal else []
        objs += p.passive_subjects(tok.i) if p.is_passive(tok.i) else []
        owner = p.head(tok.i)
        if tok.dep == "acl" and owner is not None:
            objs.append(owner)  # "Record cocaine haul seized at the port"
        if not frame.trigger.nominal and frame.trigger.event == "COERCE":
            joined = [owner] if tok.dep == "conj" and owner is not None else []
            joined += p.children(tok.i, "conj")  # "seized 80,000 yaba tablets and arrested
            objs += [o for v in joined if v.pos == "VERB" for o in p.children(v.i, "dobj")]
            # two men": one haul, one arrest
        heads = [h for o in objs for h in self._sense_heads(st, o)]
        heads += [i for h in heads for i in p.prep_objects(h.i, ("of",))]  # "members of a ring"
        heads += [c for h in heads for c in p.children(h.i, "compound")]  # "a cocaine haul"
        deeds = [v for h in heads for v in p.children(h.i, "relcl")]  # "a gang that stole cars"
        crime = self.lex.crime_cues
        return any(t.lemma.lower() in crime for t in heads + deeds)

    def _speakers(self, st: _Article, sentence: int) -> set[str]:
        """The words of who reports what the sentence tells ("..., his wife said")."""
        p = st.parse
        return {
            t.lemma.lower()
            for t in p.sentence_tokens(sentence)
            if t.dep == "nsubj"
            and (head := p.head(t.i)) is not None
            and head.lemma.lower() in self.lex.reporting_verbs
        }

    @staticmethod
    def _civic_victim(st: _Article, frame: Frame) -> bool:
        """Who was attacked is named by a public role: a community or party leader, an
        activist, a journalist, a candidate, an official ("a social leader was murdered")."""
        tok, p = frame.token, st.parse
        if frame.trigger.nominal:
            return False
        victims = _victims(p, tok) or p.shared_passive_subjects(tok.i)  # "were pulled from
        # their canoe and hacked to death"
        bodies = [o for v in victims for o in p.prep_objects(v.i, ("of",))]  # "two members of
        # a land-defence committee"
        if any(_civic(v, CIVIC_SECTORS) for v in victims) or any(
            b.lemma.lower() in CIVIC_BODIES for b in bodies
        ):
            return True
        if tok.sentence == 0 or not any(
            v.text.lower() in ("he", "she", "him", "her") for v in victims
        ):
            return False
        # "Colleagues of the environmental defender held a vigil. He had been shot dead ...":
        # the one the sentence before named (not its officials: "prosecutors said the victim")
        named = [t for t in p.sentence_tokens(tok.sentence - 1) if t.pos == "NOUN"]
        return any(_civic(t, CIVIC_SECTORS - STATE_SIDE) for t in named)

    @staticmethod
    def _suspects_killed(st: _Article, frame: Frame) -> bool:
        """Police or troops named as the doers kill people held to be suspects ("police shot
        dead two drug suspects in a buy-bust operation"), or beat or torture people in their
        custody ("his client had been beaten by investigators"): robbers killed in a chase,
        with no doer named, stay a crime's end."""
        tok, p = frame.token, st.parse
        harm = tok.lemma.lower() in KILLING or frame.trigger.mode in ("beat", "torture")
        if frame.trigger.nominal or not harm:
            return False
        if not frame.actor or not all(a.entity.sector in FORCES for a in frame.actor):
            return False
        return any(o.lemma.lower() in SUSPECTS for o in _victims(p, tok))

    def _between_states(self, frame: Frame) -> bool:
        """Countries or their governments, forces or police act, and states of two or more
        countries take part (a place named as the recipient aside)."""

        def state(a: Arg) -> bool:
            return a.entity.sector in self.lex.state_sectors or is_country_name(
                a.entity.entity_text
            )

        states = [a for a in frame.actor + frame.recipient if state(a)]
        actors_ok = bool(frame.actor) and all(state(a) for a in frame.actor)
        return actors_ok and len({a.entity.code for a in states}) > 1

    @staticmethod
    def _armed(st: _Article, arg: Arg) -> bool:
        """An armed group or force named as such, not a weapon or strike taken for its user
        ("lightning strikes killed ...")."""
        head = st.parse[arg.head]
        return arg.entity.sector in ARMED and instrument_sector(head.lemma) is None

    @staticmethod
    def _named_armed(st: _Article, frame: Frame) -> bool:
        """The attack's sentence names armed men, gunmen or militants somewhere (not gangs,
        robbers or kidnappers: crime's words)."""
        p = st.parse
        return any(
            t.pos == "NOUN" and (singular(t.lemma.lower()) in ARMED_MEN or said_armed(p, t))
            for t in p.sentence_tokens(frame.token.sentence)
        )

    @staticmethod
    def _names_armed_group(st: _Article, sentence: int) -> bool:
        """The sentence names an armed group by its name ("Islamic State", "the ELN")."""
        names = [
            t
            for t in st.parse.sentence_tokens(sentence)
            if t.pos == "PROPN"
            and t.ent_type in ("ORG", "NORP", "")
            and st.parse.head(t.i) is not None
            and t.dep != "compound"
        ]
        return any(a.entity.sector == "REB" for t in names for a in st.finder.resolver.expand(t))

    @staticmethod
    def _bandits(st: _Article, arg: Arg) -> bool:
        """Bandits where conflict monitors count banditry as political violence (north-west
        Nigeria, the Sahel, the Lake Chad basin, Kenya's North Rift), not highway robbers
        elsewhere."""
        head = st.parse[arg.head]
        return singular(head.lemma.lower()) == "bandit" and arg.entity.code in BANDITRY

    @staticmethod
    def _organised(st: _Article, arg: Arg) -> bool:
        ent = arg.entity
        if ent.sector == "CRM":
            return False  # gangs and cartels: crime, unless the state or a party is involved
        if ent.sector is not None and ent.sector not in CIVIL:
            return True
        head = st.parse[arg.head]
        lone = ent.sector in CIVIL and head.tag == "NN" and head.lemma.lower() not in COLLECTIVE
        lone = lone and place_of(ent.entity_text) is None  # "Jalgaon city": a place's people
        collective = head.lemma.lower() in COLLECTIVE
        # "a car window in Kisumu" is a thing
        thing = ent.sector is None and not st.finder.is_party(head) and not collective
        if ent.code and not lone and not thing:
            return True  # a single civilian ("a youth") is no organised party by nationality
        if ent.start is None or ent.end is None:
            return False
        return any(
            m.label in ("ORG", "NORP") for m in st.finder.resolver.overlapping(ent.start, ent.end)
        )


def _victims(parse: Parse, verb: Token) -> list[Token]:
    """Who undergoes a verb's act: its passive subjects, else its objects."""
    return (
        parse.passive_subjects(verb.i)
        if parse.is_passive(verb.i)
        else parse.children(verb.i, "dobj")
    )


def _civic(tok: Token, sectors: frozenset[str]) -> bool:
    """The word names a role of public life (a leader, an activist, a journalist ...)."""
    return tok.lemma.lower() in CIVIC_VICTIMS or sector_of(tok.lemma) in sectors


def _words_under(parse: Parse, heads: list[Token]) -> set[str]:
    """The lemmas and lower-case words of the phrases headed by ``heads``."""
    return {
        word
        for h in heads
        for k in parse.subtree(h.i)
        for word in (parse[k].lemma.lower(), parse[k].text.lower())
    }


def _scoreline(parse: Parse, sentence: int, lemmas: frozenset[str] | set[str]) -> bool:
    """A match result in the sentence: a score ("2-1", "3 - 0") beside a result word."""
    if not lemmas & RESULT_WORDS:
        return False
    toks = parse.sentence_tokens(sentence)
    for a, dash, b in zip(toks, toks[1:], toks[2:], strict=False):
        if dash.text in ("-", "–") and _score_word(f"{a.text}-{b.text}"):
            return True  # "2 - 1", as the tokenizer splits it
    return any(_score_word(t.text) for t in toks)


def _score_word(text: str) -> bool:
    left, _, right = text.partition("-")
    return left.isdigit() and right.isdigit() and int(left) <= 20 and int(right) <= 20


def _world_war(parse: Parse, sentence: int) -> bool:
    """The sentence names a world war ("a Second World War bomb", "World War II shells")."""
    toks = parse.sentence_tokens(sentence)
    return any(
        a.text.lower() == "world" and b.text.lower() in ("war", "wars") for a, b in pairwise(toks)
    )
