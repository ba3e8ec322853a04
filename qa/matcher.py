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

from .index import Index, QueryToken

DEFAULT_THRESHOLD = 50.0
SUGGESTION_FLOOR = 25.0
MAX_SUGGESTIONS = 3
CLOSE_MARGIN = 12.0  # runner-up within this many points: ask the user rather than guess
PHRASING_WEIGHT = 0.55
ENTRY_WEIGHT = 0.30
FUZZY_WEIGHT = 0.15
BETA = 1.0


@dataclass(frozen=True)
class Scored:
    """One entry's score and the phrasing that earned it."""

    position: int
    score: float
    phrasing: str


def _f_score(recall: float, precision: float) -> float:
    if recall <= 0.0 or precision <= 0.0:
        return 0.0
    return (1 + BETA * BETA) * recall * precision / (BETA * BETA * precision + recall)


def score_entries(index: Index, query: list[QueryToken]) -> list[Scored]:
    """Candidate entries, best first, each scored 0–100."""
    if not query:
        return []
    from rapidfuzz import fuzz

    total = sum(item.weight for item in query)
    question_text = " ".join(item.token or item.typed for item in query)
    best: dict[int, tuple[float, int]] = {}
    for number in index.candidates(query):
        tokens = index.phrasing_tokens[number]
        explained = 0.0
        asked = 0.0
        for item in query:
            if item.token in tokens:
                explained += item.weight * item.match
                asked += item.weight
        f = _f_score(explained / total, asked / index.phrasing_weight[number])
        position = index.phrasings[number][0]
        if position not in best or f > best[position][0]:
            best[position] = (f, number)
    scored = []
    for position, (f, number) in best.items():
        bag = index.entry_tokens[position]
        covered = sum(item.weight * item.match * bag.get(item.token, 0.0) for item in query if item.token)
        phrasing_text = " ".join(sorted(index.phrasing_tokens[number]))
        fuzzy = fuzz.token_sort_ratio(question_text, phrasing_text) / 100.0
        score = 100.0 * (PHRASING_WEIGHT * f + ENTRY_WEIGHT * covered / total + FUZZY_WEIGHT * fuzzy)
        scored.append(Scored(position, round(min(score, 100.0), 1), index.phrasings[number][1]))
    scored.sort(key=lambda s: (-s.score, s.position))
    return scored


def confidence(scored: list[Scored]) -> float:
    """The best score, lowered when the runner-up is close behind (the question is ambiguous)."""
    if not scored:
        return 0.0
    top = scored[0].score
    if len(scored) > 1:
        gap = top - scored[1].score
        if gap < CLOSE_MARGIN:
            top -= (CLOSE_MARGIN - gap) * 0.5
    return round(max(top, 0.0), 1)
