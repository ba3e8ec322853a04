"""The matcher's behaviour on the failure modes people actually hit (bundled knowledge base)."""

from __future__ import annotations

import pytest
from helpers import authors_kb

import qa
import qa.tuning
from qa.matcher import Scored, confidence
from qa.text import Analyzer


def test_headline_question_answers_51_products_from_32_companies(kb):
    answer = kb.ask("How many Hechi products hold Shenzhen certification?")
    assert answer.answered and answer.entry_id == "certified-products"
    assert "51" in answer.text and "32" in answer.text
    assert "51 products" in answer.evidence


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("certified products", "certified-products"),  # terse keywords
        ("funding", "financial-support"),
        ("industrial parks", "industrial-parks"),
        ("how many villiges were removd from the povrty list", "villages-removed-from-poverty-list"),  # typos
        ("total fundng from guangdong and shenzen", "financial-support"),  # a misspelt synonym
        ("How many firms from Guangdong invested in Hechi?", "companies-invested"),  # synonyms
        ("How much labour training was there, in sessions?", "training-sessions"),
        ("In 2016 what did Shenzhen start doing with Hechi?", "partnership-start"),  # word order
        ("what is 765,200?", "people-lifted-out-of-poverty"),  # numbers name their fact
        ("Who organizes skills training in Hechi?", "labor-cooperation"),  # its answer says "organises"
        ("Which city supported Hechi's anti-poverty work?", "poverty-alleviation-role"),  # a who-fact
        ("did shenzhen help hechi get rid of poverty", "poverty-alleviation-role"),
        ("What steps are Shenzhen and Hechi taking on labor cooperation?", "labor-cooperation"),  # asks the fact
        ("Where can I find this article online?", "article-publication"),  # a place, not instructions
        ("In what year was the Shenzhen-Hechi pairing founded?", "partnership-start"),  # founded: started
        ("Which city was chosen to partner with Hechi?", "partnership-start"),  # which, not why, it was chosen
        ("Which parts of Hechi did the assistance cover?", "counties-districts-covered"),  # asks where
        (  # a programme's name, not another place
            "In the Guangdong-Guangxi cooperation, how many impoverished villages in Hechi were struck off the list?",
            "villages-removed-from-poverty-list",
        ),
    ],
)
def test_paraphrases_typos_synonyms_and_terse_queries_find_their_entry(kb, question, expected):
    answer = kb.ask(question)
    assert answer.answered, (question, answer.score, answer.why.best_entry)
    assert answer.entry_id == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many companies invested in Hechi?", "companies-invested"),
        ("How many companies hold Shenzhen certification?", "certified-products"),
        ("How many counties were lifted out of poverty?", "counties-out-of-poverty"),
        ("How many counties and districts were covered?", "counties-districts-covered"),
        ("How many people were trained?", "people-trained"),
        ("number of trainees", "people-trained"),  # a trainee is a person, not a training
        ("How many people were lifted out of poverty?", "people-lifted-out-of-poverty"),
        ("How many villages were lifted out of poverty?", "villages-removed-from-poverty-list"),
        ("How many training sessions were held?", "training-sessions"),
    ],
)
def test_near_miss_entries_are_told_apart_by_the_word_that_matters(kb, question, expected):
    assert kb.ask(question).entry_id == expected


@pytest.mark.parametrize(
    "question",
    [
        "How many bridges did Shenzhen build in Hechi?",
        "What is the area of Hechi?",
        "How many hospitals did Guangdong fund?",
        "What is the capital of France?",
        "asdfgh qwerty",
        "",
        "   ",
    ],
)
def test_out_of_scope_questions_are_refused_with_no_answer_text(kb, question):
    answer = kb.ask(question)
    assert not answer.answered
    assert answer.text is None and answer.entry_id is None and answer.evidence is None


def test_unknown_words_cost_confidence(kb):
    known = kb.ask("How many industrial parks did Shenzhen build in Hechi?")
    unknown = kb.ask("How many hospitals did Shenzhen build in Hechi?")
    assert unknown.score < known.score
    assert "hospitals" in unknown.why.unknown


def test_an_unknown_deed_a_question_ends_on_is_what_it_asks(kb):
    """ "How many of the stolen bikes were recovered?" was answered with the thefts (88): a word in -ed is
    weighed as an everyday one ("characterised"), but a question that ends on what was done ("were
    recovered", "be refurbished") asks about that deed, which a fact that never says it does not answer. The
    same word elsewhere, or after "it was", is still everyday."""
    assert not kb.ask("How many industrial parks were demolished?").gives_fact
    assert (
        kb.ask("How many industrial parks were demolished?").score
        < 0.6 * kb.ask("How many industrial parks were there?").score
    )
    aside = kb.ask("How many industrial parks, demolished or not, were built?")
    assert aside.entry_id == "industrial-parks" and aside.answered
    clause = kb.ask("What view count did the article show at the time it was captured?")
    assert clause.entry_id == "article-views" and clause.answered


def test_typos_are_corrected_against_the_knowledge_base_vocabulary(kb):
    answer = kb.ask("how many certifed prodcts")
    assert ("certifed", "certified") in answer.why.corrections
    assert answer.entry_id == "certified-products"


def test_a_real_english_word_is_no_typo_for_another_word(tmp_path):
    """ "writing" is not a slip for the knowledge base's "waiting", nor "lives" for "lines"; "catalog" is
    still read as the knowledge base's "catalogue" (another form of the same word)."""
    import qa

    path = tmp_path / "kb.yaml"
    path.write_text(
        "version: 1\ntitle: Clinic\nentries:\n"
        "  - id: waiting\n    questions: [How long is the waiting time?, waiting time, waiting list lines,"
        " counting patients]\n"
        "    answer: The waiting time is 40 minutes.\n    evidence: The waiting time is 40 minutes.\n"
        "  - id: catalogue\n    questions: [How big is the online catalogue?, catalogue size]\n"
        "    answer: The online catalogue lists 900 items.\n    evidence: The online catalogue lists 900 items.\n",
        encoding="utf-8",
    )
    kb = qa.load(path)
    for question in ("How long is the writing time?", "How many lives?", "how many are courting it?"):
        assert not kb.ask(question).why.corrections  # "courting": a form of "court", which the list holds
    assert kb.ask("how big is the online catalog").entry_id == "catalogue"
    assert kb.ask("waitng time").why.corrections == (("waitng", "waiting"),)


def test_a_real_english_word_is_never_dropped_as_a_slip_in_a_function_word(tmp_path):
    """ "who owns the Maud Ellen?" was read as "who … Maud Ellen" ("owns" dropped as a slip for "own"), and got
    the fact that only names the boat, at 68: the question is about who owns it, which no fact says."""
    import qa

    path = tmp_path / "kb.yaml"
    path.write_text(
        "version: 1\ntitle: Swing bridge\nentries:\n"
        "  - id: first-boat\n    questions: [Which boat went through first?, first boat through, first vessel]\n"
        "    answer: The Maud Ellen was the first boat through.\n    evidence: The Maud Ellen went through first.\n"
        "  - id: cost\n    questions: [How much did the repair cost?, repair cost, price of the repair]\n"
        "    answer: The repair cost 4 million pounds.\n    evidence: The repair cost 4 million pounds.\n",
        encoding="utf-8",
    )
    kb = qa.load(path)
    asked = kb.ask("who owns the maud ellen")
    assert "owns" in [item.typed for item in kb.index.query("who owns the maud ellen").tokens]
    assert not asked.answered
    assert kb.ask("thhis first boat").entry_id == "first-boat"  # a slip in a function word still goes


def test_a_short_stem_begun_by_another_word_is_no_form_of_it(write_kb):
    """ "speed" is stemmed "spe", which "spend" begins, and "fined" "fin", which "find" begins: a root that short
    says nothing, and neither English word is read as the other ("how much was Westline fined?")."""
    import qa

    kb = qa.load(
        write_kb(
            "version: 1\ntitle: Works\nentries:\n"
            "  - id: spend\n    questions: [How much did the city spend?, city spending]\n"
            "    answer: The city spent £2 million.\n    evidence: The city spent £2 million.\n"
            "  - id: find\n    questions: [What did the survey find?, survey findings]\n"
            "    answer: The survey found 40 leaks.\n    evidence: The survey found 40 leaks.\n"
        )
    )
    for question in ("What is the top speed?", "How much was Westline fined?"):
        assert not kb.ask(question).why.corrections, question


def test_a_word_cut_short_is_read_as_the_word_it_begins(write_kb):
    """ "cert" and "projs" are the certification and the projects; "dist" begins two different words (district,
    distribution) and "pro" is an English word: neither is read as anything."""
    import qa

    kb = qa.load(
        write_kb(
            "version: 1\ntitle: Grants\nentries:\n"
            "  - id: certified\n    questions: [How many firms are certified?, certified firms, certification count]\n"
            "    answer: 32 firms hold the certificate.\n    evidence: 32 firms hold the certificate.\n"
            "  - id: projects\n    questions: [How many projects were funded?, funded projects, project count]\n"
            "    answer: 439 projects were funded in the district.\n"
            "    evidence: 439 projects were funded in the district.\n"
            "  - id: spread\n    questions: [How was the money distributed?, distribution of funds, funds split]\n"
            "    answer: The money was distributed by need.\n    evidence: The money was distributed by need.\n"
        )
    )
    assert kb.ask("how many firms have a cert").entry_id == "certified"
    assert [fixed for _, fixed in kb.ask("how many projs").why.corrections] == ["projects"]
    assert not kb.ask("dist funds").why.corrections and not kb.ask("pro count").why.corrections


def test_a_word_typed_without_its_vowels_is_read_as_the_one_word_it_fits(kb, write_kb):
    """ "how many companies invstd in hechi" was refused at 35, "never mentions “invstd”": text-speak drops
    vowels. A vowel-less word that only one knowledge-base word fits is that word; one that two fit ("lttr":
    letter or litter) is read as nothing."""
    import qa

    answer = kb.ask("how many companies invstd in hechi")
    assert answer.entry_id == "companies-invested"
    assert ("invstd", "invested") in answer.why.corrections
    assert [fixed for _, fixed in kb.ask("how many prjcts were there").why.corrections] == ["projects"]
    both = qa.load(
        write_kb(
            "version: 1\ntitle: Streets\nentries:\n"
            "  - id: letter\n    questions: [Who sent the letter?, letter sender]\n"
            "    answer: The mayor sent the letter.\n    evidence: The mayor sent the letter.\n"
            "  - id: litter\n    questions: [How much litter was collected?, litter collected]\n"
            "    answer: Two tonnes of litter were collected.\n    evidence: Two tonnes of litter were collected.\n"
        )
    )
    assert not both.ask("lttr").why.corrections


def test_the_clitic_of_a_contraction_weighs_nothing(kb):
    """ "I'm" is not "I" and an unknown word "m" that costs like a topic word."""
    assert kb.ask("I'm curious: how many parks did Shenzhen help build?").entry_id == "industrial-parks"
    typed = {item.typed for item in kb.index.query("I'm sure they're there, how many parks?").tokens}
    assert not typed & {"m", "re"}


def test_refusal_offers_suggestions_with_id_phrasing_and_score(kb):
    answer = kb.ask("how many companies")  # ambiguous: invested (76) or certified (32)?
    ids = {s.entry_id for s in answer.suggestions} | {answer.entry_id}
    assert {"companies-invested", "certified-products"} <= ids
    for suggestion in answer.suggestions:
        assert 0 <= suggestion.score <= 100
        assert suggestion.question in kb.entry(suggestion.entry_id).questions


def test_suggestions_are_offered_as_questions_not_keyword_phrasings(write_kb):
    """ "Did you mean: 2. people out of poverty" offered a keyword phrasing where the entry has a question."""
    kb = qa.load(
        write_kb(
            "version: 1\ntitle: Poverty\nentries:\n"
            "  - id: people-out\n"
            "    questions: [people out of poverty, How many people got out of poverty?, poor people]\n"
            "    answer: 700 people got out of poverty.\n    evidence: 700 people got out of poverty.\n"
            "  - id: parks\n    questions: [industrial parks, How many parks were built?, parks built]\n"
            "    answer: 20 parks were built.\n    evidence: 20 parks were built.\n"
        )
    )
    answer = kb.ask("people out of poverty in the mountains of the north")
    assert not answer.answered and answer.suggestions
    assert answer.suggestions[0].question == "How many people got out of poverty?"


def test_threshold_is_overridable_per_question(kb):
    question = "What is the area of Hechi?"
    assert not kb.ask(question).answered
    assert kb.ask(question, threshold=0).answered
    assert not kb.ask("how many certified products are there", threshold=100).answered  # scores 97.8


def test_scores_stay_in_range_and_are_deterministic(kb):
    for question in ["parks", "How many Hechi products hold Shenzhen certification?", "zzz", "2016"]:
        first, second = kb.ask(question), kb.ask(question)
        assert 0 <= first.score <= 100
        assert first == second


def test_answer_is_a_frozen_dataclass_with_the_documented_fields():
    answer = qa.ask("parks")
    for name in ("question", "answered", "text", "entry_id", "score", "matched_question", "evidence", "suggestions"):
        assert hasattr(answer, name)
    with pytest.raises(AttributeError):
        answer.score = 1  # type: ignore[misc]
    assert set(answer.to_dict()) == {
        "question",
        "answered",
        "kind",
        "answer",
        "id",
        "score",
        "matched",
        "evidence",
        "understood",
        "suggestions",
        "parts",
    }


SHIFT_KB = """\
version: 1
title: Orchard
entries:
  - id: trees-planted
    questions: [How many apple trees were planted?, apple trees planted, number of trees planted]
    answer: The orchard planted 120 apple trees in 2019.
    evidence: In 2019 the orchard planted 120 apple trees.
  - id: harvest-origin
    questions: [Where does the harvest go?, harvest destination, Where is the harvest sold?]
    answer: The orchard still sells its harvest at the Riverside market.
    evidence: The harvest is sold at the Riverside market.
  - id: harvest-price
    questions: [How much does the harvest sell for?, harvest price, What is the price of the harvest?]
    answer: The harvest sells for 3 dollars a kilo at the market.
    evidence: Apples sell for 3 dollars a kilo at the market.
  - id: visiting
    questions: [How do I visit the orchard?, visiting the orchard, When can I visit the orchard?]
    answer: Visitors can come to the orchard on weekends.
    evidence: The orchard is open to visitors on weekends.
"""


@pytest.fixture
def orchard(write_kb):
    return qa.load(write_kb(SHIFT_KB))


def test_a_word_that_shifts_the_question_costs_confidence_unless_the_entry_uses_it(orchard):
    plain = orchard.ask("How many apple trees were planted?")
    assert plain.answered
    for shifted in ("How many apple trees are still planted?", "How many apple trees were planted before 2019?"):
        answer = orchard.ask(shifted)
        assert answer.score < plain.score * 0.8, shifted
        assert answer.why.best_entry == "trees-planted"
    said = orchard.ask("Where is the harvest still sold?")  # its answer says "still": nothing shifts
    assert said.answered and said.score > 0.85 * orchard.ask("Where is the harvest sold?").score


def test_which_asks_for_names_an_entry_never_gives_but_which_place_asks_where(orchard):
    where = orchard.ask("Where is the harvest sold?")
    which_place = orchard.ask("In which town is the harvest sold?")
    which_thing = orchard.ask("Which harvest is sold?")  # names a harvest: the entry only says where it goes
    assert which_place.answered and which_place.entry_id == "harvest-origin"
    assert "town" not in which_place.why.unknown  # the form of a where-question, not an unknown topic
    assert which_place.score > 0.85 * where.score
    assert not which_thing.answered and which_thing.score < 0.6 * where.score


def test_either_or_questions_are_answered_by_the_entry_that_speaks_to_one_alternative(orchard):
    """ "A or B?" asks to tell two facts apart: the alternative an entry does not cover is not held against
    it (numbers too, when both sides name one), but a never-seen alternative is, and so is skipping the
    question's subject."""
    number_named = orchard.ask("Is 120 the number of apple trees planted or of harvests sold at the market?")
    numbers_offered = orchard.ask("Did the orchard plant 120 or 150 apple trees?")
    assert number_named.answered and number_named.entry_id == "trees-planted"
    assert numbers_offered.answered and numbers_offered.entry_id == "trees-planted"
    assert not orchard.ask("Were the apple trees planted in spring or in autumn?").answered
    subject = orchard.ask("Is the harvest sold at the Riverside market or at the apple trees?")
    assert subject.entry_id == "harvest-origin"


def test_a_year_or_two_is_about_that_long_not_two_alternatives(small_kb):
    """ "could he enter in a year or two?" is no choice between "a year" and "two": read as one, the
    entry with a "two" in it answered the second alternative alone (96)."""
    kb = small_kb(
        "version: 1\ntitle: Robots\nentries:\n"
        "  - id: task\n    questions: [What did the robots have to do?]\n"
        "    answer: Each robot had two minutes to sort coloured blocks.\n"
        "    evidence: Each robot had two minutes to sort coloured blocks.\n"
        "  - id: ages\n    questions: [How old were the pupils who took part?]\n"
        "    answer: The pupils who took part were aged 9 to 13.\n"
        "    evidence: The pupils who took part were aged 9 to 13.\n"
    )
    about = kb.index.query("could my son enter in a year or two?")
    assert {item.side for item in about.tokens} == {0}  # one question, no side an entry may answer alone
    assert kb.ask("could my son enter in a year or two?").score < 0.8 * kb.ask("what did the robots have to do?").score
    choice = kb.index.query("did the robots have two or three minutes?")
    assert {item.side for item in choice.tokens} == {1, 2}  # a choice still


def test_number_of_asks_how_many(orchard):
    """ "number of …" wants a count: asked of an entry whose answer holds no number, it is doubted."""
    assert orchard.ask("number of harvest destinations").score < 0.6 * orchard.ask("harvest destination").score
    counted = orchard.ask("number of apple trees planted")
    assert counted.answered and counted.entry_id == "trees-planted"


def test_why_asks_for_a_reason_an_entry_that_never_says_why_cannot_give(orchard):
    plain = orchard.ask("How many apple trees were planted in 2019?")
    why = orchard.ask("Why were 120 apple trees planted in 2019?")
    assert plain.answered and not why.answered
    assert why.score < 0.6 * plain.score


def test_a_question_about_a_property_the_fact_never_states_is_marked_down(orchard):
    """ "How much did the trees cost?", "why were apple trees chosen?": the words of a fact, asking for a cost,
    a size, a breakdown or a choice it never states. An entry that speaks of it ("price") answers."""
    plain = orchard.ask("How many apple trees were planted?")
    assert plain.answered
    for question in (
        "What did the apple trees planted cost?",
        "How were the apple trees planted split between fields?",
        "Why were apple trees chosen to be planted?",
        "What is the size of the apple trees planted?",
    ):
        answer = orchard.ask(question)
        assert answer.why.best_entry == "trees-planted", question
        assert not answer.answered and answer.score < 0.8 * plain.score, question
    slip = orchard.ask("How many apple trees were planted stil?")  # a slip in "still" shifts as much as the word
    assert slip.score < 0.8 * plain.score
    priced = orchard.ask("What is the harvest price?")
    assert priced.answered and priced.entry_id == "harvest-price"


@pytest.mark.parametrize(
    "question",
    [
        "How do I get apple trees planted?",  # instructions
        "How big were the apple trees planted?",  # a magnitude: only an amount ("how much") gives one
        "How many of the 120 apple trees were planted?",  # a part of the counted whole
    ],
)
def test_a_kind_of_question_an_entry_is_never_asked_is_marked_down(orchard, question):
    plain = orchard.ask("How many apple trees were planted?")
    answer = orchard.ask(question)
    assert answer.why.best_entry == "trees-planted"
    assert not answer.answered and answer.score < 0.8 * plain.score


def test_an_entry_asked_that_kind_of_question_answers_it(orchard):
    visit = orchard.ask("how can i visit the orchard")
    assert visit.answered and visit.entry_id == "visiting"
    amount = orchard.ask("How big is the harvest price?")
    assert amount.answered and amount.entry_id == "harvest-price"


def test_a_name_the_entry_never_mentions_is_marked_down(orchard):
    """ "at Riverside" names a place the knowledge base knows from another fact; "in Lakeside" one it has never
    seen. Either way the question is about somewhere this fact does not speak of."""
    plain = orchard.ask("How many apple trees were planted?")
    for question in (
        "How many apple trees were planted at Riverside?",
        "How many apple trees were planted in Lakeside?",
    ):
        answer = orchard.ask(question)
        assert answer.why.best_entry == "trees-planted", question
        assert not answer.answered and answer.score < 0.8 * plain.score, question
    named = orchard.ask("Where is the harvest sold at Riverside?")  # its answer names Riverside
    assert named.answered and named.entry_id == "harvest-origin"


@pytest.mark.parametrize(
    "question",
    [
        "How many villages in Hechi, Guangxi were removed from the poverty list?",
        "How many industrial parks has Shenzhen built in Hechi in Guangxi?",
        "How many villages in Guangxi's Hechi left the poverty list?",
    ],
)
def test_a_name_that_says_where_a_named_place_is_asks_about_no_other_place(kb, question):
    """The facts never say "Guangxi", but "Hechi, Guangxi" only says where Hechi is."""
    assert kb.ask(question).answered


def test_a_name_beside_another_as_an_actor_is_still_another_place(kb):
    assert not kb.ask("How much money did Guangxi give Shenzhen?").answered


def test_a_capitalised_word_is_read_as_a_name_not_corrected_into_a_word_we_know(kb):
    """ "Baise" is a place the article never mentions, not a slip for "base"; "Shenzen" is a slip for a name."""
    elsewhere = kb.ask("How many industrial parks has Shenzhen helped build in Baise?")
    assert not elsewhere.answered and "baise" in elsewhere.why.unknown
    misspelt = kb.ask("How many industrial parks has Shenzen helped build in Hechi?")
    assert misspelt.answered and misspelt.entry_id == "industrial-parks"
    title_case = kb.ask("How Many Villiges Were Removed From The Poverty List?")  # capitals that name nothing
    assert title_case.answered and title_case.entry_id == "villages-removed-from-poverty-list"


@pytest.mark.parametrize(
    "trap, fact",
    [
        ("What is the sales value of Hechi products in Shenzhen?", "Is Shenzhen helping sell Hechi products?"),
        ("Where are the rural vitalization demonstration areas located?", "rural vitalization demonstration areas"),
        (
            "How does a Hechi company obtain Shenzhen quality certification?",
            "Hechi companies with Shenzhen certification",
        ),
        ("How big are the joint industrial parks?", "How many joint industrial parks are there?"),
    ],
)
def test_the_words_of_a_fact_asking_for_what_it_does_not_state_are_refused(kb, trap, fact):
    """A value where the fact says sales grow, a location where it names a programme, a procedure where it
    counts certified companies, a size where it counts parks: every word known, the question not answered."""
    assert kb.ask(fact).answered
    assert not kb.ask(trap).answered


def test_an_amount_is_asked_of_the_fact_that_gives_one(kb):
    for question in ("What was the value of the funding for Hechi?", "What amount of money did Guangdong give Hechi?"):
        answer = kb.ask(question)
        assert answer.answered and answer.entry_id == "financial-support", question


def test_a_word_the_synonyms_table_defines_shifts_nothing(kb):
    """ "budget" is listed as a word for funding, so it asks about funding, not for a property beside it."""
    budget = kb.ask("What was the budget Guangdong and Shenzhen gave Hechi?")
    assert budget.answered and budget.entry_id == "financial-support"


def test_how_many_of_something_else_is_not_the_count_an_entry_gives(kb):
    """ "How many jobs …" asked of the entry that counts parks: the thing counted does not match."""
    parks = kb.ask("How many industrial parks did Shenzhen help build in Hechi?")
    jobs = kb.ask("How many jobs did the industrial parks in Hechi create?")
    assert parks.answered and parks.entry_id == "industrial-parks"
    assert not jobs.answered
    folks = kb.ask("how many folks got job training")  # "folks" are the people the entry counts
    assert folks.answered and folks.entry_id == "people-trained"


def test_inflections_and_spellings_meet_but_a_trainee_is_no_training():
    stem = Analyzer().stem
    assert stem("organise") == stem("organized") == stem("organisation") == stem("organizing")
    assert stem("trained") == stem("training") != stem("trainees")
    assert stem("trainee") == stem("trainees")
    # irregular verbs meet their other forms; words as often something else ("left", "found") keep their own
    assert stem("beaten") == stem("beat") and stem("sold") == stem("sell") == stem("selling")
    assert stem("taught") == stem("teaching") and stem("built") == stem("building")
    assert stem("left") != stem("leave") and stem("found") != stem("find") and stem("made") != stem("make")
    # a short verb's doubled consonant ("setting", "running", "fitted") and an ending that stays ("pass")
    assert stem("setting") == stem("set") and stem("running") == stem("run") and stem("fitted") == stem("fit")
    assert stem("pass") == stem("passes") == stem("passed") and stem("miss") == stem("missing")
    # a word and its inflected forms meet however far the derivation cuts ("implement" is no "-ment" noun)
    for family in (
        ("implement", "implemented", "implementing", "implements"),
        ("apply", "applied", "applies", "applying"),
        ("comment", "commented"),
        ("witness", "witnessed"),
        ("organisation", "organisations", "organization"),
        ("travel", "travelling", "traveled"),
        ("cancel", "cancelled", "canceled"),
        ("succeed", "succeeded", "succeeding"),
        ("agree", "agreed", "agreeing"),
    ):
        assert len({stem(word) for word in family}) == 1, family


def test_a_short_word_is_never_corrected_across_its_first_letter_a_long_one_may_be(kb):
    """People rarely get the first letter wrong: one slip may not change it ("tunds" is not "funds"), but a
    long word, allowed two slips, may ("hartnership")."""
    speller = kb.index.speller
    assert speller.correct("fumds").word == "funds"
    assert speller.correct("tunds") is None or speller.correct("tunds").word != "funds"
    assert speller.correct("hartnership").word == "partnership"
    assert speller.correct("partnersip").word == "partnership"


def test_entries_close_behind_lower_confidence_a_crowd_more_than_one():
    """Two entries almost level: ambiguous; three: it could be about any of them."""
    tuning = qa.tuning.Tuning()
    alone = [Scored(0, 75.0, "a")]
    pair = [*alone, Scored(1, 74.0, "b")]
    crowd = [*pair, Scored(2, 69.0, "c")]
    assert confidence(alone, tuning) == 75.0
    assert confidence(pair, tuning) == 75.0 - (tuning.close_margin - 1.0) * tuning.margin_factor
    assert confidence(crowd, tuning) < confidence(pair, tuning) < 75.0
    far = [*pair, Scored(2, 75.0 - tuning.close_margin - 1, "c")]
    assert confidence(far, tuning) == confidence(pair, tuning)


@pytest.mark.parametrize("filler", ["again", "exactly", "anyway", "though", "basically"])
def test_a_discourse_word_changes_nothing(kb, filler):
    """ "how many parks were there again?" asks what "how many parks were there?" asks."""
    plain = kb.ask("how many counties were covered")
    said = kb.ask(f"how many counties were covered {filler}")
    assert (said.entry_id, said.score) == (plain.entry_id, plain.score)


def test_a_real_word_near_an_everyday_one_is_kept_as_typed_and_cheap(kb):
    """ "live" was read as "like" (an everyday word one slip away) and /why said so; it is kept as typed, and
    costs as little as the slip did."""
    answer = kb.ask("how many people live in Hechi?")
    assert "live" in answer.why.tokens and "like" not in answer.why.tokens
    live = [item for item in kb.index.query("how many people live in Hechi?").tokens if item.typed == "live"]
    assert live and live[0].weight < kb.index.unknown_weight / 2


@pytest.mark.parametrize("span", ["months", "weeks", "decades"])
def test_a_span_of_time_no_entry_names_costs_little(kb, span):
    """ "why was the elephant house months late?": "months", like "days" and "years", is glue where no entry
    says it, not a topic the knowledge base never heard of ("months" and "weeks" cost as much as one)."""
    question = f"How many villages were taken off the poverty list over the {span}?"
    said = [item for item in kb.index.query(question).tokens if item.typed == span]
    assert said and said[0].token is None and said[0].weight < kb.index.unknown_weight / 4
    assert kb.ask(question).entry_id == "villages-removed-from-poverty-list"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("When did the two cities team up?", "partnership-start"),
        ("What kinds of things do the two places work together on?", "cooperation-areas"),
        ("What phase is the teamwork between the two provinces in now?", "new-stage"),
    ],
)
def test_the_two_cities_are_the_two_a_fact_names(kb, question, entry):
    """ "the two cities", "the two provinces": Shenzhen and Hechi, Guangdong and Guangxi, which the facts name;
    read as topic words they counted against every entry, and these questions (seven across the natural sets,
    by five labellers) were refused."""
    from qa.text import without_the_pair

    assert kb.ask(question).entry_id == entry
    kept = ["how", "many", "of", "the", "two", "million", "people"]
    assert without_the_pair(kept) == kept
    assert without_the_pair(["both", "sides", "agreed"]) == ["agreed"]


def test_ended_up_before_a_verb_says_only_that_it_happened(kb):
    """ "how many Guangdong firms ended up investing in Hechi …?" asks how many invested: "ended" read as a word
    of its own (the synonyms table's "beat", as poverty ended) cost the right entry its answer. "What did it
    end up costing?" asks the final figure and keeps the words."""
    from qa.text import without_ending_up

    question = "how many Guangdong firms ended up investing in Hechi because of this program?"
    assert kb.ask(question).entry_id == "companies-invested"
    assert without_ending_up(["firms", "ended", "up", "investing"]) == ["firms", "investing"]
    kept = ["what", "did", "it", "end", "up", "costing"]
    assert without_ending_up(kept) == kept


@pytest.mark.parametrize(
    ("knowledge_base", "question", "entry"),
    [
        ("lido", "why did the lido close in the first place", "closure"),
        ("recall", "What caused the seals to fail in the first place?", "root-cause"),
        ("swingbridge", "why was the bridge closed in the first place", "crack"),
    ],
)
def test_set_phrases_cost_no_topic(knowledge_base, question, entry):
    """ "in the first place" says nothing of the topic: read as words, "first" and "place" counted against the
    entry that gives the reason, and these questions (three knowledge bases, three authors) were refused. The
    words stay where they are no set phrase ("who came first?")."""
    from qa.text import without_idioms

    answer = authors_kb(knowledge_base).ask(question)
    assert answer.answered and answer.entry_id == entry
    assert without_idioms(["why", "close", "in", "the", "first", "place"]) == ["why", "close"]
    kept = ["which", "team", "came", "in", "first", "place"]
    assert without_idioms(kept) == kept
    # "every one of": all of them; "one" is no word the question asks about
    assert without_idioms(["did", "every", "one", "of", "the", "counties"]) == ["did", "every", "the", "counties"]


def test_back_then_asks_of_the_time_just_spoken_of(kb):
    """ "what was the aim back then?" after the partnership's start got Shenzhen's continued support (75):
    "back" read as backing. "Back then", "at that time" say when, as the last answer did, no topic."""
    conversation = kb.conversation()
    conversation.ask("when did the partnership start?")
    answer = conversation.ask("what was the aim back then?")
    assert answer.answered and answer.entry_id == "partnership-start"


def test_these_days_asks_of_now_as_any_question_does(kb):
    """ "in which areas are Shenzhen and Hechi working together these days?" was refused (62): "days" counted
    against the entry as a topic word. "these days" and "at the moment" ask of now, as a question does."""
    answer = kb.ask("Please forgive my ignorance - in which areas are Shenzhen and Hechi working together these days?")
    assert answer.answered and answer.entry_id == "cooperation-areas"
    assert authors_kb("tunnel").ask("how many people are employed on the tunnel job at the moment?").answered


@pytest.mark.parametrize(
    ("knowledge_base", "question", "entry"),
    [
        ("earnings", "wat did the finance guy say about cash", "finance-director-quote"),
        ("harvest", "is the 2025 vintage any good quality wise", "wine-quality"),
        ("bikeshare", "how many of the bikes in the fleet are electric ones?", "fleet-size"),
        # the asker's own family: who asks, not what is asked about
        ("library", "my son and daughter love the summer reading challenge, how many kids took part?",
         "summer-reading-challenge"),
    ],
)  # fmt: skip
def test_chat_fillers_cost_no_topic(knowledge_base, question, entry):
    """ "the finance guy", "quality wise", "electric ones", "my son and daughter": fillers that name nothing
    asked about, not unknown topics."""
    other = authors_kb(knowledge_base)
    assert other.ask(question).entry_id == entry


def test_why_reads_a_name_the_synonyms_expand_once(tmp_path):
    """ "larkspur island: [larkspur]" makes the question's "Larkspur" three tokens (the whole name and its
    words); /why showed it three times ("read as: what larkspur larkspur larkspur")."""
    path = tmp_path / "ferry.yaml"
    path.write_text(
        "version: 1\ntitle: Ferry\nsynonyms:\n  larkspur island: [larkspur]\nentries:\n"
        "  - id: crossing\n    questions: [How long is the crossing to Larkspur Island?]\n"
        "    answer: The crossing to Larkspur Island takes 40 minutes.\n"
        "    evidence: The crossing to Larkspur Island takes 40 minutes.\n",
        encoding="utf-8",
    )
    why = qa.load(path).ask("how long to larkspur").why
    assert why.tokens.count("larkspur") == 1


def test_an_intensifier_names_nothing(kb):
    """ "what's this article even about" was refused (56): "even" cost as much as the question's few words."""
    assert kb.ask("ok so what's this article even about").entry_id == "article-topic"


@pytest.mark.parametrize(
    ("knowledge_base", "question", "without_it"),
    [
        ("tunnel", "what was the thing with the boulders?", "what was it with the boulders?"),
        ("recall", "is there something wrong with the brakes?", "is there wrong with the brakes?"),
        ("earnings", "has the union said anything about the job cuts?", "has the union said about the job cuts?"),
    ],
)
def test_a_placeholder_word_names_nothing(knowledge_base, question, without_it):
    """ "the thing with the boulders", "something wrong": a word that stands in for what is not named is no
    topic; it cost like a topic word the entry lacks (the first line scored 70, not 84)."""
    other = authors_kb(knowledge_base)
    asked, plain = other.ask(question), other.ask(without_it)
    assert asked.entry_id == plain.entry_id
    assert asked.score == pytest.approx(plain.score)


CODED_LINES = """\
version: 1
title: Two routes
entries:
  - id: tram-line
    questions: [When did Line T1 open?, Line T1 opening date]
    answer: Line T1 opened in 2019.
    evidence: Line T1 opened in 2019.
  - id: bus-route
    questions: [When did bus route 1 start?, route 1 start date]
    answer: Bus route 1 started running in 2005.
    evidence: Bus route 1 started running in 2005.
"""


def test_a_code_with_a_number_is_one_name_not_a_word_and_a_number(write_kb):
    kb = qa.load(write_kb(CODED_LINES))
    assert kb.ask("T1 start date").entry_id == "tram-line"  # not route 1: "T1" is no "1"
    assert kb.ask("route 1 start date").entry_id == "bus-route"
    assert not kb.ask("when did line T2 open?").answered  # another line altogether
