"""rules/place: the question puts its thing somewhere the entry's fact is not."""

from qa.rules import BY_ID, RuleId, describe


def test_parks_in_shenzhen_are_doubted_as_placed_elsewhere_not_as_unnamed(kb):
    """From a README trial: "how many parks in Shenzhen?" was refused for a false reason, "never names
    “shenzhen”": the parks fact names Shenzhen, as the city that helped build them in Hechi."""
    answer = kb.ask("how many parks in Shenzhen?")
    assert not answer.gives_fact and answer.why.best_entry == "industrial-parks"
    assert describe(answer.why.doubts) == ["puts it elsewhere, not in “shenzhen”"]
    assert kb.ask("How many industrial parks has Shenzhen helped build in Hechi?").entry_id == "industrial-parks"


def test_a_fact_placed_elsewhere_is_doubted_though_it_names_the_place(small_kb):
    """ "How many parks are there in Shenzhen?" of "Shenzhen helped build 20 parks in Hechi": Shenzhen is named,
    but the parks are in Hechi."""
    kb = small_kb(
        "version: 1\ntitle: Parks\nentries:\n"
        "  - id: parks\n    questions: [How many parks did Shenzhen help build?, parks built, number of parks]\n"
        "    answer: The city of Shenzhen has helped build 20 parks in Hechi.\n"
        "    evidence: Shenzhen has helped build 20 parks in Hechi.\n"
    )
    judge = BY_ID[RuleId.PLACE].judge
    assert judge(kb.index.query("How many parks are there in Shenzhen?"), kb.index)(0) == {"shenzhen"}
    placed = judge(kb.index.query("How many parks did Shenzhen help build in Hechi?"), kb.index)
    assert placed is None or placed(0) is None


def test_does_a_place_have_asks_in_that_place(tmp_path):
    """ "How many counties does Guangdong have?" puts what it counts in Guangdong, as "in Guangdong" does."""
    from qa.rules.name import places_in

    names = frozenset({"guangdong", "hechi"})
    assert places_in(["how", "many", "counties", "does", "guangdong", "have"], names, str) == {"guangdong"}
    assert places_in(["how", "many", "counties", "did", "guangdong", "help"], names, str) == frozenset()


def test_a_name_that_has_things_is_where_they_are_but_not_when_has_is_an_auxiliary():
    from qa.rules.name import places_in

    names = frozenset(("hechi", "shenzhen"))
    assert places_in(["hechi", "has", "51", "products"], names, str) == {"hechi"}
    assert places_in(["shenzhen", "has", "helped", "build", "parks", "in", "hechi"], names, str) == {"hechi"}
    asked = ["how", "many", "parks", "does", "shenzhen", "itself", "have"]
    assert places_in(asked, names, str) == {"shenzhen"}


def test_a_month_is_no_place_and_a_name_has_what_it_currently_has():
    """ "add 60 e-bikes in January" puts nothing in a place called January, so "the general manager at Pedalia"
    is not elsewhere; "Penrose Bakehouse currently has 38 shops" has them in Penrose."""
    from qa.rules.name import places_in

    names = frozenset(("januari", "pedalia", "penros", "bakehous", "cornwal"))
    assert places_in(["add", "60", "bikes", "in", "january"], names, lambda word: word.replace("y", "i")) == frozenset()
    said = ["penrose", "bakehouse", "currently", "has", "38", "shops", "in", "cornwall"]
    stems = {"penrose": "penros", "bakehouse": "bakehous", "cornwall": "cornwal"}
    assert places_in(said, names, lambda word: stems.get(word, word)) == {"penros", "bakehous", "cornwal"}
