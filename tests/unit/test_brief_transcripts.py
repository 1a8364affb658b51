"""A transcript's speech after each turn's first sentence has no speaker: the brief does not state it in its own
voice (U25: "But the unemployment rate is still way too high." from an interview, as the brief's own sentence)."""

from __future__ import annotations

import newsdesk
from newsdesk.brief.transcripts import unattributed_turn_sentences

TRANSCRIPT = (
    "The mayor of Dunmore spoke to the Gazette on Monday about the closure of the old pier.\n"
    "SAM FIELD: Thanks for joining us. Why did the council close the pier?\n"
    "MAYOR ANN LEE: The pier was no longer safe for anyone. The engineers found cracks in every pillar. "
    "Repairs will cost four million pounds.\n"
    "SAM FIELD: When will it open again?\n"
    "MAYOR ANN LEE: We hope the pier opens again next summer. The work starts in March.\n"
)
REPORT = ("The Dunmore council closed the old pier on Friday after engineers found cracks in its pillars, the mayor "
          "said. Repairs will cost four million pounds and the work starts in March, the council said.")


def test_the_sentences_after_a_turns_first_are_named() -> None:
    speech = unattributed_turn_sentences(TRANSCRIPT)
    assert "The engineers found cracks in every pillar." in speech
    assert "Repairs will cost four million pounds." in speech and "The work starts in March." in speech
    # W26: a turn's labelled first sentence is left out too ("MAYOR ANN LEE: The pier ..." is no brief sentence)
    assert "MAYOR ANN LEE: The pier was no longer safe for anyone." in speech
    assert "The mayor of Dunmore spoke to the Gazette on Monday about the closure of the old pier." not in speech


def test_an_article_with_a_label_or_two_is_no_transcript() -> None:
    text = ("UPDATE: The pier reopened on Sunday. Crowds came back.\nEDITOR'S NOTE: An earlier version misspelled "
            "the mayor's name. It has been corrected.")
    assert unattributed_turn_sentences(text) == frozenset()
    assert unattributed_turn_sentences(REPORT) == frozenset()


def test_the_brief_quotes_no_speech_without_its_speaker() -> None:
    brief = newsdesk.brief([{"id": "t", "text": TRANSCRIPT, "date": "2023-05-02", "outlet": "Dunmore Gazette"},
                            {"id": "r", "text": REPORT, "date": "2023-05-01", "outlet": "Valley Times"}],
                           words=150, compare=False)
    said = [s.text for s in brief.sentences]
    assert said
    assert "The engineers found cracks in every pillar." not in said
    assert "Repairs will cost four million pounds." not in said and "The work starts in March." not in said


def test_questions_and_answers_are_a_transcript() -> None:
    speech = unattributed_turn_sentences("Q: Why close the pier? Was it unsafe?\nA: Yes. It was falling apart.\n")
    assert speech == {"Q: Why close the pier?", "Was it unsafe?", "A: Yes.", "It was falling apart."}


def test_colon_datelines_and_reporting_after_the_exchange_are_not_speech() -> None:
    """R25: "NEW DELHI: The government ..." datelines were taken as turns, and the reporting after a Q/A as speech."""
    datelines = ("NEW DELHI: The government raised fuel prices on Monday. The rise takes effect at midnight.\n"
                 "Opposition parties called a strike for Wednesday.\n"
                 "MUMBAI: Traders shut their shops in protest. Police said the protest was peaceful.")
    assert unattributed_turn_sentences(datelines) == frozenset()
    after = ("Q: Did you see the car? Was it fast?\nA: Yes. It was red.\n"
             "Police said the driver was arrested at the scene. He was charged with dangerous driving.")
    speech = unattributed_turn_sentences(after)
    assert "It was red." in speech and "Was it fast?" in speech
    assert not any("Police" in s or "charged" in s for s in speech)

