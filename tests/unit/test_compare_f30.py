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
