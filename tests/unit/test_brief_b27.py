"""B27: a sentence whose only finite verb is the simple past of an irregular verb ("sank", "fled", "died") is a
clause, not a verbless fragment: it can stand in a brief."""

from __future__ import annotations

import pytest

from newsdesk.brief.select import _REJECT, _WORDISH, _reject_code, reject_reason
from newsdesk.config import BriefConfig


@pytest.mark.parametrize("sentence", [
    "The ferry Nordstar sank off Kessel Island and the crew fled in a lifeboat.",
    "The harbour master of Kessel died on Monday at the age of 71.",
    "Shares of Harbour Lines rose 7 percent on the news from Kessel.",
    "A storm struck the Kessel coast overnight with a wind of 140 km an hour.",
    "Two men from the Kessel coastguard swam to the wreck at dawn.",
    "The Kessel court upheld the ban on night sailing in a 2019 ruling.",
    "Harbour Lines sold its oldest ferry to a Danish operator in March.",
    "The captain of the ferry underwent surgery at the Kessel hospital on Tuesday.",
])
def test_a_sentence_with_an_irregular_past_verb_is_kept(sentence: str) -> None:
    assert reject_reason(sentence, BriefConfig()) is None
    assert _reject_code(sentence, _WORDISH.findall(sentence), BriefConfig()) == 0


@pytest.mark.parametrize("sentence", [
    # Verbless: a list of places and times, a caption's participle, a title with a noun that is also a past form.
    "Residents of Kessel, the harbour town, at the pier, in the rain, on Tuesday.",
    "The Kessel harbour ferry shown in a 2019 picture near the old pier.",
    "A cost of 40 million for the new Kessel pier and its crane.",
])
def test_a_sentence_without_a_finite_verb_is_still_left_out(sentence: str) -> None:
    assert reject_reason(sentence, BriefConfig()) == "no_verb"
    assert _reject_code(sentence, _WORDISH.findall(sentence), BriefConfig()) == _REJECT
