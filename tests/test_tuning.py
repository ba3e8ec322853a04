"""Tuning: every number that changes an answer, in one value a caller may pass to qa.load."""

import qa
from qa.rules import RuleId


def test_a_partial_doubt_weights_keeps_the_other_rules_defaults():
    tuning = qa.Tuning(doubt_weights={RuleId.SHIFT: 0.5})
    assert tuning.doubt_weights[RuleId.SHIFT] == 0.5
    assert tuning.doubt_weights[RuleId.KIND] == qa.Tuning().doubt_weights[RuleId.KIND]
    kb = qa.load(tuning=tuning)
    assert kb.ask("How many Hechi products hold Shenzhen certification?").answered
