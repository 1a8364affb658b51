"""Fit the brief's learned sentence prior (src/newsdesk/brief/prior.json) and score it across data sets.

Usage:
    python benchmarks/brief_fit.py [--data DIR] [--fit multinews-val,duc2006] [--write]
                                   [--check] [--limit N] [--alpha 1.0]

For every candidate sentence of every cluster it computes the brief's general features
(newsdesk.brief.compose.FEATURES: position, length, cross-source support, centrality, concept
gain, ...) and a label: the sentence's ROUGE-2 precision against the references (shared stemmed
bigrams per sentence bigram, mean over references), i.e. how much reference content each of its
words brings. A ridge regression over the features predicts that label. ``--check`` scores the
brief (ROUGE-1/2 F1, 250 words) with a model fit on one set and scored on the other, both ways,
next to the in-set fit and the brief without the learned prior, so what generalises is visible.
``--write`` saves the model fit on the ``--fit`` sets into the package.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
from itertools import pairwise
from pathlib import Path
from statistics import mean

import numpy as np

from newsdesk.brief.cite import duplicate_groups
from newsdesk.brief.select import candidates
from newsdesk.config import BriefConfig
from newsdesk.evaluation.summarize_eval import Rouge, read_clusters, truncate

compose = importlib.import_module("newsdesk.brief.compose")  # newsdesk.brief is shadowed by a function

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "eval"
PRIOR = REPO / "src" / "newsdesk" / "brief" / "prior.json"


def _bigrams(tokens: list[str]) -> set[tuple[str, str]]:
    return set(pairwise(tokens))


def table(clusters, words: int = 250) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and ROUGE-2 precision labels of every candidate sentence of every cluster."""
    from rouge_score.tokenizers import DefaultTokenizer

    tok = DefaultTokenizer(use_stemmer=True)
    cfg = BriefConfig(words=words)
    w = dataclasses.replace(compose.WEIGHTS, features_only=True)
    xs, ys = [], []
    for c in clusters:
        articles = c.articles()
        groups = duplicate_groups([a.id for a in articles], ())
        cands = candidates(articles, groups, cfg)
        if not cands:
            continue
        feats, _ = compose._select(cands, articles, groups, (), cfg, w)
        refs = [_bigrams(tok.tokenize(r)) for r in c.summaries]
        for cand in cands:
            b = _bigrams(tok.tokenize(cand.text))
            ys.append(mean(len(b & r) / max(len(b), 1) for r in refs))
        xs.append(feats)
    return np.vstack(xs), np.asarray(ys)


def fit(x: np.ndarray, y: np.ndarray, alpha: float) -> dict:
    from sklearn.linear_model import Ridge

    model = Ridge(alpha=alpha).fit(x, y)
    return {
        "features": list(compose.FEATURES),
        "coef": [round(float(v), 6) for v in model.coef_],
        "intercept": round(float(model.intercept_), 6),
        "floor": 1e-3,
        "label": "sentence ROUGE-2 precision vs references (rouge-score tokenizer, Porter stemmer)",
    }


def score(clusters, model: dict | None, learned: float, hand_prior: bool, words: int = 250) -> dict:
    """Mean ROUGE-1/2 F1 of the brief with ``model`` as its learned prior."""
    rouge = Rouge()
    compose.learned_model = lambda: model
    compose.WEIGHTS = dataclasses.replace(compose.Weights(), learned=learned, hand_prior=hand_prior)
    per = []
    for c in clusters:
        brief = compose.summarize(c.articles(), BriefConfig(words=words))
        per.append(rouge.score(truncate([s.text for s in brief.sentences], words), c.summaries))
    return {k: round(mean(p[k] for p in per), 2) for k in ("rouge1_f", "rouge2_f")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--fit", default="multinews-val,duc2006")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--alpha", type=float, default=1.0, help="ridge penalty")
    parser.add_argument("--learned", type=float, default=1.0, help="exponent of the learned prior")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    names = ["multinews-val", "duc2006"]
    data = {n: read_clusters(args.data / n / "clusters.jsonl", limit=args.limit) for n in names}
    tables = {n: table(cl) for n, cl in data.items()}
    models = {n: fit(*tables[n], args.alpha) for n in names}
    both = fit(np.vstack([tables[n][0] for n in names]), np.concatenate([tables[n][1] for n in names]), args.alpha)
    for n, m in {**models, "both": both}.items():
        print(f"fit on {n}: " + ", ".join(f"{f}={c:+.4f}" for f, c in zip(m["features"], m["coef"], strict=True)))
    if args.check:
        for n in names:
            other = next(o for o in names if o != n)
            print(f"{n}: no learned prior {score(data[n], None, 0.0, True)}")
            for label, m in ((f"fit on {n} (in-set)", models[n]), (f"fit on {other} (cross-set)", models[other]),
                             ("fit on both", both)):
                print(f"{n}: {label}: learned only {score(data[n], m, args.learned, False)}, "
                      f"with hand prior {score(data[n], m, args.learned, True)}")
    if args.write:
        chosen = [s for s in args.fit.split(",") if s]
        model = both if len(chosen) > 1 else models[chosen[0]]
        model["fit_on"] = chosen
        PRIOR.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {PRIOR}")


if __name__ == "__main__":
    main()
