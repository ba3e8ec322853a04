"""One formatter for a problem: `file:line: entry ID: field 'name': message`, for `--check` and load errors."""

from __future__ import annotations

from qa.errors import Problem, format_problem


def test_one_formatter_for_check_and_load_errors():
    problem = Problem("is empty", file="kb.yaml", line=3, entry="parks", field="answer")
    assert format_problem(problem) == str(problem) == "kb.yaml:3: entry parks: field 'answer': is empty"
    warning = Problem("the answer does not end a sentence", file="kb.yaml", line=3, entry="a", severity="warning")
    assert format_problem(warning) == "kb.yaml:3: entry a: warning: the answer does not end a sentence"


def test_a_problem_is_shown_without_control_characters():
    """A file name's control characters are written out, not dropped: dropped, "kb…yaml" named another file."""
    problem = Problem("cannot read file", file="kb\x1b]0;X\x07\u202e.yaml")
    assert format_problem(problem) == "kb\\x1b]0;X\\x07\\u202e.yaml: cannot read file"
