"""The search index: vocabulary, word weights, postings and spelling correction over a knowledge base.

Built once per knowledge base. Words are weighted by inverse entry frequency, so a rare word that tells
two entries apart ("villages", "certification") outweighs the ones every entry shares ("Hechi").
Questions only ever touch the postings of their own words, so the cost of a question grows with how
many entries share its words, not with the size of the knowledge base.
"""

from __future__ import annotations

import contextlib
import heapq
import math
from array import array
from collections import defaultdict
from itertools import islice, pairwise
from typing import TYPE_CHECKING

from .analysis import ANSWER, EVIDENCE, PHRASING, Analysis, analyse
from .model import Entry
from .question import read as read_question
from .rules import RULES, count
from .rules.number import published_year
from .text import QUESTION_WORDS, STOPWORDS, Analyzer, common_words, words
from .tuning import LIMITS, Tuning

EVENT_WORDS = ("happen", "happened", "happens", "occur", "occurred")  # "what happened in 2020?" asks for an event

if TYPE_CHECKING:
    from .question import Query, QueryToken
    from .spelling import Speller


def _consume(items: list, convert) -> list:
    """`[convert(item) for item in items]`, emptying `items` as it goes so both never sit in memory whole."""
    out = []
    for position, item in enumerate(items):
        out.append(convert(item))
        items[position] = None
    items.clear()
    return out


class Index:
    """Postings from each word to the phrasings and entries that use it."""

    def __init__(
        self,
        entries: tuple[Entry, ...],
        analyzer: Analyzer,
        tuning: Tuning | None = None,
        analysis: Analysis | None = None,
        *,
        title: str = "",
        published: str = "",
    ):
        self.tuning = tuning = tuning or Tuning()
        self.analyzer = analyzer
        self.entries = entries
        self.title = title  # what the knowledge base is about: its names are its subject (rules.name)
        # the source's year, for "last year" and "this year" (`qa.question`); None when it gives no date
        self.published_year = published_year(published) if published else None
        analysis = analysis or analyse(entries, analyzer)  # consumed: its big lists are emptied as they are used
        # "what happened in 2020?" asks for an event with "happen" as it asks with "what": weighed like it
        self.question_words = frozenset(analyzer.stem(word) for word in (*QUESTION_WORDS, *EVENT_WORDS))
        # phrasing -> (entry position, which of its questions), as two arrays of machine ints: at 100 000
        # entries a list of 600 000 pairs costs 50 MB more
        self.phrasing_owner = array("i", [position for position, _ in analysis.phrasings])
        self.phrasing_question = array("i", [number for _, number in analysis.phrasings])
        analysis.phrasings.clear()
        # tuples, not frozensets: a phrasing has a handful of words, where a tuple is a quarter of the size
        # (225 MB less at 100 000 entries) and `in` is as fast
        self.phrasing_tokens = _consume(analysis.phrasing_tokens, tuple)
        strength = {PHRASING: 1.0, ANSWER: tuning.answer_factor, EVIDENCE: tuning.evidence_factor}
        self.entry_tokens = _consume(analysis.bags, lambda bag: {token: strength[kind] for token, kind in bag.items()})
        for position, tokens in zip(self.phrasing_owner, self.phrasing_tokens, strict=True):
            self.entry_tokens[position].update(dict.fromkeys(tokens, 1.0))  # a phrasing's word counts fully
        postings: dict[str, list[int]] = defaultdict(list)
        for number, tokens in enumerate(self.phrasing_tokens):
            for token in tokens:
                postings[token].append(number)
        document_frequency: dict[str, int] = defaultdict(int)
        for bag in self.entry_tokens:
            for token in bag:
                document_frequency[token] += 1
        entries_count = max(len(entries), 1)
        # rarity within a few entries overrates everyday words ("reach", "count"): damp those
        everyday = frozenset(analysis.everyday)
        self.idf = {
            token: math.log(1.0 + entries_count / df) * (tuning.everyday_factor if token in everyday else 1.0)
            for token, df in document_frequency.items()
        }
        self.unknown_weight = math.log(1.0 + entries_count) * tuning.unknown_factor
        # words rare enough to say what a question counts ("how many jobs"; "Hechi" is in every entry)
        self.countable = count.countable(document_frequency, entries_count, tuning.countable_share)
        # what each rule knows of every entry, worked out once (`qa.rules`: each rule's `prepare`)
        self.names = frozenset(analysis.names)  # "Shenzhen", "Guangxi": what a question may name (rules.name)
        self.english_names = frozenset(analysis.english_names)  # "Party", "Green": no proper names (rules.role)
        self.rule_data = {rule.id: rule.prepare(analysis, self) for rule in RULES if rule.prepare is not None}
        token_weight = {token: self.weight(token) for token in self.idf}  # once per word, not per use
        phrasing_weight = [sum(map(token_weight.__getitem__, tokens)) for tokens in self.phrasing_tokens]
        self.phrasing_inverse_weight = array("d", [1.0 / total if total else 0.0 for total in phrasing_weight])
        self.postings: dict[str, array[int]] = {}  # word -> the phrasings that use it
        for token in list(postings):
            numbers = postings.pop(token)  # each list freed as its array is made
            if len(numbers) > LIMITS.common_postings:  # common words: lightest phrasings (where they weigh most) first
                numbers.sort(key=phrasing_weight.__getitem__)
            self.postings[token] = array("i", numbers)  # 4 bytes a phrasing, not a pointer and an int object
        self.common_limit = min(LIMITS.common_postings, max(50, len(self.phrasing_owner) // LIMITS.common_share))
        # spelling works on words as written (a typo breaks stemming): every word of the knowledge base
        # and of its synonyms table, each standing for its stem
        self._surface = analysis.surface
        self.known_stems = frozenset(self._surface.values())
        self._speller: Speller | None = None
        self._standalone: frozenset[str] | None = None
        self._written_as: dict[str, tuple[str, ...]] | None = None  # stem -> the words written for it
        # entry position -> every word its texts write, for clarifying questions (`qa.dialogue.clarify`), filled
        # for the entries a clarification compares: at most one set per entry
        self.written: dict[int, frozenset[str]] = {}
        self._sets: dict[str, set[int]] = {}

    def phrasing(self, number: int) -> str:
        """The text of a phrasing, as its entry wrote it."""
        return self.entries[self.phrasing_owner[number]].questions[self.phrasing_question[number]]

    def says_phrase(self, verb: str, particle: str) -> bool:
        """Does a phrasing say the verb (in any form) with the particle after it ("put in", "puts in")? Read from
        the phrasings that use the verb, when a question asks: "how many hours did they put in?" of a knowledge
        base that says so means what it says, not "contribute". A verb on very many phrasings counts as said."""
        stem = self.analyzer.stem(verb)
        numbers = self.postings.get(stem, ())
        if len(numbers) > LIMITS.common_postings:
            return True
        for number in numbers:
            said = words(self.phrasing(number))
            if any(word == particle and self.analyzer.stem(before) == stem for before, word in pairwise(said)):
                return True
        return False

    @property
    def speller(self) -> Speller:
        """Built on the first misspelt word: a one-shot question spelt right never pays for it."""
        if self._speller is None:
            from .spelling import Speller  # only once a word is misspelt

            frequency = {token: len(numbers) for token, numbers in self.postings.items()}
            everyday = common_words() - self._surface.keys()
            self._speller = Speller(self._surface, frequency, STOPWORDS, everyday, QUESTION_WORDS, self.tuning)
        return self._speller

    @property
    def standalone_stems(self) -> frozenset[str]:
        """The stems a question's word can be read as on its own: an entry's word, or a one-word synonym ("pour"
        only in the synonym "pour money into" is no word the knowledge base knows alone)."""
        if self._standalone is None:
            synonyms = self.analyzer.synonyms
            alone = {key[0] for key in synonyms if len(key) == 1}.union(*synonyms.values(), self.idf)
            in_phrases = {stem for key in synonyms if len(key) > 1 for stem in key}
            self._standalone = self.known_stems - (in_phrases - alone)
        return self._standalone

    def stem_written_as(self, word: str) -> str | None:
        """The stem of `word` when the knowledge base writes that word or one of its forms ("funded" for
        "funding"), else None: a stem shared only by chance is not the word ("busy" and "business" are both
        "busi")."""
        stem = self.analyzer.stem(word)
        if stem not in self.known_stems:
            return None
        if self._written_as is None:
            written: dict[str, list[str]] = {}
            for surface, its_stem in self._surface.items():
                written.setdefault(its_stem, []).append(surface)
            self._written_as = {its_stem: tuple(surfaces) for its_stem, surfaces in written.items()}
        for surface in self._written_as[stem]:
            shared = min(len(stem), len(surface), len(word))
            if surface[:shared] == word[:shared]:
                return stem
        return None

    def is_topic_word(self, word: str) -> bool:
        """Do the knowledge base's phrasings ask about this word (as the index reads it)?"""
        return any(token in self.postings for token in self.analyzer.tokens(word))

    def weight(self, token: str) -> float:
        base = self.idf.get(token, self.unknown_weight)
        if token in self.question_words:
            return base * self.tuning.question_word_factor
        if token[0].isdigit() and token in self.idf:  # "439", "765200": a number names its fact precisely
            return base * self.tuning.number_factor
        return base

    def query(self, question: str, paraphrase: bool = True) -> Query:
        """The question as the matcher sees it (`qa.question.read`)."""
        return read_question(self, question, paraphrase)

    def matches(self, query: Query) -> dict[int, list[float]]:
        """For each phrasing worth scoring: [question weight it explains, its own weight the question asks].

        Candidates come from the postings of the question's rare words. When every word is common (on more
        than LIMITS.common_postings phrasings), sets of postings are intersected instead, in C, so no Python loop
        walks tens of thousands of phrasings. Then every word adds to the candidates it appears in, and at
        most LIMITS.max_candidates go on to be scored: the cost follows the question's words, not the knowledge
        base's size.
        """
        known = sorted((q for q in query.tokens if q.token in self.postings), key=lambda q: -q.weight)
        rare = [item for item in known if len(self.postings[item.token]) <= self.common_limit]
        gathered: dict[int, list[float]] = {}
        if rare:
            for item in rare:
                explained, asked = item.weight * item.match, item.weight
                for number in self.postings[item.token]:
                    sums = gathered.get(number)
                    if sums is None:
                        gathered[number] = [explained, asked]
                    else:
                        sums[0] += explained
                        sums[1] += asked
        elif known:
            gathered = {number: [0.0, 0.0] for number in self._common_pool(known)}
        for item in known:
            if item in rare:
                continue
            explained, asked = item.weight * item.match, item.weight
            phrasing_tokens = self.phrasing_tokens
            for number, sums in gathered.items():
                if item.token in phrasing_tokens[number]:
                    sums[0] += explained
                    sums[1] += asked
        if len(gathered) > LIMITS.max_candidates:
            inverse = self.phrasing_inverse_weight
            keep = heapq.nlargest(
                LIMITS.max_candidates,
                gathered,
                key=lambda number: (gathered[number][0], gathered[number][1] * inverse[number]),
            )
            gathered = {number: gathered[number] for number in keep}
        return gathered

    def _common_pool(self, known: list[QueryToken]) -> set[int]:
        """Phrasings sharing the question's common words: the rarest word's postings, narrowed by each
        further word that keeps enough of them (a misspelt or stray word is skipped, not obeyed)."""
        ordered = sorted((item.token for item in known), key=lambda token: len(self.postings[token]))
        pool = self._posting_set(ordered[0])
        for token in ordered[1 : LIMITS.max_intersected]:
            if len(pool) <= LIMITS.max_pool:
                break
            narrowed = pool & self._posting_set(token)
            if len(narrowed) >= LIMITS.min_pool:
                pool = narrowed
        if len(pool) > LIMITS.max_pool:  # postings of common words are sorted lightest phrasing first
            pool = set(islice((number for number in self.postings[ordered[0]] if number in pool), LIMITS.max_pool))
        return pool

    def _posting_set(self, token: str) -> set[int]:
        """Postings of a common word as a set, kept for a few words (built in about a millisecond)."""
        cached = self._sets.get(token)
        if cached is None:
            if len(self._sets) >= LIMITS.set_cache:
                with contextlib.suppress(KeyError, RuntimeError, StopIteration):  # another thread may evict too
                    self._sets.pop(next(iter(self._sets)))  # forget the oldest
            cached = self._sets[token] = set(self.postings[token])
        return cached
