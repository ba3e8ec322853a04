"""Deed: "who designed the Weavers' Wing?" of a fact about the wing that never says who designed, made or built it.

A question asking who made a thing names the deed it asks about; a fact that names the thing and a person
(its director, its namesake) but not that deed does not say who did it. Only deeds of making count (design,
build, make, found, invent, create, manufacture, construct): a news fact names who did them where it knows.
An entry answers when its texts say the deed or its doer ("built", "the builder", "designed by").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import agent_form
from .base import Judge, Rule, RuleId
from .kind import Ask

if TYPE_CHECKING:
    from ..index import Index
    from ..question import Query

# the deeds of making and paying, as typed (not "found": as often "we found"; not "wrote": the article's writer is
# its editor)
DEEDS = frozenset(
    """design designs designed designing build builds built make makes made founded invent
    invents invented create creates created manufacture manufactures manufactured construct constructs
    constructed""".split()  # noqa: SIM905
) | frozenset(  # … and of paying for it: "who paid for the parks?" of a fact that never says who paid
    """pay pays paid paying fund funds funded funding finance finances financed financing sponsor sponsors
    sponsored""".split()  # noqa: SIM905
)
_ASKS_WHO = frozenset((Ask.WHO,))
_BASE = {"made": "make"}  # ("made" is left out of the stemmer's irregular verbs: it cost answers there)


def judge(query: Query, index: Index) -> Judge | None:
    if _ASKS_WHO.isdisjoint(query.asks):
        return None
    deeds = [item for item in query.tokens if item.typed in DEEDS]
    if not deeds:
        return None
    stem, known = index.analyzer.stem, index.known_stems
    # each deed asked, with the forms that say it: "who paid for the parks Shenzhen helped build?" asks who paid,
    # which "build" does not say
    deed_forms: dict[str, set[str]] = {}
    for item in deeds:
        base = stem(_BASE.get(item.typed, item.typed))
        forms = deed_forms.setdefault(item.typed, {base})
        if item.token is not None:
            forms.add(item.token)
        doer = agent_form(base, known)
        if doer is not None:
            forms.add(doer)
    entry_tokens = index.entry_tokens

    def unsaid(position: int) -> frozenset[str] | None:
        bag = entry_tokens[position]
        missing = frozenset(deed for deed, forms in deed_forms.items() if not any(form in bag for form in forms))
        return missing or None

    return unsaid


def describe(words: tuple[str, ...]) -> str:
    return "never says who " + " or ".join(f"“{word}”" for word in words)


RULE = Rule(RuleId.DEED, 0.7, judge, describe)
