"""R17 review: the splitter's "ID. SPACE VIZZION" rule reads a window before each candidate, not the whole text."""

from __future__ import annotations

import time

from newsdesk import sentences
from newsdesk.sentences import split_sentences


def test_long_text_in_capitals_splits_in_linear_time() -> None:
    text = "THE ID. SPACE VIZZION IS HERE. " * 32_000  # about 1 MB; every "ID." is a candidate name
    start = time.perf_counter()
    got = split_sentences(text)
    assert time.perf_counter() - start < 3.0
    assert len(got) == 64_000


def test_window_gives_the_words_the_whole_text_gives() -> None:
    # Long tokens before the name (a window of fewer than two whole words) and short ones: same decisions.
    assert split_sentences("VW says the ID. SPACE VIZZION is coming.") == [
        "VW says the ID. SPACE VIZZION is coming."
    ]
    long_word = "x" * (sentences._WINDOW + 50)
    text = f"{long_word} the ID. SPACE VIZZION is here."
    assert split_sentences(text) == [text]
    brand = "X" + long_word  # a brand between the article and the name, longer than the window
    text = f"VW unveiled the {brand} XR. SPACE VIZZION in May."
    assert split_sentences(text) == [text]
