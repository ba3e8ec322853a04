"""The JSON cache: a second start skips YAML, a changed file is re-read, a tampered cache is ignored."""

from __future__ import annotations

import json

from conftest import TINY_KB, run_qa

import qa

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


def test_a_tampered_or_broken_cache_is_ignored(write_kb, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = write_kb(KB)
    qa.load(path)
    (cache_file,) = (tmp_path / "cache" / "qa").glob("*.json")
    document = json.loads(cache_file.read_text(encoding="utf-8"))
    document["data"]["entries"][0][2] = {"__class__": "os.system"}  # not text: must not be trusted
    cache_file.write_text(json.dumps(document), encoding="utf-8")
    assert qa.load(path).ask("sky colour").text == "The sky is blue."
    cache_file.write_text("{not json", encoding="utf-8")
    assert qa.load(path).ask("sky colour").text == "The sky is blue."


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
