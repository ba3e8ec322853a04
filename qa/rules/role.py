"""Role: the question ties a name to a thing the fact ties to another name ("Shenzhen products" of a fact about
Hechi products certified by Shenzhen; "Hechi companies" of one about companies from Guangdong).

A fact's words can all be there with the roles swapped: "How many Shenzhen products have Hechi quality
certification?" reuses every word of "51 Hechi products hold Shenzhen quality certification" and asks what it
never says. A name ties a thing when it stands right before it ("Hechi products", "Hechi's products") or after
"from" ("products from Hechi"). Each name tied the other way is its own doubt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..text import STOPWORDS, is_everyday, words
from .base import ByAnswer, Judge, Rule, RuleId

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..index import Index
    from ..question import Query

Ties = frozenset[tuple[str, str]]


def ties(
    text_words: list[str], names: frozenset[str], stem: Callable[[str], str], english: frozenset[str] = frozenset()
) -> Ties:
    """The things a text ties to a name, as (name, thing) tokens: "Hechi products", "Hechi's products" and
    "products from Hechi" give (hechi, product); "the crossing from Quayside to Millbank" ties the crossing to
    both. A name of several words ("Lumaris Networks") ties the thing to each of its words that is no English
    word (`english`: the names its analysis found to be English words). Only a content word is a
    thing: not a name, an everyday word or a number."""
    found: set[tuple[str, str]] = set()
    last = len(text_words) - 1
    at = 0
    while at <= last:
        run = _run_at(text_words, at, names, stem)
        if not run:
            at += 1
            continue
        end = at + len(run) - 1
        following = end + 2 if end + 2 <= last and text_words[end + 1] == "s" else end + 1  # "Hechi's products"
        things = [text_words[following]] if following <= last else []  # "Hechi products"
        if at >= 2 and text_words[at - 1] == "from":  # "products from Hechi"
            things.append(text_words[at - 2])
            if end + 2 <= last and text_words[end + 1] == "to":  # "the crossing from Quayside to Millbank"
                run = [*run, *_run_at(text_words, end + 2, names, stem)]
        things = [thing for thing in things if _a_thing(thing, names, stem)]
        if things:
            # a proper name, not a capitalised English word ("the Green Party"): "each party" names no party
            proper = [name for name in map(stem, run) if name not in english]
            found.update((name, stem(thing)) for name in proper for thing in things)
        at = end + 1
    return frozenset(found)


def _run_at(text_words: list[str], at: int, names: frozenset[str], stem: Callable[[str], str]) -> list[str]:
    """The words of the name that starts at `at` (none if no name starts there)."""
    end = at
    while end < len(text_words) and stem(text_words[end]) in names:
        end += 1
    return text_words[at:end]


def _a_thing(word: str, names: frozenset[str], stem: Callable[[str], str]) -> bool:
    return word.isalpha() and word not in STOPWORDS and not is_everyday(word) and stem(word) not in names


def _answer_ties(index: Index, answer: str) -> Ties:
    return ties(words(answer), index.names, index.analyzer.stem, index.english_names)


def prepare(analysis: Analysis, index: Index) -> ByAnswer:
    """Per entry, what its answer ties to names, read when a question that ties something is asked of it."""
    return ByAnswer(index, _answer_ties)


def judge(query: Query, index: Index) -> Judge | None:
    asked = query.tied
    if not asked:
        return None
    entry_ties = index.rule_data[RuleId.ROLE]

    def swapped(position: int) -> frozenset[str] | None:
        theirs = entry_ties[position]
        if not theirs:
            return None
        things = {thing for _, thing in theirs}
        # a thing the fact ties to other names, and never to this one
        found = frozenset(name for name, thing in asked if thing in things and (name, thing) not in theirs)
        return found or None

    return swapped


def describe(words: tuple[str, ...]) -> str:
    return "ties " + ", ".join(words) + " to what the fact ties to another name"


RULE = Rule(RuleId.ROLE, 0.7, judge, describe, per_word=True, prepare=prepare)
