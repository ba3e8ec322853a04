"""`qa --eval` on a file of labelled dialogues: each dialogue is one conversation, each turn judged.

    - name: villages then people
      turns:
        - {say: "hi", expect: smalltalk}
        - {say: "How many villages were taken off the poverty list?", expect: villages-removed-from-poverty-list}
        - {say: "and how many people?", expect: people-lifted-out-of-poverty, kind: followup}
        - {say: "how many people?", expect: clarify}
        - {say: "the second", expect: people-lifted-out-of-poverty}
        - {say: "how many parks and how many hospitals?", expect: [industrial-parks, null]}

`expect` is an entry id, null (qa must give no fact), `smalltalk`, `clarify`, `any` (any fact), or a list of ids
(null for a part qa must refuse) for a compound question. `kind` is an optional label; rates are given per kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import yaml

from .answer import Answer, Kind
from .errors import Problem, quoted
from .evaluate import EvalFileError, as_given, label, mapping_fields
from .loader import did_you_mean
from .yaml_reader import compose, read_text

if TYPE_CHECKING:
    from .knowledge_base import KnowledgeBase

SPECIAL = ("smalltalk", "clarify", "any")
Expected = str | None | tuple[str | None, ...]


@dataclass(frozen=True)
class Turn:
    say: str
    expect: Expected
    kind: str | None
    line: int


@dataclass(frozen=True)
class Dialogue:
    name: str
    turns: tuple[Turn, ...]
    line: int


@dataclass
class DialogueReport:
    file: str
    turns: int = 0
    right: int = 0
    dialogues: int = 0
    dialogues_right: int = 0
    kinds: dict[str, list[int]] = field(default_factory=dict)  # kind -> [turns, right]
    wrong: list[dict] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.right / self.turns if self.turns else 0.0


def is_dialogue_file(path: str, root: yaml.Node | None = None) -> bool:
    """A labelled file whose first item has `turns` (`root`: the file already composed, as it is read once)."""
    root = compose(read_text(path), path) if root is None else root
    return (
        isinstance(root, yaml.SequenceNode)
        and bool(root.value)
        and isinstance(root.value[0], yaml.MappingNode)
        and any(isinstance(key, yaml.ScalarNode) and key.value == "turns" for key, _ in root.value[0].value)
    )


def read_dialogues(path: str, known_ids: set[str], root: yaml.Node | None = None) -> list[Dialogue]:
    root = compose(read_text(path), path) if root is None else root
    if not isinstance(root, yaml.SequenceNode) or not root.value:
        raise _fail(path, root, "must be a non-empty list of {name: …, turns: [{say: …, expect: …}]}")
    dialogues = []
    for number, node in enumerate(root.value, start=1):
        fields = _fields(path, node, f"dialogue {number}", ("name", "turns"))
        turns_node = fields.get("turns")
        if not isinstance(turns_node, yaml.SequenceNode) or not turns_node.value:
            raise _fail(path, node, f"dialogue {number}: turns must be a non-empty list")
        name = (
            label(path, fields.get("name"), f"dialogue {number}", "name", "villages then people")
            or f"dialogue {number}"
        )
        turns = tuple(
            _turn(path, turn, f"dialogue {number}: turn {at}", known_ids)
            for at, turn in enumerate(turns_node.value, start=1)
        )
        dialogues.append(Dialogue(str(name), turns, node.start_mark.line + 1))
    return dialogues


def _fields(path: str, node: yaml.Node, where: str, allowed: tuple[str, ...]) -> dict[str, yaml.Node]:
    if not isinstance(node, yaml.MappingNode):
        raise _fail(path, node, f"{where}: must be a mapping")
    return mapping_fields(path, node, where, allowed, f"expected {', '.join(allowed)}")


def _turn(path: str, node: yaml.Node, where: str, known_ids: set[str]) -> Turn:
    fields = _fields(path, node, where, ("say", "expect", "kind"))
    say = fields.get("say")
    if not (isinstance(say, yaml.ScalarNode) and say.tag == "tag:yaml.org,2002:str" and say.value.strip()):
        raise _fail(path, node, f"{where}: say must be the line's text")
    if "expect" not in fields:
        raise _fail(path, node, f"{where}: missing 'expect'")
    kind = label(path, fields.get("kind"), where, "kind")
    return Turn(say.value, _expected(path, fields["expect"], where, known_ids), kind, node.start_mark.line + 1)


def _expected(path: str, node: yaml.Node, where: str, known_ids: set[str]) -> Expected:
    if isinstance(node, yaml.SequenceNode) and len(node.value) >= 2:
        return tuple(_one(path, item, where, known_ids, special=False) for item in node.value)  # type: ignore[misc]
    if isinstance(node, yaml.SequenceNode):  # `expect: [one-id]`: a list is one id per part of a compound
        message = (
            f"{where}: a list in expect holds one id per part, two or more (got {len(node.value)}); write one id alone"
        )
        raise _fail(path, node, message)
    return _one(path, node, where, known_ids, special=True)


def _one(path: str, node: yaml.Node, where: str, known_ids: set[str], *, special: bool) -> str | None:
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
        return None
    value = node.value.strip() if isinstance(node, yaml.ScalarNode) else ""
    if value in known_ids or (special and value in SPECIAL):
        return value
    hint = did_you_mean(value, sorted(known_ids)) if value else ""
    if hint:  # a slip in an id: say which id
        raise _fail(path, node, f"{where}: expect {quoted(value)} is not an entry of the knowledge base{hint}")
    allowed = "an entry id, null, smalltalk, clarify, any, or a list of ids" if special else "an entry id or null"
    got = (
        quoted(value)
        if isinstance(node, yaml.ScalarNode)
        else f"a {'list' if isinstance(node, yaml.SequenceNode) else 'mapping'}"
    )
    raise _fail(path, node, f"{where}: expect must be {allowed} (got {got})")


def _fail(path: str, node: yaml.Node, message: str) -> EvalFileError:
    return EvalFileError(Problem(message, file=path, line=node.start_mark.line + 1))


def judge(answer: Answer, expect: Expected) -> bool:
    """Is this what qa should have said?"""
    if expect == "smalltalk":
        return answer.kind is Kind.SMALLTALK
    if expect == "clarify":
        return answer.kind is Kind.CLARIFY
    if expect == "any":
        return answer.gives_fact
    if expect is None:
        return not answer.gives_fact
    if isinstance(expect, tuple):
        got = tuple(part.entry_id if part.answered else None for part in answer.parts)
        return got == expect
    return answer.answered and answer.entry_id == expect


def evaluate(
    kb: KnowledgeBase, path: str, threshold: float | None = None, root: yaml.Node | None = None
) -> DialogueReport:
    dialogues = read_dialogues(path, {entry.id for entry in kb.entries}, root)
    report = DialogueReport(path)
    for dialogue in dialogues:
        conversation = kb.conversation(threshold=threshold)
        all_right = True
        for turn in dialogue.turns:
            answer = conversation.ask(turn.say)
            good = judge(answer, turn.expect)
            report.turns += 1
            report.right += good
            counts = report.kinds.setdefault(turn.kind or "unlabelled", [0, 0])
            counts[0] += 1
            counts[1] += good
            if not good:
                all_right = False
                got = [part.entry_id for part in answer.parts] if answer.parts else answer.entry_id
                report.wrong.append(
                    {"dialogue": dialogue.name, "line": turn.line, "say": turn.say, "kind": turn.kind,
                     "expect": list(turn.expect) if isinstance(turn.expect, tuple) else turn.expect,
                     "got": got if answer.gives_fact else answer.kind.value}
                )  # fmt: skip
        report.dialogues += 1
        report.dialogues_right += all_right
    return report


def to_dict(report: DialogueReport, minimum: float | None) -> dict:
    return {
        "file": report.file,
        "dialogues": report.dialogues,
        "dialogues_right": report.dialogues_right,
        "turns": report.turns,
        "right": report.right,
        "rate": report.rate,
        "kinds": {kind: {"turns": n, "right": r, "rate": r / n} for kind, (n, r) in sorted(report.kinds.items())},
        "wrong": report.wrong,
        "min_accuracy": minimum,
        "passed": passes(report, minimum),
    }


def report_text(report: DialogueReport, minimum: float | None) -> str:
    from .display import clean, visible

    lines = [
        f"{visible(report.file)}: {report.right}/{report.turns} turns right ({report.rate:.1%}), "
        f"{report.dialogues_right}/{report.dialogues} dialogues right throughout",
    ]
    for kind, (turns, right) in sorted(report.kinds.items()):
        lines.append(f"  {clean(kind):14} {right}/{turns} ({right / turns:.0%})")
    if report.wrong:
        lines.append("wrong turns (line: dialogue: said → expected, got):")
        for wrong in report.wrong:
            lines.append(
                f"  {wrong['line']}: {clean(wrong['dialogue'])}: {clean(repr(wrong['say']))} → "
                f"{clean(_as_labelled(wrong['expect']))}, got {clean(_as_labelled(wrong['got']))}"
            )
    if minimum is not None:
        verdict = "pass" if passes(report, minimum) else "FAIL"
        lines.append(f"{verdict}: minimum {as_given(minimum)} of turns right")
    return "\n".join(lines) + "\n"


def _as_labelled(value: object) -> str:
    """A label as a dialogue file writes it: null, an id, or [id, null] for a compound question."""
    if value is None:
        return "null"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_as_labelled(item) for item in value) + "]"
    return str(value)


def passes(report: DialogueReport, minimum: float | None) -> bool:
    """Is the share of turns right at least `minimum` (always, with none)?"""
    return minimum is None or report.rate >= minimum
