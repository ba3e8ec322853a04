"""Loading and validation: a broken knowledge base is named precisely (file, line, entry, field)."""

from __future__ import annotations

import pytest
from helpers import TINY_KB

import qa
from qa.loader import parse

VALID = TINY_KB


def test_a_valid_knowledge_base_loads_and_answers(write_kb):
    kb = qa.load(write_kb(VALID))
    assert len(kb) == 1 and kb.title == "Tiny"
    assert kb.ask("what colour is the sky").entry_id == "sky-colour"


def test_bundled_knowledge_base_loads_without_a_path():
    kb = qa.load()
    assert len(kb) >= 20 and kb.source.published == "2023-07-18"


@pytest.mark.parametrize(
    ("replace", "by", "line", "entry", "field", "words"),
    [
        ("    answer: The sky is blue.\n", "    anwser: The sky is blue.\n", 6, "sky-colour", "anwser", "did you mean"),
        ("    answer: The sky is blue.\n", "", 4, "sky-colour", "answer", "missing"),
        (
            "    questions: [What colour is the sky?, sky colour, colour of the sky]\n",
            "    questions: 5\n",
            5,
            "sky-colour",
            "questions",
            "expected a list",
        ),
        ("    answer: The sky is blue.\n", "    answer: [a, b]\n", 6, "sky-colour", "answer", "expected text"),
        # the example is the id itself in kebab-case, which the author can paste
        ("  - id: sky-colour\n", "  - id: Sky Colour\n", 4, None, "id", "kebab-case (like 'sky-colour')"),
        (  # a value over several lines: still a one-line message (no "write it as [...]" hint then)
            "    questions: [What colour is the sky?, sky colour, colour of the sky]\n",
            '    questions: "sky\\n\\ncolour"\n',
            5,
            "sky-colour",
            "questions",
            "expected a list of text",
        ),
    ],
)
def test_schema_problems_name_line_entry_and_field(write_kb, replace, by, line, entry, field, words):
    path = write_kb(VALID.replace(replace, by))
    _, problems = parse(path)
    problem = problems[0]
    assert (problem.line, problem.field) == (line, field)
    if entry:
        assert problem.entry == entry
    assert words in problem.message
    assert "\n" not in str(problem)
    with pytest.raises(qa.KnowledgeBaseError) as caught:
        qa.load(path)
    assert str(path) in str(caught.value) and f":{line}" in str(caught.value)


def test_duplicate_ids_and_duplicate_keys_are_both_reported(write_kb):
    doubled = VALID + VALID.split("entries:\n")[1]
    evidence = "    evidence: The sky is blue.\n"
    text = doubled.replace(evidence, evidence + "    evidence: again\n", 1)
    _, problems = parse(write_kb(text))
    messages = " | ".join(p.message for p in problems)
    assert "duplicate key 'evidence'" in messages and "duplicate id 'sky-colour'" in messages


def test_yaml_syntax_error_names_line_and_column(write_kb):
    with pytest.raises(qa.KnowledgeBaseError) as caught:
        qa.load(write_kb("title: [unclosed\nentries: []\n"))
    message = str(caught.value)
    assert "YAML syntax error" in message and "column" in message
    assert message.split(":")[1] == "1"  # file:LINE: where the list that was never closed was opened


def test_a_bracket_left_open_is_blamed_where_it_opened(write_kb):
    """`title: [` with nothing after it: YAML only notices on a later line, which is not where the fix goes."""
    with pytest.raises(qa.KnowledgeBaseError) as caught:
        qa.load(write_kb("version: 1\ntitle: [\nentries:\n  - id: a\n"))
    message = str(caught.value)
    assert message.split(":")[1] == "2" and "[…] list (column 8)" in message


def test_a_colon_inside_unquoted_text_says_to_quote_it(write_kb):
    """`evidence: The chief said: "it works".` is a YAML error whose own words ("mapping values are not
    allowed") do not tell an author what to do."""
    with pytest.raises(qa.KnowledgeBaseError) as caught:
        qa.load(
            write_kb(
                "version: 1\ntitle: T\nentries:\n  - id: a\n    questions: [one, two, three]\n"
                '    answer: The chief says it works.\n    evidence: The chief said: "it works".\n'
            )
        )
    message = str(caught.value)
    assert ":7: YAML syntax error" in message and message.endswith("a text with ': ' in it must be in quotes")


def test_tags_that_would_construct_objects_are_refused_and_never_run(write_kb, tmp_path):
    marker = tmp_path / "pwned"
    text = VALID.replace("title: Tiny", f'title: !!python/object/apply:os.system ["touch {marker}"]')
    with pytest.raises(qa.KnowledgeBaseError) as caught:
        qa.load(write_kb(text))
    assert "tag" in str(caught.value)
    assert not marker.exists()


def test_related_must_name_existing_entries(write_kb):
    _, problems = parse(write_kb(VALID + "    related: [sky-color]\n"))
    assert any("related id 'sky-color'" in p.message and "sky-colour" in p.message for p in problems)
