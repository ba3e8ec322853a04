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

from .errors import KnowledgeBaseError, Problem

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 32

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
    except FileNotFoundError:
        raise _fail(path, "no such file") from None
    except PermissionError:
        raise _fail(path, "permission denied") from None
    except OSError as exc:
        raise _fail(path, f"cannot read file ({exc.strerror or exc})") from None
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
        raise _yaml_error(path, exc) from None


def _guard_depth(text: str, path: str) -> None:
    """Cheap bound first (bracket count, indentation); the exact check only for suspicious text."""
    suspicious = False
    open_brackets = 0
    if text.count("[") + text.count("{") > MAX_DEPTH:
        for match in _BRACKETS.finditer(text):
            open_brackets += 1 if match.group() in "[{" else -1
            if open_brackets > MAX_DEPTH:
                suspicious = True
                break
    if suspicious or _DEEP_INDENT.search(text):
        _exact_depth(text, path)


def _yaml_error(path: str, exc: yaml.YAMLError) -> KnowledgeBaseError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    message = f"YAML syntax error: {problem}" + (f" ({context})" if context else "")
    if mark is not None:
        return KnowledgeBaseError(Problem(message + f" at column {mark.column + 1}", file=path, line=mark.line + 1))
    return KnowledgeBaseError(Problem(message, file=path))


def compose(text: str, path: str) -> yaml.Node:
    """The document's root node; never constructs Python objects from tags."""
    _guard_depth(text, path)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise _yaml_error(path, exc) from None
    except RecursionError:
        raise _fail(path, f"nested too deeply (more than {MAX_DEPTH} levels)") from None
    if node is None:
        raise _fail(path, "file has no content (only comments or an empty document)")
    return node
