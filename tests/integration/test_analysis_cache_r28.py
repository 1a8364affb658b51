"""A correction stored while a story's page is being analysed does not leave the old wording cached (R28 #4)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsdesk import service
from newsdesk.config import Settings
from newsdesk.pipeline import load_articles
from newsdesk.service import reading
from newsdesk.store import open_store

CRANE = ("Crane collapse at Port Wendell\n\nA harbour crane collapsed at Port Wendell on Monday, injuring four dock "
         "workers, the port authority said.\n\nInspectors will examine the crane's base, which engineers said had "
         "shown cracks last year.")
CRANE_TOO = ("Port Wendell crane falls\n\nFour dock workers were hurt when a harbour crane collapsed at Port Wendell "
             "on Monday, the port authority said.\n\nThe authority said inspectors would examine the crane's base.")


def test_an_analysis_made_before_a_correction_is_not_shown_after_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "a.txt").write_text(CRANE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(CRANE_TOO, encoding="utf-8")
    db = tmp_path / "desk.db"
    with open_store(db) as store, open_store(db) as other:
        service.ingest_articles(store, load_articles([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])[0])
        (summary,) = store.list_stories()
        real = reading.analyse

        def analyse_while_corrected(articles, settings):
            made = real(articles, settings)  # from the texts read before the correction
            for a in other.story_articles(summary.id):
                other.revise_articles([dataclasses.replace(a, text=a.text.replace("four", "seven")
                                                           .replace("Four", "Seven"))])
            return made

        monkeypatch.setattr(reading, "analyse", analyse_while_corrected)
        service.story_view(store, summary.id, Settings())
        monkeypatch.setattr(reading, "analyse", real)
        view = service.story_view(store, summary.id, Settings())
        assert not view.cached  # the analysis of the old texts is not the corrected story's
        shown = " ".join(s.text for s in view.brief).lower()
        assert "seven" in shown and "four" not in shown
        assert service.story_view(store, summary.id, Settings()).cached  # and the new one is cached
