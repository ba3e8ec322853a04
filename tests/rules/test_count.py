"""rules/count: "how many X?" of an entry whose phrasings count something else."""

import pytest

from qa.rules import RuleId, describe
from qa.rules.count import counted_spans
from qa.text import words

FIRES = [
    ("How many pickers were planted?", "trees-planted", {"picker"}),
    ("number of apple trees at the harvest", "pickers", {"appl", "tre"}),  # stems, as the index keeps them
]
QUIET = [
    ("How many apple trees were planted?", "trees-planted"),
    ("How many pickers work?", "pickers"),
    ("How many harvests?", "harvest-origin"),  # the entry counts nothing: the kind rule speaks instead
    ("How many orchard workers?", "pickers"),  # "orchard" is in every entry: it says nothing of what is counted
]


@pytest.mark.parametrize(("question", "entry", "counted"), FIRES)
def test_fires_when_the_entry_counts_something_else(probe, question, entry, counted):
    assert probe.doubt(RuleId.COUNT, question, entry) == counted


@pytest.mark.parametrize(("question", "entry"), QUIET)
def test_quiet_when_the_entry_counts_that_or_nothing(probe, question, entry):
    assert not probe.fires(RuleId.COUNT, question, entry)


@pytest.mark.parametrize(
    ("text", "spans"),
    [("how many jobs did they create", [(2, 1)]), ("the number of poor villages", [(3, 2)]), ("how are you", [])],
)
def test_what_is_counted_is_read_after_the_cue(text, spans):
    assert counted_spans(words(text)) == spans


def test_why_says_what_else_is_counted(orchard):
    asked = orchard.ask("How many pickers were planted?")
    assert asked.why.best_entry != "trees-planted" or "counts something other than" in " ".join(
        describe(asked.why.doubts)
    )
