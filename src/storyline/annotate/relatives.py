"""Second reading of sentences that open with a reduced relative: "Students angered by the new
code set fire to ...".

A participle or adjective right after the subject, with its own prepositional phrase
("angered by the passage of a new criminal code", "fed up with extortion gangs", "furious at
frozen savings"), often leads the small model astray: it hangs the sentence's real verb on the
last noun of that phrase ("... code *set* fire", a clause on "code") or makes the participle
the main verb ("workers *fed* up with gangs", "snaked" then a clause on "gangs"). The subject
is then left with no act of its own.

The same happens after a subject told riding something ("Gunmen riding a motorcycle shot dead
...", read as "a motorcycle shot"), after an -ing phrase that took the subject's first verb
("Miners demanding access to new concessions clashed with police"), was made a clause of its
own ("Students marching on the campus were beaten ...", "Protesters accusing police of a
killing torched a post") or gave its last noun the verb ("... of poisoning their wells set
..."), after a participle of belief ("Drones believed to belong to the RSF hit ..."), and to a
participle after a noun's phrase that the model made the noun's verb ("The truce between the
groups agreed overnight was holding").

Such a sentence is read again without the modifier ("Students set fire to ..."). The new
reading is kept only when the verb that followed the modifier now has the subject as its own;
its tags, lemmas and tree are then copied onto the sentence's remaining words, and the modifier
keeps its first reading, hung on the subject as before. The words and the token boundaries
never change. A sentence whose subject already has that verb is left alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
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
    | {"believed", "thought", "suspected", "alleged"}  # "drones believed to belong to X hit"
)
#: words that open a clause whose subject may carry a reduced relative
SUBORDINATORS = frozenset({"as", "after", "when", "while", "because", "before", "since", "until"})
#: prepositions that open a participle's or adjective's own phrase
_PREPS = frozenset({"by", "with", "at", "over", "about", "to", "from", "of", "against", "in"})
_SUBJECTS = ("nsubj", "nsubjpass")
_SAYING = frozenset({"say", "tell", "report", "claim", "add", "state", "allege", "confirm"})
#: participles that say what a thing is filled or fitted with ("a vest packed with nails")
FILLED = frozenset(
    {"packed", "loaded", "laden", "filled", "stuffed", "laced", "rigged", "fitted", "strapped"}
)
#: what attackers come on or in ("gunmen on a motorbike", "men riding two pickups")
CONVEYANCES = frozenset(
    {"motorcycle", "motorbike", "bike", "scooter", "pickup", "truck", "car", "vehicle", "van"}
    | {"jeep", "suv", "boat", "speedboat", "canoe", "horse", "horseback", "camel", "tricycle"}
)
#: how a subject is told riding one
_MOUNTED = frozenset({"on", "in", "aboard", "riding", "driving", "astride"})


def repair_reduced_relatives(doc: Any, read: Reader, past: Mapping[str, str] | None = None) -> Any:
    """Re-read each sentence of ``doc`` whose subject is followed by a reduced relative that
    took its verb away (see the module docstring), with ``read(words, spaces)``; ``past`` holds
    the irregular past forms (form -> lemma) a mounted subject's verb may take."""
    for sent in list(doc.sents):
        words = [t for t in sent if not t.is_space]
        finders = (_modifier, _set_off, _opening, partial(_mounted, past=past or {}), _stranded)
        for finder in finders:
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
        if new_verb.pos_ == "AUX" and new_verb.dep_ in ("aux", "auxpass"):
            new_verb = new_verb.head  # the verb's own auxiliary was tried ("was holding")
        # the subject, or the noun its of-phrases end on ("tens of thousands of demonstrators")
        subjects = [k.i for c in new_verb.children if c.dep_ in _SUBJECTS for k in _of_chain(c)]
        if new_verb.pos_ == "VERB" and at[noun.i] in subjects:
            anchor, label = (verb, "advcl") if opening else (noun, None)
            _adopt(doc, words, kept, reading, modifier, anchor, label)
            return True
    return False


def _of_chain(noun: Any) -> list[Any]:
    """The noun and the nouns its of-phrases lead to ("tens of thousands of demonstrators")."""
    out = [noun]
    while True:
        ofs = [c for c in out[-1].children if c.dep_ == "prep" and c.lower_ == "of"]
        objs = [o for p in ofs for o in p.children if o.dep_ == "pobj"]
        if not objs:
            return out
        out.append(objs[0])


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
        phrase = words[0].pos_ == "ADP" and words[0].dep_ == "prep"  # ("For the thirtieth
        # night running, demonstrators waving flags gathered ...": a verb in the phrase)
        if noun.text == "," and (opened or (phrase and n <= MAX_SUBJECT_AT)):
            opened, reach = True, n + MAX_SUBJECT_AT  # after an opening phrase ("For a
            continue  # twentieth night, tens of thousands of demonstrators opposed to ...")
        verbal = noun.pos_ in ("VERB", "AUX") and noun.dep_ not in ("amod", "compound")
        if verbal or n > reach:  # ("flag-waving demonstrators": no verb of their own)
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
        seeking = first.tag_ == "VBG" and first.dep_ == "acl" and first.head.i == noun.i
        # or made a clause of its own that is the subject of the verb ("Students marching on
        # the campus were beaten ...", read as "[students marching] were beaten")
        seeking = seeking or (first.dep_ in ("csubj", "csubjpass") and noun.head.i == first.i)
        # or the sentence's root, a bare -ing with no auxiliary ("Protesters accusing police
        # of a killing torched a post", read as "[protesters] accusing ..., [and] torched")
        bare = not any(c.dep_ in ("aux", "auxpass") for c in first.children)
        seeking = seeking or (
            first.tag_ == "VBG" and first.dep_ == "ROOT" and noun.head.i == first.i and bare
        )
        if seeking:  # "Miners demanding access to new concessions clashed with police"
            modifier, prep = True, first
        if not (modifier and (seeking or prep.lower_ in _PREPS)):
            continue
        verb = noun.head
        tries = _verbs_after(words, first, prep)
        if seeking and not tries:
            tries = _verbs_after(words, first, prep, captured=True)
        # a verb before the one the subject was given ("supporters banging pots gathered ...,
        # and troops broke up the crowds": the first is theirs; not "precision guided missiles")
        sooner = (
            [t for t in tries if t.i < verb.i and t.dep_ != "amod" and t.head.i != verb.i]
            if seeking
            else []
        )  # (not the verb's own auxiliary: "rejecting X were fired on")
        if noun.dep_ in _SUBJECTS and verb.i > prep.i and verb.lemma_ not in _SAYING:
            if not sooner:
                return None  # "Villagers angered by X set the vehicle ablaze": parsed right
            tries = sooner
        return (noun, start, first, tries) if tries else None
    return None


def _mounted(words: list[Any], past: Mapping[str, str]) -> tuple[Any, Any, Any, list[Any]] | None:
    """A subject told riding something ("Gunmen riding a motorcycle shot dead ...", "Men on
    two motorbikes hurled a grenade"), whose past-tense verb the model read as a noun of that
    phrase ("a motorcycle shot"): the subject, the phrase's first word and that verb."""
    for n, noun in enumerate(words[: MAX_SUBJECT_AT + 1]):
        if noun.pos_ in ("VERB", "AUX"):
            return None  # the subject comes before any verb
        if noun.pos_ not in ("NOUN", "PROPN") or n + 3 >= len(words):
            continue
        first = words[n + 1]
        if first.lower_ not in _MOUNTED:
            continue
        at = next((k for k in range(n + 2, n + 6) if _conveyance(words, k)), None)
        if at is None or at + 2 >= len(words):
            return None
        verb = words[at + 1]
        if verb.dep_ == "compound" or verb.pos_ == "AUX":  # "a motorcycle taxi": the phrase
            return None  # goes on; "men in boats were searching": a verb of its own
        form = verb.lower_
        if form not in past and not (form.endswith("ed") and verb.tag_ in ("VBD", "VBN", "NN")):
            return None
        if any(c.dep_ in _SUBJECTS for c in verb.children) or noun.head.i == verb.i:
            return None  # parsed right
        return noun, first, first, [verb]
    return None


def _stranded(words: list[Any]) -> tuple[Any, Any, Any, list[Any]] | None:
    """A participle after its noun's phrase that the model took for the subject's verb, with
    the true verb left without a subject ("The truce between the groups agreed overnight was
    holding"): the subject, the participle and the true verb's first auxiliary."""
    for verb in words[: MAX_SUBJECT_AT + 8]:
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
            continue
        noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            return None
        for kid in verb.children:
            auxes = [  # a finite auxiliary ("was holding"), not the "to" of "agreed to end"
                a
                for a in kid.children
                if a.dep_ in ("aux", "auxpass") and a.i < kid.i and a.tag_ != "TO"
            ]
            subjectless = not any(c.dep_ in _SUBJECTS for c in kid.children)
            near = auxes and 0 < auxes[0].i - verb.i <= 3
            if (
                kid.dep_ in ("dep", "xcomp", "ccomp")
                and kid.pos_ == "VERB"
                and subjectless
                and near
            ):
                return noun, verb, verb, [auxes[0]]
        return None
    return None


def _conveyance(words: list[Any], k: int) -> bool:
    return k < len(words) and words[k].lemma_.lower() in CONVEYANCES


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


def _verbs_after(words: list[Any], first: Any, prep: Any, *, captured: bool = False) -> list[Any]:
    """Past-tense verbs after the modifier's phrase that have no subject of their own, past
    forms first ("set", "snaked"); never a participle on a noun of that phrase that a "by"
    follows ("a child struck by a truck"), nor past a verb other than such a participle or a
    pronoun: the phrase is a noun phrase ("angered by the death of a boy hit by a truck").
    ``captured``: also a verb whose only subject is the phrase's last word, right before it
    ("accusing the firm of poisoning their wells set ...", read as "wells set")."""
    out = []
    for k, tok in enumerate(words):
        if tok.i <= prep.i or tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN"):
            continue
        subjects = [c for c in tok.children if c.dep_ in _SUBJECTS]
        taken = captured and len(subjects) == 1 and subjects[0].i == tok.i - 1
        opened = any(c.dep_ == "mark" for c in tok.children) or any(
            w.lower_ in SUBORDINATORS for w in words[:k] if w.i > prep.i
        )  # (not "... after the governor banned the gathering": a clause of its own)
        if subjects and not (taken and subjects[0].pos_ == "NOUN" and not opened):
            continue
        after = words[k + 1] if k + 1 < len(words) else None
        if tok.tag_ == "VBN" and after is not None and after.lower_ == "by":
            continue
        filled = tok.lower_ in FILLED and after is not None and after.lower_ == "with"
        if filled and k and words[k - 1].pos_ in ("NOUN", "PROPN"):
            continue  # "a vest packed with nails": what the noun is filled with
        between = [w for w in words[:k] if w.i > prep.i]
        own = [w for w in between if w.head.i == tok.i and w.dep_ in ("aux", "auxpass")]
        between = [w for w in between if w not in own]  # "... were beaten": its auxiliary
        if any(
            w.text in (",", ";", ":") or (_clausal(w) and not _nominal(w) and not _infinitive(w))
            for w in between
        ):
            break  # a clause of its own comes first ("resorted to throwing stones")
        if between and between[-1].pos_ == "DET":
            continue  # "the alleged violations": a modifier
        out.append(own[0] if own else tok)  # (the reading starts at the auxiliary)
    return sorted(out, key=lambda t: t.tag_ != "VBD")


def _nominal(tok: Any) -> bool:
    """A word of a noun phrase that looks like a clause's: a gerund after a preposition ("a
    deadline for replacing vehicles"), a participle before a noun ("ageing vehicles") or a
    possessive ("their vehicles")."""
    return (tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "amod")) or tok.tag_ == "PRP$"


def _infinitive(tok: Any) -> bool:
    """A bare verb with its "to", or that "to": the modifier's own infinitive ("believed to
    belong to the RSF")."""
    if tok.tag_ == "TO" or (tok.lower_ == "to" and tok.dep_ == "aux"):
        return True
    return tok.tag_ == "VB" and any(c.lower_ == "to" for c in tok.children if c.dep_ == "aux")


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
    # a noun of the modifier the first parse made a compound of the verb ("riding a
    # motorcycle shot"): the modifier's object, and its other stray words hang on it
    loose = [t for t in words if t.i in span and t.head.i not in span and t.i != first.i]
    own = next((t for t in reversed(loose) if t.dep_ == "compound"), None)
    own = own if first.lower_ in _MOUNTED else None
    for tok in (t for t in words if t.i in span):
        head = tok.head.i
        if tok.i == first.i:
            head = noun.i
            label = label or {"ADJ": "amod", "ADP": "prep"}.get(tok.pos_, "acl")
            array[tok.i][1] = doc.vocab.strings[label]
        elif own is not None and tok.i == own.i:
            head = first.i
            array[tok.i][1] = doc.vocab.strings["pobj" if first.pos_ == "ADP" else "dobj"]
        elif head not in span:
            head = first.i if own is None else own.i  # hung outside the modifier at first
        set_head(array, tok.i, head)
    doc.from_array(list(READING_ATTRS), array)
