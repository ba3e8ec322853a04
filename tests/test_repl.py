"""The chat loop and its commands, driven through prompt_toolkit's pipe input, as a user would type.

Each test sends keystrokes, closes the pipe (so the loop ends at EOF rather than waiting), and checks what
was printed, the exit status and the history file.
"""

from __future__ import annotations

import io
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from prompt_toolkit.output.vt100 import Vt100_Output

import qa
from qa.display import display_width, to_plain, wrap
from qa.render import answer_fragments
from qa.repl.app import run_repl
from qa.repl.history import TolerantFileHistory, default_path, open_history

UP = "\x1b[A"
CTRL_B, CTRL_C, CTRL_D = "\x02", "\x03", "\x04"
CERTIFIED = "How many Hechi products hold Shenzhen certification?"
PARKS = "How many industrial parks has Shenzhen helped build in Hechi?"


class RecordingOutput(DummyOutput):
    """A DummyOutput that keeps the text written to it (prompt_toolkit sends attributes separately).

    It is as wide as asked: wide by default, so content checks are not about where lines wrap."""

    def __init__(self, columns: int = 1000, rows: int = 1000) -> None:
        self.written: list[str] = []
        self.columns = columns
        self.rows = rows

    def get_size(self) -> Size:
        return Size(rows=self.rows, columns=self.columns)

    def write(self, data: str) -> None:
        self.written.append(data)

    def write_raw(self, data: str) -> None:
        self.written.append(data)


@dataclass
class Session:
    status: int
    screen: str
    history: Path


@pytest.fixture(scope="module")
def kb() -> qa.KnowledgeBase:
    return qa.load()


def chat(kb, keys: str, history: Path, *, threshold: float | None = None, output=None) -> Session:
    """Type `keys` into a fresh chat; the input then ends (EOF), which leaves like Ctrl-D."""
    output = output or RecordingOutput()
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        pipe.close()
        status = run_repl(kb, threshold, input=pipe, output=output, history_path=history)
    screen = "".join(output.written) if isinstance(output, RecordingOutput) else ""
    return Session(status, screen, history)


@pytest.fixture
def history(tmp_path: Path) -> Path:
    return tmp_path / "data" / "qa" / "history"


def entries_in(history: Path) -> list[str]:
    """The lines stored in a prompt_toolkit history file, oldest first."""
    return [line[1:] for line in history.read_text(encoding="utf-8").splitlines() if line.startswith("+")]


def test_banner_names_the_knowledge_base_its_source_size_and_how_to_start(kb, history):
    session = chat(kb, "", history)
    assert session.status == 0
    assert kb.title in session.screen
    assert "China Daily (Guangxi edition), 2023-07-18" in session.screen
    assert f"{len(kb)} entries" in session.screen
    assert "Ask a question, /help for commands, Ctrl-D to quit." in session.screen


def test_a_question_gets_the_same_answer_and_source_line_as_the_cli(kb, history):
    session = chat(kb, CERTIFIED + "\r", history)
    cli_text = to_plain(answer_fragments(kb.ask(CERTIFIED), kb.source))
    assert "51 products" in session.screen
    for line in cli_text.splitlines():
        assert line in session.screen


def test_after_an_answer_the_related_questions_are_numbered_and_a_number_asks_one(kb, history):
    answer = kb.ask(PARKS)
    assert answer.answered and not answer.suggestions
    related = [kb.entry(entry_id) for entry_id in kb.entry(answer.entry_id).related]
    assert len(related) >= 2
    session = chat(kb, PARKS + "\r2\r", history)
    assert "Related:" in session.screen
    assert f"  1. {related[0].questions[0]}" in session.screen
    assert f"  2. {related[1].questions[0]}" in session.screen
    assert f"→ {related[1].questions[0]}" in session.screen
    assert related[1].answer in session.screen


def test_an_ordinal_picks_from_the_related_list_as_a_number_does(kb, history):
    """cli.md: "Type a number to ask that question, or answer in words ("the second", …)". After an answer
    with a Related list and no suggestions, "the second" was refused, and "the first one" read "first" as
    "start" (the partnership's start)."""
    related = [kb.entry(entry_id) for entry_id in kb.entry(kb.ask(PARKS).entry_id).related]
    session = chat(kb, PARKS + "\rthe second\r", history)
    assert f"→ {related[1].questions[0]}" in session.screen
    assert related[1].answer in session.screen
    session = chat(kb, PARKS + "\rthe first one\r", history)
    assert related[0].answer in session.screen


def test_not_confident_says_so_and_lists_suggestions_that_numbers_ask(kb, history):
    answer = kb.ask("sales", threshold=100)
    assert not answer.answered and len(answer.suggestions) >= 2
    second = answer.suggestions[1]
    session = chat(kb, "sales\r2\r", history, threshold=100)
    assert "I don't know" in session.screen
    assert "Did you mean:" in session.screen
    assert f"  1. {answer.suggestions[0].question}" in session.screen
    assert f"→ {second.question}" in session.screen
    assert kb.entry(second.entry_id).answer in session.screen


def test_a_vague_question_gets_a_question_back_and_the_reply_picks(kb, history):
    session = chat(kb, "how many people?\rthe poverty one\r", history)
    assert "Do you mean 1." in session.screen
    assert kb.entry("people-lifted-out-of-poverty").answer in session.screen


def test_a_followup_leans_on_the_last_answer_until_new(kb, history):
    villages = "How many villages were taken off the poverty list?"
    session = chat(kb, f"{villages}\rand how many people?\r", history)
    assert kb.entry("people-lifted-out-of-poverty").answer in session.screen
    fresh = chat(kb, f"{villages}\r/new\rand how many people?\r", history)
    assert "New conversation" in fresh.screen
    assert kb.entry("people-lifted-out-of-poverty").answer not in fresh.screen.split("New conversation")[1]


def test_small_talk_gets_a_reply_and_a_goodbye_ends_the_chat(kb, history):
    session = chat(kb, "hi\rbye\rhow many parks?\r", history)
    assert "Hello!" in session.screen and "Goodbye!" in session.screen
    assert session.status == 0
    assert kb.entry("industrial-parks").answer not in session.screen  # the chat ended at the goodbye


def test_a_number_with_nothing_numbered_or_out_of_range_gets_a_hint_not_a_search(kb, history):
    session = chat(kb, "3\r" + PARKS + "\r99\r", history)
    assert "No numbered questions on screen yet" in session.screen
    assert "Pick a number from 1 to 2" in session.screen
    assert "I don't know" not in session.screen


def test_why_explains_match_corrections_scores_runner_up_and_threshold(kb, history):
    typo = "How many Hechi prodcts hold Shenzen certifcation?"
    answer = kb.ask(typo)
    assert answer.answered and answer.why.corrections and answer.why.runner_up
    session = chat(kb, typo + "\r/why\r", history)
    screen = session.screen
    assert f'"{answer.matched_question}" [{answer.entry_id}]' in screen
    typed, fixed = answer.why.corrections[0]
    assert f"{typed} → {fixed}" in screen
    assert f"{answer.score:.0f} (answers need {answer.why.threshold:.0f})" in screen
    assert f"[{answer.why.runner_up}] score {answer.why.runner_up_score:.0f}" in screen
    # the gap is the one between the figures shown (95 and 50 were said to be "44 behind")
    from qa.repl.render import why_fragments

    for question in ("how many comapnies invested in hechi", typo):
        why = kb.ask(question).why
        shown = "".join(text for _, text in why_fragments(kb.ask(question)))
        gap = round(why.best_score) - round(why.runner_up_score)
        assert f"score {why.runner_up_score:.0f}, {gap} behind" in shown


def test_why_says_what_marked_the_best_entry_down(kb, history):
    """Every word known, the question refused: /why names the rules that did it, so an author can see why."""
    question = "How big are the joint industrial parks in Guangxi?"
    answer = kb.ask(question)
    assert not answer.answered and answer.why.best_entry == "industrial-parks"
    assert ("name", ("guangxi",)) in answer.why.doubts
    screen = chat(kb, question + "\r/why\r", history).screen
    assert "doubts:" in screen
    assert "never asked “how big”" in screen and "gives no amount" in screen and "never names “guangxi”" in screen
    plain = chat(kb, "How many joint industrial parks are there?\r/why\r", history).screen
    assert "doubts:" not in plain


def test_why_before_any_question_says_to_ask_first(kb, history):
    assert "Nothing asked yet" in chat(kb, "/why\r", history).screen


def test_help_lists_every_command(kb, history):
    screen = chat(kb, "/help\r", history).screen
    for name in ("/help", "/topics", "/why", "/source", "/reload", "/quit"):
        assert re.search(rf"^\s+{re.escape(name)}\s+\w", screen, re.MULTILINE), name
    for alias in ("/?", "/exit", "/q"):  # the short names docs/cli.md gives
        assert alias in screen, alias


def numbered_in(screen: str) -> list[tuple[int, str]]:
    """The numbered lines of a screen, in the order shown: (number, question)."""
    return [(int(number), text) for number, text in re.findall(r"^ +([0-9]+)\. (.*?)  \[", screen, re.MULTILINE)]


def test_topics_lists_each_entry_once_under_its_first_tag_numbered_in_the_order_shown(kb, history):
    first_tags = {entry.tags[0] for entry in kb.entries if entry.tags}
    session = chat(kb, "/topics\r3\r", history)
    screen = session.screen.replace("\r", "")
    for tag in first_tags:
        assert f"\n{tag}\n" in screen, tag
    listed = numbered_in(screen[screen.index("Topics (") : screen.index("→")])
    assert [number for number, _ in listed] == list(range(1, len(kb) + 1))
    assert sorted(text for _, text in listed) == sorted(entry.questions[0] for entry in kb.entries)
    third = listed[2][1]
    assert f"→ {third}" in screen
    assert kb.ask(third).text in screen


def test_topics_numbers_line_up_past_nine(kb, history):
    """ "  9. …" above "  10. …" put the questions in two columns."""
    screen = chat(kb, "/topics\r", history).screen.replace("\r", "")
    columns = {line.index(". ") for line in screen.splitlines() if re.match(r"^ +[0-9]+\. ", line)}
    assert len(kb) >= 10 and len(columns) == 1


def test_topics_that_would_not_fit_fold_to_the_groups_and_a_group_lists_on_request(kb, history):
    output = RecordingOutput(columns=200, rows=24)
    session = chat(kb, "/topics\r/topics numbers\r2\r", history, output=output)
    screen = session.screen.replace("\r", "")
    folded = screen[screen.index("Topics (") : screen.index("/topics all")]
    assert f"{len(kb)} entries in" in folded
    assert numbered_in(folded) == []  # the groups only: nothing a terminal of 24 rows would scroll away
    assert len(folded.splitlines()) <= 24 - 3
    assert "  poverty  (" in folded
    group = [entry for entry in kb.entries if "numbers" in entry.tags]  # any tag, not only the first
    listed = numbered_in(screen[screen.index("Topics (", screen.index("/topics all")) :])
    assert listed[: len(group)] == [(n, entry.questions[0]) for n, entry in enumerate(group, start=1)]
    assert f"→ {group[1].questions[0]}" in screen


def test_topics_with_a_group_that_does_not_exist_says_so(kb, history):
    assert "No group called bridges: /topics lists the groups." in chat(kb, "/topics bridges\r", history).screen


def test_topics_finds_a_group_spelt_another_way(kb):
    """ "/topics labour" said there was no such group: the tag is "labor", which questions read "labour" as."""
    from qa.repl.render import tagged

    assert [tag for tag, _ in tagged(kb, "labour")] == ["labor"]
    assert tagged(kb, "bridges") == []


def test_a_number_is_kept_in_history_as_the_question_it_asked(kb, history):
    related = kb.entry(kb.ask(PARKS).entry_id).related
    second = kb.entry(related[1]).questions[0]
    session = chat(kb, PARKS + "\r2\r2\r42\r", history)
    assert f"→ {second}" in session.screen
    assert entries_in(history) == [PARKS, second, kb.entry(kb.entry(related[1]).related[1]).questions[0], "42"]


def test_source_shows_the_articles_metadata(kb, history):
    screen = chat(kb, "/source\r", history).screen
    for value in (kb.source.title, kb.source.publisher, kb.source.published, kb.source.url, kb.path):
        assert value in screen


def test_source_names_the_source_text_by_a_path_one_can_open(kb):
    """The knowledge base names its source text relative to its own folder ("../shared/article/…"); /source
    shows where that is, not the relative path, which points elsewhere from any other folder."""
    import os

    from qa.repl.render import source_fragments

    shown = "".join(text for _, text in source_fragments(kb))
    expected = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(kb.path)), kb.source.file))
    if os.path.isfile(expected):  # a checkout beside ../shared/article
        assert expected in shown and os.path.isabs(expected)
    else:  # an installed copy, or a checkout without the article: said so, not a path to nowhere
        assert f"{kb.source.file} (not found beside the knowledge base)" in shown


def test_a_long_value_under_a_two_word_label_wraps_under_the_value(kb):
    """At 80 columns "knowledge base: Shenzhen … (24 entries)" continued at column 2, under the label."""
    from qa.display import for_terminal, to_plain
    from qa.repl.render import source_fragments

    lines = to_plain(for_terminal(source_fragments(kb), 60)).splitlines()
    at = next(number for number, line in enumerate(lines) if line.lstrip().startswith("knowledge"))
    value_column = lines[at].index("Shenzhen")
    assert lines[at + 1].startswith(" " * value_column) and lines[at + 1].strip()


def test_an_unknown_command_gets_a_hint_not_a_search(kb, history):
    screen = chat(kb, "/topcs\r", history).screen
    assert "Unknown command /topcs. Did you mean /topics?" in screen
    assert "I don't know" not in screen


@pytest.mark.parametrize("leave", ["exit", "quit", "/quit", "QUIT"])
def test_exit_words_end_the_session_with_status_0(kb, history, leave):
    session = chat(kb, f"{leave}\r{PARKS}\r", history)
    assert session.status == 0
    assert "20 jointly" not in session.screen


def test_ctrl_c_clears_the_line_and_the_session_goes_on(kb, history):
    session = chat(kb, "half a thought" + CTRL_C + "parks\r" + CTRL_C, history)
    assert "20 jointly established industrial parks" in session.screen
    assert entries_in(history) == ["parks"]
    # someone pressing Ctrl-C may want out: told once how to leave, not at every press
    assert session.screen.count("Ctrl-D or /quit leaves") == 1


def test_ctrl_d_on_an_empty_line_exits_0_and_on_text_deletes_a_character(kb, history):
    session = chat(kb, "parksx" + CTRL_B + CTRL_D + "\r" + CTRL_D + CERTIFIED + "\r", history)
    assert session.status == 0
    assert "20 jointly established industrial parks" in session.screen
    assert "51 products" not in session.screen
    assert entries_in(history) == ["parks"]


def test_history_is_saved_and_a_second_session_recalls_it_with_up(kb, history):
    first = chat(kb, CERTIFIED + "\r", history)
    assert first.history.is_file()
    assert entries_in(history) == [CERTIFIED]
    second = chat(kb, UP + "\r", history)
    assert "51 products" in second.screen
    assert entries_in(history) == [CERTIFIED]  # the recalled line is not stored twice in a row


def test_history_that_cannot_be_written_falls_back_to_memory_and_says_so_once(kb, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    session = chat(kb, "parks\rvillages\r", blocker / "qa" / "history")
    assert session.status == 0
    assert session.screen.count("History is kept in memory only") == 1
    assert f"{blocker} is not a folder" in session.screen  # the file in the way, named
    assert "20 jointly established industrial parks" in session.screen
    assert "817 impoverished villages" in session.screen


def test_history_without_home_or_xdg_is_in_memory_with_a_notice(kb, monkeypatch):
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    output = RecordingOutput()
    with create_pipe_input() as pipe:
        pipe.send_text("parks\r")
        pipe.close()
        assert run_repl(kb, input=pipe, output=output) == 0
    screen = "".join(output.written)
    assert screen.count("neither XDG_DATA_HOME is set to an absolute path nor HOME") == 1
    assert "20 jointly" in screen


def test_history_location_follows_xdg_then_home(tmp_path):
    home = str(tmp_path)
    assert default_path({"XDG_DATA_HOME": "/x/data", "HOME": home}) == Path("/x/data/qa/history")
    assert default_path({"XDG_DATA_HOME": "relative", "HOME": home}) == tmp_path / ".local/share/qa/history"
    assert default_path({"HOME": home}) == tmp_path / ".local/share/qa/history"
    assert default_path({}) is None


def test_history_file_that_breaks_mid_session_stops_saving_instead_of_crashing(tmp_path):
    path = tmp_path / "history"
    choice = open_history(path)
    assert isinstance(choice.history, TolerantFileHistory) and choice.notice is None
    path.unlink()
    path.mkdir()  # now nothing can be appended to it
    choice.history.store_string("parks")
    assert choice.history.failure and str(path) in choice.history.failure


def _knowledge_base_copy(tmp_path: Path) -> Path:
    path = tmp_path / "kb.yaml"
    shutil.copyfile(qa.load().path, path)
    return path


def test_reload_reads_the_edited_file(tmp_path, history):
    path = _knowledge_base_copy(tmp_path)
    kb = qa.load(path)
    old = kb.entry("industrial-parks").answer
    edit = path.read_text(encoding="utf-8").replace(old, "Shenzhen has helped build 21 parks (edited).")
    keys = "parks\r/reload\rparks\r"
    output = RecordingOutput()
    with create_pipe_input() as pipe:
        pipe.send_text("parks\r")
        # edit the file while the session runs: the first answer is read before, the second after /reload
        path.write_text(edit, encoding="utf-8")
        pipe.send_text(keys[len("parks\r") :])
        pipe.close()
        assert run_repl(kb, input=pipe, output=output, history_path=history) == 0
    screen = "".join(output.written)
    assert f"Reloaded {kb.title}: {len(kb)} entries" in screen
    assert "21 parks (edited)" in screen


def test_reload_with_a_broken_file_keeps_the_old_knowledge_base_and_shows_the_error(tmp_path, history):
    path = _knowledge_base_copy(tmp_path)
    kb = qa.load(path)
    path.write_text("title: broken\nentries: [\n", encoding="utf-8")
    session = chat(kb, "/reload\rparks\r", history)
    error = next(line for line in session.screen.splitlines() if "Reload failed" in line)
    assert "still using the old knowledge base" in error and str(path) in error
    assert "20 jointly established industrial parks" in session.screen


def test_knowledge_base_text_reaches_the_screen_without_control_sequences(tmp_path, history):
    path = tmp_path / "evil.yaml"
    path.write_text(
        'version: 1\ntitle: "Evil \\e]0;pwned\\a title"\n'
        "source: {publisher: X, published: '2024-01-01'}\n"
        "entries:\n"
        "  - id: parks\n"
        '    questions: ["How many parks are there?"]\n'
        '    answer: "There are \\e[31m20\\e[0m parks."\n'
        '    evidence: "20 parks\\rexist."\n',
        encoding="utf-8",
    )
    kb = qa.load(path)
    session = chat(kb, "How many parks are there?\r/source\r/topics\r", history)
    assert "There are 20 parks." in session.screen
    assert "Evil  title" in session.screen  # the whole OSC sequence is gone, not just its ESC byte
    assert "\x1b" not in session.screen and "\x07" not in session.screen


SGR = re.compile(r"\x1b\[([0-9;]*)m")
COLOUR = re.compile(r"(?:^|;)(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;|$)")


def _terminal_output(buffer: io.StringIO) -> Vt100_Output:
    return Vt100_Output(buffer, lambda: Size(rows=40, columns=120), term="xterm-256color", enable_cpr=False)


def test_colour_comes_from_the_style_table(kb, history, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    buffer = io.StringIO()
    chat(kb, "parks\r", history, output=_terminal_output(buffer))
    assert any(COLOUR.search(params) for params in SGR.findall(buffer.getvalue()))


def test_no_color_turns_colour_off_but_keeps_the_text(kb, history, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    buffer = io.StringIO()
    chat(kb, "parks\r", history, output=_terminal_output(buffer))
    screen = buffer.getvalue()
    assert "20 jointly established industrial parks" in screen
    assert [params for params in SGR.findall(screen) if COLOUR.search(params)] == []


def test_long_answers_wrap_at_the_terminal_width_between_words(kb, history):
    output = RecordingOutput(columns=40)
    with create_pipe_input() as pipe:
        pipe.send_text(CERTIFIED + "\r")
        pipe.close()
        assert run_repl(kb, input=pipe, output=output, history_path=history) == 0
    screen = "".join(output.written).replace("\r", "")
    answer = kb.ask(CERTIFIED).text
    block = screen[screen.index(" ".join(answer.split()[:3])) : screen.index("Source:")]
    lines = [line for line in block.split("\n") if line.strip()]
    assert len(lines) > 2  # the answer took several lines …
    assert all(len(line) <= 40 for line in lines)  # … none wider than the terminal …
    assert " ".join(lines) == answer  # … and no word was cut in two


def test_wide_characters_take_two_columns_when_lines_are_wrapped():
    text = "香港 澳门 深圳 河池 广西 广东 合作 扶贫 产业 园区 培训 就业"  # each word: two wide characters, 4 columns
    lines = to_plain(wrap([("answer", text)], 20)).split("\n")
    assert len(lines) == 3 and all(display_width(line) <= 20 for line in lines)
    assert " ".join(lines) == text
    assert display_width("e\u0301t\u00e9") == 3  # a combining accent takes no column of its own
    assert display_width("👍🏽") == 2  # an emoji with a skin tone is one wide character, not two
    assert display_width("a\u200bb") == 2  # a zero-width space takes no column


def test_a_wrapped_numbered_line_continues_under_its_text():
    fragments = [
        ("number", "  1. "),
        ("suggestion", "How many registered poor people in Hechi were lifted out of poverty?"),
    ]
    first, *rest = to_plain(wrap(fragments, 40)).split("\n")
    assert first.startswith("  1. How many")
    assert rest and all(line.startswith("     ") and line[5] != " " for line in rest)
    assert all(display_width(line) <= 40 for line in [first, *rest])


def test_a_wrapped_labelled_line_continues_under_its_value():
    """ "/why" rows and the source line: the continuation sits under the text after the label, not under it."""
    fragments = [
        ("meta", "  score:         22 "),
        ("suggestion", "(answers need 63): below the threshold, so not answered"),
    ]
    first, *rest = to_plain(wrap(fragments, 40)).split("\n")
    value_column = first.index("22")
    assert rest and all(line[:value_column].isspace() and line[value_column] != " " for line in rest)
    assert all(display_width(line) <= 40 for line in [first, *rest])


def test_the_plain_chat_answers_runs_commands_and_ends_on_quit_or_end_of_input(kb):
    """The chat a dumb terminal gets: the same replies as plain text, read line by line."""
    from qa.repl.plain import run_plain_chat

    def reader(lines):
        feed = iter(lines)

        def read(prompt):
            try:
                return next(feed)
            except StopIteration:
                raise EOFError from None

        return read

    written: list[str] = []
    assert run_plain_chat(kb, read=reader([PARKS, "/why", "/quit", "never read"]), write=written.append) == 0
    screen = "".join(written)
    assert kb.ask(PARKS).text in screen and "Why this answer" in screen and "\x1b" not in screen
    assert screen.count("Why this answer") == 1
    written.clear()
    assert run_plain_chat(kb, read=reader(["1"]), write=written.append) == 0  # end of input: leave quietly
    assert "No numbered questions on screen yet" in "".join(written)


def test_history_keeps_the_question_a_reply_picked(kb, history):
    chat(kb, "how many people?\rthe second\r", history)
    stored = entries_in(history)
    assert stored[-1] != "the second" and stored[-1] in {s.question for s in kb.ask("how many people?").suggestions}


def test_a_pasted_colour_sequence_is_dropped_not_a_traceback(kb, history, capsys):
    """ "ESC [31m" pasted into the chat read as a mouse event, and prompt_toolkit's handler failed on it
    ("Unhandled exception in event loop", then "Press ENTER to continue", which ate the next line)."""
    import threading

    ran: list[Session] = []
    worker = threading.Thread(target=lambda: ran.append(chat(kb, "\x1b[31m" + PARKS + "\r", history)), daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert ran, "the chat hung on a pasted escape sequence"
    session = ran[0]
    captured = capsys.readouterr()
    assert session.status == 0
    assert "Unhandled exception" not in session.screen + captured.out + captured.err
    assert "20" in session.screen  # the question after it was read and answered


def test_reload_of_a_pipe_says_it_cannot_rather_than_waiting_for_a_writer(tmp_path):
    """`qa --kb <(…)` reads a pipe once; /reload must not block for ever opening it again."""
    import threading

    from qa.render import to_plain
    from qa.repl.commands import Chat, respond

    pipe = tmp_path / "kb.fifo"
    os.mkfifo(pipe)
    writer = threading.Thread(target=lambda: pipe.write_bytes(Path(qa.load().path).read_bytes()))
    writer.start()
    kb = qa.load(pipe)
    writer.join()
    replies = []
    reload = threading.Thread(target=lambda: replies.append(respond(Chat(kb), "/reload")), daemon=True)
    reload.start()
    reload.join(timeout=10)
    blocked = reload.is_alive()
    if blocked:  # release the blocked open before failing
        with open(pipe, "wb"):
            pass
        reload.join()
    assert not blocked, "/reload blocked waiting for a writer"
    reloaded = to_plain(replies[0].fragments)
    assert "Reload failed, still using the old knowledge base" in reloaded and "pipe" in reloaded


def test_reload_of_a_file_that_became_a_folder_says_so(tmp_path):
    """A file replaced by a folder while the chat runs: /reload says it is a folder (it said "a pipe or a
    device, read once when the chat began", which it never was), and keeps the knowledge base."""
    from qa.render import to_plain
    from qa.repl.commands import Chat, respond

    path = _knowledge_base_copy(tmp_path)
    kb = qa.load(path)
    path.unlink()
    path.mkdir()
    reloaded = to_plain(respond(Chat(kb), "/reload").fragments)
    assert "Reload failed, still using the old knowledge base" in reloaded
    assert "folder" in reloaded and "pipe" not in reloaded


def test_reload_of_a_one_entry_knowledge_base_says_entry(write_kb, history):
    one = "version: 1\ntitle: One fact\nentries:\n  - id: sky\n    questions: [What colour is the sky?, sky colour]\n"
    path = write_kb(one + "    answer: The sky is blue.\n    evidence: The sky is blue.\n", "one.yaml")
    session = chat(qa.load(path), "/reload\r", history)
    assert "Reloaded One fact: 1 entry from" in session.screen


def test_reload_warns_of_an_answer_whose_figure_its_evidence_lacks(write_kb, history):
    """From a README trial: an author changed "20p" to "30p" in an answer, ran /reload, and got the wrong figure
    answered with the evidence saying 20 beneath it; only a later --check said so."""
    one = (
        "version: 1\ntitle: Bikes\nentries:\n  - id: ebike\n    questions: [How much is an e-bike ride?, e-bike fee]\n"
    )
    path = write_kb(
        one + "    answer: An e-bike ride costs 30p extra.\n    evidence: E-bikes cost 20p extra.\n", "b.yaml"
    )
    session = chat(qa.load(path), "/reload\r", history)
    assert "Reloaded Bikes: 1 entry" in session.screen
    assert "Warning: " in session.screen and "entry ebike" in session.screen
    assert "number 30 in the answer is not in the evidence" in session.screen
    fixed = write_kb(
        one + "    answer: An e-bike ride costs 20p extra.\n    evidence: E-bikes cost 20p extra.\n", "b.yaml"
    )
    assert "Warning" not in chat(qa.load(fixed), "/reload\r", history).screen


def test_a_huge_pasted_line_is_kept_in_history_only_as_far_as_it_is_read(kb, history):
    from qa.tuning import LIMITS

    chat(kb, "parks " * (LIMITS.question_chars // 6 + 100) + "\r", history)
    (kept,) = entries_in(history)
    assert kept.startswith("parks parks") and len(kept) <= LIMITS.question_chars


def test_ctrl_c_in_a_history_search_leaves_the_search(kb, history):
    """Ctrl-R then Ctrl-C cleared the search text and stayed in search mode, so the next line went into the
    search; it leaves the search, as Esc does."""
    session = chat(kb, "parks\r" + "\x12" + "par" + CTRL_C + "villages\r", history)
    assert "817 impoverished villages" in session.screen


def test_a_file_name_with_control_characters_is_shown_escaped_everywhere(tmp_path):
    """From an attack: the banner showed `ev\\x1b[31mil\\nname.yaml`, but /source and /reload dropped the
    characters, "evil name.yaml": another, possibly existing, file's name."""
    from qa.repl.commands import Chat, respond

    path = tmp_path / "ev\x1b[31mil\nname.yaml"
    path.write_text(
        "version: 1\ntitle: Sky\nentries:\n  - id: sky\n    questions: [What colour is the sky?, sky colour]\n"
        "    answer: The sky is blue.\n    evidence: The sky is blue.\n",
        encoding="utf-8",
    )
    chat = Chat(qa.load(path))
    for command in ("/source", "/reload"):
        shown = to_plain(respond(chat, command).fragments)
        assert "ev\\x1b[31mil\\nname.yaml" in shown and "evil name" not in shown


def test_a_line_after_reloading_a_file_that_lost_the_offered_ids_is_still_asked(tmp_path):
    """The attack's chat: a refusal offered [loan-limit], the file was edited to call it borrowing-limit, /reload,
    then "When is the library open?": reading the line against the old answer's offer looked up loan-limit in
    the new file, and prompt_toolkit printed a KeyError traceback and lost the line."""
    from qa.repl.commands import Chat, asked_question, respond

    path = tmp_path / "lib.yaml"
    entry = (
        "version: 1\ntitle: Library\nentries:\n"
        "  - id: {id}\n    questions: [How many books can I borrow?, loan limit]\n"
        "    answer: You can borrow 12 books.\n    evidence: You can borrow 12 books.\n"
    )
    path.write_text(entry.format(id="loan-limit"), encoding="utf-8")
    chat = Chat(qa.load(path))
    respond(chat, "How many books can I renew?")
    assert chat.last is not None and chat.last.suggestions  # the refusal offers loan-limit
    path.write_text(entry.format(id="borrowing-limit"), encoding="utf-8")
    respond(chat, "/reload")
    assert asked_question(chat, "When is the library open?") == "When is the library open?"
    assert "borrow 12 books" in to_plain(respond(chat, "how many books can i borrow?").fragments)


def test_a_picked_question_reaches_history_without_bidi_or_invisible_characters(tmp_path):
    """A phrasing holding U+202E, U+2066 or U+200B, picked by number from /topics, was stored in history as is:
    Up, or the grey suggestion, then put those characters on the terminal raw."""
    from qa.repl.commands import Chat, asked_question, respond

    path = tmp_path / "lib.yaml"
    path.write_text(
        "version: 1\ntitle: Library\nentries:\n"
        "  - id: loans\n"
        '    questions: ["How many books can I \\u202eborrow\\u202c at once? \\u2066x\\u2069 \\u200bz", loans]\n'
        "    answer: You can borrow 12 books.\n    evidence: You can borrow 12 books.\n",
        encoding="utf-8",
    )
    chat = Chat(qa.load(path))
    respond(chat, "/topics")
    asked = asked_question(chat, "1")
    assert asked.startswith("How many books can I borrow")
    assert not any(mark in asked for mark in "\u202e\u202c\u2066\u2069\u200b")


def test_a_tag_with_an_escape_in_it_is_found_by_the_name_topics_shows(small_kb):
    """ "\x1b[1mrules" and "rules\u200b" were both shown as "rules" by /topics, and `/topics rules` reached only
    the second (the fourth attack): a tag is looked up by the name it shows."""
    from qa.repl.render import tagged

    kb = small_kb(
        "version: 1\ntitle: T\nentries:\n"
        '  - {id: a, questions: [What is a?], answer: A is one., evidence: A is one., tags: ["\\e[1mrules"]}\n'
        '  - {id: b, questions: [What is b?], answer: B is two., evidence: B is two., tags: ["rules\\u200b"]}\n'
    )
    assert [positions for _, positions in tagged(kb, "rules")] == [[0], [1]]
