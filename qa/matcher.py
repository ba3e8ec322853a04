"""Score every candidate entry for a question and decide: answer, or say we don't know.

An entry's score blends three views of the question, each weighted by word rarity:
- how much of the question the best phrasing explains (recall) and how much of that phrasing the
  question asks for (precision), as an F-score — the pair that separates near-miss entries;
- how much of the question the entry as a whole (all phrasings, answer, tags) explains, for paraphrases
  that borrow words from several phrasings;
- a rapidfuzz ratio of the normalised texts, for near-verbatim questions.
Words the knowledge base has never seen count against every entry, and a runner-up close behind the
best entry lowers confidence: both are how out-of-scope questions get refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from .index import Index, Query
from .tuning import Tuning

DEFAULT_THRESHOLD = 65.0
SUGGESTION_FLOOR = 25.0
MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class Scored:
    """One entry's score and the phrasing that earned it."""

    position: int
    score: float
    phrasing: str


def _f_score(recall: float, precision: float, beta: float) -> float:
    if recall <= 0.0 or precision <= 0.0:
        return 0.0
    return (1 + beta * beta) * recall * precision / (beta * beta * precision + recall)


def score_entries(index: Index, query: Query) -> list[Scored]:
    """Candidate entries, best first, each scored 0–100."""
    if not query:
        return []
    from rapidfuzz import fuzz

    tuning = index.tuning
    tokens = query.tokens
    total = sum(item.weight for item in tokens)
    question_text = " ".join(sorted(item.token or item.typed for item in tokens))
    best: dict[int, tuple[float, int]] = {}
    for number in index.candidates(query):
        phrasing = index.phrasing_tokens[number]
        explained = 0.0
        asked = 0.0
        for item in query.tokens:
            if item.token in phrasing:
                explained += item.weight * item.match
                asked += item.base
        f = _f_score(explained / total, asked / index.phrasing_weight[number], tuning.beta)
        position = index.phrasings[number][0]
        if position not in best or f > best[position][0]:
            best[position] = (f, number)
    intents, numbers = query.intents, query.numbers
    scored = []
    for position, (f, number) in best.items():
        bag = index.entry_tokens[position]
        covered = sum(item.weight * item.match * bag.get(item.token, 0.0) for item in tokens if item.token)
        phrasing_text = " ".join(sorted(index.phrasing_tokens[number]))
        fuzzy = fuzz.token_sort_ratio(question_text, phrasing_text) / 100.0
        score = 100.0 * (
            tuning.phrasing_weight * f + tuning.entry_weight * covered / total + tuning.fuzzy_weight * fuzzy
        )
        if intents - index.entry_intents[position]:
            score *= tuning.intent_penalty
        if numbers - bag.keys():
            score *= tuning.number_penalty  # "in 2021", "the 439 …": a number this entry never mentions
        if intents & index.number_words and not index.entry_numeric[position]:
            score *= tuning.answer_type_penalty  # "how many"/"when" needs an answer with a number in it
        scored.append(Scored(position, round(min(score, 100.0), 1), index.phrasings[number][1]))
    scored.sort(key=lambda s: (-s.score, s.position))
    return scored


def confidence(scored: list[Scored], tuning: Tuning) -> float:
    """The best score, lowered when the runner-up is close behind (the question is ambiguous)."""
    if not scored:
        return 0.0
    top = scored[0].score
    if len(scored) > 1:
        gap = top - scored[1].score
        if gap < tuning.close_margin:
            top -= (tuning.close_margin - gap) * tuning.margin_factor
    return round(max(top, 0.0), 1)
