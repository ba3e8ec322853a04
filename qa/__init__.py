"""qa: answers questions from a curated knowledge base, and says so when it does not know.

    >>> import qa
    >>> qa.ask("How many Hechi products hold Shenzhen certification?").text
    'Hechi has 51 products from 32 companies that hold Shenzhen quality certification, ...'

`qa.load(path)` reads another knowledge base; `KnowledgeBase.ask()` returns an `Answer`.
"""

from __future__ import annotations

from .gcpause import gc_paused

# Importing qa (with dataclasses, inspect and json) makes tens of thousands of objects that live
# as long as the program: the cycle collector's passes over them during import find nothing (~1 ms).
with gc_paused():
    from .answer import Answer, Explanation, Kind, Suggestion
    from .errors import KnowledgeBaseError, Problem
    from .knowledge_base import KnowledgeBase, load
    from .matcher import DEFAULT_THRESHOLD
    from .model import Entry, Source
    from .tuning import Tuning

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
    return load().ask(question, threshold=threshold)


def __getattr__(name: str):
    """`qa.Conversation` on first use: the one-shot path never imports the conversation's context."""
    if name == "Conversation":
        from .conversation import Conversation

        return Conversation
    raise AttributeError(f"module 'qa' has no attribute {name!r}")
