"""The bottom toolbar: which knowledge base is loaded, how big it is, and the keys worth knowing."""

from __future__ import annotations

from ..display import Fragments, clean
from ..knowledge_base import KnowledgeBase

# Key hints from most to least expendable fit narrower terminals by dropping the first ones first.
KEY_HINTS = ("Tab complete", "↑ history", "/help", "Ctrl-C clear", "Ctrl-D quit")
_DROP_ORDER = ("Ctrl-C clear", "↑ history", "Tab complete")
MIN_TITLE = 16  # a title cut shorter than this says nothing; drop it instead


def _line(title: str, size: str, hints: tuple[str, ...]) -> str:
    return " " + " · ".join(part for part in (title, size, *hints) if part) + " "


def toolbar_text(kb: KnowledgeBase, width: int | None = None) -> str:
    """` title · N entries · keys `; on a narrow terminal, drop hints, then shorten the title, to fit."""
    count = len(kb)
    title = clean(kb.title) or "qa"
    size = f"{count} entr{'y' if count == 1 else 'ies'}"
    hints = KEY_HINTS
    text = _line(title, size, hints)
    for dropped in _DROP_ORDER:
        if width is None or len(text) <= width:
            return text
        hints = tuple(hint for hint in hints if hint != dropped)
        text = _line(title, size, hints)
    if len(text) <= width:
        return text
    room = width - len(_line("", size, hints)) - 3
    short = title[: room - 1] + "…" if room >= MIN_TITLE else ""
    return _line(short, size, hints)[:width]


def toolbar_fragments(kb: KnowledgeBase, width: int | None = None) -> Fragments:
    """The toolbar as prompt_toolkit formatted text, in the toolbar's own style class."""
    return [("class:bottom-toolbar", toolbar_text(kb, width))]
