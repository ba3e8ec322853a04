"""rules/identity: "which …?" wants names, "why …?" a reason, "how big …?" an amount, "how do I …?" instructions."""

import pytest

from qa.rules import RuleId, describe
from qa.rules.kind import Ask

FIRES = [
    ("Which harvest is sold?", "harvest-origin", {Ask.WHICH}),
    ("Why were 120 apple trees planted?", "trees-planted", {Ask.WHY}),
    ("How big are the apple trees?", "trees-planted", {Ask.MAGNITUDE}),  # a count is no size of each tree
    ("How big is the harvest market?", "harvest-origin", {Ask.SIZE}),  # a place is no size
    ("How do I sell the harvest?", "harvest-origin", {Ask.HOW_TO}),
]
QUIET = [
    ("Which apple varieties grow in the orchard?", "varieties"),
    ("How many apple trees were planted?", "trees-planted"),  # a count is not an identity
    ("How big is the harvest's price?", "harvest-price"),  # "how much" gives an amount
    ("How do I visit the orchard?", "visiting"),
]


@pytest.mark.parametrize(("question", "entry", "kinds"), FIRES)
def test_fires_when_the_entry_never_gives_what_is_asked_for(probe, question, entry, kinds):
    assert probe.doubt(RuleId.IDENTITY, question, entry) == kinds


@pytest.mark.parametrize(("question", "entry"), QUIET)
def test_quiet_when_the_entry_gives_it_or_nothing_of_the_sort_is_asked(probe, question, entry):
    assert not probe.fires(RuleId.IDENTITY, question, entry)


def test_what_is_x_is_refused_by_an_entry_that_only_mentions_x(orchard):
    """ "What is Norrby?" asks a definition; the harvest entry only says the market is in Norrby."""
    asked = orchard.ask("What is Norrby?")
    assert not asked.answered
    assert "gives no definition" in describe(asked.why.doubts)
    assert (
        not orchard.ask("Where is the Riverside market?").answered
        or orchard.ask("Where is the Riverside market?").entry_id == "harvest-origin"
    )


def test_a_reason_never_given_is_refused_and_why_says_so(orchard):
    plain = orchard.ask("How many apple trees were planted in 2019?")
    why = orchard.ask("Why were 120 apple trees planted in 2019?")
    assert plain.answered and not why.answered
    assert "gives no reason" in describe(why.why.doubts)
