"""Every example in a docstring of newsdesk runs and prints what it shows (the examples are documentation a reader
copies: one that lies is a bug)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsdesk

MODULES = sorted(m.name for m in pkgutil.walk_packages(newsdesk.__path__, "newsdesk."))


def test_every_module_is_found():
    assert "newsdesk.brief.compose" in MODULES and "newsdesk.clean.outlets" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} docstring examples fail"
