"""Where the chat keeps its history, and an in-memory fallback when that place cannot be written.

A read-only home or an unset HOME must not stop anyone from asking questions: the chat carries on with
history in memory, and `HistoryChoice.notice` says why, so the session can tell the user once.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from prompt_toolkit.history import FileHistory, History, InMemoryHistory

from ..paths import xdg_dir


@dataclass(frozen=True)
class HistoryChoice:
    """The history to use, the file behind it (None = memory only), and why it is in memory, if it is."""

    history: History
    path: Path | None
    notice: str | None = None


def default_path(env: Mapping[str, str] = os.environ) -> Path | None:
    """`$XDG_DATA_HOME/qa/history`, else `$HOME/.local/share/qa/history`; None when neither is set."""
    folder = xdg_dir("XDG_DATA_HOME", ".local/share", env)
    return Path(folder) / "history" if folder else None


class TolerantFileHistory(FileHistory):
    """A FileHistory that stops writing (instead of crashing the prompt) if the file goes bad mid-session."""

    def __init__(self, filename: Path) -> None:
        super().__init__(filename)
        self.failure: str | None = None

    def load_history_strings(self) -> Iterable[str]:
        try:
            return list(super().load_history_strings())
        except OSError as exc:
            self.failure = _reason(self.filename, exc)
            return []

    def store_string(self, string: str) -> None:
        if self.failure is not None:
            return
        try:
            super().store_string(string)
        except OSError as exc:
            self.failure = _reason(self.filename, exc)


def _reason(path, exc: OSError) -> str:
    return f"History is kept in memory only this session: cannot write {path} ({exc.strerror or exc})."


def open_history(path: Path | None) -> HistoryChoice:
    """A file history at `path` if its folder and file can be created and written, else memory."""
    if path is None:
        return HistoryChoice(
            InMemoryHistory(),
            None,
            "History is kept in memory only this session: neither XDG_DATA_HOME nor HOME is set.",
        )
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.close(descriptor)
        with open(path, "rb"):
            pass
    except OSError as exc:
        return HistoryChoice(InMemoryHistory(), None, _reason(path, exc))
    return HistoryChoice(TolerantFileHistory(path), path)
