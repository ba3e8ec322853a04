"""Focus: the fact shares only the question's proper names ("Who is the chairman of Tarrant Infrastructure
Partners?" of the fact that Tarrant Infrastructure Partners will pay £64 million of the runway).

A rare name weighs so much that a fact naming it can score high on the name alone, while what the question asks
about that name (its chairman, its country, its price, who runs it) is nowhere in the fact. When every other
word the question asks with, that the knowledge base knows, is missing from the entry, the entry is doubted: it
is about the name, not about what was asked. Only proper names count (not "Council", "Python" or "February",
which are English words), and words that only say how the question asks ("how long", "how old", "in total") are
no such word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Judge, Rule, RuleId
from .kind import MAGNITUDE_WORDS, SIZE_WORDS

if TYPE_CHECKING:
    from ..index import Index
    from ..question import Query

# how a question asks, not what about: a measure asked ("how long", "how big", "how old") or a total; the kind
# rule's words of size and magnitude, and these
MEASURE_WORDS = SIZE_WORDS | MAGNITUDE_WORDS | frozenset("long old high total many much".split())  # noqa: SIM905


def judge(query: Query, index: Index) -> Judge | None:
    if not query.names:
        return None
    proper = query.names - index.english_names
    if not proper:
        return None
    asked = {
        item.token: item.typed
        for item in query.tokens
        if item.token is not None
        and item.token not in query.names
        and item.token not in index.question_words
        and not item.token[0].isdigit()
        and item.typed not in MEASURE_WORDS
    }
    if not asked:
        return None  # "who is Elena Varga?": the name is all it asks about
    entry_tokens = index.entry_tokens
    missing = frozenset(asked.values())

    def names_only(position: int) -> frozenset[str] | None:
        bag = entry_tokens[position]
        if any(token in bag for token in asked) or not any(name in bag for name in proper):
            return None
        return missing

    return names_only


def describe(words: tuple[str, ...]) -> str:
    return "shares only the names asked about; never says " + ", ".join(f"“{word}”" for word in words)


RULE = Rule(RuleId.FOCUS, 0.7, judge, describe)
