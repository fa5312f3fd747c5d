"""A last-resort HTML reader: the text of ``<p>`` elements and the ``<title>`` (stdlib only).

Used when trafilatura finds no main text (very short, truncated or unusual pages). Text inside
``<script>``, ``<style>``, ``<nav>``, ``<header>``, ``<footer>`` and ``<aside>`` is ignored. When
a page has no ``<p>`` text at all, the text of its other blocks (``div``, ``li``, ...) is used.
"""

from __future__ import annotations

from html.parser import HTMLParser

_SKIP = frozenset({"script", "style", "nav", "header", "footer", "aside", "noscript", "template"})
_BLOCKS = frozenset(
    {"p", "div", "article", "section", "main", "body", "li", "ul", "ol", "blockquote", "td", "tr"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "table", "dd", "dt", "pre", "figure", "figcaption"}
)


class _BlockCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[bool, str]] = []  # (inside a <p>, text)
        self.title_parts: list[str] = []
        self._skip_depth = 0
        self._in_title = False
        self._in_p = False
        self._current: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag in _BLOCKS:
            self._flush()
            self._in_p = tag == "p"
        elif tag == "br":
            self._current.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skip_depth:
            self._skip_depth -= 1
        elif tag == "title":
            self._in_title = False
        elif tag in _BLOCKS:
            self._flush()
            self._in_p = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip_depth:
            self._current.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._current).split())
        if text:
            self.blocks.append((self._in_p, text))
        self._current = []

    def close(self) -> None:
        super().close()
        self._flush()


def paragraphs_and_title(html: str) -> tuple[str, str | None]:
    """The ``<p>`` texts (or, without any, all block texts) joined by ``\\n``, and the title."""
    collector = _BlockCollector()
    collector.feed(html)
    collector.close()
    title = " ".join("".join(collector.title_parts).split()) or None
    paragraphs = [text for in_p, text in collector.blocks if in_p]
    if not paragraphs:
        paragraphs = [text for _in_p, text in collector.blocks]
    return "\n".join(paragraphs), title
