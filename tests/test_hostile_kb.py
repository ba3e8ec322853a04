"""Hostile knowledge bases, through the real CLI (issue 5).

Every one must end with exit status 2 and exactly one line on stderr, `qa: error: FILE[:LINE]: ...`, naming
the problem; never a traceback, a hang, a crash of the interpreter, or code run by a YAML tag.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from helpers import run_qa_bytes as run_qa

TIMEOUT = 20  # seconds for any one run of qa; every hostile file must be refused well within it

VALID = """\
version: 1
title: Test knowledge base
entries:
  - id: parks
    questions: [How many industrial parks are there?, number of industrial parks, industrial parks built]
    answer: Shenzhen helped build 20 industrial parks in Hechi.
    evidence: Shenzhen has helped build 20 jointly-established industrial parks in Hechi.
"""
QUESTION = "How many industrial parks are there?"


def refused(path: Path, *extra: str, line: int | None = None, cwd: Path | None = None) -> str:
    """Run `qa --kb PATH -q ...` and check the refusal; returns the one error line (without the prefix)."""
    started = time.monotonic()
    result = run_qa("--kb", str(path), *(extra or ("-q", QUESTION)), cwd=cwd)
    elapsed = time.monotonic() - started
    out = result.stdout.decode("utf-8", "replace")
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, f"exit {result.returncode} (negative = killed by a signal)\n{err}"
    assert "Traceback" not in out + err
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, f"not exactly one line on stderr: {err!r}"
    assert err.startswith(f"qa: error: {path}"), err
    if line is not None:
        assert err.startswith(f"qa: error: {path}:{line}: "), err
    assert "\x1b" not in err
    assert elapsed < 10, f"took {elapsed:.1f} s"
    return err[len("qa: error: ") :].rstrip("\n")


def write(tmp_path: Path, content: str | bytes, name: str = "kb.yaml") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def mutate(number: int | tuple[int, int], replacement: str) -> str:
    """VALID with its line `number` (1-based), or lines (first, last), replaced by one or more lines."""
    first, last = number if isinstance(number, tuple) else (number, number)
    lines = VALID.splitlines()
    lines[first - 1 : last] = [replacement]
    return "\n".join(lines) + "\n"


def test_the_valid_base_answers(tmp_path):
    """The control: the file every case below breaks in one place does load and answer."""
    result = run_qa("--kb", str(write(tmp_path, VALID)), "-q", QUESTION)
    assert result.returncode == 0, result.stderr
    assert b"20 industrial parks" in result.stdout
    assert result.stderr == b""


# -- YAML syntax ----------------------------------------------------------------------------------------

SYNTAX_ERRORS = {
    "unclosed flow list": (mutate(5, "    questions: [How many parks?, number of parks"), None),
    "unclosed quote": (mutate(6, '    answer: "Shenzhen helped'), None),
    "bad indentation": (mutate(6, "      answer: Shenzhen helped build 20 parks.\n   evidence: x"), None),
    "tab indentation": (mutate(6, "\tanswer: Shenzhen helped build 20 parks."), 6),
    "stray closing bracket": (mutate(6, "    answer: ]"), 6),
    "mapping value inside a plain value": (mutate(6, "    answer: a: b: c"), 6),
    "two documents": (VALID + "---\ntitle: again\n", 8),
    "unknown escape": (mutate(6, '    answer: "bad \\q escape"'), 6),
    "undefined alias": (mutate(6, "    answer: *nowhere"), 6),
    "unclosed flow mapping": (mutate(6, "    answer: {a: b"), None),
}


@pytest.mark.parametrize("name", SYNTAX_ERRORS)
def test_yaml_syntax_error_names_line_and_column(tmp_path, name):
    text, line = SYNTAX_ERRORS[name]
    message = refused(write(tmp_path, text), line=line)
    assert re.match(rf"{re.escape(str(tmp_path / 'kb.yaml'))}:\d+: ", message), message
    assert "column" in message or "alias" in message, message


# -- tags: no code may ever run -------------------------------------------------------------------------

TAGGED = {
    "apply os.system as title": 'title: !!python/object/apply:os.system ["touch {m}"]',
    "apply os.system at top level": '!!python/object/apply:os.system ["touch {m}"]',
    "new os.system as document": '--- !!python/object/new:os.system ["touch {m}"]',
    "apply subprocess as answer": None,  # filled in below: inside an otherwise valid entry
    "name os.system": "title: !!python/name:os.system",
    "module os": "title: !!python/module:os",
    "exec builtin": "title: !!python/object/apply:builtins.exec [\"open('{m}', 'w').close()\"]",
    "python object state": 'title: !!python/object/new:subprocess.Popen {{args: [["touch", "{m}"]]}}',
    "tagged key": '? !!python/object/apply:os.system ["touch {m}"]\n: value',
    "custom tag on top mapping": "--- !foo\ntitle: x",
    "verbatim tag": 'title: !<tag:yaml.org,2002:python/object/apply:os.system> ["touch {m}"]',
    "tag directive": '%TAG !py! tag:yaml.org,2002:python/object/apply:\n---\ntitle: !py!os.system ["touch {m}"]',
}


def _tagged_text(name: str, marker: Path) -> str:
    body = TAGGED[name]
    if body is None:
        return mutate(6, f'    answer: !!python/object/apply:subprocess.check_call [["touch", "{marker}"]]')
    return body.format(m=marker) + "\n"


@pytest.mark.parametrize("name", TAGGED)
def test_tags_never_construct_anything(tmp_path, name):
    marker = tmp_path / "created-by-a-tag"
    path = write(tmp_path, _tagged_text(name, marker))
    refused(path)
    assert not marker.exists()
    for action in (("--check",), ("--check", "--json")):  # the linter reads nodes too
        result = run_qa("--kb", str(path), *action)
        assert result.returncode in (1, 2)
        assert b"Traceback" not in result.stdout + result.stderr
    assert not marker.exists()


TAGS_IN_VALID_PLACES = {
    "entry tagged as a python object": (4, "  - !!python/object:qa.model.Entry\n    id: parks"),
    "custom scalar tag in questions": (5, "    questions: [!foo How many parks?, number of parks, parks built]"),
    "custom tag on answer": (6, "    answer: !shell touch {m}"),
    "apply os.system as evidence": (7, '    evidence: !!python/object/apply:os.system ["touch {m}"]'),
    "set where a list belongs": (5, "    questions: !!set {{How many parks?: null, parks built: null}}"),
}


@pytest.mark.parametrize("name", TAGS_IN_VALID_PLACES)
def test_a_tag_in_an_otherwise_valid_file_is_named(tmp_path, name):
    marker = tmp_path / "created-by-a-tag"
    number, replacement = TAGS_IN_VALID_PLACES[name]
    message = refused(write(tmp_path, mutate(number, replacement.format(m=marker))), line=number)
    assert "tag" in message.lower(), message
    assert not marker.exists()


def test_tags_in_an_eval_file_construct_nothing(tmp_path):
    marker = tmp_path / "created-by-a-tag"
    questions = write(tmp_path, f'- q: !!python/object/apply:os.system ["touch {marker}"]\n  expect: x\n', "q.yaml")
    result = run_qa("--eval", str(questions))
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
    assert not marker.exists()


# -- anchors and aliases ----------------------------------------------------------------------------------


def _laughs(levels: int = 9, width: int = 9) -> str:
    lines = ["a0: &a0 [" + ", ".join(['"lol"'] * width) + "]"]
    for level in range(1, levels):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


ALIAS_BOMBS = {
    # the classic: 9 levels of 9 aliases each, about 400 million values once expanded
    "billion laughs": _laughs(),
    "billion laughs as entries": _laughs() + "title: t\nentries: *a8\n",
    "billion laughs as phrasings": _laughs()
    + "title: t\nentries:\n  - {id: a, questions: *a8, answer: An answer., evidence: Evidence.}\n",
    "doubling chain": "".join(f"d{n}: &d{n} [*d{n - 1}, *d{n - 1}]\n" for n in range(1, 80)).replace(
        "[*d0, *d0]", "[x, x]"
    ),
    # every alias is harmless alone; 50 000 copies of a 200-phrasing entry are not
    "one entry repeated": "title: t\nentries:\n  - &e {id: a, questions: ["
    + ", ".join(f"phrasing number {n}" for n in range(200))
    + "], answer: a, evidence: e}\n"
    + "  - *e\n" * 50_000,
    "one synonym list repeated": "title: t\nsynonyms:\n  w0: &s ["
    + ", ".join(f"w{n}" for n in range(5_000))
    + "]\n"
    + "".join(f"  k{n}: *s\n" for n in range(5_000))
    + "entries:\n  - {id: a, questions: [q], answer: a, evidence: e}\n",
    "alias to itself": "title: t\nentries: &loop [*loop]\n",
    "mapping containing itself": "title: t\nsource: &m {title: *m}\nentries: []\n",
}


@pytest.mark.parametrize("name", ALIAS_BOMBS)
def test_alias_bombs_are_refused_quickly(tmp_path, name):
    refused(write(tmp_path, ALIAS_BOMBS[name]))


def test_a_modest_alias_is_still_fine(tmp_path):
    text = VALID.replace("  - id: parks\n", "  - id: parks\n    tags: &shared [industry, parks]\n") + (
        "  - id: villages\n"
        "    tags: *shared\n"
        "    questions: [How many villages left the poverty list?, villages removed, poverty list villages]\n"
        "    answer: 817 villages left the poverty list.\n"
        "    evidence: 817 impoverished villages there were removed from the poverty list.\n"
    )
    result = run_qa("--kb", str(write(tmp_path, text)), "-q", "How many villages left the poverty list?")
    assert result.returncode == 0, result.stderr
    assert b"817" in result.stdout


# -- deep nesting: the C parser must never see what could crash the interpreter ---------------------------

N = 100_000
DEEP = {
    "open brackets": "[" * N,
    "balanced brackets": "[" * N + "]" * N,
    "open braces": "{a: " * N,
    "balanced braces": "{a: " * N + "}" * N,
    "mixed flow": "[{a: " * (N // 2),
    "as a value": "title: " + "[" * N + "]" * N + "\n",
    "block mappings": "".join(" " * depth + f"k{depth}:\n" for depth in range(3_000)),
    "block sequences": "".join("  " * depth + "-\n" for depth in range(3_000)),
    "compact sequences": "- " * N + "x\n",
    "explicit keys": "? " * N + "x\n",
    # closers in a comment or in strings must not hide the openers that follow them
    "closers in a comment first": "# " + "]" * N + "\ntitle: " + "[" * N + "\n",
    "closers in strings": "title: " + '[x, "]", ' * 20_000 + "]" * 20_000 + "\n",
    "closers in single quotes": "title: " + "{a: '}', b: " * 20_000 + "}" * 20_000 + "\n",
}


@pytest.mark.parametrize("name", DEEP)
def test_deep_nesting_is_refused_without_crashing(tmp_path, name):
    message = refused(write(tmp_path, DEEP[name]))
    assert "nested too deeply" in message or "YAML syntax error" in message, message


def test_nesting_at_the_limit_is_not_an_error_of_depth(tmp_path):
    from qa.yaml_reader import MAX_DEPTH

    text = mutate(2, "title: " + "[" * (MAX_DEPTH - 3) + "x" + "]" * (MAX_DEPTH - 3))
    message = refused(write(tmp_path, text), line=2)
    assert "nested" not in message
    assert "expected text, found a list" in message


# -- size, emptiness, encoding ---------------------------------------------------------------------------


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.yaml"
    with open(path, "wb") as handle:  # sparse: 70 MB on paper, nothing on disk
        handle.truncate(70 * 1024 * 1024)
    message = refused(path)
    assert "too large" in message and "limit" in message


def test_endless_file_is_refused(tmp_path):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    message = refused(Path("/dev/zero"))
    assert "too large" in message


@pytest.mark.parametrize(
    "content",
    ["", "\n", "   \n\t\n", "# just a comment\n", "# one\n\n# two\n", "---\n", "--- \n...\n", "%YAML 1.1\n---\n"],
    ids=["empty", "newline", "whitespace", "comment", "comments", "document-start", "empty-document", "directive"],
)
def test_empty_or_comment_only_file(tmp_path, content):
    message = refused(write(tmp_path, content))
    assert "empty" in message or "no content" in message or "top level" in message, message


def test_no_such_file_and_a_folder(tmp_path):
    assert "no such file" in refused(tmp_path / "missing.yaml")
    assert "folder" in refused(tmp_path)


ENCODINGS = {
    "latin-1 on line 4": (VALID.replace("- id: parks\n", "- id: parks café\n"), "latin-1", 4),
    "utf-16 with BOM": (VALID, "utf-16", 1),
    "utf-16-be with BOM": (VALID, "utf-16-be-bom", 1),
    "utf-16-le without BOM": (VALID, "utf-16-le", 1),
    "utf-32 with BOM": (VALID, "utf-32", 1),
    "cp1252 quotes": (mutate(6, "    answer: \u201cquoted\u201d"), "cp1252", 6),
}


@pytest.mark.parametrize("name", ENCODINGS)
def test_not_utf8(tmp_path, name):
    text, encoding, line = ENCODINGS[name]
    data = b"\xfe\xff" + text.encode("utf-16-be") if encoding == "utf-16-be-bom" else text.encode(encoding)
    message = refused(write(tmp_path, data), line=line)
    assert "UTF-8" in message or "UTF-16" in message or "control character" in message, message


def test_binary_garbage(tmp_path):
    refused(write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4))


def test_nul_byte_names_its_line(tmp_path):
    message = refused(write(tmp_path, mutate(6, "    answer: a\x00b").encode()), line=6)
    assert "U+0000" in message


def test_utf8_bom_is_refused_with_the_fix(tmp_path):
    message = refused(write(tmp_path, b"\xef\xbb\xbf" + VALID.encode()), line=1)
    assert "byte-order mark" in message
    assert "without a BOM" in message


# -- shape ------------------------------------------------------------------------------------------------

TOP_LEVEL = {
    "list": "- a\n- b\n",
    "flow list": "[title, entries]\n",
    "text": "just some words\n",
    "number": "42\n",
    "null": "null\n",
    "boolean": "true\n",
    "quoted text": '"title: x"\n',
    "block text": "|\n  title: x\n",
}


@pytest.mark.parametrize("name", TOP_LEVEL)
def test_top_level_not_a_mapping(tmp_path, name):
    message = refused(write(tmp_path, TOP_LEVEL[name]), line=1)
    assert "top level must be a mapping" in message


WRONG_TYPES = {
    # (line replaced, new text, line expected in the error)
    "number for questions": (5, "    questions: 5", 5),
    "text for questions": (5, "    questions: How many parks?", 5),
    "mapping for questions": (5, "    questions: {a: b}", 5),
    "list in questions": (5, "    questions: [[How many parks?], number of parks]", 5),
    "mapping in questions": (5, "    questions: [{q: How many parks?}, number of parks]", 5),
    "number in questions": (5, "    questions: [How many parks?, 42]", 5),
    "list for answer": (6, "    answer: [Shenzhen helped, build 20 parks]", 6),
    "mapping for answer": (6, "    answer: {text: Shenzhen helped build 20 parks.}", 6),
    "number for answer": (6, "    answer: 20", 6),
    "boolean for answer": (6, "    answer: yes", 6),
    "null for answer": (6, "    answer:", 6),
    "date for answer": (6, "    answer: 2023-07-18", 6),
    "mapping for evidence": (7, "    evidence:\n      text: x", 8),
    "number for id": (4, "  - id: 12", 4),
    "list for id": (4, "  - id: [parks]", 4),
    "list for title": (2, "title: [Test, knowledge base]", 2),
    "mapping for title": (2, "title: {name: Test}", 2),
    "list for version": (1, "version: [1]", 1),
    "text for version": (1, "version: one", 1),
    "number for entries": ((3, 7), "entries: 5", 3),
    "text for entries": ((3, 7), "entries: parks", 3),
    "mapping for entries": ((3, 7), "entries:\n  parks: 1", 4),
    "empty list for entries": ((3, 7), "entries: []", 3),
    "number as an entry": (4, "  - 5\n  - id: parks", 4),
    "list as an entry": (4, "  - [parks, 5]\n  - id: parks", 4),
    "text as an entry": (4, "  - parks\n  - id: parks", 4),
    "list for synonyms": (2, "title: Test\nsynonyms: [parks]", 3),
    "number for a synonym list": (2, "title: Test\nsynonyms:\n  park: 5", 4),
    "text for source": (2, "title: Test\nsource: China Daily", 3),
    "list in source": (2, "title: Test\nsource:\n  publisher: [China, Daily]", 4),
    "list for tags": (5, "    tags: 5\n    questions: [How many parks?]", 5),
    "mapping as a key": (2, "title: Test\n? {a: b}\n: c", 3),
    "list as a key": (2, "title: Test\n[a, b]: c", 3),
}


@pytest.mark.parametrize("name", WRONG_TYPES)
def test_wrong_types_anywhere(tmp_path, name):
    number, replacement, line = WRONG_TYPES[name]
    refused(write(tmp_path, mutate(number, replacement)), line=line)


DUPLICATES = {
    "top level": (2, "title: Test\ntitle: Again", 3),
    "in an entry": (6, "    answer: One.\n    answer: Two.", 7),
    "id in an entry": (4, "  - id: parks\n    id: other", 5),
    "in source": (2, "title: Test\nsource:\n  publisher: A\n  publisher: B", 5),
    "in a flow mapping": (2, "title: Test\nsource: {publisher: A, publisher: B}", 3),
    "in synonyms": (2, "title: Test\nsynonyms:\n  park: [zone]\n  park: [estate]", 5),
    "quoted and plain": (2, 'title: Test\n"title": Again', 3),
}


@pytest.mark.parametrize("name", DUPLICATES)
def test_duplicate_keys(tmp_path, name):
    number, replacement, line = DUPLICATES[name]
    message = refused(write(tmp_path, mutate(number, replacement)), line=line)
    assert "duplicate" in message


def test_duplicate_entry_ids(tmp_path):
    text = VALID + "\n".join(VALID.splitlines()[3:]) + "\n"
    message = refused(write(tmp_path, text), line=8)
    assert "duplicate id" in message


# -- limits and what a problem looks like -----------------------------------------------------------------


def test_too_long_phrasing(tmp_path):
    from qa.loader import MAX_PHRASING_CHARS

    message = refused(write(tmp_path, mutate(5, f"    questions: [{'x' * (MAX_PHRASING_CHARS + 1)}]")), line=5)
    assert "too long" in message


def test_escape_sequences_in_file_names_and_values_stay_off_the_terminal(tmp_path):
    """The message quotes the file name and the key: neither may smuggle control sequences to stderr."""
    folder = tmp_path / "a\x1b[31mred\nname"
    folder.mkdir()
    path = write(folder, mutate(2, 'title: Test\n"bad \\e[2J key": 1'))
    result = run_qa("--kb", str(path), "-q", QUESTION)
    assert result.returncode == 2
    assert b"\x1b" not in result.stderr
    assert result.stderr.count(b"\n") == 1
    assert result.stderr.startswith(b"qa: error: ")


def test_many_problems_are_one_line_pointing_at_check(tmp_path):
    message = refused(write(tmp_path, "title: [x]\nentries: 5\nversion: 9\n"))
    assert "more that stop" in message and "qa --check" in message


def test_digits_int_refuses_are_no_year_and_no_width(tmp_path, monkeypatch):
    """ "²⁰²⁴" is made of digits to str.isdigit but not to int(): a `published` date or a COLUMNS value written
    so raised a ValueError (a traceback) instead of being ignored."""
    import io

    import qa
    from qa.cli import terminal_columns

    path = tmp_path / "kb.yaml"
    path.write_text(
        'version: 1\ntitle: T\nsource:\n  published: "²⁰²⁴-01-01"\nentries:\n'
        "  - id: a\n    questions: [what colour is the sky, sky colour, colour of the sky]\n"
        "    answer: The sky is blue.\n    evidence: The sky is blue.\n",
        encoding="utf-8",
    )
    kb = qa.load(path)
    assert kb.index.published_year is None and kb.ask("sky colour").answered

    class Screen(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setenv("COLUMNS", "²")
    assert terminal_columns(Screen()) != 2  # ignored: the terminal's own width, or the default


def test_a_line_of_many_questions_is_read_whole_not_part_by_part(kb):
    """ "people? people? …": past a handful of parts a line is no compound question (reading each part of a
    long line cost seconds on a knowledge base of long phrasings)."""
    from qa.tuning import LIMITS

    asked = kb.ask("how many parks? " * (LIMITS.compound_parts + 1))
    assert not asked.parts
    assert len(kb.ask("how many parks? and how many villages?").parts) == 2


def test_control_characters_in_a_knowledge_base_are_a_warning_at_their_line(tmp_path):
    """A tag with an escape sequence was listed by /topics as "borrow" but could not be looked up, and an answer
    with "\\x1b[31m" drew "number 31 … is not in the evidence": nothing said the text held characters qa never
    shows (found by a hostile-input helper)."""
    from qa.loader import parse_all

    path = tmp_path / "kb.yaml"
    path.write_text(
        "version: 1\ntitle: Library\nentries:\n"
        "  - id: loans\n    questions: [How many books can I borrow?, loan limit]\n"
        '    answer: "Each card borrows \\e[31m12 items."\n'
        "    evidence: Each card borrows 12 items.\n"
        '    tags: ["bor\\e[31mrow"]\n',
        encoding="utf-8",
    )
    warned = [p for p in parse_all(path).problems if "control characters" in p.message]
    assert [(p.field, p.line, p.severity) for p in warned] == [("answer", 6, "warning"), ("tags", 8, "warning")]


HIDDEN = """version: 1
title: "Riverside\\e]0;x Library \\x9b"
entries:
  - id: loans
    questions: [How many books can I borrow?, loan limit, borrowing limit]
    answer: "Each card\\e] can borrow up to 12\\u200b items\\ufeff at a time\\U000E0049\\U000E0021."
    evidence: Each card can borrow up to 12 items at a time.
  - id: hours
    questions: [When is the library open?, opening hours, library hours]
    answer: The library is open from 9 am to 6 pm.
    evidence: The library is open from 9 am to 6 pm.
"""


def test_invisible_characters_and_open_escapes_of_a_file_never_reach_the_output(tmp_path):
    """A helper's attack: a zero-width space, a BOM and tag characters (hidden text) in an answer reached the
    terminal and JSON raw; an escape sequence left open in an answer or a title took qa's own words after it
    ("I don't know …" of a compound question's other part, "You could ask")."""
    import json

    import qa
    from qa.display import clean, to_json

    kb = qa.load(write(tmp_path, HIDDEN))
    answer = kb.ask("loan limit")
    shown = clean(answer.text)
    assert shown == "Each card can borrow up to 12 items at a time."
    written = to_json(answer.to_dict())
    assert (
        all(char not in written for char in "\u200b\ufeff\U000e0049") and json.loads(written)["answer"] == answer.text
    )
    both = kb.ask("how many books can I borrow and is there parking?")
    assert "I don't know" in clean(both.text)
    assert "You could ask" in clean(kb.ask("hi").text)


def test_a_file_name_with_an_escape_is_shown_as_it_can_be_typed(tmp_path):
    """`--kb $'kb.yaml\\e[2J'` said "kb.yaml: no such file" of a file that exists: the escape was cut from the
    name, which then named another file. It is written out, as `--threshold` values are."""
    import qa

    with pytest.raises(qa.KnowledgeBaseError) as raised:
        qa.load(tmp_path / "kb.yaml\x1b[2J")
    assert "kb.yaml\\x1b[2J: no such file" in str(raised.value) and "\x1b" not in str(raised.value)


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x85"])
def test_a_raw_hidden_line_break_is_named_at_its_line(tmp_path, char):
    """YAML reads U+2028, U+2029 and U+0085 as line breaks, which no editor shows: every problem after one was
    reported a line off, and the character never named. It is refused at its own line, with the fix."""
    import qa

    path = write(tmp_path, mutate(6, f'    answer: "Each card{char} can borrow"'))
    with pytest.raises(qa.KnowledgeBaseError) as raised:
        qa.load(path)
    assert raised.value.problem.line == 6 and "U+" in str(raised.value) and "double quotes" in str(raised.value)


def test_a_did_you_mean_is_searched_for_only_the_first_unknown_related_ids(tmp_path):
    """Each "did you mean" reads every id: one per unknown related id made a file of 20,000 entries, each naming
    a misspelt neighbour, take longer than anyone would wait. Every unknown id is still named; only the first
    few get a guess."""
    from qa.loader import parse_all

    entries = "".join(
        f"  - id: entry-{n}\n    questions: [What is thing {n}?]\n    answer: Thing {n}.\n    evidence: Thing {n}.\n"
        f"    related: [entri-{n}]\n"
        for n in range(40)
    )
    path = write(tmp_path, "version: 1\ntitle: Things\nentries:\n" + entries)
    unknown = [p.message for p in parse_all(path).problems if "is not an entry" in p.message]
    assert len(unknown) == 40
    guessed = [message for message in unknown if "did you mean" in message]
    assert 0 < len(guessed) < len(unknown)
    assert guessed == unknown[: len(guessed)]


def test_a_key_longer_than_yaml_reads_is_not_said_to_have_no_colon(tmp_path):
    """YAML looks for a key's ':' within 1,024 characters; a longer key has its ':' all the same, and the error
    said it had none."""
    path = write(tmp_path, "version: 1\ntitle: t\n" + "k" * 1100 + ": v\n")
    said = refused(path, line=3)
    assert "1,024 characters" in said and "it has no ':'" not in said


def test_joiners_in_ordinary_text_are_no_control_characters(tmp_path):
    """A family emoji and Persian words hold zero-width joiners, which qa shows as written: `--check --strict`
    failed on them as "control characters"; an escape sequence is still one."""
    from qa.check import check

    path = tmp_path / "kb.yaml"
    path.write_text(
        'version: 1\ntitle: "Family \\U0001F469\\u200D\\U0001F466 day"\nentries:\n'
        '  - id: a\n    questions: [When is family day?, family day date, "می\\u200cخواهم family day"]\n'
        '    answer: "Family day is on \\u001b[1m 3 May."\n    evidence: "Family day is on 3 May."\n',
        encoding="utf-8",
    )
    warned = [p.field for p in check(str(path)).problems if "control characters" in p.message]
    assert warned == ["answer"]


def test_a_file_name_with_a_tab_or_a_line_break_is_shown_escaped():
    """ "bad\\nname.yaml" was shown as "bad name.yaml", another file's name."""
    from qa.display import visible

    assert visible("bad\nname.yaml") == "bad\\nname.yaml" and visible("a\tb.yaml") == "a\\tb.yaml"


def test_a_control_character_in_an_old_mac_file_is_found_on_its_line(tmp_path):
    """A file whose lines end in a lone CR had every such error on line 1, at a column past the line's end."""
    import qa

    path = write(tmp_path, b'title: T\rentries:\r  - id: a\r    questions: [x]\r    answer: "You \x01may."\r')
    with pytest.raises(qa.KnowledgeBaseError) as caught:
        qa.load(path)
    assert ":5: control character U+0001 at column 18" in str(caught.value)


def test_a_synonym_word_that_is_also_a_word_of_the_message_keeps_its_field():
    """`synonyms: {a: b}` lost its field ("a" is a word of "expected a list"): the field names what is wrong."""
    from qa.errors import Problem

    shown = str(
        Problem("expected a list of text, found text; write it as [b]", file="kb.yaml", line=3, field="synonyms.a")
    )
    assert "field 'synonyms.a'" in shown
    assert "field" not in str(Problem("the answer does not end a sentence", file="kb.yaml", line=3, field="answer"))


def test_a_small_talk_intent_given_twice_is_an_error_at_the_second(tmp_path):
    """The second "goodbye" item was silently never used ("bye" got the first reply) and `--check` said nothing."""
    from qa.check import check

    path = write(
        tmp_path,
        "version: 1\ntitle: T\nsmalltalk:\n  - {intent: goodbye, reply: hi}\n  - {intent: goodbye, reply: again}\n"
        "entries:\n  - id: x\n    questions: [When is it open?, opening hours, hours]\n"
        "    answer: It opens at 9am.\n    evidence: It opens at 9am.\n",
    )
    problems = [p for p in check(str(path)).problems if "twice" in p.message]
    assert [(p.line, p.severity) for p in problems] == [(5, "error")]


def test_check_of_a_file_it_cannot_read_says_one_error_line(tmp_path, capsys):
    """Each problem came out as its own `qa: error:` line, a warning among them, where the docs promise one."""
    import io

    from qa.check import run_check

    path = write(tmp_path, "title: T\ntitel: x\n")  # a misspelt key, and no entries
    err = io.StringIO()
    status = run_check(str(path), strict=False, as_json=False, out=io.StringIO(), err=err)
    said = err.getvalue()
    assert status == 2 and said.count("\n") == 1 and said.startswith("qa: error: ") and "(and 1 more)" in said


def test_a_merge_key_is_named_as_one(tmp_path):
    """ "<<: *base" was "keys must be plain words, found a value tagged 'tag:yaml.org,2002:merge'": it says
    merge keys are not supported, and what to do."""
    text = (
        "version: 1\ntitle: T\nentries:\n  - &base\n    id: a\n    questions: [What is a?, a fact]\n"
        "    answer: A.\n    evidence: A.\n  - <<: *base\n    id: b\n"
    )
    message = refused(write(tmp_path, text), line=9)
    assert "merge key '<<' (merge keys are not supported: write the fields out)" in message


def test_a_huge_unknown_key_or_expect_is_quoted_short(tmp_path):
    """A 60 MB key made a 60 MB "one-line" error (and a fuzzy "did you mean" over it took 4 GB): a long key or
    value is quoted by its start and its length."""
    import qa
    from qa import evaluate

    key = "k" * 200_000
    path = write(
        tmp_path,
        f"version: 1\n? {key}\n: v\ntitle: T\nentries: [{{id: a, questions: [x], answer: A., evidence: A.}}]\n",
    )
    with pytest.raises(qa.KnowledgeBaseError) as caught:
        qa.load(path)
    message = str(caught.value)
    assert len(message) < 300 and "unknown key 'kkkk" in message and "(200,000 characters)" in message
    items = write(tmp_path, "- {q: hi, expect: " + "e" * 200_000 + "}\n", "items.yaml")
    with pytest.raises(evaluate.EvalFileError) as caught:
        evaluate.read_items(str(items), {"a"})
    assert len(str(caught.value)) < 300 and "(200,000 characters) is not an entry" in str(caught.value)


LONG = "g" * 200_000
OK_KB = "version: 1\ntitle: T\nentries: [{id: a, questions: [x], answer: A., evidence: A.}]\n"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (OK_KB.replace("id: a", "id: " + LONG), "entry gggg"),  # the entry's id, shown before every problem
        (OK_KB.replace("version: 1", "version: " + "9" * 200_000), "unsupported version '9999"),
        (OK_KB.replace("version: 1", 'version: "' + LONG + '"'), "unsupported version 'gggg"),
        (OK_KB.replace("title: T", "title: !" + LONG + " T"), "YAML tag '!gggg"),
        (OK_KB.replace("title: T", "title: *" + LONG), "undefined alias 'gggg"),
    ],
)
def test_a_huge_value_on_any_path_makes_a_short_error(tmp_path, capsys, text, said):
    """An over-long id, version, YAML tag or alias still printed the whole value, 50 MB on one "line" (the
    fourth attack): every run of characters too long to be words of a message is cut to its start and
    length, whatever path brought it there."""
    from qa.cli import main

    assert main(["--kb", str(write(tmp_path, text)), "-q", "x"]) == 2
    error = capsys.readouterr().err
    assert said in error and "(200,00" in error and len(error) < 400 and error.count("\n") == 1


def test_a_vertical_tab_or_form_feed_parts_words_as_a_space_does():
    """ "12\vitems\fat a time" printed as "12itemsat a time" (the fourth attack): a vertical tab (Word's manual
    line break), a form feed or a unit separator between words was deleted, not read as a space."""
    from qa.display import clean

    assert clean("up to 12\vitems\fat a time") == "up to 12 items at a time"
    assert clean("borrow\x1fup to 12") == "borrow up to 12"
    assert clean("bell\x07s") == "bells"  # other controls are still only taken out


def test_check_reads_no_number_inside_an_escape_sequence(tmp_path):
    """An answer "up to \x1b[1m12\x1b[0m items" gave "number 1 … not in the evidence" and "number 0 …": two
    errors from the digits of the escape sequences (the fourth attack). Only the 12 it shows is a number."""
    from qa.check import numbers

    assert set(numbers("up to \x1b[1m12\x1b[0m items")) == {"12"}
