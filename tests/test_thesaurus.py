"""The built-in thesaurus: everyday words for common concepts reach the entries that use another word."""

import pytest

from qa.thesaurus import known_equivalent


def test_a_word_is_read_as_a_word_of_its_group_the_knowledge_base_knows():
    known = {"money": "money", "company": "compani"}.get
    assert known_equivalent("bucks", known) == "money"
    assert known_equivalent("outfits", known) == "compani"
    assert known_equivalent("giraffe", known) is None  # no group
    assert known_equivalent("dough", {}.get) is None  # a group the knowledge base knows no word of


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("How much dough did Hechi receive?", "financial-support"),
        ("How many outfits from Guangdong put money into Hechi?", "companies-invested"),
    ],
)
def test_everyday_paraphrases_are_answered(kb, question, entry):
    answer = kb.ask(question)
    assert answer.answered and answer.entry_id == entry


def test_a_word_whose_equivalent_the_question_says_already_asks_something_else(kb):
    assert not kb.ask("What skills were taught in the training sessions?").gives_fact
