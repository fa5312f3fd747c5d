"""Light paraphrases for the controls of the rewrite-checker evaluation: general rules that keep
every fact and quotation but change the wording.

- ``synonyms``: swap words from :data:`SYNONYMS` (outside quotations, case kept);
- ``reorder``: move a fronted adverbial phrase to the end of its sentence ("On Monday, police
  arrested 40 people." -> "Police arrested 40 people on Monday.");
- ``drop-clause``: drop a non-restrictive relative clause (", who ..., " / ", which ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from storyline.check.align import Doc
from storyline.check.base import Analyzed

SYNONYMS = {
    "said": "stated", "says": "states", "however": "nevertheless",
    "began": "started", "begin": "start", "large": "big", "big": "large", "following": "after",
    "prisoners": "detainees", "detainees": "prisoners", "protesters": "demonstrators",
    "demonstrators": "protesters", "officials": "authorities", "very": "extremely",
    "also": "additionally", "nearby": "close by", "quickly": "rapidly", "help": "assist",
    "several": "a number of", "because of": "due to", "earlier": "previously",
}  # fmt: skip
_SYNONYM = re.compile(r"\b(" + "|".join(sorted(SYNONYMS, key=len, reverse=True)) + r")\b", re.I)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|‘[^’]*’|``.*?''", re.S)
_RELATIVE = re.compile(r", (?:who|which) [^,;:\"“”()\n]{3,120}?,(?= )")
_TRAILING = re.compile(r", which [^,;:\"“”()\n]{3,160}?(?=\.(?:\s|$))")
_FRONT_POS = frozenset({"ADP", "SCONJ", "ADV"})


def _outside_quotes(
    text: str, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]
) -> str:
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]

    def sub(m: re.Match[str]) -> str:
        if any(s < m.end() and m.start() < e for s, e in quoted):
            return m.group()
        return repl(m)

    return pattern.sub(sub, text)


def synonyms(item: Analyzed, doc: Doc) -> str:
    def repl(m: re.Match[str]) -> str:
        word = m.group()
        new = SYNONYMS[word.lower()]
        return new[0].upper() + new[1:] if word[0].isupper() else new

    return _outside_quotes(item.text, _SYNONYM, repl)


def drop_clause(item: Analyzed, doc: Doc) -> str:
    text = _outside_quotes(item.text, _RELATIVE, lambda m: "")
    return _outside_quotes(text, _TRAILING, lambda m: "")


def _reordered(doc: Doc, index: int) -> str | None:
    sent = doc.item.annotated.sentences[index]
    tokens = doc.sentence_tokens(index)
    if len(tokens) < 6 or tokens[0].pos not in _FRONT_POS or not sent.text.rstrip().endswith("."):
        return None
    if any(c in sent.text for c in '"“”‘’;:`') or "\n" in sent.text.strip():
        return None
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(doc.item.text)]
    if any(s < sent.end and sent.start < e for s, e in quoted):
        return None
    comma = next(
        (
            t for t in tokens[1:9]
            if t.text == "," and not t.ent_type and tokens[t.i - tokens[0].i + 1].pos != "NUM"
        ),
        None,
    )  # fmt: skip
    if comma is None or comma.i + 1 >= tokens[-1].i:
        return None
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None or root.i < comma.i:
        return None
    text = doc.item.text
    front = text[tokens[0].start : comma.start]
    rest = text[comma.end : sent.end].strip().rstrip(".").rstrip()
    after = tokens[comma.i - tokens[0].i + 1] if comma.i - tokens[0].i + 1 < len(tokens) else None
    if not rest or after is None:
        return None
    if after.pos != "PROPN" and not rest[:2].isupper():
        rest = rest[0].upper() + rest[1:]
    if tokens[0].pos != "PROPN":
        front = front[0].lower() + front[1:]
    return f"{rest[0].upper()}{rest[1:]} {front}."


def reorder(item: Analyzed, doc: Doc) -> str:
    text = item.text
    for sent in reversed(item.annotated.sentences):
        new = _reordered(doc, sent.index)
        if new is not None:
            end = sent.start + len(sent.text.rstrip())
            text = text[: sent.start] + new + text[end:]
    return text


def paraphrase(item: Analyzed, doc: Doc) -> str:
    """Reorder, then drop clauses and swap synonyms (the three rules together)."""
    from dataclasses import replace

    reordered = reorder(item, doc)
    dropped = _outside_quotes(reordered, _RELATIVE, lambda m: "")
    dropped = _outside_quotes(dropped, _TRAILING, lambda m: "")
    article = replace(item.annotated.article, text=dropped)
    shim = Analyzed(item.uri, replace(item.annotated, article=article), item.events)
    return synonyms(shim, doc)


PARAPHRASES: dict[str, Callable[[Analyzed, Doc], str]] = {
    "synonyms": synonyms,
    "reorder": reorder,
    "drop-clause": drop_clause,
    "paraphrase": paraphrase,
}
