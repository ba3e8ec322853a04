"""What `ask()` returns: plain frozen values that the CLI, the REPL and programs all render.

Frozen dataclasses to programs (`qa.values.FrozenValue`), written out by hand so a one-shot start does not
import `dataclasses`.
"""

from __future__ import annotations

import enum

from .values import FrozenValue


class Suggestion(FrozenValue):
    """An entry the question may have meant: its id, one of its phrasings, and its score."""

    __slots__ = ("entry_id", "question", "score")
    entry_id: str
    question: str
    score: float

    def __init__(self, entry_id: str, question: str, score: float) -> None:
        self._assign(locals())


class Explanation(FrozenValue):
    """How the decision was made, for `/why` and for authors tuning a knowledge base."""

    __slots__ = (
        "best_entry",
        "best_score",
        "corrections",
        "doubts",
        "runner_up",
        "runner_up_score",
        "threshold",
        "tokens",
        "unknown",
    )
    tokens: tuple[str, ...]  # the question as the matcher saw it
    corrections: tuple[tuple[str, str], ...]  # (typed word, knowledge-base word)
    unknown: tuple[str, ...]  # words the knowledge base has never seen
    best_entry: str | None
    best_score: float
    runner_up: str | None
    runner_up_score: float
    threshold: float
    # the evidence that marked the best entry down, as (rule, words) pairs: see `qa.matcher.judge_entries`
    doubts: tuple[tuple[str, tuple[str, ...]], ...]

    def __init__(
        self,
        tokens: tuple[str, ...] = (),
        corrections: tuple[tuple[str, str], ...] = (),
        unknown: tuple[str, ...] = (),
        best_entry: str | None = None,
        best_score: float = 0.0,
        runner_up: str | None = None,
        runner_up_score: float = 0.0,
        threshold: float = 0.0,
        doubts: tuple[tuple[str, tuple[str, ...]], ...] = (),
    ) -> None:
        self._assign(locals())


class Kind(str, enum.Enum):
    """What qa said: a fact, a clarifying question, small talk, or that it does not know."""

    ANSWER = "answer"
    CLARIFY = "clarify"
    SMALLTALK = "smalltalk"
    UNKNOWN = "unknown"


_NO_EXPLANATION = Explanation()  # immutable, so every answer made without one can share it


class Answer(FrozenValue, uncompared=("why", "ends_chat"), unshown=("why",)):
    """The result of asking one question.

    `text` is what qa says (a fact, a small-talk reply, a clarifying question), None only when it does not
    know. `answered` is True for a fact (every part of a compound question answered) and for small talk.
    `why` and `ends_chat` take no part in `==`; `why` is not in the `repr`.
    """

    __slots__ = (
        "answered",
        "ends_chat",
        "entry_id",
        "evidence",
        "kind",
        "matched_question",
        "parts",
        "question",
        "score",
        "suggestions",
        "text",
        "understood",
        "why",
    )
    question: str
    answered: bool
    text: str | None
    entry_id: str | None
    score: float
    matched_question: str | None
    evidence: str | None
    suggestions: tuple[Suggestion, ...]
    why: Explanation
    kind: Kind
    understood: str | None  # the standalone question a follow-up was read as
    parts: tuple[Answer, ...]  # the answers to each part of a compound question
    ends_chat: bool  # a goodbye: the chat says it and stops

    def __init__(
        self,
        question: str,
        answered: bool,
        text: str | None,
        entry_id: str | None,
        score: float,
        matched_question: str | None,
        evidence: str | None,
        suggestions: tuple[Suggestion, ...] = (),
        why: Explanation = _NO_EXPLANATION,
        kind: Kind = Kind.ANSWER,
        understood: str | None = None,
        parts: tuple[Answer, ...] = (),
        ends_chat: bool = False,
    ) -> None:
        self._assign(locals())

    def __str__(self) -> str:
        """What qa says, on one line, as `qa --batch` writes it: `print(kb.ask(...))` shows the answer, not
        the fields (`repr` has those)."""
        from .render import one_line  # only when printed

        return one_line(self)

    @property
    def gives_fact(self) -> bool:
        """Does this answer give a fact from the knowledge base (itself, or any of its parts)?"""
        return self.entry_id is not None or any(part.entry_id is not None for part in self.parts)

    def to_dict(self) -> dict:
        """The stable JSON shape of `qa --json` (exactly these keys)."""
        return {
            "question": self.question,
            "answered": self.answered,
            "kind": self.kind.value,
            "answer": self.text,
            "id": self.entry_id,
            "score": self.score,
            "matched": self.matched_question,
            "evidence": self.evidence,
            "understood": self.understood,
            "suggestions": [{"id": s.entry_id, "question": s.question, "score": s.score} for s in self.suggestions],
            "parts": [part.to_dict() for part in self.parts],
        }
