"""The chat on a dumb terminal (TERM=dumb: an editor's shell buffer, a serial console).

The same commands and answers as the full chat, as plain lines read with `input()`: prompt_toolkit would still
send cursor and style sequences such a terminal cannot show, and it has no use for completion or a toolbar.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable

from ..display import Fragments, for_terminal, to_plain
from ..knowledge_base import KnowledgeBase
from .commands import Chat, take_line
from .render import banner_fragments

PROMPT = "qa> "


def _screen() -> tuple[int, int]:
    size = shutil.get_terminal_size()
    return size.columns, size.lines


def run_plain_chat(
    kb: KnowledgeBase,
    threshold: float | None = None,
    *,
    read: Callable[[str], str] = input,
    write: Callable[[str], object] | None = None,
) -> int:
    """Chat until /quit, exit, quit or end of input; return the exit status (0). `write` defaults to stdout's."""
    chat = Chat(kb, threshold, screen=_screen)
    write = write or sys.stdout.write

    def show(fragments: Fragments) -> None:
        write(to_plain(for_terminal(fragments, shutil.get_terminal_size().columns)))

    show(banner_fragments(chat.kb))
    while True:
        try:
            line = read(PROMPT)
        except EOFError:
            write("\n")
            return 0
        except KeyboardInterrupt:
            write("\n")
            continue
        if take_line(chat, line, show):
            return 0
