"""One toll is stated once: sentences of two articles giving one figure with a word in common are one fact (U25: a
crash brief said "217 killed" three times)."""

from __future__ import annotations

import newsdesk
from newsdesk.brief.same_figure import same_figure_pairs
from newsdesk.brief.similarity import tokens

A = ("A passenger jet crashed into the sea off Dunmore on Sunday. All 143 people on board were killed. "
     "Divers recovered the flight data recorder on Tuesday, the safety board said.")
B = ("The crash killed all 143 passengers and crew, the airline said. Investigators are studying the recorder. "
     "The airline has grounded its other jets of the type until the cause is known, a spokeswoman said.")


def test_the_toll_is_stated_once() -> None:
    brief = newsdesk.brief([{"id": "a", "text": A, "outlet": "Dunmore Post", "date": "2023-05-02"},
                            {"id": "b", "text": B, "outlet": "Valley Times", "date": "2023-05-02"}],
                           words=200, compare=False)
    tolls = [s.text for s in brief.sentences if "143" in s.text]
    assert len(tolls) == 1, tolls


def test_pairs_need_two_articles_a_telling_figure_and_a_word_in_common() -> None:
    rows = [tokens("All 143 people on board were killed."), tokens("The crash killed all 143 passengers."),
            tokens("Firefighters saved 143 homes."), tokens("In 2019 the airline was sold."),
            tokens("The airline was sold in 2019.")]
    figures = [{"143"}, {"143"}, {"143"}, {"2019"}, {"2019"}]
    assert same_figure_pairs(rows, figures, [0, 1, 2, 0, 1]) == [(0, 1)]  # a year is no telling figure
    assert same_figure_pairs(rows, figures, [0, 0, 2, 0, 1]) == []  # one article may say it twice
