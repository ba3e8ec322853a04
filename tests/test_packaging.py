"""The wheel ships the knowledge base inside the package, so an installed qa works from any folder."""

from __future__ import annotations

import zipfile

import pytest
from helpers import ROOT


def test_wheel_contains_the_knowledge_base(tmp_path):
    build = pytest.importorskip("hatchling.builders.wheel")
    builder = build.WheelBuilder(str(ROOT))
    wheel = next(iter(builder.build(directory=str(tmp_path), versions=["standard"])))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert "qa/knowledge.yaml" in names
        assert archive.read("qa/knowledge.yaml") == (ROOT / "knowledge.yaml").read_bytes()
        assert "qa/cli.py" in names
        metadata = archive.read(next(n for n in names if n.endswith("METADATA"))).decode()
    assert "Requires-Dist: rapidfuzz" in metadata and "Requires-Dist: prompt-toolkit" in metadata.replace("_", "-")
