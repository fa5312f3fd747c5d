"""Entity mentions: label fixes, roles, within-article coreference, country and sector.

Rules, applied in order over the spaCy entities of one article:

1. **Spans.** Entities of the labels in :data:`ENTITY_LABELS` (numbers and dates become
   quantities and time expressions instead). A leading title or honorific inside a span is moved
   out ("President Nicolas Maduro" -> name "Nicolas Maduro"); a trailing possessive is dropped; a
   person name missed at its start by the model is extended over capitalised proper-noun
   compounds ("Tarek" + "William Saab"). A capitalised title followed by proper nouns that no
   entity covers becomes a PERSON ("President Maduro"). A proper noun no entity covers, the
   object of a preposition of place ("near Pahalgam", "in Bentiu"), is a GPE when the gazetteer
   knows it as a place.
2. **Labels.** A non-person entity is a PERSON when a title or role noun stands before it
   ("President X", "opposition leader X"), when a role noun phrase is in apposition to it ("X,
   the head of ..."), or when its text equals a PERSON name of the article or the surname of one.
3. **Roles** of people as stated (see :mod:`storyline.annotate.roles`).
4. **Coreference.** A person mention is a short form of a fuller PERSON name of the article when
   its words are a contiguous part of it (not just the first name): "Maduro" -> "Nicolas
   Maduro". Several fuller names -> the nearest one before the mention. Mentions of one person
   share the first stated role, country and sector (carried roles have no role span).
5. **Country and sector.** People: sector from the role; country from country words in the role
   phrase ("Venezuela's attorney general"), else from a sibling or governing noun of the same
   sector qualified by a country ("the Venezuelan government, under President X"), else -- only
   for national-government roles (president, minister ...) -- the article's dominant country
   (the country of at least 40% of its GPE mentions, with no tie). Organisations: sector
   from their words, country from a country name or demonym inside them (an ORG/FAC that is
   only a place name is relabelled GPE). GPE/LOC: the country they name (small towns included,
   :func:`~storyline.annotate.actors.place_country`) and the sector of a place as a party (a
   capital GOV, another city CVL, a breakaway entity PRE). A person's "of <country>" complement
   ("King X of Morocco") gives its country before the gazetteer does; a PERSON that is a country
   name or a demonym ("Sri Lanka", "Ugandan") is relabelled GPE/NORP. NORP: the country of the
   demonym, and the sector of the noun it qualifies ("Argentine officials" -> ARG, GOV).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from storyline.annotate.actors import (
    Known,
    country_in,
    country_of,
    is_country_name,
    is_demonym,
    is_national_role,
    known_organization,
    known_person,
    misspelt_country,
    place_country,
    place_of,
    place_party_sector,
    sector_of,
)
from storyline.annotate.gazetteer import REGION_DESIGNATORS, find_place, known_city
from storyline.annotate.kickers import kicker_places
from storyline.annotate.lexicons import phrase_key, roles
from storyline.annotate.roles import (
    Role,
    appositive_role,
    find_role,
    is_honorific,
    prenominal_role,
    span_root,
    token_key,
)
from storyline.records import Mention, stable_id

ENTITY_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
DOMINANT_SHARE = 0.4  # the dominant country has at least this share of the GPE mentions
RELABELABLE = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "LOC", "EVENT", "LAW"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
POSSESSIVE = re.compile("['’]s\\b")
#: nouns whose "of" object is a place ("residents of Githurai", "the outskirts of Goma")
PLACE_OF_HEADS = frozenset(
    {"resident", "people", "villager", "inhabitant", "youth", "town", "city", "village"}
    | {"district", "outskirts", "street", "centre", "center", "suburb", "township"}
    | {"neighbourhood", "neighborhood", "municipality", "commune", "locality", "county"}
)
#: prepositions whose object is a place where something happens ("near Pahalgam")
PLACE_PREPOSITIONS = frozenset(
    {"in", "near", "outside", "around", "at", "into", "towards", "toward"}
)


@dataclass(slots=True)
class _Draft:
    """A mention under construction (token range ``start:end``)."""

    start: int
    end: int
    label: str
    role: Role | None = None
    role_text: str | None = None
    canonical: str | None = None
    country: str | None = None
    sector: str | None = None
    carried: bool = False
    shared: bool = False  # a party name several countries use: the article's country decides


def _is_title_at(doc: Any, i: int, end: int) -> int:
    """Length (tokens) of a title or honorific starting at ``i`` and ending before ``end``."""
    if is_honorific(doc[i]):
        return 1
    lex = roles().titles
    for n in (3, 2, 1):
        if i + n < end and doc[i].is_title:
            key = phrase_key(" ".join(t.text for t in doc[i : i + n]))
            if key in lex:
                return n
    return 0


def _trim(doc: Any, start: int, end: int, label: str) -> tuple[int, int]:
    while end - start > 1 and doc[end - 1].text in _POSSESSIVE:
        end -= 1
    # a country's name in capitals is no title and a name ("DR Congo" is not Dr. Congo)
    country = doc[start].text.isupper() and country_of(doc[start:end].text)
    if label in ("PERSON", *RELABELABLE) and not country:
        while end - start > 1:
            n = _is_title_at(doc, start, end)
            if n == 0:
                break
            start += n
    if label == "PERSON":
        while end - start > 1 and (doc[start].pos_ == "DET" or is_demonym(doc[start].text)):
            start += 1  # "the Italian Buttiglione" -> "Buttiglione"
        start = _extend_name(doc, start, end)
    return start, end


def _extend_name(doc: Any, start: int, end: int) -> int:
    lex = roles()
    while start > 0:
        tok = doc[start - 1]
        ok = (
            tok.pos_ == "PROPN"
            and tok.is_title
            and not tok.ent_type_
            and tok.dep_ == "compound"
            and start <= tok.head.i < end
            and token_key(tok) not in lex.role_words
            and not is_honorific(tok)
        )
        if not ok:
            break
        start -= 1
    return start


def _entity_drafts(doc: Any) -> list[_Draft]:
    drafts = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        for start, end in _split_coordination(doc, ent.start, ent.end, ent.label_):
            start, end = _trim(doc, start, end, ent.label_)
            drafts.append(_Draft(start, end, ent.label_))
    return drafts


def _split_coordination(doc: Any, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """Split an ORG span "A and B" when both sides are organisations the sector lexicon knows
    ("Amnesty International and Human Rights Watch")."""
    if label != "ORG":
        return [(start, end)]
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in ("and", "&", ","):
            left, right = doc[start:i].text, doc[i + 1 : end].text
            if doc[i + 1].is_title and sector_of(left) and sector_of(right):
                return [(start, i), (i + 1, end)]
    return [(start, end)]


def _titled_names(doc: Any, taken: set[int]) -> list[_Draft]:
    """PERSON drafts for proper nouns after a capitalised title that no entity covers."""
    found = []
    for tok in doc:
        if not tok.is_title or tok.ent_type_ or tok.i in taken:
            continue
        n = _is_title_at(doc, tok.i, len(doc))
        if n == 0:
            continue
        j = tok.i + n
        k = j
        while k < len(doc) and _bare_name_token(doc[k]):
            k += 1
        if k > j and doc[k - 1].dep_ != "compound":
            found.append(_Draft(j, k, "PERSON"))
            taken.update(range(j, k))
    return found


def _untagged_places(doc: Any, taken: set[int]) -> list[_Draft]:
    """GPE drafts for a proper noun (with its proper-noun compounds) that no entity covers and
    the gazetteer knows, standing where places stand: the object of a preposition of place
    ("near Pahalgam") or of "of" after a people or area noun ("residents of Githurai"); or, when
    the gazetteer knows it as a city, a one-word name qualifying a common noun ("Maputo
    protesters", "the Thika superhighway")."""
    found = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.i in taken or not tok.is_title:
            continue
        if _city_modifier(doc, tok):
            found.append(_Draft(tok.i, tok.i + 1, "GPE"))
            taken.add(tok.i)
            continue
        head = tok.head
        if tok.dep_ != "pobj":
            continue
        of_place = head.lower_ == "of" and head.head.lemma_.lower() in PLACE_OF_HEADS
        if head.lower_ not in PLACE_PREPOSITIONS and not of_place:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i:
            if doc[start - 1].pos_ != "PROPN" or doc[start - 1].i in taken:
                break
            start -= 1
        if place_country(doc[start : tok.i + 1].text):
            found.append(_Draft(start, tok.i + 1, "GPE"))
            taken.update(range(start, tok.i + 1))
    return found


def _city_modifier(doc: Any, tok: Any) -> bool:
    """A one-word city name the model left untagged, qualifying a common noun ("Maputo
    protesters"), not part of a longer name."""
    if tok.dep_ != "compound" or tok.head.pos_ != "NOUN" or not tok.text.isalpha():
        return False
    if tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN":
        return False
    return known_city(tok.text) is not None


def _untagged_names(doc: Any, drafts: list[_Draft], taken: set[int]) -> list[_Draft]:
    """PERSON drafts for untagged proper nouns equal to the surname of a PERSON of the article."""
    surnames = {_words(doc, d)[-1] for d in drafts if d.label == "PERSON" and d.end > d.start}
    return [
        _Draft(t.i, t.i + 1, "PERSON")
        for t in doc
        if t.text in surnames and t.is_title and not t.ent_type_ and t.i not in taken
    ]


def _bare_name_token(tok: Any) -> bool:
    """A capitalised proper noun outside any entity that is not a title word."""
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and not tok.ent_type_
        and token_key(tok) not in roles().role_words
        and not is_honorific(tok)
    )


def _words(doc: Any, d: _Draft) -> tuple[str, ...]:
    return tuple(t.text for t in doc[d.start : d.end] if t.text not in _POSSESSIVE)


def _is_name(doc: Any, d: _Draft) -> bool:
    """Proper nouns only, and not an organisation the sector lexicon knows."""
    tokens = doc[d.start : d.end]
    proper = all(t.pos_ == "PROPN" for t in tokens if t.text.isalpha())
    return proper and sector_of(tokens.text) is None


def _only_titles(doc: Any, d: _Draft) -> bool:
    lex = roles()
    return all(token_key(t) in lex.role_words or is_honorific(t) for t in doc[d.start : d.end])


def _is_country_name(doc: Any, d: _Draft) -> bool:
    return is_country_name(" ".join(_words(doc, d)))


def _named_region(doc: Any, d: _Draft) -> bool:
    """A known region with its designator, inside the name or just after it ("the Artibonite
    department", "[Gezira] state"), whatever the model tagged it."""
    words = tuple(w.lower() for w in _words(doc, d) if w.lower() != "the")
    after = doc[d.end].text.lower() if d.end < len(doc) else ""
    if after in REGION_DESIGNATORS:
        words = (*words, after)
    elif len(words) < 2 or words[-1] not in REGION_DESIGNATORS:
        return False
    place = find_place(words)  # a region ("Bari region" is no Italian city)
    return place is not None and place.kind in ("region", "state")


def _city_possessive(doc: Any, d: _Draft) -> bool:
    """A one-word "person" that is a capital or a city the gazetteer knows and owns what
    follows ("Dakar's Yoff quarter"): the model reads the possessive as a person's."""
    words = _words(doc, d)
    after = doc[d.end].text if d.end < len(doc) else ""
    return len(words) == 1 and after in _POSSESSIVE and known_city(words[0]) is not None


#: prepositions whose object is a place where something happened ("shelling in Kherson")
_PLACE_PREPS = frozenset({"in", "near", "on", "at", "around", "outside", "into", "over"})


def _town_as_place(doc: Any, d: _Draft, drafts: list[_Draft]) -> bool:
    """A one-word "person" that the gazetteer knows as a city and that stands where places do:
    the object of a verb or of a place preposition ("forces shelled Kharkiv", "a blast in
    Mariupol"), never the last name of a person named in full elsewhere in the text."""
    words = _words(doc, d)
    if len(words) != 1 or d.end - d.start != 1 or not words[0].isalpha():
        return False
    tok = doc[d.start]
    where = tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS)
    if not where or (d.start > 0 and doc[d.start - 1].pos_ == "PROPN"):
        return False
    names = [_words(doc, o) for o in drafts if o is not d and o.label == "PERSON"]
    surname = any(len(n) > 1 and n[-1] == words[0] for n in names)
    return not surname and known_city(words[0]) is not None


def _place_as_people(doc: Any, d: _Draft) -> bool:
    """A NORP that is the name of a country or a city, not a demonym ("Tunis", "Kuwait")."""
    text = " ".join(_words(doc, d))
    if not text or is_demonym(text):
        return False
    one = len(_words(doc, d)) == 1 and known_city(text) is not None
    return one or _is_country_name(doc, d)


def _fix_labels(doc: Any, drafts: list[_Draft]) -> None:
    for d in drafts:
        if d.label == "PERSON" and _is_country_name(doc, d):
            d.label = "GPE"  # "Sri Lanka" tagged as a person
        elif d.label == "PERSON" and is_demonym(" ".join(_words(doc, d))):
            d.label = "NORP"  # "Ugandan" tagged as a person
        elif d.label in ("PERSON", "ORG") and _named_region(doc, d):
            d.label = "GPE"  # "the Artibonite department", "Gezira state"
        elif d.label == "PERSON" and _city_possessive(doc, d):
            d.label = "GPE"  # "Dakar's Yoff quarter", "Honiara's Chinatown"
        elif d.label == "PERSON" and _town_as_place(doc, d, drafts):
            d.label = "GPE"  # "Russian forces shelled Kharkiv"
        elif d.label == "NORP" and _place_as_people(doc, d):
            d.label = "GPE"  # "detained in Tunis", read as a people
    for d in drafts:
        # a town-like GPE with a role next to it is a person ("Kenzo Oshima, the UN coordinator")
        relabel = d.label in RELABELABLE or (d.label == "GPE" and not _is_country_name(doc, d))
        if (
            relabel
            and _is_name(doc, d)
            and (prenominal_role(doc, d.start, d.end) or appositive_role(doc, d.start, d.end))
        ):
            d.label = "PERSON"
    names: set[tuple[str, ...]] = set()
    for d in drafts:
        if d.label == "PERSON":
            words = _words(doc, d)
            names.add(words)
            if len(words) > 1:
                names.add(words[-1:])
    for d in drafts:
        words = _words(doc, d)
        all_proper = all(t.pos_ == "PROPN" for t in doc[d.start : d.end] if t.text.isalpha())
        relabelable = d.label in RELABELABLE or (
            d.label == "GPE" and country_of(" ".join(words)) is None
        )
        if relabelable and all_proper and (words in names or words[-1:] in names):
            d.label = "PERSON"
    for d in drafts:  # a known organisation the model took for a person ("Boko Haram")
        if d.label == "PERSON" and known_organization(" ".join(_words(doc, d))) is not None:
            d.label = "ORG"


def _with_kicker_places(doc: Any, drafts: list[_Draft]) -> list[_Draft]:
    """``drafts`` with the place names of line kickers as GPE ("Tillabéri, Fambita:"; see
    :func:`~storyline.annotate.kickers.kicker_places`), replacing what overlaps them."""
    spans = kicker_places(doc, place_country)
    if not spans:
        return drafts
    kept = [d for d in drafts if not any(d.start < e and s < d.end for s, e, _ in spans)]
    found = [_Draft(s, e, "GPE", country=code) for s, e, code in spans]
    return sorted([*kept, *found], key=lambda d: d.start)


def _contains(full: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """``short`` is a contiguous part of ``full`` that is not only its first name."""
    n = len(short)
    return any(full[i : i + n] == short and (i > 0 or n > 1) for i in range(len(full) - n + 1))


def _corefer(doc: Any, people: list[_Draft]) -> None:
    words = [_words(doc, d) for d in people]
    for d, w in zip(people, words, strict=True):
        options = [(o, ow) for o, ow in zip(people, words, strict=True) if _contains(ow, w)]
        options = [
            (o, ow)
            for o, ow in options
            if not any(len(pw) > len(ow) and _contains(pw, ow) for _, pw in options)
        ]
        if not options:
            d.canonical = " ".join(w)
            continue
        before = [o for o, _ in options if o.start < d.start]
        pick = before[-1] if before else options[0][0]
        d.canonical = " ".join(_words(doc, pick))


def _role_text(doc: Any, role: Role) -> str:
    return str(doc[role.first : role.last].text)


def _assign_roles(doc: Any, people: list[_Draft]) -> None:
    for d in people:
        d.role = find_role(doc, d.start, d.end)
        d.role_text = _role_text(doc, d.role) if d.role else None
    clusters: dict[str, list[_Draft]] = {}
    for d in people:
        clusters.setdefault(d.canonical or "", []).append(d)
    for members in clusters.values():
        stated = next((m for m in members if m.role_text), None)
        if stated is None:
            continue
        for m in members:
            if m.role_text is None:
                m.role_text, m.carried = stated.role_text, True


def _context_country(doc: Any, d: _Draft, sector: str) -> str | None:
    """Country of a same-sector noun next to the person ("the Venezuelan government, under X")."""
    root = span_root(doc, d.start, d.end)
    anchor = root.head if root.dep_ == "pobj" else root
    for tok in root.sent:
        if tok.pos_ != "NOUN" or tok.i == anchor.i:
            continue
        sibling = tok.head.i == anchor.head.i and anchor.head.i != anchor.i
        governs = tok.left_edge.i <= root.i <= tok.right_edge.i and tok.i != root.i
        if not (sibling or governs) or sector_of(tok.text) != sector:
            continue
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "poss") and child.ent_type_ in ("NORP", "GPE"):
                code = country_in(doc[child.left_edge.i : child.i + 1].text)
                if code:
                    return code
    return None


def _dominant_country(drafts: list[_Draft]) -> str | None:
    places = [d.country for d in drafts if d.label == "GPE" and d.country]
    ranked = Counter(places).most_common(2)
    if not ranked or ranked[0][1] < DOMINANT_SHARE * len(places):
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _resolve_people(doc: Any, people: list[_Draft], dominant: str | None) -> None:
    clusters: dict[str, list[_Draft]] = {}
    for d in people:
        clusters.setdefault(d.canonical or "", []).append(d)
    for members in clusters.values():
        role_text = next((m.role_text for m in members if m.role_text), None)
        sector = sector_of(role_text) if role_text else None
        country = None
        for m in members:
            if m.role and not m.carried:
                country = _role_country(doc, m.role)
            country = country or _of_country(doc, m)
            if country is None and sector:
                country = _context_country(doc, m, sector)
            if country:
                break
        known = _known_member(doc, members)
        if known is not None:
            country = country or known.code
            sector = sector or known.sector
        if (
            country is None
            and role_text
            and sector in ("GOV", "ELI")
            and is_national_role(role_text)
        ):
            country = dominant
        for m in members:
            m.country, m.sector = country, sector


def _of_country(doc: Any, d: _Draft) -> str | None:
    """A country complement of the name itself ("King Hassan of Morocco")."""
    root = span_root(doc, d.start, d.end)
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ == "GPE":
                    return country_of(doc[obj.left_edge.i : obj.i + 1].text)
    return None


def _known_member(doc: Any, members: list[_Draft]) -> Known | None:
    """The shipped gazetteer entry of a person cluster (its fullest name first)."""
    for m in sorted(members, key=lambda m: m.start - m.end):
        alone = m.end - m.start == 1 and m.canonical in (None, doc[m.start].text)
        if alone and doc[m.start].pos_ == "NOUN":
            continue  # a common noun tagged as a person ("Gang massacres 70"): no surname
        found = known_person(m.canonical or " ".join(_words(doc, m)))
        if found is not None:
            return found
    return None


def _role_country(doc: Any, role: Role) -> str | None:
    """A country word in the role phrase, before any "in"/"to"/"at" place complement
    ("Venezuela's attorney general", "President of Brazil"; not "officer in Iraq")."""
    end = role.last
    for i in range(role.first, role.last):
        if doc[i].lower_ in ("in", "to", "at", "from", "near"):
            end = i
            break
    return country_in(doc[role.context_first : end].text) if end > role.context_first else None


def _qualified_noun(doc: Any, tok: Any) -> str | None:
    """Text of the noun a demonym qualifies, with its compounds ("security forces")."""
    if tok.dep_ not in ("amod", "compound", "nmod") or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    head = tok.head
    first = min([head.i, *(c.i for c in head.children if c.dep_ == "compound" and c.i > tok.i)])
    return str(doc[first : head.i + 1].text)


def _resolve_others(doc: Any, drafts: list[_Draft]) -> None:
    for d in drafts:
        text = str(doc[d.start : d.end].text)
        if d.label != "PERSON" and (known := known_organization(text)) is not None:
            d.country, d.sector, d.shared = known.code, known.sector, known.shared
        elif d.label in ("GPE", "LOC"):
            owner = POSSESSIVE.split(text)[0]  # "Islamabad's D-Chowk": Islamabad's
            the = "the " if d.start > 0 and doc[d.start - 1].lower_ == "the" else ""
            d.country = (
                place_country(the + text)  # ("the Prado" is no town of Brazil)
                or country_in(text)
                or misspelt_country(text)
                or (place_country(owner) if owner != text else None)
                or city_pair(text)
                or d.country
            )  # (a place tag's country was found before: "#WestBank")
            d.sector = place_party_sector(text)
        elif d.label == "NORP":
            d.country = country_of(text)
            noun = _qualified_noun(doc, span_root(doc, d.start, d.end))
            d.sector = sector_of(noun) if noun else sector_of(text)
            named = known_organization(f"{text} {noun}") if noun else None
            if named is not None:  # "Islamic" tagged alone in "Islamic State fighters": the
                # group the shipped list knows, not a state
                d.country, d.sector, d.shared = named.code, named.sector, named.shared
        elif d.label in ("ORG", "FAC") and sector_of(text) is None and _country_word(text):
            d.label = "GPE"  # a city or country the model took for an organisation
            d.country, d.sector = _country_word(text), place_party_sector(text)
        elif d.label in ("ORG", "FAC") and sector_of(text) is None and (route := city_pair(text)):
            d.label, d.country = "GPE", route  # a route named by its two ends ("the
            # Karachi-Quetta highway")
        elif d.label in ("ORG", "FAC"):
            d.sector = sector_of(text)
            landmark = d.label == "FAC" and not d.sector  # "Kabul airport", "Brandenburg Gate"
            seat = _seat(text) if d.sector or landmark else None  # (a known kind of body,
            # not "Arequipa to Lima" tagged as one)
            d.country = (country_in(text) or seat) if d.sector != "IGO" else None


#: the dash between the two ends of a route ("Ambala-Chandigarh", "Lucknow–Delhi")
ROUTE_DASH = re.compile(r"\s*[-–]\s*")


def city_pair(text: str) -> str | None:
    """The country of a route named by two places of one country ("Pune-Bengaluru",
    "Karachi - Quetta"), else None."""
    text = text.strip()
    text = text[4:] if text.lower().startswith("the ") else text
    ends = [e for e in ROUTE_DASH.split(text) if e]
    if len(ends) != 2 or not all(e[:1].isupper() and not e.isupper() for e in ends):
        return None  # (not a dateline's "BANGKOK - Thai rangers")
    if any(is_demonym(e) for e in ends):
        return None
    codes = {place_country(e) for e in ends}
    return codes.pop() if len(codes) == 1 else None


def _seat(text: str) -> str | None:
    """The country of the city an organisation's name opens with ("Dhaka University", "Kano
    Municipal Council"): a capital or a large city, never a small town."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    for n in (2, 1):
        if len(words) > n and (place := place_of(" ".join(words[:n]))) is not None:
            return place.code if place.kind in ("capital", "city") else None
    return None


def _country_word(text: str) -> str | None:
    """The country a phrase names, also through a typing slip ("Argentna")."""
    return country_of(text) or misspelt_country(text)


def _inside_roles(drafts: list[_Draft]) -> set[int]:
    """Token indexes of stated pre-nominal roles ("Defense" in "Defense Secretary X")."""
    inside: set[int] = set()
    for d in drafts:
        if d.role and not d.carried and d.role.last == d.start:
            inside.update(range(d.role.first, d.role.last))
    return inside


def build_mentions(doc: Any, article_id: str, sent_of: list[int]) -> list[Mention]:
    """Mentions of one parsed article, with fixed labels, roles, canonical names, countries."""
    drafts = [d for d in _entity_drafts(doc) if not (d.label == "PERSON" and _only_titles(doc, d))]
    drafts = _with_kicker_places(doc, drafts)
    taken = {i for d in drafts for i in range(d.start, d.end)}
    drafts.extend(_titled_names(doc, taken))
    drafts.extend(_untagged_places(doc, taken))
    _fix_labels(doc, drafts)
    drafts.extend(_untagged_names(doc, drafts, taken))
    drafts.sort(key=lambda d: d.start)
    people = [d for d in drafts if d.label == "PERSON"]
    _corefer(doc, people)
    _assign_roles(doc, people)
    _resolve_others(doc, drafts)
    dominant = _dominant_country(drafts)
    for d in drafts:
        if d.shared and dominant is not None:
            d.country = dominant  # "the Labour Party" in a report on New Zealand
    _resolve_people(doc, people, dominant)
    in_roles = _inside_roles(people)
    return [
        _to_mention(doc, d, article_id, sent_of)
        for d in drafts
        if not (d.label == "ORG" and all(i in in_roles for i in range(d.start, d.end)))
    ]


def _to_mention(doc: Any, d: _Draft, article_id: str, sent_of: list[int]) -> Mention:
    span = doc[d.start : d.end]
    start, end = span.start_char, span.end_char
    role_start = role_end = None
    if d.role and not d.carried:
        role_start = doc[d.role.first].idx
        last = doc[d.role.last - 1]
        role_end = last.idx + len(last.text)
    return Mention(
        id=stable_id(article_id, "m", str(start), str(end)),
        article_id=article_id,
        sentence=sent_of[d.start],
        start=start,
        end=end,
        text=span.text,
        label=d.label,
        role=d.role_text,
        role_start=role_start,
        role_end=role_end,
        canonical=d.canonical,
        country=d.country,
        sector=d.sector,
    )
