"""eval summarize, stop 22 (review X22): clusters too large for sumy's quadratic systems are announced."""

from __future__ import annotations

from newsdesk.evaluation import summarize_eval
from newsdesk.evaluation.summarize_eval import Cluster, _warn_slow


def _cluster(n: int) -> Cluster:
    sents = tuple(f"The council met on day {k} to vote on the bridge." for k in range(n))
    return Cluster(id="c", documents=(" ".join(sents),), summaries=("x",), sentences=(sents,))


def test_a_cluster_past_the_limit_is_announced_for_quadratic_systems(capsys, monkeypatch) -> None:
    monkeypatch.setattr(summarize_eval, "SLOW_SENTENCES", 10)
    _warn_slow(["newsdesk", "lexrank"], [_cluster(12), _cluster(3)])
    err = capsys.readouterr().err
    assert "1 clusters hold more than 10 sentences (up to 12): lexrank" in err
    _warn_slow(["newsdesk", "lead"], [_cluster(12)])
    assert capsys.readouterr().err == ""
