"""Turn text into the comparable tokens both the index and the questions are made of.

One analyser serves phrasings, answers and questions alike, so a word always meets itself: casefolded,
NFKC-normalised, numbers without thousands separators, a light suffix stemmer for inflection
(trained/training, villages/village), then the knowledge base's synonyms mapped to their canonical word.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
# Patterns most texts never need stay strings, compiled by `re` (and kept in its cache) on first use,
# behind a cheap test: a one-shot answer does not pay ~0.8 ms to compile them.
_ESCAPES = r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])"

STOPWORDS = frozenset(
    """a an the of in on at to for from by with about into onto over under than then and or nor but so
    is are was were be been being am do does did done doing has have had having get got gets getting
    it its this that these those there here their theirs they them he she his her hers him
    i me my we us our you your yours as if also just only very too any some all both either neither
    such own same other can could would should shall may might must s t co
    please tell let know say said give show explain describe mention mentioned really actually
    between among amongst across through throughout via upon toward towards around along against beyond
    inside outside yes no not""".split()  # noqa: SIM905
)
# Question words carry intent (when vs how many) but little topic: they count, lightly.
QUESTION_WORDS = frozenset("how many much when where who whom whose why which what whatever".split())  # noqa: SIM905
# Everyday English words that rarely name a topic: unknown to a knowledge base, they cost less
# confidence than an unknown topic word ("clinic", "river") would.
# Words that turn a lookup into a question the facts rarely answer: a breakdown ("each county", "per year"),
# a ranking ("the most", "largest"), a part ("Shenzhen alone"), the future ("next year", "will"), or detail
# beyond a fact ("full name"). Unknown to a knowledge base, they cost as much as a topic word.
QUALIFIERS = frozenset(
    """each every per alone most least largest biggest smallest highest lowest best worst average
    breakdown individually separately remain remaining remains will next future upcoming full""".split()  # noqa: SIM905
)

# Words that shift what a fact says: the qualifiers above, the present state ("still", "yet"), a comparison
# ("versus", "bigger"), more than the fact ("else", "other", "only"), another time ("before", "after",
# "last") or its failure ("failed"). A question that uses one its entry never uses asks what it does not say.
SHIFTERS = QUALIFIERS | frozenset(
    """still yet anymore else other others versus vs before after last only failed fail
    bigger smaller larger fewer""".split()  # noqa: SIM905
)
# Words that ask for a property of a thing rather than the fact about it: a measure ("size", "population"),
# money ("cost", "budget"), a ratio ("rate", "percentage"), a comparison, what it takes ("criteria", "how to apply"),
# an origin ("founded"), a location or contact detail, a breakdown ("split", "allocated") or a choice ("why …
# chosen").
# "What did the 20 parks cost?" reuses a fact's words and asks what it does not say; an entry that uses the
# word answers it. ("Steps" and "methods" are not here: "what steps is Shenzhen taking?" asks what a fact says.)
ATTRIBUTES = frozenset(
    """compare compared compares comparing comparison
    size sizes length width height depth distance duration capacity weight acreage hectare hectares
    square kilometres kilometers km miles population density
    price prices cost costs budget budgets salary salaries wage wages income revenue revenues profit profits gdp
    rate rates percentage percent proportion ratio median
    criteria criterion requirement requirements qualification qualifications eligible eligibility
    apply applies applying obtain obtains obtaining qualify qualifies
    founded founder founders
    address location located situated coordinates age gender phone email contact website
    split splits divided distributed distribution allocated allocation apportioned
    chose chosen choose choosing pick picked select selected selection""".split()  # noqa: SIM905
)
SHIFTERS = SHIFTERS | ATTRIBUTES
_CHOICE = frozenset("chose chosen choose choosing pick picked select selected selection".split())  # noqa: SIM905


def asked_properties(shifters: frozenset[str], text_words: list[str]) -> frozenset[str]:
    """The shifting words that ask for something here: a choice asks its reason only in a why- or how-question
    ("why was Hechi chosen?", not "which city was chosen?"), and "founded" a founder only in a who-question
    ("who founded China Daily?", not "when was the pairing founded?")."""
    if shifters.isdisjoint(_CHOICE) and "founded" not in shifters:
        return shifters
    opening = text_words[:3]
    unasked = set()
    if "why" not in opening and "how" not in opening:
        unasked.update(_CHOICE)
    if "who" not in opening:
        unasked.add("founded")
    return shifters.difference(unasked)


@functools.cache
def common_words() -> frozenset[str]:
    """Everyday words that are not qualifiers. Read on first need: a question whose words the knowledge
    base all knows never asks, so a one-shot answer skips loading ~3,700 words."""
    from .everyday_words import EVERYDAY_WORDS

    return EVERYDAY_WORDS - QUALIFIERS


# Numbers written as words, read as digits. Not "one": it is as often a pronoun ("one of the areas").
NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        [
            "zero",
            "_",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
    if word != "_"
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90"}


# "which region", "which city": the noun only says the question asks where (qa.analysis.IntentReader)
PLACE_NOUNS = frozenset(
    "region regions city cities place places province provinces country countries town part parts".split()  # noqa: SIM905
)


def without_place_nouns(text_words: list[str]) -> list[str]:
    """The words without the noun of a "which region"/"which city": it asks where, and read as a topic
    word it would count against every entry that never says "region"."""
    if "which" not in text_words:
        return text_words
    return [
        word
        for position, word in enumerate(text_words)
        if not (word in PLACE_NOUNS and position and text_words[position - 1] == "which")
    ]


_COUNT_CUES = frozenset(("number", "count", "total"))
COUNTED_WORDS = 2  # "how many poor villages": at most this many words after the cue name what is counted


def _positions(text_words: list[str], word: str) -> list[int]:
    """Where `word` stands in `text_words`, found by `list.index` (in C) rather than a loop over every word."""
    found: list[int] = []
    for _ in range(text_words.count(word)):
        found.append(text_words.index(word, found[-1] + 1 if found else 0))
    return found


def counted_spans(text_words: list[str], longest: int = COUNTED_WORDS) -> list[tuple[int, int]]:
    """What is counted: the words right after "how many", "number of" or "count of", up to the next stopword,
    as (position, length) in `text_words` ("how many jobs did …" counts jobs, "how many poor villages" poor
    villages)."""
    if "many" not in text_words and _COUNT_CUES.isdisjoint(text_words):
        return []  # most texts count nothing: two tests in C (this runs on every phrasing of a knowledge base)
    spans = []
    for position in _positions(text_words, "many") + _positions(text_words, "of"):
        word, previous = text_words[position], text_words[position - 1]
        if position and ((word == "many" and previous == "how") or (word == "of" and previous in _COUNT_CUES)):
            length = 0
            for following in text_words[position + 1 : position + 1 + longest]:
                if following in STOPWORDS:
                    break
                length += 1
            if length:
                spans.append((position + 1, length))
    return spans


def is_everyday(word: str) -> bool:
    """An everyday word: on the list, or shaped like a past participle or an adverb ("characterised",
    "reportedly"), which name no topic the way a noun ("hospitals") does."""
    return word in common_words() or (len(word) > 4 and word.isalpha() and word.endswith(("ed", "ly")))


# The words that say what kind of answer is wanted (a count, a date, a place, a person, a reason).
INTENT_WORDS = frozenset("many much when where who whose why which name names named called".split())  # noqa: SIM905
ANYWHERE_INTENTS = frozenset("many much name names named called".split())  # noqa: SIM905
# A question that opens with one of these asks for something; the verb itself is not the topic.
REQUEST_VERBS = frozenset("list tell give show describe explain outline summarise summarize identify".split())  # noqa: SIM905
# "not villages", "rather than the money": the next few words (up to punctuation or a dash) are not asked about.
_NEGATIONS = ("not", "rather than", "instead of", "except", "excluding", "other than")
_NEGATED = r"\b(?:" + "|".join(_NEGATIONS) + r")\b(?:\s+(?![-–—])[^\s,.;:?!–—]+){1,5}"


def drop_negated(text: str) -> str:
    """The question without the parts it explicitly rules out ("counties, not villages")."""
    lowered = text.lower()
    if text.isascii() and not any(cue in lowered for cue in _NEGATIONS):
        return text  # no negation can match (outside ASCII, case-insensitive matching is subtler: ask re)
    return re.sub(_NEGATED, " ", text, flags=re.IGNORECASE)


_SUFFIXES = (  # (suffix, replacement), first match wins; stems keep at least 3 letters
    ("ational", "ate"),
    ("ization", "ize"),
    ("isation", "ize"),
    ("ations", "ate"),
    ("ation", "ate"),
    ("nesses", ""),
    ("ness", ""),
    ("ments", ""),
    ("ment", ""),
    ("ships", ""),
    ("ship", ""),
    ("ities", "ity"),
    ("ically", "ic"),
    ("fully", "ful"),
    ("ingly", ""),
    ("edly", ""),
    ("sses", "ss"),
    ("ies", "y"),
    ("ied", "y"),
    ("ying", "y"),
    ("ings", ""),
    ("ing", ""),
    ("ed", ""),
    ("ly", ""),
    ("es", "e"),
    ("ss", "ss"),
    ("us", "us"),
    ("is", "is"),
    ("s", ""),
)
_VOWELS = set("aeiouy")
_SUFFIXES_BY_LAST_LETTER: dict[str, tuple[tuple[str, str], ...]] = {
    letter: tuple(rule for rule in _SUFFIXES if rule[0][-1] == letter) for letter in {s[-1] for s, _ in _SUFFIXES}
}


def _stem(word: str) -> str:
    """A small English suffix stripper: enough to meet inflected forms, never fancy."""
    if len(word) <= 3 or not word.isascii() or not word.isalpha():
        return word
    for suffix, replacement in _SUFFIXES_BY_LAST_LETTER.get(word[-1], ()):
        if word.endswith(suffix):
            base = word[: len(word) - len(suffix)]
            if len(base) < 3 or not (_VOWELS & set(base)):
                continue
            word = base + replacement
            break
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "lsze":  # "trainee" is no "train"
        word = word[:-1]  # planned -> plann -> plan
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]  # guide/guided, promote/promoting meet at guid, promot
    if len(word) > 5 and word.endswith("is"):
        word = word[:-1] + "z"  # organise/organize, mobilised/mobilized meet at organiz, mobiliz
    if len(word) > 3 and word.endswith("y"):
        word = word[:-1] + "i"  # company/companies meet at compani
    return word


def strip_escapes(text: str, replacement: str = "") -> str:
    """Terminal escape sequences (colours, cursor moves, titles) removed."""
    return re.sub(_ESCAPES, replacement, text) if "\x1b" in text else text


_CAPITALISED = r"(?<=[^.?!:\s][ -])[A-Z][a-z]+"  # a capital inside a sentence: after a space or a hyphen


def capitalised_words(text: str) -> set[str]:
    """The words written with a capital inside a sentence, casefolded: names, mostly ("Guangxi", "Baise")."""
    if text[1:].islower():
        return set()  # most questions: nothing capitalised past the first letter (a test in C)
    found = re.findall(_CAPITALISED, text)
    if 2 * len(found) > text.count(" ") + 1:
        return set()  # A Question In Title Case: its capitals say nothing about names
    return {word.casefold() for word in found}


def hyphenated_pairs(text: str) -> list[tuple[str, str]]:
    """Words joined by a hyphen, casefolded, in pairs: "Guangdong-Guangxi cooperation" gives (guangdong, guangxi)."""
    return [(left.casefold(), right.casefold()) for left, right in re.findall(r"([^\W\d_]+)-(?=([^\W\d_]+))", text)]


def names_in(texts: Iterable[str]) -> set[str]:
    """The names a set of texts uses: words they write with a capital inside a sentence and never in lower case,
    that are no everyday word or number ("the Greater Bay Area" gives "bay": "greater" is everyday English, and
    "demonstration areas" writes "area" in lower case)."""
    joined = "\n".join(texts)  # one pass in C over all of them: at 100 000 answers, a loop costs twice as much
    capitalised = set(re.findall(_CAPITALISED, joined))
    # words as spaces delimit them, so "chinadaily.com.cn/hechi" is not "hechi"
    lower = {token.rstrip(".,;:!?)'\"") for token in set(joined.split()) if token[0].islower()}
    lower_stems = {_stem(word) for word in lower}
    return {
        word
        for word in (name.casefold() for name in capitalised)
        if _stem(word) not in lower_stems and word not in NUMBER_WORDS and not is_everyday(word)
    }


def words(text: str) -> list[str]:
    """Casefolded word and number tokens, before stemming."""
    if not text.isascii():  # NFKC only where it can change anything (full-width digits, ligatures, ’)
        import unicodedata  # only for text outside ASCII

        text = unicodedata.normalize("NFKC", text).replace("’", "'")
    text = text.casefold()
    if "," in text:
        text = _THOUSANDS.sub("", text)
    return _TOKEN.findall(text)


class _Stems(dict):
    """word -> its stem, worked out on first sight; after that, a lookup in C."""

    def __missing__(self, word: str) -> str:
        self[word] = stemmed = _stem(word)
        return stemmed


class _Tokens(dict):
    """word as written -> its token: "" for a stopword, number words as digits ("ten" -> "10"), else its stem.
    One lookup per word, in C once seen: analysing 100 000 entries reads millions of words."""

    def __missing__(self, word: str) -> str:
        self[word] = token = "" if word in STOPWORDS else _stem(NUMBER_WORDS.get(word, word))
        return token


@dataclass(frozen=True)
class Analyzer:
    """Text -> tokens; built once per knowledge base because its synonyms are part of it."""

    synonyms: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    longest: int = 1
    vocabulary: tuple[str, ...] = ()  # every word of the synonyms table, as written
    phrase_starts: frozenset[str] = frozenset()  # first words of the multi-word synonyms
    synonym_stems: frozenset[str] = frozenset()  # every word any synonym starts or contains
    cache: dict[str, str] = field(default_factory=_Stems, repr=False, compare=False)
    token_cache: dict[str, str] = field(default_factory=_Tokens, repr=False, compare=False)

    @classmethod
    def from_table(cls, table: dict[str, tuple[str, ...]]) -> Analyzer:
        """`{canonical: [variants]}` as written in the YAML -> stemmed phrase map."""
        plain = cls()
        phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        for canonical, variants in table.items():
            target = tuple(plain.stems(canonical))
            if not target:
                continue
            phrases[target] = target  # the canonical phrase, written out, is consumed whole too
            for variant in variants:
                key = tuple(plain.stems(variant))
                if key and key != target:
                    phrases.setdefault(key, target)
        phrases = {key: value for key, value in phrases.items() if len(key) > 1 or key != value}
        return cls.from_phrases(phrases, table)

    @classmethod
    def from_phrases(
        cls, phrases: dict[tuple[str, ...], tuple[str, ...]], table: dict[str, tuple[str, ...]]
    ) -> Analyzer:
        """The analyser for a phrase map already stemmed (as `qa.cache` keeps it): no stemming to redo."""
        longest = max((len(key) for key in phrases), default=1)
        vocabulary = tuple(canonical for canonical in table) + tuple(v for vs in table.values() for v in vs)
        starts = frozenset(key[0] for key in phrases if len(key) > 1)
        stems = frozenset(stem for key in phrases for stem in key)
        return cls(synonyms=phrases, longest=longest, vocabulary=vocabulary, phrase_starts=starts, synonym_stems=stems)

    def stem(self, word: str) -> str:
        return self.cache[word]

    def stems(self, text: str) -> list[str]:
        """Stemmed tokens with stopwords dropped (no synonyms yet)."""
        return self.stems_of(words(text))

    def stems_of(self, text_words: list[str]) -> list[str]:
        """Stemmed tokens of words already split, stopwords dropped, "ten counties" read as "10 counties"."""
        return [token for token in map(self.token_cache.__getitem__, text_words) if token]

    def tokens(self, text: str) -> list[str]:
        """Stemmed tokens with synonyms replaced by their canonical word (longest phrase first)."""
        return self.tokens_of(words(text))

    def tokens_of(self, text_words: list[str]) -> list[str]:
        stems = self.stems_of(text_words)
        if self.synonym_stems.isdisjoint(stems):  # most texts: nothing to replace (a set test in C)
            return stems
        return [token for token, _, _ in self.canonical(stems)]

    def canonical(self, stems: list[str]) -> list[tuple[str, int, int]]:
        """Synonyms replaced by their canonical words: (token, first, last+1 position it came from)."""
        out: list[tuple[str, int, int]] = []
        synonyms, starts, longest = self.synonyms, self.phrase_starts, self.longest
        count = len(stems)
        i = 0
        while i < count:
            stem = stems[i]
            size, target = 1, None
            if stem in starts:  # a multi-word synonym may start here: longest first
                for size in range(min(longest, count - i), 1, -1):
                    target = synonyms.get(tuple(stems[i : i + size]))
                    if target is not None:
                        break
                else:
                    size = 1
            if target is None:
                target = synonyms.get((stem,))
            if target is None:
                out.append((stem, i, i + 1))
            else:
                out.extend((token, i, i + size) for token in target)
                if len(target) > 1:  # the phrase as one concept too: "area" alone is not "greater bay area"
                    out.append((" ".join(target), i, i + size))
            i += size
        return out
