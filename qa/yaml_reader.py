"""Read a YAML file into PyYAML nodes without ever constructing objects.

Why nodes: they carry line numbers for every value, so errors can point at the exact place, and composing
never runs a constructor, so no YAML tag (``!!python/object`` and friends) can execute code. The guards here
run *before* the parser sees the text: PyYAML's C composer recurses without a depth check and can crash
the interpreter on very deep nesting.
"""

from __future__ import annotations

import os
import re

import yaml

from .errors import KnowledgeBaseError, Problem, unreadable

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 32
MAX_ALIAS_GROWTH = 100_000  # how many values aliases (*name) may add by repeating what an anchor holds

_BOMS = (
    (b"\xef\xbb\xbf", "UTF-8"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\xfe\xff", "UTF-16"),
    (b"\xff\xfe", "UTF-16"),
)
_BRACKETS = re.compile(r"[\[\]{}]")
_INDENT_LIMIT = MAX_DEPTH // 2
_DEEP_INDENT = re.compile(rf"^[ \t?:-]{{{_INDENT_LIMIT},}}", re.MULTILINE)
_ANCHOR = re.compile(r"&[^\s\[\]{},]")  # "&name", "*name": cheap tests that let most files skip the alias walk
_ALIAS = re.compile(r"\*[^\s\[\]{},]")

try:  # the C parser is many times faster; the pure-Python one is the fallback
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


def _fail(path: str, message: str, line: int | None = None) -> KnowledgeBaseError:
    return KnowledgeBaseError(Problem(message, file=path, line=line))


def read_text(path: str) -> str:
    """The file's text, refusing what is missing, huge, empty, BOM-prefixed or not UTF-8."""
    try:
        size = os.stat(path).st_size
        if os.path.isdir(path):
            raise _fail(path, "is a folder, not a knowledge base file")
        if size > MAX_FILE_BYTES:
            raise _fail(path, f"file is too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _fail(path, unreadable(exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise _fail(path, f"file is too large (the limit is {MAX_FILE_BYTES:,} bytes)")
    for bom, name in _BOMS:
        if data.startswith(bom):
            raise _fail(path, f"file starts with a {name} byte-order mark; save it as UTF-8 without a BOM", 1)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _fail(path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})", line) from None
    if not text.strip():
        raise _fail(path, "file is empty")
    return text


def _exact_depth(text: str, path: str) -> None:
    """Measure nesting from the event stream (flat, no recursion) and refuse documents nested too deep."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    line = event.start_mark.line + 1 if event.start_mark else None
                    raise _fail(path, f"nested too deeply (more than {MAX_DEPTH} levels)", line)
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.YAMLError as exc:
        raise _yaml_error(path, exc, text) from None


def _guard_depth(text: str, path: str) -> None:
    """Cheap bound first (bracket count, indentation); the exact check only for suspicious text."""
    suspicious = False
    open_brackets = 0
    if text.count("[") + text.count("{") > MAX_DEPTH:
        for match in _BRACKETS.finditer(text):
            # never below zero: closers in a comment or a string must not hide the openers that follow
            open_brackets = open_brackets + 1 if match.group() in "[{" else max(open_brackets - 1, 0)
            if open_brackets > MAX_DEPTH:
                suspicious = True
                break
    if suspicious or _DEEP_INDENT.search(text):
        _exact_depth(text, path)


def _yaml_error(path: str, exc: yaml.YAMLError, text: str = "") -> KnowledgeBaseError:
    if isinstance(exc, yaml.reader.ReaderError):  # a character YAML forbids; it carries no line, so find it
        where = text.find(chr(exc.character)) if isinstance(exc.character, int) else -1
        character = f"control character U+{exc.character:04X}" if isinstance(exc.character, int) else "a character"
        hint = " (is the file UTF-16, or not text at all?)" if exc.character == 0 else ""
        if where < 0:
            return KnowledgeBaseError(Problem(f"{character} is not allowed in YAML{hint}", file=path))
        line = text.count("\n", 0, where) + 1
        column = where - (text.rfind("\n", 0, where) + 1) + 1
        message = f"{character} at column {column} is not allowed in YAML{hint}"
        return KnowledgeBaseError(Problem(message, file=path, line=line))
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or (str(exc).splitlines() or ["unreadable YAML"])[0]
    context = getattr(exc, "context", None)
    message = f"YAML syntax error: {problem}" + (f" ({context})" if context else "")
    if "maximum nesting depth" in problem:  # libyaml's own limit (1000 levels), far beyond ours
        message = f"nested too deeply (more than {MAX_DEPTH} levels)"
        return KnowledgeBaseError(Problem(message, file=path, line=mark.line + 1 if mark else None))
    if mark is not None:
        return KnowledgeBaseError(Problem(message + f" at column {mark.column + 1}", file=path, line=mark.line + 1))
    return KnowledgeBaseError(Problem(message, file=path))


def compose(text: str, path: str) -> yaml.Node:
    """The document's root node; never constructs Python objects from tags."""
    _guard_depth(text, path)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise _yaml_error(path, exc, text) from None
    except RecursionError:
        raise _fail(path, f"nested too deeply (more than {MAX_DEPTH} levels)") from None
    if node is None:
        raise _fail(path, "file has no content (only comments or an empty document)")
    if _uses(_ANCHOR, text) and _uses(_ALIAS, text):
        _guard_aliases(node, path)
    return node


def _uses(sigil: re.Pattern[str], text: str) -> bool:
    """Whether `&name` / `*name` appears where YAML could read it as an anchor / alias (not inside a word)."""
    return any(match.start() == 0 or text[match.start() - 1] in " \t\r\n[{," for match in sigil.finditer(text))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return node.value
    return []


def _guard_aliases(root: yaml.Node, path: str) -> None:
    """Refuse aliases that repeat an anchor's content too often ("billion laughs") or that refer to themselves.

    Composing shares one node per anchor, so the tree is small; but everything that walks it (validation,
    the index) pays for every repetition. Walk each node once (flat, no recursion), knowing the expanded
    size of everything below it, and add up what each repetition costs.
    """
    size: dict[int, int] = {}  # id(node) -> number of values it expands to
    inside: set[int] = set()  # nodes being walked (the path from the root): an alias to one is a loop
    growth = 0
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            size[key] = 1 + sum(size[id(child)] for child in _children(node))
            inside.discard(key)
        elif key in size:  # a repetition: an alias to an anchor already walked
            growth += size[key]
            if growth > MAX_ALIAS_GROWTH:
                raise _fail(
                    path,
                    f"anchors and aliases expand the document by more than {MAX_ALIAS_GROWTH:,} values "
                    "(the anchor here is repeated too often)",
                    node.start_mark.line + 1,
                )
        elif key in inside:
            raise _fail(path, "an alias refers to the anchor that contains it", node.start_mark.line + 1)
        else:
            inside.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(_children(node)))
