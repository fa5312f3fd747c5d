"""Byte-level checks shared by the readers (and by extract, which decodes the same way).

- :func:`looks_binary`: NUL bytes, or mostly control characters in the first 8 KiB.
- :func:`decode_text`: UTF-8 (a UTF-8 BOM is stripped; UTF-16 with a BOM is accepted).
- :func:`decode_html`: the charset declared in a ``<meta>`` tag (or given by the container, e.g.
  an HTTP ``Content-Type`` header in a WARC record) is honoured; otherwise UTF-8.

Decoding failures raise :class:`~storyline.errors.InputError` with reason ``invalid-encoding``,
the byte offset of the first bad byte and a hint on how to fix the file.
"""

from __future__ import annotations

import codecs
import re

from storyline.errors import InputError

_SAMPLE = 8192
_CONTROL_OK = frozenset(b"\t\n\r\f\x1b")
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

INVALID_ENCODING = "invalid-encoding"


def has_utf16_bom(data: bytes) -> bool:
    return data.startswith(_UTF16_BOMS)


def looks_binary(data: bytes) -> bool:
    """True for content that is not text: NUL bytes, or > 30% control bytes in the sample."""
    if has_utf16_bom(data):
        return False
    if b"\x00" in data:
        return True
    sample = data[:_SAMPLE]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in _CONTROL_OK)
    return controls / len(sample) > 0.3


def _decode(data: bytes, encoding: str, *, what: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{what} is not valid {encoding}: byte 0x{data[exc.start]:02x} at offset {exc.start}; "
            "re-encode the file as UTF-8 (e.g. `iconv -f windows-1252 -t utf-8`)"
            + (" or declare its charset in a <meta charset> tag" if what == "HTML" else ""),
            reason=INVALID_ENCODING,
        ) from None


def decode_text(data: bytes) -> str:
    """Decode plain text or JSON: UTF-8 (BOM stripped), or UTF-16 when it starts with a BOM."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[len(codecs.BOM_UTF8) :], "utf-8", what="text")
    if has_utf16_bom(data):
        return _decode(data, "utf-16", what="text")
    return _decode(data, "utf-8", what="text")


def html_charset(data: bytes) -> str | None:
    """The charset declared by a ``<meta charset>`` or ``http-equiv`` tag near the top, if any."""
    match = _META_CHARSET.search(data[:_SAMPLE])
    return match.group(1).decode("ascii").lower() if match else None


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes, charset: str | None = None) -> str:
    """Decode an HTML page: BOM > ``<meta>`` charset > container ``charset`` > UTF-8.

    Unknown charset names are ignored (UTF-8 is tried instead).
    """
    if data.startswith(codecs.BOM_UTF8) or has_utf16_bom(data):
        return decode_text(data)
    encoding = _known_codec(html_charset(data)) or _known_codec(charset) or "utf-8"
    if encoding in ("utf-16", "utf-16-le", "utf-16-be"):
        # a page read as bytes cannot really be UTF-16 when its meta tag was readable as ASCII
        encoding = "utf-8"
    return _decode(data, encoding, what="HTML")
