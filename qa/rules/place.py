"""Place: the question puts its thing somewhere the entry's fact is not ("parks in Shenzhen" of a fact about
parks in Hechi).

Unlike a name the entry never mentions (`qa.rules.name`), the entry names the place, in another role: `/why`
says so, rather than that the entry never names it. (A name the question
says things come from, where the fact says they go, is the name rule's: `qa.rules.name`.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import words
from .base import ByAnswer, Judge, Rule, RuleId
from .name import places_in

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..index import Index
    from ..question import Query


def _answer_places(index: Index, answer: str) -> frozenset[str]:
    return places_in(words(answer), index.names, index.analyzer.stem)


def prepare(analysis: Analysis, index: Index) -> ByAnswer:
    """Per entry (on demand): the names its answer puts its fact in ("… industrial parks in Hechi")."""
    return ByAnswer(index, _answer_places)


def judge(query: Query, index: Index) -> Judge | None:
    places = query.places
    if not places:
        return None
    entry_places = index.rule_data[RuleId.PLACE]

    def elsewhere(position: int) -> frozenset[str] | None:
        theirs = entry_places[position]
        # "parks in Shenzhen" of a fact about parks in Hechi: named, but not where it is
        return places if theirs and places.isdisjoint(theirs) else None

    return elsewhere


def describe(words: tuple[str, ...]) -> str:
    return "puts it elsewhere, not in " + ", ".join(f"“{word}”" for word in words)


RULE = Rule(RuleId.PLACE, 0.7, judge, describe, prepare=prepare)
