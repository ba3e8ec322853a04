"""Tuning: every number that changes an answer, in one value a caller may pass to qa.load."""

import pytest

import qa
from qa.rules import RuleId


def test_a_partial_doubt_weights_keeps_the_other_rules_defaults():
    tuning = qa.Tuning(doubt_weights={RuleId.SHIFT: 0.5})
    assert tuning.doubt_weights[RuleId.SHIFT] == 0.5
    assert tuning.doubt_weights[RuleId.KIND] == qa.Tuning().doubt_weights[RuleId.KIND]
    kb = qa.load(tuning=tuning)
    assert kb.ask("How many Hechi products hold Shenzhen certification?").answered


@pytest.mark.parametrize(
    "bad",
    [
        {"threshold": 500},
        {"threshold": -1},
        {"phrasing_weight": float("nan")},
        {"unknown_factor": float("inf")},
        {"max_suggestions": -1},
        {"close_margin": True},
        {"doubt_weights": {RuleId.SHIFT: float("nan")}},
        # the second attack: each of these crashed a later question or made a score NaN
        {"max_suggestions": 2.5},  # a slice length
        {"rerank_depth": 0},
        {"unknown_factor": 0},  # a divisor for a question of unknown words
        {"beta": 1e200},  # overflows the F-score
        {"spelling_one_slip": 1e308},  # how sure a correction is: all of the word's weight at most
        {"doubt_weights": {"x": 1.0}},  # a rule that does not exist, silently ignored
        # the third attack: every entry scored 0, so nothing was ever answered
        {"phrasing_weight": 0, "entry_weight": 0, "fuzzy_weight": 0},
        # the fourth attack: a weight of 1e308 made a word's weight infinite and the score NaN
        {"number_factor": 1e308},
        {"everyday_factor": 1e7},
        {"doubt_weights": {"shift": 1e308}},
    ],
)
def test_a_tuning_number_that_is_no_score_or_weight_is_an_error(bad):
    """Tuning(threshold=500) refused everything and a NaN weight made every score NaN, which is no JSON (the
    hostile-input helper): a tuning number is finite, not below 0, and a score's is 100 at most."""
    with pytest.raises(ValueError, match="Tuning"):
        qa.Tuning(**bad)


@pytest.mark.parametrize("field", ["question_word_factor", "everyday_factor"])
def test_a_question_whose_words_all_weigh_nothing_is_refused_not_a_crash(field):
    """Tuning(question_word_factor=0) made "when" weigh nothing at all, and asking it divided by zero (the
    fourth attack): a question with no weight explains nothing, and is refused."""
    kb = qa.load(tuning=qa.Tuning(**{field: 0}))
    for question in ("when", "how many", "what is it"):
        assert not kb.ask(question).gives_fact


def test_doubt_weights_may_name_a_rule_by_its_name():
    assert qa.Tuning(doubt_weights={"shift": 0.5}).doubt_weights[RuleId.SHIFT] == 0.5


def test_a_conversation_checks_its_threshold_and_its_knowledge_base():
    """qa.Conversation(kb, nan) answered nothing without a word, and qa.Conversation(None) failed later."""
    kb = qa.load()
    for threshold in (float("nan"), 500):
        with pytest.raises(ValueError, match="threshold"):
            qa.Conversation(kb, threshold)
    with pytest.raises(TypeError, match="KnowledgeBase"):
        qa.Conversation(None)


def test_a_zero_clarify_margin_does_not_crash_a_follow_up():
    conversation = qa.load(tuning=qa.Tuning(clarify_margin=0)).conversation()
    conversation.ask("How many villages were taken off the poverty list?")
    assert conversation.ask("and how many people?") is not None


def test_load_takes_a_tuning_or_none():
    with pytest.raises(TypeError, match=r"qa\.Tuning"):
        qa.load(tuning="x")
    assert qa.load(tuning=qa.Tuning(threshold=70)).threshold == 70


def test_a_knowledge_base_error_is_made_of_problems():
    """qa.KnowledgeBaseError([]) raised IndexError from inside qa: an error with nothing to say is a TypeError
    that says what it needs; one made of problems survives pickling (a worker process) whole."""
    import pickle

    from qa.errors import Problem

    with pytest.raises(TypeError, match="Problem"):
        qa.KnowledgeBaseError([])
    error = qa.KnowledgeBaseError(Problem("no such file", file="kb.yaml"))
    assert str(pickle.loads(pickle.dumps(error))) == str(error) == "kb.yaml: no such file"


def test_an_answer_factor_of_zero_is_accepted_and_a_conversation_runs():
    """From an attack: `Tuning(answer_factor=0)` passed validation ("0 or more"), then a reply to a clarifying
    question crashed with a KeyError: a word absent from an entry counted as said when its weight, 0, was
    "at least" the factor."""
    import qa

    chat = qa.load(tuning=qa.Tuning(answer_factor=0)).conversation()
    for line in ("how many people?", "and villages", "the poverty one", "and how many counties?"):
        assert chat.ask(line).kind is not None


def test_a_whole_doubt_weights_by_rule_name_is_read_and_kept_read_only():
    """A mapping that gives every rule, by name ("shift"), was kept as given: a question then failed with a
    KeyError for RuleId.SHIFT, and the dict could be changed under the frozen Tuning (a pickled copy too)."""
    import pickle

    import qa
    from qa.rules import RuleId

    given = {rule.value: 0.9 for rule in RuleId}
    tuning = qa.Tuning(doubt_weights=given)
    given["shift"] = 0.1
    assert tuning.doubt_weight(RuleId.SHIFT) == 0.9
    for copy in (tuning, pickle.loads(pickle.dumps(tuning))):
        with pytest.raises(TypeError):
            copy.doubt_weights[RuleId.SHIFT] = 0.1
    assert qa.load(tuning=tuning).ask("how many parks?").answered
