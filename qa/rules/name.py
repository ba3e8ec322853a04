"""Name: the question names a place or body the entry never mentions ("in Guangxi", "Macao companies", "Baise").

Names are known by their capitals: the words the knowledge base's answers write with a capital inside a
sentence and never in lower case, and, in a question that has a word the knowledge base never saw, the words it
capitalises. A name that only says where another one is ("Hechi, Guangxi", "Hechi in Guangxi", "Guangxi's
Hechi") names no other place, and names joined by a hyphen ("the Guangdong-Guangxi cooperation") a programme.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

from ..text import NUMBER_WORDS, PLACE_NOUNS, is_everyday, stem, words
from .base import ByAnswer, Judge, Rule, RuleId

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..index import Index
    from ..question import Query

_CAPITALISED = r"(?<=[^.?!:\s][ -])[A-Z][a-z]+"  # a capital inside a sentence: after a space or a hyphen
# words that may stand between a name and the one saying where it is ("Hechi City, Guangxi", "Hechi in Guangxi")
_LOCATING_WORDS = frozenset({"in", "of", "s", *PLACE_NOUNS})


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
    lower_stems = {stem(word) for word in lower}
    return {
        word
        for word in (name.casefold() for name in capitalised)
        if stem(word) not in lower_stems and word not in NUMBER_WORDS and not is_everyday(word)
    }


_IN = frozenset(("in", "at", "within", "inside"))
_DOES = frozenset(("do", "does", "did"))
_HAS = frozenset(("has", "have", "had"))


def _has_after(text_words: list[str], at: int) -> bool:
    """Does "have" follow the name at `at`, as in "does P have …" or "does P itself have …"?"""
    if text_words[at : at + 1] in (["itself"], ["themselves"]):
        at += 1
    return text_words[at : at + 1] == ["have"]


FROM = frozenset(("from",))
# times, not places: "in January" says when ("add 60 e-bikes in January"), though the answers capitalise it
_TIMES = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday""".split()  # noqa: SIM905
)
# between a name and its "has": "Penrose Bakehouse currently has 38 shops" has them in Penrose
_HAS_ADVERBS = frozenset("currently now still already also only just".split())  # noqa: SIM905


def places_in(
    text_words: list[str], names: frozenset[str], stem: Callable, before: frozenset[str] = _IN
) -> frozenset[str]:
    """The names a text puts something in: "parks in Shenzhen", "how many parks does Shenzhen have" and
    "Shenzhen has 20 parks" give shenzhen (as tokens); "in Guangxi's Hechi" gives hechi (Guangxi only says
    where Hechi is). With `before` `FROM`, the names it says something comes from ("companies from
    Guangdong")."""
    places = set()
    for at, word in enumerate(text_words[:-1]):
        if before is _IN and word in _DOES and _has_after(text_words, at + 2) and stem(text_words[at + 1]) in names:
            places.add(stem(text_words[at + 1]))  # "how many counties does Guangdong have": in Guangdong
            continue
        owner = at - 2 if at > 1 and text_words[at - 1] in _HAS_ADVERBS else at - 1
        if (
            before is _IN
            and word in _HAS
            and owner >= 0
            and stem(text_words[owner]) in names
            and not text_words[at + 1].endswith(("ed", "en"))  # "Shenzhen has helped build …": no possession
        ):
            while owner >= 0 and stem(text_words[owner]) in names:  # "Penrose Bakehouse has …": in both words
                places.add(stem(text_words[owner]))  # "Hechi has 51 products": in Hechi
                owner -= 1
            continue
        if word not in before:
            continue
        at += 1
        while at + 2 < len(text_words) and text_words[at + 1] == "s" and stem(text_words[at + 2]) in names:
            at += 2  # "Guangxi's Hechi"
        if stem(text_words[at]) in names and text_words[at] not in _TIMES:
            places.add(stem(text_words[at]))
    return frozenset(places)


class NameData:
    """What the name rule knows of the knowledge base: its `subject`, the names its title says where they are,
    and (on demand, per entry) the names its answer says where they are, and where it puts its fact and what
    it says things come from."""

    __slots__ = ("located", "roles", "subject", "title_located")

    def __init__(self, index: Index):
        self.subject = subject_names(index.title, index.names, index.analyzer.stem)
        # where the knowledge base itself says one name is in another: in its title ("Hechi, Guangxi"), or in an
        # entry's answer
        self.title_located = frozenset(_locating(words(index.title), index.names, index.analyzer.stem))
        self.located = ByAnswer(index, _answer_located)
        self.roles = ByAnswer(index, _answer_roles)


def _answer_roles(index: Index, answer: str) -> tuple[frozenset[str], frozenset[str]]:
    """The names an answer puts its fact in ("… industrial parks in Hechi") and says things come from ("76
    companies from Guangdong")."""
    said = words(answer)
    return places_in(said, index.names, index.analyzer.stem), places_in(said, index.names, index.analyzer.stem, FROM)


def _answer_located(index: Index, answer: str) -> frozenset[tuple[str, str]]:
    return frozenset(_locating(words(answer), index.names, index.analyzer.stem))


def subject_names(title: str, names: frozenset[str], stem: Callable) -> frozenset[str]:
    """The names the title says the knowledge base is about ("Valdoro", "Ashworth"): a question naming its
    subject names no other place, whether or not an entry repeats it. A name that only says where the subject
    is ("Hechi, Guangxi") is no subject: "counties in Guangxi" asks about more than Hechi."""
    raw = words(title)
    named = frozenset(stem(word) for word in raw if stem(word) in names)
    locating = {where for _, where in _locating(raw, named, stem)} if len(named) > 1 else set()
    return named.difference(locating)


def prepare(analysis: Analysis, index: Index) -> NameData:
    return NameData(index)


def read_names(
    question: str, raw: list[str], tokens: Iterable, seen: Iterable[str], known: frozenset[str], stem: Callable
) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """The names a question uses (known ones, and capitalised words the knowledge base has never seen), and
    the pairs where one only says where the other is. `tokens` are the question's `QueryToken`s, `seen` their
    knowledge-base tokens."""
    names = known.intersection(seen)
    # "in Baise": a capitalised word never seen is a name (read only when some word is unknown: a one-shot
    # question the knowledge base knows whole never runs the pattern)
    unknown = [item for item in tokens if item.token is None]
    named = capitalised_words(question) if unknown else ()
    if named:
        names = names.union(
            item.typed
            for item in unknown
            if item.typed in named and item.typed not in NUMBER_WORDS and not is_everyday(item.typed)
        )
    if len(names) > 1 and "-" in question:  # "the Guangdong-Guangxi cooperation": a programme, not a place
        names = names.difference(
            name
            for pair in hyphenated_pairs(question)
            if all(stem(word) in names for word in pair)
            for name in map(stem, pair)
        )
    located = _locating(raw, names, stem) if len(names) > 1 else ()
    return names, located


def _locating(raw: list[str], names: frozenset[str], stem: Callable) -> tuple[tuple[str, str], ...]:
    """Pairs of names where the second says where the first is: "Hechi, Guangxi", "Hechi in Guangxi",
    "Hechi City, Guangxi", "Guangxi's Hechi" — not "Guangxi gave Shenzhen", where each is an actor."""
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


def judge(query: Query, index: Index) -> Judge | None:
    names, located, origins = query.names, query.located, query.origins
    if not names:
        return None
    entry_tokens, known = index.entry_tokens, index.rule_data[RuleId.NAME]
    subject = known.subject

    def unnamed(position: int) -> frozenset[str] | None:
        bag = entry_tokens[position]
        if origins:
            # "firms from Hechi" of a fact about firms from Guangdong investing in Hechi: the roles are swapped
            # (only where the fact says where things come from: "certification from Shenzhen" of a fact that
            # says no "from" may be about the same thing). A name where a place goes: `qa.rules.place`
            theirs, their_origins = known.roles[position]
            swapped = (origins & theirs) - their_origins if their_origins else None
            if swapped:
                return frozenset(_FROM + name for name in swapped)
        if names <= bag.keys():
            return None
        missing = names.difference(bag).difference(subject)
        if located:  # "Hechi, Guangxi" only says where Hechi is: no other place is asked about, where the
            # knowledge base says so too ("the Vanta 7 Pro in India" asks about India, which no title locates)
            said = known.title_located | known.located[position]
            missing = missing.difference(where for name, where in located if name in bag and (name, where) in said)
        return missing or None

    return unnamed


_FROM = "from "  # marks a name a question says things come from, where the fact says they go (for `/why`)


def describe(words: tuple[str, ...]) -> str:
    """ "never names “uppsala”", or "has things go to “hechi”, not come from it"."""
    if words and all(word.startswith(_FROM) for word in words):
        return "has things go to " + ", ".join(f"“{word.removeprefix(_FROM)}”" for word in words) + ", not come from it"
    return "never names " + ", ".join(f"“{word}”" for word in words)


RULE = Rule(RuleId.NAME, 0.7, judge, describe, prepare=prepare)
