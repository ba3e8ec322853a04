"""Score every candidate entry for a question and decide: answer, or say we don't know.

An entry's score blends three views of the question, each weighted by word rarity:
- how much of the question the best phrasing explains (recall) and how much of that phrasing the
  question asks for (precision), as an F-score — the pair that separates near-miss entries;
- how much of the question the entry as a whole (all phrasings, answer, tags) explains, for paraphrases
  that borrow words from several phrasings;
- a rapidfuzz ratio of the normalised texts, for near-verbatim questions.
Then the evidence against each entry (`judge_entries`), which `/why` shows: a kind of question it never answers
("which …?", "how many …?", "how big …?", "how do I …?"), a number or a name it never mentions, something else
counted, a word it never uses that shifts what is asked ("still", "alone") or asks for a property it does not
state ("cost", "criteria"). Words the knowledge base has never seen count against every entry, and a runner-up
close behind the best entry lowers confidence: that is how out-of-scope questions get refused. An either-or
question is asked of each entry only as far as the alternative it speaks to.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import NamedTuple

from .analysis import HOW_TO, MAGNITUDE, PART_OF, WHICH_PLACE
from .index import Index, Query, QueryToken
from .text import Analyzer
from .tuning import Tuning

DEFAULT_THRESHOLD = 63.0
SUGGESTION_FLOOR = 25.0
FUZZY_RERANK = 8  # how many leading entries get the (costlier) rapidfuzz comparison
MAX_SUGGESTIONS = 3


# A piece of evidence against an entry: the rule and the words it is about, as a plain tuple of a string and a
# set (scoring makes dozens per question; `sorted_doubts` orders them for showing). Rules: "kind" (a kind of
# question the entry is never asked: intent keys), "identity" (names, a reason, an amount or instructions it
# never gives), "number", "name", "answer-type" (a count or date of an answer with no number), "count"
# (something else counted), "shift" (a word it never uses).
Doubt = tuple[str, frozenset[str]]
_NONE: frozenset[str] = frozenset()


class Scored(NamedTuple):
    """One entry's score, the phrasing that earned it, and the evidence that marked it down."""

    position: int
    score: float
    phrasing: str
    doubts: tuple[Doubt, ...] = ()


def score_entries(index: Index, query: Query) -> list[Scored]:
    """The leading candidate entries (at most FUZZY_RERANK), best first, each scored 0–100."""
    if not query:
        return []
    tuning = index.tuning
    tokens = query.tokens
    total = sum(item.weight for item in tokens)
    best: dict[int, tuple[float, int, float, float]] = {}  # entry -> (F, phrasing, explained, precision)
    owner, inverse_weight = index.phrasing_owner, index.phrasing_inverse_weight
    # the F-score of recall r = explained/total and precision p = asked/weight (`_f_score`), inlined: this
    # loop runs for every matched phrasing of every question
    squared = tuning.beta * tuning.beta
    for number, (explained, asked) in index.matches(query).items():
        recall, precision = explained / total, asked * inverse_weight[number]
        if recall <= 0.0 or precision <= 0.0:
            continue
        f = (1.0 + squared) * recall * precision / (squared * precision + recall)
        position = owner[number]
        held = best.get(position)
        if held is None or f > held[0]:
            best[position] = (f, number, explained, precision)
    known = [(item.token, item.weight * item.match) for item in tokens if item.token is not None]
    intents, numbers = query.intents, query.numbers
    phrasing_share, entry_share = 100.0 * tuning.phrasing_weight, 100.0 * tuning.entry_weight / total
    alternatives = any(item.side for item in tokens)
    numbers_alternate = alternatives and _numbers_alternate(tokens)
    doubtful = intents or numbers or query.names or query.counted or query.shifters
    judge = judge_entries(index, query, numbers_alternate) if doubtful else None
    penalty = index.penalties
    scored = []
    for position, (f, number, explained_by_phrasing, precision) in best.items():
        bag = index.entry_tokens[position]
        covered = 0.0  # how much of the question the entry as a whole explains
        for token, explained in known:
            strength = bag.get(token)
            if strength:
                covered += explained * strength
        share = entry_share
        if alternatives:  # "A or B?": asked only of the alternative this entry speaks to
            asked = _asked_of(bag, tokens, total, numbers_alternate)
            f = _f_score(explained_by_phrasing / asked, precision, squared)
            share = 100.0 * tuning.entry_weight / asked
        factor = 1.0  # the evidence against this entry, applied to every part of its score
        doubts = judge(position) if judge else ()
        for rule, _ in doubts:
            factor *= penalty[rule]
        score = factor * (phrasing_share * f + share * covered)
        scored.append((score, position, number, factor, doubts))
    scored.sort(key=lambda row: (-row[0], row[1]))
    return _with_fuzzy(index, query, scored[:FUZZY_RERANK])


def judge_entries(index: Index, query: Query, numbers_alternate: bool) -> Callable[[int], tuple[Doubt, ...]]:
    """The evidence against an entry, for this question: a function of the entry's position that gives each rule
    marking it down, with the words it is about. What depends only on the question is worked out once here:
    scoring calls it for every candidate entry."""
    located = query.located
    intents, numbers, names, counted, shifters = (
        query.intents,
        query.numbers,
        query.names,
        query.counted,
        query.shifters,
    )
    entry_tokens, entry_intents, entry_counted = index.entry_tokens, index.entry_intents, index.entry_counted
    entry_shifters, entry_numeric, naming = index.entry_shifters, index.entry_numeric, index.naming
    wants_number = bool(intents & index.number_words)  # "how many"/"when" needs an answer with a number in it

    def judge(position: int) -> tuple[Doubt, ...]:
        doubts: list[Doubt] = []
        bag = entry_tokens[position]
        unmet = intents - entry_intents[position] if intents else intents
        if unmet:
            doubts.append(("kind", unmet))
            named = naming.intersection(unmet)
            if named:
                doubts.append(("identity", named))  # "which industries?" of an entry that names none
        if numbers:  # "in 2021", "the 439 …": a number this entry never mentions
            unsaid = numbers.difference(bag)
            if unsaid and (not numbers_alternate or unsaid == numbers):
                doubts.append(("number", unsaid))
        if names and not names <= bag.keys():  # "in Guangxi", "Macao companies": a place it never names
            unnamed = names.difference(bag)
            if located:  # "Hechi, Guangxi" only says where Hechi is: no other place is asked about
                unnamed = unnamed.difference(where for name, where in located if name in bag)
            if unnamed:
                doubts.append(("name", unnamed))
        if wants_number and not entry_numeric[position]:
            doubts.append(("answer-type", _NONE))
        if counted and entry_counted[position] and counted.isdisjoint(entry_counted[position]):
            doubts.append(("count", counted))  # "how many jobs?" of an entry that counts parks
        if shifters:  # "still poor", "Shenzhen alone", "failed certification": not what the entry says
            unused = shifters - entry_shifters[position]
            if unused:
                doubts.extend(("shift", frozenset((word,))) for word in unused)
        return tuple(doubts)

    return judge


@functools.cache
def _labels() -> tuple[dict[str, str], dict[str, str], str]:
    """Words for `/why`: intent keys as a reader knows them, what the strict kinds want ("which …?" wants names),
    and the stem of "much". Made on the first `/why`, never on a one-shot."""
    stem = Analyzer().stem
    asking = {stem(word): word for word in ("many", "much", "when", "where", "who", "whose", "why", "which", "name")}
    asking.update({HOW_TO: "how do I", MAGNITUDE: "how big", PART_OF: "how many of", WHICH_PLACE: "which place"})
    given = {stem("which"): "names", stem("why"): "reason", MAGNITUDE: "amount", HOW_TO: "instructions"}
    return asking, given, stem("much")


def describe_doubts(doubts: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    """The evidence against an entry in words, for `/why`: "never asked “how big”", "never says “cost”"."""
    asking, given, much = _labels()
    said: list[str] = []
    shifted = [words[0] for rule, words in doubts if rule == "shift"]
    for rule, words in doubts:
        if rule == "kind":  # "how big" asks "how much" too, and says it better
            shown = [kind for kind in words if not (kind == much and MAGNITUDE in words)]
            said.append("never asked " + ", ".join(f"“{asking.get(kind, kind)}”" for kind in shown))
        elif rule == "identity":
            said.append("gives no " + " or ".join(given.get(kind, kind) for kind in words))
        elif rule == "number":
            said.append("never mentions " + ", ".join(words))
        elif rule == "name":
            said.append("never names " + ", ".join(words))
        elif rule == "answer-type":
            said.append("its answer holds no number")
        elif rule == "count":
            said.append("counts something other than " + ", ".join(f"“{word}”" for word in words))
    if shifted:
        said.append("never says " + ", ".join(f"“{word}”" for word in shifted))
    return said


def sorted_doubts(doubts: tuple[Doubt, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The doubts as plain, ordered values (rules in the order they apply, their words sorted), to keep."""
    return tuple((rule, tuple(sorted(words))) for rule, words in doubts)


def _numbers_alternate(tokens: tuple[QueryToken, ...]) -> bool:
    """ "2016 or 2020?", "10 or 11 counties?": numbers on both sides are the alternatives themselves."""
    return {item.side for item in tokens if item.side and (item.token or item.typed)[0].isdigit()} == {1, 2}


def _f_score(recall: float, precision: float, squared_beta: float) -> float:
    return (1.0 + squared_beta) * recall * precision / (squared_beta * precision + recall)


def _asked_of(bag: dict[str, float], tokens: tuple[QueryToken, ...], total: float, numbers_alternate: bool) -> float:
    """How much of an "A or B?" question an entry must explain: all of it, less the alternative it does not
    speak to, but forgiving no more than it says of the other one (skipping half a question is not answering
    it). Only words the knowledge base knows are forgiven ("a loan or a grant?" asks what no entry says), and
    numbers only when both sides name one ("is 765,200 …" names what is asked about)."""
    missing, spoken = [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]
    for item in tokens:
        if not item.side:
            continue
        if item.token in bag:
            spoken[item.side] += item.weight
        elif numbers_alternate if (item.token or item.typed)[0].isdigit() else item.token is not None:
            missing[item.side] += item.weight
    return total - max(min(missing[1], spoken[2]), min(missing[2], spoken[1]))


def _with_fuzzy(index: Index, query: Query, rows: list[tuple]) -> list[Scored]:
    """The leading entries get the rapidfuzz similarity of the question to their best phrasing."""
    from rapidfuzz import fuzz

    tuning = index.tuning
    question_text = " ".join(sorted(item.token or item.typed for item in query.tokens))
    reranked = []
    for score, position, number, factor, doubts in rows:
        # token_sort_ratio puts the words in order itself
        fuzzy = fuzz.token_sort_ratio(question_text, " ".join(index.phrasing_tokens[number])) / 100.0
        score += factor * tuning.fuzzy_weight * fuzzy * 100.0
        reranked.append(Scored(position, round(min(score, 100.0), 1), index.phrasing(number), doubts))
    reranked.sort(key=lambda s: (-s.score, s.position))
    return reranked


def confidence(scored: list[Scored], tuning: Tuning) -> float:
    """The best score, lowered when the runner-up is close behind (the question is ambiguous), and by half as
    much again when a third entry is close too (it could be about any of them)."""
    if not scored:
        return 0.0
    best = confident = scored[0].score
    for rank, other in enumerate(scored[1:3], start=1):
        gap = best - other.score
        if gap < tuning.close_margin:
            confident -= (tuning.close_margin - gap) * tuning.margin_factor / rank
    return round(max(confident, 0.0), 1)
