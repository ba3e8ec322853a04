"""rules/answer_type: "how many", "how much" or "when" asked of an entry whose answer holds no number."""

import pytest

from qa.rules import RuleId

FIRES = [
    ("How many harvests are sold at the market?", "harvest-origin"),
    ("When were the pickers at the harvest?", "pickers"),  # 14 pickers is a number, not a date
    ("How much do the varieties weigh?", "varieties"),
]
QUIET = [
    ("How many apple trees were planted?", "trees-planted"),
    ("When were the apple trees planted?", "trees-planted"),
    ("When can I visit?", "visiting"),  # "on weekends" is a when
    ("Where is the harvest sold?", "harvest-origin"),  # asks no number
    ("Which apple varieties grow?", "varieties"),
]


@pytest.mark.parametrize(("question", "entry"), FIRES)
def test_fires_when_a_number_is_wanted_and_the_answer_has_none(probe, question, entry):
    assert probe.doubt(RuleId.ANSWER_TYPE, question, entry) == frozenset()


@pytest.mark.parametrize(("question", "entry"), QUIET)
def test_quiet_when_the_answer_holds_a_number_or_none_is_wanted(probe, question, entry):
    assert not probe.fires(RuleId.ANSWER_TYPE, question, entry)
