"""Hostile questions, through the real CLI (issue 5).

Every question is answered or refused normally (exit 0 or 1, nothing on stderr), `--batch` gives exactly one
result per input line, and no control sequence from a question or a knowledge base reaches the output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import run_qa_bytes as run_qa

TIMEOUT = 20

# Everything str.splitlines() treats as a line break besides \n and \r: a batch must not split on them.
SPLITLINES_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
UNSAFE_OUTPUT = ["\x1b", "\x9b", "\x07", "\x00", "\x08", "\x7f", "\u202e", "\u2066"]


def assert_clean(result: subprocess.CompletedProcess, *, statuses=(0, 1)) -> str:
    out = result.stdout.decode("utf-8")  # strict: output is always valid UTF-8
    assert result.returncode in statuses, result.stderr
    assert result.stderr == b""
    for character in UNSAFE_OUTPUT:
        assert character not in out, f"{character!r} reached stdout"
    return out


HOSTILE = {
    "empty": b"",
    "spaces": b"   ",
    "tabs and spaces": b" \t \t ",
    "a megabyte": b"how much funding " + b"x" * 1_000_000,
    "a megabyte of words": b"how many villages " * 60_000,
    "NUL and controls": b"how much \x00funding\x01\x02\x07\x08\x7f",
    "C1 controls": "how much funding \x85\x9b31m\x90\x9c".encode(),
    "ANSI colour": b"\x1b[31mhow much funding\x1b[0m",
    "ANSI clear screen and title": b"\x1b[2J\x1b[H\x1b]0;pwned\x07how many villages",
    "ANSI cursor games": b"\x1b[1A\x1b[2K\x1b[999D\x1b7\x1b8 industrial parks",
    "lone escape": b"\x1b",
    "emoji": "\U0001f600 how much funding \U0001f4b0\U0001f1e8\U0001f1f3".encode(),
    "zwj emoji": "\U0001f468\u200d\U0001f469\u200d\U0001f467 villages".encode(),
    "CJK": "河池有多少个村庄脱贫？".encode(),
    "CJK mixed": "how many 村庄 villages".encode(),
    "RTL Arabic": "كم عدد القرى التي خرجت من الفقر؟".encode(),
    "RTL Hebrew": "כמה כפרים".encode(),
    "bidi override": "how much \u202efunding\u202c \u2066x\u2069".encode(),
    "combining marks": "h\u0301o\u0302w m\u0303uch fu\u0308nding".encode(),
    "fullwidth": "ｈｏｗ　ｍｕｃｈ　ｆｕｎｄｉｎｇ".encode(),
    "invalid UTF-8": b"how much \xff\xfe funding \xc3(",
    "overlong and surrogate bytes": b"\xc0\xaf\xed\xa0\x80 villages",
    "only punctuation": b"?!?!...,,,;;;",
    "only digits": b"1234567890 " * 50,
    "very long word": b"a" * 5000,
    "line separators": "how much\u2028funding\u2029now\x85".encode(),
}


@pytest.fixture(scope="module")
def hostile_batch():
    """All hostile lines in one `--batch -` run (plain and JSON), to keep the file fast."""
    lines = list(HOSTILE.values())
    data = b"\n".join(lines) + b"\n"
    return lines, run_qa("--batch", "-", stdin=data), run_qa("--batch", "-", "--json", stdin=data)


def test_batch_gives_one_result_per_hostile_line(hostile_batch):
    lines, plain, as_json = hostile_batch
    out = assert_clean(plain, statuses=(0,))
    assert out.count("\n") == len(lines)
    assert len(out.splitlines()) == len(lines)  # nothing in an answer splits a line, even for splitlines()
    out = assert_clean(as_json, statuses=(0,))
    rows = out.splitlines()
    assert len(rows) == len(lines) == out.count("\n")
    for raw, row in zip(lines, rows, strict=True):
        record = json.loads(row)
        assert record["question"] == raw.decode("utf-8", "replace")
        assert 0.0 <= record["score"] <= 100.0
        assert isinstance(record["answered"], bool)


def test_batch_answers_what_it_knows_despite_the_noise(hostile_batch):
    as_json = hostile_batch[2]
    records = dict(zip(HOSTILE, map(json.loads, as_json.stdout.decode().splitlines()), strict=True))
    assert records["emoji"]["id"] == "financial-support"
    assert records["line separators"]["id"] == "financial-support"
    assert records["NUL and controls"]["id"] == "financial-support"
    for name in ("empty", "spaces", "only punctuation", "lone escape"):
        assert records[name]["answered"] is False, name


@pytest.mark.parametrize("name", [name for name, raw in HOSTILE.items() if b"\x00" not in raw])
def test_one_question_on_the_command_line(name):
    """`-q` takes the same text from argv (NUL cannot be passed there; invalid UTF-8 can); one that asks nothing
    (empty, blanks) is a one-line usage error."""
    raw = HOSTILE[name][:100_000]  # one argument may not be much longer (Linux: 128 KiB)
    question = os.fsdecode(raw)
    if not question.strip():
        result = run_qa("-q", question)
        assert result.returncode == 2 and result.stdout == b""
        assert result.stderr.startswith(b"qa: error: -q needs a question") and result.stderr.count(b"\n") == 1
        return
    assert_clean(run_qa("-q", question))
    result = run_qa("-q", question, "--json")
    record = json.loads(assert_clean(result))
    assert record["question"] == raw.decode("utf-8", "replace")


@pytest.mark.parametrize(
    "ending",
    [b"\n", b"\r\n", b"\r\r\n"],
    ids=["LF", "CRLF", "CR-CRLF"],
)
@pytest.mark.parametrize("last_newline", [True, False], ids=["final-newline", "no-final-newline"])
def test_batch_alignment_with_line_endings(ending, last_newline):
    lines = [b"how much funding", b"", b"villages", b"   ", b"industrial parks"]
    data = ending.join(lines) + (ending if last_newline else b"")
    for extra in ((), ("--json",)):
        out = assert_clean(run_qa("--batch", "-", *extra, stdin=data), statuses=(0,))
        assert out.count("\n") == len(lines)
        assert "\r" not in out
        if extra:
            assert [json.loads(row)["question"] for row in out.splitlines()] == [x.decode() for x in lines]


def test_batch_splits_on_newline_only():
    """Characters str.splitlines() would break on are part of the line, not line ends."""
    lines = [f"how much{char}funding".encode() for char in SPLITLINES_BREAKS] + [b"a\rb", b"x\r y"]
    data = b"\n".join(lines) + b"\n"
    out = assert_clean(run_qa("--batch", "-", "--json", stdin=data), statuses=(0,))
    rows = out.splitlines()
    assert len(rows) == len(lines) == out.count("\n")
    assert [json.loads(row)["question"] for row in rows] == [line.decode() for line in lines]
    plain = assert_clean(run_qa("--batch", "-", stdin=data), statuses=(0,))
    assert len(plain.splitlines()) == len(lines) == plain.count("\n")


def test_batch_from_a_file_with_every_byte(tmp_path):
    """Every byte value but \\n, a line each: 255 results."""
    path = tmp_path / "bytes.txt"
    lines = [b"how much funding " + bytes([value]) * 3 for value in range(256) if value != 0x0A]
    path.write_bytes(b"\n".join(lines))
    out = assert_clean(run_qa("--batch", str(path), "--json"), statuses=(0,))
    assert len(out.splitlines()) == len(lines) == out.count("\n")


def test_empty_batch_prints_nothing():
    assert assert_clean(run_qa("--batch", "-"), statuses=(0,)) == ""


def test_batch_file_that_is_missing_or_a_folder(tmp_path):
    for name in (tmp_path / "missing.txt", tmp_path):
        result = run_qa("--batch", str(name))
        assert result.returncode == 2
        assert result.stderr.startswith(b"qa: error: ") and result.stderr.count(b"\n") == 1
        assert b"Traceback" not in result.stderr


# -- a knowledge base's own text must not carry control sequences to the terminal ----------------------

NASTY_KB = """\
version: 1
title: "Nasty \\e[2J title"
source: {publisher: "Evil \\e]0;pwned\\a Corp", published: "2023"}
entries:
  - id: parks
    questions: ["How many industrial \\e[31mparks\\e[0m are there?", number of industrial parks, parks built]
    answer: "There are 20 \\e[1;31mparks\\e[0m.\\x9b2J\\u2028Second\\u2029third \\u202Eesrever\\x85 end\\r\\n\\ttab."
    evidence: "Shenzhen built \\e[5m20\\e[0m parks\\a\\b\\0."
  - id: villages
    questions: ["How many villages \\e[8mhidden\\e[0m left poverty?", villages removed, poverty villages]
    answer: "817 villages \\e]8;;http://evil\\e\\\\link\\e]8;;\\e\\\\ left."
    evidence: "817 villages were removed."
"""


@pytest.fixture(scope="module")
def nasty_kb(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("nasty") / "nasty.yaml"
    path.write_text(NASTY_KB, encoding="utf-8")
    return path


@pytest.mark.parametrize("question", ["How many industrial parks are there?", "villages left poverty", "parks"])
def test_knowledge_base_text_is_cleaned_for_the_terminal(nasty_kb, question):
    out = assert_clean(run_qa("--kb", str(nasty_kb), "-q", question))
    assert "\u2028" not in out and "\u2029" not in out and "\x85" not in out
    assert "parks" in out or "villages" in out


def test_knowledge_base_text_in_a_batch_stays_one_line(nasty_kb):
    questions = [b"How many industrial parks are there?", b"villages left poverty", b"parks", b"zzz"]
    out = assert_clean(run_qa("--kb", str(nasty_kb), "--batch", "-", stdin=b"\n".join(questions)), statuses=(0,))
    assert len(out.splitlines()) == len(questions) == out.count("\n")
    assert "There are 20 parks." in out
    as_json = assert_clean(run_qa("--kb", str(nasty_kb), "--batch", "-", "--json", stdin=b"\n".join(questions)))
    rows = as_json.splitlines()
    assert len(rows) == len(questions)
    assert json.loads(rows[0])["answer"].startswith("There are 20 \x1b[1;31mparks")  # the data itself is kept


def test_colour_on_a_terminal_is_only_our_own(nasty_kb):
    """On a real terminal qa adds its colours; the knowledge base's escape sequences are still gone."""
    pexpect = pytest.importorskip("pexpect")
    env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    env["TERM"] = "xterm-256color"
    child = pexpect.spawn(
        sys.executable, ["-m", "qa", "--kb", str(nasty_kb), "-q", "How many industrial parks"], env=env, timeout=TIMEOUT
    )
    output = child.read().decode("utf-8")
    child.close()
    assert child.exitstatus == 0
    assert "There are 20 parks." in output
    for smuggled in ("\x1b[2J", "\x1b[1;31m", "\x1b[5m", "\x1b]", "\x9b", "\u202e", "\x07"):
        assert smuggled not in output


@pytest.mark.parametrize("threshold", [float("nan"), -5, 500, True, "60"])
def test_a_threshold_that_is_no_score_is_an_error_not_silence(kb, threshold):
    """NaN refused everything and 500 did too, without a word (found by a hostile-input helper)."""
    with pytest.raises(ValueError, match="threshold must be a number from 0 to 100"):
        kb.ask("parks", threshold=threshold)
    with pytest.raises(ValueError, match="threshold must be a number from 0 to 100"):
        kb.conversation(threshold=threshold)


def test_a_question_that_is_no_text_says_so(kb):
    """`kb.ask(None)` raised "'NoneType' object is not subscriptable"; `kb.ask(b"parks")` a message that read
    backwards."""
    for question in (None, b"parks", 42):
        with pytest.raises(TypeError, match="a question is a str, not"):
            kb.ask(question)
        with pytest.raises(TypeError, match="a question is a str, not"):
            kb.conversation().ask(question)


def test_an_8_bit_escape_sequence_is_taken_out_whole(kb):
    """ "\\x9b2J" is the 8-bit form of "ESC [2J" (clear the screen): only the "\\x9b" was dropped, and "2J"
    stuck to the next word ("2Jvillages", refused)."""
    from qa.display import clean
    from qa.text import strip_escapes

    assert strip_escapes("\x9b2Jvillages") == "villages"
    assert strip_escapes("\x9d0;title\x07rest") == "rest"
    assert kb.ask("\x9b2Jvillages").entry_id == "villages-removed-from-poverty-list"
    # a carriage return or a line separator between words keeps them apart
    assert clean("Each card\rborrows 12\u2028items\x85at once") == "Each card borrows 12 items at once"


def test_a_question_past_the_reading_limit_is_cut_where_a_word_ends(kb):
    """Reading stops at `Limits.question_chars`; a word cut in two there ("pa" of "parks") is no word the
    question said, so it is dropped, not reported as a word the knowledge base never mentions."""
    from qa.text import cut_at_word
    from qa.tuning import LIMITS

    long = "parks " * (LIMITS.question_chars // 6 + 10)
    answer = kb.ask(long)
    assert answer.entry_id == "industrial-parks" and "pa" not in answer.why.unknown
    assert cut_at_word("how many parks", 11) == "how many "
    assert cut_at_word("Hechi河池河池", 7) == "Hechi河池"  # one word longer than the limit: cut as it is


def test_a_batch_with_no_end_of_line_stops_with_an_error(capsys):
    """/dev/zero never ends a line: past 64 MiB of one line the input is no text, and qa says so (status 2)
    rather than skip for ever."""
    from qa.cli import main

    assert main(["--batch", "/dev/zero"]) == 2
    assert capsys.readouterr().err == "qa: error: /dev/zero: line 1 is longer than 64 MiB\n"


def test_a_file_name_with_an_escape_sequence_is_shown_escaped(tmp_path, capsys):
    """ "evil\\x1b]0;pwn\\x07.txt" shown as "evil.txt" would name another file: the sequence is written out."""
    from qa.check import Report, summary
    from qa.cli import main

    name = str(tmp_path / "evil\x1b]0;pwn\x07.txt")
    assert main(["--batch", name]) == 2
    assert "evil\\x1b]0;pwn\\x07.txt: no such file" in capsys.readouterr().err
    assert summary(Report(name, ())).endswith("evil\\x1b]0;pwn\\x07.txt: no problems")
