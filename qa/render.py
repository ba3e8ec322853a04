"""Render an `Answer` as styled fragments — shared by the one-shot CLI and the REPL so they never drift.

Fragments are `(style_class, text)` pairs: prompt_toolkit prints them as formatted text, and
`to_plain`/`to_ansi` turn them into strings without importing prompt_toolkit. Everything that came
from a question or a knowledge base passes through `clean()` first, so no control sequence reaches the
terminal.
"""

from __future__ import annotations

from .answer import Answer, Kind
from .dialogue.compound import unanswered_part
from .display import Fragments, Numbered, clean, display_width, for_terminal, numbered_lines, to_plain, wrap
from .model import Source
from .style import ansi
from .text import is_everyday

__all__ = [  # clean, wrap and friends live in qa.display; re-exported for callers that import them from here
    "Fragments",
    "answer_fragments",
    "clean",
    "display_width",
    "for_terminal",
    "lowered",
    "one_line",
    "refusal_reason",
    "source_line",
    "suggestion_lines",
    "to_ansi",
    "to_plain",
    "wrap",
]


def _score(value: float) -> str:
    return f"{value:.0f}"


def source_line(answer: Answer, source: Source) -> str:
    """`Source: "evidence" — publisher, date [entry-id, score N]`."""
    where = ", ".join(part for part in (source.publisher, source.published) if part)
    evidence = clean(answer.evidence or "")
    # evidence that quotes someone ('"It works," she said.') is set in curly quotes, so no quote mark doubles
    quote = f"“{evidence}”" if '"' in evidence else f'"{evidence}"'
    tail = f" [{answer.entry_id}, score {_score(answer.score)}]"
    return f"Source: {quote}" + (f" — {clean(where)}" if where else "") + tail


def suggestion_lines(answer: Answer, heading: str) -> Fragments:
    """The suggestions as a numbered list (numbers are what the chat lets you type), each with its entry and
    match score."""
    items = [
        Numbered(suggestion.question, f"{suggestion.entry_id}, {_score(suggestion.score)}")
        for suggestion in answer.suggestions
    ]
    return numbered_lines(heading, items)


def answer_fragments(answer: Answer, source: Source) -> Fragments:
    """The full rendering: answer and source line, or an honest "I don't know" and the suggestions; a reply to
    small talk or a clarifying question as it is; a compound question part by part, each with its source."""
    if answer.kind is Kind.SMALLTALK:
        return [("answer", clean(answer.text or "") + "\n")]
    if answer.kind is Kind.CLARIFY:
        return [("answer", clean(answer.text or "") + "\n")]
    if answer.parts:
        fragments = []
        for part in answer.parts:
            if part.answered:
                fragments += [("answer", clean(part.text or "") + "\n"), ("source", source_line(part, source) + "\n")]
            else:
                fragments.append(("unknown", clean(unanswered_part(part)) + "\n"))
        return fragments
    if answer.answered:
        fragments: Fragments = [
            ("answer", clean(answer.text or "") + "\n"),
            ("source", source_line(answer, source) + "\n"),
        ]
        heading = "Close behind:"
        if lowered(answer):  # their scores are matches, the answer's a confidence: give the comparable number
            heading = (
                f"Close behind (this answer matched at {_score(answer.why.best_score)}; its score "
                f"{_score(answer.score)} is lower because these match almost as well):"
            )
        return fragments + suggestion_lines(answer, heading)
    fragments = [("unknown", "I don't know: the knowledge base does not say.\n")]
    reason = refusal_reason(answer)
    if reason:
        fragments.append(("meta", f"({reason})\n"))
    return fragments + suggestion_lines(answer, "Did you mean:")


def refusal_reason(answer: Answer) -> str | None:
    """Why a question was not answered, as a person would say it; the scores behind it are for /why and JSON."""
    if answer.answered or answer.why.best_entry is None:
        return None  # nothing shares a word with the question: "does not say" is the whole story
    if lowered(answer) and answer.why.best_score >= answer.why.threshold:  # it would have answered, alone
        return "Two or more entries fit this about equally well, so I will not pick one."
    if answer.why.doubts:  # "why?" of a fact that gives no reason: what the closest fact lacks, last found
        from .rules import describe  # (the asked kind's own words, "never asked “why”", come first)

        lacks = describe(answer.why.doubts[-1:])[0].partition(" (")[0]  # /why gives the whole of it
        return f"The closest entry {lacks}."
    # "how many bridges …?": the words no entry uses are what it asks about (not "hi" or "please")
    unknown = [word for word in answer.why.unknown if not is_everyday(word)]
    if unknown:
        named = ", ".join(f"“{clean(word)}”" for word in unknown[:3])
        return f"The knowledge base never mentions {named}."
    if answer.why.best_score >= answer.why.threshold:  # it matched, but names nothing to look up ("how heavy?")
        return "The question does not say what it is about."
    return "Nothing in the knowledge base matches this well enough."


def lowered(answer: Answer) -> bool:
    """Was the confidence lowered below the best match because other entries match almost as well?"""
    return answer.why.best_score - answer.score >= 0.5


def one_line(answer: Answer) -> str:
    """A single line per question, for batches: the answer, or "I don't know." and the best guess."""
    if answer.parts and answer.text is None:  # no part answered: each part's "I don't know"
        return " ".join(clean(unanswered_part(part)) for part in answer.parts)
    if answer.answered or answer.kind is Kind.CLARIFY or answer.parts:
        return clean(answer.text or "")
    if answer.suggestions:
        return f"I don't know. Did you mean: {clean(answer.suggestions[0].question)}"
    return "I don't know."


def to_ansi(fragments: Fragments) -> str:
    """Fragments as ANSI-coloured text (each line styled separately so pagers keep colours)."""
    out = []
    for style_class, text in fragments:
        pieces = text.split("\n")
        out.append("\n".join(ansi(style_class, piece) for piece in pieces))
    return "".join(out)
