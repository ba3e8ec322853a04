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
from typing import TYPE_CHECKING, NamedTuple

from .analysis import ANSWER, EVIDENCE, HOW_TO, MAGNITUDE, PHRASING, WHICH_PLACE, Analysis, IntentReader, analyse
from .model import Entry
from .text import (
    INTENT_WORDS,
    NUMBER_WORDS,
    PLACE_NOUNS,
    QUALIFIERS,
    QUESTION_WORDS,
    REQUEST_VERBS,
    SHIFTERS,
    STOPWORDS,
    Analyzer,
    asked_properties,
    capitalised_words,
    common_words,
    counted_spans,
    drop_negated,
    hyphenated_pairs,
    is_everyday,
    strip_escapes,
    without_place_nouns,
    words,
)
from .tuning import Tuning

if TYPE_CHECKING:
    from .spelling import Speller

COMMON_POSTINGS = 2_000  # a word on more phrasings than this only reranks, never gathers candidates …
COMMON_SHARE = 10  # … nor does one on more than a tenth of them (at least 50), when a rarer word can gather
MAX_CANDIDATES = 300
MAX_INTERSECTED = 4  # common words whose postings are intersected (the rarest of them)
MAX_POOL = 2_000  # candidates kept from common words alone, before scoring them
MIN_POOL = 20  # a common word that leaves fewer candidates than this is probably a stray word
# words that may stand between a name and the one saying where it is ("Hechi City, Guangxi", "Hechi in Guangxi")
_LOCATING_WORDS = frozenset({"in", "of", "s", *PLACE_NOUNS})
SET_CACHE = 32  # common words whose postings are kept as sets
COUNTABLE_SHARE = 0.3  # a word in more of the entries than this says nothing about what a question counts


class QueryToken(NamedTuple):
    """One word of a question, as the index understands it.

    This and `Query` (and the matcher's `Scored`) are named tuples, not dataclasses: made afresh for every
    question and never leaving the matcher, they are cheaper to make, to read, and to define at start-up.
    """

    typed: str  # the word as typed (casefolded)
    token: str | None  # the knowledge-base word it stands for (None: unknown to the knowledge base)
    weight: float
    match: float  # 1.0 exact, less when it needed a correction
    corrected: str | None = None  # the knowledge-base word a misspelt word was read as
    side: int = 0  # in "A or B?": 1 for a word of A, 2 for a word of B (an entry may answer just one)


def _consume(items: list, convert) -> list:
    """`[convert(item) for item in items]`, emptying `items` as it goes so both never sit in memory whole."""
    out = []
    for position, item in enumerate(items):
        out.append(convert(item))
        items[position] = None
    items.clear()
    return out


def _typed_position(raw: list[str], position: int) -> int:
    """Where raw word `position` falls among the words that are not stopwords."""
    return sum(word not in STOPWORDS for word in raw[:position])


def _saturate_unknown(tokens: list[QueryToken]) -> list[QueryToken]:
    """The first unknown word says "this may be about something else"; each further one says less
    (a long formal question has many words we never saw, and is not more out of scope for it)."""
    out = []
    rank = 0
    for item in tokens:
        if item.token is None:
            rank += 1
            if rank > 1:
                item = QueryToken(item.typed, None, item.weight / rank, 0.0)
        out.append(item)
    return out


class Query(NamedTuple):
    """A question as the matcher sees it: its words, what kind of answer it wants, the numbers it names."""

    tokens: tuple[QueryToken, ...]
    intents: frozenset[str]  # stems of "how many", "when", "which", "name"… that set the answer's kind
    numbers: frozenset[str]
    shifters: frozenset[str] = frozenset()  # "still", "versus", "only" …: words that shift what is asked
    counted: frozenset[str] = frozenset()  # what "how many …" / "number of …" counts ("jobs"), when it says
    names: frozenset[str] = frozenset()  # the names it uses: known ("Guangxi") or capitalised and new ("Baise")
    located: tuple[tuple[str, str], ...] = ()  # (name, the name that says where it is): "Hechi, Guangxi"

    def __bool__(self) -> bool:
        return bool(self.tokens)


class Index:
    """Postings from each word to the phrasings and entries that use it."""

    def __init__(
        self,
        entries: tuple[Entry, ...],
        analyzer: Analyzer,
        tuning: Tuning | None = None,
        analysis: Analysis | None = None,
    ):
        self.tuning = tuning = tuning or Tuning()
        self.analyzer = analyzer
        self.entries = entries
        analysis = analysis or analyse(entries, analyzer)  # consumed: its big lists are emptied as they are used
        self.read_intents = IntentReader(analyzer)
        self.intent_words = frozenset(analyzer.stem(word) for word in INTENT_WORDS)
        self.number_words = frozenset(analyzer.stem(word) for word in ("many", "much", "when"))
        # "which …?" wants names, "why …?" a reason: no neighbouring fact stands in for either
        # "how big …?" a magnitude, which a count does not give, and "how do I …?" instructions
        self.naming = frozenset([*(analyzer.stem(word) for word in ("which", "why")), MAGNITUDE, HOW_TO])
        self.question_words = frozenset(analyzer.stem(word) for word in QUESTION_WORDS)
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
        # what an entry answers, beyond what its phrasings ask: "how much" gives a magnitude ("how big?"), and
        # "where" or "who" a place ("which city?")
        implied = {
            analyzer.stem("much"): MAGNITUDE,
            analyzer.stem("where"): WHICH_PLACE,
            analyzer.stem("who"): WHICH_PLACE,
        }
        answered: dict[tuple[str, ...], frozenset[str]] = {}  # most entries ask the same kinds: one set for each
        self.entry_intents = []
        for kinds in map(tuple, analysis.intents):
            kinds_answered = answered.get(kinds)
            if kinds_answered is None:
                kinds_answered = answered[kinds] = frozenset(
                    [*kinds, *(implied[kind] for kind in kinds if kind in implied)]
                )
            self.entry_intents.append(kinds_answered)
        self.entry_numeric = analysis.numeric
        shared: dict[frozenset[str], frozenset[str]] = {}  # most entries use the same few shifters: one set each
        self.entry_shifters = [shared.setdefault(frozenset(used), frozenset(used)) for used in analysis.shifters]
        postings: dict[str, list[int]] = defaultdict(list)
        for number, tokens in enumerate(self.phrasing_tokens):
            for token in tokens:
                postings[token].append(number)
        document_frequency: dict[str, int] = defaultdict(int)
        for bag in self.entry_tokens:
            for token in bag:
                document_frequency[token] += 1
        count = max(len(entries), 1)
        # rarity within a few entries overrates everyday words ("reach", "count"): damp those
        everyday = frozenset(analysis.everyday)
        self.idf = {
            token: math.log(1.0 + count / df) * (tuning.everyday_factor if token in everyday else 1.0)
            for token, df in document_frequency.items()
        }
        self.unknown_weight = math.log(1.0 + count) * tuning.unknown_factor
        # words rare enough to say what a question counts ("how many jobs"; "Hechi" is in every entry)
        self.countable = frozenset(token for token, df in document_frequency.items() if df <= COUNTABLE_SHARE * count)
        self.names = frozenset(analysis.names)  # "Shenzhen", "Guangxi": what a question may name
        self.penalties = {  # what each piece of evidence against an entry (`matcher.judge_entries`) costs it
            "kind": tuning.intent_penalty,
            "identity": tuning.identity_penalty,
            "number": tuning.number_penalty,
            "name": tuning.name_penalty,
            "answer-type": tuning.answer_type_penalty,
            "count": tuning.count_penalty,
            "shift": tuning.shift_penalty,
        }
        self.entry_counted = _consume(analysis.counted, tuple)  # a handful of words: a tuple is a third the size
        token_weight = {token: self.weight(token) for token in self.idf}  # once per word, not per use
        phrasing_weight = [sum(map(token_weight.__getitem__, tokens)) for tokens in self.phrasing_tokens]
        self.phrasing_inverse_weight = array("d", [1.0 / total if total else 0.0 for total in phrasing_weight])
        self.postings: dict[str, array[int]] = {}  # word -> the phrasings that use it
        for token in list(postings):
            numbers = postings.pop(token)  # each list freed as its array is made
            if len(numbers) > COMMON_POSTINGS:  # common words: lightest phrasings (where they weigh most) first
                numbers.sort(key=phrasing_weight.__getitem__)
            self.postings[token] = array("i", numbers)  # 4 bytes a phrasing, not a pointer and an int object
        self.common_limit = min(COMMON_POSTINGS, max(50, len(self.phrasing_owner) // COMMON_SHARE))
        # spelling works on words as written (a typo breaks stemming): every word of the knowledge base
        # and of its synonyms table, each standing for its stem
        self._surface = analysis.surface
        self.known_stems = frozenset(self._surface.values())
        self._speller: Speller | None = None
        self._sets: dict[str, set[int]] = {}

    def phrasing(self, number: int) -> str:
        """The text of a phrasing, as its entry wrote it."""
        return self.entries[self.phrasing_owner[number]].questions[self.phrasing_question[number]]

    @property
    def speller(self) -> Speller:
        """Built on the first misspelt word: a one-shot question spelt right never pays for it."""
        if self._speller is None:
            from .spelling import Speller  # only once a word is misspelt

            frequency = {token: len(numbers) for token, numbers in self.postings.items()}
            everyday = common_words() - self._surface.keys()
            self._speller = Speller(self._surface, frequency, STOPWORDS, everyday, QUESTION_WORDS)
        return self._speller

    def weight(self, token: str) -> float:
        base = self.idf.get(token, self.unknown_weight)
        if token in self.question_words:
            return base * self.tuning.question_word_factor
        if token[0].isdigit() and token in self.idf:  # "439", "765200": a number names its fact precisely
            return base * self.tuning.number_factor
        return base

    # -- questions -----------------------------------------------------------------------------------
    def query(self, question: str) -> Query:
        """The question's words, each matched to the knowledge base's vocabulary where it can be.

        Spelling is corrected on the words as typed, before synonyms, so a misspelt synonym still
        finds its canonical word.
        """
        question = drop_negated(strip_escapes(question, " "))
        question_words = words(question)
        raw = without_place_nouns(question_words)
        if raw and raw[0] in REQUEST_VERBS:  # "list the areas …", "tell me …": the request, not the topic
            raw = raw[1:]
        typed, stems, matches, fixes, kept_at = self._spelt([word for word in raw if word not in STOPWORDS], question)
        # "was 439 the projects or the funding?": where the second alternative starts
        split = kept_at.get(_typed_position(raw, raw.index("or")), 0) if "or" in raw else 0
        # "how many jobs …": what is counted
        counting = [
            (kept_at[at], length)
            for start, length in counted_spans(raw)
            if (at := _typed_position(raw, start)) in kept_at
        ]
        seen: dict[str, QueryToken] = {}
        counted: set[str] = set()
        for token, first, last in self.analyzer.canonical(stems):
            if token in seen:
                continue
            match = min(matches[first:last])
            written = " ".join(typed[first:last])
            if token in self.idf:
                weight = self.weight(token)
                fixed = " ".join(fixes.get(i, typed[i]) for i in range(first, last)) if fixes else None
                item = QueryToken(written, token, weight, match, fixed if fixed != written else None)
            elif token in self.question_words:  # "whose", "whom": intent, never a topic
                item = QueryToken(written, None, self.tuning.question_word_factor * math.log(2.0), 0.0)
            else:
                weight = self.unknown_weight
                if all(is_everyday(word) for word in typed[first:last]):
                    weight *= self.tuning.common_factor
                item = QueryToken(written, None, weight, 0.0)
            if 0 < split < len(typed):
                side = 1 if last <= split else 2 if first >= split else 0
                item = item._replace(side=side)
            if any(start <= first < start + length for start, length in counting):
                counted.add(token)
            seen[token] = item
        tokens = tuple(_saturate_unknown(list(seen.values())))
        numbers = frozenset(item.token or item.typed for item in tokens if (item.token or item.typed)[0].isdigit())
        if self.countable.isdisjoint(counted):  # "how many Hechi …": too common a word to say what is counted
            counted.clear()
        intents = self.read_intents(question_words)
        # "stil" read as "still" shifts too; a word the synonyms table gives a meaning ("budget") shifts nothing
        shifters = asked_properties(SHIFTERS.intersection([*raw, *typed, *fixes.values()]), question_words)
        if shifters:
            synonyms, stem = self.analyzer.synonyms, self.analyzer.stem
            shifters = frozenset(word for word in shifters if (stem(word),) not in synonyms)
        # the names it uses: known ones, and names the knowledge base has never seen, which no entry mentions
        names = self.names.intersection(seen)  # `seen` is keyed by token
        # "in Baise": a capitalised word never seen is a name (read only when some word is unknown: a one-shot
        # question the knowledge base knows whole never runs the pattern)
        named = capitalised_words(question) if any(item.token is None for item in tokens) else ()
        if named:
            names = names.union(
                item.typed
                for item in tokens
                if item.token is None
                and item.typed in named
                and item.typed not in NUMBER_WORDS
                and not is_everyday(item.typed)
            )
        if len(names) > 1 and "-" in question:  # "the Guangdong-Guangxi cooperation": a programme, not a place
            stem = self.analyzer.stem
            names = names.difference(
                name
                for pair in hyphenated_pairs(question)
                if all(stem(word) in names for word in pair)
                for name in map(stem, pair)
            )
        located = self._locating(raw, names) if len(names) > 1 else ()
        return Query(tokens, intents, numbers, shifters, frozenset(counted), names, located)

    def _locating(self, raw: list[str], names: frozenset[str]) -> tuple[tuple[str, str], ...]:
        """Pairs of names where the second says where the first is: "Hechi, Guangxi", "Hechi in Guangxi",
        "Hechi City, Guangxi", "Guangxi's Hechi" — not "Guangxi gave Shenzhen", where each is an actor."""
        stem = self.analyzer.stem
        places = [
            (word if word in names else stem(word), at)
            for at, word in enumerate(raw)
            if word in names or stem(word) in names
        ]
        pairs = []
        for (first, at), (second, then) in pairwise(places):
            between = raw[at + 1 : then]
            if all(word in _LOCATING_WORDS for word in between):
                pairs.append((second, first) if "s" in between else (first, second))  # "Guangxi's Hechi"
        return tuple(pairs)

    def _spelt(
        self, typed: list[str], question: str
    ) -> tuple[list[str], list[str], list[float], dict[int, str], dict[int, int]]:
        """The words kept, their stems and how well each matched (1.0, less when corrected), the corrections
        by kept position, and where each typed word ended up among the kept ones (a slip in a function word
        is dropped). A word the question writes as a name is corrected only to a name ("Shenzen", never "Baise"
        to "base")."""
        kept: list[str] = []
        stems: list[str] = []
        matches: list[float] = []
        fixes: dict[int, str] = {}
        kept_at: dict[int, int] = {}
        named: set[str] | None = None  # the question's capitalised words, found on the first unknown word
        for position, word in enumerate(typed):
            kept_at[position] = len(kept)
            stem = self.analyzer.stem(word)
            match = 1.0
            if stem not in self.known_stems and word not in common_words() and word not in QUALIFIERS:
                correction = self.speller.correct(word)
                if named is None:
                    named = capitalised_words(question)
                if correction is not None and word in named and correction.stem not in self.names:
                    correction = None
                if correction is not None and correction.is_function_word:
                    continue  # "thhis", "dooes": a slip in a word that carries no topic
                if correction is not None and correction.is_content:
                    stem, match = correction.stem, correction.match
                    fixes[len(kept)] = correction.word
                elif correction is not None:  # an everyday word, misspelt: unknown, but cheap
                    word = correction.word
            kept.append(word)
            stems.append(stem)
            matches.append(match)
        return kept, stems, matches, fixes, kept_at

    def matches(self, query: Query) -> dict[int, list[float]]:
        """For each phrasing worth scoring: [question weight it explains, its own weight the question asks].

        Candidates come from the postings of the question's rare words. When every word is common (on more
        than COMMON_POSTINGS phrasings), sets of postings are intersected instead, in C, so no Python loop
        walks tens of thousands of phrasings. Then every word adds to the candidates it appears in, and at
        most MAX_CANDIDATES go on to be scored: the cost follows the question's words, not the knowledge
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
        if len(gathered) > MAX_CANDIDATES:
            inverse = self.phrasing_inverse_weight
            keep = heapq.nlargest(
                MAX_CANDIDATES,
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
        for token in ordered[1:MAX_INTERSECTED]:
            if len(pool) <= MAX_POOL:
                break
            narrowed = pool & self._posting_set(token)
            if len(narrowed) >= MIN_POOL:
                pool = narrowed
        if len(pool) > MAX_POOL:  # postings of common words are sorted lightest phrasing first
            pool = set(islice((number for number in self.postings[ordered[0]] if number in pool), MAX_POOL))
        return pool

    def _posting_set(self, token: str) -> set[int]:
        """Postings of a common word as a set, kept for a few words (built in about a millisecond)."""
        cached = self._sets.get(token)
        if cached is None:
            if len(self._sets) >= SET_CACHE:
                with contextlib.suppress(KeyError, RuntimeError, StopIteration):  # another thread may evict too
                    self._sets.pop(next(iter(self._sets)))  # forget the oldest
            cached = self._sets[token] = set(self.postings[token])
        return cached
