"""Word forms of the rule coder: which lexicon entry a token stands for when the tokenizer, the
tagger or the lemmatizer got its form wrong (a hyphenated word split at the hyphen, a participle
read as an adjective, an -ing noun, a capitalised noun after a dateline's dash)."""

from __future__ import annotations

from dataclasses import replace

from storyline.events.graph import Parse
from storyline.events.lexicon import Lexicon, Trigger
from storyline.events.words import ArticleState as _Article
from storyline.events.words import singular
from storyline.records import Token

DASHES = frozenset({"-", "—", "–", ":"})  # a dateline's end ("JUBA - ", "KABUL: ")


class WordForms:
    """Lexicon lookups of mis-tokenized, mis-tagged and mis-lemmatized words; needs ``lex``."""

    lex: Lexicon
    _gerund_cache: dict[str, tuple[Trigger, ...]] | None = None

    def _opening_noun(self, st: _Article, tok: Token) -> str | None:
        """The lexicon noun a capitalised word is when the tagger read it as a name because it
        follows a dateline's dash ("JUBA - Clashes pitted ...") or opens the sentence with no
        entity label ("Gunfight rages in Kulgam")."""
        word = tok.text.lower()
        before = st.parse[tok.i - 1] if tok.i > 0 else None
        opens = before is None or before.sentence != tok.sentence
        after_dash = before is not None and before.text in DASHES
        if not tok.text[1:].islower() or not (after_dash or (opens and not tok.ent_type)):
            return None
        forms = (word, singular(word), word[:-2] if word.endswith("es") else word)
        return next((f for f in forms if f in self.lex.nouns), None)

    def _gerund(self, lemma: str) -> tuple[Trigger, ...]:
        """The act a noun in -ing names when the lexicon has its verb ("the ransacking of the
        office", "the caning of a student"): the verb's attack or coercion entries, read as a
        noun whose of-phrase is who or what undergoes it and must be the kind the verb takes."""
        if not lemma.endswith("ing") or len(lemma) < 6:
            return ()
        if self._gerund_cache is None:
            self._gerund_cache = {}
        if lemma not in self._gerund_cache:
            stem = lemma[:-3]
            stems = [stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem]
            verb = next((v for v in stems if v in self.lex.verbs), None)
            entries = self.lex.verbs.get(verb, ()) if verb is not None else ()
            self._gerund_cache[lemma] = tuple(
                replace(t, nominal=True, of="recipient", agent=False)
                for t in entries
                if t.particle is None
                and t.obj is not None
                and t.subject is None
                and t.event in ("ASSAULT", "COERCE")
            )
        return self._gerund_cache[lemma]

    def _lemma(self, st: _Article, tok: Token) -> str:
        """The token's lemma, or the hyphenated word it ends when the lexicon has that word
        ("lathi-charged", "sit-in": the tokenizer splits them at the hyphen)."""
        lemma = tok.lemma.lower()
        ahead = st.parse.tokens[tok.i + 2 : tok.i + 3]
        if tok.text.lower() == "wound" and ahead and ahead[0].text.lower() == "way":
            return "wind"  # "wound their way past the palace": winding, no wounds
        if tok.i < 2 or st.parse[tok.i - 1].text != "-":
            return lemma
        first = st.parse[tok.i - 2]
        joined = f"{first.text.lower()}-{lemma}"
        known = joined in self.lex.verbs or joined in self.lex.nouns
        return joined if known and first.sentence == tok.sentence else lemma

    def _participle_verb(self, tok: Token, lemma: str) -> str | None:
        """The lexicon verb of a past participle, whatever lemma the tagger gave it."""
        word = tok.text.lower()
        for verb in (lemma, word[:-1], word[:-2], word[:-3]):  # -d, -ed, doubled consonant
            if verb in self.lex.verbs:
                return verb
        return None

    def _hyphenated_participle(self, tok: Token, parse: Parse) -> str | None:
        """The lexicon verb a participle the tagger read as an adjective comes from: a
        hyphenated one ("lathi-charged" -> "lathi-charge", "toyi-toyiing" -> "toyi-toyi"), or a
        past tense with a subject of its own at the head of the sentence ("residents of the
        quarter lynched and burned two men")."""
        word = tok.text.lower()
        subject = parse.child(tok.i, "nsubj")
        predicate = tok.dep in ("ROOT", "ccomp") and word.endswith("ed") and subject is not None
        if ("-" not in word and not predicate) or not word.endswith(("d", "ing")):
            return None
        for verb in (word[:-1], word[:-2], word[:-3]):  # -d, -ed, -ing
            if verb in self.lex.verbs:
                return verb
        return None
