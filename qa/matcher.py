"""Score every candidate entry for a question and decide: answer, or say we don't know.

An entry's score blends three views of the question, each weighted by word rarity:
- how much of the question the best phrasing explains (recall) and how much of that phrasing the
  question asks for (precision), as an F-score — the pair that separates near-miss entries;
- how much of the question the entry as a whole (all phrasings, answer, tags) explains, for paraphrases
  that borrow words from several phrasings;
- a rapidfuzz ratio of the normalised texts, for near-verbatim questions.
Then the doubts about each entry (`qa.rules`, in their order), which `/why` shows: a kind of question it never
answers, a number or a name it never mentions, something else counted, a word it never uses that shifts what is
asked. Words the knowledge base has never seen count against every entry, and a runner-up close behind the best
entry lowers confidence: that is how out-of-scope questions get refused. An either-or question is asked of each
entry only as far as the alternative it speaks to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .rules import RULES, RuleId
from .tuning import Tuning

if TYPE_CHECKING:
    from .index import Index
    from .question import Query, QueryToken

DEFAULT_THRESHOLD = Tuning.threshold  # kept for programs that import it: `Tuning().threshold` is the one used

# A doubt about an entry: the rule and what it is about (a set of words or kinds of question), as a plain tuple
# (scoring makes dozens per question; `sorted_doubts` orders them for showing).
Doubt = tuple[RuleId, frozenset]


class Scored(NamedTuple):
    """One entry's score, the phrasing that earned it, and the doubts that lowered it."""

    position: int
    score: float
    phrasing: str
    doubts: tuple[Doubt, ...] = ()


def score_entries(index: Index, query: Query) -> list[Scored]:
    """The leading candidate entries (at most `Tuning.rerank_depth`), best first, each scored 0–100."""
    if not query:
        return []
    tuning = index.tuning
    tokens = query.tokens
    total = sum(item.weight for item in tokens)
    if total <= 0.0:  # every word weighs nothing (a Tuning that zeroes question words): nothing is explained
        return []
    best: dict[int, tuple[float, int, float, float]] = {}  # entry -> (F, phrasing, explained, precision)
    owner, inverse_weight = index.phrasing_owner, index.phrasing_inverse_weight
    # the F-score of recall r = explained/total and precision p = asked/weight (`_f_score`), inlined: this
    # loop runs for every matched phrasing of every question
    squared = tuning.beta * tuning.beta
    for number, (explained, asked) in index.matches(query).items():
        recall, precision = explained / total, asked * inverse_weight[number]
        if recall <= 0.0 or precision <= 0.0:
            continue
        f = (1.0 + squared) * recall * precision / (squared * precision + recall)
        position = owner[number]
        held = best.get(position)
        if held is None or f > held[0]:
            best[position] = (f, number, explained, precision)
    known = [(item.token, item.weight * item.match) for item in tokens if item.token is not None]
    phrasing_share, entry_share = 100.0 * tuning.phrasing_weight, 100.0 * tuning.entry_weight / total
    alternatives = any(item.side for item in tokens)
    numbers_alternate = query.numbers_alternate
    weights = tuning.doubt_weights
    judges = [
        (rule.id, judge, weights[rule.id], rule.per_word)
        for rule in RULES
        if (judge := rule.judge(query, index)) is not None
    ]
    scored = []
    for position, (f, number, explained_by_phrasing, precision) in best.items():
        bag = index.entry_tokens[position]
        covered = 0.0  # how much of the question the entry as a whole explains
        for token, explained in known:
            strength = bag.get(token)
            if strength:
                covered += explained * strength
        share = entry_share
        if alternatives:  # "A or B?": asked only of the alternative this entry speaks to
            asked = _asked_of(bag, tokens, total, numbers_alternate)
            f = _f_score(explained_by_phrasing / asked, precision, squared)
            share = 100.0 * tuning.entry_weight / asked
        factor = 1.0  # the doubts about this entry, applied to every part of its score
        doubts: list[Doubt] | tuple = ()
        for rule, judge, weight, per_word in judges:
            about = judge(position)
            if about is not None:
                doubts = [*doubts, (rule, about)]
                if per_word:
                    for _ in about:
                        factor *= weight
                else:
                    factor *= weight
        score = factor * (phrasing_share * f + share * covered)
        scored.append((score, position, number, factor, doubts))
    scored.sort(key=lambda row: (-row[0], row[1]))
    return _with_fuzzy(index, query, scored[: tuning.rerank_depth])


def sorted_doubts(doubts: tuple[Doubt, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The doubts as plain, ordered values (rules in the order they apply, their words sorted), to keep."""
    return tuple((rule.value, tuple(sorted(getattr(word, "value", word) for word in about))) for rule, about in doubts)


def _f_score(recall: float, precision: float, squared_beta: float) -> float:
    return (1.0 + squared_beta) * recall * precision / (squared_beta * precision + recall)


def _asked_of(bag: dict[str, float], tokens: tuple[QueryToken, ...], total: float, numbers_alternate: bool) -> float:
    """How much of an "A or B?" question an entry must explain: all of it, less the alternative it does not
    speak to, but forgiving no more than it says of the other one (skipping half a question is not answering
    it). Only words the knowledge base knows are forgiven ("a loan or a grant?" asks what no entry says), and
    numbers only when both sides name one ("is 765,200 …" names what is asked about)."""
    missing, spoken = [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]
    for item in tokens:
        if not item.side:
            continue
        if item.token in bag:
            spoken[item.side] += item.weight
        elif numbers_alternate if (item.token or item.typed)[0].isdigit() else item.token is not None:
            missing[item.side] += item.weight
    return total - max(min(missing[1], spoken[2]), min(missing[2], spoken[1]))


def _with_fuzzy(index: Index, query: Query, rows: list[tuple]) -> list[Scored]:
    """The leading entries get the rapidfuzz similarity of the question to their best phrasing."""
    from rapidfuzz import fuzz

    tuning = index.tuning
    question_text = " ".join(sorted(item.token or item.typed for item in query.tokens))
    reranked = []
    for score, position, number, factor, doubts in rows:
        # token_sort_ratio puts the words in order itself
        fuzzy = fuzz.token_sort_ratio(question_text, " ".join(index.phrasing_tokens[number])) / 100.0
        score += factor * tuning.fuzzy_weight * fuzzy * 100.0
        reranked.append(Scored(position, round(min(score, 100.0), 1), index.phrasing(number), tuple(doubts)))
    reranked.sort(key=lambda s: (-s.score, s.position))
    return reranked


def confidence(scored: list[Scored], tuning: Tuning) -> float:
    """The best score, lowered when the runner-up is close behind (the question is ambiguous), and by half as
    much again when a third entry is close too (it could be about any of them)."""
    if not scored:
        return 0.0
    best = confident = scored[0].score
    for rank, other in enumerate(scored[1:3], start=1):
        gap = best - other.score
        if gap < tuning.close_margin:
            confident -= (tuning.close_margin - gap) * tuning.margin_factor / rank
    return round(max(confident, 0.0), 1)
