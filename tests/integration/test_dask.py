"""The Dask engine runs the same stage functions and gives the same stories and links as local."""

from __future__ import annotations

import random

import pytest

from builders import make_article
from newsdesk.stories import build_stories

pytest.importorskip("dask.distributed")


def test_dask_matches_local() -> None:
    rng = random.Random(1)
    arts = []
    for topic, vocab in (("a", "flood river rain levee dam storm"), ("b", "vote ballot party poll campaign minister")):
        words = vocab.split()
        for i in range(4):
            arts.append(make_article(" ".join(rng.choice(words) for _ in range(60)), id=f"{topic}{i}"))
    arts.append(make_article(arts[0].text.upper(), id="copy"))
    local = build_stories(arts, with_briefs=False)
    dist = build_stories(arts, engine="dask", with_briefs=False)
    assert [s.article_ids for s in dist.stories] == [s.article_ids for s in local.stories]
    assert dist.links == local.links
    assert any(d.kind == "exact" for d in dist.links)
