"""qa writes only inside its own folders: never through a symbolic link, never into a home it had to invent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qa.cli import main
from qa.paths import xdg_dir
from qa.repl.history import TolerantFileHistory, default_path, open_history


@pytest.mark.parametrize("dangling", [False, True])
def test_history_through_a_symbolic_link_is_refused_and_kept_in_memory(tmp_path, dangling):
    target = tmp_path / "target.txt"
    if not dangling:
        target.write_text("precious\n", encoding="utf-8")
    link = tmp_path / "history"
    link.symlink_to(target)
    choice = open_history(link)
    assert choice.path is None and not isinstance(choice.history, TolerantFileHistory)
    assert "symbolic link" in (choice.notice or "")
    choice.history.store_string("how many parks")
    if dangling:
        assert not target.exists()
    else:
        assert target.read_text(encoding="utf-8") == "precious\n"


def test_a_history_file_swapped_for_a_link_mid_session_is_not_followed(tmp_path):
    path = tmp_path / "history"
    choice = open_history(path)
    choice.history.store_string("parks")
    target = tmp_path / "target.txt"
    target.write_text("precious\n", encoding="utf-8")
    path.unlink()
    path.symlink_to(target)
    choice.history.store_string("villages")
    assert target.read_text(encoding="utf-8") == "precious\n"
    assert "symbolic link" in (choice.history.failure or "")


def test_history_written_and_read_back(tmp_path):
    path = tmp_path / "history"
    open_history(path).history.store_string("first\nsecond line")
    again = open_history(path).history
    assert list(again.load_history_strings()) == ["first\nsecond line"]


def test_only_the_newest_part_of_a_huge_history_is_read(tmp_path, monkeypatch):
    """From an attack: a 1 GB history (a crash's NULs) took 2 GB of memory to start the chat, and a 224 MB one
    kept 460 MB for the whole session. Only the newest records are read, whole."""
    from qa.repl import history

    monkeypatch.setattr(history, "MAX_HISTORY_BYTES", 1000)
    path = tmp_path / "history"
    with path.open("wb") as handle:
        handle.write(b"\0" * 50_000)
    for number in range(200):
        open_history(path).history.store_string(f"question {number}\nits second line")
    read = list(open_history(path).history.load_history_strings())
    assert read[0] == "question 199\nits second line"
    assert 5 < len(read) < 40 and all(entry.startswith("question ") for entry in read)


@pytest.mark.parametrize(
    "env",
    [
        {"HOME": "relhome"},
        {"HOME": "{tmp}/no-such-home"},
        {"HOME": "{tmp}/no-such-home", "XDG_DATA_HOME": "rel/data", "XDG_CACHE_HOME": "rel/cache"},
    ],
)
def test_a_relative_or_missing_home_gives_no_folder(tmp_path, env):
    env = {name: value.replace("{tmp}", str(tmp_path)) for name, value in env.items()}
    assert xdg_dir("XDG_CACHE_HOME", ".cache", env) is None
    assert default_path(env) is None


@pytest.mark.parametrize("home", ["relhome", "no-such-home"])
def test_answering_creates_no_home(tmp_path, monkeypatch, capsys, home):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("QA_NO_CACHE", raising=False)
    monkeypatch.setenv("HOME", home if home == "relhome" else str(tmp_path / home))
    assert main(["-q", "How many Hechi products hold Shenzhen certification?"]) == 0
    assert "51 products" in capsys.readouterr().out
    assert os.listdir(tmp_path) == []


def test_an_existing_home_gets_its_cache(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("QA_NO_CACHE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert main(["-q", "parks"]) in (0, 1)
    assert list(Path(tmp_path, ".cache", "qa").glob("*.json"))


def test_a_file_where_the_history_folder_should_be_is_named(tmp_path):
    """ "…/qa" a plain file: the chat said "cannot write …/qa/history (File exists)"; it names the file that is
    in the way."""
    (tmp_path / "qa").write_text("not a folder")
    choice = open_history(tmp_path / "qa" / "history")
    assert choice.path is None and choice.notice.endswith(f"{tmp_path / 'qa'} is not a folder.")
    # a name with an escape in it is shown with the escape written out, not as another file's name (an attack)
    (tmp_path / "data\x1b[31m").write_text("not a folder")
    choice = open_history(tmp_path / "data\x1b[31m" / "qa" / "history")
    assert choice.notice.endswith("data\\x1b[31m is not a folder.")
