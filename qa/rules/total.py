"""Total: "how many villages are there in Hechi?" asks for all the villages, not the ones an event picked out.

A question that only asks how many of a thing exist in a named place ("how many X are there in P?", "how many X
are in P?", "how many X does P have?", "how many people live in P?") names nothing that happened to them. An
entry answers it only when one of its own phrasings asks no more than that ("number of training sessions",
"volunteers"): an entry asked only about the "impoverished villages removed from the poverty list" counts some
villages, and saying 817 would be a confident wrong answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..text import STOPWORDS
from .base import Judge, Rule, RuleId, of_index

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..index import Index
    from ..question import Query

_THING = r"(?P<thing>[a-z][\w-]*(?: [a-z][\w-]*){0,2})"
_PLACE = r"(?P<place>[\w-]+(?: [\w-]+){0,2}?)"
_NOW = r"(?: (?:now|today|altogether|overall|in total|in all))?"
_TOTALS = (
    rf"^how many {_THING} (?:are|were|is|was)(?: there)? (?:in|at|within) {_PLACE}{_NOW}$",
    rf"^how many {_THING} (?:does|do|did) {_PLACE}(?: itself| themselves)? have{_NOW}$",
    rf"^how many {_THING} (?:live|lives|lived|reside|resides) (?:in|at|within) {_PLACE}{_NOW}$",  # its population
)
_COUNT_WORDS = frozenset(("number", "count", "total"))


def asked_total(question_words: list[str], is_name: Callable[[str], bool]) -> tuple[str, ...]:
    """The thing a question asks the total of in a named place ("how many villages are there in Hechi?",
    "how many villages does Hechi have?" give villages), as typed; () for any other question. Without a
    named place ("how many sessions were there?", "… in the pilot?") it may be short for what was just
    talked about, and is left alone."""
    if len(question_words) < 5 or question_words[:2] != ["how", "many"]:
        return ()  # most questions: two list tests
    said = " ".join(question_words)
    for pattern in _TOTALS:
        found = re.match(pattern, said)
        if found:
            thing, place = found["thing"].split(), found["place"].split()
            if any(word in STOPWORDS for word in thing) or not all(map(is_name, place)):
                return ()
            return tuple(thing)
    return ()


class PlainAsks(dict):
    """Entry position -> whether each phrasing's own words (less question and count words) as token sets,
    worked out for the entries a total is asked of, when it is asked."""

    def __init__(self, index: Index):
        super().__init__()
        self.index = of_index(index)

    def __missing__(self, position: int) -> tuple[frozenset[str], ...]:
        index = self.index
        ignored = index.question_words | _COUNT_WORDS
        own = tuple(
            frozenset(token for token in index.analyzer.tokens(question) if token not in ignored)
            for question in index.entries[position].questions
        )
        self[position] = own = tuple(tokens for tokens in own if tokens)
        return own


def prepare(analysis: Analysis, index: Index) -> PlainAsks:
    return PlainAsks(index)


def judge(query: Query, index: Index) -> Judge | None:
    if not query.total:
        return None
    asked = frozenset(item.token for item in query.tokens if item.token is not None)
    plain_asks = index.rule_data[RuleId.TOTAL]
    thing = frozenset(query.total)

    def some_only(position: int) -> frozenset[str] | None:
        return None if any(tokens <= asked for tokens in plain_asks[position]) else thing

    return some_only


def describe(words: tuple[str, ...]) -> str:
    return "counts only some " + " ".join(f"“{word}”" for word in words)


RULE = Rule(RuleId.TOTAL, 0.7, judge, describe, prepare=prepare)
