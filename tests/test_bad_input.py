"""Bad input never stops a batch: each bad item becomes a Skipped with the right reason."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path

import feedparser
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.extract import extract_or_skip, load_extractor
from storyline.ingest import iter_documents
from storyline.records import Article, Document, Skipped
from storyline.settings import Settings

GOOD = (
    "Volunteers in the fictional valley of Orsan planted 2,000 oak saplings on Sunday to restore "
    "a hillside burned last summer, the regional forestry office said."
)
OTHER = (
    "The Orsan valley council approved a budget for two new fire watchtowers, which are due to "
    "be finished before the dry season begins in July."
)

XXE_FEED = """<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>Leak</title>
<item><title>&e;</title><description>&e;</description></item></channel></rss>"""

LAUGHS = "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
BILLION_LAUGHS_FEED = f"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol0 "lol">{LAUGHS}]>
<rss version="2.0"><channel><title>&lol9;</title></channel></rss>"""


@dataclass(frozen=True)
class Case:
    name: str
    content: bytes
    stage: str | None  # None: the item is fine and becomes an Article
    reason: str | None
    good_items: int = 0  # good articles expected from the same file


CASES = [
    Case("empty.txt", b"", "ingest", "empty"),
    Case("blank.txt", b"  \n\n \t\n", "ingest", "empty"),
    Case(
        "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "ingest", "binary"
    ),
    Case("latin1.txt", f"{GOOD} Caf\xe9.".encode("latin-1"), "ingest", "invalid-encoding"),
    Case(
        "latin1.html",
        f"<html><body><p>{GOOD} Caf\xe9.</p></body></html>".encode("latin-1"),
        "ingest",
        "invalid-encoding",
    ),
    Case(
        "truncated.html",
        f"<!DOCTYPE html><html><head><title>Oaks</title></head><body><article><p>{GOOD}</p>"
        f"<p>{OTHER[:60]}".encode(),
        None,
        None,
    ),
    Case(
        "malformed.html",
        b"<html><body><div><span></div><p></p><<<>>></td></body>",
        "extract",
        "no-text",
    ),
    Case("xxe.xml", XXE_FEED.encode(), "ingest", "unsafe-xml"),
    Case("laughs.rss", BILLION_LAUGHS_FEED.encode(), "ingest", "unsafe-xml"),
    Case(
        "mixed.jsonl",
        b"\n".join(
            [
                json.dumps({"title": "Oaks", "text": GOOD}).encode(),
                b"{this is not json",
                b"[1, 2, 3]",
                json.dumps({"title": "No body", "text": "  "}).encode(),
                json.dumps({"title": "Towers", "text": OTHER}).encode(),
            ]
        ),
        "ingest",
        "invalid-json",
        good_items=2,
    ),
    Case("huge.txt", ((GOOD + "\n") * 200).encode(), "ingest", "too-large"),
    Case("short.txt", b"Brief note.", "extract", "no-text"),
    Case("archive.txt.gz", b"\x1f\x8b\x08\x00" + bytes(20), "ingest", "unsupported-format"),
]


def run_batch(inputs: list[str], settings: Settings) -> list[Article | Skipped]:
    extractor = load_extractor(settings)
    out: list[Article | Skipped] = []
    for item in iter_documents(inputs, settings=settings):
        out.append(
            extract_or_skip(item, settings, extractor) if isinstance(item, Document) else item
        )
    return out


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_item_is_skipped_and_the_batch_goes_on(
    case: Case, tmp_path: Path, settings: Settings
) -> None:
    settings = settings.replace(max_file_bytes=8_000)
    (tmp_path / "a_good.txt").write_text(GOOD)
    (tmp_path / case.name).write_bytes(case.content)
    (tmp_path / "z_good.txt").write_text(OTHER)

    results = run_batch([str(tmp_path)], settings)

    skipped = [r for r in results if isinstance(r, Skipped)]
    articles = [r for r in results if isinstance(r, Article)]
    if case.reason is None:
        assert skipped == []
    else:
        assert (skipped[0].stage, skipped[0].reason) == (case.stage, case.reason)
        assert all(s.uri.startswith(str(tmp_path / case.name)) for s in skipped)
        assert all(s.detail for s in skipped)
    assert len(articles) == 2 + case.good_items + (1 if case.reason is None else 0)
    assert articles[0].text == GOOD
    assert articles[-1].text == OTHER


def test_bad_jsonl_lines_keep_their_line_numbers(tmp_path: Path, settings: Settings) -> None:
    (case,) = [c for c in CASES if c.name == "mixed.jsonl"]
    path = tmp_path / case.name
    path.write_bytes(case.content)
    results = run_batch([str(path)], settings)
    assert [(r.uri.rsplit("#", 1)[1], r.reason) for r in results if isinstance(r, Skipped)] == [
        ("L2", "invalid-json"),
        ("L3", "invalid-json"),
        ("L4", "no-text"),
    ]
    assert "line 2" in next(r.detail for r in results if isinstance(r, Skipped))


def test_invalid_utf8_detail_gives_the_byte_offset_and_a_fix(
    tmp_path: Path, settings: Settings
) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"Caf\xe9 in Orsan")
    (skipped,) = run_batch([str(path)], settings)
    assert isinstance(skipped, Skipped)
    assert "offset 3" in skipped.detail
    assert "UTF-8" in skipped.detail


@pytest.mark.parametrize(
    ("name", "words"),
    [("xxe.xml", ["XXE", "file:///etc/passwd"]), ("laughs.rss", ["billion laughs", "lol0"])],
)
def test_unsafe_xml_is_refused_before_feedparser_sees_it(
    name: str, words: list[str], tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("feedparser must not parse unsafe XML")

    monkeypatch.setattr(feedparser, "parse", never)
    (case,) = [c for c in CASES if c.name == name]
    path = tmp_path / name
    path.write_bytes(case.content)
    (skipped,) = run_batch([str(path)], settings)
    assert isinstance(skipped, Skipped)
    assert skipped.reason == "unsafe-xml"
    assert all(word in skipped.detail for word in words)


def test_a_parser_crash_becomes_a_skip_and_the_batch_goes_on(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*args: object, **kwargs: object) -> None:
        raise ValueError("parser exploded")

    monkeypatch.setattr(feedparser, "parse", crash)
    feed = f"<rss><channel><item><description>{GOOD}</description></item></channel></rss>"
    (tmp_path / "feed.rss").write_text(feed)
    (tmp_path / "good.txt").write_text(GOOD)
    skipped, article = run_batch([str(tmp_path)], settings)
    assert isinstance(skipped, Skipped)
    assert (skipped.reason, skipped.stage) == ("invalid-feed", "ingest")
    assert "parser exploded" in skipped.detail
    assert isinstance(article, Article)


def test_too_large_is_decided_before_reading(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "big.txt"
    path.write_text(GOOD * 10)
    path.chmod(0o000)  # unreadable: only a stat can tell its size
    try:
        (skipped,) = run_batch([str(path)], settings.replace(max_file_bytes=100))
    finally:
        path.chmod(0o644)
    assert isinstance(skipped, Skipped)
    assert skipped.reason == "too-large"
    assert "max_file_bytes" in skipped.detail


def test_a_utf8_bom_is_not_an_encoding_error(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    (article,) = run_batch([str(path)], settings)
    assert isinstance(article, Article)
    assert article.text == GOOD


def write_warc(path: Path, pages: list[tuple[str, str]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for target, content_type in pages:
        payload = f"<html><body><p>{GOOD} {target}</p></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                target,
                "response",
                payload=io.BytesIO(payload),
                length=len(payload),
                http_headers=headers,
            )
        )
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


def test_truncated_warc_keeps_what_was_read_and_reports_the_damage(
    tmp_path: Path, settings: Settings
) -> None:
    path = tmp_path / "cut.warc.gz"
    data = write_warc(path, [(f"https://orsan.example/{i}", "text/html") for i in range(3)])
    path.write_bytes(data[: len(data) - 40])
    results = run_batch([str(path)], settings)
    assert [type(r).__name__ for r in results[:2]] == ["Article", "Article"]
    last = results[-1]
    assert isinstance(last, Skipped)
    assert last.reason == "invalid-warc"
    assert "ends in the middle of a record" in last.detail


def test_warc_without_html_responses_is_reported(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "images.warc.gz"
    write_warc(path, [("https://orsan.example/a.png", "image/png")])
    (skipped,) = run_batch([str(path)], settings)
    assert isinstance(skipped, Skipped)
    assert skipped.reason == "no-content"
