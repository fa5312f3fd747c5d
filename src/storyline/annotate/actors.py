"""Actor resolution shared by annotate and events: the country and PLOVER sector of a phrase.

``country_of`` resolves, in this order: initialisms written in capitals ("US", "UAE", "DRC");
partially recognised entities (as the country that claims them: "Abkhazia" -> GEO); country
names, short names and former names (pycountry plus ``data/countries.json``); demonyms, singular
or plural ("Venezuelan", "Argentines"); then places of :mod:`storyline.annotate.gazetteer`
(capitals, cities of 100k+ people, US states, regions). :func:`place_country` also searches
small towns and alternate city names, for phrases the parser tagged as places. One-word names
must be capitalised ("Turkey", not "turkey").

``sector_of`` maps a role or organisation phrase to a PLOVER sector with ``data/sectors.json``.
Matches are longest-first ("opposition party" is PTY although "opposition" is OPP). The head of
the phrase decides: the last match before the first "of"/"for" ("Argentine officials" -> GOV).
When that head is a generic role ("head", "leader", "spokesman", "president" ...), what it leads
decides: a modifier ("police chief" -> COP) or the complement ("head of the citizen security
service" -> COP, "president of the Supreme Court" -> JUD); a generic head alone keeps its own
sector ("President" -> GOV).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import pycountry

from storyline.annotate.gazetteer import Place, find_place, fold, place_sector
from storyline.annotate.lexicons import load_json, one_edit_apart, phrase_key, roles, words_of

log = logging.getLogger(__name__)

_MIN_SLIP_WORD = 6  # shortest name matched despite a typing slip
# English words one slip from a country's name ("Grenade attack at ..." is no Grenada)
_NOT_SLIPS = frozenset({"grenade", "grenades", "hungry", "turkeys", "guineas", "franco"})
_SPLITTERS = frozenset({"of", "for", "at", "in", "to", "on", "with"})
_LEADING = frozenset({"the", "a", "an"})
_MAX_PHRASE = 6


# --------------------------------------------------------------------------- countries


@dataclass(frozen=True, slots=True)
class _CountryIndex:
    exact: dict[str, str]  # initialisms, matched case-sensitively ("US")
    names: dict[tuple[str, ...], str]  # lowercase word tuples of names and aliases
    demonyms: dict[tuple[str, ...], str]


def _is_initialism(alias: str) -> bool:
    letters = alias.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


def is_acronym(text: str) -> bool:
    """A word in capitals of two or more letters ("ICE", "FSB"): a name, whatever the tagger
    made of it."""
    return len(text) > 1 and text.isupper()


def _add_name(index: dict[tuple[str, ...], str], name: str, code: str) -> None:
    for variant in {name, fold(name)}:
        key = phrase_key(variant)
        if key and key[0] == "the":
            key = key[1:]
        if key:
            index.setdefault(key, code)


@lru_cache(maxsize=1)
def _country_index() -> _CountryIndex:
    data = load_json("countries.json")
    exact: dict[str, str] = {}
    names: dict[tuple[str, ...], str] = {}
    demonyms: dict[tuple[str, ...], str] = {}
    for code, entry in data["countries"].items():
        for alias in entry["aliases"]:
            if _is_initialism(alias):
                exact[alias] = code
            else:
                _add_name(names, alias, code)
        for demonym in entry["demonyms"]:
            if _is_initialism(demonym):
                exact.setdefault(demonym, code)
            else:
                _add_name(demonyms, demonym, code)
    for code, peoples in data["peoples"].items():
        for people in peoples:
            _add_name(demonyms, people, code)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                _add_name(names, value, str(country.alpha_3))
    return _CountryIndex(exact, names, demonyms)


def _trim(words: list[str]) -> list[str]:
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    while words and words[-1] == "'s":
        words = words[:-1]
    return words


def _lookup(
    words: Sequence[str],
    *,
    cities: bool,
    towns: bool = False,
    villages: bool = False,
    landmark: bool = False,
) -> str | None:
    index = _country_index()
    joined = " ".join(words)
    if joined in index.exact:
        return index.exact[joined]
    if not words or (len(words) == 1 and not words[0][:1].isupper()):
        return None
    key = tuple(w.lower() for w in words)
    capital = cities and words[0][:1].isupper()
    # (a village named after a country is not what a phrase naming that country means:
    # "South Lebanon" is Lebanon's south, not the village in Ohio)
    villages = villages and not country_in(joined)
    place = find_place(key, towns=towns, villages=villages) if capital else None
    if landmark and place is not None and place.kind == "town":
        place = None  # (``landmark``: a one-word name after "the")
    if place is not None and place.kind == "breakaway":
        return place.code  # "Western Sahara" is coded as the country that claims it
    code = index.names.get(key) or index.demonyms.get(key)
    if code is None and key[-1].endswith("s"):
        code = index.demonyms.get((*key[:-1], key[-1][:-1]))
    return code or (place.code if place is not None else None)


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """The short English name of an ISO alpha-3 code ("VEN" -> "Venezuela"), else the code."""
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    return str(name).split(",")[0].split(" (")[0]


@lru_cache(maxsize=8192)
def country_of(text: str) -> str | None:
    """ISO 3166-1 alpha-3 code of a country name, alias, demonym or city in ``text``, or None.

    ``text`` is the whole phrase ("the United States", "Venezuelan", "Caracas"); use
    :func:`country_in` to find a country word inside a longer phrase.
    """
    return _lookup(_trim(words_of(text)), cities=True)


@lru_cache(maxsize=8192)
def place_country(text: str) -> str | None:
    """Like :func:`country_of`, also searching small towns, villages and alternate city names:
    for phrases the parser tagged as places ("Jericho", "Bombay", "Bentiu")."""
    words = words_of(text)
    kept = _trim(words)
    # "the Prado", "the Malecon": a landmark the article names, not a small town of that name
    landmark = len(kept) == 1 and len(words) > 1 and words[0].lower() == "the"
    return _lookup(kept, cities=True, towns=True, villages=True, landmark=landmark)


@lru_cache(maxsize=1)
def _long_country_words() -> dict[str, frozenset[str]]:
    """One-word country names of 6+ letters (typing slips in shorter ones hit other words)."""
    out: dict[str, set[str]] = {}
    for key, code in _country_index().names.items():
        if len(key) == 1 and len(key[0]) >= _MIN_SLIP_WORD and key[0].isalpha():
            out.setdefault(key[0], set()).add(code)
    return {word: frozenset(codes) for word, codes in out.items()}


@lru_cache(maxsize=4096)
def misspelt_country(text: str) -> str | None:
    """The country a capitalised one-word place name is one typing slip away from, when only
    one is ("Ethopia" -> ETH); None for known words and for short or ambiguous ones."""
    words = _trim(words_of(text))
    if len(words) != 1 or not words[0][:1].isupper() or len(words[0]) < _MIN_SLIP_WORD:
        return None
    word = words[0].lower()
    if word in _NOT_SLIPS:
        return None
    codes = {
        code
        for name, found in _long_country_words().items()
        if name[0] == word[0] and one_edit_apart(word, name)
        for code in found
    }
    return codes.pop() if len(codes) == 1 else None


@lru_cache(maxsize=8192)
def place_of(text: str) -> Place | None:
    """The gazetteer place a whole phrase names (towns included), or None for countries."""
    words = _trim(words_of(text))
    if not words or not words[0][:1].isupper():
        return None
    return find_place(tuple(w.lower() for w in words), towns=True)


def place_party_sector(text: str) -> str | None:
    """PLOVER sector of a place named as a party: a capital is its government ("Tehran said"
    -> GOV), another city its residents (CVL), a breakaway entity PRE; countries none."""
    place = place_of(text)
    if place is None or (place.kind != "breakaway" and country_of(text) and is_country_name(text)):
        return None
    return place_sector(place)


def is_country_name(text: str) -> bool:
    """True for a country's name or alias ("Sri Lanka", "US"), not a demonym or a place."""
    key = tuple(w.lower() for w in _trim(words_of(text)))
    index = _country_index()
    return key in index.names or " ".join(_trim(words_of(text))) in index.exact


def is_demonym(text: str) -> bool:
    """True for a demonym ("Italian", "Venezuelans"), false for country names and other words."""
    words = _trim(words_of(text))
    key = tuple(w.lower() for w in words)
    index = _country_index()
    if not key or not words[0][:1].isupper():
        return False
    return key in index.demonyms or (*key[:-1], key[-1][:-1]) in index.demonyms


@lru_cache(maxsize=8192)
def country_in(text: str, *, cities: bool = False) -> str | None:
    """The first country named inside a phrase ("Venezuela's attorney general" -> VEN)."""
    words = words_of(text)
    for start in range(len(words)):
        for end in range(min(len(words), start + _MAX_PHRASE), start, -1):
            code = _lookup(words[start:end], cities=cities)
            if code:
                return code
    return None


# --------------------------------------------------------------------------- sectors


@dataclass(frozen=True, slots=True)
class _SectorIndex:
    phrases: dict[tuple[str, ...], str]  # lowercase entries
    exact: dict[tuple[str, ...], str]  # entries with capitals, matched case-sensitively
    vocabulary: frozenset[str]


@lru_cache(maxsize=1)
def _sector_index() -> _SectorIndex:
    raw: dict[tuple[str, ...], str] = {}
    exact: dict[tuple[str, ...], str] = {}
    for code, entries in load_json("sectors.json")["sectors"].items():
        for entry in entries:
            if entry != entry.lower():
                exact[tuple(words_of(entry))] = code
            else:
                raw[phrase_key(entry)] = code
    role_words = {w for k in roles().person_roles | roles().generic_heads for w in k}
    vocabulary = frozenset({w for k in raw for w in k} | role_words)
    phrases = {tuple(_singular(w, vocabulary) for w in k): code for k, code in raw.items()}
    return _SectorIndex(phrases, exact, vocabulary)


def _singular(word: str, vocabulary: frozenset[str]) -> str:
    """The singular of a plural lexicon word ("authorities" -> "authority"), else the word."""
    candidates = []
    if word.endswith("ies"):
        candidates.append(word[:-3] + "y")
    if word.endswith("men"):
        candidates.append(word[:-3] + "man")
    if word.endswith("es"):
        candidates.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        candidates.append(word[:-1])
    return next((c for c in candidates if c in vocabulary), word)


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    key: tuple[str, ...]
    sector: str


def _matches(words: list[str]) -> list[_Match]:
    index = _sector_index()
    lower = [_singular(w.lower(), index.vocabulary) for w in words]
    taken = [False] * len(words)
    found: list[_Match] = []
    for size in range(min(_MAX_PHRASE, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            end = start + size
            if any(taken[start:end]):
                continue
            key = tuple(lower[start:end])
            sector = index.exact.get(tuple(words[start:end])) or index.phrases.get(key)
            if sector:
                found.append(_Match(start, end, key, sector))
                taken[start:end] = [True] * size
    return sorted(found, key=lambda m: m.start)


def _is_generic(key: tuple[str, ...]) -> bool:
    generic = roles().generic_heads
    return key in generic or key[-1:] in generic


# a former holder of a state office is coded ELI (PLOVER: former officials, exiles, relatives)
_FORMER = frozenset({"former", "ex", "ousted", "deposed", "toppled", "retired", "overthrown"})
#: sectors of a state's own bodies (ministries, army, police, courts, parliament, spies)
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


@lru_cache(maxsize=8192)
def sector_of(text: str) -> str | None:
    """PLOVER sector of a role or organisation phrase ("government" -> GOV, "police" -> COP,
    "former minister" -> ELI)."""
    if is_country_name(text):
        return None  # "United States" is not a "state" sector
    sector = _sector_of(text)
    if sector in STATE_SECTORS and any(w.lower() in _FORMER for w in words_of(text)):
        return "ELI"
    return sector


def _sector_of(text: str) -> str | None:
    words = [w for w in words_of(text) if w.lower() not in _LEADING]
    split = next((i for i, w in enumerate(words) if w.lower() in _SPLITTERS), len(words))
    matches = _matches(words)
    head = next((m for m in matches if m.start < split <= m.end), None)
    if head is not None and not _is_generic(head.key):
        return head.sector
    if head is not None and split < len(words) and country_of(" ".join(words[split + 1 :])):
        return head.sector  # "President of (the People's Republic of) China"
    before = [m for m in matches if m.end < split and m is not head and not _is_generic(m.key)]
    if before:
        return before[-1].sector
    after = [m for m in matches if m.start >= split and m is not head]
    if after:
        return after[0].sector
    return head.sector if head is not None else None


@lru_cache(maxsize=1)
def _instruments() -> dict[tuple[str, ...], str]:
    table = load_json("sectors.json")["instruments"]
    return {phrase_key(w): code for code, words in table.items() for w in words}


def instrument_sector(word: str) -> str | None:
    """Default sector of a weapon or attack named as a party ("bomb" -> UAF, "airstrike" ->
    MIL): its operator when the text names none (``instruments`` in ``sectors.json``)."""
    key = phrase_key(word)
    table = _instruments()
    if key in table:
        return table[key]
    return table.get((*key[:-1], key[-1][:-1])) if key and key[-1].endswith("s") else None


def is_national_role(role: str) -> bool:
    """True for national-government roles ("President", "Foreign Minister", "prime minister")."""
    key = phrase_key(role)
    national = roles().national_roles
    return any(key[i:] in national for i in range(len(key)))


# --------------------------------------------------------------------------- known parties


@dataclass(frozen=True, slots=True)
class Known:
    """A party whose country and sector do not depend on the article (``data/people.json``,
    ``data/organizations.json``)."""

    code: str | None  # ISO3; None for international organisations (sector IGO)
    sector: str | None
    office: str | None = None
    shared: bool = False  # a name parties of several countries use ("Labour Party")


@dataclass(frozen=True, slots=True)
class _KnownIndex:
    people: dict[tuple[str, ...], Known]  # name keys (see _name_key) of full names
    surnames: dict[str, Known]  # last words that belong to one known person only
    # (first, last) words of names whose listed people agree on country and sector: found
    # whatever the middle names ("Omar Hassan al-Bashir") and with a slip in the last
    ends: dict[tuple[str, str], Known]
    organizations: dict[tuple[str, ...], Known]  # exact word tuples (case-sensitive)


# Arabic articles written in, joined to or left out of a name ("al-Bashir", "El Bashir")
_NAME_ARTICLES = frozenset({"al", "el", "ad", "ud", "ul"})


def _name_key(name: str) -> tuple[str, ...]:
    """Folded lowercase words of a person's name without Arabic articles."""
    words = [w.lower() for w in _trim(words_of(fold(name)))]
    return tuple(w for w in words if w not in _NAME_ARTICLES) or tuple(words)


def _agreed(found: dict[object, list[Known]]) -> dict[Any, Known]:
    """Keys whose known people all share one country and sector."""
    return {k: ks[0] for k, ks in found.items() if len({(x.code, x.sector) for x in ks}) == 1}


def _known(code: str, sector: str, office: str | None = None) -> Known:
    return Known(None if code == "IGO" else code, sector, office)


@lru_cache(maxsize=1)
def _known_index() -> _KnownIndex:
    people: dict[tuple[str, ...], Known] = {}
    last: dict[object, list[Known]] = {}
    ends: dict[object, list[Known]] = {}
    for name, (code, sector, office) in load_json("people.json")["people"].items():
        key = _name_key(name)
        people.setdefault(key, _known(code, sector, office))
        last.setdefault(key[-1], []).append(people[key])
        if len(key) > 1:
            ends.setdefault((key[0], key[-1]), []).append(people[key])
    orgs = {
        tuple(words_of(name)): replace(_known(code, sector), shared="shared" in flags)
        for name, (code, sector, *flags) in load_json("organizations.json")["organizations"].items()
    }
    return _KnownIndex(people, _agreed(last), _agreed(ends), orgs)


@lru_cache(maxsize=8192)
def known_person(name: str) -> Known | None:
    """A head of state/government, minister or leader the shipped list knows ("Vladimir Putin";
    a lone surname when only one listed person has it: "Putin")."""
    words = _trim(words_of(fold(name)))
    key = _name_key(name)
    if not key or not words[-1][:1].isupper():
        return None
    index = _known_index()
    if key in index.people:
        return index.people[key]
    if len(key) == 1:
        return index.surnames.get(key[-1])
    return index.ends.get((key[0], key[-1])) or _slipped_name(key[0], key[-1])


def _slipped_name(first: str, last: str) -> Known | None:
    """The one known person whose first name is ``first`` and whose last name is one typing
    slip from ``last`` ("Francois Mitterand"); long last names only."""
    if len(last) < _MIN_SLIP_WORD:
        return None
    found = {
        known
        for (f, sur), known in _known_index().ends.items()
        if f == first and one_edit_apart(last, sur)
    }
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=8192)
def known_organization(name: str) -> Known | None:
    """A national body, party or armed group the shipped list knows ("Knesset", "Hezbollah";
    also with a generic last word: "the Fatah party", "Hamas militants")."""
    words = tuple(_trim(words_of(name)))
    orgs = _known_index().organizations
    if words in orgs:
        return orgs[words]
    if len(words) > 1 and words[-1].lower() in _GENERIC_ORG_WORDS:
        return orgs.get(words[:-1])
    return None


_GENERIC_ORG_WORDS = frozenset(
    {"party", "group", "movement", "militia", "militias", "faction", "organization"}
    | {"organisation", "militants", "fighters", "guerrillas", "rebels", "members", "leaders"}
)
