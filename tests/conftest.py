"""Shared fixtures: the bundled knowledge base (loaded once) and a runner for the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

import qa

ROOT = Path(__file__).resolve().parent.parent
# keep the knowledge-base cache (qa.cache) of this test run out of the user's home
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="qa-test-cache-")
ARTICLE_DIR = ROOT.parent / "shared" / "article"


@pytest.fixture(scope="session")
def kb() -> qa.KnowledgeBase:
    return qa.load()


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
    io = {"stdin": stdin} if stdin is subprocess.DEVNULL else {"input": stdin}
    full_env = env if env is not None else {**os.environ, "NO_COLOR": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "qa", *args], capture_output=True, env=full_env, cwd=cwd, timeout=timeout, **io
    )


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


@pytest.fixture
def write_kb(tmp_path):
    """Write a knowledge base file from text and return its path."""

    def write(text: str, name: str = "kb.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
