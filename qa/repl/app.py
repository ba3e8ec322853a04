"""The chat's session loop: banner, then prompt → respond → print until the user leaves.

Input and output are injectable (prompt_toolkit's `create_pipe_input()` and an `Output`) so tests drive
the real loop without a terminal. Everything printed goes through `clean()` and the one style table.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from prompt_toolkit import PromptSession, print_formatted_text
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.history import History
from prompt_toolkit.input import Input
from prompt_toolkit.output import ColorDepth, Output
from prompt_toolkit.styles import BaseStyle, Style, merge_styles

from ..display import Fragments, for_terminal
from ..knowledge_base import KnowledgeBase
from ..style import STYLES
from ..text import cut_at_word
from ..tuning import LIMITS
from .commands import COMMANDS, Chat, asked_question, take_line
from .completer import QACompleter
from .history import HistoryChoice, TolerantFileHistory, default_path, open_history
from .key_bindings import build_key_bindings
from .render import banner_fragments, notice_fragments
from .toolbar import toolbar_fragments

PROMPT = [("class:prompt", "qa> ")]
# Without colour the toolbar's background disappears; reverse video keeps it visible (an attribute, not a colour).
_MONOCHROME = {"bottom-toolbar": "reverse"}


def color_depth(env: Mapping[str, str] = os.environ) -> ColorDepth | None:
    """One bit (no colour, bold/italic kept) under NO_COLOR or TERM=dumb; otherwise prompt_toolkit reads the terminal.

    Recent prompt_toolkit honours NO_COLOR itself; saying it here keeps older 3.0 releases honest too.
    """
    return ColorDepth.DEPTH_1_BIT if env.get("NO_COLOR") or env.get("TERM") == "dumb" else None


def build_style(depth: ColorDepth | None) -> BaseStyle:
    """qa's one style table, plus reverse video for the toolbar when there is no colour to mark it."""
    styles = [Style.from_dict(STYLES)]
    if depth is ColorDepth.DEPTH_1_BIT:
        styles.append(Style.from_dict(_MONOCHROME))
    return merge_styles(styles)


@dataclass(frozen=True)
class Printer:
    """Prints style-class fragments through the session's output, cleaned, in the chat's style."""

    output: Output
    style: BaseStyle
    depth: ColorDepth | None

    def __call__(self, fragments: Fragments) -> None:
        if not fragments:
            return
        columns = self.output.get_size().columns
        text = FormattedText(
            [(f"class:{style}" if style else "", piece) for style, piece in for_terminal(fragments, columns)]
        )
        print_formatted_text(text, end="", style=self.style, output=self.output, color_depth=self.depth)


class AskedHistory(History):
    """The session's history as questions: a typed number is stored as the question it stands for, so Up
    recalls what was asked, not "7". `resolve` is read when the line is accepted, before the chat answers it,
    so the number is read against the list that was on screen when it was typed."""

    def __init__(self, stored: History, resolve: Callable[[str], str]) -> None:
        super().__init__()
        self.stored = stored
        self.resolve = resolve

    def load_history_strings(self) -> Iterable[str]:
        return self.stored.load_history_strings()

    def store_string(self, string: str) -> None:
        self.stored.store_string(string)

    def append_string(self, string: str) -> None:
        # what qa reads of a line, no more: a 1 MB paste is not kept (nor searched with Ctrl-R) whole
        question = cut_at_word(self.resolve(string), LIMITS.question_chars)
        if self._loaded_strings and self._loaded_strings[0] == question:
            return  # asking the last question again (by its number) is not a new line of history
        super().append_string(question)


def _history_failure(choice: HistoryChoice) -> str | None:
    history = choice.history
    return history.failure if isinstance(history, TolerantFileHistory) else choice.notice


def run_repl(
    kb: KnowledgeBase,
    threshold: float | None = None,
    *,
    input: Input | None = None,
    output: Output | None = None,
    history_path: str | Path | None = None,
) -> int:
    """Chat until /quit, exit, quit or Ctrl-D; return the exit status (0).

    `history_path` None means the default place ($XDG_DATA_HOME/qa/history or ~/.local/share/qa/history).
    """
    previous = signal.signal(signal.SIGTERM, _leave_on_terminate) if _main_thread() else None
    try:
        return _chat(kb, threshold, input, output, history_path)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _leave_on_terminate(signum: int, frame: object) -> None:
    """SIGTERM (`kill`, a closing session manager) unwinds the prompt like Ctrl-D, so prompt_toolkit puts the
    terminal back (echo, line mode, no bracketed paste); dying outright left the shell typing blind."""
    raise SystemExit(128 + signum)


def _main_thread() -> bool:
    """Signal handlers can only be set from the main thread (an embedding program may run the chat elsewhere)."""
    return threading.current_thread() is threading.main_thread()


def _chat(
    kb: KnowledgeBase,
    threshold: float | None,
    input: Input | None,
    output: Output | None,
    history_path: str | Path | None,
) -> int:
    chat = Chat(kb, threshold)
    choice = open_history(Path(history_path) if history_path is not None else default_path())
    depth = color_depth()
    style = build_style(depth)
    session: PromptSession[str] = PromptSession(
        PROMPT,
        input=input,
        output=output,
        history=AskedHistory(choice.history, lambda line: asked_question(chat, line)),
        auto_suggest=AutoSuggestFromHistory(),
        completer=QACompleter(lambda: chat.kb, [(command.name, command.summary) for command in COMMANDS]),
        complete_while_typing=False,
        key_bindings=build_key_bindings(),
        bottom_toolbar=lambda: toolbar_fragments(chat.kb, session.output.get_size().columns),
        style=style,
        color_depth=depth,
        enable_suspend=True,
    )
    chat.screen = lambda: (session.output.get_size().columns, session.output.get_size().rows)
    show = Printer(session.output, style, depth)
    show(banner_fragments(chat.kb))
    told_history = told_keys = False
    while True:
        failure = _history_failure(choice)
        if failure and not told_history:
            show(notice_fragments(failure))
            told_history = True
        try:
            line = session.prompt()
        except KeyboardInterrupt:
            if not told_keys:  # Ctrl-C on an empty line, once: someone pressing it there may want out
                show(notice_fragments("(Ctrl-C clears the line; Ctrl-D or /quit leaves.)"))
                told_keys = True
            continue
        except EOFError:
            return 0
        if take_line(chat, line, show):
            return 0
