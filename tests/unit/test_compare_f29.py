"""A fact is confirmed only by a sentence about the same subject and with the same modality (helper F29, U29 #1);
speakers are not credited to another person or labelled anonymous when the article names them (U29 #2, #14)."""

from __future__ import annotations

from newsdesk.compare import compare
from newsdesk.compare.claims import Claim, article_claims
from newsdesk.compare.consensus import other_modality, other_subject, sentence_subject
from newsdesk.model import Article

NAMES = frozenset(["velmora", "ostland", "norvia", "kestrel", "brimley"])


def art(aid: str, *sentences: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=" ".join(sentences))


def claim(text: str, aid: str = "a1") -> Claim:
    return article_claims(Article(id=aid, source=f"{aid}.txt", text=text)).claims[0]


def confirmed(a: Article, b: Article, words: str) -> bool:
    """Whether a listed fact carried by both articles holds ``words``."""
    return any({a.id, b.id} <= set(f.articles) and words in f.text for f in compare([a, b]).facts)


# Subject: the named entity a fact is about must be what the other sentence is about too.

def test_a_named_subject_is_not_confirmed_by_a_sentence_about_something_it_mentions() -> None:
    """ "Velmora is covered by half of all health insurers" is about the drug; "Health insurers may hold the key to
    the drugs' acceptance" is about insurers, and never names the drug."""
    drug = claim("Velmora is covered by about half of all health insurance plans in the state.")
    insurers = claim("Along with doctors, health insurance plans in the state may hold the key to the drugs' success.", "b1")
    assert other_subject(drug, insurers, NAMES)
    assert not other_subject(drug, claim("About half of all health insurance plans in the state cover Velmora.", "b2"), NAMES)
    assert not other_subject(drug, claim("The drug is covered by about half of all health insurance plans in the state.",
                                         "b3"), NAMES), "a description may stand for the named drug"


def test_one_country_is_not_confirmed_by_another_countrys_rule() -> None:
    ostland = claim("Ostland has enacted a law banning smoking in public places, but many people ignore it.")
    other = claim("In other public places, such as shops and trams, smoking is banned under law but some people light up.",
                  "b1")
    assert other_subject(ostland, other, NAMES)
    assert not other_subject(ostland, claim("Ostland banned smoking in public places under a law enacted last year.", "b2"),
                             NAMES)


def test_two_plain_subjects_neither_of_which_the_other_mentions_are_two_facts() -> None:
    survivors = claim("Some 26,000 survivors of the May 3 quake that devastated the coast are living in tent cities.")
    buildings = claim("Buildings were reported to have collapsed in all three cities, which were devastated by the May 3 "
                      "quake.", "b1")
    assert other_subject(survivors, buildings, NAMES)
    assert not other_subject(survivors, claim("About 26,000 quake survivors still live in tents.", "b2"), NAMES)


def test_subject_reading() -> None:
    assert sentence_subject("Velmora is covered by insurers.", NAMES).named
    assert sentence_subject("In other places, such as shops, smoking is banned.", NAMES).words == ("smoking",)
    assert sentence_subject("But they said the plan failed.", NAMES).may_refer
    assert not sentence_subject("Buildings collapsed.", NAMES).named, "a capitalised first word is no name by itself"


def test_compare_lists_no_confirmation_across_subjects() -> None:
    a = art("a1", "Velmora is covered by about half of all health insurance plans in the state.",
            "The pill costs $2 a day.")
    b = art("b1", "Along with doctors, health insurance plans in the state may hold the key to Velmora's success.",
            "Sales rose in the spring.")
    assert not confirmed(a, b, "Velmora is covered")
    c = art("c1", "About half of all health insurance plans in the state cover Velmora, its maker said.",
            "Sales rose in the spring.")
    assert confirmed(a, c, "Velmora")


# Modality: what was expected or wanted does not confirm what happened.

def test_what_was_wanted_does_not_confirm_what_happened() -> None:
    done = claim("Both sides avoided costly strikes that could have cut short a record sales year.")
    assert other_modality(done, claim("Analysts said both sides were eager to avoid costly strikes in a record sales "
                                      "year.", "b1"))
    assert other_modality(done, claim("Analysts said all sides would work to avoid costly strikes this year.", "b2"))
    assert not other_modality(done, claim("The two sides avoided a costly strike in a record sales year.", "b3"))


def test_what_is_expected_does_not_confirm_what_was_done() -> None:
    assert other_modality(claim("Kestrel workers completed voting on their new contract on Friday."),
                          claim("Kestrel workers are expected to complete voting on their new contract by Friday.", "b1"))
    assert not other_modality(claim("Kestrel workers are expected to complete voting on the contract by Friday."),
                              claim("Kestrel workers should complete voting on their new contract by Friday.", "b1"))


def test_compare_lists_no_confirmation_across_modality() -> None:
    a = art("a1", "Both sides avoided costly strikes that could have cut short a record sales year for carmakers.",
            "The contract runs four years.")
    b = art("b1", "Both sides were eager to avoid costly strikes that could cut short a record sales year for carmakers.",
            "Talks resumed at noon.")
    assert not confirmed(a, b, "avoid")


# Who says it: a mother is not her son; named researchers are not anonymous; a deed is not a statement.

def test_an_honorific_speaker_is_the_relative_the_article_introduces() -> None:
    from newsdesk.compare.role_holders import honorific_speaker, kin_relatives

    sentences = ["Tom Brimley, 21, was beaten outside a bar.", "Tom Brimley's mother, Ann, sat in the last row.",
                 "'These laws can help,' Mrs. Brimley said."]
    relatives = kin_relatives(sentences)
    assert honorific_speaker("Tom Brimley", sentences[2], relatives) == "Ann Brimley"
    unnamed = kin_relatives(["Tom Brimley was beaten.", "Brimley's mother asked Congress for a law."])
    assert honorific_speaker("Tom Brimley", "'It helps,' Mrs. Brimley said.", unnamed) == "Mrs. Brimley"
    assert honorific_speaker("Tom Brimley", "'It helps,' Mr. Brimley said.", relatives) is None, "Mr. may be Tom"
    assert honorific_speaker("Tom Brimley", "'It helps,' Brimley said.", relatives) is None


def test_the_researchers_are_the_study_authors_the_article_names() -> None:
    from newsdesk.compare.role_holders import role_holder, role_holders

    sentences = ["The risk was low, wrote Ann Velk and Dr. Piet Osterman in their paper in a journal.",
                 "'Cancer was rare,' Velk and Osterman wrote.", "Three of the cases were young, the researchers said."]
    holders = role_holders(sentences)
    assert role_holder("the researchers", sentences[2], holders) == "Ann Velk and Piet Osterman"
    other = role_holders(sentences + ["Other teams disagree, wrote Lee Hart and Bo Kim in a study."])
    assert role_holder("the researchers", sentences[2], other) is None, "two teams: which one is not known"


def test_named_researchers_are_not_an_anonymous_source() -> None:
    text = ("The lifetime cancer risk was about 5 in 1,000, wrote Ann Velk and Piet Osterman in their paper. "
            "Three of the six cases were people in their 20s, the researchers said.")
    c = article_claims(Article(id="a1", source="a1.txt", text=text)).claims[1]
    assert [(s.who, s.kind) for s in c.speakers] == [("Ann Velk and Piet Osterman", "named")]


def test_a_response_by_deed_is_no_statement() -> None:
    from newsdesk.compare.attribution import sentence_speakers

    assert not sentence_speakers("The Norvia campaign quickly responded to the speech by posting a photo online.")
    assert sentence_speakers("The Norvia campaign responded to the speech by saying it was false.")
    assert sentence_speakers("The Norvia campaign responded that the speech was false.")


def test_an_articles_mrs_speaker_is_the_mother_not_the_son() -> None:
    from newsdesk.compare.claims import article_claims
    from newsdesk.model import Article

    text = ("Tom Brimley, 21, was beaten outside a bar in Dunmore in May. Tom Brimley's mother, Ann, sat in the last "
            "row of the chamber. 'These laws can help,' Mrs. Brimley said.")
    claims = article_claims(Article(id="a", source="a.txt", text=text)).claims
    speakers = [sp.who for c in claims if "laws can help" in c.text for sp in c.speakers]
    assert speakers == ["Ann Brimley"]
