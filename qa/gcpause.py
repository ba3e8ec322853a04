"""Pause Python's cyclic garbage collector while building large structures that hold no cycles.

Why: composing a 100 000-entry YAML file or indexing it allocates millions of small objects, and each
allocation burst triggers a full-heap cycle search that finds nothing — a 3x slowdown measured on the
benchmark knowledge bases. Reference counting still frees everything as usual.

The index holds no reference cycles (its rules' data keep it through a weak proxy: `qa.rules.base.of_index`),
so a dropped knowledge base is freed by reference counting alone. The library never freezes the collector
(`gc.freeze()` would hide the host program's own objects too, for good); `qa` the program, which owns its
process, does after loading (`freeze_loaded`), so a later collection does not walk a 100 000-entry index again
and again (it cost 40 ms pauses mid-question).
"""

from __future__ import annotations

import gc


class gc_paused:
    """Context manager; a class rather than @contextmanager to keep contextlib off the one-shot path."""

    def __init__(self) -> None:
        self.was_enabled = False

    def __enter__(self) -> None:
        self.was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, kind, value, traceback) -> None:
        if self.was_enabled:
            gc.enable()


def freeze_loaded() -> None:
    """For `qa` the program only: what is loaded lives as long as the process, so the collector need not walk it
    again (`gc.freeze()`); a library call must not, as it would freeze its host's objects as well."""
    gc.freeze()
