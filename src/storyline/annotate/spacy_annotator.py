"""spaCy-based annotator: sentences, tokens with the dependency parse, entity mentions (with
fixed labels, roles, coreference, country and sector), quantities and time expressions.

The model is loaded once per annotator; ``annotate_many`` streams articles through
``nlp.pipe`` in batches of ``settings.batch_size``. The rule layers work on the parsed ``Doc``:
:mod:`~storyline.annotate.mentions` (with :mod:`~storyline.annotate.roles` and
:mod:`~storyline.annotate.actors`), :mod:`~storyline.annotate.quantities` and
:mod:`~storyline.annotate.timexes`; each visits tokens once or only the entities. The token
records are read from the parse column-wise (``Doc.to_array``: one array per attribute, each
distinct string looked up once) rather than through per-token attribute access; an irregular
past form the tagger read as a present ("gunmen on a motorcycle *shot*", VBP) gets its verb's
lemma from the pipeline's own lemmatizer tables.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from storyline.annotate.actors import country_of, sector_of
from storyline.annotate.headlines import (
    dash_headline,
    repair_headlines,
    sentence_readings,
    title_case,
)
from storyline.annotate.kickers import hold_news, kicker_ends
from storyline.annotate.mentions import build_mentions
from storyline.annotate.quantities import find_quantities
from storyline.annotate.relatives import repair_reduced_relatives
from storyline.annotate.timexes import find_timexes
from storyline.errors import AnnotationError
from storyline.records import AnnotatedArticle, Article, Mention, Sentence, Token
from storyline.settings import Settings

log = logging.getLogger(__name__)

VERSION = "spacy.v1"
# hyphenated verbs of the South Asian press that the tokenizer would split at the hyphen, which
# leaves the small model parsing "lathi" as a noun and "charged" as an accusation
NEWS_WORDS = (
    *(
        f"{first}-{form}"
        for first in ("lathi", "baton", "cane")
        for form in ("charge", "charged", "charges", "charging")
    ),
    *("toyi-toyied", "toyi-toyiing"),  # the South African protest dance, as a verb
    *("work-to-rule", "pen-down", "stay-away"),  # forms of strike
)

#: Word forms the small model's lemmatizer gets wrong ("raped" -> "rap"), with their lemma.
LEMMA_REPAIRS = {
    **dict.fromkeys(("raped", "rapes", "raping"), "rape"),
    **dict.fromkeys(("caned", "caning"), "cane"),
    **dict.fromkeys(("cordoned", "cordoning"), "cordon"),
    **dict.fromkeys(("gheraoed", "gheraoing"), "gherao"),
    **dict.fromkeys(("tasered", "tasering"), "taser"),
    **dict.fromkeys(("retook", "retaken"), "retake"),
    **dict.fromkeys(("recaptured",), "recapture"),
    **dict.fromkeys(("teargassed", "teargassing"), "teargas"),
}


def past_forms(nlp: Any) -> dict[str, str]:
    """Irregular past forms that are no base form of a verb, with their lemma ("shot" ->
    "shoot", "fled" -> "flee"; not "found" or "saw"), from the pipeline's own lemmatizer
    tables; empty when the pipeline has no rule lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return {}
    exceptions = lookups.get_table("lemma_exc").get("verb", {})
    bases = (
        set(lookups.get_table("lemma_index").get("verb", ()))
        if lookups.has_table("lemma_index")
        else set()
    )
    return {
        form: lemmas[0]
        for form, lemmas in exceptions.items()
        if lemmas and lemmas[0] != form and form not in bases
    }


def load_model(name: str) -> Any:
    """Load an installed spaCy pipeline by package name; a clear error lists what is installed."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        installed = ", ".join(sorted(spacy.util.get_installed_models())) or "none"
        raise AnnotationError(
            f"spaCy model {name!r} is not installed (installed: {installed}); "
            "set `model` to one of them or pip install the model package"
        ) from exc


class SpacyAnnotator:
    """Annotates articles with one spaCy pipeline, loaded once and reused for every batch."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.nlp = load_model(settings.model)
        _keep_news_words(self.nlp)
        _break_after_headline(self.nlp)
        self._read = sentence_readings(self.nlp)
        self._past_forms = past_forms(self.nlp)
        meta = self.nlp.meta
        self.name = f"{VERSION}/{meta.get('name', settings.model)}-{meta.get('version', '?')}"
        country_of("Venezuela")  # build the lexicons now, not inside the first batch
        sector_of("government")

    def annotate_many(self, articles: Iterable[Article]) -> Iterator[AnnotatedArticle]:
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(
            pairs, as_tuples=True, batch_size=self.settings.batch_size
        ):
            yield self._annotate(doc, article)

    def _annotate(self, doc: Any, article: Article) -> AnnotatedArticle:
        doc = repair_headlines(doc, self._read)
        doc = repair_reduced_relatives(doc, self._read, self._past_forms)
        sents = list(doc.sents)
        sentences = tuple(
            Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(sents)
        )
        sent_of = [i for i, s in enumerate(sents) for _ in range(s.start, s.end)]
        mentions = tuple(build_mentions(doc, article.id, sent_of))
        tokens = _tokens(doc, sent_of, _fixed_labels(doc, mentions), self._past_forms)
        quantities = tuple(find_quantities(doc, article.id, sent_of))
        timexes = tuple(find_timexes(doc, article.id, sent_of, article.published))
        return AnnotatedArticle(
            article, sentences, tokens, mentions, quantities, timexes, self.name
        )


def _keep_news_words(nlp: Any) -> None:
    """Keep the hyphenated news words of ``NEWS_WORDS`` as one token each."""
    from spacy.symbols import ORTH

    for word in NEWS_WORDS:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


#: a first line this long or longer is running text that was hard-wrapped, not a headline
HEADLINE_MAX_TOKENS = 25
#: words that cannot end a headline; a first line ending in one was hard-wrapped mid-sentence
UNFINISHED = frozenset(
    {"a", "an", "the", "of", "on", "in", "at", "to", "for", "by", "with", "from", "and", "or"}
)


def headline_end(doc: Any) -> int | None:
    """Index of the newline token that ends a headline on the text's first line, if there is one:
    a short line, not finished with a sentence mark, a comma or a word that needs more words."""
    for tok in doc[: HEADLINE_MAX_TOKENS + 1]:
        if "\n" not in tok.text_with_ws:
            continue
        before = [t for t in doc[: tok.i + 1] if not t.is_space]
        last = before[-1] if before else None
        if last is None or tok.i + 1 >= len(doc):
            return None
        if last.text in (".", "!", "?", ",", ";", ":", "-", "—", "–"):
            return None
        hyphened = last.i > 0 and doc[last.i - 1].text == "-" and not doc[last.i - 1].whitespace_
        # ("... in Basra drive-by": the end of a hyphened word, not a preposition left open)
        return None if last.lower_ in UNFINISHED and not hyphened else tok.i
    return None


#: dashes that join a headline to its lead on one line ("Rebels Seize Town — Fighters ...")
HEADLINE_DASHES = frozenset({"—", "–", "--", "-"})


def dash_headline_end(doc: Any) -> int | None:
    """Index of the dash that ends a headline run into its lead on the same line, if there is
    one ("Gunmen Snatch 30 Pupils From School — Attackers scaled ...", "Landmine kills two
    soldiers near the border — The men were on patrol ..."): the words before it are in Title
    Case, or are four or more words with no sentence mark, opened by no all-caps dateline
    ("KABUL —") and followed by a capitalised lead with no second dash (no aside)."""
    for tok in doc[1 : HEADLINE_MAX_TOKENS + 1]:
        spaced = bool(tok.whitespace_) and bool(doc[tok.i - 1].whitespace_)
        if tok.text not in HEADLINE_DASHES or not spaced or tok.i + 1 >= len(doc):
            continue
        dash: int = tok.i
        words = [t.text for t in doc[: tok.i]]
        if not doc[tok.i + 1].text[:1].isupper() or any(w in (".", "!", "?") for w in words):
            return None
        if not dash_headline(words):
            return None
        if title_case(words):
            return dash
        line = doc[tok.i + 1 :]
        end = next((t.i for t in line if "\n" in t.text_with_ws), len(doc))
        aside = any(t.text in HEADLINE_DASHES for t in doc[tok.i + 1 : end])
        return None if aside else dash
    return None


def headline_semicolons(doc: Any) -> list[int]:
    """Indices of the semicolons that join two clauses of a headline ("Roadside bomb tears
    through army truck; six soldiers dead"): on a short line that no sentence mark ends, with
    words on both sides. Each clause is a sentence of its own, as the headline means it."""
    out: list[int] = []
    start = 0
    for text in doc.text.split("\n"):  # (only lines with a semicolon are tokenised)
        end = start + len(text)
        if ";" in text:
            span = doc.char_span(start, end, alignment_mode="expand")
            out += _line_semicolons([t for t in span if not t.is_space] if span else [])
        start = end + 1
    return out


def _line_semicolons(line: list[Any]) -> list[int]:
    if not line or len(line) > HEADLINE_MAX_TOKENS or line[-1].text in (".", "!", "?", '"'):
        return []
    return [
        t.i
        for n, t in enumerate(line)
        if t.text == ";"
        and n >= 3
        and len(line) - n > 2
        and (line[n + 1].is_alpha or line[n + 1].like_num)
    ]


def _break_after_headline(nlp: Any) -> None:
    """Start a new sentence after a headline line and after a feed line's kicker (see
    :mod:`~storyline.annotate.kickers`), before the parser joins it to what follows."""
    from spacy.language import Language

    name = "storyline_headline_break"
    if not Language.has_factory(name):

        @Language.component(name)
        def _headline_break(doc: Any) -> Any:
            end = headline_end(doc)
            if end is None:
                end = dash_headline_end(doc)
            ends = [*([end] if end is not None else []), *headline_semicolons(doc)]
            kickers = kicker_ends(doc)
            for end in [*ends, *kickers]:
                nxt = next((t for t in doc[end + 1 :] if not t.is_space), None)
                if nxt is not None:
                    nxt.is_sent_start = True
                    _hold_first_word(doc, nxt.i)
            for end in kickers:
                hold_news(doc, end)
            return doc

    if name not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(name, before="parser")


def _hold_first_word(doc: Any, i: int) -> None:
    """Keep the lead's first word in the sentence of the word after it on its line ("Police |
    used tear gas ..." after a headline: the parser made the capitalised noun a sentence of its
    own). A word alone on its line (a dateline) or before a mark ("Kano: ...") is left alone."""
    if i + 1 >= len(doc) or "\n" in doc[i].text_with_ws:
        return
    after = doc[i + 1]
    if after.is_alpha and after.is_sent_start is None:
        after.is_sent_start = False


def _fixed_labels(doc: Any, mentions: tuple[Mention, ...]) -> dict[int, str]:
    """Token index -> mention label where the rules changed the model's entity label."""
    out: dict[int, str] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end)
        if span is not None and any(t.ent_type_ != m.label for t in span):
            out.update((t.i, m.label) for t in span)
    return out


#: Token attributes read column-wise, in :class:`Token` field order after ``i``/``sentence``.
_COLUMNS = ("IDX", "ORTH", "LEMMA", "POS", "TAG", "DEP", "HEAD", "ENT_TYPE")


def _tokens(
    doc: Any,
    sent_of: list[int],
    labels: dict[int, str],
    past: Mapping[str, str] | None = None,
) -> tuple[Token, ...]:
    """The token records of ``doc`` (``labels``: token index -> fixed entity label), equal to
    reading ``t.idx``, ``t.text``, ``t.lemma_``, ``t.pos_``, ``t.tag_``, ``t.dep_``,
    ``t.head.i`` and ``t.ent_type_`` token by token; a verb the tagger read as a present or
    base form though it is an irregular past (``past``: form -> lemma) gets its verb's lemma
    ("gunmen on a motorcycle shot ..." tagged VBP keeps the lemma "shot" otherwise), and a
    hashtag's word the parser made an argument of a verb is labelled "meta"."""
    from spacy.parts_of_speech import NAMES

    if not len(doc):
        return ()
    idx, orth, lemma, pos, tag, dep, head, ent = doc.to_array(list(_COLUMNS)).T.tolist()
    strings = doc.vocab.strings
    text = _strings(orth, strings.__getitem__)
    starts = range(len(idx))
    heads = [(h if h < 1 << 63 else h - (1 << 64)) + i for i, h in zip(starts, head, strict=True)]
    ent_types = _strings(ent, strings.__getitem__)
    for i, label in labels.items():
        ent_types[i] = label
    lemmas = _strings(lemma, strings.__getitem__)
    # words the lemmatizer gets wrong ("raped"), looked up once per distinct word
    repairs = {k: r for k in set(orth) if (r := LEMMA_REPAIRS.get(strings[k].lower()))}
    if repairs:
        lemmas = [repairs.get(key, lem) for key, lem in zip(orth, lemmas, strict=True)]
    tags = _strings(tag, strings.__getitem__)
    deps = _strings(dep, strings.__getitem__)
    if "#" in text:  # a hashtag's word is a label on the line, no object or subject of a verb
        # ("Kano: #EndBadGovernance protesters break into a grain store")
        for i in range(1, len(text)):
            if text[i - 1] == "#" and idx[i] == idx[i - 1] + 1 and deps[i] in _ARGUMENT_DEPS:
                deps[i] = "meta"
    past = past or {}
    misread = {lem for lem in set(lemmas) if lem.lower() in past}
    if misread:  # (most texts have none: the per-token pass runs only when one occurs)
        for i, (t, lem) in enumerate(zip(tags, lemmas, strict=True)):
            if lem in misread and t in ("VBP", "VB"):
                lemmas[i] = past[lem.lower()]
    return tuple(
        map(
            Token,
            starts,
            sent_of,
            idx,
            [i + len(t) for i, t in zip(idx, text, strict=True)],
            text,
            lemmas,
            _strings(pos, NAMES.__getitem__),
            tags,
            deps,
            heads,
            ent_types,
        )
    )


#: dependencies that make a word an argument of its head
_ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "appos"})


def _strings(keys: list[int], lookup: Any) -> list[str]:
    """``keys`` (string hashes or ids) as strings, each distinct key looked up once."""
    table = {k: str(lookup(k)) for k in set(keys)}
    return [table[k] for k in keys]
