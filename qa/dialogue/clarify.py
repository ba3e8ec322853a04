"""Clarifying questions: a question that fits two or three entries about equally well, and says nothing that
tells them apart ("how many people?": the people trained, or the people lifted out of poverty?).

Each candidate must match well on its own (`Tuning.clarify_floor`), so a question that matches nothing well is
refused, not clarified; they must be close (`Tuning.clarify_margin`); and no word of the question, as the index
reads it or as typed, may belong to one candidate and
not the other, which is what "says nothing that separates them" means.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..rules import RuleId
from ..rules.kind import Ask
from ..text import LazyPattern, words
from ..thesaurus import synonymous
from .compound import QUESTION_WORD

if TYPE_CHECKING:
    from ..index import Index
    from ..matcher import Scored
    from ..model import Entry
    from ..question import Query


_COUNT_WORDS = frozenset(("number", "count", "total"))  # "number of counties": asks a count, names no topic


# "what about the bay area?", "tell me about shenzhen's support": a topic named, nothing asked of it
_TOPIC_REQUEST = LazyPattern(
    r"^\s*(?:(?:and|so|ok|okay|well|hmm)[,\s]+)?(?:what about|how about|tell me about|anything (?:on|about)|"
    r"what'?s (?:up )?with)\b",
    re.IGNORECASE,
)
_TOPIC_WORDS = 3  # a topic of at most this many words, as "the greater bay area" or "shenzhen's support"


def candidates(index: Index, query: Query, scored: list[Scored], text: str = "", *, pairs: bool = True) -> list[int]:
    """The positions of the entries to ask about, best first, or [] when the question is not ambiguous (`pairs`:
    whether one word two entries are about is vague enough to ask which, as "counties?" is)."""
    if len(scored) < 2:
        return []
    tuning = index.tuning
    best = scored[0]
    if best.score < tuning.clarify_floor or best.score - scored[1].score >= tuning.close_margin:
        return []  # most questions: one entry clearly ahead
    known = [item.token for item in query.tokens if item.token is not None]
    if not known:
        return []
    # as typed: a narrower word the synonyms table maps to a shared one ("trainees" as people) may tell entries
    # apart; a plain synonym ("firms" for companies) says no more than the word it stands for
    typed = {item.typed for item in query.tokens if item.token is None or not synonymous(item.typed, item.token)}
    said = set(index.analyzer.tokens(best.phrasing))
    if said == set(known) or (len(said) > 1 and said <= set(known)):
        # the question is, or says all of, one of the best entry's own phrasings ("vanta 7 256gb price" of "Vanta
        # 7 price"): that is what was asked (a one-word phrasing, "companies", says too little to tell)
        return []
    chosen = [best.position]  # shown in the knowledge base's own order (below), so "the first" means one thing
    answers = {index.entries[best.position].answer}
    counting = index.rule_data[RuleId.COUNT]
    bare_count = bool(query.counted) and all(  # "how many counties?", "number of counties": a count, nothing else
        token in query.counted or token in index.question_words or token in _COUNT_WORDS for token in known
    )
    # "how many got out of poverty?": a count of nothing named, of entries that count different things
    unnamed_count = Ask.HOW_MANY in query.asks and not query.counted
    # "poverty", "Hechi": one word, asking nothing of it, that several entries are about
    topic = {word for item in query.tokens if item.token not in index.question_words for word in item.typed.split()}
    bare_topic = len(set(known)) == 1 and not query.asks and not set(known) & index.question_words
    # "what about the bay area?": a short topic asked of as a whole, which several entries are about
    named_topic = 0 < len(topic) <= _TOPIC_WORDS and bool(text) and bool(_TOPIC_REQUEST.match(text))
    doer = _DOER.match(text) if text else None
    doer = index.analyzer.stem(doer["doer"]) if doer else None
    for other in scored[1:3]:
        # two entries that both count what a bare "how many X?" asks about are as likely as each other
        both_count = bare_count and all(query.counted <= set(counting[p]) for p in (best.position, other.position))
        widened = (
            both_count
            or bare_topic
            or named_topic
            or (unnamed_count and counting[best.position] and counting[other.position])
        )
        margin = tuning.close_margin if widened else tuning.clarify_margin
        if other.score < tuning.clarify_floor or best.score - other.score >= margin:
            break
        if index.entries[other.position].answer in answers:
            continue
        if _separates(index, known, typed, best.position, other.position) or other.doubts != best.doubts:
            break
        if doer is not None and _done_by(index, doer, best.position) != _done_by(index, doer, other.position):
            break  # "what did Shenzhen do about poverty?": the fact Shenzhen is the subject of
        chosen.append(other.position)
        answers.add(index.entries[other.position].answer)
    if (
        bare_topic
        and len(chosen) < 3
        and not (bare_count or unnamed_count)
        and not (pairs and all(set(known) <= set(counting[position]) for position in chosen))
    ):  # two entries of one word that they do not both count ("sessions": the sessions, or the people trained in
        # them?), or a reply to a clarifying question: as any question ("counties?" is both counts of counties)
        return _chosen_within(chosen, scored, tuning.clarify_margin)
    return sorted(chosen) if len(chosen) > 1 else []


def _chosen_within(chosen: list[int], scored: list[Scored], margin: float) -> list[int]:
    """The entries chosen that are within `margin` of the best (the narrower margin of a question that is not
    vague), or [] when fewer than two are."""
    score = {s.position: s.score for s in scored}
    best = score[chosen[0]]
    within = [position for position in chosen if best - score[position] < margin]
    return sorted(within) if len(within) > 1 else []


def _separates(index: Index, known: list[str], typed: set[str], first: int, second: int) -> bool:
    """Does some word of the question belong to one entry and not the other: as the index reads it, or as typed
    ("trainees" is people to the synonyms table, but only the training entry's phrasings say "trainees")?"""
    one, two = index.entry_tokens[first], index.entry_tokens[second]
    said = index.tuning.answer_factor  # a word of the phrasings or the answer; a shared evidence sentence is no sign
    if any((one.get(token, 0.0) >= said) != (two.get(token, 0.0) >= said) for token in known):
        return True
    said_one, said_two = written(index, first), written(index, second)
    return any((word in said_one) != (word in said_two) for word in typed)


# "what did Shenzhen (actually) do about …?", "what has Shenzhen done …": what one named party did
_DOER = LazyPattern(
    r"^\W*(?:\w+\W+){0,3}?what (?:did|does|has|have|is|was) (?P<doer>\w+) (?:\w+ )?(?:do|doing|done)\b", re.IGNORECASE
)


def _done_by(index: Index, doer: str, position: int) -> bool:
    """Is the doer the subject of the entry's answer (its first words: "Shenzhen supported …", not "with
    Shenzhen's support, all 10 counties …")?"""
    opening = words(index.entries[position].answer)[:2]
    return any(index.analyzer.stem(word) == doer for word in opening)


def written(index: Index, position: int) -> frozenset[str]:
    """Every word an entry's texts write, worked out once per entry (`Index.written`, filled on demand)."""
    written = index.written.get(position)
    if written is None:
        entry = index.entries[position]
        written = frozenset(words(" ".join((*entry.questions, entry.answer, entry.evidence, *entry.tags))))
        index.written[position] = written
    return written


_ASKING = LazyPattern(r"^\s*" + QUESTION_WORD + r"\b", re.IGNORECASE)


def label(entry: Entry) -> str:
    """How a clarifying question names an entry: its shortest phrasing of two words or more that names rather
    than asks ("partnership start year", not "when did it all begin"), as written; else its shortest question."""
    phrasings = sorted(entry.questions, key=lambda text: (len(text.split()) < 2, bool(_ASKING.match(text)), len(text)))
    return phrasings[0].rstrip("?. ")


def question(entries: list[Entry]) -> str:
    """ "Do you mean 1. people trained, or 2. people lifted out of poverty?" """
    from ..display import clean  # only to write the question

    named = [f"{number}. {clean(label(entry))}" for number, entry in enumerate(entries, start=1)]
    listed = ", ".join(named[:-1]) + ", or " + named[-1] if len(named) > 1 else named[0]
    return f"Do you mean {listed}?"
