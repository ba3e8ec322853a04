"""Kind: a kind of question the entry is never asked ("how many …?" of an entry that never counts).

The kinds an entry answers are read from its phrasings, so an author says what an entry answers by how they
ask for it; the kinds a question asks are read the same way. "who"/"which"/"when" ask only near the start
(later they are relative pronouns: "people who escaped poverty").
"""

from __future__ import annotations

import enum
import re
from itertools import pairwise, takewhile
from typing import TYPE_CHECKING

from ..text import PLACE_NOUNS, YES_NO_VERBS, asks_by_noun, names_an_agent, words
from .base import ByAnswer, Judge, Rule, RuleId
from .shift import JUDGEMENTS, SPEECH, judges, states_limit

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..index import Index
    from ..question import Query


class Ask(enum.Enum):
    """A kind of question; the value is how `/why` names it ("never asked “how big”")."""

    HOW_MANY = "many"
    HOW_MUCH = "much"
    WHEN = "when"
    WHERE = "where"
    WHO = "who"
    WHOSE = "whose"
    WHY = "why"
    WHICH = "which"
    NAME = "name"
    CALLED = "called"
    HOW_TO = "how do I"  # "how do I …", "how to …": instructions, which a fact never gives unless asked that way
    MAGNITUDE = "how big"  # "how big …?", "the value of …": an amount, which only a "how much" fact gives
    PART_OF = "how many of"  # "how many of the 76 …?": a part of a whole, which the whole does not give
    WHICH_PLACE = "which place"  # "which city …?": a place, as where it happened or as who did it
    DEFINITION = "what is"  # "what is X?", "what does X mean?": what X is, which a fact that mentions X does not say
    LOCATION = "where is"  # "where is X?": where X lies, which a fact about something happening there does not say
    SIZE = "how large"  # "how big was the crowd?": a size, which an amount or a count gives
    ALLOWANCE = "how many can I"  # "how many books can I borrow?": a limit, which a count of what was done is not
    CLOCK = "what time"  # "what time does it open?": a time of day, which a date or a year is not
    SAID = "what did X say"  # "what did the chief say?": what someone said, which a fact about them is not
    HOW_LONG = "how long"  # "how long was the wi-fi down?": a duration or a length, which a fact without one is not
    HOW_OLD = "how old"  # "how old is the winner?": an age, or when a thing began, which another date is not


# The words that say what kind of answer is wanted (a count, a date, a place, a person, a reason).
WORD_ASKS = {
    "many": Ask.HOW_MANY,
    "much": Ask.HOW_MUCH,
    "when": Ask.WHEN,
    "where": Ask.WHERE,
    "who": Ask.WHO,
    "whose": Ask.WHOSE,
    "why": Ask.WHY,
    "which": Ask.WHICH,
    "name": Ask.NAME,
    "names": Ask.NAME,
    "named": Ask.NAME,
    "called": Ask.CALLED,
}
INTENT_WORDS = frozenset(WORD_ASKS)
ANYWHERE = frozenset((Ask.HOW_MANY, Ask.HOW_MUCH, Ask.NAME, Ask.CALLED))  # these ask wherever they stand
LEADING_WORDS = 3  # "who"/"which"/"when" ask only when they come this early
TIME_NOUNS = frozenset("year years date day month time period span timeframe timescale".split())  # noqa: SIM905
KIND_NOUNS = frozenset("kind kinds type types sort sorts".split())  # noqa: SIM905
_HOW_TO_MODALS = frozenset("do can could should would might may".split())  # noqa: SIM905
MONEY = frozenset("$ € £ ¥ dollars dollar yuan euros euro pounds bucks rmb renminbi usd".split())  # noqa: SIM905
_ASKERS = frozenset("i we one you".split())  # noqa: SIM905
_FIGURE_NOUNS = frozenset("figure figures number numbers stat stats statistic statistics".split())  # noqa: SIM905
# "how big", "how large": a size, which an amount or a count gives ("how big was the crowd?": 300 people)
SIZE_WORDS = frozenset("big bigger large larger huge small smaller sizable sizeable massive vast".split())  # noqa: SIM905
# "how far", "how fast", "how tall": a magnitude (a distance, a speed, a height), which only a "how much" fact gives
MAGNITUDE_WORDS = frozenset("far fast tall heavy wide deep".split())  # noqa: SIM905
# the word "how" asks with ("how long", "how big", "how far", "how old"): part of the question, no topic
HOW_ADJECTIVES = SIZE_WORDS | MAGNITUDE_WORDS | frozenset(("long", "old", "often", "soon", "high", "low"))
_AMOUNT_WORDS = frozenset("amount amounts value values worth".split())  # noqa: SIM905
_SO_MANY = frozenset(("many", "much"))
_DEGREE = frozenset(("so", "too", "very", "as"))  # "so many", "too much", "as many as": a degree, not asked
_ASKING = INTENT_WORDS | _AMOUNT_WORDS | {"what", "how", "number", "count", "total", "list", "enumerate"}
_ASKING = _ASKING | {"define", "definition", "meaning", "say", "says", "said"}  # (SPEECH_VERBS, below)
# what an entry answers beyond what its phrasings ask: "how much" gives a magnitude ("how big?"), and "where" or
# "who" a place ("which city?")
IMPLIED = {
    Ask.HOW_MUCH: (Ask.MAGNITUDE, Ask.SIZE),
    Ask.HOW_MANY: (Ask.SIZE,),
    Ask.WHERE: (Ask.WHICH_PLACE,),
    Ask.WHO: (Ask.WHICH_PLACE,),
}
_NOTHING: frozenset[Ask] = frozenset()
_WHICH_ONE = frozenset((Ask.WHICH,))


_BE = frozenset(("is", "are", "was", "s", "were"))
_DEFINING = frozenset(("what", "where", "define", "definition", "meaning"))
_ARTICLES = frozenset(("a", "an", "the", "this", "that"))
# "what is the number of …", "what is the headline …": a property of something named, not a definition
_PROPERTY_NOUNS = frozenset(
    """number total amount count date day year time name title headline source aim purpose goal gist topic subject
    main point reason cause result outcome status stage role size value price cost budget population area full view
    views story focus message idea plan period scope extent share rate level deadline target
    limit limits capacity speed length height weight distance duration frequency fare fares fee fees minimum maximum
    threshold record score rating turnout margin ratio percentage salary wage income revenue profit loss figure
    figures sum""".split()  # noqa: SIM905
)
_NOT_IN_A_TERM = frozenset(
    """do does did is are was were be been has have had can could will would should may might
    how what when where who whom whose why which about for of in on from to with at by doing than per s""".split()  # noqa: SIM905
)
_HEDGES = frozenset(("exactly", "actually", "really", "precisely"))
_TERM_WORDS = 5  # "what is a rural vitalization demonstration area": a term is a few words at most


def _names_a_term(words_after: list[str], plural: bool = False, properties: bool = True) -> bool:
    """ "Hechi", "a poverty-stricken county", "the Greater Bay Area": a thing named, and nothing else asked
    (not "the harvest's price": a possessive asks a property).
    Not "the areas" after "what are" (that asks which they are), nor a verb at the end ("where was this
    published", "what is Hechi facilitating")."""
    if not words_after or len(words_after) > _TERM_WORDS + 1 or not _NOT_IN_A_TERM.isdisjoint(words_after):
        return False
    noun_phrase = words_after[0] in ("a", "an")  # "a labor training session": its -ing word is no verb
    if any(word[:1].isdigit() or (len(word) > 4 and word.endswith("ing") and not noun_phrase) for word in words_after):
        return False  # a number, or a verb ("what is Shenzhen deepening regarding …")
    if words_after[-1].endswith("ed") or (
        properties
        and (words_after[0] == "the" or len(words_after) == 1)
        and not _PROPERTY_NOUNS.isdisjoint(words_after)
    ):
        return False  # a verb at the end, or a property asked: "the harvest price", "the view count", "turnout"
    if plural and words_after[0] == "the":
        return False
    if words_after[0] in _ARTICLES:
        if properties and words_after[0] not in ("a", "an") and words_after[1:2] and words_after[1] in _PROPERTY_NOUNS:
            return False
        words_after = words_after[1:]
    return bool(words_after) and not any(word[:1].isdigit() for word in words_after)


def _read_definition(text_words: list[str]) -> Ask | None:
    """ "what is X?", "what's X?", "what does X mean/stand for?", "define X", "where is X?" """
    if len(text_words) < 2 or text_words[0] not in _DEFINING:
        return None  # most texts: one set test (this runs on every phrasing of 100 000 entries)
    if text_words[1] in _HEDGES and len(text_words) > 2:  # "what exactly is a training session?"
        text_words = [text_words[0], *text_words[2:]]
    first, second = text_words[0], text_words[1]
    if first in ("define", "definition", "meaning"):
        return Ask.DEFINITION
    if first == "what" and second in ("counts", "qualifies") and text_words[2:3] == ["as"]:
        return Ask.DEFINITION  # "what counts as a poverty-stricken county?"
    if second not in _BE and second not in ("does", "do"):
        return None
    if any(word[:1].isdigit() for word in text_words):
        return None  # "what do the numbers 32 and 51 mean?" asks what a fact says
    # "what does X mean?", "… mean in this context?", "what does X stand for?", "what is meant by X?"
    said = _without_context(text_words)
    means = said[-1] in ("mean", "means") or said[-2:] == ["stand", "for"]
    if first == "what" and second in ("does", "do") and means:
        return Ask.DEFINITION
    if first == "what" and second in _BE and text_words[2:4] == ["meant", "by"] and len(text_words) > 4:
        return Ask.DEFINITION
    # a property asks what a fact says ("what is the area of …"), but where a thing is, is its location
    # ("where is the Greater Bay Area?")
    if first == "where" and second in _BE:  # ("where is X located?", "… based?": where it lies, said again)
        term = text_words[2:-1] if text_words[-1] in _LYING and len(text_words) > 3 else text_words[2:]
        if _names_a_term(term, second in ("are", "were"), False):
            return Ask.LOCATION
    if first == "what" and second in _BE and _names_a_term(text_words[2:], second in ("are", "were")):
        return Ask.DEFINITION
    return None


_CONTEXT = frozenset("in this the here context article story piece text exactly".split())  # noqa: SIM905
_LYING = frozenset("located situated based found sited".split())  # noqa: SIM905


def _without_context(text_words: list[str]) -> list[str]:
    """The words without a tail that only says where ("… mean in this context", "… mean here")."""
    end = len(text_words)
    while end > 2 and text_words[end - 1] in _CONTEXT:
        end -= 1
    return text_words[:end]


_MEMBERS = frozenset("the them those these ones".split())  # noqa: SIM905


def _asks_membership(text_words: list[str]) -> bool:
    """ "was her village one of the ones taken off the list?", "is her rice one of them?": whether a particular
    thing is among those a fact counts, which only a fact that names them says (as "which …?" asks)."""
    if text_words[0] not in YES_NO_VERBS:
        return False
    for at, word in enumerate(text_words):
        after = text_words[at + 1 : at + 3]
        every = at and text_words[at - 1] in ("every", "each")  # "did every one of them …?": all of them
        if word == "one" and len(after) == 2 and after[0] == "of" and after[1] in _MEMBERS and not every:
            return True  # "one of them"
        if word == "among" and after[:1] and after[0] in _MEMBERS:
            return True  # "among them"
    return False


def read_asks(text_words: list[str]) -> frozenset[Ask]:
    """The kinds of question a text asks (a phrasing or a question, split into words)."""
    member = ("one" in text_words or "among" in text_words) and _asks_membership(text_words)
    if _ASKING.isdisjoint(text_words):
        return _WHICH_ONE if member else _NOTHING  # this runs on every phrasing of 100 000 entries
    found = {Ask.WHICH} if member else set()
    if not SPEECH_VERBS.isdisjoint(text_words) and _asks_what_was_said(text_words):
        found.add(Ask.SAID)
    defined = _read_definition(text_words)
    if defined is not None:
        found.add(defined)
    last = len(text_words) - 1
    for position, word in enumerate(text_words):
        if word not in _ASKING:
            continue
        following = text_words[position + 1] if position < last else ""
        if word in ("which", "what") and (following in TIME_NOUNS or following in _CLOCK_NOUNS):
            if following in TIME_NOUNS:
                found.add(Ask.WHEN)  # "in which year", "what date": a when-question
            if following in _CLOCK_NOUNS and _asks_clock(text_words, position):
                found.add(Ask.CLOCK)  # "what time does it open?", "what hours …": the hour
        elif word == "which" and following in PLACE_NOUNS:
            found.add(Ask.WHICH_PLACE)  # "from which region", "which city": where, or which city did it
        elif word in ("which", "what") and position < last and asks_by_noun(text_words, position + 1):
            found.add(Ask.WHO)  # "which company built the trams?": who did
        elif word in ("number", "count", "total") and following == "of":
            found.add(Ask.HOW_MANY)  # "number of parks", "count of trainees": how many
        elif word in ("list", "enumerate") and position == 0:
            found.add(Ask.WHICH)  # "list the 20 parks": name them, like "which parks?"
        elif word == "what" and following in KIND_NOUNS:
            found.add(Ask.WHICH)  # "what kinds of products": which ones
        elif (
            word == "what"
            and position == 0
            and following.endswith("s")
            and len(following) > 3
            and not following.endswith("ss")
            and text_words[2:3] in (["do"], ["does"], ["did"], ["are"], ["were"])
        ):
            found.add(Ask.WHICH)  # "what products does Hechi sell?", "what cities are in …": name them
        elif word in ("what", "who") and position == 0 and _names_counted(text_words):
            found.add(Ask.WHICH)  # "what are the 51 certified products?": name them, which a count does not
        elif word == "which" and following in _FIGURE_NOUNS and any(said[:1].isdigit() for said in text_words):
            continue  # "which figure is 817?": what a number stands for, which the fact with it says
        elif word == "how":  # ("where can I …?" asks a place, not for instructions)
            then = text_words[position + 2] if position + 2 <= last else ""
            if following in SIZE_WORDS and then not in ("are", "were"):
                found.add(Ask.SIZE)  # "how big was the crowd?" (not "how big are the parks?": each one's size)
            elif following in SIZE_WORDS or following in MAGNITUDE_WORDS:
                found.update((Ask.HOW_MUCH, Ask.MAGNITUDE))
            elif _asks_age(text_words, position) is not None:  # "how old is the winner?", "how long ago …"
                found.add(Ask.HOW_OLD if following == "old" else Ask.WHEN)
            elif following == "to" or (
                following in _HOW_TO_MODALS and position + 2 <= last and text_words[position + 2] in _ASKERS
            ):
                found.add(Ask.HOW_TO)
            elif following in _LIMITED and _may_i(text_words, position + 2):
                found.add(Ask.ALLOWANCE)
            if following == "long" and Ask.WHEN not in found:  # (not "how long ago": a date)
                found.add(Ask.HOW_LONG)
        elif word in _AMOUNT_WORDS:
            if "or" not in text_words:  # "the number or the amount?" asks which of two: neither
                found.update((Ask.HOW_MUCH, Ask.MAGNITUDE))
        elif word in WORD_ASKS:
            if word in _SO_MANY and position and text_words[position - 1] in _DEGREE:
                continue  # "why did so many more people come?", "so much smaller": no count or amount asked
            ask = WORD_ASKS[word]
            if ask is Ask.HOW_MANY and following in MONEY:
                found.add(Ask.HOW_MUCH)  # "how many dollars", "how many $": an amount too
            if ask in ANYWHERE or position < LEADING_WORDS:
                found.add(ask)
            if word in ("many", "much") and following == "of" and _names_number(text_words, position + 2):
                found.add(Ask.PART_OF)
            elif word == "much" and following == "of" and text_words[position + 2 : position + 3] in _OF_A_WHOLE:
                found.add(Ask.PART_OF)  # "how much of the budget is the city paying?": a part of it
    if _names_an_amount(text_words):
        found.add(Ask.HOW_MUCH)  # "what was the budget for the wing?": how much, which a reason does not say
    return frozenset(found)


# "what was the budget …?", "what's the original price of …?": an amount asked by its name
_AMOUNT_NOUNS = frozenset("cost costs price prices budget fee fees fare fares salary wage wages rent".split())  # noqa: SIM905
_BE_WORDS = frozenset(("is", "was", "are", "were", "will"))
_OF_WHAT = frozenset("of for to in on at from by with".split())  # noqa: SIM905  ("the plan for the budget")


def _names_an_amount(text_words: list[str]) -> bool:
    """Does a what-question ask for an amount by its name ("what was the budget", "what is the new fare")?"""
    if text_words[:1] != ["what"] or not text_words[1:2] or text_words[1] not in _BE_WORDS:
        return False
    named = list(takewhile(lambda word: word not in _OF_WHAT, text_words[2:]))
    return any(word in _AMOUNT_NOUNS for word in named[:4])  # "the budget", "the new adult fare"


SPEECH_VERBS = frozenset(("say", "says", "said"))  # words of saying, never a topic ("my uncle says …")
_SAY_OPENINGS = frozenset(("what", "did", "does", "do", "has", "have", "how"))
_SPEAKER_WORDS = 5  # "what did [the council's new leader] say": the speaker is a few words at most
# what a text itself says is no one's words: "what does the article say about …?"
_DOCUMENTS = frozenset("it article report story page piece text paper site website release notes plan".split())  # noqa: SIM905


def _asks_what_was_said(text_words: list[str]) -> bool:
    """ "what did the chief executive say about …?", "did Ashdown say anything?", "what has the council leader
    said …?": what someone said (not "what does the article say", which asks what a fact says)."""
    start = 1 if text_words[0] in ("and", "so", "but") else 0
    if len(text_words) <= start or text_words[start] not in _SAY_OPENINGS:
        return False  # a question opens so; "my uncle says …" tells, and asks nothing of what was said
    for at in range(start + 2, min(len(text_words), start + _SPEAKER_WORDS + 2)):
        if text_words[at] in SPEECH_VERBS:
            speaker = text_words[at - 1]
            return speaker not in _DOCUMENTS and speaker not in ("you", "u", "i", "we", "they")
    return False


_CLOCK_NOUNS = frozenset(("time", "times", "hour", "hours"))
_SPAN_WORDS = frozenset("period periods frame frames span spans scale scales".split())  # noqa: SIM905
_OVER = frozenset(("over", "within", "for", "during", "in"))  # "over what time?": a span, not an hour


def _asks_clock(text_words: list[str], position: int) -> bool:
    """Does the "what time" at `position` ask an hour ("what time does it open?", "what times of day …"), not a
    span ("what time period", "over what time?") or a season ("what time of year")?"""
    after = text_words[position + 2 : position + 4]
    if position and text_words[position - 1] in _OVER:
        return False
    return not (after[:1] and after[0] in _SPAN_WORDS) and after != ["of", "year"]


_VAGUE_NOUNS = frozenset("thing things one ones item items stuff figure figures number numbers".split())  # noqa: SIM905


def _names_counted(text_words: list[str]) -> bool:
    """ "what are the 51 certified products?", "who were the 32 companies?": the question already says what
    the number counts, so it asks to name them ("what were the 439 things?" asks what the number counts)."""
    rest = text_words[1:]
    if not rest or rest[0] not in ("are", "were"):
        return False
    rest = rest[2:] if rest[1:2] and rest[1] in ("the", "those", "these") else rest[1:]
    return len(rest) >= 2 and rest[0].isdigit() and rest[1] not in _VAGUE_NOUNS and rest[-1] != "called"


_LIMITED = frozenset(("many", "much", "long", "often"))  # ("how far" asks a distance: MAGNITUDE)
_MAY = frozenset(("can", "may", "could"))
_ALLOWANCE_SPAN = 4  # "how many [books] [from the library] can I …": the modal comes this soon


def _may_i(text_words: list[str], start: int) -> bool:
    """Does "can I", "may we", "can u" follow soon after a "how many" or a "how long": what one is allowed?"""
    for at in range(start, min(start + _ALLOWANCE_SPAN, len(text_words) - 1)):
        if text_words[at] in _MAY and text_words[at + 1] in _ALLOWED:
            return True
    return False


_ALLOWED = _ASKERS | {"u", "people", "members", "residents", "customers", "visitors"}


_OF_A_WHOLE = (["the"], ["its"], ["their"], ["that"], ["this"])


def _names_number(text_words: list[str], position: int) -> bool:
    """A number at `position`, or right after a "the" there ("of the 76 …", "of 439 …")."""
    if position < len(text_words) and text_words[position] == "the":
        position += 1
    return position < len(text_words) and text_words[position][:1].isdigit()


_PLACING = frozenset(("in", "at", "within"))


def says_where(index: Index, answer: str) -> bool:
    """Does an answer say where: where from, by a name after "from" ("76 companies from Guangdong"), or where,
    by a name after "in" or "at" that is not the knowledge base's subject ("20 parks in Hechi" says no more than
    that the parks are where everything is)? Such an entry answers "where?" though never asked it."""
    stem, names, subject = index.analyzer.stem, index.names, index.rule_data[RuleId.NAME].subject
    said = words(answer)
    return any(
        (word == "from" or (word in _PLACING and stem(following) not in subject)) and stem(following) in names
        for word, following in pairwise(said)
    )


def says_who(index: Index, answer: str) -> bool:
    """Does an answer open with who did it, a name as its subject ("Shenzhen has helped build 20 parks"), or
    open its main clause with one after an opening phrase ("Over the past five years, Guangdong provided …")?
    Such an entry answers "who …?" though never asked it."""
    clauses = (answer, answer.split(",", 1)[1]) if "," in answer else (answer,)
    return any(
        (said := words(clause)) and index.analyzer.stem(said[0]) in index.names and said[1:2] != ["s"]
        for clause in clauses
    )


def says_limit(index: Index, answer: str) -> bool:
    """Does an answer state a limit (`shift.states_limit`)? Such an entry answers "how much can I get?" though
    never asked it."""
    return states_limit(words(answer))


_SPANS = frozenset("years months weeks days decades".split())  # noqa: SIM905
_SPAN_OPENERS = frozenset("past last over since within".split())  # noqa: SIM905  ("for three weeks" is how long)


def says_when(index: Index, answer: str) -> bool:
    """Does an answer give the period something happened in ("over the past five years", "in the last three
    months")? Such an entry answers "when …?" and "over what time span …?" though never asked them. A year, a
    month or a duration in an answer does not: "for three weeks after the fire, pupils were taught remotely"
    is no answer to "what date was the fire?"."""
    said = words(answer)
    return any(
        word in _SPANS and not _SPAN_OPENERS.isdisjoint(said[max(at - 3, 0) : at]) for at, word in enumerate(said)
    )


# "3 pm", "7.30am", "17:52", "6.30 to 9.00", "noon": a time of day
_CLOCK_TIME = (
    r"(?<![\d$£€¥.,])(?:\d{1,2}(?:[.:][0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[.:][0-5]\d(?![\d%]|[.:]\d)|noon"
    r"|midnight|o'clock)"
)


def says_clock(index: Index, answer: str) -> bool:
    """Does an answer give a time of day ("at about 3 pm", "from 5.30am to 4pm", "until midnight")? Such an
    entry answers "what time …?" though never asked it."""
    return re.search(_CLOCK_TIME, answer, re.IGNORECASE) is not None  # compiled on first use (`re`'s cache)


# "26 months", "about four minutes", "a five-year partnership", "1,850 metres long", "since 2019", "until the end of
# next season": how long something lasts or measures
_SPAN_UNITS = (
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|"
    r"centur(?:y|ies)|metres?|meters?|kilometres?|kilometers?|km|miles?|feet|foot|ft|yards?)"
)
_SPAN_COUNTS = (  # ("a year" is a rate as often as a span: "300 times a year")
    r"(?:\d[\d.,]*|half an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|"
    r"seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)"
)
_DURATION = (
    rf"\b{_SPAN_COUNTS}[- ](?:[a-z]+[- ])?{_SPAN_UNITS}\b(?![- ]old)|\b(?:since|until|overnight)\b"  # not an age
)


def says_how_long(index: Index, answer: str) -> bool:
    """Does an answer say how long something lasts or measures ("took seven months", "for 90 minutes", "a
    five-year partnership", "1,850 metres long", "since 2019")? Such an entry answers "how long …?" though never
    asked it; one that says only that the Wi-Fi failed does not."""
    return re.search(_DURATION, answer, re.IGNORECASE) is not None  # compiled on first use (`re`'s cache)


# "Sixteen-year-old Priya", "aged 41", "11 years old", "Priya Nandakumar, 16,": an age
_AGE = r"(?i:\b[a-z0-9-]+[- ]years?[- ]old\b|\baged \d{1,3}\b|\bage of \d{1,3}\b)|\b[A-Z][a-z]+, \d{1,3},"
# "built in 1862", "opened in 1937", "founded in 1961", "published on 18 July 2023": when a thing began
_ORIGIN = (
    r"\b(?:built|opened|founded|established|launched|published|lit|constructed|created|began|started|dates from|"
    r"made|born|first)\b.{0,100}?\b(?:1[0-9]{3}|2[0-9]{3})\b"
)


def says_age(index: Index, answer: str) -> bool:
    """Does an answer give an age ("sixteen-year-old", "aged 41") or when a thing began ("built in 1862")? Such
    an entry answers "how old …?"; one that says only when someone joined or left does not."""
    return re.search(_AGE, answer) is not None or re.search(_ORIGIN, answer, re.IGNORECASE) is not None


_QUOTES = ('"', "“", "”")


_SHARE = re.compile(
    r"%|\bper ?cent|\bpercentage|\bproportion|\bshare\b|\bhalf\b|\bthird|\bquarter|\bfifth|\bmost of\b",
    re.IGNORECASE,
)


def says_share(index: Index, answer: str) -> bool:
    """Does an answer give a part of a whole ("62 per cent of the wine", "3.2 percentage points", "half of
    it")? Such an entry answers "how much of the wine goes abroad?" though never asked it."""
    return _SHARE.search(answer) is not None


def says_speech(index: Index, answer: str) -> bool:
    """Does an answer report what someone said ("the chief said …", "according to …", "“a real step forward”")?
    Such an entry answers "what did X say?" though never asked it."""
    return not SPEECH.isdisjoint(words(answer)) or any(mark in answer for mark in _QUOTES)


class EntryKinds(list):
    """Per entry, the kinds of question it answers; and which answers say where, who, when, a time of day, a
    limit, what someone said, how long something lasts, an age and a part of a whole (`ByAnswer`)."""

    where: ByAnswer
    who: ByAnswer
    when: ByAnswer
    clock: ByAnswer
    limit: ByAnswer
    speech: ByAnswer
    how_long: ByAnswer
    age: ByAnswer
    share: ByAnswer


def prepare(analysis: Analysis, index: Index) -> EntryKinds:
    """Per entry, the kinds of question it answers: those its phrasings ask, and what they imply."""
    answered: dict[tuple[str, ...], frozenset[Ask]] = {}  # most entries ask the same kinds: one set for each
    out = EntryKinds()
    out.where, out.who, out.limit = ByAnswer(index, says_where), ByAnswer(index, says_who), ByAnswer(index, says_limit)
    out.when, out.clock = ByAnswer(index, says_when), ByAnswer(index, says_clock)
    out.speech, out.how_long = ByAnswer(index, says_speech), ByAnswer(index, says_how_long)
    out.age, out.share = ByAnswer(index, says_age), ByAnswer(index, says_share)
    for kinds in map(tuple, analysis.intents):
        kinds_answered = answered.get(kinds)
        if kinds_answered is None:
            asks = [Ask(kind) for kind in kinds]
            kinds_answered = answered[kinds] = frozenset(
                [*asks, *(more for ask in asks for more in IMPLIED.get(ask, ()))]
            )
        out.append(kinds_answered)
    return out


def judge(query: Query, index: Index) -> Judge | None:
    asks = query.asks
    if not asks:
        return None
    entry_asks = index.rule_data[RuleId.KIND]

    def unmet(position: int) -> frozenset[Ask] | None:
        return unanswered(entry_asks, position, asks) or None

    return unmet


def unanswered(entry_asks: EntryKinds, position: int, asks: frozenset[Ask]) -> frozenset[Ask]:
    """The kinds asked that an entry neither is asked nor gives in its answer: "where are they from?" of "76
    companies from Guangdong", "who built them?" of "Shenzhen has helped build 20 parks", "how much can you
    get?" of "worth up to £25,000"."""
    missing = asks - entry_asks[position]
    if not missing:
        return missing  # most candidates: asked every kind the question asks
    for ask, given in (
        (Ask.WHERE, entry_asks.where),
        (Ask.WHO, entry_asks.who),
        (Ask.WHEN, entry_asks.when),
        (Ask.CLOCK, entry_asks.clock),
        (Ask.SAID, entry_asks.speech),
        (Ask.ALLOWANCE, entry_asks.limit),
        (Ask.HOW_LONG, entry_asks.how_long),
        (Ask.HOW_OLD, entry_asks.age),
        (Ask.PART_OF, entry_asks.share),
    ):
        if ask in missing and given[position]:
            missing = missing - {ask}
    return missing


def describe(words: tuple[str, ...]) -> str:
    """ "never asked “how big”" ("how big" asks "how much" too, and says it better)."""
    shown = [kind for kind in words if not (kind == Ask.HOW_MUCH.value and Ask.MAGNITUDE.value in words)]
    return "never asked " + ", ".join(f"“{kind}”" for kind in shown)


RULE = Rule(RuleId.KIND, 0.7, judge, describe, prepare=prepare)


def _asks_age(text_words: list[str], position: int) -> int | None:
    """Where the word stands that makes the "how" at `position` ask a date: "old" in "how old is the article?",
    "ago" in "how long ago …"; None for any other "how"."""
    following = text_words[position + 1 : position + 2]
    if following == ["old"]:
        return position + 1
    if following == ["long"] and "ago" in text_words:
        return text_words.index("ago")
    return None


def asking_positions(text_words: list[str]) -> frozenset[int]:
    """Where a word only says how the question asks, as "old" and "ago" do (`_asks_age`), "company" in
    "which company …?" or "worth" in "what is it worth?": weighed as a question word when the knowledge base
    never uses it."""
    found = (_asks_age(text_words, position) for position, word in enumerate(text_words) if word == "how")
    agents = (position for position in range(1, len(text_words)) if names_an_agent(text_words, position))
    # "what is the support worth in dollars?": a value asked, as "how much" asks it (not "was it worth it?")
    amounts = (
        at
        for at, word in enumerate(text_words)
        if word in _AMOUNT_WORDS and not (word in JUDGEMENTS and judges(word, text_words))
    )
    # "over what time span …?", "what period …?": a time asked, as "when" asks it
    times = (
        at
        for at in range(1, len(text_words))
        if text_words[at] in TIME_NOUNS
        and (text_words[at - 1] in ("what", "which") or (at > 1 and text_words[at - 1] in TIME_NOUNS))
    )
    return frozenset((*(at for at in found if at is not None), *agents, *amounts, *times))
