"""Spelling correction against the knowledge base's own words (and everyday English glue words).

Why a dictionary of our own: a typo in a word the knowledge base uses should find that word; a typo in a
function word ("thhis", "dooes") should be recognised as one and cost nothing; and a real word the knowledge
base has never seen ("road", "clinic") must stay unknown, so it can count against answering. Short words are
the dangerous ones (road/read), so they may only have lost a letter or swapped two; and a word is read as a
glue word only for a single slip, so an unknown topic word is not laundered into one ("bridges"/"brings").
"""

from __future__ import annotations

from collections import defaultdict

from .lexicon import english_words
from .text import STOPWORDS
from .tuning import Tuning
from .values import FrozenValue

TRUNCATED = 4  # the shortest beginning read as a word cut short ("cert"; "gov" is a word of its own)
SHORTEST = 3  # shorter words are never corrected
SHORT = 4  # up to this length: only a lost letter (mny) or swapped letters (waht) — road is not read
LONG = 7  # from this length on, two slips are forgiven (partnersip, recieved)
WITHOUT_VOWELS = 4  # the shortest word read as typed without its vowels ("prks"; "yrs" is a short form)
_NO_VOWELS = str.maketrans("", "", "aeiou")


def _skeleton(word: str) -> str:
    """The word without its vowels after the first letter: "invested" as "invstd"."""
    return word[0] + word[1:].translate(_NO_VOWELS)


CONTENT, FUNCTION, EVERYDAY = "content", "function", "everyday"
_RANK = {CONTENT: 0, FUNCTION: 1, EVERYDAY: 2}  # which kind of word wins a tie


class Correction(FrozenValue):
    """What a misspelt word was read as (a frozen value: a one-shot question with a typo imports no dataclasses)."""

    __slots__ = ("kind", "match", "stem", "word")
    word: str  # the dictionary word
    kind: str  # CONTENT (a knowledge-base word), FUNCTION (drop it) or EVERYDAY (unknown, but cheap)
    stem: str | None  # for CONTENT: the stem the index knows
    match: float  # how sure: 0.9 for one slip, 0.75 for two

    def __init__(self, word: str, kind: str, stem: str | None, match: float) -> None:
        self._assign(locals())

    @property
    def is_function_word(self) -> bool:
        return self.kind == FUNCTION

    @property
    def is_content(self) -> bool:
        return self.kind == CONTENT and self.stem is not None


_ROOT = 4  # a stem this long, begun by another, is the same word in another form


def keeps_meaning(word: str, word_stem: str, correction: Correction) -> bool:
    """May `word` be read as `correction`? A real English word is no typo: it is read only as another form
    of itself ("catalog" as "catalogue", "editorial" as "editor"), never as a different word ("writing" as
    "waiting", "lives" as "lines", "company" as "compact")."""
    theirs = correction.stem
    if theirs is None or theirs == word_stem:
        return True  # another form of the same word: no need to read the list ("certifed" as "certified")
    if min(len(theirs), len(word_stem)) >= _ROOT and (word_stem.startswith(theirs) or theirs.startswith(word_stem)):
        return True  # "editorial" as "editor"; but a short stem says little ("speed" is "spe", as "spend" begins)
    return not is_english(word)  # the list is read here, on the first correction that changes a word's root


_ENDINGS = ("ing", "ed", "es", "s", "er", "ers", "ly")
_VOWELS = frozenset("aeiou")


def _doubled(base: str) -> bool:
    """Does `base` end in a consonant doubled after one short vowel ("plann", "runn"), as English doubles it
    before an ending? Not after two vowels: "trainn" is a slip."""
    return (
        len(base) >= 4
        and base[-1] == base[-2]
        and base[-1] not in _VOWELS
        and base[-3] in _VOWELS
        and base[-4] not in _VOWELS
    )


def is_english(word: str) -> bool:
    """Is `word` an English word: in the list, or a form of one the list holds ("courting" of "court",
    "moving" of "move", "planned" of "plan"), as the list keeps only the commonest forms of a word?"""
    words = english_words()
    if word in words:
        return True
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _ROOT:
            base = word[: -len(ending)]
            if base in STOPWORDS:
                continue  # "abouts": a word that takes no ending
            if base in words or base + "e" in words or (_doubled(base) and base[:-1] in words):
                return True
    return False


def _lost_or_swapped(typed: str, candidate: str) -> bool:
    """Is `typed` the candidate with one letter left out, or with two letters swapped?"""
    if len(candidate) == len(typed) + 1:
        letters = iter(candidate)
        return all(letter in letters for letter in typed)  # typed is a subsequence of candidate
    return len(candidate) == len(typed) and sorted(candidate) == sorted(typed)


class Speller:
    """Finds the closest dictionary word within a small edit distance (rapidfuzz OSA: swaps count once)."""

    def __init__(
        self,
        content: dict[str, str],
        frequency: dict[str, int],
        function_words: frozenset[str],
        everyday_words: frozenset[str],
        question_words: frozenset[str] = frozenset(),
        tuning: Tuning | None = None,
    ):
        tuning = tuning or Tuning()
        self._sure = (
            tuning.spelling_one_slip,
            tuning.spelling_two_slips,
            tuning.spelling_shared_stem,
            tuning.spelling_short_change,
            tuning.spelling_truncated,
            tuning.spelling_without_vowels,
        )
        self._kind: dict[str, tuple[str, str | None]] = {}
        for word in everyday_words:
            self._kind[word] = (EVERYDAY, None)
        for word in function_words:
            self._kind[word] = (FUNCTION, None)
        for word, stem in content.items():
            self._kind[word] = (CONTENT, stem)
        for stem in set(content.values()):  # a typo may break the ending: "schmes" meets the stem "schem"
            self._kind.setdefault(stem, (CONTENT, stem))
        self._closed = function_words | question_words  # small closed classes: "tuis" is "this", "meny" is "many"
        self._frequency = frequency
        self._by_length: dict[int, list[str]] = defaultdict(list)
        self._by_start: dict[tuple[int, str], list[str]] = defaultdict(list)  # (length, first letter)
        self._by_four: dict[str, list[str]] = defaultdict(list)  # knowledge-base words by their first four letters
        self._by_tail: dict[str, list[str]] = defaultdict(list)  # word without its first letter -> words
        self._by_skeleton: dict[str, dict[str, str]] = defaultdict(dict)  # "invstd" -> {stem: word}: invested
        for word, (kind, its_stem) in self._kind.items():
            if word.isalpha():
                self._by_length[len(word)].append(word)
                self._by_start[len(word), word[0]].append(word)
                self._by_tail[word[1:]].append(word)
                if kind == CONTENT:
                    self._by_four[word[:TRUNCATED]].append(word)
                    if len(word) >= WITHOUT_VOWELS + 1:
                        words = self._by_skeleton[_skeleton(word)]
                        words[its_stem] = min(words.get(its_stem, word), word)  # one word a stem, whatever the order
        self._cache: dict[str, Correction | None] = {}

    def correct(self, word: str) -> Correction | None:
        """The dictionary word `word` is a slip for, or None when it is simply not a word we know."""
        if word in self._cache:
            return self._cache[word]
        found = (
            self._closest(word) or self._shared_beginning(word) or self._cut_short(word) or self._without_vowels(word)
        )
        if len(self._cache) < 100_000:  # bounded: hostile input must not grow memory without end
            self._cache[word] = found
        return found

    def _closest(self, word: str) -> Correction | None:
        if len(word) < SHORTEST or not word.isalpha():
            return None
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        budget = 2 if len(word) >= LONG else 1
        # A word that starts differently costs half a slip more (see below), so it can only win within one
        # slip of a long word: then it is one of the few words that differ from this one just at the front,
        # found by lookups. Only words with the same first letter (a twentieth of them) need comparing.
        found: list[tuple[str, float]] = []
        for length in range(len(word) - budget, len(word) + budget + 1):
            bucket = self._by_start.get((length, word[0]))
            if bucket:
                found += [
                    (candidate, distance)
                    for candidate, distance, _ in process.extract(
                        word, bucket, scorer=OSA.distance, score_cutoff=budget, limit=None
                    )
                ]
        if budget == 2:
            found += [(candidate, 1) for candidate in self._first_letter_slips(word)]
        best: tuple[tuple[float, bool, int, int, str], str] | None = None
        for candidate, distance in found:
            kind, stem = self._kind[candidate]
            lost_or_swapped = _lost_or_swapped(word, candidate)
            slip_in_closed_word = candidate in self._closed and len(word) == SHORT
            if len(word) < SHORT and not (lost_or_swapped or slip_in_closed_word):
                continue
            if candidate[0] != word[0]:
                distance += 0.5  # people rarely get the first letter wrong
                if distance > budget:
                    continue
            if kind != CONTENT and distance > 1:
                continue  # one slip at most into a glue word, or "bridges" would pass as "brings"
            # the closest word first, a lost letter before a changed one (mony: money, not many),
            # then the more frequent word (it is the likelier intent), then a knowledge-base word before
            # a glue word before an everyday one (ths: this, not thus), then the word itself: never the
            # order of a set, which changes from one run to the next
            key = (distance, not lost_or_swapped, -self._frequency.get(stem or "", 0), _RANK[kind], candidate)
            if best is None or key < best[0]:
                best = (key, candidate)
        if best is None:
            return None
        kind, stem = self._kind[best[1]]
        distance, changed = best[0][:2]
        if len(word) <= SHORT and changed and best[1] not in self._closed:
            return Correction(best[1], kind, stem, self._sure[3])  # "ytar" is likely "year", but "road" is no "read"
        return Correction(best[1], kind, stem, self._sure[0] if distance <= 1 else self._sure[1])

    def _first_letter_slips(self, word: str) -> list[str]:
        """The dictionary words one slip away that start with another letter: the slip is at the front, so
        the first letter was changed, added, lost or swapped with the second."""
        first, rest = word[0], word[1:]
        found = [candidate for candidate in self._by_tail.get(rest, ()) if candidate[0] != first]  # changed
        found += [candidate for candidate in self._by_tail.get(word, ()) if candidate[0] != first]  # lost: "ompany"
        swapped = word[1] + first + word[2:]
        for candidate in (rest, swapped):  # added: "ccompany"; swapped: "ocmpany"
            if candidate[0] != first and candidate in self._kind:
                found.append(candidate)
        return found

    def _cut_short(self, word: str) -> Correction | None:
        """A word cut short ("cert", "projs"): the beginning of knowledge-base words that all mean one thing, and
        no English word itself ("pro" and "con" are words; "proj" is not)."""
        base = word[:-1] if word.endswith("s") and len(word) > TRUNCATED else word
        if not TRUNCATED <= len(base) <= 6 or not base.isalpha():
            return None
        longer = [
            (candidate, self._kind[candidate][1])
            for candidate in self._by_four.get(base[:TRUNCATED], ())
            if len(candidate) >= len(base) + 2 and candidate.startswith(base)
        ]
        stems = {stem for _, stem in longer}
        # one word and its derivations ("cert": certif, certific, certificat) all begin with the shortest of them;
        # different words ("dist": district, distribut) do not
        root = min(stems, key=len, default="")
        if not root or not all(stem.startswith(root) for stem in stems):
            return None
        if word in english_words() or base in english_words():
            return None
        stem = max(sorted(stems), key=lambda one: self._frequency.get(one, 0))  # the most used of them
        # a word as written ("certificate"), not the bare stem the index also knows ("certificat")
        candidate = min((candidate == its, candidate) for candidate, its in longer if its == stem)[1]
        return Correction(candidate, CONTENT, stem, self._sure[4])

    def _without_vowels(self, word: str) -> Correction | None:
        """A word typed without its vowels ("invstd", "prjcts"), as text-speak drops them: the one knowledge-base
        word (by its stem) with those consonants in that order, and no English word itself."""
        if len(word) < WITHOUT_VOWELS or not word.isalpha() or _skeleton(word) != word or word in english_words():
            return None
        stems = self._by_skeleton.get(word, {})
        if len(stems) != 1:
            return None  # none, or several words it could be ("lttr": letter or litter)
        ((stem, candidate),) = stems.items()
        return Correction(candidate, CONTENT, stem, self._sure[5])

    def _shared_beginning(self, word: str) -> Correction | None:
        """Different derivations of one word (industrial/industry): a long shared beginning."""
        if len(word) < 5:
            return None
        best = None
        beginning = word[:5]
        for candidate in self._by_four.get(word[:TRUNCATED], ()):
            if not candidate.startswith(beginning):
                continue
            shared = 0
            for a, b in zip(word, candidate, strict=False):
                if a != b:
                    break
                shared += 1
            long_enough = shared >= 5 and shared >= 0.75 * min(len(word), len(candidate))
            if long_enough and (best is None or (-shared, candidate) < (-best[0], best[1])):
                best = (shared, candidate)  # the longest shared beginning; on a tie, the first word alphabetically
        if best is None:
            return None
        return Correction(best[1], CONTENT, self._kind[best[1]][1], self._sure[2])
