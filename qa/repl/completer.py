"""Tab completion: the knowledge base's own phrasings, matched forgivingly, and the slash commands.

Matching is word by word: each typed word scores against the phrasing's best word, full marks for a
prefix ("indus" → "industrial") and a rapidfuzz ratio otherwise ("shenzen" → "shenzhen"). So half-typed
and misspelt questions still find the phrasings an author wrote, and the menu shows real questions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document
from rapidfuzz import fuzz, process

from ..display import clean
from ..knowledge_base import KnowledgeBase
from ..text import words

MAX_COMPLETIONS = 12
WORD_FLOOR = 75.0  # a typed word this far from every word of a phrasing counts as missing from it
PHRASING_FLOOR = 70.0  # mean over the typed words; below this a phrasing is not offered
# a line of more words is no phrasing being typed: Tab on a 440 KB paste froze the chat (Ctrl-C included) for 15 s,
# each word compared with every word of the knowledge base inside prompt_toolkit's event loop
MAX_TYPED_WORDS = 40


def word_score(typed: str, word: str) -> float:
    """100 for a prefix; else how close the typed word is to the word (or to its start, for half-typed words)."""
    if word.startswith(typed):
        return 100.0
    if len(typed) < 3:
        return 0.0
    return max(fuzz.ratio(typed, word), fuzz.ratio(typed, word[: len(typed)]) - 5.0)


@dataclass(frozen=True)
class Match:
    """A phrasing worth offering: its text, its entry, how well it matched."""

    phrasing: str
    entry_id: str
    score: float


class PhrasingIndex:
    """Every distinct phrasing of a knowledge base, with its words, and which phrasings use each word."""

    def __init__(self, kb: KnowledgeBase):
        self.phrasings: list[tuple[str, str]] = []
        seen: set[str] = set()
        for entry in kb.entries:
            for question in entry.questions:
                text = clean(question)
                if text.casefold() not in seen:
                    seen.add(text.casefold())
                    self.phrasings.append((text, entry.id))
        self.words = [words(text) for text, _ in self.phrasings]
        self.users: dict[str, list[int]] = {}
        for position, phrasing_words in enumerate(self.words):
            for word in set(phrasing_words):
                self.users.setdefault(word, []).append(position)
        self.longest = max(map(len, self.users), default=0)  # the longest word of any phrasing

    def first_phrasings(self) -> list[Match]:
        """One phrasing per entry, in file order: what Tab on an empty line offers."""
        shown: dict[str, Match] = {}
        for text, entry_id in self.phrasings:
            shown.setdefault(entry_id, Match(text, entry_id, 0.0))
        return list(shown.values())

    def search(self, text: str, limit: int = MAX_COMPLETIONS) -> list[Match]:
        """Phrasings matching the typed words, best first; ties keep file order (authors put their best first)."""
        typed = words(text)
        if not typed or len(typed) > MAX_TYPED_WORDS:
            return []
        per_word = [self._close_words(word) for word in typed]
        candidates = {position for close in per_word for word in close for position in self.users[word]}
        scored = []
        for position in candidates:
            phrasing_words = self.words[position]
            total = sum(max((close.get(word, 0.0) for word in phrasing_words), default=0.0) for close in per_word)
            score = total / len(typed)
            if score >= PHRASING_FLOOR:
                scored.append((-score, position))
        scored.sort()
        return [Match(*self.phrasings[position], -negative) for negative, position in scored[:limit]]

    def _close_words(self, typed: str) -> dict[str, float]:
        # a word twice as long as the longest word of any phrasing is close to none (fuzz.ratio of a word with
        # one of at most half its length is 67 at most): a pasted URL or blob is not compared with every word,
        # which froze the chat for 24 s on one 440 KB word
        if len(typed) > 2 * self.longest:
            return {}
        return {word: score for word in self.users if (score := word_score(typed, word)) >= WORD_FLOOR}


class QACompleter(Completer):
    """Completes a whole line: slash commands after "/", otherwise knowledge-base phrasings.

    `get_kb` is called on every completion, so a /reload is picked up; the index is rebuilt only then.
    """

    def __init__(self, get_kb: Callable[[], KnowledgeBase], commands: Sequence[tuple[str, str]]):
        self.get_kb = get_kb
        self.commands = tuple(commands)
        self._indexed: tuple[KnowledgeBase, PhrasingIndex] | None = None

    def index(self) -> PhrasingIndex:
        kb = self.get_kb()
        if self._indexed is None or self._indexed[0] is not kb:
            self._indexed = (kb, PhrasingIndex(kb))
        return self._indexed[1]

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
        text = document.text_before_cursor
        start = -len(text)
        stripped = text.lstrip()
        if stripped.startswith("/"):
            command, space, argument = stripped.partition(" ")
            if space:  # "/topics po": the argument, never the command again (which would erase it)
                if command.lower() == "/topics":
                    for tag in self._tags_for(argument.lstrip()):
                        yield Completion(tag, start_position=-len(argument.lstrip()), display_meta="group")
                return
            for name, summary in self._commands_for(command.lower()):
                yield Completion(name, start_position=start, display_meta=summary)
            return
        index = self.index()
        matches = index.search(stripped) if stripped.strip() else index.first_phrasings()
        for match in matches:
            yield Completion(match.phrasing, start_position=start, display_meta=match.entry_id)

    def _tags_for(self, typed: str) -> list[str]:
        """The knowledge base's tags that start with what was typed, in the order they first appear."""
        tags = dict.fromkeys(clean(tag) for entry in self.get_kb().entries for tag in entry.tags)
        return [tag for tag in tags if tag.casefold().startswith(typed.casefold())][:MAX_COMPLETIONS]

    def _commands_for(self, typed: str) -> list[tuple[str, str]]:
        prefixed = [command for command in self.commands if command[0].startswith(typed)]
        if prefixed:
            return prefixed
        names = [name for name, _ in self.commands]
        close = process.extract(typed, names, scorer=fuzz.ratio, score_cutoff=60, limit=3)
        return [self.commands[position] for _, _, position in close]
