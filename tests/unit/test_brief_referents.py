"""An opening "The magazine" / "The company" is named when the article's sentence before names it plainly."""

from __future__ import annotations

from newsdesk.brief.referents import name_definite_referents, opening_noun
from newsdesk.model import Article, Brief, BriefSentence

GOSSIP_A = (
    "Glimmer magazine, which first broke the news of the split, has reported that the singer hired a lawyer. "
    "The magazine claims that the singer was seen leaving a club in Oslo at dawn."
)
GOSSIP_B = (
    "Nightlight alleges that the singer called her former manager twice last week. "
    "Fans gathered outside the hotel on Friday."
)
FIRM = (
    "Corvane Corp. said quarterly sales fell 12 percent. "
    "The company said it would cut 300 jobs in Lyon."
)
WIRE = (
    "OSLO (AP) _ Reports on Thursday said the band had cancelled its tour. "
    "The newspaper identified its source only as a member of the crew."
)
PERSON = (
    "Chief executive Marta Solberg said sales were strong. "
    "The company said it would open two shops in Bergen."
)


def _display(articles: dict[str, str], *picked: tuple[str, str]) -> list[str]:
    arts = tuple(Article(id=k, source=f"{k}.txt", text=v) for k, v in articles.items())
    brief = Brief(sentences=tuple(BriefSentence(text, aid, (aid,)) for aid, text in picked), articles=arts)
    return [s.display for s in name_definite_referents(brief).sentences]


def test_the_magazine_after_another_outlets_sentence_is_named():
    shown = _display({"a": GOSSIP_A, "b": GOSSIP_B},
                     ("b", "Nightlight alleges that the singer called her former manager twice last week."),
                     ("a", "The magazine claims that the singer was seen leaving a club in Oslo at dawn."))
    assert shown[1] == "The magazine [Glimmer] claims that the singer was seen leaving a club in Oslo at dawn."


def test_a_credited_company_is_named():
    shown = _display({"f": FIRM}, ("f", "The company said it would cut 300 jobs in Lyon."))
    assert shown == ["The company [Corvane Corp.] said it would cut 300 jobs in Lyon."]


def test_no_note_right_after_the_articles_sentence_before():
    shown = _display({"f": FIRM}, ("f", "Corvane Corp. said quarterly sales fell 12 percent."),
                     ("f", "The company said it would cut 300 jobs in Lyon."))
    assert shown[1] == "The company said it would cut 300 jobs in Lyon."


def test_a_dateline_wire_credit_is_not_the_newspaper():
    shown = _display({"w": WIRE}, ("w", "The newspaper identified its source only as a member of the crew."))
    assert shown == ["The newspaper identified its source only as a member of the crew."]


def test_a_person_credited_before_is_not_the_company():
    shown = _display({"p": PERSON}, ("p", "The company said it would open two shops in Bergen."))
    assert shown == ["The company said it would open two shops in Bergen."]


def test_a_named_noun_is_not_an_opening_to_resolve():
    assert opening_noun("The magazine Glimmer claims ...") is None
    assert opening_noun("The firm of Dahl & Berg sued.") is None
    assert opening_noun("The magazine claims ...") == "The magazine"


def test_a_place_a_nationality_or_a_person_is_not_the_company():
    for before in ("The Lakeside company fired 200 workers.", "Toyota, the Japanese company, said so.",
                   "Sales fell, Jones said."):
        shown = _display({"x": before + " The company said it regretted the move."},
                         ("x", "The company said it regretted the move."))
        assert shown == ["The company said it regretted the move."], before
