"""Kind: a kind of question the entry is never asked ("how many …?" of an entry that never counts).

The kinds an entry answers are read from its phrasings, so an author says what an entry answers by how they
ask for it; the kinds a question asks are read the same way. "who"/"which"/"when" ask only near the start
(later they are relative pronouns: "people who escaped poverty").
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from ..text import PLACE_NOUNS
from .base import Judge, Rule, RuleId

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..index import Index
    from ..question import Query


class Ask(enum.Enum):
    """A kind of question; the value is how `/why` names it ("never asked “how big”")."""

    HOW_MANY = "many"
    HOW_MUCH = "much"
    WHEN = "when"
    WHERE = "where"
    WHO = "who"
    WHOSE = "whose"
    WHY = "why"
    WHICH = "which"
    NAME = "name"
    CALLED = "called"
    HOW_TO = "how do I"  # "how do I …", "how to …": instructions, which a fact never gives unless asked that way
    MAGNITUDE = "how big"  # "how big …?", "the value of …": an amount, which only a "how much" fact gives
    PART_OF = "how many of"  # "how many of the 76 …?": a part of a whole, which the whole does not give
    WHICH_PLACE = "which place"  # "which city …?": a place, as where it happened or as who did it


# The words that say what kind of answer is wanted (a count, a date, a place, a person, a reason).
WORD_ASKS = {
    "many": Ask.HOW_MANY,
    "much": Ask.HOW_MUCH,
    "when": Ask.WHEN,
    "where": Ask.WHERE,
    "who": Ask.WHO,
    "whose": Ask.WHOSE,
    "why": Ask.WHY,
    "which": Ask.WHICH,
    "name": Ask.NAME,
    "names": Ask.NAME,
    "named": Ask.NAME,
    "called": Ask.CALLED,
}
INTENT_WORDS = frozenset(WORD_ASKS)
ANYWHERE = frozenset((Ask.HOW_MANY, Ask.HOW_MUCH, Ask.NAME, Ask.CALLED))  # these ask wherever they stand
LEADING_WORDS = 3  # "who"/"which"/"when" ask only when they come this early
TIME_NOUNS = frozenset("year years date day month time".split())  # noqa: SIM905
KIND_NOUNS = frozenset("kind kinds type types sort sorts".split())  # noqa: SIM905
_HOW_TO_MODALS = frozenset("do can could should would might may".split())  # noqa: SIM905
_ASKERS = frozenset("i we one you".split())  # noqa: SIM905
_SIZE_WORDS = frozenset("big bigger large larger huge small smaller sizable sizeable massive vast".split())  # noqa: SIM905
_AMOUNT_WORDS = frozenset("amount amounts value values worth".split())  # noqa: SIM905
_ASKING = INTENT_WORDS | _AMOUNT_WORDS | {"what", "how", "number", "count", "total", "list", "enumerate"}
# what an entry answers beyond what its phrasings ask: "how much" gives a magnitude ("how big?"), and "where" or
# "who" a place ("which city?")
IMPLIED = {Ask.HOW_MUCH: Ask.MAGNITUDE, Ask.WHERE: Ask.WHICH_PLACE, Ask.WHO: Ask.WHICH_PLACE}
_NOTHING: frozenset[Ask] = frozenset()


def read_asks(text_words: list[str]) -> frozenset[Ask]:
    """The kinds of question a text asks (a phrasing or a question, split into words)."""
    if _ASKING.isdisjoint(text_words):
        return _NOTHING  # this runs on every phrasing of 100 000 entries
    found = set()
    last = len(text_words) - 1
    for position, word in enumerate(text_words):
        if word not in _ASKING:
            continue
        following = text_words[position + 1] if position < last else ""
        if word in ("which", "what") and following in TIME_NOUNS:
            found.add(Ask.WHEN)  # "in which year", "what date": a when-question
        elif word == "which" and following in PLACE_NOUNS:
            found.add(Ask.WHICH_PLACE)  # "from which region", "which city": where, or which city did it
        elif word in ("number", "count", "total") and following == "of":
            found.add(Ask.HOW_MANY)  # "number of parks", "count of trainees": how many
        elif word in ("list", "enumerate") and position == 0:
            found.add(Ask.WHICH)  # "list the 20 parks": name them, like "which parks?"
        elif word == "what" and following in KIND_NOUNS:
            found.add(Ask.WHICH)  # "what kinds of products": which ones
        elif word == "how":  # ("where can I …?" asks a place, not for instructions)
            if following in _SIZE_WORDS:
                found.update((Ask.HOW_MUCH, Ask.MAGNITUDE))
            elif following == "to" or (
                following in _HOW_TO_MODALS and position + 2 <= last and text_words[position + 2] in _ASKERS
            ):
                found.add(Ask.HOW_TO)
        elif word in _AMOUNT_WORDS:
            if "or" not in text_words:  # "the number or the amount?" asks which of two: neither
                found.update((Ask.HOW_MUCH, Ask.MAGNITUDE))
        elif word in WORD_ASKS:
            ask = WORD_ASKS[word]
            if ask in ANYWHERE or position < LEADING_WORDS:
                found.add(ask)
            if word in ("many", "much") and following == "of" and _names_number(text_words, position + 2):
                found.add(Ask.PART_OF)
    return frozenset(found)


def _names_number(text_words: list[str], position: int) -> bool:
    """A number at `position`, or right after a "the" there ("of the 76 …", "of 439 …")."""
    if position < len(text_words) and text_words[position] == "the":
        position += 1
    return position < len(text_words) and text_words[position][:1].isdigit()


def prepare(analysis: Analysis, index: Index) -> list[frozenset[Ask]]:
    """Per entry, the kinds of question it answers: those its phrasings ask, and what they imply."""
    answered: dict[tuple[str, ...], frozenset[Ask]] = {}  # most entries ask the same kinds: one set for each
    out = []
    for kinds in map(tuple, analysis.intents):
        kinds_answered = answered.get(kinds)
        if kinds_answered is None:
            asks = [Ask(kind) for kind in kinds]
            kinds_answered = answered[kinds] = frozenset([*asks, *(IMPLIED[ask] for ask in asks if ask in IMPLIED)])
        out.append(kinds_answered)
    return out


def judge(query: Query, index: Index) -> Judge | None:
    asks = query.asks
    if not asks:
        return None
    entry_asks = index.rule_data[RuleId.KIND]

    def unmet(position: int) -> frozenset[Ask] | None:
        return (asks - entry_asks[position]) or None

    return unmet


def describe(words: tuple[str, ...]) -> str:
    """ "never asked “how big”" ("how big" asks "how much" too, and says it better)."""
    shown = [kind for kind in words if not (kind == Ask.HOW_MUCH.value and Ask.MAGNITUDE.value in words)]
    return "never asked " + ", ".join(f"“{kind}”" for kind in shown)


RULE = Rule(RuleId.KIND, 0.7, judge, describe, prepare=prepare)
