"""The text analysis of a whole knowledge base, as plain data: what the index is built from.

Kept apart from the index so it can be cached with the knowledge base (`qa.cache`): analysing every text
(splitting, stemming, synonyms) is most of the cost of indexing, and it depends only on the file and on
qa's own code, never on the matcher's tuning.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Entry
from .text import (
    ANYWHERE_INTENTS,
    INTENT_WORDS,
    PLACE_NOUNS,
    SHIFTERS,
    STOPWORDS,
    Analyzer,
    common_words,
    counted_spans,
    names_in,
    without_place_nouns,
    words,
)

PHRASING, ANSWER, EVIDENCE = 1, 2, 3  # where an entry uses a word, strongest first
LEADING_WORDS = 3  # "who"/"which"/"when" ask only when they come this early
TIME_NOUNS = frozenset("year years date day month time".split())  # noqa: SIM905
KIND_NOUNS = frozenset("kind kinds type types sort sorts".split())  # noqa: SIM905
# "how do I …", "how to …", "how can we …": a request for instructions, which a fact never gives unless its
# phrasings ask that way too. The intent's name is no word, so no question word can stand for it.
HOW_TO = "how-to"
_HOW_TO_MODALS = frozenset("do can could should would might may".split())  # noqa: SIM905
_ASKERS = frozenset("i we one you".split())  # noqa: SIM905
# "how big are the parks?", "the value of the sales": a magnitude, which only a "how much" fact (an amount) gives;
# a count of parks or a statement that sales grow does not
MAGNITUDE = "how-big"
_SIZE_WORDS = frozenset("big bigger large larger huge small smaller sizable sizeable massive vast".split())  # noqa: SIM905
_AMOUNT_WORDS = frozenset("amount amounts value values worth".split())  # noqa: SIM905
# "which city …?": a place, as where it happened or as who did it; a where- or a who-fact answers it
WHICH_PLACE = "which-place"
# "how many of the 76 companies …?", "how much of the 1.4 billion yuan …?": a part of a whole, which the fact that
# gives the whole does not give
PART_OF = "how-many-of"


@dataclass
class Analysis:
    """Per entry and per phrasing, the tokens the index is built from: JSON-shaped, so it can be cached."""

    phrasings: list[tuple[int, int]]  # (entry position, which of its questions); the answer's numbers count
    # as one more phrasing, shown as the entry's first question
    phrasing_tokens: list[list[str]]
    bags: list[dict[str, int]]  # per entry: token of its answer/tags (ANSWER) or evidence (EVIDENCE)
    intents: list[list[str]]  # per entry: the kinds of question its phrasings ask ("mani", "when", …)
    numeric: list[bool]  # per entry: does its answer hold a number?
    surface: dict[str, str]  # every word as written -> its stem (what spelling correction aims at)
    everyday: list[str]  # stems of the knowledge base's everyday words ("reach", "count")
    synonyms: list[tuple[list[str], list[str]]]  # the analyser's stemmed phrase map, so it is not rebuilt
    shifters: list[list[str]]  # per entry: the SHIFTERS its texts use ("still", "after", …)
    counted: list[list[str]]  # per entry: what its phrasings count ("how many parks": park)
    names: list[str]  # tokens of the names the answers use ("Shenzhen", "Guangxi"): see `text.names_in`

    def analyzer(self, table: dict[str, tuple[str, ...]]) -> Analyzer:
        """The analyser this analysis was made with (`table`: the knowledge base's synonyms, as written)."""
        return Analyzer.from_phrases({tuple(key): tuple(target) for key, target in self.synonyms}, table)


_ASKING = INTENT_WORDS | _AMOUNT_WORDS | {"what", "how", "number", "count", "total", "list", "enumerate"}
_NOTHING: frozenset[str] = frozenset()


class IntentReader:
    """Which kind of answer a text asks for: a count, a date, a person, a name …"""

    def __init__(self, analyzer: Analyzer):
        self.stem = analyzer.stem
        self.anywhere = frozenset(analyzer.stem(word) for word in ANYWHERE_INTENTS)
        self.when = analyzer.stem("when")
        self.where = analyzer.stem("where")
        self.which = analyzer.stem("which")
        self.count = analyzer.stem("many")
        self.much = analyzer.stem("much")

    def __call__(self, text_words: list[str]) -> frozenset[str]:
        """ "who"/"which"/"when" count only near the start, where they ask; later they are relative
        pronouns ("people who escaped poverty")."""
        if _ASKING.isdisjoint(text_words):
            return _NOTHING
        found = set()
        for position, word in enumerate(text_words):
            if word not in _ASKING:
                continue  # this runs on every phrasing of 100 000 entries
            following = text_words[position + 1] if position + 1 < len(text_words) else ""
            if word in ("which", "what") and following in TIME_NOUNS:
                found.add(self.when)  # "in which year", "what date": a when-question
            elif word == "which" and following in PLACE_NOUNS:
                found.add(WHICH_PLACE)  # "from which region", "which city": asks where, or which city did it
            elif word in ("number", "count", "total") and following == "of":
                found.add(self.count)  # "number of parks", "count of trainees": asks how many
            elif word in ("list", "enumerate") and position == 0:
                found.add(self.which)  # "list the 20 parks": asks to name them, like "which parks?"
            elif word == "what" and following in KIND_NOUNS:
                found.add(self.which)  # "what kinds of products": asks which ones, like "which products"
            elif word == "how":  # ("where can I …?" asks a place, not for instructions)
                if following in _SIZE_WORDS:
                    found.update((self.much, MAGNITUDE))
                elif following == "to" or (
                    following in _HOW_TO_MODALS
                    and position + 2 < len(text_words)
                    and text_words[position + 2] in _ASKERS
                ):
                    found.add(HOW_TO)
            elif word in _AMOUNT_WORDS:
                if "or" not in text_words:  # "the number or the amount?" asks which of two: neither
                    found.update((self.much, MAGNITUDE))
            elif word in INTENT_WORDS:
                stem = self.stem(word)
                if stem in self.anywhere or position < LEADING_WORDS:
                    found.add(stem)
                if word in ("many", "much") and following == "of" and _names_number(text_words, position + 2):
                    found.add(PART_OF)
        return frozenset(found)


def _names_number(text_words: list[str], position: int) -> bool:
    """A number at `position`, or right after a "the" there ("of the 76 …", "of 439 …")."""
    if position < len(text_words) and text_words[position] == "the":
        position += 1
    return position < len(text_words) and text_words[position][:1].isdigit()


def analyse(entries: tuple[Entry, ...], analyzer: Analyzer) -> Analysis:
    """Every text split into words once; tokens, surface words and intents all come from that."""
    surface: dict[str, str] = {}
    stem = analyzer.stem

    def remember(*texts: list[str]) -> None:
        """Every new word of an entry's texts, with its stem: one set operation, in C, per entry."""
        for word in set().union(*texts).difference(surface):
            if word not in STOPWORDS:
                surface[word] = stem(word)

    tokens_of = analyzer.tokens_of
    intents_of = IntentReader(analyzer)
    synonyms = [(list(key), list(target)) for key, target in analyzer.synonyms.items()]
    result = Analysis([], [], [], [], [], surface, [], synonyms, [], [], [])
    for position, entry in enumerate(entries):
        evidence_words, answer_words = words(entry.evidence), words(entry.answer)
        tag_words = [words(tag) for tag in entry.tags]
        question_words_of = [words(question) for question in entry.questions]
        remember(evidence_words, answer_words, *tag_words, *question_words_of)
        shifters = set(SHIFTERS.intersection([*evidence_words, *answer_words]))
        bag = dict.fromkeys(tokens_of(evidence_words), EVIDENCE)
        answer_tokens = tokens_of(answer_words)
        bag.update(dict.fromkeys(answer_tokens, ANSWER))
        for text_words in tag_words:
            bag.update(dict.fromkeys(tokens_of(text_words), ANSWER))
        numbers = sorted({token for token in answer_tokens if token[0].isdigit()})
        intents: set[str] = set()
        counted: set[str] = set()
        phrasings = []
        for number, question_words in enumerate(question_words_of):
            if not SHIFTERS.isdisjoint(question_words):  # rarely: no new set for the others
                shifters.update(SHIFTERS.intersection(question_words))
            intents |= intents_of(question_words)
            for start, length in counted_spans(question_words):
                counted.update(tokens_of(question_words[start : start + length]))
            phrasings.append((number, sorted(set(tokens_of(without_place_nouns(question_words))))))
        if numbers:  # the answer's numbers name its fact: "what is 765,200?" asks for this entry
            phrasings.append((0, numbers))
        for number, tokens in phrasings:
            if tokens:
                result.phrasings.append((position, number))
                result.phrasing_tokens.append(tokens)
        result.bags.append(bag)
        result.intents.append(sorted(intents))
        result.numeric.append(bool(numbers))
        result.shifters.append(sorted(shifters) if shifters else [])
        result.counted.append(sorted(counted) if counted else [])
    remember(*(words(text) for text in analyzer.vocabulary))
    canonical = {token for target in analyzer.synonyms.values() for token in target}
    common = common_words()
    result.everyday = sorted({stem for word, stem in surface.items() if word in common} - canonical)
    result.names = sorted(
        {token for name in names_in(entry.answer for entry in entries) for token in tokens_of([name])}
    )
    return result


def to_json(analysis: Analysis) -> dict:
    """Every field, by name: the lists themselves, not copies (at 100 000 entries a copy costs 150 MB)."""
    return dict(vars(analysis))


def from_json(document: dict, entries: tuple[Entry, ...]) -> Analysis:
    """Adopt a cache file's lists in place, after checking their shapes: a tampered file must fail here,
    not later (and no copy is made: at 100 000 entries a copy costs 150 MB)."""
    phrasings = document["phrasings"]
    phrasing_tokens = document["phrasing_tokens"]
    bags = document["bags"]
    intents = document["intents"]
    numeric = document["numeric"]
    surface = document["surface"]
    everyday = document["everyday"]
    synonyms = document["synonyms"]
    shifters = document["shifters"]
    counted = document["counted"]
    names = document["names"]
    entry_count = len(entries)
    for index, (position, number) in enumerate(phrasings):
        if not (type(position) is int and 0 <= position < entry_count and type(number) is int):
            raise ValueError("phrasing of no entry")
        if not 0 <= number < len(entries[position].questions):
            raise ValueError("phrasing of no question")
        phrasings[index] = (position, number)
    _check_texts(everyday)
    _check_texts(names)
    for index, pair in enumerate(synonyms):
        key, target = pair  # exactly two lists of words, or ValueError
        _check_texts(key)
        _check_texts(target)
        if not key or not target:
            raise ValueError("empty synonym")
        synonyms[index] = (key, target)
    for tokens in phrasing_tokens:
        _check_texts(tokens)
    for kinds in intents:
        _check_texts(kinds)
    for words_used in (*shifters, *counted):
        _check_texts(words_used)
    for bag in bags:
        if not all(type(kind) is int and ANSWER <= kind <= EVIDENCE for kind in bag.values()):
            raise ValueError("bad word kind")
    if not all(type(stem) is str for stem in surface.values()) or not all(type(flag) is bool for flag in numeric):
        raise ValueError("bad surface word or flag")
    if not (len(bags) == len(intents) == len(numeric) == len(shifters) == len(counted) == entry_count):
        raise ValueError("analysis does not match its entries")
    if len(phrasings) != len(phrasing_tokens):
        raise ValueError("analysis does not match its entries")
    return Analysis(
        phrasings, phrasing_tokens, bags, intents, numeric, surface, everyday, synonyms, shifters, counted, names
    )


def _check_texts(values: list) -> None:
    if type(values) is not list or not all(type(value) is str for value in values):
        raise ValueError("expected a list of text")
