"""Crowds acting on a grievance with a verb the lexicon does not know.

News tells protests with any verb: "dockworkers downed tools over pension reforms", "truckers
lined their rigs along the highway, angry over diesel prices", "parents pulled their children out
of class to press the education office". No trigger list can hold every such verb, but the shape
is general: a crowd of civilians (workers, drivers, residents, parents, ...) as the subject of a
main-clause verb, and a cause in the same sentence (a protest word, a demand, anger at something,
a stand against or a row over something). When a sentence of the lead has no event of its own,
that shape is a protest (PROTEST); its mode comes from what the crowd did: a road or traffic
held up is an obstruction, tools put down or work stayed away from is a strike, else a
demonstration. Verbs of saying, feeling, owning and trading never qualify ("residents angry over
prices spent less", "farmers said ..."), and the usual political checks still apply.
"""

from __future__ import annotations

from storyline.events.arguments import Frame
from storyline.events.crowds import CrowdChecks
from storyline.events.lexicon import Trigger
from storyline.events.merge import Hit
from storyline.events.words import ArticleState
from storyline.records import Token

# verbs that tell no act of a crowd, whatever its cause
NOT_ACTS = frozenset(
    {"be", "have", "do", "get", "say", "tell", "think", "believe", "fear", "worry", "hope"}
    | {"want", "need", "feel", "know", "see", "watch", "hear", "welcome", "celebrate", "cheer"}
    | {"praise", "thank", "lose", "win", "pay", "buy", "sell", "spend", "earn", "save", "vote"}
    | {"elect", "receive", "face", "suffer", "die", "flee", "wait", "queue", "complain"}
    | {"struggle", "cope", "learn", "study", "play", "travel", "visit", "shop", "pray", "seem"}
    | {"become", "remain", "appear", "look", "expect", "plan", "try", "seek", "ask", "write"}
    | {"read", "post", "share", "sign", "file", "petition", "apply", "register", "use", "take"}
    | {"give", "make", "begin", "start", "continue", "include", "count", "rise"}
    | {"fall", "grow", "drop", "lead", "follow", "attend", "join", "meet", "discuss", "debate"}
    | {"publish", "issue", "release", "present", "launch", "circulate", "draft", "adopt", "pass"}
)
# what a crowd holds up when it obstructs ("parked their vehicles across the N2")
TRAFFIC = frozenset({"traffic", "pass", "crossing", "border", "toll", "plaza", "approach"})
# adverbs of staying away from work ("refuse collectors stayed home")
AWAY = frozenset({"home", "away", "off"})
# what shops and offices are kept in a strike ("kept their stalls shut")
SHUT = frozenset({"shut", "closed", "locked", "shuttered", "idle"})
# a scene gone quiet, beside the crowd's act that explains it
QUIET = SHUT | {
    "shutter",
    "quiet",
    "deserted",
    "empty",
    "silent",
    "still",
    "scarce",
    "idle",
    "down",
}
# more words of a crowd's cause than a protest needs with a protest verb
MORE_CAUSE = frozenset(
    {"press", "insist", "repudiate", "rejection", "furious", "fury", "vent", "rage", "irate"}
    | {"disgruntled", "aggrieve", "aggrieved"}
)
LEAD = 3  # sentences looked at: a headline, its lead and the next (where a text tells its news)


class GrievanceActs(CrowdChecks):
    """The grievance fallback (see module docstring)."""

    def _grievance_hits(self, st: ArticleState, hits: list[Hit]) -> list[Hit]:
        """Protests told with an unknown verb in the first sentences that tell no protest (a
        police act in a clause of their own, "until police lobbed tear gas", may be there)."""
        told = {h.sentence for h in hits if h.event == "PROTEST"}
        acts = {h.trigger_span[0] for h in hits}  # where the coder found an act of its own
        out = []
        for sent in st.doc.sentences[:LEAD]:
            if sent.index in told:
                continue
            frame = self._grievance_frame(st, sent.index, acts)
            if frame is not None and (hit := self._hit(st, frame)) is not None:
                out.append(hit)
        return out

    def _hit(self, st: ArticleState, frame: Frame) -> Hit | None:
        raise NotImplementedError  # the coder's: a frame's checks and attributes

    def _grievance_frame(self, st: ArticleState, sentence: int, acts: set[int]) -> Frame | None:
        """A PROTEST frame for the sentence's main verb when a crowd does it with a cause and
        no main verb of the sentence tells an act the coder knows (``acts``: trigger starts):
        "angry villagers chased and hacked to death two men" is the attack."""
        verbs = self._main_verbs(st, sentence)
        if any(v.start in acts and not st.parse.is_passive(v.i) for v in verbs):
            return None  # (not "... and were later picked up by police": done to them)
        for verb in verbs:
            lemma = verb.lemma.lower()
            if lemma in NOT_ACTS or lemma in self.lex.reporting_verbs:
                continue
            words = {c.text.lower() for c in st.parse.children(verb.i, "prt", "prep", "advmod")}
            senses = [  # (a sense with a particle the verb lacks is no sense of this verb:
                t  # "shut their shops", not "shut down a newspaper")
                for t in self.lex.verbs.get(lemma, ())
                if t.particle is None or t.particle in words
            ]
            objs = st.parse.children(verb.i, "dobj")
            if any(
                t.event != "PROTEST"
                and (t.obj is None or not objs or any(self._in_class(o, t.obj) for o in objs))
                for t in senses
            ):
                continue  # a verb with a sense of its own ("held two men" is an arrest; but
                # "parked their coaches across the approaches" is no deployment)
            if st.parse.is_passive(verb.i) or not self._grievance_cause(st, verb):
                continue
            actor = st.finder.subject_of(verb)
            if not actor or not all(self._crowd_arg(st, st.parse[a.head]) for a in actor):
                continue
            trig = Trigger(lemma, None, "PROTEST", self._grievance_mode(st, verb), nominal=False)
            frame = st.finder.verb_frame(verb, trig, None)
            if frame.actor:
                return frame
        return None

    def _main_verbs(self, st: ArticleState, sentence: int) -> list[Token]:
        """The sentence's root verb and the verbs joined to it ("drove in and blocked ..."); under
        a root verb of saying, the verb of what was said ("drivers parked their rigs across the
        approaches, the port authority said")."""
        p = st.parse
        roots = [t for t in p.sentence_tokens(sentence) if t.dep == "ROOT" and t.pos == "VERB"]
        roots += [
            c
            for r in roots
            if r.lemma.lower() in self.lex.reporting_verbs
            for c in p.children(r.i, "ccomp")
            if c.pos == "VERB"
        ]
        verbs = [v for r in roots for v in (r, *p.conjuncts(r.i)) if v.pos == "VERB"]
        verbs += [  # "the market stayed shuttered as traders kept their doors closed over X":
            # what the scene is told beside
            c
            for r in roots
            for x in (r, *p.children(r.i, "acomp", "xcomp", "oprd"))
            if self._quiet_scene(st, r)
            for c in p.children(x.i, "advcl")
            if c.pos == "VERB" and any(m.text.lower() == "as" for m in p.children(c.i, "mark"))
        ]
        return list({v.i: v for v in verbs}.values())

    @staticmethod
    def _quiet_scene(st: ArticleState, root: Token) -> bool:
        """The sentence tells a place gone quiet or shut ("the market stayed shuttered",
        "streets were deserted"): what is told beside it may be why."""
        said = [root, *st.parse.children(root.i, "acomp", "oprd", "xcomp")]
        return any(w.lemma.lower() in QUIET or w.text.lower() in QUIET for w in said)

    def _crowd_arg(self, st: ArticleState, head: Token) -> bool:
        """A crowd of civilians named in the plural ("dockworkers", "thousands of residents")."""
        inner = self._partitive(st, head)
        return any(
            t.tag in ("NNS", "NNPS") and self._in_class(t, "crowd") for t in {head, inner}
        ) and not self._combatant(st, inner)

    def _grievance_cause(self, st: ArticleState, verb: Token) -> bool:
        if self._crowd_cause(st, verb):
            return True
        return bool(st.attrs.sentence_lemmas(verb.sentence) & MORE_CAUSE)

    def _grievance_mode(self, st: ArticleState, verb: Token) -> str:
        p = st.parse
        objs = [*p.children(verb.i, "dobj")]
        objs += [o for c in p.children(verb.i, "prep") for o in p.children(c.i, "pobj")]
        if any(self._in_class(o, "tools") for o in objs):
            return "strike"  # "downed tools"
        if any(a.lemma.lower() in AWAY for a in p.children(verb.i, "advmod", "prt", "npadvmod")):
            return "strike"  # "stayed home", "stayed away from the bushes"
        shut = [m for o in objs for m in p.children(o.i, "amod", "acomp", "oprd", "ccomp")]
        shut += p.children(verb.i, "oprd", "acomp", "ccomp")
        if any(m.lemma.lower() in SHUT or m.text.lower() in SHUT for m in shut):
            return "strike"  # "kept their shops locked for a third day"
        shut_verb = verb.lemma.lower() in SHUT or verb.text.lower() in SHUT
        if shut_verb and any(self._in_class(o, "site") for o in objs):
            return "strike"  # "shut their shops over a new tax"
        if any(self._in_class(o, "way") or o.lemma.lower() in TRAFFIC for o in objs):
            return "obstruct"
        return "demo"
