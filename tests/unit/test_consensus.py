"""Facts across articles: what counts as carried by several outlets, and what rests on one."""

from __future__ import annotations

from newsdesk.compare import compare
from newsdesk.compare.consensus import _fuller_descriptions
from newsdesk.model import Article, Attribution


def art(aid: str, outlet: str, *sentences: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=" ".join(sentences), outlet=outlet)


CORE_A = "Flood water from the Varn river has closed the main rail line between Ostby and Kell for a week."
CORE_A_AGAIN = "The flood water of the Varn river closed the Ostby to Kell rail line, which stays shut for a week."
CORE_B = "The main rail line between Ostby and Kell is closed for a week by flood water from the Varn river."
ONLY_A = "A local baker handed out free bread to stranded passengers at the Ostby station on Tuesday morning."


def test_a_restated_core_claim_is_not_listed_as_single_source() -> None:
    a = art("a1", "Harbour Times", CORE_A, "Engineers are inspecting three bridges along the route.", ONLY_A,
            CORE_A_AGAIN)
    b = art("b1", "Valley Post", CORE_B, "Bus services will replace the trains, the operator said on Monday.")
    result = compare([a, b])
    assert any({"a1", "b1"} <= set(f.articles) for f in result.facts), "the core claim is carried by both"
    single_texts = [f.text for f in result.single_source]
    assert ONLY_A in single_texts, "what only one outlet says is still listed"
    assert CORE_A_AGAIN not in single_texts, "a second wording of a fact both carry is no single-source fact"


def test_records_without_an_outlet_are_not_one_source() -> None:
    """Records of one JSONL file (no outlet, no URL) are separate articles of unknown outlets, not one outlet."""
    a = Article(id="r1", source="feed.jsonl:1", text=f"{CORE_A} {ONLY_A}")
    b = Article(id="r2", source="feed.jsonl:2", text=f"{CORE_B} Bus services will replace the trains on Monday.")
    fact = next(f for f in compare([a, b]).facts if {"r1", "r2"} <= set(f.articles))
    assert fact.independent_sources == 2 and "feed.jsonl" not in fact.sources
    from newsdesk.compare.render import sources_phrase

    assert sources_phrase(fact) == "up to 2 independent sources (outlets not known), carried by 2 articles"  # each may be the other's outlet (U30 #13)


def test_a_linked_source_is_named_by_the_article_that_names_its_outlet() -> None:
    """Two linked articles (one report), one of unknown outlet: the source is the named outlet, whichever id
    sorts first."""
    from newsdesk.model import DupLink

    for unknown_id, known_id in (("r1", "r2"), ("r2", "r1")):
        a = Article(id=unknown_id, source="feed.jsonl:1", text=f"{CORE_A} {ONLY_A}")
        b = art(known_id, "Gazette", CORE_B, "Bus services will replace the trains on Monday.")
        c = art("z9", "Valley Post", CORE_B, "Trains resume next week.")
        fact = next(f for f in compare([a, b, c], links=[DupLink(unknown_id, known_id, "near", 0.9)]).facts
                    if {unknown_id, known_id} <= set(f.articles))
        assert fact.sources == ("Gazette", "Valley Post"), unknown_id


def test_a_fact_reads_as_what_its_articles_share_not_as_a_broad_sentence_holding_it() -> None:
    """A sentence holding the fact in a clause ("..., a day after the footbridge collapsed") reaches every
    article and seeds the group; the fact is worded by the member closest to all the others."""
    tight_a = "Four people were killed when a section of the Kell footbridge collapsed into the Varn river on Monday morning."
    tight_b = "Four people were killed when a section of the Kell footbridge collapsed into the Varn river on Monday."
    broad = ("The county council faced growing pressure on Tuesday to publish its inspection reports, a day after a"
             " section of the Kell footbridge collapsed into the Varn river on Monday morning.")
    reports = "The county council has not published the inspection reports of the Kell footbridge since 2019, critics said."
    arts = [
        art("a", "A Times", tight_a, "Rescue boats searched the river until nightfall, the harbour master said."),
        art("b", "B Post", tight_b, "The footbridge opened in 1971 and carried about two thousand walkers a day."),
        art("c", "C Ledger", broad, "Councillors will meet on Friday to discuss the reports, a spokeswoman said."),
        art("d", "D News", reports, "A fund for the families of the victims has raised money from local shops."),
    ]
    fact = next(f for f in compare(arts).facts if {"a", "b"} <= set(f.articles))
    assert fact.text in (tight_a, tight_b)
    # the broad sentence gives no count of the dead: it does not confirm that four were killed (U30 #4)
    assert "c" not in fact.articles


def test_claim_terms_are_indexed_in_the_order_they_are_met_not_in_set_order() -> None:
    """A set's order changes from run to run (string hashing), and with it the order of the float sums behind
    each cosine: two claims tied in theory were ordered by rounding, so a fact's wording and article order could
    differ between two runs on the same articles."""
    from newsdesk.compare.claims import article_claims
    from newsdesk.compare.consensus import index_claims

    idx = index_claims([article_claims(art("a", "A Times", CORE_A, ONLY_A)), article_claims(art("b", "B Post", CORE_B))])
    met = list(dict.fromkeys(t for c in idx.claims for t in c.terms))
    assert len(met) > 10 and list(idx.idf) == met


def test_a_bare_described_organisation_takes_the_fuller_description_of_the_same_fact() -> None:
    """[1] "The regional water authority denied ..." and [2] "The authority denied ...": one speaker, said once."""
    a = art("a", "A Times", "Engineers warned about the Kell pumps last year. The regional water authority denied"
            " receiving any warning about the pumps at the Kell station.")
    b = art("b", "B Post", "Engineers had warned about the pumps. The authority denied receiving any warning about"
            " the pumps at the Kell station.")
    fact = next(f for f in compare([a, b]).facts if {"a", "b"} <= set(f.articles))
    assert {x.who for x in fact.attribution if x.kind == "organization"} == {"The regional water authority"}


def test_a_bare_organisation_keeps_its_words_when_the_fuller_descriptions_differ() -> None:
    """[1] "the port authority", [2] "the transport authority", [3] "the authority": which one [3] means is unknown."""
    attrib = [Attribution("The port authority", "organization", "a"),
              Attribution("the transport authority", "organization", "b"),
              Attribution("the authority", "organization", "c")]
    assert [x.who for x in _fuller_descriptions(attrib)] == [x.who for x in attrib]
    same = [Attribution("The port authority", "organization", "a"),
            Attribution("the port authority", "organization", "b"),
            Attribution("the authority", "organization", "c")]
    assert [x.who for x in _fuller_descriptions(same)][2] == "The port authority"


WIRE_OWN = "Rescue crews reopened the Ostby road on Monday after clearing mud from the Kell pass, the wire said."
WIRE_ONLY = "Two drivers told Coastal Wire that the Varn river rose by two metres in a single hour on Sunday night."
DAILY_CREDIT = "Two drivers told Coastal Wire that the Varn river rose two metres in one hour on Sunday night."
HOSPITAL = "Nine people were treated for hypothermia at the Kell district hospital, the hospital said on Monday."
HOSPITAL_B = "The Kell district hospital said nine people were treated there for hypothermia on Monday."


def test_one_credit_does_not_make_an_article_relay_what_the_credited_outlet_never_said() -> None:
    """The Daily credits Coastal Wire once; the wire's own report is in the story. What the wire carries too is
    relayed; what the wire's report does not carry is the Daily's own."""
    wire = art("w", "Coastal Wire", CORE_A, WIRE_ONLY, WIRE_OWN)
    daily = art("d", "Valley Daily", CORE_B, DAILY_CREDIT, HOSPITAL)
    ledger = art("l", "Harbour Ledger", HOSPITAL_B, "The council will meet on Friday to discuss flood defences.")
    result = compare([wire, daily, ledger])
    hospital = next(f for f in result.facts if {"d", "l"} <= set(f.articles))
    assert sorted(hospital.sources) == ["Harbour Ledger", "Valley Daily"], hospital.sources
    told = next(f for f in [*result.facts, *result.single_source] if {"w", "d"} <= set(f.articles)
                and "drivers" in f.text)
    assert told.independent_sources == 1 and told.sources == ("Coastal Wire",)


def test_two_articles_of_one_outlet_read_as_articles_from_one_outlet() -> None:
    from newsdesk.compare.render import sources_phrase

    first = art("v1", "Valley Daily", CORE_A, ONLY_A)
    follow = art("v2", "Valley Daily", CORE_B, "Bus services will replace the trains, the operator said.")
    fact = next(f for f in compare([first, follow]).facts if {"v1", "v2"} <= set(f.articles))
    assert fact.outlets == 1 and fact.to_dict()["outlets"] == 1
    assert sources_phrase(fact) == "1 independent source (Valley Daily), carried by 2 articles from 1 outlet"


def test_two_sentences_quoting_one_person_are_not_one_fact_for_that() -> None:
    """Shared speaker words ("Fire Chief Dana Okonkwo") do not make two different statements one fact."""
    a = art("a", "Harbour Times", "Rescue divers pulled 31 people from the water by mid-morning, Fire Chief Dana Okonkwo said.",
            ONLY_A)
    b = art("b", "Valley Post", "Divers resumed the search at first light for two people still missing, Fire Chief Dana Okonkwo said.",
            "Bus services will replace the trains, the operator said on Monday.")
    result = compare([a, b])
    assert not any({"a", "b"} <= set(f.articles) for f in result.facts), [f.text for f in result.facts]
    c = art("c", "Kell Courier", "Fire Chief Dana Okonkwo said rescue divers had pulled 31 people from the water.")
    assert any({"a", "c"} <= set(f.articles) for f in compare([a, b, c]).facts), "the same statement still groups"


def test_a_question_is_no_fact() -> None:
    question = "But who paid for the new flood barrier on the Varn river between Ostby and Kell?"
    a = art("q1", "Harbour Times", CORE_A, question, ONLY_A)
    b = art("q2", "Valley Post", CORE_B, question)
    result = compare([a, b])
    texts = [f.text for f in (*result.facts, *result.single_source)]
    assert question not in texts and any({"q1", "q2"} <= set(f.articles) for f in result.facts)
