"""The JSON cache: a second start skips YAML, a changed file is re-read, a tampered cache is ignored."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml
from helpers import TINY_KB, run_qa

import qa
from qa.loader import read

DATA = Path(__file__).parent / "data"

KB = TINY_KB


def test_second_start_answers_from_the_cache_without_importing_yaml(write_kb, tmp_path):
    path = write_kb(KB)
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    first = run_qa("--kb", str(path), "-q", "sky colour", env=env)
    second = run_qa("--kb", str(path), "-q", "sky colour", env={**env, "PYTHONPROFILEIMPORTTIME": "1"})
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout
    assert list((tmp_path / "cache" / "qa").glob("*.json"))
    assert "yaml" not in second.stderr.replace("yaml_reader", "")  # PyYAML never imported


def test_an_edited_file_is_read_again(write_kb, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = write_kb(KB)
    assert qa.load(path).ask("sky colour").text == "The sky is blue."
    path.write_text(KB.replace("answer: The sky is blue.", "answer: The sky is grey today."), encoding="utf-8")
    assert qa.load(path).ask("sky colour").text == "The sky is grey today."


def test_the_path_is_the_one_given_whether_or_not_the_cache_serves(write_kb, tmp_path, monkeypatch):
    """The banner and `kb.path` said "kb.yaml" on the first start and the absolute path on the second."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    write_kb(KB)
    monkeypatch.chdir(tmp_path)
    assert qa.load("kb.yaml").path == qa.load("kb.yaml").path == "kb.yaml"
    assert list((tmp_path / "cache" / "qa").glob("*.json"))  # the second load came from the cache


def test_a_tampered_or_broken_cache_is_ignored(write_kb, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = write_kb(KB)
    qa.load(path)
    (cache_file,) = (tmp_path / "cache" / "qa").glob("*.json")
    header, payload = cache_file.read_bytes().split(b"\n", 1)
    document = json.loads(payload)
    document["data"]["entries"][0][2] = {"__class__": "os.system"}  # not text: must not be trusted
    cache_file.write_bytes(resigned(header, document))
    assert qa.load(path).ask("sky colour").text == "The sky is blue."
    document["data"]["entries"][0][2] = "The sky is blue."
    document["analysis"]["synonyms"] = [["sky"]]  # a synonym pair of one side: a shape no qa writes
    cache_file.write_bytes(resigned(header, document))
    assert qa.load(path).ask("sky colour").text == "The sky is blue."
    cache_file.write_text("{not json", encoding="utf-8")
    assert qa.load(path).ask("sky colour").text == "The sky is blue."


def resigned(header: bytes, document: dict) -> bytes:
    """A cache file holding `document`, with a checksum that matches it: what only a deliberate forger writes."""
    from qa.cache import digest

    payload = json.dumps(document).encode("utf-8")
    return json.dumps(json.loads(header) | {"checksum": digest(payload)}).encode("ascii") + b"\n" + payload


def test_no_cache_when_disabled_or_home_is_read_only(write_kb, tmp_path, monkeypatch):
    path = write_kb(KB)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("QA_NO_CACHE", "1")
    assert qa.load(path).ask("sky colour").answered
    assert not (tmp_path / "cache").exists()
    monkeypatch.delenv("QA_NO_CACHE")
    readonly = tmp_path / "readonly"
    readonly.mkdir()
    readonly.chmod(0o500)
    monkeypatch.setenv("XDG_CACHE_HOME", str(readonly))
    assert qa.load(path).ask("sky colour").answered  # root ignores modes; either way it must answer


def test_ctrl_c_while_the_cache_is_written_leaves_no_temporary_file(write_kb, tmp_path, monkeypatch):
    """An interrupted write left an 85 MB `.tmp` beside the cache for ever (an attack on a large file)."""
    import pytest

    from qa import cache

    path = write_kb(KB)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))

    def interrupted(document, **_):
        raise KeyboardInterrupt

    real_dumps = cache.json.dumps
    monkeypatch.setattr(
        cache.json, "dumps", lambda value, **kw: interrupted(value) if "checksum" in value else real_dumps(value, **kw)
    )
    with pytest.raises(KeyboardInterrupt):
        qa.load(path)
    assert not [name for name in (tmp_path / "cache").rglob("*") if name.is_file()]


def test_a_write_killed_midway_leaves_its_file_only_until_the_next_write(write_kb, tmp_path, monkeypatch):
    """From an attack: SIGTERM during a first load's cache write left a 4 MB `….<pid>.tmp` for good, as no later
    run would remove a file named by another process. The next write removes those whose process is gone, and
    leaves a running one's."""
    import os
    import subprocess
    import sys

    from qa import cache

    path = write_kb(KB)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    cache_file = cache._cache_file(os.path.abspath(path))
    os.makedirs(os.path.dirname(cache_file))
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    abandoned = f"{cache_file}.{gone.stdout.strip()}.tmp"
    running = f"{cache_file}.{os.getppid()}.tmp"
    for name in (abandoned, running):
        with open(name, "wb") as handle:
            handle.write(b"half a cache")
    assert qa.load(path).ask("sky colour").answered
    assert not os.path.exists(abandoned) and os.path.exists(running) and os.path.exists(cache_file)


def test_the_cached_knowledge_base_answers_exactly_as_a_freshly_built_one(tmp_path, monkeypatch):
    """Everything the cache keeps (entries, analysis, the stemmed synonyms) rebuilds the same matcher."""
    path = tmp_path / "knowledge.yaml"
    shutil.copy(qa.load().path, path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    fresh = qa.KnowledgeBase(read(str(path)))  # analysed from the YAML, here and now
    qa.load(path)  # writes the cache
    cached = qa.load(path)
    assert list((tmp_path / "cache" / "qa").glob("*.json"))
    questions = [
        item["q"] for name in ("eval", "heldout") for item in yaml.safe_load((DATA / f"{name}.yaml").read_text())
    ]
    questions += ["finance", "investment from Shenzen firms", "counties, not villages"]  # a synonym, a typo, "not"
    for question in questions:
        want, got = fresh.ask(question), cached.ask(question)
        assert got.to_dict() == want.to_dict(), question
        assert got.why == want.why, question
