"""Fragments the chat shows besides answers: banner, numbered lists, /why, /topics, /source, /help.

Answers themselves come from `qa.render.answer_fragments`, shared with the one-shot CLI. Everything here
is plain `(style_class, text)` pairs with no prompt_toolkit import, so it is easy to test, and every piece
of knowledge-base or user text goes through `clean()` (the printer cleans once more on the way out).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..answer import Answer
from ..knowledge_base import KnowledgeBase
from ..matcher import describe_doubts
from ..paths import describe_file
from ..render import Fragments, clean, lowered

HINT = "Ask a question, /help for commands, Ctrl-D to quit."


@dataclass(frozen=True)
class Numbered:
    """One line of a numbered list: the question that typing its number asks, and a dim note after it."""

    question: str
    note: str = ""


def _where(kb: KnowledgeBase) -> str:
    return ", ".join(clean(part) for part in (kb.source.publisher, kb.source.published) if part)


def _entries(count: int) -> str:
    return f"{count} entr{'y' if count == 1 else 'ies'}"


def banner_fragments(kb: KnowledgeBase) -> Fragments:
    """Title; source (publisher, date) and entry count; one hint line."""
    where = _where(kb)
    about = (f"From {where} · " if where else "") + _entries(len(kb))
    return [
        ("heading", clean(kb.title or "qa") + "\n"),
        ("meta", about + "\n"),
        ("meta", f"Read from {clean(describe_file(kb.path))}\n"),
        ("meta", HINT + "\n"),
    ]


def numbered_lines(heading: str, items: Sequence[Numbered], start: int = 1) -> Fragments:
    """A heading and numbered questions, styled like the CLI's suggestions so both lists read the same."""
    if not items:
        return []
    fragments: Fragments = [("meta", heading + "\n")]
    for number, item in enumerate(items, start=start):
        fragments.append(("number", f"  {number}. "))
        fragments.append(("suggestion", clean(item.question)))
        fragments.append(("meta", (f"  [{clean(item.note)}]" if item.note else "") + "\n"))
    return fragments


def related_items(kb: KnowledgeBase, answer: Answer) -> list[Numbered]:
    """The first phrasing of each entry the answered entry lists as related, minus ones already offered."""
    if not answer.answered or answer.entry_id is None:
        return []
    try:
        entry = kb.entry(answer.entry_id)
    except KeyError:  # the knowledge base was reloaded without it
        return []
    skip = {answer.entry_id, *(suggestion.entry_id for suggestion in answer.suggestions)}
    items = []
    for other_id in entry.related:
        if other_id in skip:
            continue
        skip.add(other_id)
        try:
            other = kb.entry(other_id)
        except KeyError:
            continue
        items.append(Numbered(other.questions[0], other.id))
    return items


def why_fragments(answer: Answer | None) -> Fragments:
    """How the last answer was chosen: words read, corrections, match, what marked it down, score against
    threshold, runner-up."""
    if answer is None:
        return [("meta", "Nothing asked yet: ask a question, then /why explains how it was answered.\n")]
    why = answer.why
    rows: list[tuple[str, str]] = [("question", f'"{clean(answer.question)}"')]
    rows.append(("read as", " ".join(clean(token) for token in why.tokens) or "(no words)"))
    if why.corrections:
        rows.append(("corrected", ", ".join(f"{clean(typed)} → {clean(word)}" for typed, word in why.corrections)))
    if why.unknown:
        rows.append(("unknown words", ", ".join(clean(word) for word in why.unknown)))
    if answer.answered:
        rows.append(("matched", f'"{clean(answer.matched_question or "")}" [{answer.entry_id}]'))
        verdict = "answered"
    elif why.best_entry is not None:
        rows.append(("best match", f"[{why.best_entry}]"))
        verdict = "below the threshold, so not answered"
    else:
        rows.append(("best match", "none: no entry shares a word with the question"))
        verdict = "not answered"
    if why.doubts:
        rows.append(("marked down", "; ".join(describe_doubts(why.doubts))))
    score = f"{answer.score:.0f} (answers need {why.threshold:.0f}): {verdict}"
    if lowered(answer):
        score += f"; lowered from a match of {why.best_score:.0f} because the runner-up is close"
    rows.append(("score", score))
    if why.runner_up is not None:
        margin = why.best_score - why.runner_up_score
        rows.append(("runner-up", f"[{why.runner_up}] score {why.runner_up_score:.0f}, {margin:.0f} behind"))
    else:
        rows.append(("runner-up", "none"))
    return _labelled("Why this answer", rows)


def topic_groups(kb: KnowledgeBase) -> list[tuple[str, list[int]]]:
    """Tags in first-seen order, each with the positions of its entries; untagged entries go under "other"."""
    groups: dict[str, list[int]] = {}
    for position, entry in enumerate(kb.entries):
        for tag in entry.tags or ("other",):
            groups.setdefault(tag, []).append(position)
    return list(groups.items())


def topics_fragments(kb: KnowledgeBase) -> tuple[Fragments, list[str]]:
    """Entries grouped by tag, a sample phrasing each, numbered once per entry (the numbers can be typed)."""
    number_of: dict[int, int] = {}
    choices: list[str] = []
    fragments: Fragments = [("heading", f"Topics ({_entries(len(kb))})\n")]
    for tag, positions in topic_groups(kb):
        fragments.append(("heading", f"{clean(tag)}\n"))
        for position in positions:
            entry = kb.entries[position]
            if position not in number_of:
                choices.append(entry.questions[0])
                number_of[position] = len(choices)
            fragments.append(("number", f"  {number_of[position]}. "))
            fragments.append(("suggestion", clean(entry.questions[0])))
            fragments.append(("meta", f"  [{clean(entry.id)}]\n"))
    return fragments, choices


def source_fragments(kb: KnowledgeBase) -> Fragments:
    """The article's metadata, and the file the knowledge base was read from."""
    source = kb.source
    rows = [
        ("title", source.title),
        ("publisher", source.publisher),
        ("published", source.published),
        ("url", source.url),
        ("source text", source.file),
        ("knowledge base", f"{kb.title} ({_entries(len(kb))})"),
        ("file", describe_file(kb.path)),
    ]
    return _labelled("Source", [(label, clean(value)) for label, value in rows if value])


def _labelled(heading: str, rows: list[tuple[str, str]]) -> Fragments:
    """A heading, then `label: value` rows with the values lined up."""
    width = max(len(label) for label, _ in rows)
    fragments: Fragments = [("heading", heading + "\n")]
    for label, value in rows:
        fragments.append(("meta", f"  {label + ':':<{width + 1}} "))
        fragments.append(("suggestion", value + "\n"))
    return fragments


def help_fragments(commands: Sequence[tuple[str, str]]) -> Fragments:
    """The commands, then how questions, numbers and keys work."""
    width = max(len(name) for name, _ in commands)
    fragments: Fragments = [("heading", "Commands\n")]
    for name, summary in commands:
        fragments.append(("command", f"  {name:<{width}}  "))
        fragments.append(("suggestion", summary + "\n"))
    fragments.append(
        (
            "meta",
            "Anything else is a question, in your own words. A number asks that numbered question.\n"
            "Keys: Tab completes questions and commands, Up/Down recall history, → accepts the grey suggestion,\n"
            "Ctrl-C clears the line, Ctrl-D (on an empty line) quits; so do exit and quit.\n",
        )
    )
    return fragments


def notice_fragments(text: str, style: str = "meta") -> Fragments:
    """One line: a notice, a hint, or (style "error") a problem."""
    return [(style, clean(text) + "\n")]
