"""Follow-ups: a question that leans on the last answer ("and how many people?", "when was that?", "why?").

A question is read in context only when it is shaped like a follow-up (it opens with "and"/"what about", points
back with "it"/"that"/"they", or is a few words with no topic of its own) and, read alone, it is weak: refused
or ambiguous. A new question that stands on its own is never bent towards the old topic. In context:
- a question with a topic of its own ("and how many people?") keeps its own candidates, and the last answer's
  neighbours (the same evidence sentence, `related`, a shared tag) break the tie between them;
- a question with none ("when was that?", "who paid for it?", "why?") is asked of the last answer's topic;
- "tell me more" gives a neighbouring fact not yet given;
- "what other …?", "anything else …?" asks for another fact than the last one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from ..text import QUESTION_WORDS, STOPWORDS, LazyPattern, words

if TYPE_CHECKING:
    from ..model import Entry

_LEADS = LazyPattern(
    r"^\s*(?:and|also|plus|but|so|ok(?:ay)?|then)?\s*(?:what|how) about\b|^\s*(?:and|also|plus|but)\b"
    r"|^\s*(?:(?:tell|give|show) (?:me|us) )?more (?:about|on)\b",  # "tell me more about the labour side"
    re.IGNORECASE,
)
_POINTING = frozenset("it its that this they them those these there their then he she him her one ones".split())  # noqa: SIM905
_MORE = LazyPattern(
    r"^\s*(?:(?:can you |could you |please )?(?:tell me|say|give me|show me) (?:some(?:thing)? )?more"
    r"|more(?: please| info(?:rmation)?| details)?|go on|and\??|anything else|what else"
    r"|(?:and )?(?:what|anything) else(?: (?:is there|can you tell me|do you know))?"
    r"|(?:tell me|say) more(?: about (?:it|that|this))?|elaborate|details\??)"
    r"(?:\s*,?\s*(?:please|pls|plz|thanks|thx))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_SHORT = 4  # words of its own, not counting question words and stopwords: at most this many is elliptical
NEIGHBOUR_BONUS = {"evidence": 1.0, "related": 0.8, "tag": 0.5}


_BEYOND = LazyPattern(r"\b(?:other|others|else)\b", re.IGNORECASE)


def beyond_the_last(text: str) -> str | None:
    """ "what other areas do they work on?", "anything else to push sales?" just after an answer: "other" and
    "else" are relative to what was just said, so the question, without them, asks for another fact than the
    last one (read alone, they ask beyond every fact, and are doubted: `qa.rules.shift`). None when the question
    says neither."""
    if _BEYOND.search(text) is None:
        return None
    return re.sub(r"\s+", " ", _BEYOND.sub(" ", text)).strip()


_KIND_OF = LazyPattern(
    r"^\s*(?:and\s+)?(?:what|which)\s+(?:kind|kinds|type|types|sort|sorts)\s+of\s+(?P<thing>[\w-]+)"
    r"(?:\s+(?:is|are|was|were)\s+(?:it|they|that|this|those))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def asks_its_kind(text: str, answer: str, stem: Callable[[str], str]) -> bool:
    """ "what kind of certification?" just after "… hold Shenzhen quality certification …": the last answer
    says what kind, in the words it puts before the thing ("what kind of stage is it?" of "a new stage")."""
    asked = _KIND_OF.match(text)
    if asked is None:
        return False
    thing, said = stem(asked["thing"].casefold()), re.findall(r"[\w'-]+|[^\w\s]", answer)
    # a describing word before the thing ("quality certification", "new stage"); not a name ("Hechi products"),
    # a number or a word that says nothing; and the thing itself, not a word describing another ("job
    # opportunities" says what the opportunities are, not what kind of jobs)
    return any(
        stem(word.casefold()) == thing
        and at
        and said[at - 1].islower()
        and said[at - 1] not in STOPWORDS
        and (at + 1 == len(said) or not said[at + 1][0].isalnum() or said[at + 1].casefold() in STOPWORDS)
        for at, word in enumerate(said)
    )


# "from where?", "from which province?", "which province did they come from again?", "where are they from?"
_FROM_WHERE = LazyPattern(
    r"^\s*(?:and\s+|so\s+)?(?:from\s+(?:where|which\s+\w+|what\s+\w+)"
    r"|where\s+(?:did|do|does|were|was|are|is)\s+(?:they|it|those|these|that|them)\s+(?:come\s+)?from"
    r"|which\s+\w+\s+(?:did|do|does|were|was|are|is)\s+(?:they|it|those|these|that)\s+(?:come\s+)?from)\b",
    re.IGNORECASE,
)
_FROM_A_NAME = LazyPattern(r"\bfrom (?:the )?[A-Z]")


def asks_its_origin(text: str, answer: str) -> bool:
    """ "from which province?" just after "76 companies from Guangdong …": the last answer says where they come
    from, by name."""
    return bool(_FROM_WHERE.match(text)) and _FROM_A_NAME.search(answer) is not None


# "with whose help?", "who helped them?", "with the support of whom?", "who backed it?": who helped
_WHO_HELPED = LazyPattern(
    r"^\s*(?:(?:and|so|but|ok(?:ay)?)\s*,?\s*)?(?:(?:with|by|thanks to)\s+(?:whose|who'?s)\s+"
    r"(?:help|support|backing|aid|assistance)|who\s+(?:helped|supported|backed|assisted|aided)"
    r"(?:\s+(?:them|it|that|those|these|him|her|out))?|(?:with\s+)?(?:the\s+)?(?:help|support)\s+of\s+whom"
    r"|who\s+(?:was|were)\s+(?:behind|helping)\s+(?:it|that|them))\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "with Shenzhen's support", "with the help of Guangdong", "supported by the city": a helper, by name
_A_HELPER = LazyPattern(
    r"\b(?i:with (?:the )?(?:support|help|backing|aid|assistance) (?:of|from) (?:the )?)[A-Z]"
    r"|\b(?i:with) [A-Z][\w-]*(?: [A-Z][\w-]*)*'s? (?i:support|help|backing|aid|assistance)"
    r"|\b(?i:(?:supported|helped|backed|assisted|aided) by (?:the )?)[A-Z]"
)


def asks_its_helper(text: str, answer: str) -> bool:
    """ "with whose help?" just after "In 2020, with Shenzhen's support, all 10 counties …": the last answer
    names who helped."""
    return bool(_WHO_HELPED.match(text)) and _A_HELPER.search(answer) is not None


_HOW = LazyPattern(
    r"^\s*(?:(?:and|so|but|ok(?:ay)?)\s*,?\s*)?(?:how(?:\s+(?:exactly|so|then))?|in\s+what\s+ways?|by\s+what\s+means)"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "by training", "by means of", "through certification", "via", "using": a way ("owned by Ida Voss" is who)
_WAYS = LazyPattern(r"\bby\s+(?:\w+ing|means)\b|\b(?:through|via|using)\b", re.IGNORECASE)


def asks_how(text: str) -> bool:
    """ "how?", "how exactly?", "in what way?": the way the last fact came about, asked in no other words
    ("how come?" asks why)."""
    return bool(_HOW.match(text))


def says_how(answer: str) -> bool:
    """Does an answer say the way something is done ("by training", "through certification"), not only who did
    it ("owned by Ida Voss")?"""
    return bool(_WAYS.search(answer))


_DEMONSTRATIVE = LazyPattern(r"\b(?:that|this|those|these)\s+([a-z][\w-]*)", re.IGNORECASE)
# a name as an answer writes it: capitalised words, joined by spaces or hyphens ("Guangdong-Hong Kong-Macao
# Greater Bay Area")
_NAME = LazyPattern(r"[A-Z][\w'’]*(?:[- ][A-Z][\w'’]*)+")


def the_named(text: str, answer: str, same: Callable[[str, str], bool]) -> str | None:
    """ "what is that area?" just after "… transfers from the Guangdong-Hong Kong-Macao Greater Bay Area": "that
    area" is the name the last answer gave that ends in the word (or a word `same` as it: "that region"), so the
    question is asked of that name. None when the question points at no such name."""
    for pointed in _DEMONSTRATIVE.finditer(text):
        noun = pointed[1].casefold()
        for name in _NAME.findall(answer):
            if same(noun, re.split(r"[- ]", name)[-1].casefold()):
                return f"{text[: pointed.start()]}the {name}{text[pointed.end() :]}"
    return None


# "the labour one", "the industrial side", "the consumer part": one item of a list, picked by a word of it
_PICKED = LazyPattern(r"\bthe\s+([a-z][\w-]*)\s+(?:one|ones|side|part|bit|aspect|thing)\b", re.IGNORECASE)
_ITEM_BREAK = LazyPattern(r",\s*(?:and\s+)?|\s+and\s+|\s+-\s+|:\s*")


def the_item(text: str, answer: str, same: Callable[[str, str], bool]) -> str | None:
    """ "tell me more about the labour one" just after "… in these areas - industrial cooperation, labor
    cooperation, consumer assistance and …": the item of the last answer's list that has the word (or a word
    `same` as it), asked of as itself ("labor cooperation"). None when the question picks no such item."""
    picked = _PICKED.search(text)
    if picked is None:
        return None
    word = picked[1].casefold()
    items = [item.strip(" .") for item in _ITEM_BREAK.split(answer)]
    found = [item for item in items if any(same(word, said) for said in words(item))]
    return found[0] if len(found) == 1 and len(words(found[0])) <= _ITEM_WORDS else None


_ITEM_WORDS = 5  # "building rural vitalization demonstration areas": an item of a list is a few words


_AGAIN = LazyPattern(
    r"^\s*(?:sorry,?\s*|pardon,?\s*)?(?:"
    r"(?:(?:can|could|would) you |please )?(?:repeat|say|give me|tell me)"
    r"(?: (?:that|it|the answer|the last (?:one|answer)))?(?: again| once more)"
    r"|(?:(?:can|could|would) you |please )?repeat(?: (?:that|it|the answer|yourself))?"
    r"|come again|say again|what was that(?: again)?"
    r")(?:\s*,?\s*(?:please|pls|plz))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def asks_again(text: str) -> bool:
    """ "can you repeat that?", "say that again", "come again?": the last answer, once more."""
    return bool(_AGAIN.match(text))


def asks_for_more(text: str) -> bool:
    """ "tell me more", "go on", "what else?" """
    return bool(_MORE.match(text))


KIND_NOUNS = frozenset(
    """year years date dates day days month months time times period periods kind kinds type types name names
    aim aims goal goals purpose objective number numbers figure figures amount total""".split()  # noqa: SIM905
)


_ASKED_OF_IT = LazyPattern(
    r"^\s*(?:and |so |but |ok |okay )?(?:did|does|do|has|have|had|is|was|were|are|will|would|can|could) "
    r"(?:it|that|this|they|those|these)\b(?! (?:is|was|are|were|be)\b)",
    re.IGNORECASE,
)


# "when does it end?", "when did that start?", "where is it?": a question word, then a subject that points back
_ASKED_OF_IT_WHEN = LazyPattern(
    r"^\s*(?:and |so |but |ok |okay )?(?:(?:when|where|since when|till when|until when)\s+"
    r"(?:did|does|do|is|was|were|will|has|have)\s+(?:it|that|this|they|those|these)\b(?! (?:is|was|are|were|be)\b)"
    r"|(?:since|till|until|from|starting|beginning) when\s*[?.!]*\s*$)",  # "since when?", "starting when?"
    re.IGNORECASE,
)


def asks_when_of_the_last(text: str) -> bool:
    """ "when does it end?" just after a fact: when (or where) what was just said happens, which that fact
    answers when it gives a time (or a place), whatever another fact's words ("end") would answer alone."""
    return bool(_ASKED_OF_IT_WHEN.match(text))


def asks_of_the_last(text: str) -> bool:
    """A yes/no question whose subject points back ("did it help sales?", "and has that worked?"): it asks
    about what was just said, whatever another fact would answer read alone."""
    return bool(_ASKED_OF_IT.match(text))


def points_back(text: str) -> bool:
    """ "it", "that", "they": the question is about what was just said (not "there" in "are there", which
    only says something exists)."""
    said = words(text)
    if _POINTING.isdisjoint(said):
        return False
    return any(
        word in _POINTING and not _existential(said, at) and not _names_its_noun(said, at)
        for at, word in enumerate(said)
    )


_DETERMINERS = frozenset("this that these those".split())  # noqa: SIM905


def _names_its_noun(said: list[str], at: int) -> bool:
    """ "how old is this article?": "this" before a noun says what it means (the article), pointing at nothing
    said before; "when was that?" and "that one" still point back."""
    if said[at] not in _DETERMINERS or at + 1 >= len(said):
        return False
    following = said[at + 1]
    if at and said[at - 1] in _DO and (at + 2 == len(said) or said[at + 2] in STOPWORDS):
        return False  # "which years does that cover?": after "does", the verb of "that", not its noun
    if said[at] == "that" and at and said[at - 1] in _BE and at + 2 == len(said):
        return False  # "over what period was that given?", "when was that built?": what is said of "that"
    return following not in STOPWORDS and following not in _POINTING and following not in ("one", "ones")


_DO = frozenset(("do", "does", "did"))


_BE = frozenset("is are was were be been".split())  # noqa: SIM905


def _existential(said: list[str], at: int) -> bool:
    """ "how many parks are there", "were there any": "there" after or before a form of "be" points nowhere."""
    if said[at] != "there":
        return False
    return (at > 0 and said[at - 1] in _BE) or (at + 1 < len(said) and said[at + 1] in _BE)


_POSSESSIVE = LazyPattern(r"\b(?:its|their|his|her)\s+[a-z]", re.IGNORECASE)


def owned_by_the_last(text: str) -> bool:
    """ "what's their full name?", "how big is its budget?": a possessive that says whose, which is what was
    just talked about."""
    return _POSSESSIVE.search(text) is not None


def leans_back(text: str) -> bool:
    """Opens with "and"/"what about", or points back with "it"/"that"/"they": it says it follows on."""
    return bool(_LEADS.match(text)) or points_back(text)


def shaped_like_followup(text: str) -> bool:
    """Opens with "and"/"what about", points back, or says too little to stand alone."""
    said = words(text)
    if _LEADS.match(text) or _POINTING.intersection(said):
        return True
    own = [word for word in said if word not in STOPWORDS and word not in QUESTION_WORDS]
    return len(own) <= _SHORT and len(said) <= 7


def neighbourhood(last: Entry, other: Entry) -> float:
    """How near `other` is to the last answer's entry: the same evidence sentence, `related`, a shared tag."""
    if other.id == last.id:
        return 0.0
    if other.evidence == last.evidence:
        return NEIGHBOUR_BONUS["evidence"]
    if other.id in last.related or last.id in other.related:
        return NEIGHBOUR_BONUS["related"]
    if set(other.tags) & set(last.tags):
        return NEIGHBOUR_BONUS["tag"]
    return 0.0


def neighbours(last: Entry, entries: tuple[Entry, ...], given: Collection[str] = ()) -> list[Entry]:
    """The facts near the last answer, nearest first, leaving out those in `given`; among equals, in the order
    the last entry's `related` lists them (its author's order), then in the knowledge base's order."""
    near = [
        (nearness, entry) for entry in entries if entry.id not in given and (nearness := neighbourhood(last, entry)) > 0
    ]
    listed = {entry_id: at for at, entry_id in enumerate(last.related)}
    return [entry for _, entry in sorted(near, key=lambda pair: (-pair[0], listed.get(pair[1].id, len(listed))))]


def next_neighbour(last: Entry, given: set[str], entries: tuple[Entry, ...]) -> Entry | None:
    """The nearest fact to the last answer that has not been given yet ("tell me more")."""
    near = neighbours(last, entries, given)
    return near[0] if near else None


_WHAT_ARE_THEY = LazyPattern(r"^\s*(?:and\s+)?what(?=\s+(?:are|were|r)\s+(?:they|those|these)\b)", re.IGNORECASE)


def with_topic(text: str, last_phrasing: str) -> str:
    """A question with no topic of its own, asked of the last answer's: the pointing words replaced by it.
    "What were they?" asks which they were: asked of "how many projects …", it asks to name them."""
    topic = " ".join(word for word in words(last_phrasing) if word not in QUESTION_WORDS)
    return f"{without_pointing(_WHAT_ARE_THEY.sub('which', text))} {topic}?".strip()


def asked_of(text: str, last_phrasing: str) -> str:
    """A follow-up as a person can read it back, with the question it points at: "when was that? (of: How many
    industrial parks has Shenzhen helped build in Hechi?)"."""
    return f"{' '.join(text.split())} (of: {last_phrasing})"


def without_pointing(text: str) -> str:
    """The question without its pointing words and end marks: "when was that?" gives "when was"."""
    said = re.findall(r"[\w'-]+|[?!.]", text)
    # "worth it" is an idiom, a judgement, and not a pointing "it" (`qa.rules.shift.judges`)
    replaced = [
        word
        for at, word in enumerate(said)
        if word.casefold() not in _POINTING or (at and said[at - 1].casefold() == "worth")
    ]
    return " ".join(word for word in replaced if word not in "?!.").strip()
