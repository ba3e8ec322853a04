"""What every rule is: an id, a default weight, how it judges a candidate entry, and how `/why` says it.

A rule is one kind of doubt about an entry: evidence that the entry, though its words match, does not answer
what was asked ("how many …?" of an entry that never counts, a year it never mentions). Each doubt multiplies
the entry's score by the rule's weight (`Tuning.doubt_weights`), once, or once per word for a rule that
`per_word` (each unused word that shifts the question is its own doubt).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..index import Index
    from ..question import Query


class RuleId(enum.Enum):
    """The rules, by name; the registry (`qa.rules.RULES`) gives their order."""

    KIND = "kind"
    IDENTITY = "identity"
    NUMBER = "number"
    NAME = "name"
    PLACE = "place"
    ROLE = "role"
    FOCUS = "focus"
    ANSWER_TYPE = "answer-type"
    COUNT = "count"
    SHARE = "share"
    SHIFT = "shift"
    TOTAL = "total"
    DEED = "deed"
    OPPOSITE = "opposite"


# For one question, a function of an entry's position giving the words a doubt is about (an empty set for a
# doubt about no word in particular), or None when the rule finds nothing against the entry.
Judge = Callable[[int], "frozenset[str] | None"]


class Rule:
    """One rule's home: made in its own module (`qa.rules.kind`, …) from that module's functions. (A plain class
    with slots, not a dataclass: every one-shot start imports the rules, and should not pay to make a class.)"""

    __slots__ = ("default_weight", "describe", "id", "judge", "per_word", "prepare")

    def __init__(
        self,
        id: RuleId,
        default_weight: float,
        judge: Callable[[Query, Index], Judge | None],
        describe: Callable[[tuple[str, ...]], str],
        *,
        per_word: bool = False,
        prepare: Callable[[Analysis, Index], object] | None = None,
    ) -> None:
        self.id = id
        self.default_weight = default_weight  # what one doubt multiplies a score by, unless a Tuning says else
        self.judge = judge  # None from it: the question gives this rule nothing to check
        self.describe = describe  # the doubt in words, for `/why`
        self.per_word = per_word  # one doubt per word (its weight applies once for each)
        # what the rule knows of every entry, worked out once when the index is built (`Index.rule_data`)
        self.prepare = prepare

    def __repr__(self) -> str:
        return f"Rule({self.id})"


def of_index(index: Index) -> Index:
    """The index, as what the index itself holds (`Index.rule_data`) keeps it: a weak proxy, so the index and
    its rules' data make no reference cycle, and a dropped knowledge base is freed at once by reference counting
    (the cycle collector, which a program may have frozen out, is never needed). `_weakref` is the built-in
    module `weakref` re-exports: importing `weakref` itself costs a one-shot start a millisecond."""
    from _weakref import proxy

    return proxy(index)


class ByAnswer(dict):
    """Entry position -> what `read` finds in its answer, worked out for the entries a question that needs it
    is asked of, when it is asked: loading 100 000 entries never pays."""

    def __init__(self, index: Index, read: Callable[[Index, str], object]):
        super().__init__()
        self.index, self.read = of_index(index), read

    def __missing__(self, position: int) -> object:
        self[position] = found = self.read(self.index, self.index.entries[position].answer)
        return found
