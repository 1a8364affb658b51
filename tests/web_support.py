"""Test helpers for the web layer: a store filled from small hand-written articles."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from newsdesk.model import Article, DupLink, Story, content_id
from newsdesk.text import content_terms


class MemoryStore:
    """In-memory stand-in with the store methods newsdesk.service calls (until the SQLite store lands)."""

    def __init__(self) -> None:
        self.articles: dict[str, Article] = {}
        self.stories: dict[str, list[str]] = {}
        self.titles: dict[str, str] = {}
        self.cache: dict[tuple[str, str, str], dict] = {}
        self.link_list: list[DupLink] = []

    def close(self) -> None:
        pass

    def _story(self, sid: str) -> Story:
        arts = [self.articles[a] for a in self.stories[sid]]
        dates = sorted(a.date for a in arts if a.date)
        return Story(sid, self.titles[sid], tuple(self.stories[sid]), dates[0] if dates else None,
                     dates[-1] if dates else None)

    def list_stories(self, limit: int = 50, offset: int = 0, query: str | None = None) -> list:
        from types import SimpleNamespace

        sids = list(self.stories)
        if query:
            q = query.lower()
            sids = [s for s in sids if q in self.titles[s].lower()
                    or any(q in self.articles[a].text.lower() for a in self.stories[s])]
        rows = []
        for sid in sids:
            st = self._story(sid)
            arts = self.story_articles(sid)
            rows.append(SimpleNamespace(id=sid, title=st.title, articles=len(arts),
                                        outlets=len({a.outlet for a in arts if a.outlet}),
                                        first_date=st.first_date, last_date=st.last_date, updated_at=0.0))
        rows.sort(key=lambda r: r.last_date or "", reverse=True)
        return rows[offset: offset + limit]

    def get_story(self, sid: str) -> Story | None:
        return self._story(sid) if sid in self.stories else None

    def story_articles(self, sid: str) -> list[Article]:
        return [self.articles[a] for a in self.stories.get(sid, [])]

    def get_article(self, aid: str) -> Article | None:
        return self.articles.get(aid)

    def story_of(self, aid: str) -> str | None:
        return next((s for s, ids in self.stories.items() if aid in ids), None)

    def links(self, ids: list[str]) -> list[DupLink]:
        return [link for link in self.link_list if link.a in ids or link.b in ids]

    def get_cached_brief(self, sid: str, key: str, kind: str = "brief") -> dict | None:
        return self.cache.get((sid, key, kind))

    def put_cached_brief(self, sid: str, key: str, value: dict, kind: str = "brief") -> None:
        self.cache[(sid, key, kind)] = value

    def add_and_assign(self, articles, settings) -> list[tuple[str, str, bool]]:  # noqa: ANN001
        out = []
        for a in articles:
            terms = set(content_terms(a.text))
            best, best_score = None, 0.0
            for sid, ids in self.stories.items():
                other = set().union(*(content_terms(self.articles[i].text) for i in ids))
                score = len(terms & other) / (len(terms | other) or 1)
                if score > best_score:
                    best, best_score = sid, score
            self.articles[a.id] = a
            if best is not None and best_score >= 0.12:
                self.stories[best].append(a.id)
                out.append((a.id, best, False))
            else:
                sid = content_id(a.id, prefix="s")
                self.stories[sid] = [a.id]
                self.titles[sid] = a.title or a.text[:80]
                out.append((a.id, sid, True))
        return out


def demo_files() -> list[Path]:
    from newsdesk.api import demo_inputs

    return demo_inputs()


XSS_TEXT = (
    "Harbour council <script>window.__xss = 1; alert('xss')</script> votes on the budget. "
    "The council <img src=x onerror=\"window.__xss=2;alert(2)\"> approved the harbour budget on Monday after a long debate. "
    "Members said the vote </textarea><script>window.__xss=3</script> was close and the harbour budget passed by two votes. "
    "Critics of the harbour budget said the plan <svg onload=alert(4)> ignores the bridge repairs."
)


def xss_articles() -> list[Article]:
    """Two articles of one story whose every field carries a script payload."""
    base = Article(
        id="axss000000001", source="evil<script>window.__xss=5</script>.txt", text=XSS_TEXT,
        title="Harbour budget <script>window.__xss=6</script><img src=x onerror=alert(7)>",
        outlet="Evil \"Outlet\" <b onmouseover=alert(8)>", byline="<script>alert(9)</script>", date="2024-05-14",
        url="javascript:window.__xss=10;alert(10)", removed=("<script>window.__xss=11</script>", "Share </textarea><img src=x onerror=alert(12)>"),
    )
    other = replace(base, id="axss000000002", outlet="Second <i>outlet</i>", url="https://example.org/ok?a=<b>",
                    text=XSS_TEXT.replace("Monday", "Tuesday"), title="Harbour budget passes </title><script>alert(13)</script>")
    return [base, other]


def store_opener(tmp_path: Path):  # noqa: ANN201 - returns a zero-argument callable
    """The real SQLite store at tmp_path/desk.db once ingest into it is wired (service.ingest_articles), else a
    shared MemoryStore (same methods). Set NEWSDESK_WEB_REAL_STORE=1 to force the real store."""
    import os

    try:
        from newsdesk.store import open_store
    except ImportError:
        open_store = None
    if open_store is None or os.environ.get("NEWSDESK_WEB_REAL_STORE") != "1":
        shared = MemoryStore()
        return lambda: shared
    db = tmp_path / "desk.db"
    return lambda: open_store(db)


def fill_demo(store) -> dict:  # noqa: ANN001
    """Add the bundled demo articles through the service; returns the AddResult as a dict."""
    from newsdesk import service

    return service.add_files(store, [(p.name, p.read_bytes()) for p in demo_files()]).to_dict()


def add_records(store, articles: list[Article]) -> list[tuple[str, str, bool]]:  # noqa: ANN001
    """Store Article records directly (already cleaned) and assign them to stories."""
    from newsdesk import service
    from newsdesk.config import Settings

    return service.ingest_articles(store, articles, Settings())
