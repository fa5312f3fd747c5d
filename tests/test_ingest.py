"""Ingest: every format from a small fixture written here, expansion, stdin, sniffing."""

from __future__ import annotations

import io
import json
import os
from datetime import datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.ingest import ITEM_MEDIA_TYPE, detect_reader, expand_inputs, iter_documents
from storyline.records import Document, Skipped
from storyline.settings import Settings

BODY = (
    "The river authority of the fictional province of Valdora opened two new flood gates on "
    "Monday, officials said. Engineers expect the gates to protect about 3,000 homes."
)
PAGE = (
    "<!DOCTYPE html><html><head><title>Flood gates open in Valdora</title></head>"
    f"<body><article><h1>Flood gates open in Valdora</h1><p>{BODY}</p></article></body></html>"
)
LONG_BODY = " ".join([BODY] * 4)


def read_all(inputs: list[str], settings: Settings) -> list[Document | Skipped]:
    return list(iter_documents(inputs, settings=settings))


def documents(items: list[Document | Skipped]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def skipped(items: list[Document | Skipped]) -> list[Skipped]:
    return [item for item in items if isinstance(item, Skipped)]


def test_text_file_becomes_one_document_with_id_of_its_bytes(
    tmp_path: Path, settings: Settings
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(BODY, encoding="utf-8")
    (doc,) = read_all([str(path)], settings)
    assert isinstance(doc, Document)
    assert doc.media_type == "text/plain"
    assert doc.raw == path.read_bytes()
    assert doc.id == Document.make_id(path.read_bytes())
    assert doc.uri == str(path)
    assert datetime.fromisoformat(doc.fetched_at).tzinfo is not None


def test_fetched_at_never_changes_the_id(tmp_path: Path, settings: Settings) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(BODY)
    second.write_text(BODY)
    os.utime(first, (1_700_000_000, 1_700_000_000))
    os.utime(second, (1_600_000_000, 1_600_000_000))
    a, b = documents(read_all([str(first), str(second)], settings))
    assert a.fetched_at != b.fetched_at
    assert a.id == b.id


def test_html_file_is_one_text_html_document(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    (doc,) = read_all([str(path)], settings)
    assert isinstance(doc, Document)
    assert doc.media_type == "text/html"
    assert doc.raw == PAGE.encode()


def test_html_declared_charset_is_honoured(tmp_path: Path, settings: Settings) -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Café Olé</p></body></html>'
    path = tmp_path / "latin.html"
    path.write_bytes(page.encode("latin-1"))
    (doc,) = read_all([str(path)], settings)
    assert isinstance(doc, Document)
    assert doc.media_type == "text/html"


def test_jsonl_lines_become_canonical_items(tmp_path: Path, settings: Settings) -> None:
    lines = [
        {"url": "https://valdora.example/a", "title": "Gates open", "text": BODY,
         "published": "2024-03-04", "source": "valdora.example", "authors": ["Ana Ruiz"]},
        {"title": "Second", "html": PAGE, "extra": "ignored"},
    ]  # fmt: skip
    path = tmp_path / "items.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    first, second = read_all([str(path)], settings)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.uri, second.uri) == (f"{path}#L1", f"{path}#L2")
    assert first.media_type == second.media_type == ITEM_MEDIA_TYPE
    item = json.loads(first.raw)
    assert item == {
        "authors": ["Ana Ruiz"], "published": "2024-03-04", "source": "valdora.example",
        "text": BODY, "title": "Gates open", "url": "https://valdora.example/a",
    }  # fmt: skip
    assert (
        first.raw
        == json.dumps(item, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    )
    assert first.hints["title"] == "Gates open"
    assert first.hints["authors"] == "Ana Ruiz"
    assert "extra" not in json.loads(second.raw)
    assert json.loads(second.raw)["html"] == PAGE


def test_jsonl_item_id_ignores_key_order_and_file(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"title": "T", "text": BODY}) + "\n")
    (tmp_path / "b.jsonl").write_text("\n" + json.dumps({"text": BODY, "title": "T"}) + "\n")
    a, b = documents(read_all([str(tmp_path)], settings))
    assert a.id == b.id
    assert b.uri.endswith("b.jsonl#L2")


RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Valdora Daily</title><link>https://valdora.example/</link>
<item><title>Gates open</title><link>https://valdora.example/gates</link>
<pubDate>Mon, 04 Mar 2024 08:30:00 +0000</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>{LONG_BODY}</p>]]></content:encoded></item>
<item><title>Teaser only</title><link>https://valdora.example/teaser</link>
<description>Read more about the bridge on our site.</description></item>
<item><title>Full summary</title><link>https://valdora.example/summary</link>
<description>{LONG_BODY}</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valdora Wire</title>
<entry><title>Gates open (wire)</title><link href="https://wire.example/gates"/>
<id>urn:wire:1</id><updated>2024-03-04T09:00:00Z</updated>
<author><name>Ines Valle</name></author>
<content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry></feed>"""


def test_rss_entries_with_content_become_items_and_teasers_are_skipped(
    tmp_path: Path, settings: Settings
) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(RSS)
    full, teaser, summary = read_all([str(path)], settings)
    assert isinstance(full, Document) and isinstance(summary, Document)
    assert full.uri == f"{path}#entry1"
    assert full.media_type == ITEM_MEDIA_TYPE
    assert full.hints["url"] == "https://valdora.example/gates"
    assert full.hints["published"] == "Mon, 04 Mar 2024 08:30:00 +0000"
    assert BODY in json.loads(full.raw)["html"]
    assert isinstance(teaser, Skipped)
    assert (teaser.reason, teaser.uri) == ("no-content", f"{path}#entry2")


def test_atom_entry_content_and_author(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "wire.atom"
    path.write_text(ATOM)
    (doc,) = read_all([str(path)], settings)
    assert isinstance(doc, Document)
    item = json.loads(doc.raw)
    assert item["authors"] == ["Ines Valle"]
    assert item["published"] == "2024-03-04T09:00:00Z"
    assert BODY in item["html"]


def test_rss_091_public_doctype_is_allowed_and_text_descriptions_are_read(
    tmp_path: Path, settings: Settings
) -> None:
    feed = (
        '<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
        ' "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
        '<rss version="0.91"><channel><title>Old wire</title>'
        f"<item><title>Gates</title><link>https://old.example/g</link><description>{LONG_BODY}"
        "</description></item></channel></rss>"
    )
    path = tmp_path / "old.xml"
    path.write_text(feed)
    (doc,) = read_all([str(path)], settings)
    assert isinstance(doc, Document)
    assert doc.hints["title"] == "Gates"


def write_warc(path: Path, *, gzip: bool) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        pages = [
            ("https://valdora.example/gates", "200 OK", "text/html; charset=utf-8", PAGE.encode()),
            ("https://valdora.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
            ("https://valdora.example/gone", "404 Not Found", "text/html", b"<html>gone</html>"),
        ]
        for uri, status, content_type, payload in pages:
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(payload),
                length=len(payload),
                http_headers=headers,
            )
            record.rec_headers.replace_header("WARC-Date", "2024-03-05T10:00:00Z")
            writer.write_record(record)
        get = b"GET /gates HTTP/1.1\r\nHost: valdora.example\r\n\r\n"
        request = writer.create_warc_record(
            "https://valdora.example/gates", "request", payload=io.BytesIO(get), length=len(get)
        )
        writer.write_record(request)


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_warc_html_responses_become_documents(
    tmp_path: Path, settings: Settings, gzip: bool
) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_warc(path, gzip=gzip)
    (doc,) = read_all([str(path)], settings)
    assert isinstance(doc, Document)
    assert doc.media_type == "text/html"
    assert doc.raw == PAGE.encode()
    assert doc.id == Document.make_id(PAGE.encode())
    assert doc.uri == f"{path}#record1"
    assert doc.hints["url"] == "https://valdora.example/gates"
    assert doc.hints["fetched"] == "2024-03-05T10:00:00Z"
    assert "published" not in doc.hints
    assert doc.fetched_at == "2024-03-05T10:00:00Z"


def test_directory_is_walked_recursively_in_sorted_order_without_hidden_files(
    tmp_path: Path, settings: Settings
) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for name in ["b/2.txt", "a/deep/1.txt", "a/0.txt", "z.txt", ".hidden.txt", ".git/x.txt"]:
        (tmp_path / name).write_text(f"{BODY} ({name})")
    paths = expand_inputs([str(tmp_path)])
    relative = [Path(p).relative_to(tmp_path).as_posix() for p in paths]
    assert relative == ["z.txt", "a/0.txt", "a/deep/1.txt", "b/2.txt"]
    assert [d.uri for d in documents(read_all([str(tmp_path)], settings))] == paths


def test_glob_pattern_expands_to_sorted_matches(tmp_path: Path, settings: Settings) -> None:
    for name in ["c.txt", "a.txt", "b.html", "sub/d.txt"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(BODY + name)
    assert [Path(p).name for p in expand_inputs([str(tmp_path / "*.txt")])] == ["a.txt", "c.txt"]
    recursive = expand_inputs([str(tmp_path / "**" / "*.txt")])
    assert [Path(p).name for p in recursive] == ["a.txt", "c.txt", "d.txt"]
    assert len(documents(read_all([str(tmp_path / "*.txt")], settings))) == 2


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(BODY)
    assert expand_inputs([str(path), str(tmp_path), str(tmp_path / "*.txt")]) == [str(path)]


def test_stdin_is_read_from_the_given_stream(settings: Settings) -> None:
    items = list(iter_documents(["-"], settings=settings, stdin=io.BytesIO(PAGE.encode())))
    (doc,) = items
    assert isinstance(doc, Document)
    assert doc.media_type == "text/html"
    assert doc.uri == "<stdin>"


@pytest.mark.parametrize("missing", ["nowhere.txt", "nothing-*.jsonl"])
def test_missing_path_or_empty_glob_is_skipped_not_raised(
    tmp_path: Path, settings: Settings, missing: str
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(BODY)
    items = read_all([str(tmp_path / missing), str(good)], settings)
    assert [s.reason for s in skipped(items)] == ["not-found"]
    assert len(documents(items)) == 1


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("data.bin", b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
        ("x", b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        ("x", b"<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        ("x", b"  <!DOCTYPE html><html><body>", "html"),
        ("x", b"<HTML><body>", "html"),
        ("x", b'<?xml version="1.0"?><!DOCTYPE html><html xmlns="x">', "html"),
        ("x", b'{"title": "t", "text": "b"}\n', "jsonl"),
        ("x", b'\xef\xbb\xbf{"text": "b"}', "jsonl"),
        ("x", b"Plain words about a harbour.", "text"),
        ("notes.jsonl", b"not json on the first line\n", "jsonl"),
        ("page.htm", b"<div>fragment</div>", "html"),
        ("feed.xml", b"<channel>", "feed"),
    ],
)
def test_format_is_detected_by_content_and_extension(name: str, head: bytes, expected: str) -> None:
    assert detect_reader(name, head).name == expected


def test_gzip_warc_is_detected_by_content(tmp_path: Path) -> None:
    path = tmp_path / "archive.bin"
    write_warc(path, gzip=True)
    assert detect_reader(str(path), path.read_bytes()[:8192]).name == "warc"
