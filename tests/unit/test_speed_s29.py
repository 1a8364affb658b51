"""The brief's cheaper word memo misses and once-values give what the longer way gave, and brief_speed times LexRank
from the same documents as the brief (S29, issue #3; no timing here: speed lives in benchmarks/brief_speed.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from builders import load_benchmark
from newsdesk.brief import similarity, summarize
from newsdesk.brief.compose import _once
from newsdesk.config import BriefConfig
from newsdesk.evaluation.summarize_eval import read_clusters
from newsdesk.model import Article
from newsdesk.text import STOPWORDS, stem, stem_lower

_WORDS = ["Harbours", "harbours", "nationalization", "Ferries", "moored", "docking", "quietly", "glass", "status",
          "analysis", "pilings", "settlements", "usefulness", "abc", "R2D2", "Crews", "ones", "hers", "Tarnel's"]


@pytest.mark.parametrize("word", _WORDS)
def test_stem_lower_is_stem_of_a_lower_cased_word(word: str) -> None:
    assert stem_lower(word.lower()) == stem(word)


def test_surface_token_is_the_token_of_the_lower_cased_word() -> None:
    similarity.forget_story_words()
    try:
        for word in _WORDS:
            low = word.lower()
            expected = low if low in STOPWORDS else stem(low)
            assert similarity._SURFACE[word] == expected
            assert similarity._TOKEN[low] == expected
            assert similarity._IS_CONTENT[expected] == (expected not in STOPWORDS and len(expected) > 1)
    finally:
        similarity.forget_story_words()


def test_a_token_met_through_tokens_first_still_tells_its_content() -> None:
    similarity.forget_story_words()
    try:
        assert similarity.tokens("harbours ones") == ["harbour", "one"]  # _TOKEN filled, _IS_CONTENT not
        assert similarity._SURFACE["Harbours"] == "harbour"
        assert similarity._SURFACE["Ones"] == "one"
        assert similarity.content(["harbour", "one"]) == ["harbour"]  # "one" (from "ones") is a stop word
    finally:
        similarity.forget_story_words()


def test_a_full_surface_memo_gives_the_token_without_keeping_it(monkeypatch: pytest.MonkeyPatch) -> None:
    similarity.forget_story_words()
    monkeypatch.setattr(similarity, "_CACHE_LIMIT", 0)
    memos = (similarity._SURFACE, similarity._TOKEN, similarity._IS_CONTENT)
    sizes = [len(m) for m in memos]
    try:
        assert similarity._SURFACE["Quaysides"] == stem("quaysides")
        assert similarity._SURFACE["The"] == "the"
        assert [len(m) for m in memos] == sizes
        assert "Quaysides" not in similarity._SURFACE and "quaysides" not in similarity._TOKEN
    finally:
        similarity.forget_story_words()


def test_once_works_the_value_out_at_the_first_call_only() -> None:
    calls: list[int] = []

    def tally() -> int:
        calls.append(1)
        return 7

    once = _once(tally)
    assert calls == []
    assert once() == 7 and once() == 7
    assert calls == [1]


def test_once_keeps_no_failure() -> None:
    tries: list[int] = []

    def flaky() -> str:
        tries.append(1)
        if len(tries) == 1:
            raise ValueError("not yet")
        return "ready"

    once = _once(flaky)
    with pytest.raises(ValueError):
        once()
    assert once() == "ready" and once() == "ready"
    assert len(tries) == 2


def test_a_brief_of_a_story_with_a_leaning_pronoun_is_the_same_twice() -> None:
    articles = [
        Article(id="a1", source="Coast Wire", text=(
            "Mayor Ilsa Brandt closed the northern pier of Velmora harbour on Tuesday after storms cracked its "
            "pilings. She said repairs would take six weeks and cost 2.4 million crowns. Ferries will dock at the "
            "southern pier until then.")),
        Article(id="a2", source="Bay Herald", text=(
            "Storms cracked the pilings of Velmora's northern pier, and Mayor Ilsa Brandt closed it on Tuesday. "
            "She expects repairs to take six weeks. Ferry captains said the southern pier was already crowded.")),
    ]
    first = summarize(articles, BriefConfig(words=60))
    second = summarize(articles, BriefConfig(words=60))
    assert first.sentences and first == second


def test_lexrank_is_timed_from_the_documents_it_splits_as_read_clusters_did(tmp_path: Path) -> None:
    path = tmp_path / "clusters.jsonl"
    rows = [{"id": "c1", "summaries": ["The pier closed."], "documents": [
        ("VELMORA (Coast Wire) -- The harbour   authority closed the pier on Tuesday. Gen. Ostrow said repairs\n"
         "would take six weeks.\n\nFerries will dock at the southern pier."),
        "Storms cracked the pilings. The U.S. Coast Guard sent a cutter. \"It is unsafe,\" a captain said."]}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    cluster = read_clusters(path)[0]
    seen: list[tuple[tuple[str, ...], ...]] = []

    def system(c, words: int) -> list[str]:
        seen.append(c.sentences)
        return []

    load_benchmark("brief_speed")._from_documents(system)(cluster, 100)
    assert seen == [cluster.sentences]


def test_the_stop_word_seed_holds_what_the_memos_would_work_out() -> None:
    seeds = {id(memo): seed for memo, seed in similarity._STOP_WORD_SEEDS}
    surface = seeds[id(similarity._SURFACE)]
    assert {"the", "The", "THE", "said", "Said"} <= set(surface)
    for form, tok in surface.items():
        assert tok == similarity._token_of(form.lower())
    for low, tok in seeds[id(similarity._TOKEN)].items():
        assert tok == similarity._token_of(low)
    for tok, is_content in seeds[id(similarity._IS_CONTENT)].items():
        assert is_content == (tok not in STOPWORDS and len(tok) > 1)


def test_a_brief_is_the_same_without_the_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [
        Article(id="h1", source="Coast Wire", text=(
            "The harbour authority closed the northern pier on Tuesday after storms cracked its pilings. "
            "Engineers said repairs would take six weeks. Ferries will dock at the southern pier.")),
        Article(id="h2", source="Bay Herald", text=(
            "Storms cracked the pilings of the northern pier, and the harbour authority closed it on Tuesday. "
            "Ferry captains said the southern pier was crowded. Repairs are expected to take six weeks.")),
    ]
    seeded = summarize(articles, BriefConfig(words=60))
    monkeypatch.setattr(similarity, "_STOP_WORD_SEEDS", [])
    assert summarize(articles, BriefConfig(words=60)) == seeded
    assert len(similarity._SURFACE) == 0  # emptied when the brief ends, seeded or not


def test_a_brief_starts_from_the_seed_and_ends_empty() -> None:
    similarity.forget_story_words()
    similarity.seed_story_words()
    try:
        assert similarity._SURFACE.get("The") == "the" and similarity._IS_CONTENT.get("the") is False
    finally:
        similarity.forget_story_words()
    assert len(similarity._SURFACE) == len(similarity._IS_CONTENT) == 0
