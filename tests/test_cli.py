"""The command line as shells and scripts use it: output, JSON shape, exit codes 0/1/2."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from conftest import run_qa

HEADLINE = "How many Hechi products hold Shenzhen certification?"
JSON_KEYS = {"question", "answered", "answer", "id", "score", "matched", "evidence", "suggestions"}


def test_question_prints_answer_and_source_and_exits_0():
    result = run_qa("-q", HEADLINE)
    assert result.returncode == 0
    first, source = result.stdout.splitlines()[:2]
    assert "51" in first and "32" in first
    assert source.startswith("Source:") and "2023-07-18" in source
    assert result.stderr == ""


def test_unanswerable_question_says_so_and_exits_1():
    result = run_qa("-q", "How many bridges did Shenzhen build in Hechi?")
    assert result.returncode == 1
    assert "I don't know" in result.stdout


def test_json_has_exactly_the_documented_keys():
    answered = json.loads(run_qa("-q", HEADLINE, "--json").stdout)
    refused = json.loads(run_qa("-q", "What is the capital of France?", "--json").stdout)
    assert set(answered) == set(refused) == JSON_KEYS
    assert answered["answered"] is True and answered["id"] == "certified-products"
    assert refused["answer"] is None and refused["id"] is None
    for suggestion in refused["suggestions"]:
        assert set(suggestion) == {"id", "question", "score"}


def test_batch_gives_one_result_per_line_in_order_and_exits_0():
    lines = ["industrial parks", "", "What is the capital of France?", "villages"]
    result = run_qa("--batch", "-", "--json", input="\n".join(lines) + "\n")
    assert result.returncode == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["question"] for row in rows] == lines
    assert [row["answered"] for row in rows] == [True, False, False, True]
    plain = run_qa("--batch", "-", input="\n".join(lines) + "\n")
    assert len(plain.stdout.splitlines()) == len(lines)


def test_piped_stdin_without_flags_answers_line_by_line():
    result = run_qa(input="parks\nvillages\n")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 2 and "20" in result.stdout


def test_errors_are_one_line_on_stderr_with_exit_2(tmp_path):
    missing = run_qa("--kb", str(tmp_path / "nope.yaml"), "-q", "x")
    bad_threshold = run_qa("--threshold", "200", "-q", "x")
    bad_batch = run_qa("--batch", str(tmp_path / "none.txt"))
    for result in (missing, bad_threshold, bad_batch):
        assert result.returncode == 2
        assert result.stdout == ""
        assert result.stderr.startswith("qa: error:") and result.stderr.count("\n") == 1
        assert "Traceback" not in result.stderr


def test_threshold_flag_changes_the_decision():
    assert run_qa("-q", "What is the area of Hechi?").returncode == 1
    assert run_qa("-q", "What is the area of Hechi?", "--threshold", "0").returncode == 0


def test_version_and_help_with_examples():
    assert run_qa("--version").stdout.startswith("qa ")
    help_text = run_qa("--help").stdout
    assert "examples:" in help_text and "--batch" in help_text and "exit status" in help_text


def test_no_colour_when_not_a_terminal():
    result = run_qa("-q", HEADLINE, env={"NO_COLOR": ""})
    assert "\x1b[" not in result.stdout


def test_one_shot_path_does_not_import_prompt_toolkit():
    done = run_qa("-q", "parks", env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert done.returncode == 0
    assert "qa.cli" in done.stderr  # the import-time report ran
    assert "prompt_toolkit" not in done.stderr


def test_the_same_question_gets_the_same_answer_in_every_run():
    """Scripts rely on stable output: nothing may depend on the order of a set, which Python changes from
    run to run (PYTHONHASHSEED). Misspelt questions exercise the speller, where ties are most likely."""
    items = yaml.safe_load((Path(__file__).parent / "data" / "eval.yaml").read_text(encoding="utf-8"))
    questions = [item["q"] for item in items]
    misspelt = [" ".join(word[:2] + word[3:] if len(word) > 4 else word for word in q.split()) for q in questions]
    batch = "\n".join(questions + misspelt + ["publsh date of ths story", "whn did it strt"]) + "\n"
    outputs = {
        run_qa("--batch", "-", "--json", input=batch, env={"PYTHONHASHSEED": seed, "QA_NO_CACHE": "1"}).stdout
        for seed in ("0", "1", "5", "7")
    }
    assert len(outputs) == 1


def test_a_confidence_lowered_by_close_entries_says_so_beside_their_match_scores():
    """The answer's score is a confidence, the suggestions' are match scores: when close entries lowered the
    confidence, the output gives the comparable number so a suggestion scoring above it is no puzzle."""
    from qa.answer import Answer, Explanation, Suggestion
    from qa.model import Source
    from qa.render import answer_fragments, to_plain

    close = (Suggestion("other", "Another question?", 74.0),)
    why = Explanation(best_entry="best", best_score=75.0, threshold=63.0)
    refused = Answer("q", False, None, None, 59.0, None, None, close, why)
    said = to_plain(answer_fragments(refused, Source()))
    assert "(Two or more entries fit this about equally well, so I will not pick one.)" in said
    assert "confidence" not in said and "59" not in said  # the figures are for /why and --json
    weak = Answer(
        "q", False, None, None, 40.0, None, None, (), Explanation(best_entry="best", best_score=40.0, threshold=63.0)
    )
    assert "(Nothing in the knowledge base matches this well enough.)" in to_plain(answer_fragments(weak, Source()))
    answered = Answer("q", True, "An answer.", "best", 64.0, "q", "Evidence.", close, why)
    assert "Close behind (match scores; this answer's match is 75):" in to_plain(answer_fragments(answered, Source()))
    sure = Answer("q", True, "An answer.", "best", 75.0, "q", "Evidence.", (), why)
    assert "match" not in to_plain(answer_fragments(sure, Source()))
