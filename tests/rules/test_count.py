"""rules/count: "how many X?" of an entry whose phrasings count something else."""

import pytest

from qa.rules import RuleId, describe
from qa.rules.count import answer_counted_spans, counted_spans
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


@pytest.mark.parametrize(
    ("answer", "counted"),
    [
        ("The project has two full-time maintainers.", [["full", "time", "maintainers"]]),
        ("Hechi has 51 products from 32 companies.", [["products"], ["companies"]]),
        ("It expects to use the pad around 300 times a year.", [["times"]]),
        ("Support totalled 1.4 billion yuan (about 196 million US dollars).", []),  # amounts, not counts
        ("A day pass costing £6.50 goes on sale on 1 May.", []),  # an amount; a date
        ("Over the past five years, in 2016, the city began.", []),  # a span of time and a year
    ],
)
def test_an_answer_counts_what_follows_its_numbers(answer, counted):
    said = words(answer)
    assert [said[start : start + length] for start, length in answer_counted_spans(said)] == counted


def test_what_the_answer_counts_is_no_other_count(small_kb):
    """ "How many times a year will the air ambulance land?" of "… use the pad around 300 times a year":
    the phrasings count landings, the answer counts times; neither is something else."""

    kb = small_kb(
        "version: 1\ntitle: Helipad\nentries:\n"
        "  - id: landings\n    questions: [How many helicopter landings are expected each year?, landings]\n"
        "    answer: The air ambulance expects to use the pad around 300 times a year.\n"
        "    evidence: The air ambulance expects to use it around 300 times a year.\n"
        "  - id: weight\n    questions: [How heavy a helicopter can the pad take?, pad weight limit]\n"
        "    answer: The pad takes helicopters of up to 12 tonnes.\n    evidence: It takes up to 12 tonnes.\n"
    )
    from qa.rules import BY_ID

    judge = BY_ID[RuleId.COUNT].judge(kb.index.query("How many times a year will the air ambulance land?"), kb.index)
    assert judge is None or judge(0) is None


def test_how_many_people_counts_any_kind_of_person(small_kb):
    """ "How many people saw the exhibition?" of an entry counting visitors: people are what it counts. A count
    of people is still no count of rooms."""
    from qa.rules import BY_ID

    kb = small_kb(
        "version: 1\ntitle: Museum\nentries:\n"
        "  - id: visitors\n    questions: [How many visitors came to the exhibition?, exhibition visitors]\n"
        "    answer: The exhibition drew 41,000 visitors.\n    evidence: The exhibition drew 41,000 visitors.\n"
        "  - id: rooms\n    questions: [How many rooms does the new wing have?, number of rooms]\n"
        "    answer: The new wing has 12 rooms.\n    evidence: The new wing has 12 rooms.\n"
        "  - id: jobs\n    questions: [How many people work at the museum?, museum jobs]\n"
        "    answer: The museum employs 80 people.\n    evidence: The museum employs 80 people.\n"
        "  - id: opening\n    questions: [When did the new wing open?, wing opening]\n"
        "    answer: The new wing opened in May.\n    evidence: The new wing opened in May.\n"
    )
    judge = BY_ID[RuleId.COUNT].judge(kb.index.query("How many people saw the exhibition?"), kb.index)
    assert judge(0) is None and judge(1) is not None


def test_how_many_areas_counts_any_kind_of_place(small_kb, kb):
    """ "How many parts of Hechi did the help reach?" was refused (59): the fact counts "11 counties and
    districts", and the count rule read "parts" as something else counted. Areas, parts and places are what a
    count of counties, districts or villages counts; a count of parks is still no count of areas."""
    from qa.rules import BY_ID

    valley = small_kb(
        "version: 1\ntitle: Aid to the valley\nentries:\n"
        "  - id: covered\n    questions: [How many counties and districts did the aid cover?, counties covered]\n"
        "    answer: The aid covered 11 counties and districts.\n"
        "    evidence: The aid covered 11 counties and districts.\n"
        "  - id: parks\n    questions: [How many parks were built?, number of parks]\n"
        "    answer: The aid built 20 parks.\n    evidence: The aid built 20 parks.\n"
        "  - id: start\n    questions: [When did the aid start?, aid start]\n"
        "    answer: The aid started in 2016 in the poorest parts of the valley.\n"
        "    evidence: The aid started in 2016 in the poorest parts of the valley.\n"
    )
    judge = BY_ID[RuleId.COUNT].judge(
        valley.index.query("How many parts of the valley did the aid reach?"), valley.index
    )
    assert judge(0) is None and judge(1) is not None
    assert kb.ask("How many parts of Hechi did the help reach?").entry_id == "counties-districts-covered"


def test_a_word_half_the_entries_use_still_says_what_is_counted(small_kb):
    """An election's knowledge base says "votes" in half its entries; "how many votes did Reid get?" still
    counts votes, which the entry about the youngest councillor (counting women) never does."""
    from qa.rules import BY_ID

    kb = small_kb(
        "version: 1\ntitle: Election\nentries:\n"
        "  - id: youngest\n    questions: [Who is Callum Reid?, youngest councillor]\n"
        "    answer: A record 22 councillors are women; the youngest is Callum Reid.\n"
        "    evidence: A record 22 councillors are women; the youngest is Callum Reid.\n"
        "  - id: winner-votes\n    questions: [How many votes did Ferreira get?, winning votes]\n"
        "    answer: Ferreira won 9,120 votes.\n    evidence: Ferreira won 9,120 votes.\n"
        "  - id: postal\n    questions: [How many postal votes were there?, postal votes]\n"
        "    answer: 14,150 votes were cast by post.\n    evidence: 14,150 votes were cast by post.\n"
        "  - id: date\n    questions: [When was the election?, election day]\n"
        "    answer: The election was held on 1 May.\n    evidence: The election was held on 1 May.\n"
    )
    judge = BY_ID[RuleId.COUNT].judge(kb.index.query("How many votes did Callum Reid get?"), kb.index)
    assert judge is not None and judge(0) is not None and judge(1) is None


def test_a_kind_of_person_counts_as_the_synonyms_table_reads_it(small_kb):
    """ "How many people could the old ground hold?" doubted the entry counting "24,300 fans" where the synonyms
    table reads fans as supporters: the kinds of person are read through the table too."""
    from qa.rules import BY_ID

    kb = small_kb(
        "version: 1\ntitle: Stadium\nsynonyms:\n  supporter: [fan, fans]\nentries:\n"
        "  - id: before\n    questions: [How many fans did the old ground hold?, old capacity]\n"
        "    answer: The old ground held 24,300 fans.\n    evidence: The old ground held 24,300 fans.\n"
        "  - id: parking\n    questions: [How many parking spaces are there?, parking spaces]\n"
        "    answer: There are 900 parking spaces for people who drive.\n"
        "    evidence: There are 900 parking spaces for people who drive.\n"
    )
    judge = BY_ID[RuleId.COUNT].judge(kb.index.query("How many people could the old ground hold?"), kb.index)
    assert judge(0) is None and judge(1) is not None
