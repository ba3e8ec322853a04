"""The registry: every rule once, in the order scores depend on, each with its own test file and weight."""

from pathlib import Path

import qa
from qa.rules import RULES, RuleId


def test_the_registry_keeps_the_order_scores_depend_on():
    assert [rule.id for rule in RULES] == [
        RuleId.KIND,
        RuleId.IDENTITY,
        RuleId.NUMBER,
        RuleId.NAME,
        RuleId.PLACE,
        RuleId.ROLE,
        RuleId.FOCUS,
        RuleId.ANSWER_TYPE,
        RuleId.COUNT,
        RuleId.SHARE,
        RuleId.TOTAL,
        RuleId.SHIFT,
        RuleId.DEED,
        RuleId.OPPOSITE,
    ]


def test_every_rule_has_its_own_test_file():
    here = Path(__file__).parent
    for rule in RULES:
        assert (here / f"test_{rule.id.name.lower()}.py").is_file(), rule.id


def test_a_tuning_can_switch_a_rule_off(tmp_path):
    orchard = Path(__file__).with_name("orchard.yaml")
    question = "How many apple trees were planted in 2021?"
    strict = qa.load(orchard)
    weights = {**qa.Tuning().doubt_weights, RuleId.NUMBER: 1.0}
    lenient = qa.load(orchard, tuning=qa.Tuning(doubt_weights=weights))
    assert strict.ask(question).why.doubts == (("number", ("2021",)),)
    assert lenient.ask(question).score > 1.2 * strict.ask(question).score


def test_a_tuning_threshold_is_the_default_that_an_argument_overrides():
    orchard = Path(__file__).with_name("orchard.yaml")
    kb = qa.load(orchard, tuning=qa.Tuning(threshold=99.5))
    assert kb.threshold == 99.5
    assert not kb.ask("apple trees planted in the orchard").answered or kb.ask("apple trees planted").score >= 99.5
    assert qa.load(orchard, threshold=10, tuning=qa.Tuning(threshold=99.5)).threshold == 10
