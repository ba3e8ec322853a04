"""rules/total: "how many X are there in <place>?" asks all the X, not the ones an event picked out."""

import pytest

from qa.rules import RuleId, describe
from qa.rules.total import asked_total
from qa.text import words

FIRES = [
    ("How many apple trees are there in Norrby?", "trees-planted", {"apple", "trees"}),  # only those planted
    ("How many apple trees does Norrby have?", "trees-planted", {"apple", "trees"}),
]
QUIET = [
    ("How many pickers are there in Norrby?", "pickers"),  # "number of pickers" asks no more than that
    ("How many apple trees were planted in Norrby?", "trees-planted"),  # an event: not a total
    ("How many apple trees are there?", "trees-planted"),  # no place named: may be short for the last topic
]


@pytest.mark.parametrize(("question", "entry", "thing"), FIRES)
def test_fires_when_no_phrasing_of_the_entry_asks_as_little(probe, question, entry, thing):
    assert probe.doubt(RuleId.TOTAL, question, entry) == thing


@pytest.mark.parametrize(("question", "entry"), QUIET)
def test_quiet_for_a_plain_phrasing_an_event_or_no_place(probe, question, entry):
    assert not probe.fires(RuleId.TOTAL, question, entry)


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("how many villages are there in hechi", ("villages",)),
        ("how many counties are in hechi now", ("counties",)),
        ("how many villages does hechi have in total", ("villages",)),
        ("how many people live in hechi", ("people",)),  # its population
        ("how many industrial parks does hechi itself have", ("industrial", "parks")),
        ("how many people lived in poverty in hechi", ()),  # an event: who lived in poverty
        ("how many villages were removed in hechi", ()),
        ("how many of the villages are in hechi", ()),  # a part, not a total
        ("how many villages are there in the pilot", ()),  # not a named place
    ],
)
def test_a_total_is_read_only_in_a_named_place(question, thing):
    assert asked_total(words(question), lambda word: word in {"hechi"}) == thing


def test_why_says_the_entry_counts_only_some(orchard):
    asked = orchard.ask("How many apple trees are there in Norrby?")
    assert "counts only some “apple” “trees”" in describe(asked.why.doubts)
