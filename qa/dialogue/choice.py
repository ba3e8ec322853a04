"""A reply that picks from the last numbered list: "1", "the second", "option 2", "the poverty one".

A number or an ordinal picks by position; otherwise the reply's words pick the one candidate whose texts use
them (and only one: a reply that fits two, or none, is read as a new question instead).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import QUESTION_WORDS, STOPWORDS, YES_NO_VERBS, LazyPattern, words

if TYPE_CHECKING:
    from ..index import Index

_ORDINALS = {
    "first": 1, "1st": 1, "one": 1, "second": 2, "2nd": 2, "two": 2, "third": 3, "3rd": 3, "three": 3,
    "fourth": 4, "4th": 4, "four": 4, "last": -1, "latter": -1, "former": 1,
}  # fmt: skip
_NUMBER = LazyPattern(r"^\s*(?:(?:number|option|no\.?|#)\s*)?(\d{1,2})\s*[.)!]?\s*$", re.IGNORECASE)
_ORDINAL = LazyPattern(
    r"^\s*(?:i mean |i meant |(?:the )?)?(?:the )?"
    r"(first|1st|second|2nd|third|3rd|fourth|4th|last|latter|former|one|two|three|four)"
    r"(?: one| ones| option| choice)?(?: please)?\s*[.!]?\s*$",
    re.IGNORECASE,
)
_DESCRIBING = LazyPattern(
    r"^\s*(?:i mean |i meant |(?:the )?)(?:the )?(.+?)(?: ones?)?(?: please)?\s*[.!?]?\s*$", re.IGNORECASE
)


def by_position(reply: str, count: int) -> int | None:
    """The index (0-based) a reply picks by number or ordinal, or None."""
    match = _NUMBER.match(reply) or _ORDINAL.match(reply)
    if not match:
        return None
    word = match.group(1).lower()
    number = int(word) if word.isdigit() else _ORDINALS[word]
    if number == -1:
        number = count
    return number - 1 if 1 <= number <= count else None


def asks_yes_or_no(reply: str) -> bool:
    """Does the reply open as a question of its own ("is hechi getting industries from the bay area?"), which
    may still speak to one of the choices?"""
    said = words(reply)
    return bool(said) and said[0] in YES_NO_VERBS


def is_a_number(reply: str) -> bool:
    """Is the reply a bare number ("4", "option 4"), whether or not the list has that many?"""
    return _NUMBER.match(reply) is not None


LONGEST_REPLY = 8  # words: a longer reply is a question of its own ...
LONGEST_DESCRIPTION = 12  # ... unless it describes one ("the ones who …"), which may run longer
_DESCRIBING_STARTS = frozenset(("the", "those", "these", "ones", "one"))
_RELATIVE = frozenset(("who", "which", "whom", "whose", "what"))  # "the ones who …", "the one which …"


def by_description(index: Index, reply: str, positions: list[int]) -> int | None:
    """The one candidate whose texts use the reply's words ("the poverty one", "the trained ones"), or None."""
    said = words(reply)
    described = (
        bool(said) and said[0] in _DESCRIBING_STARTS
    )  # "the ones who escaped poverty": "who" starts no question there
    if len(said) > (LONGEST_DESCRIPTION if described else LONGEST_REPLY) or (
        not described and not QUESTION_WORDS.isdisjoint(said)
    ):
        return None  # "when was that?" is a question, not a pick
    match = _DESCRIBING.match(reply)
    tokens = [token for token in index.analyzer.tokens(match.group(1) if match else reply) if token not in _RELATIVE]
    if not tokens:
        return None
    fits = []
    said = index.tuning.answer_factor  # a word of its phrasings or answer: a shared evidence sentence is no sign
    for at, position in enumerate(positions):
        bag = index.entry_tokens[position]
        fits.append(
            (sum(index.weight(token) * bag[token] for token in tokens if token in bag and bag[token] >= said), at)
        )
    fits.sort(reverse=True)
    if fits[0][0] > 0 and (len(fits) == 1 or fits[1][0] < fits[0][0]):
        return fits[0][1]
    if fits[0][0] > 0:
        # a tie on what the words mean ("the trainees": people, to the synonyms table) is settled by the words as
        # written: only the people-trained entry's phrasings say "trainees"
        from .clarify import written

        typed = {word for word in words(match.group(1) if match else reply) if word not in STOPWORDS}
        tied = [at for score, at in fits if score == fits[0][0]]
        wrote = sorted(((len(typed & written(index, positions[at])), at) for at in tied), reverse=True)
        if wrote[0][0] > 0 and wrote[1][0] < wrote[0][0]:
            return wrote[0][1]
    return None
