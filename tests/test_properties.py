"""Property-based tests (hypothesis) of the library under any input (issue 5).

`ask()` never raises for any text, its scores stay within 0-100, it is deterministic; a batch gives exactly one
result per input line whatever the bytes; what is printed is clean; any file the loader is handed ends as data
or problems, never an exception.
"""

from __future__ import annotations

import io
import json
import re
import string

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import qa
from qa.cli import InputError, _json, run_batch
from qa.loader import parse
from qa.render import answer_fragments, clean, one_line, to_plain
from qa.text import _NEGATED, drop_negated

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SPLITLINES_BREAKS = set("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
TERMINAL_UNSAFE = set(map(chr, [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)])) | set(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u2028\u2029"
)


@pytest.fixture(scope="module")
def kb() -> qa.KnowledgeBase:
    return qa.load()


@pytest.fixture(scope="module")
def fresh_kb() -> qa.KnowledgeBase:
    """A second, separately loaded copy: asking one must not change what the other answers."""
    return qa.load()


def _kb_words() -> list[str]:
    base = qa.load()
    return sorted({word for entry in base.entries for phrasing in entry.questions for word in phrasing.split()})


HOSTILE_PIECES = [
    "\x1b[31m",
    "\x1b]0;title\x07",
    "\x00",
    "\x7f",
    "\x9b",
    "\u202e",
    "\u2028",
    "\x85",
    "\r",
    "\t",
    "\ufeff",
    "\U0001f600",
    "河池",
    "كم",
    "\u0301",
    "1,400,000,000",
    "2023-07-18",
    "how many",
    "?",
]

# Any text at all (hypothesis' text() never has lone surrogates; control characters are in).
any_text = st.text()
# Questions near the knowledge base: its own words, typos of them, and hostile pieces, in any mix.
kb_words = st.sampled_from(_kb_words())
typo = st.tuples(kb_words, st.integers(0, 20), st.sampled_from(string.ascii_lowercase)).map(
    lambda t: t[0][: t[1]] + t[2] + t[0][t[1] + 1 :]
)
near_questions = st.lists(
    st.one_of(kb_words, kb_words, typo, st.sampled_from(HOSTILE_PIECES), st.text(max_size=5)), max_size=25
).map(" ".join)
questions = st.one_of(any_text, near_questions)


def _check_answer(answer: qa.Answer) -> None:
    assert 0.0 <= answer.score <= 100.0
    for suggestion in answer.suggestions:
        assert 0.0 <= suggestion.score <= 100.0
    if answer.kind is qa.Kind.ANSWER and not answer.parts:
        assert answer.answered and answer.text and answer.entry_id and answer.evidence
    elif answer.kind is qa.Kind.UNKNOWN:
        assert not answer.answered and answer.text is None and answer.entry_id is None
    elif answer.parts:
        assert answer.entry_id is None and answer.answered == all(part.answered for part in answer.parts)
    else:  # small talk (answered) or a clarifying question (not): something to say, no fact
        assert answer.text and answer.entry_id is None and answer.evidence is None


@SETTINGS
@given(question=questions)
def test_ask_never_raises_and_scores_stay_in_range(kb, question):
    _check_answer(kb.ask(question))


@FEW
@given(question=st.text(min_size=1_500, max_size=6_000) | near_questions.map(lambda q: (q + " ") * 200))
def test_long_questions(kb, question):
    _check_answer(kb.ask(question))


@SETTINGS
@given(question=questions)
def test_ask_is_deterministic(kb, fresh_kb, question):
    first = kb.ask(question)
    again = kb.ask(question)
    other = fresh_kb.ask(question)
    assert first.to_dict() == again.to_dict() == other.to_dict()
    assert first.why == again.why == other.why


@SETTINGS
@given(question=questions, low=st.floats(0, 100), high=st.floats(0, 100))
def test_threshold_only_moves_the_line(kb, question, low, high):
    low, high = sorted((low, high))
    at_low, at_high = kb.ask(question, threshold=low), kb.ask(question, threshold=high)
    assert at_low.score == at_high.score
    assert at_low.answered or not at_high.answered


@SETTINGS
@given(question=questions)
def test_what_is_printed_is_clean(kb, question):
    answer = kb.ask(question)
    line = one_line(answer)
    assert not set(line) & (TERMINAL_UNSAFE | SPLITLINES_BREAKS)
    assert "\x1b" not in to_plain(answer_fragments(answer, kb.source))
    text = _json(answer.to_dict())
    assert json.loads(text) == answer.to_dict()
    assert len(text.splitlines()) == 1
    text.encode("utf-8")  # strict: always encodable


# -- batches ------------------------------------------------------------------------------------------------

byte_lines = st.lists(st.binary(max_size=40).map(lambda raw: raw.replace(b"\n", b"")), max_size=30)
text_lines = st.lists(questions.map(lambda q: q.replace("\n", "").encode("utf-8")), max_size=30)


def _expected_questions(data: bytes) -> list[str]:
    parts = data.split(b"\n")
    if parts[-1] == b"":
        parts.pop()
    if parts and parts[0].startswith(b"\xef\xbb\xbf"):  # a UTF-8 byte order mark is no part of the question
        parts[0] = parts[0][3:]
    return [part.rstrip(b"\r").decode("utf-8", "replace") for part in parts]


def _wide(data: bytes, limit: int | None = None) -> bool:
    """Does the input's first line (as read, up to `limit` bytes) look like UTF-16 or UTF-32 (a byte order mark,
    or a NUL every other byte), which qa refuses rather than reading as lines of NULs?"""
    first = data.split(b"\n", 1)[0] + (b"\n" if b"\n" in data else b"")
    first = first[:limit] if limit else first
    return first.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(first) >= 4 and first.count(0) * 3 >= len(first))


@SETTINGS
@given(
    lines=st.one_of(byte_lines, text_lines),
    ending=st.sampled_from([b"\n", b"\r\n"]),
    final=st.booleans(),
    as_json=st.booleans(),
)
def test_batch_alignment_for_any_lines(kb, lines, ending, final, as_json):
    data = ending.join(lines) + (ending if final and lines else b"")
    expected = _expected_questions(data)
    out = io.StringIO()
    if _wide(data):  # refused, with nothing written
        with pytest.raises(InputError, match="UTF-16 or UTF-32"):
            run_batch(kb, io.BytesIO(data), out, as_json=as_json, threshold=None)
        assert out.getvalue() == ""
        return
    assert run_batch(kb, io.BytesIO(data), out, as_json=as_json, threshold=None) == 0
    text = out.getvalue()
    assert text.count("\n") == len(expected)
    assert len(text.splitlines()) == len(expected)
    if as_json:
        assert [json.loads(row)["question"] for row in text.splitlines()] == expected
    else:
        assert not set(text) & TERMINAL_UNSAFE - {"\n"}


@SETTINGS
@given(lines=byte_lines, final=st.booleans(), limit=st.integers(1, 12))
def test_over_long_lines_still_give_one_result_each(kb, lines, final, limit):
    """Lines longer than the read limit are cut, never split: alignment holds at any limit."""
    import qa.cli

    data = b"\n".join(lines) + (b"\n" if final and lines else b"")
    expected = _expected_questions(data)
    saved, qa.cli.MAX_LINE_BYTES = qa.cli.MAX_LINE_BYTES, limit
    try:
        out = io.StringIO()
        if _wide(data, limit):  # refused, with nothing written
            with pytest.raises(InputError, match="UTF-16 or UTF-32"):
                run_batch(kb, io.BytesIO(data), out, as_json=True, threshold=None)
            assert out.getvalue() == ""
            return
        run_batch(kb, io.BytesIO(data), out, as_json=True, threshold=None)
    finally:
        qa.cli.MAX_LINE_BYTES = saved
    rows = out.getvalue().splitlines()
    assert len(rows) == len(expected)
    for row, question in zip(rows, expected, strict=True):
        got = json.loads(row)["question"]
        assert question.startswith(got.rstrip("\ufffd\r")) or got.rstrip("\ufffd\r") == ""


# -- the printing helpers -------------------------------------------------------------------------------------


@SETTINGS
@given(text=st.one_of(any_text, st.lists(st.sampled_from(HOSTILE_PIECES) | any_text).map("".join)))
def test_clean_leaves_nothing_a_terminal_would_act_on(text):
    once = clean(text)
    assert not set(once) & (TERMINAL_UNSAFE | SPLITLINES_BREAKS)
    assert clean(once) == once
    multi = clean(text, one_line=False)
    assert not set(multi) & (TERMINAL_UNSAFE - {"\n"})


@SETTINGS
@given(
    text=st.lists(
        st.sampled_from(["not", "NOT", "Not", "rather than", "instead of", "except", "excluding", "other than"])
        | st.sampled_from(["villages", "the money", ",", " ", "-", "ſ", "K", "ı", "?"])
        | any_text
    ).map(" ".join)
)
def test_negation_is_dropped_whenever_the_pattern_matches(text):
    """drop_negated skips its pattern when no cue word is present: that shortcut must never change a result."""
    assert drop_negated(text) == re.sub(_NEGATED, " ", text, flags=re.IGNORECASE)


@SETTINGS
@given(value=st.dictionaries(st.text(), st.one_of(st.text(), st.none(), st.floats(allow_nan=False), st.booleans())))
def test_json_output_is_one_valid_line(value):
    text = _json(value)
    assert json.loads(text) == value
    assert len(text.splitlines()) <= 1
    assert not set(text) & (TERMINAL_UNSAFE | SPLITLINES_BREAKS)


def test_json_writes_lone_surrogates_as_replacement_characters():
    """A lone surrogate is no character: I-JSON (RFC 7493) and strict readers refuse its escape."""
    assert json.loads(_json({"q": "\udcff"})) == {"q": "\ufffd"}
    _json({"q": "\ud800x"}).encode("utf-8")


# -- the loader -----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    return tmp_path_factory.mktemp("properties") / "kb.yaml"


scalars = st.one_of(st.text(max_size=30), st.integers(), st.floats(allow_nan=False), st.booleans(), st.none())
yaml_values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
)
YAML_PIECES = ["[", "]", "{", "}", "- ", "? ", ": ", "&a ", "*a", "!x ", "'", '"', "#", "\n", "  ", "<<: ", "|\n"]
KEYS = ["version", "title", "source", "synonyms", "entries", "id", "questions", "answer", "evidence", "tags"]
schema_like = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=6),
    max_leaves=30,
)
yaml_texts = st.one_of(
    st.text(),
    yaml_values.map(lambda value: yaml.safe_dump(value, allow_unicode=True)),
    schema_like.map(lambda value: yaml.safe_dump(value, allow_unicode=True)),
    schema_like.map(lambda value: yaml.safe_dump(value, default_flow_style=True)),
    st.lists(st.sampled_from(YAML_PIECES)).map("".join),
)


@SETTINGS
@given(text=yaml_texts)
def test_any_file_becomes_data_or_problems(scratch, text):
    scratch.write_text(text, encoding="utf-8")
    data, problems = parse(scratch)
    assert data is not None or problems
    for problem in problems:
        assert "\n" not in str(problem)
        assert problem.line is None or problem.line >= 1


entry_ids = st.from_regex(r"\A[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,5}){0,2}\Z")
texts = st.text(min_size=1, max_size=60).filter(lambda text: text.strip())


@FEW
@given(
    entries=st.lists(
        st.fixed_dictionaries(
            {"id": entry_ids, "questions": st.lists(texts, min_size=1, max_size=4), "answer": texts, "evidence": texts}
        ),
        min_size=1,
        max_size=6,
        unique_by=lambda entry: entry["id"],
    ),
    synonyms=st.dictionaries(texts, st.lists(texts, max_size=3), max_size=3),
    asked=st.lists(questions, max_size=5),
)
def test_any_valid_knowledge_base_loads_and_answers(scratch, entries, synonyms, asked):
    document = {"version": 1, "title": "Generated", "synonyms": synonyms, "entries": entries}
    scratch.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    try:
        base = qa.load(scratch)
    except qa.KnowledgeBaseError as error:  # a rule of the format may refuse it: that is an answer too
        assert "\n" not in str(error)
        return
    for question in [*asked, *(phrasing for entry in entries for phrasing in entry["questions"])]:
        _check_answer(base.ask(question))
