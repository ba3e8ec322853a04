"""rules/number: the question names a number the entry never mentions."""

import pytest

from qa.rules import RuleId, describe

FIRES = [
    ("How many apple trees were planted in 2021?", "trees-planted", {"2021"}),
    ("Were 150 apple trees planted?", "trees-planted", {"150"}),
    # neither is said, and 150 is contradicted: "planted 120"
    ("Did the orchard plant 150 or 200 apple trees?", "trees-planted", {"150", "200", "150 (it says 120)"}),
    # a side of a year the fact's years are not on: planted in 2019, asked what came after it
    ("How many apple trees were planted after 2019?", "trees-planted", {"after 2019"}),
    ("How many apple trees were planted before 2019?", "trees-planted", {"before 2019"}),
]
QUIET = [
    ("How many apple trees were planted in 2019?", "trees-planted"),
    ("Did the orchard plant 120 or 150 apple trees?", "trees-planted"),  # one alternative is its own
    ("How many apple trees were planted?", "trees-planted"),  # names no number
    ("How many apple trees were planted since 2019?", "trees-planted"),  # 2019 is on that side
    ("How many apple trees were planted after 2015?", "trees-planted"),  # so is a year before it
]


@pytest.mark.parametrize(("question", "entry", "numbers"), FIRES)
def test_fires_on_a_number_the_entry_never_mentions(probe, question, entry, numbers):
    assert probe.doubt(RuleId.NUMBER, question, entry) == numbers


@pytest.mark.parametrize(("question", "entry"), QUIET)
def test_quiet_when_the_entry_mentions_it_or_it_is_an_alternative(probe, question, entry):
    assert not probe.fires(RuleId.NUMBER, question, entry)


def test_spelled_out_numbers_are_read_as_digits(probe):
    assert probe.doubt(RuleId.NUMBER, "Were fourteen apple trees planted?", "trees-planted") == {"14"}
    assert not probe.fires(RuleId.NUMBER, "How many pickers, fourteen?", "pickers")


def test_another_year_is_refused_and_why_says_which_number(orchard):
    asked = orchard.ask("How many apple trees were planted in 2021?")
    assert not asked.answered
    assert "never mentions “2021”" in describe(asked.why.doubts)


def test_a_year_must_be_in_the_fact_not_only_in_how_it_is_asked(small_kb):
    """ "What happened in 2020?" is not the fact asked "how did it change after 2020?", which says 2021-25."""
    from qa.rules import BY_ID

    kb = small_kb(
        "version: 1\ntitle: Years\nentries:\n"
        '  - id: stage\n    questions: ["How did the plan change after 2020?", new stage, the plan since 2021]\n'
        "    answer: From 2021-25 the plan entered a new stage.\n"
        "    evidence: From 2021-25 the plan entered a new stage.\n"
        '  - id: goal\n    questions: ["What was reached in 2020?", goal reached, when was the goal reached]\n'
        "    answer: In 2020 the goal was reached.\n    evidence: In 2020 the goal was reached.\n"
    )
    judge = BY_ID[RuleId.NUMBER].judge(kb.index.query("What happened in 2020?"), kb.index)
    assert judge(0) == {"2020"} and judge(1) is None
    assert BY_ID[RuleId.NUMBER].judge(kb.index.query("what happened in 2023?"), kb.index)(0) is None  # 2021-25


def test_last_year_is_the_year_before_the_source_was_published(small_kb):
    """ "last year" in a report published in 2025 asks about 2024: the fact that says 2024 (or says "last year"
    itself) answers it, and one about 2025 is doubted; "last" is then no shifting word."""
    from qa.rules import BY_ID

    kb = small_kb(
        "version: 1\ntitle: Museum\nsource:\n  title: Annual report\n  published: '2025-03-01'\nentries:\n"
        "  - id: visitors\n    questions: [How many visitors came?, visitor numbers]\n"
        "    answer: The museum had 41,000 visitors in 2024.\n    evidence: It had 41,000 visitors in 2024.\n"
        "  - id: members\n    questions: [How many members are there?, member numbers]\n"
        "    answer: The museum signed up 900 members last year.\n"
        "    evidence: The museum signed up 900 members last year.\n"
        "  - id: shop\n    questions: [How much did the shop sell?, shop sales]\n"
        "    answer: The shop sold 20,000 pounds of goods in 2025.\n"
        "    evidence: The shop sold 20,000 pounds of goods in 2025.\n"
    )
    judge = BY_ID[RuleId.NUMBER].judge
    query = kb.index.query("How many visitors came last year?")
    assert "last" not in query.shifters
    assert judge(query, kb.index)(0) is None
    assert judge(kb.index.query("How many members joined last year?"), kb.index)(1) is None
    assert judge(kb.index.query("How much did the shop sell last year?"), kb.index)(2) == {"2024"}
    assert kb.ask("How much did the shop sell last year?").entry_id is None
    # read as the year it is, "last year" finds the fact tied to 2024; a fact that says "last year" itself is
    # still asked in its own words
    assert kb.ask("how many visitors did the museum get last year").entry_id == "visitors"
    assert kb.ask("How many members last year?").entry_id == "members"


def test_the_titles_numbers_name_the_subject(small_kb):
    """ "Who wrote Quillmark 4?" in a knowledge base titled "Quillmark 4.0 release notes": 4 is part of the
    subject's name, not a number the entry must mention; "Quillmark 4" is "Quillmark 4.0". Another number still
    counts. ("Line T3" is one name, no number: `test_matcher`.)"""
    from qa.rules import BY_ID
    from qa.rules.number import subject_numbers

    assert subject_numbers("Quillmark 4.0 release notes 2025") == {"4"}
    kb = small_kb(
        "version: 1\ntitle: Quillmark 4.0 release notes\nentries:\n"
        "  - id: maintainers\n    questions: [Who maintains Quillmark?, maintainers]\n"
        "    answer: Quillmark is maintained by Ada Brook and Lin Ma.\n"
        "    evidence: Quillmark is maintained by Ada Brook and Lin Ma.\n"
    )
    judge = BY_ID[RuleId.NUMBER].judge
    assert judge(kb.index.query("Who maintains Quillmark 4?"), kb.index)(0) is None
    assert judge(kb.index.query("Who maintains Quillmark 5?"), kb.index)(0) == {"5"}


def test_a_number_the_entry_contradicts_is_doubted_twice(small_kb):
    """ "When did the Series 5 reach end of support?" of the entry about the Series 3: not just a number it
    never mentions, but one it contradicts ("Series 3"), so a near-verbatim question is still refused."""
    from qa.rules import BY_ID

    kb = small_kb(
        "version: 1\ntitle: Routers\nentries:\n"
        "  - id: series-3-end\n    questions: [When did the Series 3 reach end of support?, Series 3 support end]\n"
        "    answer: The Series 3 reached end of support in March 2024.\n"
        "    evidence: The Series 3 reached end of support in March 2024.\n"
    )
    doubt = BY_ID[RuleId.NUMBER].judge(kb.index.query("When did the Series 5 reach end of support?"), kb.index)(0)
    assert doubt == {"5", "5 (it says 3)"}
    assert not kb.ask("When did the Series 5 reach end of support?").answered
    assert kb.ask("When did the Series 3 reach end of support?").entry_id == "series-3-end"


def test_what_happened_in_a_year_is_the_fact_tied_to_it(kb):
    """Issue 13: "What happened in 2020?" is answered by the fact that says 2020 ("happen" asks for an event as
    "what" does, and weighs like it); a year no fact is tied to is refused."""
    assert kb.ask("what happened in 2020?").entry_id == "counties-out-of-poverty"
    assert kb.ask("What happened in 2016?").entry_id == "partnership-start"
    assert not kb.ask("what happened in 2019?").answered


def test_a_whole_number_written_with_a_point_zero_is_the_number(small_kb):
    """ "When did Quillmark 4 come out?" of "Quillmark 4.0 was released …": 4.0 is 4, as people say it; "3.10"
    is no "3.1", and "2.0.1" stays a version of its own."""
    from qa.text import words

    assert words("Quillmark 4.0, 3.10 and 2.0.1 cost £1.0 million") == [
        "quillmark", "4", "3.10", "and", "2.0.1", "cost", "£", "1", "million",
    ]  # fmt: skip
    kb = small_kb(
        "version: 1\ntitle: Quillmark release notes\nentries:\n"
        "  - id: release\n    questions: [When was Quillmark 4.0 released?, release date]\n"
        "    answer: Quillmark 4.0 was released on 11 February 2025.\n"
        "    evidence: Quillmark 4.0 was released on 11 February 2025.\n"
        "  - id: previous\n    questions: [When did Quillmark 3.9 come out?, previous release]\n"
        "    answer: Quillmark 3.9 came out in June 2024.\n    evidence: Quillmark 3.9 came out in June 2024.\n"
    )
    assert kb.ask("when was quillmark 4 released").entry_id == "release"


@pytest.mark.parametrize("published", ["1", "0001-01-01", "9999-99-99", "2024-13-01", "sometime"])
def test_a_published_date_that_is_no_date_reads_no_year(small_kb, published):
    """ "published: 1" made "next year" the year 2, and "what is planned for next year?" got "2 parks opened"
    (a hostile-input helper found it). A date that is no date gives no year, and the loader warns."""
    from qa.loader import parse_all

    text = (
        f"version: 1\ntitle: Parks\nsource:\n  published: '{published}'\nentries:\n"
        "  - id: parks\n    questions: [How many parks opened?, parks opened, number of new parks]\n"
        "    answer: 2 parks opened.\n    evidence: 2 parks opened.\n"
        "  - id: complaints\n    questions: [How many complaints were there?, complaint count]\n"
        "    answer: There were 0 complaints.\n    evidence: There were 0 complaints.\n"
    )
    kb = small_kb(text)
    assert kb.index.published_year is None
    assert not kb.ask("what is planned for next year?").gives_fact
    assert not kb.ask("what happened last year?").gives_fact
    warned = [problem for problem in parse_all(kb.path).problems if problem.field == "source.published"]
    assert [problem.severity for problem in warned] == ["warning"] and warned[0].line == 4


def test_after_or_before_a_year_asks_for_a_year_on_that_side(kb):
    """ "what happens after 2025?" was answered (64) by the 2021-25 stage: the question names 2025, which the
    range covers, but asks what comes after it. "after 2020" is that stage."""
    assert not kb.ask("what happens after 2025?").gives_fact
    assert kb.ask("what happened after 2020?").entry_id == "new-stage"


def test_a_contradicted_number_is_said_once_with_what_the_entry_says(kb):
    """ "Did Shenzhen build 30 industrial parks?" was refused "(The closest entry never mentions “30”, “30.)":
    the number twice, cut short. The reason says what the entry says instead."""
    from qa.render import refusal_reason

    answer = kb.ask("Did Shenzhen build 30 industrial parks?")
    assert not answer.answered
    assert refusal_reason(answer) == "The closest entry says 20, not “30”."
    assert describe(kb.ask("Did Shenzhen build 30 industrial parks in 2021?").why.doubts) == [
        "never mentions “2021”; says 20, not “30”"
    ]
