"""Count: "how many jobs?" of an entry whose phrasings count something else (parks).

What is counted is read as the words right after "how many", "number of", "count of" or "total of", up to the
next stopword; only words rare enough to tell entries apart say what is counted ("how many Hechi …" does not).
An entry counts what its phrasings count and what its answer puts after a number ("two full-time maintainers").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..text import NUMBER_WORDS, STOPWORDS
from .base import Judge, Rule, RuleId
from .kind import MONEY

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..index import Index
    from ..question import Query

_COUNT_CUES = frozenset(("number", "count", "total"))
COUNTED_WORDS = 2  # "how many poor villages": at most this many words after the cue name what is counted


def _positions(text_words: list[str], word: str) -> list[int]:
    """Where `word` stands in `text_words`, found by `list.index` (in C) rather than a loop over every word."""
    found: list[int] = []
    for _ in range(text_words.count(word)):
        found.append(text_words.index(word, found[-1] + 1 if found else 0))
    return found


def counted_spans(text_words: list[str], longest: int = COUNTED_WORDS) -> list[tuple[int, int]]:
    """What is counted, as (position, length) in `text_words` ("how many jobs did …" counts jobs)."""
    if "many" not in text_words and _COUNT_CUES.isdisjoint(text_words):
        return []  # most texts count nothing: two tests in C (this runs on every phrasing of a knowledge base)
    spans = []
    for position in _positions(text_words, "many") + _positions(text_words, "of"):
        word, previous = text_words[position], text_words[position - 1]
        if position and ((word == "many" and previous == "how") or (word == "of" and previous in _COUNT_CUES)):
            if text_words[position + 1 : position + 2] and text_words[position + 1] in MONEY:
                continue  # "how many dollars" asks an amount, not a count of dollars
            length = 0
            for following in text_words[position + 1 : position + 1 + longest]:
                if following in STOPWORDS:
                    break
                length += 1
            if length:
                spans.append((position + 1, length))
    return spans


ANSWER_COUNTED_WORDS = 4  # "765,200 registered poor people", "20 jointly established industrial parks"
_YEARLIKE = re.compile(r"(1[89]|20)[0-9]{2}")
_DURATIONS = frozenset("years year months month weeks week days day hours hour minutes minute".split())  # noqa: SIM905
_MAGNITUDES = frozenset(("hundred", "thousand", "million", "billion", "trillion", "m", "bn", "k"))


def answer_counted_spans(text_words: list[str]) -> list[tuple[int, int]]:
    """What an answer counts, as (position, length): the words after a number, up to a stopword ("51 products
    from 32 companies" counts products and companies; "two full-time maintainers" counts maintainers). A year
    counts nothing ("in 2016 Shenzhen began …")."""
    spans = []
    for position, word in enumerate(text_words):
        if not (word[0].isdigit() or word in NUMBER_WORDS) or _YEARLIKE.fullmatch(word):
            continue
        if position and text_words[position - 1] in MONEY:
            continue  # "£6.50": an amount
        start = position + 1
        while start < len(text_words) and text_words[start] in _MAGNITUDES:
            start += 1  # "1.4 billion yuan": the number goes on
        length = 0
        for following in text_words[start : start + ANSWER_COUNTED_WORDS]:
            if following in STOPWORDS or following[0].isdigit() or following in MONEY or following in _DURATIONS:
                break  # "over the past five years": a span of time, not a count of things
            length += 1
        if length and (start == position + 1 or text_words[start - 1] not in MONEY):
            spans.append((start, length))
    return spans


def prepare(analysis: Analysis, index: Index) -> list[tuple[str, ...]]:
    """Per entry, what its phrasings count (a handful of words: a tuple is a third the size of a set)."""
    counted = analysis.counted
    out = [tuple(words) for words in counted]
    counted.clear()
    return out


def countable(document_frequency: dict[str, int], entries: int, share: float) -> frozenset[str]:
    """Words rare enough to say what a question counts: in at most `share` of the entries."""
    return frozenset(token for token, df in document_frequency.items() if df <= share * entries)


# "how many people …?" counts any kind of person an entry counts ("staff", "visitors", "fans")
PEOPLE = frozenset("people person persons individuals folk folks".split())  # noqa: SIM905
PERSONS = frozenset(
    """staff worker employee nurse doctor volunteer visitor resident member customer passenger student pupil
    attendee participant applicant patient guest spectator fan farmer trainee tourist user child adult
    maintainer contributor developer official officer teacher player rider commuter household family""".split()  # noqa: SIM905
)


# "how many areas …?" counts any kind of place an entry counts ("counties and districts", "villages")
AREAS = frozenset("area areas place places part parts locality localities".split())  # noqa: SIM905
PLACES = frozenset(
    """county district village town city province region ward parish borough municipality township suburb
    neighbourhood neighborhood""".split()  # noqa: SIM905
)


def _kinds(tokens: Callable[[str], list[str]], words: frozenset[str]) -> set[str]:
    """The tokens of every kind of person (or place), as the knowledge base reads them: through its synonyms
    table too ("fans" read as supporters)."""
    return {token for word in words for token in (*tokens(word), *tokens(word + "s"))}


def judge(query: Query, index: Index) -> Judge | None:
    counted = query.counted
    if not counted:
        return None
    entry_counted = index.rule_data[RuleId.COUNT]
    stem = index.analyzer.stem
    people = not counted.isdisjoint({stem(word) for word in PEOPLE})
    areas = not counted.isdisjoint({stem(word) for word in AREAS})
    tokens = index.analyzer.tokens
    kinds = (_kinds(tokens, PERSONS) if people else set()) | (_kinds(tokens, PLACES) if areas else set())

    def other(position: int) -> frozenset[str] | None:
        theirs = entry_counted[position]
        if not theirs or not counted.isdisjoint(theirs):
            return None
        if kinds and not kinds.isdisjoint(theirs):
            return None  # "how many people did they hire?" of the staff hired, "how many areas?" of counties
        return counted

    return other


def describe(words: tuple[str, ...]) -> str:
    return "counts something other than " + ", ".join(f"“{word}”" for word in words)


RULE = Rule(RuleId.COUNT, 0.7, judge, describe, prepare=prepare)
