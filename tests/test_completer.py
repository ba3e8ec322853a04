"""Tab completion: knowledge-base phrasings matched forgivingly, and slash commands."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document

import qa
from qa.repl.commands import COMMANDS
from qa.repl.completer import QACompleter

COMMAND_LIST = [(command.name, command.summary) for command in COMMANDS]


@pytest.fixture(scope="module")
def kb() -> qa.KnowledgeBase:
    return qa.load()


@pytest.fixture(scope="module")
def completer(kb) -> QACompleter:
    return QACompleter(lambda: kb, COMMAND_LIST)


def complete(completer: QACompleter, text: str):
    return list(completer.get_completions(Document(text), CompleteEvent(completion_requested=True)))


def entry_of(kb, phrasing: str) -> str:
    return next(entry.id for entry in kb.entries if phrasing in entry.questions)


def test_half_typed_words_offer_the_industrial_parks_questions(kb, completer):
    offered = complete(completer, "indus park")
    texts = [completion.text for completion in offered]
    assert "How many industrial parks has Shenzhen helped build in Hechi?" in texts
    with_both = {q for q in kb.entry("industrial-parks").questions if "industrial parks" in q.lower()}
    assert len(with_both) >= 3 and with_both <= set(texts)
    assert {entry_of(kb, text) for text in texts[:4]} == {"industrial-parks"}


def test_misspelt_words_still_find_the_phrasing(kb, completer):
    texts = [completion.text for completion in complete(completer, "shenzen certif")]
    assert texts and {entry_of(kb, text) for text in texts[:3]} == {"certified-products"}


def test_a_completion_replaces_the_whole_line_and_names_its_entry(completer):
    typed = "indus park"
    first = complete(completer, typed)[0]
    assert first.start_position == -len(typed)
    assert first.display_meta_text == "industrial-parks"


def test_tab_on_an_empty_line_offers_one_question_per_entry(kb, completer):
    texts = [completion.text for completion in complete(completer, "")]
    assert texts == [entry.questions[0] for entry in kb.entries]


def test_words_the_knowledge_base_never_uses_offer_nothing(completer):
    assert complete(completer, "zzzz qqqq") == []


def test_a_pasted_line_longer_than_any_phrasing_offers_nothing(completer):
    """Tab on a 440 KB paste ("industrial industrial …") froze the chat for 15 s, Ctrl-C included, and would have
    offered the parks: a line of more words than a phrasing has is not being typed into one."""
    assert complete(completer, " ".join(["industrial"] * 400)) == []
    assert complete(completer, "industrial parks")  # a line being typed still completes


def test_a_pasted_word_longer_than_any_word_is_compared_with_none(kb, monkeypatch):
    """Tab on one 440 KB word (a pasted URL or blob) froze the chat for 24 s, Ctrl-C included: the word was
    compared with every word of the knowledge base. One twice as long as the longest word of any phrasing can
    be close to none, and is compared with none; a typo of a long word still is."""
    from qa.repl import completer as completing

    index = completing.PhrasingIndex(kb)
    compared = []
    real = completing.word_score
    monkeypatch.setattr(completing, "word_score", lambda typed, word: compared.append(word) or real(typed, word))
    assert index.search("x" * 440_000) == [] and compared == []
    assert index.search(" ".join(["industrialz" * 100] * 40)) == [] and compared == []
    assert index.search("industrail parks") and compared


def test_slash_offers_every_command_with_its_summary(completer):
    offered = complete(completer, "/")
    assert [completion.text for completion in offered] == [name for name, _ in COMMAND_LIST]
    assert all(completion.display_meta_text for completion in offered)


def test_a_command_prefix_or_typo_completes_to_the_command(completer):
    assert [completion.text for completion in complete(completer, "/to")] == ["/topics"]
    assert complete(completer, "/topcs")[0].text == "/topics"
    assert [completion.text for completion in complete(completer, "/re")] == ["/reload"]


def test_a_topics_argument_completes_to_tag_names_and_is_never_erased(completer):
    """ "/topics po" + Tab offered "/topics" for the whole line, erasing the argument; it completes the group."""
    offered = complete(completer, "/topics po")
    assert [completion.text for completion in offered] == ["poverty"]
    assert offered[0].start_position == -len("po")
    assert complete(completer, "/why because") == []  # an argument nothing completes is left as typed


def test_the_completer_follows_a_reloaded_knowledge_base(tmp_path, kb):
    path = tmp_path / "small.yaml"
    path.write_text(
        "version: 1\ntitle: Small\nentries:\n"
        "  - id: moon\n    questions: [How far away is the moon?]\n    answer: Far.\n    evidence: Very far.\n",
        encoding="utf-8",
    )
    current = {"kb": kb}
    completer = QACompleter(lambda: current["kb"], COMMAND_LIST)
    assert complete(completer, "moon") == []
    current["kb"] = qa.load(path)
    assert [completion.text for completion in complete(completer, "moon")] == ["How far away is the moon?"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_typing_completes_to_real_phrasings_or_commands(completer, kb, text):
    phrasings = {question for entry in kb.entries for question in entry.questions}
    names = {name for name, _ in COMMAND_LIST}
    for completion in complete(completer, text):
        assert completion.text in phrasings | names
