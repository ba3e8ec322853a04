"""Where the chat keeps its history, and an in-memory fallback when that place cannot be written.

A read-only home or an unset HOME must not stop anyone from asking questions: the chat carries on with
history in memory, and `HistoryChoice.notice` says why, so the session can tell the user once. The history
file is never reached through a symbolic link: a link there (dangling or not) would have qa append the
user's questions to whatever file it names, or create one where it points.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from prompt_toolkit.history import FileHistory, History, InMemoryHistory

from ..display import visible
from ..paths import xdg_dir

_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)  # absent on Windows, which has no such links to worry about here
MEMORY_ONLY = "History is kept in memory only this session"


@dataclass(frozen=True)
class HistoryChoice:
    """The history to use, the file behind it (None = memory only), and why it is in memory, if it is."""

    history: History
    path: Path | None
    notice: str | None = None


def default_path(env: Mapping[str, str] = os.environ) -> Path | None:
    """`$XDG_DATA_HOME/qa/history`, else `$HOME/.local/share/qa/history`; None when neither is usable."""
    folder = xdg_dir("XDG_DATA_HOME", ".local/share", env)
    return Path(folder) / "history" if folder else None


MAX_HISTORY_BYTES = 4 * 1024 * 1024  # the newest 4 MiB of the history file are read: tens of thousands of lines


class TolerantFileHistory(FileHistory):
    """A FileHistory that never follows a symbolic link, and stops writing (instead of crashing the prompt)
    if the file goes bad mid-session."""

    def __init__(self, filename: Path) -> None:
        super().__init__(filename)
        self.failure: str | None = None

    def load_history_strings(self) -> Iterable[str]:
        try:
            descriptor = os.open(self.filename, os.O_RDONLY | _NO_FOLLOW)
        except FileNotFoundError:
            return []
        except OSError as exc:
            self.failure = _reason(self.filename, exc)
            return []
        strings: list[str] = []
        lines: list[str] = []
        try:
            with os.fdopen(descriptor, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                whole = size <= MAX_HISTORY_BYTES  # else only the newest part: a history is never trimmed, and a
                if not whole:  # 1 GB one (a crash's NULs) took 2 GB to read whole
                    handle.seek(size - MAX_HISTORY_BYTES)
                for raw in handle:
                    if not whole:  # the rest of a record cut in two: up to the next record's "# date" line
                        whole = raw.startswith(b"#")
                        continue
                    line = raw.decode("utf-8", errors="replace")
                    if line.startswith("+"):
                        lines.append(line[1:])
                    else:
                        if lines:
                            strings.append("".join(lines)[:-1])
                        lines = []
        except OSError as exc:
            self.failure = _reason(self.filename, exc)
            return []
        if lines:
            strings.append("".join(lines)[:-1])
        return list(reversed(strings))  # newest first, as prompt_toolkit expects

    def store_string(self, string: str) -> None:
        if self.failure is not None:
            return
        record = f"\n# {datetime.datetime.now()}\n" + "".join(f"+{line}\n" for line in string.split("\n"))
        try:
            descriptor = os.open(self.filename, os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NO_FOLLOW, 0o600)
            with os.fdopen(descriptor, "ab") as handle:
                handle.write(record.encode("utf-8", errors="replace"))
        except OSError as exc:
            self.failure = _reason(self.filename, exc)


def _reason(path, exc: OSError) -> str:
    if os.path.islink(path):
        return f"{MEMORY_ONLY}: {visible(str(path))} is a symbolic link, which qa does not follow."
    if isinstance(exc, (FileExistsError, NotADirectoryError)):  # "…/qa" is a file where its folder should be
        blocking = next((folder for folder in Path(path).parents if folder.exists() and not folder.is_dir()), None)
        if blocking is not None:
            return f"{MEMORY_ONLY}: {visible(str(blocking))} is not a folder."
    return f"{MEMORY_ONLY}: cannot write {visible(str(path))} ({exc.strerror or exc})."


def open_history(path: Path | None) -> HistoryChoice:
    """A file history at `path` if its folder and file can be created and written, else memory."""
    if path is None:
        return HistoryChoice(
            InMemoryHistory(),
            None,
            f"{MEMORY_ONLY}: neither XDG_DATA_HOME is set to an absolute path nor HOME to a folder that exists.",
        )
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if path.exists() and not path.is_symlink() and not path.is_file():  # a FIFO or a device: never wait on it
            return HistoryChoice(InMemoryHistory(), None, f"{MEMORY_ONLY}: {visible(str(path))} is not a regular file.")
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NO_FOLLOW, 0o600)
        os.close(descriptor)
        descriptor = os.open(path, os.O_RDONLY | _NO_FOLLOW)
        os.close(descriptor)
    except OSError as exc:
        return HistoryChoice(InMemoryHistory(), None, _reason(path, exc))
    return HistoryChoice(TolerantFileHistory(path), path)
