"""Digest -> Markdown, HTML or JSON text (deterministic; HTML escapes all article text).

Citations read ``[n:sK]``: source ``n`` of the Sources list, sentence ``K`` of that article (the
web UI's ``/articles/{id}#sK`` anchor). A fact that takes a side in a disagreement is marked
``(disputed: see D1)``.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence

from jinja2 import Environment, select_autoescape

from storyline.errors import ConfigError
from storyline.records import Digest, DigestCitation, DigestFact, DigestSource, Disagreement

FORMATS = ("md", "html", "json")


def render_digest(digest: Digest, fmt: str) -> str:
    """The digest as ``md``, ``html`` or ``json`` text."""
    if fmt == "json":
        return json.dumps(digest_json(digest), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if fmt == "md":
        return _markdown(digest)
    if fmt == "html":
        return _html(digest)
    raise ConfigError(f"unknown digest format {fmt!r}; choose one of: {', '.join(FORMATS)}")


def digest_json(digest: Digest) -> dict[str, object]:
    return dataclasses.asdict(digest)


def _numbers(digest: Digest) -> dict[str, int]:
    return {s.article_id: s.n for s in digest.sources}


def citation_label(c: DigestCitation, numbers: dict[str, int]) -> str:
    return f"[{numbers.get(c.article_id, 0)}:s{c.sentence_index}]"


def _md_fact(fact: DigestFact, numbers: dict[str, int]) -> str:
    cites = "".join(citation_label(c, numbers) for c in fact.citations)
    flag = ""
    if fact.disagreements:
        flag = " *(disputed: see " + ", ".join(f"D{d + 1}" for d in fact.disagreements) + ")*"
    return f"{fact.text} {cites}{flag}"


def _md_disagreement(n: int, d: Disagreement, numbers: dict[str, int]) -> list[str]:
    lines = [f"- **D{n}** — {d.kind}: {d.subject}"]
    for side in d.sides:
        cites = "".join(citation_label(c, numbers) for c in side.citations)
        lines.append(f"  - **{side.value}** — {', '.join(side.sources)} {cites}")
    return lines


def _md_source(s: DigestSource, numbers: dict[str, int]) -> str:
    parts = [f"{s.n}. {s.publisher or 'unknown source'}"]
    if s.title:
        parts.append(f"*{s.title}*")
    if s.date:
        parts.append(s.date)
    if s.url:
        parts.append(f"<{s.url}>")
    if s.duplicate_of:
        parts.append(f"(republishes {numbers.get(s.duplicate_of, '?')})")
    return " — ".join(parts)


def _section(title: str, facts: Sequence[DigestFact], numbers: dict[str, int]) -> list[str]:
    if not facts:
        return []
    return [f"## {title}", "", *(f"- {_md_fact(f, numbers)}" for f in facts), ""]


def _markdown(digest: Digest) -> str:
    numbers = _numbers(digest)
    lines = [f"# {digest.title or 'Digest'}", ""]
    if digest.lead:
        lines += [" ".join(_md_fact(f, numbers) for f in digest.lead), ""]
    if digest.disagreements:
        lines += ["## Sources disagree", ""]
        for n, d in enumerate(digest.disagreements, start=1):
            lines += _md_disagreement(n, d, numbers)
        lines.append("")
    lines += _section("Key facts", digest.facts, numbers)
    lines += _section("Background", digest.background, numbers)
    lines += _section("In summary", digest.summary, numbers)
    lines += ["## Sources", "", *(_md_source(s, numbers) for s in digest.sources), ""]
    lines += [
        f"<!-- {digest.digester}; every fact is a source sentence; [n:sK] = source n, "
        "sentence K -->",
        "",
    ]
    return "\n".join(lines)


_TEMPLATE = """<article class="digest" data-digester="{{ d.digester }}">
<h1>{{ d.title or "Digest" }}</h1>
{%- macro cites(items) -%}
{%- for c in items %} <a class="cite" href="/articles/{{ c.article_id }}#s{{ c.sentence_index }}" \
title="{{ c.source or '' }}, sentence {{ c.sentence_index }}">[{{ nums[c.article_id] }}:s{{ \
c.sentence_index }}]</a>{% endfor -%}
{%- endmacro -%}
{%- macro fact(f) -%}
{{ f.text }}{{ cites(f.citations) }}{% if f.disagreements %} <span class="disputed">(disputed: \
see {% for n in f.disagreements %}<a href="#d{{ n + 1 }}">D{{ n + 1 }}</a>{% if not loop.last %}, \
{% endif %}{% endfor %})</span>{% endif %}
{%- endmacro %}
{% if d.lead %}<p class="lead">{% for f in d.lead %}{{ fact(f) }} {% endfor %}</p>{% endif %}
{% if d.disagreements %}<section class="disagreements"><h2>Sources disagree</h2><ul>
{% for x in d.disagreements %}<li id="d{{ loop.index }}"><strong>D{{ loop.index }}</strong> \
{{ x.kind }}: {{ x.subject }}<ul>
{% for s in x.sides %}<li><strong>{{ s.value }}</strong> — {{ s.sources | join(", ") }}\
{{ cites(s.citations) }}</li>
{% endfor %}</ul></li>
{% endfor %}</ul></section>{% endif %}
{% for title, items in sections %}{% if items %}<section><h2>{{ title }}</h2><ul>
{% for f in items %}<li>{{ fact(f) }}</li>
{% endfor %}</ul></section>
{% endif %}{% endfor %}<section class="sources"><h2>Sources</h2><ol>
{% for s in d.sources %}<li id="source-{{ s.n }}">{{ s.publisher or "unknown source" }}\
{% if s.title %} — <cite>{{ s.title }}</cite>{% endif %}{% if s.date %} — {{ s.date }}{% endif %}\
{% if s.url and s.url | web_url %} — <a href="{{ s.url }}" rel="nofollow noopener">{{ s.url }}</a>\
{% elif s.url %} — {{ s.url }}{% endif %}\
{% if s.duplicate_of %} (republishes {{ nums[s.duplicate_of] }}){% endif %} — \
<a href="/articles/{{ s.article_id }}">article</a></li>
{% endfor %}</ol></section>
</article>
"""

_ENV = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
_ENV.filters["web_url"] = lambda url: str(url).lower().startswith(("http://", "https://"))


def _html(digest: Digest) -> str:
    template = _ENV.from_string(_TEMPLATE)
    sections = [
        ("Key facts", digest.facts),
        ("Background", digest.background),
        ("In summary", digest.summary),
    ]
    return template.render(d=digest, nums=_numbers(digest), sections=sections)
