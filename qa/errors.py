"""Errors and problem reports that point an author at the exact place in their file."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a knowledge base, located as precisely as we know."""

    message: str
    file: str = ""
    line: int | None = None  # 1-based, as editors count
    entry: str | None = None  # the entry's id (or "#N" when it has none)
    field: str | None = None
    severity: str = "error"  # "error" or "warning"

    def location(self) -> str:
        """`file:line` (or just `file`) — the part an editor can jump to."""
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}"

    def __str__(self) -> str:
        parts = [self.location()] if self.file else []
        if self.entry:
            parts.append(f"entry {self.entry}")
        if self.field:
            parts.append(f"field {self.field!r}")
        parts.append(self.message)
        return ": ".join(parts)


class KnowledgeBaseError(Exception):
    """The knowledge base cannot be used; the message names file, line, entry and field."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        first = str(self.problems[0])
        more = len(self.problems) - 1
        if more:
            first += f" (and {more} more problem{'s' if more > 1 else ''}; run qa --check)"
        super().__init__(first)

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
