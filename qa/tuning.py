"""The matcher's knobs in one frozen value, so a sweep can try variants without global state.

Defaults were chosen on tests/data/eval.yaml and checked on tests/data/heldout.yaml (see README).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tuning:
    """How much each signal counts. Frozen: an Index keeps the one it was built with."""

    phrasing_weight: float = 0.50  # F-score of the best phrasing (recall of the question x precision of it)
    entry_weight: float = 0.45  # share of the question the whole entry explains
    fuzzy_weight: float = 0.05  # rapidfuzz token_sort_ratio against the best phrasing
    beta: float = 1.0  # >1 favours recall of the question over precision of the phrasing
    unknown_factor: float = 2.5  # weight of a never-seen word relative to the rarest known word
    common_factor: float = 0.1  # an unknown everyday word ("during", "put") costs this share of a topic word
    everyday_factor: float = 0.5  # a known but everyday word ("reach", "count") weighs this share of its rarity
    number_factor: float = 1.5  # a number the knowledge base knows weighs this many times its rarity
    question_word_factor: float = 0.3  # "when"/"how many" steer, but must not outvote a topic word
    answer_factor: float = 0.8  # a word only in an entry's answer or tags counts a little less
    evidence_factor: float = 0.4  # a word only in the article's own sentence counts less again
    intent_penalty: float = 0.7  # "how many" asked of an entry never asked "how many"
    identity_penalty: float = 0.8  # and more when "which …?"/"why …?" asks for names or reasons it never gives
    answer_type_penalty: float = 0.75  # "how many"/"when" asked of an entry whose answer holds no number
    number_penalty: float = 0.8  # the question names a number the entry never mentions
    name_penalty: float = 0.7  # … or a name its answers write with a capital ("Guangxi") the entry never uses
    shift_penalty: float = 0.7  # per word like "still", "alone", "versus" the entry never uses
    count_penalty: float = 0.7  # "how many jobs?" of an entry whose phrasings count something else
    close_margin: float = 12.0  # runner-up within this many points lowers confidence ...
    margin_factor: float = 1.0  # ... by this much per point
