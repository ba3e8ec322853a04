"""A hostile environment (issue 5): no home, read-only or impossible data folders, a closed stdout, SIGINT in
the middle of a batch, TERM=dumb, odd encodings, no terminal at all. qa keeps working, or stops cleanly."""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import ROOT, run_qa_bytes

pytestmark = pytest.mark.slow  # every test here starts a process, a pseudo-terminal or a signal

TIMEOUT = 20
QA = [sys.executable, "-m", "qa"]
QUESTION = "How much funding did Guangdong give Hechi?"


def environment(**changes: str | None) -> dict[str, str]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def run_qa(*args: str, stdin=b"", env: dict | None = None, cwd=None) -> subprocess.CompletedProcess:
    return run_qa_bytes(*args, stdin=stdin, env=env or environment(), cwd=cwd, timeout=TIMEOUT)


@pytest.fixture
def hostile_home(tmp_path):
    """HOME unset or unusable; data and cache folders read-only (not enough as root) or plain files."""
    read_only = tmp_path / "read-only"
    read_only.mkdir()
    read_only.chmod(0o555)
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("not a folder")
    yield [
        environment(HOME=None, XDG_DATA_HOME=None, XDG_CACHE_HOME=None, NO_COLOR=None),
        environment(HOME=None, XDG_DATA_HOME=str(read_only), XDG_CACHE_HOME=str(read_only)),
        environment(HOME=str(read_only), XDG_DATA_HOME=str(not_a_folder), XDG_CACHE_HOME=str(not_a_folder)),
        environment(HOME="/nonexistent/home", XDG_DATA_HOME="relative/ignored", XDG_CACHE_HOME="relative/ignored"),
    ]
    read_only.chmod(0o755)
    assert not list(read_only.rglob("history"))  # without a terminal there is no chat, so no history
    assert not_a_folder.read_text() == "not a folder"


def test_no_home_and_unwritable_data_folders(hostile_home, tmp_path):
    for env in hostile_home:
        result = run_qa("-q", QUESTION, env=env, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert b"1.4 billion yuan" in result.stdout
        assert result.stderr == b""
        batch = run_qa("--batch", "-", "--json", stdin=b"villages\nparks\n", env=env, cwd=tmp_path)
        assert batch.returncode == 0 and batch.stdout.count(b"\n") == 2 and batch.stderr == b""
        piped = run_qa(stdin=b"villages\n", env=env, cwd=tmp_path)  # no terminal: a batch, no history
        assert piped.returncode == 0 and piped.stdout.count(b"\n") == 1 and piped.stderr == b""


def test_minimal_environment():
    """Only PATH: no HOME, no LANG or LC_*, no TERM."""
    result = run_qa("-q", "河池 funding 😀", env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")})
    assert result.returncode in (0, 1)
    assert result.stderr == b""


# -- a reader that goes away ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_batch(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("batch") / "big.txt"
    path.write_text("how much funding\nvillages\nindustrial parks\n" * 20_000)
    return path


def shell(command: str, timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    """Run a pipeline in bash without pipefail; qa's stderr is the pipeline's stderr."""
    return subprocess.run(
        ["bash", "-c", "set +o pipefail; " + command],
        capture_output=True,
        env=environment(),
        timeout=timeout,
    )


QA_SHELL = " ".join(shlex.quote(part) for part in QA)


def test_a_non_blocking_pipe_gets_every_answer(big_batch):
    """From an attack: with standard output a pipe left non-blocking by the parent (Node.js does this), and a
    reader that waits a moment, qa exited 0 having written some 12,000 of 20,000 answers: Python's buffered
    writer drops what the pipe cannot take yet. qa waits for the reader instead."""
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)
    process = subprocess.Popen(
        [*QA, "--batch", str(big_batch)], stdout=write_end, stderr=subprocess.PIPE, env=environment()
    )
    os.close(write_end)
    time.sleep(2)  # the pipe fills (64 KiB) long before the reader starts
    received = b""
    while chunk := os.read(read_end, 1 << 20):
        received += chunk
    os.close(read_end)
    assert process.wait(timeout=TIMEOUT) == 0, process.stderr.read()
    assert received.count(b"\n") >= 60_000 and received.count(b"817 impoverished villages") == 20_000


@pytest.mark.parametrize("extra", ["", "--json"])
def test_closed_pipe_is_a_quiet_exit(big_batch, extra):
    result = shell(f"{QA_SHELL} --batch {shlex.quote(str(big_batch))} {extra} | head -1")
    assert result.stderr == b""
    assert result.stdout.count(b"\n") == 1
    status = shell(
        f"{QA_SHELL} --batch {shlex.quote(str(big_batch))} {extra} | head -1 >/dev/null; echo ${{PIPESTATUS[0]}}"
    )
    assert status.stderr == b""
    assert int(status.stdout) in (0, 141)  # never a traceback's 1, never a signal


@pytest.mark.parametrize(
    "command",
    [
        "yes 'how much funding' | head -n 20000 | {qa} | head -c 10",
        "yes 'villages' | head -n 20000 | {qa} --batch - --json | head -n 2",
        "{qa} -q funding | true",
        "{qa} -q funding --json | head -c 1",
        "{qa} --help | head -n 1",
        "{qa} --version | true",
        "{qa} --kb /nonexistent.yaml -q x 2>/dev/null | true",
    ],
)
def test_closed_pipe_variants_are_quiet(command):
    result = shell(command.format(qa=QA_SHELL))
    assert result.stderr == b""
    assert b"Traceback" not in result.stdout


def test_closed_stdout_and_stdin_file_descriptors(big_batch):
    """`qa <&-`: a closed input reads as empty. `qa >&-`: an answer that cannot be written is an error, one line
    and exit status 2, as for a full disk (it was lost without a word, exit 0); with nothing to write, none."""
    for command in (f"{QA_SHELL} <&-", f"{QA_SHELL} <&- >&-", f"{QA_SHELL} --batch - <&-"):
        result = shell(command + "; echo status=$?")
        assert result.stderr == b"", command
        assert result.stdout.strip().startswith(b"status="), command
        assert int(result.stdout.strip().split(b"=")[1]) in (0, 1), command
    for command in (f"{QA_SHELL} -q funding >&-", f"{QA_SHELL} --batch {shlex.quote(str(big_batch))} >&-"):
        result = shell(f"{command}; echo status=$? >&2")
        assert result.stderr.splitlines() == [b"qa: error: cannot write to standard output: it is closed", b"status=2"]


# -- output that cannot be written, input that cannot be read ------------------------------------------------


def shell_status(command: str) -> subprocess.CompletedProcess:
    """Run a command (no pipeline) in bash from the checkout; its status is qa's."""
    return subprocess.run(["bash", "-c", command], capture_output=True, env=environment(), cwd=ROOT, timeout=60)


def assert_one_error_line(result: subprocess.CompletedProcess, says: bytes) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(b"qa: error: " + says), result.stderr
    assert result.stderr.count(b"\n") == 1 and b"Traceback" not in result.stderr


@pytest.mark.parametrize(
    "command",
    [
        "{qa} -q funding",
        "{qa} -q funding --json",
        "printf 'parks\\nvillages\\n' | {qa} --batch -",
        "{qa} --check",
        "{qa} --eval tests/data/eval.yaml",
        "{qa} --eval tests/data/eval.yaml --json",
        "{qa} --help",
        "{qa} --version",
    ],
)
def test_a_full_disk_is_one_error_line_and_exit_2(command):
    result = shell_status(command.format(qa=QA_SHELL) + " >/dev/full")
    assert_one_error_line(result, b"cannot write to standard output: No space left on device")


def test_a_stdout_open_only_for_reading_is_one_error_line_and_exit_2():
    result = shell_status(f"{QA_SHELL} -q funding 1</dev/null")
    assert_one_error_line(result, b"cannot write to standard output: Bad file descriptor")


def test_a_stdin_open_only_for_writing_is_one_error_line_and_exit_2():
    """(A folder as stdin never reaches qa: Python itself refuses to start.)"""
    result = shell_status(f"{QA_SHELL} --batch - 0>/dev/null")
    assert_one_error_line(result, b"standard input: cannot read file (Bad file descriptor)")


def test_an_error_with_stderr_on_a_full_disk_still_exits_2():
    result = shell_status(f"{QA_SHELL} --kb /nonexistent.yaml -q x 2>/dev/full")
    assert result.returncode == 2 and result.stdout == b""


# -- SIGINT ------------------------------------------------------------------------------------------------


def _interruptible() -> None:
    """In the child: Ctrl-C as a terminal sends it. A shell starts a background job (`.ci/run &`) with SIGINT
    ignored, and a child inherits that, so SIGINT would do nothing and the test would fail for its runner."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupt(process: subprocess.Popen) -> tuple[bytes, bytes]:
    process.send_signal(signal.SIGINT)
    try:
        return process.communicate(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()


def test_sigint_while_waiting_for_input():
    """A batch reading a pipe that stays open: Ctrl-C stops it with status 130 and no traceback."""
    process = subprocess.Popen(
        [*QA, "--batch", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment(),
        preexec_fn=_interruptible,
    )
    try:
        process.stdin.write(b"how much funding\n")
        process.stdin.flush()
        assert b"1.4 billion" in process.stdout.readline()  # loaded and inside the loop
        _, err = _interrupt(process)  # stdin still open: it is blocked reading
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err
    assert err == b""


def test_sigint_during_a_long_batch(big_batch):
    process = subprocess.Popen(
        [*QA, "--batch", str(big_batch), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment(),
        preexec_fn=_interruptible,
    )
    try:
        assert process.stdout.readline().startswith(b"{")
        time.sleep(0.2)  # well inside the 60 000 lines
        assert process.poll() is None, "the batch ended before it could be interrupted"
        out, err = _interrupt(process)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130
    assert err == b""
    assert out.count(b"\n") < 60_000


# -- terminals: dumb, none, and encodings ------------------------------------------------------------------


def test_no_terminal_at_all():
    """stdin from /dev/null, stdout and stderr pipes: an empty batch, nothing printed, status 0."""
    for args in ((), ("--json",)):
        result = run_qa(*args, stdin=subprocess.DEVNULL, env=environment(TERM=None))
        assert result.returncode == 0
        assert result.stdout == b"" and result.stderr == b""
    result = run_qa("-q", QUESTION, stdin=subprocess.DEVNULL, env=environment(TERM=None, NO_COLOR=None))
    assert result.returncode == 0 and b"\x1b" not in result.stdout


@pytest.mark.parametrize("term", ["dumb", None])
def test_term_dumb_without_a_terminal(term):
    result = run_qa("-q", QUESTION, env=environment(TERM=term, NO_COLOR=None))
    assert result.returncode == 0
    assert b"\x1b" not in result.stdout and result.stderr == b""


def _spawn(args: list[str], env: dict):
    pexpect = pytest.importorskip("pexpect")
    return pexpect, pexpect.spawn(QA[0], [*QA[1:], *args], env=env, timeout=TIMEOUT)


def test_term_dumb_on_a_terminal_has_no_colour():
    _, child = _spawn(["-q", QUESTION], environment(TERM="dumb", NO_COLOR=None))
    output = child.read()
    child.close()
    assert child.exitstatus == 0
    assert b"1.4 billion" in output and b"\x1b" not in output
    _, child = _spawn(["-q", QUESTION], environment(TERM="xterm-256color", NO_COLOR="1"))
    output = child.read()
    child.close()
    assert child.exitstatus == 0 and b"\x1b" not in output


def test_chat_with_term_dumb_and_no_home(tmp_path):
    """The chat itself on a dumb terminal with nowhere to keep history: it answers and quits cleanly."""
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")
    pexpect, child = _spawn([], environment(TERM="dumb", HOME=None, XDG_DATA_HOME=str(not_a_folder)))
    try:
        child.expect("qa>")
        child.sendline("how much funding")
        child.expect("1.4 billion")
        child.expect("qa>")
        child.sendline("/quit")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
    assert not_a_folder.read_text() == ""


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "utf-8"])
def test_output_that_the_locale_cannot_encode(encoding):
    """Non-ASCII answers and echoed questions on a narrower stdout: replaced, never a traceback."""
    env = environment(PYTHONIOENCODING=encoding)
    question = os.fsdecode("河池 funding 😀 \xff".encode() + b"\xff")
    for args in (("-q", question), ("-q", question, "--json")):
        result = run_qa(*args, env=env)
        assert result.returncode in (0, 1), result.stderr
        assert result.stderr == b""
    result = run_qa("--batch", "-", "--json", stdin="河池 funding 😀\n\u2028x\n".encode() + b"\xff\n", env=env)
    assert result.returncode == 0 and result.stderr == b""
    assert result.stdout.count(b"\n") == 3


def test_unreadable_knowledge_base_and_batch_file(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads everything")
    secret = tmp_path / "secret.yaml"
    secret.write_text("title: x\n")
    secret.chmod(0)
    for args in (("--kb", str(secret), "-q", "x"), ("--batch", str(secret))):
        result = run_qa(*args)
        assert result.returncode == 2
        assert result.stderr.startswith(b"qa: error: ") and result.stderr.count(b"\n") == 1


def test_sigterm_in_the_chat_gives_the_terminal_back():
    """`kill` (or a closing session manager) while the chat waits: prompt_toolkit must undo its terminal modes
    (bracketed paste, hidden cursor) on the way out, or the shell is left typing blind."""
    _, child = _spawn([], environment(TERM="xterm-256color", NO_COLOR=None, HOME="/nonexistent"))
    try:
        child.expect("qa>")
        child.send("how many par")
        child.expect("par")
        time.sleep(0.3)
        child.kill(signal.SIGTERM)
        output = child.read()
    finally:
        child.close(force=True)
    assert child.exitstatus == 128 + signal.SIGTERM
    assert output.endswith(b"\x1b[?2004l")  # bracketed paste turned off again, the last thing written
