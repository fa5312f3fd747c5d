"""Near-duplicate detection: MinHash LSH over the articles' MinHash signatures.

``Article.minhash`` is a 64-permutation MinHash over 5-word shingles of the casefolded words
(:func:`storyline.extract.normalize.minhash`). :class:`NearDuplicateIndex` puts the signatures
of canonical articles in a datasketch ``MinHashLSH`` (21 bands of 3 rows); a new article
is a near-duplicate of the candidate with the highest estimated Jaccard similarity when that
estimate reaches ``threshold`` (ties: the smallest article id). Wire copies with a different
headline, a rewritten first paragraph or a few changed words typically estimate 0.5-0.95;
different reports of the same event stay far below 0.3.

The index is state kept by the caller (the pipeline builds it from the stored canonical
articles and adds each new canonical article); it does not touch the store.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from storyline.extract.normalize import MINHASH_PERMUTATIONS, MINHASH_SEED

DEFAULT_THRESHOLD = 0.5
#: LSH bands x rows: a pair with Jaccard 0.5 becomes a candidate with probability 0.93, 0.6:
#: 0.99 (candidates are then checked against the threshold)
BANDS, ROWS = 21, 3
#: the permutation scheme of the stored signatures (datasketch's default since 2.0)
SCHEME = str(MinHash(num_perm=MINHASH_PERMUTATIONS, seed=MINHASH_SEED).scheme)


class NearDuplicateIndex:
    """MinHash LSH over canonical articles; :meth:`find` the near-duplicate of a signature."""

    def __init__(self, *, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(num_perm=MINHASH_PERMUTATIONS, params=(BANDS, ROWS))
        self._signatures: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._signatures

    def add(self, article_id: str, signature: Iterable[int]) -> None:
        """Index a canonical article (a no-op for an empty signature or a known id)."""
        values = _values(signature)
        if values is None or article_id in self._signatures:
            return
        self._signatures[article_id] = values
        self._lsh.insert(article_id, _lean(values), check_duplication=False)

    def add_many(self, pairs: Iterable[tuple[str, Iterable[int]]]) -> None:
        for article_id, signature in pairs:
            self.add(article_id, signature)

    def find(self, article_id: str, signature: Iterable[int]) -> tuple[str, float] | None:
        """``(canonical id, estimated Jaccard)`` of the closest indexed article, or None."""
        values = _values(signature)
        if values is None:
            return None
        best: tuple[str, float] | None = None
        for candidate in self._lsh.query(_lean(values)):
            if candidate == article_id:
                continue
            score = float(np.mean(self._signatures[candidate] == values))
            if score < self.threshold:
                continue
            if best is None or (-score, candidate) < (-best[1], best[0]):
                best = (str(candidate), round(score, 4))
        return best


def _values(signature: Iterable[int]) -> np.ndarray | None:
    values = np.asarray(list(signature), dtype=np.uint64)
    return values if values.size == MINHASH_PERMUTATIONS else None


def _lean(values: np.ndarray) -> LeanMinHash:
    return LeanMinHash(seed=MINHASH_SEED, hashvalues=values, scheme=SCHEME)
