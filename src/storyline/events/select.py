"""The main event of a short text (one sentence, a headline, a snippet).

When the coder returns several events for one text, the main event is the one a reader would
name as "what happened":

1. events that happened beat negated ones ("refused to free X" is a REJECT, not a release),
   material acts done beat ones told in the future ("..., and a neighbour said it would send
   police"; but a future deployment beats what only sets its time: "officers would be posted
   ... ahead of rival rallies"), news beats background told as a lasting state ("residents have
   complained for months", "troops had been stationed there since March, residents say"), and an
   event named only as the time or scene of something else gives way to news told anywhere in the
   text ("Months after the truce, ... . Troops raped ...", "since a teenager was shot", "a day
   after rockets were fired", "on her way to a rally", "Unlike the first nights, when ..."; a
   bare "after" clause is still news); an act named only as a purpose ("destined for attacks")
   or as what lasts "until the governor resigns" ranks after acts done, and so does the scene
   a "when" clause breaks into ("were attending a vigil when the attackers came", "the rally
   had barely begun when armed men charged into the crowd"), and an investigation of nothing
   named beside an attack ("the air force said it was investigating");
   aftermath told before the attack it follows ("Shops shut after the blast. Militants lobbed
   a grenade ...", "talks were suspended after the incident", "reinforcements arrived only
   after the fighting had ended"), a vague noun with no doer that a later sentence tells in
   full ("the violence spread south. Protesters looted ..."), and what a sentence opened by
   "Earlier," precedes all give way to the later sentence;
   then the earliest sentence wins: news puts the main event in its headline and lead, the
   background after (but a headline's coarse reading gives way to its lead's finer one: a
   seizure told as an abduction or attack, a deal signed or only promised, a crowd's defiance
   told as its rally; and a round-up, or a crowd's coming, joined to a killing or beating by
   the same hands is told by the killing or beating);
2. the event whose trigger sits highest in the dependency tree (fewest heads between the
   trigger and its sentence root) wins: the main clause over subordinate, reported or relative
   clauses; a light verb counts as its noun's clause ("held talks"), and so does a verb whose
   prepositional phrase names the act ("sat on a dharna", "went on strike"); a clause before a
   semicolon is a main clause of its own ("gunmen attacked X; police blamed Y"), and a speaker's
   participle sits below what the speaker reported ("..., officials said, accusing Z"), and so
   does a speech act that follows what it reports ("police detained X, the party alleged"); a
   relative clause on a subject sits below the subject's verb ("gunmen who blocked a road ...
   shot dead 23 men");
3. then higher confidence, then the earlier trigger.

No event at all, or only negated ones, means "no event predicted".
"""

from __future__ import annotations

from functools import cache

from storyline.annotate.actors import country_in, instrument_sector, sector_of
from storyline.annotate.headlines import SENTENCE_MARKS, dash_headline
from storyline.annotate.spacy_annotator import HEADLINE_DASHES
from storyline.events.graph import Parse
from storyline.events.lexicon import load_lexicon
from storyline.extract.dates import is_month_name
from storyline.records import AnnotatedArticle, Event, Token

# prepositions whose object names the act of their verb ("went on strike", "sat on a dharna",
# "took part in a rally", "taken into custody"), not its time or cause ("after the clashes")
ACT_PREPS = frozenset({"on", "in", "into", "under", "for"})
# subordinators of a clause that tells what came before or after the news
TIMING = frozenset({"after", "before", "since", "following", "until"})
LONG_SPANS = frozenset({"month", "year", "decade", "week"})
# prepositions whose object is the time or scene of a headline's act, not the act
SETTINGS = TIMING | {"amid", "ahead", "despite", "at", "during", "wake", "over", "unlike"}
# verbs of saying whose participle adds the speaker's comment ("..., police said, accusing X")
SAYING = frozenset({"say", "tell", "add", "state", "report", "claim", "announce"})
# participles that name what something is for ("destined for attacks")
PURPOSED = frozenset({"destine", "destined", "intend", "intended", "earmark", "earmarked", "mean"})
#: nouns of a schedule: an infinitive on one names what is yet to be done ("a timetable for
#: the group to hand in its weapons")
SCHEDULES = frozenset({"timetable", "deadline", "roadmap", "timeline", "schedule", "calendar"})
# nouns that sum up acts without telling them ("the violence spread", "the unrest grew")
VAGUE = frozenset({"violence", "unrest", "crackdown", "turmoil", "chaos", "bloodshed", "tension"})
# verbs of condemning that officialese puts after what it reports ("..., denounced the NGO")
DENOUNCING = frozenset({"denounce", "condemn", "deplore", "allege", "accuse", "decry"})
CONDEMNING = frozenset({"denounce", "condemn", "deplore", "decry"})
# marks that open and close a direct quote
OPEN_QUOTES = frozenset({"'", '"', "\u201c", "\u2018"})
CLOSE_QUOTES = frozenset({"'", '"', "\u201d", "\u2019"})
# adverbs of a pluperfect that a "when" clause breaks into ("had barely begun when")
SCARCELY = frozenset({"barely", "hardly", "scarcely", "just"})
# words that set a clause after a happening ("after the blast", "following the attack")
AFTERMATH = ("after", "following")
# nouns that point back or ahead to a happening told elsewhere ("suspended after the incident")
INCIDENTS = frozenset({"incident", "violence", "bloodshed", "killing", "killings"})
#: acts that follow the news they answer ("wounded fighters were flown to Mogadishu",
#: "hospitals appealed for blood donors", "mediators flew home")
SEQUELS = frozenset({"MOBILIZE", "REQUEST", "CONSULT", "AID"})
# adverbs of an act that followed the news ("police later detained three organisers")
AFTER = frozenset({"later", "afterwards", "afterward", "subsequently", "eventually"})


def _clause_depth(parse: Parse, tok: Token) -> int:
    """Heads between a token and its sentence root. A clause before a semicolon the parser hung
    on the next clause ("gunmen attacked X; police blamed Y") is a main clause of its own, and a
    speaker's participle ("police said, accusing ...") sits below what the speaker reported."""
    depth, cur = 0, tok
    for head in parse.ancestors(tok.i):
        if cur.dep == "ccomp" and cur.i < head.i and parse.semicolon_between(cur.i, head.i):
            break
        depth += 1
        cur = head
    gov = parse.head(tok.i)
    if tok.dep in ("advcl", "xcomp") and tok.tag == "VBG" and gov is not None:
        depth += 5 * (gov.lemma.lower() in SAYING)  # the comment is never the news itself
    said = [a for a in parse.ancestors(tok.i) if a.tag == "VBG" and a.lemma.lower() in SAYING]
    if any(a.dep == "advcl" and _head_lemma(parse, a) in SAYING for a in said):
        depth += 2  # "a truce will take effect, the RSF announced, saying it would allow
        # aid in": what the speaker adds is below what the speaker announced
    if tok.dep == "advcl" and {m.text.lower() for m in parse.children(tok.i, "mark")} & TIMING:
        depth += 1  # "recalled its envoy a day after a mob attacked its mission": the cause
    if tok.dep == "relcl" and gov is not None and gov.dep in ("nsubj", "nsubjpass"):
        depth += 1  # "gunmen who blocked a highway ... shot dead 23 men": who they were
    if any(c.i < tok.i for c in parse.children(tok.i, "ccomp")):
        depth += 2  # "police picked up dozens of activists, party leaders alleged": attribution
    elif _inverted_attribution(parse, tok):
        depth += 5  # "gunmen attacked the students, ..., denounced rights groups": the speaker
    verb = tok if tok.pos in ("VERB", "AUX") else gov
    verbs = [verb, *([parse.head(verb.i)] if verb is not None and verb.dep == "conj" else [])]
    marks = {c.lemma.lower() for v in verbs if v is not None for c in parse.children(v.i, "advmod")}
    if marks & AFTER:
        depth += 1  # "...; police later cleared the square and detained three": what followed
    return depth


def _head_lemma(parse: Parse, tok: Token) -> str:
    head = parse.head(tok.i)
    return head.lemma.lower() if head is not None else ""


def _inverted_attribution(parse: Parse, tok: Token) -> bool:
    """A verb of saying put after what it reports, its speaker after it ("..., the balance being
    two dead, denounced human rights organisations."): a comma right before it, nothing after it
    but its own phrase, and an act told before the comma (the parser often hangs that act on the
    verb's wrong subject)."""
    if tok.pos != "VERB" or tok.i == 0 or parse[tok.i - 1].text != ",":
        return False
    if tok.lemma.lower() not in SAYING | DENOUNCING:
        return False
    words = parse.sentence_tokens(tok.sentence)
    after = [w for w in words if w.i > tok.i and w.pos != "PUNCT"]
    own = set(parse.subtree(tok.i))
    if not after or any(w.i not in own for w in after):
        return False
    return any(w.pos == "VERB" and w.i < tok.i - 1 for w in words)


def _background(parse: Parse, starts: dict[int, int], ev: Event) -> bool:
    """Told as a state that has lasted, not as news: the perfect with a span of time ("residents
    have complained of dry taps for months", "violence has gripped the state since May"); or as
    what came before the news: the pluperfect of a main clause ("Maoists had warned contractors
    to stop work. An IED then ripped through ..."; not the reported "police said gunmen had
    attacked X", which is the news itself)."""
    told = _trigger_tokens(parse, starts, ev)
    if told and all(_before_news(parse, t) for t in told):
        return True
    for tok in told:
        verb = (
            tok
            if tok.pos in ("VERB", "AUX")
            else next((a for a in parse.ancestors(tok.i) if a.pos in ("VERB", "AUX")), None)
        )
        if verb is None:
            continue
        perfect = any(
            a.lemma == "have" and a.tag in ("VBP", "VBZ") for a in parse.children(verb.i, "aux")
        )
        spans = [p for p in parse.children(verb.i, "prep") if p.text.lower() in ("for", "since")]
        if perfect and any(_long(o) for p in spans for o in parse.children(p.i, "pobj")):
            return True
        already = any(a.lemma.lower() == "already" for a in parse.children(verb.i, "advmod"))
        if perfect and already:
            return True  # "investigators have already charged several ministers": before
        so_far = [  # "has detained dozens of men in the camp this month"
            n
            for n in parse.children(verb.i, "npadvmod")
            if n.lemma.lower() in LONG_SPANS - {"week"}  # ("have camped this week": news)
            and any(d.lemma.lower() == "this" for d in parse.children(n.i, "det"))
        ]
        if perfect and so_far:
            return True
    return False


def _interrupted(parse: Parse, starts: dict[int, int], ev: Event, triggers: frozenset[int]) -> bool:
    """Told in a past progressive that a "when" clause with no act of its own breaks into
    ("worshippers were attending a night vigil when the attackers came"): the scene of what a
    later sentence tells (not "were marching when police opened fire", a protest met by force,
    the protest still the main clause)."""
    for tok in _trigger_tokens(parse, starts, ev):
        verb = tok if tok.pos == "VERB" else parse.head(tok.i)
        if verb is not None and _barely_begun(parse, verb):
            return True
        if verb is None or verb.tag != "VBG":
            continue
        if not any(a.lemma == "be" and a.tag == "VBD" for a in parse.children(verb.i, "aux")):
            continue
        for clause in parse.children(verb.i, "advcl"):
            words = {m.text.lower() for m in parse.children(clause.i, "advmod", "mark")}
            acts = any(parse[i].start in triggers for i in parse.subtree(clause.i))
            if "when" in words and not acts:
                return True
    return False


def _barely_begun(parse: Parse, verb: Token) -> bool:
    """ "The rally had barely begun when armed men charged into the crowd": a pluperfect that
    only sets the time of the "when" clause after it, the news."""
    if not _had(parse, verb):
        return False
    if not {m.text.lower() for m in parse.children(verb.i, "advmod")} & SCARCELY:
        return False
    return any(
        m.text.lower() == "when"
        for c in parse.children(verb.i, "advcl")
        for m in parse.children(c.i, "advmod", "mark")
    )


def _news_sentence(parse: Parse, starts: dict[int, int], ev: Event) -> int:
    """The first sentence that tells the event as news, not as what came before it ("Organisers
    had insisted the march would be peaceful. Soldiers fired at young people protesting": the
    protest is told in the second)."""
    first = min((e.sentence for e in ev.evidence if e.field == "trigger"), default=0)
    news = [t.sentence for t in _trigger_tokens(parse, starts, ev) if not _before_news(parse, t)]
    return min(news, default=first)


def _before_news(parse: Parse, tok: Token) -> bool:
    """Told in the pluperfect of a main clause, or under one ("had said they would block X"),
    or in a quote that opens its sentence."""
    verbs = [a for a in (tok, *parse.ancestors(tok.i)) if a.pos in ("VERB", "AUX")]
    # (but "had barely begun when armed men charged": the "when" clause is the news)
    told = [v for v in verbs if _pluperfect_main(parse, v) and not _barely_begun(parse, v)]
    return bool(told) or _quoted(parse, tok)


def _pluperfect_main(parse: Parse, verb: Token) -> bool:
    """ "had warned", "had been refused" in a main clause (or one joined to it); and a state
    told so under a speaker put after it ("the sit-in had been peaceful for weeks, residents
    say", "troops had been stationed in the village since March, residents say")."""
    main = verb if verb.dep != "conj" else parse.head(verb.i)
    lasting = main is not None and (
        main.lemma == "be"  # "had been peaceful", "had been stationed there since March"
        or any(p.text.lower() == "since" for p in parse.children(main.i, "prep"))
    )
    if main is not None and main.dep == "ccomp" and lasting:
        speaker = parse.head(main.i)
        if speaker is not None and speaker.i > main.i and speaker.lemma.lower() in SAYING:
            main = speaker  # the state is the speaker's background, not the news
    if main is None or main.dep != "ROOT":
        return False
    return _had(parse, verb)


def _quoted(parse: Parse, tok: Token) -> bool:
    """The token sits in a direct quote that opens its sentence ("'We want our land back,' one
    of the organisers said."): the speaker's words, not the reporter's news."""
    words = parse.sentence_tokens(tok.sentence)
    if not words or words[0].text not in OPEN_QUOTES:
        return False
    close = next((w.i for w in words[1:] if w.text in CLOSE_QUOTES), None)
    return close is not None and words[0].i < tok.i < close


def _long(span: Token) -> bool:
    """A span of months or more ("for months", "for two years", "since May", "since 2019"), not
    the days an ongoing protest has lasted ("for a fifth day", "since Friday")."""
    word = span.lemma.lower()
    return (
        word in LONG_SPANS
        or (span.pos == "PROPN" and is_month_name(span.text))
        or (span.text.isdigit() and len(span.text) == 4)
    )


def _trigger_depth(
    parse: Parse, starts: dict[int, int], ev: Event, first: int, triggers: frozenset[int]
) -> int:
    """How deep the event's first-told trigger sits; ``triggers`` are the character starts of
    every event's triggers (a verb that is an event of its own lends no clause to a noun)."""
    depths = []
    for e in ev.evidence:  # the depth where the event is first told, not in a later mention
        if e.field != "trigger" or e.start not in starts or e.sentence != first:
            continue
        tok = parse[starts[e.start]]
        depth = _clause_depth(parse, tok)
        head = parse.head(tok.i)
        forces = head is not None and _by_forces(parse, head)
        done = ev.event != "PROTEST" or not forces  # "police broke up the sit-in": not theirs
        if tok.pos == "NOUN" and head is not None and head.pos == "VERB" and tok.dep == "dobj":
            depth -= done  # the light verb's clause
        held = head is not None and head.text.lower() in ACT_PREPS and tok.dep == "pobj"
        verb = parse.head(head.i) if held and head is not None else None
        acting = (
            verb is not None
            and verb.pos in ("VERB", "AUX")
            and verb.start not in triggers
            and verb.lemma.lower() not in SAYING  # "..., residents said, in a night raid"
        )
        others = bool(parse.prep_objects(tok.i, ("of",)))  # "a procession of students"
        if tok.pos == "NOUN" and acting and not others:
            depth -= 2  # "sat on a dharna", "went on strike" (not "abducted X in a raid", not
            # "police swooped on a procession of students": the students', not the police's)
        depths.append(depth)
    return min(depths, default=99)


def has_headline(article: AnnotatedArticle) -> bool:
    """The first sentence is a headline on a line of its own (no sentence mark ends it)."""
    sents = article.sentences
    if len(sents) < 2:
        return False
    first = sents[0].text.rstrip()
    gap = article.article.text[sents[0].start : sents[1].start]
    if first.endswith(tuple(HEADLINE_DASHES)):  # "Rebels Seize Town — Fighters ..."
        return dash_headline(first.split()[:-1])
    return "\n" in gap and not first.endswith(SENTENCE_MARKS)


def _setting(parse: Parse, starts: dict[int, int], ev: Event) -> bool:
    """Every headline trigger of the event names the time or scene of another act ("after
    clashes", "ahead of a protest call", "shot dead at a campaign rally"), not the act itself."""
    toks = [
        parse[starts[e.start]]
        for e in ev.evidence
        if e.field == "trigger" and e.start in starts and e.sentence == 0
    ]
    return bool(toks) and all(_in_setting(parse, t) for t in toks)


def _set_aside(
    parse: Parse, starts: dict[int, int], ev: Event, news: int, events: list[Event]
) -> bool:
    """Every trigger of the event in its news sentence names the time or scene of another act
    ("after the tribal clashes", "during a march"), and another event of that sentence is told
    outside such a phrase."""
    toks = [t for t in _trigger_tokens(parse, starts, ev) if t.sentence == news]
    if not toks or not all(_in_setting(parse, t) for t in toks):
        return False
    return any(
        not _in_setting(parse, t)
        for other in events
        if other is not ev and not other.negated
        for t in _trigger_tokens(parse, starts, other)
        if t.sentence == news
    )


def _only_setting(parse: Parse, starts: dict[int, int], ev: Event) -> bool:
    """Every trigger of the event names the time or scene of something else: a phrase of time
    ("Months after the truce, ...", "Only weeks after his release, ...") or the start of a
    state ("Unrest has spread since a teenager was shot ...")."""
    toks = _trigger_tokens(parse, starts, ev)
    return bool(toks) and all(_in_setting(parse, t) or _in_time_clause(parse, t) for t in toks)


def _in_time_clause(parse: Parse, tok: Token) -> bool:
    """The token sits in a clause opened by "since" (the start of a state the sentence tells)
    or by "a day after", "weeks before" (a span from the news): not a bare "after", which
    often opens the news itself ("traffic stayed suspended after workers staged a sit-in")."""
    for cur in (tok, *parse.ancestors(tok.i)):
        if cur.dep != "advcl":
            continue
        marks = [m for m in parse.children(cur.i, "mark") if m.text.lower() in TIMING]
        spans = [n for n in parse.children(cur.i, "npadvmod") if marks and n.i < marks[0].i]
        return any(m.text.lower() == "since" for m in marks) or bool(spans)
    return False


def _in_setting(parse: Parse, tok: Token) -> bool:
    owner = parse.head(tok.i)
    if tok.dep == "acl" and tok.tag == "VBN" and owner is not None:
        tok = owner  # "the deal follows months of talks mediated by Washington": the talks'
    elif tok.dep == "relcl" and owner is not None and owner.dep == "pobj":
        tok = owner  # "Unlike the first nights, when riot police used water cannon, ...":
        # what the nights of the phrase saw
    for _ in range(2):  # "after clashes", "after a night of clashes"
        prep = parse.head(tok.i)
        if tok.dep == "dobj" and prep is not None and prep.lemma.lower() == "follow":
            return True  # "the deal follows months of talks": what came before
        if tok.dep == "pobj" and prep is not None and prep.text.lower() == "to":
            way = parse.head(prep.i)  # "she had been on her way to a rally": where she went
            ways = [way] + (parse.prep_objects(way.i, ("on",)) if way is not None else [])
            if any(w is not None and w.lemma.lower() == "way" for w in ways):
                return True
        if tok.dep != "pobj" or prep is None:
            return False
        word = prep.text.lower()
        owner = parse.head(prep.i)
        if word == "of" and owner is not None and owner.text.lower() in SETTINGS:
            return True  # "ahead of", "in the wake of"
        if word in SETTINGS:
            return True
        if word != "of" or owner is None:
            return False
        tok = owner  # "a night of clashes": the night's phrase
    return False


def lead_sentences(article: AnnotatedArticle) -> tuple[int, ...]:
    """A headline on a line of its own and the sentences up to the end of its lead (a dateline
    the parser cut off counts with it): one piece of news, whose words are cues for each other
    ("Mariners blast East Bengal" / "... in the Kolkata derby"); () when there is no headline."""
    if not has_headline(article):
        return ()
    out = [0]
    for sent in article.sentences[1:]:
        out.append(sent.index)
        if len(sent.text.split()) >= 4 and sent.text.rstrip()[-1:] not in DATELINE_ENDS:
            break  # (a dateline cut off as a sentence: "KHERSON, Ukraine (AP) -")
    return tuple(out)


#: marks a dateline cut off as a sentence of its own ends with
DATELINE_ENDS = frozenset({"-", "–", "—", ":"})
#: categories of material conflict a headline and its lead may name differently ("MP's house
#: torched" / "protesters set fire to ..." is a riot; "Activist bundled into car" an abduction)
VIOLENT = frozenset({"ASSAULT", "PROTEST", "COERCE"})
#: material acts: told in the future, they are not yet news
ACTS = VIOLENT | {"MOBILIZE", "AID", "SANCTION"}


def _agentless(ev: Event) -> bool:
    """No party the text names did it (a headline's passive: "Police station stormed")."""
    return not any(e.field == "actor" for e in ev.evidence)


def _told_in_lead(ev: Event, lead: tuple[int, ...]) -> bool:
    """The event is told, with who did it, in the lead under a headline."""
    sentences = {e.sentence for e in ev.evidence if e.field == "trigger"}
    return bool(lead) and min(sentences, default=0) in lead[1:] and not _agentless(ev)


def _retold(headline: Event, lead: Event) -> bool:
    """The lead's event tells a violent headline act (or a truce) in full, under another
    category (a headline's attack stays one against a lead's raid or seizure: "Gang members
    stormed the town", read as a search, is no better telling of a massacre)."""
    if (headline.event, lead.event) == ("ASSAULT", "COERCE"):
        return False
    if headline.mode == "ceasefire" and lead.event in ("CONCEDE", "AGREE"):
        return True  # "Truce from Sunday" / "X and Y announced a ceasefire due to ...": the
        # lead says who agreed to it, and that it is not kept yet
    return headline.event in VIOLENT and lead.event in VIOLENT and lead.event != headline.event


#: a headline's category and the finer one its lead may tell the same happening as: a raid, a
#: seizure or "holding soldiers" told as an attack or abduction ("ELN says it is holding four
#: soldiers" / "... it had captured the soldiers"), a deal signed or only promised ("Ink dries
#: on accord" / "X and Y signed ..."), a crowd's defiance told as its rally ("Tbilisi crowds
#: defy bill" / "thousands rallied outside parliament")
REFINED = frozenset(
    {("COERCE", "ASSAULT"), ("AGREE", "SUPPORT"), ("SUPPORT", "AGREE"), ("REJECT", "PROTEST")}
)


def _refined(headline: Event, lead: Event) -> bool:
    """The lead tells the headline's happening under a finer category, and (but for a deal,
    whose place names often read as its parties: "Ink dries on Washington accord") names no
    other country as the one who did it."""
    if (headline.event, lead.event) not in REFINED or lead.negated:
        return False
    if lead.event in ("AGREE", "SUPPORT"):
        return True
    mine = {a.code for a in headline.actor if a.code}
    theirs = {a.code for a in lead.actor if a.code}
    return not mine or not theirs or bool(mine & theirs)


def _refined_in_lead(headline: Event, told: list[Event]) -> bool:
    """The lead tells the headline's happening under a finer category before it tells anything
    the headline's way ("officers stormed the building and led her away" under "police detain
    lawyer" confirms the detention first)."""
    finer = [_first_trigger(t) for t in told if _refined(headline, t)]
    if not finer:
        return False
    return not any(t.event == headline.event and _first_trigger(t) < min(finer) for t in told)


def _operator_told(headline: Event, lead: Event) -> bool:
    """A headline attack by a weapon no one is said to own ("Kamikaze drones hit Odesa port")
    whose lead names the weapon's country ("Russian attack drones struck ..."), which differs
    from the one the headline's weapon took from the place it struck."""
    if headline.event != "ASSAULT" or lead.event != "ASSAULT" or lead.negated:
        return False
    weapons = [a for a in headline.actor if _unowned_weapon(a.entity_text)]
    if not weapons or len(weapons) != len(headline.actor):
        return False
    mine = {a.code for a in headline.actor}
    named = {a.code for a in lead.actor if a.code and country_in(a.entity_text)}
    return bool(named) and not named & mine


def _unowned_weapon(text: str) -> bool:
    words = text.split()
    return bool(words) and instrument_sector(words[-1]) is not None and not country_in(text)


def _first_trigger(ev: Event) -> int:
    return min((e.start for e in ev.evidence if e.field == "trigger"), default=0)


def _ends_in_attack(parse: Parse, starts: dict[int, int], ev: Event, events: list[Event]) -> bool:
    """A round-up, seizure or crowd's coming joined to an attack by the same hands ("rounded up
    at least a dozen men and shot them", "plundered and burned houses", "riders descended on
    a market and beat up a trader"): what it ended in is the news."""
    moved = ev.event == "PROTEST" and ev.mode == "demo"
    if ev.event != "COERCE" and ev.mode != "abduct" and not moved:  # (armed men's round-up:
        return False  # an abduction)
    mine = {t.i for t in _trigger_tokens(parse, starts, ev) if t.pos == "VERB"}
    for other in events:
        # (not a seized bomb or cache blown up: "found and safely detonated a bomb")
        if other.event != "ASSAULT" or other.negated or other.mode in ("explosives", "abduct"):
            continue
        hands = {a.entity_text for a in ev.actor} & {a.entity_text for a in other.actor}
        if moved and not hands:
            continue  # "residents marched to the offices, and police fired stun grenades"
        for t in _trigger_tokens(parse, starts, other):
            joined = {c.i for c in parse.children(t.i, "conj")}
            joined |= {t.head} if t.dep == "conj" else set()
            if t.pos == "VERB" and mine & joined and t.i not in mine:
                return True
    return False


def _forced(parse: Parse, starts: dict[int, int], ev: Event, first: int) -> bool:
    """A protest told only as what police or troops acted on ("police broke up the sit-in",
    "Berlin police clear sit-in"): the protest is the scene of the force, not the news."""
    if ev.event != "PROTEST":
        return False
    toks = [t for t in _trigger_tokens(parse, starts, ev) if t.sentence == first]
    return bool(toks) and all(_under_force(parse, t) for t in toks)


def _under_force(parse: Parse, tok: Token) -> bool:
    noun = parse.head(tok.i) if tok.dep == "compound" else tok  # "sit-in" split by the tokenizer
    if noun is None or noun.dep != "dobj":
        return False
    verb = parse.head(noun.i)
    return verb is not None and _by_forces(parse, verb)


def _by_forces(parse: Parse, verb: Token) -> bool:
    """The verb's subject is police or troops."""
    return any(sector_of(c.lemma) in ("COP", "MIL") for c in parse.children(verb.i, "nsubj"))


def _trigger_tokens(parse: Parse, starts: dict[int, int], ev: Event) -> list[Token]:
    return [
        parse[starts[e.start]] for e in ev.evidence if e.field == "trigger" and e.start in starts
    ]


def _blames_told_attack(
    parse: Parse, starts: dict[int, int], ev: Event, events: list[Event]
) -> bool:
    """An accusation or blame for an attack the text also tells as fact, outside what the
    accusation says ("UN accuses troops of rapes" / "soldiers raped several women ...", "an
    explosive charge ruptured a pipeline; the army blamed the ELN"): the attack is the news."""
    if ev.event != "ACCUSE" or ev.mode != "allege":
        return False
    said = {  # what the accusation says: the trigger and what follows it in its phrase (what
        # someone is blamed for happened: "herders were blamed for the raid in which ...")
        i
        for t in _trigger_tokens(parse, starts, ev)
        for c in [t, *parse.children(t.i)]
        if c.i == t.i or (c.i > t.i and t.lemma.lower() != "blame")
        for i in (parse.subtree(c.i) if c.i > t.i else [c.i])
    }
    for other in events:
        if other is ev or other.event != "ASSAULT" or other.negated or other.future:
            continue
        if any(t.i not in said for t in _trigger_tokens(parse, starts, other)):
            return True
    return False


def _accuses_then_attacks(accusation: Event, events: list[Event]) -> bool:
    """The accusers attack in the same sentence ("a mob accused a manager of blasphemy and beat
    him to death"): the attack is the news, the accusation its pretext."""
    if accusation.event != "ACCUSE" or any(a.sector == "GOV" for a in accusation.actor):
        return False  # (a state's protest over firing is the news: "Pakistan lodges protest")
    sentences = {e.sentence for e in accusation.evidence if e.field == "trigger"}
    accusers = {a.entity_text for a in accusation.actor}
    return any(
        ev.event == "ASSAULT"
        and accusers & {a.entity_text for a in ev.actor}
        and sentences & {e.sentence for e in ev.evidence if e.field == "trigger"}
        for ev in events
    )


def _condemns_told_attack(
    parse: Parse, starts: dict[int, int], ev: Event, events: list[Event]
) -> bool:
    """A condemnation whose object is an attack the coder also codes ("rights groups condemned
    the killing of protesters", "civil society denounced the rape of twenty women by
    militiamen"): the attack is told as fact, and it is the news."""
    verbs = [t for t in _trigger_tokens(parse, starts, ev) if t.lemma.lower() in CONDEMNING]
    # (not "women walked in silence to denounce the massacres": a march's purpose)
    verbs = [v for v in verbs if v.dep not in ("xcomp", "advcl")]
    if ev.event not in ("ACCUSE", "PROTEST") or not verbs:
        return False
    condemned = {
        i for v in verbs for o in parse.children(v.i, "dobj", "ccomp") for i in parse.subtree(o.i)
    }
    return any(
        t.i in condemned
        for other in events
        if other.event == "ASSAULT" and not other.negated and not other.future
        if not _foreign_reaction(ev, other)
        for t in _trigger_tokens(parse, starts, other)
    )


def _foreign_reaction(condemnation: Event, attack: Event) -> bool:
    """A state condemns an attack between others ("Qatar condemned the strike on a building
    in Gaza", "South Africa condemned Israel's strike on Doha"): its reaction is the news."""
    states = {a.code for a in condemnation.actor if a.code and a.sector == "GOV"}
    sides = {a.code for a in (*attack.actor, *attack.recipient) if a.code}
    return bool(states) and bool(sides) and not states & sides


def _investigates_told_attack(
    parse: Parse, starts: dict[int, int], ev: Event, events: list[Event]
) -> bool:
    """An investigation of nothing named ("The air force said it was investigating. An errant
    airstrike ... killed 85", "..., and the oversight authority says it is investigating") beside
    an attack the coder codes: the inquiry follows the attack, which is the news."""
    if ev.event != "ACCUSE" or ev.mode != "investigate":
        return False
    toks = _trigger_tokens(parse, starts, ev)
    if not toks or any(
        t.lemma.lower() != "investigate"
        or parse.children(t.i, "dobj")
        or parse.prep_objects(t.i, ("into", "of", "over"))
        for t in toks
    ):
        return False  # (not "opened an inquiry into the deaths of two protesters")
    return any(
        other.event == "ASSAULT" and not other.negated and not other.future
        for other in events
        if other is not ev
    )


def _sentences_after(
    parse: Parse, starts: dict[int, int], events: list[Event], sentence: int
) -> list[int]:
    """The sentences after ``sentence`` in which the events have a trigger."""
    return [
        t.sentence
        for ev in events
        for t in _trigger_tokens(parse, starts, ev)
        if t.sentence > sentence
    ]


@cache
def _attack_nouns() -> frozenset[str]:
    """The lexicon's nouns that name an attack ("blast", "explosion", "fighting")."""
    nouns = load_lexicon().nouns
    return frozenset(
        k for k, entries in nouns.items() if any(t.event == "ASSAULT" for t in entries)
    )


def _aftermath(parse: Parse, starts: dict[int, int], ev: Event, events: list[Event]) -> int:
    """The sentence of the attack this event follows, when its clause is set "after the
    blast" (an attack named by a definite noun, with no word of its own on who did it) and a
    later sentence tells an attack ("Shops pulled down their shutters after the blast.
    Militants lobbed a grenade at ..."): the aftermath was told first, the attack is the news.
    Minus one when it is no such aftermath."""
    attacks = _attack_nouns()
    toks = _trigger_tokens(parse, starts, ev)
    if not toks or ev.event == "ASSAULT":
        return -1
    sentence = toks[0].sentence
    verbs = {parse.head(t.i) if t.dep in ("dobj", "nsubj", "nsubjpass") else t for t in toks}
    verbs |= {parse.head(v.i) for v in verbs if v is not None and v.dep == "conj"}  # "X was
    # cut after the attack, and trams stopped running"
    after = [o for v in verbs if v is not None for o in parse.prep_objects(v.i, AFTERMATH)]
    after += [  # "reinforcements arrived only after the fighting had ended"
        s
        for v in verbs
        if v is not None
        for c in parse.children(v.i, "advcl")
        if any(m.lemma.lower() in AFTERMATH for m in parse.children(c.i, "mark"))
        for s in parse.children(c.i, "nsubj")
    ]
    named = [
        o
        for o in after
        if (o.lemma.lower() in attacks or o.lemma.lower() in INCIDENTS)
        and any(d.text.lower() in ("the", "this", "that") for d in parse.children(o.i, "det"))
        and not parse.children(o.i, "poss", "compound", "amod", "prep")
    ]
    if not named:
        return -1
    told = [o for o in events if o.event == "ASSAULT" and not o.negated and not o.future]
    return min(_sentences_after(parse, starts, told, sentence), default=-1)


def _explains(parse: Parse, starts: dict[int, int], ev: Event) -> bool:
    """Told in the pluperfect of a main clause right after a sentence told as news ("Schools
    stayed closed and a curfew was declared. Security forces had exchanged fire with
    militants ..."): the cause of what the text opened with, told after it, not a past that
    comes before the news."""
    toks = _trigger_tokens(parse, starts, ev)
    if not toks or not _pluperfect_told(parse, min(toks, key=lambda t: t.i)):
        return False
    sentence = min(t.sentence for t in toks)
    if sentence == 0 or any(_quoted(parse, t) for t in toks):
        return False
    before = [t for t in parse.sentence_tokens(sentence - 1) if t.dep == "ROOT"]
    return any(v.pos in ("VERB", "AUX") and not _pluperfect_main(parse, v) for v in before)


def _pluperfect_told(parse: Parse, tok: Token) -> bool:
    """The token's clause is a pluperfect main clause, or one a speaker reports ("security
    forces had exchanged fire ..., officials said")."""
    verb = tok if tok.pos in ("VERB", "AUX") else parse.head(tok.i)
    verb = parse.head(verb.i) if verb is not None and verb.pos not in ("VERB", "AUX") else verb
    if verb is None:
        return False
    main = parse.head(verb.i) if verb.dep == "conj" else verb
    if main is None:
        return False
    speaker = parse.head(main.i) if main.dep == "ccomp" else None
    reported = speaker is not None and speaker.dep == "ROOT" and speaker.lemma.lower() in SAYING
    # (or a clause that opens its sentence, which the parser hung on a later verb: "The field
    # had been hit by a drone, the government said, without naming who launched it")
    opening = main.dep == "ccomp" and min(parse.subtree(main.i)) == min(
        t.i for t in parse.sentence_tokens(main.sentence)
    )
    if main.dep != "ROOT" and not reported and not opening:
        return False
    # (a verb joined to the clause shares its "had": "had found him guilty and sentenced him")
    return _had(parse, verb) or _had(parse, main)


def _had(parse: Parse, verb: Token) -> bool:
    """The verb is in the pluperfect: "had warned", "had been refused"."""
    return any(
        a.lemma == "have" and a.tag == "VBD" for a in parse.children(verb.i, "aux", "auxpass")
    )


def _explained(parse: Parse, starts: dict[int, int], ev: Event, events: list[Event]) -> int:
    """The sentence of a later event that tells the cause of this one in the pluperfect (see
    :func:`_explains`): what the text opened with is its aftermath, the cause the news. Minus
    one when no later sentence explains it."""
    toks = _trigger_tokens(parse, starts, ev)
    if not toks:
        return -1
    after = min(t.sentence for t in toks) + 1
    return next(
        (
            after
            for o in events
            if o is not ev
            and not o.negated
            and o.event != "REQUEST"  # (a demand told after a rally is what the rally was for)
            and min((t.sentence for t in _trigger_tokens(parse, starts, o)), default=-1) == after
            and _yields_to(ev, o)
            and (_explains(parse, starts, o) or _attack_after_sequel(parse, starts, ev, o))
        ),
        -1,
    )


def _attack_after_sequel(parse: Parse, starts: dict[int, int], opening: Event, o: Event) -> bool:
    """An attack by a named party told in the next sentence's main clause after what only
    answered it ("Security forces were rushed to the foothills. Armed men from two villages
    exchanged gunfire for hours"): the sequel opened the text, the attack is the news."""
    if o.event != "ASSAULT" or _agentless(o) or o.future:
        return False
    if opening.event == "PROTEST" and _by_state_forces(o):
        return False  # "Protests broke out. Police fired tear gas at the crowd": the protest
    if not (_agentless(opening) or opening.event in SEQUELS):
        return False
    toks = _trigger_tokens(parse, starts, o)
    first = min(toks, key=lambda t: t.i) if toks else None
    return first is not None and first.sentence > 0 and _clause_depth(parse, first) <= 1


def _by_state_forces(ev: Event) -> bool:
    """Every actor of the event is the police or the army."""
    return bool(ev.actor) and all(a.sector in ("COP", "MIL") for a in ev.actor)


def _yields_to(opening: Event, cause: Event) -> bool:
    """The text's opening event is only what followed a cause told after it: an act no party
    is said to have done ("a curfew was declared"), a deployment, a demand, talks or aid, or a
    peaceful gathering beside force, a charge or a penalty ("Supporters kept vigil outside his
    house. Prosecutors had charged him ..."). An attack, an arrest, a release or a blockade
    that someone is said to have done stays the news ("Soldiers fired into the march. The
    march had set off from a monastery ...")."""
    if _agentless(opening) or opening.event in SEQUELS:
        return True
    gathering = opening.event == "PROTEST" and opening.mode in (None, "demo")
    return gathering and cause.event in ("ASSAULT", "COERCE", "ACCUSE", "SANCTION")


def _summed_up(parse: Parse, starts: dict[int, int], ev: Event, events: list[Event]) -> int:
    """The sentence of the act a vague noun sums up, when the noun with no doer is what its
    sentence talks about ("the violence spread south to Ziguinchor. Protesters looted a
    supermarket ...", "the crackdown has been the harshest in the country. In Zahedan, security
    forces fired ..."): a later sentence tells who did what. Minus one when it is no such noun."""
    toks = _trigger_tokens(parse, starts, ev)
    if len(toks) != 1 or toks[0].pos != "NOUN" or toks[0].dep not in ("nsubj", "nsubjpass"):
        return -1
    if any(a.sector not in (None, "UAF") for a in ev.actor):
        return -1
    head = parse.head(toks[0].i)
    if toks[0].lemma.lower() not in VAGUE and (head is None or head.lemma.lower() != "be"):
        return -1
    done = [  # acts done by someone named
        o
        for o in events
        if o is not ev
        and not o.negated
        and not o.future
        and any(a.sector not in (None, "UAF") for a in o.actor)
    ]
    return min(_sentences_after(parse, starts, done, toks[0].sentence), default=-1)


def unrealized(parse: Parse, tok: Token) -> bool:
    """The act is named as what something is for ("explosives destined for attacks on oil
    pipelines") or as what something lasts until ("will keep up the pressure until the prime
    minister quits"): not an act done."""
    marks = {m.text.lower() for m in parse.children(tok.i, "mark")}
    if marks & {"until", "till"} and tok.tag in ("VBZ", "VBP", "VB"):
        return True
    infinitive = tok.tag == "VB" and any(
        a.text.lower() == "to" for a in parse.children(tok.i, "aux")
    )
    owner = parse.head(tok.i)
    scheduled = owner is not None and owner.lemma.lower() in SCHEDULES
    if infinitive and tok.dep in ("acl", "relcl", "advcl") and scheduled:
        return True  # "sets a timetable for the group to hand in its weapons": what the
        # timetable is for
    prep = parse.head(tok.i)
    if tok.dep != "pobj" or prep is None or prep.text.lower() != "for":
        return False
    owner = parse.head(prep.i)
    return owner is not None and owner.lemma.lower() in PURPOSED


def _unrealized(parse: Parse, starts: dict[int, int], ev: Event) -> bool:
    """Every trigger names what something was meant for ("explosives destined for attacks
    on oil pipelines") or lasts until ("until the prime minister quits"): no act was done."""
    toks = _trigger_tokens(parse, starts, ev)
    return bool(toks) and all(unrealized(parse, t) for t in toks)


def _told_earlier(parse: Parse, starts: dict[int, int], ev: Event, events: list[Event]) -> int:
    """The sentence that opens with "Earlier," when it follows this event's sentence and
    tells an event of its own ("Internet services were suspended as a precaution. Earlier, a
    crowd pelted police with stones ..."): what came first is the news the text follows up.
    Minus one when there is none."""
    toks = _trigger_tokens(parse, starts, ev)
    if not toks:
        return -1
    sentence = toks[0].sentence
    told = [o for o in events if o is not ev and not o.negated]
    for s in sorted(_sentences_after(parse, starts, told, sentence)):
        first = next(iter(parse.sentence_tokens(s)), None)
        if first is not None and first.text.lower() == "earlier":
            return s
    return -1


def rank_events(events: list[Event], article: AnnotatedArticle) -> list[Event]:
    """Events ordered by the main-event rule of this module (main event first)."""
    parse = Parse(article.tokens)
    starts = {t.start: t.i for t in article.tokens}
    triggers = frozenset(e.start for ev in events for e in ev.evidence if e.field == "trigger")
    lead = lead_sentences(article)

    told = [ev for ev in events if _told_in_lead(ev, lead)]
    settings = {id(ev) for ev in events if _only_setting(parse, starts, ev)}
    news_told = any(id(ev) not in settings and not ev.negated for ev in events)
    done = any(id(ev) not in settings and not ev.negated and not ev.future for ev in events)

    def key(ev: Event) -> tuple[bool, bool, bool, bool, float, int, float, int]:
        first = min((e.start for e in ev.evidence if e.field == "trigger"), default=0)
        news = _news_sentence(parse, starts, ev)
        sentence: float = news
        depth = _trigger_depth(parse, starts, ev, news, triggers)
        if lead and sentence == 0 and _setting(parse, starts, ev):
            sentence = lead[-1] + 0.5  # "Curfew clamped after clashes": the lead's news first
        if lead and sentence == 0 and _agentless(ev) and any(_retold(ev, t) for t in told):
            sentence = lead[-1] + 0.5  # "MP's house torched" / "protesters set fire to ...":
            # the lead says who did it, and what it was
        if lead and sentence == 0 and any(_operator_told(ev, t) for t in told):
            sentence = lead[-1] + 0.5  # "Missile slams into Kharkiv apartment block" / "A
            # Russian ballistic missile struck ...": the lead says whose weapon it was
        if lead and sentence == 0 and _refined_in_lead(ev, told):
            sentence = lead[-1] + 0.5  # "ELN says it is holding four soldiers" / "... had
            # captured the soldiers": the lead tells what the headline sums up
        if sentence == news and _set_aside(parse, starts, ev, news, events):
            sentence += 0.25  # "troops were dispatched to the district after the clashes":
            # the act named as the time or scene of another act of the sentence comes after it
        if _ends_in_attack(parse, starts, ev, events):
            sentence += 0.25  # "soldiers rounded up a dozen men and shot them": the killing
        if (attack := _aftermath(parse, starts, ev, events)) >= 0:
            sentence = attack + 0.5  # "Shops shut after the blast. Militants lobbed a grenade"
        if (cause := _explained(parse, starts, ev, events)) >= 0:
            sentence = cause + 0.5  # "... a curfew was declared. Security forces had
            # exchanged fire with militants": the cause told after its aftermath
        if (act := _summed_up(parse, starts, ev, events)) >= 0:
            sentence = act + 0.5  # "the violence spread south. Protesters looted ..."
        if (before := _told_earlier(parse, starts, ev, events)) >= 0:
            sentence = before + 0.5  # "Internet was suspended. Earlier, a crowd pelted ..."
        if _forced(parse, starts, ev, news):
            sentence = (lead[-1] if lead and sentence == 0 else sentence) + 0.5  # "police
            # cleared the sit-in / officers detained 40 demonstrators": the force is the news
        blamed = _blames_told_attack(parse, starts, ev, events)
        blamed = blamed or _condemns_told_attack(parse, starts, ev, events)
        blamed = blamed or _investigates_told_attack(parse, starts, ev, events)
        blamed = blamed or _accuses_then_attacks(ev, events)
        return (
            ev.negated or _unrealized(parse, starts, ev),
            ev.future and ev.event in ACTS and done,  # "..., and Australia said it
            # would send police": an act not yet done (a promise or threat is itself done)
            # ranks after news done, not after what only sets its time ("officers would be
            # posted ... ahead of rival rallies")
            (_background(parse, starts, ev) and not _explains(parse, starts, ev))
            or blamed
            or _interrupted(parse, starts, ev, triggers),
            news_told and id(ev) in settings,  # "Months after the truce, ... . Troops raped
            # ...": what sets the time or scene gives way to news told anywhere in the text
            sentence,
            depth,
            -ev.confidence,
            first,
        )

    return sorted(events, key=key)


def main_event(events: list[Event], article: AnnotatedArticle) -> Event | None:
    """The main event of a short text, or None when no event was coded or only ones told as
    not happening ("police said they had made no arrests" tells no arrest)."""
    ranked = rank_events(events, article)
    return ranked[0] if ranked and not ranked[0].negated else None


__all__ = ["main_event", "rank_events"]
