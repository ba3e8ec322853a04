"""dialogue/compound: two questions in one are answered part by part; one fact asked two ways stays one."""

from pathlib import Path

from helpers import KBS

import qa
from qa.dialogue.compound import split

ORCHARD = Path(__file__).parent.parent / "rules" / "orchard.yaml"  # the rule tests' small knowledge base


def test_splits_on_a_second_question_word_and_on_things_joined_by_and():
    assert split("when did it start, and how many parks are there?")[0] == [
        "when did it start",
        "how many parks are there?",
    ]
    assert split("How many villages and counties got out of poverty?")[0] == [
        "How many villages got out of poverty?",
        "How many counties got out of poverty?",
    ]
    assert split("how many parks are there?") == (["how many parks are there?"], False)
    # nothing after the things, and a follow-up's "and" in front
    assert split("and how many projects and parks?")[0] == ["and how many projects?", "and how many parks?"]


def test_a_plus_or_a_contracted_question_word_joins_two_questions(kb):
    """People join two questions with "+", "&" or "n", and drop the apostrophe of "who's": each part is
    answered."""
    assert split("when did the new stage begin + what areas do they cooperate in")[0] == [
        "when did the new stage begin",
        "what areas do they cooperate in",
    ]
    answer = kb.ask("whos the editor and when was it published")
    assert [part.entry_id for part in answer.parts] == ["article-editor", "article-publication"]
    answer = kb.ask("how many parks did shenzhen help build n when did the pairing start")  # text-speak "and"
    assert [part.entry_id for part in answer.parts] == ["industrial-parks", "partnership-start"]
    answer = kb.ask("how many parks did shenzhen help build & when did the pairing start?")
    assert [part.entry_id for part in answer.parts] == ["industrial-parks", "partnership-start"]


def test_one_fact_asked_two_ways_after_framing_is_answered_from_its_question_on(kb):
    """ "my gran grew up near there, but how many counties and districts were covered and how many in total?"
    asks one fact twice; read whole with the remark in front it scored 56 and was refused."""
    answer = kb.ask(
        "my gran grew up near there, but how many counties and districts were covered and how many in total?"
    )
    assert answer.answered and answer.entry_id == "counties-districts-covered"


def test_two_things_with_nothing_after_them_are_two_parts(kb):
    answer = kb.ask("how many projects and parks?")
    assert [part.entry_id for part in answer.parts] == ["assistance-projects", "industrial-parks"]


def test_each_part_is_answered_in_order(kb):
    answer = kb.ask("How many villages and counties got out of poverty?")
    assert [part.entry_id for part in answer.parts] == ["villages-removed-from-poverty-list", "counties-out-of-poverty"]
    assert answer.answered and answer.entry_id is None and answer.score == min(p.score for p in answer.parts)
    assert "817" in answer.text and "10" in answer.text


def test_a_part_qa_cannot_answer_is_said_plainly_not_dropped(kb):
    answer = kb.ask("how many parks and how many hospitals were built?")
    assert not answer.answered and answer.parts[0].entry_id == "industrial-parks"
    assert "I don't know how many hospitals were built" in answer.text


def test_a_compound_with_no_part_answered_is_an_i_dont_know(cli):
    """Two parts, neither answered: qa does not know, so `kind` is "unknown" and `answer` null, as for one
    question (it was "answer", with `answered` false); each part still says what was not known."""
    import json

    congestion = str(KBS / "congestion" / "kb.yaml")
    line = "How many motorbikes will have to pay the charge, and how much is it for a motorcycle?"
    result = cli("--kb", congestion, "--json", "-q", line)
    shown = json.loads(result.stdout)
    assert result.returncode == 1
    assert (shown["kind"], shown["answer"], shown["answered"]) == ("unknown", None, False)
    assert [part["kind"] for part in shown["parts"]] == ["unknown", "unknown"]
    said = cli("--kb", congestion, "-q", line).stdout
    assert "motorbikes" in said and "motorcycle" in said  # each part's "I don't know"


def test_a_question_one_entry_answers_whole_stays_one_answer(kb):
    answer = kb.ask("how many counties and districts were covered?")
    assert answer.entry_id == "counties-districts-covered" and answer.parts == ()


def test_a_yes_no_part_about_something_unknown_is_a_part_not_framing(kb):
    answer = kb.ask("how many parks were built and is there a hospital?")
    assert [part.entry_id for part in answer.parts] == ["industrial-parks", None]
    assert "I don't know: “is there a hospital?” The knowledge base does not say." in answer.text


def test_a_yes_no_clause_that_names_nothing_is_framing(kb):
    answer = kb.ask("how many poor people got lifted out of poverty there, do you know?")
    assert answer.entry_id == "people-lifted-out-of-poverty" and not answer.parts


def test_a_part_that_points_back_is_about_the_part_before(kb):
    """ "… and when did that happen?" asks when the counties got out of poverty: one fact, one answer. "… and
    who built them?" is not asking who began the pairing: read against the parks, whose fact says who helped
    build them, it is one fact too; "… and who paid for them?" is a part the parks never say."""
    asked = kb.ask("How many counties got out of poverty and when did that happen?")
    assert asked.answered and asked.entry_id == "counties-out-of-poverty"
    parks = kb.ask("How many parks are there, and who built them?")
    assert parks.entry_id == "industrial-parks" and not parks.parts
    paid = kb.ask("How many parks are there, and who paid for them?")
    assert [part.entry_id for part in paid.parts] == ["industrial-parks", None]


def test_a_trailing_can_you_help_is_framing_not_a_part(kb):
    asked = kb.ask("how many parks did Shenzhen help build, can you help?")
    assert not asked.parts and asked.entry_id == "industrial-parks"


def test_there_in_are_there_points_nowhere(kb):
    """ "… and how many training sessions were there": "there" only says they exist; the part is answered as
    it would be alone (it was said as unknown, score 90)."""
    asked = kb.ask("how many companies invested and how many training sessions were there")
    assert [part.entry_id for part in asked.parts] == ["companies-invested", "training-sessions"]
    assert asked.answered


def test_a_how_many_of_nothing_counts_what_the_part_before_counted(kb):
    assert split("How many people were lifted out of poverty and how many were trained?")[0] == [
        "How many people were lifted out of poverty",
        "how many people were trained?",
    ]
    answer = kb.ask("How many people were lifted out of poverty and how many were trained?")
    assert [part.entry_id for part in answer.parts] == ["people-lifted-out-of-poverty", "people-trained"]


def test_a_part_that_asks_what_the_same_fact_does_not_say_stays_a_part(kb):
    answer = kb.ask("how many villages were removed from the list and how many are still poor?")
    assert [part.entry_id for part in answer.parts] == ["villages-removed-from-poverty-list", None]
    assert not answer.answered and "817" in answer.text


def test_a_preposition_said_again_asks_of_two_things():
    assert split("how is Shenzhen helping Hechi with jobs and with selling products?")[0] == [
        "how is Shenzhen helping Hechi with jobs?",
        "how is Shenzhen helping Hechi with selling products?",
    ]
    assert split("where do the firms come from and where do they invest?")[0] == [
        "where do the firms come from",
        "where do they invest?",
    ]


def test_two_things_of_two_words_each_are_two_questions(kb):
    """ "how many industrial parks and certified products are there?" was read whole and refused (55): two
    things counted, each an adjective and a noun. "how many people benefited and were trained?" is one."""
    assert split("how many industrial parks and certified products are there?")[0] == [
        "how many industrial parks are there?",
        "how many certified products are there?",
    ]
    assert len(split("how many people benefited and were trained?")[0]) == 1
    both = kb.ask("how many industrial parks and certified products are there?")
    assert [part.entry_id for part in both.parts] == ["industrial-parks", "certified-products"]


def test_units_of_one_measure_ask_one_amount():
    """An author's phrasing "How many hours and minutes did it last?" was read as two questions, a `--check`
    error; units that make one amount together are one question, while two things counted are still two."""
    assert split("How many hours and minutes did it last?")[0] == ["How many hours and minutes did it last?"]
    assert split("how much in pounds and pence?")[0] == ["how much in pounds and pence?"]
    assert len(split("how many villages and counties got out of poverty?")[0]) == 2


def test_a_yes_no_word_after_and_asks_again_only_before_what_it_asks_about():
    """ "… near Pine Ridge and is nervous about another fire, how would she get warned?" goes on about the
    asker's mother; "… and is it free?" asks again."""
    from qa.dialogue.compound import split

    chatty = "my mum lives near Pine Ridge and is nervous about another fire, how would she get warned?"
    assert all("is nervous" not in part or part.startswith("my mum") for part in split(chatty)[0])
    assert split("how much is the day pass and is it free?")[0] == ["how much is the day pass", "is it free?"]
    assert split("when did it start and did they sign anything?")[0][1] == "did they sign anything?"


def test_a_part_that_matches_nothing_is_not_the_same_fact_asked_again(kb):
    """ "how much did guangdong give and how much did the central government give?": the second part matches
    nothing (its best entry scores about 1), so it is no second wording of the funding fact; it was read
    whole instead, and the whole was refused. Each part is answered: the funding, then "I don't know"."""
    answer = kb.ask("how much did guangdong give and how much did the central government give?")
    assert [part.entry_id for part in answer.parts] == ["financial-support", None]


def test_a_check_of_a_claim_before_a_question_is_no_part_of_its_own(kb):
    """ "my uncle … swears the city has been helping hechi since like 2010. is that right? when did it actually
    start?" was answered in two parts, the first refused (no fact says 2010): the question after the check
    answers it. A check that ends the line is still asked ("… since 2010, is that right?")."""
    line = (
        "my uncle has worked in shenzhen for years and he swears the city has been helping hechi since like 2010."
        " is that right? when did it actually start?"
    )
    asked = kb.ask(line)
    assert asked.entry_id == "partnership-start" and not asked.parts
    from qa.dialogue.compound import checks_a_claim

    assert checks_a_claim("… since like 2010. is that right?") and checks_a_claim("the parks were built by 2020, true?")
    assert not checks_a_claim("when did it start?")
    # a bare check, a bet, and a choice between two claims
    assert checks_a_claim("was it?") and checks_a_claim("did i win?")
    assert checks_a_claim("was it 10 or 12 of them?")
    assert not checks_a_claim("was it big?") and not checks_a_claim("did it help?")
    assert checks_a_claim("… bigger than hong kong's now, does the article say anything on that?")
    # a request to check it ("can you settle it?"), not a request about something named
    assert checks_a_claim("can you settle it?") and checks_a_claim("could you check that for us?")
    assert not checks_a_claim("can you check the parks?")


def test_there_in_a_part_with_its_own_topic_is_the_place_the_line_named(kb):
    """ "when did shenzhen start partnering with hechi and how many companies invested there": "there" is Hechi,
    and the part asks of companies; read against the partnership's start, it was refused."""
    asked = kb.ask("when did shenzhen start partnering with hechi and how many companies invested there")
    assert [part.entry_id for part in asked.parts] == ["partnership-start", "companies-invested"]
    # a part that names nothing of its own still points at the part before it
    built = kb.ask("how many parks did shenzhen build in hechi and when were they built there?")
    assert built.parts[1].entry_id is None


def test_a_request_to_settle_an_argument_is_answered_by_the_question_after_it(kb):
    """ "… arguing over lunch whether the 1.4 billion was yuan or dollars, can you settle it? What was the total
    funding …?" was answered as two parts, the first "I don't know" ("settle" unknown)."""
    line = (
        "my brother and I were arguing about whether the 1.4 billion was yuan or dollars, can you settle it? "
        "how much funding did Hechi get in total?"
    )
    asked = kb.ask(line)
    assert asked.answered and asked.entry_id == "financial-support" and not asked.parts


def test_a_part_that_points_back_at_an_unknown_part_is_unknown_too():
    """ "is there a cafe and when is it open?": "it" is the cafe, which the orchard never mentions, so the
    shop's opening hours do not answer it (they did, at 64)."""
    orchard = qa.load(ORCHARD)
    asked = orchard.ask("is there a cafe and when is it open?")
    assert [part.entry_id for part in asked.parts] == [None, None] and not asked.answered
    assert orchard.ask("when is the farm shop open?").entry_id == "shop-hours"


def test_an_unknown_part_asking_what_something_is_is_quoted_not_reworded():
    """ "I don't know what is hechi" is no English: a "what is X" part is quoted as asked."""
    from qa.dialogue.compound import unknown_part

    assert unknown_part("what is hechi") == "I don't know: “what is hechi?” The knowledge base does not say."
    assert unknown_part("How many hospitals were built?") == (
        "I don't know how many hospitals were built: the knowledge base does not say."
    )


def test_a_question_word_among_the_things_asks_of_the_first_part(kb):
    """From a README trial: "how many villages and when" said "I don't know how many when": "when" was read as a
    second thing to count. It asks when that was, which the villages fact does not say."""
    from qa.dialogue.compound import split

    assert split("how many villages and when") == (["how many villages", "when was that"], False)
    answer = kb.ask("how many villages and when")
    assert answer.parts[0].entry_id == "villages-removed-from-poverty-list"
    assert "how many when" not in answer.text and "“when was that?”" in answer.text


def test_which_or_who_before_a_telling_verb_goes_on_about_what_came_before(kb):
    """ "…, which got me thinking, how many …?" and "…, which is a bit niche. How many …?" tell, then ask once:
    "which got me thinking" is no question of its own (it was answered "I don't know which got me thinking"),
    where "…, which park is it?" asks."""
    line = (
        "my cousin did a course run by people from Shenzhen, which got me thinking, how many labour training "
        "sessions were held for Hechi?"
    )
    assert not any(part.startswith("which") for part in split(line)[0])
    answer = kb.ask(line)
    assert answer.entry_id == "training-sessions" and not answer.parts
    assert split("my boss, who lives in Hechi, asked me: how many parks are there?")[0][-1].startswith("my boss")
    assert split("I read about a district, which park is it in?")[0] == [
        "I read about a district",
        "which park is it in?",
    ]
    # a "which" sentence that ends with a full stop tells too
    niche = "my niece has a quiz on rural China, which is a bit niche. How many poor people got out of poverty?"
    assert kb.ask(niche).entry_id == "people-lifted-out-of-poverty"


def test_a_part_that_fits_several_facts_asks_which_not_does_not_say(kb):
    """ "How many villages were taken off the poverty list? How many people?" said "I don't know how many
    people: the knowledge base does not say." of the second part, which fits two facts: false. It asks which."""
    from qa.render import one_line

    answer = kb.ask("How many villages were taken off the poverty list? How many people?")
    assert [part.kind.value for part in answer.parts] == ["answer", "clarify"]
    said = one_line(answer)
    assert "does not say" not in said and "For “How many people”: do you mean 1." in said
    assert "people out of poverty" in said


def test_a_reply_after_a_part_that_asked_which_picks_from_its_choices(kb):
    """After "… For “How many people”: do you mean 1. training beneficiaries, 2. people out of poverty …?", "the
    second" picks the people out of poverty (it was "I don't know"), and a question of its own is still one."""
    for reply in ("the second", "the ones lifted out of poverty"):
        chat = kb.conversation()
        chat.ask("How many villages were taken off the poverty list? How many people?")
        assert chat.ask(reply).entry_id == "people-lifted-out-of-poverty"
    chat = kb.conversation()
    chat.ask("How many villages were taken off the poverty list? How many people?")
    assert chat.ask("when did the partnership start?").entry_id == "partnership-start"
