"""rules/name: the question names a place or body the entry never mentions."""

import pytest

from qa.rules import BY_ID, RuleId, describe

FIRES = [
    ("Is the harvest sold in Norrby or in Oslo?", "harvest-price", {"norrbi", "oslo"}),  # stems
    ("Where is the harvest sold in Uppsala?", "harvest-origin", {"uppsala"}),  # capitalised and never seen
    ("How many Gala apple trees were planted?", "trees-planted", {"gala"}),
]
QUIET = [
    ("Where is the harvest sold in Norrby?", "harvest-origin"),
    ("Which varieties, Gala or Braeburn?", "varieties"),
    ("where is the harvest sold in uppsala?", "harvest-origin"),  # no capital: not read as a name
    ("Where Is The Harvest Sold In Uppsala?", "harvest-origin"),  # Title Case says nothing about names
]


@pytest.mark.parametrize(("question", "entry", "names"), FIRES)
def test_fires_on_a_name_the_entry_never_mentions(probe, question, entry, names):
    assert probe.doubt(RuleId.NAME, question, entry) == names


@pytest.mark.parametrize(("question", "entry"), QUIET)
def test_quiet_for_the_entry_that_names_it_or_when_nothing_is_a_name(probe, question, entry):
    assert not probe.fires(RuleId.NAME, question, entry)


def test_a_place_never_named_is_refused_and_why_names_it(orchard):
    asked = orchard.ask("Where is the harvest sold in Uppsala?")
    assert not asked.answered
    assert "never names “uppsala”" in describe(asked.why.doubts)


def _subject_kb(small_kb):
    return small_kb(
        "version: 1\ntitle: Ashworth County Hospital, Wessex\nentries:\n"
        "  - id: beds\n    questions: [How many beds does the new wing have?, bed count, number of beds]\n"
        "    answer: The new wing has 64 beds, up from 40 in the old Casualty building.\n"
        "    evidence: The wing has 64 beds, against 40 in the old Casualty building.\n"
        "  - id: opening\n    questions: [When did the wing open?, opening date]\n"
        "    answer: The new wing of Ashworth County Hospital in Wessex opened on 13 October 2025.\n"
        "    evidence: The wing of Ashworth County Hospital in Wessex opened on 13 October 2025.\n"
    )


def test_the_subject_the_title_names_is_no_other_place(small_kb):
    """ "How many beds does the wing at Ashworth have?": Ashworth is what the knowledge base is about, though
    the beds entry never repeats it; Wessex only says where Ashworth is, so naming it still counts."""
    from qa.rules import BY_ID

    kb = _subject_kb(small_kb)
    judge = BY_ID[RuleId.NAME].judge
    asked = judge(kb.index.query("How many beds are in the new wing at Ashworth?"), kb.index)
    assert asked is None or asked(0) is None
    assert kb.ask("How many beds are in the new wing at Ashworth?").entry_id == "beds"
    assert judge(kb.index.query("How many beds does Wessex have?"), kb.index)(0) == {"wessex"}


def test_a_name_the_question_says_things_come_from_where_the_fact_says_they_go_is_doubted(small_kb):
    """ "How many firms from Hechi invested in Guangdong?" swaps the roles of a fact about firms from Guangdong
    investing in Hechi; a fact that says nothing comes from anywhere ("certification from Shenzhen") is not
    doubted for it."""
    from tests.rules.conftest import RuleProbe

    kb = small_kb(
        "version: 1\ntitle: Investment in the region\nentries:\n"
        "  - id: firms-invested\n"
        "    questions: [How many firms invested in Hechi?, firms investing, number of investing firms]\n"
        "    answer: 76 firms from Guangdong have invested in Hechi.\n"
        "    evidence: 76 Guangdong firms have invested in Hechi.\n"
        "  - id: certified\n"
        "    questions: [How many products hold Shenzhen certification?, certified products, certification]\n"
        "    answer: 51 products hold Shenzhen certification, which has boosted their sales in Shenzhen.\n"
        "    evidence: 51 products hold Shenzhen certification, which has boosted their sales in Shenzhen.\n"
    )
    probe = RuleProbe(kb)
    assert probe.doubt(RuleId.NAME, "How many firms from Hechi invested?", "firms-invested") == {"from hechi"}
    assert BY_ID[RuleId.NAME].describe(("from hechi",)) == "has things go to “hechi”, not come from it"
    assert probe.fires(RuleId.NAME, "How many firms from Hechi invested in Guangdong?", "firms-invested")
    assert not probe.fires(RuleId.NAME, "How many firms from Guangdong invested in Hechi?", "firms-invested")
    assert not probe.fires(RuleId.NAME, "Certification from Shenzhen is held by how many products?", "certified")


def test_a_name_says_where_another_is_only_where_the_knowledge_base_says_so(small_kb):
    """ "How much is the Vanta 7 Pro in India?" was answered with the Pro's price: "Pro in India" was read as
    saying where the Pro is, as "Hechi, Guangxi" says where Hechi is, so India named no other place. Only a
    pair the title or the entry's own answer puts so ("Hechi, Guangxi") says where; India is asked about."""
    kb = small_kb(
        "version: 1\ntitle: Lumora Vanta 7 launch\nentries:\n"
        "  - id: pro-price\n    questions: [How much is the Vanta 7 Pro?, Vanta 7 Pro price]\n"
        "    answer: The Vanta 7 Pro costs $999.\n    evidence: The Vanta 7 Pro costs $999.\n"
        "  - id: india\n    questions: [When does the Vanta 7 go on sale in India?, India release]\n"
        "    answer: The Vanta 7 goes on sale in India in October.\n"
        "    evidence: The Vanta 7 goes on sale in India in October.\n"
        "  - id: venue\n    questions: [Where was the launch?, launch venue]\n"
        "    answer: The launch was held in Taipei, Taiwan.\n    evidence: The launch was held in Taipei, Taiwan.\n"
    )
    judge = BY_ID[RuleId.NAME].judge(kb.index.query("how much is the vanta 7 pro in india"), kb.index)
    assert judge(0) == {"india"}
    assert not kb.ask("how much is the vanta 7 pro in india").answered
    # the venue's answer says Taipei is in Taiwan: naming Taiwan too asks about no other place
    assert BY_ID[RuleId.NAME].judge(kb.index.query("where in Taipei, Taiwan was the launch?"), kb.index)(2) is None
