"""What a line typed into the chat means: a question, a number from the last list, a command, or leaving.

Kept free of prompt_toolkit: `respond()` takes the chat's state and a line and returns the fragments to
print, so every command is testable without a terminal.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field

from ..answer import Answer
from ..conversation import Conversation
from ..display import Fragments, clean, for_terminal, numbered_lines, to_plain, visible
from ..errors import KnowledgeBaseError, shortened
from ..knowledge_base import KnowledgeBase, load
from ..paths import describe_file
from ..render import answer_fragments
from .render import (
    folded_topics_fragments,
    help_fragments,
    notice_fragments,
    related_items,
    source_fragments,
    tagged,
    topics_fragments,
    why_fragments,
)

LEAVE_WORDS = ("exit", "quit")
_NUMBER = re.compile(r"[0-9]{1,6}")
RESERVED_ROWS = 3  # the prompt, the toolbar and the blank line after a reply: a list must fit in the rest


@dataclass
class Chat:
    """One session's state: the knowledge base (replaced by /reload), the last answer, the numbers on offer."""

    kb: KnowledgeBase
    threshold: float | None = None
    last: Answer | None = None
    conversation: Conversation | None = None  # made on the first question; /new and /reload start a fresh one
    choices: tuple[str, ...] = ()  # what typing 1, 2, ... asks: the most recent numbered list on screen
    screen: Callable[[], tuple[int, int]] | None = None  # the terminal's (columns, rows) now; None: unbounded

    def fits(self, fragments: Fragments) -> bool:
        """Would these fragments, wrapped, show whole on the screen with the prompt still below them?"""
        if self.screen is None:
            return True
        columns, rows = self.screen()
        return to_plain(for_terminal(fragments, columns)).count("\n") <= rows - RESERVED_ROWS


@dataclass(frozen=True)
class Reply:
    """What to print for one line, and whether the session ends after it."""

    fragments: Fragments = field(default_factory=list)
    done: bool = False


@dataclass(frozen=True)
class Command:
    """A slash command: its name, one line for /help, and what it does (given the chat and any argument)."""

    name: str
    summary: str
    run: Callable[[Chat, str], Reply]


def ask(chat: Chat, question: str) -> Reply:
    """Answer (or suggestions), then the related questions, numbered on from the suggestions."""
    if chat.conversation is None:
        chat.conversation = chat.kb.conversation(threshold=chat.threshold)
    answer = chat.conversation.ask(question)
    chat.last = answer
    fragments = list(answer_fragments(answer, chat.kb.source))
    offered = [suggestion.question for suggestion in answer.suggestions]
    related = related_items(chat.kb, answer)
    fragments += numbered_lines("Related:", related, start=len(offered) + 1)
    chat.choices = (*offered, *(item.question for item in related))
    return Reply(fragments, done=answer.ends_chat)  # a goodbye says goodbye, then ends the chat


def asked_question(chat: Chat, line: str) -> str:
    """The question a typed line asks: a number, an ordinal ("the second") or a describing reply ("the poverty
    one") picking from the list on screen stands for that list's question."""
    from ..dialogue import choice

    # a question from the knowledge base is cleaned as everything it shows is: history shows it again, and the
    # terminal would act on a bidi or zero-width character left in it
    text = line.strip()
    if _NUMBER.fullmatch(text) and 1 <= int(text) <= len(chat.choices):
        return clean(chat.choices[int(text) - 1])
    at = _ordinal_pick(chat, text)
    if at is not None:
        return clean(chat.choices[at])
    offered = chat.last.suggestions if chat.last is not None else ()
    if offered:
        positions = [chat.kb._position(suggestion.entry_id) for suggestion in offered]
        described = choice.by_description(chat.kb.index, text, positions)
        if described is not None:
            return clean(offered[described].question)
    return text


def pick(chat: Chat, number: int) -> Reply:
    """Ask the question numbered `number` in the last list shown."""
    if not chat.choices:
        return Reply(notice_fragments("No numbered questions on screen yet: ask a question, or try /topics."))
    if not 1 <= number <= len(chat.choices):
        return Reply(notice_fragments(f"Pick a number from 1 to {len(chat.choices)}, or ask in words."))
    question = chat.choices[number - 1]
    reply = ask(chat, question)
    return Reply([("meta", f"→ {clean(question)}\n"), *reply.fragments])


def _help(chat: Chat, argument: str) -> Reply:
    return Reply(help_fragments([(command.name, command.summary) for command in COMMANDS]))


def _topics(chat: Chat, argument: str) -> Reply:
    """Every entry, once, numbered in the order shown; folded to the groups when that would not fit on the
    screen; the entries of one tag (`/topics NAME`, or the tags a prefix names) or all (`/topics all`) on request."""
    wanted = " ".join(argument.split()).casefold()
    if wanted and wanted != "all":
        chosen = tagged(chat.kb, wanted)
        if not chosen:
            return Reply(notice_fragments(f"No group called {shortened(argument)}: /topics lists the groups."))
        fragments, choices = topics_fragments(chat.kb, chosen)
    else:
        fragments, choices = topics_fragments(chat.kb)
        if not wanted and not chat.fits(fragments):
            return Reply(folded_topics_fragments(chat.kb))
    chat.choices = tuple(choices)
    return Reply(fragments)


def _why(chat: Chat, argument: str) -> Reply:
    return Reply(why_fragments(chat.last))


def _source(chat: Chat, argument: str) -> Reply:
    return Reply(source_fragments(chat.kb))


def _reload(chat: Chat, argument: str) -> Reply:
    """Re-read the file; on any problem keep answering from the knowledge base already loaded."""
    before = len(chat.kb)
    unreadable = _not_rereadable(chat.kb.path)
    if unreadable:
        return Reply(notice_fragments(f"Reload failed, still using the old knowledge base: {unreadable}", "error"))
    try:
        kb = load(chat.kb.path, threshold=chat.kb.threshold)
    except (KnowledgeBaseError, OSError) as exc:
        return Reply(notice_fragments(f"Reload failed, still using the old knowledge base: {exc}", "error"))
    from ..gcpause import freeze_loaded

    chat.kb = kb  # the old one is freed by reference counting: it holds no cycles
    freeze_loaded()
    _forget(chat)  # the last answer's ids may be gone from the new file
    change = "" if len(kb) == before else f" (was {before})"
    entries = f"{len(kb)} {'entry' if len(kb) == 1 else 'entries'}"
    fragments = notice_fragments(f"Reloaded {kb.title}: {entries}{change} from {describe_file(kb.path)}.")
    from ..check import unsupported_figures
    from ..errors import format_problem

    wrong = unsupported_figures(kb.data)
    if wrong:  # the worst wrong answer, now on screen at full confidence: say so now, not at the next --check
        more = f" (and {len(wrong) - 1} more; qa --check lists them)" if len(wrong) > 1 else ""
        fragments += notice_fragments(f"Warning: {format_problem(wrong[0])}{more}", "error")
    return Reply(fragments)


def _not_rereadable(path: str) -> str | None:
    """Why the file cannot be read again without waiting for ever, or None: a pipe (`--kb <(…)`) was drained by
    the first read and would wait for a writer, a device (a terminal) for a person. Anything else, gone or a
    folder included, is left to `load`, which says what is wrong."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    if stat.S_ISFIFO(mode):
        return (
            f"{visible(path)} is a pipe: what it held was read when the chat began, and there is nothing more to read"
        )
    if stat.S_ISCHR(mode):
        return f"{visible(path)} is now a device, not a knowledge base file"
    return None


def _new(chat: Chat, argument: str) -> Reply:
    """Forget the conversation: the next question stands on its own."""
    _forget(chat)
    return Reply(notice_fragments("New conversation: earlier answers are forgotten."))


def _forget(chat: Chat) -> None:
    """No last answer, no list on offer, no conversation: what /new does, and /reload, whose file may have lost
    the ids the last answer offered (a line typed next looked them up and crashed the chat)."""
    chat.conversation = None
    chat.choices = ()
    chat.last = None


def _quit(chat: Chat, argument: str) -> Reply:
    return Reply(done=True)


COMMANDS: tuple[Command, ...] = (
    Command("/help", "list these commands (or /?)", _help),
    Command("/topics", "the entries by tag (type a number to ask one); /topics NAME for one group", _topics),
    Command("/why", "how the last answer was chosen: match, corrections, what marked it down, scores", _why),
    Command("/source", "where the knowledge base's facts come from", _source),
    Command("/new", "start a new conversation (follow-ups stop leaning on earlier answers)", _new),
    Command("/reload", "re-read the knowledge base file (keeps the old one if it has errors)", _reload),
    Command("/quit", "leave (or /exit, /q; so do exit, quit and Ctrl-D)", _quit),
)
_ALIASES = {"/exit": "/quit", "/q": "/quit", "/?": "/help"}
_BY_NAME = {command.name: command for command in COMMANDS}


def unknown_command(name: str) -> Reply:
    """A hint, never a search: the closest command if one is close, and where the list is."""
    from rapidfuzz import fuzz, process

    match = process.extractOne(name, list(_BY_NAME), scorer=fuzz.ratio, score_cutoff=60)
    guess = f" Did you mean {match[0]}?" if match else ""
    return Reply(notice_fragments(f"Unknown command {name}.{guess} /help lists the commands."))


def take_line(chat: Chat, line: str, show: Callable[[Fragments], None]) -> bool:
    """Respond to one typed line through `show` (a blank line after it), for both chats; True once it ends the
    session. Ctrl-C while answering abandons the line, not the chat."""
    try:
        reply = respond(chat, line)
    except KeyboardInterrupt:
        show(notice_fragments("Interrupted."))
        return False
    show(reply.fragments)
    if reply.fragments and not reply.done:
        show([("", "\n")])
    return reply.done


def respond(chat: Chat, line: str) -> Reply:
    """Whatever the user typed, decided in one place: leave, command, number, or question."""
    text = line.strip()
    if not text:
        return Reply()
    if text.lower() in LEAVE_WORDS:
        return Reply(done=True)
    if text.startswith("/"):
        name, _, argument = text.partition(" ")
        name = name.lower()
        command = _BY_NAME.get(_ALIASES.get(name, name))
        return command.run(chat, argument.strip()) if command else unknown_command(name)
    if _NUMBER.fullmatch(text):
        return pick(chat, int(text))
    at = _ordinal_pick(chat, text)
    if at is not None:  # "the second", "the last one": of any numbered list on screen, as a number is
        return pick(chat, at + 1)
    return ask(chat, text)


def _ordinal_pick(chat: Chat, text: str) -> int | None:
    """The index (0-based) in the list on screen that "the second", "the last one" picks, or None."""
    from ..dialogue import choice

    return choice.by_position(text, len(chat.choices)) if chat.choices else None
