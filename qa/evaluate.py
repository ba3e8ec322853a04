"""`qa --eval FILE`: measure a knowledge base on labelled questions, the way a user would meet it.

FILE is a YAML list of `{q: question, expect: entry-id}`; `expect: null` means the assistant must say it does
not know. Each question is asked once with no threshold, recording the entry it would get and its confidence;
every figure — at the current threshold and at each candidate threshold of the sweep — is derived from that
one pass, because answering is just `confidence >= threshold` over the same top entry.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

import yaml

from .display import clean, counted, visible, write_json
from .errors import KnowledgeBaseError, Problem, quoted
from .loader import did_you_mean
from .paths import read_stream
from .yaml_reader import compose, decode, read_text

if TYPE_CHECKING:
    from .knowledge_base import KnowledgeBase

ITEM_KEYS = ("q", "expect")
OPTIONAL_KEYS = ("kind",)  # a label of the question's kind ("definition", "sloppy" …): rates are given per kind
SWEEP_STEPS = 1000  # candidate thresholds 0.0, 0.1, … 100.0: scores are rounded to one decimal


class EvalFileError(KnowledgeBaseError):
    """The evaluation file (or an option about it) cannot be used; one line naming file and item."""


@dataclass(frozen=True)
class Item:
    """One labelled question; `expect` None means the right response is to refuse."""

    question: str
    expect: str | None
    line: int
    kind: str | None = None


@dataclass(frozen=True)
class Outcome:
    """What the knowledge base does with an item: its top entry (None if nothing matched) and confidence."""

    item: Item
    top: str | None
    score: float
    said: str | None = None  # what qa said instead of a fact, whatever the threshold: "clarify", "smalltalk"

    def got(self, threshold: float) -> str | None:
        """The entry answered at `threshold`, or None for a refusal."""
        return self.top if self.top is not None and self.score >= threshold else None

    def right(self, threshold: float) -> bool:
        return self.got(threshold) == self.item.expect


@dataclass(frozen=True)
class Rates:
    """The figures at one threshold; a rate is None when the file has no question of that kind."""

    threshold: float
    in_scope: int
    correct: int
    wrongly_refused: int
    out_of_scope: int
    refused: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.in_scope if self.in_scope else None

    @property
    def refusal_rate(self) -> float | None:
        return self.refused / self.out_of_scope if self.out_of_scope else None

    @property
    def balanced(self) -> float:
        """The mean of the rates the file can measure: what the threshold sweep maximises."""
        rates = [rate for rate in (self.accuracy, self.refusal_rate) if rate is not None]
        return sum(rates) / len(rates) if rates else 0.0


@dataclass(frozen=True)
class Evaluation:
    """Everything `qa --eval` reports: per-question outcomes, the figures now, and the best threshold's."""

    file: str
    outcomes: tuple[Outcome, ...]
    current: Rates
    best: Rates
    best_range: tuple[float, float]  # every threshold in it does as well as `best`

    def confusions(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if not outcome.right(self.current.threshold)]


# -- reading the file ---------------------------------------------------------------------------------------


def read_items(path: str, known_ids: set[str], root: yaml.Node | None = None) -> list[Item]:
    """The labelled questions, read from YAML nodes (nothing is constructed); the first problem is fatal."""
    root = compose(read_text(path), path) if root is None else root
    if not isinstance(root, yaml.SequenceNode) or not root.value:
        raise _fail(path, root, "must be a non-empty list of {q: question, expect: entry-id or null}")
    return [_item(path, node, number, known_ids) for number, node in enumerate(root.value, start=1)]


def _item(path: str, node: yaml.Node, number: int, known_ids: set[str]) -> Item:
    where = f"item {number}"
    if not isinstance(node, yaml.MappingNode):
        raise _fail(path, node, f"{where}: must be a mapping {{q: question, expect: entry-id or null}}")
    fields = mapping_fields(
        path, node, where, (*ITEM_KEYS, *OPTIONAL_KEYS), "an item has q, expect and optionally kind"
    )
    for name in ITEM_KEYS:
        if name not in fields:
            raise _fail(path, node, f"{where}: missing {name!r}")
    kind = label(path, fields.get("kind"), where, "kind")
    question, expect = _question(path, fields["q"], where), _expect(path, fields["expect"], where, known_ids)
    return Item(question, expect, _line(node), kind)


_TEXT, _MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:map"


def label(path: str, node: yaml.Node | None, where: str, field: str, example: str = "followup") -> str | None:
    """An optional label (an item's or a turn's `kind`, a dialogue's `name`) as text, or None when not given. A
    list, a number or a null there is a mistake, not a label "null" ("kind: [x]", "name: 5")."""
    if node is None:
        return None
    if not (isinstance(node, yaml.ScalarNode) and node.tag == _TEXT and node.value.strip()):
        raise _fail(path, node, f"{where}: {field} must be text, such as {example!r}")
    return node.value


def mapping_fields(path: str, node: yaml.MappingNode, where: str, allowed: tuple[str, ...], expected: str):
    """The mapping's values by key: no YAML tag on it, every key text and one of `allowed`, none twice."""
    plain_mapping(path, node, where)
    fields: dict[str, yaml.Node] = {}
    for key, value in node.value:
        if not (isinstance(key, yaml.ScalarNode) and key.tag == _TEXT):
            raise _fail(path, key, f"{where}: a key must be text; {expected}")
        if key.value not in allowed:
            raise _fail(path, key, f"{where}: unknown key {key.value!r}; {expected}")
        if key.value in fields:
            raise _fail(path, key, f"{where}: duplicate key {key.value!r}")
        fields[key.value] = value
    return fields


def plain_mapping(path: str, node: yaml.Node, where: str) -> None:
    """A mapping with no YAML tag: "!!python/object:… {q: …}" builds nothing here, but is no labelled item."""
    if node.tag != _MAP:
        raise _fail(path, node, f"{where}: YAML tags are not allowed (found {node.tag!r})")


def _question(path: str, node: yaml.Node, where: str) -> str:
    if not (isinstance(node, yaml.ScalarNode) and node.tag == _TEXT and node.value.strip()):
        raise _fail(path, node, f"{where}: q must be the question's text")
    return node.value


def _expect(path: str, node: yaml.Node, where: str, known_ids: set[str]) -> str | None:
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
        return None
    if not isinstance(node, yaml.ScalarNode) or node.tag != _TEXT or not node.value.strip():
        raise _fail(path, node, f"{where}: expect must be an entry id, or null for a question to refuse")
    entry_id = node.value.strip()
    if entry_id not in known_ids:
        hint = did_you_mean(entry_id, sorted(known_ids))
        raise _fail(path, node, f"{where}: expect {quoted(entry_id)} is not an entry of the knowledge base{hint}")
    return entry_id


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _fail(path: str, node: yaml.Node, message: str) -> EvalFileError:
    return EvalFileError(Problem(message, file=path, line=_line(node)))


# -- measuring ----------------------------------------------------------------------------------------------


def record(kb: KnowledgeBase, items: list[Item]) -> list[Outcome]:
    """Ask each question once with no threshold: its top entry and confidence decide every threshold."""
    outcomes = []
    for item in items:
        answer = kb.ask(item.question, threshold=0.0)
        said = None if answer.gives_fact or answer.kind.value == "unknown" else answer.kind.value
        outcomes.append(Outcome(item, answer.entry_id if answer.answered else None, answer.score, said))
    return outcomes


def rates(outcomes: list[Outcome], threshold: float) -> Rates:
    """The figures these outcomes give at `threshold`."""
    in_scope = [outcome for outcome in outcomes if outcome.item.expect is not None]
    out_of_scope = [outcome for outcome in outcomes if outcome.item.expect is None]
    return Rates(
        threshold=threshold,
        in_scope=len(in_scope),
        correct=sum(outcome.right(threshold) for outcome in in_scope),
        wrongly_refused=sum(outcome.got(threshold) is None for outcome in in_scope),
        out_of_scope=len(out_of_scope),
        refused=sum(outcome.right(threshold) for outcome in out_of_scope),
    )


def sweep(outcomes: list[Outcome]) -> list[Rates]:
    """The figures at every candidate threshold 0.0, 0.1, … 100.0, as `rates` gives them, from the scores sorted
    once (20,000 labelled questions took 16-20 s when each threshold asked them all in turn)."""
    from bisect import bisect_left

    in_scope = [outcome for outcome in outcomes if outcome.item.expect is not None]
    out_of_scope = [outcome for outcome in outcomes if outcome.item.expect is None]
    # at a threshold t an outcome gives its top entry when its score is at least t, else refuses
    right = sorted(outcome.score for outcome in in_scope if outcome.top == outcome.item.expect)
    answered_in = sorted(outcome.score for outcome in in_scope if outcome.top is not None)
    answered_out = sorted(outcome.score for outcome in out_of_scope if outcome.top is not None)
    figures = []
    for step in range(SWEEP_STEPS + 1):
        threshold = step * 100 / SWEEP_STEPS
        figures.append(
            Rates(
                threshold=threshold,
                in_scope=len(in_scope),
                correct=len(right) - bisect_left(right, threshold),
                wrongly_refused=len(in_scope) - (len(answered_in) - bisect_left(answered_in, threshold)),
                out_of_scope=len(out_of_scope),
                refused=len(out_of_scope) - (len(answered_out) - bisect_left(answered_out, threshold)),
            )
        )
    return figures


def best_threshold(candidates: list[Rates], current: float) -> Rates:
    """The candidate with the best mean of accuracy and refusal rate; ties go to the one nearest the current
    threshold, so a flat optimum that already includes it says "keep it"."""
    return min(candidates, key=lambda r: (-r.balanced, abs(r.threshold - current), r.threshold))


def plateau(candidates: list[Rates], best: Rates) -> tuple[float, float]:
    """The run of neighbouring thresholds scoring as well as `best`: a narrow one means the choice is fragile."""
    position = next(number for number, r in enumerate(candidates) if r.threshold == best.threshold)
    low = high = position
    while low > 0 and candidates[low - 1].balanced == best.balanced:
        low -= 1
    while high < len(candidates) - 1 and candidates[high + 1].balanced == best.balanced:
        high += 1
    return candidates[low].threshold, candidates[high].threshold


def evaluate(kb: KnowledgeBase, path: str, threshold: float | None = None, root: yaml.Node | None = None) -> Evaluation:
    """Run the labelled questions of `path` against `kb` (at `threshold`, default the knowledge base's own)."""
    items = read_items(path, {entry.id for entry in kb.entries}, root)
    outcomes = record(kb, items)
    limit = kb.threshold if threshold is None else threshold
    candidates = sweep(outcomes)
    best = best_threshold(candidates, limit)
    return Evaluation(path, tuple(outcomes), rates(outcomes, limit), best, plateau(candidates, best))


def minimum_rate(value: float | None) -> float | None:
    """`--min-accuracy` as a fraction: 0.9 and 90 both mean 90 %."""
    if value is None:
        return None
    if not 0.0 <= value <= 100.0:
        raise EvalFileError(Problem(f"--min-accuracy must be from 0 to 1 (or 0 to 100), not {value:g}"))
    return value if value <= 1.0 else value / 100.0


def passes(rates: Rates, minimum: float | None) -> bool:
    """True unless a measured rate falls below the minimum."""
    return not below_minimum(rates, minimum)


def below_minimum(rates: Rates, minimum: float | None) -> list[str]:
    """The measured rates under the minimum, named with their figure ("refusal rate 50.0%"): the verdict says
    which failed, not only that one did."""
    if minimum is None:
        return []
    named = (("accuracy", rates.accuracy), ("refusal rate", rates.refusal_rate))
    return [f"{name} {_percent(rate)}" for name, rate in named if rate is not None and rate < minimum]


# -- output -------------------------------------------------------------------------------------------------


def as_given(minimum: float) -> str:
    """A minimum as the user gave it ("50.04%", not "50.0%" beside a rate of 50.0% it failed; "0%", not
    "-0.0%")."""
    return f"{round(100 * minimum, 6) + 0.0:g}%"


def _percent(rate: float | None) -> str:
    return "n/a" if rate is None else f"{100 * rate:.1f}%"


def _shown(entry_id: str | None) -> str:
    return entry_id if entry_id is not None else "(refuse)"


def _confusion_line(outcome: Outcome, threshold: float, file: str) -> str:
    got = outcome.got(threshold)
    if got is not None:
        result = f"{got} ({outcome.score:g})"
    elif outcome.said == "clarify":
        result = f"(asked which entry was meant, at {outcome.score:g})"
    elif outcome.said is not None:
        result = f"(read as {outcome.said})"
    elif outcome.top is not None:
        result = f"(refused: best {outcome.top} scores {outcome.score:g})"
    else:
        result = "(refused: nothing matched)"
    return (
        f"  {file}:{outcome.item.line}: {clean(repr(outcome.item.question))} → {_shown(outcome.item.expect)} → {result}"
    )


def report_text(evaluation: Evaluation, minimum: float | None) -> str:
    """The human report: figures, confusions, the best threshold, and the verdict when a minimum is set. The
    file name and the questions are cleaned: they may hold escape sequences a terminal would act on."""
    now, best = evaluation.current, evaluation.best
    file = visible(evaluation.file)  # escaped, not dropped: another name would be another file
    lines = [
        f"{file}: {counted(len(evaluation.outcomes), 'question')} at threshold {now.threshold:g}",
        f"in scope:     {now.correct}/{now.in_scope} answered with the expected entry, "
        f"{now.wrongly_refused} refused — accuracy {_percent(now.accuracy)}",
        f"out of scope: {now.refused}/{now.out_of_scope} refused — refusal rate {_percent(now.refusal_rate)}",
    ]
    confusions = evaluation.confusions()
    if confusions:
        lines.append(f"confusions ({len(confusions)}): question → expected → got")
        lines += [_confusion_line(outcome, now.threshold, file) for outcome in confusions]
    low, high = evaluation.best_range
    spread = f"as good anywhere from {low:g} to {high:g}" if low < high else "no other threshold does as well"
    lines.append(
        f"best threshold on this file: {best.threshold:g} "
        f"(accuracy {_percent(best.accuracy)}, refusal rate {_percent(best.refusal_rate)}; {spread})"
    )
    if minimum is not None:
        below = below_minimum(now, minimum)
        verdict = f"FAIL ({', '.join(below)} below it)" if below else "pass"
        lines.append(f"{verdict}: minimum {as_given(minimum)} for accuracy and refusal rate")
    return "\n".join(lines) + "\n"


def to_dict(evaluation: Evaluation, minimum: float | None) -> dict:
    """The JSON shape of `qa --eval --json`: rates are fractions 0-1, scores 0-100."""
    now, best = evaluation.current, evaluation.best
    return {
        "file": evaluation.file,
        "questions": len(evaluation.outcomes),
        "threshold": now.threshold,
        "in_scope": now.in_scope,
        "correct": now.correct,
        "wrongly_refused": now.wrongly_refused,
        "accuracy": now.accuracy,
        "out_of_scope": now.out_of_scope,
        "refused": now.refused,
        "refusal_rate": now.refusal_rate,
        "confusions": [
            {
                "q": outcome.item.question,
                "line": outcome.item.line,
                "expected": outcome.item.expect,
                "got": outcome.got(now.threshold),
                "best": outcome.top,
                "score": outcome.score,
            }
            for outcome in evaluation.confusions()
        ],
        "best_threshold": best.threshold,
        "best_threshold_range": list(evaluation.best_range),
        "best_accuracy": best.accuracy,
        "best_refusal_rate": best.refusal_rate,
        "min_accuracy": minimum,
        "passed": passes(now, minimum),
    }


def run_eval(
    kb: KnowledgeBase, path: str, *, as_json: bool, min_accuracy: float | None, threshold: float | None, out: TextIO
) -> int:
    """`qa --eval`: print the figures of a file of labelled questions or of dialogues; exit 1 when a rate is
    below `--min-accuracy`, else 0."""
    from . import dialogues

    minimum = minimum_rate(min_accuracy)
    if path == "-":  # "… | qa --eval -": the labelled questions piped in, named as `--batch -` names them
        path = "standard input"
        labelled = decode(read_stream(sys.stdin.buffer, path), path)
    else:
        # read once: the file may be a pipe ("qa --eval <(…)")
        labelled = read_text(path, "file of labelled questions or dialogues")
    root = compose(labelled, path)
    if dialogues.is_dialogue_file(path, root):
        report = dialogues.evaluate(kb, path, threshold, root)
        shape, text, passed = dialogues.to_dict, dialogues.report_text, dialogues.passes(report, minimum)
    else:
        report = evaluate(kb, path, threshold, root)
        shape, text, passed = to_dict, report_text, passes(report.current, minimum)
    if as_json:
        write_json(out, shape(report, minimum), indent=2)
    else:
        out.write(text(report, minimum))
    return 0 if passed else 1
