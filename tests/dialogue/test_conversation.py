"""The conversation in the library: its own bounded context, shared knowledge base, reset, JSON shape."""

import gc
import threading
import tracemalloc

import pytest

from qa.answer import Kind


def test_reset_forgets_the_context(kb):
    chat = kb.conversation()
    chat.ask("How many villages were taken off the poverty list?")
    chat.reset()
    assert chat.ask("and how many people?").entry_id != "people-lifted-out-of-poverty"


@pytest.mark.slow  # 10,000 turns under tracemalloc: half a minute, most of the quick loop
def test_ten_thousand_turns_do_not_grow_memory(kb):
    chat = kb.conversation()
    questions = ["How many villages were taken off the poverty list?", "and how many people?", "hi", "tell me more"]
    for question in questions * 50:
        chat.ask(question)
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    for turn in range(10_000):
        chat.ask(questions[turn % 4])
    gc.collect()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    grown = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    assert grown < 50_000  # a plateau: the context keeps a bounded recent past


def test_many_conversations_share_one_knowledge_base(kb):
    failures = []

    def talk():
        chat = kb.conversation()
        for _ in range(30):
            chat.ask("How many villages were taken off the poverty list?")
            if chat.ask("and how many people?").entry_id != "people-lifted-out-of-poverty":
                failures.append(1)

    threads = [threading.Thread(target=talk) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures


def test_json_has_kind_understood_and_parts(kb):
    shape = kb.ask("hi").to_dict()
    assert shape["kind"] == "smalltalk" and shape["id"] is None and shape["answer"]
    assert {"kind", "understood", "parts"} <= shape.keys()
    assert kb.ask("what is the capital of France?").to_dict()["kind"] == Kind.UNKNOWN.value


def test_a_blank_line_asks_nothing_even_after_an_answer(kb):
    """A blank line in piped input used to repeat the last answer (read as a follow-up with no words)."""
    chat = kb.conversation()
    chat.ask("How many industrial parks did Shenzhen help build?")
    for blank in ("", "   "):
        answer = chat.ask(blank)
        assert not answer.answered and answer.entry_id is None and answer.understood is None


def test_the_conversation_modules_compile_no_pattern_when_imported():
    """Every one-shot question imports the conversation's modules, and compiling their patterns cost about
    10 ms of a 60 ms start; a one-shot question uses few of them. They compile on first use instead."""
    import importlib
    import re

    from qa.text import LazyPattern

    for name in ("choice", "clarify", "compound", "followup", "framing", "smalltalk"):
        module = importlib.import_module(f"qa.dialogue.{name}")
        assert not [key for key, value in vars(module).items() if isinstance(value, re.Pattern)], name
    pattern = LazyPattern(r"how (many|much)", re.IGNORECASE)
    assert pattern.match("How MANY parks?").group(1) == "MANY" and pattern.sub("?", "how much") == "?"


def test_a_number_past_the_end_of_the_list_offers_the_list_again(kb):
    """Piped input is one conversation, as the chat is: "4" of three choices said "I don't know" and forgot
    the list, so the "2" after it was no pick."""
    chat = kb.conversation()
    asked = chat.ask("how many people?")
    assert asked.kind is Kind.CLARIFY
    again = chat.ask("4")
    assert again.kind is Kind.CLARIFY and not again.answered
    assert again.text.startswith(f"Pick a number from 1 to {len(asked.suggestions)}.")
    assert [s.entry_id for s in again.suggestions] == [s.entry_id for s in asked.suggestions]
    assert chat.ask("2").entry_id == asked.suggestions[1].entry_id


def test_a_refused_follow_up_never_offers_the_fact_just_given(kb):
    """ "when was that?" after the parks is refused (no date is given); "Did you mean" offering the parks fact,
    just shown, helps nobody."""
    chat = kb.conversation()
    assert chat.ask("how many parks did shenzhen build?").entry_id == "industrial-parks"
    refused = chat.ask("when was that?")
    assert not refused.answered
    assert "industrial-parks" not in [suggestion.entry_id for suggestion in refused.suggestions]


def test_a_yes_or_no_question_after_a_list_is_asked_before_it_is_read_as_a_pick(kb):
    """Offered "Did you mean …" after a refused follow-up, the next line "is hechi doing any industrial
    transfers" is a question of its own, answered as one; it is a pick from the list only when qa cannot answer
    it alone (the list named the cooperation areas, whose words it shares)."""
    chat = kb.conversation()
    chat.ask("in what areas do shenzhen and hechi cooperate")
    chat.ask("tell me more about the labor one")
    assert not chat.ask("how many demonstration areas have they built").answered
    assert chat.ask("is hechi doing any industrial transfers").entry_id == "industrial-transfers"


@pytest.mark.parametrize(
    ("refused", "reworded"),
    [
        ("is sz helping hc w jobs?", "is shenzhen helping hechi with jobs?"),
        ("Where is Hechi?", "Is Hechi in Guangxi?"),
    ],
)
def test_a_reworded_question_qa_refuses_is_no_pick_of_a_suggestion(kb, refused, reworded):
    """Refused and offered suggestions, a person asks again in other words. "is shenzhen helping hechi with
    jobs?" was read as picking the counties covered (a suggestion sharing its words) and answered at 100;
    "Is Hechi in Guangxi?" got the article's publication. Read alone, qa refuses them, and so it must here."""
    chat = kb.conversation()
    assert chat.ask(refused).suggestions
    answer = chat.ask(reworded)
    assert not answer.gives_fact, answer.entry_id
