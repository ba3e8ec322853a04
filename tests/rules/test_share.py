"""rules/share: "how many shops in Dorset?" of a fact giving one figure for Devon, Somerset and Dorset together."""

import pytest

from qa.rules import RuleId, describe

BAKERY = """version: 1
title: Penrose Bakehouse
entries:
  - id: expansion
    questions: [How many new shops will Penrose open?, new shops planned, Which counties get new shops?]
    answer: Penrose will open 22 new shops across Devon, Somerset and Dorset over three years.
    evidence: Penrose is to open 22 new shops across Devon, Somerset and Dorset over the next three years.
  - id: loans
    questions: [How many items were borrowed?, How many books were borrowed?, loans last year]
    answer: Loans of books, audiobooks and DVDs fell to 1,482,300 last year.
    evidence: Loans of books, audiobooks and DVDs fell to 1,482,300 last year.
  - id: jobs
    questions: [How many jobs will the expansion create?, new jobs, jobs created]
    answer: The expansion will create 180 jobs.
    evidence: The expansion will create 180 jobs.
"""


@pytest.fixture
def bakery(small_kb):
    return small_kb(BAKERY)


def test_one_member_of_a_listed_whole_asks_a_share_the_fact_never_gives(bakery):
    asked = bakery.ask("How many shops will Penrose open in Dorset?")
    assert asked.why.doubts == (("share", ("dorset",)),) and not asked.answered  # was answered at 84
    assert describe(asked.why.doubts) == ["gives one figure for a list; never the share of “dorset”"]


def test_the_whole_list_a_yes_no_or_a_member_the_phrasings_let_stand_for_all_is_no_share(bakery):
    for question in (
        "How many shops will Penrose open in Devon, Somerset and Dorset?",  # the whole
        "Will Penrose open shops in Dorset?",  # asks no amount
        "How many books were borrowed?",  # the author's own phrasing: books stand for all the loans
    ):
        assert "share" not in dict(bakery.ask(question).why.doubts), question
    assert bakery.ask("How many books were borrowed?").entry_id == "loans"


def test_a_tuning_weight_of_one_switches_it_off(tmp_path):
    import qa

    path = tmp_path / "bakery.yaml"
    path.write_text(BAKERY, encoding="utf-8")
    lenient = qa.load(path, tuning=qa.Tuning(doubt_weights={RuleId.SHARE: 1.0}))
    assert lenient.ask("How many shops will Penrose open in Dorset?").entry_id == "expansion"
