"""The `qa` command: a thin face over the library. Each action is a few lines over one library call.

Exit status follows grep: 0 answered (or the batch/check ran clean), 1 not answered (or problems found),
2 an error (bad knowledge base, bad arguments), 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import io
import os
import sys
from collections.abc import Iterator
from typing import TextIO

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

exit status: 0 answered, 1 not answered, 2 error; 130 Ctrl-C, 141 output closed, 143 SIGTERM"""


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
        message = message.removeprefix("argument ")  # "--threshold: must be …" names the option first
        self.exit(2, f"qa: error: {_one_line(message)} (see qa --help)\n")

    def _print_message(self, message: str, file: TextIO | None = None) -> None:
        """Help, version and usage errors written as qa writes everything: argparse's own drops a failed write
        silently, so `qa --help >/dev/full` would exit 0 with its text lost."""
        if message:
            stream = file or sys.stderr
            GuardedOutput(stream, "standard output" if stream is sys.stdout else "standard error").write(message)


def _one_line(text: str) -> str:
    """A message for stderr: one line, every control or escape written out (it may quote a file name or an
    argument: "--bogus\x1b[31m" is not "--bogus")."""
    from .display import visible
    from .errors import shortened

    return visible(shortened(text.rstrip("\n")))


def _json(value: object, indent: int | None = None) -> str:
    """The old name of `qa.display.to_json`, which tests/test_properties.py still imports."""
    from .display import to_json

    return to_json(value, indent=indent)


def _from_argv(text: str) -> str:
    """An argument as proper text: bytes that were not UTF-8 (kept by Python as surrogates) become U+FFFD."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


def _number_from_0_to_100(text: str, meaning: str = "a number from 0 to 100") -> float:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0.0 <= value <= 100.0:  # also refuses nan
        raise argparse.ArgumentTypeError(f"must be {meaning}, not {text!r}")
    return value


def _file_name(text: str) -> str:
    if not text:
        raise argparse.ArgumentTypeError("must name a file, not ''")
    return text


class _Once(argparse.Action):
    """Stores an option's value, refusing it a second time: `-q a -q b` would answer only b, silently."""

    def __call__(self, parser, namespace, values, option_string=None):
        if getattr(namespace, self.dest, None) is not None:
            hint = "; ask several questions with --batch" if self.dest == "question" else ""
            raise argparse.ArgumentError(self, f"given twice{hint}")
        setattr(namespace, self.dest, values)


def _threshold(text: str) -> float:
    return _number_from_0_to_100(text)


def _min_accuracy(text: str) -> float:
    return _number_from_0_to_100(text, "a rate from 0 to 1 (or a percentage from 0 to 100)")


# The options that belong to one mode only, and that mode's option: given with another mode, they are a
# mistake (qa -q parks --strict would otherwise exit 0 having ignored it).
MODE_OPTIONS = {"strict": "--check", "min_accuracy": "--eval"}
MODE_NAMES = {"question": "-q", "batch": "--batch", "check": "--check", "eval": "--eval"}


def _mode(args: argparse.Namespace) -> str:
    """The mode chosen, as its option ("-q", "--batch", …), or "the chat" when none was."""
    for name, option in MODE_NAMES.items():
        if getattr(args, name) not in (None, False):
            return option
    return "the chat (no mode given)"


def _misplaced_option(args: argparse.Namespace) -> str | None:
    """The usage error for an option given with a mode it does not belong to, if there is one."""
    mode = _mode(args)
    for name, owner in MODE_OPTIONS.items():
        if getattr(args, name) not in (None, False) and owner != mode:
            option = "--" + name.replace("_", "-")
            return f"{option} goes with {owner}; it does nothing for {mode}"
    return None


def build_parser() -> argparse.ArgumentParser:
    from .tuning import Tuning  # the one-shot answer loads it anyway, with the knowledge base

    parser = _Parser(
        prog="qa",
        description="Answer questions from a curated knowledge base; say so when it does not know.",
        epilog=EXAMPLES,
        formatter_class=_Formatter,
    )
    action = parser.add_mutually_exclusive_group()
    action.add_argument("-q", "--question", action=_Once, metavar="TEXT", help="ask one question and exit")
    action.add_argument(
        "--batch",
        action=_Once,
        type=_file_name,
        metavar="FILE",
        help="ask each line of FILE ('-' = stdin), one result per line",
    )
    action.add_argument("--check", action="store_true", help="lint the knowledge base and report every problem")
    action.add_argument(
        "--eval",
        action=_Once,
        type=_file_name,
        metavar="FILE",
        help="measure accuracy on labelled questions ({q, expect}) or dialogues ({name, turns})",
    )
    parser.add_argument(
        "--kb", action=_Once, type=_file_name, metavar="PATH", help="knowledge base file (default: the bundled one)"
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output (JSON; JSON Lines for --batch)")
    parser.add_argument(
        "--threshold",
        type=_threshold,
        metavar="N",
        help=f"answer only at or above this score (0-100; default {Tuning.threshold:g})",
    )
    parser.add_argument("--strict", action="store_true", help="with --check: warnings count as problems")
    parser.add_argument(
        "--min-accuracy",
        type=_min_accuracy,
        metavar="X",
        help="with --eval: exit 1 when accuracy or refusal rate is below X (0-1 or 0-100)",
    )
    parser.add_argument("--version", action="version", version=f"qa {__version__}")
    return parser


MAX_LINE_BYTES = 16 * 1024 * 1024  # a longer input line is read up to here and the rest skipped (memory stays bounded)
MAX_SKIPPED_BYTES = 64 * 1024 * 1024  # … but a line longer than this is no question: the input is not text


def _visible(name: str) -> str:
    """A file name as it can be read back (`qa.display.visible`), imported only when there is an error to show."""
    from .display import visible

    return visible(name)


class InputError(Exception):
    """A file named on the command line, or standard input, cannot be read (exit status 2)."""


class OutputError(Exception):
    """Standard output cannot be written — a full disk, a descriptor open only for reading (exit status 2).
    A reader that went away is not this: that stays a BrokenPipeError, and a quiet exit."""


class GuardedOutput:
    """A text stream whose write failures become one OutputError naming the stream, not a traceback."""

    def __init__(self, stream: TextIO, name: str = "standard output"):
        self.stream = stream
        self.name = name

    def _failed(self, exc: OSError) -> OutputError:
        return OutputError(f"cannot write to {self.name}: {exc.strerror or exc}")

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._failed(exc) from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._failed(exc) from None

    def __getattr__(self, name: str):  # isatty, fileno, encoding: as the stream has them
        return getattr(self.stream, name)


def _lines(stream, name: str) -> Iterator[str]:
    """Lines of a binary stream split on \\n only, decoded leniently: one result per input line."""
    try:
        number = 0
        while raw := stream.readline(MAX_LINE_BYTES):
            number += 1
            if len(raw) == MAX_LINE_BYTES and not raw.endswith(b"\n"):  # over-long: skip to the end of the line
                skipped = 0
                while (rest := stream.readline(MAX_LINE_BYTES)) and not rest.endswith(b"\n"):
                    skipped += 1
                    if skipped * MAX_LINE_BYTES >= MAX_SKIPPED_BYTES:  # /dev/zero has no end of line
                        raise InputError(f"{_visible(name)}: line {number} is longer than 64 MiB")
            if number == 1:
                raw = _utf8_first_line(raw, name)
            yield raw.rstrip(b"\n").rstrip(b"\r").decode("utf-8", errors="replace")
    except OSError as exc:  # e.g. stdin open only for writing, or a folder
        raise InputError(f"{_visible(name)}: {unreadable(exc)}") from None


def _utf8_first_line(raw: bytes, name: str) -> bytes:
    """The first line without a UTF-8 byte order mark; UTF-16 or UTF-32 input (a byte order mark, or a NUL
    beside every letter) is an error: read as UTF-8, each of its lines made one or two lines of NULs and
    letters, and one answer a line no longer held."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:]
    wide = raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(raw) >= 4 and raw.count(0) * 3 >= len(raw))
    if wide:
        raise InputError(f"{_visible(name)}: the text is UTF-16 or UTF-32; qa reads UTF-8 (save it as UTF-8)")
    return raw


def _open_batch(name: str):
    if name == "-":
        return sys.stdin.buffer
    try:
        return open(name, "rb")
    except OSError as exc:
        raise InputError(f"{_visible(name)}: {unreadable(exc)}") from None


def terminal_columns(out) -> int | None:
    """The width of the terminal `out` writes to (COLUMNS if set), or None when it is not a terminal."""
    try:
        if not out.isatty():
            return None
    except (AttributeError, ValueError):
        return None
    columns = os.environ.get("COLUMNS", "")
    if columns.isascii() and columns.isdigit() and int(columns) > 0:  # "²" is a digit int() refuses
        return int(columns)
    try:
        return os.get_terminal_size(out.fileno()).columns
    except (AttributeError, OSError, ValueError):
        return 80


def run_batch(
    kb, stream, out, *, as_json: bool, threshold: float | None, name: str = "standard input", talk: bool = False
) -> int:
    """Answer each line; one line of output per line of input, flushed as it goes. On a terminal each line
    starts with the question it answers, so the answers can be told apart. With `talk` the lines are one
    conversation (piped input to plain `qa`): follow-ups and picks lean on the answers before them."""
    from .display import clean, write_json
    from .render import one_line

    columns = None if as_json else terminal_columns(out)
    ask = kb.conversation(threshold=threshold).ask if talk else lambda line: kb.ask(line, threshold=threshold)
    for line in _lines(stream, name):
        answer = ask(line)
        if as_json:
            write_json(out, answer.to_dict())
        elif columns is not None:  # on a terminal: the question first, wrapped between words at its width
            from .display import for_terminal, to_plain

            shown = [("answer", f"{clean(line)} → {one_line(answer)}\n")]
            out.write(to_plain(for_terminal(shown, columns)))
        else:
            out.write(one_line(answer) + "\n")
        out.flush()
    return 0


def run_question(kb, question: str, out, *, as_json: bool, threshold: float | None) -> int:
    """Answer one question; on a terminal, wrapped between words at its width."""
    answer = kb.ask(question, threshold=threshold)
    if as_json:
        from .display import write_json

        write_json(out, answer.to_dict(), indent=2)
    else:
        from .render import answer_fragments, to_ansi, to_plain
        from .style import use_color

        fragments = answer_fragments(answer, kb.source)
        columns = terminal_columns(out)
        if columns is not None:
            from .display import for_terminal

            fragments = for_terminal(fragments, columns)
        out.write(to_ansi(fragments) if use_color(out) else to_plain(fragments))
    return 0 if answer.answered else 1


def _dispatch(args: argparse.Namespace, out: GuardedOutput) -> int:
    if args.check:
        from .check import run_check

        return run_check(
            args.kb,
            strict=args.strict,
            as_json=args.json,
            out=out,
            threshold=args.threshold,
            err=GuardedOutput(sys.stderr, "standard error"),
        )
    from .gcpause import freeze_loaded, gc_paused

    with gc_paused():  # the import's objects live as long as the program: a collection among them finds nothing
        from .knowledge_base import load
    kb = load(args.kb)
    freeze_loaded()  # … and so does the knowledge base
    if args.eval is not None:
        from .evaluate import run_eval

        return run_eval(
            kb, args.eval, as_json=args.json, min_accuracy=args.min_accuracy, threshold=args.threshold, out=out
        )
    if args.question is not None:
        return run_question(kb, _from_argv(args.question), out, as_json=args.json, threshold=args.threshold)
    if args.batch is not None:
        stream = _open_batch(args.batch)
        name = "standard input" if args.batch == "-" else args.batch
        try:
            return run_batch(kb, stream, out, as_json=args.json, threshold=args.threshold, name=name)
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()
    if sys.stdin.isatty() and sys.stdout.isatty():
        if args.json:
            raise InputError("--json goes with -q, --batch, --check, --eval or piped input; the chat prints text")
        if os.environ.get("TERM") == "dumb":
            from .repl.plain import run_plain_chat

            return run_plain_chat(kb, threshold=args.threshold)
        from .repl.app import run_repl

        return run_repl(kb, threshold=args.threshold)
    return run_batch(kb, sys.stdin.buffer, out, as_json=args.json, threshold=args.threshold, talk=True)


class _ClosedOutput(io.TextIOBase):
    """Standard output closed before qa began (`qa -q parks >&-`): writing to it fails, as it would for any
    program, so the answer is not lost without a word (exit status 2, like a full disk)."""

    encoding = "utf-8"

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "it is closed")


def _usable_streams() -> None:
    """A closed standard input (`qa <&-`) reads as empty, a closed standard error writes to nowhere, and writing
    to a closed standard output is an error; output never fails to encode."""
    if sys.stdin is None:
        sys.stdin = open(os.devnull)  # noqa: SIM115 - lives as long as the process
    if sys.stdout is None:
        sys.stdout = _ClosedOutput()
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115
    with contextlib.suppress(AttributeError, ValueError, OSError):
        sys.stdout.reconfigure(errors="replace")  # e.g. a non-UTF-8 locale: '?' rather than a traceback
    for stream in (sys.stdout, sys.stderr):
        # a pipe left non-blocking by the program that started qa (Node.js does): Python's buffered writer then
        # drops what the pipe cannot take yet, with no error, and qa would exit 0 having lost answers. Wait
        # for the reader instead, as a program writing to a pipe is expected to
        with contextlib.suppress(AttributeError, ValueError, OSError):
            if not os.get_blocking(stream.fileno()):
                os.set_blocking(stream.fileno(), True)


def _silence(stream: TextIO) -> None:
    """Point a stream that cannot be written (a reader gone, a full disk) at /dev/null, so that Python's flush
    at exit stays quiet and does not turn the exit status into 120."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _report_error(message: str) -> None:
    """`qa: error: …` on stderr, if stderr can take it; the exit status says it either way."""
    try:
        sys.stderr.write(f"qa: error: {_one_line(message)}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        _silence(sys.stderr)


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = build_parser()
    args = parser.parse_args(argv)
    misplaced = _misplaced_option(args)
    if misplaced:
        parser.error(misplaced)
    if args.question is not None and not args.question.strip():  # `qa -q "$unset"` asks nothing
        parser.error('-q needs a question: qa -q "How many parks are there?"')
    return args


def main(argv: list[str] | None = None) -> int:
    _usable_streams()
    out = GuardedOutput(sys.stdout)
    try:
        try:
            status = _dispatch(_parse(argv), out)
        except SystemExit:  # --help, --version, a bad argument: their text too may fail to be written
            out.flush()
            raise
        out.flush()  # inside the try: a failure to write must not surface at exit
        return status
    except (KnowledgeBaseError, InputError) as exc:
        _report_error(str(exc))
        return 2
    except OutputError as exc:
        _silence(sys.stdout)
        _report_error(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence(sys.stdout)
        return 141
