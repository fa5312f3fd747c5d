"""Extract: HTML metadata, plain-text header and trailer, normalization, keys, language, limits."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import ARTICLE_RELEASE, ARTICLE_SPANISH
from storyline.errors import ConfigError, ExtractionError
from storyline.extract import (
    dup_key,
    extract_article,
    load_extractor,
    minhash,
    normalize_source,
    normalize_text,
)
from storyline.extract.dates import parse_pubdate
from storyline.ingest import iter_documents
from storyline.records import Article, Document, PubDate, stable_id
from storyline.settings import Settings

LEAD = (
    "The port authority of the fictional city of Marenza reopened the northern pier on Thursday "
    "after three weeks of repairs, its director said."
)
SECOND = "Fishing crews had been unloading at a temporary dock since the storm in early May."
PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<title>Marenza reopens northern pier | Marenza Courier</title>
<meta name="author" content="Lucia Ferro">
<meta property="article:published_time" content="2024-06-13T08:15:00+02:00">
<meta property="og:site_name" content="Marenza Courier">
<link rel="canonical" href="https://www.marenzacourier.example/port/pier-reopens">
</head><body>
<nav><a href="/">Home</a> <a href="/port">Port</a></nav>
<article><h1>Marenza reopens northern pier</h1><p>{LEAD}</p><p>{SECOND}</p></article>
<footer>All rights reserved.</footer>
</body></html>"""


def text_doc(text: str, hints: dict[str, str] | None = None, uri: str = "mem.txt") -> Document:
    raw = text.encode("utf-8")
    return Document(Document.make_id(raw), uri, "", "text/plain", raw, hints or {})


def html_doc(html: str, hints: dict[str, str] | None = None) -> Document:
    raw = html.encode("utf-8")
    return Document(Document.make_id(raw), "page.html", "", "text/html", raw, hints or {})


def only_doc(path: Path, settings: Settings) -> Document:
    (doc,) = iter_documents([str(path)], settings=settings)
    assert isinstance(doc, Document)
    return doc


def extract_all(path: Path, settings: Settings) -> list[Article]:
    docs = list(iter_documents([str(path)], settings=settings))
    assert all(isinstance(d, Document) for d in docs)
    return [extract_article(d, settings) for d in docs if isinstance(d, Document)]


# --------------------------------------------------------------------------- HTML


def test_html_title_date_author_and_source_come_from_page_metadata(settings: Settings) -> None:
    doc = html_doc(PAGE)
    article = extract_article(doc, settings)
    assert article.title == "Marenza reopens northern pier"
    assert article.published == PubDate("2024-06-13", "day")
    assert article.authors == ("Lucia Ferro",)
    assert article.url == "https://www.marenzacourier.example/port/pier-reopens"
    assert article.source == "marenzacourier.example"
    assert article.text == f"{LEAD}\n{SECOND}"
    assert article.language == "en"
    assert article.id == stable_id("article", doc.id)
    assert article.document_id == doc.id
    assert article.extractor == "trafilatura.v1"
    assert article.duplicate_of is None
    assert not article.truncated


def test_html_hints_win_over_page_metadata(settings: Settings) -> None:
    hints = {"title": "Pier open again", "url": "https://wire.example/p", "published": "2024-06-14"}
    article = extract_article(html_doc(PAGE, hints), settings)
    assert article.title == "Pier open again"
    assert article.source == "wire.example"
    assert article.published == PubDate("2024-06-14", "day")


def test_html_without_main_text_falls_back_to_paragraphs(settings: Settings) -> None:
    page = f"<html><body><div><p>{LEAD}</p></div><script>var x = 1;</script></body></html>"
    assert LEAD in extract_article(html_doc(page), settings).text


def test_html_meta_charset_is_used_to_decode(tmp_path: Path, settings: Settings) -> None:
    page = PAGE.replace("<head>", '<head><meta charset="iso-8859-1">').replace(
        "three weeks", "trois semaines à côté"
    )
    path = tmp_path / "latin.html"
    path.write_bytes(page.encode("latin-1"))
    assert "trois semaines à côté" in extract_article(only_doc(path, settings), settings).text


# --------------------------------------------------------------------------- plain text


def test_plain_text_header_block_sets_metadata(settings: Settings) -> None:
    text = (
        "Title: Marenza reopens northern pier\n"
        "Published: June 13, 2024\n"
        "Source: https://www.marenzacourier.example/port\n"
        "URL: https://www.marenzacourier.example/port/pier\n"
        "Author: Lucia Ferro; Tomas Ader\n"
        "\n"
        f"{LEAD}\n\n{SECOND}\n"
    )
    article = extract_article(text_doc(text), settings)
    assert article.title == "Marenza reopens northern pier"
    assert article.published == PubDate("2024-06-13", "day")
    assert article.source == "marenzacourier.example"
    assert article.url == "https://www.marenzacourier.example/port/pier"
    assert article.authors == ("Lucia Ferro", "Tomas Ader")
    assert article.text == f"{LEAD}\n{SECOND}"


def test_original_source_trailer_sets_source_and_is_removed(settings: Settings) -> None:
    text = f"{LEAD}\n{SECOND}\nOriginal Source: www.marenzacourier.example\n"
    article = extract_article(text_doc(text), settings)
    assert article.source == "marenzacourier.example"
    assert "Original Source" not in article.text
    assert article.text.endswith("early May.")
    assert article.title is None


def test_seed_article_source_is_the_original_source(seed_path: Path, settings: Settings) -> None:
    article = extract_article(only_doc(seed_path, settings), settings)
    assert article.source == "aljazeera.com"
    assert "Original Source" not in article.text
    assert article.title is None
    assert article.text.startswith("Venezuela has released 103 prisoners")
    assert article.language == "en"


def test_short_first_line_before_a_blank_line_is_the_title(settings: Settings) -> None:
    article = extract_article(text_doc(f"Northern pier reopens\n\n{LEAD}\n\n{SECOND}"), settings)
    assert article.title == "Northern pier reopens"
    assert article.text == f"{LEAD}\n{SECOND}"


def test_a_lead_paragraph_is_never_taken_as_title(settings: Settings) -> None:
    article = extract_article(text_doc(f"{LEAD}\n\n{SECOND}"), settings)
    assert article.title is None
    assert article.text.startswith(LEAD)


def test_hard_wrapped_lines_are_joined_into_paragraphs(settings: Settings) -> None:
    wrapped = (
        "The port authority of Marenza\nreopened the northern pier\non Thursday.\n\nCrews returned."
    )
    article = extract_article(text_doc(wrapped), settings.replace(min_article_chars=10))
    assert (
        article.text
        == "The port authority of Marenza reopened the northern pier on Thursday.\nCrews returned."
    )


def test_cli_defaults_apply_only_when_the_input_lacks_them(settings: Settings) -> None:
    defaults = settings.replace(source="default.example", published="2020-01-01")
    bare = extract_article(text_doc(ARTICLE_RELEASE), defaults)
    assert bare.source == "default.example"
    assert bare.published == PubDate("2020-01-01", "day")
    dated = f"Published: 2024-08-06\n\n{ARTICLE_RELEASE}\nOriginal Source: news.example"
    own = extract_article(text_doc(dated), defaults)
    assert own.source == "news.example"
    assert own.published == PubDate("2024-08-06", "day")


# --------------------------------------------------------------------------- items and WARC


def test_jsonl_item_fields_are_used_and_html_goes_through_trafilatura(
    tmp_path: Path, settings: Settings
) -> None:
    lines = [
        {"url": "https://wire.example/pier", "title": "Pier reopens", "html": PAGE,
         "published": "2024-06-12", "source": "www.wire.example", "authors": ["Ana Ruiz"]},
        {"text": f"{LEAD}\nOriginal Source: https://www.courier.example/x"},
    ]  # fmt: skip
    path = tmp_path / "items.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines))
    first, second = extract_all(path, settings)
    assert (first.title, first.source, first.authors) == (
        "Pier reopens",
        "wire.example",
        ("Ana Ruiz",),
    )
    assert first.published == PubDate("2024-06-12", "day")
    assert first.text == f"{LEAD}\n{SECOND}"
    assert second.source == "courier.example"
    assert second.text == LEAD


def test_warc_date_is_only_a_fallback_for_the_publication_date(
    tmp_path: Path, settings: Settings
) -> None:
    undated = PAGE.replace(
        '<meta property="article:published_time" content="2024-06-13T08:15:00+02:00">', ""
    )
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for target, page in [
            ("https://a.example/dated", PAGE),
            ("https://b.example/undated", undated),
        ]:
            payload = page.encode()
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                target,
                "response",
                payload=io.BytesIO(payload),
                length=len(payload),
                http_headers=headers,
            )
            record.rec_headers.replace_header("WARC-Date", "2024-07-01T00:00:00Z")
            writer.write_record(record)
    dated, fallback = extract_all(path, settings)
    assert dated.published == PubDate("2024-06-13", "day")
    assert fallback.published == PubDate("2024-07-01", "day")


# --------------------------------------------------------------------------- normalization


def test_normalize_text_cleans_spacing_and_keeps_punctuation() -> None:
    raw = (
        "  “Quoted,”  she said\u00a0— twice.\r\n\r\n\r\nNext\tline\x07 here.\u200b  \rLast   one. "
    )
    assert normalize_text(raw) == "“Quoted,” she said — twice.\nNext line here.\nLast one."


def test_normalize_text_composes_unicode() -> None:
    assert normalize_text("Cafe\u0301 Bogota\u0301") == "Café Bogotá"


@pytest.mark.parametrize(
    "variant",
    [
        f"  {LEAD}\n\n\n{SECOND}  ",
        LEAD.replace(" ", "  ") + "\r\n" + SECOND,
        f"{LEAD}\n{SECOND}".replace("'", "’").upper(),
        f"“{LEAD}”\n{SECOND}",
    ],
)
def test_dup_key_ignores_whitespace_case_and_quotes(variant: str) -> None:
    assert dup_key(variant) == dup_key(f"{LEAD}\n{SECOND}")


def test_dup_key_differs_for_different_text() -> None:
    assert dup_key(LEAD) != dup_key(SECOND)
    assert dup_key(LEAD) != dup_key(LEAD.replace("three weeks", "four weeks"))


def test_minhash_is_64_stable_ints_and_close_for_near_copies() -> None:
    signature = minhash(f"{LEAD} {SECOND}")
    assert len(signature) == 64
    assert all(isinstance(v, int) for v in signature)
    assert signature == minhash(f"{LEAD} {SECOND}")
    near = minhash(f"{LEAD} {SECOND} A spokesman confirmed it.")
    other = minhash(ARTICLE_SPANISH)
    same_near = sum(a == b for a, b in zip(signature, near, strict=True))
    same_other = sum(a == b for a, b in zip(signature, other, strict=True))
    assert same_near > 32 > same_other


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("www.aljazeera.com", "aljazeera.com"),
        ("https://www.aljazeera.com/news/2024/8/3/story", "aljazeera.com"),
        ("HTTPS://News.Example.ORG:8080/a", "news.example.org"),
        ("m.example.com", "example.com"),
        ("Marenza Courier", "Marenza Courier"),
        ("", None),
    ],
)
def test_normalize_source(value: str, expected: str | None) -> None:
    assert normalize_source(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-08-03", PubDate("2024-08-03", "day")),
        ("2024-08-03T22:15:00-04:00", PubDate("2024-08-03", "day")),
        ("2024-08", PubDate("2024-08", "month")),
        ("2024", PubDate("2024", "year")),
        ("Sat, 03 Aug 2024 09:00:00 GMT", PubDate("2024-08-03", "day")),
        ("August 3, 2024", PubDate("2024-08-03", "day")),
        ("3 August 2024", PubDate("2024-08-03", "day")),
        ("Aug. 3, 2024 10:00 am", PubDate("2024-08-03", "day")),
        ("August 2024", PubDate("2024-08", "month")),
        ("August 3", None),
        ("last Tuesday", None),
        ("2024-02-30", None),
        (None, None),
    ],
)
def test_parse_pubdate(value: str | None, expected: PubDate | None) -> None:
    assert parse_pubdate(value) == expected


# --------------------------------------------------------------------------- language, limits


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (f"{LEAD} {SECOND}", "en"),
        (
            "El ayuntamiento de la ciudad ficticia de Marenza reabrió el muelle norte el jueves "
            "después de tres semanas de obras, según informó su director.",
            "es",
        ),
        (ARTICLE_SPANISH, "es"),
    ],
)
def test_language_is_detected_offline(text: str, language: str, settings: Settings) -> None:
    assert extract_article(text_doc(text), settings).language == language


def test_50_mb_text_is_read_and_truncated_at_a_sentence(tmp_path: Path, settings: Settings) -> None:
    sentence = "The pier in Marenza handled {n} crates of fish on a busy morning. "
    paragraph = "".join(sentence.format(n=i) for i in range(40)).strip()
    big = "\n\n".join([paragraph] * (50_000_000 // len(paragraph) + 1))
    path = tmp_path / "big.txt"
    path.write_text(big)
    assert 50_000_000 <= path.stat().st_size < settings.max_file_bytes
    article = extract_article(only_doc(path, settings), settings)
    assert article.truncated
    assert settings.max_article_chars // 2 < len(article.text) <= settings.max_article_chars
    assert article.text.endswith(".")


def test_text_under_the_minimum_is_an_extraction_error(settings: Settings) -> None:
    with pytest.raises(ExtractionError) as info:
        extract_article(text_doc("Too short."), settings)
    assert info.value.reason == "no-text"


def test_unknown_extractor_is_a_config_error_listing_choices(settings: Settings) -> None:
    with pytest.raises(ConfigError, match=r"trafilatura\.v1"):
        load_extractor(settings.replace(extractor="nope.v0"))


def test_extract_article_accepts_an_explicit_extractor(settings: Settings) -> None:
    extractor = load_extractor(settings)
    article = extract_article(text_doc(ARTICLE_RELEASE), settings, extractor)
    assert isinstance(article, Article)
    assert article.extractor == extractor.name
