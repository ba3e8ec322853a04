"""The rules that doubt a candidate entry, one module each, in the order they apply.

Each module holds everything about its rule: its word lists, how it reads an entry and a question, its
judgement of a candidate, the words `/why` uses for it and its default weight. Scoring (`qa.matcher`), the
index's precomputation (`qa.index`) and `/why` loop over `RULES`; none of them names a rule.
"""

from __future__ import annotations

from . import answer_type, count, deed, focus, identity, kind, name, number, opposite, place, role, share, shift, total
from .base import Judge, Rule, RuleId
from .kind import Ask

RULES: tuple[Rule, ...] = (
    kind.RULE, identity.RULE, number.RULE, name.RULE, place.RULE, role.RULE, focus.RULE, answer_type.RULE, count.RULE,
    share.RULE, total.RULE, shift.RULE, deed.RULE, opposite.RULE,
)  # fmt: skip
BY_ID = {rule.id: rule for rule in RULES}

__all__ = ["BY_ID", "RULES", "Ask", "Judge", "Rule", "RuleId", "default_weights", "describe"]


def default_weights() -> dict[RuleId, float]:
    """What one doubt of each rule multiplies a score by, unless a `Tuning` says otherwise."""
    return {rule.id: rule.default_weight for rule in RULES}


def describe(doubts: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    """The doubts about an entry in words, for `/why`: "never asked “how big”", "never says “cost”"."""
    return [BY_ID[RuleId(rule)].describe(words) for rule, words in doubts]
