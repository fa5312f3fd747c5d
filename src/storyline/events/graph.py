"""A read-only view of the dependency parse in ``AnnotatedArticle.tokens`` with a children index."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from storyline.records import Token

# modifiers that belong to the noun phrase of an actor or recipient
NP_MODIFIERS = frozenset(
    {"compound", "amod", "poss", "nmod", "nummod", "quantmod", "case", "det", "predet", "punct"}
)
DROP_LEADING = frozenset({"det", "predet", "punct", "case", "cc"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})


def _shifted_objects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Re-hang the object that officialese puts after an instrument or a place ("mutilated with
    machetes several civilians", "signed in Maputo the peace accord"): the parser reads it as an
    apposition of the instrument or place; it is the verb's direct object when the verb has
    none."""
    out = list(tokens)
    for tok in tokens:
        if tok.dep != "appos" or not 0 <= tok.head < len(tokens):
            continue
        named = (
            tok.pos == "PROPN"
            and any(  # "signed in Maputo the Agreement of Peace"
                t.head == tok.i and t.dep == "det" and t.i < tok.i for t in tokens[: tok.i]
            )
        )
        if tok.pos != "NOUN" and not named:
            continue
        inst = tokens[tok.head]
        prep = tokens[inst.head] if inst.dep == "pobj" else None
        verb = tokens[prep.head] if prep is not None and prep.text.lower() in SHIFT_PREPS else None
        if verb is None or verb.pos != "VERB" or not inst.i < tok.i:
            continue
        if any(t.head == verb.i and t.dep == "dobj" and t.i != t.head for t in tokens):
            continue
        if any(t.text == "," for t in tokens[inst.i : tok.i]):
            continue  # "with its allies, the militias": a true apposition
        out[tok.i] = replace(tok, head=verb.i, dep="dobj")
    return tuple(out)


# prepositions whose object officialese puts before the verb's own object
SHIFT_PREPS = frozenset({"with", "in", "at"})
# dependents a true participle or finite verb has of its own
VOICED = frozenset({"aux", "auxpass", "agent", "dobj"})
#: verbs of an attribution put after what it reports ("..., port officials said")
ATTRIBUTING = frozenset({"say", "tell", "report", "add", "claim", "confirm", "state"})


def _by_sentence(tokens: tuple[Token, ...]) -> dict[int, list[Token]]:
    out: dict[int, list[Token]] = {}
    for tok in tokens:
        out.setdefault(tok.sentence, []).append(tok)
    return out


def _misrooted_predicates(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Repair a verbless reading of "<subject> <verb>ed with <instrument> <object>" ("The
    aerospace force of the Guards targeted with ballistic missiles the headquarters of ..."):
    the parser makes the subject the root noun (or the subject of a verb of saying at the end:
    "..., a statement of the corps indicated"), the verb a participle inside it and the object
    an apposition of the subject. When the apposition follows the participle with no comma
    between (a true apposition is set off by commas), the participle is the clause's verb, the
    noun its subject and the apposition its object."""
    out = list(tokens)
    sentences = _by_sentence(tokens)
    for noun in tokens:
        if noun.pos not in ("NOUN", "PROPN") or noun.dep not in ("ROOT", "nsubj"):
            continue
        words = sentences[noun.sentence]
        if noun.dep == "ROOT":
            if any(t.pos in ("VERB", "AUX") and t.dep in ("ROOT", "ccomp") for t in words):
                continue
            gov = None
        elif noun.dep == "nsubj" and tokens[noun.head].dep == "ROOT" and noun.i < noun.head:
            gov = tokens[noun.head]  # the verb of saying the whole report hangs on
        else:
            continue
        heads = {noun.i} | {t.i for t in words if t.dep == "conj" and t.head == noun.i}
        objs = [t for t in words if t.dep == "appos" and t.head in heads and t.pos == "NOUN"]
        for verb in words:
            if verb.dep != "acl" or verb.tag not in ("VBD", "VBN") or not noun.i < verb.i:
                continue
            if any(t.head == verb.i and t.dep in VOICED for t in words):
                continue  # a participle with its own auxiliary, agent or object
            obj = next((o for o in objs if verb.i < o.i), None)
            if obj is None or any(t.text == "," for t in tokens[verb.i : obj.i]):
                continue
            if gov is not None and not obj.i < gov.i:
                continue
            out[verb.i] = (
                replace(verb, head=verb.i, dep="ROOT")
                if gov is None
                else replace(verb, head=gov.i, dep="ccomp")
            )
            out[noun.i] = replace(noun, head=verb.i, dep="nsubj")
            out[obj.i] = replace(obj, head=verb.i, dep="dobj")
            for t in words:  # the noun's later dependents (a participle clause) are the verb's
                if t.head == noun.i and t.i > obj.i and t.dep in ("advcl", "conj", "cc"):
                    out[t.i] = replace(t, head=verb.i)
            if gov is not None:  # "..., a statement of the corps indicated": the speaker
                for t in words:
                    if t.head == noun.i and t.dep == "appos" and obj.i < t.i < gov.i:
                        out[t.i] = replace(t, head=gov.i, dep="nsubj")
            break
    return tuple(out)


def _subject_rooted_objects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Repair "<subject> <verb>ed in <place> an accord ..." read as a noun root with a subject
    ("the government and the ELN signed in Havana an accord": "accord" the root, "signed" a
    participle of the subject): a root noun has no subject of its own, so a past-tense verb
    between its subject and it, with no object and no comma before the noun, is the verb, the
    subject its subject and the root noun its object."""
    out = list(tokens)
    sentences = _by_sentence(tokens)
    for root in tokens:
        if root.dep != "ROOT" or root.pos != "NOUN":
            continue
        words = sentences[root.sentence]
        subj = next((t for t in words if t.head == root.i and t.dep == "nsubj"), None)
        if subj is None or any(t.pos in ("VERB", "AUX") and t.dep == "ROOT" for t in words):
            continue
        verbs = [
            t
            for t in words
            if t.dep == "acl"
            and t.tag == "VBD"
            and subj.i < t.i < root.i
            and not any(c.head == t.i and c.dep in VOICED for c in words)
        ]
        if not verbs or any(t.text == "," for t in tokens[verbs[0].i : root.i]):
            continue
        verb = verbs[0]
        out[verb.i] = replace(verb, head=verb.i, dep="ROOT")
        out[subj.i] = replace(subj, head=verb.i)
        out[root.i] = replace(root, head=verb.i, dep="dobj")
        for t in words:  # the root's clause-level dependents are the verb's
            if t.head == root.i and t.dep in ("punct", "advcl", "conj", "cc", "npadvmod"):
                out[t.i] = replace(t, head=verb.i)
    return tuple(out)


class Parse:
    """Children index and phrase helpers over the tokens of one article."""

    def __init__(self, tokens: tuple[Token, ...]) -> None:
        tokens = _shifted_objects(_misrooted_predicates(_subject_rooted_objects(tokens)))
        self.tokens = tokens
        self._kids: list[list[int]] = [[] for _ in tokens]
        self._by_sentence = _by_sentence(tokens)
        for tok in tokens:
            if tok.head != tok.i and 0 <= tok.head < len(tokens):
                self._kids[tok.head].append(tok.i)

    def __getitem__(self, i: int) -> Token:
        return self.tokens[i]

    def children(self, i: int, *deps: str) -> list[Token]:
        kids = (self.tokens[k] for k in self._kids[i])
        return [k for k in kids if not deps or k.dep in deps]

    def child(self, i: int, *deps: str) -> Token | None:
        found = self.children(i, *deps)
        return found[0] if found else None

    def head(self, i: int) -> Token | None:
        tok = self.tokens[i]
        return None if tok.head == tok.i else self.tokens[tok.head]

    def ancestors(self, i: int) -> Iterator[Token]:
        seen = {i}
        cur = self.head(i)
        while cur is not None and cur.i not in seen:
            yield cur
            seen.add(cur.i)
            cur = self.head(cur.i)

    def subtree(self, i: int) -> list[int]:
        out, stack = [], [i]
        while stack:
            k = stack.pop()
            out.append(k)
            stack.extend(self._kids[k])
        return sorted(out)

    def is_passive(self, i: int) -> bool:
        if self.children(i, "nsubjpass", "auxpass", "csubjpass"):
            return True
        if self._reduced_passive(i) or self._participle_passive(i):
            return True
        # "was set upon and beaten to death": a participle joined to a passive is passive too
        tok, head = self.tokens[i], self.head(i)
        joined = (
            tok.dep == "conj"
            and head is not None
            and head.tag == "VBN"
            and bool(self.children(head.i, "nsubjpass", "auxpass"))
        )
        return joined and (tok.tag == "VBN" or self._gapped_passive(i))

    def _gapped_passive(self, i: int) -> bool:
        """ "Six people were killed and dozens of houses flattened": a past form joined to a
        passive, with a subject of its own but no auxiliary and no object, shares the passive's
        auxiliary (not "police were attacked and protesters torched cars")."""
        tok = self.tokens[i]
        return (
            tok.tag == "VBD"
            and bool(self.children(i, "nsubj"))
            and not self.children(i, "aux", "auxpass", "dobj")
        )

    def _reduced_passive(self, i: int) -> bool:
        """ "Rockets fired by militants landed ...": a participle with a by-agent the parser
        made the root, its noun the subject."""
        tok = self.tokens[i]
        return (
            tok.tag == "VBN" and bool(self.children(i, "agent")) and bool(self.children(i, "nsubj"))
        )

    def _participle_passive(self, i: int) -> bool:
        """ "Mortar rounds lobbed by fighters": a participle on its noun with a by-agent."""
        tok = self.tokens[i]
        return tok.dep == "acl" and tok.tag == "VBN" and bool(self.children(i, "agent"))

    def gerund_subject(self, i: int) -> Token | None:
        """The noun of a sentence-opening -ing word the parser made the verb's clausal subject
        ("Agitating sanitation workers squatted ...": the workers, not an act of agitating; not
        "Holding EU flags, they massed ...", whose subject is "they")."""
        if self.children(i, "nsubj"):
            return None
        for c in self.children(i, "csubj"):
            first = self.sentence_tokens(c.sentence)[0]
            objs = [o for o in self.children(c.i, "dobj") if o.tag in ("NNS", "NNPS")]
            if c.tag == "VBG" and c.i == first.i and objs and objs[0].i <= c.i + 3:
                return objs[0]
        return None

    def shared_passive_subjects(self, i: int) -> list[Token]:
        """Who undergoes a past form joined, with no subject of its own, to a passive verb:
        "were offloaded from a bus and shot", "was beaten and set ablaze", "were federalised
        and sent to X" (the first verb's passive subjects)."""
        tok, head = self.tokens[i], self.head(i)
        if tok.dep != "conj" or tok.tag not in ("VBN", "VBD") or self.child(i, "nsubj"):
            return []
        return self.passive_subjects(head.i) if head is not None and self.is_passive(head.i) else []

    def passive_subjects(self, i: int) -> list[Token]:
        """Who undergoes a passive verb, also when it is a conjunct of the first one."""
        own = self.children(i, "nsubjpass") or (
            self.children(i, "nsubj") if self._reduced_passive(i) else []
        )
        if not own and self._participle_passive(i):
            own = [self.tokens[self.tokens[i].head]]  # "mortar rounds lobbed by fighters"
        head = self.head(i)
        raised = self.tokens[i].dep == "xcomp" and head is not None and head.tag == "VBN"
        if not own and raised and self.children(i, "auxpass") and head is not None:
            own = self.children(head.i, "nsubjpass")  # "hideouts were reported to have been
            # hit": the reporting verb's subject underwent the act
        if own or self.tokens[i].dep != "conj" or head is None:
            return own
        return self.children(head.i, "nsubjpass")

    def misread_predicate(self, i: int) -> tuple[Token, Token] | None:
        """(subject, object) of a past-tense verb the parser read as a noun's modifier: "RSF
        fighters sexually assaulted girls" (the modifier has a subject of its own), "Dock
        workers at the port downed tools" (a sentence whose root noun comes first, with no
        finite verb: "..., leaving ships at anchor" adds only a participle)."""
        tok = self.tokens[i]
        head = self.head(i)
        if tok.dep == "acl" and head is not None and (obj := self._acting_clause(tok, head)):
            return head, obj
        if tok.dep != "amod" or head is None or not tok.text.lower().endswith("ed"):
            return None
        subj = self.child(i, "nsubj")
        if subj is not None:
            return subj, head
        words = self.sentence_tokens(tok.sentence)
        root = next((t for t in words if t.dep == "ROOT"), None)
        verbless = not any(  # (a participle after it is no finite verb: "..., leaving")
            t.pos in ("VERB", "AUX") and t.i != i and not (t.i > i and t.tag in ("VBG", "VBN"))
            for t in words
        )
        if root is not None and root.pos in ("NOUN", "PROPN") and root.i < i and verbless:
            return root, head
        # "Dock workers at the port downed tools ..., port officials said": the model hung the
        # clause's subject on the attribution after it
        if root is None or root.i < i or root.lemma.lower() not in ATTRIBUTING:
            return None
        if any(t.pos in ("VERB", "AUX") for t in words if t.i < i):
            return None
        # (or left unattached: "Riot police in Tbilisi used water cannon on ..., the office
        # said", the used cannon read as the police's apposition)
        subj = next((s for s in self.children(root.i, "nsubj", "dep") if s.i < i), None)
        return (subj, head) if subj is not None else None

    def _acting_clause(self, tok: Token, head: Token) -> Token | None:
        """The object of a past-tense verb the parser hung as a reduced relative on the noun
        that opens the sentence ("A mob tortured and killed a woman ..., police said"): a
        participle with an object of its own (or of the verb joined to it) and no by-agent acts,
        and the noun, attached to nothing else, is its doer."""
        if tok.tag not in ("VBD", "VBN") or not tok.text.lower().endswith("ed"):
            return None
        if head.pos not in ("NOUN", "PROPN") or head.dep not in ("dep", "ROOT"):
            return None
        if self.children(tok.i, "agent") or any(
            t.pos not in ("DET", "ADJ", "NUM", "PROPN", "NOUN", "PUNCT")
            for t in self.sentence_tokens(tok.sentence)
            if t.i < head.i
        ):
            return None
        objects = self.children(tok.i, "dobj") or [
            o for c in self.children(tok.i, "conj") for o in self.children(c.i, "dobj")
        ]
        return objects[0] if objects else None

    def reported_before(self, i: int) -> Token | None:
        """The clause an attribution in mid-sentence reports, when the parser hung on that
        attribution the purpose infinitive after it ("6,000 people camped on the Esplanade,
        their leaders said, to oppose a bill": the camp's purpose, not the leaders')."""
        tok, head = self.tokens[i], self.head(i)
        if tok.dep != "xcomp" or tok.tag != "VB" or head is None or head.i > i:
            return None
        start = min(self.subtree(i))
        if start == 0 or self.tokens[start - 1].text != ",":
            return None
        if not any(a.text.lower() == "to" for a in self.children(i, "aux")):
            return None
        return next((c for c in self.children(head.i, "ccomp") if c.i < head.i), None)

    def semicolon_between(self, first: int, second: int) -> bool:
        return any(self.tokens[i].text == ";" for i in range(first + 1, second))

    def direct_objects(self, i: int) -> list[Token]:
        """The verb's direct objects, or those of the verb it is joined to before them
        ("beat and kicked detained protesters": both act on the protesters)."""
        own = self.children(i, "dobj")
        if not own and (misread := self.misread_predicate(i)) is not None:
            return [misread[1]]  # "fighters sexually assaulted girls": the girls
        subjects = self.children(i, "nsubj")
        if not own and len(subjects) > 1 and subjects[0].i < i < subjects[-1].i:
            return [subjects[-1]]  # "it had recaptured Wad Madani": the town read as a subject
        if own or self.tokens[i].pos != "VERB" or self.children(i, "xcomp", "ccomp", "prep"):
            return own
        for conj in self.children(i, "conj"):  # "V1 and V2 X", "V1, V2 X": next to each other
            near = conj.i - i <= 3 and conj.pos == "VERB"
            if near and not self.children(conj.i, "nsubj", "nsubjpass"):
                return self.children(conj.i, "dobj")
        return []

    def prep_objects(self, i: int, preps: Iterable[str]) -> list[Token]:
        """Objects of the given prepositions attached to token ``i`` ("protest against X")."""
        wanted = {p.lower() for p in preps}
        out = []
        for prep in self.children(i, "prep", "agent", "dative"):
            if prep.text.lower() in wanted:
                out.extend(self.children(prep.i, "pobj", "pcomp"))
        return out

    def conjuncts(self, i: int) -> list[Token]:
        """The token and the heads of its coordinated conjuncts ("the US and France")."""
        out = [self.tokens[i]]
        frontier = [i]
        while frontier:
            nxt = []
            for k in frontier:
                for c in self.children(k, "conj"):
                    out.append(c)
                    nxt.append(c.i)
            frontier = nxt
        return out

    def phrase_bounds(self, i: int) -> tuple[int, int]:
        """First and last token index of the noun phrase headed by ``i`` (without determiners,
        relative clauses, appositions or prepositional phrases)."""
        members = {i}
        stack = [i]
        while stack:
            k = stack.pop()
            for c in self.children(k, *NP_MODIFIERS):
                if c.i < i or c.dep in ("poss", "case"):
                    members.add(c.i)
                    stack.append(c.i)
        lo, hi = min(members), max(members)
        # keep the phrase contiguous and drop leading determiners/punctuation
        while lo < hi and self.tokens[lo].dep in DROP_LEADING:
            lo += 1
        while hi > lo and (self.tokens[hi].pos == "PUNCT" or self.tokens[hi].dep == "case"):
            hi -= 1
        return lo, hi

    def text_span(self, lo: int, hi: int) -> tuple[int, int]:
        return self.tokens[lo].start, self.tokens[hi].end

    def sentence_tokens(self, sentence: int) -> list[Token]:
        return self._by_sentence.get(sentence, [])
