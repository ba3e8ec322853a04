"""`qa --check`: lint a knowledge base so its author finds every problem before a user does.

Schema problems come from `loader.parse()`; this module adds the content checks that need the whole knowledge
base: phrasings that repeat or collide, phrasings the matcher sends elsewhere, numbers an answer invents, and
evidence that is not in the source text. Every problem carries the line of the value at fault (from the YAML
nodes), so an editor can jump straight to it.
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import yaml

from .errors import KnowledgeBaseError, Problem, format_problem
from .loader import bundled_path, parse
from .model import Entry, KnowledgeBaseData
from .yaml_reader import compose, read_text

if TYPE_CHECKING:
    from .knowledge_base import KnowledgeBase

MIN_PHRASINGS = 3
PROGRESS_EVERY = 1_000  # phrasings asked between two progress reports
Progress = Callable[[int, int], None]  # (phrasings asked, of how many)
NEAR_DUPLICATE = 95.0  # rapidfuzz ratio of normalised phrasings at or above which two add nothing to each other

_NOT_WORD = re.compile(r"[\W_]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_YEAR_RANGE = re.compile(r"\b(\d\d)(\d\d)\s*[-–]\s*(\d\d)\b")  # "2021-25" also names 2025
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")


@dataclass(frozen=True)
class Report:
    """The outcome of checking one file: every problem found, and whether the file could be read at all."""

    file: str
    problems: tuple[Problem, ...]
    readable: bool = True

    @property
    def errors(self) -> int:
        return sum(problem.severity == "error" for problem in self.problems)

    @property
    def warnings(self) -> int:
        return sum(problem.severity == "warning" for problem in self.problems)

    def status(self, strict: bool) -> int:
        """Exit status: 2 unreadable, 1 errors (or warnings when strict), 0 clean."""
        if not self.readable:
            return 2
        if self.errors or (strict and self.warnings):
            return 1
        return 0


# -- helpers -----------------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """How phrasings compare: casefolded, punctuation and spacing collapsed ("What's it?" == "what s it")."""
    return " ".join(_NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split())


def numbers(text: str) -> dict[str, str]:
    """Numbers written with digits, normalised -> as written ("765,200" and "765200" are the same number)."""
    found: dict[str, str] = {}
    for match in _NUMBER.finditer(text):
        written = match.group()
        found.setdefault(_number_key(written), written)
    for match in _YEAR_RANGE.finditer(text):
        century, start, end = match.groups()
        if int(end) > int(start):
            found.setdefault(century + end, match.group())
    return found


def _number_key(written: str) -> str:
    plain = written.replace(",", "") if _THOUSANDS.fullmatch(written) else written
    try:
        return format(Decimal(plain).normalize(), "f")
    except InvalidOperation:
        return plain


def _squash(text: str) -> str:
    """Whitespace-normalised text, for finding evidence in a source whose line breaks differ."""
    return " ".join(text.split())


def _problem(file: str, entry: Entry, key: str, message: str, severity: str = "error") -> Problem:
    """A problem at the line of `key` in `entry` (its field or "questions.N"), else at the entry's start."""
    return Problem(message, file=file, line=entry.lines.get(key, entry.line), entry=entry.id, severity=severity)


def _score(value: float) -> str:
    return f"{value:g}"


# -- phrasings ---------------------------------------------------------------------------------------------


def _too_few(entry: Entry, file: str) -> list[Problem]:
    """One phrasing is one way in; users ask in many (a warning: the entry works, just not for everyone)."""
    count = len(entry.questions)
    if count >= MIN_PHRASINGS:
        return []
    message = f"only {_count(count, 'phrasing')}; {MIN_PHRASINGS} or more let more wordings find this entry"
    return [_problem(file, entry, "questions", message, "warning")]


def _entry_phrasings(entry: Entry, file: str) -> list[Problem]:
    """Within one entry: phrasings with no words, repeats and near-repeats."""
    problems = []
    seen: dict[str, int] = {}
    for number, phrasing in enumerate(entry.questions):
        key = normalise(phrasing)
        where = f"questions.{number}"
        if not key:
            problems.append(_problem(file, entry, where, f"phrasing {phrasing!r} has no words"))
        elif key in seen:
            first = entry.lines.get(f"questions.{seen[key]}")
            problems.append(_problem(file, entry, where, f"phrasing {phrasing!r} repeats the one on line {first}"))
        else:
            problems.extend(_near_duplicates(entry, file, number, key, seen))
            seen[key] = number
    return problems


def _near_duplicates(entry: Entry, file: str, number: int, key: str, seen: dict[str, int]) -> list[Problem]:
    """Earlier phrasings of the entry that this one barely differs from (a warning: it adds little)."""
    from rapidfuzz import fuzz

    problems = []
    for other, other_number in seen.items():
        if fuzz.ratio(key, other) >= NEAR_DUPLICATE:
            line = entry.lines.get(f"questions.{other_number}")
            message = (
                f"phrasing {entry.questions[number]!r} is nearly the same as "
                f"{entry.questions[other_number]!r} (line {line}); vary the wording"
            )
            problems.append(_problem(file, entry, f"questions.{number}", message, "warning"))
    return problems


def _phrasing_owners(entries: Iterable[Entry]) -> dict[str, list[tuple[Entry, int]]]:
    """Normalised phrasing -> the (entry, phrasing number) pairs that use it, first use first per entry."""
    owners: dict[str, list[tuple[Entry, int]]] = {}
    for entry in entries:
        for number, phrasing in enumerate(entry.questions):
            key = normalise(phrasing)
            if not key:
                continue  # reported by _entry_phrasings; nothing to share or to ask
            users = owners.setdefault(key, [])
            if all(user is not entry for user, _ in users):
                users.append((entry, number))
    return owners


def _shared_phrasings(owners: dict[str, list[tuple[Entry, int]]], file: str) -> list[Problem]:
    """The same phrasing under two entries: the matcher can only ever answer one of them."""
    problems = []
    for users in owners.values():
        first, first_number = users[0]
        for entry, number in users[1:]:
            line = first.lines.get(f"questions.{first_number}", first.line)
            message = f"phrasing {entry.questions[number]!r} is also a phrasing of entry {first.id} (line {line})"
            problems.append(_problem(file, entry, f"questions.{number}", message))
    return problems


def _collisions(
    data: KnowledgeBaseData,
    owners: dict[str, list[tuple[Entry, int]]],
    file: str,
    threshold: float | None,
    progress: Progress | None = None,
) -> list[Problem]:
    """Ask every phrasing of the knowledge base: it must come back to its own entry, at or above the threshold."""
    from .knowledge_base import KnowledgeBase

    kb = KnowledgeBase(data) if threshold is None else KnowledgeBase(data, threshold=threshold)
    problems = []
    single = [users[0] for users in owners.values() if len(users) == 1]  # a shared one is reported as shared
    for done, (entry, number) in enumerate(single):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, len(single))
        message = _collision(kb, entry, entry.questions[number])
        if message:
            problems.append(_problem(file, entry, f"questions.{number}", message))
    if progress is not None:
        progress(len(single), len(single))
    return problems


def _collision(kb: KnowledgeBase, entry: Entry, phrasing: str) -> str | None:
    """Why this phrasing does not bring its own entry back, or None when it does."""
    answer = kb.ask(phrasing)
    if answer.answered and answer.entry_id == entry.id:
        return None
    if answer.answered:
        return f"phrasing {phrasing!r} is answered by entry {answer.entry_id} (score {_score(answer.score)})"
    message = f"phrasing {phrasing!r} scores {_score(answer.score)}, below the threshold {_score(kb.threshold)}"
    best = answer.why.best_entry
    return message if best in (None, entry.id) else f"{message}, and its best match is entry {best}"


# -- answers and evidence -----------------------------------------------------------------------------------


def _answer_numbers(entry: Entry, file: str) -> list[Problem]:
    """Every number in an answer must come from its evidence: a wrong figure is the worst wrong answer."""
    evidence = numbers(entry.evidence)
    return [
        _problem(file, entry, "answer", f"number {written} in the answer is not in the evidence")
        for key, written in numbers(entry.answer).items()
        if key not in evidence
    ]


def _sentence_end(entry: Entry, file: str) -> list[Problem]:
    if _SENTENCE_END.search(entry.answer.rstrip()):
        return []
    return [_problem(file, entry, "answer", "the answer does not end a sentence (. ! or ?)", "warning")]


def _source_problems(data: KnowledgeBaseData, file: str) -> list[Problem]:
    """Where the knowledge base names its source text, every evidence must be found in it, verbatim."""
    if not data.source.file:
        return []
    source_path = (Path(file).parent / data.source.file).resolve()
    text, trouble = _read_source(source_path)
    if text is None:
        message = f"source file {data.source.file!r} {trouble}; evidence was not checked against it"
        return [Problem(message, file=file, line=_source_file_line(file), field="source.file", severity="warning")]
    squashed = _squash(text)
    return [
        _problem(file, entry, "evidence", _missing_evidence(entry.evidence, squashed, data.source.file))
        for entry in data.entries
        if _squash(entry.evidence) not in squashed
    ]


def _read_source(path: Path) -> tuple[str | None, str]:
    """The source text, or None and why not (a CI clone may well not have it)."""
    if not path.exists():
        return None, f"not found (looked for {path})"
    if not path.is_file():
        return None, f"is not a regular file ({path})"
    try:
        return read_text(str(path)), ""
    except KnowledgeBaseError as exc:
        return None, f"cannot be read ({exc.problem.message})"


def _missing_evidence(evidence: str, squashed: str, name: str) -> str:
    """Say where the evidence stops matching the source, so the author can see the typo."""
    wanted = _squash(evidence)
    low, high = 0, len(wanted)
    while low < high:  # the longest prefix of the evidence that the source contains
        middle = (low + high + 1) // 2
        if wanted[:middle] in squashed:
            low = middle
        else:
            high = middle - 1
    if low < 10:
        return f"the evidence is not in the source text {name!r}"
    matched = wanted[max(0, low - 40) : low]
    return f"the evidence is not in the source text {name!r}: it matches up to '…{matched}', then differs"


# -- YAML nodes: what the loader does not keep -------------------------------------------------------------


def _source_file_line(file: str) -> int | None:
    """The line of `source: file:` (the loader keeps lines only for entries)."""
    try:
        root = compose(read_text(file), file)
    except KnowledgeBaseError:  # changed under our feet since parse() read it: the line is not worth failing for
        return None
    value = _value(_value(root, "source"), "file")
    return value.start_mark.line + 1 if value is not None else None


def _value(node: yaml.Node | None, key: str) -> yaml.Node | None:
    """The value node of `key` in a mapping node (None when absent or not a mapping)."""
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((value for name, value in node.value if getattr(name, "value", None) == key), None)


# -- the whole check ----------------------------------------------------------------------------------------


def check(
    path: str | Path | None = None, *, threshold: float | None = None, progress: Progress | None = None
) -> Report:
    """Check a knowledge base file (None = the bundled one) and collect every problem, sorted by line.

    `threshold` is the score every phrasing must reach for its own entry (None = the matcher's default).
    `progress(done, total)` hears how the asking of every phrasing goes (about a millisecond each).
    """
    file = display_path(path)
    data, problems = parse(file)
    if data is None:
        return Report(file, tuple(problems), readable=False)
    problems += _content_problems(data, file, threshold, progress)
    problems.sort(key=lambda problem: problem.line or 0)
    return Report(file, tuple(problems))


def _content_problems(
    data: KnowledgeBaseData, file: str, threshold: float | None, progress: Progress | None = None
) -> list[Problem]:
    owners = _phrasing_owners(data.entries)
    problems = []
    for entry in data.entries:
        problems += _too_few(entry, file) + _entry_phrasings(entry, file)
        problems += _answer_numbers(entry, file) + _sentence_end(entry, file)
    problems += _shared_phrasings(owners, file)
    if data.entries:
        problems += _collisions(data, owners, file, threshold, progress)
    problems += _source_problems(data, file)
    return problems


def display_path(path: str | Path | None) -> str:
    """The path as the user gave it; the bundled file relative to the current folder when it is inside it."""
    if path is not None:
        return str(path)
    bundled = bundled_path()
    try:
        relative = os.path.relpath(bundled)
    except ValueError:  # another drive on Windows
        return str(bundled)
    return str(bundled) if relative.startswith("..") else relative


# -- output -------------------------------------------------------------------------------------------------


def summary(report: Report) -> str:
    if not report.readable:
        return f"{report.file}: cannot be checked ({_count(report.errors, 'error')})"
    if not report.problems:
        return f"{report.file}: no problems"
    return f"{_count(report.errors, 'error')}, {_count(report.warnings, 'warning')} in {report.file}"


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"


def to_dict(report: Report) -> dict:
    """The JSON shape of `qa --check --json`."""
    return {
        "file": report.file,
        "readable": report.readable,
        "errors": report.errors,
        "warnings": report.warnings,
        "problems": [asdict(problem) for problem in report.problems],
    }


class TerminalProgress:
    """`qa: asking every phrasing: 12,000 of 60,000` on one line of a terminal, rewritten in place and wiped at
    the end. A large knowledge base takes minutes to check (a 10 000-entry one, about one): say it is working."""

    def __init__(self, stream: TextIO, least: int = 2 * PROGRESS_EVERY):
        self.stream, self.least, self.shown = stream, least, 0

    def __call__(self, done: int, total: int) -> None:
        if total < self.least:
            return
        line = "" if done >= total else f"qa: asking every phrasing: {done:,} of {total:,}"
        self.stream.write("\r" + line.ljust(self.shown) + "\r" * (done >= total))
        self.stream.flush()
        self.shown = len(line)


def run_check(
    path: str | None,
    *,
    strict: bool,
    as_json: bool,
    out: TextIO,
    threshold: float | None = None,
    err: TextIO | None = None,
) -> int:
    """`qa --check`: print every problem and a summary; exit 0 clean, 1 problems, 2 unreadable (said on `err`,
    where progress also goes when it is a terminal)."""
    progress = TerminalProgress(err) if err is not None and err.isatty() else None
    report = check(path, threshold=threshold, progress=progress)
    if not report.readable and not as_json:  # not a report but bad input: one `qa: error:` line, like any command
        errors = err if err is not None else sys.stderr
        for problem in report.problems:
            errors.write(f"qa: error: {format_problem(problem)}\n")
        return report.status(strict)
    if as_json:
        out.write(json.dumps(to_dict(report) | {"strict": strict}, ensure_ascii=False, indent=2) + "\n")
    else:
        for problem in report.problems:
            out.write(format_problem(problem) + "\n")
        out.write(summary(report) + "\n")
    return report.status(strict)
