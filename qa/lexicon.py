"""English as people write it: the words of `qa/english_words.txt` (from wordfreq), and which are common.

Two uses, both read on first need: a real English word is no typo for another word (`qa.spelling`), and a
common English word ("take", "end", "make") that a knowledge base happens to use says little about which entry
a question asks for, however rare it is among the entries (`qa.analysis` damps its weight).
"""

from __future__ import annotations

from functools import cache

_LESS_COMMON = "\n# less common\n"  # the line between the two bands


@cache
def _bands() -> tuple[frozenset[str], frozenset[str]]:
    """(common words, all words), from the one file: the common ones come first, then the marker line."""
    import os.path

    with open(os.path.join(os.path.dirname(__file__), "english_words.txt"), encoding="utf-8") as file:
        text = file.read()
    common, _, rest = text.partition(_LESS_COMMON)
    common_words = frozenset(line for line in common.splitlines() if line and not line.startswith("#"))
    other_words = frozenset(line for line in rest.splitlines() if line and not line.startswith("#"))
    return common_words, common_words | other_words


def english_words() -> frozenset[str]:
    """Some 14,500 English words (Zipf frequency 3.5 or more; three letters or more unless common)."""
    return _bands()[1]


def common_english() -> frozenset[str]:
    """The most common English words (Zipf frequency 5.0 or more, some 1,000): everyday English."""
    return _bands()[0]
