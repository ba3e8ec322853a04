"""Render an `Answer` as styled fragments — shared by the one-shot CLI and the REPL so they never drift.

Fragments are `(style_class, text)` pairs: prompt_toolkit prints them as formatted text, and
`to_plain`/`to_ansi` turn them into strings without importing prompt_toolkit. Everything that came
from a question or a knowledge base passes through `clean()` first, so no control sequence reaches the
terminal.
"""

from __future__ import annotations

import re

from .answer import Answer
from .model import Source
from .style import ansi
from .text import strip_escapes

Fragments = list[tuple[str, str]]

# all of them are "not printable" to str.isprintable, which lets printable text skip the pattern
_CONTROLS = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]"


def clean(text: str, *, one_line: bool = True) -> str:
    """Text safe for a terminal: escape sequences and control characters removed, tabs as spaces."""
    text = strip_escapes(text).replace("\t", " ").replace("\r", "").replace("\u2028", "\n").replace("\u2029", "\n")
    if one_line:
        text = text.replace("\n", " ")
    return text if text.isprintable() else re.sub(_CONTROLS, "", text)


def _score(value: float) -> str:
    return f"{value:.0f}"


def source_line(answer: Answer, source: Source) -> str:
    """`Source: "evidence" — publisher, date [entry-id, score N]`."""
    where = ", ".join(part for part in (source.publisher, source.published) if part)
    quote = f'"{clean(answer.evidence or "")}"'
    tail = f" [{answer.entry_id}, score {_score(answer.score)}]"
    return f"Source: {quote}" + (f" — {clean(where)}" if where else "") + tail


def suggestion_lines(answer: Answer, heading: str) -> Fragments:
    """A numbered list of the suggestions (numbers are what the REPL lets you type)."""
    fragments: Fragments = []
    if not answer.suggestions:
        return fragments
    fragments.append(("meta", heading + "\n"))
    for number, suggestion in enumerate(answer.suggestions, start=1):
        fragments.append(("number", f"  {number}. "))
        fragments.append(("suggestion", clean(suggestion.question)))
        fragments.append(("meta", f"  [{suggestion.entry_id}, {_score(suggestion.score)}]\n"))
    return fragments


def answer_fragments(answer: Answer, source: Source) -> Fragments:
    """The full rendering: answer and source line, or an honest "I don't know" and the suggestions."""
    if answer.answered:
        fragments: Fragments = [
            ("answer", clean(answer.text or "") + "\n"),
            ("source", source_line(answer, source) + "\n"),
        ]
        heading = "Close behind:"
        if lowered(answer):  # their scores are matches, the answer's a confidence: give the comparable number
            heading = f"Close behind (match scores; this answer's match is {_score(answer.why.best_score)}):"
        return fragments + suggestion_lines(answer, heading)
    fragments = [("unknown", "I don't know: the knowledge base does not say.\n")]
    if answer.why.best_entry is not None:
        because = f": best match {_score(answer.why.best_score)}, but others are close" if lowered(answer) else ""
        fragments.append(
            ("meta", f"(confidence {_score(answer.score)}{because}; answers need {_score(answer.why.threshold)})\n")
        )
    return fragments + suggestion_lines(answer, "Did you mean:")


def lowered(answer: Answer) -> bool:
    """Was the confidence lowered below the best match because other entries match almost as well?"""
    return answer.why.best_score - answer.score >= 0.5


def one_line(answer: Answer) -> str:
    """A single line per question, for batches: the answer, or "I don't know." and the best guess."""
    if answer.answered:
        return clean(answer.text or "")
    if answer.suggestions:
        return f"I don't know. Did you mean: {clean(answer.suggestions[0].question)}"
    return "I don't know."


def for_terminal(fragments: Fragments, columns: int) -> Fragments:
    """Fragments ready for a terminal `columns` wide: cleaned of control characters, wrapped between words."""
    return wrap([(style, clean(piece, one_line=False)) for style, piece in fragments], columns - 1)


def to_plain(fragments: Fragments) -> str:
    return "".join(text for _, text in fragments)


def to_ansi(fragments: Fragments) -> str:
    """Fragments as ANSI-coloured text (each line styled separately so pagers keep colours)."""
    out = []
    for style_class, text in fragments:
        pieces = text.split("\n")
        out.append("\n".join(ansi(style_class, piece) for piece in pieces))
    return "".join(out)


def display_width(text: str) -> int:
    """Columns a terminal gives the text: wide and full-width characters (CJK) take two, combining marks none."""
    if text.isascii():
        return len(text)
    import unicodedata  # only for text outside ASCII

    return sum(
        0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text
    )


def wrap(fragments: Fragments, width: int) -> Fragments:
    """Break lines at spaces so none is wider than `width` columns (a longer word stays whole), across
    fragments: a terminal would otherwise cut words in half at its edge. A continued line starts under the
    text it continues, past the indent and any "1." or "label:" before it."""
    if width < 20:
        return fragments
    wrapped: Fragments = []
    column = 0
    hang: int | None = None  # where a continued line starts; None until the line's first word is seen
    labelled = False  # the line opened with a "label:", so its text starts at the next word
    for style_class, text in fragments:
        pieces: list[str] = []
        for number, line in enumerate(text.split("\n")):
            if number:
                pieces.append("\n")
                column, hang, labelled = 0, None, False
            for position, word in enumerate(line.split(" ")):
                space = " " if position else ""
                columns = display_width(word)
                if column and word and column + len(space) + columns > width:
                    indent = min(hang or 0, width // 2)
                    pieces.append("\n" + " " * indent)
                    column, space = indent, ""
                pieces.append(space + word)
                column += len(space) + columns
                if hang is None and word:  # the line's first word: text starts here, or after a "1." or "label:"
                    if word.endswith(":") and not labelled:
                        labelled = True  # "score:", "Source:": a continued line sits under what follows
                        continue
                    numbered = word.endswith(".") and word[:-1].isdigit()  # "1." before a suggestion
                    hang = column + 1 if numbered else column - columns
        wrapped.append((style_class, "".join(pieces)))
    return wrapped
