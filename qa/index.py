"""The search index: vocabulary, word weights, postings and spelling correction over a knowledge base.

Built once per knowledge base. Words are weighted by inverse entry frequency, so a rare word that tells
two entries apart ("villages", "certification") outweighs the ones every entry shares ("Hechi").
Questions only ever touch the postings of their own words, so the cost of a question grows with how
many entries share its words, not with the size of the knowledge base.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from dataclasses import dataclass

from .model import Entry
from .text import QUESTION_WORDS, Analyzer

QUESTION_WORD_FACTOR = 0.3  # "when"/"how many" steer, but must not outvote a topic word
ANSWER_FACTOR = 0.8  # a word found only in the answer or tags counts a little less than one in a phrasing
MIN_TYPO_LENGTH = 4  # shorter words are too ambiguous to correct
COMMON_POSTINGS = 2_000  # a word on more phrasings than this only reranks, never gathers candidates
MAX_CANDIDATES = 300


@dataclass(frozen=True)
class QueryToken:
    """One word of a question, as the index understands it."""

    typed: str  # the stemmed word as typed
    token: str | None  # the knowledge-base word it stands for (None: unknown to the knowledge base)
    weight: float
    match: float  # 1.0 exact, less when it needed a correction


class Index:
    """Postings from each word to the phrasings and entries that use it."""

    def __init__(self, entries: tuple[Entry, ...], analyzer: Analyzer):
        self.analyzer = analyzer
        self.entries = entries
        self.phrasings: list[tuple[int, str]] = []  # (entry position, phrasing text)
        self.phrasing_tokens: list[frozenset[str]] = []
        self.phrasing_weight: list[float] = []
        self.entry_tokens: list[dict[str, float]] = []  # word -> how fully the entry speaks of it
        postings: dict[str, list[int]] = defaultdict(list)
        document_frequency: dict[str, int] = defaultdict(int)
        for position, entry in enumerate(entries):
            bag: dict[str, float] = {}
            for text in (entry.answer, *entry.tags):
                for token in analyzer.tokens(text):
                    bag[token] = ANSWER_FACTOR
            for question in entry.questions:
                tokens = frozenset(analyzer.tokens(question))
                if not tokens:
                    continue
                number = len(self.phrasings)
                self.phrasings.append((position, question))
                self.phrasing_tokens.append(tokens)
                for token in tokens:
                    postings[token].append(number)
                    bag[token] = 1.0
            self.entry_tokens.append(bag)
            for token in bag:
                document_frequency[token] += 1
        self.postings = dict(postings)
        count = max(len(entries), 1)
        self.idf = {token: math.log(1.0 + count / df) for token, df in document_frequency.items()}
        self.unknown_weight = math.log(1.0 + 2.0 * count)
        self.phrasing_weight = [sum(self.weight(token) for token in tokens) for tokens in self.phrasing_tokens]
        self._by_length: dict[int, list[str]] = defaultdict(list)
        self._by_prefix: dict[str, list[str]] = defaultdict(list)
        for token in self.idf:
            if token.isalpha():
                self._by_length[len(token)].append(token)
                self._by_prefix[token[:5]].append(token)
        self._corrections: dict[str, tuple[str | None, float]] = {}

    def weight(self, token: str) -> float:
        base = self.idf.get(token, self.unknown_weight)
        return base * QUESTION_WORD_FACTOR if token in QUESTION_WORDS else base

    # -- questions -----------------------------------------------------------------------------------
    def query(self, question: str) -> list[QueryToken]:
        """The question's words, each matched to the knowledge base's vocabulary where it can be."""
        seen: dict[str, QueryToken] = {}
        for typed in self.analyzer.tokens(question):
            if typed in seen:
                continue
            if typed in self.idf:
                token, match = typed, 1.0
            else:
                token, match = self.correct(typed)
            weight = self.weight(token) if token is not None else self.weight(typed)
            seen[typed] = QueryToken(typed, token, weight, match)
        return list(seen.values())

    def correct(self, word: str) -> tuple[str | None, float]:
        """The knowledge-base word a misspelt or differently inflected word stands for, and how sure."""
        cached = self._corrections.get(word)
        if cached is None:
            cached = self._corrections[word] = self._find_correction(word)
        return cached

    def _find_correction(self, word: str) -> tuple[str | None, float]:
        if len(word) < MIN_TYPO_LENGTH or not word.isalpha():
            return None, 0.0
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        budget = 1 if len(word) <= 5 else 2
        best: tuple[tuple[float, int], str] | None = None
        for length in range(len(word) - budget, len(word) + budget + 1):
            bucket = self._by_length.get(length)
            if not bucket:
                continue
            for candidate, distance, _ in process.extract(
                word, bucket, scorer=OSA.distance, score_cutoff=budget, limit=None
            ):
                if candidate[0] != word[0]:
                    distance += 0.5  # people rarely get the first letter wrong
                    if distance > budget:
                        continue
                # prefer the closer word, then the more common one (it is the likelier intent)
                key = (distance, -len(self.postings.get(candidate, ())))
                if best is None or key < best[0]:
                    best = (key, candidate)
        if best is None:
            return self._prefix_match(word)
        distance = best[0][0]
        return best[1], (0.9 if distance <= 1 else 0.75)

    def _prefix_match(self, word: str) -> tuple[str | None, float]:
        """Different derivations of one word (industrial/industry): a long shared beginning."""
        if len(word) < 5:
            return None, 0.0
        best = None
        for candidate in self._by_prefix.get(word[:5], ()):
            shared = 0
            for a, b in zip(word, candidate, strict=False):
                if a != b:
                    break
                shared += 1
            long_enough = shared >= 5 and shared >= 0.75 * min(len(word), len(candidate))
            if long_enough and (best is None or shared > best[0]):
                best = (shared, candidate)
        return (best[1], 0.85) if best else (None, 0.0)

    def candidates(self, query: list[QueryToken]) -> list[int]:
        """Phrasings worth scoring: those sharing a distinctive word with the question."""
        gathered: dict[int, float] = defaultdict(float)
        for item in sorted((q for q in query if q.token), key=lambda q: -q.weight):
            postings = self.postings.get(item.token, ())
            if len(postings) > COMMON_POSTINGS and gathered:
                continue
            for number in postings:
                gathered[number] += item.weight
        if len(gathered) <= MAX_CANDIDATES:
            return list(gathered)
        return heapq.nlargest(MAX_CANDIDATES, gathered, key=gathered.__getitem__)
