"""Stop-30 review (U30) of who says a fact and how many sources confirm it: invented stories only."""

from __future__ import annotations

from builders import make_article
from newsdesk.compare import compare
from newsdesk.compare.attribution import names_own_speaker, primary_relay, sentence_speakers
from newsdesk.compare.claims import article_claims


def _who(sentence: str) -> list[tuple[str, str]]:
    return [(s.who, s.kind) for s in sentence_speakers(sentence)]


def _claims(text: str) -> dict[str, list[tuple[str, str]]]:
    return {c.text: [(s.who, s.kind) for s in c.speakers] for c in article_claims(make_article(text)).claims}


# --- U30 #2: the speaker is the one the sentence names -------------------------------------------------------------

def test_said_of_someone_is_said_by_its_subject() -> None:
    found = _who("‘They were simply unlucky,’ Fire Chief Ron Vale said of the Harmons and Peter Lusk.")
    assert found == [("Ron Vale", "named")]
    assert _who("Reports of the blast came in from the harbour all night long.") == []  # a noun, no speaker


def test_an_unnamed_person_telling_an_outlet_is_the_speaker_and_the_outlet_its_credit() -> None:
    assert _who("“We are holding all the corridors,” a student told LA Weekly.") == [
        ("a student", "anonymous"), ("LA Weekly", "outlet")]
    assert _who("One woman said the water rose faster than anyone expected.") == [("One woman", "anonymous")]


def test_a_quote_naming_its_own_speaker_never_takes_the_previous_speaker() -> None:
    text = ("Students occupied the admissions office of Harlow College on Monday night.\n\n"
            "“We will not leave,” Dean Mara Fell told the Harlow Courier. “They can stay here for the whole week.”\n\n"
            "“Nobody is going home tonight,” a freshman in the corridor said.")
    claims = _claims(text)
    who, kind = claims["“They can stay here for the whole week.”"][0]
    assert who.endswith("Mara Fell") and kind == "named"  # a quote going on: still Fell's
    assert claims["“Nobody is going home tonight,” a freshman in the corridor said."] == [("a freshman", "anonymous")]
    assert names_own_speaker("“We are here,” a student told the paper.")
    assert not names_own_speaker("“We are here,” he said.")


def test_a_clause_or_an_example_is_no_speaker() -> None:
    found = _who("Voss told CNN he believes the archive could open to the public within a year.")
    assert [w for w, _ in found] == ["Voss", "CNN"]  # not "Voss told CNN he"
    found = _who("The ruling left open whether the region could split because the valley tribes, like the Osk, "
                 "have said they want to stay.")
    assert all("like" not in w for w, _ in found)


def test_she_told_an_outlet_is_still_she() -> None:
    text = ("Floods hit the valley town of Arlen on Monday, forcing many families from their homes.\n\n"
            "Mayor Ann Cole toured the flooded streets of the town in the afternoon.\n\n"
            "\"It was the loudest storm we have ever had here,\" she said in a phone interview with CNN.")
    claims = _claims(text)
    said = next(v for k, v in claims.items() if "loudest" in k)
    assert said == [("Ann Cole", "named"), ("CNN", "outlet")]


# --- U30 #3: an interview credits one quote to the outlet, not the whole article -------------------------------------

def test_a_named_persons_interview_makes_no_relay_of_the_article() -> None:
    lead = "Flood waters rose across Millbrook on Tuesday, forcing hundreds of residents from their homes."
    quote = '"We are doing everything we can," Mayor Dana Ortiz told the Millbrook Gazette.'
    assert primary_relay(f"{lead}\n\n{quote}") is None
    anonymous = "Hundreds of soldiers crossed the border this week, two officials told Reuters on Thursday."
    assert primary_relay(f"{anonymous}\n\nMore are expected.") == "Reuters"  # the outlet's own sourcing, relayed


def test_the_lead_fact_of_an_article_quoting_an_outlet_once_is_not_that_outlets() -> None:
    a = ("Flood waters rose across Millbrook on Tuesday, forcing hundreds of residents from their homes.\n\n"
         '"We are doing everything we can," Mayor Dana Ortiz told the Millbrook Gazette.')
    b = "Flood waters rose across Millbrook on Tuesday and forced hundreds of residents from their homes, officials said."
    comp = compare([make_article(a, id="a"), make_article(b, id="b")])
    flood = next(f for f in comp.facts if "Flood" in f.text)
    assert "Millbrook Gazette" not in flood.sources


# --- U30 #4: confirmed only where the other article states the key claim --------------------------------------------

def test_a_fact_is_worded_by_what_its_carriers_share_and_its_figures_must_be_stated() -> None:
    from builders import first_claim
    from newsdesk.compare.key_claim import confirming, core_first

    long = first_claim("Another man, Paul Lusk, 31, of Dorset, was also killed in the attack in Arlen, a town of around "
                       "17,000 about 30 miles south of Brill.")
    short = first_claim("The third victim is Paul Lusk, 31, of Dorset.")
    assert core_first([long, short]) == [1, 0]  # the short one, which the long one states too
    assert confirming([short, long]) == [0, 1]
    assert confirming([long, short]) == [0]  # the town of 17,000 is the long one's alone


def test_a_carrier_missing_the_wordings_figure_does_not_confirm_it() -> None:
    from builders import first_claim
    from newsdesk.compare.key_claim import confirming, states_key_claim

    wording = first_claim("The 12 demands include a fully funded ethnic studies program and 20% more faculty of color.")
    other = first_claim("Students' demands include an ethnic studies program and more faculty of color.")
    assert not states_key_claim(wording, other)  # no 12, no 20%
    assert states_key_claim(other, wording)
    assert confirming([wording, other]) == [0]


# --- U30 #8: a role the article names once is that person --------------------------------------------------------

def test_the_admiral_is_the_admiral_the_article_named() -> None:
    text = ("The submarine sank in the Barents Sea on Saturday with its whole crew aboard.\n\n"
            "Admiral Mikhail Vorin, chief of the Northern Fleet, said there were two possible causes of the sinking.\n\n"
            "The third possible cause is that the submarine hit an old mine, the admiral said.")
    said = next(v for k, v in _claims(text).items() if "old mine" in k)
    assert said == [("Mikhail Vorin", "named")]


# --- U30 #9: no credit to the article's own outlet; the sentence's own credit before the dateline ------------------

def test_an_outlets_own_dateline_is_no_credit_and_the_sentences_own_credit_comes_first() -> None:
    found = _who("MOSCOW, Aug. 21 (Xinhua) -- Divers opened the inner hatch of the sunken submarine, Russian media reported.")
    assert found == [("Russian media", "outlet"), ("Xinhua", "outlet")]
    text = "MOSCOW, Aug. 21 (Xinhua) -- Divers opened the inner hatch of the sunken submarine on Monday, a navy official said."
    comp = compare([make_article(text, id="a", outlet="Xinhua"),
                    make_article("Divers reached the sunken submarine and opened its inner hatch on Monday.", id="b")])
    assert all(a.who != "Xinhua" for f in [*comp.facts, *comp.single_source] for a in f.attribution)


# --- U30 #13: counts that say what is known ------------------------------------------------------------------------

def test_a_count_with_an_unknown_outlet_is_an_upper_bound_over_articles() -> None:
    from newsdesk.compare.consensus import UNKNOWN_OUTLET
    from newsdesk.compare.render import sources_phrase
    from newsdesk.model import Fact

    mixed = Fact("x", ("a", "b"), 2, sources=("AP", UNKNOWN_OUTLET), outlets=2, unknown_outlets=1)
    assert sources_phrase(mixed) == "up to 2 independent sources (AP, 1 of unknown outlet), carried by 2 articles"
    known = Fact("x", ("a", "b", "c"), 2, sources=("AP", "Reuters"), outlets=3)
    assert sources_phrase(known) == "2 independent sources (AP, Reuters), relayed by 3 outlets"
    relayed = Fact("x", ("a", "b"), 1, sources=("Reuters",), outlets=2, unknown_outlets=1)
    assert sources_phrase(relayed) == "1 independent source (Reuters), relayed by 2 articles"


def test_a_witness_telling_a_station_makes_no_relay_and_no_figure() -> None:
    from builders import first_claim
    from newsdesk.compare.key_claim import states_key_claim

    lead = "Flood waters rose across Millbrook on Tuesday, forcing hundreds of residents from their homes."
    assert primary_relay(f'{lead}\n\n"The water came up in minutes," a resident told Channel 9.') is None
    a = first_claim('"The water came up in minutes," a resident told Channel 9.')
    b = first_claim('"The water came up in minutes," one resident said.')
    assert states_key_claim(a, b) and states_key_claim(b, a)  # neither 9 nor "one" is a figure of what was said


def test_a_spokesman_or_a_named_executive_telling_a_wire_keeps_the_article_that_wires_report() -> None:
    """Review R30: "a company spokesman told Reuters" is a wire exclusive that other outlets rewrite; only an unnamed
    witness telling an outlet ("a resident told Channel 9") makes no relay."""
    from newsdesk.compare.attribution import primary_relay, sentence_speakers

    text = ("Lanmore Steel will close its Elmwood plant and cut 300 jobs, a company spokesman told Reuters on Monday.\n\n"
            "The plant has lost money for three years, the spokesman said.")
    assert primary_relay(text) == "Reuters"
    witness = ("The river burst its banks at dawn, a resident told Channel 9 on Monday.\n\n"
               "Crews worked through the night to shore up the levee near the old mill.")
    assert primary_relay(witness) is None
    assert ("CNN", "outlet") in [(s.who, s.kind) for s in
                                 sentence_speakers("In an interview with CNN, Cole said the plan would fail.")]
