"""What `qa.load` takes as a file name, and how the loader reads a few things authors get wrong."""

from __future__ import annotations

import os

import pytest
from helpers import TINY_KB

import qa
from qa.check import check
from qa.cli import main


def test_a_file_name_given_as_bytes_is_read(write_kb):
    path = write_kb(TINY_KB)
    assert qa.load(os.fsencode(path)).ask("sky colour").text == "The sky is blue."


@pytest.mark.parametrize("name", ["a\x00b", b"a\x00b"])
def test_a_file_name_with_a_nul_is_a_knowledge_base_error(name):
    with pytest.raises(qa.KnowledgeBaseError, match="NUL"):
        qa.load(name)


def test_a_quoted_version_says_to_remove_the_quotes(write_kb, capsys):
    path = write_kb(TINY_KB.replace("version: 1", 'version: "1"'))
    assert main(["--kb", str(path), "-q", "sky colour"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"qa: error: {path}:1: ") and "not the text '1': remove the quotes" in err
    assert "unsupported" not in err


CYCLE = TINY_KB.replace(
    "entries:", "synonyms:\n  sky: [heaven]\n  heaven: [sky, firmament]\nentries:"
)  # 'heaven' is a variant of 'sky' and has 'sky' as its variant


def test_cyclic_synonyms_are_a_warning_at_their_line(write_kb, capsys):
    path = write_kb(CYCLE)
    assert main(["--kb", str(path), "--check"]) == 0
    out = capsys.readouterr().out
    assert f"{path}:5: warning: " in out and "a cycle" in out and "'heaven'" in out
    assert main(["--kb", str(path), "--check", "--strict"]) == 1


def test_a_variant_qa_ignores_everywhere_is_a_warning(write_kb, capsys):
    """ "us" for the United States never matches (qa ignores "us" in every text): an author should know."""
    path = write_kb(
        "version: 1\ntitle: Farm\nsynonyms:\n  united states: [us, usa]\nentries:\n"
        "  - id: exports\n    questions: [Where does the milk go?, milk exports, export markets]\n"
        "    answer: The farm sells its milk in the United States.\n"
        "    evidence: The farm sells its milk in the United States.\n"
    )
    assert main(["--kb", str(path), "--check", "--strict"]) == 1
    out = capsys.readouterr().out
    assert f"{path}:4: field 'synonyms.united states': warning: variant 'us' is only words qa ignores" in out
    assert "'usa'" not in out


@pytest.mark.parametrize("question", ["heaven colour", "firmament colour", "sky colour"])
def test_cyclic_synonyms_are_read_as_the_first_word(write_kb, question):
    kb = qa.load(write_kb(CYCLE))
    answer = kb.ask(question)
    assert answer.answered and answer.entry_id == "sky-colour", answer.why


def test_a_chain_of_synonyms_reads_as_its_first_word(write_kb):
    chained = TINY_KB.replace("entries:", "synonyms:\n  sky: [heaven]\n  heaven: [firmament]\nentries:")
    report = check(str(write_kb(chained)))
    assert [problem.line for problem in report.problems] == [5]
    assert qa.load(write_kb(chained, "chain.yaml")).ask("firmament colour").entry_id == "sky-colour"


def test_a_version_that_is_a_list_says_what_it_is(write_kb, capsys):
    """ "version: [1]" was "unsupported version '?'"."""
    path = write_kb(TINY_KB.replace("version: 1", "version: [1]"))
    assert main(["--kb", str(path), "-q", "sky colour"]) == 2
    assert "version must be the number 1, not a list" in capsys.readouterr().err


def test_a_publication_date_that_no_calendar_has_is_no_date(write_kb, capsys):
    """ "published: 2024-02-30" passed `--check`; 2024-02-29 is a real day (a leap year)."""
    dated = TINY_KB.replace("entries:", "source:\n  title: T\n  publisher: P\n  published: {}\nentries:")
    assert main(["--kb", str(write_kb(dated.format("2024-02-30"))), "--check"]) == 0
    assert "'2024-02-30' is no date" in capsys.readouterr().out
    assert main(["--kb", str(write_kb(dated.format("2024-02-29"))), "--check", "--strict"]) == 0


def test_a_publication_year_needs_no_quotes(write_kb, capsys):
    """ "published: 2024", a form the docs give, was "expected text, found a number; put it in quotes" (a
    README trial); a number that is no year is still warned about, as a text is."""
    dated = TINY_KB.replace("entries:", "source:\n  title: T\n  publisher: P\n  published: {}\nentries:")
    path = write_kb(dated.format("2024"))
    assert main(["--kb", str(path), "--check", "--strict"]) == 0
    assert qa.load(path).source.published == "2024"
    capsys.readouterr()
    assert main(["--kb", str(write_kb(dated.format("12"), "twelve.yaml")), "--check"]) == 0
    assert "'12' is no date" in capsys.readouterr().out


ESCAPE = "  - id: escape\n    questions: [How did the monkey escape?, monkey escape, When did the monkey escape?]\n"
KIDS = "  - id: kids\n    questions: [Can children ride?, children riding, are kids allowed]\n"


@pytest.mark.parametrize(
    ("synonyms", "entry", "warned", "quiet"),
    [
        # "get out" is read as "out" (qa ignores "get"): every "out" then means escape. "the keeper" is read as
        # "keeper", which is what it says; "put money into" is still a phrase
        (
            "  escape: [get out, break out, fled]\n  zookeeper: [the keeper]\n  invest: [put money into]\n",
            ESCAPE + "    answer: The monkey escaped in May.\n    evidence: The monkey escaped in May.\n",
            "variant 'get out' is read as 'out' (qa ignores 'get' everywhere)",
            ("break out", "the keeper", "put money"),
        ),
        # from a README trial: `children: [under 16]` made every "16" mean children, with no warning; a symbol
        # ("us$" read as "$") is still what it says
        (
            "  children: [under 16]\n  dollar: [usd, us$, $]\n",
            KIDS + "    answer: Children under 16 cannot ride.\n    evidence: Riders must be 16 or over.\n",
            "variant 'under 16' is read as '16' (qa ignores 'under' everywhere): every '16' then means",
            ("us$",),
        ),
    ],
)
def test_a_variant_that_shrinks_to_one_other_word_or_a_number_is_a_warning(
    write_kb, capsys, synonyms, entry, warned, quiet
):
    path = write_kb(f"version: 1\ntitle: Zoo\nsynonyms:\n{synonyms}entries:\n{entry}")
    assert main(["--kb", str(path), "--check"]) == 0
    out = capsys.readouterr().out
    assert warned in out
    assert not any(word in out for word in quiet)
