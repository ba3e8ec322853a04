"""The knowledge base's values: plain frozen values (`qa.values.FrozenValue`), no behaviour."""

from __future__ import annotations

import re

from .values import FrozenValue

# an entry id as the loader accepts it, and as qa shows it unescaped: lowercase words and digits joined by "-"
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# the intents a `smalltalk:` item may name (`qa.dialogue.smalltalk.Intent` has them all)
SMALLTALK_INTENTS = ("greeting", "thanks", "goodbye", "identity", "capabilities", "help", "compliment", "acknowledge")


class Source(FrozenValue):
    """Where the knowledge base's facts come from (shown by the REPL's /source)."""

    __slots__ = ("file", "published", "publisher", "title", "url")
    title: str
    publisher: str
    url: str
    published: str
    file: str  # optional path of the source text, relative to the knowledge base file

    def __init__(self, title: str = "", publisher: str = "", url: str = "", published: str = "", file: str = ""):
        self._assign(locals())


class Entry(FrozenValue, uncompared=("lines",), unshown=("lines",)):
    """One answerable fact: the ways people ask for it, our answer, the article's evidence."""

    __slots__ = ("answer", "evidence", "id", "line", "lines", "questions", "related", "tags")
    id: str
    questions: tuple[str, ...]
    answer: str
    evidence: str
    tags: tuple[str, ...]
    related: tuple[str, ...]
    line: int | None  # where the entry starts in its file, for error messages
    # line of each field's value ("answer", "evidence", ...) and of each phrasing ("questions.0", ...),
    # so `qa --check` can point at the exact value at fault (empty when not read for checking); not part of
    # the entry's identity
    lines: dict[str, int]

    def __init__(
        self,
        id: str,
        questions: tuple[str, ...],
        answer: str,
        evidence: str,
        tags: tuple[str, ...] = (),
        related: tuple[str, ...] = (),
        line: int | None = None,
        lines: dict[str, int] | None = None,
    ) -> None:
        lines = {} if lines is None else lines
        self._assign(locals())

    def offered(self, phrasing: str) -> str:
        """How to offer this entry in a "Did you mean" list, from the phrasing that matched: as a question a
        reader can take up ("How many poor counties got out of poverty?"), not a keyword phrasing ("people out of
        poverty"); the phrasing itself when the entry has no question."""
        if phrasing.rstrip().endswith("?"):
            return phrasing
        return next((question for question in self.questions if question.rstrip().endswith("?")), phrasing)


class SmallTalk(FrozenValue):
    """A knowledge base's own small talk: an intent (greeting, thanks, …), lines that say it, qa's reply."""

    __slots__ = ("intent", "phrasings", "reply")
    intent: str
    phrasings: tuple[str, ...]
    reply: str

    def __init__(self, intent: str, phrasings: tuple[str, ...], reply: str) -> None:
        self._assign(locals())


class KnowledgeBaseData(FrozenValue):
    """Everything a knowledge base file says, validated, before any index is built."""

    __slots__ = ("entries", "path", "smalltalk", "source", "synonyms", "title", "version")
    path: str
    title: str
    source: Source
    entries: tuple[Entry, ...]
    synonyms: dict[str, tuple[str, ...]]
    version: int
    smalltalk: tuple[SmallTalk, ...]  # overrides and extends the built-in small talk (qa.dialogue.smalltalk)

    def __init__(
        self,
        path: str,
        title: str,
        source: Source,
        entries: tuple[Entry, ...],
        synonyms: dict[str, tuple[str, ...]] | None = None,
        version: int = 1,
        smalltalk: tuple[SmallTalk, ...] = (),
    ) -> None:
        synonyms = {} if synonyms is None else synonyms
        self._assign(locals())


def topic_groups(entries: tuple[Entry, ...]) -> list[tuple[str, list[int]]]:
    """Tags in first-seen order, each with the positions of the entries filed under it: an entry goes under
    its first tag only, so it is listed (and numbered) once; untagged entries go under "other". The chat's
    /topics lists these groups, and "what can you do?" names them."""
    groups: dict[str, list[int]] = {}
    for position, entry in enumerate(entries):
        groups.setdefault(entry.tags[0] if entry.tags else "other", []).append(position)
    return list(groups.items())
