"""Senses of a trigger occurrence for the rule coder: what its object, modifiers and modality
make of it ("lifted the blockade" is a RETREAT, "will not meet" a refusal, "vowed to fight" a
threat, "Russia held exercises" a show of force). Mixed into :class:`.rules.RulesCoder`.
"""

from __future__ import annotations

from dataclasses import replace

from storyline.annotate.actors import place_of, sector_of
from storyline.events.arguments import Frame
from storyline.events.attributes import Modality
from storyline.events.crowds import CrowdChecks
from storyline.events.graph import Parse
from storyline.events.words import (
    CIVILIANS,
    GROUND_WEAPONS,
    ArticleState,
    armed_gang,
    singular,
    to_death,
)
from storyline.records import Token

# crowd acts that armed or unknown men commit as an attack (a rampage, vandalism); a blockade
# stays one whoever mounts it ("rebels blocked transport into Abidjan")
ASSAILED = frozenset({"riot", "vandalize"})
REFUSABLE = frozenset({"AGREE"})
# what a crowd out somewhere cries for or against is its protest's cry
CRIES = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT"})
# attack modes that aircraft or drones make an air or drone strike ("drones flattened X")
AIRBORNE = frozenset({None, "destroy", "explosives"})  # ("jets bombed a village": aerial)
# verbs that announce a truce, and verbs that say when it starts
ANNOUNCING = frozenset({"announce", "declare", "proclaim", "unveil"})
STARTING = frozenset({"begin", "start", "take", "come", "enter", "kick"})
# sides whose acts are never a crowd's riot
STATE_SIDES = frozenset({"COP", "MIL", "GOV", "SPY", "PRM"})
# what makes barricades a rioters' ("burning barricades", "barricades of flaming tyres")
BURNING = frozenset({"burning", "flaming", "blazing", "burnt", "burned"})
# taking people with no word of arrest: rebels who do it abduct ("held by separatists")
SEIZING = frozenset({"hold", "seize", "take", "capture", "grab", "snatch"})
# where troops sent stay on their own side ("to the border")
FRONTIERS = frozenset({"border", "frontier", "boundary"})
#: verbs of stopping, and the fighting a ceasefire stops ("stopped firing at midnight")
HALTING = frozenset({"stop", "cease", "halt"})
COMBAT_VERBS = frozenset({"fire", "shoot", "shell", "fight", "attack", "bomb"})
#: verbs of refusing, and what a crowd refuses when it holds its ground
REFUSING = frozenset({"refuse", "decline"})
STAYING = frozenset({"leave", "disperse", "vacate", "budge", "go", "move"})
CROWD_SECTORS = frozenset({"CVL", "EDU", "LAB", "AGR", "OPP", "MED", None})
CONFLICT = frozenset({"ASSAULT", "SANCTION", "COERCE", "PROTEST", "MOBILIZE"})
# promised cooperation, retreats and concessions are AGREEs (as the PLOVER gold data codes
# them; the manual would make a promised retreat a CONCEDE)
FUTURE_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
# announced or conditional material conflict is a threat (PLOVER: THREATEN, mode = what)
THREAT_MODES = {"ASSAULT": "violence", "SANCTION": "relations"}
COERCE_THREATS = {"arrest": "arrest", "deport": "expel"}
# coercion only a state does: "the internet was cut" amid a protest was not cut by the crowd
STATE_ONLY = frozenset({"withhold", "censor", "curfew", "martial-law", "deport"})
# what only those who rule do, never a crowd ("access to X was restricted as supporters
# prepared to rally": no riot)
STATE_RULES = STATE_ONLY | {"restrict"}
# who raid villages over land or grazing: their violence is communal violence, never a riot
LAND_FEUDS = frozenset({"settler", "herder", "herdsman", "herdsmen"})


#: the weapon a sentence names when its attack has no mode of its own ("attackers armed with
#: machetes raided the village", "a shootout", "an IED struck their patrol"); one kind only
WEAPON_WORDS = {
    "drone": frozenset({"drone", "quadcopter", "uav"}),
    "explosives": frozenset({"bomb", "ied", "explosive", "landmine", "grenade", "bombing"}),
    "heavy-weapons": frozenset({"mortar", "artillery", "shelling", "howitzer", "rocket"}),
    "firearms": frozenset(
        {"gun", "rifle", "gunfire", "gunshot", "shootout", "bullet", "gunman", "firearm"}
        | {"pistol", "sniper", "gunfight", "gunbattle", "machine-gun", "ak-47"}
    ),
    "primitive": frozenset({"machete", "knife", "axe", "arrow", "spear", "sword", "cutlass"}),
}
#: who is killed in a targeted killing when named by office or calling ("a town mayor was
#: shot dead", "gunmen killed a journalist outside his home"); soldiers and police are not
SINGLED_OUT_SECTORS = frozenset({"JRN", "GOV", "OPP", "PTY", "JUD", "LEG", "REL"})
SINGLED_OUT_WORDS = frozenset(
    {"activist", "defender", "unionist", "candidate", "lawyer", "chief", "leader", "politician"}
    | {"councillor", "councilor", "mayor", "journalist", "reporter", "editor", "blogger"}
    | {"organiser", "organizer", "campaigner", "commentator", "broadcaster", "presenter"}
    | {"hopeful", "environmentalist", "judge", "prosecutor", "priest", "pastor", "imam"}
)
KILLING = frozenset({"kill", "shoot", "gun", "slay", "murder", "assassinate", "stab", "hack"})
#: scenes where a killing is no targeted one ("shot dead in the crossfire")
MELEE = frozenset({"clash", "crossfire", "fighting", "raid", "battle", "operation", "riot"})
#: what a party walks out of when it refuses to negotiate
NEGOTIATIONS = frozenset({"talk", "talks", "negotiation", "negotiations", "dialogue", "summit"})
#: words before "strike" that make it a blow at a target, and the attack's mode ("" none)
MILITARY_STRIKES = {
    "nuclear": "", "military": "", "retaliatory": "", "preemptive": "", "pre-emptive": "",
    "precision": "", "surgical": "", "punitive": "", "missile": "heavy-weapons",
    "rocket": "heavy-weapons", "artillery": "heavy-weapons", "drone": "drone",
    "aerial": "aerial", "air": "aerial", "airstrike": "aerial",
}  # fmt: skip
#: words before "strike" that make it a walkout
LABOUR_STRIKES = frozenset(
    {"general", "nationwide", "national", "indefinite", "hunger", "token", "warning"}
    | {"wildcat", "sit-down", "rail", "transport", "teacher", "doctor", "worker", "labour"}
)
#: nouns of time that a labour strike is "on" ("a strike on Monday")
TIME_NOUNS = frozenset({"day", "morning", "afternoon", "evening", "night", "week", "weekend"})
#: verbs whose object "fire" is gunfire ("opened fire", "exchanged fire", "came under fire")
FIRING = frozenset({"open", "exchange", "trade", "return", "under"})


class SenseRules(CrowdChecks):
    """Sense decisions over a frame; needs ``lex`` (the trigger lexicon)."""

    @staticmethod
    def _left_talks(st: ArticleState, frame: Frame) -> bool:
        """A walkout from negotiations ("walked out of the talks"): a refusal to negotiate,
        not a walkout from work or a chamber."""
        if frame.trigger.nominal or frame.trigger.particle != "out":
            return False
        p = st.parse
        preps = p.children(frame.token.i, "prep", "prt")  # ("out" as a particle or a prep)
        preps += [c for t in preps for c in p.children(t.i, "prep")]
        left = [
            o for prep in preps if prep.text.lower() == "of" for o in p.children(prep.i, "pobj")
        ]
        return any(o.lemma.lower() in NEGOTIATIONS for o in left)

    def _event_mode(
        self, st: ArticleState, frame: Frame, state_actor: bool
    ) -> tuple[str, str | None]:
        trig = frame.trigger
        if not trig.nominal and trig.event != "ASSAULT" and to_death(st.parse, frame.token):
            return "ASSAULT", "primitive"  # "hacked to death", "burned him alive": a killing
        if trig.event == "PROTEST" and self._left_talks(st, frame):
            return "REJECT", "meet"  # "rebel groups stormed out of the peace talks"
        struck = trig.lemma == "strike" and trig.nominal and trig.event == "PROTEST"
        if struck and (mode := self._military_strike(st, frame)) is not None:
            return "ASSAULT", mode or None  # "the last strikes on the grid", "a nuclear
            # strike": a blow at a target, no walkout
        if trig.event == "PROTEST" and (changed := self._protest_sense(st, frame)) is not None:
            return changed
        if trig.lemma in HALTING and any(
            c.lemma.lower() in COMBAT_VERBS for c in st.parse.children(frame.token.i, "xcomp")
        ):
            return "RETREAT", "ceasefire"  # "Thailand and Cambodia had stopped firing at
            # midnight under a truce": no strike, a ceasefire
        if trig.lemma in REFUSING and self._stayed_put(st, frame):
            return "PROTEST", "demo"  # "students who had marched to his office refused to
            # leave until he took their petition": the crowd holds its ground
        if trig.lemma == "defy" and self._ban_defied(st, frame):
            return "PROTEST", "demo"  # "crowds defied a ban on gatherings to march": a protest
        if trig.event in ("PROTEST", "MOBILIZE") and self._barricades_burned(st, frame):
            return "PROTEST", "riot"  # "erected burning barricades and stoned the police"
        armed = bool(frame.actor) and all(self._armed_men(st, a) for a in frame.actor)
        if trig.mode == "riot" and armed and self._hurts_people(st, frame):
            return "ASSAULT", "primitive"  # "machete-wielding youths rampaged ..., wounding 15"
        if trig.nominal and trig.mode == "ceasefire" and self._announced(st, frame.token):
            return "CONCEDE", None  # "the army declared a unilateral ceasefire": not yet kept
        if trig.event == "AGREE" and not trig.nominal and self._truce_agreed_later(st, frame):
            return "CONCEDE", None  # "agreed to a ceasefire starting at midnight"
        if trig.lemma == "strike" and trig.event == "PROTEST" and self._flown(st, frame):
            return "ASSAULT", "aerial"  # "Israeli jets carried out strikes on Hamas sites"
        if trig.lemma == "strike" and trig.nominal and self._aircraft_told(st, frame):
            return "ASSAULT", "aerial"  # "... hit by Pakistani warplanes, the Taliban said,
            # condemning the strikes": the strikes the sentence told
        if trig.event == "PROTEST" and self._rioters(st, frame):
            return "PROTEST", "riot"  # "rioters blocked the highway": named violent
        if trig.state is not None and state_actor:  # (but "the authorities blocked access to
            # news sites" is censorship, the sense its object gives)
            sensed = self._object_sense(st, frame) if trig.senses else None
            return sensed or trig.state
        if trig.alone is not None and self._alone(st, frame):
            return trig.alone  # "Russia held military exercises": a show of force
        if trig.event == "MOBILIZE" and self._crowd_massed(st, frame):
            return "PROTEST", "demo"  # "hundreds of nurses massed outside parliament"
        if trig.event == "REJECT" and self._refused_work(st, frame):
            return "PROTEST", "strike"  # "truckers refused to haul loads for a fourth day"
        if trig.event in CRIES and self._crowd_demanding(st, frame):
            return "PROTEST", "demo"  # "hundreds of doctors walked to the square, seeking justice"
        changed = self._object_sense(st, frame)
        event = changed[0] if changed is not None else trig.event
        mode = changed[1] if changed is not None else trig.mode
        by_crowd = event == "ASSAULT" or (event == "COERCE" and mode not in STATE_RULES)
        weapon_done = trig.subject == "munition" and st.parse.is_passive(frame.token.i)
        by_crowd = by_crowd and not weapon_done  # a weapon's act ("homes damaged by explosive
        # charges"), never a crowd's (but "petrol bombs rained down on police lines" may be)
        # (fire set to property reads "destroy" since the object says so, but the crowd is
        # judged on the fire as before: "a mob torched Hindu homes" is no riot)
        judged = trig.mode if (mode == "destroy" and trig.mode == "primitive") else mode
        if by_crowd and self._by_protesters(st, frame, judged):
            return "PROTEST", "riot"  # "demonstrators torched cars", "protesters stormed X"
        if event == "PROTEST" and self._raiders(st, frame):
            return "ASSAULT", None  # "settlers descended on a village, torching homes"
        violent = event == "PROTEST" and mode in ("demo", "obstruct") and not trig.nominal
        if violent and not armed and self._violent_too(st, frame):
            return "PROTEST", "riot"  # "blocked the highway and pelted police with stones"
        if self._people_seized(st, frame, event, state_actor):
            return "ASSAULT", "abduct"  # "bus passengers seized in central Mali"
        if event == "COERCE" and trig.mode == "seize" and self._by_assailants(st, frame):
            return "ASSAULT", None  # "insurgents raided the town": an armed attack, no search
        if event == "COERCE" and trig.mode == "seize" and self._feuding(st, frame):
            return "ASSAULT", None  # "herders raided two villages": communal violence
        if event == "COERCE" and trig.mode == "seize" and self._flown(st, frame):
            return "ASSAULT", "aerial"  # "warplanes carried out raids on the countryside"
        unnamed = not st.parse.direct_objects(frame.token.i)  # "a crowd stripped and beat a man"
        if (
            event == "COERCE"
            and self._mob(st, frame)
            and (unnamed or self._person_object(st, frame))
        ):
            return "ASSAULT", None  # "residents seized two men suspected of theft": mob violence
        # holding hostages is a detention, but "Soldier held by guerrillas" tells the seizure
        held = trig.lemma == "hold" and not st.parse.prep_objects(frame.token.i, ("by",))
        # (rebels holding soldiers or police hold captives: "the ELN says it is holding two
        # soldiers")
        held = held and not self._rebels_took_forces(frame)
        taken = event == "COERCE" and trig.mode == "arrest" and not held
        gunmen = bool(frame.actor) and all(self._assailant(st, a) for a in frame.actor)
        gunmen = gunmen or self._rebels_took_forces(frame)  # "the ELN captured two soldiers"
        gunmen = gunmen or (trig.lemma in SEIZING and self._by_rebels(frame))
        # (a state's agents said to "arrest" arrest, even when the detainees' fate is unknown)
        state = self.lex.state_sectors
        arrested = trig.lemma == "arrest" and any(a.entity.sector in state for a in frame.actor)
        vanished = not arrested and self._disappeared(st, frame)
        if taken and (gunmen or vanished):  # (not "the Taliban detained")
            return "ASSAULT", "abduct"  # "rebels whisked away a village official"
        seized = trig.obj == "site" and self._by_assailants(st, frame)  # "took over the HQ"
        if event == "PROTEST" and trig.mode == "obstruct" and (armed or seized):
            return "ASSAULT", None  # "armed men blocked the highway and shot 23 passengers"
        upon = st.parse.prep_objects(frame.token.i, ("on", "upon"))
        if event == "PROTEST" and trig.mode == "demo" and armed and upon:
            return "ASSAULT", None  # "youths armed with machetes descended on a settlement"
        if event == "PROTEST" and trig.mode in ASSAILED and self._by_assailants(st, frame):
            return "ASSAULT", "destroy" if trig.mode == "vandalize" else None  # masked men's
        if event == "AID" and self._force_sent_home(st, frame):
            return "MOBILIZE", "troops"  # "the army sent more troops to Kurram district"
        flown = self._flown(st, frame) and not self._suicide(st, frame)  # no suicide bomber
        if event == "ASSAULT" and mode in AIRBORNE and flown:
            heads = [self._partitive(st, st.parse[a.head]) for a in frame.actor]
            drones = all(singular(h.lemma) == "drone" for h in heads)
            return event, "drone" if drones else "aerial"  # "warplanes hit a detention centre"
        if event == "ASSAULT" and mode in AIRBORNE and self._fired_from_ground(st, frame):
            return event, "heavy-weapons"  # "artillery struck the centre of Horlivka"
        if changed is not None and changed[0] == "MOBILIZE":  # "sent 200 police officers"
            return "MOBILIZE", self._mobilize_mode(st, frame) or changed[1]
        if changed is not None:
            return changed
        if trig.event == "MOBILIZE" and self._brought_home(st, frame):
            return "RETREAT", "withdraw"  # "the last French troops had been flown home"
        if trig.event == "MOBILIZE":
            return trig.event, self._mobilize_mode(st, frame) or trig.mode
        if trig.event in ("THREATEN", "REQUEST", "REJECT") and trig.mode is None:
            table = self.lex.content_modes.get(trig.event) or self.lex.content_modes["REQUEST"]
            return trig.event, self._content_mode(st, frame, table)
        return trig.event, trig.mode

    def _people_seized(self, st: ArticleState, frame: Frame, event: str, state_actor: bool) -> bool:
        """People seized by armed men or by no one the text names: taken, not searched for
        goods ("gunmen seized three engineers"; police who seize people arrest them)."""
        trig = frame.trigger
        if event != "COERCE" or trig.mode != "seize" or trig.nominal or state_actor:
            return False
        armed = (self._assailant(st, a) or armed_gang(st, a) for a in frame.actor)
        armed_men = not frame.actor or all(armed)  # (Haiti's gangs are armed groups)
        if not armed_men and not self._by_rebels(frame):
            return False
        p = st.parse
        taken = [p[r.head] for r in frame.recipient] + p.direct_objects(frame.token.i)
        taken += p.children(frame.token.i, "nsubjpass")  # "three engineers were seized"
        people = self.lex.object_classes.get("person", frozenset())
        return any(  # people by name or by word, not a bank or a clinic stripped bare
            t.lemma.lower() in people
            or (armed_men and t.ent_type in ("PERSON", "NORP") and not place_of(t.text))
            for t in (self._partitive(st, x) for x in taken)
        )  # (a named rebel group's seizure of "the locality of Boni" is no abduction)

    def _barricades_burned(self, st: ArticleState, frame: Frame) -> bool:
        """Barricades put up burning ("erected burning barricades", "barricades of burning
        tyres"), or by people who also attack, loot or burn in the same breath ("erected
        barricades and threw stones at the police"): a riot, not a blockade only."""
        p, tok = st.parse, frame.token
        walls = p.children(tok.i, "dobj") + p.passive_subjects(tok.i)
        if not any(self._in_class(w, "barrier") for w in walls):
            return False
        walls += [o for w in walls for o in p.prep_objects(w.i, ("of",))]
        if any(
            m.text.lower() in BURNING for w in walls for m in p.children(w.i, "amod", "compound")
        ):
            return True
        return self._violent_too(st, frame)

    def _ban_defied(self, st: ArticleState, frame: Frame) -> bool:
        """A crowd defies a ban or curfew ("opposition supporters defied a ban on gatherings",
        "crowds defy a protest ban"; not "Iran defied a UN ban", nor a newspaper a ban on
        reporting)."""
        p = st.parse
        people = [self._partitive(st, p[a.head]) for a in frame.actor]
        if not people or not all(
            self._in_class(h, "crowd") or self._in_class(h, "protesters") for h in people
        ):
            return False  # (not "the newspaper defied a ban on reporting the trial")
        objs = st.parse.children(frame.token.i, "dobj")
        bans = ("ban", "curfew", "prohibition")
        return any(self._partitive(st, o).lemma.lower() in bans for o in objs)

    def _feuding(self, st: ArticleState, frame: Frame) -> bool:
        """The actors are all settlers or herders ("Fulani herders", "dozens of settlers")."""
        p = st.parse
        return bool(frame.actor) and all(
            singular(self._partitive(st, p[a.head]).lemma.lower()) in LAND_FEUDS
            for a in frame.actor
        )

    def _raiders(self, st: ArticleState, frame: Frame) -> bool:
        """Settlers or herders who gather on a place and attack in a verb joined to it
        ("descended on a village, setting homes alight and wounding three")."""
        p, tok = st.parse, frame.token
        if not self._feuding(st, frame):
            return False
        acts = [c for c in p.children(tok.i, "advcl", "conj") if c.pos == "VERB"]
        return any(
            t.event == "ASSAULT" or t.mode == "riot"
            for a in acts
            for t in self.lex.verbs.get(a.lemma.lower(), ())
        )

    def _violent_too(self, st: ArticleState, frame: Frame) -> bool:
        """The same people attack, loot or burn in a verb joined to this one, with no subject
        of its own ("erected barricades and threw stones at the police")."""
        p, tok = st.parse, frame.token
        if not frame.actor or any(a.entity.sector in STATE_SIDES for a in frame.actor):
            return False
        acts = [*p.children(tok.i, "conj"), *([p.head(tok.i)] if tok.dep == "conj" else [])]
        return any(self._violent_act(st, a) for a in acts if a is not None)

    def _violent_act(self, st: ArticleState, verb: Token) -> bool:
        """An active verb with no subject of its own that attacks or riots, with the object
        its entry needs ("threw stones at police", "burned a police post"; not "burned an
        effigy", a protest's gesture)."""
        p = st.parse
        if verb.pos != "VERB" or p.children(verb.i, "nsubj", "nsubjpass") or p.is_passive(verb.i):
            return False
        objs = p.children(verb.i, "dobj")
        if any(self._in_class(o, "person") and sector_of(o.lemma) not in STATE_SIDES for o in objs):
            return False  # "descended on a market and beat up a trader": mob violence
        for t in self.lex.verbs.get(verb.lemma.lower(), ()):
            if t.particle is not None:
                continue
            fits = t.obj is None or any(self._in_class(o, t.obj) for o in objs)
            if (t.event == "ASSAULT" or t.mode == "riot") and fits:
                return True
            if any(
                (event == "ASSAULT" or mode == "riot") and self._in_class(o, cls)
                for cls, event, mode in t.senses
                for o in objs
            ):
                return True
        return False

    def _aircraft_told(self, st: ArticleState, frame: Frame) -> bool:
        """The strikes are "the strikes", and their sentence names aircraft that struck."""
        p, tok = st.parse, frame.token
        if not any(d.text.lower() in ("the", "these", "those") for d in p.children(tok.i, "det")):
            return False
        aircraft = self.lex.mobilize_modes.get("weapons", frozenset()) - GROUND_WEAPONS
        return any(
            t.pos == "NOUN" and singular(t.lemma.lower()) in aircraft
            for t in p.sentence_tokens(tok.sentence)
        )

    @staticmethod
    def _by_rebels(frame: Frame) -> bool:
        """The doers are all rebels or unknown armed men ("held by separatists")."""
        return bool(frame.actor) and all(a.entity.sector in ("REB", "UAF") for a in frame.actor)

    @staticmethod
    def _rebels_took_forces(frame: Frame) -> bool:
        """Rebels or unknown armed men holding soldiers or police: an abduction (no arrest
        by a state; a de facto government's detentions keep their own sector)."""
        rebels = bool(frame.actor) and all(a.entity.sector in ("REB", "UAF") for a in frame.actor)
        forces = bool(frame.recipient) and all(
            a.entity.sector in ("MIL", "COP") for a in frame.recipient
        )
        return rebels and forces

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

    def _stayed_put(self, st: ArticleState, frame: Frame) -> bool:
        """A crowd of civilians refuses to leave or disperse."""
        p, tok = st.parse, frame.token
        left = any(c.lemma.lower() in STAYING for c in p.children(tok.i, "xcomp"))
        sectors = {a.entity.sector for a in frame.actor}
        people = bool(sectors) and sectors <= CROWD_SECTORS
        plural = any(p[a.head].tag in ("NNS", "NNPS") for a in frame.actor)
        return left and people and plural

    @staticmethod
    def _brought_home(st: ArticleState, frame: Frame) -> bool:
        """A force moved "home" or "back home": brought back, a withdrawal ("its remaining
        soldiers had been flown home")."""
        tok, p = frame.token, st.parse
        return any(c.lemma.lower() == "home" for c in p.children(tok.i, "advmod", "npadvmod"))

    def singled_out(self, st: ArticleState, frame: Frame) -> bool:
        """A killing of one person named by office or calling, not a soldier or a police
        officer ("a land-rights activist was shot dead outside his home"): targeted."""
        if len(frame.recipient) != 1:
            return False
        arg = frame.recipient[0]
        head = self._partitive(st, st.parse[arg.head])
        if head.tag not in ("NN", "NNP") or head.lemma.lower() in ("people", "family"):
            return False
        named = arg.entity.sector in SINGLED_OUT_SECTORS
        if not (named or singular(head.lemma.lower()) in SINGLED_OUT_WORDS):
            return False
        killed = frame.token.lemma.lower() in KILLING and not frame.trigger.nominal
        # (a subject only as a headline's reduced passive: "Journalist shot dead in X")
        undergoer = (
            head.dep in ("dobj", "nsubjpass", "nsubj") and st.parse.head(head.i) == frame.token
        )
        scenes = st.parse.prep_objects(frame.token.i, ("during", "amid", "at", "in"))
        caught = any(self._protest_noun(o) or o.lemma.lower() in MELEE for o in scenes)
        return killed and undergoer and not caught  # (not "clashed ..., leaving a commander
        # dead", not "a reporter was shot dead during a protest": caught in it)

    def weapon_named(self, st: ArticleState, frame: Frame) -> str | None:
        """The mode of the one kind of weapon the trigger's sentence names, if only one."""
        toks = st.parse.sentence_tokens(frame.token.sentence)
        lemmas = {singular(t.lemma.lower()) for t in toks} | {t.lemma.lower() for t in toks}
        kinds = {mode for mode, words in WEAPON_WORDS.items() if lemmas & words}
        fired = any(
            t.lemma.lower() == "fire"
            and t.pos == "NOUN"
            and (h := st.parse.head(t.i)) is not None
            and h.lemma.lower() in FIRING
            for t in toks
        )
        kinds |= {"firearms"} if fired else set()
        return next(iter(kinds)) if len(kinds) == 1 else None

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
            if (event, mode) == ("RETREAT", "ceasefire"):
                return "CONCEDE", None, modality  # "would stop fighting from midnight": a
                # truce announced to start later
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
        if not objs and not trig.nominal:
            objs = p.shared_passive_subjects(tok.i)  # "troops were federalised and sent to X"
        head = p.head(tok.i)
        broken = [s for s in p.children(tok.i, "nsubj") if self._in_class(s, "truce")]
        if not objs and broken and not trig.nominal:
            objs = broken  # "Truce breached in south Ukraine": a headline's passive
        if not objs and not trig.nominal and tok.dep == "acl" and tok.tag == "VBN" and head:
            objs = [head]  # "a grenade tossed into a bar": the noun underwent the participle
        if not objs:
            return None
        if len(objs) > 1 and not trig.nominal and objs[0].pos == "PROPN" and objs[-1].i > tok.i:
            objs = objs[1:]  # "Japan hands Kyiv $470m grant": the first of two objects is the
            # receiver, the second what is handed
        obj = self._partitive(st, objs[0])
        if trig.event == "COERCE" and trig.mode == "restrict" and self._in_class(obj, "relations"):
            return "SANCTION", "discontinue"
        civilians = frame.actor and all(a.entity.sector in CIVILIANS for a in frame.actor)
        closed = trig.event == "SANCTION" or (trig.event, trig.mode) == ("COERCE", "restrict")
        if closed and civilians and self._in_class(obj, "way"):
            return "PROTEST", "obstruct"  # "truck drivers closed the main route to Durban",
            # "farmers sealed off the A7 motorway"
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
            return "ASSAULT", "destroy" if trig.mode in (None, "primitive") else trig.mode
            # (fire set to homes or a market destroys them: "primitive" is fire set to people)
        heads = self._sense_heads(st, obj)
        heads += [objs[0]] if objs[0] is not obj else []  # "contingents of the Frontier Corps"
        # "opened its borders to refugees": the people let in (but "handed rice over to Sri
        # Lanka" hands over no ground)
        let_in = p.prep_objects(tok.i, trig.recipient_preps) if not trig.nominal else []
        # what the first object says nothing of, the next may ("handed over Deir Hafer and the
        # surrounding villages")
        joined = p.children(obj.i, "conj")
        # (work is named by the head itself: "strikes Gaza school shelter" hits a shelter)
        own = [obj, *p.prep_objects(obj.i, ("of",))]
        for words, ground in ((heads + let_in, heads), (joined, joined)):
            for cls, event, mode in trig.senses:
                told = ground if cls == "ground" else own if cls == "work" else words
                if any(self._in_class(h, cls) for h in told):
                    return event, mode
        for cls, event, mode in trig.senses:  # a class's word of two ("fired live rounds",
            # "blocked access to a news site")
            named = self.lex.object_classes.get(cls, frozenset())
            for h in heads:
                mods = p.children(h.i, "amod", "compound")
                if any(f"{m.text.lower()} {h.text.lower()}" in named for m in mods):
                    return event, mode
        return None

    def _truce_agreed_later(self, st: ArticleState, frame: Frame) -> bool:
        """The agreement's object is a truce told as starting later ("agreed on Monday to an
        unconditional ceasefire starting at midnight"): a truce announced, not yet kept."""
        p = st.parse
        agreed = p.children(frame.token.i, "dobj") + p.prep_objects(frame.token.i, ("to", "on"))
        return any(self._in_class(o, "truce") and self._announced(st, o) for o in agreed)

    @staticmethod
    def _announced(st: ArticleState, tok: Token) -> bool:
        """A truce announced or told as starting later ("the junta announced a unilateral
        ceasefire", "a truce to take effect on Sunday"): a concession, not one kept yet
        (CONCEDE). A truce *declared* with no later start is in force (RETREAT; CAMEO 0871,
        "declare truce", which the CAMEO-to-PLOVER mapping and its gold records keep there,
        although the PLOVER manual calls declarations concessions)."""
        p = st.parse
        head = p.head(tok.i)
        announced = head is not None and head.lemma.lower() == "announce"
        if tok.dep == "dobj" and announced and head is not None and not p.children(head.i, "neg"):
            return True  # "the junta announced a unilateral ceasefire in quake-hit areas"
        clauses = p.children(tok.i, "acl", "relcl", "amod")
        due = [c for c in clauses if c.lemma.lower() == "due"]
        clauses += [x for c in due for x in p.children(c.i, "xcomp", "pcomp")]
        starts = [c for c in clauses if c.lemma.lower() in STARTING]  # "due to take effect"
        holders = [tok, *([head] if head is not None and tok.dep == "dobj" else [])]
        dated = [  # "a unilateral ceasefire from 1 December", "would observe a truce from Monday"
            o
            for h in holders
            for o in p.prep_objects(h.i, ("from",))
            if o.ent_type in ("DATE", "TIME")
        ]
        if dated:
            return True  # "a unilateral ceasefire from 1 December"
        if tok.dep == "nsubj" and head is not None and head.lemma.lower() in STARTING:
            starts.append(head)  # "announced that a ceasefire will take effect on 3 August"
        if tok.dep == "nsubj" and head is not None and head.lemma.lower() == "be":
            starts += [  # "a ceasefire is to come into force at midnight"
                c for c in p.children(head.i, "xcomp") if c.lemma.lower() in STARTING
            ]
        if tok.dep == "dobj" and head is not None and head.lemma.lower() in ANNOUNCING:
            starts += [  # "declared a ceasefire on Saturday, to begin at midnight"
                c for c in p.children(head.i, "advcl", "xcomp") if c.lemma.lower() in STARTING
            ]
        starts += [  # "a truce of 72 hours which will enter into force on Saturday"
            p[i] for i in p.subtree(tok.i) if p[i].pos == "VERB" and p[i].lemma.lower() in STARTING
        ]
        return any(_later(p, s) for s in starts)

    @staticmethod
    def _sense_heads(st: ArticleState, obj: Token) -> list[Token]:
        """The object, its of-phrase, and their noun modifiers ("a team of peacekeeping
        troops", "the ceasefire agreement")."""
        heads = [obj, *st.parse.prep_objects(obj.i, ("of",))]
        if obj.lemma.lower() == "access":  # "blocked access to two news websites"
            heads += st.parse.prep_objects(obj.i, ("to",))
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

    @staticmethod
    def _military_strike(st: ArticleState, frame: Frame) -> str | None:
        """The mode ("" for none) of a strike noun that names a blow at a target: qualified by
        a weapon or a military word ("a nuclear strike", "missile strikes"), or aimed "on" or
        at a thing that is no time ("strikes on the grid", not "a strike on Monday");
        else None (a walkout)."""
        p, tok = st.parse, frame.token
        mods = {c.lemma.lower() for c in p.children(tok.i, "compound", "amod")}
        if found := mods & MILITARY_STRIKES.keys():
            return MILITARY_STRIKES[min(found)]
        if mods & LABOUR_STRIKES:
            return None  # "a general strike on 12 March"
        for prep in p.children(tok.i, "prep"):
            if prep.text.lower() != "on":
                continue
            for obj in p.children(prep.i, "pobj"):
                if obj.ent_type not in ("DATE", "TIME") and obj.lemma.lower() not in TIME_NOUNS:
                    return ""
        return None

    def _protest_sense(self, st: ArticleState, frame: Frame) -> tuple[str, str | None] | None:
        """ "lodged a protest with X", "a group protested that ...": a verbal objection (ACCUSE);
        "called off the strike": a concession; "police prevented the rally": coercion."""
        tok, p = frame.token, st.parse
        if not frame.trigger.nominal:
            # only "protest" itself speaks ("X protested that ..."); "block", "march" act
            spoken = p.child(tok.i, "ccomp", "parataxis") is not None or tok.dep == "parataxis"
            spoken = spoken and tok.lemma.lower() in ("protest", "object", "complain")
            return ("ACCUSE", "disapprove") if spoken or self._trailing(st, tok) else None
        if "diplomatic" in {m.lemma.lower() for m in p.children(tok.i, "amod", "compound")}:
            return "ACCUSE", "disapprove"  # "Seoul fires off diplomatic protest": words, however
            # sent
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
        actors = [self._partitive(st, st.parse[a.head]) for a in frame.actor]  # "companies of
        # police"
        for tok in [*frame.counted, frame.token, *actors]:
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


def _later(p: Parse, verb: Token) -> bool:
    """The verb tells of a start still to come: "to take effect", "starting Monday", "will
    begin" (not "came into force on Sunday")."""
    if verb.tag in ("VB", "VBG"):
        return True
    return any(a.lemma.lower() in ("will", "shall") for a in p.children(verb.i, "aux"))
