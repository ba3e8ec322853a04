"""Number: the question names a number the entry never mentions ("in 2021", "the 439 …").

In "2016 or 2020?" the numbers are the alternatives themselves: an entry is doubted only when it mentions
neither of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from ..text import STOPWORDS, words
from .base import Judge, Rule, RuleId, of_index

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..index import Index
    from ..question import Query


_YEAR = r"\b(1[89][0-9]{2}|20[0-9]{2})\b"
_RANGE = r"\b(1[89]|20)([0-9]{2})\s*[-–]\s*([0-9]{2})\b"  # "2021-25" is 2021 to 2025


_RELATIVE_YEARS = {"last": -1, "next": 1}  # "this year" is what a news fact is about unless it says otherwise


_PUBLISHED = r"\s*(\d{4})(?:[-/](0[1-9]|1[0-2])(?:[-/](0[1-9]|[12][0-9]|3[01]))?)?(?:[T\s].*)?"
EARLIEST_YEAR, LATEST_YEAR = 1000, 2999  # a source's year outside these is a slip ("0001-01-01", "9999-99-99")


def published_year(published: str) -> int | None:
    """The year of a source's `published` date ("2024-03-01", "2024-03", "2024"), or None when it is no date:
    "last year" and "next year" are then not read as years."""
    match = re.fullmatch(_PUBLISHED, published)
    if match is None or not published.isascii():
        return None
    year = int(match[1])
    if match[3] and int(match[3]) > 28:  # "2024-02-30": no such day (the calendar is read only for a late day)
        import calendar

        if int(match[3]) > calendar.monthrange(year, int(match[2]))[1]:
            return None
    return year if EARLIEST_YEAR <= year <= LATEST_YEAR else None


# "after 2025", "since 2016", "before 2020": a time on one side of a year, which a fact shows by a year on that side
_SIDES: dict[str, Callable[[int, int], bool]] = {
    "after": lambda fact, asked: fact > asked,
    "since": lambda fact, asked: fact >= asked,
    "before": lambda fact, asked: fact < asked,
    "until": lambda fact, asked: fact <= asked,
    "till": lambda fact, asked: fact <= asked,
}


def sides_of_years(text_words: list[str]) -> tuple[tuple[str, str], ...]:
    """("after", "2025") for "what happens after 2025?": each year asked with the side of it that is asked."""
    return tuple((word, year) for word, year in pairwise(text_words) if word in _SIDES and re.fullmatch(_YEAR, year))


def _on_side(side: str, year: str, fact_years: frozenset[str]) -> bool:
    asked, holds = int(year), _SIDES[side]
    return any(holds(int(fact), asked) for fact in fact_years)


def dated(text_words: list[str], published: int) -> frozenset[str]:
    """The years "last year" and "next year" are, counted from the source's publication date:
    "how many visitors came last year?" of a 2025 report asks about 2024, which the fact must be tied to."""
    return frozenset(
        str(published + _RELATIVE_YEARS[before])
        for before, word in pairwise(text_words)
        if word == "year" and before in _RELATIVE_YEARS
    )


def with_years(text_words: list[str], published: int, known: Callable[[str], bool]) -> list[str]:
    """The words with "last year" and "next year" written as the year they are, where the knowledge base
    knows that year: "how many visitors came last year?" of a 2025 report reads as "… came 2024?", so the word
    "last" costs nothing and the year finds the facts tied to it. (A paraphrase: the question is also read
    as asked, for facts that say "last year" themselves, and the better reading stands.)"""
    out: list[str] = []
    for word in text_words:
        if word == "year" and out and out[-1] in _RELATIVE_YEARS:
            year = str(published + _RELATIVE_YEARS[out[-1]])
            if known(year):
                out[-1] = year
                continue
        out.append(word)
    return out


class FactYears(dict):
    """Entry position -> the years its fact is tied to: in its answer or evidence ("last year" as the year
    before the source's), not only in how it is asked ("what happened in 2020?" is the fact that says 2020,
    not the one asked "how did it change after 2020?").
    Worked out for the entries a year is asked of, when it is asked: loading 100 000 entries never pays."""

    named: NamedNumbers  # what each entry writes after a word ("Series 3"), set by `prepare`

    def __init__(self, entries: tuple, published: int | None, subject: frozenset[str] = frozenset()):
        super().__init__()
        self.entries, self.published = entries, published
        self.subject = subject  # the numbers the title names: "Quillmark 4.0" (4)

    def __missing__(self, position: int) -> frozenset[str]:
        entry = self.entries[position]
        text = f"{entry.answer} {entry.evidence}"
        found = set(re.findall(_YEAR, text))
        if self.published and "year" in text:  # "visitors rose to 41,000 last year"
            found.update(dated(words(text), self.published))
        for century, start, end in re.findall(_RANGE, text):
            found.update(str(year) for year in range(int(century + start), int(century + end) + 1))
        self[position] = years = frozenset(found)
        return years


class NamedNumbers(dict):
    """Entry position -> the numbers its texts write after a word, with that word's stem ("Series 3" gives
    ("seri", "3")): an entry that says "Series 3" contradicts a question about "Series 5". Worked out for the
    entries such a question is asked of, when it is asked."""

    def __init__(self, index: Index):
        super().__init__()
        self.index = of_index(index)

    def __missing__(self, position: int) -> frozenset[tuple[str, str]]:
        entry, stem = self.index.entries[position], self.index.analyzer.stem
        found = set()
        for text in (entry.answer, *entry.questions):
            found.update(named_numbers(words(text), stem))
        self[position] = pairs = frozenset(found)
        return pairs


def named_numbers(text_words: list[str], stem: Callable[[str], str]) -> list[tuple[str, str]]:
    """The numbers a text writes right after a word that is no stopword: ("seri", "5") for "Series 5"."""
    return [
        (stem(before), number)
        for before, number in pairwise(text_words)
        if number[0].isdigit() and before[0].isalpha() and before not in STOPWORDS
    ]


def prepare(analysis: Analysis, index: Index) -> FactYears:
    years = FactYears(index.entries, index.published_year, subject_numbers(index.title))
    years.named = NamedNumbers(index)
    return years


def subject_numbers(title: str) -> frozenset[str]:
    """The numbers of the title's names ("Quillmark 4.0", read as 4; not a year, and "Line T3" is one name with
    no number): what the knowledge base is about, so a question naming them names no other fact."""
    return frozenset(number for number in words(title) if number[0].isdigit() and not re.fullmatch(_YEAR, number))


def judge(query: Query, index: Index) -> Judge | None:
    numbers = query.numbers
    if not numbers:
        return None
    entry_tokens, alternate = index.entry_tokens, query.numbers_alternate
    asked_years, sides = query.years, query.sides_of_years
    fact_years = index.rule_data[RuleId.NUMBER]

    subject, named, entry_named = fact_years.subject, query.named_numbers, fact_years.named

    def unsaid(position: int) -> frozenset[str] | None:
        missing = numbers.difference(entry_tokens[position])
        if subject:
            missing = missing - subject
        if asked_years:  # a year is judged by the fact's years (a range counts each), not by its phrasings
            missing = (missing - asked_years) | (asked_years - fact_years[position])
        for side, year in sides:  # "after 2025" of a fact of 2021-25: no year after it
            on_side = _on_side(side, year, fact_years[position])
            missing = missing - {year} if on_side else missing | {f"{side} {year}"}
        if missing and (not alternate or missing == numbers):
            if named:  # "Series 5" of an entry about "Series 3": not just unsaid, contradicted
                theirs = entry_named[position]
                missing = missing | {
                    f"{number} (it says {other})"
                    for word, number in named
                    if number in missing
                    for other in sorted(other for said, other in theirs if said == word and other != number)[:1]
                }
            return missing
        return None

    return unsaid


def describe(words: tuple[str, ...]) -> str:
    """ "never mentions “2021”", "says 20, not “30”": a number it contradicts is said once, with what it says."""
    contradicted = dict(word.removesuffix(")").split(" (it says ") for word in words if " (it says " in word)
    missing = [word for word in words if word not in contradicted and " (it says " not in word]
    said = [f"says {other}, not “{number}”" for number, other in contradicted.items()]
    return "; ".join(([f"never mentions {', '.join(f'“{word}”' for word in missing)}"] if missing else []) + said)


# per word: a number the entry never mentions is one doubt, and one it contradicts ("Series 3" for "Series 5")
# a second
RULE = Rule(RuleId.NUMBER, 0.8, judge, describe, prepare=prepare, per_word=True)
