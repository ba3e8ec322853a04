"""`qa --check`: every planted problem is reported at its line, and the exit status tells CI what happened."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.check import TerminalProgress, check, normalise, numbers

ROOT = Path(__file__).resolve().parent.parent
PLANTED = "tests/data/planted"
LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): (?P<entry>[^:]+): (?P<message>.+)$")

COLLIDING = """\
version: 1
title: Colliding phrasings
entries:
  - id: industrial-parks
    questions:
      - How many training sessions were held?
      - How many industrial parks did Shenzhen help build in Hechi?
      - number of industrial parks
    answer: Shenzhen helped build 20 industrial parks in Hechi.
    evidence: At the same time, Shenzhen has helped build 20 jointly-established industrial parks in Hechi.

  - id: training-sessions
    questions:
      - How many training sessions are held?
      - How many labor training sessions were conducted?
      - labor training sessions
    answer: 830 labor training sessions were conducted.
    evidence: Meanwhile, 830 labor training sessions have been conducted, benefiting over 30,000 individuals.
"""
SOURCED = """\
version: 1
title: Evidence from a source text
source:
  title: An article
  file: {source_file}
entries:
  - id: industrial-parks
    questions:
      - How many industrial parks did Shenzhen help build in Hechi?
      - How many jointly established industrial parks are there?
      - number of industrial parks
    answer: Shenzhen helped build 20 industrial parks in Hechi.
    evidence: {evidence}
  - id: training-sessions
    questions:
      - How many labor training sessions were conducted?
      - How many people benefited from the labor training?
      - labor training sessions
    answer: 830 labor training sessions were conducted.
    evidence: Meanwhile, 830 labor training sessions have been conducted, benefiting over 30,000 individuals.
"""
PARKS_EVIDENCE = "At the same time, Shenzhen has helped build 20 jointly-established industrial parks in Hechi."
ARTICLE = (
    "Meanwhile, 830 labor training sessions have been conducted,\n"
    "benefiting over 30,000 individuals.\n\nAt the same time, Shenzhen has helped build 20\n"
    "jointly-established industrial parks in Hechi.\n"
)


def qa(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "qa", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def reported(stdout: str) -> dict[int, list[str]]:
    """Line number -> the `entry: message` texts reported there."""
    found: dict[int, list[str]] = {}
    for text in stdout.splitlines()[:-1]:
        match = LINE.match(text)
        assert match, f"not `file:line: entry-id: message`: {text!r}"
        found.setdefault(int(match["line"]), []).append(f"{match['entry']}: {match['message']}")
    return found


def at(found: dict[int, list[str]], line: int, *fragments: str) -> str:
    """The one report on `line` that contains every fragment."""
    hits = [text for text in found.get(line, []) if all(fragment in text for fragment in fragments)]
    assert hits, f"nothing on line {line} says {fragments}; reported: {found}"
    return hits[0]


def write(folder: Path, text: str) -> Path:
    path = folder / "kb.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def sourced(folder: Path, source_file: str, evidence: str = PARKS_EVIDENCE) -> Path:
    return write(folder, SOURCED.format(source_file=source_file, evidence=evidence))


# -- the planted knowledge base ----------------------------------------------------------------------------


def test_each_planted_problem_is_reported_at_its_line():
    result = qa("--check", "--kb", f"{PLANTED}/problems.yaml")
    assert result.returncode == 1, result.stderr
    found = reported(result.stdout)
    at(found, 13, "industrial-parks", "duplicate id 'industrial-parks'", "line 5")
    at(found, 26, "villages-removed", "unknown key 'anwser'", "did you mean 'answer'")
    at(found, 37, "certified-products", "missing required field 'answer'")
    at(
        found,
        33,
        "training-sessions",
        "How many industrial parks did Shenzhen help build in Hechi?",
        "industrial-parks",
    )
    at(found, 34, "training-sessions", "930", "not in the evidence")
    assert "30000" not in result.stdout  # 30,000 in the evidence is the same number


def test_summary_counts_what_was_printed():
    result = qa("--check", "--kb", f"{PLANTED}/problems.yaml")
    *problems, last = result.stdout.splitlines()
    errors = sum(": warning: " not in text for text in problems)
    assert last == f"{errors} errors, {len(problems) - errors} warnings in {PLANTED}/problems.yaml"


def test_problems_come_in_file_order():
    lines = [
        int(LINE.match(text)["line"])
        for text in qa("--check", "--kb", f"{PLANTED}/problems.yaml").stdout.splitlines()[:-1]
    ]
    assert lines == sorted(lines)


def test_json_lists_problems_with_lines_and_counts():
    result = qa("--check", "--json", "--kb", f"{PLANTED}/problems.yaml")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert {"file", "readable", "errors", "warnings", "problems"} <= report.keys()
    assert report["errors"] == sum(problem["severity"] == "error" for problem in report["problems"])
    by_line = {(problem["line"], problem["entry"]) for problem in report["problems"]}
    assert {(13, "industrial-parks"), (26, "villages-removed"), (33, "training-sessions")} <= by_line
    assert {"message", "file", "line", "entry", "field", "severity"} == report["problems"][0].keys()
    # every problem of an entry's field names the field, for a program (the text leaves out what it says)
    fields = {problem["field"] for problem in report["problems"] if "not in the evidence" in problem["message"]}
    assert fields == {"answer"}


# -- exit status --------------------------------------------------------------------------------------------


def test_a_clean_knowledge_base_exits_0_even_when_strict():
    result = qa("--check", "--strict", "--kb", f"{PLANTED}/clean.yaml")
    assert (result.returncode, result.stdout) == (0, f"{PLANTED}/clean.yaml: no problems\n")


def test_warnings_fail_only_when_strict():
    relaxed = qa("--check", "--kb", f"{PLANTED}/warnings.yaml")
    strict = qa("--check", "--strict", "--kb", f"{PLANTED}/warnings.yaml")
    assert (relaxed.returncode, strict.returncode) == (0, 1)
    assert relaxed.stdout == strict.stdout
    found = reported(relaxed.stdout)
    at(found, 8, "industrial-parks: warning:", "nearly the same as", "(line 7)")
    at(found, 15, "villages-removed: warning:", "only 2 phrasings")
    at(found, 17, "villages-removed: warning:", "does not end a sentence")
    assert relaxed.stdout.endswith(f"0 errors, 3 warnings in {PLANTED}/warnings.yaml\n")


def test_a_yaml_syntax_error_exits_2_with_its_line(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("version: 1\ntitle: Broken\nentries:\n  - id: x\n    questions: [unclosed\n", encoding="utf-8")
    result = qa("--check", "--kb", str(path))
    assert (result.returncode, result.stdout) == (2, "")
    assert re.fullmatch(rf"qa: error: {re.escape(str(path))}:\d+: YAML syntax error[^\n]*\n", result.stderr)


def test_a_missing_file_exits_2(tmp_path):
    result = qa("--check", "--kb", str(tmp_path / "nowhere.yaml"))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"qa: error: {tmp_path / 'nowhere.yaml'}: no such file\n"
    assert json.loads(qa("--check", "--json", "--kb", str(tmp_path / "nowhere.yaml")).stdout)["readable"] is False


# -- content checks -----------------------------------------------------------------------------------------


def test_a_phrasing_the_matcher_sends_to_another_entry_is_a_collision(tmp_path):
    result = qa("--check", "--kb", str(write(tmp_path, COLLIDING)))
    assert result.returncode == 1
    # "are" and "were" carry no meaning for the matcher, so line 14 is line 6 over again, under another entry
    at(reported(result.stdout), 14, "training-sessions", "'How many training sessions are held?'", "industrial-parks")


def test_a_phrasing_below_the_threshold_names_score_and_threshold(tmp_path):
    report = check(write(tmp_path, COLLIDING), threshold=100)
    messages = {(problem.line, problem.message) for problem in report.problems}
    assert any(line == 14 and re.search(r"scores [\d.]+, below the threshold 100", text) for line, text in messages)


def test_evidence_is_checked_against_the_source_text(tmp_path):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    typo = PARKS_EVIDENCE.replace("jointly-established", "jointly established")
    result = qa("--check", "--kb", str(sourced(tmp_path, "article.txt", typo)))
    assert result.returncode == 1
    found = reported(result.stdout)
    assert at(
        found, 13, "industrial-parks", "not in the source text 'article.txt'", "helped build 20 jointly', then differs"
    )
    assert 20 not in found  # the other evidence spans a line break in the source, which does not matter


def test_a_missing_source_file_is_a_warning_not_a_crash(tmp_path):
    path = sourced(tmp_path, "../elsewhere/article.txt")
    result = qa("--check", "--kb", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith(f"{path}:5: warning: source file '../elsewhere/article.txt'")
    assert qa("--check", "--strict", "--kb", str(path)).returncode == 1


def test_the_bundled_knowledge_base_is_checked_by_default():
    result = qa("--check", "--json")
    assert result.returncode in (0, 1)
    assert json.loads(result.stdout)["file"] == "knowledge.yaml"


def test_a_phrasing_with_no_words_is_an_error(tmp_path):
    text = (ROOT / PLANTED / "clean.yaml").read_text(encoding="utf-8")
    path = write(tmp_path, text.replace("      - number of industrial parks", '      - "?!"'))
    result = qa("--check", "--kb", str(path))
    assert result.returncode == 1, result.stderr
    at(reported(result.stdout), 9, "industrial-parks", "phrasing '?!' has no words")


WORDS = st.text(alphabet="ab1,.?! -", min_size=1, max_size=12).filter(str.strip)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.lists(WORDS, min_size=1, max_size=4), WORDS, WORDS), min_size=1, max_size=4))
def test_any_well_formed_knowledge_base_is_checked_without_crashing(tmp_path_factory, entries):
    document = {
        "version": 1,
        "title": "Generated",
        "entries": [
            {"id": f"entry-{number}", "questions": questions, "answer": answer, "evidence": evidence}
            for number, (questions, answer, evidence) in enumerate(entries)
        ],
    }
    path = tmp_path_factory.mktemp("kb") / "kb.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    report = check(path)
    assert report.readable
    assert all(problem.line for problem in report.problems)


# -- the normalisations the checks rely on ------------------------------------------------------------------


def test_phrasings_compare_without_case_spacing_or_punctuation():
    assert normalise("  What's the   TOTAL funding?") == normalise("what s the total funding")
    assert normalise("?!") == ""


@given(st.integers(min_value=0, max_value=10**15))
def test_thousands_separators_do_not_change_a_number(value):
    assert numbers(f"{value:,}").keys() == numbers(str(value)).keys()


def test_numbers_keep_decimals_and_expand_year_ranges():
    assert set(numbers("1.4 billion yuan ($196 million) in 2016")) == {"1.4", "196", "2016"}
    assert "2025" in numbers("the 14th Five-Year Plan period (2021-25)")
    assert "14" in numbers("the 14th plan")
    assert not numbers("thirty thousand people")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_counts_every_phrasing_asked():
    heard = []
    check(progress=lambda done, total: heard.append((done, total)))
    total = heard[-1][1]
    assert heard[0] == (0, total) and heard[-1] == (total, total)
    assert total > 200  # the bundled knowledge base: every phrasing is asked


def test_progress_on_a_terminal_is_one_line_rewritten_and_wiped_at_the_end():
    terminal = _Terminal()
    progress = TerminalProgress(terminal, least=1)
    for done in (0, 1000, 2000, 2500):
        progress(done, 2500)
    shown = terminal.getvalue()
    assert "\n" not in shown and "asking every phrasing: 1,000 of 2,500" in shown
    assert shown.endswith("\r") and shown.split("\r")[-2].strip() == ""  # nothing left on the line
    quiet = _Terminal()
    TerminalProgress(quiet)(0, 300)  # a small knowledge base is checked too fast to need it
    assert quiet.getvalue() == ""


def test_an_interrupted_check_leaves_no_progress_line_under_the_prompt(monkeypatch):
    """Ctrl-C or SIGTERM during a long --check left "qa: asking every phrasing: 4,000 of 100,000" with the
    shell's prompt glued on (the fourth attack): the line is wiped on the way out."""
    import qa.check

    def interrupted(path, *, threshold=None, progress=None):
        progress(0, 100_000)
        progress(4_000, 100_000)
        raise KeyboardInterrupt

    monkeypatch.setattr(qa.check, "check", interrupted)
    terminal = _Terminal()
    with pytest.raises(KeyboardInterrupt):
        qa.check.run_check(None, strict=False, as_json=False, out=io.StringIO(), err=terminal)
    assert terminal.getvalue().split("\r")[-2].strip() == "" and terminal.getvalue().endswith("\r")


def test_variants_are_a_typo_a_dropped_word_a_synonym_and_framing():
    from qa.check import variants

    found = variants("How many companies invested in Hechi?", {"companies": ("firms",)})
    assert "How many cmopanies invested in Hechi" in found  # a typo in the longest word
    assert "How many firms invested in Hechi" in found  # a word from the synonyms table
    assert "Quick question, how many companies invested in Hechi?" in found


def test_variants_ask_in_an_everyday_word_the_knowledge_base_never_uses():
    """A reader who never saw the phrasings says "firms" or "businesses" for "companies": one variant asks so,
    in a word of the same meaning and form that the knowledge base itself does not use (the built-in thesaurus)."""
    from qa.check import variants

    assert "How many businesses invested in Hechi" in variants("How many companies invested in Hechi?", {})
    used = variants("How many companies invested in Hechi?", {}, lambda word: word.startswith("business"))
    assert "How many enterprises invested in Hechi" in used
    assert not [variant for variant in used if "business" in variant]


def test_check_warns_about_entries_ordinary_variation_does_not_reach():
    from qa.check import check

    strict = check(None, threshold=99.9)  # at a threshold nothing reaches, every entry is weak
    weak = [p for p in strict.problems if "ordinary variations of its phrasings miss it" in p.message]
    assert weak and all(p.severity == "warning" for p in weak)
    assert not [p for p in check(None).problems if "ordinary variations" in p.message]  # the bundled file holds


def test_a_number_in_the_title_names_the_subject_and_is_no_missing_figure(tmp_path):
    from qa.check import check

    path = tmp_path / "notes.yaml"
    path.write_text(
        "version: 1\ntitle: Quillmark 4.0 release notes\nentries:\n"
        "  - id: themes\n    questions: [Which themes ship?, built-in themes, What themes come with it?]\n"
        "    answer: Quillmark 4.0 ships three themes.\n    evidence: This release ships three themes.\n",
        encoding="utf-8",
    )
    assert not [p for p in check(str(path)).problems if "not in the evidence" in p.message]


def _messages_saying(path: Path, text: str) -> list[str]:
    return [problem.message for problem in check(str(path)).problems if text in problem.message]


def test_a_number_the_evidence_spells_out_is_in_the_evidence(write_kb):
    """An answer in our own words says "22 new shops" of an article's "Twenty-two shops will open": the same
    number, which `--check` reported missing (an author had to write "twenty-two" in the answer to pass). A
    number the evidence does not give, in digits or words, is still reported."""
    path = write_kb(
        "version: 1\ntitle: Shops\nentries:\n"
        "  - id: shops\n    questions: [How many new shops will open?, new shops, number of new shops]\n"
        "    answer: The chain will open 22 new shops over 3 years.\n"
        "    evidence: Twenty-two shops will open over the next three years.\n"
        "  - id: jobs\n    questions: [How many jobs will the shops create?, new jobs, jobs created]\n"
        "    answer: The shops will create 180 jobs, 40 of them at the bakery.\n"
        "    evidence: The shops will create 180 jobs, thirty of them at the bakery.\n"
    )
    messages = _messages_saying(path, "not in the evidence")
    assert messages == ["number 40 in the answer is not in the evidence"]
    from qa import load

    assert load(path).ask("are twenty-two new shops opening?").entry_id == "shops"


def test_a_number_spelled_out_in_several_words_is_in_the_evidence(write_kb):
    """An author wrote 700 for an article's "Seven hundred people are waiting" and `--check` called it missing,
    though the docs say a number in digits and in words is the same number."""
    path = write_kb(
        "version: 1\ntitle: Plots\nentries:\n"
        "  - id: waiting\n    questions: [How many people are waiting?, waiting list, people waiting]\n"
        "    answer: About 700 people are waiting for a plot, 2,005 counting their households, and not 750.\n"
        "    evidence: Seven hundred people are waiting for a plot; two thousand and five counting households.\n"
    )
    assert _messages_saying(path, "not in the evidence") == ["number 750 in the answer is not in the evidence"]
    # only a scale word joins numbers ("100 20" is two), and a number too long for `int` is no crash
    from qa.text import spelled_numbers

    assert "120" not in spelled_numbers("a score of 100 20 points") and "700" in spelled_numbers("7 hundred")
    assert spelled_numbers("9" * 5000 + " hundred") == {"9" * 5000}


def test_every_digit_of_a_long_number_counts(write_kb):
    """Two 32-digit numbers differing in the last two digits were one number to the check (28 digits kept)."""
    path = write_kb(
        "version: 1\ntitle: Codes\nentries:\n"
        "  - id: code\n    questions: [What is the code?, the code, access code]\n"
        "    answer: The code is 12345678901234567890123456789012.\n"
        "    evidence: The code is 12345678901234567890123456789099.\n"
    )
    assert _messages_saying(path, "not in the evidence")


def test_a_phrasing_naming_only_what_it_asks_says_so(write_kb):
    """ "What is the name?" matched its entry at 100 and was reported as "scores 100, below the threshold 63":
    it is refused because it names nothing of its own, which the message now says."""
    path = write_kb(
        "version: 1\ntitle: Halden Telescope\nentries:\n"
        "  - id: name\n    questions: [What is the telescope called?, telescope name, What is the name?]\n"
        "    answer: The telescope is named after Ida Halden.\n    evidence: It is named after Ida Halden.\n"
        "  - id: mirror\n    questions: [How big is the mirror?, mirror size, What size is the mirror?]\n"
        "    answer: The telescope's mirror is 4.2 metres across.\n    evidence: Its mirror is 4.2 metres across.\n"
    )
    messages = _messages_saying(path, "What is the name?")
    assert messages == ["phrasing 'What is the name?' names nothing but what it asks for, so qa never answers it "
                        "alone: add its subject"]  # fmt: skip


def test_a_missing_season_is_one_problem_not_three(write_kb):
    """ "2026-27" missing from the evidence was reported as 2026, 27 and 2026-27."""
    path = write_kb(
        "version: 1\ntitle: Tickets\nentries:\n"
        "  - id: season\n    questions: [season ticket price, how much is a season ticket, season tickets cost]\n"
        "    answer: A season ticket for 2026-27 costs 450 pounds.\n"
        "    evidence: A season ticket costs 450 pounds.\n"
    )
    messages = _messages_saying(path, "not in the evidence")
    assert messages == ["number 2026-27 in the answer is not in the evidence"]


@pytest.mark.parametrize(
    ("entries", "said"),
    [
        (  # two questions in one phrasing, each answered by its own entry
            "  - id: delay\n    questions:\n"
            "      [How late are the ferries?, ferry delay, How late are the ferries and how far over budget?]\n"
            "    answer: The ferries are eight months late.\n    evidence: The ferries are eight months late.\n"
            "  - id: budget\n    questions: [How far over budget is the project?, budget overrun, the overspend]\n"
            "    answer: The project is 8.5 million pounds over budget.\n"
            "    evidence: It is 8.5 million pounds over budget.\n",
            "is read as 2 questions (answered by delay and budget)",
        ),
        (  # "thanks a lot" is small talk wherever it is written
            "  - id: volunteers\n    questions: [How many volunteers helped?, volunteer count, thanks a lot]\n"
            "    answer: About 40 volunteers helped.\n    evidence: About 40 volunteers helped.\n",
            "'thanks a lot' is read as small talk",
        ),
    ],
)
def test_a_phrasing_read_as_no_single_question_is_said_to_be_so(write_kb, entries, said):
    """It used to read "is answered by entry None", which looks like a bug; an author needs to know the phrasing
    is read as two questions, or as small talk."""
    path = write_kb("version: 1\ntitle: Ferries\nentries:\n" + entries)
    messages = [problem.message for problem in check(str(path)).problems]
    assert any(said in message for message in messages)
    assert not any("entry None" in message for message in messages)


def test_a_duplicate_id_is_reported_on_an_entry_left_out_for_another_problem(write_kb):
    """An entry reusing an id whose answer is a list was reported for the list only, so the author fixing it
    met the duplicate id on the next run."""
    path = write_kb(
        "version: 1\ntitle: Parks\nentries:\n"
        "  - id: parks\n    questions: [how many parks, number of parks, parks count]\n"
        "    answer: There are 20 parks.\n    evidence: There are 20 parks.\n"
        "  - id: parks\n    questions: [park total, parks built, park number]\n"
        "    answer: [There are 20 parks.]\n    evidence: There are 20 parks.\n"
    )
    found = [(problem.line, problem.message) for problem in check(str(path)).problems]
    assert (8, "duplicate id 'parks' (first used on line 4)") in found
    assert (10, "expected text, found a list") in found


def test_an_unknown_related_id_is_reported_at_its_related_line(write_kb):
    path = write_kb(
        "version: 1\ntitle: Parks\nentries:\n"
        "  - id: parks\n    questions: [how many parks, number of parks, parks count]\n"
        "    answer: There are 20 parks.\n    evidence: There are 20 parks.\n"
        "    related:\n      - nowhere\n"
    )
    found = [(problem.line, problem.message) for problem in check(str(path)).problems]
    assert (9, "related id 'nowhere' is not an entry") in found  # the id's own line, not the entry's first


def test_an_entry_left_out_for_one_problem_is_still_checked_for_its_related_ids(write_kb, cli):
    """ "every problem at once": an entry with a bad id also names a related id that is no entry (it was found
    only once the id was mended), and a load names as many problems as --check finds."""
    path = write_kb(
        "version: 1\ntitle: Library\nentries:\n"
        "  - id: Opening_Hours\n    questions: [When is it open?, opening hours, hours]\n"
        "    answer: It opens at 9am.\n    evidence: It opens at 9am.\n    related: [loan-limt]\n"
        "  - id: loan-limit\n    questions: [How many books can I borrow?, loan limit, borrowing limit]\n"
        "    answer: You can borrow 12 books.\n    evidence: You can borrow 12 books.\n"
    )
    errors = [p.message for p in check(str(path)).problems if p.severity == "error"]
    assert "related id 'loan-limt' is not an entry (did you mean 'loan-limit'?)" in errors
    assert f"(and {len(errors) - 1} more that stop" in cli("--kb", str(path), "-q", "hours").stderr


def test_an_entry_whose_phrasings_do_not_find_each_other_is_a_warning(write_kb):
    """Each phrasing is asked of the knowledge base made of the other half of the phrasings: an entry whose
    wordings share nothing ("fleet size", "number of vessels", "boats in service") is found only as written,
    and an author learns it before readers do. Phrasings that reword each other pass."""
    path = write_kb(
        "version: 1\ntitle: Ferries\nentries:\n"
        "  - id: fleet\n    questions: [fleet size, number of vessels, boats in service, How big is the armada?]\n"
        "    answer: The fleet has six electric ferries.\n    evidence: The fleet has six electric ferries.\n"
        "  - id: fares\n    questions: [How much is an adult fare?, adult fare price, What does an adult fare cost?,"
        " price of an adult ticket]\n"
        "    answer: An adult fare costs 3 pounds.\n    evidence: An adult fare costs 3 pounds.\n"
        "  - id: opening\n    questions: [When did the new route open?, new route opening date, When was the route"
        " opened?, opening of the new route]\n"
        "    answer: The new route opened on 14 April.\n    evidence: The new route opened on 14 April.\n"
    )
    thin = [p for p in check(str(path)).problems if "do not find each other" in p.message]
    assert [p.entry for p in thin] == ["fleet"] and thin[0].severity == "warning"
    assert "4 of 4 miss it" in thin[0].message and "gets no answer" in thin[0].message
    # the example names the words to use again: the ones no other phrasing of the entry says
    assert "'fleet size' gets no answer (score 0); no other phrasing of it says “fleet”" in thin[0].message


def test_a_phrasing_that_loses_its_words_to_not_says_why(write_kb):
    """ "not here to flip the club" scored 0 and the message gave no reason: the words after "not" are read as
    what the question rules out."""
    path = write_kb(
        "version: 1\ntitle: Rovers takeover\nentries:\n"
        "  - id: no-flip\n    questions: [Will the owners sell the club quickly?, Are they going to flip the club?,"
        " not here to flip the club]\n"
        "    answer: The owners said they will not flip the club.\n    evidence: We will not flip the club.\n"
        "  - id: price\n    questions: [How much did the takeover cost?, takeover price, What did they pay?]\n"
        "    answer: The consortium paid 38 million pounds.\n    evidence: The consortium paid 38 million pounds.\n"
    )
    [message] = _messages_saying(path, "not here to flip the club")
    assert "are read as ruled out; reword it" in message
