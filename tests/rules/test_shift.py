"""rules/shift: a word the entry never uses that changes what is asked ("still", "cost", "alone")."""

from pathlib import Path

import pytest

import qa
from qa.rules import BY_ID, RuleId, describe
from qa.rules.shift import A_VIEW
from qa.text import words

FIRES = [
    ("How many apple trees are still planted?", "trees-planted", {"still"}),
    ("How many apple trees were planted before 2019?", "trees-planted", {"before"}),
    ("How many apple trees were planted the previous spring?", "trees-planted", {"previous"}),  # another time
    ("What did the apple trees cost?", "trees-planted", {"cost"}),
    ("How many apple trees were planted each year?", "trees-planted", {"each"}),
    ("How many apple trees were planted yearly?", "trees-planted", {"yearly"}),  # a rate, as "per year" is
    ("How many apple trees are stil planted?", "trees-planted", {"still"}),  # a misspelt shifter still shifts
    ("Why was Norrby chosen for the harvest?", "harvest-origin", {"chosen"}),
    ("Were the apple trees worth it?", "trees-planted", {"worth", A_VIEW}),  # a judgement the fact never makes
    ("Was the harvest money well spent?", "harvest-price", {"well", A_VIEW}),
    ("Were too many apple trees planted?", "trees-planted", {"too", A_VIEW}),
    ("Was the harvest price a good deal?", "harvest-price", {"good", A_VIEW}),  # a judgement of what it was
    ("Was 3 dollars a kilo a lot for the harvest?", "harvest-price", {"lot", A_VIEW}),
    ("Was the orchard's harvest a success?", "harvest-origin", {"success", A_VIEW}),
    ("Was the harvest price enough?", "harvest-price", {"enough", A_VIEW}),  # whether it sufficed: a view
    ("Are the apple trees popular?", "trees-planted", {"popular", A_VIEW}),
    ("Who decided to plant the apple trees?", "trees-planted", {"decided"}),  # who made the decision
    ("Would you plant apple trees?", "trees-planted", {"opinion"}),  # what qa would do: no fact says
    ("Which official planted the apple trees?", "trees-planted", {"official"}),
    ("Do you think the apple trees were planted well?", "trees-planted", {"opinion", "think"}),
    ("Did the pickers enjoy the harvest?", "pickers", {"enjoy", A_VIEW}),  # how they felt: a view
    ("Do the pickers like the apple trees?", "trees-planted", {"like", A_VIEW}),
    ("Is the harvest price fair?", "harvest-price", {"fair", A_VIEW}),
]
QUIET = [
    ("Did a lot of pickers work the harvest?", "pickers"),  # a number asked, no judgement
    ("Where is the harvest still sold?", "harvest-origin"),  # its answer says "still"
    ("Which variety was chosen for the orchard?", "varieties"),  # a choice asks its reason only in why/how
    ("How many apple trees were planted?", "trees-planted"),
    ("What is the harvest worth in dollars?", "harvest-price"),  # a value, not a judgement
    ("And the apple trees planted too?", "trees-planted"),
    ("How many pickers as well?", "pickers"),
    ("Would you describe how many apple trees were planted?", "trees-planted"),  # a polite request
    ("How many apple trees on the official list were planted?", "trees-planted"),  # an adjective, no official
    ("My son loved the harvest - how many pickers were there?", "pickers"),  # an aside; a number is asked
    ("Is there fruit like apples in the orchard's harvest?", "harvest-origin"),  # "like" as "such as"
    ("Can the pickers spend the harvest money on anything they like?", "harvest-price"),  # as they wish
    ("Do the pickers get anything like a share of the harvest?", "pickers"),  # "like" as "such as"
    ("Does the harvest sound like a big one?", "harvest-origin"),  # how it sounds, no one's feeling
]


@pytest.mark.parametrize(("question", "entry", "shifters"), FIRES)
def test_fires_on_a_shifting_word_the_entry_never_uses(probe, question, entry, shifters):
    assert probe.doubt(RuleId.SHIFT, question, entry) == shifters


@pytest.mark.parametrize(("question", "entry"), QUIET)
def test_quiet_when_the_entry_uses_it_or_it_asks_nothing_here(probe, question, entry):
    assert not probe.fires(RuleId.SHIFT, question, entry)


def test_each_shifting_word_costs_again(orchard):
    plain = orchard.ask("How many apple trees were planted?")
    one = orchard.ask("How many apple trees are still planted?")
    two = orchard.ask("How many apple trees are still planted each year?")
    assert plain.answered and one.score < 0.8 * plain.score and two.score < one.score
    assert "never says “each”, “still”" in describe(two.why.doubts)


def test_a_judgement_costs_twice_and_why_says_it_asks_a_view(orchard):
    """ "Were too many apple trees planted?" reuses the fact's words to ask a view of it, which it never gives:
    two doubts, where "still" is one."""
    still = orchard.ask("How many apple trees are still planted?")
    judged = orchard.ask("Were too many apple trees planted?")
    assert not judged.answered and judged.score < still.score
    assert describe(judged.why.doubts) == ["never says “too” (a judgement: asks a view no fact gives)"]


@pytest.mark.parametrize(
    "question",
    [
        "How many apple trees are left?",
        "What went wrong with the apple trees planted?",
        "Who is in charge of the apple trees planted?",
        "What is the target for apple trees planted?",
    ],
)
def test_what_is_left_wrong_in_charge_or_planned_is_not_what_a_fact_says(orchard, question):
    assert orchard.ask(question).why.best_entry == "trees-planted"
    assert not orchard.ask(question).answered


def test_a_shifting_word_many_entries_use_is_plain_content_in_that_knowledge_base(tmp_path):
    """Release notes say "after" in entry after entry: there, the word shifts nothing, even for an entry that
    does not use it; in a knowledge base where few entries use it, it still shifts."""
    from qa.rules import BY_ID, RuleId

    changes = "\n".join(
        f"  - id: change-{n}\n    questions: [What changed in part {n}?, part {n} change]\n"
        f"    answer: Part {n} works after the upgrade.\n    evidence: Part {n} works after the upgrade."
        for n in range(1, 6)
    )
    release = (
        "  - id: release-date\n    questions: [When did the release come out?, release date]\n"
        "    answer: The release came out in May.\n    evidence: The release came out in May."
    )
    path = tmp_path / "notes.yaml"
    path.write_text(f"version: 1\ntitle: Notes\nentries:\n{changes}\n{release}\n", encoding="utf-8")
    kb = qa.load(path)
    question = kb.index.query("When did the release come out after the upgrade?")
    assert BY_ID[RuleId.SHIFT].judge(question, kb.index) is None
    orchard = qa.load(Path(__file__).with_name("orchard.yaml"))
    assert BY_ID[RuleId.SHIFT].judge(orchard.index.query("apple trees planted after 2019"), orchard.index)


def test_a_choice_word_in_a_how_many_question_is_no_choice(probe):
    """ "How many apples did they pick?" counts; "how was Norrby picked?" asks why it was chosen."""
    assert not probe.fires(RuleId.SHIFT, "How many apple trees did the orchard pick?", "trees-planted")
    assert probe.fires(RuleId.SHIFT, "How was the orchard picked for the apple trees?", "trees-planted")


@pytest.mark.parametrize(
    ("text", "shifts"),
    [
        ("how many poor people are left in hechi", True),  # what remains
        ("what is left over", True),
        ("how many are still left", True),
        ("how many poor villages left poverty", False),  # having gone, not remaining
        ("who left the company", False),
    ],
)
def test_left_shifts_only_as_what_remains(text, shifts):
    from qa.rules.shift import asked_properties, used

    said = words(text)
    assert ("left" in used(said)) is shifts
    assert ("left" in asked_properties(frozenset({"left"}), said)) is shifts


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("the chief executive is dr raman", {"charge", "runs", "leads"}),  # a leader's post says who leads
        ("up to 40 student nurses a year", {"each", "every", "per"}),  # a rate
        ("visitors rose to 41,000, up from 35,000", {"compare", "compared"}),  # one figure against another
        ("the success rate was 18.3 per cent", {"percent", "percentage", "proportion"}),  # a share
        ("turnout was 41%", {"percent", "percentage", "proportion"}),
        ("shenzhen began partnering with hechi, aiming to make a real difference", {"goal", "goals"}),  # an aim
        ("vessel owners can apply for up to £75,000 each", {"most", "highest"}),  # a ceiling
        ("the hall holds a maximum of 200 players", {"most", "highest"}),
        ("each team may enter at most 6 robots", {"most", "highest"}),
    ],
)
def test_a_text_says_a_shifting_word_in_other_words(text, says):
    from qa.rules.shift import used

    assert says <= used(words(text))


@pytest.mark.parametrize("text", ["turnout rose to 41%", "the price went up to gold", "most people agreed"])
def test_no_ceiling_without_a_limit_said(text):
    from qa.rules.shift import used

    assert "highest" not in used(words(text))


def test_a_fact_saying_up_to_an_amount_says_what_the_most_is(small_kb):
    """ "What's the most a boat owner could get?" was doubted against the entry saying "up to £75,000" (it
    never says "most"), and refused; that entry says it in other words. An entry that says no such thing is
    still doubted, and the question refused."""
    kb = small_kb(
        "version: 1\ntitle: Harbour support\nentries:\n"
        "  - id: grant\n    questions: [How much can a boat owner get from the grant?, grant per boat]\n"
        "    answer: Boat owners can apply for up to £75,000 each from the grant.\n"
        "    evidence: Boat owners can apply for up to £75,000 each.\n"
        "  - id: crew\n    questions: [How many crew does the boat have?, crew size]\n"
        "    answer: The boat has a crew of four.\n    evidence: The boat has a crew of four.\n"
    )
    assert kb.ask("what's the most a boat owner could get from the grant?").entry_id == "grant"
    assert not kb.ask("what is the most a crew has ever caught?").gives_fact


def test_stopping_is_asked_of_a_fact_that_says_whether_it_goes_on(kb):
    """ "when did shenzhen stop helping hechi?" was answered with the year the partnership began: "stop" asks
    when something ended, which no fact says. A fact saying it goes on ("keeps giving") answers whether it
    stopped; "stopped being poor" is getting out of poverty, as the facts say."""
    assert not kb.ask("when did shenzhen stop helping hechi?").gives_fact
    assert kb.ask("Did Shenzhen stop supporting Hechi once poverty was beaten?").entry_id == "continued-support"
    assert kb.ask("How many villages stopped being officially poor?").entry_id == "villages-removed-from-poverty-list"


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("all 10 poverty-stricken counties lifted themselves out of poverty", True),
        ("every stall at the market was let by march", True),
        ("the farm shop is open every day", False),  # all the time, not all of a set
        ("fourteen pickers work the harvest, 14 in all", False),  # a total
    ],
)
def test_a_fact_about_all_of_a_set_is_told_from_every_day_and_in_all(text, whole):
    from qa.rules.shift import WHOLE_SET, used

    assert (WHOLE_SET in used(words(text))) is whole


def test_a_fact_about_all_of_a_set_answers_whether_any_remain(kb):
    """ "All 10 poverty-stricken counties got out of poverty" says none is still poor; a fact giving only how many
    got out says nothing of how many are left."""
    assert kb.ask("is any poverty-stricken county in hechi still poor?").entry_id == "counties-out-of-poverty"
    assert kb.ask("How many poor people are left in Hechi?").entry_id is None
    assert kb.ask("how many villages are still on the poverty list?").entry_id is None


def test_before_a_clause_asks_no_other_time():
    from qa.rules.shift import asked_properties

    said = words("how many wheelchair spaces does each tram have, before we try it out?")
    assert "before" not in asked_properties(frozenset({"before"}), said)
    assert "before" in asked_properties(frozenset({"before"}), words("how many parks were built before 2020?"))


def test_last_before_a_participle_is_the_latest_time():
    from qa.rules.shift import asked_properties

    assert "last" not in asked_properties(frozenset({"last"}), words("when was the page last updated"))
    assert "last" in asked_properties(frozenset({"last"}), words("what was the last stage"))


@pytest.mark.parametrize(
    "question",
    [
        "how many people came to the launch last week?",
        "how many premieres were there last season?",
        "did more people vote than last time?",
    ],
)
def test_last_before_a_period_is_the_latest_one_a_news_fact_reports(question):
    """ "How many world premieres were there last season?" was doubted against the fact about last season's
    premieres, and three questions like it on other knowledge bases: the latest week or season is what a news
    fact reports, not another time."""
    from qa.rules.shift import asked_properties

    assert "last" not in asked_properties(frozenset({"last"}), words(question))
    assert "last" in asked_properties(frozenset({"last"}), words("who came last in the race?"))


def test_at_least_ranks_nothing():
    from qa.rules.shift import asked_properties

    assert "least" not in asked_properties(frozenset({"least"}), words("how many were there at least?"))
    assert "least" in asked_properties(frozenset({"least"}), words("which county got the least money?"))


def test_a_phrasing_that_names_a_leaders_post_says_who_is_in_charge(tmp_path):
    """ "Who was the chair of the review panel?" says who leads, in other words, though it uses no shifting word
    itself: "who is in charge of the panel?" is not doubted against it."""
    from qa.rules import BY_ID

    path = tmp_path / "kb.yaml"
    path.write_text(
        "version: 1\ntitle: Grants\nentries:\n"
        "  - id: chair\n    questions: [Who was the chair of the review panel?, panel chair]\n"
        "    answer: Professor Ravi Menon led the review.\n    evidence: Professor Ravi Menon led the review.\n"
        "  - id: size\n    questions: [How many people sat on the review panel?, panel size]\n"
        "    answer: Nine people sat on the review panel.\n    evidence: Nine people sat on the panel.\n",
        encoding="utf-8",
    )
    kb = qa.load(path)
    judge = BY_ID[RuleId.SHIFT].judge(kb.index.query("who is in charge of the review panel?"), kb.index)
    assert judge(0) is None and judge(1) == {"charge"}


def test_every_form_of_a_shifting_word_is_the_same_word(tmp_path):
    """ "What did the wing end up costing?" asks the cost an entry says as "costs" or "cost", and is doubted
    against the entries that say neither, as "What did the wing cost?" is."""
    from qa.rules import BY_ID

    path = tmp_path / "kb.yaml"
    path.write_text(
        "version: 1\ntitle: The wing\nentries:\n"
        "  - id: cost\n    questions: [How much did the wing cost?, wing cost]\n"
        "    answer: The wing costs £48 million.\n    evidence: The wing costs £48 million.\n"
        "  - id: name\n    questions: [What is the wing called?, wing name]\n"
        "    answer: The wing is called the Whitcombe Wing.\n    evidence: It is called the Whitcombe Wing.\n",
        encoding="utf-8",
    )
    kb = qa.load(path)
    for question, said in (("What did the wing end up costing?", "costing"), ("What did the wing cost?", "cost")):
        judge = BY_ID[RuleId.SHIFT].judge(kb.index.query(question), kb.index)
        assert judge(0) is None and judge(1) == {said}, question  # shown as the question says it


def test_a_fact_that_reports_a_view_answers_what_someone_thinks(small_kb):
    """ "What do analysts think the Vanta 7 will sell?" was doubted for "think" against the analysts' forecast:
    a fact that says what someone said, expects or estimates says what they think. One that reports no view
    does not, and "do you think …?" still asks qa's own view."""
    kb = small_kb(
        "version: 1\ntitle: School\nentries:\n"
        "  - id: head-on-block\n    questions: [What did the head teacher say about the new block?]\n"
        "    answer: The head teacher said the new block was a fresh start for the school.\n"
        "    evidence: The head teacher said the new block was a fresh start for the school.\n"
        "  - id: block-size\n    questions: [How big is the new block?, new block size]\n"
        "    answer: The new block has 24 classrooms.\n    evidence: The new block has 24 classrooms.\n"
    )
    index = kb.index
    judge = BY_ID[RuleId.SHIFT].judge(index.query("what does the head teacher think of the new block?"), index)
    assert judge(0) is None and judge(1) == {"think"}
    assert kb.ask("what does the head teacher think of the new block?").entry_id == "head-on-block"
    assert "opinion" in BY_ID[RuleId.SHIFT].judge(index.query("do you think the new block is big?"), index)(0)


def test_a_fact_that_says_how_people_felt_answers_whether_they_liked_it(small_kb):
    """ "Did the workers enjoy the training?" was answered with how many were trained (83): a feeling is a view
    no count gives. A fact that says how people felt ("visitors loved the new wing") answers it in any of the
    words for it."""
    kb = small_kb(
        "version: 1\ntitle: Museum\nentries:\n"
        "  - id: wing-visitors\n    questions: [How many people visited the new wing?]\n"
        "    answer: The new wing had 12,000 visitors in its first month.\n"
        "    evidence: The new wing had 12,000 visitors in its first month.\n"
        "  - id: wing-reception\n    questions: [What did visitors make of the new wing?]\n"
        "    answer: Visitors loved the new wing, the curator said.\n"
        "    evidence: Visitors loved the new wing, the curator said.\n"
    )
    judge = BY_ID[RuleId.SHIFT].judge(kb.index.query("did visitors enjoy the new wing?"), kb.index)
    assert judge(0) == {"enjoy", A_VIEW} and judge(1) is None
    assert kb.ask("did visitors enjoy the new wing?").entry_id == "wing-reception"


def test_what_a_thing_is_worth_is_a_value_only_money_or_a_price_gives(small_kb):
    """ "how much is the tenor worth?" got the tenor's weight (78, from a knowledge-base author): "how much" of
    a fact with a number in it. What a thing is worth is its value, which a fact gives with an amount of money
    or a price; "was it worth it?" is still a judgement."""
    kb = small_kb(
        "version: 1\ntitle: Bells\nentries:\n"
        "  - id: tenor-weight\n    questions: [How heavy is the tenor bell?, tenor weight]\n"
        "    answer: The tenor bell weighs 1.2 tonnes.\n    evidence: The tenor bell weighs 1.2 tonnes.\n"
        "  - id: recast-cost\n    questions: [How much did the recasting cost?, recasting cost]\n"
        "    answer: Recasting the bells cost £80,000.\n    evidence: Recasting the bells cost £80,000.\n"
    )
    worth = kb.ask("how much is the tenor bell worth?")
    assert not worth.gives_fact
    assert "never says “worth”" in describe(kb.ask("how much is the tenor bell worth?", threshold=0).why.doubts)
    assert kb.ask("how much was the recasting worth?").entry_id == "recast-cost"  # an amount of money says it
    judge = BY_ID[RuleId.SHIFT].judge(kb.index.query("was the recasting worth it?"), kb.index)
    assert A_VIEW in judge(1)


def test_a_fact_that_says_it_goes_on_answers_still_doing_but_not_still_so(small_kb):
    """ "Is Shenzhen still organising skills training?" was refused (62): the labor fact never says "still",
    but "Shenzhen and Hechi are expanding their labor cooperation" says it goes on. A fact in the present
    progressive (or "keeps", "continues") answers "still …ing"; it does not answer "are there still …?"
    (what is still so), and a progressive only in the evidence, passed on the way, says nothing of the fact."""
    kb = small_kb(
        "version: 1\ntitle: Town and village\nentries:\n"
        "  - id: training\n    questions: [Does the town train villagers?, skills training for villagers]\n"
        "    answer: The town is expanding its skills training for villagers.\n"
        "    evidence: The town is expanding its skills training for villagers.\n"
        "  - id: poor-households\n    questions: [How many poor households got out of poverty?, households out]\n"
        "    answer: 312 poor households got out of poverty.\n"
        "    evidence: While the town is expanding training, 312 poor households got out of poverty.\n"
        "  - id: clinic\n    questions: [Did the town open a clinic?, new clinic]\n"
        "    answer: The town opened a clinic in 2021.\n    evidence: The town opened a clinic in 2021.\n"
    )
    assert kb.ask("is the town still expanding skills training for villagers?").entry_id == "training"
    assert kb.ask("are there still poor households?").entry_id is None
    passed_on = kb.ask("are poor households still getting out of poverty?").why
    assert ("shift", ("still doing",)) in passed_on.doubts


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("did every poor county get out of poverty", "did all poor county get out of poverty"),
        ("has every school taken part", "has all school taken part"),
        ("is the bin collected every 3 weeks", "is the bin collected every 3 weeks"),  # a rate
        ("is it open every day", "is it open every day"),
        ("how much did every county get", "how much did every county get"),  # a breakdown
    ],
)
def test_every_in_a_yes_no_question_is_all(question, read):
    from qa.rules.shift import universal

    assert " ".join(universal(question.split())) == read


def test_a_yes_no_question_about_every_one_is_answered_by_the_fact_about_all(kb):
    """ "Did every poor county in Hechi get out of poverty?" was refused (28): "every" was read as a breakdown
    ("each county") and as a word no fact uses, though the fact says all 10 counties got out of poverty."""
    assert kb.ask("Did every poor county in Hechi get out of poverty?").entry_id == "counties-out-of-poverty"
    assert kb.ask("How much money did every county get?").entry_id is None


def test_who_held_a_post_before_someone_asks_of_another_person(small_kb):
    """ "Who was manager before Tom Arkwright?" got the fact naming Tom Arkwright as manager (62 to 85 on four
    authors' knowledge bases): it asks who came before him, which only a fact about a predecessor says.
    "before" followed by a time ("before the season", "before 2020") asks of another time, as before."""
    kb = small_kb(
        "version: 1\ntitle: Rovers\nentries:\n"
        "  - id: manager\n    questions: [Who is the manager?, Who manages Rovers?, manager]\n"
        "    answer: Tom Arkwright is the Rovers manager.\n    evidence: Tom Arkwright is the Rovers manager.\n"
        "  - id: chair\n    questions: [Who is the chair?, chair of the club]\n"
        "    answer: Ann Lowe became chair, replacing Bill Ross.\n"
        "    evidence: Ann Lowe became chair, replacing Bill Ross.\n"
        "  - id: treasurer\n    questions: [Who is the treasurer?, Who was the former treasurer?, treasurer]\n"
        "    answer: Mo Patel is the treasurer; Jo Kerr held the post until May.\n"
        "    evidence: Mo Patel is the treasurer; Jo Kerr held the post until May.\n"
    )
    refused = kb.ask("who was manager before tom arkwright?")
    assert refused.entry_id is None
    assert "never says who came before" in describe(refused.why.doubts)  # not a word the question never said
    assert kb.ask("who was chair before ann lowe?").entry_id == "chair"  # a fact that says who was replaced
    assert kb.ask("who was treasurer before mo patel?").entry_id == "treasurer"  # a phrasing that asks it
    assert "before" in kb.index.query("who was the manager before the season?").shifters  # another time
