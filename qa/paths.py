"""Where qa's files live: the bundled knowledge base, and the XDG folders for history and cache.

Plain `os.path` strings: this is on the one-shot path, where importing pathlib alone costs ~2 ms.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from typing import BinaryIO

from .errors import KnowledgeBaseError, Problem, unreadable

MAX_FILE_BYTES = 64 * 1024 * 1024  # the largest knowledge base (or eval) file qa reads


def packaged_path() -> str:
    """Where an installed qa keeps its knowledge base: inside the package."""
    return os.path.join(os.path.dirname(os.path.realpath(__file__)), "knowledge.yaml")


def bundled_path() -> str:
    """The knowledge base shipped with qa: inside the wheel, or at the top of a checkout."""
    packaged = packaged_path()
    if os.path.isfile(packaged):
        return packaged
    return os.path.join(os.path.dirname(os.path.dirname(packaged)), "knowledge.yaml")


def is_installed_copy(path: str | os.PathLike) -> bool:
    """Whether `path` is the knowledge base installed inside the qa package (not one in a checkout)."""
    packaged = packaged_path()
    try:
        return os.path.isfile(packaged) and os.path.samefile(path, packaged)
    except (OSError, ValueError):
        return False


def xdg_dir(variable: str, fallback: str, env: Mapping[str, str] = os.environ) -> str | None:
    """`$VARIABLE/qa`, else `$HOME/<fallback>/qa`; None when neither can be used.

    A relative path in either is ignored, as the XDG spec asks (it would land wherever qa happens to run), and
    a HOME that does not exist is not one to make folders in.
    """
    xdg = env.get(variable, "")
    if xdg and os.path.isabs(xdg):
        return os.path.join(xdg, "qa")
    home = env.get("HOME", "")
    if home and os.path.isabs(home) and os.path.isdir(home):
        return os.path.join(home, fallback, "qa")
    return None


def read_file(path: str, kind: str = "knowledge base file") -> tuple[bytes, bool]:
    """The file's bytes, read once (whatever is parsed and cached is exactly this), and whether it is a regular
    file (a FIFO or a device can be read, as `--kb <(…)` does, but never cached: its size and time say nothing).

    Refuses what is missing, a folder or larger than `MAX_FILE_BYTES`, with `KnowledgeBaseError`.
    """
    try:
        with open(path, "rb") as handle:
            status = os.fstat(handle.fileno())
            if stat.S_ISDIR(status.st_mode):
                raise _fail(path, f"is a folder, not a {kind}")
            if status.st_size > MAX_FILE_BYTES:
                raise _fail(path, f"file is too large ({status.st_size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
            data = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise _fail(path, f"is a folder, not a {kind}") from None
    except OSError as exc:
        raise _fail(path, unreadable(exc)) from None
    except ValueError:  # a NUL in the name
        raise _fail(path.replace("\x00", "\\x00"), "the file name contains a NUL character (\\x00)") from None
    if len(data) > MAX_FILE_BYTES:
        raise _fail(path, f"file is too large (the limit is {MAX_FILE_BYTES:,} bytes)")
    return data, stat.S_ISREG(status.st_mode)


def read_stream(stream: BinaryIO, name: str) -> bytes:
    """A stream's bytes (standard input), refused as a file is when larger than `MAX_FILE_BYTES` or unreadable."""
    try:
        data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:  # stdin open only for writing, or a folder
        raise _fail(name, unreadable(exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise _fail(name, f"file is too large (the limit is {MAX_FILE_BYTES:,} bytes)")
    return data


def _fail(path: str, message: str) -> KnowledgeBaseError:
    return KnowledgeBaseError(Problem(message, file=path))


def describe_file(path: str) -> str:
    """The knowledge base file as the chat names it: its path, and when it is the installed copy, that it is (and
    that a knowledge.yaml in the current folder, which a user editing a checkout may expect, is not the one read).
    """
    from .display import visible  # a control character in the name is shown, not dropped: else it names another

    shown = visible(path)
    if not is_installed_copy(path):
        return shown
    here = os.path.join(os.curdir, "knowledge.yaml")
    if os.path.isfile(here):
        return f"{shown} (the copy installed with qa, not ./knowledge.yaml: qa --kb knowledge.yaml reads that one)"
    return f"{shown} (the copy installed with qa)"
