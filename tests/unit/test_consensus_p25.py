"""Corroboration agrees on the figures: a sentence giving another amount of money for the same thing confirms
nothing, and two carriers of one fact that give it two different figures are not both its sources; a figure only
rounded, or a detail the fact does not state, splits nothing."""

from __future__ import annotations

from newsdesk.compare import compare
from newsdesk.compare.claims import Claim
from newsdesk.compare.fact_match import figures_differ
from newsdesk.model import Article

FILLER_A = "The harbour office reopened the east quay to ferries on Friday after a week of repairs."
FILLER_B = "Weather forecasters expect strong winds along the northern coast for the rest of the month."
FILLER_C = "The regional museum will stay closed on Mondays until the new roof is finished in spring."


def art(aid: str, outlet: str, *sentences: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=" ".join(sentences), outlet=outlet)


def carried_together(articles: list[Article], a: str, b: str) -> bool:
    return any({a, b} <= set(f.articles) for f in compare(articles).facts)


def claim(text: str) -> Claim:
    return Claim("x", 0, text, (), (), None, False, False)


def test_another_amount_of_money_for_the_same_projection_confirms_nothing() -> None:
    a = art("a1", "Harbour Times", "The Norland budget office projects that the harbour fund surplus over the next "
            "ten years will be $2.9 billion.", FILLER_A)
    b = art("b1", "Valley Post", "Lawmakers cheered as the Norland budget office projected the harbour fund surplus "
            "would total $1.9 billion over the next ten years.", FILLER_B)
    assert not carried_together([a, b], "a1", "b1")
    rounded = art("c1", "Valley Post", "Lawmakers cheered as the Norland budget office projected the harbour fund "
                  "surplus would total $3 billion over the next ten years.", FILLER_B)
    assert carried_together([a, rounded], "a1", "c1"), "$3 billion is $2.9 billion rounded"


def test_two_carriers_giving_the_fact_two_figures_are_not_both_its_sources() -> None:
    vague = art("a1", "Harbour Times", "The Kell ferry ran aground off Ostby Point on Sunday with hundreds of "
                "passengers aboard, and tugs freed it at high tide.", FILLER_A)
    b = art("b1", "Valley Post", "The Kell ferry ran aground off Ostby Point with 212 passengers aboard.", FILLER_B)
    c = art("c1", "Coast Radio", "Tugs freed the ferry from Ostby Point at high tide on Sunday; it had 480 "
            "passengers aboard.", FILLER_C)
    comp = compare([vague, b, c])
    assert not any({"b1", "c1"} <= set(f.articles) for f in comp.facts)
    assert any({"a1", "b1"} <= set(f.articles) or {"a1", "c1"} <= set(f.articles) for f in comp.facts)


def test_carriers_differing_on_a_detail_the_fact_does_not_state_still_carry_it() -> None:
    a = art("a1", "Harbour Times", "Two days before the raid, Tomas Varga was seen with the driver at a petrol "
            "station in Ressby on the coast road.", FILLER_A)
    b = art("b1", "Valley Post", "Tomas Varga, 30, was filmed with the driver at a petrol station in Ressby on the "
            "coast road, prosecutors said.", FILLER_B)
    c = art("c1", "Coast Radio", "Police are hunting Tomas Varga, 29, who was seen with the driver at a petrol "
            "station in Ressby on the coast road.", FILLER_C)
    comp = compare([a, b, c])
    assert any({"a1", "b1", "c1"} <= set(f.articles) for f in comp.facts)


def test_figures_of_one_thing_matched_one_to_one() -> None:
    assert figures_differ(claim("The fund will total $2.9 billion."), claim("The fund would total $1.9 billion."))
    assert not figures_differ(claim("The fund will total $2.9 billion."), claim("The fund would total $3 billion."))
    # a list: which of "16GB or 32GB" the "128GB" would be is not known
    assert not figures_differ(claim("You can choose 16GB or 32GB versions, expandable by a memory card."),
                              claim("There is a memory card slot for up to 128GB of storage."))
    # the old and the new figure in one sentence confirm the one the other gives
    assert not figures_differ(claim("The toll rose to 40 people, up from 30 people."), claim("The toll is 40 people."))


def test_one_event_told_in_other_words_at_one_time_of_day_is_one_fact() -> None:
    a = art("a1", "Harbour Times", "Captain Ilse Marten, a Norland pilot, and Oskar Brel, a Kellish engineer, landed "
            "just after 9 a.m. local time.", FILLER_A)
    crew = "Marten and Brel had set off from Ostby three weeks earlier in a cabin the size of a van."
    b = art("b1", "Valley Post", "The Skylark 4 airship landed gently at 09:04 local time at Varn, a village 120 "
            "kilometers north of Ostby, the regional news agency reported.", crew)
    assert carried_together([a, b], "a1", "b1")
    c = art("c1", "Valley Post", "The Skylark 4 airship landed gently at 11:30 local time at Varn, a village 120 "
            "kilometers north of Ostby, the regional news agency reported.", crew)
    assert not carried_together([a, c], "a1", "c1"), "another time of day: no tie"


def test_either_end_of_a_span_of_times_is_no_time_of_day() -> None:
    from newsdesk.compare.fact_match import times_of_day
    assert times_of_day("The balloon landed just after 8 a.m. local time.") == {480}
    assert times_of_day("It landed at 08:03 local time (0603 GMT).") == {483}
    assert not times_of_day("Gunmen attacked three places between 9:25 p.m. and 9:36 p.m.")
    assert not times_of_day("The score was 3:2 and 8 victims were named.")


def test_carriers_differing_in_a_denial_the_fact_does_not_state_still_carry_it() -> None:
    a = art("a1", "Harbour Times", "Governor Ana Lind of Norland suspended executions after nine death row inmates "
            "were cleared and released.", FILLER_A)
    b = art("b1", "Valley Post", "Earlier this year, Governor Ana Lind suspended executions after nine inmates were "
            "cleared, and she said they will not resume until no innocent person faces death.", FILLER_B)
    c = art("c1", "Coast Radio", "The Norland governor, Ana Lind, suspended executions after nine death row inmates "
            "were shown to be innocent and released.", FILLER_C)
    comp = compare([a, b, c])
    assert any({"a1", "b1", "c1"} <= set(f.articles) for f in comp.facts)
