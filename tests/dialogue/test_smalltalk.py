"""dialogue/smalltalk: a whole line of small talk gets a short, useful reply; a question never does."""

import pytest

from qa.answer import Kind
from qa.dialogue.smalltalk import Intent, detect

SMALLTALK = [
    ("hi", Intent.GREETING),
    ("Hello there!", Intent.GREETING),
    ("thanks", Intent.THANKS),
    ("thank you so much!", Intent.THANKS),
    ("thx, that's all I needed", Intent.THANKS),
    ("bye", Intent.GOODBYE),
    ("ok thanks, bye", Intent.GOODBYE),
    ("thanks, goodnight", Intent.GOODBYE),  # was answered as a follow-up: the 14th Five-Year Plan period
    ("good night", Intent.GOODBYE),
    ("who are you?", Intent.IDENTITY),
    ("are you a bot?", Intent.IDENTITY),
    ("what can you do?", Intent.CAPABILITIES),
    ("help", Intent.HELP),
    ("good bot", Intent.COMPLIMENT),
    ("ok", Intent.ACKNOWLEDGE),
    ("who made you?", Intent.IDENTITY),
    ("great job!", Intent.COMPLIMENT),
    ("nice work", Intent.COMPLIMENT),
    ("fair enough", Intent.ACKNOWLEDGE),
    ("no worries", Intent.ACKNOWLEDGE),
    ("hi, what can you help me with?", Intent.CAPABILITIES),  # a greeting before a question about qa
    ("haha ok. what can you help me with then?", Intent.CAPABILITIES),
    ("hows it going", Intent.GREETING),
    ("what can u help me with", Intent.CAPABILITIES),  # text-speak: was a clarifying question about aid
    ("what r u", Intent.IDENTITY),
    ("that really helped", Intent.THANKS),
]
QUESTIONS = [
    "how did Shenzhen help Hechi?",
    "hello, what is this article about?",
    "thanks, and how many parks?",
    "ok so when did it start",
    "did it help?",  # a question about what was said: was the help reply
    "is that good?",  # was thanked for as praise
    "does central stay open later?",  # was a goodbye ("later")
    "is central open in the evening?",  # was a greeting ("evening")
]


@pytest.mark.parametrize(("line", "intent"), SMALLTALK)
def test_small_talk_is_recognised_by_what_it_does(line, intent):
    assert detect(line) is intent


@pytest.mark.parametrize("line", QUESTIONS)
def test_a_question_is_never_small_talk(line):
    assert detect(line) is None


@pytest.mark.parametrize(
    ("line", "intent"),
    [
        ("thanks, ill tell her", Intent.THANKS),
        ("haha i win, thanks", Intent.THANKS),
        ("thanks, i will tell my mum", Intent.THANKS),
        ("thank you, good night", Intent.GOODBYE),  # ends the chat
        ("bye, have a nice day", Intent.GOODBYE),
    ],
)
def test_thanks_or_goodbye_with_a_remark_that_names_nothing_known_is_small_talk(kb, line, intent):
    """ "thanks, ill tell her" was refused ("ill", "tell" and "her" are no small-talk words), and after an answer
    it was even read as a follow-up; a short remark that asks nothing and names nothing the knowledge base is
    about leaves the line thanks. One that names a topic is a question: "thanks, and the parks"."""
    assert detect(line, kb._smalltalk_lines, kb.index.is_topic_word) is intent
    assert detect("thanks, and the parks", kb._smalltalk_lines, kb.index.is_topic_word) is None


@pytest.mark.parametrize(
    ("line", "intent"),
    [
        ("great job, thanks", Intent.THANKS),  # "job" alone is a topic of the bundled knowledge base
        ("thanks mate, much appreciated", Intent.THANKS),
        ("thanks, that's exactly what I needed", Intent.THANKS),
        ("Thank you kindly, young machine.", Intent.THANKS),
        ("hey, quick q", Intent.GREETING),
        ("thanks so much, this really helps!", Intent.THANKS),  # was the counties covered ("help" is a topic)
    ],
)
def test_a_line_of_small_talk_clauses_is_small_talk(kb, line, intent):
    """Each clause small talk, or small talk and a remark that asks nothing: "great job, thanks" was answered
    with the labour cooperation (71), "thanks, that's exactly what I needed" with the counties covered. A
    clause that asks, or names a topic, makes the line a question."""
    topical = kb.index.is_topic_word
    assert detect(line, kb._smalltalk_lines, topical) is intent
    for question in ("thanks, when was that", "ok, the villages", "cool, tell me about the parks", "great. and 2020?"):
        assert detect(question, kb._smalltalk_lines, topical) is None


def test_replies_say_what_qa_knows_and_a_goodbye_ends_the_chat(kb):
    hello = kb.ask("hi")
    assert hello.kind is Kind.SMALLTALK and hello.answered and hello.entry_id is None
    assert kb.title in hello.text and "“" in hello.text  # the title and example questions
    assert "/help" in kb.ask("help").text
    assert kb.ask("bye").ends_chat and not kb.ask("thanks").ends_chat
    assert kb.title in kb.ask("thanks").text  # "anything else about it" said nothing of what "it" is


def test_a_title_opening_with_the_reads_as_part_of_the_sentence(small_kb):
    """ "I answer questions about The Golden Gate Bridge" (a README trial): the article that opens a title is
    lower case inside the reply; the rest of the title is as written."""
    kb = small_kb(
        "version: 1\ntitle: The Golden Gate Bridge\nentries:\n"
        "  - {id: a, questions: [How long is the bridge?], answer: It is 2.7 km long., evidence: It is 2.7 km long.}\n"
    )
    assert "questions about the Golden Gate Bridge." in kb.ask("hi").text


def test_a_greeting_in_front_of_a_question_answers_the_question(kb):
    answer = kb.ask("hello, what is this article about?")
    assert answer.answered and answer.entry_id == "article-topic"


ORCHARD_SMALLTALK = """version: 1
title: The orchard
smalltalk:
  - intent: greeting
    phrasings: [good day to you]
    reply: Welcome to the orchard's helper!
  - intent: goodbye
    reply: Farewell from the orchard.
entries:
  - id: trees-planted
    questions: ["How many apple trees were planted?", apple trees planted, number of trees]
    answer: The orchard planted 120 apple trees in 2019.
    evidence: In 2019 the orchard planted 120 apple trees.
"""


def test_a_knowledge_base_may_override_and_extend_small_talk(tmp_path):
    import qa

    path = tmp_path / "orchard.yaml"
    path.write_text(ORCHARD_SMALLTALK, encoding="utf-8")
    kb = qa.load(path)
    assert kb.ask("good day to you").text == "Welcome to the orchard's helper!"  # its own phrasing
    assert kb.ask("hello").text == "Welcome to the orchard's helper!"  # its own reply to a built-in greeting
    goodbye = kb.ask("bye")
    assert goodbye.text == "Farewell from the orchard." and goodbye.ends_chat  # an overridden goodbye still ends
    assert kb.ask("thanks").kind is Kind.SMALLTALK  # what it does not override stays built in


def test_check_names_an_unknown_small_talk_intent_at_its_line(tmp_path, cli):
    path = tmp_path / "orchard.yaml"
    path.write_text(ORCHARD_SMALLTALK.replace("intent: goodbye", "intent: farewel"), encoding="utf-8")
    ran = cli("--kb", str(path), "--check")
    assert ran.returncode == 1 and "orchard.yaml:7: unknown intent 'farewel'" in ran.stdout


@pytest.mark.parametrize("line", ["neat", "much obliged", "who made you?", "who are you btw?", "ok whatever"])
def test_small_talk_no_list_foresaw_is_still_no_fact(kb, line):
    """A line that names nothing the knowledge base knows, and asks qa about itself or asks nothing at all, is
    small talk: never a fact, even after an answer it could be bent towards."""
    chat = kb.conversation()
    chat.ask("When did Shenzhen start to partner with Hechi?")
    answer = chat.ask(line)
    assert answer.kind is Kind.SMALLTALK and not answer.gives_fact


@pytest.mark.parametrize(
    ("line", "intent"),
    [
        ("gracias", "thanks"),  # thanks in another language
        ("you're pretty smart for a bot", "compliment"),  # praise said to qa, longer than a nod
        ("what kind of questions can i ask?", "capabilities"),  # what to ask, not who qa is
    ],
)
def test_small_talk_in_words_no_phrase_list_holds(kb, line, intent):
    """These were refused as questions about something unknown ("bot" is no everyday word), or got nothing;
    each now gets the reply its plain form gets."""
    plain = {"thanks": "thanks", "compliment": "great job!", "capabilities": "what can you do?"}[intent]
    answer = kb.conversation().ask(line)
    assert answer.kind is Kind.SMALLTALK and answer.text == kb.conversation().ask(plain).text


@pytest.mark.parametrize(
    "line", ["what kind of stuff can i ask you", "what sort of questions can you answer?", "what things can i ask?"]
)
def test_what_qa_can_be_asked_is_capabilities_whatever_the_words_mean_here(kb, line):
    """ "what kind of stuff can i ask you" was refused: "stuff" is a word of the bundled knowledge base. Asking
    what qa can be asked, in words that name nothing else, is small talk; "what can i ask about the parks?"
    names a topic and is a question."""
    assert detect(line, kb._smalltalk_lines, kb.index.is_topic_word) is Intent.CAPABILITIES
    assert kb.ask(line).kind is Kind.SMALLTALK
    assert detect("what can i ask about the parks?", kb._smalltalk_lines, kb.index.is_topic_word) is None


def test_a_question_word_without_its_apostrophe_still_asks(kb):
    """ "whats it about" (no "?", no apostrophe) was read as a nod and got "OK."."""
    assert kb.ask("whats it about").kind is not Kind.SMALLTALK
    assert kb.ask("wheres that").kind is not Kind.SMALLTALK


def test_a_short_question_about_something_unknown_is_not_small_talk(kb):
    assert kb.ask("tell me a joke").kind is Kind.UNKNOWN
    assert kb.ask("who is the editor?").entry_id == "article-editor"


def test_when_or_where_of_you_is_a_question_for_the_knowledge_base(tmp_path):
    """ "when are you open?" asked of a library's knowledge base is about the library, not about qa: it is no
    small talk, and a knowledge base that does not say is refused (exit 1), not answered with "I'm qa"."""
    import qa
    from qa.answer import Kind

    path = tmp_path / "lib.yaml"
    path.write_text(
        "version: 1\ntitle: Riverside Library\nentries:\n"
        "  - id: loan-limit\n    questions: [How many books can I borrow at once?, loan limit, borrowing limit]\n"
        "    answer: Each library card can borrow up to 12 items at a time.\n"
        "    evidence: Members may borrow up to 12 items at a time on one card.\n",
        encoding="utf-8",
    )
    kb = qa.load(path)
    for question in ("when are you open", "where are you?", "how far are you from the station?"):
        assert kb.ask(question).kind is Kind.UNKNOWN, question
    for question in ("who are you?", "who made you?", "are you a bot?"):
        assert kb.ask(question).kind is Kind.SMALLTALK, question


def test_an_everyday_word_the_knowledge_base_asks_about_makes_a_question_of_a_small_talk_word(write_kb):
    """ "maximum fine" asks about the fine where the entries speak of a maximum fine; "ok fine" stays small talk,
    and so does praise whose second word is one of the knowledge base's topics ("good job" where jobs are)."""
    import qa

    path = write_kb(
        "version: 1\ntitle: Wealdmoor Water\nentries:\n"
        "  - id: ban-fines\n    questions: [What was the maximum fine for breaking the ban?, maximum fine, "
        "How big were the fines?]\n"
        "    answer: Customers who broke the hosepipe ban faced fines of up to 1,000 pounds.\n"
        "    evidence: Customers who broke the ban faced fines of up to 1,000 pounds.\n"
        "  - id: new-jobs\n    questions: [How many jobs did the new plant create?, jobs created, new jobs]\n"
        "    answer: The new treatment plant created 60 jobs.\n"
        "    evidence: The plant created 60 jobs.\n"
    )
    kb = qa.load(path)
    assert kb.ask("maximum fine").entry_id == "ban-fines"
    for line in ("ok fine", "fine, thanks", "good job", "great job!"):
        assert kb.ask(line).kind is Kind.SMALLTALK, line


def test_what_can_you_do_names_the_groups_topics_lists(kb):
    """ "what can you do?" named "numbers", a tag no entry is filed under, so /topics never showed it as a
    group (a newcomer's report); it names the groups /topics lists, in the same order."""
    from qa.model import topic_groups

    reply = kb.ask("what can you do?").text
    groups = [tag for tag, _ in topic_groups(kb.entries)]
    named = reply.split("Topics: ", 1)[1].split(".", 1)[0].split(", ")
    assert named == groups[: len(named)]


def test_a_reaction_in_words_no_list_holds_is_small_talk(kb):
    """ "wow thats impressive" was refused: "impressive" is no everyday word, so the line seemed to name
    something unknown. A word that only reacts is small talk, unless the knowledge base asks about it."""
    for line in ("wow thats impressive", "thats crazy", "incredible"):
        assert kb.ask(line).kind.value == "smalltalk", line
    assert kb.ask("crazy parking").kind.value == "unknown"  # names something: a question qa cannot answer


@pytest.mark.parametrize("lost", ["i dont understand", "I don't understand.", "im confused", "i don't get it"])
def test_someone_lost_gets_the_help_reply_not_ok(kb, lost):
    """ "i dont understand" got "OK.": someone lost is told what qa knows about and how to ask. A question that
    starts so ("i don't understand why shenzhen helped") is still a question."""
    answer = kb.ask(lost)
    assert answer.kind is Kind.SMALLTALK and answer.text != "OK." and "/help" in answer.text
    assert kb.ask("i don't understand why shenzhen helped").kind is not Kind.SMALLTALK


def test_a_request_for_anything_lists_the_topics_and_praise_is_thanked(kb):
    """From a README trial: "tell me everything" and "give me some numbers" got "OK." (and counted as answered),
    "you're smart" got "OK." though the docs promise compliments a reply."""
    for line in ("tell me everything", "give me some numbers"):
        reply = kb.ask(line)
        assert reply.kind is Kind.SMALLTALK and reply.text != "OK."
        assert reply.text == kb.ask("what can you do?").text
    assert kb.ask("you're smart").text == kb.ask("great bot").text != "OK."
