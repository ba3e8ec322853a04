"""dialogue/framing: lead-ins, asides and politeness are cut before matching."""

import pytest

from qa.dialogue.framing import strip

CASES = [
    ("sorry to bother you, but roughly when did Shenzhen and Hechi join forces, if you happen to know?",
     "when did Shenzhen and Hechi join forces?"),
    ("Quick question, how many parks are there lol", "how many parks are there"),
    ("I was reading about Hechi and wondered how many villages got out of poverty",
     "how many villages got out of poverty"),
    ("so how much cash did hechi get?", "how much cash did hechi get?"),
    ("how many counties?", "how many counties?"),  # nothing to cut
]  # fmt: skip


@pytest.mark.parametrize(("line", "core"), CASES)
def test_framing_is_cut(line, core):
    assert strip(line) == core


def test_a_chatty_question_in_scope_is_answered_and_out_of_scope_refused(kb):
    asked = kb.ask("sorry to bother you, but roughly when did Shenzhen and Hechi join forces, if you happen to know?")
    assert asked.answered and asked.entry_id == "partnership-start"
    assert not kb.ask("Quick question, what is the capital of France, if you happen to know?").gives_fact
