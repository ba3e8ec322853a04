"""qa.lexicon: English as people write it, from the shipped word list."""

import qa
from qa.lexicon import common_english, english_words


def test_the_list_knows_real_words_and_not_common_misspellings():
    assert {"writing", "company", "lives", "catalog"} <= english_words()
    assert not {"thier", "teh", "recieved", "partnersip"} & english_words()
    assert common_english() < english_words()
    assert {"take", "make", "end", "go", "county"} <= common_english()
    assert not {"tram", "harvest", "certification"} & common_english()


def test_a_common_english_word_weighs_less_than_a_topic_word_as_rare(tmp_path):
    """ "county" and "ferry" each appear in one entry; "county", common in English, says less about which entry
    is meant (it is no hand-kept everyday word: the frequencies decide)."""
    path = tmp_path / "kb.yaml"
    path.write_text(
        "version: 1\ntitle: Ferries\nentries:\n"
        "  - id: crossing\n    questions: [How long is the county crossing?, crossing time]\n"
        "    answer: The crossing lasts 12 minutes.\n    evidence: The crossing lasts 12 minutes.\n"
        "  - id: ferries\n    questions: [How many ferries are there?, ferry count]\n"
        "    answer: There are 3 vessels.\n    evidence: There are 3 vessels.\n"
        "  - id: fares\n    questions: [What is the fare?, fare price]\n"
        "    answer: A ticket is 4 pounds.\n    evidence: A ticket is 4 pounds.\n",
        encoding="utf-8",
    )
    index = qa.load(path).index
    stem = index.analyzer.stem
    assert index.weight(stem("county")) < index.weight(stem("ferry"))


def test_a_form_of_a_listed_word_is_english_and_a_slip_is_not():
    """The list keeps the commonest forms of a word: "courting" is "court" with an ending, "planned" is "plan"
    with its consonant doubled; "trainning" doubles after two vowels, which English never does, and "abouts"
    puts an ending on a word that takes none."""
    from qa.spelling import is_english

    assert all(map(is_english, ("courting", "moving", "planned", "running", "company")))
    assert not any(map(is_english, ("trainning", "certifed", "comapny", "abouts")))
