"""Reverse check of titles: a title the rewrite puts before a name the sources give, whether or
not the annotator reads a role there.

For every person the sources name with at least two words, each place the rewrite writes that
name is looked at: the run of capitalised words (joined by "of", "the", "for") right before it
is a *title* when it has a title word (:data:`TITLE_HEADS`). The title is left alone when the
sources put the same words before that name, or give the person a role with those words;
otherwise it is an ``unsupported`` title claim (``contradicted`` when the sources give the person
another role), with the source mention of the person as evidence.
"""

from __future__ import annotations

import re

from storyline.check.align import Doc, SourceIndex
from storyline.check.base import Claim, Verdict
from storyline.check.lexicon import ROLE_STOPWORDS, ROLE_SYNONYMS, fold
from storyline.check.people import same_person
from storyline.records import Mention

TITLE_HEADS = frozenset(
    {"minister", "president", "leader", "chief", "governor", "general", "commissioner",
     "prosecutor", "spokesman", "spokeswoman", "secretary", "ambassador", "mayor", "judge",
     "head", "director", "chairman", "chairwoman", "chancellor", "premier", "senator", "envoy",
     "commander", "council", "officer", "speaker", "deputy", "attorney", "justice"}
)  # fmt: skip
_JOINERS = frozenset({"of", "the", "for"})
_WORD = re.compile(r"[^\W_][\w.'-]*")
MAX_RUN = 8


def title_before(text: str, start: int) -> tuple[int, str] | None:
    """Start and text of the title run right before char ``start`` (same line), if any."""
    line_start = text.rfind("\n", 0, start) + 1
    words = list(_WORD.finditer(text, line_start, start))
    run: list[re.Match[str]] = []
    for m in reversed(words[-MAX_RUN:]):
        gap = text[m.end() : run[0].start() if run else start]
        if gap.strip():
            break
        if not (m.group()[:1].isupper() or m.group() in _JOINERS):
            break
        run.insert(0, m)
    while run and run[0].group() in _JOINERS:
        run.pop(0)
    if not run or not {fold(m.group()) for m in run} & TITLE_HEADS:
        return None
    return run[0].start(), text[run[0].start() : start].strip()


def _words(title: str) -> frozenset[str]:
    return frozenset(
        ROLE_SYNONYMS.get(w, w)
        for w in re.findall(r"[^\W_]+", fold(title))
        if w not in ROLE_STOPWORDS and w not in _JOINERS
    )


def _source_titles(index: SourceIndex, name: str) -> tuple[set[str], list[tuple[int, Mention]]]:
    """Words the sources put before the name or in a role of the person, and the mentions."""
    known: set[str] = set()
    mentions = []
    for si, doc in enumerate(index.docs):
        text = doc.item.text
        for m in re.finditer(re.escape(name), text):
            found = title_before(text, m.start())
            known |= _words(found[1]) if found else set()
        for mention in doc.item.annotated.mentions:
            if mention.label == "PERSON" and same_person(name, mention.canonical or mention.text):
                mentions.append((si, mention))
                known |= _words(mention.role or "")
    return known, mentions


def _names(index: SourceIndex) -> set[str]:
    return {
        m.text
        for doc in index.docs
        for m in doc.item.annotated.mentions
        if m.label == "PERSON" and len(m.text.split()) >= 2 and m.text[:1].isupper()
    }


def _verdict(
    rewrite: Doc, index: SourceIndex, name: str, found: tuple[int, str], end: int
) -> Verdict | None:
    known, mentions = _source_titles(index, name)
    if not mentions or _words(found[1]) <= known:
        return None
    text, start = rewrite.item.text, found[0]
    claim = Claim(
        id=Claim.make_id(rewrite.item.annotated.article.id, "title", start, end),
        kind="title",
        sentence=rewrite.sentence_at(start),
        start=start,
        end=end,
        text=text[start:end],
        summary=f"{name}: {found[1]}",
        value={"person": name, "role": found[1], "country": None, "sector": None},
    )
    roles = [(si, x) for si, x in mentions if x.role]
    si, x = (roles or mentions)[0]
    span = index.span(si, x.start, x.end)
    if roles:
        return Verdict(claim, "contradicted", f"the source calls {name} {x.role}", span)
    return Verdict(claim, "unsupported", f"no source gives {name} this title", span)


def inserted_titles(rewrite: Doc, index: SourceIndex) -> list[Verdict]:
    """Title claims for titles before source-named people the sources never give them."""
    text, out = rewrite.item.text, []
    for name in sorted(_names(index)):
        for m in re.finditer(re.escape(name), text):
            found = title_before(text, m.start())
            verdict = _verdict(rewrite, index, name, found, m.end()) if found else None
            if verdict is not None:
                out.append(verdict)
    return out
