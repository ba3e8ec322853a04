"""One turn of a conversation: small talk, a pick from the last list, framing, compound questions, follow-ups
and clarifying questions around the matcher (`KnowledgeBase._match`). `KnowledgeBase.ask` is a turn with no
context; a `Conversation` keeps a bounded context between turns, one per person.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from . import thesaurus
from .answer import Answer, Explanation, Kind, Suggestion
from .dialogue import choice, clarify, compound, framing, smalltalk
from .rules import RuleId
from .rules.kind import HOW_ADJECTIVES
from .text import QUESTION_WORDS, STOPWORDS, LazyPattern, cut_at_word, is_everyday, strip_escapes, words
from .tuning import LIMITS

if TYPE_CHECKING:
    from .knowledge_base import KnowledgeBase
    from .model import Entry

RECENT = 20  # facts remembered as given ("tell me more" does not repeat them): the context never grows past this


TERSE_PHRASING = 4  # words: a matched phrasing shorter than this is a keyword form, too terse to follow on from


class Context:
    """What a conversation remembers: the last fact, the last numbered list, the facts recently given.
    (A plain class, not a dataclass: the one-shot path imports this module and should not pay to make one.)"""

    __slots__ = ("choices", "clarifying", "doubted", "given", "last", "last_phrasing", "replying", "unanswered")

    def __init__(self) -> None:
        self.last: Entry | None = None
        self.last_phrasing = ""
        self.choices: tuple[str, ...] = ()
        self.clarifying = False  # the list is a clarifying question's, which a reply answers, not suggestions
        self.given: deque[str] = deque(maxlen=RECENT)
        self.unanswered = ""  # the topic words of the last question qa could not answer, until one is answered
        self.doubted: str | None = None  # … and the entry it was refused as a total of ("how many villages …?")
        self.replying = False  # the line replies to a clarifying question (read without its list)

    def without_choices(self) -> Context:
        """The same context with no numbered list to pick from."""
        other = Context()
        other.last, other.last_phrasing, other.doubted = self.last, self.last_phrasing, self.doubted
        other.given.extend(self.given)
        other.unanswered = self.unanswered
        other.replying = self.clarifying
        return other

    def remember(self, kb: KnowledgeBase, answer: Answer) -> None:
        if answer.kind is Kind.SMALLTALK:
            return
        facts = [part for part in answer.parts if part.entry_id] or ([answer] if answer.entry_id else [])
        for fact in facts:
            self.last = kb.entry(fact.entry_id)
            # the phrasing that matched, unless it is too terse to carry the topic ("how much money"): then the
            # entry's first, full question
            matched = fact.matched_question
            terse = not matched or len(matched.split()) < TERSE_PHRASING
            self.last_phrasing = self.last.questions[0] if terse else matched
            self.given.append(fact.entry_id)
        self.unanswered = "" if facts else _topic_words(kb, answer.question)
        # a total refused ("how many villages are there in Hechi?") stays refused when asked again in fewer words
        # ("how many were there?"), which lose the form that made it a total; other doubts come from words the
        # topic leaves out ("names", "next"), and a follow-up without them may well be answered
        totals = bool(answer.why and any(rule == RuleId.TOTAL.value for rule, _ in answer.why.doubts))
        self.doubted = answer.why.best_entry if not facts and totals else None
        # a compound's part that asked which fact was meant ("For “how many people”: do you mean 1. …?") is
        # answered by the next reply, as a clarifying question on its own is
        asked = next((part for part in answer.parts if part.kind is Kind.CLARIFY), answer)
        self.choices = tuple(s.entry_id for s in asked.suggestions)
        self.clarifying = asked.kind is Kind.CLARIFY


class Conversation:
    """One person's chat with a knowledge base: `ask` reads each line in the context of the last answers.

    Thread-safe (a lock per conversation); one knowledge base serves any number of conversations at once.
    """

    def __init__(self, kb: KnowledgeBase, threshold: float | None = None):
        import threading

        from . import knowledge_base

        if not isinstance(kb, knowledge_base.KnowledgeBase):
            raise TypeError(f"a Conversation is held with a KnowledgeBase (qa.load()), not {type(kb).__name__}")
        self._kb = kb
        self._threshold = kb.threshold if threshold is None else knowledge_base._checked(threshold)
        self._context = Context()
        self._lock = threading.Lock()

    @property
    def kb(self) -> KnowledgeBase:
        """The knowledge base this conversation is held with (read-only)."""
        return self._kb

    @property
    def threshold(self) -> float:
        """The threshold it was made with (read-only, as the knowledge base's is)."""
        return self._threshold

    def ask(self, text: str) -> Answer:
        with self._lock:
            limit = self.threshold
            last = self._context.last
            answer = respond(self.kb, text, limit, self._context)
            if (
                answer.kind is Kind.UNKNOWN
                and last is not None
                and any(s.entry_id == last.id for s in answer.suggestions)
            ):
                # "when was that?" refused after the parks: the parks fact was just given; offer the others
                answer = answer._replace(suggestions=tuple(s for s in answer.suggestions if s.entry_id != last.id))
            self._context.remember(self.kb, answer)
            return answer

    def reset(self) -> None:
        """Forget the context: the next question starts a new conversation."""
        with self._lock:
            self._context = Context()


def respond(kb: KnowledgeBase, text: str, limit: float, context: Context | None = None) -> Answer:
    """What qa says to one line: read up to `Limits.question_chars`, escape sequences taken out first (the
    answer keeps the question as it was asked)."""
    if not isinstance(text, str):
        raise TypeError(f"a question is a str, not {type(text).__name__}")
    cleaned = strip_escapes(cut_at_word(text, LIMITS.question_chars), " ")
    if cleaned[:2].lstrip()[:1] in ("n", "&") and _LEADING_AND.match(cleaned):  # "n ppl?": "and ppl?"
        cleaned = _LEADING_AND.sub("and ", cleaned, count=1)
    answer = _respond(kb, cleaned, limit, context)
    return answer if cleaned == text else answer._replace(question=text)


_WORD = re.compile(r"[^\W_]")  # a letter or a digit
# "n" or "&" opening a line is "and" typed short (`qa.shorthand`), which every follow-up pattern reads as "and"
_LEADING_AND = LazyPattern(r"^\s*(?:n|&)\s+(?=\S)", re.IGNORECASE)


def _respond(kb: KnowledgeBase, text: str, limit: float, context: Context | None) -> Answer:
    if not _WORD.search(text):  # a blank line, or one of NULs or marks, asks nothing, not "more of the same"
        return kb._match(text, limit)[0]
    if context is not None:
        from .dialogue import followup  # only a conversation reads follow-ups
    if context is not None and context.choices:
        picked = _picked(kb, text, context)
        if picked is not None and choice.asks_yes_or_no(text):
            # "is hechi also pulling in industry?" after a clarifying question: a question of its own, and a pick
            # from the list only when qa cannot answer it alone. After suggestions it asks again in other words,
            # which the list settles only where qa would ask back between the pick and others; a rewording qa
            # refuses ("is shenzhen helping hechi with jobs?") is no pick of the suggestion its words touch
            alone = _respond(kb, text, limit, context.without_choices())
            if alone.answered:
                return alone
            narrows = alone.kind is Kind.CLARIFY and picked.entry_id in {s.entry_id for s in alone.suggestions}
            return picked if context.clarifying or narrows else alone
        if picked is not None:
            return picked
    if context is not None and context.last is not None and followup.asks_again(text):
        last = context.last  # "can you repeat that?": the last fact, as it was given
        return kb._fact(last, text, 100.0, context.last_phrasing, understood=context.last_phrasing)
    intent = smalltalk.detect(text, kb._smalltalk_lines, kb.index.is_topic_word)
    if intent is None and not _has_content(kb, text, reacting=True) and not _asks_for_more(text):
        intent = smalltalk.about_qa_or_reaction(text)  # small talk no list foresaw?
    if intent is not None:
        return Answer(
            text, True, smalltalk.reply(intent, kb), None, 100.0, None, None,
            kind=Kind.SMALLTALK, ends_chat=intent is smalltalk.Intent.GOODBYE,
        )  # fmt: skip
    greeted = smalltalk.split_greeting(text)  # the line after a greeting in front of it
    core = framing.strip(greeted)
    if context is not None and context.last is not None and followup.asks_for_more(core):
        neighbour = followup.next_neighbour(context.last, set(context.given), kb.entries)
        if neighbour is not None:
            return kb._fact(neighbour, text, 100.0, neighbour.questions[0], understood=neighbour.questions[0])
        # nothing near the last fact that was not given: say so, and offer facts not given yet, rather than
        # give the same fact again
        given = set(context.given)
        fresh = [entry for entry in kb.entries if entry.id not in given][: kb.tuning.max_suggestions]
        suggestions = tuple(Suggestion(entry.id, entry.questions[0], 0.0) for entry in fresh)
        return Answer(text, False, None, None, 0.0, None, None, suggestions, kind=Kind.UNKNOWN)
    parts, strong = compound.split(core)
    if 1 < len(parts) <= LIMITS.compound_parts:  # "people? people? people? …" asks no five things
        answered = _compound(kb, text, core, parts, strong, limit, context)
        if answered is not None:
            return answered
    single = _single(kb, core, limit, context, greeted)
    # the framing may not have been framing, or a clause around the question may be ("my cousin works in
    # Shenzhen. Does Shenzhen offer jobs …?"): keep the reading that matches best (by score, so the threshold
    # only moves the line)
    readings = [single]
    if core != text:
        readings.append(_single(kb, text, limit, context))
    readings += _clause_readings(kb, core, limit, context)
    readings += _said_before(kb, core, limit, context)
    if core != text:  # "my cousin went to the training, i wonder how many went through it?": the framing cut
        readings += _said_before(kb, text, limit, context)  # away the clause the last one points back at
    best = max(readings, key=lambda answer: answer.score)  # the first of equals: the core, then the whole line
    return best if best.question == text else _as_asked(best, text)


def _clause_readings(kb: KnowledgeBase, core: str, limit: float, context: Context | None) -> list[Answer]:
    """Each clause of a line that asks something of its own, read alone ("my teacher said to use real numbers.
    this article is about hechi - how many people got labor training there??")."""
    # a clause that names something ("from 2021?"), not "what do i do?" nor a request tacked on ("names?")
    clauses = [
        clause
        for clause in framing.asking_clauses(core)
        if _has_content(kb, clause) and _own_topic(kb, kb.index.query(clause)) and not compound.checks_a_claim(clause)
    ]
    # a clause that points back ("…, if i wanted to read the original piece, where was it published?") points
    # at what its own line named, not at the last answer: read without the conversation
    return [_single(kb, framing.strip(clause), limit, _own_context(kb, clause, core, context)) for clause in clauses]


def _own_context(kb: KnowledgeBase, clause: str, line: str, context: Context | None) -> Context | None:
    """The context to read a clause of a line in: none when it points back ("it", "they") and the line names
    something before it ("if i wanted to read the original piece, where was it published?"), whose words it
    points at, not the last answer's; else the conversation's ("ok thanks, when was it built?")."""
    from .dialogue import followup

    if context is None or not followup.points_back(clause):
        return context
    return None if _topic_words(kb, line[: line.rfind(clause)]) else context


def _said_before(kb: KnowledgeBase, core: str, limit: float, context: Context | None) -> list[Answer]:
    """ "my uncle says the money was huge. how much was it really?": the last clause points back at what the
    line said before it, or names nothing of its own ("… built a bunch of parks, how many were there
    really?"), and is read with the earlier words' topic words (none of the asker's own words, nor a number
    someone claimed)."""
    from .dialogue import followup

    clauses = framing.asking_clauses(core)
    if not clauses:
        return []
    said = clauses[-1]
    last = framing.strip(said)  # "… things shenzhen organised, i wonder how many people went through them?"
    check = compound.checks_a_claim(last)  # "my teacher said it was 2 billion yuan. is that right?"
    if not compound.asks_what(last) and not check:
        return []  # not "could you give me them?" after "a list of all the projects": a request, asked whole
    if not (check or followup.points_back(last)) and (
        _has_content(kb, last, compound.CHECKING_WORDS) or _own_topic(kb, kb.index.query(last), compound.CHECKING_WORDS)
    ):
        return []  # it points back ("how much was it?") or names nothing at all ("how many were there really?")
    before = core[: core.rfind(said)]
    # "… still helps Hechi - why is that?": still; not the numbers someone claimed ("my uncle reckons it was a
    # billion yuan, what's the actual figure?"), which the question asks to check, not to match
    if check:  # what was claimed, not who claimed it where ("my teacher said in class that …")
        before = framing.claim(before)
    topic = _topic_words(kb, framing.without_habit(before), shifting=True, claimed=False)
    if not topic:
        return []
    if check:  # the claim is the question: is what it says so? The fact about it answers, either way
        return [_single(kb, f"{topic}?", limit, context)]
    asked = followup.without_pointing(last)
    readings = [_single(kb, f"{asked} {topic}?", limit, context)]
    if _GIST.match(last):  # "… sum up the article, honestly i havent read it, whats it about?": the gist of the
        # piece the line named, not of the asker's boss or of what a classmate claimed it was about
        named = [word for word in words(before) if word in _DOCUMENTS]
        readings += [_single(kb, f"what is the {word} about?", limit, context) for word in dict.fromkeys(named)]
    return readings


# what a knowledge base is written from: "the article", "this piece", "the headline"
_DOCUMENTS = frozenset("article articles story piece headline report news paper post".split())  # noqa: SIM905
# "what's it about?", "what is it really about?": the gist of one thing the line named
_GIST = LazyPattern(
    r"^\s*what(?:'?s| is| was)\s+(?:it|this|that)\s+(?:\w+ly\s+|even\s+|all\s+)?about\W*$", re.IGNORECASE
)


def _asks_for_more(text: str) -> bool:
    """ "tell me more", "go on": a request for another fact, never small talk (where nothing was said before,
    there is nothing more to say: "I don't know")."""
    from .dialogue import followup

    return followup.asks_for_more(text)


def _as_asked(answer: Answer, text: str) -> Answer:
    return answer._replace(question=text)


def _picked(kb: KnowledgeBase, text: str, context: Context) -> Answer | None:
    """A reply that picks from the last numbered list."""
    at = choice.by_position(text, len(context.choices))
    if at is None:
        positions = [kb._position(entry_id) for entry_id in context.choices]
        at = choice.by_description(kb.index, text, positions)
    if at is None and choice.is_a_number(text):  # "4" of three: the list stands, and is offered again
        entries = [kb.entry(entry_id) for entry_id in context.choices]
        return _asking_which(text, entries, [0.0] * len(entries), lead=f"Pick a number from 1 to {len(entries)}. ")
    if at is None:
        return None
    entry = kb.entry(context.choices[at])
    return kb._fact(entry, text, 100.0, entry.questions[0], understood=entry.questions[0])


def _single(kb: KnowledgeBase, text: str, limit: float, context: Context | None, line: str = "") -> Answer:
    """One question: answered, refused, clarified, or read as a follow-up (`line`: the whole line it was cut
    from, which may ask of a topic as a whole: "tell me about …")."""
    alone, scored, query = kb._match(text, limit)
    if alone.answered and not _own_topic(kb, query):
        # "where?", "how heavy?": nothing of its own to answer alone; the fact it matched is offered
        entry = kb.entry(alone.entry_id)
        offered = Suggestion(entry.id, entry.offered(alone.matched_question or ""), alone.score)
        alone = _refused(alone)._replace(suggestions=(offered, *alone.suggestions)[: kb.tuning.max_suggestions])
    elif alone.answered and context is not None and context.last is not None and _checks_the_last(text):
        alone = _refused(alone)  # "does the article say anything on that?": of what was just said, not the article
    # (a one-word reply to a clarifying question, "sessions", is not asked back about two entries it names)
    replying = context is not None and (context.clarifying or context.replying)
    ambiguous = clarify.candidates(kb.index, query, scored, line or text, pairs=not replying)
    if context is not None:
        from .dialogue import followup
    if (
        context is not None
        and context.last is not None
        and not alone.answered
        and (
            followup.asks_its_kind(text, context.last.answer, kb.index.analyzer.stem)
            or followup.asks_its_origin(text, context.last.answer)
            or followup.asks_its_helper(text, context.last.answer)
        )
    ):
        # "what kind of certification?" of the certification just named; "from where?"; "with whose help?"
        last = context.last
        return kb._fact(last, text, limit, context.last_phrasing, understood=context.last_phrasing)
    if context is not None and context.last is not None and not alone.answered:
        item = followup.the_item(text, context.last.answer, partial(_same_token, kb))
        if item is not None:  # "tell me more about the labour one": the labor cooperation the last answer listed
            reading, _, _ = kb._match(item, limit)
            if reading.answered and reading.entry_id != context.last.id:
                return reading._replace(question=text, understood=item)
        named = followup.the_named(text, context.last.answer, partial(_same_word, kb))
        if named is not None:  # "what is that area?": the area the last answer named
            reading, _, _ = kb._match(named, limit)
            if reading.answered:
                return reading._replace(question=text, understood=named)
        beyond = followup.beyond_the_last(text)
        if beyond is not None:
            reading, _, _ = kb._match(beyond, limit)
            other = kb.entry(reading.entry_id) if reading.answered else None
            # another fact near the last one ("what other areas …?" after labour cooperation): not a fact that
            # only the words left over reach ("any other city in Guangxi?" asks beyond the article)
            if other is not None and followup.neighbourhood(context.last, other) > 0:
                return reading._replace(question=text, understood=reading.matched_question)
    if (
        context is not None
        and context.last is not None
        and (not alone.answered or ambiguous)
        and followup.shaped_like_followup(text)
    ):
        in_context = _in_context(kb, text, limit, context, alone, scored, query)
        if in_context is not None:
            return in_context
    elif (
        context is not None
        and context.last is not None
        and alone.entry_id not in (None, context.last.id)
        and (
            followup.asks_of_the_last(text)
            or followup.asks_when_of_the_last(text)
            or (followup.points_back(text) and followup.shaped_like_followup(text))
        )
    ):
        # "did it help sales?" after "… certification, which has boosted sales": "it" is the certification, and
        # its fact answers; the consumer-assistance fact that answers the words read alone is not about it.
        # "when were they built?" after the parks: about the parks, whose fact gives no date; another fact
        # that has "when" and "build" (the pairing's start) is no answer to it
        # ("how many views did it get?" after the Greater Bay Area's name is about the article: the last fact
        # never says "views", so the question is not about it)
        # read with the phrasing the last answer matched, or, where that phrasing never names what the fact is
        # about ("what has Shenzhen built in Hechi?" of the parks), with the fact's first phrasing
        for phrasing in dict.fromkeys((context.last_phrasing, context.last.questions[0])):
            asked = followup.with_topic(text, phrasing)
            reading, _, _ = kb._match(asked, limit)
            if reading.why.best_entry == context.last.id:
                break
        about_it = reading.answered and reading.entry_id == context.last.id and not reading.why.doubts
        if about_it and (
            followup.asks_when_of_the_last(text)
            or (followup.asks_of_the_last(text) and _says_own_words(kb, reading.entry_id, query, every=False))
        ):
            return reading._replace(question=text, understood=reading.matched_question)
        # (everyday words count here: "when is it open?" after a swim's price is no question about the price)
        about_the_last = _says_own_words(kb, context.last.id, query, everyday=True)
        if about_the_last and reading.why.best_entry == context.last.id and reading.why.doubts:
            return _refused(alone)._replace(understood=asked)
        if followup.owned_by_the_last(text) and not followup.neighbourhood(context.last, kb.entry(alone.entry_id)):
            # "what's their full name?" after the editor's initials: the editor's, which no fact gives; not the
            # Greater Bay Area's, which the words alone reach. A fact far from the last one is about another thing
            return _refused(alone)._replace(understood=asked)
    if context is not None and context.unanswered and not alone.answered and followup.shaped_like_followup(text):
        # "which companies invested? names please" (refused), then "how many were there at least?": asked of
        # what the last question was about
        asked = f"{followup.without_pointing(text)} {context.unanswered}"
        answer, _, _ = kb._match(asked, limit)
        if answer.answered and not answer.why.doubts and answer.entry_id != context.doubted:
            return answer._replace(question=text, understood=answer.matched_question)
    if ambiguous:
        match = {s.position: s.score for s in scored}
        entries = [kb.entries[position] for position in ambiguous]
        return _asking_which(text, entries, [match[position] for position in ambiguous], alone.score, alone.why)
    return alone


def _asking_which(
    text: str, entries: list[Entry], scores: list[float], score: float = 0.0, why: Explanation | None = None,
    lead: str = "",
) -> Answer:  # fmt: skip
    """A clarifying question naming the entries ("Do you mean 1. …, or 2. …?"), which a reply then picks from."""
    suggestions = tuple(
        Suggestion(entry.id, clarify.label(entry), match) for entry, match in zip(entries, scores, strict=True)
    )
    asked = lead + clarify.question(entries)
    why = Explanation() if why is None else why
    return Answer(text, False, asked, None, score, None, None, suggestions, why, kind=Kind.CLARIFY)


def _same_token(kb: KnowledgeBase, word: str, other: str) -> bool:
    """The same word as the knowledge base reads it: its synonyms table's too ("labour" of "labor")."""
    tokens = kb.index.analyzer.tokens
    return _same_word(kb, word, other) or tokens(word) == tokens(other)


def _same_word(kb: KnowledgeBase, word: str, other: str) -> bool:
    """The same word, or one of its general synonyms ("region" of "area")."""
    stem = kb.index.analyzer.stem
    return stem(word) == stem(other) or thesaurus.synonymous(word, stem(other))


def _in_context(kb, text, limit, context, alone, scored, query) -> Answer | None:
    """The follow-up read against the last answer (see `qa.dialogue.followup`)."""
    from .dialogue import followup

    own_topic = _own_topic(kb, query)
    last = context.last
    # "when was that?", "who built them?", "in what way?": the last topic; not "parks" of a knowledge base that
    # never says parks, which names a topic of its own, one the last answer is not about
    strange = any(item.token is None and not is_everyday(item.typed) for item in query.tokens)
    if (not own_topic and not strange) or followup.points_back(text) or followup.asks_how(text):
        asked = followup.with_topic(text, context.last_phrasing)
        answer, in_turn, _ = kb._match(asked, limit)
        if answer.entry_id == last.id and followup.asks_how(text) and not followup.says_how(last.answer):
            return _the_way(kb, text, limit, last, in_turn, answer)
        if answer.answered and (answer.why.doubts or _kind_unmet(kb, text, answer.entry_id)):
            answer = _refused(answer)  # "where are they?" of a fact that never says where, "one of them?" of a count
        # "and how many of them escaped poverty?" after the counties covered: the last topic answers only if
        # its entry says the question's own words too; else a neighbour may (below)
        strays = own_topic and answer.answered and not _says_own_words(kb, answer.entry_id, query)
        if (answer.answered or not own_topic) and not strays:
            # refused: what it was asked of, in the words the person saw ("when was that? (of: How many industrial
            # parks …?)"), not the matcher's reading, which is no sentence
            shown = answer.matched_question if answer.answered else followup.asked_of(text, context.last_phrasing)
            return answer._replace(question=text, understood=shown)
    if query.counted and query.counted <= _answer_counts(kb, last) - _counts(kb, context.last_phrasing):
        # "how many companies?" just after "51 products from 32 companies …": vague alone, but the fact just
        # given counts it, and answers it when asked of its topic with no doubt (not a count just asked for:
        # "how many people?" again, after the people lifted out of poverty, asks which others)
        asked = followup.with_topic(text, context.last_phrasing)
        answer, _, _ = kb._match(asked, limit)
        if answer.answered and answer.entry_id == last.id and not answer.why.doubts:
            return answer._replace(question=text, understood=answer.matched_question)
    if own_topic:
        # a topic of its own: only a question that says it follows on is read against the last answer, and
        # then the last answer's nearest neighbour among the close candidates wins ("and how many people?")
        if not scored or not followup.leans_back(text):
            return None
        near = [s for s in scored[:3] if scored[0].score - s.score <= kb.tuning.clarify_margin * 2]
        nearness = [followup.neighbourhood(last, kb.entries[s.position]) for s in near]
        best = max(range(len(near)), key=lambda at: (nearness[at], near[at].score))
        if nearness[best] <= 0 or sum(value == nearness[best] for value in nearness) > 1:
            return None
        chosen = near[best]
        boosted = min(chosen.score + kb.tuning.followup_bonus * nearness[best], 100.0)
        if boosted < limit:
            return None
        why = alone.why._replace(best_entry=kb.entries[chosen.position].id, best_score=boosted)
        return kb._fact(
            kb.entries[chosen.position], text, boosted, chosen.phrasing, understood=chosen.phrasing, why=why
        )


def _checks_the_last(text: str) -> bool:
    """A line that only checks what was just said ("is that in the article?", "does the article say anything on
    that?"): the article it names is where to look, not what it asks about."""
    from .dialogue import followup

    return compound.checks_a_claim(text) and followup.points_back(text)


def _kind_unmet(kb: KnowledgeBase, text: str, entry_id: str) -> bool:
    """Does the question ask a kind of thing the entry never gives? The reading with the last topic drops the
    pointing words, and with them what "is her rice one of them?" asks: whether it is among those named."""
    from .rules.kind import read_asks, unanswered

    asks = read_asks(words(text))
    return bool(asks) and bool(unanswered(kb.index.rule_data[RuleId.KIND], kb._position(entry_id), asks))


def _the_way(kb: KnowledgeBase, text: str, limit: float, last: Entry, scored, answer: Answer) -> Answer:
    """ "how?" of a fact that never says how ("Shenzhen is deepening its assistance in promoting the sales"):
    the neighbouring fact that best answers it ("… certification, which has boosted sales"), else "I don't
    know", suggesting the neighbours."""
    from .dialogue import followup

    near = [s for s in scored[1:] if followup.neighbourhood(last, kb.entries[s.position]) > 0]
    if near and near[0].score >= limit and not near[0].doubts:
        entry = kb.entries[near[0].position]
        return kb._fact(entry, text, near[0].score, near[0].phrasing, understood=near[0].phrasing)
    suggested = [
        Suggestion(kb.entries[s.position].id, kb.entries[s.position].offered(s.phrasing), s.score) for s in near
    ]
    if not suggested:  # no neighbour matches "how" at all: the nearest ones, as "tell me more" would give them
        suggested = [Suggestion(entry.id, entry.questions[0], 0.0) for entry in followup.neighbours(last, kb.entries)]
    suggestions = tuple(suggested[: kb.tuning.max_suggestions])
    score = near[0].score if near else 0.0  # how well the best other fact answers it, not the one just given
    return _refused(answer)._replace(question=text, suggestions=suggestions, score=score)


def _answer_counts(kb: KnowledgeBase, entry: Entry) -> set[str]:
    """What an entry's answer counts: the words after its numbers ("51 products from 32 companies")."""
    from .rules.count import answer_counted_spans

    return _spanned(kb, words(entry.answer), answer_counted_spans)


def _counts(kb: KnowledgeBase, question: str) -> set[str]:
    """What a question counts, all its words ("how many registered poor people …": people too)."""
    from .rules.count import ANSWER_COUNTED_WORDS, counted_spans

    return _spanned(kb, words(question), lambda said: counted_spans(said, ANSWER_COUNTED_WORDS))


def _spanned(kb: KnowledgeBase, said: list[str], spans: Callable[[list[str]], list[tuple[int, int]]]) -> set[str]:
    tokens_of = kb.index.analyzer.tokens_of
    return {token for start, length in spans(said) for token in tokens_of(said[start : start + length])}


def _says_own_words(kb: KnowledgeBase, entry_id: str, query, *, every: bool = True, everyday: bool = False) -> bool:
    """Does the entry's phrasings or answer say every topic word the question brings of its own (not its
    question words, kinds of thing or, unless `everyday`, everyday words: "when did that happen?" brings none)?
    With `every` false: does it say at least one of them?"""
    from .dialogue import followup

    bag = kb.index.entry_tokens[kb._position(entry_id)]
    question_words, said = kb.index.question_words, kb.tuning.answer_factor
    return (all if every else any)(
        item.token in bag and bag[item.token] >= said  # (an `answer_factor` of 0 still says no absent word)
        for item in query.tokens
        if item.token is not None
        and item.token not in question_words
        and item.typed not in followup.KIND_NOUNS
        and (everyday or not is_everyday(item.typed))
    )


_MAGNITUDES = frozenset("hundred thousand million billion trillion".split())  # noqa: SIM905


def _topic_words(kb: KnowledgeBase, text: str, *, shifting: bool = False, claimed: bool = True) -> str:
    """The words of a question that say what it is about, as typed: known to the knowledge base, and no
    question word, kind of thing, word of asking ("names") or (unless `shifting`) word that shifts it ("next");
    nor, unless `claimed`, a number written in it ("a billion yuan"; "next year" read as a year stays)."""
    from .dialogue import followup
    from .rules.kind import INTENT_WORDS, SPEECH_VERBS

    query = kb.index.query(text)
    question_words = kb.index.question_words
    said = () if claimed else words(text)  # a number as written, not a year read from "next year"
    return " ".join(
        item.typed
        for item in query.tokens
        if item.token is not None
        and item.token not in question_words
        and item.typed not in followup.KIND_NOUNS
        and item.typed not in INTENT_WORDS
        and item.typed not in SPEECH_VERBS
        and (shifting or item.typed not in query.shifters)
        and (claimed or not ((item.typed[:1].isdigit() or item.typed in _MAGNITUDES) and item.typed in said))
    )


def _refused(answer: Answer) -> Answer:
    """The same reading, said as "I don't know" (its suggestions and /why kept)."""
    return Answer(
        answer.question, False, None, None, answer.score, None, None, answer.suggestions, answer.why, Kind.UNKNOWN
    )


def _own_topic(kb: KnowledgeBase, query, ignoring: frozenset[str] = frozenset()) -> bool:
    """Does the question name a topic of its own, beyond question words, kinds of thing ("when", "year") and the
    words `ignoring`?"""
    from .dialogue import followup

    question_words = kb.index.question_words
    return any(
        item.token is not None
        and item.token not in question_words
        and item.typed not in followup.KIND_NOUNS
        and item.typed not in ignoring
        and not (item.typed in HOW_ADJECTIVES and before == "how")  # "over how long?" names nothing
        for before, item in zip(("", *(item.typed for item in query.tokens)), query.tokens, strict=False)
    )


def _refers_back(kb: KnowledgeBase, part: str) -> bool:
    """A part that points back ("… who built them?") or names nothing of its own ("… how many were there?")."""
    from .dialogue import followup

    own_topic = _own_topic(kb, kb.index.query(part))
    said = words(part)
    if (
        own_topic
        and not _PLACE_OR_TIME.isdisjoint(said)
        and not followup.points_back(" ".join(word for word in said if word not in _PLACE_OR_TIME))
    ):
        return False  # "… and how many companies invested there": the place the line named, not its last fact
    return followup.points_back(part) or not own_topic


_PLACE_OR_TIME = frozenset(("there", "then"))


def _has_content(
    kb: KnowledgeBase, text: str, ignoring: frozenset[str] = frozenset(), *, reacting: bool = False
) -> bool:
    """Does the text name anything at all, known to the knowledge base or not ("is there wifi?"), beyond question
    words, everyday glue ("do you know?") and the words `ignoring`? When `reacting`, a word that only reacts
    ("wow thats impressive") names nothing either, unless the knowledge base asks about it ("crazy golf")."""
    from .dialogue import followup

    stem, known, asking = kb.index.analyzer.stem, kb.index.known_stems, kb.index.question_words
    return any(
        word not in STOPWORDS
        and word not in QUESTION_WORDS
        and word not in followup.KIND_NOUNS
        and word not in ignoring
        and stem(word) not in asking  # "whats"
        and (stem(word) in known or not is_everyday(word))
        and not (reacting and smalltalk.only_reacts(word) and not kb.index.is_topic_word(word))
        for word in words(text)
    )


def _compound(kb, text, core, parts, strong, limit, context) -> Answer | None:
    """Each part answered in order, or None when the question is one question after all."""
    from .dialogue import followup

    answers: list[Answer] = []
    for part in parts:
        answer = _single(kb, part, limit, context)
        asked_before = bool(answers) and compound.asks(parts[len(answers) - 1])  # "I'm on 2.4.2, is that …?"
        previous = (answers[-1].entry_id or answers[-1].why.best_entry) if asked_before else None
        unknown_before = asked_before and answers[-1].kind is Kind.UNKNOWN
        if unknown_before and not compound.checks_a_claim(parts[len(answers) - 1]) and followup.points_back(part):
            answer = _refused(answer)  # "is there a cafe and when is it open?": "it" is something unknown
        elif previous is not None and _refers_back(kb, part):
            # "how much is the day pass and when can I buy it?": "it" is what the part before was about, and
            # only that ("how many parks are there, and who built them?" is not asking who began the pairing).
            # The reading is chosen at the knowledge base's own threshold, whatever the one asked with, which
            # only moves the line.
            before = Context()
            before.last = kb.entry(previous)
            before.last_phrasing = answers[-1].matched_question or before.last.questions[0]
            reference = kb.tuning.threshold
            in_context = _in_context(kb, part, reference, before, *kb._match(part, reference))
            if in_context is None or not in_context.answered:
                answer = _refused(answer)
            else:
                answer = in_context if in_context.score >= limit else _refused(in_context)
        answers.append(answer)
    # a clause that asks nothing ("For my economics class", "hmm I keep forgetting") is framing, not a part
    # a clause that asks nothing ("For my economics class", "do you know?") is framing, not a part
    kept = [
        (part, answer)
        for at, (part, answer) in enumerate(zip(parts, answers, strict=True))
        if compound.asks(part)
        and (compound.asks_what(part) or _has_content(kb, part))
        and not (at < len(parts) - 1 and compound.checks_a_claim(part))  # "… is that right? when did it start?"
    ]
    if not kept:
        return None
    if len(kept) == 1:  # one question in its framing: asked alone, unless the whole line matches better, or
        # the question points at what the framing named ("… this article, what's it actually about?")
        whole = _single(kb, core, limit, context)
        part, answer = kept[0]
        # "… the original piece, where was it published?": the part points at what the line named before it
        if _own_context(kb, part, core, context) is not context:
            answer = _single(kb, part, limit, None)
        # (a check of the claim before it asks nothing of its own: "… 817 villages, is that in the article?")
        readings = [
            *([] if compound.checks_a_claim(part) else [answer, *_clause_readings(kb, part, limit, context)]),
            *_said_before(kb, core, limit, context),
        ]
        if not readings:
            return whole
        best = max(readings, key=lambda answer: answer.score)  # the first of equals: the part as asked
        return whole if whole.score > best.score else _as_asked(best, text)
    answers = [answer for _, answer in kept]
    # decided on the best entry of each part, never on the threshold (which only moves the line)
    # (a part refused for a doubt about its best entry asks something that entry does not say: "how many villages
    # were removed, and how many villages are still poor?")
    # (a part that matches nothing near enough to suggest has no best entry to share)
    floor = kb.tuning.suggestion_floor
    tops = [
        None if answer.why.doubts or answer.score < floor else answer.entry_id or answer.why.best_entry
        for answer in answers
    ]
    if len(set(tops)) == 1 and tops[0] is not None:  # one fact, asked two ways: from its first asking part on
        # ("I don't follow local politics, but how many voted for it and how many against?"), or whole
        start = core.find(kept[0][0])
        readings = [_single(kb, core, limit, context)]
        if start > 0:
            readings.append(_as_asked(_single(kb, core[start:], limit, context), text))
        return max(readings, key=lambda answer: answer.score)
    if all(answer.score < kb.tuning.clarify_floor for answer in answers):
        return None  # nothing matches any part well: the question as a whole is refused
    # each part's words cleaned before they are joined: an escape sequence left open in one answer must not
    # take the next part's "I don't know" with it
    from .display import clean  # only to join parts

    said = [clean(answer.text) if answer.answered else compound.unanswered_part(answer) for answer in answers]
    answered = all(answer.answered for answer in answers)
    # no part answered: qa does not know, whatever it says of each part (`parts` keeps them)
    known = any(answer.answered for answer in answers)
    return Answer(
        text, answered, " ".join(said) if known else None, None, min(answer.score for answer in answers), None,
        None, kind=Kind.ANSWER if known else Kind.UNKNOWN, parts=tuple(answers),
    )  # fmt: skip
