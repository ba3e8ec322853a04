"""Turn text into the comparable tokens both the index and the questions are made of.

One analyser serves phrasings, answers and questions alike, so a word always meets itself: casefolded,
NFKC-normalised, numbers without thousands separators, a light suffix stemmer for inflection
(trained/training, villages/village), then the knowledge base's synonyms mapped to their canonical word.
"""

from __future__ import annotations

import functools
import re

from .values import FrozenValue

# a code that starts with letters ("T3", "WPA3", "A321neo") is one name, not a word and a number; "30k" and
# "2nd" split ("$", "%", "#" are words: "how many $", "us$")
_TOKEN = re.compile(r"[^\W\d_]+\d[^\W_]*|\d+(?:[.,]\d+)*|[^\W\d_]+|[$%€£¥#]")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_WHOLE = r"(?<![\d.])(\d+)\.0+(?![\d.])"  # compiled on first use: few questions say "4.0"
# the clitic of a contraction says nothing ("I'm", "they're", "we've", "I'd", "you'll"); left in, "m" would
# weigh as an unknown topic word. "'s" and "n't" stay: "s" and "t" are stopwords, and "Hechi's" is a name.
_CLITIC = re.compile(r"(?<=[^\W\d_])'(?:m|re|ve|ll|d)\b")
# Patterns most texts never need stay strings, compiled by `re` (and kept in its cache) on first use,
# behind a cheap test: a one-shot answer does not pay ~0.8 ms to compile them.
# CSI (colours, cursor), OSC (titles) and DCS/SOS/PM/APC strings with their payload, then any other ESC pair
_ESCAPES = (
    # (a string sequence never closed is only its opener: it must not take the text after it, qa's own words)
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_](?:[^\x07\x1b]*(?:\x07|\x1b\\))?|[@-Z\\-_])"
    # the same sequences opened by one 8-bit character: CSI (\x9b), and OSC, DCS, SOS, PM, APC
    r"|\x9b[0-?]*[ -/]*[@-~]|[\x90\x98\x9d\x9e\x9f](?:[^\x07\x1b\x9c]*(?:\x07|\x9c|\x1b\\))?"
)

STOPWORDS = frozenset(
    """a an the of in on at to for from by with about into onto over under than then and or nor but so
    is are was were be been being am do does did done doing has have had having get got gets getting
    it its this that these those there here their theirs they them he she his her hers him
    i me my we us our you your yours as if also just only very too any some all both either neither
    such own same other can could would should shall may might must s t co
    please tell let know say said give show explain describe mention mentioned really actually
    between among amongst across through throughout via upon toward towards around along against beyond
    inside outside yes no not again exactly basically anyway anyways though even ones
    something anything thing things""".split()  # noqa: SIM905
)
# Question words carry intent (when vs how many) but little topic: they count, lightly.
QUESTION_WORDS = frozenset("how many much when where who whom whose why which what whatever".split())  # noqa: SIM905


@functools.cache
def common_words() -> frozenset[str]:
    """Everyday words that are not qualifiers. Read on first need: a question whose words the knowledge
    base all knows never asks, so a one-shot answer skips loading ~3,700 words."""
    from .everyday_words import EVERYDAY_WORDS, KIN
    from .rules.shift import QUALIFIERS

    return (EVERYDAY_WORDS | KIN) - QUALIFIERS


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


# "which region", "which city": the noun only says the question asks where (qa.rules.kind)
PLACE_NOUNS = frozenset(
    "region regions city cities place places province provinces country countries town part parts".split()  # noqa: SIM905
)
# "which company built the trams?", "what firm runs it?": the noun only says the question asks who (one, by
# name); "which companies …?" asks to name several, which a fact naming one does not do
AGENT_NOUNS = frozenset(
    """company firm business organisation organization agency manufacturer maker supplier contractor builder
    developer operator charity person individual""".split()  # noqa: SIM905
)


def without_place_nouns(text_words: list[str]) -> list[str]:
    """The words without the noun of a "which region"/"which city": it asks where, and read as a topic word it
    would count against every entry that never says "region"."""
    if "which" not in text_words:
        return text_words
    return [
        word
        for position, word in enumerate(text_words)
        if not (word in PLACE_NOUNS and position and text_words[position - 1] == "which")
    ]


# "the two cities", "both sides": the two a fact names (Shenzhen and Hechi), not a topic of their own
_PAIR_NOUNS = frozenset("cities provinces places sides regions towns countries partners parties".split())  # noqa: SIM905


def without_the_pair(text_words: list[str]) -> list[str]:
    """The words without "the two cities", "both sides": they point at the two places or parties the facts
    name, and read as topic words they would count against every entry that never says "cities"."""
    if "two" not in text_words and "both" not in text_words:
        return text_words
    kept: list[str] = []
    skip = 0
    for position, word in enumerate(text_words):
        if skip:
            skip -= 1
            continue
        following = text_words[position + 1] if position + 1 < len(text_words) else ""
        pointing = word == "both" or (word == "two" and position and text_words[position - 1] in ("the", "these"))
        if pointing and following in _PAIR_NOUNS:
            skip = 1
            continue
        kept.append(word)
    return kept


# Set phrases that say nothing of the topic ("why did it close in the first place?" asks why it closed): read as
# topic words, "first" and "place" would count against every entry that never says them. Each is read as what
# it leaves (nothing, or "every" of "every one of": all of them, as `qa.rules.shift.universal` reads it).
IDIOMS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("in", "the", "first", "place"): (),
    ("to", "be", "honest"): (),
    ("at", "the", "end", "of", "the", "day"): (),
    ("for", "that", "matter"): (),
    ("as", "far", "as", "i", "know"): (),
    ("these", "days"): (),  # now, as a question asks unless it says otherwise
    ("at", "the", "moment"): (),
    ("back", "then"): (),  # the time of what was said: "what was the aim back then?" asks its aim
    ("at", "that", "time"): (),
    ("in", "those", "days"): (),
    ("every", "one", "of"): ("every",),
    ("each", "one", "of"): ("each",),
}
_IDIOM_STARTS = frozenset(idiom[0] for idiom in IDIOMS)


def without_idioms(text_words: list[str]) -> list[str]:
    """The words with the set phrases of `IDIOMS` read as what they leave."""
    if _IDIOM_STARTS.isdisjoint(text_words):
        return text_words
    kept: list[str] = []
    at = 0
    while at < len(text_words):
        idiom = (
            next((idiom for idiom in IDIOMS if tuple(text_words[at : at + len(idiom)]) == idiom), None)
            if text_words[at] in _IDIOM_STARTS  # ("in", "to" and "at" start most questions' phrases: no idiom)
            else None
        )
        if idiom is None:
            kept.append(text_words[at])
            at += 1
        else:
            kept.extend(IDIOMS[idiom])
            at += len(idiom)
    return kept


_ENDING_UP = frozenset("end ends ended ending wind winds wound".split())  # noqa: SIM905
_ASKED_ENDING = frozenset("did does do will would".split())  # noqa: SIM905


def without_ending_up(text_words: list[str]) -> list[str]:
    """The words without "ended up" before a verb in -ing ("how many firms ended up investing?" asks how many
    invested); "what did it end up costing?" keeps it, as the final cost it asks."""
    if "up" not in text_words:
        return text_words
    drop: set[int] = set()
    for at in range(len(text_words) - 2):
        if text_words[at] in _ENDING_UP and text_words[at + 1] == "up" and text_words[at + 2].endswith("ing"):
            if not _ASKED_ENDING.isdisjoint(text_words[max(at - 3, 0) : at]):
                continue  # "what did it end up costing?": the final figure
            drop.update((at, at + 1))
    return [word for at, word in enumerate(text_words) if at not in drop] if drop else text_words


def asks_by_noun(text_words: list[str], position: int) -> bool:
    """Is the word at `position` a noun that only says what a "which"/"what" asks for ("which city", "which
    company", "what company" opening a question)?"""
    if not position:
        return False
    before, word = text_words[position - 1], text_words[position]
    if before == "which":
        return word in PLACE_NOUNS or word in AGENT_NOUNS
    return before == "what" and position == 1 and word in AGENT_NOUNS


def names_an_agent(text_words: list[str], position: int) -> bool:
    """Is the word at `position` the noun of a "which company"/"what firm" (`asks_by_noun`)?"""
    return text_words[position] in AGENT_NOUNS and asks_by_noun(text_words, position)


def is_everyday(word: str) -> bool:
    """An everyday word: on the list, or shaped like a past participle or an adverb ("characterised",
    "reportedly"), which name no topic the way a noun ("hospitals") does."""
    return word in common_words() or (len(word) > 4 and word.isalpha() and word.endswith(("ed", "ly")))


# A question that opens with one of these asks for something; the verb itself is not the topic.
# the verbs a yes-or-no question opens with ("is it …?", "did they …?", "should I …?")
YES_NO_VERBS = frozenset("is are was were do does did has have had will would can could should".split())  # noqa: SIM905
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


# (suffix, replacement), first match wins; stems keep at least 3 letters. First an inflection is taken off
# ("implemented", "applies", "organisations"), then a derivation ("implement", "apply", "organisation"), so a
# word and its inflected forms always meet, however far the derivation cuts.
_INFLECTIONS = (
    ("sses", "ss"),
    ("ies", "y"),
    ("ied", "y"),
    ("ying", "y"),
    ("eed", "eed"),  # "succeed", "proceed", "need": no past tense
    ("ings", ""),
    ("ing", ""),
    ("ed", ""),
    ("es", "e"),
    ("ss", "ss"),
    ("us", "us"),
    ("is", "is"),
    ("s", ""),
)
_DERIVATIONS = (
    ("ational", "ate"),
    ("ization", "ize"),
    ("isation", "ize"),
    ("ation", "ate"),
    ("ness", ""),
    ("ment", ""),
    ("ship", ""),
    ("ically", "ic"),
    ("fully", "ful"),
    ("ingly", ""),
    ("edly", ""),
    ("ly", ""),
)
_VOWELS = set("aeiouy")


def _by_last_letter(rules: tuple[tuple[str, str], ...]) -> dict[str, tuple[tuple[str, str], ...]]:
    return {letter: tuple(rule for rule in rules if rule[0][-1] == letter) for letter in {s[-1] for s, _ in rules}}


_INFLECTIONS_BY_LAST_LETTER = _by_last_letter(_INFLECTIONS)
_DERIVATIONS_BY_LAST_LETTER = _by_last_letter(_DERIVATIONS)


# English verbs whose past forms no suffix stripping meets ("beaten" and "beat", "sold" and "sell"); forms that are
# as often other words ("left", "found", "saw", "rose", "fell", "lit") are left out
_IRREGULAR = {
    form: base
    for base, forms in (
        ("agree", "agreed"),
        ("arise", "arose arisen"),
        ("beat", "beaten"),
        ("become", "became"),
        ("begin", "began begun"),
        ("bend", "bent"),
        ("break", "broke broken"),
        ("bring", "brought"),
        ("build", "built"),
        ("buy", "bought"),
        ("catch", "caught"),
        ("choose", "chose chosen"),
        ("come", "came"),
        ("deal", "dealt"),
        ("dig", "dug"),
        ("draw", "drew drawn"),
        ("drink", "drank drunk"),
        ("drive", "drove driven"),
        ("eat", "ate eaten"),
        ("feed", "fed"),
        ("feel", "felt"),
        ("fight", "fought"),
        ("flee", "fled"),
        ("fly", "flew flown"),
        ("forget", "forgot forgotten"),
        ("freeze", "froze frozen"),
        ("give", "gave given"),
        ("go", "went gone"),
        ("grow", "grew grown"),
        ("hide", "hid hidden"),
        ("hold", "held"),
        ("keep", "kept"),
        ("know", "knew known"),
        ("lay", "laid"),
        ("lead", "led"),
        ("lend", "lent"),
        ("lose", "lost"),
        ("mean", "meant"),
        ("meet", "met"),
        ("pay", "paid"),
        ("ride", "rode ridden"),
        ("rise", "risen"),
        ("run", "ran"),
        ("say", "said"),
        ("see", "seen"),
        ("seek", "sought"),
        ("sell", "sold"),
        ("send", "sent"),
        ("shake", "shook shaken"),
        ("show", "shown"),
        ("shrink", "shrank shrunk"),
        ("sing", "sang sung"),
        ("sink", "sank sunk"),
        ("sleep", "slept"),
        ("speak", "spoke spoken"),
        ("speed", "sped"),
        ("spend", "spent"),
        ("stand", "stood"),
        ("steal", "stole stolen"),
        ("strike", "struck"),
        ("swim", "swam swum"),
        ("take", "took taken"),
        ("teach", "taught"),
        ("tear", "tore torn"),
        ("tell", "told"),
        ("think", "thought"),
        ("throw", "threw thrown"),
        ("undertake", "undertook undertaken"),
        ("understand", "understood"),
        ("wear", "wore worn"),
        ("win", "won"),
        ("withdraw", "withdrew withdrawn"),
        ("write", "wrote written"),
        ("owe", "owed owing"),
        ("die", "died dying"),
        ("tie", "tied tying"),
        ("guarantee", "guaranteed"),
        ("free", "freed"),
    )
    for form in forms.split()
}


_AGENT_ENDINGS = ("er", "r", "or")


def agent_form(word_stem: str, known: frozenset[str]) -> str | None:
    """The known stem that is the same word as doer or deed: "owner" of "owns", "maker" of "makes", and back
    ("owner" asked of a fact that says "owns"). None when neither is known. (No doubled letter: "summer" is
    no doer of "sum".)"""
    if len(word_stem) < 3 or not word_stem.isalpha():
        return None
    for ending in _AGENT_ENDINGS:
        if word_stem + ending in known:
            return word_stem + ending
        if word_stem.endswith(ending) and len(word_stem) - len(ending) >= 3 and word_stem[: -len(ending)] in known:
            return word_stem[: -len(ending)]
    return None


def stem(word: str) -> str:
    """A small English suffix stripper: enough to meet inflected forms, never fancy."""
    word = _IRREGULAR.get(word, word)
    if len(word) <= 3 or not word.isascii() or not word.isalpha():
        return word
    stripped = False
    for rules in (_INFLECTIONS_BY_LAST_LETTER, _DERIVATIONS_BY_LAST_LETTER):
        for suffix, replacement in rules.get(word[-1], ()):
            if word.endswith(suffix):
                if suffix == replacement:
                    break  # "pass", "bus", "this": an ending that stays, however short the rest ("pas" is no word)
                base = word[: len(word) - len(suffix)]
                if len(base) < 3 or not (_VOWELS & set(base)):
                    continue
                word, stripped = base + replacement, True
                break
    if len(word) > (3 if stripped else 4) and word[-1] == word[-2] and word[-1] not in "lsze":  # "trainee" no "train"
        word = word[:-1]  # planned -> plann -> plan; setting -> sett -> set
    elif len(word) > 5 and word.endswith("ll"):
        word = word[:-1]  # travelling -> travell -> travel, as install and installed meet at instal
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]  # guide/guided, promote/promoting meet at guid, promot
    if len(word) > 5 and word.endswith("is"):
        word = word[:-1] + "z"  # organise/organize, mobilised/mobilized meet at organiz, mobiliz
    if len(word) > 3 and word.endswith("y"):
        word = word[:-1] + "i"  # company/companies meet at compani
    return word


class LazyPattern:
    """A regular expression compiled when first used, not when its module is imported: the conversation's
    patterns cost about 10 ms to compile, and a one-shot question uses few of them. Reads like the compiled
    pattern (`.match`, `.search`, `.sub` …); `re` keeps the compiled one in its cache."""

    __slots__ = ("flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags

    def __getattr__(self, name: str):
        return getattr(re.compile(self.pattern, self.flags), name)


def cut_at_word(text: str, limit: int) -> str:
    """At most `limit` characters of the text, cut where a word ends: a word cut in two ("pa" of "parks") would
    be read as a word of its own."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if text[limit].isalnum() and cut[-1:].isalnum():
        whole = re.sub(r"[^\W_]+$", "", cut)  # back to the end of the last whole word
        return whole if whole.strip() else cut  # one word longer than the limit: keep what there is
    return cut


def strip_escapes(text: str, replacement: str = "") -> str:
    """Terminal escape sequences (colours, cursor moves, titles) removed."""
    if "\x1b" in text or (not text.isascii() and re.search(r"[\x90\x98\x9b\x9d-\x9f]", text)):
        return re.sub(_ESCAPES, replacement, text)
    return text


def words(text: str) -> list[str]:
    """Casefolded word and number tokens, before stemming."""
    if not text.isascii():  # NFKC only where it can change anything (full-width digits, ligatures, ’)
        import unicodedata  # only for text outside ASCII

        text = unicodedata.normalize("NFKC", text).replace("’", "'")
    text = text.casefold()
    if "'" in text:
        text = _CLITIC.sub("", text)
    if "," in text:
        text = _THOUSANDS.sub("", text)
    if ".0" in text:  # "4.0" is the number 4 ("Quillmark 4" is version 4.0); "3.10" stays itself
        text = re.sub(_WHOLE, r"\1", text)
    if "ty" in text and any(tens in text for tens in _TENS):  # "twenty-two" is 22, as a fact written "22" says
        text = re.sub(_TENS_AND_UNITS, _as_digits, text)
    return _TOKEN.findall(text)


_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# compiled on first use: few texts spell out a number over twenty
_TENS_AND_UNITS = r"\b(" + "|".join(_TENS) + r")[- ](" + "|".join(_UNITS) + r")\b"


def _as_digits(match: re.Match) -> str:
    return str(10 * (_TENS.index(match[1]) + 2) + _UNITS.index(match[2]) + 1)


_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


def spelled_numbers(text: str) -> set[str]:
    """The numbers a text spells out, as digits ("three" 3, "twenty-two" 22, "seven hundred" 700, "two thousand
    and five" 2005): a fact may say in words what its answer says in digits. Each word on its own counts too."""
    said = [NUMBER_WORDS.get(word, word) for word in words(text)]
    found = {word for word in said if word.isdigit()}
    position = 0
    while position < len(said):
        if _small(said[position]) or (
            said[position] in ("a", "one") and said[position + 1 : position + 2] in _SCALE_LISTS
        ):
            value, position = _spelled_number(said, position)
            found.add(str(value))
        else:
            position += 1
    return found


_SCALE_LISTS = [[scale] for scale in _SCALES]


def _small(word: str) -> bool:
    """A number in digits that a scale word may follow ("700", "7"); not a 5,000-digit one, which `int` refuses."""
    return word.isdecimal() and len(word) <= 15


def _spelled_number(said: list[str], position: int) -> tuple[int, int]:
    """The number that starts at `position` ("seven" "hundred" "and" "50"), and where the words after it start.
    Only a scale word ("hundred", "thousand") joins numbers: "100 20" is two numbers, "a hundred and 20" one."""
    total = 0
    group = int(said[position]) if _small(said[position]) else 1  # "a hundred", "one thousand"
    scaled = False
    position += 1
    while position < len(said):
        word = said[position]
        following = said[position + 1] if position + 1 < len(said) else ""
        if word == "hundred" and group < 100:
            group, scaled = group * 100, True
        elif word in _SCALES and word != "hundred":
            total, group, scaled = total + group * _SCALES[word], 0, True
        elif scaled and word == "and" and _small(following) and int(following) < 100:
            group, position = group + int(following), position + 1
        elif scaled and _small(word) and int(word) < 100 and group % 100 == 0:
            group += int(word)  # "two thousand five", "seven hundred fifty"
        elif scaled and _small(word) and group == 0 and int(word) < 1000:
            group = int(word)  # "two thousand five hundred": the next group
        else:
            break
        position += 1
    return total + group, position


CACHED_WORDS = 300_000  # words a cache below keeps: a service asked new words for ever must not grow for ever


class _Stems(dict):
    """word -> its stem, worked out on first sight; after that, a lookup in C. Bounded: past CACHED_WORDS
    it starts again (every stem is worked out again on demand, so nothing is lost but time)."""

    def __missing__(self, word: str) -> str:
        if len(self) >= CACHED_WORDS:
            self.clear()
        self[word] = stemmed = stem(word)
        return stemmed


class _Tokens(dict):
    """word as written -> its token: "" for a stopword, number words as digits ("ten" -> "10"), else its stem.
    One lookup per word, in C once seen: analysing 100 000 entries reads millions of words."""

    def __missing__(self, word: str) -> str:
        if len(self) >= CACHED_WORDS:
            self.clear()
        self[word] = token = "" if word in STOPWORDS else stem(NUMBER_WORDS.get(word, word))
        return token


class Analyzer(FrozenValue, uncompared=("cache", "token_cache"), unshown=("cache", "token_cache")):
    """Text -> tokens; built once per knowledge base because its synonyms are part of it."""

    __slots__ = ("cache", "longest", "phrase_starts", "synonym_stems", "synonyms", "token_cache", "vocabulary")
    synonyms: dict[tuple[str, ...], tuple[str, ...]]
    longest: int
    vocabulary: tuple[str, ...]  # every word of the synonyms table, as written
    phrase_starts: frozenset[str]  # first words of the multi-word synonyms
    synonym_stems: frozenset[str]  # every word any synonym starts or contains
    cache: dict[str, str]  # word -> stem, filled as words are met
    token_cache: dict[str, str]  # word -> token, filled as words are met

    def __init__(
        self,
        synonyms: dict[tuple[str, ...], tuple[str, ...]] | None = None,
        longest: int = 1,
        vocabulary: tuple[str, ...] = (),
        phrase_starts: frozenset[str] = frozenset(),
        synonym_stems: frozenset[str] = frozenset(),
        cache: dict[str, str] | None = None,
        token_cache: dict[str, str] | None = None,
    ) -> None:
        synonyms = {} if synonyms is None else synonyms
        cache = _Stems() if cache is None else cache
        token_cache = _Tokens() if token_cache is None else token_cache
        self._assign(locals())

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
        if self.synonym_stems.isdisjoint(stems):  # most questions: no synonym to replace (a set test in C)
            return [(stem, at, at + 1) for at, stem in enumerate(stems)]
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
