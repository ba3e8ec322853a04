"""qa's benchmarks (issue 6): one command, a markdown report on stdout and in benchmarks/results.md.

    python benchmarks/run.py            # everything, scale at 1 000, 10 000 and 100 000 entries (a few minutes)
    python benchmarks/run.py --quick    # scale at 1 000 and 10 000 only

Sections: one-shot cold start of `qa -q` against a bare `import rapidfuzz.fuzz, yaml`; in-process
`kb.ask` on the bundled knowledge base; scale on generated knowledge bases, each size measured in its
own process (benchmarks/scale_worker.py) beside the naive extractOne baseline; `-X importtime` of a
one-shot answer. Nothing here asserts a timing: it measures and reports.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import generate

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results.md"
QUESTION = "How many Hechi products hold Shenzhen certification?"
BASELINE = "import rapidfuzz.fuzz, yaml"
FLOOR = "pass"  # the interpreter alone, for reference
SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (1_000, 10_000)


def log(message: str) -> None:
    """Progress on stderr, so stdout stays the report."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# -- statistics --------------------------------------------------------------------------------------
def percentile(values: Sequence[float], pct: float) -> float:
    """Linear-interpolated percentile (0-100) of the values."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * pct / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def ms(value: float) -> str:
    """Milliseconds, with sensible precision."""
    return f"{value:.3f}" if value < 1 else f"{value:.2f}" if value < 100 else f"{value:.0f}"


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(" --- " for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


# -- a. one-shot cold start ---------------------------------------------------------------------------
def qa_command() -> tuple[list[str], str]:
    """The venv's `qa` console script beside sys.executable, else `python -m qa`; and how to say which."""
    script = Path(sys.executable).with_name("qa")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)], f"`{script}` (the venv's console script)"
    return [sys.executable, "-m", "qa"], f"`{sys.executable} -m qa`"


def bench_env() -> dict[str, str]:
    """The environment for every measured subprocess: bytecode cached, qa's cache kept apart.

    Bytecode: an installed qa has its .pyc files, but a checkout run with PYTHONDONTWRITEBYTECODE=1 (as
    some sandboxes set) would recompile qa on every start; the prefix keeps that cache out of the source
    tree. qa's own knowledge-base cache goes to benchmarks/generated/xdg-cache, not the user's ~/.cache.
    """
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONDONTWRITEBYTECODE", "QA_NO_CACHE")}
    env["PYTHONPYCACHEPREFIX"] = str(generate.GENERATED / "pycache")
    env["XDG_CACHE_HOME"] = str(generate.GENERATED / "xdg-cache")
    return env


def wall(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """(milliseconds, exit status) of one run, output captured (so qa renders plain text)."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, stdin=subprocess.DEVNULL, check=False, env=env)
    return (time.perf_counter() - start) * 1000, done.returncode


def cold_start(runs: int) -> dict[str, Any]:
    """Alternate `qa -q`, the bare import and bare Python (rotating order), after two warm-ups each.

    qa runs as a user's second start would (its cache, if any, warm), and once more with QA_NO_CACHE=1.
    """
    qa_cmd, how = qa_command()
    env = bench_env()
    commands = {
        "qa": ([*qa_cmd, "-q", QUESTION], env),
        "baseline": ([sys.executable, "-c", BASELINE], env),
        "floor": ([sys.executable, "-c", FLOOR], env),
        "qa_no_cache": ([*qa_cmd, "-q", QUESTION], {**env, "QA_NO_CACHE": "1"}),
    }
    for command, command_env in [*commands.values(), *commands.values()]:
        wall(command, command_env)
    names = list(commands)
    times: dict[str, list[float]] = {name: [] for name in names}
    statuses = set()
    for run in range(runs):
        shift = run % len(names)
        for name in names[shift:] + names[:shift]:
            elapsed, status = wall(*commands[name])
            times[name].append(elapsed)
            if name.startswith("qa"):
                statuses.add(status)
    ratio = statistics.median(times["qa"]) / statistics.median(times["baseline"])
    return {"how": how, "runs": runs, "times": times, "statuses": sorted(statuses), "ratio": ratio}


def cold_start_section(result: dict[str, Any]) -> str:
    times = result["times"]
    labels = {
        "qa": f'`qa -q "{QUESTION}"`',
        "baseline": f'`python -c "{BASELINE}"` (baseline)',
        "floor": f'`python -c "{FLOOR}"` (interpreter alone, for reference)',
        "qa_no_cache": "the same `qa -q` with `QA_NO_CACHE=1` (no knowledge-base cache, for reference)",
    }
    stats = (statistics.median, min, max)
    rows = [[label, *(ms(f(times[name])) for f in stats)] for name, label in labels.items() if name in times]
    text = table(["command", "median ms", "min ms", "max ms"], rows)
    extra = statistics.median(times["qa"]) - statistics.median(times["baseline"])
    note = "" if result["statuses"] == [0] else f" (**qa exit status {result['statuses']}**, expected 0)"
    return (
        f"## a. One-shot cold start ({result['runs']} runs each, alternating)\n\n{text}\n\n"
        f"**Ratio qa / baseline: {result['ratio']:.2f}×** (target ≤ 1.3×): qa costs {ms(extra)} ms more. "
        f"qa run as {result['how']}{note}, after two warm-up runs, so any cache qa keeps is warm (it lives in "
        "benchmarks/generated/xdg-cache); bytecode is cached as for an installed qa.\n"
    )


# -- b. in-process, bundled knowledge base ------------------------------------------------------------
def bundled_questions(seed: int = 6) -> list[str]:
    """`q` values of tests/data/eval.yaml and heldout.yaml, plus a one-typo variant of each in-scope one."""
    import yaml

    questions: list[str] = []
    in_scope: list[str] = []
    for name in ("eval.yaml", "heldout.yaml"):
        path = ROOT / "tests" / "data" / name
        if path.is_file():
            items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
            questions += [item["q"] for item in items]
            in_scope += [item["q"] for item in items if item.get("expect")]
    rng = random.Random(seed)
    variants = (generate.add_typo(question, rng) for question in in_scope)
    return questions + [variant for variant in variants if variant]


def in_process() -> dict[str, Any]:
    """Load the bundled knowledge base, then time each question once (fresh caches, as a user would)."""
    import qa

    start = time.perf_counter()
    kb = qa.load()
    load_ms = (time.perf_counter() - start) * 1000
    questions = bundled_questions()
    kb.ask("warm up the lazy imports")
    times = []
    for question in questions:
        start = time.perf_counter()
        kb.ask(question)
        times.append((time.perf_counter() - start) * 1000)
    return {"entries": len(kb), "load_ms": load_ms, "times": times}


def in_process_section(result: dict[str, Any]) -> str:
    times = result["times"]
    rows = [
        [
            result["entries"],
            len(times),
            ms(statistics.median(times)),
            ms(statistics.mean(times)),
            ms(percentile(times, 99)),
            ms(max(times)),
            ms(result["load_ms"]),
        ]
    ]
    headers = ["entries", "questions", "ask p50 ms", "mean ms", "p99 ms", "max ms", "qa.load() ms"]
    return (
        "## b. In-process `kb.ask` on the bundled knowledge base\n\n"
        "Questions: every `q` of tests/data/eval.yaml and heldout.yaml plus a one-typo variant of each "
        "in-scope one, each asked once on a freshly loaded knowledge base (target ≤ 0.1 ms).\n\n"
        f"{table(headers, rows)}\n"
    )


# -- e. the conversation (issue 12) -------------------------------------------------------------------
def best_of(function, items: Sequence[str], repeats: int) -> list[float]:
    """Each item's best time of `repeats` calls, in milliseconds: the least disturbed by other work."""
    times = []
    for item in items:
        best = math.inf
        for _ in range(repeats):
            start = time.perf_counter()
            function(item)
            best = min(best, time.perf_counter() - start)
        times.append(best * 1000)
    return times


def conversation() -> dict[str, Any]:
    """The bundled `ask` against a naive extractOne WRatio over all phrasings (the same questions), and a
    conversation's turn against a stateless ask of the same line (every turn of tests/data/dialogues.yaml)."""
    import yaml
    from rapidfuzz import fuzz, process

    import qa

    kb = qa.load()
    phrasings = [question for entry in kb.entries for question in entry.questions]
    questions = bundled_questions()
    for question in questions[:50]:
        kb.ask(question)  # warm: the speller, the lazy patterns
    ask = best_of(kb.ask, questions, 3)
    naive = best_of(lambda q: process.extractOne(q, phrasings, scorer=fuzz.WRatio), questions, 3)
    dialogues = yaml.safe_load((ROOT / "tests" / "data" / "dialogues.yaml").read_text(encoding="utf-8"))
    turns, stateless = [], []
    for dialogue in dialogues:
        chat = kb.conversation()
        for said in (turn["say"] for turn in dialogue["turns"]):
            start = time.perf_counter()
            chat.ask(said)  # once: a conversation's context moves on with each turn
            turns.append((time.perf_counter() - start) * 1000)
            stateless += best_of(kb.ask, [said], 1)
    return {
        "phrasings": len(phrasings),
        "questions": len(questions),
        "ask": statistics.median(ask),
        "naive": statistics.median(naive),
        "turns": len(turns),
        "turn": statistics.median(turns),
        "stateless": statistics.median(stateless),
    }


def conversation_section(result: dict[str, Any]) -> str:
    rows = [
        ["bundled `ask` p50 / naive `extractOne` WRatio p50", f"{ms(result['ask'])} / {ms(result['naive'])} ms",
         f"{result['ask'] / result['naive']:.2f}×", "≤ 0.5×"],
        ["conversation turn p50 / stateless `ask` p50", f"{ms(result['turn'])} / {ms(result['stateless'])} ms",
         f"{result['turn'] / result['stateless']:.2f}×", "≤ 2×"],
    ]  # fmt: skip
    return (
        "## e. The conversation (issue 12)\n\n"
        f"The bundled knowledge base ({result['phrasings']} phrasings): the {result['questions']} questions of (b), "
        "each the best of 3 calls, asked of qa and of a naive `rapidfuzz.process.extractOne(q, phrasings, "
        f"scorer=fuzz.WRatio)`; and the {result['turns']} turns of tests/data/dialogues.yaml, each asked once in "
        "its conversation and once (best of 1) on its own.\n\n"
        f"{table(['measure', 'times', 'ratio', 'goal'], rows)}\n"
    )


# -- c. scale --------------------------------------------------------------------------------------
def worker(arguments: list[str], cache_home: Path | None = None) -> dict[str, Any]:
    """Run benchmarks/scale_worker.py in a fresh process (qa's cache in `cache_home`, if given); its JSON result."""
    command = [sys.executable, str(HERE / "scale_worker.py"), *arguments]
    env = bench_env() if cache_home is None else {**bench_env(), "XDG_CACHE_HOME": str(cache_home)}
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    if done.returncode != 0:
        raise SystemExit(f"scale worker failed: {' '.join(arguments)}\n{done.stderr}")
    return json.loads(done.stdout)


def scale(size: int, limit: int | None) -> dict[str, Any]:
    """Generate (if needed) and measure one size, each measurement in its own process."""
    kb_path = generate.ensure(size)
    query_path = generate.paths(size)[1]
    result = worker([str(kb_path), str(query_path), *(["--limit", str(limit)] if limit else [])])
    result["file_mib"] = kb_path.stat().st_size / 2**20
    with tempfile.TemporaryDirectory(dir=generate.GENERATED) as cache_home:  # empty: a true first start
        result["first_start"] = worker([str(kb_path), "--load-only"], Path(cache_home))  # writes qa's cache
        result["second_start"] = worker([str(kb_path), "--load-only"], Path(cache_home))
    return result


def scale_row(result: dict[str, Any]) -> list[str]:
    qa_ms, naive_ms = result["qa"]["ms"], result["naive"]["ms"]
    count = result["queries"]
    return [
        f"{result['entries']:,}",
        f"{result['file_mib']:.1f}",
        f"{result['parse_s']:.2f}",
        f"{result['index_s']:.2f}",
        f"{result['peak_mib']:.0f}",
        ms(statistics.median(qa_ms)),
        ms(percentile(qa_ms, 99)),
        ms(statistics.median(naive_ms)),
        ms(percentile(naive_ms, 99)),
        f"{statistics.median(naive_ms) / statistics.median(qa_ms):.0f}×",
        f"{result['qa']['hits'] / count:.1%}",
        f"{result['naive']['hits'] / count:.1%}",
    ]


def detail_row(result: dict[str, Any]) -> list[str]:
    index, qa_result = result["index"], result["qa"]
    answered = qa_result["answered"]
    return [
        f"{result['entries']:,}",
        f"{index.get('phrasings', '?'):,}" if "phrasings" in index else "?",
        f"{index['words']:,}" if "words" in index else "?",
        f"{index['mean_candidates']:.0f}" if "mean_candidates" in index else "?",
        f"{answered / result['queries']:.1%}",
        f"{qa_result['answered_right'] / answered:.1%}" if answered else "–",
        f"{result['baseline_mib']:.0f}",
        f"{result['parsed_mib']:.0f}",
        f"{result['loaded_mib']:.0f}",
        f"{result['first_start']['load_s']:.2f}",
        f"{result['second_start']['load_s']:.2f}",
        f"{result['second_start']['peak_mib']:.0f}",
    ]


def growth(results: list[dict[str, Any]]) -> str:
    """How ask time grows with size, as exponents k in time ∝ entries^k between the extremes."""
    if len(results) < 2:
        return ""
    first, last = results[0], results[-1]
    ratio_size = last["entries"] / first["entries"]
    lines = []
    for name in ("qa", "naive"):
        for label, pct in (("p50", 50), ("p99", 99)):
            ratio_time = percentile(last[name]["ms"], pct) / percentile(first[name]["ms"], pct)
            exponent = math.log(ratio_time) / math.log(ratio_size)
            lines.append(f"{name} {label} ×{ratio_time:.1f} (∝ entries^{exponent:.2f})")
    return (
        f"Growth from {first['entries']:,} to {last['entries']:,} entries (×{ratio_size:.0f}): "
        + "; ".join(lines)
        + ".\n"
    )


def scale_section(results: list[dict[str, Any]]) -> str:
    headers = [
        "entries",
        "file MiB",
        "parse+validate s",
        "index s",
        "peak RSS MiB",
        "qa p50 ms",
        "qa p99 ms",
        "naive p50 ms",
        "naive p99 ms",
        "speed-up (p50)",
        "qa top-1",
        "naive top-1",
    ]
    details = [
        "entries",
        "phrasings",
        "index words",
        "mean candidates",
        "qa answered @ default threshold",
        "right when answered",
        "peak RSS after imports MiB",
        "… after parse+validate",
        "… after index",
        "`qa.load()` first start s",
        "second start s",
        "second start peak RSS MiB",
    ]
    count = results[0]["queries"] if results else 0
    return (
        f"## c. Scale: generated knowledge bases, 5 phrasings per entry, {count} noisy queries each\n\n"
        "Queries: a random entry's phrasing with one word dropped and one typo. qa = `kb.ask(q, threshold=0)`"
        " (top entry); naive = `rapidfuzz.process.extractOne(q, all_phrasings, scorer=fuzz.WRatio)`. "
        "Each size runs in its own process; peak RSS covers imports, load, index and the qa asks. "
        "parse+validate = `qa.loader.read(path)`, index = `KnowledgeBase(data)` (no cache involved); "
        "first/second start = `qa.load(path)` in a fresh process, twice, so the second uses whatever on-disk "
        "cache qa keeps.\n\n"
        f"{table(headers, [scale_row(r) for r in results])}\n\n{growth(results)}\n"
        f"{table(details, [detail_row(r) for r in results])}\n"
    )


# -- d. import time --------------------------------------------------------------------------------
_IMPORT_LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


def import_times(runs: int = 5, top: int = 15) -> list[tuple[str, float, float]]:
    """(module, median self ms, median cumulative ms) of `-X importtime -m qa -q parks`, top by cumulative."""
    samples: dict[str, list[tuple[int, int]]] = defaultdict(list)
    subprocess.run([sys.executable, "-m", "qa", "-q", "parks"], capture_output=True, check=False, env=bench_env())
    for _ in range(runs):
        command = [sys.executable, "-X", "importtime", "-m", "qa", "-q", "parks"]
        done = subprocess.run(command, capture_output=True, text=True, check=False, env=bench_env())
        for match in _IMPORT_LINE.finditer(done.stderr):
            samples[match.group(4)].append((int(match.group(1)), int(match.group(2))))
    rows = [
        (name, statistics.median(s for s, _ in values) / 1000, statistics.median(c for _, c in values) / 1000)
        for name, values in samples.items()
    ]
    return sorted(rows, key=lambda row: -row[2])[:top]


def import_section(rows: list[tuple[str, float, float]]) -> str:
    body = table(["module", "self ms", "cumulative ms"], [[f"`{n}`", ms(s), ms(c)] for n, s, c in rows])
    return (
        "## d. Where one-shot startup goes: `python -X importtime -m qa -q parks` (median of 5)\n\n"
        "Bytecode cached as in (a). Cumulative includes the module's own imports; nested modules repeat "
        "their parents' time; -X importtime itself inflates the numbers a little.\n\n"
        f"{body}\n"
    )


# -- targets and report ----------------------------------------------------------------------------
def target_rows(cold: dict | None, bundled: dict | None, results: list[dict[str, Any]]) -> list[list[Any]]:
    """[target, goal, measured, met] for each of issue 6's targets this run measured."""
    rows: list[list[Any]] = []
    if cold:
        rows.append(["one-shot `qa -q` / bare import", "≤ 1.3×", f"{cold['ratio']:.2f}×", cold["ratio"] <= 1.3])
    if bundled:
        p50 = statistics.median(bundled["times"])
        rows.append(["bundled ask p50", "≤ 0.1 ms", f"{ms(p50)} ms", p50 <= 0.1])
    by_size = {r["entries"]: r for r in results}
    if 10_000 in by_size:
        p50 = statistics.median(by_size[10_000]["qa"]["ms"])
        rows.append(["10 000 entries ask p50", "≤ 2 ms", f"{ms(p50)} ms", p50 <= 2])
    if 100_000 in by_size:
        rows += large_rows(by_size[100_000])
    return rows


def large_rows(r: dict[str, Any]) -> list[list[Any]]:
    """The 100 000-entry targets."""
    p50, p99 = statistics.median(r["qa"]["ms"]), percentile(r["qa"]["ms"], 99)
    speedup = statistics.median(r["naive"]["ms"]) / p50
    hits, naive_hits = r["qa"]["hits"], r["naive"]["hits"]
    second = r["second_start"]
    return [
        ["100 000 entries ask p50", "≤ 5 ms", f"{ms(p50)} ms", p50 <= 5],
        ["100 000 entries ask p99", "≤ 20 ms", f"{ms(p99)} ms", p99 <= 20],
        ["100 000 speed-up over naive (p50)", "≥ 40×", f"{speedup:.0f}×", speedup >= 40],
        ["100 000 top-1 qa vs naive", "qa ≥ naive", f"{hits} vs {naive_hits} of {r['queries']}", hits >= naive_hits],
        ["100 000 load + index", "≤ 10 s", f"{r['load_s']:.1f} s", r["load_s"] <= 10],
        ["100 000 peak memory", "≤ 1 GB", f"{r['peak_mib']:.0f} MiB", r["peak_mib"] * 2**20 <= 1e9],
        [
            "… or: 100 000 second start (`qa.load()`, cache warm)",
            "fast, ≤ 1 GB",
            f"{second['load_s']:.1f} s, {second['peak_mib']:.0f} MiB",
            second["load_s"] <= 10 and second["peak_mib"] * 2**20 <= 1e9,
        ],
    ]


def targets(cold: dict | None, bundled: dict | None, results: list[dict[str, Any]]) -> str:
    """Issue 6's targets beside what this run measured (informative, never an assertion)."""
    rows = [[*row[:3], "yes" if row[3] else "**no**"] for row in target_rows(cold, bundled, results)]
    return f"## Targets\n\n{table(['target (issue 6)', 'goal', 'measured', 'met'], rows)}\n"


def header(command: str, load_before: float) -> str:
    import qa

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    when = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    return (
        f"# qa benchmarks\n\n"
        f"Run {when} by `{command}`: qa {qa.__version__} at commit {commit.stdout.strip() or '?'} "
        f"(working tree as it was), Python {platform.python_version()}, {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs; 1-minute load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after "
        "(other work on the machine makes timings noisy).\n"
    )


def measure_all(args: argparse.Namespace) -> list[str]:
    """Run the chosen sections; the report's parts in order."""
    cold = bundled = None
    results: list[dict[str, Any]] = []
    parts = []
    if "a" in args.sections:
        log(f"a. cold start, {args.runs} runs each")
        cold = cold_start(args.runs)
        parts.append(cold_start_section(cold))
    if "b" in args.sections:
        log("b. in-process on the bundled knowledge base")
        bundled = in_process()
        parts.append(in_process_section(bundled))
    if "c" in args.sections:
        for size in args.sizes or (QUICK_SIZES if args.quick else SIZES):
            log(f"c. scale at {size:,} entries")
            results.append(scale(size, args.queries))
        parts.append(scale_section(results))
    if "d" in args.sections:
        log("d. import times")
        parts.append(import_section(import_times()))
    if "e" in args.sections:
        log("e. the conversation")
        parts.append(conversation_section(conversation()))
    return [targets(cold, bundled, results), *parts]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="scale at 1 000 and 10 000 entries only")
    parser.add_argument("--sizes", type=int, nargs="+", help="scale at these sizes instead")
    parser.add_argument("--sections", default="abcde", help="which sections to run (default abcde)")
    parser.add_argument("--runs", type=int, default=21, help="cold-start runs of each command (default 21)")
    parser.add_argument("--queries", type=int, help="use only the first N of each size's 300 queries")
    parser.add_argument("--output", type=Path, default=RESULTS, help="markdown file to write (default %(default)s)")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()[0]
    os.environ["XDG_CACHE_HOME"] = str(generate.GENERATED / "xdg-cache")  # qa's cache, away from ~/.cache
    parts = measure_all(args)
    command = " ".join(["python benchmarks/run.py", *(argv if argv is not None else sys.argv[1:])])
    report = "\n".join([header(command, load_before), *parts])
    print(report)
    args.output.write_text(report, encoding="utf-8")
    log(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
