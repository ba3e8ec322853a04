"""`qa --eval`: the figures an author tunes by, the gate CI relies on, and a safe, strict reader."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from qa.cli import main
from qa.evaluate import Item, Outcome, best_threshold, plateau, read_items, record, sweep
from qa.knowledge_base import load

ROOT = Path(__file__).resolve().parent.parent
CLEAN = "tests/data/planted/clean.yaml"

# Against clean.yaml: three in-scope questions (one labelled with the wrong entry on purpose) and two
# out-of-scope ones (one is word for word a phrasing, so it gets answered): accuracy 2/3, refusal rate 1/2.
LABELLED = """\
- {q: "How many industrial parks did Shenzhen help build in Hechi?", expect: industrial-parks}
- {q: "How many villages were removed from the poverty list?", expect: villages-removed}
- {q: "How many labor training sessions were conducted?", expect: industrial-parks}
- {q: "Zyxw qwerty plonk?", expect: null}
- {q: "labor training sessions", expect: ~}
"""


def qa(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "qa", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.fixture
def labelled(tmp_path: Path) -> str:
    path = tmp_path / "labelled.yaml"
    path.write_text(LABELLED, encoding="utf-8")
    return str(path)


def evaluate(path: str, *options: str) -> subprocess.CompletedProcess:
    return qa("--kb", CLEAN, "--eval", path, *options)


# -- the report ---------------------------------------------------------------------------------------------


def test_prints_accuracy_refusal_rate_counts_and_confusions(labelled):
    result = evaluate(labelled)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "2/3 answered with the expected entry" in out
    assert "accuracy 66.7%" in out
    assert "1/2 refused" in out
    assert "refusal rate 50.0%" in out
    assert (
        f"{labelled}:3: 'How many labor training sessions were conducted?' → industrial-parks → training-sessions ("
        in out
    )
    assert f"{labelled}:5: 'labor training sessions' → (refuse) → training-sessions (" in out
    assert "confusions (2)" in out
    assert "best threshold on this file:" in out


def test_json_is_one_object_with_the_figures(labelled):
    report = json.loads(evaluate(labelled, "--json").stdout)
    assert {
        "file",
        "questions",
        "threshold",
        "in_scope",
        "correct",
        "wrongly_refused",
        "accuracy",
        "out_of_scope",
        "refused",
        "refusal_rate",
        "confusions",
        "best_threshold",
        "best_threshold_range",
        "best_accuracy",
        "best_refusal_rate",
        "min_accuracy",
        "passed",
    } == report.keys()
    assert (report["in_scope"], report["correct"], report["out_of_scope"], report["refused"]) == (3, 2, 2, 1)
    assert report["accuracy"] == pytest.approx(2 / 3)
    assert report["refusal_rate"] == pytest.approx(0.5)
    assert [(c["line"], c["expected"], c["got"]) for c in report["confusions"]] == [
        (3, "industrial-parks", "training-sessions"),
        (5, None, "training-sessions"),
    ]


def test_threshold_option_is_used(labelled):
    report = json.loads(evaluate(labelled, "--json", "--threshold", "100.0").stdout)
    assert report["threshold"] == 100.0


# -- --min-accuracy -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minimum", "status"),
    [("0.5", 0), ("50", 0), ("0.6", 1), ("60", 1), ("1", 1), ("0", 0)],
)
def test_min_accuracy_fails_when_either_rate_is_below_it(labelled, minimum, status):
    # accuracy is 66.7 % and refusal rate 50 %: anything above 50 % must fail, on either scale
    assert evaluate(labelled, "--min-accuracy", minimum).returncode == status


def test_a_failed_minimum_says_which_rate_fell_below_it(labelled):
    """ "FAIL: minimum 60.0% for accuracy and refusal rate" did not say which: here the refusal rate (50 %)."""
    last = evaluate(labelled, "--min-accuracy", "0.6").stdout.splitlines()[-1]
    assert last.startswith("FAIL (refusal rate 50.0% below it)") and "accuracy 66" not in last


def test_the_verdict_shows_the_minimum_as_given():
    """ "--min-accuracy 50.04" failed a rate of 50.0% and said "minimum 50.0%", contradicting itself; "-0" said
    "minimum -0.0%" (the fourth attack)."""
    from qa.evaluate import as_given

    assert as_given(0.5004) == "50.04%" and as_given(-0.0) == "0%" and as_given(0.6) == "60%"


def test_min_accuracy_out_of_range_is_an_error(labelled):
    result = evaluate(labelled, "--min-accuracy", "150")
    assert result.returncode == 2
    assert result.stderr.startswith("qa: error: --min-accuracy")


# -- reading the file safely ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("q: not a list\n", "must be a non-empty list"),
        ("[]\n", "must be a non-empty list"),
        ("- {q: fine, expect: null}\n- {q: missing expect}\n", ":2: item 2: missing 'expect'"),
        ("- {q: fine, expect: null}\n- {q: 2016, expect: null}\n", ":2: item 2: q must be the question's text"),
        ("- {q: fine, expect: no-such-entry}\n", ":1: item 1: expect 'no-such-entry' is not an entry"),
        ("- {q: fine, expect: null, note: x}\n", ":1: item 1: unknown key 'note'"),
        ("- {q: fine, expect: [a, b]}\n", ":1: item 1: expect must be an entry id"),
        ("- just a string\n", ":1: item 1: must be a mapping"),
        ("- {q: [unclosed\n", "YAML syntax error"),
        # a label is text: not a list, nor a null counted as the kind "null"
        ("- {q: fine, expect: null, kind: [x]}\n", ":1: item 1: kind must be text, such as 'followup'"),
        ("- {q: fine, expect: null, kind: null}\n", ":1: item 1: kind must be text"),
        ("- !!python/object:os.system {q: fine, expect: null}\n", ":1: item 1: YAML tags are not allowed"),
        # from an attack: a tagged expect was read as its text, a key that is a list as "unknown key None"
        ("- {q: fine, expect: !!python/object:os.system parks}\n", ":1: item 1: expect must be an entry id"),
        ("- {q: fine, expect: null, ? [a, b] : c}\n", ":1: item 1: a key must be text; an item has q, expect"),
        ("- name: [x]\n  turns:\n    - {say: hi, expect: smalltalk}\n", ":1: dialogue 1: name must be text"),
    ],
)
def test_a_malformed_file_is_one_error_line_naming_file_and_item(tmp_path, text, says):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    result = evaluate(str(path))
    assert result.returncode == 2
    assert result.stderr.startswith(f"qa: error: {path}")
    assert says in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_yaml_tags_are_never_constructed(tmp_path):
    marker = tmp_path / "constructed"
    path = tmp_path / "evil.yaml"
    path.write_text(f'- {{q: !!python/object/apply:os.system ["touch {marker}"], expect: null}}\n', encoding="utf-8")
    result = evaluate(str(path))
    assert result.returncode == 2
    assert not marker.exists()


def test_a_dash_reads_the_labelled_questions_from_standard_input(monkeypatch, capsys):
    """ "… | qa --eval -", as "--batch -" reads its questions."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(LABELLED.encode("utf-8"))))
    status = main(["--kb", str(ROOT / CLEAN), "--eval", "-"])
    out = capsys.readouterr().out
    assert status == 0
    assert out.startswith("standard input: 5 questions")
    assert "2/3 answered with the expected entry" in out


def test_a_missing_file_is_an_error(tmp_path):
    result = evaluate(str(tmp_path / "nowhere.yaml"))
    assert (result.returncode, result.stderr.count("\n")) == (2, 1)
    assert "no such file" in result.stderr


# -- the threshold sweep --------------------------------------------------------------------------------------


def outcome(expect: str | None, top: str | None, score: float) -> Outcome:
    return Outcome(Item("a question", expect, 1), top, score)


# in scope answered right at 80 and 70; out of scope matched at 60 and 40: anything above 60 up to 70 is perfect
SWEPT = [outcome("a", "a", 80.0), outcome("b", "b", 70.0), outcome(None, "a", 60.0), outcome(None, "b", 40.0)]


def test_best_threshold_is_the_nearest_perfect_one_to_the_current():
    candidates = sweep(SWEPT)
    best = best_threshold(candidates, current=50.0)
    assert (best.threshold, best.accuracy, best.refusal_rate) == (60.1, 1.0, 1.0)
    assert best_threshold(candidates, current=65.0).threshold == 65.0  # already optimal: keep it
    assert best_threshold(candidates, current=90.0).threshold == 70.0
    assert plateau(candidates, best) == (60.1, 70.0)


def test_best_threshold_balances_accuracy_against_refusals():
    # cutting above 60 refuses the out-of-scope question but also the in-scope one at 55: 2 of 3 right either
    # way, yet the mean of the two rates prefers cutting, (0.5 + 1) / 2 over (1 + 0) / 2
    outcomes = [outcome("a", "a", 90.0), outcome("b", "b", 55.0), outcome(None, "a", 60.0)]
    best = best_threshold(sweep(outcomes), current=50.0)
    assert best.threshold == 60.1
    assert (best.accuracy, best.refusal_rate) == (0.5, 1.0)


def test_one_pass_gives_the_same_answers_as_asking_at_each_threshold():
    kb = load()
    items = read_items(str(ROOT / "tests/data/eval.yaml"), {entry.id for entry in kb.entries})[:80]
    outcomes = record(kb, items)
    for threshold in (0.0, 40.0, kb.threshold, 80.0):
        for result in outcomes:
            assert result.got(threshold) == kb.ask(result.item.question, threshold=threshold).entry_id


def test_the_sweep_gives_what_each_threshold_gives_alone(kb):
    """The sweep reads the scores sorted once (20,000 labelled questions took 40 s when each of the 1,001
    thresholds asked them all again); its figures are those of `rates` at every threshold."""
    from qa.evaluate import SWEEP_STEPS, rates, read_items, record, sweep

    labelled = str(Path(__file__).parent / "data" / "natural-k.yaml")
    outcomes = record(kb, read_items(labelled, {entry.id for entry in kb.entries}))
    assert sweep(outcomes) == [rates(outcomes, step * 100 / SWEEP_STEPS) for step in range(SWEEP_STEPS + 1)]


def test_one_question_is_not_questions(tmp_path, kb):
    from qa import evaluate

    path = tmp_path / "one.yaml"
    path.write_text("- {q: parks, expect: industrial-parks}\n")
    assert ": 1 question at threshold" in evaluate.report_text(evaluate.evaluate(kb, str(path)), None)
