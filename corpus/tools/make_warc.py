"""Build corpus/articles/warc/demo-crawl.warc.gz from the HTML pages in corpus/warc-src/.

Run with:  .venv/bin/python corpus/tools/make_warc.py

The archive imitates a small crawl:
  * one ``warcinfo`` record,
  * one ``request`` record (the GET for the first page),
  * one HTTP ``response`` record (Content-Type text/html) per page in warc/src/,
    with WARC-Target-URI set to the page's canonical URL,
  * one non-HTML ``response`` (a 1x1 image/png) that readers must ignore.

Output is deterministic: record ids are derived from the target URI, WARC-Date
values are fixed, and the gzip members carry no timestamp, so running the
script twice gives byte-identical files.
"""

from __future__ import annotations

import base64
import hashlib
import re
import uuid
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent.parent
SRC = HERE / "warc-src"
OUT = HERE / "articles" / "warc" / "demo-crawl.warc.gz"

# Fixed crawl times, one per page (sorted by file name), so the output never changes.
CRAWL_DATES = ["2024-11-20T08:00:01Z", "2024-11-20T08:00:05Z", "2024-11-20T08:00:09Z"]
INFO_DATE = "2024-11-20T08:00:00Z"
PNG_DATE = "2024-11-20T08:00:12Z"
PNG_URI = "https://meridian-times.example/static/img/pixel.png"
# A valid 1x1 transparent PNG.
PNG_BYTES = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)"')


def record_id(kind: str, uri: str) -> str:
    """A stable urn:uuid derived from the record type and target URI."""
    digest = hashlib.sha1(f"{kind} {uri}".encode()).digest()[:16]
    return f"<urn:uuid:{uuid.UUID(bytes=digest, version=5)}>"


def canonical_url(html: str, path: Path) -> str:
    match = CANONICAL.search(html)
    if match is None:
        raise SystemExit(f'{path}: no <link rel="canonical"> to use as WARC-Target-URI')
    return match.group(1)


def write_response(writer: WARCWriter, uri: str, date: str, body: bytes, content_type: str) -> str:
    http_headers = StatusAndHeaders(
        "200 OK",
        [
            ("Content-Type", content_type),
            ("Content-Length", str(len(body))),
            ("Server", "nginx"),
            ("Date", "Wed, 20 Nov 2024 08:00:00 GMT"),
        ],
        protocol="HTTP/1.1",
    )
    rid = record_id("response", uri)
    record = writer.create_warc_record(
        uri,
        "response",
        payload=BytesIO(body),
        length=len(body),
        http_headers=http_headers,
        warc_headers_dict={"WARC-Record-ID": rid, "WARC-Date": date},
    )
    writer.write_record(record)
    return rid


def write_request(writer: WARCWriter, uri: str, date: str, concurrent_to: str) -> None:
    host = uri.split("/")[2]
    path = "/" + uri.split("/", 3)[3]
    http_headers = StatusAndHeaders(
        f"GET {path} HTTP/1.1",
        [
            ("Host", host),
            ("User-Agent", "storyline-demo-crawler/1.0"),
            ("Accept", "text/html,application/xhtml+xml"),
        ],
        protocol="",
        is_http_request=True,
    )
    record = writer.create_warc_record(
        uri,
        "request",
        payload=BytesIO(b""),
        length=0,
        http_headers=http_headers,
        warc_headers_dict={
            "WARC-Record-ID": record_id("request", uri),
            "WARC-Date": date,
            "WARC-Concurrent-To": concurrent_to,
        },
    )
    writer.write_record(record)


def write_warcinfo(writer: WARCWriter) -> None:
    info = (
        b"software: storyline corpus/tools/make_warc.py\r\n"
        b"format: WARC File Format 1.0\r\n"
        b"description: storyline demo crawl (all text written for the project)\r\n"
    )
    record = writer.create_warc_record(
        "",
        "warcinfo",
        payload=BytesIO(info),
        length=len(info),
        warc_headers_dict={
            "WARC-Record-ID": record_id("warcinfo", OUT.name),
            "WARC-Date": INFO_DATE,
            "WARC-Filename": OUT.name,
            "Content-Type": "application/warc-fields",
        },
    )
    writer.write_record(record)


def main() -> None:
    pages = sorted(SRC.glob("*.html"))
    if len(pages) > len(CRAWL_DATES):
        raise SystemExit(f"add crawl dates: {len(pages)} pages, {len(CRAWL_DATES)} dates")
    with OUT.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        write_warcinfo(writer)
        for i, (page, date) in enumerate(zip(pages, CRAWL_DATES[: len(pages)], strict=True)):
            body = page.read_bytes()
            uri = canonical_url(body.decode("utf-8"), page)
            rid = write_response(writer, uri, date, body, "text/html; charset=utf-8")
            if i == 0:
                write_request(writer, uri, date, concurrent_to=rid)
        write_response(writer, PNG_URI, PNG_DATE, PNG_BYTES, "image/png")
    print(f"wrote {OUT.relative_to(HERE.parent)} ({len(pages)} HTML pages + 1 image)")


if __name__ == "__main__":
    main()
