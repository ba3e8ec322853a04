"""Opposite: the question asks of the opposite change the fact reports ("how many villages were added to the
poverty list?" of the 817 villages taken off it; "did sales fall?" of sales that rose).

A question and a fact about the same things in opposite directions share nearly every word, and the direction
words are everyday ones ("added", "fell") that weigh little: the fact would be given as if it answered. When
the question says a word of one side of a pair, and the entry says a word of the other side but none of the
asked side (in its phrasings or its answer), the entry is doubted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Judge, Rule, RuleId

if TYPE_CHECKING:
    from ..index import Index
    from ..question import Query

# each pair: two sides of one kind of change, as plain English words (read through the knowledge base's own
# analyser, so its synonyms table decides what each side holds)
OPPOSITES: tuple[tuple[str, str], ...] = (
    ("add added adding", "remove removed removing delist delisted"),
    (
        "increase increased rise rose risen grow grew grown gain gained",
        "decrease decreased fall fell fallen drop dropped decline declined shrink shrank",
    ),
    ("open opened opening", "close closed closing shut"),
    ("win won winning", "lose lost losing"),
    ("hire hired hiring recruit recruited", "fire fired sack sacked laid"),
    ("accept accepted approve approved", "reject rejected refuse refused"),
    ("import imported imports", "export exported exports"),
)


# the same pairs as sets of words, made once: most questions say no word of any, and cost a set test per pair
_SIDES = tuple((frozenset(first.split()), frozenset(second.split())) for first, second in OPPOSITES)


def judge(query: Query, index: Index) -> Judge | None:
    # the words as typed, known or not: a direction word is often one no phrasing uses ("added")
    typed = {word: item.typed for item in query.tokens for word in item.typed.split()}
    sides = []
    for first, second in _SIDES:
        if first.isdisjoint(typed) and second.isdisjoint(typed):
            continue
        tokens = index.analyzer.tokens
        one = {token for word in first for token in tokens(word)}
        two = {token for word in second for token in tokens(word)}
        if one & two:
            continue  # the knowledge base reads them as one (its synonyms table): no opposite to tell
        for asked, other, asked_words, other_words in ((one, two, first, second), (two, one, second, first)):
            if not asked_words.isdisjoint(typed) and other_words.isdisjoint(typed):
                sides.append((asked, other, frozenset(typed[word] for word in asked_words & typed.keys())))
    if not sides:
        return None
    entry_tokens, said = index.entry_tokens, index.tuning.answer_factor

    def reversed_(position: int) -> frozenset[str] | None:
        bag = entry_tokens[position]
        for asked, other, words in sides:
            if any(bag.get(token, 0.0) >= said for token in other) and not any(
                bag.get(token, 0.0) >= said for token in asked
            ):
                return words
        return None

    return reversed_


def describe(words: tuple[str, ...]) -> str:
    return "reports the opposite of " + ", ".join(f"“{word}”" for word in words)


RULE = Rule(RuleId.OPPOSITE, 0.7, judge, describe)
