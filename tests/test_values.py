"""qa's values are written without `dataclasses` (`qa.values`), yet programs may still treat them as frozen
dataclasses, as docs/python-api.md says: these pin that face."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

import qa
from qa.rules import RuleId


@pytest.fixture(scope="module")
def answer() -> qa.Answer:
    return qa.ask("How many industrial parks did Shenzhen help build?")


def test_answer_is_a_frozen_dataclass_to_the_dataclasses_module(answer):
    assert dataclasses.is_dataclass(answer)
    assert [field.name for field in dataclasses.fields(answer)][:7] == [
        "question",
        "answered",
        "text",
        "entry_id",
        "score",
        "matched_question",
        "evidence",
    ]
    with pytest.raises(dataclasses.FrozenInstanceError):
        answer.score = 1.0  # type: ignore[misc]
    changed = dataclasses.replace(answer, question="parks?")
    assert changed.question == "parks?" and changed.entry_id == answer.entry_id
    assert dataclasses.asdict(answer)["entry_id"] == answer.entry_id


def test_equality_hash_and_repr_follow_the_fields(answer):
    other_why = dataclasses.replace(answer, why=qa.Explanation(threshold=1.0))
    assert other_why == answer  # `why` takes no part in ==
    assert dataclasses.replace(answer, score=answer.score - 1) != answer
    assert hash(answer.suggestions) == hash(copy.copy(answer.suggestions))
    assert repr(answer).startswith("Answer(question=") and "why=" not in repr(answer)


def test_values_copy_and_pickle(answer):
    assert pickle.loads(pickle.dumps(answer)) == answer
    assert copy.deepcopy(answer) == answer
    entry = qa.load().entries[0]
    assert pickle.loads(pickle.dumps(entry)) == entry


def test_tuning_keeps_class_defaults_and_replace():
    assert qa.Tuning.threshold == 63.0 == qa.Tuning().threshold
    tuning = qa.Tuning(threshold=50.0)
    softer = dataclasses.replace(tuning, doubt_weights={**tuning.doubt_weights, RuleId.SHIFT: 0.9})
    assert softer.threshold == 50.0 and softer.doubt_weights[RuleId.SHIFT] == 0.9
    assert (
        qa.Tuning(doubt_weights={RuleId.SHIFT: 0.5}).doubt_weights[RuleId.KIND]
        == qa.Tuning().doubt_weights[RuleId.KIND]
    )
    assert qa.Tuning() == qa.Tuning() and hash(qa.Tuning()) == hash(qa.Tuning())


def test_a_knowledge_base_and_its_tuning_pickle_and_copy():
    """From an attack: `pickle.dumps(qa.load())`, `copy.deepcopy(kb)` and `pickle.dumps(qa.Tuning())` raised
    "cannot pickle 'mappingproxy' object", so neither could be sent to a worker process."""
    import copy

    import qa
    from qa.rules import RuleId

    tuning = qa.Tuning(threshold=50, doubt_weights={RuleId.SHIFT: 0.5})
    assert pickle.loads(pickle.dumps(tuning)) == tuning
    kb = qa.load(tuning=tuning)
    for other in (pickle.loads(pickle.dumps(kb)), copy.deepcopy(kb)):
        assert other.tuning == tuning and other.threshold == 50
        assert other.ask("how many parks?").entry_id == kb.ask("how many parks?").entry_id == "industrial-parks"


def test_a_tuning_is_a_dataclass_to_the_standard_helpers():
    """`dataclasses.asdict(qa.Tuning())` and `astuple` raised "cannot pickle 'mappingproxy' object" (the fourth
    attack): its rule weights are a read-only dict, which the helpers copy as any dict, and which still refuses
    changes."""
    import dataclasses

    import qa
    from qa.rules import RuleId

    tuning = qa.Tuning(doubt_weights={RuleId.SHIFT: 0.5})
    as_dict = dataclasses.asdict(tuning)
    assert as_dict["threshold"] == 63.0 and as_dict["doubt_weights"][RuleId.SHIFT] == 0.5
    assert dataclasses.astuple(tuning)[0] == 63.0
    with pytest.raises(TypeError, match="read-only"):
        tuning.doubt_weights[RuleId.SHIFT] = 1.0
