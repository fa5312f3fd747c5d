"""Actors and recipients: noun phrases of the parse resolved to country + PLOVER sector."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, replace

from storyline.annotate.actors import (
    STATE_SECTORS,
    country_in,
    country_of,
    instrument_sector,
    is_acronym,
    is_demonym,
    known_organization,
    misspelt_country,
    sector_of,
)
from storyline.annotate.gazetteer import known_city
from storyline.events.dateline import dateline_of
from storyline.events.graph import Parse
from storyline.events.places import PlaceFinder
from storyline.records import AnnotatedArticle, EventEntity, Mention, Token

log = logging.getLogger(__name__)

COUNTRY_LABELS = frozenset({"GPE", "NORP"})
PLACE_ENTS = frozenset({"GPE", "NORP", "LOC", "FAC", "ORG"})
PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
NEUTER = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves", "we", "our", "us"})
PRONOUNS = PERSONAL | NEUTER | PLURAL
OWNERS = frozenset({"its", "their", "our"})
# phrases that lend their country/sector to a head that has none: "leaders of the coalition",
# "thousands of Kurds", "X, the UN coordinator", "demonstrators in Baghdad"
LENDING_PREPS = ("of", "from")
PLACE_PREPS = ("in", "from")
# sectors whose members are domestic actors: an unresolved one takes the article's main country
INTERNATIONAL_SECTORS = frozenset({"IGO", "NGO"})
#: verbs of firing a weapon from somewhere ("rockets fired from southern Lebanon")
LAUNCHING = frozenset({"fire", "launch"})
#: nouns by which the news names again a body it named before ("The group said ...")
GROUP_NOUNS = frozenset({"group", "movement", "militia", "organisation", "organization", "outfit"})
LED = frozenset({"led", "headed", "commanded", "dominated", "run"})
# a country word joined to these names a patron or occupier, not the party's own country
NOT_OWN_PREFIXES = ("pro-", "anti-", "pro", "anti")
NOT_OWN_SUFFIXES = ("-backed", "-occupied", "-sponsored", "-supported", "-funded", "-allied")

#: what blows up in accidents: an explosion of one is no weapon with an operator
ACCIDENT_SOURCES = frozenset(
    {"gas", "cylinder", "boiler", "transformer", "chemical", "furnace", "firecracker"}
    | {"fireworks", "methane", "tanker", "reactor", "kitchen"}
)


# territories under occupation and their occupying state; words that name the occupier's
# parties there ("occupation forces", "the occupiers", and in the West Bank "settlers")
OCCUPIED = {"PSE": "ISR", "UKR": "RUS"}
OCCUPIER_WORDS = frozenset({"occupation", "occupier", "occupiers", "occupying"})
SETTLER_WORDS = {"PSE": frozenset({"settler", "settlers"})}


def _unmarked_capital(tok: Token) -> str | None:
    """The country of a capital named by a proper noun the recognizer left untagged."""
    if tok.pos != "PROPN" or tok.ent_type or not tok.text[:1].isupper():
        return None
    place = known_city(tok.text)
    return place.code if place is not None and place.kind == "capital" else None


def occupier(text: str, place: str | None) -> str | None:
    """The occupying state of ``place`` when the words of a party there name an occupier
    ("occupation troops" in Ukraine are Russian, settlers in the West Bank Israeli); else None."""
    if place is None or (state := OCCUPIED.get(place)) is None:
        return None
    words = {w.lower() for w in text.replace("-", " ").split()}
    return state if words & (OCCUPIER_WORDS | SETTLER_WORDS.get(place, frozenset())) else None


@dataclass(frozen=True, slots=True)
class Arg:
    """A resolved argument with the sentence and head token it came from."""

    entity: EventEntity
    sentence: int
    head: int
    key: str  # normalized identity used for merging ("Edmundo Gonzalez", "VEN/GOV")


class EntityResolver:
    """Turns phrases of one article into :class:`EventEntity` records."""

    def __init__(self, article: AnnotatedArticle, parse: Parse) -> None:
        self.article = article
        self.text = article.article.text
        self.parse = parse
        self.mentions = sorted(article.mentions, key=lambda m: (m.start, m.end))
        self.main_country = self._main_country()
        self.dateline = dateline_of(self.text)
        # for unresolved domestic parties: the main country, else the dateline's, else the only
        # country named
        dated = self.dateline.code if self.dateline is not None else None
        self.home_country = self.main_country or dated or self._sole_country()
        self.places = PlaceFinder(parse, self.mentions, self._own_country)

    def _mention_country(self, m: Mention) -> str | None:
        if m.country:
            return m.country
        return country_of(m.text) if m.label in COUNTRY_LABELS else None

    def _main_country(self) -> str | None:
        counts = Counter(
            c
            for m in self.mentions
            if not self._qualifies_person(m) and (c := self._mention_country(m))
        )
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2:
            return None
        if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
            return None
        return ranked[0][0]

    def _qualifies_person(self, m: Mention) -> bool:
        """A nationality word directly before a person's title or name ("German Foreign
        Minister X", "Iraqi X")."""
        if m.label not in COUNTRY_LABELS:
            return False
        for p in self.mentions:
            if p.label != "PERSON" or p.start < m.end:
                continue
            first = p.role_start if p.role_start is not None and p.role_start < p.start else p.start
            return 0 <= first - m.end <= 2
        return False

    def _own_country(self, m: Mention) -> str | None:
        return None if self._not_own(m) else self._mention_country(m)

    def _sole_country(self) -> str | None:
        """The only country named in the article, not counting people and the nationality
        words of their titles ("South African leader X" says nothing about anyone else)."""
        codes = {
            c
            for m in self.mentions
            if m.label != "PERSON" and not self._qualifies_person(m) and (c := self._own_country(m))
        }
        return next(iter(codes)) if len(codes) == 1 else None

    def _not_own(self, m: Mention) -> bool:
        """A country word that names a patron or occupier, not the party's own country:
        "pro-Iranian", "anti-American", "Syrian-backed", "Israeli-occupied"."""
        before = self.text[max(0, m.start - 5) : m.start].lower()
        after = self.text[m.end : m.end + 12].lower()
        return before.endswith(NOT_OWN_PREFIXES) or after.startswith(NOT_OWN_SUFFIXES)

    def in_dateline(self, tok: Token) -> bool:
        """``tok`` is a word of the text's dateline ("COLOMBO, Jan 5 —")."""
        d = self.dateline
        return d is not None and d.start <= tok.start < max(d.end, d.until)

    def sentence_countries(self, sentence: int) -> set[str]:
        """Countries named in one sentence (places, nationalities, organisations, people)."""
        toks = self.parse.sentence_tokens(sentence)
        if not toks:
            return set()
        mentions = self.overlapping(toks[0].start, toks[-1].end)
        return {c for m in mentions if (c := self._mention_country(m))}

    def overlapping(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start < end and start < m.end]

    def resolve(self, head: Token, depth: int = 0) -> Arg | None:
        """The entity of the noun phrase headed by ``head`` (a pronoun: of its antecedent)."""
        if head.pos in ("PUNCT", "SPACE"):
            return None
        if head.pos == "PRON" and head.text.lower() in PRONOUNS:
            # a possessive is followed one step further: "its jets", "their guards"
            ante = self.antecedent(head) if depth == 0 or head.dep == "poss" else None
            if ante is not None and (arg := self.resolve(ante, depth + 1)) is not None:
                return arg
        lo, hi = self._bounds(head)
        start, end = self.parse.text_span(lo, hi)
        text = self.text[start:end]
        mentions = self.overlapping(start, end)
        words = [self.parse[k] for k in range(lo, hi + 1)]
        code = self._residence(words, head) or self._code(mentions, words, start, end)
        # "ethnic Albanians in Serbia": an ethnic group is coded by where it lives, when stated
        ethnic = code if any(w.text.lower() == "ethnic" for w in words) else None
        if ethnic is not None:
            code = None
        sector = self._sector(mentions, words, head)
        office = self._office(mentions, head)
        if (code is None or sector is None) and depth < 2:
            code, sector = self._borrow(head, code, sector, depth)
        instrument = self._instrument(words, head)
        if instrument is not None and code is None and depth < 2:
            code, sector = self._operator(head, code, sector or instrument, depth)
        elif instrument is not None:
            sector = sector or instrument  # "Russian missiles": the state's military
        if code is None and sector is None and depth < 2 and self._the_group(head):
            named = self._named_group_before(head)  # "Hezbollah fires ... / The group said"
            if named is not None and (arg := self.resolve(named, depth + 1)) is not None:
                code, sector = arg.entity.code, arg.entity.sector
        if code is None and self._domestic(mentions, sector):
            place = self.places.clause_country(head) or self.home_country
            code = occupier(text, place) or place
        if ethnic is not None:
            clause = self.places.clause_country(head)
            code = code or clause or self.places.home_country_except(ethnic) or ethnic
        if sector is None and code is not None and head.ent_type == "GPE" and len(mentions) == 1:
            sector = "GOV"  # a state named by its country acts through its government
        if sector is None and not mentions and hi == lo and _unmarked_capital(head):
            code, sector = code or _unmarked_capital(head), "GOV"  # "urged Colombo to free
            # the men": a capital the recognizer missed names its government
        entity = EventEntity(text, code, sector, office, start, end)
        return Arg(entity, head.sentence, head.i, self._key(mentions, head, code, sector))

    def _the_group(self, head: Token) -> bool:
        """ "the group", "the movement": a body named before, not described here."""
        if head.lemma.lower() not in GROUP_NOUNS or head.tag != "NN":
            return False
        dets = self.parse.children(head.i, "det")
        return any(d.text.lower() == "the" for d in dets) and not self.parse.children(
            head.i, "prep"
        )

    def _named_group_before(self, head: Token) -> Token | None:
        """The last organisation named in this sentence or the two before it."""
        p = self.parse
        earlier = [
            t
            for s in range(max(head.sentence - 2, 0), head.sentence + 1)
            for t in p.sentence_tokens(s)
            if t.i < head.i and t.ent_type == "ORG"
        ]
        inside = {t.i for t in earlier}
        heads = [t for t in earlier if t.head not in inside or t.dep == "ROOT"]
        return heads[-1] if heads else None

    @classmethod
    def _residence(cls, words: list[Token], head: Token) -> str | None:
        """ "Bosnian Serbs", "Iraqi Kurds", "Kosovo Albanians": a people named by a demonym and
        qualified by another country word lives in (and is coded by) the qualifier's country."""
        own = country_of(head.text) if is_demonym(head.text) else None
        if own is None:
            return None
        for k, w in enumerate(words):
            if w.i >= head.i or not w.text[:1].isupper() or w.dep not in ("amod", "compound"):
                continue
            if cls._patron(words, k):
                return None  # "pro-Russian Ukrainians" are not Russia's
            if (code := country_of(w.text)) is not None and code != own:
                return code
        return None

    def _bounds(self, head: Token) -> tuple[int, int]:
        """The phrase of ``head``, with a hyphenated country word before it ("Vietnamese-led
        forces": the parser leaves "Vietnamese-" out)."""
        lo, hi = self.parse.phrase_bounds(head.i)
        p = self.parse
        # "ISLAMABAD — China's foreign minister": the dateline is no part of the phrase
        while lo < head.i and (self.in_dateline(p[lo]) or p[lo].pos == "PUNCT"):
            lo += 1
        if (
            lo >= 2
            and p[lo - 1].text == "-"
            and p[lo].text.lower() in LED
            and country_of(p[lo - 2].text)
        ):
            lo -= 2
        return lo, hi

    @staticmethod
    def _instrument(words: list[Token], head: Token) -> str | None:
        """Default sector of a weapon or attack phrase ("an improvised explosive device")."""
        upto = [w.text for w in words if w.i <= head.i]
        if {w.lower() for w in upto[:-1]} & ACCIDENT_SOURCES:
            return None  # "a gas explosion", "a boiler blast": an accident names no weapon
        for n in (3, 2):
            if len(upto) >= n and (found := instrument_sector(" ".join(upto[-n:]))):
                return found
        return instrument_sector(head.lemma) or instrument_sector(head.text)

    def _operator(
        self, head: Token, code: str | None, sector: str, depth: int
    ) -> tuple[str | None, str]:
        """Who used a weapon or carried out an attack named as a party ("a missile fired by X",
        "X's missiles", "Israeli jets"): that party; else the weapon's sector (UAF for bombs,
        MIL for warplanes) in the country of the place where it happened."""
        p = self.parse
        users = p.prep_objects(head.i, ("by",)) + p.children(head.i, "poss")
        for acl in p.children(head.i, "acl"):  # "a missile fired by X"
            users += [o for a in p.children(acl.i, "agent") for o in p.children(a.i, "pobj")]
        for tok in users:
            if (arg := self.resolve(tok, depth + 1)) is not None and arg.entity.code:
                return arg.entity.code, arg.entity.sector or sector
        launches = p.children(head.i, "acl")
        verb = p.head(head.i)  # "Rockets fired from Gaza landed ...", read with the rockets
        if head.dep == "nsubj" and verb is not None and verb.lemma.lower() in LAUNCHING:
            launches.append(verb)  # as the subject of "fired"
        origins = [o for v in launches for o in p.prep_objects(v.i, ("from",))]
        for tok in origins if code is None else ():  # "rockets fired from southern Lebanon":
            if (arg := self.resolve(tok, depth + 1)) is not None and arg.entity.code:
                return arg.entity.code, sector  # fired by a party there
        return code or self.places.where(head), sector

    def _borrow(
        self, head: Token, code: str | None, sector: str | None, depth: int
    ) -> tuple[str | None, str | None]:
        """Country/sector from an of-phrase or apposition, country from "in/from <place>"."""
        p = self.parse
        lenders = p.prep_objects(head.i, LENDING_PREPS) + p.children(head.i, "appos")
        # "X said its forces ...": people or forces (a head with a sector of its own) owned by
        # the party a possessive pronoun stands for take its country, not its office ("the
        # authorities said their members blocked roads"); "closed its borders" names no one
        owners = [o for o in p.children(head.i, "poss") if o.text.lower() in OWNERS and sector]
        for tok in lenders:
            if (arg := self.resolve(tok, depth + 1)) is not None:
                code = code or arg.entity.code
                if not (
                    tok.ent_type == "GPE" and (is_demonym(head.text) or head.ent_type == "NORP")
                ):
                    sector = sector or arg.entity.sector  # a people is not its state's government
        for tok in owners:
            if (arg := self.resolve(tok, depth + 1)) is not None:
                code = code or arg.entity.code
        if (code is None and sector not in INTERNATIONAL_SECTORS) or is_demonym(head.text):
            # "demonstrators in Baghdad"; "the Albanians of southern Serbia" live in Serbia (but
            # "the Red Cross in Bam" is no Iranian body)
            preps = PLACE_PREPS + (("of",) if is_demonym(head.text) else ())
            for tok in p.prep_objects(head.i, preps):
                if tok.ent_type == "GPE" and (arg := self.resolve(tok, depth + 1)) is not None:
                    code = arg.entity.code
                    break
        return code, sector

    # ------------------------------------------------------------------ pronouns
    def _party_like(self, tok: Token) -> bool:
        if tok.pos not in ("NOUN", "PROPN") or tok.dep in ("compound", "amod"):
            return False
        if tok.ent_type in PARTY_LABELS:
            return True
        if sector_of(tok.text) or sector_of(tok.lemma) or country_of(tok.text):
            return True
        # "Palestinian leaders", "rebel leaders": a role noun made a party by its modifiers;
        # "a group of Zulu chiefs": by its of-phrase
        arg = self.resolve(tok, depth=1)
        return arg is not None and bool(arg.entity.code or arg.entity.sector)

    def _agrees(self, pron: Token, tok: Token) -> bool:
        word = pron.text.lower()
        person = tok.ent_type == "PERSON"
        if word in PERSONAL:
            return person or (tok.tag == "NN" and sector_of(tok.text) is not None)
        if word in NEUTER:
            return not person and tok.tag not in ("NNS",)
        # a plural pronoun stands for people or a body ("the police"), not one place ("the
        # boulevard", "Rustaveli Avenue")
        body = tok.ent_type in ("ORG", "NORP") or sector_of(tok.lemma) is not None
        return tok.tag in ("NNS", "NNPS") or body

    def antecedent(self, pron: Token) -> Token | None:
        """The party a pronoun stands for: the subject of a governing clause ("X said it would
        ..."), else the nearest earlier party of the sentence, else the previous subject."""
        p = self.parse
        below = set(p.subtree(pron.i))
        for anc in p.ancestors(pron.i):
            for subj in p.children(anc.i, "nsubj", "nsubjpass"):
                if subj.i < pron.i and subj.i not in below and self._fits(pron, subj):
                    return subj
        sent = p.sentence_tokens(pron.sentence)
        opening = self._opening_clause(pron)  # "Holding flags, they massed": not the flags
        for tok in reversed([t for t in sent if t.i < pron.i and t.i not in opening]):
            if self._fits(pron, tok):
                return tok
        previous = p.sentence_tokens(pron.sentence - 1)
        for tok in previous:
            if tok.dep in ("nsubj", "nsubjpass") and self._fits(pron, tok):
                head = p.head(tok.i)
                if head is not None and head.dep == "ROOT":
                    return tok
        if pron.text.lower() == "they":  # "... belonged to the protesters. ..., they massed"
            plural = [t for t in previous if t.tag in ("NNS", "NNPS") and self._fits(pron, t)]
            return plural[-1] if plural else None
        return None

    def _opening_clause(self, pron: Token) -> set[int]:
        """The words of a participle clause that opens the sentence of a subject pronoun and
        hangs on its verb: its doer is the pronoun's antecedent, not a noun inside it."""
        p = self.parse
        verb = p.head(pron.i)
        if pron.dep != "nsubj" or verb is None:
            return set()
        out: set[int] = set()
        for c in p.children(verb.i, "advcl", "csubj"):
            if c.tag in ("VBG", "VBN") and c.i < pron.i:
                out |= set(p.subtree(c.i))
        return out

    def _fits(self, pron: Token, tok: Token) -> bool:
        if tok.lemma.lower() in PRONOUNS or tok.pos == "PRON":
            return False
        return self._party_like(tok) and self._agrees(pron, tok)

    def _code(
        self, mentions: list[Mention], words: list[Token], start: int, end: int
    ) -> str | None:
        for m in mentions:
            if not self._not_own(m) and (c := self._mention_country(m)):
                return c
        for k, w in enumerate(words):
            capitalized = w.pos in ("PROPN", "ADJ", "NOUN") and w.text[:1].isupper()
            if not capitalized or self._patron(words, k):
                continue
            # a person's name is not a town ("Minister Joseph Banda"): places only for places
            if c := (country_of(w.text) if w.ent_type in PLACE_ENTS else country_in(w.text)):
                return c
            acronym = w.pos == "NOUN" and is_acronym(w.text)  # "ICE", read as the noun "ice"
            known = known_organization(w.text) if w.pos in ("PROPN", "ADJ") or acronym else None
            home = self.home_country
            state = known is not None and known.sector in STATE_SECTORS  # ("ICE detains a
            # Jordanian student": a state's agency acts for its state wherever the story is)
            if (
                known is not None
                and known.code
                and not known.shared
                and (home in (None, known.code) or state)
            ):
                # an armed group the recognizer missed ("Houthi forces"); one fighting abroad
                # is coded where it fights, as for any unnamed party ("ADF rebels ... Beni")
                return known.code
            if w.pos == "PROPN" and w.ent_type != "PERSON" and (c := misspelt_country(w.text)):
                return c  # "Ethopia"
        if len(words) > 1 and (not mentions or self.text[start:end][:1].isupper()):
            return country_of(self.text[start:end])  # "Sierra Leonean" (tagged "Sierra" ORG)
        return None

    @staticmethod
    def _patron(words: list[Token], k: int) -> bool:
        """``words[k]`` is the patron in "pro-Iranian" / "Syrian-backed" (tokens split at "-")."""
        before = " ".join(w.text.lower() for w in words[max(0, k - 2) : k])
        after = " ".join(w.text.lower() for w in words[k + 1 : k + 3])
        return before.replace(" ", "").endswith(NOT_OWN_PREFIXES) or after.replace(
            " ", ""
        ).startswith(NOT_OWN_SUFFIXES)

    def _sector(self, mentions: list[Mention], words: list[Token], head: Token) -> str | None:
        head_mention = [m for m in mentions if m.start <= head.start < m.end]
        mods = self.parse.children(head.i, "compound", "amod")
        places = bool(mentions) and all(
            m.label in ("GPE", "LOC") and any(m.start <= c.start < m.end for c in mods)
            for m in mentions
        )  # (a place that only modifies the head noun, not "armed men in Port-au-Prince")
        own = sector_of(head.text) or sector_of(head.lemma) if not head_mention else None
        if own and places:
            return own  # "Tbilisi protesters": the protesters, not the capital's government
        for m in head_mention + mentions:
            if m.sector:
                return m.sector
        phrase = " ".join(w.text for w in words if w.dep not in ("case",))
        for candidate in (phrase, head.text, head.lemma):
            if s := sector_of(candidate):
                return s
        named = head.pos == "PROPN" or is_acronym(head.text)
        known = known_organization(head.text) if named and not head_mention else None
        if known is not None and known.sector:
            return known.sector  # a body the recognizer missed ("Roskomnadzor blocks access")
        for w in reversed(words):
            if w.i != head.i and w.pos in ("NOUN", "ADJ") and (s := sector_of(w.text)):
                return s
        return None

    def _office(self, mentions: list[Mention], head: Token) -> str | None:
        for m in mentions:
            if m.role:
                return m.role
        appos = self.parse.child(head.i, "appos")
        if appos is not None and appos.pos == "NOUN":
            idx = self.parse.subtree(appos.i)
            lo = idx[0]
            while lo < appos.i and self.parse[lo].dep in ("det", "punct"):
                lo += 1
            return self.text[self.parse[lo].start : self.parse[idx[-1]].end]
        return None

    @staticmethod
    def _domestic(mentions: list[Mention], sector: str | None) -> bool:
        if sector is not None:
            return sector not in INTERNATIONAL_SECTORS
        return any(m.label == "PERSON" for m in mentions)

    @staticmethod
    def _key(mentions: list[Mention], head: Token, code: str | None, sector: str | None) -> str:
        for m in mentions:
            if m.label == "PERSON" and m.start <= head.start < m.end:
                name = m.canonical or m.text
                return "person:" + name.split()[-1].lower()
        if code or sector:
            return f"{code or '?'}/{sector or '?'}"
        return "text:" + head.lemma.lower()

    def expand(self, head: Token) -> list[Arg]:
        """The entity of ``head`` and of every phrase coordinated with it."""
        out = []
        heads = list(self.parse.conjuncts(head.i))
        # "several donors, including nations like Norway and Japan": every included party counts
        k = 0
        while k < len(heads) and len(heads) < 12:
            for inc in self.parse.prep_objects(heads[k].i, ("including", "like")):
                heads.extend(self.parse.conjuncts(inc.i))
            k += 1
        for tok in heads:
            if tok.lemma.lower() in ("who", "which", "that") or self.in_dateline(tok):
                continue
            arg = self.resolve(tok)
            if arg is not None:
                out.extend(self._split_demonyms(tok, arg))
        return out

    def _split_demonyms(self, head: Token, arg: Arg) -> list[Arg]:
        """ "Hungarian and Romanian officials": one party per coordinated demonym."""
        for mod in self.parse.children(head.i, "amod", "compound", "nmod"):
            codes = [country_of(t.text) for t in self.parse.conjuncts(mod.i)]
            if len(codes) > 1 and all(codes):
                return [
                    Arg(
                        replace(arg.entity, code=c),
                        arg.sentence,
                        arg.head,
                        f"{c}/{arg.entity.sector or '?'}",
                    )
                    for c in dict.fromkeys(codes)
                ]
        return [arg]
