"""One scale measurement in a fresh process (so sizes don't share memory): prints one JSON object.

    python benchmarks/scale_worker.py benchmarks/generated/kb-10000.yaml benchmarks/generated/queries-10000.yaml

Times parse+validate (`qa.loader.read`) and index build (`KnowledgeBase(data)`) separately, peak RSS, then
`kb.ask(q, threshold=0)` and the naive `rapidfuzz.process.extractOne(q, all_phrasings, scorer=WRatio)` on
the same labelled queries: per-query wall times and top-1 accuracy of both. With --load-only (or no
queries file) it only times `qa.load(kb)`, which uses qa's own on-disk cache when it has one.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import time
from collections.abc import Callable
from typing import Any

import yaml
from rapidfuzz import fuzz, process

import qa
import qa.loader
from qa.knowledge_base import KnowledgeBase


def peak_mib() -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(function: Callable[[], Any]) -> tuple[Any, float]:
    """(result, seconds) of one call."""
    start = time.perf_counter()
    result = function()
    return result, time.perf_counter() - start


def load_queries(path: str, limit: int | None) -> list[dict[str, str]]:
    """Labelled queries ({q, expect}) from a generated queries file."""
    with open(path, encoding="utf-8") as handle:
        items = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return items[:limit] if limit else items


def build(path: str) -> tuple[KnowledgeBase, dict[str, float]]:
    """Load the knowledge base, timing parse+validate and index build apart (and peak RSS after each)."""
    data, parse_s = timed(lambda: qa.loader.read(path))
    parsed_mib = peak_mib()
    kb, index_s = timed(lambda: KnowledgeBase(data))
    gc.freeze()  # as docs/python-api.md advises a program that keeps a large knowledge base, and as `qa` does
    return kb, {
        "parse_s": parse_s,
        "index_s": index_s,
        "load_s": parse_s + index_s,
        "parsed_mib": parsed_mib,
        "loaded_mib": peak_mib(),
    }


def naive_choices(kb: KnowledgeBase) -> tuple[list[str], list[str]]:
    """Every phrasing, and the id of the entry each belongs to."""
    phrasings: list[str] = []
    owners: list[str] = []
    for entry in kb.entries:
        phrasings.extend(entry.questions)
        owners.extend([entry.id] * len(entry.questions))
    return phrasings, owners


def run_qa(kb: KnowledgeBase, queries: list[dict[str, str]]) -> dict[str, Any]:
    """Per-query ask times (ms), top-1 hits, and how many would be answered at the default threshold."""
    kb.ask("warm up the lazy imports")
    times, hits, answered, right_answered = [], 0, 0, 0
    for item in queries:
        start = time.perf_counter()
        answer = kb.ask(item["q"], threshold=0)
        times.append((time.perf_counter() - start) * 1000)
        # the top entry, whatever qa then says (a clarifying question names it first among its candidates)
        hit = (answer.entry_id or answer.why.best_entry) == item["expect"]
        hits += hit
        if answer.answered:
            answered += 1
            right_answered += answer.entry_id == item["expect"]
    return {"ms": times, "hits": hits, "answered": answered, "answered_right": right_answered}


def run_naive(phrasings: list[str], owners: list[str], queries: list[dict[str, str]]) -> dict[str, Any]:
    """Per-query extractOne times (ms) and top-1 hits."""
    process.extractOne("warm up", phrasings[:10], scorer=fuzz.WRatio)
    times, hits = [], 0
    for item in queries:
        start = time.perf_counter()
        best = process.extractOne(item["q"], phrasings, scorer=fuzz.WRatio)
        times.append((time.perf_counter() - start) * 1000)
        hits += best is not None and owners[best[2]] == item["expect"]
    return {"ms": times, "hits": hits}


def index_facts(kb: KnowledgeBase, queries: list[dict[str, str]]) -> dict[str, Any]:
    """Size of the index and mean candidates per query, if this qa's Index still exposes them."""
    facts: dict[str, Any] = {}
    try:
        index = kb.index
        facts["words"] = len(index.idf)
        facts["phrasings"] = len(index.phrasing_owner)
        gather = getattr(index, "candidates", None) or index.matches  # the name changed once already
        counts = [len(gather(index.query(item["q"]))) for item in queries]
        facts["mean_candidates"] = sum(counts) / len(counts)
    except Exception as exc:  # internals change while qa is optimised: report, never fail
        facts["error"] = f"{type(exc).__name__}: {exc}"
    return facts


def measure(kb_path: str, query_path: str, limit: int | None, naive: bool) -> dict[str, Any]:
    """The whole measurement for one knowledge base."""
    result: dict[str, Any] = {"kb": kb_path, "baseline_mib": peak_mib()}
    kb, load = build(kb_path)
    result.update(load, entries=len(kb))
    queries = load_queries(query_path, limit)
    result["queries"] = len(queries)
    result["qa"] = run_qa(kb, queries)
    result["peak_mib"] = peak_mib()
    if naive:
        phrasings, owners = naive_choices(kb)
        result["naive"] = run_naive(phrasings, owners, queries)
    result["index"] = index_facts(kb, queries)
    return result


def load_only(kb_path: str) -> dict[str, Any]:
    """`qa.load(path)` as a program would call it (any on-disk cache qa keeps included): time and peak RSS."""
    kb, load_s = timed(lambda: qa.load(kb_path))
    return {"kb": kb_path, "entries": len(kb), "load_s": load_s, "peak_mib": peak_mib()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kb")
    parser.add_argument("queries", nargs="?")
    parser.add_argument("--limit", type=int, help="use only the first N queries")
    parser.add_argument("--no-naive", action="store_true", help="skip the naive extractOne baseline")
    parser.add_argument("--load-only", action="store_true", help="only time qa.load(kb)")
    args = parser.parse_args(argv)
    if args.load_only or not args.queries:
        result = load_only(args.kb)
    else:
        result = measure(args.kb, args.queries, args.limit, not args.no_naive)
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
