"""Text shown to people, in one place: cleaning, JSON, display width, word wrapping and numbered lists.

Everything that came from a file, a file name or a question reaches a terminal or a JSON reader through
here, in every mode (one-shot, batch, chat, `--check`, `--eval`), so a fix to what counts as safe is made
once. Nothing here imports prompt_toolkit; `wcwidth` is imported only when non-ASCII text is measured (it
costs tens of milliseconds, and most one-shot answers never need it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .text import strip_escapes
from .values import FrozenValue

Fragments = list[tuple[str, str]]

# all of them are "not printable" to str.isprintable, which lets printable text skip the pattern
# controls, bidi controls and invisible format characters a terminal may act on or that hide text (soft hyphen,
# zero-width space, word joiners, byte-order mark, interlinear annotations, tag characters)
_INVISIBLE = "\xad\u180e\u200b\u2060-\u2064\ufeff\ufff9-\ufffb\U000e0000-\U000e007f"
_CONTROLS = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c" + _INVISIBLE + "]"

# Characters json.dumps(ensure_ascii=False) leaves raw that a terminal or a line splitter would act on:
# C1 controls (U+0085 is a line break for str.splitlines), line/paragraph separators, bidi controls, and
# lone surrogates (which cannot be encoded at all). Escaped, they stay in the JSON value, harmlessly.
# All are "not printable" to str.isprintable, so printable JSON skips the pattern.
_JSON_UNSAFE = "[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c" + _INVISIBLE + "]"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def clean(text: str, *, one_line: bool = True) -> str:
    """Text safe for a terminal: escape sequences and control characters removed, tabs as spaces."""
    text = strip_escapes(text).replace("\t", " ").replace("\r\n", "\n").replace("\r", " ")
    if not text.isprintable():  # a vertical tab (Word's manual line break), a form feed or a unit separator
        text = text.translate(_SPACING)  # part words as a tab does: "12\vitems" is "12 items", not "12items"
    if not text.isascii():  # line and paragraph separators break a line, as a newline does
        text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    if one_line:
        text = text.replace("\n", " ")
    return text if text.isprintable() else re.sub(_CONTROLS, "", text)


_SPACING = dict.fromkeys(map(ord, "\v\f\x1c\x1d\x1e\x1f"), " ")


def counted(number: int, word: str) -> str:
    """ "1 error", "3 errors": a count and its word, which takes an -s after any number but one."""
    return f"{number} {word}{'' if number == 1 else 's'}"


def visible(text: str) -> str:
    """A name as it can be read back: every escape, control or invisible character written as `\\xNN` or
    `\\uNNNN` ("kb.yaml\\x1b[2J"), so a file name that holds one is not shown as another file's name."""
    if text.isprintable():
        return text
    # (a tab or a line break too: "bad\nname.yaml" shown as "bad name.yaml" would be another file's name)
    return re.sub(_CONTROLS + "|[\u2028\u2029\n\t]", lambda match: ascii(match.group())[1:-1], text)


def hides_any(text: str) -> bool:
    """Does the text hold a character that every output cleans away (a control, an escape, a bidi control)? Not a
    joiner: "👩‍👦" and Persian "می‌خواهم" are shown as written."""
    return not text.isprintable() and re.search(_CONTROLS, text) is not None


# -- JSON -------------------------------------------------------------------------------------------------


def _json_escape(char: str) -> str:
    """`\\uXXXX` for one character (a surrogate pair beyond the Basic Multilingual Plane)."""
    code = ord(char)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def _encodable(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def to_json(value: Any, *, indent: int | None = None, encoding: str | None = None) -> str:
    """`value` as JSON that is safe anywhere: readable UTF-8 where possible, with every control, bidi or
    line-separator character escaped, and — for a stream in `encoding` — every character it cannot encode
    written as `\\u` (non-ASCII characters occur only inside JSON strings, where that escape means the same)."""
    import json

    text = json.dumps(value, ensure_ascii=False, indent=indent)
    if not text.isprintable():
        # a lone surrogate (an undecodable byte of a file name, kept by the OS) is no character: strict JSON
        # readers refuse its escape, so it is written as U+FFFD, as the text output writes it
        text = re.sub("[\ud800-\udfff]", "\ufffd", text)
        text = re.sub(_JSON_UNSAFE, lambda match: _json_escape(match.group()), text)
    if encoding and not text.isascii():
        try:
            text.encode(encoding)
        except (UnicodeEncodeError, LookupError):
            known = encoding if _known_encoding(encoding) else "ascii"
            text = _NON_ASCII.sub(
                lambda match: match.group() if _encodable(match.group(), known) else _json_escape(match.group()), text
            )
    return text


def _known_encoding(encoding: str) -> bool:
    import codecs

    try:
        codecs.lookup(encoding)
    except LookupError:
        return False
    return True


def write_json(stream: Any, value: Any, *, indent: int | None = None) -> None:
    """One JSON document (or JSON Lines row, with no indent) and a newline, escaped for the stream's encoding."""
    stream.write(to_json(value, indent=indent, encoding=getattr(stream, "encoding", None)) + "\n")


# -- width and wrapping -----------------------------------------------------------------------------------


def display_width(text: str) -> int:
    """Columns a terminal gives the text: wide characters (CJK, emoji) take two, combining and zero-width
    characters none, an emoji sequence (skin tone, family) two in all."""
    if text.isascii() and text.isprintable():
        return len(text)
    import wcwidth  # only for text outside printable ASCII

    width = wcwidth.wcswidth(text)
    if width >= 0:
        return width
    return sum(max(wcwidth.wcwidth(char), 0) for char in text)  # a control character: counted as nothing


def split_words(line: str) -> list[str]:
    """A line's words as wrapping sees them: split at single spaces, so runs of spaces are kept (as empty words)
    and joining with " " gives the line back."""
    return line.split(" ")


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
            for position, word in enumerate(split_words(line)):
                space = " " if position else ""
                columns = display_width(word)
                indent = min(hang or 0, width // 2)
                # a word too long for the next line too (a long path) stays where it is: breaking only moves it
                if column and word and column + len(space) + columns > width and indent + columns <= width:
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


def for_terminal(fragments: Fragments, columns: int) -> Fragments:
    """Fragments ready for a terminal `columns` wide: cleaned of control characters, wrapped between words."""
    wrapped = wrap([(style, clean(piece, one_line=False)) for style, piece in fragments], columns - 1)
    # a no-break space only keeps words together while wrapping ("source text:"); a terminal shows a space
    return [(style, piece.replace("\u00a0", " ")) for style, piece in wrapped]


def to_plain(fragments: Fragments) -> str:
    return "".join(text for _, text in fragments)


# -- numbered lists ---------------------------------------------------------------------------------------


class Numbered(FrozenValue):
    """One line of a numbered list: the question that typing its number asks, and a dim note after it."""

    __slots__ = ("note", "question")
    question: str
    note: str

    def __init__(self, question: str, note: str = "") -> None:
        self._assign(locals())


def numbered_lines(
    heading: str, items: Sequence[Numbered], start: int = 1, heading_style: str = "meta", last: int = 0
) -> Fragments:
    """A heading and numbered questions: the one look of every list whose numbers the chat lets you type
    (suggestions, related questions, topics), in the one-shot answer and in the chat alike. Numbers are right-
    aligned up to `last` (the highest number of the whole list, when it is shown in several parts)."""
    if not items:
        return []
    fragments: Fragments = [(heading_style, heading + "\n")] if heading else []
    width = len(str(max(last, start + len(items) - 1)))  # " 9." over "10.": the questions start in one column
    for number, item in enumerate(items, start=start):
        fragments.append(("number", f"  {number:>{width}}. "))
        fragments.append(("suggestion", clean(item.question)))
        fragments.append(("meta", (f"  [{clean(item.note)}]" if item.note else "") + "\n"))
    return fragments
