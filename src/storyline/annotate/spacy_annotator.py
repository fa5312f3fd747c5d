"""spaCy-based annotator: sentences, tokens with the dependency parse, entity mentions (with
fixed labels, roles, coreference, country and sector), quantities and time expressions.

The model is loaded once per annotator; ``annotate_many`` streams articles through
``nlp.pipe`` in batches of ``settings.batch_size``. The rule layers work on the parsed ``Doc``:
:mod:`~storyline.annotate.mentions` (with :mod:`~storyline.annotate.roles` and
:mod:`~storyline.annotate.actors`), :mod:`~storyline.annotate.quantities` and
:mod:`~storyline.annotate.timexes`; each visits tokens once or only the entities.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from storyline.annotate.actors import country_of, sector_of
from storyline.annotate.mentions import build_mentions
from storyline.annotate.quantities import find_quantities
from storyline.annotate.timexes import find_timexes
from storyline.errors import AnnotationError
from storyline.records import AnnotatedArticle, Article, Mention, Sentence, Token
from storyline.settings import Settings

log = logging.getLogger(__name__)

VERSION = "spacy.v1"


def load_model(name: str) -> Any:
    """Load an installed spaCy pipeline by package name; a clear error lists what is installed."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        installed = ", ".join(sorted(spacy.util.get_installed_models())) or "none"
        raise AnnotationError(
            f"spaCy model {name!r} is not installed (installed: {installed}); "
            "set `model` to one of them or pip install the model package"
        ) from exc


class SpacyAnnotator:
    """Annotates articles with one spaCy pipeline, loaded once and reused for every batch."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.nlp = load_model(settings.model)
        meta = self.nlp.meta
        self.name = f"{VERSION}/{meta.get('name', settings.model)}-{meta.get('version', '?')}"
        country_of("Venezuela")  # build the lexicons now, not inside the first batch
        sector_of("government")

    def annotate_many(self, articles: Iterable[Article]) -> Iterator[AnnotatedArticle]:
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(
            pairs, as_tuples=True, batch_size=self.settings.batch_size
        ):
            yield self._annotate(doc, article)

    def _annotate(self, doc: Any, article: Article) -> AnnotatedArticle:
        sentences = tuple(
            Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(doc.sents)
        )
        sent_of = _sentence_index(doc)
        mentions = tuple(build_mentions(doc, article.id, sent_of))
        labels = _fixed_labels(doc, mentions)
        tokens = tuple(
            Token(
                i=t.i,
                sentence=sent_of[t.i],
                start=t.idx,
                end=t.idx + len(t.text),
                text=t.text,
                lemma=t.lemma_,
                pos=t.pos_,
                tag=t.tag_,
                dep=t.dep_,
                head=t.head.i,
                ent_type=labels.get(t.i, t.ent_type_),
            )
            for t in doc
        )
        quantities = tuple(find_quantities(doc, article.id, sent_of))
        timexes = tuple(find_timexes(doc, article.id, sent_of, article.published))
        return AnnotatedArticle(
            article, sentences, tokens, mentions, quantities, timexes, self.name
        )


def _fixed_labels(doc: Any, mentions: tuple[Mention, ...]) -> dict[int, str]:
    """Token index -> mention label where the rules changed the model's entity label."""
    out: dict[int, str] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end)
        if span is not None and any(t.ent_type_ != m.label for t in span):
            out.update((t.i, m.label) for t in span)
    return out


def _sentence_index(doc: Any) -> list[int]:
    out = [0] * len(doc)
    for i, sent in enumerate(doc.sents):
        for j in range(sent.start, sent.end):
            out[j] = i
    return out
