"""`qa --eval` on labelled dialogues: the format, the report, and the floors our own dialogues must hold."""

import json
from pathlib import Path

import pytest

import qa
from qa import dialogues

DIALOGUES = Path(__file__).parent / "data" / "dialogues.yaml"
# floors a little under today's figures: a change that loses turns of a kind fails here
FLOORS = {
    "all": 0.9,
    "smalltalk": 0.95,
    "chatty": 0.9,
    "compound": 0.9,
    "followup": 0.83,
    "clarify": 0.85,
    "plain": 0.9,
}


@pytest.fixture(scope="module")
def report():
    return dialogues.evaluate(qa.load(), str(DIALOGUES))


def _below(report, floors: dict[str, float]) -> list[str]:
    """The kinds (and "all") whose share of right turns is under its floor."""
    shares = {kind: right / turns for kind, (turns, right) in report.kinds.items()} | {"all": report.rate}
    return [kind for kind, floor in floors.items() if shares[kind] < floor]


def test_our_labelled_dialogues_hold_their_floors(report):
    assert report.turns >= 500 and report.dialogues >= 120
    assert _below(report, FLOORS) == []


# sets measured once as a session's fresh set (91.6 %, 90.5 %, 91.5 %, 91.6 %, 90.6 %, 94.0 %, 90.6 %, 86.6 %,
# 85.6 %, 91.5 %, 88.6 %, 86.3 %, 88.7 %, 91.1 %, 88.7 %, 87.8 %, 93.6 %, 90.5 % and 84.7 % of about 200 turns;
# docs/accuracy.md), since kept
FRESH_FLOORS = {
    "dialogues-b.yaml": {"all": 0.88, "smalltalk": 0.95, "followup": 0.8, "plain": 0.95},
    "dialogues-c.yaml": {"all": 0.87, "smalltalk": 0.95, "followup": 0.78, "plain": 0.93},
    "dialogues-d.yaml": {"all": 0.89, "smalltalk": 0.95, "followup": 0.8, "plain": 0.9},
    "dialogues-e.yaml": {"all": 0.89, "smalltalk": 0.94, "followup": 0.77, "plain": 0.95},
    "dialogues-f.yaml": {"all": 0.88, "smalltalk": 0.94, "followup": 0.85, "plain": 0.9},
    "dialogues-g.yaml": {"all": 0.92, "smalltalk": 0.95, "followup": 0.85, "plain": 0.95},
    "dialogues-h.yaml": {"all": 0.89, "smalltalk": 0.94, "followup": 0.85, "plain": 0.95},
    "dialogues-i.yaml": {"all": 0.85, "smalltalk": 0.94, "followup": 0.85, "plain": 0.9},
    "dialogues-j.yaml": {"all": 0.83, "smalltalk": 0.88, "followup": 0.85, "plain": 0.93},
    "dialogues-k.yaml": {"all": 0.89, "smalltalk": 0.94, "followup": 0.9, "plain": 0.93},
    "dialogues-l.yaml": {"all": 0.86, "smalltalk": 0.97, "followup": 0.85, "plain": 0.93},
    "dialogues-m.yaml": {"all": 0.84, "smalltalk": 0.85, "followup": 0.78, "plain": 0.95},
    "dialogues-n.yaml": {"all": 0.86, "smalltalk": 0.94, "followup": 0.82, "plain": 0.9},
    "dialogues-o.yaml": {"all": 0.89, "smalltalk": 0.94, "followup": 0.82, "plain": 0.95},
    "dialogues-p.yaml": {"all": 0.86, "smalltalk": 0.91, "followup": 0.85, "plain": 0.95},
    "dialogues-q.yaml": {"all": 0.85, "smalltalk": 0.88, "followup": 0.73, "plain": 0.93},
    "dialogues-r.yaml": {"all": 0.91, "smalltalk": 0.95, "followup": 0.85, "plain": 0.95},
    "dialogues-s.yaml": {"all": 0.88, "smalltalk": 0.92, "followup": 0.81, "plain": 0.93},
    "dialogues-t.yaml": {"all": 0.82, "smalltalk": 0.91, "followup": 0.72, "plain": 0.93},
}


@pytest.mark.parametrize("name", sorted(FRESH_FLOORS))
def test_the_dialogues_measured_once_hold_their_floors(name):
    fresh = dialogues.evaluate(qa.load(), str(DIALOGUES.with_name(name)))
    assert fresh.turns >= 200 and _below(fresh, FRESH_FLOORS[name]) == []


def test_eval_reads_a_dialogue_file_and_reports_per_kind_and_per_dialogue(cli, tmp_path):
    path = tmp_path / "d.yaml"
    path.write_text(
        "- name: villages\n  turns:\n"
        '    - {say: "hi", expect: smalltalk, kind: smalltalk}\n'
        '    - {say: "How many villages were taken off the poverty list?",'
        " expect: villages-removed-from-poverty-list}\n"
        '    - {say: "and how many people?", expect: people-lifted-out-of-poverty, kind: followup}\n'
        '    - {say: "how many parks and how many hospitals were built?", expect: [industrial-parks, null]}\n'
        '    - {say: "how many people?", expect: clarify}\n',
        encoding="utf-8",
    )
    ran = cli("--eval", str(path), "--json")
    shown = json.loads(ran.stdout)
    assert ran.returncode == 0 and shown["turns"] == 5 and shown["right"] == 5 and shown["dialogues_right"] == 1
    assert shown["kinds"]["followup"] == {"turns": 1, "right": 1, "rate": 1.0}


def test_a_malformed_dialogue_file_names_the_turn(cli, tmp_path):
    path = tmp_path / "d.yaml"
    path.write_text('- name: x\n  turns:\n    - {say: "hi", expect: no-such-entry}\n', encoding="utf-8")
    ran = cli("--eval", str(path))
    assert ran.returncode == 2 and "d.yaml:3: dialogue 1: turn 1: expect must be" in ran.stderr


def test_a_one_id_list_says_that_a_list_is_for_compound_questions(tmp_path):
    """`expect: [an-id]` was refused as "(got '')", which hides what is wrong with it."""
    path = tmp_path / "d.yaml"
    path.write_text('- name: x\n  turns:\n    - {say: "hi", expect: [industrial-parks]}\n', encoding="utf-8")
    with pytest.raises(dialogues.EvalFileError) as caught:
        dialogues.read_dialogues(str(path), {"industrial-parks"})
    assert "d.yaml:3" in str(caught.value) and "two or more (got 1)" in str(caught.value)


def test_a_misspelt_id_in_expect_gets_the_closest_id(tmp_path):
    """`--check` suggests the closest id for a related id; `--eval` said only that the id was no entry."""
    path = tmp_path / "d.yaml"
    path.write_text('- name: x\n  turns:\n    - {say: "hi", expect: industrial-park}\n', encoding="utf-8")
    with pytest.raises(dialogues.EvalFileError) as caught:
        dialogues.read_dialogues(str(path), {"industrial-parks", "people-trained"})
    assert "(did you mean 'industrial-parks'?)" in str(caught.value)
    from qa import evaluate

    path.write_text("- {q: hours, expect: industrial-park}\n", encoding="utf-8")
    with pytest.raises(evaluate.EvalFileError) as caught:
        evaluate.read_items(str(path), {"industrial-parks", "people-trained"})
    assert "(did you mean 'industrial-parks'?)" in str(caught.value)


def test_a_wrong_turn_is_shown_as_the_file_labels_it(cli, tmp_path):
    """The report said "→ None" (Python's word) for a turn labelled null; it says what the file says."""
    path = tmp_path / "d.yaml"
    path.write_text(
        "- name: wrong on purpose\n  turns:\n"
        '    - {say: "How many industrial parks are there?", expect: null}\n'
        '    - {say: "How many parks and how many villages?", expect: [null, null]}\n',
        encoding="utf-8",
    )
    shown = cli("--eval", str(path)).stdout
    assert "→ null, got industrial-parks" in shown and "→ [null, null], got [" in shown
    assert "None" not in shown


def test_a_wrong_turn_shows_its_control_characters_escaped(cli, tmp_path):
    """From an attack: the dialogue report showed "parks\\x1b[2J now" as 'parks     now' (the characters cleaned
    to blanks) where the question report escapes them: the line shown is not the line in the file."""
    path = tmp_path / "d.yaml"
    path.write_text(
        '- name: evil\n  turns:\n    - {say: "parks\\x1b[2J now", expect: villages-removed-from-poverty-list}\n',
        encoding="utf-8",
    )
    shown = cli("--eval", str(path)).stdout
    assert "'parks\\x1b[2J now'" in shown and "\x1b" not in shown
