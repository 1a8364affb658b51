"""Attribution, stop 22: a person's own people as speakers, and "said he would" is no pronoun speaker."""

from __future__ import annotations

from newsdesk.compare.attribution import classify, uses_pronoun_speaker
from newsdesk.compare.claims import article_claims
from newsdesk.model import Article

_TEXT = ('Painter Tom Reed died on Monday at his home in Lanmore, his agent Ann Cole said. "He was a gentle man," '
         "Cole said.\n\nHer family said she had died in her sleep. His lawyer said he would appeal the ruling. "
         '"He loved the sea," said his daughter, Mara Reed. His brother Paul Reed said the funeral would be private.')


def _speakers() -> dict[str, list[tuple[str, str, str | None]]]:
    claims = article_claims(Article(id="a", source="a", text=_TEXT)).claims
    return {c.text.split()[0] + " " + c.text.split()[1]: [(s.who, s.kind, s.role) for s in c.speakers] for c in claims}


def test_a_relative_or_lawyer_speaks_for_themself_not_the_last_person_quoted() -> None:
    got = _speakers()
    assert got["Her family"] == [("Her family", "anonymous", None)]
    assert got["His lawyer"] == [("His lawyer", "anonymous", None)]


def test_a_relative_named_after_the_relation_is_that_person() -> None:
    got = _speakers()
    assert got["Painter Tom"] == [("Ann Cole", "named", "his agent")]
    assert got['"He loved'] == [("Mara Reed", "named", "his daughter")]
    # a relative shares the surname: Paul Reed is not Tom Reed
    assert got["His brother"] == [("Paul Reed", "named", "his brother")]


def test_said_he_would_is_the_subjects_claim_and_the_inverted_form_the_pronouns() -> None:
    assert not uses_pronoun_speaker("His lawyer said he would appeal the ruling.")
    assert not uses_pronoun_speaker("A veterinarian at the checkpoint said she was not allowed to talk.")
    assert uses_pronoun_speaker("The talks will go on, said he.")
    assert uses_pronoun_speaker("Reed tempered his praise and said he was not pushing it.")
    assert uses_pronoun_speaker("She now says she regrets it.")
    assert uses_pronoun_speaker('"We won," he said.')


def test_classify_possessive_relations() -> None:
    assert classify("their attorneys") is not None and classify("their attorneys").kind == "anonymous"  # type: ignore[union-attr]
    assert classify("his mother, Bina Rao") == classify("his mother, Bina Rao")
    sp = classify("his mother, Bina Rao")
    assert sp is not None and (sp.who, sp.kind, sp.role) == ("Bina Rao", "named", "his mother")


def test_a_single_passing_credit_far_down_is_no_relay_of_the_whole_article() -> None:
    from newsdesk.compare.attribution import primary_relay

    lead = "Flood waters rose across the valley on Sunday, forcing 2,000 residents from their homes, officials said."
    body = "\n\n".join(f"Shelters opened at school number {n} in the county on Sunday night." for n in range(4))
    late = '"We have never seen it this high," the mayor, Ann Cole, told CNN in a phone interview.'
    assert primary_relay(f"{lead}\n\n{body}\n\n{late}") is None  # the interview relays CNN for its own sentence
    assert primary_relay(f"{lead} CNN reported.\n\n{body}") == "CNN"  # a rewrite says whose report in its lead
    # a named person's interview with CNN is CNN's for her words only (F30, U30 #3): with one passing credit far down,
    # CNN is still no relay of the whole article; two passing credits of CNN's own reporting are
    assert primary_relay(f"{lead}\n\n{body}\n\n{late}\n\nThe river crested at noon, CNN reported.") is None
    anonymous = '"We have never seen it this high," a county official told CNN.'
    assert primary_relay(f"{lead}\n\n{body}\n\n{anonymous}\n\nThe river crested at noon, CNN reported.") == "CNN"


def test_a_bare_surname_means_the_person_named_with_a_middle_initial() -> None:
    """Review U22: with "Mark J. Brown" the speaker "Brown" became the dead boy, "Leo Brown"."""
    text = ("A 3-year-old boy, Leo Brown, died on Sunday after a fall, police said.\n\n"
            "His uncle, Mark J. Brown, 31, was charged with murder on Monday.\n\n"
            '"I did it," Brown told officers.')
    claims = article_claims(Article(id="a", source="a", text=text)).claims
    # Two Browns, neither quoted before: the bare surname stays (stop 23; the last one named is often the victim,
    # "the deaths of 6-year-old Rene Pasztor" before "Pasztor said"), never the dead boy.
    assert [s.who for s in claims[-1].speakers] == ["Brown"]
    plan = "The council backed Plan B. Hale voted no.\n\nHale said the plan was too costly."
    assert "Plan B. Hale" not in {s.who for c in article_claims(Article(id="p", source="p", text=plan)).claims
                                  for s in c.speakers}


def test_a_facts_quote_leaves_out_a_wire_dateline_and_a_bullet() -> None:
    """Review U22: the comparison quoted "BONN, September 11 (Xinhua) -- ..." that the brief leaves out."""
    from newsdesk.compare.render import _quote

    assert _quote("LANMORE, May 3 (Xinhua) -- The talks ended on Friday.") == "The talks ended on Friday."
    assert _quote("* Among voters, the plan won by 12 points.") == "Among voters, the plan won by 12 points."
    assert _quote("UN officials said the talks ended.") == "UN officials said the talks ended."


def test_who_says_it_is_a_whole_phrase() -> None:
    """Review U22: "The Justice Department and 19", "Many people in the Japanese", "(ECB", a role "on Tuesday"."""
    from newsdesk.compare.attribution import sentence_speakers

    def who(sentence: str) -> list[tuple[str, str | None]]:
        return [(s.who, s.role) for s in sentence_speakers(sentence)]

    assert who("The ministry and 19 states assert that the rule is unlawful.") == []  # "states" is counted
    assert who("Many people in the Lanmore capital said they had never felt such a quake.") == [
        ("Many people in the Lanmore capital", None)]
    assert who("The Lanmore Central Bank (LCB) said rates would stay at 1 percent.") == [("The Lanmore Central Bank", None)]
    assert who("Sen. Jo Reyes (D-Calif.) said the bill would pass.") == [("Jo Reyes", "Sen.")]
    assert who("Ana Ruiz, the company's founder, on Tuesday announced the find.") == [("Ana Ruiz", "the company's founder")]
    assert who("Ana Ruiz, however, said she would stay.") == [("Ana Ruiz", None)]
    assert who("Jane Smith, 19, claims she was attacked by the guards.") == [("Jane Smith", "19")]  # an age
    assert who('"We lost," said residents in Gaza yesterday.') == [("residents in Gaza", None)]
