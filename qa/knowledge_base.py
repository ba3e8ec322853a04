"""A loaded knowledge base: its entries, its index, and `ask()`."""

from __future__ import annotations

import contextlib
import functools
import os

from . import cache
from .analysis import Analysis, analyse
from .answer import Answer, Explanation, Kind, Suggestion
from .gcpause import gc_paused
from .index import Index
from .matcher import confidence, score_entries, sorted_doubts
from .model import Entry, KnowledgeBaseData, Source
from .paths import bundled_path, read_file
from .text import Analyzer
from .tuning import Tuning


class KnowledgeBase:
    """Entries plus the index built over them. Immutable after construction, so safe to share.

    `_analysis` is private: a cached `Analysis` that the index adopts and empties as it goes (to save memory at
    100 000 entries), so a caller's value would be consumed; `qa.load` passes it, nobody else should.
    """

    def __init__(
        self,
        data: KnowledgeBaseData,
        threshold: float | None = None,
        tuning: Tuning | None = None,
        *,
        _analysis: Analysis | None = None,
    ):
        self.data = data
        tuning = _checked_tuning(tuning)
        self._threshold = tuning.threshold if threshold is None else _checked(threshold)
        analysis = _analysis
        analyzer = Analyzer.from_table(data.synonyms) if analysis is None else analysis.analyzer(data.synonyms)
        with gc_paused():
            self.index = Index(
                data.entries, analyzer, tuning, analysis, title=data.title, published=data.source.published
            )
        self._by_id = {entry.id: entry for entry in data.entries}
        self._positions = {entry.id: position for position, entry in enumerate(data.entries)}

    def __reduce__(self) -> tuple[type, tuple]:
        """Pickle (for a worker process) and copy as the data and settings it was made from: the index is built
        again on the other side, as it holds what pickle cannot write (weak references, compiled patterns)."""
        return self.__class__, (self.data, self.threshold, self.tuning)

    @property
    def threshold(self) -> float:
        """The confidence (0-100) at or above which a question is answered: read-only, as the knowledge base is
        (`ask(threshold=…)` or `load(threshold=…)` choose another; an assigned NaN refused everything)."""
        return self._threshold

    @property
    def path(self) -> str:
        return self.data.path

    @property
    def title(self) -> str:
        return self.data.title

    @property
    def source(self) -> Source:
        return self.data.source

    @property
    def entries(self) -> tuple[Entry, ...]:
        return self.data.entries

    def __len__(self) -> int:
        return len(self.data.entries)

    def __repr__(self) -> str:
        return f"<KnowledgeBase {self.title!r}: {len(self)} entries from {self.path}>"

    @property
    def tuning(self) -> Tuning:
        return self.index.tuning

    def entry(self, entry_id: str) -> Entry:
        """The entry with this id (KeyError if there is none)."""
        return self._by_id[entry_id]

    def ask(self, question: str, *, threshold: float | None = None) -> Answer:
        """Answer one question on its own (no context): a fact, small talk, a clarifying question, the parts of
        a compound question, or that the knowledge base does not say (with suggestions)."""
        from .conversation import respond

        return respond(self, question, self.threshold if threshold is None else _checked(threshold))

    def conversation(self, *, threshold: float | None = None):
        """A new `Conversation`: questions read in the context of the last answers (follow-ups, picks)."""
        from .conversation import Conversation

        return Conversation(self, None if threshold is None else _checked(threshold))

    @functools.cached_property
    def _smalltalk_lines(self) -> dict:
        """The knowledge base's own small-talk lines, normalised once (`qa.dialogue.smalltalk.own_lines`)."""
        from .dialogue.smalltalk import own_lines

        return own_lines(self.data.smalltalk)

    def _position(self, entry_id: str) -> int:
        return self._positions[entry_id]

    def _fact(
        self,
        entry: Entry,
        question: str,
        score: float,
        matched: str | None,
        *,
        understood: str | None = None,
        why: Explanation | None = None,
    ) -> Answer:
        """An answer that gives this entry's fact (`why`: how the question was read, for /why)."""
        return Answer(
            question,
            True,
            entry.answer,
            entry.id,
            round(score, 1),
            matched,
            entry.evidence,
            why=why or Explanation(best_entry=entry.id, best_score=round(score, 1), threshold=self.threshold),
            understood=understood,
        )

    def _read(self, question: str, *, paraphrase: bool):
        """The question read (through the thesaurus or not), its scored candidates, and the confidence."""
        query = self.index.query(question, paraphrase)
        scored = score_entries(self.index, query)
        return query, scored, confidence(scored, self.index.tuning)

    def _match(self, question: str, limit: float):
        """The matcher's answer to one question on its own, with its scored candidates and its reading."""
        tuning = self.index.tuning
        query, scored, score = self._read(question, paraphrase=True)  # read up to Limits.question_chars
        if query.paraphrased:  # a word read through the thesaurus may fit no better than the word left unread
            unread = self._read(question, paraphrase=False)
            if unread[2] > score:
                query, scored, score = unread
        answered = bool(scored) and score >= limit
        close = len(scored) > 1 and scored[0].score - scored[1].score < tuning.close_margin
        pool = scored[1:] if answered else scored
        suggestions = ()
        if not answered or close:
            suggestions = tuple(
                Suggestion(self.entries[s.position].id, self.entries[s.position].offered(s.phrasing), s.score)
                for s in pool[: tuning.max_suggestions]
                if s.score >= tuning.suggestion_floor
            )
        why = Explanation(
            # a name the synonyms table expands ("larkspur island": larkspur, island and the whole) is read once
            tokens=tuple(dict.fromkeys(item.typed for item in query.tokens)),
            corrections=tuple((q.typed, q.corrected) for q in query.tokens if q.corrected),
            unknown=tuple(q.typed for q in query.tokens if q.token is None),
            best_entry=self.entries[scored[0].position].id if scored else None,
            best_score=scored[0].score if scored else 0.0,
            runner_up=self.entries[scored[1].position].id if len(scored) > 1 else None,
            runner_up_score=scored[1].score if len(scored) > 1 else 0.0,
            threshold=limit,
            doubts=sorted_doubts(scored[0].doubts) if scored else (),
        )
        if not answered:
            return Answer(question, False, None, None, score, None, None, suggestions, why, Kind.UNKNOWN), scored, query
        entry = self.entries[scored[0].position]
        answer = Answer(
            question, True, entry.answer, entry.id, score, scored[0].phrasing, entry.evidence, suggestions, why
        )
        return answer, scored, query


def _checked_tuning(tuning: Tuning | None) -> Tuning:
    if tuning is None:
        return Tuning()
    if not isinstance(tuning, Tuning):
        raise TypeError(f"tuning must be a qa.Tuning, not {type(tuning).__name__}")
    return tuning


def _checked(threshold: float) -> float:
    """A threshold is a score from 0 to 100: NaN would refuse everything, 500 too, without a word."""
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 100:
        raise ValueError(f"threshold must be a number from 0 to 100, not {threshold!r}")
    return float(threshold)


def load(
    path: str | bytes | os.PathLike | None = None, *, threshold: float | None = None, tuning: Tuning | None = None
) -> KnowledgeBase:
    """Load and index a knowledge base file (None = the one bundled with qa). `threshold` overrides
    `tuning.threshold` (`Tuning()` when None).

    A valid regular file is cached as JSON with its text analysis (see `qa.cache`), so the next start skips
    YAML, validation and analysis entirely. The file is read once: what is hashed for the cache, parsed and
    cached is the same bytes, so an edit during a slow load is never stored under the new content.
    """
    tuning = _checked_tuning(tuning)
    source = bundled_path() if path is None else os.fsdecode(path)
    raw, regular = read_file(source)  # KnowledgeBaseError: missing, a folder, too large, a NUL in the name
    content_hash = cache.digest(raw) if regular else None
    if content_hash is not None:
        kb = _from_cache(source, content_hash, threshold, tuning)
        if kb is not None:
            return kb
    from . import loader  # imports PyYAML: only when the cache cannot serve

    data = loader.read(source, raw)
    del raw
    with gc_paused():
        analysis = analyse(data.entries, Analyzer.from_table(data.synonyms))
        if content_hash is not None:
            with contextlib.suppress(OSError, ValueError):  # no cache is only slower, never wrong
                cache.store(data, analysis, os.path.realpath(source), content_hash)
    return KnowledgeBase(data, threshold, tuning, _analysis=analysis)


def _from_cache(source: str, content_hash: str, threshold: float | None, tuning: Tuning | None) -> KnowledgeBase | None:
    """The knowledge base built from its cache, or None: a cache that fails anywhere, even while the index is
    built from it, is ignored (and rebuilt by the caller), never an error."""
    try:
        with gc_paused():  # millions of small containers, no cycles
            cached = cache.load(os.path.realpath(source), content_hash, shown=source)
        if cached is None:
            return None
        data, analysis = cached
        return KnowledgeBase(data, threshold, tuning, _analysis=analysis)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, MemoryError):
        return None
