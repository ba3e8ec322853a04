"""The command line as shells and scripts use it: output, JSON shape, exit codes 0/1/2, options per mode.

Run in-process through `qa.cli.main` (the `cli` fixture); only what needs a real process starts one, marked slow.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from helpers import ROOT, run_qa

HEADLINE = "How many Hechi products hold Shenzhen certification?"
JSON_KEYS = {
    *("question", "answered", "kind", "answer", "id", "score", "matched", "evidence", "understood"),
    *("suggestions", "parts"),
}
CLEAN_KB = str(ROOT / "tests" / "data" / "planted" / "clean.yaml")
# characters a terminal or a line splitter acts on: an escape sequence, right-to-left override, NEL, LS
HOSTILE = "\x1b]0;PWNED\x07\x1b[2J \u202e \x85 \u2028 parks"


def test_question_prints_answer_and_source_and_exits_0(cli):
    result = cli("-q", HEADLINE)
    assert result.returncode == 0
    first, source = result.stdout.splitlines()[:2]
    assert "51" in first and "32" in first
    assert source.startswith("Source:") and "2023-07-18" in source
    assert result.stderr == ""


def test_unanswerable_question_says_so_and_exits_1(cli):
    result = cli("-q", "How many bridges did Shenzhen build in Hechi?")
    assert result.returncode == 1
    assert "I don't know" in result.stdout


def test_json_has_exactly_the_documented_keys(cli):
    answered = json.loads(cli("-q", HEADLINE, "--json").stdout)
    refused = json.loads(cli("-q", "What is the capital of France?", "--json").stdout)
    assert set(answered) == set(refused) == JSON_KEYS
    assert answered["answered"] is True and answered["id"] == "certified-products"
    assert refused["answer"] is None and refused["id"] is None
    for suggestion in refused["suggestions"]:
        assert set(suggestion) == {"id", "question", "score"}


def test_batch_gives_one_result_per_line_in_order_and_exits_0(cli):
    lines = ["industrial parks", "", "What is the capital of France?", "villages"]
    result = cli("--batch", "-", "--json", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["question"] for row in rows] == lines
    assert [row["answered"] for row in rows] == [True, False, False, True]
    plain = cli("--batch", "-", stdin="\n".join(lines) + "\n")
    assert len(plain.stdout.splitlines()) == len(lines)


def test_piped_stdin_without_flags_answers_line_by_line(cli):
    result = cli(stdin="parks\nvillages\n")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 2 and "20" in result.stdout


def test_errors_are_one_line_on_stderr_with_exit_2(cli, tmp_path):
    missing = cli("--kb", str(tmp_path / "nope.yaml"), "-q", "x")
    bad_threshold = cli("--threshold", "200", "-q", "x")
    bad_batch = cli("--batch", str(tmp_path / "none.txt"))
    no_name = cli("--kb", "", "-q", "x")  # said "qa: error: no such file", naming none
    for result in (missing, bad_threshold, bad_batch, no_name):
        assert result.returncode == 2
        assert result.stdout == ""
        assert result.stderr.startswith("qa: error:") and result.stderr.count("\n") == 1
        assert "Traceback" not in result.stderr
    assert "--kb" in no_name.stderr


def test_threshold_flag_changes_the_decision(cli):
    assert cli("-q", "How many bridges did Shenzhen build in Hechi?").returncode == 1
    assert cli("-q", "How many bridges did Shenzhen build in Hechi?", "--threshold", "0").returncode == 0


def test_version_and_help_with_examples(cli):
    assert cli("--version").stdout.startswith("qa ")
    help_text = cli("--help").stdout
    assert "examples:" in help_text and "--batch" in help_text and "exit status" in help_text


# -- options that belong to one mode ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["-q", "parks", "--strict"], "--strict goes with --check; it does nothing for -q"),
        (["-q", "parks", "--min-accuracy", "5"], "--min-accuracy goes with --eval; it does nothing for -q"),
        (["--batch", "-", "--strict"], "--strict goes with --check; it does nothing for --batch"),
        (["--check", "--min-accuracy", "0.9"], "--min-accuracy goes with --eval; it does nothing for --check"),
        (["--eval", "tests/data/eval.yaml", "--strict"], "--strict goes with --check; it does nothing for --eval"),
        (["--strict"], "--strict goes with --check; it does nothing for the chat"),
    ],
)
def test_an_option_of_another_mode_is_a_usage_error(cli, args, says):
    result = cli(*args, stdin="parks\n")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(f"qa: error: {says}") and result.stderr.count("\n") == 1


@pytest.mark.parametrize("empty", ["", "   "])
def test_an_empty_question_is_a_usage_error_not_an_i_dont_know(cli, empty):
    """`qa -q ""` (an unset variable) said "I don't know: the knowledge base does not say." with status 1, as if
    a question had been asked."""
    result = cli("-q", empty)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("qa: error: -q needs a question") and result.stderr.count("\n") == 1


@pytest.mark.parametrize("value", ["abc", "-1", "150", "nan"])
def test_min_accuracy_is_checked_when_the_arguments_are_read(cli, value):
    result = cli("--kb", CLEAN_KB, "--eval", "no-such-file.yaml", "--min-accuracy", value)
    assert result.returncode == 2
    assert result.stderr.startswith("qa: error: --min-accuracy: must be a rate from 0 to 1")
    assert result.stderr.count("\n") == 1


# -- what reaches a terminal or a JSON reader -----------------------------------------------------------------


@pytest.fixture
def hostile_eval(tmp_path: Path) -> Path:
    """An eval file whose own name and whose questions hold escape sequences and bidi characters."""
    path = tmp_path / "\x1b]0;X\x07evil\u202e.yaml"
    items = [
        {"q": HOSTILE, "expect": "industrial-parks"},
        {"q": "How many industrial parks did Shenzhen help build in Hechi? \u202e\x85\u2028", "expect": None},
    ]
    path.write_text(yaml.safe_dump(items, allow_unicode=True), encoding="utf-8")
    return path


def test_eval_text_output_prints_no_escape_or_bidi_character(cli, hostile_eval):
    result = cli("--kb", CLEAN_KB, "--eval", str(hostile_eval))
    assert result.returncode == 0, result.stderr
    assert "confusions" in result.stdout and "evil" in result.stdout
    for raw in ("\x1b", "\x07", "\u202e", "\x85", "\u2028"):
        assert raw not in result.stdout


def _raw_unsafe(text: str) -> list[str]:
    return [char for char in ("\x1b", "\x07", "\u202e", "\x85", "\u2028") if char in text]


def test_json_escapes_bidi_and_line_separators_in_every_mode(cli, hostile_eval):
    one = cli("-q", HOSTILE, "--json")
    batch = cli("--batch", "-", "--json", stdin=HOSTILE + "\n")
    evaluation = cli("--kb", CLEAN_KB, "--eval", str(hostile_eval), "--json")
    for result in (one, batch, evaluation):
        assert _raw_unsafe(result.stdout) == [], result.stdout
        assert "\\u202e" in result.stdout
    assert json.loads(one.stdout)["question"] == HOSTILE
    assert json.loads(batch.stdout)["question"] == HOSTILE
    assert json.loads(evaluation.stdout)["file"] == str(hostile_eval)
    assert any("\u202e" in item["q"] for item in json.loads(evaluation.stdout)["confusions"])


def _run_with_stdout(monkeypatch, stream, *args: str) -> int:
    from qa.cli import main

    monkeypatch.setattr(sys, "stdout", stream)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    return main(list(args))


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "cp1252", "utf-8"])
def test_json_survives_a_stdout_that_cannot_encode_it(monkeypatch, encoding):
    question = "公园 café — 😀 parks"
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding=encoding, errors="strict", write_through=True)
    assert _run_with_stdout(monkeypatch, stream, "-q", question, "--json") in (0, 1)
    assert json.loads(raw.getvalue().decode(encoding))["question"] == question


class Terminal(io.StringIO):
    """A standard output that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_one_shot_on_a_terminal_wraps_between_words_at_its_width_and_a_pipe_does_not(cli, monkeypatch, kb):
    question = "How much funding did Guangdong give Hechi?"
    piped = cli("-q", question).stdout
    assert piped.splitlines()[0] == kb.ask(question).text  # a pipe: one line per line, as before
    monkeypatch.setenv("COLUMNS", "60")
    monkeypatch.setenv("NO_COLOR", "1")
    screen = Terminal()
    assert _run_with_stdout(monkeypatch, screen, "-q", question) == 0
    lines = screen.getvalue().splitlines()
    assert len(lines) > len(piped.splitlines()) and all(len(line) <= 60 for line in lines)
    assert screen.getvalue().split() == piped.split()  # no word cut in two, none lost


@pytest.mark.parametrize(
    "data",
    ["parks\nbridges\n".encode("utf-16-le"), "parks\nbridges\n".encode("utf-16"), "parks\n".encode("utf-32")],
)
def test_utf16_input_is_an_error_not_lines_of_nuls(monkeypatch, capsys, data):
    """UTF-16 questions piped or in --batch printed "I don't know." three times for two questions, exit 0 (the
    fourth attack): read as UTF-8, NULs and letters made more lines than were asked."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    from qa.cli import main

    assert main(["--batch", "-"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "UTF-16 or UTF-32; qa reads UTF-8" in captured.err


def test_a_utf8_byte_order_mark_is_no_part_of_the_first_question(monkeypatch, capsys, kb):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("\ufeffparks\n".encode())))
    from qa.cli import main

    assert main(["--batch", "-", "--json"]) == 0
    assert '"question": "parks"' in capsys.readouterr().out


def test_batch_on_a_terminal_shows_each_question_with_its_answer_wrapped(monkeypatch, kb):
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "60")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"parks\nbridges\n")))
    from qa.cli import main

    screen = Terminal()
    monkeypatch.setattr(sys, "stdout", screen)
    assert main(["--batch", "-"]) == 0
    shown = screen.getvalue()
    parks, bridges = shown.split("\nbridges → ")
    assert parks.split() == f"parks → {kb.ask('parks').text}".split()  # no word cut in two, none lost
    assert bridges.startswith("I don't know.")
    assert all(len(line) <= 60 for line in shown.splitlines())  # wrapped between words, not by the terminal


class FullDisk(io.StringIO):
    """A standard output on a full disk: writing it fails as /dev/full does."""

    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")

    def flush(self) -> None:
        raise OSError(28, "No space left on device")


@pytest.mark.parametrize(
    "args",
    [
        ["-q", "parks"],
        ["-q", "parks", "--json"],
        ["--batch", "-"],
        ["--check", "--kb", CLEAN_KB],
        ["--eval", "tests/data/eval.yaml", "--json"],
        ["--help"],
        ["--version"],
    ],
)
def test_output_that_cannot_be_written_is_an_error_with_exit_2(monkeypatch, capsys, args):
    from qa.cli import main

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"parks\n")))
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdout", FullDisk())
    assert main(args) == 2
    assert capsys.readouterr().err == "qa: error: cannot write to standard output: No space left on device\n"


def test_ctrl_c_while_the_command_is_still_loading_exits_130(monkeypatch):
    """A Ctrl-C during the imports (about 0.1 s at every start) printed a Python traceback."""

    class Interrupted:
        def find_spec(self, name, path=None, target=None):
            if name == "qa.cli":
                raise KeyboardInterrupt
            return None

    monkeypatch.delitem(sys.modules, "qa.cli", raising=False)
    monkeypatch.setattr(sys, "meta_path", [Interrupted(), *sys.meta_path])
    from qa.__main__ import main as command

    assert command() == 130


# -- needing a real process -------------------------------------------------------------------------------------


@pytest.mark.slow
def test_one_shot_path_does_not_import_prompt_toolkit_or_wcwidth():
    done = run_qa("-q", "parks", env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert done.returncode == 0
    assert "qa.cli" in done.stderr  # the import-time report ran
    assert "prompt_toolkit" not in done.stderr
    assert "wcwidth" not in done.stderr


@pytest.mark.slow
def test_importing_qa_loads_nothing_until_a_name_is_used():
    """`import qa` is what the `qa` command does before it can catch Ctrl-C, and what an embedding program pays
    at its start: the matching machinery loads on first use."""
    code = "import qa, sys; print(sorted(m for m in sys.modules if m.startswith('qa'))); print(qa.Answer.__name__)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["['qa', 'qa.gcpause']", "Answer"]


@pytest.mark.slow
def test_a_question_the_knowledge_base_knows_whole_never_reads_the_english_word_list(tmp_path):
    """The README's question ties names to things ("Hechi products", `rules.role`): which names are English
    words is part of the cached analysis, so a one-shot answer with a warm cache never reads the 14,500-word
    list (8 ms, a sixth of the start-up budget)."""
    code = (
        "import qa, sys; from qa import lexicon; kb = qa.load(); "
        "answer = kb.ask('How many Hechi products hold Shenzhen certification?'); "
        "print(answer.entry_id, lexicon._bands.cache_info().currsize)"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True)  # makes the cache
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["certified-products", "0"]


@pytest.mark.slow
def test_json_on_a_c_locale_stdout_escapes_what_ascii_cannot_say():
    question = "公园 café —"
    done = run_qa("-q", question, "--json", env={"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""})
    assert done.returncode in (0, 1), done.stderr
    assert "?" not in done.stdout.split('"question"')[1].split("\n")[0]
    assert json.loads(done.stdout)["question"] == question


@pytest.mark.slow
def test_the_same_question_gets_the_same_answer_in_every_run():
    """Scripts rely on stable output: nothing may depend on the order of a set, which Python changes from
    run to run (PYTHONHASHSEED). Misspelt questions exercise the speller, where ties are most likely."""
    items = yaml.safe_load((Path(__file__).parent / "data" / "eval.yaml").read_text(encoding="utf-8"))
    questions = [item["q"] for item in items]
    misspelt = [" ".join(word[:2] + word[3:] if len(word) > 4 else word for word in q.split()) for q in questions]
    batch = "\n".join(questions + misspelt + ["publsh date of ths story", "whn did it strt"]) + "\n"
    outputs = {
        run_qa("--batch", "-", "--json", input=batch, env={"PYTHONHASHSEED": seed, "QA_NO_CACHE": "1"}).stdout
        for seed in ("0", "1", "5", "7")
    }
    assert len(outputs) == 1


# -- what a refusal says ------------------------------------------------------------------------------------------


def test_a_refusal_says_why_in_words_and_keeps_the_figures_for_why():
    """The answer's score is a confidence, the suggestions' are match scores: when close entries lowered the
    confidence, the output gives the comparable number so a suggestion scoring above it is no puzzle."""
    from qa.answer import Answer, Explanation, Suggestion
    from qa.model import Source
    from qa.render import answer_fragments, to_plain

    close = (Suggestion("other", "Another question?", 74.0),)
    why = Explanation(best_entry="best", best_score=75.0, threshold=63.0)
    refused = Answer("q", False, None, None, 59.0, None, None, close, why)
    said = to_plain(answer_fragments(refused, Source()))
    assert "(Two or more entries fit this about equally well, so I will not pick one.)" in said
    assert "confidence" not in said and "59" not in said  # the figures are for /why and --json
    weak = Answer(
        "q", False, None, None, 40.0, None, None, (), Explanation(best_entry="best", best_score=40.0, threshold=63.0)
    )
    assert "(Nothing in the knowledge base matches this well enough.)" in to_plain(answer_fragments(weak, Source()))
    # refused for words no entry uses: name them, not everyday ones ("hi"), at most three
    unread = Explanation(best_entry="best", best_score=40.0, unknown=("hi", "bridges", "ferries", "tolls", "roads"))
    strange = Answer("q", False, None, None, 40.0, None, None, (), unread)
    shown = to_plain(answer_fragments(strange, Source()))
    assert "(The knowledge base never mentions “bridges”, “ferries”, “tolls”.)" in shown
    # refused for what the closest fact lacks: say that ("why?" of a fact that gives no reason), not "matches"
    lacking = Explanation(best_entry="best", best_score=53.0, doubts=(("kind", ("why",)), ("identity", ("why",))))
    doubted = Answer("why?", False, None, None, 53.0, None, None, (), lacking)
    assert "(The closest entry gives no reason.)" in to_plain(answer_fragments(doubted, Source()))
    # every rule's words read after "The closest entry": "… gives no date in its answer", not "… its answer …"
    for doubt in (("answer-type", ("date",)), ("name", ("guangxi",)), ("number", ("2019",))):
        reason = to_plain(answer_fragments(doubted._replace(why=lacking._replace(doubts=(doubt,))), Source()))
        assert re.search(
            r"\(The closest entry (?:gives no date in its answer|never names “guangxi”|never "
            r"mentions “2019”)\.\)",
            reason,
        ), reason
    answered = Answer("q", True, "An answer.", "best", 64.0, "q", "Evidence.", close, why)
    shown = to_plain(answer_fragments(answered, Source()))
    assert (
        "Close behind (this answer matched at 75; its score 64 is lower because these match almost as well):" in shown
    )
    sure = Answer("q", True, "An answer.", "best", 75.0, "q", "Evidence.", (), why)
    assert "match" not in to_plain(answer_fragments(sure, Source()))


def test_piped_input_is_one_conversation_and_batch_stays_stateless(cli):
    lines = "How many villages were taken off the poverty list?\nand how many people?\nhow many people?\n2\nbye\nhi\n"
    talked = [json.loads(line) for line in cli("--json", stdin=lines).stdout.splitlines()]
    assert [turn["kind"] for turn in talked] == ["answer", "answer", "clarify", "answer", "smalltalk", "smalltalk"]
    assert talked[1]["id"] == "people-lifted-out-of-poverty" and talked[1]["understood"]
    assert talked[3]["id"] == talked[2]["suggestions"][1]["id"]  # "2" picks from the clarifying question
    batch = [json.loads(line) for line in cli("--batch", "-", "--json", stdin=lines).stdout.splitlines()]
    assert len(batch) == 6 and batch[1]["id"] != "people-lifted-out-of-poverty"  # no context in --batch


def test_one_shot_small_talk_clarifying_and_compound_questions(cli):
    hello = cli("-q", "hello")
    assert hello.returncode == 0 and "Hello!" in hello.stdout
    vague = cli("-q", "how many people?")
    assert vague.returncode == 1 and vague.stdout.startswith("Do you mean 1.")
    both = cli("-q", "how many parks and how many hospitals were built?")
    assert both.returncode == 1  # one part is not answered
    assert "20 jointly established industrial parks" in both.stdout and "I don't know how many hospitals" in both.stdout
    assert both.stdout.count("Source:") == 1


def test_a_refusal_far_below_the_threshold_says_nothing_matches(cli):
    ran = cli("-q", "How many bridges did Shenzhen build in Hechi?")
    assert "equally well" not in ran.stdout


def test_evidence_that_quotes_someone_is_set_in_curly_quotes(write_kb, cli):
    """'Source: ""Our passengers …' doubled the quote mark of evidence that opens with one."""
    path = write_kb(
        "version: 1\ntitle: Ferries\nentries:\n"
        "  - id: ceo\n    questions: [What did the chief executive say?, chief executive quote, ceo words]\n"
        "    answer: The chief executive said passengers will notice the quiet first.\n"
        "    evidence: '\"Passengers will notice the quiet first,\" said the chief executive.'\n"
    )
    result = cli("--kb", str(path), "-q", "What did the chief executive say?")
    assert result.returncode == 0
    assert 'Source: “"Passengers will notice the quiet first," said the chief executive.”' in result.stdout
    assert '""' not in result.stdout


def test_an_option_given_twice_or_an_empty_file_name_is_a_usage_error(cli, tmp_path):
    """`-q a -q b` answered b alone, silently; `--batch ''` said ": no such file", naming nothing; a folder
    given to --eval was said to be no knowledge base file."""
    twice = cli("-q", "parks", "-q", "villages")
    assert twice.returncode == 2 and twice.stdout == ""
    assert "-q/--question: given twice; ask several questions with --batch" in twice.stderr
    for option in ("--batch", "--eval"):
        empty = cli(option, "")
        assert empty.returncode == 2 and f"{option}: must name a file, not ''" in empty.stderr
    folder = cli("--eval", str(tmp_path))
    assert folder.returncode == 2 and "is a folder, not a file of labelled questions or dialogues" in folder.stderr


def test_an_argument_with_an_escape_in_it_is_shown_written_out(capsys):
    """ "--bogus\x1b[31m" was reported as "--bogus" (the fourth attack): another argument than the one given.
    Every control in an error line is written out, never sent raw nor dropped."""
    from qa.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["--bogus\x1b[31m"])
    assert exited.value.code == 2
    assert "--bogus\\x1b[31m" in capsys.readouterr().err
