"""Deterministic generator of synthetic knowledge bases and labelled typo queries for the benchmarks.

    python benchmarks/generate.py 1000 10000 100000      # writes benchmarks/generated/kb-N.yaml, queries-N.yaml

Each entry is one fact ("Lianzhou registered 347 organic cooperatives in Baise in 2019") asked five ways:
full questions from templates ("How many X did Y Z in W?") and terse keyword forms. Words are drawn
Zipf-like from an embedded vocabulary (topic nouns, qualifiers, verbs, generated place names: ~3 000
words), so common words are shared by thousands of entries and rare ones tell entries apart; no phrasing
is used by two entries (a curated knowledge base has none: `qa --check` flags them). Queries take
a random entry's phrasing, drop one word and put a typo (swap, drop or double a letter) in a word of five
letters or more; they are labelled with the entry id, in the {q, expect} format of tests/data/eval.yaml.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

GENERATED = Path(__file__).resolve().parent / "generated"
GENERATOR_VERSION = 3  # bump when the output changes, so run.py regenerates stale files
DEFAULT_SEED = 20230718
PHRASINGS = 5
QUERIES = 300


def _words(text: str) -> list[str]:
    """A whitespace-separated word list (easier to read and edit than a list literal)."""
    return text.split()


NOUNS = _words("""
products companies villages cooperatives orchards farms schools clinics hospitals factories workshops
households residents workers students teachers doctors nurses farmers herders fishermen artisans tourists
visitors volunteers investors entrepreneurs graduates migrants families townships counties districts roads
bridges tunnels railways highways reservoirs wells canals dams pipelines substations turbines panels stations
warehouses markets stores shops malls restaurants hotels homestays guesthouses museums libraries theaters
stadiums gyms parks gardens forests wetlands grasslands terraces fields greenhouses nurseries hatcheries
pastures vineyards plantations mines quarries kilns mills breweries distilleries bakeries dairies tanneries
looms hives ponds cages barns silos tractors trucks buses ferries drones vehicles machines robots sensors
cameras computers phones tablets servers platforms websites apps livestreams broadcasts newspapers magazines
books textbooks courses lessons seminars lectures exhibitions festivals fairs contests competitions awards
grants loans subsidies scholarships bonds funds donations investments contracts agreements partnerships
projects programs initiatives campaigns policies regulations standards certificates patents trademarks
brands labels licenses permits inspections audits surveys studies reports statistics indicators targets
jobs positions vacancies internships apprenticeships trainees apprentices interns mentors coaches experts
engineers technicians scientists researchers officials cadres leaders managers directors inspectors
tea rice corn wheat soybeans peanuts potatoes yams cassava sugarcane bamboo timber silk cotton hemp wool
honey mushrooms chestnuts walnuts oranges pomelos mangoes lychees longans bananas grapes plums peaches
pears apples melons kiwis persimmons berries herbs spices peppers ginger garlic onions cabbages noodles
tofu pork beef mutton chicken ducks geese eggs milk cheese fish shrimp crabs oysters snails silkworms
cocoons pigs cattle goats sheep horses buffaloes rabbits bees seedlings saplings seeds fertilizers
pesticides tools garments shoes bags toys furniture ceramics pottery paintings carvings embroidery
batik lanterns umbrellas baskets mats fans kites drums instruments songs dances operas films documentaries
""")

QUALIFIERS = _words("""
organic rural urban local regional national international certified registered licensed accredited
approved qualified skilled unskilled young elderly female male disabled impoverished poor needy
small large medium new old modern traditional ethnic cultural historic scenic mountain coastal river
lakeside border remote inland export import domestic foreign private public state collective cooperative
green clean renewable solar wind hydro digital online offline mobile smart automated mechanized
industrial agricultural commercial financial medical educational vocational technical scientific
premium affordable subsidized insured vaccinated relocated resettled returning seasonal permanent
temporary annual quarterly monthly weekly daily major minor key pilot model demonstration flagship
leading emerging specialty signature branded packaged processed frozen dried fresh raw refined
""")

VERBS = [  # (base, past participle)
    ("build", "built"), ("open", "opened"), ("register", "registered"), ("certify", "certified"),
    ("export", "exported"), ("import", "imported"), ("train", "trained"), ("hire", "hired"),
    ("employ", "employed"), ("fund", "funded"), ("finance", "financed"), ("support", "supported"),
    ("launch", "launched"), ("plant", "planted"), ("harvest", "harvested"), ("produce", "produced"),
    ("sell", "sold"), ("buy", "bought"), ("ship", "shipped"), ("deliver", "delivered"),
    ("relocate", "relocated"), ("renovate", "renovated"), ("upgrade", "upgraded"), ("repair", "repaired"),
    ("inspect", "inspected"), ("approve", "approved"), ("license", "licensed"), ("subsidize", "subsidized"),
    ("insure", "insured"), ("vaccinate", "vaccinated"), ("connect", "connected"), ("electrify", "electrified"),
    ("pave", "paved"), ("restore", "restored"), ("protect", "protected"), ("promote", "promoted"),
    ("host", "hosted"), ("organize", "organized"), ("attract", "attracted"), ("recruit", "recruited"),
    ("graduate", "graduated"), ("enroll", "enrolled"), ("assist", "assisted"), ("equip", "equipped"),
    ("digitize", "digitized"), ("brand", "branded"), ("process", "processed"), ("package", "packaged"),
    ("market", "marketed"), ("showcase", "showcased"), ("donate", "donated"), ("lend", "lent"),
    ("invest", "invested"), ("sign", "signed"), ("complete", "completed"), ("establish", "established"),
    ("expand", "expanded"), ("modernize", "modernized"), ("irrigate", "irrigated"), ("reforest", "reforested"),
    ("survey", "surveyed"), ("monitor", "monitored"), ("award", "awarded"), ("rank", "ranked"),
]  # fmt: skip

SYLLABLES = _words("""
bai bao bei bin bo cang chang chao chen cheng chong chun dai dan de deng di ding dong du duan fan fang
feng fu gan gang gao ge gong gu guan gui guo hai han hao he heng hong hou hu hua huai huang hui ji jia
jian jiang jiao jie jin jing jiu ju kai kang kun lai lan lang le lei li lian liang lin ling liu long lou
lu luo ma man mao mei meng mi min ming mu nan ning pan peng ping pu qi qian qiao qin qing qiu qu quan
rong ru rui sha shan shang shao shen sheng shi shou shu shui si song su sui tai tan tang tao teng tian
ting tong wan wang wei wen wu xi xia xian xiang xiao xin xing xiu xu xuan ya yan yang yao ye yi yin ying
yong you yu yuan yue yun zhang zhao zhen zheng zhi zhong zhou zhu zi zong
""")

ORGS = _words("""
association bureau chamber commission committee council department federation foundation institute
ministry office union agency alliance authority board center centre college university academy
group corporation cooperative network consortium society league fund bank hospital
""")

FULL_TEMPLATES = (
    "How many {adj} {noun} did {a} {verb} in {b} in {year}?",
    "How many {noun} were {done} by {a} in {b}?",
    "What number of {adj} {noun} has {a} {done} since {year}?",
    "In {year}, how many {adj} {noun} in {b} were {done}?",
    "Which {org} {done} the {adj} {noun} in {a}?",
    "When did {a} {verb} {adj} {noun} for {b}?",
    "Who {done} {noun} in {b} with {a}'s {org}?",
    "How did {a} {verb} the {noun} of {b}?",
    "Why were {adj} {noun} {done} in {b} in {year}?",
    "Did {a} {verb} any {adj} {noun} in {b}?",
    "What share of {b}'s {noun} did the {a} {org} {verb}?",
    "Where did the {org} of {a} {verb} {adj} {noun}?",
)
TERSE_TEMPLATES = (
    "{a} {adj} {noun} {done} {year}",
    "{noun} {done} in {b}",
    "{adj} {noun} {a} {b}",
    "number of {noun} {a} {org}",
    "{a} {noun} {year}",
)
ANSWER = "{a} {done} {number} {adj} {noun} in {b} in {year}."
EVIDENCE = "{a}'s {org} lists {number} {noun} in {b} for {year}."


def _zipf_cumulative(count: int, exponent: float) -> list[float]:
    """Cumulative Zipf weights for ranks 1..count."""
    return list(itertools.accumulate(1.0 / rank**exponent for rank in range(1, count + 1)))


@dataclass(frozen=True)
class Vocabulary:
    """Word lists, each shuffled (so rank is arbitrary) and drawn Zipf-like."""

    nouns: list[str]
    qualifiers: list[str]
    verbs: list[tuple[str, str]]
    places: list[str]
    orgs: list[str]

    @classmethod
    def build(cls, rng: random.Random, places: int = 2_000) -> Vocabulary:
        """Shuffle the embedded lists and make `places` distinct two-syllable place names."""
        names = sorted({(a + b).capitalize() for a in SYLLABLES for b in SYLLABLES if a != b and len(a + b) <= 8})
        rng.shuffle(names)
        lists = [list(NOUNS), list(QUALIFIERS), list(VERBS), list(ORGS)]
        for words in lists:
            rng.shuffle(words)
        return cls(lists[0], lists[1], lists[2], names[:places], lists[3])

    def size(self) -> int:
        """Distinct words (verb forms counted separately)."""
        verbs = {form for pair in self.verbs for form in pair}
        return len(set(self.nouns) | set(self.qualifiers) | verbs | set(self.places) | set(self.orgs))


class ZipfPicker:
    """Draw from a list with probability ~ 1 / rank**exponent."""

    def __init__(self, items: Sequence, exponent: float):
        self.items = items
        self.cumulative = _zipf_cumulative(len(items), exponent)

    def __call__(self, rng: random.Random):
        point = rng.random() * self.cumulative[-1]
        return self.items[bisect.bisect_right(self.cumulative, point)]


@dataclass(frozen=True)
class Fact:
    """The slots one entry is made of."""

    a: str
    b: str
    adj: str
    noun: str
    verb: str
    done: str  # past tense / participle
    org: str
    year: int
    number: int

    def fill(self, template: str) -> str:
        return template.format(**self.__dict__)


def make_fact(rng: random.Random, pick: dict[str, ZipfPicker]) -> Fact:
    """One random fact; places and nouns are Zipf-drawn so some are everywhere and most are rare."""
    a = pick["places"](rng)
    b = pick["places"](rng)
    while b == a:
        b = pick["places"](rng)
    verb, participle = pick["verbs"](rng)
    return Fact(
        a=a,
        b=b,
        adj=pick["qualifiers"](rng),
        noun=pick["nouns"](rng),
        verb=verb,
        done=participle,
        org=pick["orgs"](rng),
        year=rng.randint(1990, 2024),
        number=min(int(rng.paretovariate(1.2) * 10), 999_999),
    )


def _fresh(templates: Sequence[str], fact: Fact, want: int, used: set[str], rng: random.Random) -> list[str]:
    """Up to `want` phrasings from the templates, in random order, skipping any the knowledge base already has."""
    found: list[str] = []
    for template in rng.sample(templates, len(templates)):
        text = fact.fill(template)
        if text.casefold() not in used:
            found.append(text)
            if len(found) == want:
                break
    return found


def phrasings(fact: Fact, rng: random.Random, used: set[str]) -> list[str] | None:
    """Five phrasings new to the knowledge base: three or four full questions, one or two terse forms.

    A curated knowledge base never gives two entries the same phrasing (`qa --check` flags it), so
    phrasings already used are skipped; None when too few are left (the caller draws another fact).
    """
    terse = 1 + (rng.random() < 0.6)
    full = _fresh(FULL_TEMPLATES, fact, PHRASINGS - terse, used, rng)
    chosen = full + _fresh(TERSE_TEMPLATES, fact, terse, used, rng)
    if len(chosen) < PHRASINGS:
        return None
    used.update(text.casefold() for text in chosen)
    return chosen


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def make_id(fact: Fact, number: int) -> str:
    """A readable kebab-case id, made unique by the entry's number (base 36)."""
    suffix = ""
    while True:
        number, digit = divmod(number, 36)
        suffix = "0123456789abcdefghijklmnopqrstuvwxyz"[digit] + suffix
        if not number:
            break
    return f"{_slug(fact.a)}-{_slug(fact.noun)}-{suffix}"


_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 ,.?'-]*")
_YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


def scalar(text: str) -> str:
    """A YAML scalar for the text: plain when that is unambiguous, JSON-quoted (valid YAML) otherwise."""
    plain = _PLAIN.fullmatch(text) and text.lower() not in _YAML_WORDS and not text.endswith(" ")
    return text if plain and ": " not in text and " #" not in text else json.dumps(text, ensure_ascii=False)


def entry_yaml(entry_id: str, fact: Fact, questions: list[str], related: str | None) -> str:
    """One entry in compact block style (sequences at the key's indentation)."""
    lines = [f"- id: {entry_id}", "  questions:"]
    lines += [f"  - {scalar(question)}" for question in questions]
    lines.append(f"  answer: {scalar(fact.fill(ANSWER))}")
    lines.append(f"  evidence: {scalar(fact.fill(EVIDENCE))}")
    lines.append(f"  tags: [{_slug(fact.noun)}]")
    if related:
        lines.append(f"  related: [{related}]")
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class GeneratedEntry:
    """What the query generator needs of an entry."""

    id: str
    questions: list[str]


def generate_entries(count: int, seed: int) -> Iterator[tuple[GeneratedEntry, str]]:
    """(entry, its YAML text) for `count` entries; the same seed always gives the same entries."""
    rng = random.Random(seed)
    vocabulary = Vocabulary.build(rng)
    pick = {
        "nouns": ZipfPicker(vocabulary.nouns, 1.0),
        "qualifiers": ZipfPicker(vocabulary.qualifiers, 0.9),
        "verbs": ZipfPicker(vocabulary.verbs, 0.8),
        "places": ZipfPicker(vocabulary.places, 1.05),
        "orgs": ZipfPicker(vocabulary.orgs, 0.8),
    }
    previous: list[str] = []
    used: set[str] = set()
    for number in range(count):
        questions = None
        while questions is None:
            fact = make_fact(rng, pick)
            questions = phrasings(fact, rng, used)
        entry_id = make_id(fact, number)
        related = rng.choice(previous) if previous and rng.random() < 0.2 else None
        previous.append(entry_id)
        yield GeneratedEntry(entry_id, questions), entry_yaml(entry_id, fact, questions, related)


HEADER = """\
# Synthetic knowledge base for qa's benchmarks: {count} entries, seed {seed}, generator v{version}.
# Made by benchmarks/generate.py; facts are random, not true.
version: 1
title: Synthetic benchmark knowledge base ({count} entries)
source:
  title: benchmarks/generate.py
  publisher: qa benchmarks
synonyms:
  company: [firm, enterprise, business]
  product: [goods, item]
  village: [hamlet]
  fund: [funding, finance]
  project: [programme, program, initiative]
entries:
"""


# -- typo queries ----------------------------------------------------------------------------------
_WORD = re.compile(r"^(\W*)([A-Za-z]+)(\W*)$")


def typo(word: str, rng: random.Random) -> str:
    """Swap two neighbouring letters, drop one, or double one (the result always differs)."""
    while True:
        kind = rng.choice(("swap", "drop", "double"))
        i = rng.randrange(1, len(word) - 1)  # keep the first letter: people rarely get it wrong
        if kind == "swap":
            changed = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif kind == "drop":
            changed = word[:i] + word[i + 1 :]
        else:
            changed = word[: i + 1] + word[i] + word[i + 1 :]
        if changed != word:
            return changed


def add_typo(text: str, rng: random.Random) -> str | None:
    """The text with a typo in one word of five letters or more, punctuation kept (None if it has none)."""
    words = text.split()
    long_words = [i for i, w in enumerate(words) if (m := _WORD.match(w)) and len(m.group(2)) >= 5]
    if not long_words:
        return None
    i = rng.choice(long_words)
    before, core, after = _WORD.match(words[i]).groups()
    words[i] = before + typo(core, rng) + after
    return " ".join(words)


def noisy(phrasing: str, rng: random.Random) -> str | None:
    """The phrasing with one word dropped and a typo in another word of 5+ letters (None if impossible)."""
    words = phrasing.split()
    if len(words) < 3:
        return None
    del words[rng.randrange(len(words))]
    return add_typo(" ".join(words), rng)


def make_queries(entries: Sequence[GeneratedEntry], count: int, seed: int) -> list[dict[str, str]]:
    """`count` labelled noisy queries from random entries' phrasings."""
    rng = random.Random(seed + 1)
    queries: list[dict[str, str]] = []
    while len(queries) < count:
        entry = rng.choice(entries)
        query = noisy(rng.choice(entry.questions), rng)
        if query is not None:
            queries.append({"q": query, "expect": entry.id})
    return queries


def queries_yaml(queries: list[dict[str, str]], header: str) -> str:
    """The queries in tests/data/eval.yaml's format."""
    lines = [header] + [f"- {{q: {json.dumps(q['q'])}, expect: {q['expect']}}}" for q in queries]
    return "\n".join(lines) + "\n"


# -- files -----------------------------------------------------------------------------------------
def paths(count: int, directory: Path = GENERATED) -> tuple[Path, Path]:
    """(knowledge base, queries) file paths for a size."""
    return directory / f"kb-{count}.yaml", directory / f"queries-{count}.yaml"


def _header_line(count: int, seed: int) -> str:
    return HEADER.format(count=count, seed=seed, version=GENERATOR_VERSION).splitlines()[0]


def is_current(count: int, seed: int = DEFAULT_SEED, directory: Path = GENERATED) -> bool:
    """Whether both files exist and were made by this generator version with this seed."""
    kb_path, query_path = paths(count, directory)
    if not (kb_path.is_file() and query_path.is_file()):
        return False
    with kb_path.open(encoding="utf-8") as handle:
        return handle.readline().rstrip("\n") == _header_line(count, seed)


def write(count: int, seed: int = DEFAULT_SEED, queries: int = QUERIES, directory: Path = GENERATED) -> Path:
    """Write kb-N.yaml and queries-N.yaml; returns the knowledge base path."""
    directory.mkdir(parents=True, exist_ok=True)
    kb_path, query_path = paths(count, directory)
    entries: list[GeneratedEntry] = []
    tmp = kb_path.with_suffix(".yaml.part")
    with tmp.open("w", encoding="utf-8") as out:
        out.write(HEADER.format(count=count, seed=seed, version=GENERATOR_VERSION))
        for entry, text in generate_entries(count, seed):
            entries.append(entry)
            out.write(text)
    tmp.replace(kb_path)
    header = f"# {queries} noisy queries (one word dropped, one typo) for {kb_path.name}, seed {seed}."
    query_path.write_text(queries_yaml(make_queries(entries, queries, seed), header), encoding="utf-8")
    return kb_path


def ensure(count: int, seed: int = DEFAULT_SEED) -> Path:
    """The knowledge base path for a size, generating it first if missing or stale."""
    if not is_current(count, seed):
        write(count, seed)
    return paths(count)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1_000, 10_000, 100_000])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--queries", type=int, default=QUERIES)
    args = parser.parse_args(argv)
    for count in args.sizes:
        path = write(count, args.seed, args.queries)
        print(f"{path}: {path.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
