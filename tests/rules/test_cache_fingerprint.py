"""The cache's code fingerprint covers every rule module, so an edited word list never serves a stale cache."""

from pathlib import Path

from qa import cache


def test_every_rule_module_is_in_the_cache_fingerprint():
    rules = Path(cache.__file__).parent / "rules"
    modules = {f"rules/{path.name}" for path in rules.glob("*.py")}
    assert modules <= set(cache._CODE)
