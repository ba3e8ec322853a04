"""dialogue/framing: lead-ins, asides and politeness are cut before matching."""

import pytest
from helpers import authors_kb

from qa.dialogue.framing import strip

CASES = [
    ("sorry to bother you, but roughly when did Shenzhen and Hechi join forces, if you happen to know?",
     "when did Shenzhen and Hechi join forces?"),
    ("Quick question, how many parks are there lol", "how many parks are there"),
    ("I was reading about Hechi and wondered how many villages got out of poverty",
     "how many villages got out of poverty"),
    ("so how much cash did hechi get?", "how much cash did hechi get?"),
    ("how many counties?", "how many counties?"),  # nothing to cut
    ("hey there, I'm writing a piece for our newsletter and wanted to check which city helped Hechi?",
     "which city helped Hechi?"),
    ("Hello, customers keep asking me when the parks opened, do you happen to know?", "when the parks opened?"),
    ("hi, sorry if this is a dumb question, but when did it start?", "when did it start?"),
    ("this might be a dumb question but what does the article cover?", "what does the article cover?"),
    ("ok this is probably silly, but when did it start?", "when did it start?"),
    ("this is dumb", "this is dumb"),  # a remark, no question: nothing would be left
    ("doing a presentation tmrw and i need the number of parks", "i need the number of parks"),  # and when
    ("Good morning! could you tell me how many parks there are?", "how many parks there are?"),
    ("hiya, how many parks, any idea?", "how many parks?"),
    ("What's the story about in a nutshell?", "What's the story about?"),  # how to say it, not what about
    ("in a nutshell whats this article about?", "whats this article about?"),  # … said first, too
    ("Briefly, how much did Hechi get?", "how much did Hechi get?"),
    ("can you sum up the report in one sentence?", "can you sum up the report?"),
    ("fine. who is this article by?", "who is this article by?"),
    ("ok fair. who wrote it?", "who wrote it?"),
    ("random but how many parks are there", "how many parks are there"),
    ("Great Bay Area size?", "Great Bay Area size?"),  # a lead word needs its punctuation to be framing
    ("I'm new to all this, so bear with me: how many parks and how many projects?",
     "how many parks and how many projects?"),  # a lead-in about the asker, cut at a colon
    ("That's useful, my shop might stock some one day - is Shenzhen pushing sales of Hechi products?",
     "is Shenzhen pushing sales of Hechi products?"),  # … or at a dash
    ("Hechi, Guangxi - how many parks are there there?", "Hechi, Guangxi - how many parks are there there?"),
    ("Quick one before my meeting, I promise - in what areas do they cooperate?", "in what areas do they cooperate?"),
    ("I'm curious whether Shenzhen still supports Hechi?", "whether Shenzhen still supports Hechi?"),  # yes or no
    ("I was wondering if you could tell me roughly how many parks there are?", "how many parks there are?"),
    ("I'm trying to work out which city helped Hechi", "which city helped Hechi"),
    ("hiya, doing a uni assignment on local transport - what did the council say?", "what did the council say?"),
    ("When will I find out if I got the grant?", "When will I find out if I got the grant?"),  # its own question
    # a lead-in about the asker before a clause that leads to the question
    ("My dad works near Hechi - he said there are new industrial parks? how many did Shenzhen help build?",
     "he said there are new industrial parks? how many did Shenzhen help build?"),
    ("My dad works near Hechi - he said so.", "My dad works near Hechi - he said so."),  # asks nothing
    # the question embedded after a comma, as after a space
    ("My dad moans about leaks, so I was wondering, how many leaks were fixed?", "how many leaks were fixed?"),
    ("Hello, I'm a local journalist and I'm curious, how much did the wing cost?", "how much did the wing cost?"),
    ("how many firms are we talking about?", "how many firms?"),  # an idiom of asking, no topic
    ("what are we talking about here?", "what are we talking about here?"),  # nothing would be left
    ("also who wrote the article?", "who wrote the article?"),  # "also", "like", "hmm": fillers in front
    ("like, how many parks are there?", "how many parks are there?"),
    ("hmm, when did it start?", "when did it start?"),
    # an embedded question after "asks", "wonders", "i'd like to know", "asked us to explain"
    ("one question asks how many parks there are, any idea?", "how many parks there are?"),
    ("my mum buys hechi stuff online and she wonders if shenzhen pushes their products",
     "if shenzhen pushes their products"),
    ("my teacher asked us to explain what the parks are for and i have no clue", "what the parks are for"),
    # "remind me" asks as "tell me" does
    ("my brain is fried, just remind me what year the partnership started", "what year the partnership started"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "core"), CASES)
def test_framing_is_cut(line, core):
    assert strip(line) == core


def test_a_chatty_question_in_scope_is_answered_and_out_of_scope_refused(kb):
    asked = kb.ask("sorry to bother you, but roughly when did Shenzhen and Hechi join forces, if you happen to know?")
    assert asked.answered and asked.entry_id == "partnership-start"
    assert not kb.ask("Quick question, what is the capital of France, if you happen to know?").gives_fact


def test_the_asking_clause_of_a_chatty_line_is_found():
    from qa.dialogue.framing import asking_clauses

    line = "My dad works near Hechi - he said there are new industrial parks? how many did Shenzhen help build?"
    assert asking_clauses(line) == ["he said there are new industrial parks?", "how many did Shenzhen help build?"]
    assert asking_clauses("How many counties - not the districts covered?") == ["How many counties"]
    assert asking_clauses("How many parks are there?") == []
    # a question word after "but" or "and" still opens the clause, with no "?" at its end
    assert asking_clauses("i don't follow this, but how many villages came off the list, thanks") == [
        "but how many villages came off the list"
    ]


def test_a_question_among_chatty_clauses_is_answered(kb):
    answer = kb.ask("Hey! My cousin works in Shenzhen. Does Shenzhen offer jobs to people from Hechi?")
    assert answer.answered and answer.entry_id == "labor-cooperation"
    parks = kb.ask(
        "My dad works near Hechi - he said there are new industrial parks? how many did Shenzhen help build?"
    )
    assert parks.entry_id == "industrial-parks"
    aside = kb.ask("My grandma asked me how many poor people got lifted out of poverty there, do you know?")
    assert aside.answered and aside.entry_id == "people-lifted-out-of-poverty" and not aside.parts


def test_a_question_in_a_clause_of_the_lines_one_asking_part_is_answered(kb):
    """A chatty line is cut into parts ("… - how many …?? need it by friday"); when only one part asks, its
    own clauses are read too, as a line's are: the framing clause before the question ("rural china") is no
    topic of it."""
    line = (
        "im doing a project on rural china and my teacher wants real figures. this one is about hechi - how many "
        "labor training sessions were held?? need it by friday"
    )
    answer = kb.ask(line)
    assert answer.answered and answer.entry_id == "training-sessions"


def test_whats_it_about_after_naming_the_piece_asks_its_gist(kb):
    """ "my boss asked me to sum up the article … whats it about?" was read with every word the line named
    ("sum up article read", "classmate article shenzhen hechi") and refused: "it" is the piece the line named."""
    for line in (
        "my teacher wants me to sum up this piece by tomorrow and i havent read it yet, whats it about?",
        "my friend keeps saying the article is about shenzhen building roads in hechi, i doubt it. "
        "what is it actually about?",
    ):
        answer = kb.ask(line)
        assert answer.answered and answer.entry_id == "article-topic", line


def test_a_clause_that_needs_to_know_something_asks_it(kb):
    """ "…, i need how many … got out of poverty, thanks": the question is embedded after "i need", with no
    "to know"; the clause asks it, though it neither starts with a question word nor ends with "?"."""
    from qa.dialogue.framing import asking_clauses

    line = "quick one before my meeting starts, i need how many poor people in hechi got out of poverty, thanks"
    assert asking_clauses(line) == ["i need how many poor people in hechi got out of poverty"]
    asked = kb.ask(line)
    assert asked.answered and asked.entry_id == "people-lifted-out-of-poverty"


def test_a_request_tacked_on_as_a_clause_is_not_a_question_of_its_own(kb):
    """ "which gd companies invested, names?": "names?" adds to the question before it; read on its own it
    matched the fact that names the article's editor (69.5), a confident wrong answer. A clause that names
    something ("what came next, from 2021?") is still read on its own."""
    asked = kb.ask("which gd companies invested, names?")
    assert asked.entry_id is None and not asked.gives_fact
    assert kb.ask("what came next, from 2021?").entry_id == "new-stage"


def test_a_question_pointing_at_what_the_line_said_before_is_read_with_it(kb, tmp_path):
    """ "my uncle says the money was huge. how much was it really?": "it" is the money the line named. Read
    alone the last clause matched nothing well; it is read with the earlier clause's topic words. A request
    ("could you give me them?" after "a list of all the projects") is not, and stays refused."""
    import qa

    assert kb.ask("my uncle says the money was huge. how much was it really?").entry_id == "financial-support"
    assert kb.ask("my uncle says the money was huge, how much was it really?").entry_id == "financial-support"
    assert kb.ask("my teacher asked us about this article, what's it actually about?").entry_id == "article-topic"
    assert not kb.ask("my boss wants a list of all the assistance projects, could you give me them?").gives_fact
    path = tmp_path / "cafe.yaml"
    path.write_text(
        "version: 1\ntitle: The corner cafe\nentries:\n"
        "  - id: loyalty-card\n    questions: [When was the loyalty card launched?, loyalty card start]\n"
        "    answer: The loyalty card was launched in March.\n    evidence: The loyalty card was launched in March.\n"
        "  - id: owner\n    questions: [Who owns the cafe?, cafe owner]\n"
        "    answer: The cafe is owned by Ida Voss.\n    evidence: Ida Voss owns the cafe.\n",
        encoding="utf-8",
    )
    cafe = qa.load(path)
    assert cafe.ask("my sister swears by the loyalty card. when was it launched?").entry_id == "loyalty-card"


def test_a_clause_that_names_nothing_or_keeps_a_shift_is_read_with_what_the_line_said_before(tmp_path):
    """ "my dad says they built a bunch of parks, how many were there really?" names nothing in its last clause
    but asks of the parks, as "… how much was it really?" points back at the money; "I hear the cafe still
    does breakfast - why is that?" asks why it still does (the shift "still" is part of the topic); and
    "I'm thinking of going next year, when is it on?" asks of next year."""
    import qa

    path = tmp_path / "cafe.yaml"
    path.write_text(
        "version: 1\ntitle: The corner cafe\nentries:\n"
        "  - id: tables\n    questions: [How many tables does the cafe have?, number of tables]\n"
        "    answer: The cafe has 14 tables.\n    evidence: The cafe has 14 tables.\n"
        "  - id: breakfast-start\n    questions: [When did the cafe start serving breakfast?, breakfast start]\n"
        "    answer: The cafe started serving breakfast in 2019.\n"
        "    evidence: The cafe started serving breakfast in 2019.\n"
        "  - id: breakfast-still\n    questions: [Why does the cafe still serve breakfast?, breakfast reason]\n"
        "    answer: The cafe still serves breakfast because the early commuters asked it to.\n"
        "    evidence: It still serves breakfast because early commuters asked for it.\n"
        "  - id: next-year\n    questions: [When is the cafe festival next year?, festival dates next year]\n"
        "    answer: Next year the cafe festival runs from 3 to 5 May.\n"
        "    evidence: Next year's festival runs from 3 to 5 May.\n",
        encoding="utf-8",
    )
    cafe = qa.load(path)
    assert cafe.ask("my dad says the cafe has loads of tables, how many were there really?").entry_id == "tables"
    assert cafe.ask("So I hear the cafe still serves breakfast - why is that?").entry_id == "breakfast-still"
    assert cafe.ask("hey! I'm going to the cafe festival next year, do you know when it's on?").entry_id == (
        "next-year"
    )


def test_a_clause_pointing_at_what_its_own_line_named_is_not_a_follow_up(kb):
    """In a chat about the industrial parks, "just wondering, if i wanted to read the original piece, where was
    it published?" was read as where the parks were published (refused): "it" is the piece the line names
    itself. A line that names nothing before its clause ("ok, and how many were built?") still follows on."""
    chat = kb.conversation()
    chat.ask("how many industrial parks did shenzhen help build?")
    asked = chat.ask("just wondering, if i wanted to read the original piece, where was it published?")
    assert asked.entry_id == "article-publication"
    chat.reset()
    chat.ask("how many industrial parks did shenzhen help build?")
    assert chat.ask("cool, who built them?").entry_id == "industrial-parks"


def test_a_number_someone_claimed_is_checked_not_matched(kb):
    """ "my uncle reckons the money was like a billion yuan or something, what's the actual figure?": the
    billion is the uncle's claim, which the question asks to check; read with it, no fact matched (a number no
    fact gives). The money is what the line said before; "the figure" asks an amount, not what a figure is."""
    asked = kb.ask("hmm my uncle reckons the money was like a billion yuan or something, what's the actual figure?")
    assert asked.entry_id == "financial-support"


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        ("my dad keeps telling everyone at dinner that about 100 guangdong companies moved to hechi. sounds too high "
         "to me, whats the actual number?", "companies-invested"),
        ("my aunt keeps telling everyone that about 50 industrial parks went up in hechi. sounds like a lot, whats "
         "the real number?", "industrial-parks"),
    ],
)  # fmt: skip
def test_a_claim_someone_keeps_repeating_is_read_for_what_it_claims(kb, line, entry):
    """ "keeps telling everyone" says how often the dad says it, not that anything keeps going on; "whats the
    actual number?" names nothing ("whats" is a question word, "actual" and "number" ask whether a figure is
    so). Both lines were refused: "keeps" was read as a shifting word and the last clause as a topic of its own."""
    assert kb.ask(line).entry_id == entry


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        ("my teacher said in class that shenzhen gave hechi something like 2 billion yuan. is that right??",
         "financial-support"),
        ("my neighbour says over 800 villages in hechi got taken off the poverty list. is he right?",
         "villages-removed-from-poverty-list"),
        ("a colleague bet me a coffee that shenzhen helped build 30 industrial parks in hechi. who wins?",
         "industrial-parks"),
        ("my neighbour says over 30,000 people got trained, sounds like a lot, is that legit?", "people-trained"),
        # whether what someone heard of is going ahead
        ("my uncle says hechi products get shenzhen quality certification now, is that going ahead?",
         "certified-products"),
    ],
)  # fmt: skip
def test_a_claim_checked_at_the_end_of_a_line_is_answered_by_the_fact_about_it(kb, line, entry):
    """ "… 2 billion yuan. is that right??" asks whether the claim is so: the fact about what it claims answers,
    whatever the number someone said (these lines were refused: the check names nothing, and was not read with
    the claim before it)."""
    assert kb.ask(line).entry_id == entry


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        ("my neighbour told everyone at the pub that the tunnel will cost about 800 million now. is that right?",
         "current-cost"),
        ("i bet my brother a pint that the tunnel opens in 2027. did i win?", "new-opening-date"),
        ("my dad reckons that the tunnel is 5 km long, sounds wrong to me, is it true?", "tunnel-route"),
    ],
)  # fmt: skip
def test_a_claim_is_read_without_who_said_it_where_or_what_the_asker_thinks_of_it(line, entry):
    """ "told everyone at the pub that", "bet my brother a pint that", ", sounds wrong to me": the claim is what
    follows the one who made it and stops where the asker's remark starts; "did i win?" checks it like "is that
    right?". The first line scored 68 with "pub" read as a topic, the others were refused."""
    tunnel = authors_kb("tunnel")
    assert tunnel.ask(line).entry_id == entry


def test_a_reported_claim_is_what_follows_its_teller():
    from qa.dialogue.framing import claim

    assert claim("my mom read somewhere that 765 thousand people got out of poverty, sounds made up to me") == (
        "765 thousand people got out of poverty"
    )
    # "that" after "it was" is no report of a claim, and a line that reports none stays as it is
    assert claim("she thinks it was 10 counties that got out of poverty") == (
        "she thinks it was 10 counties that got out of poverty"
    )
    assert claim("how many parks are there") == "how many parks are there"


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        ("my teacher says 817 villages came off the poverty list, is that in the article?",
         "villages-removed-from-poverty-list"),
        ("a friend says shenzhen finds jobs for hechi people, does the article mention it?", "labor-cooperation"),
    ],
)  # fmt: skip
def test_whether_the_article_says_a_claim_is_answered_by_the_fact_about_it(kb, line, entry):
    """ "…, is that in the article?" asks whether the claim before it is so; read on its own it named the
    article, and the fact about what the article covers was given at 100."""
    assert kb.ask(line).entry_id == entry


def test_a_claim_the_article_never_makes_is_still_refused(kb):
    for line in (
        "someone told me hechi has a new airport. is that true?",
        "my dad says guangxi has 50 million people, is he right?",
        "i heard hechi is getting a new airport, is that happening?",
        "someone said hechi got a new airport, is that in the article?",
        "my uncle says guangxi has 50 million people, does the article say that?",
    ):
        assert not kb.ask(line).gives_fact


def test_a_line_that_only_checks_what_was_just_said_is_about_it_not_the_article(kb):
    """ "does the article say anything on that?" after an answer asks about that answer's fact; read alone it
    named only the article, and got the article's topic at 100."""
    chat = kb.conversation()
    chat.ask("how many people were lifted out of poverty?")
    assert chat.ask("does the article say anything on that?").entry_id == "people-lifted-out-of-poverty"
