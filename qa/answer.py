"""What `ask()` returns: plain frozen values that the CLI, the REPL and programs all render."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Suggestion:
    """An entry the question may have meant: its id, one of its phrasings, and its score."""

    entry_id: str
    question: str
    score: float


@dataclass(frozen=True)
class Explanation:
    """How the decision was made, for `/why` and for authors tuning a knowledge base."""

    tokens: tuple[str, ...] = ()  # the question as the matcher saw it
    corrections: tuple[tuple[str, str], ...] = ()  # (typed word, knowledge-base word)
    unknown: tuple[str, ...] = ()  # words the knowledge base has never seen
    best_entry: str | None = None
    best_score: float = 0.0
    runner_up: str | None = None
    runner_up_score: float = 0.0
    threshold: float = 0.0
    # the evidence that marked the best entry down, as (rule, words) pairs: see `qa.matcher.judge_entries`
    doubts: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Answer:
    """The result of asking one question; `answered` is False when the knowledge base does not say."""

    question: str
    answered: bool
    text: str | None
    entry_id: str | None
    score: float
    matched_question: str | None
    evidence: str | None
    suggestions: tuple[Suggestion, ...] = ()
    why: Explanation = field(default_factory=Explanation, compare=False, repr=False)

    def to_dict(self) -> dict:
        """The stable JSON shape of `qa --json` (exactly these keys)."""
        return {
            "question": self.question,
            "answered": self.answered,
            "answer": self.text,
            "id": self.entry_id,
            "score": self.score,
            "matched": self.matched_question,
            "evidence": self.evidence,
            "suggestions": [{"id": s.entry_id, "question": s.question, "score": s.score} for s in self.suggestions],
        }
