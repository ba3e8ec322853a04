"""Fragments the chat shows besides answers: banner, numbered lists, /why, /topics, /source, /help.

Answers themselves come from `qa.render.answer_fragments`, shared with the one-shot CLI. Everything here
is plain `(style_class, text)` pairs with no prompt_toolkit import, so it is easy to test, and every piece
of knowledge-base or user text goes through `clean()` (the printer cleans once more on the way out).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from .. import model
from ..answer import Answer, Kind
from ..display import Fragments, Numbered, clean, numbered_lines, visible
from ..knowledge_base import KnowledgeBase
from ..paths import describe_file
from ..render import lowered
from ..rules import describe as describe_doubts

HINT = "Ask a question, /help for commands, Ctrl-D to quit."


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
        ("meta", f"Read from {visible(describe_file(kb.path))}\n"),
        ("meta", HINT + "\n"),
    ]


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
    if answer.kind is Kind.SMALLTALK:
        return _labelled("Why this answer", [*rows, ("read as", "small talk: a reply, no fact asked")])
    if answer.understood:
        rows.append(("understood as", f'"{clean(answer.understood)}" (a follow-up, read with the last answer)'))
    if answer.parts:
        for number, part in enumerate(answer.parts, start=1):
            got = f"[{part.entry_id}] score {part.score:.0f}" if part.answered else "not answered"
            rows.append((f"part {number}", f'"{clean(part.question)}": {got}'))
        return _labelled("Why this answer", rows)
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
        if answer.score >= why.threshold:  # refused for what it asks, not for its score
            verdict = (
                "not answered: read with the last answer, it asks what that fact does not say"
                if answer.understood
                else "not answered: it names nothing of its own to answer"
            )
    else:
        rows.append(("best match", "none: no entry shares a word with the question"))
        verdict = "not answered"
    if answer.kind is Kind.CLARIFY:
        verdict = "two or more entries fit equally well, so qa asked which one was meant"
    if why.doubts:
        rows.append(("doubts", "; ".join(describe_doubts(why.doubts))))
    score = f"{answer.score:.0f} (answers need {why.threshold:.0f}): {verdict}"
    if lowered(answer):
        score += f"; lowered from a match of {why.best_score:.0f} because the runner-up is close"
    rows.append(("score", score))
    if why.runner_up is not None:
        # the gap between the figures as shown (95 and 50 are 45 apart, whatever the decimals were)
        margin = round(why.best_score) - round(why.runner_up_score)
        rows.append(("runner-up", f"[{why.runner_up}] score {why.runner_up_score:.0f}, {margin} behind"))
    else:
        rows.append(("runner-up", "none"))
    return _labelled("Why this answer", rows)


def topic_groups(kb: KnowledgeBase) -> list[tuple[str, list[int]]]:
    return model.topic_groups(kb.entries)


def tagged(kb: KnowledgeBase, wanted: str) -> list[tuple[str, list[int]]]:
    """The entries under a tag named `wanted` (any of an entry's tags, not only its first; a prefix when no tag
    has that exact name; else a tag the knowledge base reads as the same words), grouped by tag, each entry once."""
    tags = list(dict.fromkeys(tag for entry in kb.entries for tag in entry.tags or ("other",)))
    read = kb.index.analyzer.tokens  # "labour" for "labor", "fundings" for "funding": as a question reads them
    # by the name /topics shows: a tag with an escape or a zero-width character in it is found by what it shows
    shown = {tag: clean(tag).casefold() for tag in tags}
    chosen = (
        [tag for tag in tags if shown[tag] == wanted]
        or [tag for tag in tags if shown[tag].startswith(wanted)]
        or [tag for tag in tags if read(tag) and read(tag) == read(wanted)]
    )
    groups: list[tuple[str, list[int]]] = []
    listed: set[int] = set()
    for tag in chosen:
        positions = [
            position
            for position, entry in enumerate(kb.entries)
            if tag in (entry.tags or ("other",)) and position not in listed
        ]
        listed.update(positions)
        groups.append((tag, positions))
    return groups


def topics_fragments(
    kb: KnowledgeBase, groups: list[tuple[str, list[int]]] | None = None
) -> tuple[Fragments, list[str]]:
    """Entries grouped by tag, a sample phrasing each, numbered 1, 2, … in the order shown (the numbers can be
    typed); `groups` narrows the list to some of the groups."""
    choices: list[str] = []
    shown = topic_groups(kb) if groups is None else groups
    count = sum(len(positions) for _, positions in shown)
    title = _entries(count) if count == len(kb) else f"{count} of {_entries(len(kb))}"
    fragments: Fragments = [("heading", f"Topics ({title})\n")]
    for tag, positions in shown:
        items = [Numbered(kb.entries[position].questions[0], kb.entries[position].id) for position in positions]
        fragments += numbered_lines(clean(tag), items, start=len(choices) + 1, heading_style="heading", last=count)
        choices += [item.question for item in items]
    return fragments, choices


def folded_topics_fragments(kb: KnowledgeBase) -> Fragments:
    """The groups alone, one line each with its size: what /topics shows when every entry would not fit."""
    groups = topic_groups(kb)
    fragments: Fragments = [("heading", f"Topics ({_entries(len(kb))} in {len(groups)} groups)\n")]
    for tag, positions in groups:
        fragments.append(("suggestion", f"  {clean(tag)}"))
        fragments.append(("meta", f"  ({_entries(len(positions))})\n"))
    fragments.append(("meta", "Type /topics and a group's name to list its entries, or /topics all for every one.\n"))
    return fragments


def source_fragments(kb: KnowledgeBase) -> Fragments:
    """The article's metadata, and the file the knowledge base was read from."""
    source = kb.source
    rows = [
        ("title", source.title),
        ("publisher", source.publisher),
        ("published", source.published),
        ("url", source.url),
        ("source text", visible(_beside(kb.path, source.file)) if source.file else ""),
        ("knowledge base", f"{kb.title} ({_entries(len(kb))})"),
        ("file", describe_file(kb.path)),
    ]
    return _labelled("Source", [(label, clean(value)) for label, value in rows if value])


def _beside(kb_path: str, file: str) -> str:
    """The source text's path as the user can use it: `file` is relative to the knowledge base's folder; one
    that is not there (the copy installed with qa ships no source text) is named as written, and said so."""
    if not file:
        return file
    path = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(kb_path)), file))
    return path if os.path.isfile(path) else f"{file} (not found beside the knowledge base)"


def _labelled(heading: str, rows: list[tuple[str, str]]) -> Fragments:
    """A heading, then `label: value` rows with the values lined up."""
    width = max(len(label) for label, _ in rows)
    fragments: Fragments = [("heading", heading + "\n")]
    for label, value in rows:
        label = label.replace(" ", "\u00a0")  # one word to wrapping: a continued value sits under the value
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
            "Ctrl-C clears the line, Ctrl-D on an empty line quits.\n",
        )
    )
    return fragments


def notice_fragments(text: str, style: str = "meta") -> Fragments:
    """One line: a notice, a hint, or (style "error") a problem."""
    return [(style, clean(text) + "\n")]
