"""What `qa.load` takes as a file name, and how the loader reads a few things authors get wrong."""

from __future__ import annotations

import os

import pytest
from conftest import TINY_KB

import qa


def test_a_file_name_given_as_bytes_is_read(write_kb):
    path = write_kb(TINY_KB)
    assert qa.load(os.fsencode(path)).ask("sky colour").text == "The sky is blue."


@pytest.mark.parametrize("name", ["a\x00b", b"a\x00b"])
def test_a_file_name_with_a_nul_is_a_knowledge_base_error(name):
    with pytest.raises(qa.KnowledgeBaseError, match="NUL"):
        qa.load(name)
