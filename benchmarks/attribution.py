"""Precision and recall of the attribution step on hand-labelled sentences (benchmarks/attribution_labels.jsonl).

Each line: {"dataset", "cluster", "doc", "text", "sources": [{"who", "kind"}], "pronoun"}. Sentences whose only
speaker is "he/she/they" (pronoun: true) have no gold source: resolving them needs the article, not the sentence.
A predicted source matches a gold one when the kinds are equal and they share a content word (case-insensitive);
"who only" ignores the kind. Run: .venv/bin/python benchmarks/attribution.py [--by-dataset]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from newsdesk.compare.attribution import sentence_speakers

LABELS = Path(__file__).resolve().parent / "attribution_labels.jsonl"
_STOP = frozenset(["the", "a", "an", "of", "for", "one", "two", "some"])


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in _STOP and len(w) > 1}


def _match(pred: dict, gold: dict, with_kind: bool) -> bool:
    return (not with_kind or pred["kind"] == gold["kind"]) and bool(_words(pred["who"]) & _words(gold["who"]))


def score(rows: list[dict], with_kind: bool = True) -> dict[str, float]:
    tp_p = n_p = tp_g = n_g = 0
    for row in rows:
        preds = [{"who": s.who, "kind": s.kind} for s in sentence_speakers(row["text"])]
        gold = row["sources"]
        n_p += len(preds)
        n_g += len(gold)
        tp_p += sum(any(_match(p, g, with_kind) for g in gold) for p in preds)
        tp_g += sum(any(_match(p, g, with_kind) for p in preds) for g in gold)
    return {"sentences": len(rows), "gold": n_g, "predicted": n_p,
            "precision": round(tp_p / n_p, 3) if n_p else 0.0, "recall": round(tp_g / n_g, 3) if n_g else 0.0}


def main() -> None:
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    groups = {"all": rows}
    for ds in sorted({r["dataset"] for r in rows}):
        groups[ds] = [r for r in rows if r["dataset"] == ds]
    print(f"{'set':15} {'sents':>5} {'gold':>5} {'pred':>5} {'P(who+kind)':>12} {'R(who+kind)':>12} {'P(who)':>7} {'R(who)':>7}")
    for name, group in groups.items():
        k, w = score(group, True), score(group, False)
        print(f"{name:15} {k['sentences']:>5} {k['gold']:>5} {k['predicted']:>5} {k['precision']:>12} {k['recall']:>12}"
              f" {w['precision']:>7} {w['recall']:>7}")
    if "--errors" in sys.argv:
        for r in rows:
            preds = [(s.who, s.kind) for s in sentence_speakers(r["text"])]
            gold = [(g["who"], g["kind"]) for g in r["sources"]]
            if sorted(preds) != sorted(gold):
                print(f"- {r['text'][:110]}\n    gold {gold}\n    pred {preds}")


if __name__ == "__main__":
    main()
