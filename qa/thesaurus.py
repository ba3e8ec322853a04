"""Everyday words for common concepts, shipped with qa: a question's word the knowledge base never uses is read
as a word of its group that the knowledge base does use ("bucks" as money, "outfits" as companies, "taught" as
trained), so an author need not foresee each one in the synonyms table.

Only words the knowledge base does not know are read this way, and only into words it does know: a knowledge
base that uses "bucks" itself keeps it as it is. A phrasal verb whose verb no entry uses is read the same way,
as the one word it means ("turned up" as attended, "chip in" as contribute). The groups are general English,
one concept each; a group's words are near enough in meaning that a fact about one answers a question about
another.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from .text import stem

GROUPS = (
    "money cash funds funding bucks dough finance financing",
    "company companies firm firms business businesses enterprise enterprises outfit outfits corporation",
    "give gave given donate donated provide provided grant granted contribute contributed pump pumped pour poured "
    "inject injected",
    "build built construct constructed erect erected",
    "teach taught train trained instruct instructed coach coached educate educated tutor tutored",
    "job jobs employment work vacancy vacancies",
    "worker workers employee employees staff labourer labourers laborer laborers personnel",
    "people persons residents individuals citizens folks locals inhabitants",
    "poor poorest impoverished needy destitute deprived",
    "begin began begun start started commence commenced launch launched initiate initiated",
    "end ended finish finished conclude concluded",
    "buy bought purchase purchased",
    "sell sold retail retailed",
    "help helped assist assisted aid aided support supported",
    "village villages hamlet hamlets",
    "region regions area areas zone zones",
    "certification certificate certified accreditation accredited stamp seal",
    "product products goods item items merchandise wares",
    "increase increased rise rose grow grew boost boosted climb climbed",
    "decrease decreased fall fell drop dropped decline declined shrink shrank",
    "cost costs price prices expense expenses fee fees",
    "bicycle bicycles bike bikes",
    "vehicle vehicles car cars automobile",
    "doctor doctors physician physicians medic medics",
    "visitor visitors guest guests tourist tourists",
    "write wrote written author authored pen penned",
    "fast quick rapid speedy",
    "partner partnered team teamed pair paired ally allied",
    "program programme programs programmes scheme schemes initiative initiatives",
    "meeting meetings session sessions",
    "kid kids child children",
    "house houses home homes housing",
    "attend attended attending attendance",
    "hire hired recruit recruited employ employed",
    "approve approved authorise authorised authorize authorized",
    "register registered enrol enrolled enroll",
    "establish established create created",
    "conduct conducted implement implemented execute executed",
    "postpone postponed delay delayed defer deferred",
    "aim aims goal goals purpose purposes objective objectives",
    "cancel cancelled canceled scrap scrapped",
    "investigate investigated examine examined probe probed",
    "allocate allocated earmark earmarked",
    "close closed shut",
    "resign resigned quit",
    "withdraw withdrew withdrawn",
    "release released publish published",
    "repair repaired fix fixed mend mended",
    "demolish demolished",
    "final finally eventually ultimately",
    "cover covered span spanned encompass encompassed",
    "until till til",
)
# Phrasal verbs, read as the one word they mean ("turned up" as attended, "chip in" as contribute): a verb and its
# particle, as written, and the word of a group above that says it.
PHRASAL_VERBS = {
    ("turn", "up"): "attend",
    ("show", "up"): "attend",
    ("go", "up"): "increase",
    ("shoot", "up"): "increase",
    ("go", "down"): "decrease",
    ("come", "down"): "decrease",
    ("cut", "back"): "decrease",
    ("hand", "out"): "give",
    ("give", "out"): "give",
    ("hand", "over"): "give",
    ("pay", "out"): "give",
    ("put", "in"): "contribute",
    ("put", "into"): "contribute",
    ("chip", "in"): "contribute",
    ("pitch", "in"): "contribute",
    ("take", "on"): "hire",
    ("sign", "off"): "approve",
    ("sign", "up"): "register",
    ("set", "up"): "establish",
    ("carry", "out"): "conduct",
    ("roll", "out"): "launch",
    ("kick", "off"): "begin",
    ("kick", "in"): "begin",
    ("start", "up"): "begin",
    ("wrap", "up"): "finish",
    ("put", "off"): "postpone",
    ("push", "back"): "postpone",
    ("call", "off"): "cancel",
    ("look", "into"): "investigate",
    ("set", "aside"): "allocate",
    ("shut", "down"): "close",
    ("close", "down"): "close",
    ("step", "down"): "resign",
    ("pull", "out"): "withdraw",
    ("come", "out"): "release",
    ("fix", "up"): "repair",
    ("put", "up"): "build",
    ("team", "up"): "partner",
    ("end", "up"): "final",
    ("knock", "down"): "demolish",
    ("pull", "down"): "demolish",
    ("tear", "down"): "demolish",
    ("look", "at"): "view",
    ("sum", "up"): "summary",
}


@functools.cache
def _by_word() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for group in GROUPS:
        words = tuple(group.split())
        for word in words:
            table.setdefault(word, words)
    return table


def phrasal_verbs(
    text_words: list[str], known: Callable[[str], str | None], used: Callable[[str, str], bool]
) -> dict[int, str]:
    """Where a phrasal verb stands that no phrasing says with its particle (`used`: "how many people turned
    up?", "can you sum up the article?" of a knowledge base that says "sum" alone), as {position of the verb:
    the stem of a word of the same meaning that the knowledge base uses (`known`)}; the particle follows."""
    if not _PARTICLES.intersection(text_words):
        return {}
    found = {}
    for at in range(len(text_words) - 1):
        if text_words[at + 1] not in _PARTICLES:
            continue  # most words: no particle follows, no stem to make ("in" and "on" are in most questions)
        meaning = _by_verb_stem().get((stem(text_words[at]), text_words[at + 1]))
        if meaning is not None and not used(text_words[at], text_words[at + 1]):
            equivalent = known(meaning) or known_equivalent(meaning, known)
            if equivalent is not None:
                found[at] = equivalent
    return found


_PARTICLES = frozenset(particle for _, particle in PHRASAL_VERBS)


@functools.cache
def _by_verb_stem() -> dict[tuple[str, str], str]:
    return {(stem(verb), particle): meaning for (verb, particle), meaning in PHRASAL_VERBS.items()}


def known_equivalent(word: str, known: Callable[[str], str | None]) -> str | None:
    """The stem of a word of `word`'s group that the knowledge base uses (`known(word)` gives a word's stem when
    the knowledge base uses it, else None), or None."""
    group = _by_word().get(word)
    if group is None:
        return None
    for other in group:
        if other != word:
            stem = known(other)
            if stem is not None:
                return stem
    return None


def everyday_paraphrase(word: str, used: Callable[[str], bool]) -> str | None:
    """A word of `word`'s group with another stem that the knowledge base never uses (`used` says which it
    does), in the same form where the group has one ("constructed" for "built", "businesses" for "companies"): how
    a reader who never saw the phrasings might say it. None when the word is in no group, or every other word
    of its group is used."""
    group = _by_word().get(word)
    if group is None:
        return None
    others = [other for other in group if stem(other) != stem(word) and not used(other)]
    ending = [other for other in others if other[-2:] == word[-2:]]  # "-ed", "-es"
    plural = [other for other in others if other[-1:] == word[-1:] == "s"]
    return (ending or plural or others or [None])[0]


def synonymous(word: str, token: str) -> bool:
    """Is `word` one of the general English synonyms of a word whose stem is `token` ("firms" of "compani"),
    not a narrower word a synonyms table happens to map there ("trainees" of "peopl")?"""
    group = _by_word().get(word)
    if group is None or stem(word) == token:  # read as itself: no other word it stands for
        return False
    return any(stem(other) == token for other in group)
