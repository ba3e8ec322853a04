"""Shift: a word the entry never uses that changes what is asked ("still", "alone", "versus", "cost").

A question that reuses a fact's words with one of these asks what the fact does not say: the present state,
a comparison, a part or a breakdown, another time, a failure, or a property the fact never states (a size, a
cost, criteria, where it is located, who founded it). An entry whose own texts use the word answers it. Each
such word is its own doubt, and a judgement ("too much?", "worth it?", "a success?") is two: it asks a view of
the fact, which a fact gives only where it says so.
"""

from __future__ import annotations

import functools
from itertools import pairwise
from typing import TYPE_CHECKING

from ..text import NUMBER_WORDS, STOPWORDS, YES_NO_VERBS, stem
from .base import Judge, Rule, RuleId

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..index import Index
    from ..question import Query

# A breakdown ("each county", "per year"), a ranking ("the most", "largest"), a part ("Shenzhen alone"), the
# future ("next year", "will"), or detail beyond a fact ("full name"). Unknown to a knowledge base, they cost as
# much as a topic word (they are no everyday word: `qa.text.common_words`).
QUALIFIERS = frozenset(
    """each every per alone most least largest biggest smallest highest lowest best worst average
    breakdown individually separately remain remaining remains will next future upcoming full""".split()  # noqa: SIM905
)
# the present state ("still", "yet"), a comparison ("versus", "bigger"), more than the fact ("else", "other",
# "only"), another time ("before", "after", "last", "previous"), its failure ("failed") or its stopping ("when did it
# stop?", which a fact that says it goes on answers too)
_STOPPING = frozenset("stop stops stopped stopping cease ceased quit quitting".split())  # noqa: SIM905
_SHIFTING = (
    frozenset(
        """still yet anymore else other others versus vs before after last previous previously prior only failed fail
        bigger smaller larger fewer""".split()  # noqa: SIM905
    )
    | _STOPPING
)
# A property of a thing rather than the fact about it: a measure, money, a ratio, a comparison, what it takes,
# an origin, a location or contact detail, a breakdown, a choice. ("Steps" and "methods" are not here: "what
# steps is Shenzhen taking?" asks what a fact says.)
ATTRIBUTES = frozenset(
    """compare compared compares comparing comparison
    size sizes length width height depth distance duration capacity weight acreage hectare hectares
    square kilometres kilometers km miles population density
    price prices priced pricing cost costs costing costed budget budgets salary salaries wage wages income revenue
    revenues profit profits gdp
    rate rates percentage percent proportion ratio median
    criteria criterion requirement requirements qualification qualifications eligible eligibility
    apply applies applying obtain obtains obtaining qualify qualifies
    founded founder founders
    address location located situated coordinates age gender phone email contact website
    split splits divided distributed distribution allocated allocation apportioned
    chose chosen choose choosing pick picked select selected selection""".split()  # noqa: SIM905
)
# What a news fact rarely states unless it says so: what is left, what went wrong, what people think of it, who
# is in charge, what is planned. "How many poor people are left?" reuses a fact's words to ask what it never says.
ASSESSMENTS = frozenset(
    """left leftover unfinished outstanding pending incomplete unsolved
    problem problems wrong mistake mistakes failure failures controversy controversial criticism criticised
    criticized critics complaint complaints opinion opinions think thinks thought feel feels overspent overran
    overrun delayed delay delays challenge challenges difficulty difficulties risk risks downside downsides
    charge runs leads leader leaders leadership manages manager oversees responsible director mayor official
    officials secretary target targets goal goals forecast projected expected decided decide decides decision
    decisions""".split()  # noqa: SIM905
)
# A judgement of it: "was it worth it?", "was the money well spent?", "too much?", "a success?", "a nice place?"
# ("worth", "well" and "too" judge only before the words in `_JUDGING_BEFORE`: "worth in dollars" is a value)
JUDGEMENTS = frozenset(
    """worth well too worthwhile success successful succeed succeeded unsuccessful waste wasted wasteful
    nice effective ineffective satisfied happy unhappy deserve deserved good bad lot enough sufficient insufficient
    adequate inadequate popular unpopular""".split()  # noqa: SIM905
)
# How people feel about it: "did the workers enjoy the training?", "do shoppers like Hechi products?", "is it
# fair?". A feeling judges only as the question's own verb, in a yes-or-no question: "my son loved it - how many
# kids took part?" asks the number, "what does it look like?" no feeling, and "can it spend it on anything it
# likes?" or "is there anything for wildlife like hedges?" no one's view: a feeling is the verb of a do-question,
# fairness the word of an is-question.
_FELT = frozenset(
    "enjoy enjoys enjoyed enjoying like likes liked dislike dislikes disliked love loves loved hate hates hated".split()  # noqa: SIM905
)
_FAIR = frozenset(("fair", "unfair"))
FEELINGS = _FELT | _FAIR
_JUDGING_BEFORE = {
    "worth": frozenset("it the its every all doing paying spending".split()),  # noqa: SIM905
    "too": frozenset("much many expensive costly high low little few long late big small slow early".split()),  # noqa: SIM905
}
_RATES = frozenset("annually yearly monthly weekly daily hourly".split())  # noqa: SIM905  (a rate: "per")
SHIFTERS = QUALIFIERS | _SHIFTING | ATTRIBUTES | ASSESSMENTS | JUDGEMENTS | FEELINGS | _RATES
_CHOICE = frozenset("chose chosen choose choosing pick picked select selected selection".split())  # noqa: SIM905


_BEING = frozenset("are is was were be been being still remain remains remaining".split())  # noqa: SIM905


# Who leads: a text naming a leader's post answers "who is in charge?", "who runs it?", "who leads it?"
_LEADING = frozenset(
    "charge runs leads leader leaders leadership manages manager oversees responsible director".split()  # noqa: SIM905
)
_LEADER_POSTS = _LEADING | frozenset(
    """chief executive ceo head president chair chairman chairwoman chairperson boss mayor secretary
    principal superintendent governor""".split()  # noqa: SIM905
)
# A rate: "each year", "per month", "every day" ask what "a year", "annually" or "per month" already say
_TIME_UNITS = frozenset("year years month months week weeks day days hour hours".split())  # noqa: SIM905
_RATE_WORDS = frozenset(("each", "every", "per"))
# An aim: a text that says what something aims at or is for says its goal
_AIMING = frozenset("aim aims aimed aiming purpose objective objectives".split())  # noqa: SIM905
_GOALS = frozenset(("goal", "goals"))
# A view reported: a text that says what someone said, expects or estimates says what they think
# (the words that report speech are `rules.kind`'s sign of what someone said, too)
SPEECH = frozenset("said says told according".split())  # noqa: SIM905
_REPORTING = SPEECH | frozenset(
    "believes believe expects expect expected estimates estimated predicts predicted".split()  # noqa: SIM905
)
_THINKING = frozenset(("think", "thinks", "thought"))
# A comparison: an answer that sets one figure against another compares them
_COMPARING = frozenset("compare compared compares comparing comparison".split())  # noqa: SIM905
_SETS_AGAINST = frozenset("than compared against versus rose fell risen fallen increased decreased".split())  # noqa: SIM905
_CLAUSE_SUBJECTS = frozenset("i we you they he she it".split())  # noqa: SIM905
# A share: "18.3%", "17.6 per cent" say what percentage, what proportion
_SHARE_WORDS = frozenset(("percent", "percentage", "proportion"))


# Who held a post before someone: "who was manager before Tom Arkwright?" asks of another person than the one
# a fact names; a text that says who came before, or that someone was replaced or succeeded, answers it
PREDECESSOR = "predecessor"
_SUCCESSION = frozenset(
    """predecessor predecessors successor succeeded succeeds replaced replaces replacing former formerly
    previously retired retiring""".split()  # noqa: SIM905
)


# A text that says none of these uses no shifting word (`used`), in its own words or in others
SAYING = (
    SHIFTERS
    | _LEADER_POSTS
    | _RATES
    | _TIME_UNITS
    | _SETS_AGAINST
    | _REPORTING
    | _SUCCESSION
    | {"%", "cent", "up", "down", "took", "takes", "stepped"}
)


def used(text_words: list[str], *, answer: bool = False) -> set[str]:
    """The shifting words a text uses, in the sense that shifts: "left" as what remains ("how many are left?",
    "what is left over"), not as having gone ("villages that left poverty"). A text also says what it says in
    other words: a leader's post ("chief executive") says who is in charge, "a year" or "annually" a rate
    ("each year"), a percentage ("18.3 per cent") what proportion, and setting one figure against another ("up
    from", "than") a comparison."""
    found = set(SHIFTERS.intersection(text_words))
    if "left" in found and not _remaining(text_words):
        found.discard("left")
    if not _LEADER_POSTS.isdisjoint(text_words):
        found |= _LEADING
    if not _RATES.isdisjoint(text_words) or any(
        word in ("a", "an", "per", "each", "every") and following in _TIME_UNITS
        for word, following in pairwise(text_words)
    ):
        found |= _RATE_WORDS
    # an answer that says the fact goes on ("Shenzhen is deepening its assistance", "keeps giving"), not an
    # evidence sentence that only passes one on the way ("… the project, which is running late, …")
    if "still" in found or (answer and _ongoing(text_words)):
        found.add(STILL_DOING)
    if "still" in found or not _GOING_ON.isdisjoint(text_words):  # "keeps giving": whether it stopped
        found |= _STOPPING
    if states_limit(text_words):  # "up to £75,000 each", "a maximum of 200": what the most is
        found |= _CEILING
    if not _AIMING.isdisjoint(text_words):  # "aiming to make a real difference" says what the goal was
        found |= _GOALS
    if not _REPORTING.isdisjoint(text_words):  # "the chief said …", "analysts expect …": what someone thinks
        found |= _THINKING
    if not _FELT.isdisjoint(text_words):  # "visitors loved it" says whether they enjoyed it, liked it
        found |= _FELT
    if not _PRICED.isdisjoint(text_words):  # "£146,000", "valued at", "the price": what it is worth
        found.add(VALUE)
    if "%" in text_words or any(word == "per" and following == "cent" for word, following in pairwise(text_words)):
        found |= _SHARE_WORDS
    if not _SUCCESSION.isdisjoint(text_words) or any(
        pair in (("took", "over"), ("takes", "over"), ("stepped", "down")) for pair in pairwise(text_words)
    ):  # "replaced Dr Patel", "her predecessor": who held it before
        found.add(PREDECESSOR)
    if not _SETS_AGAINST.isdisjoint(text_words) or any(
        word in ("up", "down") and following == "from" for word, following in pairwise(text_words)
    ):
        found |= _COMPARING
    if _of_a_whole_set(text_words):  # "all 10 counties got out": so none is left, or still poor
        found.add(WHOLE_SET)
    return found


WHOLE_SET = "a whole set"  # a fact about all of a set ("all 10 counties"), which says whether any remain
_WHOLE = frozenset(("all", "every"))
_NOT_A_SET = frozenset("over along but around in".split())  # noqa: SIM905  ("all over", "all in all")
_REMAINING = frozenset(("left", "still", "remain", "remaining", "remains"))


def _of_a_whole_set(text_words: list[str]) -> bool:
    """Does a text say something of all of a set ("all 10 counties", "every village"), not of all the time ("every
    day", "all year") or of a total ("14 in all")?"""
    if _WHOLE.isdisjoint(text_words):  # most texts: one set look-up (every text of 100,000 entries is read)
        return False
    return any(
        word in _WHOLE and following not in _TIME_UNITS and following not in _NOT_A_SET
        for word, following in pairwise(text_words)
    )


_NOT_A_HOLDER = frozenset(
    """the a an this that these those it its their then now long starting joining taking""".split()  # noqa: SIM905
)


def _asks_predecessor(text_words: list[str]) -> bool:
    """ "who was the chief executive before Dr Raman?", "who owned it before Pell?": a who-question whose
    "before" is followed by someone, not by a time ("before the locks closed", "before 2020", "before she")."""
    if "who" not in text_words[:2]:
        return False
    return any(
        word == "before"
        and following not in _NOT_A_HOLDER
        and following not in _CLAUSE_SUBJECTS
        and following not in _TIME_UNITS
        and not following[:1].isdigit()
        for word, following in pairwise(text_words)
    )


# A ceiling: a text stating a limit ("up to £75,000", "a maximum of", "at most") says what the most is
_CEILING = frozenset(("most", "highest"))
_LIMIT_WORDS = frozenset("maximum max limit limits limited allowance allowed".split())  # noqa: SIM905


def states_limit(text_words: list[str]) -> bool:
    """Does a text state a limit ("worth up to £25,000", "a maximum of 12 items", "at most two")? It says what
    the most is, and (`rules.kind`) answers "how much can I get?" though never asked it."""
    if not _LIMIT_WORDS.isdisjoint(text_words):
        return True
    return any(
        pair in (("at", "most"), ("no", "more")) or (pair == ("up", "to") and _an_amount(then))
        for pair, then in zip(pairwise(text_words), [*text_words[2:], ""], strict=False)
    )


def _an_amount(word: str) -> bool:
    """A number, a currency sign or a number word ("up to 12", "up to £75,000", "up to twelve"), not "up to
    gold" or "up to the council"."""
    return word[:1].isdigit() or (bool(word) and not word.isalnum()) or word in NUMBER_WORDS


_BE_NOW = frozenset(("is", "are", "am"))
_STILL = frozenset(("still",))
_GOING_ON = frozenset("keep keeps continue continues continuing ongoing".split())  # noqa: SIM905
_NOT_DOING = frozenset("going nothing something anything everything".split())  # noqa: SIM905  ("is going to": future)


STILL_DOING = "still doing"  # "is Shenzhen still organising training?": what goes on, which "is expanding" says


def _doing_after(text_words: list[str], before: frozenset[str]) -> bool:
    """Does a verb in -ing follow one of the words `before` ("still organising", "are expanding")?"""
    return any(
        word in before and len(following) > 5 and following.endswith("ing") and following not in _NOT_DOING
        for word, following in pairwise(text_words)
    )


def _still_doing(text_words: list[str]) -> bool:
    """Does a question ask whether something is still going on ("is Shenzhen still organising …?", "are they
    still growing it?"), not whether something is still so ("are there still poor people?")?"""
    return _doing_after(text_words, _STILL)


def _ongoing(text_words: list[str]) -> bool:
    """Does a text say something is still going on: the present progressive ("are expanding their labor
    cooperation", "is deepening its assistance") or "keeps", "continues", "ongoing"?"""
    return not _GOING_ON.isdisjoint(text_words) or _doing_after(text_words, _BE_NOW)


def universal(text_words: list[str]) -> list[str]:
    """A yes-or-no question's "every" ("did every poor county get out of poverty?", "has every one of them …")
    asks about all of them, as "all" does, which is no breakdown to doubt (a fact of "all 10 counties", or of 7
    of them, answers it); "every 3 weeks" is still a rate, and "how much did every county get?" a breakdown."""
    if not text_words or text_words[0] not in YES_NO_VERBS:
        return text_words
    return [
        "all" if word == "every" and not (following[:1].isdigit() or following in _TIME_UNITS) else word
        for word, following in zip(text_words, [*text_words[1:], ""], strict=True)
    ]


_DETERMINERS = frozenset("the a an its their this that our".split())  # noqa: SIM905


def _describes(text_words: list[str], word: str) -> bool:
    """Is `word` an adjective here, between a determiner and a noun of its own ("the official list"), not a
    person ("which official planted …", "an official said", "the official who runs it")?"""
    return any(
        said == word and before in _DETERMINERS and following not in STOPWORDS and not following.endswith("ed")
        for before, said, following in zip(text_words, text_words[1:], text_words[2:], strict=False)
    )


_VIEW_OPENINGS = (("would", "you"), ("should", "i"), ("should", "we"), ("do", "you", "think"), ("in", "your"))


# "would you describe …?", "would you mind …?": a polite request, not a question about what qa would do
_REQUESTING = frozenset(
    "describe tell explain list give show say share summarise summarize outline mind please kindly like".split()  # noqa: SIM905
)


def _asks_a_view(text_words: list[str]) -> bool:
    """Does the question open by asking what qa (or the asker) would or should do, or thinks?"""
    if text_words[:2] == ["would", "you"] and text_words[2:3] and text_words[2] in _REQUESTING:
        return False
    return any(tuple(text_words[: len(opening)]) == opening for opening in _VIEW_OPENINGS) or (
        text_words[:4] == ["what", "do", "you", "think"]
    )


# "was 1.4 billion yuan a lot of money?", "is it a good use of money?": what something was, judged; not "did a
# lot of people come?" (a number) nor "good" or "lot" anywhere else
_JUDGED_AS_A = frozenset(("good", "bad", "lot"))
_NOT_FELT = frozenset(
    "look looks looked sound sounds sounded seem seems seemed would d if feel feels anything something nothing".split()  # noqa: SIM905
)
_DOING = frozenset(("do", "does", "did"))
_BE_ASKING = frozenset("is was are were".split())  # noqa: SIM905


def judges(word: str, text_words: list[str]) -> bool:
    """Does "worth", "too" or "well" judge here: "worth it", "too much", "well spent" (before a participle)? And
    "good", "bad" or "lot" after "a", said of the subject of "is/was … ?" ("was it a lot?")."""
    if word in FEELINGS:  # "do shoppers like Hechi products?", "is it fair?"; not "what does it look like?"
        return text_words[:1] == [] or (
            text_words[0] in (_DOING if word in _FELT else _BE_ASKING)
            and any(said == word and before not in _NOT_FELT for before, said in pairwise(text_words))
        )
    if word in _JUDGED_AS_A:
        return (
            text_words[:1] != []
            and text_words[0] in _BE_ASKING
            and any(
                at >= 2 and said == "a" and following == word
                for at, (said, following) in enumerate(pairwise(text_words))
            )
        )
    for said, following in pairwise(text_words):
        if said == word and (
            following in _JUDGING_BEFORE[word] if word in _JUDGING_BEFORE else following.endswith(("ed", "en", "nt"))
        ):
            return True
    return False


# "last week", "last season", "than last time": the latest such period, which is what a news fact reports
_RECENT_PERIODS = frozenset("week weekend month season summer winter spring autumn night time years".split())  # noqa: SIM905


def _most_recently(text_words: list[str]) -> bool:
    """ "when was the page last updated?", "how many came last season?": "last" before a participle or a period
    is the latest time, which a news fact is about, not another one ("last year" is a year: `rules.number`)."""
    return any(
        word == "last" and (following.endswith("ed") or following in _RECENT_PERIODS)
        for word, following in pairwise(text_words)
    )


def _remaining(text_words: list[str]) -> bool:
    for at, word in enumerate(text_words):
        if word == "left":
            before, after = text_words[at - 1 : at], text_words[at + 1 : at + 2]
            if (before and before[0] in _BEING) or not after or after[0] in ("over", "behind", "to", "in", "now"):
                return True
    return False


def asked_properties(shifters: frozenset[str], text_words: list[str]) -> frozenset[str]:
    """The shifting words that ask for something here: a choice asks its reason only in a why- or how-question
    ("why was Hechi chosen?", not "which city was chosen?"), and "founded" a founder only in a who-question
    ("who founded China Daily?", not "when was the pairing founded?"); "left" asks what remains only as that
    ("how many are left?", not "how many left poverty?"), and "last" another time unless it is the latest
    ("last updated")."""
    if _asks_a_view(text_words):  # "would you invest in Hechi?": what qa would do, which no fact says
        shifters = shifters | {"opinion"}
    if "still" in shifters and _still_doing(text_words):  # a fact saying it goes on ("is expanding") answers it
        shifters = (shifters - {"still"}) | {STILL_DOING}
    if "left" in shifters and not _remaining(text_words):
        shifters = shifters - {"left"}
    if "official" in shifters and _describes(text_words, "official"):  # "the official list": no person in charge
        shifters = shifters - {"official"}
    for word in (
        "worth",
        "too",
        "well",
        *_JUDGED_AS_A,
        *FEELINGS.intersection(shifters),
    ):  # "worth in US dollars", "as well as": no judgement
        if word in shifters and not judges(word, text_words):
            shifters = shifters - {word}
            if word == "worth":  # "how much is it worth?": its value
                shifters = shifters | {VALUE}
    if "last" in shifters and _most_recently(text_words):
        shifters = shifters - {"last"}
    if not shifters.isdisjoint(_STOPPING) and any(
        said in _STOPPING and then == "being" for said, then in pairwise(text_words)
    ):  # "how many villages stopped being poor?": how many got out, as the fact says
        shifters = shifters - _STOPPING
    for word in ("least", "most"):  # "how many were there at least?": an idiom, no ranking
        if word in shifters and any(said == "at" and then == word for said, then in pairwise(text_words)):
            shifters = shifters - {word}
    if "before" in shifters and _asks_predecessor(text_words):  # who held the post before someone
        shifters = (shifters - {"before"}) | {PREDECESSOR}
    for word in ("before", "after"):  # "… before we try it out": a clause, not another time asked about
        if word in shifters and any(
            said == word and following in _CLAUSE_SUBJECTS for said, following in pairwise(text_words)
        ):
            shifters = shifters - {word}
    if shifters.isdisjoint(_CHOICE) and "founded" not in shifters:
        return shifters
    opening = text_words[:3]
    unasked = set()
    how = "how" in opening and not {"many", "much"}.intersection(text_words[:4])  # "how many … did they pick"
    if "why" not in opening and not how:
        unasked.update(_CHOICE)
    if "who" not in opening:
        unasked.add("founded")
    return shifters.difference(unasked)


PLAIN_ENTRIES = 3  # a shifting word this many entries use (and …
PLAIN_SHARE = 0.1  # … this share of them) is plain content in that knowledge base, not a shift


def prepare(analysis: Analysis, index: Index) -> tuple[list[frozenset[str]], frozenset[str]]:
    """Per entry, the shifting words its texts use, each as one form of it (`same_word`; most entries use the
    same few: one set for each); and the words this knowledge base uses as plain content (release notes say
    "before" and "after" everywhere)."""
    shared: dict[frozenset[str], frozenset[str]] = {}
    used_by: dict[str, int] = {}
    entries = [frozenset(map(same_word, used)) for used in analysis.shifters]
    for used in entries:
        for word in used:
            used_by[word] = used_by.get(word, 0) + 1
    enough = max(PLAIN_ENTRIES, PLAIN_SHARE * len(entries))
    # (what goes on is said by many facts of a report, and is still no plain word of it)
    plain = frozenset(word for word, count in used_by.items() if count >= enough and word != STILL_DOING)
    return [shared.setdefault(used, used) for used in entries], plain


def same_word(word: str) -> str:
    """One form for all the forms of a shifting word: a question's "costing" is the "cost" a fact says."""
    return _forms().get(word, word)


@functools.cache
def _forms() -> dict[str, str]:
    by_stem: dict[str, list[str]] = {}
    for word in SHIFTERS:
        by_stem.setdefault(stem(word), []).append(word)
    forms = {word: min(forms, key=lambda form: (len(form), form)) for forms in by_stem.values() for word in forms}
    return forms | dict.fromkeys(_RATES, "per")  # "the yearly spend" asks a rate, which "a year" or "per" says


def judge(query: Query, index: Index) -> Judge | None:
    entry_shifters, plain = index.rule_data[RuleId.SHIFT]
    # each shifting word by its one form (`same_word`), to compare, and as the question says it, to show
    asked = {form: word for word in query.shifters if (form := same_word(word)) not in plain}
    if not asked:
        return None
    forms = frozenset(asked)

    def unused(position: int) -> frozenset[str] | None:
        said = entry_shifters[position]
        missing = frozenset(asked[form] for form in forms - said if WHOLE_SET not in said or form not in _REMAINING)
        if not _VIEWS.isdisjoint(missing):
            missing = missing | {A_VIEW}  # a judgement is doubted twice: it asks what the fact never gives
        return missing or None

    return unused


_VIEWS = JUDGEMENTS | FEELINGS
# "how much is the tenor bell worth?": a value in money, which a fact gives only with an amount of money or a
# price ("worth" that judges, "was it worth it?", is a view)
VALUE = "value"
_PRICED = frozenset(
    """$ € £ ¥ dollars dollar yuan euros euro pounds rmb usd value values valued valuation price prices priced cost
    costs costing worth sold""".split()  # noqa: SIM905
)
A_VIEW = "a view"  # the second doubt of a judgement ("too much?", "worth it?", "a success?")


def describe(words: tuple[str, ...]) -> str:
    if words == (PREDECESSOR,):  # a reading of "before", not a word the question says
        return "never says who came before"
    said = ", ".join(f"“{'worth' if word == VALUE else word}”" for word in words if word != A_VIEW)
    return f"never says {said}" + (" (a judgement: asks a view no fact gives)" if A_VIEW in words else "")


RULE = Rule(RuleId.SHIFT, 0.7, judge, describe, prepare=prepare, per_word=True)
