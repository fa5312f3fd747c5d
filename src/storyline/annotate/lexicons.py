"""Lexicons shipped with the annotate stage (JSON files under ``annotate/data``), loaded once.

The files are written for storyline: ``countries.json`` (aliases and demonyms per ISO alpha-3),
``sectors.json`` (PLOVER sector words and phrases) and ``roles.json`` (role nouns, titles,
honorifics). Words are normalised by :func:`words_of` so lexicon entries and text meet halfway:
hyphens become spaces, curly apostrophes become straight ones, a possessive ``'s`` is its own
word and a final period is dropped ("Gen." -> "Gen") except in initialisms ("U.S.").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

_WORD = re.compile(r"'s\b|[^\W_](?:[^\W_]|[.&](?=[^\W_])|'(?!s\b)(?=[^\W_]))*\.?|&")


def load_json(name: str) -> Any:
    """Parse one data file of this package."""
    path = resources.files("storyline.annotate").joinpath("data", name)
    return json.loads(path.read_text(encoding="utf-8"))


def words_of(text: str) -> list[str]:
    """Split a phrase into words: "Venezuela’s anti-government" -> Venezuela 's anti government."""
    clean = text.replace("’", "'").replace("-", " ").replace("–", " ")
    return [_strip_period(w) for w in _WORD.findall(clean)]


def _strip_period(word: str) -> str:
    """Drop a final period unless the word is an initialism with inner periods ("U.S.")."""
    if word.endswith(".") and "." not in word[:-1]:
        return word[:-1]
    return word


def one_edit_apart(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one inserted, deleted, replaced or swapped
    (adjacent) letter: the usual typing slips ("Ethopia", "Mitterand")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    k = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    if len(a) < len(b):
        return a[k:] == b[k + 1 :]
    if a[k + 1 :] == b[k + 1 :]:
        return True
    return a[k : k + 2] == b[k : k + 2][::-1] and a[k + 2 :] == b[k + 2 :]


def phrase_key(text: str) -> tuple[str, ...]:
    """Lowercase word tuple used as a lexicon key."""
    return tuple(w.lower() for w in words_of(text))


@dataclass(frozen=True, slots=True)
class RoleLexicon:
    person_roles: frozenset[tuple[str, ...]]
    titles: frozenset[tuple[str, ...]]
    honorifics: frozenset[str]
    generic_heads: frozenset[tuple[str, ...]]
    national_roles: frozenset[tuple[str, ...]]
    role_words: frozenset[str]  # last words of person roles and titles


@lru_cache(maxsize=1)
def roles() -> RoleLexicon:
    data = load_json("roles.json")

    def keys(name: str) -> frozenset[tuple[str, ...]]:
        return frozenset(phrase_key(p) for p in data[name])

    person_roles, titles = keys("person_roles"), keys("titles")
    last_words = {k[-1] for k in person_roles | titles if k}
    return RoleLexicon(
        person_roles=person_roles,
        titles=titles,
        honorifics=frozenset(h.lower() for h in data["honorifics"]),
        generic_heads=keys("generic_heads"),
        national_roles=keys("national_roles"),
        role_words=frozenset(last_words),
    )
