"""`storyline eval digests`: digests of the Wikinews articles' sources against the human text.

Each Wikinews article of the WikinewsSum sample cites its source articles. The English sources
(at least :data:`MIN_SOURCE_CHARS` characters) go through extract, annotate and the event coder
in memory, are grouped as one story, and digested. The digest body (lead, key facts,
background) is scored with ROUGE-1/2/L F1 against the Wikinews text, next to two baselines
measured in the same run on the same sentences:

- ``lead3``: the first three sentences of the first source;
- ``lexrank``: sumy's LexRank over all source sentences, as many sentences as the digest has.

ROUGE is computed here (lower-cased alphanumeric tokens, no stemming; ROUGE-L over the whole
token sequences). ``traceability.share`` is the share of digest facts whose text is exactly the
source text at a cited span; ``numbers.unsupported`` counts numbers of the digest that a cited
sentence does not state. Results hold numbers only, never dataset text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from rich.table import Table

from storyline.digest import DigestArticle, DigestInput, make_digest
from storyline.digest.units import numbers_in
from storyline.errors import EvaluationError
from storyline.records import AnnotatedArticle, Article, Digest, DigestFact, Event, StoryReport
from storyline.settings import Settings
from storyline.stories.timeline import merge_events

DATASETS = ("wikinewssum",)
WIKINEWS_FILE = Path("digests") / "wikinewssum-en" / "wikinewssum_en_101.jsonl"
MIN_SOURCE_CHARS = 400
SYSTEMS = ("digest", "lead3", "lexrank")
TOKEN = re.compile(r"[a-z0-9]+")


# ----------------------------------------------------------------- ROUGE
def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.casefold())


def _f1(overlap: int, candidate: int, reference: int) -> float:
    if not overlap or not candidate or not reference:
        return 0.0
    p, r = overlap / candidate, overlap / reference
    return 2 * p * r / (p + r)


def rouge_n(candidate: Sequence[str], reference: Sequence[str], n: int) -> float:
    def grams(seq: Sequence[str]) -> dict[tuple[str, ...], int]:
        out: dict[tuple[str, ...], int] = {}
        for i in range(len(seq) - n + 1):
            key = tuple(seq[i : i + n])
            out[key] = out.get(key, 0) + 1
        return out

    c, r = grams(candidate), grams(reference)
    overlap = sum(min(v, r.get(k, 0)) for k, v in c.items())
    return _f1(overlap, sum(c.values()), sum(r.values()))


def rouge_l(candidate: Sequence[str], reference: Sequence[str]) -> float:
    if not candidate or not reference:
        return 0.0
    prev = [0] * (len(reference) + 1)
    for a in candidate:
        cur = [0]
        for j, b in enumerate(reference):
            cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
        prev = cur
    return _f1(prev[-1], len(candidate), len(reference))


def rouge(candidate: str, reference: str) -> dict[str, float]:
    c, r = tokens(candidate), tokens(reference)
    return {"rouge1": rouge_n(c, r, 1), "rouge2": rouge_n(c, r, 2), "rougeL": rouge_l(c, r)}


# ----------------------------------------------------------------- data
def _date(text: str | None) -> str | None:
    try:
        return datetime.strptime(text or "", "%B %d, %Y").date().isoformat()
    except ValueError:
        return None


def wikinews_rows(settings: Settings, *, sample: int | None = None) -> Iterator[dict[str, Any]]:
    """Rows (in file order) that have at least one usable English source."""
    path = Path(settings.datasets) / WIKINEWS_FILE
    if not path.exists():
        raise EvaluationError(f"WikinewsSum sample not found: {path} (setting `datasets`)")
    used = 0
    with path.open(encoding="utf-8") as fh:
        for row_no, line in enumerate(fh):
            row = json.loads(line)
            row["sources"] = [
                (src_no, src)
                for src_no, src in enumerate(row.get("sources") or [])
                if src.get("language") == "en" and len(src.get("text") or "") >= MIN_SOURCE_CHARS
            ]
            if not row["sources"] or not (row.get("summary") or "").strip():
                continue
            row["row_no"] = row_no
            yield row
            used += 1
            if sample is not None and used >= sample:
                return


def _articles(row: dict[str, Any], settings: Settings, extractor: Any) -> list[Article]:
    from storyline.extract import extract_or_skip
    from storyline.ingest.items import make_item

    found = []
    for src_no, src in row["sources"]:
        meta = {
            "url": src.get("url"),
            "title": src.get("title"),
            "published": _date(row.get("date")),
        }
        uri = f"wikinewssum-en:row{row['row_no']}:source{src_no}"
        doc = make_item(uri, body_key="text", body=src["text"], meta=meta, fetched_at="")
        article = extract_or_skip(doc, settings, extractor)
        if isinstance(article, Article) and article.language == "en":
            found.append(article)
    return found


def digest_input(
    story_id: str, title: str, analyzed: Sequence[tuple[AnnotatedArticle, list[Event]]]
) -> DigestInput:
    """Annotated articles grouped as one story (events merged as the stories stage does)."""
    articles = [
        DigestArticle(
            article_id=a.article.id,
            source=a.article.source,
            title=a.article.title,
            published=a.article.published.date if a.article.published else None,
            url=a.article.url,
            language=a.article.language,
            text=a.article.text,
            sentences=a.sentences,
            mentions=a.mentions,
            quantities=a.quantities,
            timexes=a.timexes,
            events=tuple(events),
        )
        for a, events in analyzed
    ]
    reports = {
        a.article_id: StoryReport(
            story_id, a.article_id, a.source, a.published, a.title, 1.0, "member"
        )
        for a in articles
    }
    all_events = [e for a in articles for e in a.events]
    return DigestInput(
        story_id=story_id,
        article_id=None,
        title=title,
        articles=tuple(articles),
        story_events=tuple(merge_events(story_id, all_events, reports)),
    )


# ----------------------------------------------------------------- systems
def digest_body(digest: Digest) -> list[str]:
    """The sentences a reader reads first: lead, key facts, background (no repeats)."""
    return [f.text for f in (*digest.lead, *digest.facts, *digest.background)]


def lead3(data: DigestInput) -> list[str]:
    first = data.articles[0]
    return [first.text[s.start : s.end].strip() for s in first.sentences[:3]]


class _Words:
    """A sumy tokenizer that never needs NLTK data: sentences are split by our annotator."""

    language = "english"

    def to_words(self, sentence: str) -> list[str]:
        return re.findall(r"\w+", sentence)

    def to_sentences(self, paragraph: str) -> list[str]:
        return [paragraph]


def lexrank_baseline(data: DigestInput, count: int) -> list[str]:
    """sumy's LexRank (English stop words bundled with sumy) over every source sentence."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    words = _Words()
    paragraphs = [
        Paragraph([Sentence(a.text[s.start : s.end].strip(), words) for s in a.sentences])
        for a in data.articles
        if a.sentences
    ]
    summarizer = LexRankSummarizer()
    summarizer.stop_words = get_stop_words("english")
    picked = summarizer(ObjectDocumentModel(paragraphs), count)
    return [str(s) for s in picked]


def traceable(fact: DigestFact, texts: dict[str, str]) -> bool:
    """The fact's text is exactly the source text at a cited span."""
    return any(
        c.verbatim and texts.get(c.article_id, "")[c.start : c.end] == fact.text
        for c in fact.citations
    )


def unsupported_numbers(fact: DigestFact, texts: dict[str, str]) -> int:
    """Numbers of the fact that some cited sentence does not state."""
    missing: set[str] = set()
    for c in fact.citations:
        missing |= numbers_in(fact.text) - numbers_in(texts.get(c.article_id, "")[c.start : c.end])
    return len(missing)


# ----------------------------------------------------------------- run
def evaluate_digests(
    dataset: str, settings: Settings, *, sample: int | None = None
) -> dict[str, Any]:
    from storyline.annotate import load_annotator
    from storyline.events import load_coder
    from storyline.extract import load_extractor
    from storyline.parallel import analyze_with

    if dataset not in DATASETS:
        raise EvaluationError(f"unknown dataset {dataset!r}; choose one of: {', '.join(DATASETS)}")
    extractor, annotator, coder = (
        load_extractor(settings),
        load_annotator(settings),
        load_coder(settings),
    )
    totals: dict[str, dict[str, float]] = {
        s: {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0} for s in SYSTEMS
    }
    counts = {
        "articles": 0,
        "sources": 0,
        "facts": 0,
        "traceable": 0,
        "numbers_unsupported": 0,
        "digest_sentences": 0,
        "disagreements": 0,
    }
    for row in wikinews_rows(settings, sample=sample):
        articles = _articles(row, settings, extractor)
        analyzed = [(a, ev) for a, ev, _ in analyze_with(annotator, coder, articles) if a.sentences]
        if not analyzed:
            continue
        data = digest_input(f"wikinews-{row['row_no']}", str(row.get("title") or ""), analyzed)
        digest = make_digest(data, settings=settings)
        body = digest_body(digest)
        outputs = {
            "digest": body,
            "lead3": lead3(data),
            "lexrank": lexrank_baseline(data, max(1, len(body))),
        }
        for system, sentences in outputs.items():
            for metric, value in rouge(" ".join(sentences), row["summary"]).items():
                totals[system][metric] += value
        texts = {a.article_id: a.text for a in data.articles}
        facts = [*digest.lead, *digest.facts, *digest.background, *digest.summary]
        counts["articles"] += 1
        counts["sources"] += len(data.articles)
        counts["facts"] += len(facts)
        counts["traceable"] += sum(traceable(f, texts) for f in facts)
        counts["numbers_unsupported"] += sum(unsupported_numbers(f, texts) for f in facts)
        counts["digest_sentences"] += len(body)
        counts["disagreements"] += len(digest.disagreements)
    if not counts["articles"]:
        raise EvaluationError("no Wikinews article with a usable English source was found")
    n = counts["articles"]
    return {
        "dataset": dataset,
        "articles": n,
        "sources": counts["sources"],
        "rouge": {s: {m: round(v / n, 4) for m, v in t.items()} for s, t in totals.items()},
        "traceability": {
            "facts": counts["facts"],
            "traceable": counts["traceable"],
            "share": round(counts["traceable"] / max(1, counts["facts"]), 4),
        },
        "numbers": {"unsupported": counts["numbers_unsupported"]},
        "mean_digest_sentences": round(counts["digest_sentences"] / n, 2),
        "disagreements": counts["disagreements"],
    }


def digest_eval_table(scores: dict[str, Any]) -> Table:
    table = Table(
        title=f"Digests vs Wikinews ({scores['articles']} articles, {scores['sources']} sources; "
        f"ROUGE F1)"
    )
    for name in ("system", "ROUGE-1", "ROUGE-2", "ROUGE-L"):
        table.add_column(name)
    for system, values in scores["rouge"].items():
        table.add_row(system, *(f"{values[m]:.4f}" for m in ("rouge1", "rouge2", "rougeL")))
    trace = scores["traceability"]
    table.caption = (
        f"facts traceable to a cited source span: {trace['traceable']}/{trace['facts']} "
        f"({trace['share']:.2f}); numbers not in a cited sentence: "
        f"{scores['numbers']['unsupported']}"
    )
    return table
