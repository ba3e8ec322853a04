"""The text analysis of a whole knowledge base, as plain data: what the index is built from.

Kept apart from the index so it can be cached with the knowledge base (`qa.cache`): analysing every text
(splitting, stemming, synonyms) is most of the cost of indexing, and it depends only on the file and on
qa's own code, never on the matcher's tuning.
"""

from __future__ import annotations

from .lexicon import common_english, english_words
from .model import Entry
from .rules import count, kind, name, shift
from .text import STOPWORDS, Analyzer, common_words, without_place_nouns, words

PHRASING, ANSWER, EVIDENCE = 1, 2, 3  # where an entry uses a word, strongest first


class Analysis:
    """Per entry and per phrasing, the tokens the index is built from: JSON-shaped, so it can be cached.

    A plain class (not a dataclass: the one-shot path imports this module); `to_json` reads its `vars()`.
    """

    def __init__(
        self,
        phrasings: list[tuple[int, int]],
        phrasing_tokens: list[list[str]],
        bags: list[dict[str, int]],
        intents: list[list[str]],
        numeric: list[bool],
        surface: dict[str, str],
        everyday: list[str],
        synonyms: list[tuple[list[str], list[str]]],
        shifters: list[list[str]],
        counted: list[list[str]],
        names: list[str],
        english_names: list[str],
    ) -> None:
        # (entry position, which of its questions); the answer's numbers count as one more phrasing, shown as
        # the entry's first question
        self.phrasings = phrasings
        self.phrasing_tokens = phrasing_tokens
        self.bags = bags  # per entry: token of its answer/tags (ANSWER) or evidence (EVIDENCE)
        self.intents = intents  # per entry: the kinds of question its phrasings ask (`rules.kind.Ask` values)
        self.numeric = numeric  # per entry: does its answer hold a number?
        self.surface = surface  # every word as written -> its stem (what spelling correction aims at)
        self.everyday = everyday  # stems of the knowledge base's everyday words ("reach", "count")
        self.synonyms = synonyms  # the analyser's stemmed phrase map, so it is not rebuilt
        self.shifters = shifters  # per entry: the shifting words its texts use (`rules.shift`) ("still", …)
        self.counted = counted  # per entry: what its phrasings count ("how many parks": park)
        self.names = names  # tokens of the names the answers use ("Shenzhen", "Guangxi"): see `rules.name`
        self.english_names = english_names  # those that are English words ("Party", "Green"): see `rules.role`

    def analyzer(self, table: dict[str, tuple[str, ...]]) -> Analyzer:
        """The analyser this analysis was made with (`table`: the knowledge base's synonyms, as written)."""
        return Analyzer.from_phrases({tuple(key): tuple(target) for key, target in self.synonyms}, table)


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
    synonyms = [(list(key), list(target)) for key, target in analyzer.synonyms.items()]
    result = Analysis([], [], [], [], [], surface, [], synonyms, [], [], [], [])
    for position, entry in enumerate(entries):
        evidence_words, answer_words = words(entry.evidence), words(entry.answer)
        tag_words = [words(tag) for tag in entry.tags]
        question_words_of = [words(question) for question in entry.questions]
        remember(evidence_words, answer_words, *tag_words, *question_words_of)
        shifters = shift.used(evidence_words) | shift.used(answer_words, answer=True)
        bag = dict.fromkeys(tokens_of(evidence_words), EVIDENCE)
        answer_tokens = tokens_of(answer_words)
        bag.update(dict.fromkeys(answer_tokens, ANSWER))
        for text_words in tag_words:
            bag.update(dict.fromkeys(tokens_of(text_words), ANSWER))
        numbers = sorted({token for token in answer_tokens if token[0].isdigit()})
        intents: set[kind.Ask] = set()
        counted: set[str] = set()
        for start, length in count.answer_counted_spans(answer_words):
            counted.update(tokens_of(answer_words[start : start + length]))
        phrasings = []
        for number, question_words in enumerate(question_words_of):
            if not shift.SAYING.isdisjoint(question_words):  # rarely: no new set for the others
                shifters.update(shift.used(question_words))
            intents |= kind.read_asks(question_words)
            for start, length in count.counted_spans(question_words):
                counted.update(tokens_of(question_words[start : start + length]))
            phrasings.append((number, sorted(set(tokens_of(without_place_nouns(question_words))))))
        if numbers:  # the answer's numbers name its fact: "what is 765,200?" asks for this entry
            phrasings.append((0, numbers))
        for number, tokens in phrasings:
            if tokens:
                result.phrasings.append((position, number))
                result.phrasing_tokens.append(tokens)
        result.bags.append(bag)
        result.intents.append(sorted(ask.value for ask in intents))
        result.numeric.append(bool(numbers))
        result.shifters.append(sorted(shifters) if shifters else [])
        result.counted.append(sorted(counted) if counted else [])
    remember(*(words(text) for text in analyzer.vocabulary))
    canonical = {token for target in analyzer.synonyms.values() for token in target}
    common = common_words() | common_english()  # the hand-kept everyday words, and English's commonest
    result.everyday = sorted({stem for word, stem in surface.items() if word in common} - canonical)
    found_names = name.names_in(entry.answer for entry in entries)
    result.names = sorted({token for found in found_names for token in tokens_of([found])})
    english = english_words()  # read with the common words above: one file
    result.english_names = sorted({token for found in found_names if found in english for token in tokens_of([found])})
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
    english_names = document["english_names"]
    entry_count = len(entries)
    for index, (position, number) in enumerate(phrasings):
        if not (type(position) is int and 0 <= position < entry_count and type(number) is int):
            raise ValueError("phrasing of no entry")
        if not 0 <= number < len(entries[position].questions):
            raise ValueError("phrasing of no question")
        phrasings[index] = (position, number)
    _check_texts(everyday)
    _check_texts(names)
    _check_texts(english_names)
    for index, pair in enumerate(synonyms):
        key, target = pair  # exactly two lists of words, or ValueError
        _check_texts(key)
        _check_texts(target)
        if not key or not target:
            raise ValueError("empty synonym")
        synonyms[index] = (key, target)
    for tokens in phrasing_tokens:
        _check_texts(tokens)
    asks = {ask.value for ask in kind.Ask}
    for kinds in intents:
        _check_texts(kinds)
        if not asks.issuperset(kinds):
            raise ValueError("unknown kind of question")
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
        phrasings, phrasing_tokens, bags, intents, numeric, surface, everyday, synonyms, shifters, counted, names,
        english_names,
    )  # fmt: skip


def _check_texts(values: list) -> None:
    if type(values) is not list or not all(type(value) is str for value in values):
        raise ValueError("expected a list of text")
