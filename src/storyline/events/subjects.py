"""Who did it: the subject rules of :class:`~.arguments.ArgumentFinder` (a verb's subject,
the agent of a passive, one inherited from a governing verb, and the subjects the small model
hangs elsewhere: on a dateline, after a conjunction it read as a preposition, on a noun it made
the root)."""

from __future__ import annotations

from storyline.annotate.actors import sector_of
from storyline.events.entities import Arg
from storyline.events.graph import RELATIVE_PRONOUNS
from storyline.events.passives import is_headline
from storyline.events.recipients import RecipientRules
from storyline.records import Token

#: nouns of a command whose giver is the passive's agent ("on the orders of X")
ORDERS = frozenset({"order", "orders", "instruction", "instructions", "behest", "direction"})
#: sectors of people a participle after them describes as acting ("soldiers firing ...")
DOERS = frozenset({"MIL", "COP", "REB", "UAF", "CVL", "SPY"})

SUBJECT_DEPS = ("nsubj", "csubj")
# words that are both prepositions and conjunctions ("after the clashes", "after youths fought")
CUT_CONJUNCTIONS = frozenset({"after", "before", "until", "since", "as"})
#: words for a share of a group ("many of them", "some of whom")
SHARES = frozenset({"many", "some", "most", "several", "all", "both", "half", "dozens"})
INHERIT_DEPS = ("xcomp", "conj", "advcl")
# verbs of coming upon something: a vehicle that hits or runs over a mine is its victim
MET_WEAPON = frozenset({"hit", "strike", "run", "drive", "roll", "step", "ride"})
#: verbs of air defence: what they down was the attack ("downed 40 Ukrainian drones")
INTERCEPTING = frozenset({"down", "intercept", "destroy", "neutralise", "neutralize", "repel"})
# acts of speech told in -ing after a parenthetical "..., X said," ("blaming Y", "urging Z")
SPEECH_ACTS = frozenset({"blame", "urge", "call", "demand", "condemn", "cite", "appeal"})
# verbs of perceiving: what their clause tells was done by someone else ("heard shouting")
PERCEIVING = frozenset({"hear", "see", "watch", "witness", "notice", "film"})


class SubjectRules(RecipientRules):
    """Subject rules over the parse; mixed into :class:`~.arguments.ArgumentFinder`."""

    def past_dateline(self, tok: Token) -> list[Token]:
        """The words a dateline the parser made a subject stands for: its conjuncts or
        appositions outside the dateline ("KHULNA — Workers ...", "SANTIAGO, Chile —
        Thousands of ...": an apposition of the apposition)."""
        p, out = self.parse, []
        frontier = [tok]
        for _ in range(3):
            named = [n for t in frontier for n in p.conjuncts(t.i) + p.children(t.i, "appos")]
            out += [n for n in named if not self.resolver.in_dateline(n)]
            frontier = [n for n in named if self.resolver.in_dateline(n) and n.i != tok.i]
        return [t for t in out if t.i != tok.i]

    def _absolute(self, subjects: list[Token], verb: Token) -> bool:
        """Two subjects with a comma between, and a noun nearest the verb with no comma after
        it: the first belongs to a phrase or clause before it ("Candles in hand, hundreds ...",
        "Students marched ..., before the forces of order intervened"); not "Pensioners, some
        with grandchildren in tow, ..." nor an apposition ("Members of X, a body linked to Y,
        investigated")."""
        p = self.parse
        first, last = subjects[0], subjects[-1]
        comma = any(p[k].text == "," for k in range(first.i + 1, last.i))
        set_off = any(p[k].text == "," for k in range(last.i + 1, verb.i))
        return comma and not set_off and last.pos in ("NOUN", "PROPN")

    def _shared_agents(self, verb: Token) -> list[Token]:
        """The agent of a passive act joined to ``verb`` ("was stoned to death and then burned
        by fellow students": both by them); only when that act also harms someone, not "was
        injured and rushed to hospital by residents"."""
        p = self.parse
        gapped = [  # "a building was set on fire and a warehouse emptied by youths": the
            # parser makes the second passive, its auxiliary left out, its noun's participle
            o
            for n in p.children(verb.i, "conj")
            if n.pos in ("NOUN", "PROPN")
            for c in p.children(n.i, "acl")
            if c.tag == "VBN"
            for o in self.by_agents(c)
        ]
        return [
            o
            for c in p.children(verb.i, "conj")
            if c.tag == "VBN"
            and any(
                {"ASSAULT", "THREATEN", "COERCE"} & {t.event, *(sense[1] for sense in t.senses)}
                for t in self.lex.verbs.get(c.lemma.lower(), ())
            )  # (or threatens or holds them: "beaten and threatened by investigators")
            for a in p.children(c.i, "agent")
            for o in p.children(a.i, "pobj")
        ] + gapped

    def by_agents(self, verb: Token) -> list[Token]:
        """The agents of a passive participle: its "by" phrase, also when the parser left it a
        plain prepositional phrase ("a police post attacked ... by hooded demonstrators", also
        on the weapon: "beaten with batons by riot police"; a plural noun or a name, not "by
        car", "by night")."""
        p = self.parse
        agents = [o for a in p.children(verb.i, "agent") for o in p.children(a.i, "pobj")]
        if agents or verb.tag != "VBN":
            return agents
        ordered = [  # "blocked on the orders of the information ministry"
            o
            for n in p.prep_objects(verb.i, ("on", "under", "at"))
            if n.lemma.lower() in ORDERS
            for o in p.prep_objects(n.i, ("of",))
        ]
        if ordered:
            return ordered
        used = p.prep_objects(verb.i, ("with",))  # "beaten with batons by riot police"
        # or hung on the scene ("snatched from a book launch in Nairobi by security agents")
        used += p.prep_objects(verb.i, ("from", "at", "outside", "near", "during"))
        return [
            o
            for h in [verb, *used]
            for o in p.prep_objects(h.i, ("by",))
            if o.tag in ("NNS", "NNPS") or o.ent_type in ("PERSON", "ORG", "NORP")
        ]

    def _comma_paired(self, verb: Token, subj: Token) -> Token | None:
        """The party a headline names first, before a comma and its verb's subject ("Peru,
        Ecuador to sign accord", "Serbia, Kosovo negotiators meet"), which the parser hangs on
        the verb as a second subject or an adverbial; ``subj`` becomes the second party."""
        p = self.parse
        if not is_headline(p, verb.sentence) or subj.i > verb.i:
            return None
        words = p.sentence_tokens(verb.sentence)
        first = words[0] if words else None
        if first is None or first.i == subj.i or first.pos != "PROPN" or p.children(first.i):
            return None
        if first.ent_type not in ("GPE", "ORG", "NORP") or first.dep not in ("nsubj", "npadvmod"):
            return None
        comma = p[first.i + 1] if first.i + 1 < len(p.tokens) else None
        lo = min(p.subtree(subj.i))
        return first if comma is not None and comma.text == "," and lo == first.i + 2 else None

    def subject_of(self, verb: Token, depth: int = 0) -> list[Arg]:
        """Subject of a verb: nsubj, the agent of a passive, or inherited from a governing verb."""
        p = self.parse
        agents = self.by_agents(verb)
        if p.is_passive(verb.i):
            agents = agents or self._shared_agents(verb)
            return self.resolver.expand(agents[0]) if agents else []
        if agents and verb.dep == "conj":  # "was dragged from the house and burnt to death
            return self.resolver.expand(agents[0])  # by neighbours": the second verb's agent
        subjects: list[Token] = []
        for s in p.children(verb.i, *SUBJECT_DEPS):
            # "DOHA, May 2 — Taliban negotiators and US envoys held talks": the parser may make
            # the dateline the subject and the real subjects its conjuncts
            subjects += [s] if not self.resolver.in_dateline(s) else self.past_dateline(s)
        subjects = [s for s in subjects if s.pos != "ADJ"] or subjects  # "Fano" read as an ADJ
        if len(subjects) > 1 and subjects[-1].i < verb.i and self._absolute(subjects, verb):
            subjects = subjects[-1:]  # "Candles in hand, hundreds of citizens gathered": the
            # phrase before the comma says how they came, the subject is after it
        labels = [s for s in subjects if any(c.text == ":" for c in p.children(s.i, "punct"))]
        subjects = [s for s in subjects if s not in labels] or subjects  # "South Lebanon:
        # enemy warplanes raid ...": the place a headline is filed under is no subject
        subj = p.gerund_subject(verb.i) or (subjects[0] if subjects else None)
        if subj is None and (misread := p.misread_predicate(verb.i)) is not None:
            subj = misread[0]  # "Dock workers at the port downed tools": the workers
        if subj is None:
            subj = self._interposed_subject(verb)  # "Junior doctors, the union confirmed,
            # began a walkout": the model made the doctors a second subject of "confirmed"
        if subj is not None and subj.pos == "VERB" and (inner := p.child(subj.i, "nsubj")):
            subj = inner  # a mis-parse: "The aid agency working in Sudan said ..."
        if subj is not None and (named := self._counted_of_them(subj)) is not None:
            subj = named  # "Protesters, many of them from Malaita, burned ...": the protesters
        if subj is not None and (first := self._comma_paired(verb, subj)) is not None:
            return self.resolver.expand(first) + self.resolver.expand(subj)  # "Guyana,
            # Suriname agree ...": a headline's comma joins its two parties
        if subj is not None:
            if subj.lemma.lower() in RELATIVE_PRONOUNS and verb.dep == "relcl":
                head = p.head(verb.i)
                return self.resolver.expand(head) if head is not None else []
            return self.resolver.expand(subj)
        head = p.head(verb.i)
        if head is None or depth > 3:
            return []
        if (doer := self._participle_misroot(verb)) is not None:
            return self.resolver.expand(doer)  # "Demonstrators contesting the results
            # barricaded avenues": the demonstrators, not a clause the participle governs
        if (cut := self.clause_cut_off(verb)) is not None:
            return self.resolver.expand(cut)  # "after armed youths fought": the youths
        if verb.dep == "advcl" and head.lemma.lower() in self.lex.reporting_verbs:
            # "a bus plunged into a ravine, police said, killing 24": the bus, not the police
            reported = p.children(head.i, "ccomp", "parataxis")
            return self.subject_of(reported[0], depth + 1) if reported else []
        if (speaker := self._speaker_before(verb)) is not None:
            return self.subject_of(speaker, depth + 1)  # "passengers died ..., an official
            # said, blaming jihadists": the official blames them
        purpose_of = p.reported_before(verb.i)
        if purpose_of is not None and head.lemma.lower() in self.lex.reporting_verbs:
            return self.subject_of(purpose_of, depth + 1)  # "people camped ..., their leaders
            # said, to oppose a bill": the campers oppose it
        if verb.dep == "xcomp" and head.lemma.lower() in PERCEIVING:
            return []  # "neighbours heard shouting": someone else shouted
        if verb.dep in INHERIT_DEPS and head.pos in ("VERB", "AUX"):
            if (weapon := self._met_weapon(head)) is not None:
                return self.resolver.expand(weapon)  # "a truck hit a mine, killing five"
            return self.subject_of(head, depth + 1)
        if verb.dep == "acomp" and verb.pos == "VERB" and head.pos in ("VERB", "AUX"):
            return self.subject_of(head, depth + 1)  # "X is opposed to ...": the copula's
        if verb.dep == "xcomp" and head.dep in ("acomp", "amod") and head.pos in ("ADJ", "VERB"):
            # "Norway is willing to send ...", "he is prepared to lift ..."
            gov = p.head(head.i)
            return self.subject_of(gov, depth + 1) if gov is not None else []
        if verb.dep == "pcomp":  # "accused the government of arresting ..."
            return self._pcomp_subject(head, depth)
        if verb.dep == "acl" and verb.tag == "VBG" and head.dep == "dobj" and self._doers(head):
            return self.resolver.expand(head)  # "witnesses described soldiers firing ...": the
            # soldiers fired
        if verb.dep == "acl" and verb.tag == "VBG" and head.dep == "dobj":
            # "X issued a statement demanding ...": the statement's author speaks
            gov = p.head(head.i)
            return self.subject_of(gov, depth + 1) if gov is not None else []
        if verb.dep == "acl" and head.dep == "appos" and self._after_dateline(head):
            return self.resolver.expand(head)  # "IMPHAL — Armed men torched ...": the men
        # (or a verb joined to that root: "Residents of a Soweto neighbourhood barricaded
        # roads ... and pelted police with stones", the first verb read as a modifier)
        joined = verb.dep == "conj" and verb.tag == "VBD"
        if (verb.dep == "acl" or joined) and (root := self.verbless_root(verb)) is not None:
            known = [a for a in self.resolver.expand(root) if a.entity.code or a.entity.sector]
            if known or self._misread_doer(verb) is None:
                return known  # (a body of no known sector that acts on an object still does:
                # "The Islamic Resistance targeted with rockets the positions of ...")
        if (doer := self._misread_doer(verb)) is not None:
            return self.resolver.expand(doer)  # "settlers set upon villagers, ... officials said"
        if (fronted := self._fronted_subject(verb)) is not None:
            return self.resolver.expand(fronted)  # "On the third night youths set cars alight"
        return []

    def _speaker_before(self, verb: Token) -> Token | None:
        """The reporting verb (a parenthetical "..., an official said,") between a clause and
        a speech act in -ing that the parser hung on the clause ("blaming", "accusing",
        "calling"): the speech act is the speaker's."""
        p, head = self.parse, self.parse.head(verb.i)
        speech = verb.lemma.lower() in self.lex.reporting_verbs | SPEECH_ACTS
        if head is None or verb.dep != "advcl" or verb.tag != "VBG" or not speech:
            return None
        said = [
            c
            for c in p.children(head.i, "parataxis", "ccomp")
            if head.i < c.i < verb.i and c.lemma.lower() in self.lex.reporting_verbs
        ]
        return said[-1] if said else None

    def _fronted_subject(self, verb: Token) -> Token | None:
        """The subject the parser swallowed into an opening phrase of time or place that runs
        right up to the verb ("On the third night youths set ...": "youths" read as the object
        of "On"), when it names people in the plural."""
        p = self.parse
        if verb.tag != "VBD":
            return None
        for prep in p.children(verb.i, "prep"):
            for obj in p.children(prep.i, "pobj"):
                ends = max(p.subtree(obj.i)) == verb.i - 1 and prep.i < obj.i < verb.i
                if ends and obj.tag == "NNS" and self.is_party(obj):
                    return obj
        return None

    def _counted_of_them(self, subj: Token) -> Token | None:
        """The plural noun a share "of them" counts, set off by a comma just before it
        ("Protesters, many of them students, ...")."""
        p = self.parse
        them = [o for o in p.prep_objects(subj.i, ("of",)) if o.text.lower() in ("them", "whom")]
        if not them or subj.lemma.lower() not in SHARES or subj.i < 2 or p[subj.i - 1].text != ",":
            return None
        before = p[subj.i - 2]
        return before if before.tag in ("NNS", "NNPS") and self.is_party(before) else None

    def _interposed_subject(self, verb: Token) -> Token | None:
        """The subject the parser gave to an attribution set between it and its verb ("Junior
        doctors, the BMA confirmed, began ...": "confirmed" with two subjects, the first
        before a comma)."""
        p = self.parse
        for said in p.children(verb.i, "parataxis"):
            if said.lemma.lower() not in self.lex.reporting_verbs or said.i > verb.i:
                continue
            subjects = p.children(said.i, "nsubj")
            first = subjects[0] if len(subjects) > 1 else None
            if first is not None and p[first.i + 1].text == ",":
                return first
        return None

    def _participle_misroot(self, verb: Token) -> Token | None:
        """The subject of a past-tense verb the parser hung, as a clause, on the participle of
        its own subject's reduced relative ("Students rejecting the law set fire to ..." read
        as "Students rejecting [that they set fire]"): the participle's subject, before it."""
        p = self.parse
        head = p.head(verb.i)
        if verb.dep != "ccomp" or verb.tag != "VBD" or head is None:
            return None
        if head.tag != "VBG" or head.dep != "ROOT" or head.i > verb.i:
            return None
        subj = p.child(head.i, "nsubj")
        return subj if subj is not None and subj.i < head.i and subj.tag == "NNS" else None

    def _misread_doer(self, verb: Token) -> Token | None:
        """The noun a past-tense verb was hung on as a modifier when it is that noun's act: the
        verb takes an object or attacks "upon"/"into" someone, with no "by" agent ("Israeli
        settlers set upon villagers", "men armed with sticks laid into workers"); a reduced
        passive ("men armed with sticks", "a town seized by rebels") takes neither."""
        p = self.parse
        if verb.dep != "acl" or verb.tag not in ("VBN", "VBD") or p.child(verb.i, "agent"):
            return None
        onto = [c for c in p.children(verb.i, "prep") if c.text.lower() in ("upon", "into")]
        if p.child(verb.i, "dobj") is None and not onto:
            return None
        for cur in p.ancestors(verb.i):  # "men armed with sticks laid into": past the sticks
            if cur.pos in ("NOUN", "PROPN") and self.is_party(cur):
                return cur
            if cur.dep not in ("pobj", "prep", "acl"):
                return None
        return None

    def _subjected(self, tok: Token) -> Token | None:
        """The passive "subjected" a trigger noun hangs on ("were subjected to sexual violence
        by armed men"): its agent did it, its subject underwent it."""
        p = self.parse
        prep = p.head(tok.i)
        verb = p.head(prep.i) if prep is not None and prep.text.lower() == "to" else None
        if tok.dep != "pobj" or verb is None or verb.lemma.lower() != "subject":
            return None
        return verb if p.is_passive(verb.i) else None

    def clause_cut_off(self, verb: Token) -> Token | None:
        """The subject of a clause the parser cut after its conjunction: "after armed youths
        fought near Pibor" read as the phrase "after armed youths" and a subjectless verb."""
        p = self.parse
        head = p.head(verb.i)
        if verb.dep != "advcl" or head is None or verb.pos != "VERB":
            return None
        for prep in p.children(head.i, "prep"):
            if prep.text.lower() not in CUT_CONJUNCTIONS:
                continue
            for obj in p.children(prep.i, "pobj"):
                if max(p.subtree(obj.i)) == verb.i - 1 and obj.pos in ("NOUN", "PROPN"):
                    return obj
        return None

    def _after_dateline(self, tok: Token) -> bool:
        """``tok`` stands in apposition to a dateline the parser made the root."""
        head = self.parse.head(tok.i)
        return head is not None and self.resolver.in_dateline(head)

    def verbless_root(self, verb: Token) -> Token | None:
        """The noun the parser made the root of a sentence whose main verb it hung on a
        modifier ("Doctors from two aid groups donated goods ...": "donated" read as "groups
        [that were] donated"; "A state newspaper called on ..."): a verb with an object of its
        own, or one right on the root with a prepositional phrase, is no passive modifier."""
        p = self.parse
        ancestors = list(p.ancestors(verb.i))
        root = ancestors[-1] if ancestors else None
        if root is None or root.dep != "ROOT" or root.pos not in ("NOUN", "PROPN"):
            return None
        verbs = [verb, *(c for c in p.children(verb.i, "conj") if c.pos == "VERB")]
        if any(p.child(v.i, "dobj") is not None for v in verbs):
            return root
        on_root = root.i < verb.i and len(ancestors) == 1
        if on_root and p.child(verb.i, "prep") is not None:
            return root
        # the only verb of a sentence the parser left with a noun root ("Thousands of residents
        # of the provinces converged on the plaza"): its main verb, whatever it hangs on
        inner = set(p.subtree(verb.i))
        finite = [t for t in p.sentence_tokens(verb.sentence) if t.pos in ("VERB", "AUX")]
        alone = all(t.i in inner for t in finite) and verb.tag in ("VBD", "VBN")
        return root if alone and root.i < verb.i and p.child(verb.i, "prep") is not None else None

    def _pcomp_subject(self, prep: Token, depth: int) -> list[Arg]:
        """Who does the act of a prepositional gerund: the object of "accused X of arresting",
        the subject of "X is guilty of violating", "X resorted to throwing stones", the passive
        subject of "X was jailed for organising" (not a passive agent: the jailer did not)."""
        p = self.parse
        verb_head = p.head(prep.i)
        if verb_head is None:
            return []
        if (obj := p.child(verb_head.i, "dobj")) is not None:
            return self.resolver.expand(obj)
        if verb_head.dep == "acomp":
            gov = p.head(verb_head.i)
            return self.subject_of(gov, depth + 1) if gov is not None else []
        if verb_head.pos != "VERB":
            return []
        if p.is_passive(verb_head.i):
            return [
                a for s in p.children(verb_head.i, "nsubjpass") for a in self.resolver.expand(s)
            ]
        return self.subject_of(verb_head, depth + 1)

    @staticmethod
    def _doers(noun: Token) -> bool:
        """A noun naming people or a force ("soldiers", "a crowd of youths"), not a statement or
        a letter that a participle describes (nor a striker, who may be a footballer)."""
        return noun.ent_type in ("PERSON", "NORP") or sector_of(noun.lemma) in DOERS

    def shot_down(self, verb: Token, particle: Token | None) -> Token | None:
        """The drones or missiles a defender downed, intercepted or destroyed, when the text
        says whose they were ("air defences downed 40 Ukrainian drones", "shot down 50 of the
        60 Russian drones"): their launch is the attack, the defender its target."""
        lemma = verb.lemma.lower()
        shot = lemma == "shoot" and particle is not None and particle.text.lower() == "down"
        if not (shot or lemma in INTERCEPTING):
            return None
        projectiles = self.lex.object_classes.get("projectile", frozenset())
        for obj in self.parse.children(verb.i, "dobj", "nsubjpass"):
            inner = self.parse.prep_objects(obj.i, ("of",)) if obj.pos == "NUM" else []
            head = inner[0] if inner else obj  # "50 of the 60 Russian drones"
            if head.lemma.lower() not in projectiles:
                continue
            if any(a.entity.code for a in self.resolver.expand(head)):
                return head
        return None

    def _met_weapon(self, verb: Token) -> Token | None:
        """The mine or bomb a vehicle or walker came upon ("hit a mine", "ran over an IED",
        "stepped on a landmine"), whose victim the verb's subject is."""
        if verb.lemma.lower() not in MET_WEAPON:
            return None
        arms = self.lex.object_classes.get("arms", frozenset())
        p = self.parse
        hit = p.children(verb.i, "dobj") + p.prep_objects(verb.i, ("over", "on"))
        # (a headline's "mine" the model took for a pronoun is left to the old reading)
        return next((o for o in hit if o.lemma.lower() in arms and o.pos != "PRON"), None)
