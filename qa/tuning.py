"""Every number that changes an answer, in one frozen value (`Tuning`), and every number that only bounds work
(`Limits`). Frozen, so a sweep can try variants without global state; an Index keeps the one it was built with.

Defaults were chosen on tests/data/eval.yaml and checked on the other labelled sets (docs/accuracy.md).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from .rules import RuleId, default_weights
from .values import FrozenValue, ReadOnlyDict


class Tuning(FrozenValue, unhashed=("doubt_weights",)):
    """How much each signal counts, and where the decision falls.

    Each default is a class attribute, as in a dataclass (`Tuning.threshold` is 63.0), and `__init__`'s
    defaults read them: the class body is the one place a default is written.
    """

    threshold: float = 63.0  # answer at or above this confidence (0-100); `threshold=` arguments override it
    suggestion_floor: float = 25.0  # a suggestion scores at least this
    max_suggestions: int = 3
    rerank_depth: int = 8  # how many leading entries get the (costlier) rapidfuzz comparison
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
    countable_share: float = 0.6  # a word in more of the entries than this says nothing about what is counted
    # what one doubt of each rule (`qa.rules`) multiplies an entry's score by
    doubt_weights: Mapping[RuleId, float]  # every rule's, made by `__init__` (`qa.rules.default_weights`)
    close_margin: float = 12.0  # runner-up within this many points lowers confidence ...
    margin_factor: float = 1.0  # ... by this much per point
    clarify_floor: float = 50.0  # a clarifying question names only entries that match at least this well …
    clarify_margin: float = 6.0  # … and within this many points of the best
    followup_bonus: float = 12.0  # points a follow-up's candidate gains for being the last answer's neighbour
    # how sure a spelling correction is (it scales the corrected word's weight): one slip, two slips, a
    # shared long stem ("partnersip"), a changed letter in a short word (road/read), a cut-short word ("cert"), a
    # word without its vowels ("invstd")
    spelling_one_slip: float = 0.9
    spelling_two_slips: float = 0.75
    spelling_shared_stem: float = 0.85
    spelling_short_change: float = 0.5
    spelling_truncated: float = 0.8
    spelling_without_vowels: float = 0.75

    def __init__(
        self,
        threshold: float = threshold,
        suggestion_floor: float = suggestion_floor,
        max_suggestions: int = max_suggestions,
        rerank_depth: int = rerank_depth,
        phrasing_weight: float = phrasing_weight,
        entry_weight: float = entry_weight,
        fuzzy_weight: float = fuzzy_weight,
        beta: float = beta,
        unknown_factor: float = unknown_factor,
        common_factor: float = common_factor,
        everyday_factor: float = everyday_factor,
        number_factor: float = number_factor,
        question_word_factor: float = question_word_factor,
        answer_factor: float = answer_factor,
        evidence_factor: float = evidence_factor,
        countable_share: float = countable_share,
        doubt_weights: Mapping[RuleId, float] | None = None,
        close_margin: float = close_margin,
        margin_factor: float = margin_factor,
        clarify_floor: float = clarify_floor,
        clarify_margin: float = clarify_margin,
        followup_bonus: float = followup_bonus,
        spelling_one_slip: float = spelling_one_slip,
        spelling_two_slips: float = spelling_two_slips,
        spelling_shared_stem: float = spelling_shared_stem,
        spelling_short_change: float = spelling_short_change,
        spelling_truncated: float = spelling_truncated,
        spelling_without_vowels: float = spelling_without_vowels,
    ) -> None:
        given = {} if doubt_weights is None else {_rule(key): weight for key, weight in dict(doubt_weights).items()}
        # a partial `doubt_weights` ({RuleId.SHIFT: 0.5}) changes those rules and keeps the others' defaults; a
        # whole one is kept as read (rule ids, not the names it may give) and read-only, as a copy is: a dict
        # given here, or one a pickle made, is never the value itself
        doubt_weights = ReadOnlyDict({**default_weights(), **given})
        values = locals()
        for name, value in values.items():
            if name not in ("self", "given", "doubt_weights", "values", "__class__"):
                _check(name, value, _SCORES.get(name) or _AT_MOST.get(name) or (None if name in _COUNTS else _LARGEST))
                if name in _COUNTS and (not isinstance(value, int) or value < 1):
                    raise ValueError(f"Tuning {name} must be a whole number of 1 or more, not {value!r}")
                if name in _ABOVE_ZERO and value <= 0:
                    raise ValueError(f"Tuning {name} must be a number above 0, not {value!r}")
        for rule, weight in doubt_weights.items():
            _check(f"doubt_weights[{getattr(rule, 'value', rule)!r}]", weight, _LARGEST)
        if phrasing_weight + entry_weight + fuzzy_weight <= 0:  # every entry would score 0: nothing is answered
            raise ValueError("Tuning phrasing_weight, entry_weight and fuzzy_weight cannot all be 0")
        self._assign(values)

    def doubt_weight(self, rule: RuleId) -> float:
        return self.doubt_weights[rule]


# numbers on the 0-100 scale of a score; every other number is a non-negative weight, count or factor
_SCORES = {"threshold": 100.0, "suggestion_floor": 100.0, "clarify_floor": 100.0, "close_margin": 100.0}
# how sure a correction is scales a word's weight (at most all of it); beta past 100 overflows the F-score
_AT_MOST = {
    "spelling_one_slip": 1.0,
    "spelling_two_slips": 1.0,
    "spelling_shared_stem": 1.0,
    "spelling_short_change": 1.0,
    "spelling_truncated": 1.0,
    "spelling_without_vowels": 1.0,
    "beta": 100.0,
}
_COUNTS = frozenset(("max_suggestions", "rerank_depth"))  # slice lengths: whole numbers
# a weight or factor above this is no tuning but an overflow: 1e308 times a word's rarity is infinite, and an
# infinite score is NaN, which is no JSON
_LARGEST = 1e6
_ABOVE_ZERO = frozenset(("unknown_factor", "beta"))  # a divisor (an all-unknown question weighs nothing else)


def _rule(key: object) -> RuleId:
    """A rule of `doubt_weights`, by `RuleId` or its name ("shift"); another key is a mistake, not ignored."""
    try:
        return RuleId(key)
    except ValueError:
        names = ", ".join(rule.value for rule in RuleId)
        raise ValueError(f"Tuning doubt_weights has no rule {key!r}; the rules are {names}") from None


def _check(name: str, value: object, most: float | None) -> None:
    """A tuning number must be a finite number, not below 0 (nor above `most`): NaN or 500 would refuse or
    answer everything without a word, and a NaN score is no JSON."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"Tuning {name} must be a finite number, not {value!r}")
    if value < 0 or (most is not None and value > most):
        bound = f"from 0 to {most:g}" if most is not None else "of 0 or more"
        raise ValueError(f"Tuning {name} must be a number {bound}, not {value!r}")


class Limits(FrozenValue):
    """Bounds on the work one question or one file may cause; at the defaults they change no labelled answer.

    Defaults are class attributes, read by `__init__`, as in `Tuning`."""

    question_chars: int = 2_000  # a longer question is read up to here: nobody asks a page
    common_postings: int = 2_000  # a word on more phrasings than this only reranks, never gathers candidates …
    common_share: int = 10  # … nor does one on more than a tenth of them (at least 50), when a rarer word can
    max_candidates: int = 300
    max_intersected: int = 4  # common words whose postings are intersected (the rarest of them)
    max_pool: int = 2_000  # candidates kept from common words alone, before scoring them
    min_pool: int = 20  # a common word that leaves fewer candidates than this is probably a stray word
    set_cache: int = 32  # common words whose postings are kept as sets
    compound_parts: int = 4  # a line of more parts than this is not two or three questions: it is read whole

    def __init__(
        self,
        question_chars: int = question_chars,
        common_postings: int = common_postings,
        common_share: int = common_share,
        max_candidates: int = max_candidates,
        max_intersected: int = max_intersected,
        max_pool: int = max_pool,
        min_pool: int = min_pool,
        set_cache: int = set_cache,
        compound_parts: int = compound_parts,
    ) -> None:
        self._assign(locals())


LIMITS = Limits()
