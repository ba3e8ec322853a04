"""Shared fixtures: a private cache folder, the bundled knowledge base (loaded once), the CLI in-process, and
the `slow` mark for every test that starts a process. Shared functions live in tests/helpers.py."""

from __future__ import annotations

import inspect
import os
import types
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import Ran, run_in_process

import qa

_PROCESS_MODULES = ("subprocess", "pexpect", "pty", "multiprocessing")


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The knowledge-base cache (qa.cache) of this test run, out of the user's home; processes started by
    the tests inherit it."""
    folder = tmp_path_factory.mktemp("cache")
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture(scope="session")
def kb() -> qa.KnowledgeBase:
    return qa.load()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Ran]:
    """`cli("-q", "parks", stdin=...)`: qa's command line run in this process, as `helpers.run_in_process`."""

    def run(*args: str, stdin: str | bytes = b"") -> Ran:
        return run_in_process(capsys, monkeypatch, *args, stdin=stdin)

    return run


@pytest.fixture
def write_kb(tmp_path):
    """Write a knowledge base file from text and return its path."""

    def write(text: str, name: str = "kb.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


def starts_a_process(function: Callable, seen: set | None = None) -> bool:
    """Does this test (or a test helper it calls, however deep) use subprocess, pexpect or pty?"""
    seen = set() if seen is None else seen
    code = getattr(function, "__code__", None)
    if code is None or code in seen:
        return False
    seen.add(code)
    tests = str(Path(__file__).parent)
    codes = [code]
    while codes:
        current = codes.pop()
        codes += [const for const in current.co_consts if isinstance(const, types.CodeType)]
        if any(const in _PROCESS_MODULES for const in current.co_consts if isinstance(const, str)):
            return True  # pytest.importorskip("pexpect")
        for name in current.co_names:
            value = function.__globals__.get(name)
            if isinstance(value, types.ModuleType) and value.__name__.split(".")[0] in _PROCESS_MODULES:
                return True
            in_tests = inspect.isfunction(value) and (inspect.getsourcefile(value) or "").startswith(tests)
            if in_tests and starts_a_process(value, seen):
                return True
    return False


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark `slow` every test that starts a process and is not marked yet, so `pytest -m "not slow"` stays a
    loop of seconds without relying on each file to remember the mark."""
    for item in items:
        function = getattr(item, "function", None)
        if function is not None and item.get_closest_marker("slow") is None and starts_a_process(function):
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def small_kb(tmp_path) -> Callable[[str], qa.KnowledgeBase]:
    """A knowledge base made from YAML text for one test ("version: 1\ntitle: …\nentries: …")."""

    def load(text: str) -> qa.KnowledgeBase:
        path = tmp_path / "kb.yaml"
        path.write_text(text, encoding="utf-8")
        return qa.load(path)

    return load
