"""spaCy-based annotator: sentences, tokens with the dependency parse, entity mentions.

(Skeleton: roles, coreference, quantities and time expressions are added by the annotate work.)
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from storyline.errors import AnnotationError
from storyline.records import AnnotatedArticle, Article, Mention, Sentence, Token, stable_id
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

    def annotate_many(self, articles: Iterable[Article]) -> Iterator[AnnotatedArticle]:
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.settings.batch_size):
            yield self._annotate(doc, article)

    def _annotate(self, doc: Any, article: Article) -> AnnotatedArticle:
        sentences = tuple(
            Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(doc.sents)
        )
        sent_of = _sentence_index(doc)
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
                ent_type=t.ent_type_,
            )
            for t in doc
        )
        mentions = tuple(
            Mention(
                id=stable_id(article.id, "m", str(e.start_char), str(e.end_char)),
                article_id=article.id,
                sentence=sent_of[e.start],
                start=e.start_char,
                end=e.end_char,
                text=e.text,
                label=e.label_,
            )
            for e in doc.ents
        )
        return AnnotatedArticle(article, sentences, tokens, mentions, (), (), self.name)


def _sentence_index(doc: Any) -> list[int]:
    out = [0] * len(doc)
    for i, sent in enumerate(doc.sents):
        for j in range(sent.start, sent.end):
            out[j] = i
    return out
