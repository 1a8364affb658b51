"""Token-level evaluation of the cleaner on extraction benchmarks (scrapinghub-aeb, readability pages).

Each system's text is scored against the page's reference text by bag-of-words precision / recall / F1
(multiset overlap of lower-case word tokens), macro-averaged over pages. The rows (``ROW_LEGEND``):

* ``newsdesk (HTML page)``: the page's HTML through newsdesk's own HTML path (``clean_raw`` with kind "html":
  trafilatura plus newsdesk's filters), as ``newsdesk clean page.html``, HTML ingest and WARC ingest read it;
* ``newsdesk (text of dump)``: the plain-text cleaner on a naive dump of the page (every visible text node, one
  block per line), as newsdesk reads a page given as text (.txt, a JSONL "text" field);
* ``full-page dump``: that dump itself, no cleaning (the floor);
* ``trafilatura (HTML)``: trafilatura alone on the HTML (the reference).

A page whose HTML or reference text is empty or null is not scored (it would score 0 or 1 whatever the
system does): it is left out and named in the report.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsdesk.errors import InputError
from newsdesk.text import words

HTML_FIELDS = ("html", "raw_html", "page_html", "content_html")
# "articleBody": the key of scrapinghub's article-extraction benchmark ground truth.
TEXT_FIELDS = ("text", "articleBody", "article_text", "reference", "expected_text", "body")

DUMP_ROW = "full-page dump"
HTML_ROW = "newsdesk (HTML page)"
TEXT_ROW = "newsdesk (text of dump)"
TRAFILATURA_ROW = "trafilatura (HTML)"
ROW_LEGEND = (
    f"rows: {HTML_ROW} = the HTML through newsdesk's HTML path (trafilatura + newsdesk's filters), as `newsdesk "
    f"clean page.html`, HTML and WARC ingest read a page;\n"
    f"  {TEXT_ROW} = newsdesk's plain-text cleaner on the full-page dump, as a page given as text is read (.txt, "
    f"a JSONL \"text\");\n"
    f"  {DUMP_ROW} = every visible text node of the page, one block per line, no cleaning;\n"
    f"  {TRAFILATURA_ROW} = trafilatura alone on the HTML (reference)."
)


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


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A page of the benchmark that is not scored, and why."""

    id: str
    reason: str


def load_pages(path: str | Path, limit: int | None = None) -> tuple[list[Page], list[LeftOut]]:
    """The scorable pages of an extraction benchmark (JSONL with id, html, text) and the pages left out.

    The reference text may be under ``text`` or ``articleBody`` (scrapinghub's key), among others
    (``TEXT_FIELDS``). A page whose HTML or reference is empty, or given as null, is left out (with its reason):
    an empty reference would score every system 0 (or 1), which says nothing about extraction.

    Args:
        path: the benchmark file (gzip, a BOM, blank lines, a JSON array are read; see ``evaluation.records``).
        limit: read only the first N records (scored or left out).

    Raises:
        InputError: no such file; a record without an html or a text field, or with one that is not text.
    """
    from newsdesk.evaluation.records import iter_records

    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such benchmark file")
    pages: list[Page] = []
    left_out: list[LeftOut] = []
    for count, (n, rec) in enumerate(iter_records(p, "an extraction record (id, html, text)")):
        if limit is not None and count >= limit:
            break
        try:
            got = _page(rec, f"{p}:{n}", n)
        except InputError as exc:
            raise InputError(f"{exc}; expected an extraction record (id, html, text)") from exc
        (pages if isinstance(got, Page) else left_out).append(got)  # type: ignore[arg-type]
    return pages, left_out


def _page(rec: dict[str, object], where: str, line: int) -> Page | LeftOut:
    """One record as a Page, or LeftOut when its HTML or reference is empty or null."""
    from newsdesk.evaluation.records import as_text, record_id
    from newsdesk.evaluation.records import field as get

    page_id = record_id(get(rec, ("id", "page_id", "url"), where, required=False), line, where)
    values: dict[str, str] = {}
    for name, names in (("html", HTML_FIELDS), ("text", TEXT_FIELDS)):
        value = get(rec, names, where, required=False)
        if value is None:
            if not _has_key(rec, names):
                get(rec, names, where)  # raises: missing field
            return LeftOut(page_id, "html is null" if name == "html" else "reference text is null")
        text = as_text(value, where, name)
        if not text.strip():
            return LeftOut(page_id, "empty html" if name == "html" else "empty reference text")
        values[name] = text
    return Page(page_id, values["html"], values["text"])


def _has_key(rec: dict[str, object], names: tuple[str, ...]) -> bool:
    """Whether the record (or its "meta") holds one of ``names`` at all, null included."""
    meta = rec.get("meta")
    return any(name in rec or isinstance(meta, dict) and name in meta for name in names)


def read_pages(path: str | Path, limit: int | None = None) -> Iterator[Page]:
    """The scorable pages of an extraction benchmark (JSONL with id, html, text); see ``load_pages``."""
    yield from load_pages(path, limit)[0]


def _html_page(html: str) -> str:
    """The article text newsdesk's HTML path gives for a page ("" when it rejects the page)."""
    from newsdesk.clean import clean_raw
    from newsdesk.model import Article, RawDoc

    got = clean_raw(RawDoc(source="<eval>", content=html, kind="html"))
    return got.text if isinstance(got, Article) else ""


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
    left_out: tuple[LeftOut, ...] = ()

    @property
    def pages(self) -> int:
        """How many pages were scored."""
        return max((len(s.scores) for s in self.systems), default=0)

    def not_scored(self) -> str:
        """The note on the pages left out ("" when none): how many, and the first ten with their reason."""
        if not self.left_out:
            return ""
        shown = ", ".join(f"{x.id} ({x.reason})" for x in self.left_out[:10])
        more = ", ..." if len(self.left_out) > 10 else ""
        return f"{len(self.left_out)} pages with an empty or null page or reference: {shown}{more}"

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"data": self.data, "average": "macro", "pages": self.pages,
                                  "systems": [s.to_dict() for s in self.systems]}
        if self.left_out:
            out["not_scored"] = [{"id": x.id, "reason": x.reason} for x in self.left_out]
        return out

    def table(self) -> str:
        rows = [s.to_dict() for s in self.systems]
        width = max([28] + [len(str(r["system"])) + 2 for r in rows])
        head = f"{'system':<{width}}{'pages':>6}{'P':>8}{'R':>8}{'F1':>8}{'ms/page':>10}"
        lines = [f"data: {self.data}  (token bag-of-words, macro average over pages)", head, "-" * len(head)]
        for r in rows:
            lines.append(
                f"{r['system']:<{width}}{r['pages']:>6}{r['precision']:>8.3f}{r['recall']:>8.3f}{r['f1']:>8.3f}"
                f"{r['ms_per_page']:>10.2f}"
            )
        if self.left_out:
            lines.append(f"not scored: {self.not_scored()}")
        lines.append(ROW_LEGEND)
        return "\n".join(lines)


def evaluate_clean(
    path: str | Path,
    limit: int | None = None,
    with_trafilatura: bool = True,
    progress: Callable[[int], None] | None = None,
) -> EvalReport:
    """Score newsdesk on each page as HTML and as a full-page text dump, next to the dump and trafilatura.

    Args:
        path: JSONL benchmark file (id, html, text per line).
        limit: read only the first N pages.
        with_trafilatura: also score trafilatura alone on the HTML (the slow reference).
        progress: called with the number of pages done.

    Returns:
        An EvalReport with one SystemResult per system (``ROW_LEGEND`` says what each is) and the pages
        left out.
    """
    from newsdesk.clean.html import visible_text

    full = SystemResult(DUMP_ROW)
    html = SystemResult(HTML_ROW)
    ours = SystemResult(TEXT_ROW)
    traf = SystemResult(TRAFILATURA_ROW)
    pages, left_out = load_pages(path, limit)
    for n, page in enumerate(pages, start=1):
        t0 = time.perf_counter()
        dump = visible_text(page.html)
        full.seconds += time.perf_counter() - t0
        full.scores.append(token_prf(dump, page.text))
        t0 = time.perf_counter()
        from_html = _html_page(page.html)
        html.seconds += time.perf_counter() - t0
        html.scores.append(token_prf(from_html, page.text))
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
    systems = (full, html, ours, traf) if with_trafilatura else (full, html, ours)
    return EvalReport(str(path), systems, tuple(left_out))
