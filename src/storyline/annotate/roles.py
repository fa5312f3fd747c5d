"""Roles and titles of people as stated in the text, read from the dependency parse.

Two constructions are recognised around a name (token range ``start:end``):

* a **pre-nominal title**: tokens left of the name attached to it as ``compound``/``amod``/
  ``poss`` ... ("President Nicolas Maduro", "Foreign Minister Yvan Gil", "opposition leader
  Edmundo Gonzalez", "Venezuela's attorney general Tarek William Saab");
* an **apposition** headed by a role noun, after the name ("Carlos Ortega, the head of the
  state security service") or before it ("the attorney general, Tarek William Saab").

The role must end in (pre-nominal) or be headed by (apposition) a word of the role lexicon.
Leading determiners, possessors and country words are not part of the role ("Venezuela's
attorney general" -> "attorney general") but are returned as ``context`` for the country.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storyline.annotate.actors import sector_of
from storyline.annotate.lexicons import phrase_key, roles

_PRE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod", "case", "punct"})
_CUT_DEPS = frozenset({"relcl", "acl", "advcl", "appos", "punct", "cc", "conj", "parataxis"})
_STRIP_ENTS = frozenset({"GPE", "NORP", "PERSON"})
_STOPS = frozenset({"(", "[", ";", "—", "–", ":"})
MAX_ROLE_TOKENS = 15


@dataclass(frozen=True, slots=True)
class Role:
    first: int  # token range of the role as stated (end exclusive)
    last: int
    context_first: int  # token range including stripped possessors/country words
    context_last: int


def span_root(doc: Any, start: int, end: int) -> Any:
    """The token of ``doc[start:end]`` whose head lies outside the range (or is itself)."""
    for i in range(start, end):
        head = doc[i].head.i
        if head == i or head < start or head >= end:
            return doc[i]
    return doc[end - 1]


def token_key(tok: Any) -> str:
    """Lowercase text without a final period ("Gen." -> "gen")."""
    return str(tok.lower_).rstrip(".")


def is_role_phrase(doc: Any, first: int, last: int) -> bool:
    """True when the tokens ``first:last`` end with a lexicon role or title."""
    lex = roles()
    for n in (3, 2, 1):
        if last - n >= first:
            key = tuple(token_key(doc[i]) for i in range(last - n, last))
            key = phrase_key(" ".join(key))
            if key in lex.titles or key in lex.person_roles:
                return True
    return False


def is_honorific(tok: Any) -> bool:
    return tok.lower_.rstrip(".") in roles().honorifics or tok.lower_ in roles().honorifics


def _strip_leading(doc: Any, first: int, last: int) -> int:
    """Skip determiners, possessors and country/person words at the start of a role."""
    i = first
    while i < last - 1:
        tok = doc[i]
        stripped = (
            tok.dep_ in ("det", "case", "poss", "punct")
            or tok.ent_type_ in _STRIP_ENTS
            or tok.pos_ in ("DET", "PART", "PUNCT")
        )
        if not stripped:
            break
        i += 1
    return i


def prenominal_role(doc: Any, start: int, end: int) -> Role | None:
    """A title or role noun phrase directly before the name, attached to it."""
    inside = set(range(start, end))
    i = start - 1
    while i >= 0:
        tok = doc[i]
        if tok.dep_ not in _PRE_DEPS or tok.is_space:
            break
        if tok.dep_ == "punct" and tok.tag_ != "HYPH":
            break
        attached = tok.head.i in inside or (tok.dep_ == "case" and tok.head.i == i - 1)
        if not attached:
            break
        inside.add(i)
        i -= 1
    context_first = i + 1
    if context_first == start:
        return None
    first = _strip_leading(doc, context_first, start)
    while first < start and is_honorific(doc[first]):
        first += 1
    if first >= start or not is_role_phrase(doc, first, start):
        return None
    return Role(first, start, context_first, start)


def _role_head(tok: Any) -> bool:
    lex = roles()
    key = (token_key(tok),)
    lemma = (tok.lemma_.lower(),)
    return key in lex.person_roles or lemma in lex.person_roles or key in lex.titles


def _phrase(doc: Any, head: Any, exclude: Any | None) -> tuple[int, int] | None:
    """Contiguous token range of ``head``'s phrase without clauses, conjuncts and ``exclude``."""
    cut: set[int] = set()
    for child in head.children:
        if child.dep_ in _CUT_DEPS or (exclude is not None and child.i == exclude.i):
            cut.update(t.i for t in child.subtree)
    left = head.i
    while left - 1 >= head.left_edge.i and left - 1 not in cut:
        left -= 1
    right = head.i + 1
    while right <= head.right_edge.i and right not in cut and doc[right].text not in _STOPS:
        right += 1
    while right - 1 > head.i and doc[right - 1].is_punct:
        right -= 1
    if right - left > MAX_ROLE_TOKENS:
        return None
    return left, right


def appositive_role(doc: Any, start: int, end: int) -> Role | None:
    """A role noun phrase in apposition to the name, after it or before it."""
    root = span_root(doc, start, end)
    target, exclude = None, None
    for child in root.children:
        if child.dep_ == "appos" and child.i >= end and _role_head(child):
            target = child
            break
    if target is None and root.dep_ == "appos" and root.head.i < start and _role_head(root.head):
        target, exclude = root.head, root
    if target is None:
        return None
    found = _phrase(doc, target, exclude)
    if found is None:
        return None
    context_first, last = found
    if any(t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PERSON" for t in doc[context_first:last]):
        return None  # a clause or another person, not a role ("ministers were present at ...")
    first = _strip_leading(doc, context_first, last)
    return Role(first, last, context_first, last)


def find_role(doc: Any, start: int, end: int) -> Role | None:
    """The stated role of the person named by ``doc[start:end]``: a title first, else apposition.

    An apposition is preferred over a title that says nothing about the sector ("Gen. X, the
    defence minister" -> "defence minister").
    """
    title = _clean(doc, prenominal_role(doc, start, end))
    if title is not None and sector_of(str(doc[title.first : title.last].text)):
        return title
    return _clean(doc, appositive_role(doc, start, end)) or title


def _clean(doc: Any, role: Role | None) -> Role | None:
    """Drop a role that names another person ("... Undersecretary Darleen Druyun")."""
    if role is None or any(t.ent_type_ == "PERSON" for t in doc[role.first : role.last]):
        return None
    return role
