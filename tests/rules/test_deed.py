"""rules/deed: "who designed/built/made …?" of a fact that never says who did that deed."""

import pytest

from qa.rules import RuleId, describe

from .conftest import RuleProbe

MUSEUM = """version: 1
title: The Eldmoor museum
entries:
  - id: wing-director
    questions: [What did the director say about the new wing?, director on the wing, Who is the director?]
    answer: The director, Dr Ada Okoro, said the new Weavers' Wing drew the crowds.
    evidence: The director, Dr Ada Okoro, said the new Weavers' Wing drew the crowds.
  - id: wing-builder
    questions: [Who built the new wing?, wing builder, Which firm did the building work?]
    answer: The Weavers' Wing was built by Harl & Sons of Leeds.
    evidence: The Weavers' Wing was built by Harl & Sons of Leeds.
  - id: loom-maker
    questions: [Who is the loom's maker?, loom maker]
    answer: The great loom's maker was Thomas Harrow, in 1851.
    evidence: The great loom was the work of its maker, Thomas Harrow, in 1851.
"""


@pytest.fixture
def museum(small_kb):
    return RuleProbe(small_kb(MUSEUM))


@pytest.mark.parametrize(
    ("question", "entry", "deed"),
    [
        ("Who designed the Weavers' Wing?", "wing-director", {"designed"}),  # a person named, but no deed
        ("Who made the Weavers' Wing?", "wing-director", {"made"}),
        ("Which company built the new wing?", "wing-director", {"built"}),  # "which company": who did
    ],
)
def test_fires_when_the_entry_never_says_the_deed(museum, question, entry, deed):
    assert museum.doubt(RuleId.DEED, question, entry) == deed


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Who built the Weavers' Wing?", "wing-builder"),  # "built by"
        ("Who makes the looms?", "loom-maker"),  # the doer says the deed
        ("Who made the great loom?", "loom-maker"),
        ("What did the director say about the new wing?", "wing-director"),  # asks no deed
        ("When was the new wing built?", "wing-builder"),  # asks when, not who
    ],
)
def test_quiet_when_the_entry_says_it_or_no_one_is_asked_for(museum, question, entry):
    assert not museum.fires(RuleId.DEED, question, entry)


WING = """version: 1
title: The Eldmoor museum
entries:
  - id: wing-director
    questions:
      - Who said the Weavers' Wing drew the crowds?
      - Weavers' Wing
      - What did the director say about the Weavers' Wing?
    answer: The director, Dr Ada Okoro, said the new Weavers' Wing drew the crowds.
    evidence: The director, Dr Ada Okoro, said the new Weavers' Wing drew the crowds.
  - id: wing-opening
    questions: [When did the new wing open?, wing opening date]
    answer: The Weavers' Wing opened on 18 May 2024.
    evidence: The Weavers' Wing opened on 18 May 2024.
  - id: visitors
    questions: [How many people visited the museum?, visitor numbers]
    answer: The museum had 61,000 visitors in 2024.
    evidence: The museum had 61,000 visitors in 2024.
"""


def test_who_designed_it_is_refused_by_a_fact_about_it_that_never_says(small_kb):
    """ "Who designed the Whitcombe Wing?" got the fact about the wing's name (75) on a hospital's knowledge
    base: it names the wing and a person, and nothing of who designed it. Here it scored 86 without the rule."""
    kb = small_kb(WING)
    assert not kb.ask("Who designed the Weavers' Wing?").gives_fact
    assert kb.ask("Who said the Weavers' Wing drew the crowds?").entry_id == "wing-director"
    assert describe((("deed", ("designed",)),)) == ["never says who “designed”"]


def test_who_paid_is_a_deed_each_deed_asked_is_its_own(kb):
    """From a README trial: "who paid for it?" after the industrial parks got the parks again (64): read against
    the parks' phrasing, "build" was a deed the fact says, and "paid" went unasked. Paying is a deed a fact names
    where it knows, and each deed a question asks must be said."""
    chat = kb.conversation()
    chat.ask("how many industrial parks are there?")
    answer = chat.ask("who paid for it?")
    assert not answer.gives_fact and describe(answer.why.doubts) == ["never says who “paid”"]
    assert kb.ask("who provided the funding?").entry_id == "financial-support"
