"""Every labelled question in the repo, answered, one line each: the proof that a refactor changed nothing.

    python benchmarks/snapshot.py > before.tsv      # on the old commit
    python benchmarks/snapshot.py > after.tsv       # on the new one
    diff before.tsv after.tsv                       # empty, or only the changes listed as intentional

Reads every labelled set under tests/data (single questions; dialogue turns are asked one by one, without
context) and adds typo variants of each question made with a fixed seed (a dropped, doubled or swapped letter),
so the sample is well over 3,000 questions. Each line: set, question, answered, entry id, score.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

import qa  # noqa: E402

SEED = 20261202
VARIANTS = 3  # typo variants per question


def questions(path: Path) -> list[str]:
    """The questions of one labelled file: `q` of single items, `say` of dialogue turns."""
    found = []
    for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
        if not isinstance(item, dict):
            continue
        if "q" in item:
            found.append(str(item["q"]))
        for turn in item.get("turns") or []:
            if isinstance(turn, dict) and "say" in turn:
                found.append(str(turn["say"]))
    return found


def typo(question: str, rng: random.Random) -> str:
    """One slip of the keyboard in a word of four letters or more."""
    words = question.split()
    long_words = [at for at, word in enumerate(words) if len(word) >= 4 and word.isalpha()]
    if not long_words:
        return question
    at = rng.choice(long_words)
    word = words[at]
    cut = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        word = word[:cut] + word[cut + 1 :]
    elif kind == 1:
        word = word[:cut] + word[cut] + word[cut:]
    else:
        word = word[: cut - 1] + word[cut] + word[cut - 1] + word[cut + 1 :]
    words[at] = word
    return " ".join(words)


def labelled_sets() -> list[tuple[str, Path | None, list[str]]]:
    """(set name, knowledge base or None for the bundled one, questions) for every labelled set in tests/data."""
    sets = []
    data = ROOT / "tests" / "data"
    for path in sorted(data.glob("*.yaml")):
        sets.append((path.stem, None, questions(path)))
    for folder in sorted(p for p in (data / "kbs").glob("*") if p.is_dir()) if (data / "kbs").is_dir() else []:
        for path in sorted(folder.glob("*.yaml")):
            if path.name != "kb.yaml":
                sets.append((f"{folder.name}/{path.stem}", folder / "kb.yaml", questions(path)))
    return sets


def main() -> int:
    rng = random.Random(SEED)
    bases: dict[Path | None, qa.KnowledgeBase] = {}
    out = sys.stdout
    count = 0
    for name, kb_path, asked in labelled_sets():
        kb = bases.get(kb_path) or bases.setdefault(kb_path, qa.load(kb_path))
        for question in asked:
            for variant in [question, *(typo(question, rng) for _ in range(VARIANTS))]:
                answer = kb.ask(variant)
                shown = variant.replace("\t", " ").replace("\n", " ")
                out.write(f"{name}\t{shown}\t{int(answer.answered)}\t{answer.entry_id}\t{answer.score}\n")
                count += 1
    print(f"{count} questions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
