"""Tuning: every number that changes an answer, in one value a caller may pass to qa.load."""

import pytest

import qa
from qa.rules import RuleId


def test_a_partial_doubt_weights_keeps_the_other_rules_defaults():
    tuning = qa.Tuning(doubt_weights={RuleId.SHIFT: 0.5})
    assert tuning.doubt_weights[RuleId.SHIFT] == 0.5
    assert tuning.doubt_weights[RuleId.KIND] == qa.Tuning().doubt_weights[RuleId.KIND]
    kb = qa.load(tuning=tuning)
    assert kb.ask("How many Hechi products hold Shenzhen certification?").answered


@pytest.mark.parametrize(
    "bad",
    [
        {"threshold": 500},
        {"threshold": -1},
        {"phrasing_weight": float("nan")},
        {"unknown_factor": float("inf")},
        {"max_suggestions": -1},
        {"close_margin": True},
        {"doubt_weights": {RuleId.SHIFT: float("nan")}},
    ],
)
def test_a_tuning_number_that_is_no_score_or_weight_is_an_error(bad):
    """Tuning(threshold=500) refused everything and a NaN weight made every score NaN, which is no JSON (the
    hostile-input helper): a tuning number is finite, not below 0, and a score's is 100 at most."""
    with pytest.raises(ValueError, match="Tuning"):
        qa.Tuning(**bad)


def test_load_takes_a_tuning_or_none():
    with pytest.raises(TypeError, match=r"qa\.Tuning"):
        qa.load(tuning="x")
    assert qa.load(tuning=qa.Tuning(threshold=70)).threshold == 70
