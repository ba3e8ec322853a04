"""Load and validate a knowledge base file into `KnowledgeBaseData`, collecting every problem at once.

Validation walks PyYAML nodes (not constructed objects) so every problem carries the line of the value at
fault, and so no YAML tag can ever construct anything. `qa --check` reports the whole list; `qa.load()`
raises `KnowledgeBaseError` with the first.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import KnowledgeBaseError, Problem, quoted
from .gcpause import gc_paused
from .model import ID_PATTERN, SMALLTALK_INTENTS, Entry, KnowledgeBaseData, SmallTalk, Source
from .paths import bundled_path
from .yaml_reader import Bound, compose, decode, node_line, read_text, refuse_hidden_line_breaks

SCHEMA_VERSION = 1
# Limits, each checked while the file is parsed (see `BOUNDS`), so a file past one stops there, in seconds
MAX_ENTRIES = 200_000
MAX_QUESTIONS_PER_ENTRY = 200
MAX_TAGS = 50  # per entry
MAX_RELATED = 50  # per entry
# a synonyms table is a few hundred short names and words; these bound the worst one to 100,000 variants of a few
# words each (at 10,000 x 100 variants of 1,000 characters, a file within the size limit took minutes to load)
MAX_SYNONYM_WORDS = 2_000  # words in `synonyms`
MAX_SYNONYM_VARIANTS = 50  # variants of one word
MAX_SYNONYM_CHARS = 100  # characters in a synonym word or a variant
MAX_FIELDS = 50  # keys in one mapping (the top level, `source`, an entry): a few are known, the rest are reported
MAX_PHRASING_CHARS = 1_000
MAX_TEXT_CHARS = 20_000

TOP_KEYS = ("version", "title", "source", "synonyms", "smalltalk", "entries")
SMALLTALK_KEYS = ("intent", "phrasings", "reply")
MAX_SMALLTALK_ITEMS = 50  # small talk is a handful of lines, not a second knowledge base
MAX_SMALLTALK_PHRASINGS = 50
SOURCE_KEYS = ("title", "publisher", "url", "published", "file")
ENTRY_KEYS = ("id", "questions", "answer", "evidence", "tags", "related")
REQUIRED_ENTRY_KEYS = ("id", "questions", "answer", "evidence")

BOUNDS = Bound(
    MAX_FIELDS,
    "keys",
    {
        "source": Bound(MAX_FIELDS, "keys"),
        "synonyms": Bound(MAX_SYNONYM_WORDS, "synonyms", Bound(MAX_SYNONYM_VARIANTS, "variants")),
        "entries": Bound(
            MAX_ENTRIES,
            "entries",
            Bound(
                MAX_FIELDS,
                "keys",
                {
                    "questions": Bound(MAX_QUESTIONS_PER_ENTRY, "phrasings"),
                    "tags": Bound(MAX_TAGS, "tags"),
                    "related": Bound(MAX_RELATED, "related ids"),
                },
            ),
        ),
    },
)

_TAG = "tag:yaml.org,2002:"
_TEXT_TAGS = {_TAG + "str"}
_KEY_TAGS = _TEXT_TAGS | {_TAG + "int", _TAG + "bool"}
# "questions.0", "questions.1" …: one string each, shared by every entry's `lines` (100 000 entries, 5 each)
_PHRASING_KEYS = tuple(f"questions.{number}" for number in range(MAX_QUESTIONS_PER_ENTRY))
_SCALAR_NAMES = {
    _TAG + "int": "a number",
    _TAG + "float": "a number",
    _TAG + "bool": "true/false",
    _TAG + "null": "nothing (null)",
    _TAG + "timestamp": "a date",
    _TAG + "str": "text",
    _TAG + "merge": "a merge key '<<' (merge keys are not supported: write the fields out)",
}


def _describe(node: yaml.Node) -> str:
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        kind = "a mapping" if isinstance(node, yaml.MappingNode) else "a list"
        return kind if _is_standard(node) else f"{kind} tagged {node.tag!r} (YAML tags are not allowed)"
    return _SCALAR_NAMES.get(node.tag, f"a value tagged {node.tag!r}")


def _is_standard(node: yaml.Node) -> bool:
    return node.tag.startswith(_TAG) and node.tag[len(_TAG) :] in {
        "str",
        "int",
        "float",
        "bool",
        "null",
        "timestamp",
        "seq",
        "map",
        "binary",
        "merge",
        "value",
    }


def _ignored_words(variant: str, kept: tuple[str, ...], word_key: tuple[str, ...]) -> str | None:
    """A synonym variant that loses words qa ignores everywhere: made only of them ("us") it never matches; left
    with one other word ("get out", "carry on") it is read as that word alone, and every "out" or "carry" in every
    question and entry then means the synonym's word. (A phrase left with two words, "put money", is still a
    phrase; a variant left with the word itself, "co-build" for build, says nothing new. "under 16" left with
    "16" makes every 16 mean the word.)"""
    from .text import STOPWORDS, words

    said = words(variant)
    ignored = [word for word in said if word in STOPWORDS]
    if not ignored or ignored == ["the"]:  # "the operator" is read as "operator", which is what it says
        return None
    if not kept:
        return f"variant {variant!r} is only words qa ignores everywhere, so it never matches"
    if len(kept) > 1 or kept == word_key or not (kept[0].isalpha() or kept[0].isdigit()):  # "us$": a symbol
        return None
    left = " ".join(word for word in said if word not in STOPWORDS)
    dropped = ", ".join(repr(word) for word in ignored)
    return (
        f"variant {variant!r} is read as {left!r} (qa ignores {dropped} everywhere): every {left!r} then means this "
        "word; use a variant without them"
    )


class _Validator:
    """Walks the node tree once; records problems and builds values from whatever is valid."""

    def __init__(self, path: str, field_lines: bool = True):
        self.path = path
        self.field_lines = field_lines
        self.problems: list[Problem] = []
        self.entry: str | None = None
        self.source_line: int | None = None  # where `source: file:` is, for `qa --check`'s source warnings
        self.unusable: list[Entry] = []  # entries left out (a duplicate id, a missing field) whose parts can be checked

    def problem(self, node: yaml.Node | None, message: str, field: str | None = None, severity: str = "error") -> None:
        line = node_line(node) if node is not None else None
        self.problems.append(
            Problem(message, file=self.path, line=line, entry=self.entry, field=field, severity=severity)
        )

    # -- primitive shapes ---------------------------------------------------------------------------
    def mapping(self, node: yaml.Node, allowed: tuple[str, ...], field: str | None) -> dict[str, tuple]:
        """Key -> (key node, value node); flags wrong type, odd tags, duplicate and unknown keys."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"expected a mapping, found {_describe(node)}", field)
            return {}
        if not _is_standard(node):
            self.problem(node, f"YAML tag {node.tag!r} is not allowed", field)
            return {}
        found: dict[str, tuple] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode) or key.tag not in _KEY_TAGS:
                self.problem(key, f"keys must be plain words, found {_describe(key)}", field)
                continue
            name = key.value
            if name in found:
                self.problem(key, f"duplicate key {quoted(name)} (first on line {node_line(found[name][0])})", name)
                continue
            if name not in allowed:
                self.problem(key, f"unknown key {quoted(name)}{did_you_mean(name, allowed)}", name)
                continue
            found[name] = (key, value)
        return found

    def text(self, node: yaml.Node, field: str, limit: int = MAX_TEXT_CHARS) -> str | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag not in _TEXT_TAGS:
            hint = "; put it in quotes" if isinstance(node, yaml.ScalarNode) and _is_standard(node) else ""
            if isinstance(node, yaml.ScalarNode) and not _is_standard(node):
                self.problem(node, f"YAML tag {node.tag!r} is not allowed", field)
            else:
                self.problem(node, f"expected text, found {_describe(node)}{hint}", field)
            return None
        value = node.value.strip()
        if not value:
            self.problem(node, "is empty", field)
            return None
        if len(value) > limit:
            self.problem(node, f"is too long ({len(value):,} characters; the limit is {limit:,})", field)
            return None
        # (a file's name is what it is: a bad one gets its own warning)
        if field != "source.file" and not value.isprintable() and _hides_any(value):
            # never shown (every output cleans it away), but looked up and checked as written: say so
            self.problem(node, "holds control characters or escape sequences, which qa never shows", field, "warning")
        return value

    def text_list(
        self,
        node: yaml.Node,
        field: str,
        limit: int = MAX_TEXT_CHARS,
        lines: list[int] | None = None,
    ) -> list[str]:
        """The valid texts of a list; `lines`, when given, receives the line of each one kept."""
        if not isinstance(node, yaml.SequenceNode) or not _is_standard(node):
            if isinstance(node, yaml.ScalarNode) and node.tag in _TEXT_TAGS:
                short = node.value and "\n" not in node.value and len(node.value) <= 60  # a hint stays one line
                hint = f"; write it as [{node.value}]" if short else ""
            else:
                hint = ""
            self.problem(node, f"expected a list of text, found {_describe(node)}{hint}", field)
            return []
        values = []
        for item in node.value:
            value = self.text(item, field, limit)
            if value is not None:
                values.append(value)
                if lines is not None:
                    lines.append(node_line(item))
        return values

    # -- the schema ----------------------------------------------------------------------------------
    def document(self, root: yaml.Node) -> KnowledgeBaseData | None:
        if not isinstance(root, yaml.MappingNode):
            self.problem(root, f"the top level must be a mapping with {', '.join(TOP_KEYS)}; found {_describe(root)}")
            return None
        top = self.mapping(root, TOP_KEYS, None)
        version = SCHEMA_VERSION
        if "version" in top:
            node = top["version"][1]
            quoted = isinstance(node, yaml.ScalarNode) and node.tag in _TEXT_TAGS and node.value == str(SCHEMA_VERSION)
            if quoted:
                message = f"version must be the number {SCHEMA_VERSION}, not the text {node.value!r}: remove the quotes"
                self.problem(node, message, "version")
            elif not (
                isinstance(node, yaml.ScalarNode) and node.tag == _TAG + "int" and node.value == str(SCHEMA_VERSION)
            ):
                if isinstance(node, yaml.ScalarNode):
                    message = f"unsupported version {node.value!r}; this qa reads version {SCHEMA_VERSION}"
                else:  # "version: [1]"
                    message = f"version must be the number {SCHEMA_VERSION}, not {_describe(node)}"
                self.problem(node, message, "version")
        title = ""
        if "title" in top:
            title = self.text(top["title"][1], "title") or ""
        else:
            self.problem(root, "missing required key 'title'", "title")
        source = self.source(top["source"][1]) if "source" in top else Source()
        synonyms = self.synonyms(top["synonyms"][1]) if "synonyms" in top else {}
        smalltalk = self.smalltalk(top["smalltalk"][1]) if "smalltalk" in top else ()
        if "entries" not in top:
            self.problem(root, "missing required key 'entries'", "entries")
            return None
        entries = self.entries(top["entries"][1])
        return KnowledgeBaseData(
            path=self.path,
            title=title,
            source=source,
            entries=tuple(entries),
            synonyms=synonyms,
            version=version,
            smalltalk=smalltalk,
        )

    def smalltalk(self, node: yaml.Node) -> tuple[SmallTalk, ...]:
        """The optional `smalltalk:` list: each item an intent, the lines that say it, and the reply."""
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"expected a list of {{intent, phrasings, reply}}, found {_describe(node)}", "smalltalk")
            return ()
        if len(node.value) > MAX_SMALLTALK_ITEMS:
            self.problem(node, f"has {len(node.value)} items; the limit is {MAX_SMALLTALK_ITEMS}", "smalltalk")
            return ()
        items = []
        given: dict[str, int] = {}  # intent -> the line of the item that gave it
        for item in node.value:
            fields = self.mapping(item, SMALLTALK_KEYS, "smalltalk")
            if not isinstance(item, yaml.MappingNode):
                continue
            intent = self.text(fields["intent"][1], "smalltalk.intent") if "intent" in fields else None
            if intent is None:
                if "intent" not in fields:
                    self.problem(item, "missing required key 'intent'", "smalltalk.intent")
                continue
            if intent not in SMALLTALK_INTENTS:
                self.problem(
                    fields["intent"][1],
                    f"unknown intent {intent!r}; one of {', '.join(SMALLTALK_INTENTS)}",
                    "smalltalk.intent",
                )
                continue
            if intent in given:  # a second reply for one intent would never be said
                message = f"intent {intent!r} is given twice (line {given[intent]}); merge the two items into one"
                self.problem(fields["intent"][1], message, "smalltalk.intent")
                continue
            given[intent] = item.start_mark.line + 1
            reply = self.text(fields["reply"][1], "smalltalk.reply") if "reply" in fields else None
            if reply is None:
                if "reply" not in fields:
                    self.problem(item, "missing required key 'reply'", "smalltalk.reply")
                continue
            phrasings = (
                self.text_list(fields["phrasings"][1], "smalltalk.phrasings", MAX_PHRASING_CHARS)
                if "phrasings" in fields
                else []
            )
            if len(phrasings) > MAX_SMALLTALK_PHRASINGS:
                limit = MAX_SMALLTALK_PHRASINGS
                self.problem(
                    fields["phrasings"][1], f"has {len(phrasings)} phrasings; the limit is {limit}", "smalltalk"
                )
                continue
            items.append(SmallTalk(intent, tuple(phrasings), reply))
        return tuple(items)

    def source(self, node: yaml.Node) -> Source:
        fields = self.mapping(node, SOURCE_KEYS, "source")
        values: dict[str, str] = {}
        if "file" in fields:
            self.source_line = node_line(fields["file"][1])
        for name, (_, value) in fields.items():
            if isinstance(value, yaml.ScalarNode) and (
                value.tag == _TAG + "timestamp" or (name == "published" and value.tag == _TAG + "int")
            ):  # an unquoted date reads as a timestamp, a year ("published: 2024") as a number: keep what was written
                values[name] = value.value
            else:
                values[name] = self.text(value, f"source.{name}") or ""
        if values.get("published"):
            from .rules.number import published_year

            if published_year(values["published"]) is None:
                message = (
                    f"{values['published']!r} is no date (write 2024-03-01, 2024-03 or 2024): "
                    '"last year" and "next year" will not be read as years'
                )
                self.problem(fields["published"][1], message, "source.published", "warning")
        return Source(**values)

    def synonyms(self, node: yaml.Node) -> dict[str, tuple[str, ...]]:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"expected a mapping of word -> [words], found {_describe(node)}", "synonyms")
            return {}
        table: dict[str, tuple[str, ...]] = {}
        lines: dict[str, int] = {}  # word -> its line
        for key, value in node.value:
            word = self.text(key, "synonyms", MAX_SYNONYM_CHARS)
            if word is None:
                continue
            if word in table:
                self.problem(key, f"duplicate key {word!r}", "synonyms")
                continue
            table[word] = tuple(self.text_list(value, f"synonyms.{word}", MAX_SYNONYM_CHARS))
            lines[word] = node_line(key)
        return self.untangle(table, lines)

    def untangle(self, table: dict[str, tuple[str, ...]], lines: dict[str, int]) -> dict[str, tuple[str, ...]]:
        """Give every word one meaning, the first the file gives it, and warn where a later line is overruled.

        The analyser reads a word with variants as itself, whatever an earlier line says: so a word that is a
        variant of one word and has variants of its own (`park: [garden]`, `garden: [park]`, or a chain
        `a: [b]`, `b: [c]`) would lose both meanings. Its variants are read as variants of the first word
        instead. (A variant listed twice keeps its first meaning, as the analyser reads it.)
        """
        if not table:
            return table
        from .text import Analyzer  # the analyser's own stems decide which words are the same

        stems = Analyzer().stems
        owner: dict[tuple[str, ...], str] = {}  # stems of a word or variant -> the word it stands for
        kept: dict[str, list[str]] = {}
        for word, variants in table.items():
            key = tuple(stems(word))
            first = owner.get(key) if key else None
            target = word
            if first is not None and first != word:
                target = first
                cycle = any(tuple(stems(variant)) == tuple(stems(first)) for variant in variants)
                message = (
                    f"{word!r} is already a variant of {first!r} (line {lines[first]})"
                    + (", which is a variant of it: a cycle" if cycle else "")
                    + f"; its variants are read as variants of {first!r}"
                )
                where = lines[word]
                self.problems.append(Problem(message, self.path, where, field=f"synonyms.{word}", severity="warning"))
            else:
                kept[word] = []
                if key:
                    owner[key] = word
            for variant in variants:
                variant_key = tuple(stems(variant))
                if variant_key:
                    owner.setdefault(variant_key, target)
                # "us", "get out": words qa ignores (a variant an earlier word already owns changes nothing)
                message = (
                    _ignored_words(variant, variant_key, key) if owner.get(variant_key, target) == target else None
                )
                if message:
                    where = lines[word]
                    self.problems.append(
                        Problem(message, self.path, where, field=f"synonyms.{word}", severity="warning")
                    )
                kept[target].append(variant)
        return {word: tuple(variants) for word, variants in kept.items()}

    def entries(self, node: yaml.Node) -> list[Entry]:
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"expected a list of entries, found {_describe(node)}", "entries")
            return []
        if not node.value:
            self.problem(node, "has no entries", "entries")
            return []
        entries: list[Entry] = []
        first_line: dict[str, int] = {}
        for position, item in enumerate(node.value, start=1):
            entry = self.entry_node(item, position)
            if entry is None:
                peeked = _peek_id(item)  # left out for another problem, it may reuse an id as well
                if peeked in first_line:
                    self.entry = peeked
                    self.problem(item, f"duplicate id {peeked!r} (first used on line {first_line[peeked]})", "id")
                continue
            if entry.id in first_line:
                self.entry = entry.id
                self.problem(item, f"duplicate id {entry.id!r} (first used on line {first_line[entry.id]})", "id")
                self.unusable.append(entry)
                continue
            first_line[entry.id] = entry.line or 0
            entries.append(entry)
        self.entry = None
        self.check_related(node, entries)
        return entries

    def entry_node(self, node: yaml.Node, position: int) -> Entry | None:
        self.entry = _peek_id(node) or f"#{position}"  # so problems found before the id is read still name it
        fields = self.mapping(node, ENTRY_KEYS, None)
        if not fields:
            return None
        if "id" in fields:
            entry_id = self.text(fields["id"][1], "id", 200)
            if entry_id is not None and not ID_PATTERN.match(entry_id):
                self.problem(fields["id"][1], f"id {entry_id!r} must be kebab-case (like {_kebab(entry_id)!r})", "id")
                entry_id = None
            if entry_id is not None:
                self.entry = entry_id
        for name in REQUIRED_ENTRY_KEYS:
            if name not in fields:
                self.problem(node, f"missing required field {name!r}", name)
        values: dict = {}
        phrasing_lines: list[int] | None = [] if self.field_lines else None
        for name, (_, value) in fields.items():
            if name in ("questions", "tags", "related"):
                limit = MAX_PHRASING_CHARS if name == "questions" else 200
                collect = phrasing_lines if name == "questions" and phrasing_lines is not None else None
                values[name] = tuple(self.text_list(value, name, limit, collect))
                if (
                    name == "questions"
                    and not values[name]
                    and isinstance(value, yaml.SequenceNode)
                    and not value.value
                ):
                    self.problem(value, "has no phrasings", name)
            elif name != "id":
                values[name] = self.text(value, name)
        complete = all(values.get(name) for name in REQUIRED_ENTRY_KEYS if name != "id")
        entry = Entry(
            id=self.entry,
            questions=values.get("questions") or (),
            answer=values.get("answer") or "",
            evidence=values.get("evidence") or "",
            tags=values.get("tags", ()),
            related=values.get("related", ()),
            line=node_line(node),
            lines=self.lines(fields, phrasing_lines),
        )
        if self.entry.startswith("#") or not complete:
            self.unusable.append(entry)  # still checked for what else is wrong with it (`check_related`)
            return None
        return entry

    def lines(self, fields: dict[str, tuple], phrasing_lines: list[int] | None) -> dict[str, int]:
        """Where each field's value and each phrasing is (for `qa --check`); {} when not asked for."""
        if phrasing_lines is None:
            return {}
        lines = {name: node_line(value) for name, (_, value) in fields.items()}
        return lines | dict(zip(_PHRASING_KEYS, phrasing_lines, strict=False))

    def check_related(self, node: yaml.Node, entries: list[Entry]) -> None:
        # (`--check` reads the entries left out for another problem too: each problem is named at once, and an
        # entry left out is still an entry another may name)
        ids = {entry.id for entry in entries} | {entry.id for entry in self.unusable if not entry.id.startswith("#")}
        choices: list[str] | None = None  # made once, on the first unknown id
        suggested = 0
        for entry in [*entries, *self.unusable]:
            self.entry = entry.id
            for other in entry.related:
                if other not in ids:
                    hint = ""
                    if suggested < _SUGGESTED:  # each search reads every id: a few, not one per bad id of a big file
                        choices = sorted(ids) if choices is None else choices
                        hint, suggested = did_you_mean(other, choices), suggested + 1
                    self.problems.append(
                        Problem(
                            f"related id {other!r} is not an entry{hint}",
                            file=self.path,
                            line=entry.lines.get("related", entry.line),
                            entry=entry.id,
                            field="related",
                        )
                    )
        self.entry = None


def _peek_id(node: yaml.Node) -> str | None:
    """The entry's id as written, if it is plain valid text (validated properly later)."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if getattr(key, "value", None) == "id" and isinstance(value, yaml.ScalarNode):
                return value.value if ID_PATTERN.match(value.value) else None
    return None


_SUGGESTED = 20  # unknown related ids given a "did you mean": the rest are named plainly


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    """ " (did you mean 'loan-limit'?)" for the closest of `choices`, or "" when none is close."""
    from rapidfuzz import process

    if len(word) > 2 * max(map(len, choices), default=0) + 10:
        return ""  # far longer than every choice is no slip of one (and a fuzzy match of 60 MB took 4 GB)
    match = process.extractOne(word, choices, score_cutoff=70)
    return f" (did you mean {match[0]!r}?)" if match else ""


@dataclass(frozen=True)
class Parsed:
    """All that reading a file found: the usable data (None if there is none) and every problem, plus what only
    `qa --check` needs."""

    data: KnowledgeBaseData | None
    problems: list[Problem]
    source_line: int | None = None  # the line of `source: file:`
    unusable: tuple[Entry, ...] = ()  # entries left out of `data`, with whatever fields they do have


def parse_all(path: str | Path, *, field_lines: bool = True, raw: bytes | None = None) -> Parsed:
    """Read and validate a file: the data, every problem, where `source.file` is, and the entries left out.

    `raw`: the file's bytes, when they have been read already (so what is parsed is what was hashed).

    `field_lines=False` skips recording each entry's field and phrasing lines (`Entry.lines`, which only
    `qa --check` reads): at 100 000 entries they are a dictionary each, ~65 MB.
    """
    name = os.fsdecode(path) if isinstance(path, (bytes, os.PathLike)) else str(path)
    with gc_paused():
        try:
            text = read_text(name) if raw is None else decode(raw, name)
            root = compose(refuse_hidden_line_breaks(text, name), name, BOUNDS)
        except KnowledgeBaseError as exc:
            return Parsed(None, exc.problems)
        validator = _Validator(name, field_lines)
        data = validator.document(root)
        # the node tree goes before the collector runs again: its first pass would walk millions of nodes (~1 s)
        del root
        return Parsed(data, validator.problems, validator.source_line, tuple(validator.unusable))


def parse(path: str | Path, *, field_lines: bool = True) -> tuple[KnowledgeBaseData | None, list[Problem]]:
    """Read and validate a file: the data (None if unusable) and every problem found."""
    parsed = parse_all(path, field_lines=field_lines)
    return parsed.data, parsed.problems


def read(path: str | Path | None = None, raw: bytes | None = None) -> KnowledgeBaseData:
    """Validated data of a knowledge base (None = the bundled one); raises on the first problem.

    `raw`: the file's bytes, when they have been read already.
    """
    parsed = parse_all(bundled_path() if path is None else path, field_lines=False, raw=raw)
    data, problems = parsed.data, parsed.problems
    errors = [problem for problem in problems if problem.severity == "error"]
    if errors or data is None:
        raise KnowledgeBaseError(errors or [Problem("unusable knowledge base", file=str(path))])
    return data


def _hides_any(value: str) -> bool:
    from .display import hides_any  # only for text that is not all printable

    return hides_any(value)


def _kebab(entry_id: str) -> str:
    """The id in kebab-case ("Lifeguards" → "lifeguards", "Opening Hours" → "opening-hours"), as an example of
    the form; "certified-products" when nothing of it is left."""
    kebab = re.sub(r"[^a-z0-9]+", "-", entry_id.casefold()).strip("-")
    return kebab if ID_PATTERN.match(kebab) else "certified-products"
