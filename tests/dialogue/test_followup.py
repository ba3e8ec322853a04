"""dialogue/followup: a question that leans on the last answer is read in its context, and only then."""

import pytest
from helpers import authors_kb

from qa.answer import Kind
from qa.dialogue.followup import asks_its_kind


def test_an_elliptical_question_is_read_against_the_last_answer(kb):
    chat = kb.conversation()
    chat.ask("How many villages were taken off the poverty list?")
    answer = chat.ask("and how many people?")
    assert answer.entry_id == "people-lifted-out-of-poverty" and answer.understood


@pytest.mark.parametrize("then", ["n ppl?", "& the people?"])
def test_and_typed_short_opens_a_follow_up_as_and_does(kb, then):
    """ "n ppl?" after the villages asked which people was meant: "n" is "and" typed short, as "and ppl?" was
    read."""
    chat = kb.conversation()
    chat.ask("How many villages were taken off the poverty list?")
    answer = chat.ask(then)
    assert answer.entry_id == "people-lifted-out-of-poverty" and answer.question == then


def test_a_pronoun_question_asks_of_the_last_topic(kb):
    chat = kb.conversation()
    chat.ask("How many poverty-stricken counties got out of poverty?")
    answer = chat.ask("when was that?")
    assert answer.entry_id == "counties-out-of-poverty" and answer.understood


def test_tell_me_more_gives_a_neighbouring_fact(kb):
    chat = kb.conversation()
    first = chat.ask("How many villages were taken off the poverty list?")
    more = chat.ask("tell me more")
    assert more.answered and more.entry_id not in (None, first.entry_id)


def test_a_followup_the_knowledge_base_cannot_answer_is_refused(kb):
    chat = kb.conversation()
    chat.ask("How much financial support did Guangdong and Shenzhen provide?")
    assert not chat.ask("how much did each one cost?").gives_fact


def test_a_question_that_stands_on_its_own_is_not_bent(kb):
    chat = kb.conversation()
    chat.ask("When did the article come out?")
    assert chat.ask("how many people?").kind is Kind.CLARIFY
    assert chat.ask("How many industrial parks did Shenzhen help build?").entry_id == "industrial-parks"


def test_stateless_ask_has_no_context(kb):
    kb.ask("How many villages were taken off the poverty list?")
    assert kb.ask("and how many people?").entry_id != "people-lifted-out-of-poverty"


def test_a_followup_asking_what_the_last_fact_never_says_is_refused(kb):
    chat = kb.conversation()
    chat.ask("How many industrial parks did Shenzhen help build in Hechi?")
    assert not chat.ask("where are they exactly?").gives_fact  # the parks fact never says where


def test_a_question_with_nothing_of_its_own_is_not_answered_alone(kb):
    """ "where?" names no topic: alone it is not answered (it used to get where the article was published);
    after an answer it is read against that answer."""
    assert not kb.ask("where?").answered
    conversation = kb.conversation()
    conversation.ask("how many companies from Guangdong invested in Hechi?")
    assert conversation.ask("and where are they from?").entry_id == "companies-invested"


def test_a_question_with_nothing_of_its_own_says_so_and_offers_what_it_matched(small_kb):
    """ "how heavy" of a knowledge base about one dinosaur matched its weight at 93 and was refused with "Nothing
    in the knowledge base matches this well enough." and no suggestion: the reason was false, and the fact it
    matched was not offered."""
    from qa.render import refusal_reason

    kb = small_kb(
        "version: 1\ntitle: A dinosaur\nentries:\n"
        "  - id: dinosaur-size\n    questions: [How heavy was the dinosaur?, How much did the dinosaur weigh?]\n"
        "    answer: The dinosaur weighed around 600 kilograms.\n"
        "    evidence: It weighed around 600 kilograms.\n"
        "  - id: finders\n    questions: [Who found the dinosaur?]\n"
        "    answer: An aunt and her nephew found it.\n    evidence: An aunt and her nephew found it.\n"
    )
    answer = kb.ask("how heavy")
    assert not answer.answered
    assert refusal_reason(answer) == "The question does not say what it is about."
    assert [suggestion.entry_id for suggestion in answer.suggestions][:1] == ["dinosaur-size"]


def test_how_long_names_no_topic_of_its_own(kb):
    """ "over how long?" after the money asks how long the money was given over: "long" is how "how" asks, no
    topic, so the question is read against the last answer, not alone (the pairing's start, "since 2016")."""
    assert not kb.ask("over how long?").answered
    conversation = kb.conversation()
    conversation.ask("how much money did Guangdong and Shenzhen give Hechi?")
    assert conversation.ask("over how long?").entry_id == "financial-support"


def test_tell_me_more_follows_the_order_related_lists(write_kb):
    """ "tell me more" after the sales gave the cooperation areas, though the author listed the certified
    products first in `related`: among equally near facts, the author's order comes first."""
    import qa

    kb = qa.load(
        write_kb(
            "version: 1\ntitle: Market\nentries:\n"
            "  - id: sales\n    questions: [How are sales going?, sales]\n"
            "    answer: Sales rose 8 per cent.\n    evidence: Sales rose 8 per cent.\n"
            "    related: [labels, stalls]\n"
            "  - id: stalls\n    questions: [How many stalls are there?, stalls]\n"
            "    answer: There are 40 stalls.\n    evidence: There are 40 stalls.\n"
            "  - id: labels\n    questions: [How many products carry the label?, labels]\n"
            "    answer: 51 products carry the label.\n    evidence: 51 products carry the label.\n"
        )
    )
    chat = kb.conversation()
    chat.ask("How are sales going?")
    assert chat.ask("tell me more").entry_id == "labels"


def test_tell_me_more_may_be_polite(kb):
    from qa.dialogue.followup import asks_for_more

    assert asks_for_more("tell me more pls") and asks_for_more("tell me more, please!")
    assert not asks_for_more("tell me more about the parks")  # a question of its own


def test_a_pointing_followup_with_words_of_its_own_may_move_to_a_neighbour(kb):
    """ "and how many of them escaped poverty?" after the counties covered: "them" is the counties, but the
    counties-covered fact never says "escaped poverty"; its neighbour, the counties out of poverty, does."""
    chat = kb.conversation()
    chat.ask("how many counties and districts did the aid cover?")
    answer = chat.ask("and how many of them escaped poverty?")
    assert answer.answered and answer.entry_id == "counties-out-of-poverty"


def test_a_followup_to_a_question_qa_could_not_answer_is_read_against_it(kb):
    """ "how many hospitals did Shenzhen build in Hechi?" is refused (the article names none); "what did they
    build then?" asks what Shenzhen did build there. A question refused for a doubt is not answered with that
    fact when asked again in other words."""
    chat = kb.conversation()
    assert not chat.ask("how many hospitals did Shenzhen build in Hechi?").answered
    answer = chat.ask("what did they build then?")
    assert answer.answered and answer.entry_id == "industrial-parks"
    assert answer.understood is not None
    assert not kb.ask("what did they build then?").answered  # alone, it asks about nothing
    chat = kb.conversation()
    assert not chat.ask("how many villages are there in Hechi?").answered
    assert not chat.ask("how many were there?").gives_fact


@pytest.mark.parametrize(
    ("first", "then", "entry"),
    [
        ("how many guangdong companies invested in hechi?", "from which province?", "companies-invested"),
        ("how many guangdong companies invested in hechi?", "which province did they come from again?",
         "companies-invested"),
        ("what is hechi doing about industrial transfers?", "from where?", "industrial-transfers"),
        ("how many industrial parks did shenzhen help build?", "from which province?", None),  # says no "from"
    ],
)  # fmt: skip
def test_from_where_is_answered_by_the_origin_the_last_answer_names(kb, first, then, entry):
    """ "76 companies from Guangdong …", then "from which province?": the fact just given says, by name, and
    was refused (read alone the question names nothing)."""
    conversation = kb.conversation()
    conversation.ask(first)
    assert conversation.ask(then).entry_id == entry


@pytest.mark.parametrize("then", ["with whose help?", "with whose support?", "and who helped them", "who backed it?"])
def test_who_helped_is_answered_by_the_helper_the_last_answer_names(kb, then):
    """ "In 2020, with Shenzhen's support, all 10 … counties …", then "with whose help?": refused (the whose-
    question names nothing of its own), or answered with Shenzhen's role against poverty. The fact just given
    names who helped; one that names no helper does not answer it."""
    conversation = kb.conversation()
    conversation.ask("how many poor counties got out of poverty?")
    answer = conversation.ask(then)
    assert answer.answered and answer.entry_id == "counties-out-of-poverty"
    conversation = kb.conversation()
    conversation.ask("how many villages were removed from the poverty list?")  # names no helper
    assert conversation.ask(then).entry_id != "villages-removed-from-poverty-list"


@pytest.mark.parametrize("then", ["when does it end", "when did it begin?", "since when?", "starting when"])
def test_when_of_what_was_just_said_is_answered_by_its_time(kb, then):
    """ "In the 14th Five-Year Plan period (2021-25), … cooperation entered a new stage", then "when does it
    end": the counties' escape from poverty (its "end" is the synonyms table's "beat"), and "when did it
    begin?" the partnership's start in 2016. The fact just given says when."""
    conversation = kb.conversation()
    conversation.ask("what is the new stage of cooperation?")
    answer = conversation.ask(then)
    assert answer.answered and answer.entry_id == "new-stage"


def test_a_helper_is_named_by_support_help_or_backing():
    from qa.dialogue.followup import asks_its_helper

    for answer in (
        "With the support of Guangdong, the bridge was rebuilt.",
        "The hall reopened in May, supported by the Lottery Fund.",
        "With Hartley Trust's backing, the club survived.",
    ):
        assert asks_its_helper("who helped?", answer), answer
    assert not asks_its_helper("who helped?", "The hall reopened in May with new seats.")
    assert not asks_its_helper("who helped build the hall?", "With the support of Guangdong, the bridge was rebuilt.")


POOL = """version: 1
title: Harbour Swimming Pool
synonyms:
  cost: [price, fee, charge, how much]
entries:
  - id: opening-hours
    questions: [When is the pool open?, What are the opening hours?, opening hours, What time does the pool close?]
    answer: Harbour Swimming Pool is open from 6 am to 9 pm on weekdays.
    evidence: The pool opens from 6 am to 9 pm on weekdays.
  - id: swim-price
    questions: [How much does a swim cost?, What is the price of an adult swim?, adult swim price, entry fee]
    answer: A single adult swim costs 4.50 pounds.
    evidence: A single adult swim costs 4.50 pounds.
"""


def test_a_follow_up_of_everyday_words_the_last_fact_never_says_is_not_about_it(write_kb):
    """ "how much is a swim?", then "when is it open?": the price never says "open", so the question is not
    about the price; it was refused though it matched the opening hours at 81 (its only word, "open", is
    everyday, and a fact said every one of none of them)."""
    import qa

    conversation = qa.load(write_kb(POOL)).conversation()
    conversation.ask("how much is a swim?")
    assert conversation.ask("when is it open?").entry_id == "opening-hours"


def test_why_says_what_refused_a_question_that_scored_above_the_threshold(kb):
    """ "when were they built?" after the parks matches the parks at 73 and is refused: the parks fact never
    says when. /why said "73 (answers need 63): below the threshold"; it says what refused it."""
    from qa.repl.render import why_fragments

    conversation = kb.conversation()
    conversation.ask("how many industrial parks did shenzhen help build?")
    refused = conversation.ask("when were they built?")
    assert not refused.answered and refused.score >= refused.why.threshold
    text = "".join(fragment for _, fragment in why_fragments(refused))
    assert "below the threshold" not in text and "it asks what that fact does not say" in text
    alone = kb.ask("where?")  # nothing of its own
    assert "it names nothing of its own" in "".join(fragment for _, fragment in why_fragments(alone))


def test_that_after_does_is_the_subject_pointing_back(kb):
    """ "which years does that cover?" was read as "that cover" (a determiner and its noun), pointing at
    nothing, and refused after the new-stage fact that gives 2021-25; after "does" it is the subject."""
    from qa.dialogue.followup import points_back

    assert points_back("which years does that cover?") and points_back("when did that happen?")
    assert not points_back("does that programme cover training?")  # "that programme": its noun
    assert not points_back("how old is this article?")
    # after "was" or "is", one last word is what is said of "that" ("that built" was read as a noun phrase)
    assert points_back("when was that built?") and points_back("over what period was that given")
    assert not points_back("was that project finished?")
    conversation = kb.conversation()
    conversation.ask("what stage did guangdong-guangxi cooperation enter?")
    assert conversation.ask("which years does that cover?").entry_id == "new-stage"


def test_existential_there_does_not_point_back():
    from qa.dialogue.followup import points_back

    assert not points_back("how many training sessions were there")
    assert not points_back("are there any parks?")
    assert points_back("what happened there?")
    assert points_back("who built them?")


def test_a_pointing_question_the_last_fact_cannot_answer_is_not_answered_by_another(kb):
    """ "when were they built?" after the parks is about the parks, whose fact gives no date: answering with
    the pairing's start (which has "when" and "build") would be a confident wrong answer. "how many views did it
    get?" after the Greater Bay Area's name is about the article, as the last fact never says "views"."""
    chat = kb.conversation()
    chat.ask("How many industrial parks did Shenzhen help build in Hechi?")
    assert not chat.ask("when were they built?").gives_fact
    # the same when the parks were reached by a phrasing that never says "parks" (a README trial: the
    # pairing's start, 73)
    chat = kb.conversation()
    assert chat.ask("what did shenzhen build in hechi?").entry_id == "industrial-parks"
    assert not chat.ask("when were they built?").gives_fact
    chat = kb.conversation()
    chat.ask("what is the full name of the Greater Bay Area?")
    assert chat.ask("how many views did it get?").entry_id == "article-views"


def test_tell_me_more_about_a_thing_asks_of_it_and_follows_on(kb):
    """ "tell me more about …" is a request: "more" is no topic word (an answer saying "more than 30,000" is no
    nearer), and after an answer it follows on, so the last answer's neighbour wins."""
    assert kb.ask("tell me more about the certification").score >= kb.threshold
    conversation = kb.conversation()
    conversation.ask("In which areas do Shenzhen and Hechi cooperate?")
    assert conversation.ask("tell me more about the labor side").entry_id == "labor-cooperation"


def test_a_followup_to_a_terse_question_reads_the_entry_in_full(kb):
    """After "how much money" (a keyword phrasing), "over what period?" is asked of the funding as the entry's
    full question says it, not of the two words that matched."""
    conversation = kb.conversation()
    assert conversation.ask("how much money").entry_id == "financial-support"
    follow = conversation.ask("over what period?")
    assert follow.entry_id == "financial-support" and "financial support" in follow.understood


def test_this_before_a_noun_names_the_noun_and_points_nowhere(kb):
    """ "how old is this article?" after the parks is about the article, not about the parks; "when was that?"
    still points back."""
    from qa.dialogue.followup import points_back

    conversation = kb.conversation()
    conversation.ask("How many industrial parks has Shenzhen helped build in Hechi?")
    assert conversation.ask("how old is this article?").entry_id == "article-publication"
    assert not points_back("how old is this article?") and points_back("when was that?")
    assert points_back("what about that one?")


def test_what_kind_of_the_thing_just_named_is_answered_by_the_words_before_it(kb):
    """ "what kind of certification?" after "… hold Shenzhen quality certification …": quality certification. A
    name is no kind: "what kinds of products are they?" after "Hechi products" is not answered."""
    conversation = kb.conversation()
    conversation.ask("How many Hechi products hold Shenzhen quality certification?")
    assert conversation.ask("what kind of certification?").entry_id == "certified-products"
    conversation = kb.conversation()
    conversation.ask("How many Hechi products hold Shenzhen quality certification?")
    assert not conversation.ask("what kinds of products are they?").gives_fact


@pytest.mark.parametrize(
    ("answer", "kind_named"),
    [
        ("Hechi has 51 products that hold Shenzhen quality certification, which has boosted sales.", True),
        ("Shenzhen offers job opportunities to people from Hechi.", False),  # "job" describes opportunities
        ("The council runs free job clubs.", False),
        ("Each club offers paid jobs.", True),
    ],
)
def test_a_kind_is_named_only_before_the_thing_itself(answer, kind_named):
    """ "what kind of jobs?" after "Shenzhen offers job opportunities": "offers" comes before "job", but "job"
    only says what the opportunities are; no kind of job is named, and the follow-up was answered with it."""
    from qa.text import stem

    thing = "certification" if "certification" in answer else "jobs"
    assert asks_its_kind(f"what kind of {thing}?", answer, stem) is kind_named


def test_what_kinds_of_jobs_after_job_opportunities_is_refused(kb):
    conversation = kb.conversation()
    assert conversation.ask("does shenzhen offer jobs to people from hechi?").entry_id == "labor-cooperation"
    assert not conversation.ask("what kinds of jobs?").gives_fact


def test_other_and_else_are_relative_to_the_last_answer(kb):
    """ "what other areas …?" just after labour cooperation asks for the neighbouring fact; read alone, "other"
    asks beyond every fact and is not answered; and "any other city in Guangxi?" is no neighbour's question."""
    question = "what other areas do Shenzhen and Hechi work together on?"
    assert not kb.ask(question).gives_fact
    chat = kb.conversation()
    chat.ask("Does Shenzhen offer jobs to people from Hechi?")
    answer = chat.ask(question)
    assert answer.entry_id == "cooperation-areas" and answer.understood
    chat.ask("Does Shenzhen offer jobs to people from Hechi?")
    assert not chat.ask("does shenzhen partner with any other city in guangxi?").gives_fact


def test_what_were_they_asks_to_name_what_was_counted(kb):
    """ "What were they?" after a count asks which they were, which a fact that only counts them never says: it
    is refused, not answered with the count again; and so is the second half of "how many … and what are
    they?"."""
    chat = kb.conversation()
    chat.ask("How many assistance projects were carried out in Hechi?")
    assert not chat.ask("what were they?").gives_fact
    parts = kb.ask("how many Hechi products are certified and what are they?").parts
    assert [part.entry_id if part.answered else None for part in parts] == ["certified-products", None]


def test_a_count_the_last_fact_gives_is_answered_by_it(kb):
    """ "from how many companies?" just after "51 products from 32 companies …": vague alone (companies
    invested, companies certified), but the fact just given counts companies."""
    assert kb.ask("from how many companies?").kind is Kind.CLARIFY
    chat = kb.conversation()
    chat.ask("How many Hechi products hold Shenzhen quality certification?")
    assert chat.ask("from how many companies?").entry_id == "certified-products"


def test_a_count_the_last_fact_gives_is_answered_on_any_knowledge_base():
    hospital = authors_kb("hospital")
    assert hospital.ask("and how many nurses?").entry_id != "staff-hired"
    chat = hospital.conversation()
    chat.ask("How many staff were hired for the wing?")  # "… 186 new employees, including 112 nurses …"
    assert chat.ask("and how many nurses?").entry_id == "staff-hired"


def test_a_count_the_last_fact_does_not_give_keeps_its_own_reading(kb):
    chat = kb.conversation()
    chat.ask("How many training sessions were held?")  # "830 … sessions … for the people of Hechi": no count
    assert chat.ask("and how many people?").entry_id == "people-trained"


def test_how_after_a_fact_that_never_says_how_gets_the_neighbour_that_does(kb):
    chat = kb.conversation()
    chat.ask("Is Shenzhen promoting sales of Hechi products?")  # "… deepening its assistance in promoting …"
    answer = chat.ask("how?")
    assert answer.entry_id == "certified-products"  # "… certification, which has boosted sales …"
    chat.ask("Is Shenzhen promoting sales of Hechi products?")
    assert chat.ask("in what way?").entry_id == "certified-products"  # "way" is no topic of its own


def test_how_never_repeats_a_fact_that_does_not_say_how(kb):
    """Asked again, the same fact would only repeat what was just said: "how?" is answered by another fact
    or refused, with the neighbouring facts suggested."""
    from qa.dialogue.followup import says_how

    for entry in kb.entries:
        if says_how(entry.answer):
            continue
        chat = kb.conversation()
        if chat.ask(entry.questions[0]).entry_id != entry.id:
            continue
        answer = chat.ask("how?")
        assert answer.entry_id != entry.id, entry.id
        assert answer.answered or answer.suggestions, entry.id


CAFE = """version: 1
title: The Moonlight Cafe
entries:
  - id: owner
    questions: [Who owns the cafe?, cafe owner, Who runs the Moonlight Cafe?, owner of the cafe]
    answer: The Moonlight Cafe is owned by Ida Voss, who opened it in 2019.
    evidence: Ida Voss opened the Moonlight Cafe in 2019 and still owns it.
  - id: hours
    questions: [When is the cafe open?, opening hours, What time does the cafe open?, closing time]
    answer: The cafe is open from 8am to 6pm every day except Monday.
    evidence: The cafe opens from 8am to 6pm every day except Monday.
"""


def test_tell_me_more_with_nothing_near_is_no_small_talk_and_no_repeat(tmp_path):
    """On a knowledge base whose words say nothing of "more", "tell me more" was read as an acknowledgement ("OK.",
    answered); after a fact with no neighbour it gave the same fact again. It is neither: there is nothing more
    near that fact, so qa says it does not know and offers facts not given yet."""
    import qa

    path = tmp_path / "cafe.yaml"
    path.write_text(CAFE, encoding="utf-8")
    cafe = qa.load(path)
    alone = cafe.ask("tell me more")
    assert alone.kind is Kind.UNKNOWN and not alone.answered
    chat = cafe.conversation()
    chat.ask("Who owns the cafe?")
    more = chat.ask("tell me more")
    assert more.kind is Kind.UNKNOWN and more.entry_id is None
    assert [s.entry_id for s in more.suggestions] == ["hours"]
    how = chat.ask("how?")  # "owned by Ida Voss" says who, not how
    assert how.entry_id != "owner"


def test_a_yes_no_question_about_it_is_answered_by_the_last_fact_that_says_so(kb):
    """ "Did it help sales?" just after "… certification, which has boosted sales": "it" is the certification.
    Read alone, the consumer-assistance fact answers those words; in the conversation, the fact just given does."""
    assert kb.ask("did it help sales?").entry_id == "product-sales"
    chat = kb.conversation()
    chat.ask("How many Hechi products hold Shenzhen quality certification?")
    answer = chat.ask("did it help sales?")
    assert answer.entry_id == "certified-products" and answer.understood


CAFE_HELP = """version: 1
title: The corner cafe
entries:
  - id: loyalty-card
    questions: [When was the loyalty card launched?, loyalty card, What does the loyalty card do?]
    answer: The loyalty card was launched in March and has boosted repeat visits.
    evidence: The loyalty card, launched in March, has boosted repeat visits.
  - id: promotion
    questions: [How does the council help the cafe?, council help with visits, What help does the cafe get?]
    answer: The town council helps the cafe with leaflets that bring in visits.
    evidence: The town council helps with leaflets that bring in visits.
  - id: owner
    questions: [Who owns the cafe?, cafe owner]
    answer: The cafe is owned by Ida Voss.
    evidence: Ida Voss owns the cafe.
"""


def test_a_yes_no_question_about_it_on_another_knowledge_base(tmp_path):
    """The same on a cafe's knowledge base; a yes/no question about what the last fact never says ("is it
    expensive?") is still refused, and after a fact that says nothing of visits the question keeps its own
    reading."""
    import qa

    path = tmp_path / "cafe.yaml"
    path.write_text(CAFE_HELP, encoding="utf-8")
    cafe = qa.load(path)
    assert cafe.ask("did it help visits?").entry_id == "promotion"
    chat = cafe.conversation()
    chat.ask("When was the loyalty card launched?")
    assert chat.ask("did it help visits?").entry_id == "loyalty-card"
    assert not chat.ask("is it expensive?").answered
    chat = cafe.conversation()
    chat.ask("Who owns the cafe?")
    assert chat.ask("did it help visits?").entry_id == "promotion"


def test_what_asks_of_the_last_thing_said():
    from qa.dialogue.followup import asks_of_the_last

    for asked in ("did it help sales?", "And has that worked?", "so does this cover the villages?", "were they paid?"):
        assert asks_of_the_last(asked), asked
    for other in ("did Shenzhen help sales?", "is it is what it is", "how much was it?", "what did it cost?"):
        assert not asks_of_the_last(other), other


def test_what_was_the_goal_asks_the_aim_of_the_last_fact(kb):
    """ "What was the goal?" just after "Shenzhen began partnering with Hechi in 2016, aiming to make a real
    difference": the goal of that partnership, which its fact gives. Asked alone, no fact gives a goal."""
    assert not kb.ask("what was the goal?").answered
    for asked in ("what was the goal?", "what was the aim?", "and the purpose?"):
        chat = kb.conversation()
        chat.ask("When did Shenzhen start working with Hechi?")
        answer = chat.ask(asked)
        assert answer.entry_id == "partnership-start", asked


@pytest.mark.parametrize("question", ["what is that area?", "what's that area exactly?", "whats that region?"])
def test_that_area_is_the_area_the_last_answer_named(kb, question):
    """ "What is that area?" just after "… transfers from the Guangdong-Hong Kong-Macao Greater Bay Area" was
    refused (read alone it asks what "area" is): it points at the name the last answer gave, which ends in
    "Area" ("region" is the same word in other words)."""
    chat = kb.conversation()
    assert chat.ask("Where is Hechi taking in industry from?").entry_id == "industrial-transfers"
    answer = chat.ask(question)
    assert answer.entry_id == "greater-bay-area-name"
    assert "Greater Bay Area" in answer.understood
    assert not kb.ask(question).gives_fact  # asked alone, it points at nothing


def test_that_noun_the_last_answer_never_named_points_at_nothing(kb):
    chat = kb.conversation()
    chat.ask("How many industrial parks did Shenzhen help build in Hechi?")
    assert not chat.ask("what is that area?").gives_fact


def test_a_possessive_asks_of_the_last_topic_not_of_a_fact_far_from_it(kb):
    """ "What's their full name?" just after the editor's initials was answered with the Greater Bay Area's full
    name, which the words alone reach (three such turns in our dialogues): "their" is the editor's, which no fact
    gives. After the industrial transfers, whose neighbour gives the area's full name, it is that name."""
    chat = kb.conversation()
    assert chat.ask("Who edited the article?").entry_id == "article-editor"
    assert not chat.ask("what's their full name?").gives_fact
    chat = kb.conversation()
    chat.ask("Where is Hechi taking in industry from?")
    assert chat.ask("what's its full name?").entry_id == "greater-bay-area-name"


def test_the_one_picked_by_a_word_of_the_last_answers_list_is_that_item(kb, tmp_path):
    """After "… in these areas - industrial cooperation, labor cooperation, consumer assistance and …", "tell me
    more about the labour one" asks of labor cooperation (the synonyms table's "labour"); it was read as more of
    the list (four sets missed it). The same on another knowledge base: "the dessert one" of a menu."""
    import qa

    chat = kb.conversation()
    chat.ask("what areas do shenzhen and hechi cooperate in?")
    picked = chat.ask("tell me more about the labour one")
    assert picked.entry_id == "labor-cooperation" and picked.understood == "labor cooperation"
    path = tmp_path / "cafe.yaml"
    path.write_text(
        "version: 1\ntitle: The corner cafe\nentries:\n"
        "  - id: menu\n    questions: [What is on the menu?, menu]\n"
        "    answer: The menu has three parts - breakfast plates, soups and dessert cakes.\n"
        "    evidence: The menu has breakfast plates, soups and dessert cakes.\n"
        "  - id: cakes\n    questions: [Which cakes are there?, dessert cakes]\n"
        "    answer: The dessert cakes are lemon drizzle and carrot cake.\n"
        "    evidence: Its dessert cakes are lemon drizzle and carrot cake.\n",
        encoding="utf-8",
    )
    cafe = qa.load(path).conversation()
    cafe.ask("what is on the menu?")
    assert cafe.ask("and the dessert one?").entry_id == "cakes"


def test_a_follow_up_keeps_what_it_asks_when_read_with_the_last_topic(kb):
    """ "is her rice one of them?" after the certified products was read as the products' phrasing, without
    "one of them", and answered with the count: the kind it asks (which ones) is still asked of the fact."""
    chat = kb.conversation()
    chat.ask("my grandma grew up in a village in hechi. did all the poor counties get out of poverty?")
    assert not chat.ask("was her village one of the ones taken off the list? its a tiny place called nongla").gives_fact


@pytest.mark.parametrize("again", ["can you repeat that?", "say that again", "come again?", "repeat please"])
def test_asking_to_hear_it_again_gives_the_last_fact_again(kb, again):
    """ "can you repeat that?" got the capabilities blurb, "say that again" a bare "OK.": it asks for the last
    answer once more. A line that only starts so ("repeat after me: …") is no such request."""
    chat = kb.conversation()
    first = chat.ask("how many parks did shenzhen build?")
    again_answer = chat.ask(again)
    assert again_answer.entry_id == first.entry_id == "industrial-parks" and again_answer.text == first.text
    from qa.dialogue.followup import asks_again

    assert not asks_again("repeat after me: hello") and not asks_again("what was that about poverty?")


def test_a_refused_follow_up_shows_what_it_was_asked_of_in_words_a_person_reads(kb):
    """ "when was that?" after the parks is refused; `understood` (JSON, /why) was the matcher's reading, "when was
    industrial parks has shenzhen helped build in hechi?". It is the line and the question it points at."""
    chat = kb.conversation()
    chat.ask("how many parks did shenzhen build?")
    refused = chat.ask("when was that?")
    assert not refused.answered
    assert refused.understood == "when was that? (of: How many industrial parks has Shenzhen helped build in Hechi?)"
