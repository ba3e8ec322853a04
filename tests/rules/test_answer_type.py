"""rules/answer_type: "how many", "how much" or "when" asked of an entry whose answer holds no number."""

import pytest

from qa.rules import RuleId

FIRES = [
    ("How many harvests are sold at the market?", "harvest-origin", "number"),
    ("When were the pickers at the harvest?", "pickers", "date"),  # 14 pickers is a number, not a date
    ("How much do the varieties weigh?", "varieties", "number"),
]
QUIET = [
    ("How many apple trees were planted?", "trees-planted"),
    ("When were the apple trees planted?", "trees-planted"),
    ("When can I visit?", "visiting"),  # "on weekends" is a when
    ("Where is the harvest sold?", "harvest-origin"),  # asks no number
    ("Which apple varieties grow?", "varieties"),
]


@pytest.mark.parametrize(("question", "entry", "wanted"), FIRES)
def test_fires_when_a_number_is_wanted_and_the_answer_has_none(probe, question, entry, wanted):
    """The doubt names what the answer lacks, so /why and a refusal can say it: "gives no date in its answer"."""
    from qa.rules import describe

    assert probe.doubt(RuleId.ANSWER_TYPE, question, entry) == {wanted}
    assert describe(((RuleId.ANSWER_TYPE.value, (wanted,)),)) == [f"gives no {wanted} in its answer"]


@pytest.mark.parametrize(("question", "entry"), QUIET)
def test_quiet_when_the_answer_holds_a_number_or_none_is_wanted(probe, question, entry):
    assert not probe.fires(RuleId.ANSWER_TYPE, question, entry)
