"""Text normalization, duplicate keys and MinHash signatures.

:func:`normalize_text` is what ``Article.text`` goes through: Unicode NFC, line endings to
``\\n``, control and invisible characters removed, runs of spaces collapsed, one ``\\n`` between
paragraphs. Punctuation and quotes are kept as they are, since spans point into this text.

:func:`dup_key` and :func:`minhash` work on a coarser form (NFKC, casefolded, words only), so
copies that differ only in whitespace, quotes or punctuation share a key.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit

from datasketch import MinHash

MINHASH_PERMUTATIONS = 64
MINHASH_SEED = 1
SHINGLE_WORDS = 5

_NEWLINES = re.compile(r"\r\n|[\r\x85\u2028\u2029]")
_SPACES = re.compile(r"[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000 ]+")
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b\ufeff]")
_AROUND_NEWLINE = re.compile(r" *\n *")
_BLANK_LINES = re.compile(r"\n{2,}")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"\w+")
_HOST_PREFIX = re.compile(r"^(?:www\d*|m|amp|mobile)\.")
_DOMAIN = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$")


def normalize_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text)


def unwrap_lines(text: str) -> str:
    """Join hard-wrapped lines when paragraphs are separated by blank lines.

    When the text has blank lines between paragraphs, a single newline is a line wrap and becomes
    a space; when it has none, every line is a paragraph and is kept.
    """
    text = normalize_newlines(text)
    if not _PARAGRAPH_BREAK.search(text.strip()):
        return text
    paragraphs = _PARAGRAPH_BREAK.split(text)
    return "\n\n".join(" ".join(p.split("\n")) for p in paragraphs)


def normalize_text(text: str) -> str:
    """NFC, ``\\n`` line endings, no control characters, single spaces, one ``\\n`` per break."""
    text = unicodedata.normalize("NFC", text)
    text = normalize_newlines(text)
    text = _SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = _AROUND_NEWLINE.sub("\n", text)
    text = _BLANK_LINES.sub("\n", text)
    return text.strip()


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def dup_key(text: str) -> str:
    """A stable hash of the text's words (casefolded; punctuation and spacing ignored)."""
    canonical = " ".join(_words(text))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def minhash(text: str) -> tuple[int, ...]:
    """MinHash signature (64 ints) over 5-word shingles of the text's words; deterministic."""
    words = _words(text)
    span = min(SHINGLE_WORDS, len(words))
    shingles = (
        {" ".join(words[i : i + span]) for i in range(len(words) - span + 1)} if span else set()
    )
    signature = MinHash(num_perm=MINHASH_PERMUTATIONS, seed=MINHASH_SEED)
    signature.update_batch([s.encode("utf-8") for s in sorted(shingles)])
    return tuple(int(v) for v in signature.hashvalues)


_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s")


def truncate_text(text: str, limit: int) -> tuple[str, bool]:
    """Cut ``text`` to at most ``limit`` chars at the last paragraph, sentence or word boundary.

    A paragraph break is used when it keeps at least half of the limit, else a sentence end,
    else a space; returns ``(text, truncated)``.
    """
    if len(text) <= limit:
        return text, False
    window = text[: limit + 1]
    cut = window.rfind("\n")
    if cut < limit // 2:
        ends = [m.end() for m in _SENTENCE_END.finditer(window)]
        cut = ends[-1] if ends and ends[-1] >= limit // 2 else window.rfind(" ")
    if cut <= 0:
        cut = limit
    return text[:cut].rstrip(), True


def normalize_source(value: str | None) -> str | None:
    """A publisher as a host name: ``https://www.aljazeera.com/news`` -> ``aljazeera.com``.

    URLs and bare domains lose the scheme, path, port and a ``www.``/``m.``/``amp.`` prefix.
    A value that is not a domain (``"Al Jazeera"``) is returned stripped, as given.
    """
    if value is None or not value.strip():
        return None
    value = value.strip()
    candidate = value if "://" in value else "//" + value
    try:
        host = (urlsplit(candidate).hostname or "").rstrip(".")
    except ValueError:
        return value
    if not _DOMAIN.match(host):
        return value
    return _HOST_PREFIX.sub("", host)
