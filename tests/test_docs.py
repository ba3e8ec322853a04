"""The user documentation keeps up with the code: every option of `qa` is in docs/cli.md, every public name in
docs/python-api.md, the README stays short and links to every page of docs/, and no link points nowhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import qa
from qa.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
README = ROOT / "README.md"
PAGES = ("cli.md", "python-api.md", "knowledge-base.md", "how-it-works.md", "accuracy.md")
MAX_README_LINES = 150
_LINK = re.compile(r"\]\(([^)\s]+)\)")


def long_options() -> list[str]:
    return sorted(
        {option for action in build_parser()._actions for option in action.option_strings if option[:2] == "--"}
    )


def anchors(page: Path) -> set[str]:
    """The anchors GitHub makes for a page's headings: lower case, punctuation dropped, spaces as hyphens."""
    found = set()
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            heading = line.lstrip("#").strip().lower()
            found.add(re.sub(r"[^\w\- ]", "", heading).replace(" ", "-"))
    return found


def test_the_pages_exist():
    assert sorted(path.name for path in DOCS.glob("*.md")) == sorted(PAGES)


@pytest.mark.parametrize("option", long_options())
def test_every_long_option_is_documented_in_cli_md(option):
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text), f"{option} is not in docs/cli.md"


def test_the_options_checked_include_every_mode():
    assert {"--batch", "--check", "--eval", "--question", "--kb", "--json", "--threshold"} <= set(long_options())


@pytest.mark.parametrize("name", sorted(qa.__all__))
def test_every_public_name_is_documented_in_python_api_md(name):
    text = (DOCS / "python-api.md").read_text(encoding="utf-8")
    assert re.search(rf"`(?:qa\.)?{re.escape(name)}[`(]", text), f"qa.{name} is not in docs/python-api.md"


def _tuning_fields() -> list[str]:
    import inspect

    return [name for name in inspect.signature(qa.Tuning.__init__).parameters if name != "self"]


@pytest.mark.parametrize("field", _tuning_fields())
def test_every_tuning_number_is_documented_in_python_api_md(field):
    text = (DOCS / "python-api.md").read_text(encoding="utf-8")
    assert f"`{field}`" in text, f"Tuning.{field} is not in docs/python-api.md"


def test_every_rule_weight_is_documented_in_python_api_md():
    from qa.rules import RULES

    text = (DOCS / "python-api.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"{rule.id.value} {rule.default_weight}" in text, rule.id


def test_readme_is_short():
    lines = README.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= MAX_README_LINES, f"README.md has {len(lines)} lines; keep it to {MAX_README_LINES}"


@pytest.mark.parametrize("page", PAGES)
def test_readme_links_to_each_page(page):
    assert f"](docs/{page})" in README.read_text(encoding="utf-8"), f"README.md does not link to docs/{page}"


def test_readme_test_command_is_the_one_ci_runs():
    ci = ROOT / ".ci" / "run"
    if not ci.exists():
        pytest.skip("no .ci/run here (an unpacked source distribution)")
    lines = ci.read_text(encoding="utf-8").splitlines()
    command = lines[lines.index(next(line for line in lines if "README test command" in line)) + 1]
    assert f"\n{command}\n" in README.read_text(encoding="utf-8")


@pytest.mark.parametrize("page", ["README.md", "CHANGELOG.md", *(f"docs/{name}" for name in PAGES)])
def test_relative_links_lead_somewhere(page):
    source = ROOT / page
    for target in _LINK.findall(source.read_text(encoding="utf-8")):
        if re.match(r"[a-z]+:", target):
            continue  # a web address
        path, _, anchor = target.partition("#")
        linked = (source.parent / path).resolve() if path else source
        assert linked.exists(), f"{page}: {target} leads to no file"
        if anchor and linked.suffix == ".md":
            assert anchor in anchors(linked), f"{page}: {target} leads to no heading"


def _console_examples(page: Path) -> list[tuple[list[str], list[str]]]:
    """The `$ qa -q "…"` examples of a page's console blocks with no other option: (arguments, lines shown)."""
    examples = []
    for block in re.findall(r"```console\n(.*?)```", page.read_text(encoding="utf-8"), re.DOTALL):
        for command in re.split(r"^(?=\$ )", block, flags=re.MULTILINE):
            found = re.match(r'\$ qa -q "([^"]+)"\n', command)
            if found:
                examples.append((["-q", found[1]], command[found.end() :].splitlines()))
    return examples


@pytest.mark.parametrize(
    ("arguments", "shown"), [example for page in (README, DOCS / "cli.md") for example in _console_examples(page)]
)
def test_each_one_question_example_prints_what_the_docs_show(arguments, shown, capsys, monkeypatch):
    from qa.cli import main

    monkeypatch.delenv("COLUMNS", raising=False)
    main(arguments)
    assert capsys.readouterr().out.splitlines() == shown


def _eval_examples(page: Path) -> list[tuple[str, list[str]]]:
    """The `$ qa --eval FILE` examples of a page: (file, the lines shown, less the "…" that stand for others)."""
    examples = []
    for block in re.findall(r"```console\n(.*?)```", page.read_text(encoding="utf-8"), re.DOTALL):
        found = re.match(r"\$ qa --eval (\S+)\n", block)
        if found:
            shown = [line for line in block[found.end() :].splitlines() if "…" not in line]
            examples.append((found[1], shown))
    return examples


@pytest.mark.parametrize(("labelled", "shown"), _eval_examples(DOCS / "knowledge-base.md"))
def test_each_eval_example_prints_what_the_docs_show(labelled, shown, capsys, monkeypatch):
    """The figures an author compares their own run with are today's, not an older matcher's."""
    from qa.cli import main

    monkeypatch.chdir(ROOT)
    main(["--eval", labelled])
    printed = capsys.readouterr().out.splitlines()
    assert [line for line in shown if line not in printed] == []


def test_the_complete_example_knowledge_base_passes_check_strict(tmp_path, capsys):
    """The example an author copies first, with the source text the page gives next to it, is clean."""
    from qa.cli import main

    page = (DOCS / "knowledge-base.md").read_text(encoding="utf-8")
    example = re.search(r"A complete example:\n\n```yaml\n(.*?)```", page, re.DOTALL)
    guide = re.search(r"the source text `guide.txt`.*?```text\n(.*?)```", page, re.DOTALL)
    assert example and guide
    (tmp_path / "library.yaml").write_text(example[1], encoding="utf-8")
    (tmp_path / "guide.txt").write_text(guide[1], encoding="utf-8")
    assert main(["--kb", str(tmp_path / "library.yaml"), "--check", "--strict"]) == 0, capsys.readouterr()


def test_every_word_qa_ignores_is_listed_for_authors():
    """Authors writing from the docs alone could not see which words qa ignores ("co", "all", "over"): the list
    in docs/knowledge-base.md is the code's own."""
    from qa.text import STOPWORDS

    page = (DOCS / "knowledge-base.md").read_text(encoding="utf-8")
    listed = page.split("These are all of them", 1)[1].split("```text", 1)[1].split("```", 1)[0].split()
    assert sorted(listed) == sorted(STOPWORDS)
