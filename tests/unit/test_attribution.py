"""Attribution: who a sentence rests on, and which outlet an article relays."""

from __future__ import annotations

import pytest

from newsdesk.compare.attribution import article_credits, outlet_name, primary_relay, sentence_speakers
from newsdesk.compare.claims import article_claims
from newsdesk.model import Article


def speakers(s: str):
    return [(x.who, x.kind) for x in sentence_speakers(s)]


@pytest.mark.parametrize(
    ("sentence", "who", "kind"),
    [
        ("Finance Minister Lara Quint said the budget would be balanced.", "Lara Quint", "named"),
        ('"We are ready," said Jon Petrov, the team captain.', "Jon Petrov", "named"),
        ("The bank raised rates, two people familiar with the matter said.", "two people", "anonymous"),
        ("A senior defense official told reporters the ships had left port.", "A senior defense official", "anonymous"),
        ("Activists in the city have claimed that the water is unsafe.", "Activists", "anonymous"),
        ("The Ministry of Health said 12 cases were confirmed.", "The Ministry of Health", "organization"),
        ("Four patients were in a serious condition, St. Brennan Hospital said.", "St. Brennan Hospital", "organization"),
        ("Flights resumed at noon, Kestrel Airport said.", "Kestrel Airport", "organization"),
        ("The Port Authority vehemently denied the report.", "The Port Authority", "organization"),
        ("On Monday, investigators said the cause was a gas leak.", "investigators", "anonymous"),
        ("According to the Associated Press, the vote was delayed.", "AP", "outlet"),
    ],
)
def test_sentence_speaker(sentence, who, kind):
    assert (who, kind) in speakers(sentence)


def test_named_role_from_appositive():
    sp = sentence_speakers("Ana Ruiz, head of the port workers union, told the council that strikes would go on.")
    ana = next(x for x in sp if x.who == "Ana Ruiz")
    assert ana.kind == "named" and "port workers union" in (ana.role or "")
    assert all(x.who != "the council" for x in sp)


def test_told_outlet_gives_outlet_and_speaker():
    kinds = dict(speakers("An anonymous official told Reuters the plan was dropped."))
    assert kinds.get("Reuters") == "outlet" and kinds.get("An anonymous official") == "anonymous"


def test_passive_is_not_attribution():
    assert speakers("Iran is believed to have troops in the region.") == []


def test_no_speaker_in_plain_statement():
    assert speakers("The river burst its banks after three days of rain.") == []


def test_outlet_name():
    assert outlet_name("the Associated Press") == "AP"
    assert outlet_name("Reuters Thursday") == "Reuters"
    assert outlet_name("The Washington Post") == "Washington Post"
    assert outlet_name("the army") is None


def test_article_credits_dateline_and_signoff():
    text = "SPRINGFIELD (AP) — The council voted on Monday.\n\nThe vote was close.\n\nAdditional reporting by Reuters"
    credits = article_credits(text)
    assert credits["AP"] == 3 and credits["Reuters"] == 2
    assert primary_relay(text) == "AP"


def test_photo_caption_credit_is_ignored():
    assert primary_relay("A man walks past the ruins (AP)\n\nThe town was rebuilt in two years.") is None


def test_pronoun_and_surname_resolved_within_article():
    text = ("Dana Whitfield, an analyst at the Orion Institute, said she expects more cuts this year. "
            "\"The economy is slowing down quite fast now,\" she said. \"Rates will fall before the summer,\" Whitfield said.")
    claims = article_claims(Article(id="x", source="x", text=text)).claims
    whos = [[s.who for s in c.speakers] for c in claims]
    assert ["Dana Whitfield"] in whos[1:]
    assert all(w == ["Dana Whitfield"] for w in whos[1:])


def test_wire_dateline_credits_the_agency():
    from newsdesk.compare.attribution import sentence_speakers

    for text, outlet in (("HARBIN, March 3 (xinhua) -- The river level fell by a metre overnight.", "Xinhua"),
                         ("OSLO (AP) _ Several hundred residents protested outside the town hall.", "AP")):
        assert [(s.who, s.kind) for s in sentence_speakers(text)] == [(outlet, "outlet")]


def test_leading_adverb_with_comma_is_not_a_speaker():
    from newsdesk.compare.attribution import sentence_speakers

    speakers = sentence_speakers("Now, the Northern Fisheries Institute says shoppers are confused about the labels.")
    assert [s.kind for s in speakers] == ["organization"] and "Now" not in speakers[0].who


def test_speaker_after_a_relative_pronoun_or_in_a_reduced_relative_clause():
    claim = "Two engineers said they had warned the agency about the cracks, a claim the agency denies."
    # the agency denies the claim; the engineers are its source
    assert [(s.who, s.kind) for s in sentence_speakers(claim)] == [("Two engineers", "anonymous")]
    relative = "The ferry will run until the road reopens, which officials said could take months."
    assert [(s.who, s.kind) for s in sentence_speakers(relative)] == [("officials", "anonymous")]


def test_who_denies_a_claim_is_not_its_source() -> None:
    found = speakers("Two engineers told the Coast Post that they had warned the port board, a claim the board denies.")
    assert ("the board", "organization") not in found and ("Coast Post", "outlet") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Police have named the men who carried out the raids, claimed by the Harbour Front group, on Friday.",
        "The fire, reported in May by a neighbour, spread to two barns.",
        "The blast, claimed responsibility for by no group, shook the port.",
    ],
)
def test_a_participle_after_a_comma_has_no_inverted_speaker(sentence: str) -> None:
    assert speakers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Early Monday, the harbour authority said two ferries had been held.", [("the harbour authority", "organization")]),
        ("The driver - the second suspect according to Kell police - crossed the border on Friday.",
         [("Kell police", "organization")]),
        ("It's claimed that the council knew of the cracks in 2019.", []),
        ("Moravec, he added, had moved back to Prague with his daughter.", []),
    ],
)
def test_a_speaker_phrase_loses_time_asides_and_pronouns(sentence: str, expected: list) -> None:
    assert speakers(sentence) == expected


def test_an_inverted_speaker_is_still_read() -> None:
    assert speakers("The plan will fail, warned Defence Minister Ola Brandt.") == [("Ola Brandt", "named")]


def test_a_place_of_speaking_is_no_speaker() -> None:
    assert speakers("The memo was a fake, on Twitter said the senator's aide.") == []


def test_a_numbered_channel_is_named_in_full_and_a_bare_outlet_word_is_no_outlet() -> None:
    from newsdesk.compare.attribution import outlet_name

    assert outlet_name("Channel 11") == "Channel 11"
    assert outlet_name("Channel") is None
    assert ("Channel 11", "outlet") in speakers("The mayor told Channel 11 that the road would reopen.")


def test_the_x_said_stands_for_the_organization_named_before_only_when_it_can() -> None:
    """"the group said" is the organisation named before; "the authority" after a hospital spoke is not the hospital."""
    text = (
        "Four patients were in a serious condition, St. Brennan Hospital said. "
        "Engineers had warned the regional water authority about the pumps last year. "
        "The authority denied receiving any such warning about the pumps. "
        "Relief work is run by the Harbour Aid Trust, which has sent 40 volunteers to the town. "
        "The group said more volunteers would arrive by the weekend."
    )
    claims = article_claims(Article(id="a", source="a.txt", text=text)).claims
    who = {c.text.split()[1]: [s.who for s in c.speakers] for c in claims}
    assert who["authority"] == ["The authority"] or who["authority"] == ["the authority"]
    assert who["group"] == ["St. Brennan Hospital"] or who["group"] == ["Harbour Aid Trust"]


def test_a_clause_opener_is_not_part_of_a_speakers_name() -> None:
    """ "Unlike Bush, ..." names Bush: his later "Bush denied ..." is not "Unlike Bush" denying."""
    text = ("Unlike Bush, Senator Ray Kline voted for the harbour bill on Tuesday. "
            "Bush denied on Friday that he had ever opposed the harbour bill.")
    claims = article_claims(Article(id="a", source="a.txt", text=text)).claims
    assert [s.who for s in claims[1].speakers] == ["Bush"]
    assert [s.who for s in sentence_speakers("The observers' mission, or OSCE, denied the allegations.")] == ["OSCE"]


def test_how_a_speaker_looked_is_no_role() -> None:
    (sp,) = sentence_speakers("\u201cThis is a remote place,\u201d a somber Mr. Brandt said.")
    assert (sp.who, sp.kind, sp.role) == ("Brandt", "named", None)
    (sp,) = sentence_speakers("Interior Minister Ola Brandt said the road would reopen.")
    assert sp.role == "Interior Minister"
