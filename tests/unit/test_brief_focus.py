"""Tests of the query-focused brief (BriefConfig.focus, newsdesk.brief.focus) and its CLI and eval system."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

import newsdesk
from newsdesk.brief import summarize
from newsdesk.brief.focus import INSTRUCTION_WORDS, concept_relevance, focus_weights, topic_terms
from newsdesk.brief.similarity import concept_matrix, content, tokens
from newsdesk.cli import main
from newsdesk.config import BriefConfig
from newsdesk.model import Article

FIRE = "A fire destroyed the Harlow textile mill on Monday night, sending smoke over the whole valley."
FIRE_2 = "Flames gutted the old Harlow textile mill late on Monday, and smoke drifted across the valley."
CREWS = "Firefighters from four towns fought the blaze at the mill for nine hours before it was out."
CREWS_2 = "Crews from four nearby towns needed nine hours to put out the blaze at the textile mill."
WORKERS = "All forty workers on the night shift left the mill safely, the owner said on Tuesday."
WORKERS_2 = "The forty workers of the night shift got out of the mill safely, according to the owner."
INSURANCE = "The owner said the insurance policy covered the building but not the looms inside it."
RIVER = "Environmental officers tested the river below the mill for dye that runoff carried downstream."


def art(aid: str, *sentences: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text="\n\n".join(sentences), date="2025-03-04")


def story() -> list[Article]:
    return [
        art("a", FIRE, CREWS, WORKERS, INSURANCE),
        art("b", FIRE_2, CREWS_2, WORKERS_2),
        art("c", FIRE, CREWS, RIVER),
    ]


def texts(articles: list[Article], focus: str | None, words: int = 45) -> list[str]:
    return [s.text for s in summarize(articles, BriefConfig(words=words, focus=focus)).sentences]


def test_focus_brings_in_the_sentence_on_its_topic() -> None:
    generic = texts(story(), None)
    assert INSURANCE not in generic  # one source's detail: the generic brief leaves it out
    focused = texts(story(), "Was the mill insured? What did the insurance cover?")
    assert INSURANCE in focused
    assert texts(story(), "pollution of the river downstream").count(RIVER) == 1


def test_no_focus_and_blank_focus_give_the_generic_brief() -> None:
    generic = summarize(story(), BriefConfig(words=45))
    assert summarize(story(), BriefConfig(words=45, focus=None)) == generic
    assert summarize(story(), BriefConfig(words=45, focus="")) == generic


def test_instruction_words_alone_change_nothing() -> None:
    generic = texts(story(), None)
    for focus in ("Discuss. Describe and identify what is reported; include any information.",
                  "What happened? Give me an overview of the latest news, please.",
                  "Explain why and how. Provide details, examples and background."):
        assert not topic_terms(focus), focus
        assert texts(story(), focus) == generic, focus
    # A focus whose topic the story never mentions changes nothing either.
    assert texts(story(), "Describe the election results in Portugal.") == generic


def test_instruction_words_do_not_steer_a_topical_focus() -> None:
    bare = texts(story(), "insurance")
    assert texts(story(), "Discuss the insurance. Include all information reported about it.") == bare
    assert set(topic_terms("Describe any reports on insurance claims")) == {"insurance", "claim"}
    assert "owner" in topic_terms("What is the owner's insurance?")  # a possessive asks about the owner too
    assert {"discuss", "describe", "include", "identify", "what", "information", "reports"} <= INSTRUCTION_WORDS


def test_focus_weights_and_concept_relevance() -> None:
    rows = [tokens(s) for s in (FIRE, CREWS, WORKERS, INSURANCE, RIVER)]
    sentences = [content(r) for r in rows]
    weights = focus_weights("Describe the insurance policy.", sentences)
    assert max(weights.values()) == 1.0 and {"insurance", "policy"} <= set(weights)
    assert focus_weights("Tell me about the tennis final", sentences) == {}
    found = concept_matrix(rows)
    relevant = concept_relevance("insurance policy", sentences, found)
    assert relevant is not None and relevant.shape == (found.matrix.shape[1],)
    assert relevant.max() == 1.0 and relevant.min() == 0.0
    # The concepts of the insurance sentence are the ones that weigh more.
    per_sentence = np.asarray(found.matrix @ relevant).ravel()
    assert int(per_sentence.argmax()) == 3
    assert concept_relevance("Tell me about the tennis final", sentences, found) is None


def test_api_and_cli_take_a_focus(tmp_path: Path) -> None:
    paths = []
    for a in story():
        p = tmp_path / a.source
        p.write_text(a.text, encoding="utf-8")
        paths.append(str(p))
    focus = "What did the insurance cover?"
    api_brief = newsdesk.brief(paths, words=45, compare=False, focus=focus)
    assert INSURANCE in [s.text for s in api_brief.sentences]
    runner = CliRunner()
    plain = runner.invoke(main, ["brief", *paths, "--words", "45", "--no-compare", "--format", "json"])
    focused = runner.invoke(main, ["brief", *paths, "--words", "45", "--no-compare", "--format", "json",
                                   "--focus", focus])
    assert plain.exit_code == 0 and focused.exit_code == 0, plain.output + focused.output
    assert INSURANCE not in plain.stdout and INSURANCE in focused.stdout
    blank = runner.invoke(main, ["brief", *paths, "--words", "45", "--no-compare", "--format", "json", "--focus", " "])
    assert blank.stdout == plain.stdout


def _clusters(tmp_path: Path, query: bool) -> Path:
    ref = "The mill's insurance covered the building but not the looms. Forty workers left the fire safely."
    meta = {"query_title": "Insurance after the mill fire",
            "query_narrative": "Describe what the insurance covered. Include information on losses."} if query else {}
    row = {"id": "mill", "documents": [a.text for a in story()], "summaries": [ref], "meta": meta}
    path = tmp_path / ("q.jsonl" if query else "plain.jsonl")
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return path


def test_eval_system_newsdesk_focus(tmp_path: Path) -> None:
    pytest.importorskip("rouge_score")
    pytest.importorskip("sumy")
    from newsdesk.evaluation.summarize_eval import default_systems, evaluate, read_clusters

    clusters = read_clusters(_clusters(tmp_path, query=True), clean=False)
    assert "insurance" in clusters[0].query.lower() and "losses" in clusters[0].query
    assert default_systems(clusters)[:2] == ("newsdesk", "newsdesk-focus")
    table = evaluate(clusters, ["newsdesk", "newsdesk-focus"], words=30)
    by = {r.system: r for r in table.rows}
    assert by["newsdesk-focus"].scores["rouge2_f"] > by["newsdesk"].scores["rouge2_f"]
    assert "baselines" in table.to_dict()["query"] and "newsdesk-focus" in table.render()

    plain = read_clusters(_clusters(tmp_path, query=False), clean=False)
    assert "newsdesk-focus" not in default_systems(plain)
    skipped = evaluate(plain, ["newsdesk", "newsdesk-focus"], words=30)
    assert [r.system for r in skipped.rows] == ["newsdesk"] and "newsdesk-focus" in skipped.to_dict()["skipped"]


def test_eval_cli_lists_newsdesk_focus_when_the_data_has_queries(tmp_path: Path) -> None:
    pytest.importorskip("rouge_score")
    pytest.importorskip("sumy")
    runner = CliRunner()
    out = tmp_path / "out.json"
    result = runner.invoke(main, ["eval", "summarize", "--data", str(_clusters(tmp_path, query=True)), "--words", "30",
                                  "--systems", "newsdesk,newsdesk-focus,lead", "--json", str(out)])
    assert result.exit_code == 0, result.output
    systems = [r["system"] for r in json.loads(out.read_text())["generic"]["systems"]]
    assert systems == ["newsdesk", "newsdesk-focus", "lead"]
    assert "query:" in result.stdout
