"""The knowledge base's values: plain frozen dataclasses, no behaviour."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """Where the knowledge base's facts come from (shown by the REPL's /source)."""

    title: str = ""
    publisher: str = ""
    url: str = ""
    published: str = ""
    file: str = ""  # optional path of the source text, relative to the knowledge base file


@dataclass(frozen=True)
class Entry:
    """One answerable fact: the ways people ask for it, our answer, the article's evidence."""

    id: str
    questions: tuple[str, ...]
    answer: str
    evidence: str
    tags: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    line: int | None = None  # where the entry starts in its file, for error messages
    # line of each field's value ("answer", "evidence", ...) and of each phrasing ("questions.0", ...),
    # so `qa --check` can point at the exact value at fault (empty when not read for checking); not part of
    # the entry's identity
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False, repr=False)


@dataclass(frozen=True)
class SmallTalk:
    """A knowledge base's own small talk: an intent (greeting, thanks, …), lines that say it, qa's reply."""

    intent: str
    phrasings: tuple[str, ...]
    reply: str


@dataclass(frozen=True)
class KnowledgeBaseData:
    """Everything a knowledge base file says, validated, before any index is built."""

    path: str
    title: str
    source: Source
    entries: tuple[Entry, ...]
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    version: int = 1
    smalltalk: tuple[SmallTalk, ...] = ()  # overrides and extends the built-in small talk (qa.dialogue.smalltalk)
