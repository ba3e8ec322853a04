"""Two questions in one: "when did it start, and how many parks are there?", "how many villages and counties …?".

A question is split where a second question word follows "and" (or a second sentence starts), or where "how
many"/"how much"/"which" asks of two or three things joined by "and" ("how many villages and counties got out of
poverty?" asks of villages, then of counties). Whether the parts are asked separately is decided by the
answers (`qa.conversation`): a question one entry answers whole ("how many counties and districts were
covered?") stays one answer.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from ..answer import Kind
from ..text import STOPWORDS, LazyPattern

if TYPE_CHECKING:
    from ..answer import Answer

# a word that opens a question, wh- or yes/no (framing, clarify and the conversation read clauses with it too)
QUESTION_WORD = (
    r"(?:how|how's|hows|what|what's|whats|when|when's|where|where's|wheres|who|who's|whos|whom|whose|which|why|is|"
    r"are|was|were|did|does|do|can|has|have)"
)
# "… and is it free?" asks again; "… and is nervous about another fire" goes on about someone: a yes/no word after
# "and" starts a question only before what it asks about (a pronoun, an article, a number …)
_AUXILIARY = r"(?:is|are|was|were|did|does|do|can|has|have)"
_SUBJECT = (
    r"(?:it|that|this|these|those|they|there|he|she|we|you|i|the|a|an|any|all|its|their|his|her|our|my|your|some|"
    r"each|every|[0-9])"
)
_ASKS_AGAIN = r"(?:(?!" + _AUXILIARY + r"\b)" + QUESTION_WORD + r"\b|" + _AUXILIARY + r"\s+" + _SUBJECT + r")"
# "…, which got me thinking, how many …", "…, which is a bit niche. How many …?": "which" or "who" before a verb
# that tells, or in a sentence that ends with a full stop, goes on about what came before (a relative clause),
# where "…, which park is it?" asks
_RELATIVE = (
    r"(?:which|who)\s+(?:got|gets|made|makes|meant|means|sounds|sounded|seems|seemed|left|leaves|led|lives|lived|"
    r"works|worked|keeps|kept|gave|gives|took|takes|caused|causes|surprised|struck|reminded|brought|happened)\b|"
    r"(?:which|who)\b[^?,;]*[.!](?:\s|$)"
)
# ("n" is text-speak for "and": "how many projects were there n how many counties …?")
_JOINED = (
    r"\s*(?:[,;]\s*(?:and|but|also|n)?|\band\b|\balso\b|\bn\b|[+&])\s+(?=" + _ASKS_AGAIN + r")(?!" + _RELATIVE + r")"
)
_SENTENCES = r"(?<=[?])\s+(?=\w)"
# "how many villages and counties got out of poverty?": the asking words, two or three things, the rest
# ("and how many projects and parks?": the rest may be nothing, and a follow-up's "and" may lead)
_THINGS = (
    r"^(?P<lead>(?:and|so|also|plus)\s+)?(?P<ask>how many|how much|which|what)\s+"
    r"(?P<things>\w+(?:\s*,\s*\w+)*\s*,?\s+and\s+\w+)(?:\s+(?P<rest>[^?!.]+?))?(?P<end>\s*[?!.]*)\s*$"
)
# "how many industrial parks and certified products are there?": two things of two words each
_TWO_WORD_THINGS = (
    r"^(?P<lead>(?:and|so|also|plus)\s+)?(?P<ask>how many|how much|which|what)\s+"
    r"(?P<things>\w+\s+\w+\s+and\s+\w+\s+\w+)(?:\s+(?P<rest>[^?!.]+?))?(?P<end>\s*[?!.]*)\s*$"
)
_MINIMUM_WORDS = 2  # a part must ask something


def _two_word_things(text: str) -> re.Match[str] | None:
    """ "industrial parks and certified products": two names of things, each a word and a noun; not "people
    benefited and were trained", one question of what happened to them."""
    match = re.match(_TWO_WORD_THINGS, text, re.IGNORECASE)
    if match is None:
        return None
    said = re.findall(r"\w+", match["things"].casefold())
    del said[2]  # "and"
    nouns = said[1::2]
    if any(word in STOPWORDS for word in said) or any(word.endswith(("ed", "ing")) for word in nouns):
        return None
    return match


# "how is Shenzhen helping Hechi with jobs and with selling products?": a preposition said again before the second
_TWO_OBJECTS = (
    r"^(?P<asked>(?:how|what|when|where|who|which|why)\b.+?)\s+(?P<by>with|on|about|for|in|to|from)\s+"
    r"(?P<first>.+?),?\s+and\s+(?P=by)\s+(?P<second>.+)$"
)


def split(text: str) -> tuple[list[str], bool]:
    """The parts of a question, and whether each part was asked with its own question word (a strong split).
    One part: not compound."""
    lowered = text.casefold()
    joints = (" and ", ",", ";", " + ", " & ", " n ")
    if not any(joint in lowered for joint in joints) and "?" not in text.rstrip()[:-1]:
        return [text], False  # most questions: nothing joins two (and no pattern is compiled)
    sentences = re.split(_SENTENCES, text.strip())
    parts = [part for sentence in sentences for part in re.split(_JOINED, sentence, flags=re.IGNORECASE)]
    parts = [part.strip(" ,;") for part in parts if len(re.findall(r"\w+", part)) >= _MINIMUM_WORDS]
    if len(parts) > 1:
        return [parts[0], *(_with_counted(part, before) for before, part in itertools.pairwise(parts))], True
    match = re.match(_THINGS, text.strip(), re.IGNORECASE) or _two_word_things(text.strip())
    if match:
        things = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match["things"])
        if 1 < len(things) <= 3 and not _one_measure(things):
            lead, rest = match["lead"] or "", f" {match['rest']}" if match["rest"] else ""
            end = match["end"].strip()
            # "how many villages and when?": the when of what the first part asks, not a count of "when"
            return [
                f"{thing.casefold()} {rest.strip() or 'was that'}{end}"
                if thing.casefold() in _ASKS_OF_IT
                else f"{lead}{match['ask']} {thing}{rest}{end}"
                for thing in things
            ], False
    match = re.match(_TWO_OBJECTS, text.strip(), re.IGNORECASE)
    if match:  # "how is Shenzhen helping with jobs and with selling products?": one question of two things
        ending = match["second"][-1] if match["second"][-1] in "?!." else ""
        first = f"{match['asked']} {match['by']} {match['first']}{ending}"
        return [first, f"{match['asked']} {match['by']} {match['second']}"], False
    return [text], False


# Units that together give one amount: "how many hours and minutes did it last?" asks one length of time
_MEASURES = tuple(
    frozenset(units.split())
    for units in (
        "second seconds minute minutes min mins hour hours hr hrs day days week weeks month months year years",
        "pound pounds pence penny pennies dollar dollars cent cents euro euros yuan",
        "mile miles yard yards foot feet inch inches metre metres meter meters centimetre centimetres km kilometres",
        "tonne tonnes ton tons kilo kilos kilogram kilograms kg gram grams stone stones pound pounds ounce ounces",
    )
)


_ASKS_OF_IT = frozenset(("when", "where", "why"))


def _one_measure(things: list[str]) -> bool:
    """Are the things units of one measure, asked together as one amount (hours and minutes, pounds and pence)?"""
    said = {thing.casefold() for thing in things}
    return any(said <= units for units in _MEASURES)


# "how many people were lifted out, and how many were trained?": the second "how many" counts no noun of its own
_VERB = r"(?:were|was|are|is|did|do|does|have|has|had|got|get|will|would|can|could)"
_COUNTED_BEFORE = LazyPattern(r"\bhow many\s+(?P<noun>(?:\w+\s+){0,2}?\w+)\s+" + _VERB + r"\b", re.IGNORECASE)
_COUNTS_NOTHING = LazyPattern(r"^(?P<ask>how many)\s+(?=" + _VERB + r"\b)", re.IGNORECASE)


def _with_counted(part: str, before: str) -> str:
    """A part that asks "how many" of nothing ("how many were trained?") counts what the part before counted."""
    elided = _COUNTS_NOTHING.match(part)
    counted = _COUNTED_BEFORE.search(before) if elided else None
    if counted is None:
        return part
    return f"{elided['ask']} {counted['noun']} {part[elided.end() :]}"


def asks(part: str) -> bool:
    """Does this clause ask something (a question word in front, or a question mark)?"""
    return part.rstrip().endswith("?") or bool(re.match(QUESTION_WORD + r"\b", part.strip(), re.IGNORECASE))


def asks_what(part: str) -> bool:
    """Does the clause ask with a question word ("how many hospitals?"), not only a yes/no ("do you know?")?"""
    return bool(re.search(r"\b(?:how|what|whats|what's|when|where|who|whom|whose|which|why)\b", part, re.IGNORECASE))


# "… since like 2010. is that right?", "… true?": a check of a claim, which the question after it answers
_CHECKS_A_CLAIM = LazyPattern(
    r"(?:\b(?:is|was|are) (?:that|this|it|he|she|they)(?: actually| really| still)? (?:right|true|correct|so|close|"
    r"accurate|legit|real|genuine|a thing|the case|mentioned|said|happening|going ahead|going to happen|confirmed|"
    r"in there|in the article|in the piece|in it)\b[^?.!]{0,20}\s*\?*"
    r"|\b(?:does|did) (?:the article|the piece|the story|it) (?:say|mention|spell|cover|explain)(?: that| it| this)?"
    r"(?: out)?(?: anything)?(?: (?:on|about) (?:that|it|this))?\s*\?*"
    r"|(?:\bwho(?:'s| is)? (?:right|wins|correct)|\b(?:right|really|true|correct|accurate))\s*\?+"
    # a bare "was it?", "did i win?", "am i right?", or "was it 10 or 12?": whether the claim holds
    r"|^\s*(?:(?:is|was|were|are|did) (?:it|that|they)|did i win|am i (?:right|wrong)"
    r"|(?:is|was|were|are) (?:it|that|they) [^?.!]{1,25}\bor\b[^?.!]{1,25}"
    # "can you settle it?", "could you check that for me?": a request to check what was just said
    r"|(?:can|could|would|will) (?:you|u)(?: please)? (?:settle|check|confirm|verify|clear up|sort out|resolve)"
    r" (?:it|that|this|the argument|the debate|our argument|our debate|a bet|our bet)(?: for (?:me|us))?)\s*\?+)\s*$",
    re.IGNORECASE,
)


# "what's the real number?", "the exact figure?": words that ask whether a figure is so, naming nothing
CHECKING_WORDS = frozenset("actual actually real really exact exactly true correct precise official".split())  # noqa: SIM905


def checks_a_claim(part: str) -> bool:
    """Does the clause end by asking whether what it said is right ("… is that right?", "… true?")? Followed by
    a question ("when did it actually start?"), the answer to that one settles it: no part of its own."""
    return bool(_CHECKS_A_CLAIM.search(part))


def unanswered_part(part: Answer) -> str:
    """What qa says of a part it does not answer: which fact is meant, of a part that fits several ("For “how many
    people”: do you mean 1. …?"; it used to say the knowledge base does not say), else that it does not know."""
    if part.kind is Kind.CLARIFY and part.text:
        return f"For “{part.question.strip().rstrip('?.! ')}”: {part.text[:1].lower()}{part.text[1:]}"
    return unknown_part(part.question)


def unknown_part(part: str) -> str:
    """'I don't know how many hospitals were built: the knowledge base does not say.' for a part the knowledge
    base cannot answer; a part that is no plain "how many … were …" is quoted as asked, so it stays grammatical."""
    said = part.strip().rstrip("?.! ")
    if said[:1].isupper() and not said[:2].isupper():
        said = said[0].lower() + said[1:]
    # "how many hospitals were built" reads well after "I don't know"; "how much does it cost" would not
    plain = re.match(r"(?:how many|how much|when|where|who|which|why|what)\b", said) and not re.search(
        r"\b(?:do|does|did|will|would|can|could|should|is it|are they|is there|are there|was it|were they)\b"
        r"|^(?:when|where|who|why|what|how) (?:is|are|was|were)\b",  # "what is hechi" is no "what hechi is"
        said,
    )
    if plain:
        return f"I don't know {said}: the knowledge base does not say."
    return f"I don't know: “{said}?” The knowledge base does not say."
