"""Where qa's files live: the bundled knowledge base, and the XDG folders for history and cache."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path


def bundled_path() -> Path:
    """The knowledge base shipped with qa: inside the wheel, or at the top of a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "knowledge.yaml"
    return packaged if packaged.is_file() else here.parent / "knowledge.yaml"


def xdg_dir(variable: str, fallback: str, env: Mapping[str, str] = os.environ) -> Path | None:
    """`$VARIABLE/qa`, else `$HOME/<fallback>/qa`; None when neither is set.

    A relative XDG path is ignored, as the XDG spec asks.
    """
    xdg = env.get(variable, "")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "qa"
    home = env.get("HOME", "")
    if home:
        return Path(home) / fallback / "qa"
    return None
