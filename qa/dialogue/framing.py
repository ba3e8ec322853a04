"""Chatty framing: lead-ins, asides and politeness around a question ("Quick question,", "if you happen to know").

Unknown words cost a question confidence, which is how out-of-scope questions are refused; framing is not a
topic, so it is cut before matching and the question is judged on its core. A chatty question the knowledge
base cannot answer is still refused: its core asks what no entry says.
"""

from __future__ import annotations

import re

from ..text import LazyPattern
from .compound import QUESTION_WORD

# "in a nutshell, what is it about?", "… what is it about, in short?": how long an answer, not what it is about
_BRIEFLY = r"in (?:a|one|just one|a single) (?:nutshell|sentence|line|word)|in (?:a )?few words|in short|briefly"
_LEADS = [
    r"(?:hi|hiya|heya|hello|hey|howdy|ok(?:ay)?|so|well|alright|right|um+|uh+|oh|ah|yo|hm+|also|like)"
    r"(?: there| then| all)?"
    r"\s*[,!.:;-]?",
    r"good (?:morning|afternoon|evening|day)\s*[,!.:;-]?",
    r"(?:fine|fair(?: enough)?|cool|great|nice|sure|got it|i see|thanks|thank you|cheers)\s*[,!.:;-]",  # "fine. who …?"
    r"random(?:ly)?(?: question)?,? but",
    r"(?:quick|one|another|random|silly|dumb|simple|small) (?:question|one)\s*[,:;.!-]?(?:\s*but)?",
    r"just (?:checking|wondering|asking)(?: my notes(?: here)?)?",
    r"apologies(?: for [^,.?!-]*)?",
    r"sorry(?: to bother you| to ask| for asking| if this is (?:a |an )?(?:dumb|silly|stupid|basic|obvious|odd) "
    r"(?:question|one|ask))?\s*(?:,\s*)?(?:but)?",
    r"(?:excuse me|pardon me)\s*,?",
    # "this might be a dumb question but", "ok this is probably silly, but": a remark on the question itself
    r"(?:this|it)(?:'s| is)? (?:might |may |could |probably |prob )?(?:be |sound )?(?:like )?(?:a |an )?"
    r"(?:really |very |bit )?(?:dumb|silly|stupid|basic|obvious|odd|weird|naive)(?: (?:question|one|q))?"
    r"\s*(?:,\s*)?(?:but)?",
    r"i was (?:just )?(?:reading|looking|thinking)(?: up)?(?: about| into| at)? [^,?]*?(?:,? and)? (?:i )?"
    r"(?:wondered|was wondering|wonder|got curious|thought i'd ask)",
    r"i(?:'m| am) (?:just )?(?:curious|wondering|trying to (?:find out|figure out|understand))(?: about)?",
    r"(?:just )?(?:out of curiosity|curious)\s*,?",
    r"(?:i'm |i am )?(?:doing|writing|working on) (?:a|an|my|our) [^,?:-]*?(?:project|assignment|essay|report|"
    r"homework|piece|article|presentation|thesis|dissertation)(?: (?:on|about) [^,?:-]*)?"
    r"(?: (?:tomorrow|tmrw|tmr|2moro|today|tonight|this week|next week))?(?: and)?\s*[,:;-]?",
    r"for (?:a|my|our) (?:school |uni |university |class |college |homework |research |work )?"
    r"(?:project|assignment|essay|report|homework|class|presentation)[^,?]*?,?\s*"
    r"(?:i (?:need|have|want|must)(?: to (?:know|find out|find))?|can you tell me|do you know)?",
    r"(?:can|could|would) you (?:please )?(?:tell me|let me know|remind me|help me (?:find|understand))",
    r"(?:do|would) you (?:happen to )?know",
    r"i(?:'d| would) (?:like|love) to know",
    r"i (?:want|need|wanted|needed) to know",
    r"(?:please )?tell me",
    r"any idea",
    r"remind me",
    r"by any chance",
    r"roughly|approximately|exactly",
    r"please",
    _BRIEFLY,
]
_TAILS = [
    r"(?:if|do|would) you (?:happen to )?know",
    r"any idea",
    r"if you(?:'ve| have) got (?:that|the|this)(?: number| figure| info)?(?: to hand| handy)?",
    r"if you can",
    r"(?:can|could|would) you (?:please )?help(?: me)?(?: out)?",
    r"by any chance",
    r"(?:thanks|thank you|thx|ty)(?: in advance| so much| a lot)?",
    r"please|pls|plz",
    r"lol|lmao|haha",
    r"(?:i )?(?:think|guess)",
    r"just curious",
    r"roughly|approximately",
    r"or something",
    r"anyway",
    r"(?:are|r|is|were) (?:we|you) talking(?: about| here)?",  # "how many firms are we talking about?"
    r"(?:and |but )?(?:i(?:'ve| have)|i've got) no (?:clue|idea)",  # "… and i have no clue"
    _BRIEFLY,  # how
]
_LEAD = r"^\s*(?:(?:" + "|".join(_LEADS) + r")(?!\w)\s*[,!.:;-]*\s*)+"
_TAIL = r"(?:[\s,!.:;-]+(?:" + "|".join(_TAILS) + r"))+\s*([?!.]*)\s*$"
# "my grandma asked me how many …", "I heard about X and wonder where …": the question is the embedded one
_EMBEDDING = (
    r"^(?!\s*(?:how|what|when|where|who|which|why)\b)[^?]*?\b"
    r"(?:ask(?:s|ed|ing)?(?: me| us| him| her| them)?(?: to (?:explain|describe|say|tell (?:them|him|her|us)))?|"
    r"wonder(?:s|ed|ing)?|(?:(?:want(?:ed|s)?|need(?:ed|s)?)(?: to know)?|(?:like|love) to know)|curious|"
    r"find out|figure out|work out|tell me|remind me|know|(?:to |and )(?:check|confirm|see|learn|understand))"
    r"(?:\s+(?:roughly|approximately|exactly|precisely))?\s*[,:–—-]?\s+"
    r"(?=(?:how|what|when|where|who|which|why|whether|if)\b)"
)
_ASIDE = r"\s*\((?:[^()]*)\)\s*|\s*,\s*(?:by the way|btw|i think|i guess|i believe)\s*,\s*"
# "I'm trying to get my head around all this, so bear with me: how many …?", "… one day - is Shenzhen …?": a
# lead-in clause that asks nothing, cut at a colon or a dash before the question
_QUESTION_START = (
    r"(?:(?:in|on|at|for|from|by|to|with) (?:what|which|how)|how|what|what's|whats|when|where|who|which|why|is|are|"
    r"was|were|did|does|do|can|has|have)\b"
)
_LEAD_CLAUSE = r"^(?P<lead>[^?:]*?)(?::|\s[-–—]+)\s+(?=" + _QUESTION_START + ")"
# … or before a clause that leads to it ("My dad works near Hechi - he said there are new parks? how many …?")
_ANY_LEAD_CLAUSE = r"^(?P<lead>[^?:]*?)(?::|\s[-–—]+)\s+(?=\S)"
# The patterns stay strings, compiled by `re` (and kept in its cache) on first use: a plain question such as
# "How many parks are there?" is framed by nothing, and a one-shot answer does not pay to compile them.
_LEAD_WORDS = frozenset(
    """hi hiya heya hello hey howdy good fine fair cool great nice sure got thanks thank cheers ok okay so well alright
    right um umm uh oh ah yo hm hmm also like quick one another random
    silly dumb simple small sorry excuse pardon i i'm i'd for can could would do please tell any remind by roughly
    approximately exactly just out curious briefly""".split()  # noqa: SIM905
)
_BRIEF_WORDS = frozenset("nutshell short sentence line word words".split())  # noqa: SIM905
_FRAMED = LazyPattern(r"[a-z']+|\(|,")


_CLAUSE_BREAK = r"(?<=[.!?;])\s+|\s+[-–—]+\s+|,\s+"


def asking_clauses(text: str) -> list[str]:
    """The clauses of a line that ask something, when the line has more than one clause: "My dad works near
    Hechi - he said there are new industrial parks? how many did Shenzhen help build?" asks the last."""
    if not any(mark in text for mark in (". ", "? ", "! ", "; ", " - ", " – ", " — ", ", ")):
        return []
    clauses = [clause.strip() for clause in re.split(_CLAUSE_BREAK, text) if clause and clause.strip()]
    if len(clauses) < 2:
        return []
    asking = r"^(?:(?:but|and|so|also|then)\s+)?" + QUESTION_WORD + r"\b"  # "…, but how many voted for it?"
    ruled_out = r"^(?:not|rather than|instead of|except|excluding|other than)\b"  # "- not the districts covered?"
    return [
        clause
        for clause in clauses
        if (
            re.match(asking, re.sub(_EMBEDDING, "", clause, flags=re.IGNORECASE), re.IGNORECASE) or clause.endswith("?")
        )
        and not re.match(ruled_out, clause, re.IGNORECASE)
    ]


_ASKER = frozenset("i i'm im i've i'd me my we we're our us".split())  # noqa: SIM905


def _about_the_asker(lead: str) -> bool:
    """A lead-in about the one asking ("my shop might stock some of it one day"), asking nothing itself; not a
    clause that names what is asked about ("Hechi, Guangxi - how many parks …?")."""
    said = re.findall(r"[a-z']+", lead.casefold())
    return not _ASKER.isdisjoint(said) and not re.search(r"\b" + _QUESTION_START, lead, re.IGNORECASE)


def _tail_word(pieces: list[str]) -> bool:
    """Could the question end in framing ("… if you happen to know", "… lol", "… thanks")?"""
    return bool(pieces) and pieces[-1] in _TAIL_WORDS


_TAIL_WORDS = frozenset(
    """know idea help me out hand handy can chance thanks thank thx ty advance much lot please pls plz lol lmao
    haha think guess curious roughly approximately something anyway talking about here clue nutshell sentence
    line word words short briefly""".split()  # noqa: SIM905
)


# "my dad keeps telling everyone …": how often someone says a thing, not a word of what they say
_HABIT = LazyPattern(
    r"\b(?:keeps?|kept|still|always)\s+(?=(?:telling|saying|talking|going on|asking|insisting|claiming|banging on"
    r"|mentioning|bringing up|repeating)\b)",
    re.IGNORECASE,
)


def without_habit(text: str) -> str:
    """The text without the words that say how often someone says something ("keeps telling" → "telling"): a
    claim reported that way is about what was said, not about anything still going on."""
    return _HABIT.sub("", text)


# "my teacher said in class that …", "i bet her 5 bucks that …": who said a claim, and where, up to the claim
_REPORTED = LazyPattern(
    r"^.*?\b(?:said|says|say|saying|told|tells|telling|reckons?|reckoned|thinks?|thought|heard|hear|read|reading|"
    r"bet|betting|claims?|claimed|insists?|insisted|swears?|swore|believes?|believed)\b"
    r"(?:(?!\b(?:is|was|were|are|it)\b)[^,.?!]){0,40}?\bthat\s+",  # not "thinks it was 10 counties that …"
    re.IGNORECASE,
)
_CLAIM_END = LazyPattern(r"[,.;!?]\s")
_CLAIM_WORDS = 3  # a claim cut short at a comma keeps at least this many words


def claim(text: str) -> str:
    """What a reported claim says, without who said it or what the asker thinks of it ("my mom read somewhere
    that 765 thousand poor people got out of poverty, sounds made up to me" → "765 thousand poor people got out
    of poverty"); the text as it was when nothing reports a claim."""
    reported = _REPORTED.match(text)
    if reported is None:
        return text
    said = text[reported.end() :]
    end = _CLAIM_END.search(said + " ")
    if end is not None and len(said[: end.start()].split()) >= _CLAIM_WORDS:
        said = said[: end.start()]
    return said if len(said.split()) >= _CLAIM_WORDS else text


def strip(text: str) -> str:
    """The question without its framing; the text as it was when nothing is framing (or nothing would be left)."""
    lowered = text.casefold()
    pieces = _FRAMED.findall(lowered)
    if not pieces:
        return text
    framed = (
        pieces[0] in _LEAD_WORDS
        or "(" in pieces
        or "," in pieces
        or len(pieces) > 8
        or (pieces[0] == "in" and not _BRIEF_WORDS.isdisjoint(pieces[1:4]))  # "in a nutshell …", not "in which year"
    )
    core = text
    if framed:
        lead = re.match(_LEAD_CLAUSE, core, re.IGNORECASE)
        if lead is None and "?" in core:  # the clause after the lead-in leads to a question asked later
            lead = re.match(_ANY_LEAD_CLAUSE, core, re.IGNORECASE)
        if lead and _about_the_asker(lead["lead"]):
            core = core[lead.end() :]
        core = re.sub(_ASIDE, " ", core, flags=re.IGNORECASE)
        for _ in range(2):  # "… wondering if you could tell me how many …": the innermost question
            core = re.sub(_EMBEDDING, "", core, flags=re.IGNORECASE)
        core = re.sub(_LEAD, "", core, flags=re.IGNORECASE)
    core = re.sub(_TAIL, r"\1", core, flags=re.IGNORECASE).strip(" ,;:-") if _tail_word(pieces) else core
    if core is text:
        return text
    if len(re.findall(r"\w+", core)) < 2:
        return text
    return core
