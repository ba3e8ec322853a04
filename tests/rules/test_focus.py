"""rules/focus: an entry that shares only the question's proper names does not answer what it asks of them."""

from helpers import KBS

import qa
from qa.rules import BY_ID, RuleId

AIRPORT = KBS / "airport" / "kb.yaml"


def test_a_fact_that_shares_only_the_name_is_doubted(small_kb):
    """ "Who is the chairman of Tarrant Infrastructure Partners?" was answered (75) with the fact that Tarrant
    Infrastructure Partners pays £64 million of the runway: the name weighs so much that it carried the entry,
    though nothing else asked is in it. The entry that says who chairs it is not doubted."""
    kb = small_kb(
        "version: 1\ntitle: Runway plan\nentries:\n"
        "  - id: funding\n    questions: [Who is paying for the runway?, runway funding]\n"
        "    answer: Of the runway cost, Tarrant Infrastructure Partners will provide 64 million pounds.\n"
        "    evidence: Of the cost, Tarrant Infrastructure Partners will provide 64 million pounds.\n"
        "  - id: board\n    questions: [Who chairs the airport board?, airport chairman]\n"
        "    answer: The airport board is chaired by Ruth Okoro.\n    evidence: Ruth Okoro chairs the board.\n"
    )
    judge = BY_ID[RuleId.FOCUS].judge(
        kb.index.query("Who is the chairman of Tarrant Infrastructure Partners?"), kb.index
    )
    assert judge(0) == {"chairman"} and judge(1) is None


def test_a_question_about_the_name_alone_or_its_measure_is_not_doubted(small_kb):
    """ "Who is Ruth Okoro?" asks about the name and nothing else; "how long is the Tarrant runway?" asks a
    measure of it ("long" only says how it asks); an English word ("Council") is no proper name."""
    kb = small_kb(
        "version: 1\ntitle: Runway plan\nentries:\n"
        "  - id: board\n    questions: [Who chairs the airport board?, airport chairman]\n"
        "    answer: The airport board is chaired by Ruth Okoro.\n    evidence: Ruth Okoro chairs the board.\n"
        "  - id: runway\n    questions: [How long is the runway?, runway length]\n"
        "    answer: The runway at Tarrant is 1,850 metres long.\n"
        "    evidence: The runway at Tarrant is 1,850 metres long.\n"
        "  - id: council\n    questions: [What did the Council decide?, Council decision]\n"
        "    answer: The Council approved the plan in March.\n    evidence: The Council approved the plan in March.\n"
    )
    rule = BY_ID[RuleId.FOCUS]
    assert rule.judge(kb.index.query("Who is Ruth Okoro?"), kb.index) is None
    assert rule.judge(kb.index.query("how long is the Tarrant runway?"), kb.index)(1) is None
    assert rule.judge(kb.index.query("what is the Council budget?"), kb.index) is None


def test_on_a_knowledge_base_of_many_names_the_chairman_is_refused():
    airport = qa.load(AIRPORT)
    assert not airport.ask("Who is the chairman of Tarrant Infrastructure Partners?").gives_fact
    assert airport.ask("Who is paying for the runway extension?").answered
