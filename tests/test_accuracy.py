"""Accuracy on our labelled questions (tests/data/*.yaml: {q, expect}; expect null = must refuse).

Each set was written by someone who never saw the knowledge base's phrasings or the matcher (eval, heldout,
blind, final, traps-a, traps-b, in that order); all six have since been used to develop the matcher, so README
also reports sets measured once. eval.yaml, the development set, must stay at 95 % on both counts; the others hold their
measured figures less a small margin, so a change that makes the assistant worse fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).parent / "data"
FLOORS = {  # (in-scope accuracy, out-of-scope refusal) at the default threshold
    "eval.yaml": (0.95, 0.95),  # the development set: the bar
    "heldout.yaml": (0.93, 0.95),  # the rest: measured, less 2-3 points
    "blind.yaml": (0.87, 0.96),
    "final.yaml": (0.92, 0.94),
    "traps-a.yaml": (0.93, 0.90),  # written to hold more out-of-scope questions that reuse the article's words
    "traps-b.yaml": (0.93, 0.90),
    "natural.yaml": (0.88, 0.94),  # the questions readers ask first: definitions, years, sloppy typing (issue 13)
    "natural-b.yaml": (0.85, 0.90),  # more of them, measured once as a fresh set (docs/accuracy.md)
    "natural-c.yaml": (0.82, 0.93),  # and more, measured once as a later session's fresh set
    "natural-d.yaml": (0.90, 0.93),  # and more again (92.5 % / 95.7 % when measured once)
    "natural-e.yaml": (0.88, 0.84),  # and a fifth, harder to refuse (90.3 % / 87.4 % when measured once)
    "natural-f.yaml": (0.88, 0.89),  # and a sixth (90.6 % / 91.6 % when measured once)
    "natural-g.yaml": (0.85, 0.96),  # and a seventh (87.0 % / 98.8 % when measured once)
    "natural-h.yaml": (0.79, 0.93),  # and an eighth (81.5 % / 95.1 % when measured once)
    "natural-i.yaml": (0.83, 0.94),  # and a ninth (85.6 % / 96.3 % when measured once)
    "natural-j.yaml": (0.79, 0.92),  # and a tenth (81.9 % / 94.0 % when measured once)
    "natural-k.yaml": (0.90, 0.91),  # and an eleventh (92.1 % / 93.9 % when measured once)
    "natural-l.yaml": (0.83, 0.89),  # and a twelfth (85.4 % / 91.8 % when measured once)
    "natural-m.yaml": (0.85, 0.91),  # and a thirteenth (87.3 % / 93.9 % when measured once)
    "natural-n.yaml": (0.89, 0.92),  # and a fourteenth (91.4 % / 94.7 % when measured once)
    "natural-o.yaml": (0.91, 0.93),  # and a fifteenth (93.2 % / 95.2 % when measured once)
    "natural-p.yaml": (0.82, 0.93),  # and a sixteenth (84.6 % / 95.2 % when measured once)
    "natural-q.yaml": (0.84, 0.96),  # and a seventeenth (86.8 % / 98.8 % when measured once)
    "natural-r.yaml": (0.88, 0.91),  # and an eighteenth (90.1 % / 93.9 % when measured once)
    "natural-s.yaml": (0.83, 0.92),  # and a nineteenth (85.6 % / 94.4 % when measured once)
    "natural-t.yaml": (0.89, 0.93),  # and a twentieth (92.0 % / 95.5 % when measured once)
}


def rates(kb, items: list[dict]) -> tuple[float, float]:
    in_scope = [item for item in items if item["expect"]]
    out_of_scope = [item for item in items if not item["expect"]]
    right = sum(1 for item in in_scope if kb.ask(item["q"]).entry_id == item["expect"])
    refused = sum(1 for item in out_of_scope if not kb.ask(item["q"]).gives_fact)  # small talk gives no fact
    return right / len(in_scope), refused / len(out_of_scope)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_labelled_set_accuracy_and_refusal_hold_their_floor(kb, name):
    items = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    assert len(items) >= 120 and sum(1 for item in items if not item["expect"]) >= 40
    accuracy, refusal = rates(kb, items)
    floor_accuracy, floor_refusal = FLOORS[name]
    assert accuracy >= floor_accuracy, f"{name}: in-scope accuracy {accuracy:.3f}"
    assert refusal >= floor_refusal, f"{name}: refusal {refusal:.3f}"


def test_every_label_names_a_real_entry(kb):
    ids = {entry.id for entry in kb.entries}
    for name in FLOORS:
        for item in yaml.safe_load((DATA / name).read_text(encoding="utf-8")):
            assert item["expect"] is None or item["expect"] in ids, (name, item)
