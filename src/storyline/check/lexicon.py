"""Small word lists of the checker: counted nouns that mean the same thing, the happening a verb
names, role-word synonyms. Written for storyline; extend them here, not in the rules."""

from __future__ import annotations

import unicodedata

# Counted nouns (lemmas) grouped by what they count. A noun outside every group is its own group.
NOUN_CLASSES: dict[str, frozenset[str]] = {
    "held": frozenset(
        {"prisoner", "detainee", "inmate", "captive", "hostage", "convict", "political prisoner"}
    ),
    "protester": frozenset({"protester", "protestor", "demonstrator", "marcher", "rioter"}),
    "dead": frozenset({"death", "dead", "fatality", "casualty", "victim", "body"}),
    "wounded": frozenset({"injury", "injured", "wounded"}),
    "arrest": frozenset({"arrest", "detention"}),
    "soldier": frozenset({"soldier", "troop", "serviceman", "servicemen", "guard", "trooper"}),
    "police": frozenset({"police", "policeman", "police officer", "policemen", "agent"}),
    "vote": frozenset({"vote", "ballot"}),
    "official": frozenset({"official", "authority", "functionary", "officer"}),
    "refugee": frozenset({"refugee", "migrant", "asylum seeker", "evacuee"}),
}
# Nouns that can count any group of people: they support, but alone never contradict.
GENERIC_PEOPLE = frozenset({"person", "people", "individual", "civilian", "resident", "citizen"})
PEOPLE_CLASSES = frozenset(
    {"held", "protester", "dead", "wounded", "soldier", "police", "refugee", "official"}
)

# Verb (or event noun) lemma -> the happening it names; event size kinds use the same names.
HAPPENINGS: dict[str, str] = {
    **dict.fromkeys(("release", "free", "pardon", "let", "liberate", "discharge"), "released"),
    **dict.fromkeys(
        ("arrest", "detain", "jail", "imprison", "hold", "round", "capture", "incarcerate"),
        "arrested",
    ),
    **dict.fromkeys(("kill", "die", "murder", "execute", "slay"), "killed"),
    **dict.fromkeys(("injure", "wound", "hurt"), "injured"),
    **dict.fromkeys(("protest", "march", "rally", "demonstrate", "gather"), "protesters"),
    **dict.fromkeys(("expel", "deport"), "expelled"),
}

# Role words that say the same thing ("head of X" = "chief of X").
ROLE_SYNONYMS: dict[str, str] = {
    "chief": "head",
    "leader": "head",
    "director": "head",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "defense": "defence",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "foreign": "foreign",
    "home": "interior",
    "premier": "prime",
}
ROLE_STOPWORDS = frozenset(
    {"the", "a", "an", "of", "for", "and", "'s", "s", "its", "his", "her", "their", "then", "now"}
)
NAME_PARTICLES = frozenset({"de", "da", "del", "la", "van", "von", "der", "al", "el", "bin"})


def noun_class(lemma: str | None) -> str | None:
    """The group of a counted noun ("detainee" -> "held"); the lemma itself when ungrouped."""
    if lemma is None:
        return None
    word = lemma.lower()
    if word in GENERIC_PEOPLE:
        return "people"
    for name, members in NOUN_CLASSES.items():
        if word in members:
            return name
    return word


def same_noun(a: str | None, b: str | None) -> bool:
    """Whether two noun classes can count the same thing (generic people match any people)."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    people = PEOPLE_CLASSES | {"people"}
    return "people" in (a, b) and a in people and b in people


def fold(text: str) -> str:
    """Lowercase without accents: "Nicolás" -> "nicolas"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def singular(word: str) -> str:
    """A plural-looking word without its plural ending ("authorities" -> "authority")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word
