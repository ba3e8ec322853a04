"""Every colour qa uses, in one table, named by role.

Values are prompt_toolkit style strings; the REPL hands them to prompt_toolkit, and the one-shot CLI
(which must not import prompt_toolkit) turns the few attributes used here into ANSI codes itself.
"""

from __future__ import annotations

import os

STYLES: dict[str, str] = {
    "answer": "bold",
    "source": "ansibrightblack",
    "meta": "ansibrightblack italic",
    "unknown": "ansiyellow bold",
    "suggestion": "",
    "number": "ansicyan bold",
    "error": "ansired bold",
    "heading": "ansigreen bold",
    "prompt": "ansigreen bold",
    "command": "ansicyan",
    "bottom-toolbar": "noreverse bg:#303030 #c0c0c0",
}

_SGR = {
    "bold": "1",
    "italic": "3",
    "underline": "4",
    "ansiblack": "30",
    "ansired": "31",
    "ansigreen": "32",
    "ansiyellow": "33",
    "ansiblue": "34",
    "ansimagenta": "35",
    "ansicyan": "36",
    "ansiwhite": "37",
    "ansibrightblack": "90",
}


def ansi(style_class: str, text: str) -> str:
    """`text` wrapped in the ANSI codes for a style class (unknown attributes are ignored)."""
    codes = [_SGR[word] for word in STYLES.get(style_class, "").split() if word in _SGR]
    return f"\x1b[{';'.join(codes)}m{text}\x1b[0m" if codes and text else text


def use_color(stream) -> bool:
    """Colour only on a terminal, never with NO_COLOR set or TERM=dumb (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
