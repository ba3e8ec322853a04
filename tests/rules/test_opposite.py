"""rules/opposite: a change asked in one direction of a fact that reports only the other."""

import pytest

from qa.rules import RuleId, describe

from .conftest import RuleProbe

SHOP = """version: 1
title: The corner shop
entries:
  - id: prices-rose
    questions: [How much did prices rise?, price rise, What happened to prices?]
    answer: Prices rose by 4% in March.
    evidence: Prices rose by 4% in March.
  - id: staff-laid-off
    questions: [How many staff were laid off?, staff cuts, job losses at the shop]
    answer: Six staff were laid off in April.
    evidence: Six staff were laid off in April.
  - id: opening-hours
    questions: [When does the shop open?, opening hours]
    answer: The shop opens at 7am and closes at 10pm.
    evidence: The shop opens at 7am and closes at 10pm.
"""


@pytest.fixture
def shop(small_kb):
    return RuleProbe(small_kb(SHOP))


@pytest.mark.parametrize(
    ("question", "entry", "words"),
    [
        ("Did prices fall?", "prices-rose", {"fall"}),
        ("How much did prices drop in March?", "prices-rose", {"drop"}),
        ("How many staff were hired?", "staff-laid-off", {"hired"}),
    ],
)
def test_fires_when_the_entry_reports_only_the_other_direction(shop, question, entry, words):
    assert shop.doubt(RuleId.OPPOSITE, question, entry) == words


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("How much did prices rise?", "prices-rose"),  # the same direction
        ("When does the shop close?", "opening-hours"),  # the fact says both
        ("What happened to prices?", "prices-rose"),  # no direction asked
        ("Did prices rise or fall?", "prices-rose"),  # both asked
    ],
)
def test_holds_its_fire_when_the_direction_is_said_or_not_asked(shop, question, entry):
    assert not shop.fires(RuleId.OPPOSITE, question, entry)


def test_a_synonyms_table_that_makes_two_sides_one_keeps_them_one(small_kb):
    """An author who writes `rise: [fall]` has said the knowledge base reads them as one word."""
    kb = RuleProbe(small_kb(SHOP.replace("entries:", "synonyms:\n  rise: [fall]\nentries:", 1)))
    assert not kb.fires(RuleId.OPPOSITE, "Did prices fall?", "prices-rose")


def test_the_bundled_knowledge_base_refuses_villages_added_and_says_why(kb):
    """ "How many villages were added to the poverty list?" got the 817 villages taken off it, at 86."""
    answer = kb.ask("How many villages were added to the poverty list?")
    assert not answer.answered
    assert describe(answer.why.doubts[-1:]) == ["reports the opposite of “added”"]
    assert kb.ask("How many villages were taken off the poverty list?").entry_id == "villages-removed-from-poverty-list"
