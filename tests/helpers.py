"""Helpers shared by the test files: where things are, a tiny knowledge base, and two ways to run the CLI.

`run_in_process` calls `qa.cli.main` in this process (milliseconds); `run_qa` and `run_qa_bytes` start
`python -m qa` (a quarter of a second each), for tests where a real process is the point — a crash, a signal,
a closed descriptor, the encoding of a real stdout. Tests that start a process are marked `slow`.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_DIR = ROOT.parent / "shared" / "article"

# A minimal valid knowledge base for tests that need a file of their own.
TINY_KB = """\
version: 1
title: Tiny
entries:
  - id: sky-colour
    questions: [What colour is the sky?, sky colour, colour of the sky]
    answer: The sky is blue.
    evidence: The sky is blue.
"""


@dataclass(frozen=True)
class Ran:
    """What a command did: its exit status and what it printed (shaped like subprocess.CompletedProcess)."""

    returncode: int
    stdout: str
    stderr: str


def run_in_process(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str | bytes = b""
) -> Ran:
    """`qa ARGS` through `qa.cli.main`, with `stdin` as standard input; --help and usage errors included."""
    from qa.cli import main

    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    capsys.readouterr()  # start from nothing
    try:
        status = main(list(args))
    except SystemExit as done:
        status = done.code if isinstance(done.code, int) else 1
    captured = capsys.readouterr()
    return Ran(status, captured.out, captured.err)


def run_qa(*args: str, input: str | bytes | None = None, env: dict | None = None, cwd=None, timeout: float = 30):
    """Run `python -m qa ARGS` as a user would; returns the CompletedProcess (text mode unless input is bytes)."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "qa", *args],
        input=input,
        capture_output=True,
        text=not isinstance(input, bytes),
        env=full_env,
        cwd=cwd,
        timeout=timeout,
    )


def run_qa_bytes(*args: str, stdin=b"", env: dict | None = None, cwd=None, timeout: float = 20):
    """`python -m qa ARGS` with raw bytes in and out: hostile input must reach qa undecoded.

    `env` is the whole environment (default: ours with NO_COLOR); `stdin` may be subprocess.DEVNULL.
    """
    io_args = {"stdin": stdin} if stdin is subprocess.DEVNULL else {"input": stdin}
    full_env = env if env is not None else {**os.environ, "NO_COLOR": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "qa", *args], capture_output=True, env=full_env, cwd=cwd, timeout=timeout, **io_args
    )


KBS = Path(__file__).parent / "data" / "kbs"  # the authors' knowledge bases, each with its questions


def authors_kb(name: str):
    """One of the authors' knowledge bases in tests/data/kbs, loaded (`qa.load`)."""
    import qa

    return qa.load(KBS / name / "kb.yaml")
