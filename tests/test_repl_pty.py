"""End to end in a real pseudo-terminal: start `qa`, ask, read the answer, /why, leave with Ctrl-D."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")
pytestmark = pytest.mark.slow  # real processes in pseudo-terminals

QUESTION = "How many Hechi products hold Shenzhen certification?"


def test_chat_in_a_terminal_answers_explains_and_exits_cleanly(tmp_path: Path):
    data = tmp_path / "data"
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(data),
        "HOME": str(tmp_path / "home"),
        "TERM": "xterm-256color",
        "PROMPT_TOOLKIT_NO_CPR": "1",  # nobody here answers cursor-position requests
    }
    env.pop("NO_COLOR", None)
    child = pexpect.spawn(
        sys.executable, ["-m", "qa"], env=env, cwd=str(tmp_path), dimensions=(50, 200), encoding="utf-8", timeout=20
    )
    try:
        child.expect("Ctrl-D to quit")
        child.expect("qa> ")
        child.send(QUESTION + "\r")
        child.expect("51 products")
        child.expect("Source: ")
        child.expect("qa> ")
        child.send("/why\r")
        child.expect("matched:")
        child.expect("runner-up:")
        child.expect("qa> ")
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
    history = (data / "qa" / "history").read_text(encoding="utf-8")
    assert f"+{QUESTION}\n" in history
    assert "+/why\n" in history


def test_a_dumb_terminal_gets_the_chat_as_plain_text_without_one_escape_sequence(tmp_path: Path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"), "TERM": "dumb"}
    env.pop("NO_COLOR", None)
    child = pexpect.spawn(sys.executable, ["-m", "qa"], env=env, cwd=str(tmp_path), encoding="utf-8", timeout=20)
    try:
        child.expect("qa> ")
        child.send(QUESTION + "\r")
        child.expect("qa> ")
        screen = child.before
        child.send("/why\r")
        child.expect("qa> ")
        screen += child.before
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
    assert "51 products" in screen and "Why this answer" in screen and "matched:" in screen
    assert "\x1b" not in screen


def test_a_one_shot_answer_in_a_60_column_terminal_wraps_between_words(tmp_path: Path):
    question = "How much funding did Guangdong give Hechi?"
    env = {**os.environ, "HOME": str(tmp_path), "TERM": "xterm-256color", "NO_COLOR": "1"}
    env.pop("COLUMNS", None)
    child = pexpect.spawn(
        sys.executable, ["-m", "qa", "-q", question], env=env, dimensions=(30, 60), encoding="utf-8", timeout=20
    )
    screen = child.read()
    child.close()
    assert child.exitstatus == 0
    lines = screen.replace("\r", "").splitlines()
    assert len(lines) > 3 and all(len(line) <= 60 for line in lines)
    assert "Guangdong province" in " ".join(lines)  # the words the unwrapped line cut at 60 columns
