"""Consistency checks for the demo corpus and corpus/gold.jsonl.

Run with:  .venv/bin/python corpus/tools/check_gold.py

Checks that every gold key resolves to exactly one item in the corpus files,
that every item in the corpus has a gold line, that each article's body is
120-350 words, that every event uses a PLOVER category and mode, and that
each ``sentence_hint`` occurs verbatim in the article text. It reads the files
with the standard library, feedparser and warcio only; it does not use
storyline itself, so it can check the gold before the pipeline exists.
"""

from __future__ import annotations

import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import feedparser
from warcio.archiveiterator import ArchiveIterator

HERE = Path(__file__).resolve().parent.parent / "articles"
MODES = {
    "AGREE": set(),
    "SUPPORT": set(),
    "CONCEDE": set(),
    "COOPERATE": set(),
    "AID": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {
        "seize",
        "restrict",
        "censor",
        "curfew",
        "martial-law",
        "arrest",
        "deport",
        "withhold",
        "misinformation",
        "cyber",
    },
    "ASSAULT": {
        "abduct",
        "beat",
        "torture",
        "sexual",
        "targeted",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "unconventional",
    },
}
EVENT_KEYS = {
    "event",
    "mode",
    "actor_country",
    "actor_sector",
    "recipient_country",
    "recipient_sector",
    "size_kind",
    "size",
    "size_vague",
    "negated",
    "future",
    "sentence_hint",
}
ROW_KEYS = {
    "key",
    "url",
    "source",
    "published",
    "language",
    "story",
    "expect",
    "duplicate_of",
    "events",
}


class _Text(HTMLParser):
    """Collects <p> text, keeping paragraphs inside and outside <article> apart."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.in_article = 0
        self.inside: list[str] = []
        self.outside: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag == "article":
            self.in_article += 1
        if tag == "p":
            self.depth += 1
            (self.inside if self.in_article else self.outside).append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "p" and self.depth:
            self.depth -= 1
        if tag == "article" and self.in_article:
            self.in_article -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            (self.inside if self.in_article else self.outside).append(data)


def html_text(markup: str) -> str:
    """Paragraph text of the <article> element, or of the whole page if it has none."""
    parser = _Text()
    parser.feed(markup)
    parts = parser.inside or parser.outside
    return html.unescape("".join(parts)).strip()


def text_file(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    if lines and lines[0].startswith("Title:"):
        lines = lines[lines.index("") + 1 :]
    return "\n".join(x for x in lines if not x.startswith("Original Source:")).strip()


def items() -> dict[str, str]:
    """Every item in the corpus, keyed as in gold.jsonl, mapped to its body text."""
    out: dict[str, str] = {}
    for p in sorted((HERE / "text").glob("*.txt")):
        out[f"text/{p.name}"] = text_file(p)
    for folder in ("html", "bad"):
        for p in sorted((HERE / folder).glob("*.html")):
            out[f"{folder}/{p.name}"] = html_text(p.read_text(encoding="utf-8"))
    for p in sorted((HERE / "jsonl").glob("*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            body = row["text"] if "text" in row else html_text(row["html"])
            out[f"jsonl/{p.name}#{row['url']}"] = body
    for p in sorted((HERE / "feeds").glob("*.xml")):
        feed = feedparser.parse(p.read_bytes())
        for e in feed.entries:
            body = html_text(e.content[0].value) if e.get("content") else ""
            out[f"feeds/{p.name}#{e.link}"] = body
    for p in sorted((HERE / "warc").glob("*.warc.gz")):
        with p.open("rb") as fh:
            for rec in ArchiveIterator(fh):
                ctype = rec.http_headers.get_header("Content-Type", "") if rec.http_headers else ""
                if rec.rec_type == "response" and ctype.startswith("text/html"):
                    uri = rec.rec_headers.get_header("WARC-Target-URI")
                    page = rec.content_stream().read().decode("utf-8")
                    out[f"warc/{p.name}#{uri}"] = html_text(page)
    return out


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def check() -> list[str]:
    problems: list[str] = []
    corpus = items()
    gold_lines = (HERE.parent / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in gold_lines]
    keys = [g["key"] for g in gold]
    problems += [f"duplicate gold key {k}" for k in set(keys) if keys.count(k) > 1]
    problems += [f"corpus item without gold line: {k}" for k in corpus if k not in keys]
    for g in gold:
        k = g["key"]
        if set(g) != ROW_KEYS:
            problems.append(f"{k}: keys {sorted(set(g) ^ ROW_KEYS)} differ from the gold format")
        if k not in corpus:
            problems.append(f"{k}: no such item in the corpus")
            continue
        body = norm(corpus[k])
        words = len(body.split())
        if g["expect"] != "skip" and not 120 <= words <= 350:
            problems.append(f"{k}: body has {words} words (want 120-350)")
        if g["expect"] == "skip" and words > 30:
            problems.append(f"{k}: marked skip but has {words} words of body text")
        if g["expect"] == "duplicate":
            other = g["duplicate_of"]
            if other not in corpus or norm(corpus[other]) != body:
                problems.append(f"{k}: body differs from duplicate_of {other}")
        for ev in g["events"]:
            if set(ev) != EVENT_KEYS:
                problems.append(f"{k}: event keys {sorted(set(ev) ^ EVENT_KEYS)} differ")
            if ev["event"] not in MODES:
                problems.append(f"{k}: unknown category {ev['event']}")
            elif ev["mode"] is not None and ev["mode"] not in MODES[ev["event"]]:
                problems.append(f"{k}: {ev['event']} has no mode {ev['mode']!r}")
            if norm(ev["sentence_hint"]) not in body:
                problems.append(f"{k}: hint not in text: {ev['sentence_hint']!r}")
    return problems


if __name__ == "__main__":
    found = check()
    for p in found:
        print(p)
    print(f"{len(found)} problem(s)")
    sys.exit(1 if found else 0)
