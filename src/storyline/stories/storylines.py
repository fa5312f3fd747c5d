"""Storylines: stories linked into longer threads by shared key actors within a time window.

A story (:class:`~storyline.records.Story`) holds the reports of one happening and its
immediate developments -- the notion of the ECB+ ``subtopic`` and of the Giveme5W1H event
clusters, where two different events of the same kind and place must stay apart. A
*storyline* is the coarser thread a reader follows over weeks or months: the protests after a
disputed election, the arrests of opposition organisers, a siege of an embassy sheltering
opposition aides and, three months later, the release of the detainees are four stories of one
storyline. The demo corpus annotates stories at that coarser level (``story`` in
``corpus/gold.jsonl``).

:func:`link_storylines` links two stories when

- both are dated and their date ranges are at most ``window_days`` apart;
- they have the same main country (the first of :attr:`Story.countries`);
- they share at least ``min_shared`` key entities that do not name a country, a demonym or a
  country's city (those are already the main-country condition), nor an actor common to the
  country's stories (see :func:`_pairs`): the people, organisations and places particular to
  the thread;

and a storyline is a connected component of these links (so a thread may run longer than the
window). Its id is ``stable_id("storyline", id of its first story)`` (by first day, then id).
Storylines are derived from the story records (the stories stay as they are, nothing is
re-clustered) and the result depends only on the set of stories, not their order. The store
keeps them in its ``storylines`` table, relinked whenever stories change
(:mod:`storyline.store.storylines`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from storyline.records import Story, stable_id
from storyline.stories.features import day_number, entity_key


@dataclass(frozen=True, slots=True)
class StorylineParams:
    """Tunables of :func:`link_storylines`."""

    window_days: int = 120
    min_shared: int = 2
    common_share: float = 0.05  # an actor of more of a country's stories is not a key actor
    common_min: int = 50  # ... unless it names at most this many stories


@dataclass(frozen=True, slots=True)
class StoryOutline:
    """What storyline linking sees of a story (a :class:`Story` or a stored ``stories`` row)."""

    id: str
    first_seen: str | None
    last_seen: str | None
    key_entities: tuple[str, ...]
    countries: tuple[str, ...]

    @staticmethod
    def of(story: Story | Mapping[str, Any]) -> StoryOutline:
        if isinstance(story, Story):
            return StoryOutline(
                story.id, story.first_seen, story.last_seen, story.key_entities, story.countries
            )
        return StoryOutline(
            id=str(story["id"]),
            first_seen=story.get("first_seen"),
            last_seen=story.get("last_seen"),
            key_entities=tuple(story.get("key_entities") or ()),
            countries=tuple(story.get("countries") or ()),
        )


@dataclass(frozen=True, slots=True)
class _Node:
    id: str
    first: int
    last: int
    country: str
    actors: frozenset[str]


def link_storylines(
    stories: Iterable[Story | Mapping[str, Any] | StoryOutline],
    params: StorylineParams | None = None,
) -> dict[str, str]:
    """Story id -> storyline id for every given story (see the module docstring)."""
    p = params or StorylineParams()
    outlines = [s if isinstance(s, StoryOutline) else StoryOutline.of(s) for s in stories]
    parent = {o.id: o.id for o in outlines}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for block in _blocks(outlines).values():
        for a, b in _pairs(block, p):
            ra, rb = root(a.id), root(b.id)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return _named(outlines, {o.id: root(o.id) for o in outlines})


def _pairs(block: list[_Node], p: StorylineParams) -> Iterator[tuple[_Node, _Node]]:
    """Linked pairs of one country's stories. Only stories sharing an actor within the window
    are compared (per actor, its stories sorted by first day), and an actor named by more than
    ``common_share`` of the country's stories (at least ``common_min``) is not a thread's key
    actor: the head of state or the capital would chain all of a country's news."""
    limit = max(p.common_min, int(p.common_share * len(block)))
    span = max((n.last - n.first for n in block), default=0)  # the longest story
    by_actor: dict[str, list[_Node]] = defaultdict(list)
    for node in sorted(block, key=lambda n: (n.first, n.id)):
        for actor in node.actors:
            by_actor[actor].append(node)
    # an actor of one story links nothing
    firsts = {k: [n.first for n in v] for k, v in by_actor.items() if 1 < len(v) <= limit}
    for a in block:
        shared: Counter[str] = Counter()
        nodes: dict[str, _Node] = {}
        for actor in a.actors & firsts.keys():
            start = bisect_left(firsts[actor], a.first - p.window_days - span)
            end = bisect_right(firsts[actor], a.last + p.window_days)
            for b in by_actor[actor][start:end]:
                if b.id > a.id:
                    shared[b.id] += 1
                    nodes[b.id] = b
        for bid in sorted(shared):
            b = nodes[bid]
            if shared[bid] >= p.min_shared and _gap(a, b) <= p.window_days:
                yield a, b


def _gap(a: _Node, b: _Node) -> int:
    return max(0, b.first - a.last, a.first - b.last)


def _blocks(outlines: Sequence[StoryOutline]) -> dict[str, list[_Node]]:
    from storyline.annotate.actors import country_of

    keys: dict[str, str | None] = {}  # entity name -> actor key (None: names a country)

    def actor(name: str) -> str | None:
        if name not in keys:
            keys[name] = entity_key(name) if country_of(name) is None else None
        return keys[name]

    blocks: dict[str, list[_Node]] = defaultdict(list)
    for o in outlines:
        first, last = day_number(o.first_seen), day_number(o.last_seen or o.first_seen)
        if first is None or last is None or not o.countries:
            continue
        actors = frozenset(k for name in o.key_entities if (k := actor(name)) is not None)
        blocks[o.countries[0]].append(_Node(o.id, first, last, o.countries[0], actors))
    return blocks


def _named(outlines: Sequence[StoryOutline], roots: dict[str, str]) -> dict[str, str]:
    """Name each component after its first story (by first day, then id)."""
    members: dict[str, list[StoryOutline]] = defaultdict(list)
    for o in outlines:
        members[roots[o.id]].append(o)
    out: dict[str, str] = {}
    for group in members.values():
        first = min(group, key=lambda o: (o.first_seen or "9999", o.id))
        for o in group:
            out[o.id] = stable_id("storyline", first.id)
    return out
