"""Share: "how many shops will open in Dorset?" of a fact that counts them across Devon, Somerset and Dorset.

A fact that gives one figure for a list of three or more ("22 new shops across Devon, Somerset and Dorset",
"loans of books, audiobooks and DVDs fell to 1,482,300") says nothing of any one member's share. A "how many"
or "how much" question that names exactly one member asks for that share, which the fact does not give. (Two
members are too often the one subject of the fact: "Guangdong and Shenzhen provided 1.4 billion yuan" answers
"how much did Shenzhen provide?" as its readers mean it.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import words
from .base import Judge, Rule, RuleId, of_index
from .kind import Ask

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..index import Index
    from ..model import Entry
    from ..question import Query

SHORTEST_LIST = 3  # "Devon, Somerset and Dorset": fewer members are too often one subject
_LIST = re.compile(r"(?:[\w'-]+, )+(?:[\w'-]+,? )?(?:and|or) [\w'-]+")  # "a, b and c", "a, b, c, or d"
_MEMBERS = re.compile(r",\s*(?:and |or )?|\s+(?:and|or)\s+")
_ASKS_AN_AMOUNT = frozenset((Ask.HOW_MANY, Ask.HOW_MUCH))


def lists(index: Index, answer: str) -> list[frozenset[str]]:
    """The lists of three or more a text names, each as its members' tokens (a member's last word)."""
    if "," not in answer:
        return []  # most answers list nothing (a test in C)
    found = []
    for match in _LIST.finditer(answer):
        members = [words(member) for member in _MEMBERS.split(match.group(0))]
        tokens = frozenset(token for said in members if said for token in index.analyzer.tokens(said[-1])[-1:])
        if len(tokens) >= SHORTEST_LIST:
            found.append(tokens)
    return found


def _shares(index: Index, entry: Entry) -> tuple[frozenset[str], ...]:
    """The answer's lists, less the members the entry's own phrasings name without the rest: an author who asks
    "How many books were borrowed?" of loans of books, audiobooks and DVDs means books to stand for them all."""
    found = lists(index, entry.answer)
    if not found:
        return ()
    kept = []
    for members in found:
        standing = set()
        for phrasing in entry.questions:
            named = members.intersection(index.analyzer.tokens(phrasing))
            if named != members:
                standing |= named
        if members - standing:
            kept.append(members - standing)
    return tuple(kept)


class _ByEntry(dict):
    """Entry position -> its `_shares`, worked out when a question that asks an amount is asked of the entry (as
    `ByAnswer`, but the phrasings are read too)."""

    def __init__(self, index: Index):
        super().__init__()
        self.index = of_index(index)

    def __missing__(self, position: int) -> tuple[frozenset[str], ...]:
        self[position] = found = _shares(self.index, self.index.entries[position])
        return found


def prepare(analysis: Analysis, index: Index) -> _ByEntry:
    """Per entry, the members of its answer's lists that may not stand for the whole."""
    return _ByEntry(index)


def judge(query: Query, index: Index) -> Judge | None:
    if _ASKS_AN_AMOUNT.isdisjoint(query.asks):
        return None
    asked = {item.token: item.typed for item in query.tokens if item.token is not None}
    entry_lists = index.rule_data[RuleId.SHARE]

    def one_member(position: int) -> frozenset[str] | None:
        for members in entry_lists[position]:
            named = members.intersection(asked)
            if len(named) == 1:
                return frozenset(asked[token] for token in named)
        return None

    return one_member


def describe(words: tuple[str, ...]) -> str:
    return "gives one figure for a list; never the share of " + ", ".join(f"“{word}”" for word in words)


RULE = Rule(RuleId.SHARE, 0.7, judge, describe, prepare=prepare)
