"""The rule tests' knowledge base, and a way to ask one rule about one entry."""

from __future__ import annotations

from pathlib import Path

import pytest

import qa
from qa.rules import BY_ID, RuleId

ORCHARD = Path(__file__).with_name("orchard.yaml")


class RuleProbe:
    """Asks one rule what it holds against one entry for one question."""

    def __init__(self, kb: qa.KnowledgeBase):
        self.kb = kb
        self.positions = {entry.id: position for position, entry in enumerate(kb.entries)}

    def doubt(self, rule: RuleId, question: str, entry_id: str) -> frozenset | None:
        """The words the rule doubts the entry about (an empty set: a doubt about no word), or None."""
        index = self.kb.index
        judge = BY_ID[rule].judge(index.query(question), index)
        return None if judge is None else judge(self.positions[entry_id])

    def fires(self, rule: RuleId, question: str, entry_id: str) -> bool:
        return self.doubt(rule, question, entry_id) is not None


@pytest.fixture(scope="session")
def orchard() -> qa.KnowledgeBase:
    return qa.load(ORCHARD)


@pytest.fixture(scope="session")
def probe(orchard) -> RuleProbe:
    return RuleProbe(orchard)
