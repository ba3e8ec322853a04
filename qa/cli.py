"""The `qa` command: a thin face over the library. Each action is a few lines over one library call.

Exit status follows grep: 0 answered (or the batch/check ran clean), 1 not answered (or problems found),
2 an error (bad knowledge base, bad arguments), 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Iterator

from . import __version__
from .errors import KnowledgeBaseError, unreadable

EXAMPLES = """\
examples:
  qa                                       chat in the terminal
  qa -q "How many Hechi products hold Shenzhen certification?"
  qa -q "funding" --json                   one JSON object
  printf 'parks\\nvillages\\n' | qa --batch - --json   JSON Lines, one per input line
  qa --kb my.yaml --check                  lint a knowledge base
  qa --kb my.yaml --eval questions.yaml    measure it on labelled questions

exit status: 0 answered, 1 not answered, 2 error"""


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Help sized to the terminal by os.get_terminal_size: argparse's own default imports shutil (and with it
    bz2 and lzma) on every add_argument, ~2 ms of a one-shot answer that never prints help."""

    def __init__(self, prog: str):
        try:
            width = os.get_terminal_size().columns - 2
        except (OSError, ValueError):
            width = 78
        super().__init__(prog, width=max(width, 40))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not usage + line
        self.exit(2, f"qa: error: {_one_line(message)} (see qa --help)\n")


def _one_line(text: str) -> str:
    """A message for stderr: one line, no control sequences (it may quote a file name or argument)."""
    from .render import clean

    return clean(text)


# Characters json.dumps(ensure_ascii=False) leaves raw that a terminal or a line splitter would act on:
# C1 controls (U+0085 is a line break for str.splitlines), line/paragraph separators, bidi controls, and
# lone surrogates (which cannot be encoded at all). Escaped, they stay in the JSON value, harmlessly.
# All are "not printable" to str.isprintable, so printable JSON skips the pattern.
_JSON_UNSAFE = "[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ud800-\udfff]"


def _json(value, indent: int | None = None) -> str:
    import json

    text = json.dumps(value, ensure_ascii=False, indent=indent)
    if text.isprintable():
        return text
    return re.sub(_JSON_UNSAFE, lambda match: f"\\u{ord(match.group()):04x}", text)


def _from_argv(text: str) -> str:
    """An argument as proper text: bytes that were not UTF-8 (kept by Python as surrogates) become U+FFFD."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


def _threshold(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number from 0 to 100, not {text!r}") from None
    if not 0.0 <= value <= 100.0:
        raise argparse.ArgumentTypeError(f"must be a number from 0 to 100, not {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="qa",
        description="Answer questions from a curated knowledge base; say so when it does not know.",
        epilog=EXAMPLES,
        formatter_class=_Formatter,
    )
    action = parser.add_mutually_exclusive_group()
    action.add_argument("-q", "--question", metavar="TEXT", help="ask one question and exit")
    action.add_argument("--batch", metavar="FILE", help="ask each line of FILE ('-' = stdin), one result per line")
    action.add_argument("--check", action="store_true", help="lint the knowledge base and report every problem")
    action.add_argument("--eval", metavar="FILE", help="measure accuracy on a YAML list of {q, expect}")
    parser.add_argument("--kb", metavar="PATH", help="knowledge base file (default: the bundled one)")
    parser.add_argument("--json", action="store_true", help="machine-readable output (JSON; JSON Lines for --batch)")
    parser.add_argument("--threshold", type=_threshold, metavar="N", help="answer only at or above this score (0-100)")
    parser.add_argument("--strict", action="store_true", help="with --check: warnings count as problems")
    parser.add_argument(
        "--min-accuracy",
        type=float,
        metavar="X",
        help="with --eval: exit 1 when accuracy or refusal rate is below X (0-1 or 0-100)",
    )
    parser.add_argument("--version", action="version", version=f"qa {__version__}")
    return parser


MAX_LINE_BYTES = 16 * 1024 * 1024  # a longer input line is read up to here and the rest skipped (memory stays bounded)


def _lines(stream) -> Iterator[str]:
    """Lines of a binary stream split on \\n only, decoded leniently: one result per input line."""
    while raw := stream.readline(MAX_LINE_BYTES):
        if len(raw) == MAX_LINE_BYTES and not raw.endswith(b"\n"):  # over-long: skip to the end of the line
            while (rest := stream.readline(MAX_LINE_BYTES)) and not rest.endswith(b"\n"):
                pass
        yield raw.rstrip(b"\n").rstrip(b"\r").decode("utf-8", errors="replace")


class InputError(Exception):
    """A file named on the command line cannot be read (exit status 2)."""


def _open_batch(name: str):
    if name == "-":
        return sys.stdin.buffer
    try:
        return open(name, "rb")
    except OSError as exc:
        raise InputError(f"{name}: {unreadable(exc)}") from None


def run_batch(kb, stream, out, *, as_json: bool, threshold: float | None) -> int:
    """Answer each line; one line of output per line of input, flushed as it goes."""
    from .render import one_line

    for line in _lines(stream):
        answer = kb.ask(line, threshold=threshold)
        out.write((_json(answer.to_dict()) if as_json else one_line(answer)) + "\n")
        out.flush()
    return 0


def run_question(kb, question: str, out, *, as_json: bool, threshold: float | None) -> int:
    answer = kb.ask(question, threshold=threshold)
    if as_json:
        out.write(_json(answer.to_dict(), indent=2) + "\n")
    else:
        from .render import answer_fragments, to_ansi, to_plain
        from .style import use_color

        fragments = answer_fragments(answer, kb.source)
        out.write(to_ansi(fragments) if use_color(out) else to_plain(fragments))
    return 0 if answer.answered else 1


def _dispatch(args: argparse.Namespace) -> int:
    if args.check:
        from .check import run_check

        return run_check(
            args.kb, strict=args.strict, as_json=args.json, out=sys.stdout, threshold=args.threshold, err=sys.stderr
        )
    from .knowledge_base import load

    kb = load(args.kb)
    if args.eval is not None:
        from .evaluate import run_eval

        return run_eval(
            kb, args.eval, as_json=args.json, min_accuracy=args.min_accuracy, threshold=args.threshold, out=sys.stdout
        )
    if args.question is not None:
        return run_question(kb, _from_argv(args.question), sys.stdout, as_json=args.json, threshold=args.threshold)
    if args.batch is not None:
        stream = _open_batch(args.batch)
        try:
            return run_batch(kb, stream, sys.stdout, as_json=args.json, threshold=args.threshold)
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()
    if sys.stdin.isatty() and sys.stdout.isatty():
        if os.environ.get("TERM") == "dumb":
            from .repl.plain import run_plain_chat

            return run_plain_chat(kb, threshold=args.threshold)
        from .repl.app import run_repl

        return run_repl(kb, threshold=args.threshold)
    return run_batch(kb, sys.stdin.buffer, sys.stdout, as_json=args.json, threshold=args.threshold)


def _usable_streams() -> None:
    """Closed standard streams (`qa <&- >&-`) read as empty and write to nowhere; output never fails to encode."""
    if sys.stdin is None:
        sys.stdin = open(os.devnull)  # noqa: SIM115 - lives as long as the process
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115
    with contextlib.suppress(AttributeError, ValueError, OSError):
        sys.stdout.reconfigure(errors="replace")  # e.g. a non-UTF-8 locale: '?' rather than a traceback


def _quiet_stdout() -> None:
    """The reader went away (qa ... | head -1): point stdout at /dev/null so Python's exit flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: list[str] | None = None) -> int:
    _usable_streams()
    try:
        try:
            status = _dispatch(build_parser().parse_args(argv))
        except (KnowledgeBaseError, InputError) as exc:
            sys.stderr.write(f"qa: error: {_one_line(str(exc))}\n")
            status = 2
        except SystemExit:  # --help, --version, a bad argument: their text too may meet a closed pipe
            sys.stdout.flush()
            raise
        sys.stdout.flush()  # inside the try: a reader that went away must not surface at exit
        return status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        return 141
