"""The word memos of a brief hold one story's words: summarize empties them when it ends (S28b, issue #3)."""

from __future__ import annotations

import pytest

from newsdesk.brief import select, similarity, summarize
from newsdesk.config import BriefConfig
from newsdesk.model import Article

_HARBOUR = [
    Article(id="a1", source="Coast Wire", text=(
        "The harbour authority closed the northern pier on Tuesday after storms cracked its pilings. "
        "Engineers from Velmora said repairs would take six weeks. Ferries will dock at the southern pier.")),
    Article(id="a2", source="Bay Herald", text=(
        "Storms cracked the pilings of the northern pier, and the harbour authority closed it on Tuesday. "
        "Ferry captains said the southern pier was crowded. Repairs are expected to take six weeks.")),
]
_ORCHARD = [
    Article(id="b1", source="Valley Post", text=(
        "A late frost destroyed half of the apricot blossoms in the Tarnel orchards. Growers said the harvest "
        "would be the smallest in a decade. The cooperative asked the province for drought and frost aid.")),
    Article(id="b2", source="Farm Desk", text=(
        "Growers in Tarnel lost half of their apricot blossoms to a late frost, the cooperative said. "
        "It expects the smallest harvest in ten years and has asked the province for aid.")),
]
_MEMOS = {"_TOKEN": similarity._TOKEN, "_SURFACE": similarity._SURFACE, "_IS_CONTENT": similarity._IS_CONTENT,
          "_NAME_TOKENS": select._NAME_TOKENS}


def _texts(brief) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(s.text, s.from_id, s.citations) for s in brief.sentences]


@pytest.mark.parametrize("name", sorted(_MEMOS))
def test_every_word_memo_is_emptied_when_summarize_ends(name: str) -> None:
    assert _MEMOS[name] in similarity._STORY_MEMOS
    summarize(_HARBOUR, BriefConfig(words=60))
    assert len(_MEMOS[name]) == 0


def test_memos_fill_while_a_story_is_parsed() -> None:
    """Within one brief the memos do their job: parse fills them with the story's words."""
    similarity.forget_story_words()
    select.parse(_HARBOUR, [0, 1], BriefConfig(words=60))
    assert "pilings" in similarity._SURFACE and "Velmora" in select._NAME_TOKENS
    assert len(similarity._SURFACE) > 20 and len(select._NAME_TOKENS) > 0
    similarity.forget_story_words()
    assert all(len(m) == 0 for m in _MEMOS.values())


def test_memos_are_emptied_when_a_brief_fails() -> None:
    select.parse(_ORCHARD, [0, 1], BriefConfig(words=60))  # filled outside a brief
    with pytest.raises(AttributeError):
        summarize(_HARBOUR, BriefConfig(words=60), since=[object()])  # type: ignore[list-item]
    assert all(len(m) == 0 for m in _MEMOS.values())


def test_a_brief_is_the_same_after_other_stories() -> None:
    alone = _texts(summarize(_HARBOUR, BriefConfig(words=60)))
    summarize(_ORCHARD, BriefConfig(words=60))
    assert _texts(summarize(_HARBOUR, BriefConfig(words=60))) == alone
    select.parse(_ORCHARD, [0, 1], BriefConfig(words=60))  # memos left full by a caller outside summarize
    assert _texts(summarize(_HARBOUR, BriefConfig(words=60))) == alone


def test_story_memo_registers_a_memo() -> None:
    memo = similarity.story_memo({"x": 1})
    try:
        similarity.forget_story_words()
        assert memo == {}
    finally:
        similarity._STORY_MEMOS[:] = [m for m in similarity._STORY_MEMOS if m is not memo]  # not the first equal
