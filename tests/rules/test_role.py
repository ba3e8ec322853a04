"""rules/role: the question ties a name to a thing the fact ties to another name ("Shenzhen products")."""

import pytest

from qa.rules import BY_ID, RuleId, describe
from qa.rules.role import ties
from qa.text import words

CERTIFIED = (
    "version: 1\ntitle: Hechi and Shenzhen\nentries:\n"
    "  - id: certified\n    questions: [How many Hechi products hold Shenzhen certification?, certified products]\n"
    "    answer: 51 Hechi products from 32 companies hold Shenzhen quality certification.\n"
    "    evidence: 51 Hechi products from 32 companies hold Shenzhen quality certification.\n"
    "  - id: invested\n    questions: [How many companies invested in Hechi?, companies investing]\n"
    "    answer: 76 companies from Guangdong invested in Hechi over the past five years.\n"
    "    evidence: 76 companies from Guangdong invested in Hechi over the past five years.\n"
)


@pytest.fixture(scope="module")
def certified(tmp_path_factory):
    import qa

    path = tmp_path_factory.mktemp("role") / "kb.yaml"
    path.write_text(CERTIFIED, encoding="utf-8")
    return qa.load(path)


@pytest.mark.parametrize(
    ("text", "tied"),
    [
        ("51 Hechi products hold Shenzhen certification", {("hechi", "products"), ("shenzhen", "certification")}),
        ("Hechi's products", {("hechi", "products")}),
        ("companies from Guangdong", {("guangdong", "companies")}),
        ("Guangdong Hechi products", {("guangdong", "products"), ("hechi", "products")}),  # one name of two words
        ("Shenzhen helped Hechi", set()),  # an everyday word is no thing
    ],
)
def test_reading_what_a_text_ties_to_a_name(certified, text, tied):
    index, stem = certified.index, certified.index.analyzer.stem
    assert ties(words(text), index.names, stem) == {(stem(name), stem(thing)) for name, thing in tied}


def test_a_swapped_question_is_doubted_once_per_name_and_why_says_so(certified):
    index = certified.index
    query = index.query("How many Shenzhen products have Hechi quality certification?")
    assert BY_ID[RuleId.ROLE].judge(query, index)(0) == {"shenzhen", "hechi"}
    answer = certified.ask("How many Shenzhen products have Hechi quality certification?")
    assert not answer.answered and answer.why.best_entry == "certified"
    assert describe(answer.why.doubts) == ["ties hechi, shenzhen to what the fact ties to another name"]


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("How many Hechi products hold Shenzhen certification?", "certified"),
        ("how many products from Hechi are certified?", "certified"),
        ("how many Guangdong companies invested in Hechi?", "invested"),
    ],
)
def test_quiet_and_answered_when_the_roles_are_the_facts(certified, question, entry):
    index = certified.index
    judge = BY_ID[RuleId.ROLE].judge(index.query(question), index)
    assert judge is None or (judge(0) is None and judge(1) is None)
    assert certified.ask(question).entry_id == entry


def test_companies_from_elsewhere_are_not_the_facts_companies(certified):
    """ "How many Hechi companies have invested in Guangdong?" reuses every word of the fact about companies
    from Guangdong investing in Hechi."""
    answer = certified.ask("How many Hechi companies have invested in Guangdong?")
    assert not answer.answered
    assert ("role", ("hechi",)) in answer.why.doubts


def test_a_capitalised_english_word_is_no_name_that_ties(small_kb):
    """ "How many seats did each party win?" was doubted against "The Progressive Alliance won 21 seats, …": the
    parties' names are capitalised English words ("Party", "Alliance"), and "each party win" ties nothing."""
    kb = small_kb(
        "version: 1\ntitle: Council election\nentries:\n"
        "  - id: seats\n    questions: [How many seats did each party win?, seats per party]\n"
        "    answer: The Progressive Alliance won 21 seats and the Heritage Party 14.\n"
        "    evidence: The Progressive Alliance won 21 seats and the Heritage Party 14.\n"
    )
    assert kb.index.query("How many seats did each party win?").tied == frozenset()
    assert kb.ask("How many seats did each party win?").entry_id == "seats"


def test_from_one_name_to_another_ties_the_thing_to_both():
    """ "Millbank crossing time" was doubted against "the crossing from Quayside to Millbank" (a `--check` error
    on a knowledge base that passed before): a journey from one place to another is tied to both."""
    from qa.text import stem

    names = frozenset(("quaysid", "millbank"))
    found = ties(words("the ferries cut the crossing from Quayside to Millbank"), names, stem)
    assert found == {("quaysid", stem("crossing")), ("millbank", stem("crossing"))}
