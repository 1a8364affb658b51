"""Token-level evaluation of the cleaner on extraction benchmarks (scrapinghub-aeb, readability pages).

Each page's HTML is dumped to full-page text (every visible text node, one block per line, as a naive
scraper would), the text cleaner runs on that dump, and the result is scored against the page's
reference `text` by bag-of-words precision / recall / F1 (multiset overlap of lower-case word tokens),
macro-averaged over pages. Two references are scored in the same run: the full-page dump itself, and
trafilatura on the HTML.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsdesk.errors import InputError
from newsdesk.text import words


@dataclass(frozen=True, slots=True)
class Page:
    """One benchmark page: its HTML and the reference article text."""

    id: str
    html: str
    text: str


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float


@dataclass(slots=True)
class SystemResult:
    """Per-page scores of one system and the time it took."""

    name: str
    scores: list[Score] = field(default_factory=list)
    seconds: float = 0.0

    def macro(self) -> Score:
        n = len(self.scores) or 1
        return Score(
            sum(s.precision for s in self.scores) / n,
            sum(s.recall for s in self.scores) / n,
            sum(s.f1 for s in self.scores) / n,
        )

    def to_dict(self) -> dict[str, float | int | str]:
        m = self.macro()
        return {
            "system": self.name,
            "pages": len(self.scores),
            "precision": round(m.precision, 4),
            "recall": round(m.recall, 4),
            "f1": round(m.f1, 4),
            "ms_per_page": round(1000 * self.seconds / max(len(self.scores), 1), 2),
        }


def token_prf(predicted: str, reference: str) -> Score:
    """Bag-of-words precision, recall and F1 (multiset overlap of lower-case word tokens).

    Example:
        >>> token_prf("a b b c", "a b c d")
        Score(precision=0.75, recall=0.75, f1=0.75)
    """
    pred, ref = Counter(words(predicted)), Counter(words(reference))
    if not pred and not ref:
        return Score(1.0, 1.0, 1.0)
    overlap = sum((pred & ref).values())
    p = overlap / sum(pred.values()) if pred else 0.0
    r = overlap / sum(ref.values()) if ref else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Score(p, r, f)


def read_pages(path: str | Path, limit: int | None = None) -> Iterator[Page]:
    """Pages of an extraction benchmark (JSONL with id, html, text)."""
    from newsdesk.evaluation.records import as_text, iter_records, record_id
    from newsdesk.evaluation.records import field as get

    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such benchmark file")
    for count, (n, rec) in enumerate(iter_records(p, "an extraction record (id, html, text)")):
        if limit is not None and count >= limit:
            break
        where = f"{p}:{n}"
        try:
            page = Page(
                record_id(get(rec, ("id", "page_id", "url"), where, required=False), n, where),
                as_text(get(rec, ("html", "raw_html", "page_html", "content_html"), where), where, "html"),
                as_text(get(rec, ("text", "article_text", "reference", "expected_text", "body"), where), where, "text"),
            )
        except InputError as exc:
            raise InputError(f"{exc}; expected an extraction record (id, html, text)") from exc
        yield page


def _text_cleaner(full_text: str) -> str:
    """The article text clean_raw gives for plain text ("" when it rejects the page)."""
    from newsdesk.clean import clean_raw
    from newsdesk.model import Article, RawDoc

    got = clean_raw(RawDoc(source="<eval>", content=full_text, kind="text"))
    return got.text if isinstance(got, Article) else ""


def _trafilatura(html: str) -> str:
    from newsdesk.clean.html import trafilatura_extract

    got = trafilatura_extract(html)
    return got.text if got else ""


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Results of one evaluation run."""

    data: str
    systems: tuple[SystemResult, ...]

    def to_dict(self) -> dict[str, object]:
        return {"data": self.data, "average": "macro", "systems": [s.to_dict() for s in self.systems]}

    def table(self) -> str:
        rows = [s.to_dict() for s in self.systems]
        head = f"{'system':<28}{'pages':>6}{'P':>8}{'R':>8}{'F1':>8}{'ms/page':>10}"
        lines = [f"data: {self.data}  (token bag-of-words, macro average over pages)", head, "-" * len(head)]
        for r in rows:
            lines.append(
                f"{r['system']:<28}{r['pages']:>6}{r['precision']:>8.3f}{r['recall']:>8.3f}{r['f1']:>8.3f}"
                f"{r['ms_per_page']:>10.2f}"
            )
        return "\n".join(lines)


def evaluate_clean(
    path: str | Path,
    limit: int | None = None,
    with_trafilatura: bool = True,
    progress: Callable[[int], None] | None = None,
) -> EvalReport:
    """Score the text cleaner on full-page dumps against the full-page dump and trafilatura.

    Args:
        path: JSONL benchmark file (id, html, text per line).
        limit: score only the first N pages.
        with_trafilatura: also score trafilatura on the HTML (the slow reference).
        progress: called with the number of pages done.

    Returns:
        An EvalReport with one SystemResult per system.
    """
    from newsdesk.clean.html import visible_text

    full = SystemResult("full-page text (naive dump)")
    ours = SystemResult("newsdesk text cleaner")
    traf = SystemResult("trafilatura on HTML")
    for n, page in enumerate(read_pages(path, limit), start=1):
        t0 = time.perf_counter()
        dump = visible_text(page.html)
        full.seconds += time.perf_counter() - t0
        full.scores.append(token_prf(dump, page.text))
        t0 = time.perf_counter()
        cleaned = _text_cleaner(dump)
        ours.seconds += time.perf_counter() - t0
        ours.scores.append(token_prf(cleaned, page.text))
        if with_trafilatura:
            t0 = time.perf_counter()
            extracted = _trafilatura(page.html)
            traf.seconds += time.perf_counter() - t0
            traf.scores.append(token_prf(extracted, page.text))
        if progress is not None:
            progress(n)
    systems = (full, ours, traf) if with_trafilatura else (full, ours)
    return EvalReport(str(path), systems)
