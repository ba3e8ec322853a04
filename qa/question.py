"""Reading a question: its words matched to the knowledge base's vocabulary, and what each rule needs to know.

Spelling is corrected on the words as typed, before synonyms, so a misspelt synonym still finds its canonical
word. The result, a `Query`, is all the matcher sees of the question.
"""

# no `from __future__ import annotations` here: a NamedTuple's string annotations are compiled one by one when its
# class is made (about 2 ms at every start); these are real types, made once
import math
import re
from typing import TYPE_CHECKING, NamedTuple

from . import shorthand, thesaurus
from .rules import count, kind, name, number, role, shift
from .rules import total as rules_total
from .rules.kind import Ask
from .text import (
    NUMBER_WORDS,
    REQUEST_VERBS,
    STOPWORDS,
    agent_form,
    common_words,
    cut_at_word,
    drop_negated,
    is_everyday,
    strip_escapes,
    without_ending_up,
    without_idioms,
    without_place_nouns,
    without_the_pair,
    words,
)
from .tuning import LIMITS

if TYPE_CHECKING:
    from .index import Index


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


class Query(NamedTuple):
    """A question as the matcher sees it: its words, and what each rule reads in it."""

    tokens: tuple[QueryToken, ...]
    asks: frozenset[Ask]  # the kinds of question it asks ("how many", "when", "which" …): rules.kind
    numbers: frozenset[str]  # the numbers it names: rules.number
    shifters: frozenset[str] = frozenset()  # "still", "versus", "only" …: rules.shift
    counted: frozenset[str] = frozenset()  # what "how many …" / "number of …" counts ("jobs"): rules.count
    names: frozenset[str] = frozenset()  # known ("Guangxi") or capitalised and new ("Baise"): rules.name
    located: tuple[tuple[str, str], ...] = ()  # (name, the name that says where it is): "Hechi, Guangxi"
    numbers_alternate: bool = False  # "2016 or 2020?": the numbers are the alternatives themselves
    years: frozenset[str] = frozenset()  # the years it names on their own ("in 2020", not "QSA-2025-001"): rules.number
    places: frozenset[str] = frozenset()  # the names it says something is in ("parks in Shenzhen"): rules.name
    total: tuple[str, ...] = ()  # what "how many X are there?" asks the total of, as typed: rules.total
    named_numbers: tuple[tuple[str, str], ...] = ()  # ("seri", "5") for "Series 5": rules.number
    origins: frozenset[str] = frozenset()  # the names it says something comes from ("firms from Hechi"): rules.name
    # a word read through the built-in thesaurus or a phrasal verb (`qa.thesaurus`), or "last year" as the year
    paraphrased: bool = False
    sides_of_years: tuple[tuple[str, str], ...] = ()  # ("after", "2025") for "after 2025": rules.number
    tied: frozenset[tuple[str, str]] = frozenset()  # (name, thing) for "Shenzhen products": rules.role

    def __bool__(self) -> bool:
        return bool(self.tokens)


def read(index: "Index", question: str, paraphrase: bool = True) -> "Query":
    """The question's words, each matched to the knowledge base's vocabulary where it can be (through the
    built-in thesaurus too, unless `paraphrase` is false)."""
    analyzer, tuning = index.analyzer, index.tuning
    # read up to `Limits.question_chars` whoever asks (a conversation reads its last question again for the topic
    # it leaves open): the reading's cost grows faster than the question's length
    question = drop_negated(strip_escapes(cut_at_word(question, LIMITS.question_chars), " "))
    # "wat r the areas btwn sz n hc": what are … between …; "max" stays a name where the answers say "Max"
    question_words = shorthand.expand(words(question), lambda word: analyzer.stem(word) in index.names)
    raw = without_ending_up(without_the_pair(without_place_nouns(without_idioms(question_words))))
    dated_reading = False
    if paraphrase and index.published_year and "year" in raw:  # "last year" in a report of 2025 is 2024
        years_written = number.with_years(raw, index.published_year, lambda year: year in index.idf)
        dated_reading = years_written != raw
        raw = years_written
    if "every" in raw:  # "did every poor county get out of poverty?": all of them, which a fact of all 10 says
        raw = shift.universal(raw)
    if raw and raw[0] in REQUEST_VERBS:  # "list the areas …", "tell me …": the request, not the topic
        raw = raw[1:]
        if raw[:2] in (["me", "more"], ["us", "more"]):  # "tell me more about the labour side": still the request
            raw = raw[2:]
    phrasal = thesaurus.phrasal_verbs(raw, index.stem_written_as, index.says_phrase) if paraphrase else {}
    meanings: dict[str, str] = {}
    if phrasal:
        raw = list(raw)  # not the question's own words, which the rules read as asked
    for at in sorted(phrasal, reverse=True):
        raw[at : at + 2] = [written := f"{raw[at]} {raw[at + 1]}"]
        meanings[written] = phrasal[at]
    typed, stems, matches, fixes, kept_at, cheap, paraphrased = _spelt(
        index, [word for word in raw if word not in STOPWORDS], question, meanings, paraphrase
    )
    # "was 439 the projects or the funding?": where the second alternative starts
    # (not "in a year or two", "a week or so": an approximate time, no second alternative)
    split = kept_at.get(_typed_position(raw, raw.index("or")), 0) if "or" in raw and not _about(question) else 0
    # "how many jobs …": what is counted
    counting = [
        (kept_at[at], length)
        for start, length in count.counted_spans(raw)
        if (at := _typed_position(raw, start)) in kept_at
    ]
    # "how many volunteers were injured?": what was done to them, which the fact must say (a participle no list
    # calls everyday, after "were" or "got": the question's own verb, not a word of its framing)
    end = len(raw) - 1
    done_to = (
        {kept_at[_typed_position(raw, end)]}
        if end > 1
        and raw[end].endswith("ed")
        and raw[end - 1] in _PASSIVE
        and raw[end - 2] not in _CLAUSE_SUBJECTS
        and _typed_position(raw, end) in kept_at
        else set()
    )
    # "old" in "how old …?": asking, not a topic
    asking = {kept_at[at] for place in kind.asking_positions(raw) if (at := _typed_position(raw, place)) in kept_at}
    seen: dict[str, QueryToken] = {}
    counted: set[str] = set()
    for token, first, last in analyzer.canonical(stems):
        if token in seen:
            continue
        if last == first + 1:  # one word (most tokens): no slices to join
            match = matches[first]
            written = typed[first]
            fixed = fixes.get(first, written) if fixes else None
        else:
            match = min(matches[first:last])
            written = " ".join(typed[first:last])
            fixed = " ".join(fixes.get(i, typed[i]) for i in range(first, last)) if fixes else None
        if token in index.idf:
            weight = index.weight(token)
            item = QueryToken(written, token, weight, match, fixed if fixed != written else None)
        elif token in index.question_words or first in asking:  # "whose", "whom": intent, never a topic
            item = QueryToken(written, None, tuning.question_word_factor * math.log(2.0), 0.0)
        else:
            weight = index.unknown_weight
            if all(
                (is_everyday(word) and (at not in done_to or word in common_words())) or at in cheap
                for at, word in enumerate(typed[first:last], start=first)
            ):
                weight *= tuning.common_factor
            item = QueryToken(written, None, weight, 0.0)
        if 0 < split < len(typed):
            side = 1 if last <= split else 2 if first >= split else 0
            item = item._replace(side=side)
        if counting and any(start <= first < start + length for start, length in counting):
            counted.add(token)
        seen[token] = item
    tokens = tuple(_saturate_unknown(list(seen.values())))
    # the numbers it names: digits as typed, and spelled-out ones the knowledge base knows ("fourteen" for 14;
    # "the two cities" names no number when no fact says 2)
    numbers = frozenset(item.token or item.typed for item in tokens if (item.token or item.typed)[0].isdigit())
    dated: frozenset[str] = frozenset()
    if "year" in question_words and index.published_year:  # "last year" in an article of 2025 is 2024
        dated = number.dated(question_words, index.published_year)
        numbers |= dated
    if index.countable.isdisjoint(counted):  # "how many Hechi …": too common a word to say what is counted
        counted.clear()
    asks = kind.read_asks(question_words)
    # "stil" read as "still" shifts too; a word the synonyms table gives a meaning ("budget") shifts nothing
    shifters = shift.asked_properties(shift.SHIFTERS.intersection([*raw, *typed, *fixes.values()]), question_words)
    if dated and "last" in shifters:  # "last year" is a year now, which the number rule judges ("next" still
        shifters = shifters - {"last"}  # asks of the future, which a fact about the present does not say)
    if shifters:
        synonyms, stem = analyzer.synonyms, analyzer.stem
        shifters = frozenset(word for word in shifters if (stem(word),) not in synonyms)
    names, located = name.read_names(question, raw, tokens, seen, index.names, analyzer.stem)
    alternate = split > 0 and _numbers_alternate(tokens)
    years = (frozenset(_YEAR.findall(question)) | dated) & numbers if numbers else frozenset()
    places = name.places_in(question_words, names, analyzer.stem) if names else frozenset()
    origins = name.places_in(question_words, names, analyzer.stem, name.FROM) if names else frozenset()
    tied = role.ties(question_words, names, analyzer.stem, index.english_names) if names else frozenset()
    total = rules_total.asked_total(question_words, lambda word: analyzer.stem(word) in names) if names else ()
    named = tuple(number.named_numbers(question_words, analyzer.stem)) if numbers else ()
    return Query(
        tokens, asks, numbers, shifters, frozenset(counted), names, located, alternate, years, places, total, named,
        origins, paraphrased or dated_reading, number.sides_of_years(question_words) if numbers else (), tied,
    )  # fmt: skip


_YEAR = re.compile(r"(?<![\w-])(1[89][0-9]{2}|20[0-9]{2})(?![\w-])")  # a year, not part of an identifier


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


_PASSIVE = frozenset("was were be been being is are get got gets getting".split())  # noqa: SIM905
_CLAUSE_SUBJECTS = frozenset("it they he she i we you".split())  # noqa: SIM905  ("… at the time it was captured")
# "a year or two", "a day or so", "an hour or three": about that long, said as if it were a choice
_ABOUT_SO_MUCH = r"\ban?\s+[a-z]+\s+or\s+(?:so|two|three)\b"


def _about(question: str) -> bool:
    return re.search(_ABOUT_SO_MUCH, question, re.IGNORECASE) is not None


def _numbers_alternate(tokens: tuple[QueryToken, ...]) -> bool:
    """ "2016 or 2020?", "10 or 11 counties?": numbers on both sides are the alternatives themselves."""
    return {item.side for item in tokens if item.side and (item.token or item.typed)[0].isdigit()} == {1, 2}


THESAURUS_MATCH = 0.9  # a word read through the built-in thesaurus counts as nearly the word itself


def _spelt(
    index: "Index", typed: list[str], question: str, meanings: dict[str, str], paraphrase: bool
) -> tuple[list[str], list[str], list[float], dict[int, str], dict[int, int], set[int], bool]:
    """The words kept, their stems and how well each matched (1.0, less when corrected), the corrections
    by kept position, where each typed word ended up among the kept ones (a slip in a function word
    is dropped), the kept positions of English words as cheap as an everyday word, and whether a word was read
    through the thesaurus. A word the question writes as a name is corrected only to a name ("Shenzen", never
    "Baise" to "base")."""
    kept: list[str] = []
    stems: list[str] = []
    matches: list[float] = []
    cheap: set[int] = set()  # kept positions of English words an everyday slip was found for
    paraphrased = False  # a word read through the thesaurus or as a phrasal verb
    fixes: dict[int, str] = {}
    kept_at: dict[int, int] = {}
    named: set[str] | None = None  # the question's capitalised words, found on the first unknown word
    stem_of, known_stems = index.analyzer.stem, index.known_stems
    present: set[str] | None = None  # the question's own stems, made on the first unknown word
    for position, word in enumerate(typed):
        kept_at[position] = len(kept)
        if word in meanings:  # a phrasal verb, read as the word it means
            kept.append(word)
            stems.append(meanings[word])
            matches.append(THESAURUS_MATCH)
            paraphrased = True
            continue
        stem = stem_of(NUMBER_WORDS.get(word, word))  # "twenty" is 20, as in the knowledge base's own texts
        match = 1.0
        # (an everyday word costs little unread; a word only of a longer synonym, "pour" of "pour money into",
        # is no word the knowledge base knows alone)
        if paraphrase and stem not in index.standalone_stems and not is_everyday(word):
            if present is None:
                present = {stem_of(typed_word) for typed_word in typed}
            equivalent = thesaurus.known_equivalent(word, index.stem_written_as)
            # "bucks" for money, "outfits" for companies: a word the entries use; but not one the question says
            # already ("what skills were taught in the training?" asks more than the training)
            if equivalent is not None and equivalent not in present:
                stem, match, paraphrased = equivalent, THESAURUS_MATCH, True
        if stem not in known_stems and paraphrase:
            doer = agent_form(stem, known_stems)  # "who makes the trams?" of "the tram maker"
            if doer is not None:
                stem, match, paraphrased = doer, THESAURUS_MATCH, True
        if stem not in known_stems and word not in common_words() and word not in shift.QUALIFIERS:
            correction = index.speller.correct(word)
            if correction is not None:
                from .spelling import keeps_meaning  # loaded already: the speller made the correction

                if not keeps_meaning(word, stem, correction):
                    correction = None  # "writing" is no typo for "waiting"
            if named is None:
                named = name.capitalised_words(question)
            if correction is not None and word in named and correction.stem not in index.names:
                correction = None
            if correction is not None and correction.is_function_word:
                from .spelling import is_english  # reads the word list once, on the first such slip

                if not is_english(word):
                    continue  # "thhis", "dooes": a slip in a word that carries no topic
                correction = None  # "owns" is a word of its own, no slip for "own"
            if correction is not None and correction.is_content:
                stem, match = correction.stem, correction.match
                fixes[len(kept)] = correction.word
            elif correction is not None:  # an everyday word, misspelt: unknown, but cheap
                from .spelling import is_english  # reads the word list once, on the first such slip

                if is_english(word):
                    cheap.add(len(kept))  # "live" is no slip for "like": kept as typed, as cheap as the slip
                else:
                    word = correction.word
        kept.append(word)
        stems.append(stem)
        matches.append(match)
    return kept, stems, matches, fixes, kept_at, cheap, paraphrased
