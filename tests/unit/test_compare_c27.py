"""A fact is confirmed only by sentences that state it: not by a sentence dating another event, quoting its speaker
saying something else, sharing only the fact's names, or sharing only how its speaker is described (helper C27)."""

from __future__ import annotations

from newsdesk.compare import compare
from newsdesk.compare.claims import Claim, article_claims
from newsdesk.compare.consensus import carriers_agree, same_fact
from newsdesk.model import Article


def art(aid: str, outlet: str, *sentences: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=" ".join(sentences), outlet=outlet)


def confirmed(a: Article, b: Article) -> bool:
    """Whether a fact carried by both articles is listed."""
    return any({a.id, b.id} <= set(f.articles) for f in compare([a, b]).facts)


def claim(text: str, aid: str) -> Claim:
    return article_claims(Article(id=aid, source=f"{aid}.txt", text=text)).claims[0]


def one_fact(x: str, y: str) -> bool:
    """Whether two sentences of two articles state one fact (``same_fact``)."""
    return same_fact(claim(x, "a1"), claim(y, "b1"))


FILLER_A = "The harbour office opened a phone line for relatives."
FILLER_B = "Weather in the strait is expected to improve by the weekend."


def test_a_sentence_dating_another_day_does_not_confirm() -> None:
    """ "confirmed on Monday the deaths of the 40 crew" is not what "efforts continued on Friday to reach the 40
    crew" tells: another day, another stage of the event."""
    monday = "Port chief Lena Moss on Monday confirmed the deaths of the 40 crew aboard the trawler Seabird that sank off Kell."
    assert not one_fact(monday, "Efforts continued on Friday to reach the 40 crew aboard the trawler Seabird that "
                                "sank off Kell.")
    assert one_fact(monday, "Port chief Lena Moss confirmed on Monday the deaths of the 40 crew aboard the trawler "
                            "Seabird that sank off Kell."), "the same day and the same act are one fact"


def test_another_year_is_another_event() -> None:
    assert not one_fact("Norland and Ostmark established diplomatic relations in 1972 after years of border talks.",
                        "Ostmark and Vesland established diplomatic relations in 1987 after years of border talks.")


def test_carriers_dating_the_fact_differently_do_not_carry_one_fact() -> None:
    """Two sentences near a fact that gives a weekday, one saying Monday and the other Friday, are not both it."""
    fact = claim("Efforts to reach the 40 crew of the trawler Seabird resumed on Monday off Kell.", "f1")
    monday = claim("Divers resumed on Monday their efforts to reach the 40 crew of the trawler Seabird.", "a1")
    friday = claim("Divers resumed on Friday their efforts to reach the 40 crew of the trawler Seabird.", "b1")
    assert not carriers_agree(monday, friday, fact)
    assert carriers_agree(monday, claim("On Monday divers resumed efforts to reach the 40 Seabird crew.", "b2"), fact)


LONG_ROLE = "said Lena Moss, chief of the Kell port authority and head of the regional shipping safety board."


def test_two_different_quotes_of_one_speaker_are_two_facts() -> None:
    """Sharing the speaker and how she is described is not sharing what she said."""
    quote = f"``The harbour will reopen next month,'' {LONG_ROLE}"
    assert not one_fact(quote, f"``We owe the families a full account,'' {LONG_ROLE}")
    assert one_fact(quote, f"``The harbour will reopen next month at the latest,'' {LONG_ROLE}"), \
        "one quotation, trimmed otherwise, is one statement"


def test_sentences_sharing_only_names_are_two_facts() -> None:
    """ "The Varn Valley Trust has endorsed Mayor Tomas Reed" is not confirmed by a sentence that only names the
    same trust and mayor."""
    a = art("a1", "Kell Courier", "The Varn Valley Trust has endorsed Mayor Tomas Reed of Kell for a second term.",
            FILLER_A)
    b = art("b1", "Strait News", "Critics of Mayor Tomas Reed of Kell say the Varn Valley Trust is his oldest ally.",
            FILLER_B)
    assert not confirmed(a, b)
    assert one_fact("The Varn Valley Trust has endorsed Mayor Tomas Reed of Kell for a second term.",
                    "Mayor Tomas Reed of Kell was endorsed for a second term by the Varn Valley Trust."), \
        "the same names and what happened to them are one fact"


def test_a_speakers_description_is_not_what_he_said() -> None:
    """Two remarks of one test pilot, each sentence describing her alike, are two facts."""
    assert not one_fact("The first warning signs were rising fuel costs, said Anna Berg, the test pilot who flew the "
                        "first Skylark jet over Kell in 1971.",
                        "Anna Berg, the former Skylark test pilot who flew the first jet over Kell in 1971, told "
                        "reporters that the plane was safe.")


def test_the_day_an_outlet_heard_a_statement_does_not_make_it_another_fact() -> None:
    """Two outlets reporting one report a day apart ("..., the trust said Thursday" / "..., the trust warned
    Wednesday") date the telling, not the fact; a decade ("the mid-1990s") is no year set against 1993."""
    assert one_fact("Rising seas could flood the low islands of the Varn delta by the end of the century, the Kell "
                    "Climate Trust said in a report issued Thursday.",
                    "Rising seas could flood the low islands of the Varn delta by the end of this century, a climate "
                    "trust warned Wednesday.")
    assert one_fact("Engineers said the Skylark jets had been fitted with new wing guards in the mid-1990s.",
                    "Engineers said last month that the Skylark jets were fitted with new wing guards in 1993.")


def test_what_a_speaker_said_after_his_name_is_no_description() -> None:
    """ "Hayes' lawyer, John Fuller, said Monday that his client ..." states what Fuller said."""
    assert one_fact("Hayes' lawyer, John Fuller, said Monday that his client was hit by a van before the shooting "
                    "in Kell.", "John Fuller says his client was hit by a van in Kell before the shooting.")


def test_one_quotation_told_alike_stays_one_fact() -> None:
    """A short quotation (its speaker's description is most of the sentence) told word for word by two outlets."""
    same = "``I admire her dedication,'' said Ken Marsh, executive director of the Varn Valley Trust, based in Kell."
    assert one_fact(same, same)
