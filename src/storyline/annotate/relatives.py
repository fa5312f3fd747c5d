"""Second reading of sentences that open with a reduced relative: "Students angered by the new
code set fire to ...".

A participle or adjective right after the subject, with its own prepositional phrase
("angered by the passage of a new criminal code", "fed up with extortion gangs", "furious at
frozen savings"), often leads the small model astray: it hangs the sentence's real verb on the
last noun of that phrase ("... code *set* fire", a clause on "code") or makes the participle
the main verb ("workers *fed* up with gangs", "snaked" then a clause on "gangs"). The subject
is then left with no act of its own.

Such a sentence is read again without the modifier ("Students set fire to ..."). The new
reading is kept only when the verb that followed the modifier now has the subject as its own;
its tags, lemmas and tree are then copied onto the sentence's remaining words, and the modifier
keeps its first reading, hung on the subject as before. The words and the token boundaries
never change. A sentence whose subject already has that verb is left alone.
"""

from __future__ import annotations

from typing import Any

from storyline.annotate.headlines import READING_ATTRS, Reader, copy_reading, set_head

#: how far into a sentence the subject may start (a dateline and a determiner come first)
MAX_SUBJECT_AT = 8
#: verbs tried after one modifier (each costs one parse of the sentence)
MAX_CANDIDATES = 2
#: participles of feeling or stance that the model may tag as a past tense ("Kenyans *opposed*
#: to the bill marched"); no news uses them as a finite verb before these prepositions
STANCES = frozenset(
    {"opposed", "angered", "enraged", "incensed", "infuriated", "outraged", "frustrated"}
    | {"armed", "upset", "alarmed", "dismayed", "aggrieved", "fed"}
)
#: words that open a clause whose subject may carry a reduced relative
SUBORDINATORS = frozenset({"as", "after", "when", "while", "because", "before", "since", "until"})
#: prepositions that open a participle's or adjective's own phrase
_PREPS = frozenset({"by", "with", "at", "over", "about", "to", "from", "of", "against", "in"})
_SUBJECTS = ("nsubj", "nsubjpass")
_SAYING = frozenset({"say", "tell", "report", "claim", "add", "state", "allege", "confirm"})


def repair_reduced_relatives(doc: Any, read: Reader) -> Any:
    """Re-read each sentence of ``doc`` whose subject is followed by a reduced relative that
    took its verb away (see the module docstring), with ``read(words, spaces)``."""
    for sent in list(doc.sents):
        words = [t for t in sent if not t.is_space]
        for finder in (_modifier, _set_off, _opening):
            found = finder(words)
            if found is not None and _reread(doc, words, found, read, finder is _opening):
                break
    return doc


def _reread(
    doc: Any, words: list[Any], found: tuple[Any, Any, Any, list[Any]], read: Reader, opening: bool
) -> bool:
    """Read the sentence without the modifier; adopt the first reading in which a tried verb
    has the subject as its own, and say whether one was adopted."""
    noun, start, modifier, tries = found
    for verb in tries[:MAX_CANDIDATES]:
        end = noun.i if opening else verb.i  # an opening phrase ends before the subject
        kept = [t for t in words if not start.i <= t.i < end]
        reading = read([t.text for t in kept], [bool(t.whitespace_) for t in kept])
        at = {t.i: k for k, t in enumerate(kept)}
        new_verb = reading[at[verb.i]]
        subjects = [c.i for c in new_verb.children if c.dep_ in _SUBJECTS]
        if new_verb.pos_ == "VERB" and at[noun.i] in subjects:
            anchor, label = (verb, "advcl") if opening else (noun, None)
            _adopt(doc, words, kept, reading, modifier, anchor, label)
            return True
    return False


def _modifier(words: list[Any]) -> tuple[Any, Any, Any, list[Any]] | None:
    """The subject, the first word of its reduced relative (an adverb may open it: "still
    deployed in"), the participle or adjective, and the verbs that may be the sentence's own,
    when the parse left the subject without one of them."""
    opened, reach = True, MAX_SUBJECT_AT  # where a subject may stand: the sentence's start, or
    # right after a subordinator ("... as protesters angered by X lobbed stones")
    for n, noun in enumerate(words):
        if noun.lower_ in SUBORDINATORS and noun.pos_ in ("SCONJ", "ADP"):
            opened, reach = True, n + 4
            continue
        if noun.pos_ in ("VERB", "AUX") or n > reach:
            opened = False  # the subject comes before any verb
        if not opened or noun.pos_ not in ("NOUN", "PROPN") or n + 2 >= len(words):
            continue
        start = words[n + 1]
        at = n + 2 if start.pos_ == "ADV" and start.tag_ == "RB" else n + 1
        if at + 1 >= len(words):
            continue
        first, prep = words[at], words[at + 1]
        modifier = first.tag_ == "VBN" or (first.pos_ == "ADJ" and first.tag_ == "JJ")
        modifier = modifier or first.lower_ in STANCES  # "Kenyans *opposed* to", read as VBD
        if first.lower_ == "fed" and prep.lower_ == "up" and at + 2 < len(words):
            modifier, prep = True, words[at + 2]  # "fed up with", whatever its tag
        if not (modifier and prep.lower_ in _PREPS):
            continue
        verb = noun.head
        if noun.dep_ in _SUBJECTS and verb.i > prep.i and verb.lemma_ not in _SAYING:
            return None  # "Villagers angered by X set the vehicle ablaze": parsed right
        tries = _verbs_after(words, first, prep)
        return (noun, start, first, tries) if tries else None
    return None


def _opening(words: list[Any]) -> tuple[Any, Any, Any, list[Any]] | None:
    """A sentence that opens with a participle or adjective phrase and a comma ("Incensed by
    the death of a schoolboy, crowds in Kisumu burnt tyres"): the subject after the comma, the
    phrase's first word, and the verbs after the subject, when the parse hung the subject on
    the participle."""
    first = words[0] if words else None
    if first is None or len(words) < 6:
        return None
    opening = first.tag_ == "VBN" or first.lower_ in STANCES or first.pos_ == "ADJ"
    if not (opening and words[1].lower_ in _PREPS):
        return None
    comma = next((w for w in words[2:25] if w.text == ","), None)
    if comma is None:
        return None
    after = [w for w in words if w.i > comma.i]
    noun = next((w for w in after[:4] if w.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or (noun.dep_ in _SUBJECTS and noun.head.i > noun.i):
        return None  # parsed right: "Angry at the levy, traders shut their shops"
    tries = [w for w in after if w.i > noun.i and w.pos_ == "VERB" and w.tag_ in ("VBD", "VBN")]
    tries = [w for w in tries if not any(c.dep_ in _SUBJECTS for c in w.children)]
    return (noun, first, first, tries) if tries else None


def _set_off(words: list[Any]) -> tuple[Any, Any, Any, list[Any]] | None:
    """A modifier set off by commas between the subject and its verb: "Supporters of the
    candidate, convinced that ballots had been tampered with, stormed the prefecture", "Nurses
    at public hospitals, who earn less than ever, downed tools". Returns the subject, the
    first comma, the modifier's first word and the verb after the closing comma."""
    for c, comma in enumerate(words[: MAX_SUBJECT_AT + 8]):
        if comma.text != ",":
            continue
        subject = words[:c]
        verbal = [w for w in subject if _clausal(w) and w.dep_ not in ("amod", "compound")]
        if c == 0 or c + 2 >= len(words) or verbal:
            return None  # a verb before the comma: the subject already has a clause
        noun = _phrase_head(subject)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            return None
        opener = words[c + 1]
        if opener.pos_ == "ADV" and c + 2 < len(words):
            opener = words[c + 2]  # ", still angry at ..."
        set_off = opener.tag_ in ("VBN", "VBD", "VBG", "WP", "WDT") or (
            opener.pos_ == "ADJ" and opener.tag_ == "JJ"
        )
        if not set_off:
            return None
        for k in range(c + 2, len(words) - 1):
            verb = words[k + 1]
            if words[k].text != "," or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
                continue
            if noun.dep_ in _SUBJECTS and noun.head.i == verb.i:
                return None  # parsed right
            if any(c.dep_ in _SUBJECTS for c in verb.children):
                continue
            return noun, comma, opener, [verb]
        return None
    return None


def _phrase_head(words: list[Any]) -> Any:
    """The one word of ``words`` whose head lies outside them (the phrase's head), or None."""
    inside = {w.i for w in words}
    heads = [w for w in words if w.head.i not in inside or w.head.i == w.i]
    return heads[0] if len(heads) == 1 else None


def _verbs_after(words: list[Any], first: Any, prep: Any) -> list[Any]:
    """Past-tense verbs after the modifier's phrase that have no subject of their own, past
    forms first ("set", "snaked"); never a participle on a noun of that phrase that a "by"
    follows ("a child struck by a truck"), nor past a verb other than such a participle or a
    pronoun: the phrase is a noun phrase ("angered by the death of a boy hit by a truck")."""
    out = []
    for k, tok in enumerate(words):
        if tok.i <= prep.i or tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN"):
            continue
        if any(c.dep_ in _SUBJECTS for c in tok.children):
            continue
        after = words[k + 1] if k + 1 < len(words) else None
        if tok.tag_ == "VBN" and after is not None and after.lower_ == "by":
            continue
        between = [w for w in words[:k] if w.i > prep.i]
        if any(w.text in (",", ";", ":") or _clausal(w) for w in between):
            break  # a clause of its own comes first ("resorted to throwing stones")
        if between and between[-1].pos_ == "DET":
            continue  # "the alleged violations": a modifier
        out.append(tok)
    return sorted(out, key=lambda t: t.tag_ != "VBD")


def _clausal(tok: Any) -> bool:
    """A word that opens a clause of its own: a pronoun, an auxiliary or a verb that is not a
    past participle."""
    return tok.pos_ in ("AUX", "PRON") or (tok.pos_ == "VERB" and tok.tag_ != "VBN")


def _adopt(
    doc: Any,
    words: list[Any],
    kept: list[Any],
    reading: Any,
    first: Any,
    noun: Any,
    label: str | None = None,
) -> None:
    """Copy the reading onto the kept words; the modifier's words keep their first reading,
    the modifier ``first`` hung on ``noun`` (the subject; the verb for an opening phrase, as
    ``label``) and its other words on it."""
    array = copy_reading(doc, kept, reading)
    span = {t.i for t in words} - {t.i for t in kept}
    for tok in (t for t in words if t.i in span):
        head = tok.head.i
        if tok.i == first.i:
            head = noun.i
            label = label or ("amod" if tok.pos_ == "ADJ" else "acl")
            array[tok.i][1] = doc.vocab.strings[label]
        elif head not in span:
            head = first.i  # a word the first parse hung outside the modifier
        set_head(array, tok.i, head)
    doc.from_array(list(READING_ATTRS), array)
