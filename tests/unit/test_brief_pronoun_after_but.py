"""A pronoun after a joining word ("But he ...") is named as an opening "He" is."""

from __future__ import annotations

from newsdesk.brief.antecedents import name_pronouns
from newsdesk.model import Article, Brief, BriefSentence

FERRY = (
    "A ferry ran aground near Lindholm on Sunday with 140 passengers on board. "
    "Captain Tomas Verhoeven said thick fog had hidden the channel markers. "
    "Verhoeven was taken to the harbour office for questioning. "
    "But he was released on Monday without charge. "
    "And his licence has been suspended pending an inquiry."
)


def _display(*picked: str) -> list[str]:
    a = Article(id="a", source="a.txt", text=FERRY)
    brief = Brief(sentences=tuple(BriefSentence(p, "a", ("a",)) for p in picked), articles=(a,))
    return [s.display for s in name_pronouns(brief).sentences]


def test_but_he_is_named():
    shown = _display("A ferry ran aground near Lindholm on Sunday with 140 passengers on board.",
                     "But he was released on Monday without charge.")
    assert shown[1] == "But he [Tomas Verhoeven] was released on Monday without charge."


def test_and_his_gets_the_possessive():
    shown = _display("Captain Tomas Verhoeven said thick fog had hidden the channel markers.",
                     "A ferry ran aground near Lindholm on Sunday with 140 passengers on board.",
                     "And his licence has been suspended pending an inquiry.")
    assert shown[2] == "And his [Verhoeven’s] licence has been suspended pending an inquiry."
