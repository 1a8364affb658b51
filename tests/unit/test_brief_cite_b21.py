"""A cited article carries the sentence's claim, not only its background, its source or a reason it reports."""

from __future__ import annotations

from newsdesk.brief import summarize
from newsdesk.brief.similarity import content, tokens
from newsdesk.config import BriefConfig
from newsdesk.model import Article


def art(aid: str, outlet: str, *sentences: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=" ".join(sentences), outlet=outlet)


def terms(sentence: str) -> set[str]:
    return set(content(tokens(sentence)))


INQUIRY = ("The inquiry was ordered to examine how the fire brigade handled the response to the Harwell warehouse "
           "blaze, which killed three night workers in March.")
BLAZE_ONLY = "The Harwell warehouse blaze killed three night workers in March, the brigade said."
# The same, opening on "But": a sentence the brief would rather not open on, so the test sees INQUIRY chosen.
BUT_BLAZE = "But the Harwell warehouse blaze killed three night workers in March, the brigade said."


def test_an_article_carrying_only_the_background_clause_is_not_cited() -> None:
    a = art("a", "Harbour Times", INQUIRY, "Its report is due in the autumn.")
    b = art("b", "Valley Post", INQUIRY, "Families of the workers welcomed the decision on Tuesday.")
    c = art("c", "Kell Courier", "Trading at the nearby market resumed on Wednesday.", BUT_BLAZE)
    d = art("d", "Ostby Herald", INQUIRY, "The brigade has promised to cooperate.")
    brief = summarize([a, b, c, d], BriefConfig(sentences=1, focus="the inquiry into how the brigade responded"))
    (sentence,) = brief.sentences
    assert sentence.text == INQUIRY
    assert set(sentence.citations) == {"a", "b", "d"}, "c tells of the blaze, not of the inquiry into the response"


def test_an_article_naming_only_the_same_source_is_not_cited() -> None:
    hotline = "The health ministry opened a flood hotline on Friday, the state-run Meridian news agency reported."
    drowned = "Four people drowned near Orlovo on Friday, the state-run Meridian news agency reported."
    a = art("a", "Harbour Times", hotline, "Water levels fell slowly.")
    b = art("b", "Valley Post", hotline, "Schools stayed closed.")
    c = art("c", "Kell Courier", drowned, "Roads were blocked.")
    (sentence,) = summarize([a, b, c], BriefConfig(sentences=1)).sentences
    assert sentence.text == hotline
    assert set(sentence.citations) == {"a", "b"}


def test_a_paraphrase_carrying_the_claim_is_still_cited() -> None:
    closed = "Flood water from the Varn river has closed the main rail line between Ostby and Kell for a week."
    again = "The main rail line between Ostby and Kell is closed for a week by flood water from the Varn river."
    a = art("a", "Harbour Times", closed, "Engineers are inspecting three bridges.")
    b = art("b", "Valley Post", again, "Bus services will replace the trains.")
    (sentence,) = summarize([a, b], BriefConfig(sentences=1)).sentences
    assert set(sentence.citations) == {"a", "b"}


REPUBLICANS = "Republicans in the council voted against the plan, saying it would push families out of the city."
LANDLORDS = "Landlord groups criticized the plan, saying it would push families to neighboring towns."


def test_the_claim_leaves_out_who_says_it_and_its_background() -> None:
    from newsdesk.brief.gist import claim_text

    assert claim_text(BLAZE_ONLY) == "The Harwell warehouse blaze killed three night workers in March"
    assert claim_text(INQUIRY).endswith("the Harwell warehouse blaze")
    assert claim_text("Officials said Tuesday that the bridge over the Varn will close for repairs.") == \
        "the bridge over the Varn will close for repairs"
    # A verb that also reports an act is speech only right before the end: "added curtains" is the claim.
    assert claim_text("This year, Kessler and Varo added side curtains to some models.") == \
        "This year, Kessler and Varo added side curtains to some models"
    assert claim_text("The ministry, the agency says, counted more than 80 percent of seats as badly fitted.") != ""


def test_a_carrier_must_share_the_claims_own_words() -> None:
    from newsdesk.brief.gist import carries_gist, gist

    curtains = gist("This year, Kessler and Varo added side curtains to some models.")
    assert not carries_gist(curtains, terms("This year, Kessler adds a second model, with a larger engine."))
    assert carries_gist(curtains, terms("Varo and Kessler now fit side curtains to some of their models."))


def test_the_storys_everyday_words_do_not_make_a_carrier() -> None:
    """In a story every source tells with "police", "death" and "inquiry", sharing those is not carrying a claim
    about a commissioned report; sharing its rarer words is."""
    from newsdesk.brief.gist import carries_gist, gist

    claim = gist("The report was commissioned to review the police handling of the inquiry into the death of Ola Berg and to propose reforms.")
    common = {"police", "death", "inquiry", "ola", "berg"}
    assert not carries_gist(claim, terms("Errors in the police inquiry into the death of Ola Berg were admitted."), common)
    assert carries_gist(claim, terms("The report on police handling of the Ola Berg inquiry was published."), common)


def test_the_same_subject_with_the_claims_action_words_carries_it() -> None:
    """A paraphrase telling what happened to the same people ("crossed" / "arrived") still carries the claim, even
    when every word it shares is one the whole story uses."""
    from newsdesk.brief.gist import carries_gist, gist

    claim = gist("Hundreds of Varnian troops have crossed into Ostland ahead of a ground operation against the rebels.")
    common = {"hundred", "varnian", "troop", "ostland", "ground", "rebel"}
    assert carries_gist(claim, terms("Hundreds of Varnian troops have arrived in Ostland to join a ground offensive."),
                        common)
    assert not carries_gist(claim, terms("Ostland rebels said ground fighting had stopped, and hundreds fled."), common)
