"""Fit the brief's learned sentence prior (src/newsdesk/brief/prior.json) on part of the dev data, check it on the rest.

Usage:
    python benchmarks/brief_fit.py [--data DIR] [--split multinews-val:150,duc2006:30]
                                   [--model mlp|ridge] [--hidden 8] [--seeds 20] [--check] [--write]

For every candidate sentence of every cluster it computes the brief's general features
(newsdesk.brief.compose.FEATURES: position, length, cross-source support, centrality, concept
gain, centroid similarity, how many sources use its words and bigrams, ...) and a label: the
sentence's ROUGE-2 precision against the references (shared stemmed bigrams per sentence bigram,
mean over references), i.e. how much reference content each of its words brings.

The model is fit on the first N clusters of each set named in ``--split`` (default: multinews-val
0-149 and duc2006 0-29) and ``--check`` scores the brief (ROUGE-1/2 F1, 250 words) on the rest
(multinews-val 150-249, duc2006 30-49), next to the shipped prior and the hand-set prior, so what
generalises is visible. ``--model mlp`` (the default) averages ``--seeds`` one-hidden-layer
networks of ``--hidden`` ReLU units; an average of such networks is itself one such network with
``seeds * hidden`` units, which is what is saved. ``--write`` saves the model into the package.
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
from newsdesk.brief.select import parse
from newsdesk.config import BriefConfig
from newsdesk.evaluation.summarize_eval import Rouge, read_clusters, truncate

compose = importlib.import_module("newsdesk.brief.compose")  # newsdesk.brief is shadowed by a function

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "eval"
PRIOR = REPO / "src" / "newsdesk" / "brief" / "prior.json"
LABEL = "sentence ROUGE-2 precision vs references (rouge-score tokenizer, Porter stemmer)"


def _bigrams(tokens: list[str]) -> set[tuple[str, str]]:
    return set(pairwise(tokens))


def table(clusters, words: int = 250) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and ROUGE-2 precision labels of every candidate sentence of every cluster."""
    from rouge_score.tokenizers import DefaultTokenizer

    tok = DefaultTokenizer(use_stemmer=True)
    cfg = BriefConfig(words=words)
    w = dataclasses.replace(compose.Weights(), features_only=True)
    xs, ys = [], []
    for c in clusters:
        articles = c.articles()
        groups = duplicate_groups([a.id for a in articles], ())
        cands, pool = parse(articles, groups, cfg)
        if not cands:
            continue
        feats, _ = compose._select(cands, pool, articles, groups, (), cfg, w)
        refs = [_bigrams(tok.tokenize(r)) for r in c.summaries]
        for cand in cands:
            b = _bigrams(tok.tokenize(cand.text))
            ys.append(mean(len(b & r) / max(len(b), 1) for r in refs))
        xs.append(feats)
    return np.vstack(xs), np.asarray(ys)


def fit(x: np.ndarray, y: np.ndarray, kind: str = "mlp", hidden: int = 8, seeds: int = 5, alpha: float = 1e-3) -> dict:
    """A model over standardised features: ridge, or the average of ``seeds`` small MLPs."""
    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mu) / sd
    model: dict = {"features": list(compose.FEATURES), "mean": _r(mu), "scale": _r(sd)}
    if kind == "ridge":
        from sklearn.linear_model import Ridge

        r = Ridge(alpha=1.0).fit(z, y)
        model |= {"coef": _r(r.coef_), "intercept": round(float(r.intercept_), 6)}
    else:
        from sklearn.neural_network import MLPRegressor

        nets = [
            MLPRegressor(hidden_layer_sizes=(hidden,), alpha=alpha, random_state=s, max_iter=500,
                         early_stopping=True).fit(z, y)
            for s in range(seeds)
        ]
        model |= {
            "hidden": _r(np.hstack([n.coefs_[0] for n in nets])),
            "hidden_bias": _r(np.concatenate([n.intercepts_[0] for n in nets])),
            "coef": _r(np.concatenate([n.coefs_[1].ravel() for n in nets]) / seeds),
            "intercept": round(float(np.mean([n.intercepts_[1][0] for n in nets])), 6),
        }
    return model | {"floor": 1e-3, "label": LABEL, "fit_by": f"benchmarks/brief_fit.py ({_describe(kind, hidden, seeds)})"}


def _describe(kind: str, hidden: int, seeds: int) -> str:
    return "ridge, alpha=1.0" if kind == "ridge" else f"mean of {seeds} MLPs, {hidden} ReLU units each, alpha=1e-3"


def _r(a: np.ndarray) -> list:
    return np.round(np.asarray(a, dtype=float), 6).tolist()


def score(clusters, model: dict | None, words: int = 250) -> dict:
    """Mean ROUGE-1/2 F1 of the brief with ``model`` as its learned prior (None: the hand-set prior)."""
    rouge = Rouge()
    saved = compose.learned_model
    compose.learned_model = lambda: model
    try:
        per = []
        for c in clusters:
            brief = compose.summarize(c.articles(), BriefConfig(words=words))
            per.append(rouge.score(truncate([s.text for s in brief.sentences], words), c.summaries))
    finally:
        compose.learned_model = saved
    return {k: round(mean(p[k] for p in per), 2) for k in ("rouge1_f", "rouge2_f")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="multinews-val:150,duc2006:30",
                        help="SET:N,...: fit on each set's first N clusters, check on the rest")
    parser.add_argument("--model", choices=("mlp", "ridge"), default="mlp")
    parser.add_argument("--hidden", type=int, default=8)
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    split = {name: int(n) for name, n in (part.split(":") for part in args.split.split(","))}
    data = {name: read_clusters(args.data / name / "clusters.jsonl") for name in split}
    train = {name: data[name][:n] for name, n in split.items()}
    held = {name: data[name][n:] for name, n in split.items()}
    tables = [table(cl) for cl in train.values()]
    model = fit(np.vstack([t[0] for t in tables]), np.concatenate([t[1] for t in tables]),
                args.model, args.hidden, args.seeds)
    model["fit_on"] = [f"{name} clusters 0-{n - 1}" for name, n in split.items()]
    model["checked_on"] = [f"{name} clusters {n}-{len(data[name]) - 1}" for name, n in split.items()]
    if args.check:
        shipped = compose.learned_model()
        for name, clusters in held.items():
            if not clusters:
                continue
            label = f"{name} held out ({len(clusters)} clusters)"
            print(f"{label}: hand-set prior {score(clusters, None)}")
            print(f"{label}: shipped prior {score(clusters, shipped)}")
            print(f"{label}: this fit {score(clusters, model)}")
    if args.write:
        PRIOR.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {PRIOR}")


if __name__ == "__main__":
    main()
