"""Where qa's files live: the bundled knowledge base, and the XDG folders for history and cache.

Plain `os.path` strings: this is on the one-shot path, where importing pathlib alone costs ~2 ms.
"""

from __future__ import annotations

import os
from collections.abc import Mapping


def bundled_path() -> str:
    """The knowledge base shipped with qa: inside the wheel, or at the top of a checkout."""
    here = os.path.dirname(os.path.realpath(__file__))
    packaged = os.path.join(here, "knowledge.yaml")
    return packaged if os.path.isfile(packaged) else os.path.join(os.path.dirname(here), "knowledge.yaml")


def xdg_dir(variable: str, fallback: str, env: Mapping[str, str] = os.environ) -> str | None:
    """`$VARIABLE/qa`, else `$HOME/<fallback>/qa`; None when neither is set.

    A relative XDG path is ignored, as the XDG spec asks.
    """
    xdg = env.get(variable, "")
    if xdg and os.path.isabs(xdg):
        return os.path.join(xdg, "qa")
    home = env.get("HOME", "")
    if home:
        return os.path.join(home, fallback, "qa")
    return None
