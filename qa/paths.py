"""Where qa's files live: the bundled knowledge base, and the XDG folders for history and cache.

Plain `os.path` strings: this is on the one-shot path, where importing pathlib alone costs ~2 ms.
"""

from __future__ import annotations

import os
from collections.abc import Mapping


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
