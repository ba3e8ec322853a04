"""`qa --check`: lint a knowledge base so its author finds every problem before a user does.

Schema problems come from `loader.parse()`; this module adds the content checks that need the whole knowledge
base: phrasings that repeat or collide, phrasings the matcher sends elsewhere, numbers an answer invents, and
evidence that is not in the source text. Every problem carries the line of the value at fault (from the YAML
nodes), so an editor can jump straight to it.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation, localcontext
from itertools import accumulate, compress
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .answer import Answer, Kind
from .display import counted, visible
from .errors import Problem, format_problem, unreadable
from .loader import bundled_path, parse_all
from .model import Entry, KnowledgeBaseData
from .paths import is_installed_copy
from .render import clean
from .text import (
    QUESTION_WORDS,
    STOPWORDS,
    Analyzer,
    drop_negated,
    is_everyday,
    spelled_numbers,
    strip_escapes,
    words,
)
from .thesaurus import everyday_paraphrase

if TYPE_CHECKING:
    from .knowledge_base import KnowledgeBase

MIN_PHRASINGS = 3
MAX_SOURCE_BYTES = 64 * 1024 * 1024  # a `source.file` larger than this is not read (a warning says so)
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

    @property
    def notes(self) -> int:
        return sum(problem.severity == "note" for problem in self.problems)

    def status(self, strict: bool) -> int:
        """Exit status: 2 unreadable, 1 errors (or warnings when strict), 0 clean; notes never fail."""
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
    text = strip_escapes(text)  # "\x1b[1m12\x1b[0m" writes 12, not 1, 12 and 0
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
        with localcontext() as exact:  # every digit counts: 28 (the default) made two long numbers one
            exact.prec = max(len(plain), 28)
            return format(Decimal(plain).normalize(), "f")
    except InvalidOperation:
        return plain


def _squash(text: str) -> str:
    """Whitespace-normalised text, for finding evidence in a source whose line breaks differ."""
    return " ".join(text.split())


def _problem(file: str, entry: Entry, key: str, message: str, severity: str = "error") -> Problem:
    """A problem at the line of `key` in `entry` (its field or "questions.N"), else at the entry's start."""
    return Problem(
        message, file=file, line=entry.lines.get(key, entry.line), entry=entry.id, field=key, severity=severity
    )


def _score(value: float) -> str:
    return f"{value:g}"


# -- phrasings ---------------------------------------------------------------------------------------------


def _too_few(entry: Entry, file: str) -> list[Problem]:
    """One phrasing is one way in; users ask in many (a warning: the entry works, just not for everyone)."""
    count = len(entry.questions)
    if count >= MIN_PHRASINGS:
        return []
    message = f"only {counted(count, 'phrasing')}; {MIN_PHRASINGS} or more let more wordings find this entry"
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
        seen: set[str] = set()  # this entry's phrasings so far: a phrasing shared by 100,000 entries is one look-up
        for number, phrasing in enumerate(entry.questions):
            key = normalise(phrasing)
            if not key:
                continue  # reported by _entry_phrasings; nothing to share or to ask
            if key not in seen:
                seen.add(key)
                owners.setdefault(key, []).append((entry, number))
    return owners


def _smalltalk_over_entries(data: KnowledgeBaseData, file: str) -> list[Problem]:
    """A small-talk line that is also an entry's phrasing would take the entry's question over."""
    asked = {normalise(question): entry.id for entry in data.entries for question in entry.questions}
    return [
        Problem(
            f"small-talk phrasing {line!r} is also a phrasing of entry {asked[normalise(line)]}; qa would chat "
            "instead of answering it",
            file=file,
            field="smalltalk.phrasings",
        )
        for item in data.smalltalk
        for line in item.phrasings
        if normalise(line) in asked
    ]


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
    if answer.parts:  # "How late are the ferries and how far over budget?": two questions, one phrasing
        parts = " and ".join(part.entry_id or "none" for part in answer.parts)
        return f"phrasing {phrasing!r} is read as {len(answer.parts)} questions (answered by {parts}): ask one thing"
    if answer.kind is Kind.SMALLTALK:  # "help", "ok fine": the whole line is small talk, whatever the entries say
        return f"phrasing {phrasing!r} is read as small talk, not as a question: say what it asks about"
    if answer.kind is Kind.CLARIFY:
        meant = " or ".join(suggestion.entry_id for suggestion in answer.suggestions)
        return f"phrasing {phrasing!r} fits {meant} equally well, so qa asks which is meant: use a word of this entry"
    if answer.answered:
        return f"phrasing {phrasing!r} is answered by entry {answer.entry_id} (score {_score(answer.score)})"
    if answer.score >= kb.threshold:  # "What is the name?": only question words and kinds of thing
        return (
            f"phrasing {phrasing!r} names nothing but what it asks for, so qa never answers it alone: add its subject"
        )
    message = f"phrasing {phrasing!r} scores {_score(answer.score)}, below the threshold {_score(kb.threshold)}"
    if drop_negated(phrasing) != phrasing:  # "not here to flip the club": the words after "not" are ruled out
        return f"{message}: words after “not” (or “except”, “rather than” …) are read as ruled out; reword it"
    best = answer.why.best_entry
    return message if best in (None, entry.id) else f"{message}, and its best match is entry {best}"


# -- answers and evidence -----------------------------------------------------------------------------------


def _answer_numbers(entry: Entry, file: str, named: frozenset[str] = frozenset()) -> list[Problem]:
    """Every number in an answer must come from its evidence: a wrong figure is the worst wrong answer. A number
    of the knowledge base's title is part of its subject's name ("Quillmark 4.0"), not a figure."""
    evidence = numbers(entry.evidence) | dict.fromkeys(spelled_numbers(entry.evidence), "")  # "Twenty-two shops"
    missing = [written for key, written in numbers(entry.answer).items() if key not in evidence and key not in named]
    return [
        _problem(file, entry, "answer", f"number {written} in the answer is not in the evidence")
        for written in missing
        if not any(written != other and written in other for other in missing)  # "2026-27" once, not its parts
    ]


def unsupported_figures(data: KnowledgeBaseData) -> list[Problem]:
    """The numbers answers give that their evidence does not: cheap enough to say on every `/reload`, where an
    author who edits an answer and reloads would otherwise see the wrong figure answered without a word."""
    named, file = frozenset(numbers(data.title)), display_path(data.path)
    return [problem for entry in data.entries if entry.evidence for problem in _answer_numbers(entry, file, named)]


def _sentence_end(entry: Entry, file: str) -> list[Problem]:
    if _SENTENCE_END.search(entry.answer.rstrip()):
        return []
    return [_problem(file, entry, "answer", "the answer does not end a sentence (. ! or ?)", "warning")]


def _source_problems(data: KnowledgeBaseData, entries: Iterable[Entry], file: str, line: int | None) -> list[Problem]:
    """Where the knowledge base names its source text, every evidence must be found in it, verbatim."""
    name = data.source.file
    if not name:
        return []
    if is_installed_copy(file):  # the article is someone else's text: an installed qa does not ship it
        message = f"the source text {name!r} is not installed with qa, so evidence was not checked against it"
        return [Problem(message, file=file, line=line, field="source.file", severity="note")]
    source_path = os.path.join(os.path.dirname(file), name)
    text, trouble = _read_source(source_path)
    if text is None:
        message = f"source file {name!r} {trouble}; evidence was not checked against it"
        return [Problem(message, file=file, line=line, field="source.file", severity="warning")]
    entries = list(entries)
    source = SourceText(text, (entry.evidence for entry in entries))
    # how far an evidence matches says something of the source's text: said only of a source beside the
    # knowledge base (in its folder or its parent's), never of one anywhere else ("/etc/…", "../../…")
    home = os.path.dirname(os.path.dirname(os.path.realpath(file)))
    nearby = os.path.realpath(source_path).startswith(home + os.sep)
    return [
        _problem(file, entry, "evidence", _missing_evidence(entry.evidence, source, name, detail=nearby))
        for entry in entries
        if entry.evidence and not source.contains(entry.evidence)
    ]


def _read_source(path: str) -> tuple[str | None, str]:
    """The source text, or None and why not (a CI clone may well not have it): only a regular UTF-8 text file
    of at most `MAX_SOURCE_BYTES`, opened without waiting on a FIFO or a device."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return None, f"not found (looked for {os.path.abspath(path)})"
    except (OSError, ValueError) as exc:  # a symlink loop, a name too long, a NUL in the name
        if isinstance(exc, ValueError):
            return None, "cannot be read (its name contains a NUL character)"
        return None, unreadable(exc).replace("cannot read file", "cannot be read")
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            return None, "is not a regular file"
        if status.st_size > MAX_SOURCE_BYTES:
            return None, f"is too large ({status.st_size:,} bytes; the limit is {MAX_SOURCE_BYTES:,})"
        with os.fdopen(os.dup(descriptor), "rb") as handle:
            data = handle.read(MAX_SOURCE_BYTES + 1)
    except OSError as exc:
        return None, unreadable(exc).replace("cannot read file", "cannot be read")
    finally:
        os.close(descriptor)
    if len(data) > MAX_SOURCE_BYTES:
        return None, f"is too large (the limit is {MAX_SOURCE_BYTES:,} bytes)"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
    if "\x00" in text:
        return None, "is not text (it holds NUL bytes)"
    return text, ""


class SourceText:
    """A source text, whitespace-normalised once, with the places of one word of each evidence.

    Why: a plain substring search reads the whole source for every evidence (a 66 MB source and 100 entries
    took 14.5 s and 1 GB). Here an evidence is compared only where its rarest inner word (the two words at its
    ends may be cut) stands whole in the source. A chunk at a time, with the looping done in C: a sample of
    the text ranks the evidence's words, one pass finds where the chosen ones are.
    """

    MAX_PLACES = 20_000  # where an evidence's rarest word is this common, a plain search is cheaper
    CHUNK = 1 << 20  # characters split into words at a time: memory stays small whatever the source
    SAMPLE = 8  # one chunk in this many is counted to find which words are rare

    def __init__(self, text: str, evidences: Iterable[str]):
        self.text = _squash(text)
        inner = {}  # evidence -> its inner words
        for evidence in evidences:
            words = _squash(evidence).split(" ")
            if len(words) >= 3:
                inner[" ".join(words)] = words[1:-1]
        counts: Counter[str] = Counter()  # in a sample of the text: only to rank the words, not to trust
        every = set().union(*inner.values())
        for _, words in self._chunks(self.SAMPLE):
            counts.update(compress(words, map(every.__contains__, words)))
        self.anchors: dict[str, tuple[str, int]] = {}  # evidence -> (its rarest inner word, where that starts)
        for wanted, words in inner.items():
            word = min(words, key=counts.__getitem__)
            self.anchors[wanted] = (word, wanted.index(f" {word} ") + 1)
        self.places: dict[str, list[int]] = {}  # anchor -> where it starts in the text
        chosen = {word for word, _ in self.anchors.values() if counts[word] * self.SAMPLE <= self.MAX_PLACES}
        for start, words in self._chunks():
            before = list(accumulate(map(len, words), initial=0))  # characters of the words before each
            for number in compress(range(len(words)), map(chosen.__contains__, words)):
                self.places.setdefault(words[number], []).append(start + before[number] + number)
        self.chosen = {word for word in chosen if len(self.places.get(word, ())) <= self.MAX_PLACES}

    def _chunks(self, every: int = 1) -> Iterator[tuple[int, list[str]]]:
        """(where it starts, its words) for every `every`-th piece of about `CHUNK` characters of the text."""
        start, number = 0, 0
        while start < len(self.text):
            end = self.text.find(" ", start + self.CHUNK)
            end = len(self.text) if end < 0 else end
            if number % every == 0:
                yield start, self.text[start:end].split(" ")
            start, number = end + 1, number + 1

    def contains(self, evidence: str) -> bool:
        wanted = _squash(evidence)
        anchor = self.anchors.get(wanted)
        if anchor is None or anchor[0] not in self.chosen:  # too short, or every word of it too common
            return wanted in self.text
        word, offset = anchor
        places = self.places.get(word, ())
        return any(self.text.startswith(wanted, place - offset) for place in places if place >= offset)

    def matched(self, evidence: str) -> int:
        """How many characters of the evidence (whitespace-normalised) the source holds from its start.

        Each search goes on from the last place found, with one character more: about one pass over the text.
        """
        wanted = _squash(evidence)
        place = self.text.find(wanted[:10])  # a shorter match is only "not in the source"
        length = 0
        while place >= 0:
            length += _common_prefix(wanted[length:], self.text, place + length)
            if length == len(wanted):
                break
            place = self.text.find(wanted[: length + 1], place + 1)
        return length


def _common_prefix(wanted: str, text: str, start: int) -> int:
    """How many characters of `wanted` the text repeats from `start`."""
    low, high = 0, min(len(wanted), len(text) - start)
    while low < high:  # halving: startswith compares in C
        middle = (low + high + 1) // 2
        if text.startswith(wanted[:middle], start):
            low = middle
        else:
            high = middle - 1
    return low


def _missing_evidence(evidence: str, source: SourceText, name: str, *, detail: bool = True) -> str:
    """Say how much of the evidence the source holds, and where it stops matching, so the author sees the typo."""
    wanted = _squash(evidence)
    low = source.matched(evidence) if detail else 0
    if low < 10:
        return f"the evidence is not in the source text {name!r}"
    matched = wanted[max(0, low - 40) : low]
    return f"the evidence is not in the source text {name!r}: it matches up to '…{matched}', then differs"


# -- the whole check ----------------------------------------------------------------------------------------


def check(
    path: str | Path | None = None, *, threshold: float | None = None, progress: Progress | None = None
) -> Report:
    """Check a knowledge base file (None = the bundled one) and collect every problem, sorted by line.

    `threshold` is the score every phrasing must reach for its own entry (None = the matcher's default).
    `progress(done, total)` hears how the asking of every phrasing goes (about a millisecond each).
    """
    file = display_path(path)
    parsed = parse_all(file)
    if parsed.data is None:
        return Report(file, tuple(parsed.problems), readable=False)
    problems = parsed.problems + _content_problems(parsed.data, parsed.unusable, file, threshold, progress)
    problems += _source_problems(parsed.data, (*parsed.data.entries, *parsed.unusable), file, parsed.source_line)
    problems.sort(key=lambda problem: problem.line or 0)
    return Report(file, tuple(problems))


def _content_problems(
    data: KnowledgeBaseData,
    unusable: tuple[Entry, ...],
    file: str,
    threshold: float | None,
    progress: Progress | None = None,
) -> list[Problem]:
    """Every check that reads entries, run on the usable ones and on the parts of those left out (a duplicate id
    or a missing field does not hide an entry's other problems); only usable entries are asked."""
    problems = []
    named = frozenset(numbers(data.title))  # "Quillmark 4.0 release notes": 4.0 names the subject
    for entry in (*data.entries, *unusable):
        if entry.questions:
            problems += _too_few(entry, file) + _entry_phrasings(entry, file)
        if entry.answer:
            problems += _sentence_end(entry, file)
            problems += _answer_numbers(entry, file, named) if entry.evidence else []
    problems += _shared_phrasings(_phrasing_owners((*data.entries, *unusable)), file)
    problems += _smalltalk_over_entries(data, file)
    if data.entries:
        problems += _collisions(data, _phrasing_owners(data.entries), file, threshold, progress)
        if len(data.entries) <= VARIED_ENTRIES:
            problems += _weak_entries(data, file, threshold)
            problems += _thin_entries(data, file, threshold)
    return problems


# -- how ordinary variation of the phrasings fares ----------------------------------------------------------

VARIED_ENTRIES = 2_000  # larger knowledge bases skip this check (it asks about a dozen variants per entry)
VARIED_PHRASINGS = 3  # the first few full questions of each entry are varied
_FRAMING = "Quick question, {}"


def variants(
    phrasing: str, synonyms: dict[str, tuple[str, ...]], used: Callable[[str], bool] = lambda word: False
) -> list[str]:
    """The ways a reader might ask this phrasing that qa should still understand: a typo in its longest word, one
    of its words dropped, a word the synonyms table lets them use, an everyday word of the same meaning that the
    knowledge base never uses (`used` says which it does; "constructed" for "built"), and chatty framing."""
    words = phrasing.rstrip("?.! ").split()
    out = []
    longest = max(range(len(words)), key=lambda at: (len(words[at]), at)) if words else None
    if longest is not None and len(words[longest]) >= 6 and words[longest].isalpha():
        word = words[longest]
        out.append(" ".join([*words[:longest], word[0] + word[2] + word[1] + word[3:], *words[longest + 1 :]]))
    content = [at for at, word in enumerate(words) if word.casefold() not in STOPWORDS and len(word) > 3]
    if len(content) >= 4:
        drop = content[-1]
        out.append(" ".join(words[:drop] + words[drop + 1 :]))
    for at, word in enumerate(words):
        variants_of = synonyms.get(word.casefold())
        if variants_of:
            out.append(" ".join([*words[:at], variants_of[0], *words[at + 1 :]]))
            break
    for at, word in enumerate(words):
        paraphrase = everyday_paraphrase(word.casefold(), used)
        if paraphrase is not None:
            out.append(" ".join([*words[:at], paraphrase, *words[at + 1 :]]))
            break
    if words:
        out.append(_FRAMING.format(phrasing[0].lower() + phrasing[1:]))
    return out


def _weak_entries(data: KnowledgeBaseData, file: str, threshold: float | None) -> list[Problem]:
    """Entries that ordinary variation of their own phrasings does not reach (refused, or another entry's answer),
    as warnings with an example: passing --check then says something about how real questions will fare."""
    from .knowledge_base import KnowledgeBase

    kb = KnowledgeBase(data, threshold)
    used = kb.index.is_topic_word  # a word a reader brings is one the knowledge base does not ask with
    problems = []
    for entry in data.entries:
        asked = [phrasing for phrasing in entry.questions if len(phrasing.split()) >= 4][:VARIED_PHRASINGS]
        tried = [variant for phrasing in asked for variant in variants(phrasing, data.synonyms, used)]
        missed = []
        for variant in tried:
            answer = kb.ask(variant)
            offered = {suggestion.entry_id for suggestion in answer.suggestions}
            if not (answer.entry_id == entry.id or (answer.kind.value == "clarify" and entry.id in offered)):
                missed.append((variant, answer))
        if tried and len(missed) * 2 >= len(tried):
            variant, answer = missed[0]
            message = (
                f"ordinary variations of its phrasings miss it: {len(missed)} of {len(tried)}, "
                f"e.g. {variant!r} gets {_outcome(answer)}; add phrasings in other words, or synonyms"
            )
            problems.append(_problem(file, entry, "questions", message, "warning"))
    return problems


def _outcome(answer: Answer) -> str:
    """What a question got, for a warning: an entry, a question back, small talk, or no answer."""
    if answer.entry_id:
        return f"entry {answer.entry_id}"
    if answer.kind is Kind.CLARIFY:
        return "a question back: " + " or ".join(suggestion.entry_id for suggestion in answer.suggestions)
    if answer.kind is Kind.SMALLTALK:
        return "a small-talk reply"
    return f"no answer (score {_score(answer.score)})"


HALVED_PHRASINGS = 4  # an entry with fewer phrasings is not split (`_too_few` speaks for it)
FOLDS = 3  # every phrasing is asked of the knowledge base without the third of all phrasings it falls in


def _fold(phrasing: str) -> int:
    """Which third a phrasing falls in: by its words, so neither their order in the file nor a rerun moves it."""
    return zlib.crc32(" ".join(phrasing.casefold().split()).encode("utf-8", "surrogatepass")) % FOLDS


def _thin_entries(data: KnowledgeBaseData, file: str, threshold: float | None) -> list[Problem]:
    """Entries whose phrasings do not find each other, as warnings with examples. Every phrasing is asked of the
    knowledge base without the third of all phrasings it falls in: an entry that fewer than half of its
    phrasings find depends on each wording as written, and a reader who words it another way will miss it.
    The bundled knowledge base's entries find 90 % of theirs; on 13 knowledge bases written from the README,
    questions about entries found by two thirds or more of their phrasings were answered right 84 % of the
    time, about those found by under a third 72 %."""
    from .knowledge_base import KnowledgeBase
    from .rules import RuleId
    from .tuning import Tuning

    # the kinds of question an entry answers are read from all its phrasings, not from the ones left: "how
    # much is an adult fare?" asked without the other "how much" phrasings must not be refused for its kind
    wordings_only = Tuning(doubt_weights={RuleId.KIND: 1.0, RuleId.IDENTITY: 1.0})

    folds = {phrasing: _fold(phrasing) for entry in data.entries for phrasing in entry.questions}

    def without(fold: int) -> KnowledgeBase:
        kept = [
            entry._replace(questions=tuple(p for p in entry.questions if folds[p] != fold) or entry.questions)
            for entry in data.entries
        ]
        return KnowledgeBase(data._replace(entries=tuple(kept)), threshold, wordings_only)

    asked_of = [without(fold) for fold in range(FOLDS)]
    problems = []
    for entry in data.entries:
        if len(entry.questions) < HALVED_PHRASINGS:
            continue
        missed = []
        for number, phrasing in enumerate(entry.questions, start=1):
            answer = asked_of[folds[phrasing]].ask(phrasing)
            if not (answer.answered and answer.entry_id == entry.id):
                missed.append((number, phrasing, answer))
        if len(missed) * 2 > len(entry.questions):
            _, phrasing, answer = missed[0]
            which = ", ".join(str(number) for number, _, _ in missed)
            alone = _said_once(phrasing, entry.questions, asked_of[0].index.analyzer)
            lone = f"; no other phrasing of it says {', '.join(f'“{word}”' for word in alone)}" if alone else ""
            message = (
                f"its phrasings do not find each other: {len(missed)} of {len(entry.questions)} miss it when each is "
                f"asked with a third of all phrasings left out, itself among them (phrasings {which}; e.g. "
                f"{phrasing!r} gets {_outcome(answer)}{lone}); use each important word in more than one phrasing, "
                "worded differently"
            )
            problems.append(_problem(file, entry, "questions", message, "warning"))
    return problems


def _said_once(phrasing: str, phrasings: tuple[str, ...], analyzer: Analyzer) -> list[str]:
    """The topic words of a phrasing that no other phrasing of its entry says, in any form the synonyms table
    gives ("fleet" of "fleet size" beside "number of vessels"): the words to use again."""
    others = {token for other in phrasings if other != phrasing for token in analyzer.tokens(other)}
    return [
        word
        for word in dict.fromkeys(words(phrasing))
        if word not in STOPWORDS
        and word not in QUESTION_WORDS
        and not is_everyday(word)
        and not others.intersection(analyzer.tokens(word))
    ]


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
    file = visible(report.file)  # "evil\x1b]0;…" escaped: a name with the sequence dropped is another file's
    if not report.readable:
        return f"{file}: cannot be checked ({counted(report.errors, 'error')})"
    notes = f", {counted(report.notes, 'note')}" if report.notes else ""
    if not report.problems or report.notes == len(report.problems):
        return f"{file}: no problems{notes}"
    return f"{counted(report.errors, 'error')}, {counted(report.warnings, 'warning')}{notes} in {file}"


def to_dict(report: Report) -> dict:
    """The JSON shape of `qa --check --json`."""
    return {
        "file": report.file,
        "readable": report.readable,
        "errors": report.errors,
        "warnings": report.warnings,
        "notes": report.notes,
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

    def wipe(self) -> None:
        """Take a progress line that was left showing off the screen (an interrupted check): the shell's prompt
        would be written after "… 4,000 of 100,000"."""
        if self.shown:
            self.stream.write("\r" + " " * self.shown + "\r")
            self.stream.flush()
            self.shown = 0


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
    try:
        report = check(path, threshold=threshold, progress=progress)
    except BaseException:  # Ctrl-C or SIGTERM midway: no half-written progress line under the prompt
        if progress is not None:
            progress.wipe()
        raise
    if not report.readable and not as_json:  # not a report but bad input: one `qa: error:` line, like any command
        errors = err if err is not None else sys.stderr
        # one line, as the docs promise: the first error that stops the file being read (not a warning)
        blocking = [problem for problem in report.problems if problem.severity == "error"] or list(report.problems)
        more = f" (and {len(blocking) - 1} more)" if len(blocking) > 1 else ""
        said = format_problem(blocking[0]) if blocking else clean(summary(report))
        errors.write(f"qa: error: {said}{more}\n")
        return report.status(strict)
    if as_json:
        # the one JSON writer: no control, bidi or line-separator character from a file reaches a terminal or a
        # line splitter, and an undecodable byte of a file name is U+FFFD, not a lone surrogate's escape
        from .display import write_json

        write_json(out, to_dict(report) | {"strict": strict}, indent=2)
    else:
        for problem in report.problems:
            out.write(format_problem(problem) + "\n")
        out.write(clean(summary(report)) + "\n")
    return report.status(strict)
