"""Where the time goes: cProfile of one load (parse+validate), one index build and a batch of asks.

    python benchmarks/profile_qa.py                  # 100 000 entries, 300 asks, top 15 by cumulative time
    python benchmarks/profile_qa.py --size 10000 --top 25

Prints three pstats listings and keeps the raw profiles in benchmarks/generated/profile-N-{read,index,ask}.prof
(open with `python -m pstats FILE`). Profiling slows Python-heavy code, so read proportions, not absolute times.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
from collections.abc import Callable
from typing import Any

import generate
from scale_worker import load_queries

import qa.loader
from qa.knowledge_base import KnowledgeBase


def profiled(name: str, function: Callable[[], Any], size: int, top: int) -> Any:
    """Run the function under cProfile, print its top functions by cumulative time, save the profile."""
    profile = cProfile.Profile()
    result = profile.runcall(function)
    profile.dump_stats(str(generate.GENERATED / f"profile-{size}-{name}.prof"))
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.strip_dirs().sort_stats(pstats.SortKey.CUMULATIVE).print_stats(top)
    print(f"### {name}: top {top} by cumulative time\n\n```\n{trim(out.getvalue())}\n```\n", flush=True)
    return result


def trim(listing: str) -> str:
    """pstats output from its summary line on, without blank lines."""
    lines = [line for line in listing.splitlines() if line.strip()]
    return "\n".join(lines[1:] if lines and "Ordered by" not in lines[0] else lines)


def ask_all(kb: KnowledgeBase, questions: list[str]) -> None:
    for question in questions:
        kb.ask(question, threshold=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--asks", type=int, default=300)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    kb_path = generate.ensure(args.size)
    questions = [item["q"] for item in load_queries(str(generate.paths(args.size)[1]), args.asks)]
    data = profiled("read", lambda: qa.loader.read(kb_path), args.size, args.top)
    kb = profiled("index", lambda: KnowledgeBase(data), args.size, args.top)
    kb.ask("warm up the lazy imports")
    profiled("ask", lambda: ask_all(kb, questions), args.size, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
