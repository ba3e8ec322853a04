"""Identity: "which …?" wants names, "why …?" a reason, "how far …?" an amount, "how do I …?" instructions,
"how many can I …?" a limit.

No neighbouring fact stands in for these: an entry never asked that way is doubted once more (on top of the
kind rule), because a fact that merely mentions the thing does not name, explain, measure or instruct.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Judge, Rule, RuleId
from .kind import Ask, unanswered

if TYPE_CHECKING:
    from ..index import Index
    from ..question import Query

NAMING = frozenset(
    (Ask.WHICH, Ask.WHY, Ask.MAGNITUDE, Ask.SIZE, Ask.HOW_TO, Ask.DEFINITION, Ask.LOCATION, Ask.ALLOWANCE)
)
GIVEN = {
    Ask.WHICH.value: "names",
    Ask.WHY.value: "reason",
    Ask.MAGNITUDE.value: "amount",
    Ask.SIZE.value: "size",
    Ask.HOW_TO.value: "instructions",
    Ask.DEFINITION.value: "definition",
    Ask.LOCATION.value: "location",
    Ask.ALLOWANCE.value: "limit",
}


def judge(query: Query, index: Index) -> Judge | None:
    naming = NAMING.intersection(query.asks)
    if not naming:
        return None
    entry_asks = index.rule_data[RuleId.KIND]

    def ungiven(position: int) -> frozenset[Ask] | None:
        return unanswered(entry_asks, position, naming) or None

    return ungiven


def describe(words: tuple[str, ...]) -> str:
    return "gives no " + " or ".join(GIVEN.get(kind, kind) for kind in words)


RULE = Rule(RuleId.IDENTITY, 0.8, judge, describe)
