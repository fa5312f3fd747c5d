"""Reduced passives of the rule coder: who underwent an act the text names without "was".

Headlines drop the auxiliary ("Aid workers abducted near Goma", "Journalist shot dead in
Kabul"). The parser then makes the people the verb's subject, or the verb a modifier of their
noun, and the rule coder would read them as the ones who acted. In a headline (or a feed line
whose main clause is a subject and a participle with "dead": "Journalist shot dead outside his
home."), an attack or a coercion used with no object of its own (and no preposition naming its
target) is read as such a passive instead.
"""

from __future__ import annotations

from storyline.events.graph import Parse
from storyline.events.lexicon import Trigger
from storyline.records import Token

#: categories whose verbs act on someone ("seized", "arrested", "shot", "attacked")
UNDERGONE = frozenset({"ASSAULT", "COERCE"})
_MARKS = frozenset({".", "!", "?", ";"})  # a sentence that ends in one is no headline
_SAYING = frozenset({"say", "tell", "report", "claim", "allege", "confirm"})


#: entity types of a "by" phrase that is no doer ("by the river", "by Friday")
_NOT_DOERS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def reduced_passive(parse: Parse, tok: Token, trig: Trigger) -> Token | None:
    """The noun that underwent ``tok`` when it is a reduced passive of a transitive attack or
    coercion in a headline (a sentence with no sentence mark): a participle on the headline's
    noun ("Bus passengers seized in Mali"), or the root whose subject it is ("Journalist shot
    dead in Kabul")."""
    if trig.event not in UNDERGONE or trig.nominal or trig.intransitive or trig.subject:
        return None
    if tok.tag not in ("VBN", "VBD"):
        return None
    acting = [  # the entry's own particle is no sign of the active ("gunned down")
        c
        for c in parse.children(tok.i, "dobj", "aux", "auxpass", "nsubjpass", "dative", "prt")
        if not (c.dep == "prt" and c.text.lower() == trig.particle)
    ]
    bound = trig.particle if trig.particle and trig.particle_obj is None else None
    preps = {*trig.recipient_preps, *([bound] if bound else [])}  # ("set on fire": the idiom)
    if acting or parse.prep_objects(tok.i, preps):
        return None  # "police fired on protesters", "gendarmes set upon marchers"
    # the parser's passive agent ("activist picked up by men in plain clothes; ...") marks a
    # feed line's passive even when a stop or semicolon ends it
    # so does a main clause of a subject, a bare participle and "dead" ("Journalist shot dead
    # outside his home.": a feed line with a stop)
    bare = tok.dep == "ROOT" and bool(parse.children(tok.i, "nsubj"))
    # (or a participle the tagger itself calls one, with no auxiliary: "Honduras: defender
    # slain outside his home.")
    tagged = tok.tag == "VBN" and not parse.children(tok.i, "aux", "conj")  # (not "forces
    # uncovered and blew up a store", a past tense the tagger took for a participle)
    bare = bare and (told_dead(parse, tok) or tagged)
    if not (
        is_headline(parse, tok.sentence)
        or bare
        or parse.children(tok.i, "agent")
        or _by_agent(parse, tok)
    ):
        return None
    head = parse.head(tok.i)
    if tok.dep == "acl" and tok.tag == "VBN" and head is not None and head.dep == "ROOT":
        return head if head.pos in ("NOUN", "PROPN") else None  # "Bus passengers seized in X"
    subjects = parse.children(tok.i, "nsubj")
    told = tok.dep in ("ccomp", "parataxis") and head is not None and head.lemma.lower() in _SAYING
    return subjects[0] if (tok.dep == "ROOT" or told) and subjects else None  # (or a headline
    # with its source: "Student picked up by plainclothes men, family says")


def told_dead(parse: Parse, verb: Token) -> bool:
    """The verb is told with "dead": "shot X dead", "shot dead X", "gunned down dead"."""
    deps = ("advmod", "xcomp", "oprd", "acomp")
    return any(c.lemma.lower() == "dead" for c in parse.children(verb.i, *deps))


def _by_agent(parse: Parse, tok: Token) -> bool:
    """A "by" phrase the parser attached as a plain preposition names the doer, not a place or
    time ("candidate shot dead at campaign rally by armed commando")."""
    doers = parse.prep_objects(tok.i, ("by",))
    return any(d.pos in ("NOUN", "PROPN") and d.ent_type not in _NOT_DOERS for d in doers)


def is_headline(parse: Parse, sentence: int) -> bool:
    """A sentence with no sentence mark at its end: a headline or feed line."""
    words = [t for t in parse.sentence_tokens(sentence) if t.text.strip()]
    return bool(words) and words[-1].text not in _MARKS
