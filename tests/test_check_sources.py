"""`qa --check`: every problem in one run, one formatter, source files read safely and fast, no raw escapes."""

from __future__ import annotations

import json
import os
import random
import shutil
import time

import pytest

import qa.paths
from qa import check as check_module
from qa.check import SourceText, check
from qa.cli import main

FOUR = """\
version: 1
title: Four problems
entries:
  - id: parks
    questions: [How many parks are there?, number of parks, parks count]
    answer: There are 12 parks.
    evidence: There are 12 parks.
  - id: parks
    questions: [What about villages?, how many villages, village count]
    answer: There are 5 villages.
    evidence: There are four villages.
  - id: trees
    questions: [How many trees?, tree count, number of trees]
    anwser: There are many trees.
    evidence: There are many trees.
  - id: rivers
    questions: [How many rivers?, river count, number of parks]
    answer: There are 3 rivers.
    evidence: There are 3 rivers.
"""

SOURCED = """\
version: 1
title: Sourced
source:
  title: An article
  file: {name}
entries:
  - id: parks
    questions: [How many parks are there?, number of parks, parks count]
    answer: There are 12 parks.
    evidence: {evidence}
"""


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def sourced(tmp_path, name: str, evidence: str = "There are 12 parks in the city.") -> str:
    path = tmp_path / "kb.yaml"
    path.write_text(SOURCED.format(name=json.dumps(name), evidence=json.dumps(evidence)), encoding="utf-8")
    return str(path)


def test_every_kind_of_problem_is_reported_in_one_run(tmp_path, capsys):
    path = tmp_path / "four.yaml"
    path.write_text(FOUR, encoding="utf-8")
    status, out, _ = run(capsys, "--kb", str(path), "--check")
    assert status == 1
    assert f"{path}:8: entry parks: duplicate id 'parks'" in out
    assert f"{path}:10: entry parks: number 5 in the answer is not in the evidence" in out  # the duplicate's too
    assert f"{path}:14: entry trees: unknown key 'anwser'" in out
    assert f"{path}:17: entry rivers: phrasing 'number of parks' is also a phrasing of entry parks" in out


def test_the_source_line_comes_from_the_one_reading_of_the_file(tmp_path, monkeypatch):
    path = sourced(tmp_path, "missing.txt")
    reads = []
    real = check_module.parse_all.__globals__["read_text"]
    monkeypatch.setitem(check_module.parse_all.__globals__, "read_text", lambda name: reads.append(name) or real(name))
    report = check(path)
    assert reads == [path]
    assert [(problem.line, problem.severity) for problem in report.problems] == [(5, "warning")]


def _loop(tmp_path) -> str:
    os.symlink("loop-b", tmp_path / "loop-a")
    os.symlink("loop-a", tmp_path / "loop-b")
    return "loop-a"


def _fifo(tmp_path) -> str:
    os.mkfifo(tmp_path / "fifo")
    return "fifo"


def _binary(tmp_path) -> str:
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe" * 100)
    return "image.png"


def _nul(tmp_path) -> str:
    (tmp_path / "nul.txt").write_bytes(b"There are 12 parks\x00 in the city.")
    return "nul.txt"


SOURCES = {
    "a symlink loop": (_loop, "cannot be read"),
    "a name too long": (lambda tmp_path: "x" * 5000, "cannot be read"),
    "a NUL in the name": (lambda tmp_path: "a\x00b", "NUL"),
    "a FIFO": (_fifo, "not a regular file"),
    "a device": (lambda tmp_path: "/dev/zero", "not a regular file"),
    "a folder": (lambda tmp_path: ".", "not a regular file"),
    "a binary file": (_binary, "not UTF-8 text"),
    "a file with NUL bytes": (_nul, "not text"),
}


@pytest.mark.parametrize("case", SOURCES)
def test_a_source_file_that_cannot_be_used_is_one_warning(tmp_path, capsys, case):
    make, words = SOURCES[case]
    path = sourced(tmp_path, make(tmp_path))
    status, out, err = run(capsys, "--kb", path, "--check")
    assert (status, err) == (0, "")
    problem, summary = out.splitlines()
    assert problem.startswith(f"{path}:5: warning: source file ") and words in problem, problem
    assert summary.endswith("1 warning in " + path)


def test_a_source_file_over_the_limit_is_one_warning(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(check_module, "MAX_SOURCE_BYTES", 100)
    (tmp_path / "big.txt").write_text("There are 12 parks in the city. " * 10, encoding="utf-8")
    status, out, _ = run(capsys, "--kb", sourced(tmp_path, "big.txt"), "--check")
    assert status == 0 and "is too large (320 bytes; the limit is 100)" in out


ESCAPE = "\x1b]0;PWNED\x07\x1b[2J"


def test_no_escape_from_a_file_name_a_source_name_or_evidence_reaches_the_terminal(tmp_path, capsys):
    (tmp_path / f"{ESCAPE}.txt").write_text(f"There are 12 parks {ESCAPE} in all.", encoding="utf-8")
    path = sourced(tmp_path, f"{ESCAPE}.txt", f"There are 12 parks {ESCAPE} in the city.")
    named = tmp_path / f"kb{ESCAPE}.yaml"
    shutil.copy(path, named)
    status, out, err = run(capsys, "--kb", str(named), "--check")
    assert status == 1 and "it matches up to" in out
    assert "\x1b" not in out + err and "\x07" not in out + err


def test_json_escapes_bidi_and_line_separators(tmp_path, capsys):
    (tmp_path / "article.txt").write_text("Nothing here.", encoding="utf-8")
    path = sourced(tmp_path, "article\u202e.txt", "There are 12 parks \u202e\u0085\u2028 in the city.")
    status, out, _ = run(capsys, "--kb", path, "--check", "--json")
    assert status == 0
    assert not any(char in out for char in "\u202e\u0085\u2028\x1b")
    report = json.loads(out)
    assert "\u202e" in report["problems"][0]["message"]  # escaped, not lost


def test_json_names_a_file_with_an_undecodable_byte_without_a_lone_surrogate(tmp_path, capsys):
    """A byte of a file name that is not UTF-8 is kept by the OS as a lone surrogate, whose escape strict JSON
    readers refuse: the report names the file with U+FFFD, as the text output does."""
    (tmp_path / "article.txt").write_text("There are 12 parks in the city.", encoding="utf-8")
    path = sourced(tmp_path, "article.txt", "There are 12 parks in the city.")
    named = tmp_path / os.fsdecode(b"kb\xff.yaml")
    shutil.copy(path, named)
    status, out, _ = run(capsys, "--kb", str(named), "--check", "--json")
    assert status == 0
    assert "\\ud" not in out.casefold()
    assert json.loads(out)["file"].endswith("kb\ufffd.yaml")


def _installed(tmp_path, monkeypatch) -> str:
    """A copy of the bundled knowledge base where an installed qa keeps it (the article is not shipped)."""
    package = tmp_path / "site-packages" / "qa"
    package.mkdir(parents=True)
    shutil.copy(qa.paths.bundled_path(), package / "knowledge.yaml")
    monkeypatch.setattr(qa.paths, "packaged_path", lambda: str(package / "knowledge.yaml"))
    return str(package / "knowledge.yaml")


def test_an_installed_knowledge_base_gets_a_note_not_a_warning(tmp_path, monkeypatch, capsys):
    installed = _installed(tmp_path, monkeypatch)
    monkeypatch.chdir(tmp_path)
    status, out, _ = run(capsys, "--check", "--strict")
    assert status == 0, out
    lines = out.splitlines()
    assert any(": note: the source text " in line and "is not installed with qa" in line for line in lines)
    assert lines[-1].endswith("no problems, 1 note") and installed.endswith(lines[-1].split(":")[0])
    status, out, _ = run(capsys, "--check", "--strict", "--json")
    report = json.loads(out)
    assert status == 0 and (report["errors"], report["warnings"], report["notes"]) == (0, 0, 1)
    assert report["problems"][0]["severity"] == "note"


@pytest.mark.slow
def test_ten_thousand_evidences_are_checked_against_a_large_source_in_seconds():
    generator = random.Random(7)
    vocabulary = ["".join(generator.choices("abcdefghij", k=generator.randint(3, 10))) for _ in range(30_000)]
    words = generator.choices(vocabulary, k=3_000_000)
    text = " ".join(words)
    evidences = []
    for number in range(10_000):
        start = generator.randrange(len(words) - 30)
        evidence = " ".join(words[start : start + 20])
        evidences.append(evidence + ("X" if number % 100 == 0 else ""))
    began = time.perf_counter()
    source = SourceText(text, evidences)
    missing = [evidence for evidence in evidences if not source.contains(evidence)]
    assert len(missing) == 100 and all(source.matched(evidence) > 50 for evidence in missing)
    assert time.perf_counter() - began < 20


def test_the_chat_says_which_file_it_reads_and_when_it_is_the_installed_copy(tmp_path, monkeypatch):
    from qa.render import to_plain
    from qa.repl.commands import Chat, respond
    from qa.repl.render import banner_fragments

    installed = _installed(tmp_path, monkeypatch)
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    (checkout / "knowledge.yaml").write_text("edited by the user\n", encoding="utf-8")
    monkeypatch.chdir(checkout)
    kb = qa.load()
    assert kb.path == installed
    banner = to_plain(banner_fragments(kb))
    assert f"Read from {installed} (the copy installed with qa, not ./knowledge.yaml" in banner
    chat = Chat(kb)
    assert "the copy installed with qa" in to_plain(respond(chat, "/source").fragments)
    reloaded = to_plain(respond(chat, "/reload").fragments)
    assert f"from {installed} (the copy installed with qa" in reloaded


def test_the_chat_names_a_file_of_ones_own_plainly(tmp_path):
    from qa.render import to_plain
    from qa.repl.render import banner_fragments

    path = tmp_path / "mine.yaml"
    shutil.copy(qa.paths.bundled_path(), path)
    assert f"Read from {path}\n" in to_plain(banner_fragments(qa.load(path)))
