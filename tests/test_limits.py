"""Limits are checked while the file is parsed: a file past one stops there, in seconds and little memory.

Each limit is met through the CLI, as an author would meet it: one `qa: error: file:line: …` line and exit 2.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from qa import loader, yaml_reader
from qa.cli import main

ENTRY = "  - {id: a, questions: [q], answer: An answer., evidence: Evidence.}\n"


def refused(capsys, path) -> str:
    """The one error line for the file (exit status 2), without the `qa: error: ` prefix."""
    assert main(["--kb", str(path), "-q", "anything"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith(f"qa: error: {path}:"), captured.err
    assert captured.err.count("\n") == 1, captured.err
    return captured.err[len("qa: error: ") :].rstrip("\n")


def write(tmp_path, text: str):
    path = tmp_path / "kb.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_too_many_entries_stops_at_the_first_one_past_the_limit(tmp_path, capsys):
    items = "1, " * (loader.MAX_ENTRIES + 5)
    message = refused(capsys, write(tmp_path, f"title: t\nentries: [{items}]\n"))
    assert f"has more than {loader.MAX_ENTRIES:,} entries; the limit is {loader.MAX_ENTRIES:,}" in message


@pytest.mark.parametrize(
    ("field", "most", "what"),
    [
        ("questions", loader.MAX_QUESTIONS_PER_ENTRY, "phrasings"),
        ("tags", loader.MAX_TAGS, "tags"),
        ("related", loader.MAX_RELATED, "related ids"),
    ],
)
def test_an_entry_list_past_its_limit_is_refused_at_its_line(tmp_path, capsys, field, most, what):
    items = ", ".join(f"w{number}" for number in range(most + 1))
    text = f"title: t\nentries:\n  - id: a\n    answer: An answer.\n    {field}: [{items}]\n"
    message = refused(capsys, write(tmp_path, text))
    assert message.startswith(f"{tmp_path / 'kb.yaml'}:5: ")
    assert f"has more than {most:,} {what}" in message


def test_a_synonym_list_past_its_limit_is_refused(tmp_path, capsys):
    variants = ", ".join(f"v{number}" for number in range(1_000_000))  # a million: refused at the 101st
    message = refused(capsys, write(tmp_path, f"title: t\nsynonyms:\n  park: [{variants}]\nentries:\n{ENTRY}"))
    assert f"has more than {loader.MAX_SYNONYM_VARIANTS} variants" in message


def test_too_many_synonyms_are_refused(tmp_path, capsys):
    words = "".join(f"  w{number}: [v]\n" for number in range(loader.MAX_SYNONYM_WORDS + 1))
    message = refused(capsys, write(tmp_path, f"title: t\nsynonyms:\n{words}entries:\n{ENTRY}"))
    assert f"has more than {loader.MAX_SYNONYM_WORDS:,} synonyms" in message


def test_a_huge_list_anywhere_else_is_refused_at_once(tmp_path, capsys):
    message = refused(capsys, write(tmp_path, "title: t\nextra: [" + "1," * 2_000_000 + "]\n" + f"entries:\n{ENTRY}"))
    assert f"has more than {yaml_reader.MAX_ITEMS:,} items" in message


def test_too_many_values_in_all_are_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(yaml_reader, "MAX_VALUES", 1_000)
    entries = ENTRY.replace("id: a", "id: a{n}")
    text = "title: t\nentries:\n" + "".join(entries.replace("{n}", str(number)) for number in range(200))
    message = refused(capsys, write(tmp_path, text))
    assert "holds more than 1,000 values; the limit is 1,000" in message


@pytest.mark.slow
def test_a_million_tiny_entries_are_refused_in_seconds_and_under_a_gigabyte(tmp_path):
    path = tmp_path / "big.yaml"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("version: 1\ntitle: t\nentries:\n")
        handle.writelines(f"- {{id: e{n}, questions: [q{n}], answer: a, evidence: e}}\n" for n in range(1_000_000))
    script = textwrap.dedent(
        f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        from qa.cli import main
        sys.exit(main(["--kb", {str(path)!r}, "-q", "x"]))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=30)
    assert result.returncode == 2, result.stderr
    assert f"has more than {loader.MAX_ENTRIES:,} entries" in result.stderr
    assert "Traceback" not in result.stderr


SYNTAX = {
    "unclosed quote": (
        'title: t\nentries:\n  - id: a\n    answer: "An answer.\n    evidence: e\n\n\n',
        4,
        "never closed",
    ),
    "unclosed list": ("title: t\nentries:\n  - id: a\n    questions: [q1, q2\n    answer: x\n", 4, "list"),
    "key without colon": ("title: t\nentries:\n  - id: a\n    questions\n    answer: x\n", 4, "no ':'"),
}


@pytest.mark.parametrize("name", SYNTAX)
def test_a_syntax_error_points_at_the_line_where_the_broken_construct_starts(tmp_path, capsys, name):
    text, line, words = SYNTAX[name]
    message = refused(capsys, write(tmp_path, text))
    assert message.startswith(f"{tmp_path / 'kb.yaml'}:{line}: YAML syntax error"), message
    assert words in message


def test_an_eval_file_may_hold_more_items_than_a_list_in_a_knowledge_base(tmp_path, capsys):
    path = tmp_path / "questions.yaml"
    path.write_text("".join(f"- {{q: question {n}, expect: null}}\n" for n in range(1_500)), encoding="utf-8")
    assert main(["--eval", str(path), "--json"]) in (0, 1)
    assert capsys.readouterr().err == ""


def test_a_long_synonym_variant_is_refused(tmp_path, capsys):
    """A synonym is a short name or word: 100 characters at most, so that the largest table allowed (2,000 words
    of 50 variants) is read in seconds, not the minutes 10,000 words of 100 long variants took."""
    variant = "word " * 25
    path = write(tmp_path, f"title: t\nsynonyms:\n  park: [{variant.strip()}]\nentries:\n{ENTRY}")
    assert main(["--kb", str(path), "-q", "parks"]) == 2
    assert f"limit is {loader.MAX_SYNONYM_CHARS}" in capsys.readouterr().err
