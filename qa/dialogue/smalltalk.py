"""Small talk: a whole line that is a greeting, thanks, a goodbye, a question about qa itself, or "ok".

A line is small talk only when it is nothing else: every word is a small-talk word, a stopword or an everyday
word, or the line is one of the fixed questions about qa ("who are you?", "what can you do?"). "hello, what is
this article about?" is a question with a greeting in front (`split_greeting`), and "how did Shenzhen help?"
a question that happens to contain "help".
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable

from ..shorthand import SHORT_FORMS
from ..text import QUESTION_WORDS, REQUEST_VERBS, STOPWORDS, YES_NO_VERBS, LazyPattern, common_words, is_everyday


class Intent(enum.Enum):
    """What a line of small talk does; the values are the names a knowledge base's `smalltalk:` uses."""

    GOODBYE = "goodbye"
    THANKS = "thanks"
    GREETING = "greeting"
    IDENTITY = "identity"
    CAPABILITIES = "capabilities"
    HELP = "help"
    COMPLIMENT = "compliment"
    ACKNOWLEDGE = "acknowledge"


# words that make a line small talk, by what they do; a line with several takes the first intent in this order
_WORDS: dict[Intent, frozenset[str]] = {
    Intent.GOODBYE: frozenset("bye goodbye byebye cya ciao farewell later ttyl goodnight gnight nite".split()),  # noqa: SIM905
    Intent.THANKS: frozenset(
        "thanks thank thx ty thankyou cheers tks tnx appreciated ta gracias merci danke grazie obrigado arigato".split()  # noqa: SIM905
    ),
    Intent.GREETING: frozenset("hi hello hey hiya howdy yo greetings morning evening afternoon hallo heya".split()),  # noqa: SIM905
    Intent.HELP: frozenset(("help",)),
    Intent.COMPLIMENT: frozenset(
        "good great awesome perfect nice wow sweet brilliant excellent amazing lifesaver helpful wonderful gr8".split()  # noqa: SIM905
    ),
    Intent.ACKNOWLEDGE: frozenset(
        "ok okay k kk alright understood cool fine sure haha lol nvm whatever right gotcha noted hmm yes yeah".split()  # noqa: SIM905
    ),
}
_ANY_WORD = frozenset().union(*_WORDS.values())
_OF_IT = frozenset("it that this they those these he she there".split())  # noqa: SIM905
_ASKING = QUESTION_WORDS - {"much", "many", "whatever"}  # "thank you so much", "ok whatever" ask nothing
_GLUE = frozenset("bot qa there again so much very really lot bunch heaps one".split())  # noqa: SIM905
# fixed questions about qa itself (after lower-casing and dropping punctuation and a trailing "anyway")
_PHRASES: dict[Intent, tuple[str, ...]] = {
    Intent.IDENTITY: (
        "who are you",
        "what are you",
        "are you a bot",
        "are you a robot",
        "are you human",
        "are you a human",
        "are you a real person",
        "are you real",
        "are you an ai",
        "what is your name",
        "whats your name",
        "who made you",
        "who built you",
        "who created you",
        "who wrote you",
        "who programmed you",
    ),
    Intent.CAPABILITIES: (
        "what can you do",
        "what can i ask",
        "what can i ask you",
        "what do you know",
        "what do you know about",
        "what do you know about then",
        "what can you help me with",
        "what can you help with",
        "how does this work",
        "what topics do you know",
        "what topics",
        "what do you do",
    ),
    Intent.GREETING: (
        "how are you",
        "how are you doing",
        "hows it going",
        "how is it going",
        "nice to meet you",
        "good to meet you",
        "whats up",
        "sup",
    ),
    Intent.GOODBYE: (
        "see you",
        "see ya",
        "see you later",
        "im done",
        "that is all",
        "thats all",
        "good night",
        "night night",
    ),
    Intent.HELP: (
        "help me",
        "i need help",
        "can you help me",
        "can you help",
        # lost, rather than asking about the last answer: say how to ask ("OK." was no help)
        "i dont understand",
        "i do not understand",
        "i dont get it",
        "im confused",
        "i am confused",
        "im lost",
        "what do i type",
    ),
    # praise and nods whose second word a knowledge base may well use as a topic ("jobs", "goods", "work")
    Intent.COMPLIMENT: (
        "good job",
        "great job",
        "nice job",
        "good work",
        "great work",
        "nice work",
        "well done",
        "good stuff",
        "great stuff",
        "you rock",
        "youre the best",
        "love it",
    ),
    # what the last answer did for the asker ("this really helps"), whose verb a knowledge base may well use as a
    # topic (Shenzhen helps Hechi)
    Intent.THANKS: (
        "that helps",
        "this helps",
        "that really helps",
        "this really helps",
        "that helped",
        "this helped",
        "that really helped",
        "that was helpful",
        "this was helpful",
        "very helpful",
        "really helpful",
        "super helpful",
    ),
    Intent.ACKNOWLEDGE: (
        "fair enough",
        "no worries",
        "no problem",
        "got it",
        "makes sense",
        "i see",
        "sounds good",
        "all good",
        "never mind",
        "good to know",
    ),
}
_PHRASE_INTENT = {phrase: intent for intent, phrases in _PHRASES.items() for phrase in phrases}
_WORD = LazyPattern(r"[a-z0-9']+")
_TRAILING_WORDS = (" anyway", " then", " qa", " please")  # dropped from the end of a line before it is read
# a greeting or thanks in front of a question: "hello, what is this article about?", "thanks! and the parks?"
_LEADING = (
    r"^\s*(?:(?:hi|hello|hey|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening)|ok(?:ay)?|cool|great|"
    r"thanks|thank you|thx|ty|cheers|alright|right|so|well|sorry|oh|ah)(?: there| then| again| qa| bot)?[\s,!.:;-]+)+"
)
_LEADING_WORDS = frozenset(
    "hi hello hey hiya howdy yo greetings good ok okay cool great thanks thank thx ty cheers alright right so well sorry oh ah".split()  # noqa: E501, SIM905
)


def _normal(text: str) -> list[str]:
    """The words of a line, with text-speak read as the words it stands for ("what can u help me with")."""
    return [_SAID_AS.get(word, word) for word in _WORD.findall(text.casefold().replace("’", "'"))]


# "u", "ur", "r": one word each (`qa.shorthand`); "yo", a greeting, stands for nothing and is kept as typed
_SAID_AS = {short: long[0] for short, long in SHORT_FORMS.items() if len(long) == 1 and " " not in long[0]}


def own_lines(items: tuple) -> dict[str, Intent]:
    """A knowledge base's `smalltalk:` phrasings, normalised as `detect` reads a line, with their intents."""
    lines: dict[str, Intent] = {}
    for item in items:
        for line in item.phrasings:
            lines.setdefault(" ".join(word.replace("'", "") for word in _normal(line)), Intent(item.intent))
    return lines


def detect(
    text: str, own: dict[str, Intent] | None = None, topical: Callable[[str], bool] | None = None
) -> Intent | None:
    """The intent of a line that is small talk through and through, or None. `own`: the knowledge base's own
    small-talk lines (`own_lines`); `topical(word)`: does the knowledge base use this everyday word as a topic
    ("maximum fine" asks about the fine in a knowledge base that speaks of a maximum fine; "ok fine" does not)."""
    if text.count(" ") > 12:
        return None  # a long line is no small talk (and no pattern runs over it)
    found = _normal(text)
    if not found or len(found) > 10:
        return None
    joined = " ".join(word.replace("'", "") for word in found)
    if own and joined in own:
        return own[joined]
    joined = _without_trailing(joined)
    if joined in _PHRASE_INTENT:
        return _PHRASE_INTENT[joined]
    phrased = _phrase_after_greeting(found)  # "hi, what can you help me with?"
    if phrased is not None:
        return phrased
    if _asks_what_to_ask(found):  # "what kind of stuff can i ask you?", whatever "stuff" is to the knowledge base
        return Intent.CAPABILITIES
    if topical is not None and _CLAUSE_MARK.search(text):
        clauses = _social_clauses(text, own, topical)  # "great job, thanks", "thanks, that's what i needed"
        if clauses is not None:
            return clauses
    if not _ASKING.isdisjoint(found):
        return None  # "ok so when did it start": a question
    if len(found) > 1 and found[0] in YES_NO_VERBS and found[1] in _OF_IT:
        return None  # "did it help?", "is that good?": a question about what was said, not "help" or praise
    if len(found) > 2 and found[0] in YES_NO_VERBS and found[1] not in _ADDRESSED:
        return None  # "does central stay open later?", "is it open in the evening?": asks about the world
    if topical is not None and _social_close(text, found, topical):
        leaving = not _WORDS[Intent.GOODBYE].isdisjoint(found) or any(
            f" {phrase} " in f" {joined} " for phrase in _PHRASES[Intent.GOODBYE]
        )  # "thank you, good night" ends the chat
        return Intent.GOODBYE if leaving else Intent.THANKS
    keywords = [word for word in found if word in _ANY_WORD]
    if not keywords:
        return None
    if topical is not None and not any(map(topical, keywords)):
        topical = None  # "great stuff": no small-talk word of the line is a topic of the knowledge base
    everyday = common_words()
    for word in found:
        plain = word.replace("'", "")
        if (
            word in _ANY_WORD
            or word in _GLUE
            or plain in STOPWORDS
            or word in STOPWORDS
            or (plain in everyday and not (topical and topical(plain)))
            or _contraction(word)
        ):
            continue
        return None  # a word that is neither small talk nor glue: this line says something else
    for intent, words in _WORDS.items():
        if any(word in words for word in keywords):
            return intent
    return None


_ADDRESSED = frozenset("you your yourself yours u ur youre youve".split())  # noqa: SIM905
_FACT_ASKING = frozenset("when where which whose".split())  # noqa: SIM905
_HOW_FACT = frozenset("many much long far often old late early soon".split())  # noqa: SIM905
_MACHINE = frozenset("ai bot robot machine program computer chatbot assistant human person real".split())  # noqa: SIM905
_ABILITY = frozenset("can could do able help answer know ask questions topics".split())  # noqa: SIM905
_REACTION_WORDS = 4  # "neat", "you rock", "much obliged": a few words that ask nothing
_REMARK_WORDS = 8  # a longer remark that names nothing and asks nothing, about qa or about the one asking
_ASKER = frozenset("i id im ive me my we".split())  # noqa: SIM905
_ASKABLE = frozenset(("questions", "question", "things", "stuff"))
_PRAISE = _WORDS[Intent.COMPLIMENT] | frozenset("smart clever useful handy cool".split())  # noqa: SIM905
# words that only react to what was said ("wow thats impressive", "crazy"), never a topic: not everyday words,
# so a line of them would otherwise name something unknown and be refused
REACTIONS = frozenset(
    """impressive incredible crazy wild fascinating insane unbelievable surprising shocking remarkable astonishing
    astounding staggering mental whoa woah wowza yikes dang damn geez jeez gosh blimey omg wtf lmao""".split()  # noqa: SIM905
)


def only_reacts(word: str) -> bool:
    """A word that reacts or speaks to qa ("wow thats impressive", "smart for a bot"), or an everyday word: in a
    line that asks nothing, none names a topic unless the knowledge base asks about it."""
    return word in REACTIONS or word in _MACHINE or is_everyday(word)


def about_qa_or_reaction(text: str) -> Intent | None:
    """Small talk no list foresaw, for a line that names nothing the knowledge base knows (the caller checks):
    a question to qa itself ("who made you?", "is this an AI?" is identity; "what sort of questions can you
    answer?" is capabilities), or a short line that asks nothing ("neat", "much obliged"), an acknowledgement."""
    found = _normal(text)
    if not found:
        return None
    words = {word.replace("'", "") for word in found}
    asking = _ASKING.intersection(words) or _ASKING.intersection(word.removesuffix("s") for word in words)  # "whats"
    asks = text.rstrip().endswith("?") or bool(asking) or found[0] in ("is", "are", "am", "can")
    if asks:
        if found[0] in _FACT_ASKING or (found[0] == "how" and found[1:2] and found[1] in _HOW_FACT):
            return None  # "when are you open?", "where are you?": what the knowledge base may say, not qa
        addressed = not _ADDRESSED.isdisjoint(words) or ("this" in words and not _MACHINE.isdisjoint(words))
        if "ask" in words and not _ASKABLE.isdisjoint(words):
            return Intent.CAPABILITIES  # "what kind of questions can i ask?"
        if not addressed and _MACHINE.isdisjoint(words):
            return None
        return Intent.CAPABILITIES if not _ABILITY.isdisjoint(words) else Intent.IDENTITY
    if found[0] in REQUEST_VERBS:
        return Intent.CAPABILITIES  # "tell me everything", "give me some numbers": what there is to ask about
    if len(found) > _REMARK_WORDS:
        return None
    if not (_ADDRESSED | _MACHINE).isdisjoint(words):  # "you're pretty smart for a bot", "you're smart"
        return Intent.COMPLIMENT if not _PRAISE.isdisjoint(words) else Intent.ACKNOWLEDGE
    if len(found) <= _REACTION_WORDS:
        return Intent.ACKNOWLEDGE
    return Intent.ACKNOWLEDGE if not _ASKER.isdisjoint(words) else None  # "honestly i'd have guessed way fewer"


_KINDS = frozenset("kind kinds sort sorts type types".split())  # noqa: SIM905
_ASKING_QA = frozenset(("ask", "answer"))


def _asks_what_to_ask(found: list[str]) -> bool:
    """ "what kind of stuff can i ask you?", "what sort of questions can you answer?": what qa can be asked, in
    words that name nothing else (a question, a thing, a kind of it)."""
    if found[:1] != ["what"] or _ASKING_QA.isdisjoint(found) or (_ADDRESSED.isdisjoint(found) and "i" not in found):
        return False
    return all(
        word in STOPWORDS or word in _ASKABLE or word in _KINDS or word in _ASKING_QA or word in _ADDRESSED
        for word in found[1:]
    )


def _mid_sentence(title: str) -> str:
    """A title as it reads inside a sentence: "questions about the Golden Gate Bridge", not "about The Golden
    Gate Bridge" (an article that opens a title is lower case there)."""
    return re.sub(r"^(The|A|An) (?=\S)", lambda opening: opening[1].lower() + " ", title)


def _without_trailing(joined: str) -> str:
    """Words joined by single spaces without a trailing "anyway", "then", "qa" or "please"."""
    if joined.endswith(_TRAILING_WORDS):
        return re.sub(r"\s+(?:anyway|then|qa|please)$", "", joined)
    return joined


def _phrase_after_greeting(found: list[str]) -> Intent | None:
    """The intent of a fixed question about qa after greetings or nods ("hi, what can you help me with?",
    "haha ok. what can you do then?")."""
    for start in range(1, min(len(found), 4)):
        if found[start - 1] not in _ANY_WORD and found[start - 1] not in _LEADING_WORDS:
            return None
        rest = _without_trailing(" ".join(word.replace("'", "") for word in found[start:]))
        if rest in _PHRASE_INTENT:
            return _PHRASE_INTENT[rest]
    return None


_CLAUSE_MARK = LazyPattern(r"[,.!;]\s*\S")


def _social_clauses(text: str, own: dict[str, Intent] | None, topical: Callable[[str], bool]) -> Intent | None:
    """A line of clauses that are each small talk ("great job, thanks", "thanks mate, much appreciated"), or
    small talk with a remark that asks nothing and names nothing the knowledge base is about ("thanks, that's
    exactly what i needed", "thank you kindly, young machine"): its intent, a goodbye or thanks first. None when
    a clause asks ("thanks, when was that"), names a topic, or the line is a question ("great, and the parks?")."""
    if "?" in text:
        return None
    clauses = [clause for clause in re.split(r"[,.!;]+", text) if _normal(clause)]
    if len(clauses) < 2:
        return None
    intents: list[Intent] = []
    for clause in clauses:
        intent = detect(clause, own, topical)
        if intent is not None:
            intents.append(intent)
            continue
        said = _normal(clause)
        if said[0] in _ASKING or said[0] in YES_NO_VERBS or said[0] in REQUEST_VERBS:
            return None  # "thanks, when was that", "ok, tell me about the parks"
        glue = _ANY_WORD | STOPWORDS | _MODALS | _GLUE | QUESTION_WORDS  # "that's what i needed": no question
        if any(topical(word.replace("'", "")) for word in said if word not in glue and not _contraction(word)):
            return None
    if not intents:
        return None
    for leading in (Intent.GOODBYE, Intent.THANKS):
        if leading in intents:
            return leading
    return intents[0]


_CLOSE_WORDS = 7  # "thanks, ill tell her", "thank you, good night", "haha i win, thanks"


def _social_close(text: str, found: list[str], topical: Callable[[str], bool]) -> bool:
    """A short line of thanks or goodbye with a remark that asks nothing and names nothing the knowledge base is
    about ("thanks, ill tell her"): still thanks. "thanks, and the parks?" asks about the parks."""
    if len(found) > _CLOSE_WORDS or "?" in text:
        return False
    if _WORDS[Intent.THANKS].isdisjoint(found) and _WORDS[Intent.GOODBYE].isdisjoint(found):
        return False
    glue = _ANY_WORD | STOPWORDS | _MODALS
    return not any(topical(word) for word in found if word not in glue)


_MODALS = frozenset("will would shall should can could may might must".split())  # noqa: SIM905


def _contraction(word: str) -> bool:
    """ "that's", "you're", "she'll": a pronoun with a verb, glue either way."""
    head, _, tail = word.partition("'")
    return bool(tail) and (head in STOPWORDS or head in {"that", "you", "she", "he", "it", "i", "we", "they"})


def split_greeting(text: str) -> str:
    """The question after a greeting, thanks or "ok" in front of it ("hello, what is …?" gives "what is …?")."""
    first = _WORD.match(text.strip().casefold())
    if first is None or first.group() not in _LEADING_WORDS:
        return text  # most questions start with no greeting (and no pattern is compiled)
    match = re.match(_LEADING, text, re.IGNORECASE)
    if match is None or match.end() >= len(text):
        return text
    rest = text[match.end() :].strip()
    return rest if rest and detect(text[: match.end()]) is not None else text


def examples(kb, count: int = 3) -> list[str]:
    """A few example questions, from entries of different topics (each entry's first phrasing)."""
    chosen: list[str] = []
    seen_tags: set[str] = set()
    for entry in kb.entries:
        tags = set(entry.tags)
        if tags and tags <= seen_tags:
            continue
        seen_tags |= tags
        chosen.append(entry.questions[0])
        if len(chosen) == count:
            break
    return chosen


def topics(kb) -> list[str]:
    """The knowledge base's topics: the groups /topics lists, in its order (not "other", which names none)."""
    from ..model import topic_groups

    return [tag for tag, _ in topic_groups(kb.entries) if tag != "other"]


def reply(intent: Intent, kb) -> str:
    """What qa says to a line of small talk: the knowledge base's own reply for it, else a default written
    from the knowledge base's title, topics and phrasings."""
    for item in kb.data.smalltalk:  # the knowledge base's own reply wins
        if item.intent == intent.value:
            return item.reply
    from ..display import clean  # only to write a reply

    # the file's words, each cleaned before qa's own are put round them (an escape sequence left open in a
    # title must not take "You could ask" with it)
    title = _mid_sentence(clean(kb.title or "")) or "this knowledge base"
    asked = " ".join(f"“{clean(question)}”" for question in examples(kb, 2))
    listed = ", ".join(clean(topic) for topic in topics(kb)[:8])
    if intent is Intent.GREETING:
        return f"Hello! I answer questions about {title}. You could ask: {asked}"
    if intent is Intent.THANKS:
        return f"You're welcome. Ask me anything else about {title}."
    if intent is Intent.GOODBYE:
        return "Goodbye!"
    if intent is Intent.IDENTITY:
        return (
            f"I'm qa, a question-answering assistant. I answer from a knowledge base about {title}, "
            "and say so when it doesn't know."
        )
    if intent is Intent.CAPABILITIES:
        about = f" Topics: {listed}." if listed else ""
        return f"I answer questions about {title}.{about} For example: {asked}"
    if intent is Intent.HELP:
        return (
            f"I answer questions about {title}. Ask in your own words, for example {asked}; "
            "follow-ups like “and when was that?” work too. Type /help for the chat's commands."
        )
    if intent is Intent.COMPLIMENT:
        return "Thank you! Ask away."
    return "OK."
