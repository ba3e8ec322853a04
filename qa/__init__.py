"""qa: answers questions from a curated knowledge base, and says so when it does not know.

    >>> import qa
    >>> qa.ask("How many Hechi products hold Shenzhen certification?").text
    'Hechi has 51 products from 32 companies that hold Shenzhen quality certification, ...'

`qa.load(path)` reads another knowledge base; `KnowledgeBase.ask()` returns an `Answer`.
"""

from __future__ import annotations

from importlib import import_module

from .gcpause import gc_paused

TYPE_CHECKING = False  # not `typing`'s: importing typing here would cost every start (ruff and mypy read it)
if TYPE_CHECKING:
    from .answer import Answer, Explanation, Kind, Suggestion
    from .conversation import Conversation
    from .errors import KnowledgeBaseError, Problem
    from .knowledge_base import KnowledgeBase, load
    from .matcher import DEFAULT_THRESHOLD
    from .model import Entry, Source
    from .tuning import Tuning

# Each public name is imported on first use: `import qa` (and so the `qa` command, before its own Ctrl-C
# handling is in place) costs almost nothing, and the one-shot path never imports the conversation's context.
_HOMES = {
    "Answer": ".answer",
    "Explanation": ".answer",
    "Kind": ".answer",
    "Suggestion": ".answer",
    "Conversation": ".conversation",
    "KnowledgeBaseError": ".errors",
    "Problem": ".errors",
    "KnowledgeBase": ".knowledge_base",
    "load": ".knowledge_base",
    "DEFAULT_THRESHOLD": ".matcher",
    "Entry": ".model",
    "Source": ".model",
    "Tuning": ".tuning",
}

__version__ = "0.1.0"
__all__ = [
    "DEFAULT_THRESHOLD",
    "Answer",
    "Conversation",
    "Entry",
    "Explanation",
    "Kind",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Problem",
    "Source",
    "Suggestion",
    "Tuning",
    "__version__",
    "ask",
    "load",
]


def ask(question: str, *, threshold: float | None = None) -> Answer:
    """Ask the bundled knowledge base (loaded once per call: hold `qa.load()` for many questions)."""
    from .knowledge_base import load

    return load().ask(question, threshold=threshold)


def __getattr__(name: str) -> object:
    """A public name, imported from its home on first use and kept."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'qa' has no attribute {name!r}")
    # Importing qa (with dataclasses, inspect and json) makes tens of thousands of objects that live as long as
    # the program: the cycle collector's passes over them during import find nothing (~1 ms).
    with gc_paused():
        value = getattr(import_module(home, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))
