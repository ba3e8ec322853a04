"""Knowledge bases qa was never tuned on: seventy invented articles, each with a knowledge base and 60 labelled
questions written from the README alone by helpers who never saw the matcher (tests/data/kbs/). Floors per
knowledge base, a little under today's figures: a rule that helps the bundled knowledge base and hurts these
fails here. bikeshare, harvest, hospital and releasenotes are for development; museum and tramline are held out
(their figures are reported, not tuned on); ferry and firmware came later, were measured once on arrival and
are for development since; grants and festival, then phonelaunch, stadium and waterworks, then cooperative,
heatwave and zoo were measured once as a session's fresh sets (docs/accuracy.md). earnings, library and
marathon (written under the thin-entries warning, 8-14 phrasings an entry) were written for development;
election, trial and wildfire (the same way) were measured once as that session's fresh sets, airport,
foodbank and schoolrebuild as the next session's, flooddefence, orchestra and recycling as the one after, and
skatepark, vaccinedrive and bookfair (each written by one author, questions first, then the knowledge base) as
the next, and mountainrescue, chessopen and swingbridge (knowledge base by one author from the README, questions
by another from the article and the entries' answers) as the latest, lighthouse, fishery and robotics
(written the same way) as its second round, and strike, breach and cinema as its last; congestion, bakery and
telescope (the same way) as the next session's, and canal, takeover and beavers (the same way) as the one
after, with skiresort, timetable and layoffs as its second round; hospice, tunnel and recall (the same way) as
the next session's, and meteorite, broadband and regatta (the same way) as the one after, and lido,
spellingbee and allotments (the same way) as the one after that, and loyalty, sleep and cyclerace (the same
way) as the next session's, and streetlights, glacier and brewery (the same way) as the one after, and orchard,
ferryport and dinosaur (the same way) as the one after that, and bellfoundry, nightbus and seedbank (the same
way) as the next."""

import pytest
import yaml
from helpers import KBS

import qa

# (in scope right, out of scope refused, at most this share of confident wrong answers)
FLOORS = {
    "bikeshare": (0.78, 0.80, 0.08),
    "harvest": (0.72, 0.90, 0.05),
    "hospital": (0.78, 0.75, 0.10),
    "releasenotes": (0.55, 0.90, 0.07),
    "museum": (0.75, 0.85, 0.07),
    "tramline": (0.72, 0.80, 0.08),
    "ferry": (0.68, 0.80, 0.08),
    "firmware": (0.67, 0.90, 0.09),
    "grants": (0.62, 0.90, 0.05),
    "festival": (0.62, 0.85, 0.08),
    "phonelaunch": (0.72, 0.75, 0.12),
    "stadium": (0.78, 0.85, 0.08),
    "waterworks": (0.68, 0.85, 0.05),
    "cooperative": (0.70, 0.85, 0.06),
    "heatwave": (0.75, 0.90, 0.08),
    "zoo": (0.65, 0.85, 0.10),
    "earnings": (0.70, 0.90, 0.07),
    "library": (0.72, 0.70, 0.13),
    "marathon": (0.67, 0.85, 0.05),
    "election": (0.72, 0.80, 0.10),
    "trial": (0.72, 0.90, 0.07),
    "wildfire": (0.80, 0.80, 0.07),
    "airport": (0.78, 0.70, 0.12),  # a later session's fresh sets (docs/accuracy.md)
    "foodbank": (0.68, 0.65, 0.14),
    "schoolrebuild": (0.70, 0.80, 0.09),
    "flooddefence": (0.75, 0.85, 0.06),  # a later session's fresh sets
    "orchestra": (0.68, 0.70, 0.12),
    "recycling": (0.75, 0.95, 0.04),
    "skatepark": (0.85, 0.90, 0.05),  # a later session's fresh sets
    "vaccinedrive": (0.88, 0.70, 0.10),
    "bookfair": (0.88, 0.85, 0.07),
    "mountainrescue": (0.62, 0.80, 0.07),  # a later session's fresh sets
    "chessopen": (0.80, 0.60, 0.15),
    "swingbridge": (0.90, 0.70, 0.10),
    "lighthouse": (0.72, 0.70, 0.10),  # and its second round
    "fishery": (0.85, 0.85, 0.05),
    "robotics": (0.82, 0.90, 0.05),
    "strike": (0.62, 0.80, 0.10),  # and its last round
    "breach": (0.72, 0.90, 0.04),
    "cinema": (0.82, 0.70, 0.12),
    "congestion": (0.65, 0.70, 0.12),  # a later session's fresh sets
    "bakery": (0.85, 0.55, 0.18),
    "telescope": (0.82, 0.50, 0.18),
    "canal": (0.60, 0.80, 0.09),  # a later session's fresh sets
    "takeover": (0.65, 0.60, 0.13),
    "beavers": (0.62, 0.80, 0.07),
    "skiresort": (0.70, 0.70, 0.15),  # and its second round
    "timetable": (0.80, 0.80, 0.09),
    "layoffs": (0.80, 0.80, 0.10),
    "hospice": (0.80, 0.90, 0.05),  # a later session's fresh sets
    "tunnel": (0.62, 0.85, 0.10),
    "recall": (0.70, 0.90, 0.05),
    "meteorite": (0.57, 0.70, 0.15),  # a later session's fresh sets
    "broadband": (0.72, 0.80, 0.10),
    "regatta": (0.62, 0.80, 0.07),
    "lido": (0.62, 0.80, 0.10),  # a later session's fresh sets
    "spellingbee": (0.70, 0.75, 0.10),
    "allotments": (0.77, 0.90, 0.07),
    "loyalty": (0.57, 0.95, 0.04),  # a later session's fresh sets
    "sleep": (0.72, 0.90, 0.04),
    "cyclerace": (0.85, 0.80, 0.07),
    "streetlights": (0.60, 0.85, 0.09),  # a later session's fresh sets
    "glacier": (0.75, 0.95, 0.04),
    "brewery": (0.72, 0.85, 0.09),
    "orchard": (0.77, 0.95, 0.04),  # a later session's fresh sets
    "ferryport": (0.77, 0.85, 0.09),
    "dinosaur": (0.82, 0.90, 0.04),
    "bellfoundry": (0.80, 0.72, 0.12),  # a later session's fresh sets
    "nightbus": (0.82, 0.72, 0.10),
    "seedbank": (0.85, 0.82, 0.07),
}


def measure(name: str) -> tuple[float, float, float]:
    kb = qa.load(KBS / name / "kb.yaml")
    items = yaml.safe_load((KBS / name / "questions.yaml").read_text(encoding="utf-8"))
    right = refused = wrong = in_scope = 0
    for item in items:
        answer = kb.ask(item["q"])
        if item["expect"]:
            in_scope += 1
            right += answer.answered and answer.entry_id == item["expect"]
            wrong += answer.gives_fact and answer.entry_id != item["expect"]
        else:
            refused += not answer.gives_fact
            wrong += answer.gives_fact
    return right / in_scope, refused / (len(items) - in_scope), wrong / len(items)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_each_knowledge_base_holds_its_floor(name):
    accuracy, refusals, wrong = measure(name)
    floor_accuracy, floor_refusals, most_wrong = FLOORS[name]
    assert accuracy >= floor_accuracy and refusals >= floor_refusals and wrong <= most_wrong


@pytest.mark.slow  # --check asks a dozen variants of every entry: most of a minute for all of them
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_each_knowledge_base_checks_clean(name):
    from qa.check import check

    report = check(str(KBS / name / "kb.yaml"))
    assert not [problem for problem in report.problems if problem.severity == "error"]
