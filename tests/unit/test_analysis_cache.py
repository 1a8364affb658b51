"""A store's cached analyses are keyed on the code that made them, so an upgrade recomputes them."""

from __future__ import annotations

import re

from newsdesk import service
from newsdesk.config import Settings
from newsdesk.service import analysis


def test_cache_version_is_a_fingerprint_of_the_analysis_code():
    assert re.fullmatch(r"[0-9a-f]{12}", service.CACHE_VERSION)
    assert analysis._analysis_code_version() == service.CACHE_VERSION  # stable within one installation


def test_analysis_key_changes_with_code_version_settings_and_articles(monkeypatch):
    settings = Settings()
    key = service.analysis_key(["b", "a"], settings)
    assert key == service.analysis_key(["a", "b"], settings)  # the article set, not its order
    assert key != service.analysis_key(["a", "b", "c"], settings)
    monkeypatch.setattr(analysis, "CACHE_VERSION", "000000000000")
    assert key != service.analysis_key(["a", "b"], settings)
