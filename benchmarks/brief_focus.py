"""Set the brief's focus weight (compose.Weights.focus) on part of a query-focused dev set; check it elsewhere.

Usage:
    python benchmarks/brief_focus.py [--data DIR] [--tune 0-29] [--check 30-49]
                                     [--weights 0.5,1,2,3] [--weight W]

On duc2006 clusters ``--tune`` (default 0-29) it scores, for each candidate weight, the brief given
each cluster's query (meta.query_title + meta.query_narrative) as its focus, ROUGE-1/2 F1 at 250
words, next to the generic brief (no focus), and picks the weight with the best ROUGE-2. That
weight (or ``--weight``) is then scored, never tuned, on duc2006 clusters ``--check`` (default
30-49) and on duc2007-update (100 words, each later set given its earlier ones, as
``newsdesk eval summarize --update``). The shipped weight is compose.Weights.focus.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from statistics import mean

from newsdesk.config import BriefConfig
from newsdesk.evaluation.summarize_eval import Cluster, Rouge, read_clusters, truncate

compose = importlib.import_module("newsdesk.brief.compose")  # newsdesk.brief is shadowed by a function

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "eval"


def _span(text: str) -> slice:
    first, _, last = text.partition("-")
    return slice(int(first), int(last or first) + 1)


def score(
    clusters: Sequence[Cluster], weight: float | None, words: int, rouge: Rouge,
    since: Callable[[Cluster], list] | None = None,
) -> tuple[float, float, float]:
    """Mean ROUGE-1 F1, ROUGE-2 F1 and seconds per cluster of the brief at this focus weight (None: no focus)."""
    compose.WEIGHTS = dataclasses.replace(compose.Weights(), focus=weight or 0.0)
    r1, r2, seconds = [], [], 0.0
    try:
        for c in clusters:
            cfg = BriefConfig(words=words, focus=(c.query or None) if weight is not None else None)
            start = time.perf_counter()
            brief = compose.summarize(c.articles(), cfg, since=since(c) if since else ())
            seconds += time.perf_counter() - start
            got = rouge.score(truncate([s.text for s in brief.sentences], words), c.summaries)
            r1.append(got["rouge1_f"])
            r2.append(got["rouge2_f"])
    finally:
        compose.WEIGHTS = compose.Weights()
    return mean(r1), mean(r2), seconds / max(len(clusters), 1)


def _line(name: str, figures: tuple[float, float, float], base: tuple[float, float, float] | None = None) -> str:
    r1, r2, sec = figures
    delta = f"   ({r1 - base[0]:+.2f} / {r2 - base[1]:+.2f})" if base else ""
    return f"  {name:<22}R1 {r1:6.2f}  R2 {r2:6.2f}  {sec:.3f} s/cluster{delta}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--tune", default="0-29", help="duc2006 clusters the weight is chosen on (first-last)")
    ap.add_argument("--check", default="30-49", help="duc2006 clusters it is checked on")
    ap.add_argument("--weights", default="0.25,0.5,1,1.5,2,3,4", help="candidate weights")
    ap.add_argument("--weight", type=float, default=None, help="check this weight; no tuning")
    args = ap.parse_args()
    rouge = Rouge()
    duc = read_clusters(args.data / "duc2006" / "clusters.jsonl")
    tune, check = duc[_span(args.tune)], duc[_span(args.check)]

    chosen = args.weight
    if chosen is None:
        print(f"duc2006 clusters {args.tune} (tuning), 250 words; brief given the query vs generic:")
        base = score(tune, None, 250, rouge)
        print(_line("generic (no focus)", base))
        results = {}
        for w in (float(x) for x in args.weights.split(",")):
            results[w] = score(tune, w, 250, rouge)
            print(_line(f"focus weight {w:g}", results[w], base), flush=True)
        chosen = max(results, key=lambda w: (round(results[w][1], 2), round(results[w][0], 2), -w))
        print(f"chosen weight (best ROUGE-2 on {args.tune}): {chosen:g}   shipped: {compose.Weights().focus:g}")

    print(f"\nduc2006 clusters {args.check} (held out), 250 words:")
    base = score(check, None, 250, rouge)
    print(_line("generic (no focus)", base))
    print(_line(f"focus weight {chosen:g}", score(check, chosen, 250, rouge), base))

    upd = read_clusters(args.data / "duc2007-update" / "clusters.jsonl")
    by_id = {c.id: c for c in upd}
    later = [c for c in upd if c.earlier]

    def seen(c: Cluster) -> list:
        return [a for e in c.earlier if e in by_id for a in by_id[e].articles()]

    print(f"\nduc2007-update, {len(later)} later sets given the earlier ones (held out), 100 words:")
    base = score(later, None, 100, rouge, since=seen)
    print(_line("generic+since", base))
    print(_line(f"focus {chosen:g}+since", score(later, chosen, 100, rouge, since=seen), base))


if __name__ == "__main__":
    main()
