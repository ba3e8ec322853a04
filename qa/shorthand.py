"""How people type: text-speak and everyday short forms read as the words they stand for ("ppl", "wat", "btwn").

Built in and applied to every question before it is read; a knowledge base's own short forms (its names: "sz"
for Shenzhen) belong in its `synonyms` table, where an author sees and checks them. Only forms that are not
English words of their own are here ("us" is a word; "u" is not), so a real word is never rewritten.
"""

from __future__ import annotations

from collections.abc import Callable

SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "u": ("you",),
    "ur": ("your",),
    "r": ("are",),
    "n": ("and",),
    "b4": ("before",),
    "ppl": ("people",),
    "ppls": ("people",),
    "dis": ("this",),
    "dat": ("that",),
    "da": ("the",),
    "wen": ("when",),
    "wat": ("what",),
    "wht": ("what",),
    "wut": ("what",),
    "whn": ("when",),
    "whr": ("where",),
    "hw": ("how",),
    "y": ("why",),
    "btwn": ("between",),
    "betw": ("between",),
    "w": ("with",),
    "wrt": ("about",),
    "abt": ("about",),
    "yr": ("year",),
    "yrs": ("years",),
    "yo": (),  # a greeting
    "govt": ("government",),
    "gov": ("government",),
    "dept": ("department",),
    "depts": ("departments",),
    "devs": ("developers",),
    "hr": ("hour",),
    "hrs": ("hours",),
    "mins": ("minutes",),
    "tix": ("tickets",),
    "mgmt": ("management",),
    "intl": ("international",),
    "feb": ("february",),
    "apr": ("april",),
    "jul": ("july",),
    "aug": ("august",),
    "sep": ("september",),
    "sept": ("september",),
    "oct": ("october",),
    "nov": ("november",),
    "dec": ("december",),
    "approx": ("approximately",),
    "amt": ("amount",),
    "num": ("number",),
    "nr": ("number",),
    "cos": ("because",),
    "cuz": ("because",),
    "coz": ("because",),
    "bc": ("because",),
    "tho": ("though",),
    "thru": ("through",),
    "pls": ("please",),
    "plz": ("please",),
    "info": ("information",),
    "mln": ("million",),
    "mil": ("million",),
    "bil": ("billion",),
    "bn": ("billion",),
    "bln": ("billion",),
    "hv": ("have",),
    "hav": ("have",),
    "wks": ("weeks",),
    "wk": ("week",),
    "mths": ("months",),
    "org": ("organisation",),
    "orgs": ("organisations",),
    "biz": ("business",),
    "avg": ("average",),
    "max": ("maximum",),
    "any1": ("anyone",),
    "some1": ("someone",),
    "every1": ("everyone",),
    "no1": ("no", "one"),
    "tot": ("total",),
    "pct": ("percent",),
    "%": ("percent",),
    "#": ("number",),  # "# of trainings"
}


ORDINALS = dict(
    enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1)  # noqa: SIM905
)
_ORDINAL_ENDINGS = frozenset(("st", "nd", "rd", "th"))
_SPECIAL = frozenset(("k", "m", "b", "2")) | _ORDINAL_ENDINGS
# "2gether", "2day": the tokeniser splits the digit from the rest
_JOINED = {"gether": "together", "day": "today", "morrow": "tomorrow", "moro": "tomorrow", "nite": "tonight"}


def expand(text_words: list[str], is_name: Callable[[str], bool] | None = None) -> list[str]:
    """The words with each short form written out, "30k" as 30000 (as "30,000" is read), and "1st" to "10th" as
    the words (the tokeniser splits "2nd" into 2 and nd, which is no number a question asks about). A short form
    that `is_name` says the knowledge base's answers use as a name ("Max" Turner) stays as it is."""
    if SHORT_FORMS.keys().isdisjoint(text_words) and _SPECIAL.isdisjoint(text_words):
        return text_words  # most questions: two set tests in C
    out: list[str] = []
    for word in text_words:
        if word == "k" and out and _is_number(out[-1]):
            thousands = _thousands(out[-1])  # "30k ppl": 30,000 people
            if thousands is not None:
                out[-1] = thousands
                continue
        if word in ("m", "b") and out and _is_number(out[-1]):
            out.append("million" if word == "m" else "billion")  # "the 19.5m charge", "1.4b yuan"
            continue
        if out and out[-1] == "2" and word in _JOINED and (len(out) < 2 or not _is_number(out[-2])):
            out[-1] = _JOINED[word]  # "work on it 2gether"
            continue
        if word in _ORDINAL_ENDINGS and out and out[-1].isdecimal() and int(out[-1]) in ORDINALS:
            out[-1] = ORDINALS[int(out[-1])]  # "2nd section": the second section
            continue
        written_out = SHORT_FORMS.get(word)
        out.extend((word,) if written_out is None or (is_name is not None and is_name(word)) else written_out)
    if ("2" in out or "4" in out) and not SHORT_FORMS.keys().isdisjoint(text_words):  # "give jobs 2 hc ppl"
        out = [
            _AS_WORD[word] if word in _AS_WORD and at > 0 and _words_around(out, at) else word
            for at, word in enumerate(out)
        ]
    return out


_AS_WORD = {"2": "to", "4": "for"}  # in text-speak: "give jobs 2 hc ppl", "wat does gba stand 4"


def _words_around(said: list[str], at: int) -> bool:
    """Is the "2" or "4" at `at` between two words, the next no plural that it could count ("2 hc ppl", not "2
    parks")? A "4" may end the line ("what does gba stand 4"); "r there 2" asks of two."""
    if at + 1 == len(said):
        return said[at] == "4" and said[at - 1].isalpha()
    before, after = said[at - 1], said[at + 1]
    return before.isalpha() and after.isalpha() and not after.endswith("s")


def _thousands(number: str) -> str | None:
    """ "30" of "30k" as 30000, exactly ("1.5k" is 1500); None where that is no whole number ("0.8172k" is no
    count of 817, and is left as written)."""
    from decimal import Decimal

    value = Decimal(number) * 1000
    return format(value, "f").split(".")[0] if value == value.to_integral_value() else None


def _is_number(word: str) -> bool:
    # decimal digits only: "⓶" and "²" are digits to str.isdigit, but no number Decimal or int can read
    return word.replace(".", "", 1).isdecimal()
