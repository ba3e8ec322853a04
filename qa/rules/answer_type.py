"""Answer type: "how many …?" or "how much …?" asked of an entry whose answer holds no number, and "when …?" of
an entry whose answer holds no date (a year, a date, a month or a time of day: 830 sessions is no "when")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Judge, Rule, RuleId
from .kind import Ask

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..index import Index
    from ..question import Query

NUMBER_ASKS = frozenset((Ask.HOW_MANY, Ask.HOW_MUCH))  # answered by a count or an amount
_NUMBER, _DATE_WORD = frozenset(("number",)), frozenset(("date",))  # what the answer lacks, for /why
_DATE = (
    r"\b(?:1[0-9]{3}|2[0-9]{3})\b|\b\d{1,2}:\d{2}\b|\b(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|spring|summer|"
    r"autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|"
    r"weekends?|weekdays?|year|years|month|months|week|weeks|days?|ago|since|until|daily|annually|"
    r"dates?|dated|deadline|schedule|scheduled)\b"
)


class Dated(dict):
    """Entry position -> does its answer hold a date (or a time, a season, a period)? Worked out for the entries
    a "when" is asked of, when it is asked: loading 100 000 entries never pays for the pattern."""

    def __init__(self, entries: tuple):
        super().__init__()
        self.entries = entries

    def __missing__(self, position: int) -> bool:
        self[position] = dated = bool(re.search(_DATE, self.entries[position].answer, re.IGNORECASE))
        return dated


def prepare(analysis: Analysis, index: Index) -> tuple[list[bool], Dated]:
    """Per entry: does its answer hold a number? and (on demand) a date?"""
    return analysis.numeric, Dated(index.entries)


def judge(query: Query, index: Index) -> Judge | None:
    asks = query.asks
    counts, dates = not NUMBER_ASKS.isdisjoint(asks), Ask.WHEN in asks or Ask.HOW_OLD in asks  # an age: "16-year-old"
    if not counts and not dates:
        return None
    numeric, dated = index.rule_data[RuleId.ANSWER_TYPE]
    given = numeric if counts else dated  # "when, and how many?" wants a number at least
    wanted = _NUMBER if counts else _DATE_WORD

    def no_number(position: int) -> frozenset[str] | None:
        return None if given[position] else wanted

    return no_number


def describe(words: tuple[str, ...]) -> str:
    """ "gives no date in its answer": what the question wants, which the answer lacks."""
    return "gives no " + " or ".join(words or ("number",)) + " in its answer"


RULE = Rule(RuleId.ANSWER_TYPE, 0.75, judge, describe, prepare=prepare)
