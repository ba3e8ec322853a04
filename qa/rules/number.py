"""Number: the question names a number the entry never mentions ("in 2021", "the 439 …").

In "2016 or 2020?" the numbers are the alternatives themselves: an entry is doubted only when it mentions
neither of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Judge, Rule, RuleId

if TYPE_CHECKING:
    from ..index import Index
    from ..question import Query


def judge(query: Query, index: Index) -> Judge | None:
    numbers = query.numbers
    if not numbers:
        return None
    entry_tokens, alternate = index.entry_tokens, query.numbers_alternate

    def unsaid(position: int) -> frozenset[str] | None:
        missing = numbers.difference(entry_tokens[position])
        if missing and (not alternate or missing == numbers):
            return missing
        return None

    return unsaid


def describe(words: tuple[str, ...]) -> str:
    return "never mentions " + ", ".join(words)


RULE = Rule(RuleId.NUMBER, 0.8, judge, describe)
