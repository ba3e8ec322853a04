"""Answer type: "how many …?", "how much …?" or "when …?" asked of an entry whose answer holds no number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Judge, Rule, RuleId
from .kind import Ask

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..index import Index
    from ..question import Query

NUMBER_ASKS = frozenset((Ask.HOW_MANY, Ask.HOW_MUCH, Ask.WHEN))  # answered by a count, an amount or a date
_NO_WORDS: frozenset[str] = frozenset()


def prepare(analysis: Analysis, index: Index) -> list[bool]:
    """Per entry: does its answer hold a number?"""
    return analysis.numeric


def judge(query: Query, index: Index) -> Judge | None:
    if NUMBER_ASKS.isdisjoint(query.asks):
        return None
    numeric = index.rule_data[RuleId.ANSWER_TYPE]

    def no_number(position: int) -> frozenset[str] | None:
        return None if numeric[position] else _NO_WORDS

    return no_number


def describe(words: tuple[str, ...]) -> str:
    return "its answer holds no number"


RULE = Rule(RuleId.ANSWER_TYPE, 0.75, judge, describe, prepare=prepare)
