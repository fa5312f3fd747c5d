"""Second reading of short sentences whose main clause has no verb: the small model's parse
of headlines.

Headlines drop articles and auxiliaries and are often set in Title Case, and the small model
then reads their verb as a noun: "Farmers Barricade Highway Near Ambala" becomes one proper
name, "Russian drones swarm Kyiv overnight" a chain of compounds, "Youths torch police post
after hawker dies" a noun phrase with a clause. A short sentence whose main clause the parser
left without a verb that has a subject (any sentence with no verb at all; a headline, which no
sentence mark ends, even when some verb lacks its subject; a feed line ended by a stop whose
parse has no finite verb anywhere and heads it with a noun or a bare participle: "Federal
forces fire rubber bullets at pensioners.", "Riot police fire tear gas at students
marching.") is read again, and the new reading is kept only when it has what the old one
lacked, a main verb with a subject (for such a feed line, a finite one):

1. **Title Case** is set in sentence case first. A capitalised word stays capitalised when it
   is an acronym, a place the gazetteer knows, a word the model tagged as a person, place or
   nationality, or written capitalised elsewhere in the text (not at a sentence start); every
   other word is lower-cased for the reading.
2. **A noun between a noun and its object** ("drones *swarm* Kyiv", "police *blast* birdshot
   at mourners"), or a verb the model left without a subject ("Russian artillery *pounds*
   X"), is tried as a verb: the reading gets the word's past-tense form ("swarmed",
   irregular ones from a table: "tears" -> "tore"), which the model reads as a verb when the
   sentence allows one. Candidates that agree with the noun before them come first (a verb
   in -s after a singular noun, a bare one after a plural), bare ones before ones in -s; the
   first the model parses as a finite verb with a subject wins ("strike *hit* crowd", not
   "hits *crowded* at"), else the first verb with a subject.
3. **A subject after a plural modifier** ("Looters *strip* malls bare", read as strips that
   mall) is tried first as the verb, even when the first parse has a verb.
4. **A feed line's participle** after its subject ("Junta artillery *pounding* villages",
   "youths *barricading* roads") is tried as a verb too, in its past form; its lemma is the
   model's.
5. **The news after a feed line's kicker** ("Sokoto: mob sets upon ...", see
   :mod:`~storyline.annotate.kickers`) opens with a lower-case word, which the model misreads:
   it is first read with that word capitalised, and that reading is kept when it has a main
   verb with a subject (then tried like any other). Such a line is re-read even when it ends
   with a stop. A noun in it that the model gave a subject of its own ("Juliaca: soldiers
   *fire* on protesters, ...": "fire" with "soldiers" as its subject) is tried as a verb first,
   kept when its past form reads as a finite verb.

6. **A plural munition read as the verb** ("Pakistani mortar *rounds* land in border
   villages", with "land" as its object) hands the verb to the word after it, tried in its
   past form and kept as a finite verb, even in a line ended by a stop. Among candidates, a
   headline verb in -s right after a name that opens the line ("Hezbollah *fires* rocket
   barrage") is tried before the other agreeing ones.

A feed line's verb is sought before its first semicolon ("Houthi drone slams into a tanker;
UKMTO reports a fire": the second update has a verb of its own). The headline proper ends
before a closing attribution ("..., rights group says"), a toll ("..., 2 injured") or, after
words with no verb, a short aftermath ("Israeli artillery shells X, fires break out"): only its
words are tried as the verb.

The words, their spacing and the token boundaries never change: only the tags, lemmas and the
dependency tree of that sentence (and, for a Title Case line, its entities) are replaced. A
reading that finds no verb changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from storyline.annotate.actors import is_country_name, is_demonym
from storyline.annotate.gazetteer import find_place, is_english_word, known_city
from storyline.annotate.kickers import KICKER_DASHES

#: sentences longer than this are running text, never a headline
MAX_TOKENS = 25
#: candidates tried as verbs per sentence (each costs one parse of the sentence)
MAX_CANDIDATES = 3
_NOMINAL = ("NOUN", "PROPN")
#: how the model attaches a feed line's participle ("artillery pounding villages")
_PARTICIPLE_DEPS = frozenset({"acl", "amod", "ROOT"})
_AFTER_VERB = ("NOUN", "PROPN", "DET", "NUM", "ADJ", "ADP", "SCONJ", "PRON", "ADV")
#: entity labels the model gives names even in Title Case (a whole Title Case line tends to
#: become one ORG, so that label is no evidence of a name)
_NAMES = frozenset({"PERSON", "GPE", "NORP", "LOC"})
#: nouns that take a plural verb without ending in -s
_PLURALS = frozenset(
    {"police", "people", "personnel", "youth", "staff", "militia", "clergy", "taliban"}
)
#: words that close a headline's count of victims ("..., 2 injured")
TOLL_WORDS = frozenset({"dead", "killed", "injured", "hurt", "wounded", "missing", "abducted"})
_SAYING = frozenset({"say", "tell", "report", "claim", "allege", "confirm", "add"})
#: plural nouns of the news that are also verbs in -s; in a headline they are the nouns
NEWS_PLURALS = frozenset(
    {"talks", "forces", "calls", "plans", "cuts", "votes", "polls", "ties", "fears", "hopes"}
    | {"sanctions", "tensions"}
)
#: marks that end running text (a line ending in none of them may be a headline)
SENTENCE_MARKS = (".", "!", "?", '"', "'", "”", "’")
_MAIN_DEPS = frozenset({"ROOT", "conj", "ccomp", "parataxis"})
#: headline verbs in -s that read as plural nouns after a name ("Hezbollah *fires* rocket
#: barrage", "Israel *strikes* Gaza shelter"), tried first there
NAME_VERBS = frozenset(
    {"fires", "strikes", "hits", "shells", "raids", "attacks", "bombs", "targets", "kills"}
    | {"frees", "jails", "bans", "arrests", "detains", "expels", "warns", "rejects", "seizes"}
)
#: plural munitions the model reads as a verb in -s after their modifier ("mortar *rounds*
#: land", "artillery *shells* hit")
MUNITION_PLURALS = frozenset(
    {"rounds", "shells", "rockets", "missiles", "drones", "bombs", "mines", "grenades"}
)
#: what the model makes of a headline's opening name when it misses the subject
_NO_SUBJECT_DEPS = frozenset({"det", "amod", "intj", "advmod", "npadvmod"})
_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "and"})
#: adjectives that are headline verbs too, which the model reads as the adjective before a noun
#: ("Gunmen on motorbikes *open* fire on a market", "Troops *free* 40 hostages")
VERB_ADJECTIVES = frozenset({"open", "free", "clear", "empty", "secure"})

Reader = Callable[[list[str], list[bool]], Any]
#: past tenses of irregular verbs that headlines use in the present ("bomb tears through")
IRREGULAR_PAST = {
    "beat": "beat",
    "blow": "blew",
    "break": "broke",
    "bring": "brought",
    "drive": "drove",
    "fight": "fought",
    "flee": "fled",
    "fly": "flew",
    "hit": "hit",
    "hold": "held",
    "lead": "led",
    "leave": "left",
    "ride": "rode",
    "run": "ran",
    "seek": "sought",
    "send": "sent",
    "set": "set",
    "shoot": "shot",
    "shut": "shut",
    "sink": "sank",
    "slay": "slew",
    "steal": "stole",
    "strike": "struck",
    "sweep": "swept",
    "take": "took",
    "tear": "tore",
    "throw": "threw",
}


def repair_headlines(doc: Any, read: Reader) -> Any:
    """Re-read each short sentence of ``doc`` whose main clause lacks a verb with a subject,
    with ``read(words, spaces)`` (a parse of the given words as one sentence), and keep a
    reading that finds one (see the module docstring)."""
    for sent in list(doc.sents):
        words = [t for t in sent if not t.is_space]
        if not 3 <= len(words) <= MAX_TOKENS:
            continue
        body = _body(words)
        spaces = [bool(t.whitespace_) for t in words]
        kicked = _after_kicker(doc, words)
        said = [words[0].text.capitalize(), *(t.text for t in words[1:])]  # (after a kicker)
        if kicked:
            # the news after a kicker, read as the sentence it is ("Sokoto: mob sets upon ...",
            # "Petare: plainclothes officers clubbing ..."): the model misreads a sentence
            # opened by a lower-case word
            capital = read(said, spaces)
            if _main_verb(capital):
                _adopt(doc, words, capital, entities=False)  # and doubted like any other
        if _misread_name(words[0]):  # "Houthis hijack car carrier ..." with "Houthis" as an
            # adjective: read with a pronoun in its place, kept when that is the subject
            stood = _stand_in_reading(read, [t.text for t in words], spaces, len(_lead(body)))
            if stood is not None and stood[0].dep_ == "nsubj" and stood[0].head.dep_ == "ROOT":
                _adopt(doc, words, stood, entities=False)
                _restore_name(doc[words[0].i])
                continue
        misread = _munition_misread(body)
        doubt = _doubtful_subject(body) if misread is None else misread
        predicate = _predicate_noun(body) if doubt is None else None
        if predicate is not None and kicked:  # "Juliaca: soldiers *fire* on protesters, ..."
            tried = _verb_reading(read, said, spaces, [predicate], finite=True, past=True)
            if tried is not None:
                _adopt(doc, words, tried, entities=False)
                continue
        lead = _lead(body)  # (the verb sought is the first update's)
        nominal = _nominal_root(body)
        feed_line = _finished(words) and nominal  # (ended by a stop)
        if _main_verb(lead) and doubt is None and not feed_line:
            continue
        verbal = any(_predicate(t) for t in lead) and not nominal
        if verbal and _finished(words) and not kicked and misread is None:
            continue  # running text (but a feed line's news ends with a stop too, and so does
            # a headline-style line whose parse has no finite main verb: it is read again)
        capitals = all_caps([t.text for t in words])
        titled = title_case([t.text for t in words]) or capitals
        texts = [t.text for t in words]
        if titled:
            texts = _from_capitals(words) if capitals else _sentence_case(doc, sent, words)
        if texts[0][:1].islower() and texts[0].isalpha():
            texts[0] = texts[0].capitalize()  # news after a kicker, as above
        reading = read(texts, spaces)
        doubt = doubt if doubt is not None else _doubtful_subject(list(reading[: len(body)]))
        # the doubted subject as the verb, kept only as a finite verb ("Army *repelled* raid")
        # (a munition's verb, "rounds *landed* near X", needs no object: read as finite)
        doubted = (
            _verb_reading(read, texts, spaces, [doubt], finite=True, past=misread is not None)
            if doubt
            else None
        )
        # a Title Case line set in sentence case may need nothing more ("... as gunmen strafe")
        head = reading[: len(lead)]
        verbs = _has_verb(head) if titled else (_finite_main if feed_line else _main_verb)(head)
        found = doubted is not None or verbs
        reading = doubted if doubted is not None else reading
        if not found:
            tries = _candidates(reading, len(body))[:MAX_CANDIDATES]
            # a participle's verb as the model lemmatised it ("battling" -> "battle")
            bases = {k: reading[k].lemma_.lower() for k in tries if reading[k].tag_ == "VBG"}
            verb_reading = _verb_reading(read, texts, spaces, tries, bases=bases)
            if verb_reading is not None:
                reading, found = verb_reading, True
        if found:
            _adopt(doc, words, reading, entities=titled)
    return doc


def _misread_name(tok: Any) -> bool:
    """The line opens with a plural name no dictionary knows that the model read as no noun
    ("Houthis target merchant ship", "Houthis" as a determiner)."""
    odd = tok.pos_ not in ("PROPN", "NOUN", "PRON", "NUM") or tok.dep_ in _NO_SUBJECT_DEPS
    named = tok.text[:1].isupper() and tok.text.isalpha() and not tok.is_stop
    plural = tok.lower_.endswith("s") and not tok.lower_.endswith("ss")  # a people or a group
    return named and plural and odd and not is_english_word(tok.lower_)


def _stand_in_reading(read: Reader, texts: list[str], spaces: list[bool], size: int) -> Any:
    """A reading of the line with its opening name replaced by a pronoun ("They target
    merchant ship ..."), which the model parses with a subject: the line's verb, as written
    or in its past form ("They *targeted* merchant ship"), else None."""
    pronoun = "They" if texts[0].endswith("s") else "It"
    said = [pronoun, *texts[1:]]
    reading = read(said, spaces)
    if _finite_main(reading[:size]):
        return reading
    tries = _candidates(reading, size)[:MAX_CANDIDATES]
    return _verb_reading(read, said, spaces, tries, finite=True, past=True)


def _restore_name(tok: Any) -> None:
    """The opening name keeps its own word class after a stand-in reading."""
    tok.tag_ = "NNPS" if tok.text.endswith("s") else "NNP"
    tok.pos_ = "PROPN"
    tok.lemma_ = tok.text


def _after_kicker(doc: Any, words: list[Any]) -> bool:
    """The sentence opens with a lower-case word right after a colon or dash on its line: the
    news after a feed line's kicker (see :mod:`~storyline.annotate.kickers`)."""
    first = words[0]
    if not first.text[:1].islower() or first.i == 0:
        return False
    mark = doc[first.i - 1]
    return "\n" not in mark.text_with_ws and (mark.text.endswith(":") or mark.text in KICKER_DASHES)


def _verb_reading(
    read: Reader,
    texts: list[str],
    spaces: list[bool],
    tries: list[int],
    *,
    finite: bool = False,
    bases: dict[int, str] | None = None,
    past: bool = False,
) -> Any:
    """The first reading in which a candidate, in its past form, has a subject and an object
    ("strike *hit* crowd", not "hits *crowded* at", a participle) or, with ``past``, is read as
    a finite verb ("soldiers *fired* on protesters"); else (unless ``finite``) the first in
    which it is a verb with a subject at all; else None."""
    first = None
    for k in tries:
        base = (bases or {}).get(k)
        tried = read([*texts[:k], _past(texts[k], base), *texts[k + 1 :]], spaces)
        if not (_verb_with_subject(tried[k]) and _agrees(tried[k], texts[k])):
            continue
        tensed = past and tried[k].tag_ == "VBD"  # the past form read as a finite verb
        _as_written(tried[k], texts[k], base)  # (the tag of the word as written: VBZ or VBP)
        if tensed or any(c.dep_ == "dobj" for c in tried[k].children):
            return tried
        first = first if first is not None else tried
    return None if finite else first


def _main_verb(toks: Any) -> bool:
    """A verb with a subject heads the sentence (not only a clause: "after hawker dies")."""
    return any(_verb_with_subject(t) and t.dep_ in _MAIN_DEPS for t in toks)


def _nominal_root(body: list[Any]) -> bool:
    """The parse's main clause is a noun, or a participle with no auxiliary: a present-tense
    headline line ended by a stop ("Federal forces fire rubber bullets at pensioners.",
    "Police fire tear gas at students marching on parliament.") misread as a noun phrase."""
    root = next((t for t in body if t.dep_ == "ROOT"), None)
    if root is None or len(body) > 20 or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in body):
        return False  # (a finite verb anywhere: running text the model misparsed)
    if any(_verb_with_subject(t) for t in body if t is not root):
        return False  # "Villagers accusing X of poisoning their wells set two lorries on fire"
    if root.pos_ in _NOMINAL:
        return True
    return root.tag_ == "VBG" and not any(c.dep_ == "aux" for c in root.children)


def _finite_main(toks: Any) -> bool:
    """A finite verb with a subject heads the sentence (a feed line's reading must find one)."""
    return any(
        _verb_with_subject(t) and t.dep_ in _MAIN_DEPS and t.tag_ in ("VBD", "VBZ", "VBP")
        for t in toks
    )


def _doubtful_subject(body: list[Any]) -> int | None:
    """Position of a subject that may read better as the headline's verb: the model made a noun
    the verb and the verb its subject, which then follows a plural modifier ("Looters *strip*
    malls bare"); the caller keeps that reading only with a finite verb. (A word in -s before
    a bare verb is no such sign: "Paris suburbs burn", "Junta forces recapture town".)"""
    inside = {t.i for t in body}
    for n, tok in enumerate(body):
        # (the headline's verb, or its clause under a closing attribution: "..., group says")
        main = tok.dep_ == "ROOT" or (tok.dep_ == "ccomp" and tok.head.i not in inside)
        if not main or tok.pos_ != "VERB":
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i - tok.i != -1:
            return None
        compounds = [c for c in subject.children if c.dep_ == "compound"]
        plural_modifier = any(c.tag_ in ("NNS", "NNPS") for c in compounds)
        # a plural collective before a bare verb read as a noun, its participle object read
        # as the verb ("Chechen police *torture* detained gay men")
        described = tok.tag_ in ("VBD", "VBN") and any(c.dep_ == "dobj" for c in tok.children)
        plural_modifier = plural_modifier or (
            described and subject.tag_ == "NN" and any(c.lower_ in _PLURALS for c in compounds)
        )
        # a city before a word in -s: "Dhaka *lifts* ban on rallies" ("Paris suburbs burn"
        # is kept: the caller needs the tried verb to take an object)
        named = (
            any(c.tag_ == "NNP" and known_city(c.text) for c in compounds)
            and subject.tag_ == "NNS"
            and subject.lower_ not in NEWS_PLURALS
            and tok.tag_ in ("VB", "VBP")
        )
        return n - 1 if plural_modifier or named else None
    return None


def _munition_misread(body: list[Any]) -> int | None:
    """Position of the verb after a plural munition the model read as the verb ("Pakistani
    mortar *rounds* land in border villages", with "land" as its object): the word after it,
    which the caller tries as the verb, kept only as a finite one."""
    for n, tok in enumerate(body[1:-1], 1):
        if tok.dep_ not in _MAIN_DEPS or tok.lower_ not in MUNITION_PLURALS:
            continue
        before, after = body[n - 1], body[n + 1]
        if before.dep_ != "nsubj" or before.tag_ != "NN" or before.head.i != tok.i:
            return None  # ("Army rounds up suspects": a verb with its own subject)
        if after.dep_ != "dobj" or after.tag_ not in ("NN", "VB") or after.head.i != tok.i:
            return None
        return n + 1
    return None


def _predicate_noun(body: list[Any]) -> int | None:
    """Position of a noun the parser gave a subject of its own in a main clause: a verb it
    misread ("soldiers *fire* on protesters" read as the noun "fire" with "soldiers" as its
    subject); the caller keeps the reading only with a finite verb."""
    for n, tok in enumerate(body):
        if tok.pos_ != "NOUN" or tok.dep_ not in _MAIN_DEPS:
            continue
        if any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
            return n
    return None


def _body(words: list[Any]) -> list[Any]:
    """The words before a closing attribution ("..., rights group says"), toll ("..., 2
    injured", "..., six dead") or short aftermath after a part with no verb ("Israeli artillery
    shells X, fires break out"): the headline proper (see also :func:`_lead`)."""
    for n in range(len(words) - 2, 0, -1):
        tail = words[n + 1 :]
        if words[n].text != "," or len(tail) > 6:
            continue
        if any(t.lemma_ in _SAYING for t in tail) or _toll(tail):
            return words[:n]
        if len(tail) <= 5 and not any(t.pos_ in ("VERB", "AUX") for t in words[:n]):
            return words[:n]  # "Israeli artillery shells X, fires break out": an aftermath
    return words


def _lead(body: list[Any]) -> list[Any]:
    """The words before a feed line's first semicolon ("Houthi drone slams into a tanker;
    UKMTO reports a fire"): the update whose verb is sought (the rest may have its own)."""
    chained = next((n for n, t in enumerate(body) if t.text == ";" and n >= 3), None)
    return body[:chained] if chained is not None else body


def _toll(tail: list[Any]) -> bool:
    """A count of victims closing a headline ("2 injured", "at least 6 dead.")."""
    alpha = [t for t in tail if t.is_alpha]
    return (
        any(t.like_num for t in tail)
        and bool(alpha)
        and alpha[-1].lower_ in TOLL_WORDS
        and len(alpha) <= 3
    )


def _finished(words: list[Any]) -> bool:
    """The sentence ends with a sentence mark: running text, not a headline."""
    return words[-1].text in SENTENCE_MARKS


def _predicate(tok: Any) -> bool:
    """A verb or auxiliary that is not a participle modifying a noun ("of jailed leaders"); a
    past form in -ed right after a noun is one ("workers at the terminal downed tools": the
    coder reads that misparse itself)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ not in ("amod", "compound"):
        return True
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.lower_.endswith("ed") and before is not None and before.pos_ in ("NOUN", "PROPN")


def title_case(words: list[str]) -> bool:
    """Most longer words after the first start with a capital (and they are not all caps): a
    headline set in Title Case ("Gunmen Snatch 30 Pupils From Boarding School")."""
    long = [w for w in words[1:] if w.isalpha() and len(w) >= 4]
    capital = [w for w in long if w[0].isupper() and not w.isupper()]
    return len(long) >= 3 and len(capital) >= 0.75 * len(long)


def all_caps(words: list[str]) -> bool:
    """Most longer words are in capitals: a headline set in all caps ("SUDANESE WARPLANES
    BOMB NYALA")."""
    long = [w for w in words if w.isalpha() and len(w) >= 4]
    return len(long) >= 3 and sum(w.isupper() for w in long) >= 0.75 * len(long)


def _from_capitals(words: list[Any]) -> list[str]:
    """An all-caps line in sentence case for the reading: places, countries and peoples
    capitalised ("Nyala", "Sudanese"), other English words lower-cased, and short words that
    are no English word kept as acronyms ("US", "IED")."""
    out = []
    for n, t in enumerate(words):
        text, low = t.text, t.text.lower()
        title = text.capitalize()
        if not text.isupper() or not text.isalpha():
            out.append(text)  # "48", "'s", "PONT-SONDÉ" as written
        elif find_place((low,), towns=True) or is_demonym(title) or is_country_name(title):
            out.append(title)
        elif is_english_word(low) or low in _WORDS:
            out.append(title if n == 0 else low)
        else:
            out.append(text if len(text) <= 4 else title)  # an acronym, else a name
    return out


def dash_headline(words: list[str]) -> bool:
    """The words before a dash read as a headline run into its lead: in Title Case, or four
    words or more not opened by an all-caps dateline ("KABUL —")."""
    dateline = bool(words) and words[0].isupper() and len(words[0]) > 1
    return title_case(words) or (sum(w.isalpha() for w in words) >= 4 and not dateline)


def _sentence_case(doc: Any, sent: Any, words: list[Any]) -> list[str]:
    """The words with every capitalised common word lower-cased (see the module docstring)."""
    elsewhere = {
        t.text
        for t in doc
        if not (sent.start <= t.i < sent.end) and not t.is_sent_start and t.text[:1].isupper()
    }
    out = []
    for n, t in enumerate(words):
        text = t.text
        keep = (
            n == 0
            or not text[:1].isupper()
            or (text.isupper() and len(text) > 1)
            or text in elsewhere
            or t.ent_type_ in _NAMES
            or find_place((text,), towns=True) is not None
        )
        out.append(text if keep else text.lower())
    return out


def _candidates(reading: Any, size: int) -> list[int]:
    """Nouns among the first ``size`` words that sit between a noun (the subject's last word) and
    what could be an object or a prepositional phrase, never the last word or a compound before
    the last common noun."""
    toks = [t for t in reading[:size] if not t.is_punct]
    out = []
    for n in range(1, len(toks) - 1):
        tok, before, after = toks[n], toks[n - 1], toks[n + 1]
        plain = tok.text.isalpha() and len(tok.text) >= 3 and tok.lower_ not in _WORDS
        subject = before.pos_ in _NOMINAL or (before.pos_ == "ADJ" and before.lower_[-1] == "s")
        subject = subject or _misread_opening(before)  # "IED rips through", "Houthis target"
        objects = after.pos_ in _AFTER_VERB or after.dep_ == "amod"  # "ransack ruling party"
        # a verb the model left without a subject ("Russian artillery pounds X") is tried too
        # (a participle stays one: "Two soldiers killed in ambush" is a passive)
        bare = tok.pos_ == "VERB" and tok.tag_ in ("VBZ", "VBP", "VB")
        # a feed line's participle after its subject ("Junta artillery pounding villages")
        participle = tok.tag_ == "VBG" and tok.dep_ in _PARTICIPLE_DEPS
        bare = bare or (participle and before.pos_ in _NOMINAL)
        # (or one whose subject the model hung on it as a modifier: "Mali *expels* French
        # ambassador", with "expels" an adjective of the envoy)
        main = _verb_with_subject(tok) and tok.dep_ != "amod"
        word = tok.pos_ in _NOMINAL or (bare and not main)
        word = word or (tok.lower_ == "down" and after.lower_ == "tools")  # "doctors down tools"
        word = word or (tok.pos_ == "ADJ" and tok.lower_ in VERB_ADJECTIVES)
        word = word and tok.lower_ not in NEWS_PLURALS  # "truce talks resume": talks are talks
        if not (plain and word and subject and objects):
            continue
        if n + 2 == len(toks) and after.pos_ == "NOUN":
            continue  # "police station attack": a compound, not "police stationed attack"
        out.append(tok.i)
    # a verb agrees with the noun before it ("air raid flattens", "truce talks resume"); then
    # a word right after a name that opens the line ("Hezbollah fires rocket barrage at X":
    # a headline's subject is most often a name); then a bare verb before a word in -s
    return sorted(
        out,
        key=lambda i: (
            not _agreeing(reading[i - 1], reading[i].text),
            not _after_opening_name(reading, i),
            _base(reading[i].text) != reading[i].lower_,
        ),
    )


def _after_opening_name(reading: Any, i: int) -> bool:
    """The word at ``i`` is a headline verb in -s after a proper name that opens the line
    ("Hezbollah *fires* ...")."""
    if reading[i].lower_ not in NAME_VERBS:
        return False
    before = [t for t in reading[:i] if not t.is_punct]
    return bool(before) and all(t.pos_ == "PROPN" for t in before) and bool(before[-1].ent_type_)


def _misread_opening(tok: Any) -> bool:
    """The line's first word, capitalised, that the model took for a verb or a determiner
    ("IED rips through a convoy" with "IED" as a bare verb, "Houthis target a ship" with
    "Houthis" as a determiner): a headline opens with its subject far more often than with
    an order."""
    first = tok.i == 0 or tok.is_sent_start
    return (
        first
        and tok.text[:1].isupper()
        and tok.text.isalpha()
        and tok.pos_ in ("VERB", "DET", "ADV", "INTJ", "X")
        and tok.tag_ not in ("VBD", "VBN", "VBG")  # "Renewed fighting in ...": a modifier
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _agreeing(before: Any, word: str) -> bool:
    """A headline verb in -s after a singular noun, a bare one after a plural noun; a feed
    line's participle after any ("youths barricading roads")."""
    if word.lower().endswith("ing"):
        return True
    return (_base(word) != word.lower()) != _plural(before)


def _plural(tok: Any) -> bool:
    low = tok.lower_
    return (
        tok.tag_ in ("NNS", "NNPS")
        or low in _PLURALS
        or (low.endswith("s") and not low.endswith(("ss", "us", "is")))
    )


def _base(word: str) -> str:
    """The bare verb of a headline's present-tense form ("targets" -> "target"), or of a
    feed line's participle ("pounding" -> "pound", "raping" -> "rape", "lobbing" -> "lob")."""
    low = word.lower()
    if low.endswith("ing") and len(low) > 5:
        return _ing_base(low[:-3])
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-2] if low.endswith(("shes", "ches", "xes", "sses")) else low[:-1]
    return low


def _ing_base(stem: str) -> str:
    """The verb of an -ing word's stem: a doubled consonant undone ("lobb" -> "lob", but
    "kill", "mass"), a silent e restored on one-syllable stems ending in one vowel and one
    consonant ("rap" -> "rape", "trad" -> "trade", "fir" -> "fire") and on stems no verb ends
    in ("battl", "mov", "charg", "forc"). Only for words the model did not tag as
    participles: for those its own lemma is used.)"""
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    if re.search(r"([bcdfgkptz]l|[^l]v|[rd]g|[^aeiou]c)$", stem):
        return stem + "e"  # "battl", "mov", "charg", "forc"
    one_vowel = len(re.findall(r"[aeiou]+", stem)) == 1
    if one_vowel and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", stem):
        return stem + "e"
    return stem


def _past(word: str, base: str | None = None) -> str:
    """The past-tense form of the word's verb (``base``, else read off the word), in the
    word's case."""
    base = base or _base(word)
    if base in IRREGULAR_PAST:
        past = IRREGULAR_PAST[base]
    elif _doubles(base):
        past = base + base[-1] + "ed"  # "strip" -> "stripped", "nab" -> "nabbed"
    elif base.endswith("e"):
        past = base + "d"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        past = base[:-1] + "ied"
    else:
        past = base + "ed"
    return past.capitalize() if word[:1].isupper() else past


#: longer verbs stressed on their last syllable, which double it too ("expel" -> "expelled")
DOUBLING = frozenset(
    {"expel", "compel", "repel", "propel", "dispel", "control", "patrol", "enrol", "admit"}
    | {"commit", "omit", "submit", "permit", "transmit", "occur", "incur", "refer", "confer"}
    | {"defer", "transfer", "deter", "abet", "regret", "rebut", "equip", "kidnap", "worship"}
)


def _doubles(base: str) -> bool:
    """A one-syllable verb ending in one vowel and one consonant doubles it before -ed, and so
    does a longer one stressed on that syllable."""
    if base in DOUBLING:
        return True
    groups = re.findall(r"[aeiou]+", base)
    return len(groups) == 1 and re.search(r"[^aeiou][aeiou][bdgklmnprt]$", base) is not None


def _as_written(tok: Any, word: str, base: str | None = None) -> None:
    """The tried verb's lemma and tense as the headline wrote it ("setted" is not "sette");
    an -ing word the model took for a noun keeps the lemma of its tried past form
    ("barricading" read as "barricaded": "barricade")."""
    ing = word.lower().endswith("ing")
    tok.lemma_ = base or (tok.lemma_.lower() if ing else _base(word))
    tok.tag_ = "VBZ" if tok.lemma_ != word.lower() else "VBP"


def _has_verb(reading: Any) -> bool:
    return any(_verb_with_subject(t) for t in reading)


def _verb_with_subject(tok: Any) -> bool:
    return bool(tok.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))


def _agrees(verb: Any, word: str) -> bool:
    """A headline's bare verb needs a plural subject ("riot police blast", never "riot police"
    read as "the riot policed"); a verb in -s may take any subject."""
    if _base(word) != word.lower():
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subject = subjects[0]
    # several parties, joined by "and" or by a headline's comma ("Armenia, Azerbaijan sign")
    joined = len(subjects) > 1 or any(c.dep_ in ("conj", "appos") for c in subject.children)
    return _plural(subject) or subject.lower_.endswith("s") or joined


#: the token attributes a second reading replaces (HEAD first: rows hold relative heads)
READING_ATTRS = ("HEAD", "DEP", "POS", "TAG", "LEMMA")


def copy_reading(doc: Any, words: list[Any], reading: Any) -> Any:
    """``doc``'s attribute array (:data:`READING_ATTRS`) with the tags, lemmas and tree of
    ``reading`` (a parse of ``words`` alone) copied onto those words; the caller may change it
    further before ``doc.from_array(READING_ATTRS, array)``."""
    array = doc.to_array(list(READING_ATTRS))
    new = reading.to_array(list(READING_ATTRS))
    for k, tok in enumerate(words):
        array[tok.i] = new[k]
        set_head(array, tok.i, words[reading[k].head.i].i)
    return array


def set_head(array: Any, i: int, head: int) -> None:
    """Row ``i`` of a :data:`READING_ATTRS` array points at token ``head``."""
    array[i][0] = (head - i) % (1 << 64)


def _adopt(doc: Any, words: list[Any], reading: Any, *, entities: bool) -> None:
    """Copy the reading's tags, lemmas and tree (and entities) onto the sentence's words."""
    doc.from_array(list(READING_ATTRS), copy_reading(doc, words, reading))
    if entities:
        from spacy.tokens import Span

        inside = {t.i for t in words}
        kept = [e for e in doc.ents if not any(i in inside for i in range(e.start, e.end))]
        moved = [
            Span(doc, words[e.start].i, words[e.end - 1].i + 1, label=e.label_)
            for e in reading.ents
            if words[e.end - 1].i - words[e.start].i == e.end - 1 - e.start
        ]
        doc.ents = sorted([*kept, *moved], key=lambda s: s.start)


def sentence_readings(nlp: Any) -> Reader:
    """A reader that parses the given words as one sentence with every pipe of ``nlp``."""
    from spacy.tokens import Doc

    pipes = list(nlp.pipeline)

    def read(words: list[str], spaces: list[bool]) -> Any:
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
        for tok in doc:
            tok.is_sent_start = tok.i == 0
        for _, proc in pipes:
            doc = proc(doc)
        return doc

    return read
