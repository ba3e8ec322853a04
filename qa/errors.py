"""Errors and problem reports that point an author at the exact place in their file."""

from __future__ import annotations

import re

from .values import FrozenValue

SEVERITIES = ("error", "warning", "note")  # a note says what was not checked and why; it never fails a check


class Problem(FrozenValue):
    """One thing wrong with a knowledge base, located as precisely as we know."""

    __slots__ = ("entry", "field", "file", "line", "message", "severity")
    message: str
    file: str
    line: int | None  # 1-based, as editors count
    entry: str | None  # the entry's id (or "#N" when it has none)
    field: str | None
    severity: str  # "error", "warning" or "note"

    def __init__(
        self,
        message: str,
        file: str = "",
        line: int | None = None,
        entry: str | None = None,
        field: str | None = None,
        severity: str = "error",
    ) -> None:
        self._assign(locals())

    def location(self) -> str:
        """`file:line` (or just `file`) — the part an editor can jump to."""
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}"

    def __str__(self) -> str:
        return format_problem(self)


SHOWN_CHARACTERS = 80  # of a key or a value quoted in a message: the error stays one line a person can read


def quoted(value: str) -> str:
    """`value` quoted for a message ('loan-limit'), cut short when it is long: a 60 MB key made a 60 MB line."""
    if len(value) <= SHOWN_CHARACTERS:
        return repr(value)
    return f"{value[:SHOWN_CHARACTERS]!r}… ({len(value):,} characters)"


_LONG_RUN = 200  # a run of this many characters without a space is a value pasted whole, not words of a message


def shortened(text: str) -> str:
    """A message with every run of more than `_LONG_RUN` characters without a space cut as `quoted` cuts a
    value: whatever path a 50 MB id, version or YAML tag takes into a message, the line stays short."""
    if len(text) <= _LONG_RUN:
        return text
    import re

    # (the marks that end the run, "':" of "'ggg…':", stay after the cut, so the message reads as it would)
    return re.sub(
        r"(\S{" + str(_LONG_RUN + 1) + r",}?)([^\w\s]{0,3})(?=\s|$)",
        lambda run: f"{run[1][:SHOWN_CHARACTERS]}… ({len(run[1]):,} characters){run[2]}",
        text,
    )


def _names_field(field: str, message: str) -> bool:
    """Does the message already say which field it is about ("… in the answer …", "phrasing '…'" of a
    question)?"""
    if field.startswith("questions") and "phrasing" in message:
        return True
    name = field.split(".")[-1]
    # only a name of the format says which field it is: "synonyms.a" is the word "a", which "a list" does not name
    if quoted(name) in message:  # "unknown key 'anwser'" names it
        return True
    return name in _FIELD_NAMES and re.search(rf"\b{re.escape(name)}\b", message) is not None


_FIELD_NAMES = frozenset(
    """version title source publisher published url file entries id questions answer evidence tags related
    synonyms smalltalk intent reply phrasings""".split()  # noqa: SIM905
)


def format_problem(problem: Problem) -> str:
    """`file:line: entry ID: field 'name': message`, the one way a problem is shown (`qa --check` prints it as
    is, a load error after `qa: error: `); "warning: " or "note: " comes before the message of one.

    The field is left out when the message already names it. Cleaned of control and bidi characters: the file
    name and the quoted values come from the user's files.
    """
    from .display import clean, visible

    parts = [visible(problem.location())] if problem.file else []
    if problem.entry:
        parts.append(f"entry {problem.entry}")
    if problem.field and not _names_field(problem.field, problem.message):
        parts.append(f"field {quoted(problem.field)}")
    if problem.severity != "error":
        parts.append(problem.severity)
    parts.append(problem.message)
    return clean(shortened(": ".join(parts)))


class KnowledgeBaseError(Exception):
    """The knowledge base cannot be used; the message names file, line, entry and field."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        if not self.problems or not all(isinstance(problem, Problem) for problem in self.problems):
            raise TypeError("a KnowledgeBaseError is made of one Problem or more")  # never an empty error
        first = str(self.problems[0])
        more = len(self.problems) - 1
        if more:
            # (--check finds more: warnings, and problems only its content checks look for)
            first += (
                f" (and {more} more that stop{'' if more > 1 else 's'} it loading; run qa --check for every problem)"
            )
        super().__init__(first)

    def __reduce__(self):  # pickled (a worker process) as what it was made of, not its message
        return (type(self), (self.problems,))

    @property
    def problem(self) -> Problem:
        return self.problems[0]


def unreadable(exc: OSError) -> str:
    """Why a file could not be opened, in the same words wherever qa reads one."""
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    return f"cannot read file ({exc.strerror or exc})"
