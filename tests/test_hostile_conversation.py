"""Hostile input against this round's features and the holes a third attack found: each test fails without
its fix, through the CLI or the library as a user meets it."""

from __future__ import annotations

import os
import threading

import pytest

import qa
from qa import cache

ORCHARD = """version: 1
title: The orchard
entries:
  - id: trees-planted
    questions: ["How many apple trees were planted?", apple trees planted, number of trees]
    answer: The orchard planted 120 apple trees in 2019.
    evidence: In 2019 the orchard planted 120 apple trees.
"""


def test_aliases_that_repeat_a_long_text_are_refused_at_once(tmp_path, cli):
    long = "word " * 4_000
    entries = "\n".join(
        f"  - id: e{n}\n    questions: [q{n} one, q{n} two, q{n} three]\n    answer: *a\n    evidence: *a"
        for n in range(1, 1_200)
    )
    path = tmp_path / "bomb.yaml"
    path.write_text(
        f"version: 1\ntitle: x\nentries:\n  - id: e0\n    questions: [a one, a two, a three]\n"
        f"    answer: &a '{long}'\n    evidence: x\n{entries}\n",
        encoding="utf-8",
    )
    ran = cli("--kb", str(path), "-q", "parks")
    assert ran.returncode == 2 and "repeat more than" in ran.stderr and ran.stderr.count("\n") == 1


def _orchard_and_its_cache_path(tmp_path, monkeypatch) -> tuple:
    """The orchard knowledge base in a private cache home, and where its cache file goes (folder made)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    kb_path = tmp_path / "orchard.yaml"
    kb_path.write_text(ORCHARD, encoding="utf-8")
    target = cache._cache_file(os.path.realpath(kb_path))
    os.makedirs(os.path.dirname(target), exist_ok=True)
    return kb_path, target


def test_the_cache_never_writes_through_a_planted_link(tmp_path, monkeypatch):
    kb_path, target = _orchard_and_its_cache_path(tmp_path, monkeypatch)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    os.symlink(victim, f"{target}.{os.getpid()}.tmp")
    assert qa.load(kb_path).ask("apple trees planted").answered
    assert victim.read_text(encoding="utf-8") == "precious"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_a_fifo_at_the_cache_path_does_not_hang(tmp_path, monkeypatch):
    kb_path, target = _orchard_and_its_cache_path(tmp_path, monkeypatch)
    os.mkfifo(target)
    done = []
    worker = threading.Thread(target=lambda: done.append(qa.load(kb_path).ask("apple trees planted").answered))
    worker.daemon = True
    worker.start()
    worker.join(10)
    assert done == [True]


def test_small_talk_has_limits(tmp_path, cli):
    items = "\n".join(f"  - intent: greeting\n    reply: hi {n}" for n in range(60))
    path = tmp_path / "chatty.yaml"
    path.write_text(ORCHARD.replace("entries:", f"smalltalk:\n{items}\nentries:"), encoding="utf-8")
    ran = cli("--kb", str(path), "--check")
    assert ran.returncode == 1 and "the limit is 50" in ran.stdout


def test_a_small_talk_line_that_is_an_entrys_phrasing_is_reported(tmp_path, cli):
    path = tmp_path / "hijack.yaml"
    smalltalk = "smalltalk:\n  - intent: greeting\n    phrasings: [apple trees planted]\n    reply: hi\n"
    path.write_text(ORCHARD.replace("entries:", smalltalk + "entries:"), encoding="utf-8")
    ran = cli("--kb", str(path), "--check")
    assert ran.returncode == 1 and "is also a phrasing of entry trees-planted" in ran.stdout


def test_a_huge_compound_line_is_read_only_up_to_the_limit(kb):
    answer = kb.ask("how many villages and " * 200_000)
    assert len(answer.parts) <= 3


def test_escape_sequences_change_nothing_qa_understands(kb):
    assert kb.ask("hi\x1b[2J").kind is qa.Kind.SMALLTALK
    assert kb.ask("parks\x1bP villages\x1b\\\\").entry_id == kb.ask("parks").entry_id
    question = "\x1b]0;X\x07How many industrial parks did Shenzhen help build?"
    assert kb.ask(question).question == question  # the answer keeps what was asked


def test_eval_reads_a_pipe_once(tmp_path, cli):
    if not hasattr(os, "mkfifo"):
        pytest.skip("FIFOs")
    fifo = tmp_path / "labelled"
    os.mkfifo(fifo)
    writer = threading.Thread(
        target=lambda: fifo.write_text('- {q: "parks", expect: industrial-parks}\n', encoding="utf-8")
    )
    writer.start()
    ran = cli("--eval", str(fifo))
    writer.join(5)
    assert ran.returncode == 0 and "1/1" in ran.stdout


def test_invisible_format_characters_never_reach_the_terminal():
    from qa.display import clean

    assert clean("hi \ufeff\u00ad ok") == "hi  ok"


def test_a_question_is_read_up_to_its_limit_wherever_it_is_read(kb):
    """A conversation reads a refused question again for the topic it leaves open; that reading took the whole
    line, and its cost grows faster than the line (a 512 KB piped line took 70 s, a 16 MiB one hours). Every
    reading stops at `Limits.question_chars`, as `ask` always did."""
    from qa.tuning import LIMITS

    padding = "how many " * (LIMITS.question_chars // 9 + 1)
    read = kb.index.query(padding + "industrial parks")
    assert not {"park", "industri"} & {item.token for item in read.tokens}
    assert kb.index.query("how many industrial parks").tokens  # the words themselves are known


def test_a_line_with_no_word_after_an_answer_asks_nothing(kb):
    """Piped input of NULs or invalid bytes after an answer gave the same fact again, at 98.9: no word, no
    question, as a blank line already was."""
    chat = kb.conversation()
    chat.ask("How many industrial parks are there?")
    for line in ("\x00\x00", "\ufffd\ufffd", " -- ?? "):
        assert not chat.ask(line).gives_fact, repr(line)


def test_a_word_the_knowledge_base_never_uses_is_no_follow_up(tmp_path):
    """ "parks" after "loan limit" in a library's knowledge base that never says parks was read as "parks, of the
    loan limit" and answered with the loan limit (86.6). A word of its own that no entry knows is a topic of its
    own, which the knowledge base does not have."""
    import qa

    path = tmp_path / "library.yaml"
    path.write_text(
        "version: 1\ntitle: Library\nentries:\n"
        "  - id: loan-limit\n    questions: [How many books can I borrow at once?, loan limit]\n"
        "    answer: Each card can borrow up to 12 items.\n    evidence: Members may borrow up to 12 items.\n"
        "  - id: hours\n    questions: [When is the library open?, opening hours]\n"
        "    answer: The library is open from 9 am to 6 pm.\n    evidence: It opens from 9 am to 6 pm.\n",
        encoding="utf-8",
    )
    chat = qa.load(path).conversation()
    assert chat.ask("loan limit").entry_id == "loan-limit"
    assert not chat.ask("parks").gives_fact
