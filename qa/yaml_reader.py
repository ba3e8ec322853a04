"""Read a YAML file into PyYAML nodes without ever constructing objects.

Why nodes: they carry line numbers for every value, so errors can point at the exact place, and composing
never runs a constructor, so no YAML tag (``!!python/object`` and friends) can execute code. The composer is
qa's own, a flat loop over the C parser's events: PyYAML's C composer recurses without a depth check (very deep
nesting can crash the interpreter) and builds the whole tree before anyone can count it, so depth, the size
of each collection (`Bound`) and the number of values are checked here as each value arrives.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import yaml

from .errors import KnowledgeBaseError, Problem
from .paths import read_file

MAX_DEPTH = 32
MAX_ALIAS_GROWTH = 100_000  # how many values aliases (*name) may add by repeating what an anchor holds
MAX_ALIAS_TEXT = 4_000_000  # … and how many characters of text (a 20,000-character answer repeated 50,000 times)
# values (scalars and collections) in one file: benchmarks/generate.py's 100 000 entries hold 1.8 million; a value
# costs about 200 bytes once composed, so this bounds memory too
MAX_VALUES = 2_500_000
MAX_ITEMS = 1_000  # items in a collection that no bound names

_BOMS = (
    (b"\xef\xbb\xbf", "UTF-8"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\xfe\xff", "UTF-16"),
    (b"\xff\xfe", "UTF-16"),
)

try:  # the C parser is many times faster; the pure-Python one is the fallback
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


def node_line(node: yaml.Node | yaml.Event) -> int:
    """The line a node (or an event) starts on, 1-based as editors count: where every problem points."""
    return node.start_mark.line + 1


def _fail(path: str, message: str, line: int | None = None) -> KnowledgeBaseError:
    return KnowledgeBaseError(Problem(message, file=path, line=line))


def read_text(path: str, kind: str = "knowledge base file") -> str:
    """The file's text, refusing what is missing, huge, empty, BOM-prefixed or not UTF-8 (a folder is said to be
    no `kind`)."""
    return decode(read_file(path, kind)[0], path)


def decode(data: bytes, path: str) -> str:
    """The text of bytes read from `path`, refusing what is empty, BOM-prefixed or not UTF-8."""
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


_HIDDEN_BREAKS = {
    "\u2028": "U+2028 LINE SEPARATOR",
    "\u2029": "U+2029 PARAGRAPH SEPARATOR",
    "\x85": "U+0085 NEXT LINE",
}


def _line_and_column(text: str, where: int) -> tuple[int, int]:
    """The line and column of a character, counting line breaks as YAML does: "\r\n", "\n" and a lone "\r" (an
    old Mac file has only those)."""
    before = text[:where]
    line = before.count("\n") + before.count("\r") - before.count("\r\n") + 1
    column = where - max(before.rfind("\n"), before.rfind("\r"))
    return line, column


def refuse_hidden_line_breaks(text: str, path: str) -> str:
    """A raw U+2028, U+2029 or U+0085 is a line break to YAML and to no editor: every line number after it
    would be one off, and the character is invisible. Named, with the way to keep it."""
    if text.isascii():
        return text
    where = min((at for at in (text.find(char) for char in _HIDDEN_BREAKS) if at >= 0), default=-1)
    if where < 0:
        return text
    line, column = _line_and_column(text, where)
    name = _HIDDEN_BREAKS[text[where]]
    escaped = ascii(text[where])[1:-1]
    message = (
        f"a raw {name} at column {column}, which YAML reads as a line break: remove it, or write it as "
        f"{escaped} inside double quotes"
    )
    raise _fail(path, message, line)


def _yaml_error(path: str, exc: yaml.YAMLError, text: str = "") -> KnowledgeBaseError:
    if isinstance(exc, yaml.reader.ReaderError):  # a character YAML forbids; it carries no line, so find it
        where = text.find(chr(exc.character)) if isinstance(exc.character, int) else -1
        character = f"control character U+{exc.character:04X}" if isinstance(exc.character, int) else "a character"
        hint = " (is the file UTF-16, or not text at all?)" if exc.character == 0 else ""
        if where < 0:
            return KnowledgeBaseError(Problem(f"{character} is not allowed in YAML{hint}", file=path))
        line, column = _line_and_column(text, where)
        message = f"{character} at column {column} is not allowed in YAML{hint}"
        return KnowledgeBaseError(Problem(message, file=path, line=line))
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or (str(exc).splitlines() or ["unreadable YAML"])[0]
    context = getattr(exc, "context", None)
    if "maximum nesting depth" in problem:  # libyaml's own limit (1000 levels), far beyond ours
        message = f"nested too deeply (more than {MAX_DEPTH} levels)"
        return KnowledgeBaseError(Problem(message, file=path, line=mark.line + 1 if mark else None))
    started = getattr(exc, "context_mark", None)
    construct = _CONSTRUCTS.get(context[context.find(" a") + 1 :] if context else "")
    bracket = _open_bracket(text, mark) if construct and not construct[1] and mark is not None else None
    if bracket is not None:  # `title: [` and then the next key: the bracket left open is what broke
        construct, started = bracket
    if construct and started is not None and mark is not None:
        return KnowledgeBaseError(_broken_construct(path, construct, started, problem, mark))
    message = f"YAML syntax error: {problem}" + (f" ({context})" if context else "")
    # `evidence: He said: "…"`: the second ': ' starts a mapping, as YAML reads it
    hint = "; a text with ': ' in it must be in quotes" if problem.startswith("mapping values are not allowed") else ""
    if mark is not None:
        where = f" at column {mark.column + 1}"
        return KnowledgeBaseError(Problem(message + where + hint, file=path, line=mark.line + 1))
    return KnowledgeBaseError(Problem(message + hint, file=path))


# What PyYAML's "while scanning/parsing a …" names, in an author's words; (name, where to point): the line where
# a quote, a bracket or a key started is what the author must fix, while a block mapping or list may have started
# a hundred lines before the line that broke it
_CONSTRUCTS = {
    "a quoted scalar": ("quoted text", True),
    "a flow sequence": ("[…] list", True),
    "a flow mapping": ("{…} mapping", True),
    "a block scalar": ("block of text (| or >)", True),
    "a simple key": ("key", True),
    "an anchor": ("anchor", True),
    "an alias": ("alias", True),
    "a tag": ("tag", True),
    "a directive": ("directive", True),
    "a block mapping": ("mapping", False),
    "a block collection": ("list", False),
    "a block node": ("value", False),
    "a flow node": ("value", False),
}


# How far into a file qa re-reads it to find a bracket left open (pure-Python scanning, only after an error)
_BRACKET_SCAN_LIMIT = 1_000_000


def _open_bracket(text: str, mark) -> tuple[tuple[str, bool], yaml.Mark] | None:
    """The innermost `[` or `{` still open where YAML broke, if any: libyaml blames the line after `title: [`
    ("did not find expected node content"), while the author must close the bracket where it opened."""
    if not text or mark.index > _BRACKET_SCAN_LIMIT:
        return None
    opened: list[yaml.Token] = []
    try:
        for token in yaml.scan(text[: mark.index], Loader=yaml.SafeLoader):
            if isinstance(token, (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken)):
                opened.append(token)
            elif isinstance(token, (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken)) and opened:
                opened.pop()
    except yaml.YAMLError:
        pass
    if not opened:
        return None
    name = "a flow sequence" if isinstance(opened[-1], yaml.FlowSequenceStartToken) else "a flow mapping"
    return _CONSTRUCTS[name], opened[-1].start_mark


def _broken_construct(path: str, construct: tuple[str, bool], started, problem: str, mark) -> Problem:
    """Point at the line where the quote, bracket or key that broke was opened, and say where it broke."""
    name, at_start = construct
    if not at_start:
        message = (
            f"YAML syntax error: {problem} at column {mark.column + 1} "
            f"(in the {name} that starts on line {started.line + 1})"
        )
        return Problem(message, file=path, line=mark.line + 1)
    if "end of stream" in problem:
        message = f"YAML syntax error: this {name} (column {started.column + 1}) is never closed"
    elif name == "key":
        # (YAML looks for the ':' of a key within its first 1,024 characters)
        message = (
            "YAML syntax error: this line is neither a 'key: value' nor a list item (no ':' in its first 1,024 "
            "characters)"
        )
    else:
        message = (
            f"YAML syntax error: this {name} (column {started.column + 1}) breaks on line {mark.line + 1}, "
            f"column {mark.column + 1}: {problem}"
        )
    return Problem(message, file=path, line=started.line + 1)


@dataclass(frozen=True)
class Bound:
    """How many items a collection may hold (a mapping: pairs), and the bounds of what it holds.

    Why while parsing: composing builds every node before anyone can count them, and a 64 MB file of tiny
    values composes into gigabytes. The composer here checks each collection against its bound as each item
    arrives, and stops at the first one past it.
    `inner` is one Bound for every item (or every value of a mapping), or one per key; unlisted keys get
    `DEFAULT_BOUND`.
    """

    most: int
    what: str  # what the items are, for the message: "entries", "phrasings", "items"
    inner: Bound | Mapping[str, Bound] | None = None

    def of(self, key: str | None) -> Bound:
        """The bound of the item (or the value of `key`) inside a collection bounded by this."""
        inner = self.inner
        if inner is None:
            return DEFAULT_BOUND
        if isinstance(inner, Bound):
            return inner
        return inner.get(key, DEFAULT_BOUND) if key is not None else DEFAULT_BOUND


DEFAULT_BOUND = Bound(MAX_ITEMS, "items")
# for files with no schema of bounds (an --eval file): the top level as long as the values limit allows
LOOSE_BOUND = Bound(MAX_VALUES, "items", DEFAULT_BOUND)

_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


class _Composer:
    """Builds PyYAML nodes from the parser's events without recursion, checking depth, sizes and aliases."""

    def __init__(self, loader, path: str, bounds: Bound):
        self.loader = loader
        self.path = path
        self.bounds = bounds
        self.resolvers = loader.yaml_implicit_resolvers
        self.wildcard = self.resolvers.get(None, [])

    def tag(self, value: str) -> str:
        """The implicit tag of a plain scalar, as PyYAML's resolver decides it (text unless its first character
        could begin a number, a date, a boolean or null)."""
        for tag, pattern in self.resolvers.get(value[:1], []) + self.wildcard:
            if pattern.match(value):
                return tag
        return _STR

    def document(self) -> yaml.Node | None:
        get = self.loader.get_event
        get()  # stream start
        if isinstance(self.loader.peek_event(), yaml.StreamEndEvent):
            return None
        start = get()  # document start
        root = self.node()
        get()  # document end
        extra = get()
        if not isinstance(extra, yaml.StreamEndEvent):
            raise yaml.composer.ComposerError(
                "expected a single document in the stream",
                start.start_mark,
                "but found another document",
                extra.start_mark,
            )
        return root

    def node(self) -> yaml.Node:
        """The root node, built in one flat loop over the events: nesting costs no recursion.

        The loop is the cost of reading a large file, so a scalar (most events) takes the shortest path.
        """
        get = self.loader.get_event
        tag_of = self.tag
        # first characters that may make a plain scalar something other than text (all, if any pattern is general)
        maybe_not_text = None if self.wildcard else frozenset(self.resolvers)
        scalar_event, alias_event = yaml.ScalarEvent, yaml.AliasEvent
        sequence_start, mapping_start = yaml.SequenceStartEvent, yaml.MappingStartEvent
        ScalarNode, SequenceNode, MappingNode = yaml.ScalarNode, yaml.SequenceNode, yaml.MappingNode
        anchors: dict[str, yaml.Node] = {}
        open_anchors: dict[str, yaml.Node] = {}  # anchors of the collections still open: an alias to one is a loop
        # the open collection's items (a mapping's keys and values alternate), its bound, how many items it may
        # hold (a mapping's keys and values both count) and whether it is a mapping; at first, the document
        document: list[yaml.Node] = []
        items, bound, limit, in_mapping = document, Bound(1, "documents", self.bounds), 1, False
        stack: list[tuple[yaml.Node, list, Bound, int, bool]] = []  # each open collection, and its parent's state
        values = 0  # collections, and the items of those closed: checked at each collection's start and end
        aliased = False
        # the values of one line share its first mark, and none keeps an end mark: only the line is ever read, and
        # a mark costs as much as a node
        line, mark = -1, None
        while True:
            event = get()
            kind = type(event)
            if kind is scalar_event:
                value = event.value
                tag = event.tag
                if tag is None or tag == "!":
                    plain = event.implicit[0] and (maybe_not_text is None or value[:1] in maybe_not_text)
                    tag = tag_of(value) if plain else _STR
                start = event.start_mark
                if start.line != line:
                    mark, line = start, start.line
                node = ScalarNode(tag, value, mark, None, event.style)
                if event.anchor is not None:
                    self.keep_anchor(event, node, anchors)
                items.append(node)
                if len(items) > limit:
                    raise self.too_many(bound, event)
                if not stack:  # a document that is one scalar
                    break
                continue
            if kind is sequence_start or kind is mapping_start:
                if len(stack) >= MAX_DEPTH:
                    raise self.fail(f"nested too deeply (more than {MAX_DEPTH} levels)", event)
                mapping = kind is mapping_start
                tag = event.tag
                if tag is None or tag == "!":
                    tag = _MAP if mapping else _SEQ
                start = event.start_mark
                if start.line != line:
                    mark, line = start, start.line
                children: list = []
                node = (MappingNode if mapping else SequenceNode)(tag, children, mark, None, event.flow_style)
                if in_mapping and len(items) % 2:  # the value of a key
                    inner = bound.of(items[-1].value if isinstance(items[-1], ScalarNode) else None)
                else:
                    inner = bound.of(None)
                if event.anchor is not None:
                    self.keep_anchor(event, node, anchors)
                    open_anchors[event.anchor] = node
                items.append(node)
                if len(items) > limit:
                    raise self.too_many(bound, event)
                stack.append((node, items, bound, limit, in_mapping))
                items, bound, limit, in_mapping = children, inner, inner.most * (2 if mapping else 1), mapping
                values += 1
                if values > MAX_VALUES:
                    raise self.values_past_limit(event)
                continue
            if kind is alias_event:
                node = anchors.get(event.anchor)
                if node is None:
                    message = f"found undefined alias {event.anchor!r}"
                    raise yaml.composer.ComposerError(None, None, message, event.start_mark)
                if event.anchor in open_anchors:
                    raise self.fail("an alias refers to the anchor that contains it", event)
                aliased = True
                items.append(node)
                if len(items) > limit:
                    raise self.too_many(bound, event)
                if not stack:
                    break
                continue
            # the end of a sequence or a mapping
            values += len(items)
            if values > MAX_VALUES:
                raise self.values_past_limit(event)
            node, items, bound, limit, in_mapping = stack.pop()
            if type(node) is MappingNode:
                flat = node.value
                node.value = list(zip(flat[::2], flat[1::2], strict=True))
            if open_anchors:
                open_anchors = {name: held for name, held in open_anchors.items() if held is not node}
            if not stack:
                break
        root = document[0]
        if aliased:
            _guard_aliases(root, self.path)
        return root

    def values_past_limit(self, event) -> KnowledgeBaseError:
        return self.fail(f"holds more than {MAX_VALUES:,} values; the limit is {MAX_VALUES:,}", event)

    def too_many(self, bound: Bound, event) -> KnowledgeBaseError:
        return self.fail(f"has more than {bound.most:,} {bound.what}; the limit is {bound.most:,}", event)

    def keep_anchor(self, event, node: yaml.Node, anchors: dict[str, yaml.Node]) -> None:
        anchor = event.anchor
        if anchor is None:
            return
        if anchor in anchors:
            raise yaml.composer.ComposerError(
                f"found duplicate anchor {anchor!r}; first occurrence",
                anchors[anchor].start_mark,
                "second occurrence",
                event.start_mark,
            )
        anchors[anchor] = node

    def fail(self, message: str, event) -> KnowledgeBaseError:
        return _fail(self.path, message, node_line(event))


def compose(text: str, path: str, bounds: Bound = LOOSE_BOUND) -> yaml.Node:
    """The document's root node; never constructs Python objects from tags, and stops at the first bound passed."""
    loader = _Loader(text)
    try:
        node = _Composer(loader, path, bounds).document()
    except yaml.YAMLError as exc:
        raise _yaml_error(path, exc, text) from None
    finally:
        loader.dispose()
    if node is None:
        raise _fail(path, "file has no content (only comments or an empty document)")
    return node


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
    text: dict[int, int] = {}  # id(node) -> characters of text it expands to
    inside: set[int] = set()  # nodes being walked (the path from the root): an alias to one is a loop
    growth = grown_text = 0
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            children = _children(node)
            size[key] = 1 + sum(size[id(child)] for child in children)
            own = len(node.value) if isinstance(node, yaml.ScalarNode) else 0
            text[key] = own + sum(text[id(child)] for child in children)
            inside.discard(key)
        elif key in size:  # a repetition: an alias to an anchor already walked
            growth += size[key]
            grown_text += text[key]
            if grown_text > MAX_ALIAS_TEXT:
                raise _fail(
                    path,
                    f"anchors and aliases repeat more than {MAX_ALIAS_TEXT:,} characters of text "
                    "(the anchor here is repeated too often)",
                    node_line(node),
                )
            if growth > MAX_ALIAS_GROWTH:
                raise _fail(
                    path,
                    f"anchors and aliases expand the document by more than {MAX_ALIAS_GROWTH:,} values "
                    "(the anchor here is repeated too often)",
                    node_line(node),
                )
        elif key in inside:
            raise _fail(path, "an alias refers to the anchor that contains it", node_line(node))
        else:
            inside.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(_children(node)))
