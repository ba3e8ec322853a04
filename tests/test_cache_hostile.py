"""A cache is never trusted blindly: a hand edit, corruption, a hostile shape or a stale stamp is ignored and rebuilt,
silently, and what is not a regular file is never cached."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from helpers import TINY_KB
from test_cache import resigned

import qa
from qa import cache
from qa.cli import main

QUESTION = "sky colour"
ANSWER = "The sky is blue."


@pytest.fixture
def cached(write_kb, tmp_path, monkeypatch) -> tuple[Path, Path]:
    """A knowledge base and its cache file, written by a first load."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("QA_NO_CACHE", raising=False)
    path = write_kb(TINY_KB)
    qa.load(path)
    (cache_file,) = (tmp_path / "cache" / "qa").glob("*.json")
    return path, cache_file


def answer(capsys, path: Path) -> str:
    assert main(["--kb", str(path), "-q", QUESTION]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return captured.out.splitlines()[0]


def test_an_answer_edited_inside_the_cache_is_not_served(cached, capsys):
    path, cache_file = cached
    cache_file.write_bytes(cache_file.read_bytes().replace(ANSWER.encode(), b"The sky is green."))
    assert answer(capsys, path) == ANSWER


def payload(cache_file: Path) -> tuple[bytes, dict]:
    header, body = cache_file.read_bytes().split(b"\n", 1)
    return header, json.loads(body)


HOSTILE = {
    "an empty phrasing token": lambda document: document["analysis"]["phrasing_tokens"].__setitem__(0, [""]),
    "no phrasing tokens": lambda document: document["analysis"].__setitem__("phrasing_tokens", []),
    "an entry with no phrasings": lambda document: document["data"]["entries"][0].__setitem__(1, []),
    "a row too short": lambda document: document["data"]["entries"].__setitem__(0, ["sky-colour"]),
    "entries as a mapping": lambda document: document["data"].__setitem__("entries", {"a": 1}),
    "synonyms as a list": lambda document: document["data"].__setitem__("synonyms", [1, 2]),
    "an infinite version": lambda document: document["data"].__setitem__("version", float("inf")),
    # from an attack: an intent no `smalltalk:` item may name crashed every question with a ValueError
    "an unknown small-talk intent": lambda document: document["data"].__setitem__(
        "smalltalk", [["nonsense-intent", ["hi"], "Hey"]]
    ),
    "an id twice": lambda document: document["data"]["entries"].append(document["data"]["entries"][0]),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_shape_with_a_valid_checksum_is_ignored(cached, capsys, name):
    path, cache_file = cached
    header, document = payload(cache_file)
    HOSTILE[name](document)
    cache_file.write_bytes(resigned(header, document))
    assert answer(capsys, path) == ANSWER


def test_a_deeply_nested_payload_is_ignored(cached, capsys):
    path, cache_file = cached
    header, _ = payload(cache_file)
    deep = b"[" * 100_000 + b"]" * 100_000
    forged = json.loads(header) | {"checksum": cache.digest(deep)}
    cache_file.write_bytes(json.dumps(forged).encode() + b"\n" + deep)
    assert answer(capsys, path) == ANSWER


def test_a_cache_far_larger_than_its_knowledge_base_is_not_read(cached, capsys, monkeypatch):
    path, cache_file = cached
    with open(cache_file, "ab") as handle:  # sparse: 400 MB on paper
        handle.truncate(400 * 1024 * 1024)
    opened = []
    real_loads = json.loads
    monkeypatch.setattr(json, "loads", lambda text, *a, **k: opened.append(len(text)) or real_loads(text, *a, **k))
    assert answer(capsys, path) == ANSWER
    assert all(size < 1024 * 1024 for size in opened)  # neither the header nor a 400 MB payload was decoded


def test_a_truncated_cache_is_ignored(cached, capsys):
    path, cache_file = cached
    data = cache_file.read_bytes()
    cache_file.write_bytes(data[: len(data) // 2])
    assert answer(capsys, path) == ANSWER


def test_an_edit_of_the_same_size_and_time_is_read_again(cached, capsys):
    path, _ = cached
    status = os.stat(path)
    text = path.read_text(encoding="utf-8").replace("The sky is blue.", "The sky is grey.")
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))  # same size, same time: only the bytes differ
    assert answer(capsys, path) == "The sky is grey."


def test_a_fifo_is_read_but_never_cached(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    fifo = tmp_path / "kb.fifo"
    os.mkfifo(fifo)

    def feed(text: str) -> threading.Thread:
        thread = threading.Thread(target=lambda: fifo.write_text(text, encoding="utf-8"))
        thread.start()
        return thread

    for expected in ("The sky is blue.", "The sky is grey."):
        writer = feed(TINY_KB.replace("answer: The sky is blue.", f"answer: {expected}"))
        assert main(["--kb", str(fifo), "-q", QUESTION]) == 0
        writer.join(5)
        assert capsys.readouterr().out.splitlines()[0] == expected
    assert not list((tmp_path / "cache").glob("qa/*.json"))


def test_a_cached_id_that_is_no_kebab_case_is_not_read(cached, capsys):
    """An id is shown as it is, because the loader allows only kebab-case: a cache (checksum and all) holding
    an id with an escape sequence is not read, so the sequence never reaches the terminal."""
    path, cache_file = cached
    header, document = payload(cache_file)
    document["data"]["entries"][0][0] = "a\x1b]0;x\x07"
    cache_file.write_bytes(resigned(header, document))
    assert main(["--kb", str(path), "-q", QUESTION]) == 0
    shown = capsys.readouterr().out
    assert "\x1b" not in shown and "[sky-colour, score" in shown
