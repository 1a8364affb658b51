"""Stories at any scale: dedupe + cluster a batch of articles, or ingest into a store incrementally."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from newsdesk.brief.cite import duplicate_groups
from newsdesk.cluster import (
    cluster_features,
    features,
    make_story,
    seed_state,
    split_at_gaps,
    stories_from_groups,
)
from newsdesk.cluster.incremental import StreamState, advance, finish, resolve
from newsdesk.config import Settings
from newsdesk.dedupe import links_from_signals, map_signals
from newsdesk.errors import ConfigError, Reason
from newsdesk.model import Article, Brief, DupLink, Rejection, Story, content_id
from newsdesk.pipeline import apart, base_id, find_links, is_revision, same_article, summarize_story
from newsdesk.progress import Progress, no_progress
from newsdesk.render import (
    citation_key,
    citation_marks,
    markdown_line,
    plural,
    source_line,
    story_title,
    written_days,
)

if TYPE_CHECKING:
    from newsdesk.store import Withdrawal

ENGINES = ("local", "dask")



@dataclass(slots=True)
class StoriesReport:
    """Stories with their articles, rejections, duplicate/wire links and (optionally) briefs."""

    stories: list[Story] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    links: list[DupLink] = field(default_factory=list)
    briefs: dict[str, Brief] = field(default_factory=dict)
    # Stories of a store: story id -> when it last changed there ("YYYY-MM-DD HH:MM", local time), so a reader
    # of `newsdesk stories` sees which stories the latest ingest run touched.
    updated: dict[str, str] = field(default_factory=dict)
    query: str | None = None  # the search these stories answer (`stories --search`), None: a listing

    def to_dict(self) -> dict[str, Any]:
        return {
            **({"query": self.query} if self.query is not None else {}),
            "stories": [
                {
                    "id": s.id,
                    "title": s.title,
                    "articles": list(s.article_ids),
                    "first_date": s.first_date,
                    "last_date": s.last_date,
                    **({"updated": self.updated[s.id]} if s.id in self.updated else {}),
                    "duplicates": [d.to_dict() for d in _story_links(s, self.links)],
                    "brief": self.briefs[s.id].to_dict() if s.id in self.briefs else None,
                }
                for s in self.stories
            ],
            "articles": [a.to_dict() for a in self.articles],
            "rejected": [r.to_dict() for r in self.rejected],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    def to_markdown(self) -> str:
        return render_markdown(self)


def _story_links(story: Story, links: Sequence[DupLink]) -> list[DupLink]:
    ids = set(story.article_ids)
    return [d for d in links if d.a in ids and d.b in ids]


def cluster_articles(
    articles: Sequence[Article],
    settings: Settings | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Progress = no_progress,
) -> list[Story]:
    """Group articles into stories (batch). ``engine="dask"`` maps features over a Dask cluster."""
    return build_stories(articles, settings, engine=engine, scheduler=scheduler, progress=progress,
                         with_briefs=False).stories


def mixed_stories(articles: Sequence[Article], settings: Settings | None = None) -> list[Story]:
    """The stories a set of articles splits into, when it clearly holds more than one; else [].

    "Clearly": two stories of two or more articles each, or three or more articles none of which
    gathers half of them. A story with a stray article is not flagged (a quarter of multinews-val's
    real same-story clusters split off one loosely related document; 5 of 240 are flagged).
    """
    if len(articles) < 2:
        return []
    stories = cluster_articles(articles, settings)
    sizes = [len(s.article_ids) for s in stories]
    several = sum(1 for n in sizes if n >= 2) >= 2
    scattered = len(articles) >= 3 and max(sizes) * 2 < len(articles)
    return stories if several or scattered else []


def build_stories(
    articles: Sequence[Article],
    settings: Settings | None = None,
    rejected: Sequence[Rejection] = (),
    engine: str = "local",
    scheduler: str | None = None,
    progress: Progress = no_progress,
    with_briefs: bool = True,
) -> StoriesReport:
    """Deduplicate, cluster and (optionally) brief articles; the map stages run locally or on Dask."""
    settings = settings or Settings()
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}; available: {', '.join(ENGINES)}")
    if engine == "dask":  # a LocalCluster takes seconds to start: a bar of its own, not a dedupe bar stuck at 0
        progress("dask", 0, None)
    with _engine(engine, scheduler) as client:
        if engine == "dask":
            progress("dask", 1, 1)
        progress("dedupe", 0, len(articles))
        # One map over the articles (one token pass each) feeds both the duplicate and cluster reduces.
        sigs = map_signals(articles, settings.dedup, client, progress)
        links = links_from_signals(sigs, articles, settings.dedup)
        progress("dedupe", len(articles), len(articles))
        groups = cluster_features([s.features for s in sigs], settings.cluster, progress=progress)
    if settings.cluster.gap_days is not None:
        groups = split_at_gaps(groups, {a.id: a.published for a in articles}, settings.cluster.gap_days)
    report = StoriesReport(stories_from_groups(groups, articles), list(articles), list(rejected), links)
    if with_briefs:
        report.briefs = make_briefs(report.stories, articles, links, settings, progress)
        report.stories = titled_by_briefs(report.stories, report.briefs, articles)
    return report


@contextlib.contextmanager
def _engine(engine: str, scheduler: str | None) -> Iterator[Any]:
    """None for the local engine, else a Dask client (LocalCluster when no scheduler address)."""
    if engine != "dask":
        yield None
        return
    from newsdesk.distributed import dask_client

    with dask_client(scheduler) as client:
        yield client


def make_briefs(
    stories: Sequence[Story], articles: Sequence[Article], links: Sequence[DupLink], settings: Settings,
    progress: Progress = no_progress,
) -> dict[str, Brief]:
    """A brief per story (``pipeline.summarize_story``), duplicates counted once."""
    by_id = {a.id: a for a in articles}
    out: dict[str, Brief] = {}
    for n, s in enumerate(stories, start=1):
        members = [by_id[i] for i in s.article_ids if i in by_id]
        out[s.id] = summarize_story(members, settings, _story_links(s, links))
        progress("brief", n, len(stories))
    return out


def titled_by_briefs(stories: Sequence[Story], briefs: Mapping[str, Brief], articles: Sequence[Article]) -> list[Story]:
    """Stories none of whose articles has a headline, named as ``newsdesk brief`` names them: by the start of the
    brief's lead (``render.story_title``), not of whichever article came first ("Happy Release Day!" for a
    story about a break-up); a story with a headline keeps the most typical one."""
    titled = {a.id for a in articles if a.title}
    out = []
    for s in stories:
        brief = briefs.get(s.id)
        if brief is not None and brief.sentences and not titled.intersection(s.article_ids):
            s = replace(s, title=story_title(brief))
        out.append(s)
    return out


@dataclass(slots=True)
class IngestResult:
    """What one ``ingest_into_store`` call changed."""

    new_articles: list[str] = field(default_factory=list)
    rejected: int = 0  # inputs of this run not used (each listed on stderr), stored before or not
    links: int = 0
    new_stories: list[str] = field(default_factory=list)
    updated_stories: list[str] = field(default_factory=list)
    merged_stories: list[str] = field(default_factory=list)  # stored stories folded into another one
    merged_into: dict[str, tuple[str, str]] = field(default_factory=dict)  # merged id -> (its title, absorbing id)
    moved_articles: list[str] = field(default_factory=list)  # stored articles consolidation moved to another story
    revised_articles: list[str] = field(default_factory=list)  # stored articles whose text a new reading corrected
    stored_ids: list[str] = field(default_factory=list)  # the id each input article is stored under (apart_from_stored)
    older_versions: list[str] = field(default_factory=list)  # stored articles read again in a text a correction replaced
    withdrawn: list[Rejection] = field(default_factory=list)  # inputs a user had taken out of the store (not stored)
    withdrawn_at: list[int] = field(default_factory=list)  # their places among the articles given (stored_ids skips them)

    def summary(self) -> str:
        """One line for people: "10 new articles stored: 2 new stories, 1 updated, 0 merged; 3 copy links"."""
        return (f"{plural(len(self.new_articles), 'new article')} stored: "
                f"{plural(len(self.new_stories), 'new story', 'new stories')}, {len(self.updated_stories)} updated, "
                f"{len(self.merged_stories)} merged; {plural(self.links, 'copy link')}"
                + (f"; {plural(len(self.moved_articles), 'stored article')} moved to another story"
                   if self.moved_articles else "")
                + (f"; {plural(len(self.revised_articles), 'stored article')} updated with a corrected text"
                   if self.revised_articles else "")
                + (f"; {plural(len(self.older_versions), 'older version')} of stored articles read again "
                   "(the corrected text is kept)" if self.older_versions else "")
                + (f"; {plural(len(self.withdrawn), 'input')} removed from the store before (left out)"
                   if self.withdrawn else "")
                + (f"; {self.rejected} not used" if self.rejected else ""))

    def to_dict(self) -> dict[str, Any]:
        return {
            "new_articles": len(self.new_articles),
            "rejected": self.rejected,
            "links": self.links,
            "new_stories": len(self.new_stories),
            "updated_stories": len(self.updated_stories),
            "merged_stories": len(self.merged_stories),
            "moved_articles": len(self.moved_articles),
            "revised_articles": len(self.revised_articles),
            "older_versions": len(self.older_versions),
            "withdrawn": len(self.withdrawn),
        }


def _since(articles: Sequence[Article], window: int) -> str | None:
    dated = [a.published for a in articles if a.published and len(a.published) >= 10]
    if not dated:
        return None
    try:
        return (date.fromisoformat(min(dated)[:10]) - timedelta(days=window)).isoformat()
    except ValueError:
        return None


def apart_from_stored(articles: Sequence[Article], store: Any, revised: list[Article] | None = None,
                      older: list[str] | None = None) -> list[Article]:
    """The articles under the ids the store knows them by: an input read again (in another order, with other
    files, from another folder) takes the id it was stored under, itself or ``id~hash`` (``same_article``);
    another text under a stored id gets an id of its own (``pipeline.apart``), so two files that number their
    records "1", "2", ... hold different articles, and reading any input again adds nothing. A reading that
    changes a paragraph of the stored text (a correction, ``pipeline.is_revision``) is appended to ``revised``; one
    that gives a text a correction replaced (an earlier file read again) is not, and its id goes to ``older``."""
    out: list[Article] = []
    taken: set[str] = set()
    for a in articles:
        stored = [s for s in store.articles_under(base_id(a.id)) if s.id not in taken]
        if not stored and a.url:  # stored under another id (a store made before ids followed the address)
            stored = [s for s in store.articles_at(a.url) if s.id not in taken]
        match = next((s for s in stored if same_article(s, a)), None)
        if match is not None:
            a = replace(a, id=match.id)
            if revised is not None and is_revision(match, a):
                if not store.replaced_text(match.id, a.text):
                    revised.append(a)
                elif older is not None:  # a text a correction replaced, read again: the correction stays
                    older.append(a.id)
        elif any(s.id == a.id for s in stored) or a.id in taken:
            a = apart(a)
        taken.add(a.id)
        out.append(a)
    return out


def ingest_into_store(
    articles: Sequence[Article],
    store: Any,
    settings: Settings | None = None,
    rejected: Sequence[Rejection] = (),
    progress: Progress = no_progress,
    restoring: Collection[str] = (),
) -> IngestResult:
    """Store new articles and assign each to a live story (within ``window_days``) or a new one; those whose ids
    are in ``restoring`` are taken-out articles a person puts back (no withdrawal keeps them out).

    Re-ingesting the same articles adds nothing: ids are content hashes and only new ids are assigned.
    Stories live in the window are rebuilt from the store. As in ``stream_labels``, a story that grows
    merges with stories it now overlaps, and lone stories get a second look every
    ``stream_recheck_every`` arrivals and at the end of the run; a stored story merged away moves its
    articles to the story that absorbed it and its id stays as an alias (``Store.story_alias``). The
    end-of-run consolidation may also move a part of a stored story to another story
    (``ClusterConfig.stream_move_min``): the story keeps its id and the rest of its articles, and the
    moved articles are listed in ``IngestResult.moved_articles``. A batch group of stored and new articles
    that no story follows splits off (``ClusterConfig.stream_resplit_min``): under the id of the story an
    earlier run merged away whose opening article it holds (that id is no alias any more), else a new one.
    """
    with store.one_run_at_a_time():
        return _ingest_into_store(articles, store, settings or Settings(), rejected, progress, restoring)


def _ingest_into_store(articles: Sequence[Article], store: Any, settings: Settings, rejected: Sequence[Rejection],
                       progress: Progress, restoring: Collection[str]) -> IngestResult:
    revised: list[Article] = []
    older: list[str] = []
    found = [(k, w) for k, a in enumerate(articles) if a.id not in restoring and (w := store.withdrawal_of(a)) is not None]
    left_out = [k for k, _ in found]
    withdrawn = [_withdrawn_rejection(articles[k], w) for k, w in found]
    skip = set(left_out)
    kept_at = [k for k in range(len(articles)) if k not in skip]  # each kept input's place among those given
    given_ids = [a.id for k, a in enumerate(articles) if k not in skip]
    articles = apart_from_stored([a for k, a in enumerate(articles) if k not in skip], store, revised, older)
    # a restored article keeps its id unless another text has taken it since (then ``id~hash``)
    restored = {a.id: was for a, was in zip(articles, given_ids, strict=True) if was in restoring}
    store.add_rejections(rejected)  # kept once each in the store; the run reports every input it could not use
    result = IngestResult(rejected=len(rejected), stored_ids=[a.id for a in articles], older_versions=older,
                          withdrawn=withdrawn, withdrawn_at=left_out)
    new_ids = set(store.add_articles(articles, restored))
    result.new_articles = [a.id for a in articles if a.id in new_ids]
    # A corrected text under a stored id replaces the stored one (its story stays; its pages are made again, and
    # the story's title and dates are made again from its articles as they now read).
    result.revised_articles = store.revise_articles(a for a in revised if a.id not in new_ids)
    result.updated_stories += _refreshed_stories(result.revised_articles, store)
    # A run stopped (Ctrl-C, a crash) after storing articles but before assigning them leaves them in no story:
    # this run's own inputs among them are assigned now, and the others once they have waited STALE_ORPHAN_S (a
    # run still going, beside this one, may be about to assign what it has just stored), whatever this run reads.
    given = {a.id for a in articles}
    orphans = [a for a in articles if a.id not in new_ids and store.story_of(a.id) is None]
    # one another process removed after the check above: not stored again (``add_articles``), and said so
    late = [(a, w) for a in orphans if store.get_article(a.id) is None and (w := store.withdrawal_of(a)) is not None]
    if late:
        gone = {a.id for a, _ in late}
        orphans = [a for a in orphans if a.id not in gone]
        result.withdrawn += [_withdrawn_rejection(a, w) for a, w in late]
        result.withdrawn_at += [k for k, i in zip(kept_at, result.stored_ids, strict=True) if i in gone]
        result.stored_ids = [i for i in result.stored_ids if i not in gone]
    orphans += [a for a in store.unassigned_articles(stored_before=time.time() - STALE_ORPHAN_S)
                if a.id not in new_ids and a.id not in given]
    new_ids |= {a.id for a in orphans}
    articles = [*articles, *(a for a in orphans if a.id not in given)]
    fresh = sorted((a for a in articles if a.id in new_ids), key=lambda a: (a.published or "9999", a.id))
    relink = new_ids | set(result.revised_articles)  # a corrected text's copy links are found again (R28 #5)
    revised_now = [a for i in result.revised_articles if (a := store.get_article(i)) is not None]
    # the articles a corrected text may share passages with: those of its own window (not only the new articles')
    around_revised = {a.id: a for _, a in store.active_members(_since(revised_now, settings.cluster.window_days))
                      } if revised_now else {}
    around_revised.update({a.id: a for a in revised_now})
    if not fresh:
        if revised_now:
            result.links = store.add_links(_links_touching(around_revised, relink, settings))
        return result
    members = store.active_members(_since(fresh, settings.cluster.window_days))
    members = [(sid, a) for sid, a in members if a.id not in new_ids]
    state = seed_state((sid, features(a)) for sid, a in members)
    if settings.cluster.stream_resplit_min:
        state.openers = _merged_openers(members, store)
    pool = {a.id: a for _, a in members}
    pool.update({a.id: a for a in fresh})
    result.links = store.add_links(_links_touching({**around_revised, **pool}, relink, settings))
    sims: dict[str, float] = {}
    known = set(state.stories)
    for n, a in enumerate(fresh, start=1):
        sims[a.id] = advance(features(a), state, settings.cluster)[1]
        progress("assign", n, len(fresh))
    finish(state, settings.cluster)  # the end of a run: lone stories look again, live stories consolidate
    stories, merged, moved = _changed_stories(state, members, fresh, known, pool, store)
    for s in stories:
        if s.id not in result.updated_stories:  # a story a revision refreshed above is listed once
            (result.updated_stories if s.id in known else result.new_stories).append(s.id)
    # the titles of the stories merged away, read before they go, so the run can say which ones they were
    result.merged_into = {g: ((old.title if (old := store.get_story(g)) else ""), into) for g, into in merged.items()}
    store.save_stories(stories, sims, merged=merged)
    result.merged_stories = sorted(merged)
    result.moved_articles = moved
    return result


def _links_touching(pool: Mapping[str, Article], ids: Collection[str], settings: Settings) -> list[DupLink]:
    """The copy links among the pool's articles that involve one of ``ids``."""
    return [d for d in find_links(list(pool.values()), settings) if d.a in ids or d.b in ids]


STALE_ORPHAN_S = 3600.0  # an article in no story this long after it was stored was left by a stopped run


def _withdrawn_rejection(article: Article, w: Withdrawal) -> Rejection:
    """Why an input a user took out of the store (``newsdesk remove``, the withdrawal ``w``) is left out: a
    retracted report read again from the same feed or folder stays out."""
    why = f": {w.reason}" if w.reason else ""
    return Rejection(article.source, Reason.WITHDRAWN, f"article {w.article_id} was removed from this store on "
                     f"{w.day}{why} (`newsdesk remove --db FILE --restore {w.article_id}` puts it back)", "store")


def _refreshed_stories(article_ids: Sequence[str], store: Any) -> list[str]:
    """Re-save the stories holding these (revised) articles with title and dates made from their articles now."""
    return refresh_stored_stories(sorted({sid for a in article_ids if (sid := store.story_of(a)) is not None}), store)


def refresh_stored_stories(ids: Sequence[str], store: Any) -> list[str]:
    """Re-save these stored stories with title and dates made from the articles they hold now (an article of
    theirs corrected or taken out); returns the ids of those that hold any."""
    stories = []
    for sid in ids:
        members = store.story_articles(sid)
        if members:
            stories.append(make_story([a.id for a in members], {a.id: a for a in members}, story_id=sid))
    if stories:
        store.refresh_stories(stories)
    return [s.id for s in stories]


def _merged_openers(members: Sequence[tuple[str, Article]], store: Any) -> dict[str, str]:
    """Stored articles that opened a story an earlier run merged away: article id -> that story's id.

    A new story's id is derived from its first article's id (``incremental.assign``), and a merged-away
    id stays as an alias (``Store.story_alias``), so the store knows them without a table of its own.
    """
    out: dict[str, str] = {}
    for sid, a in members:
        old = content_id(a.id, prefix="s")
        if old != sid and store.story_alias(old) is not None:
            out[a.id] = old
    return out


def _changed_stories(
    state: StreamState, members: Sequence[tuple[str, Article]], fresh: Sequence[Article], known: set[str],
    pool: Mapping[str, Article], store: Any,
) -> tuple[list[Story], dict[str, str], list[str]]:
    """What a run changed, from the stream state after ``finish``: the stories to save (with all their
    articles), the stored stories merged away (-> the story that absorbed them) and the stored articles
    that consolidation moved to another story (``incremental.move_parts``), in date order.

    A story is saved when it gained a new article, absorbed a stored story, or gained or lost a moved
    article; the story an article leaves keeps its id (it keeps most of its articles).
    """
    story_of = {f.id: sid for sid, feats in state.members.items() for f in feats}
    merged = {g: resolve(state, g) for g in state.aliases if g in known}
    touched = dict.fromkeys([story_of[a.id] for a in fresh] + list(merged.values()))  # ordered set
    moved: list[str] = []
    for sid, a in members:
        was, now = resolve(state, sid), story_of[a.id]
        if was != now:  # moved by consolidation (a merge moves the whole story, and ``resolve`` follows it)
            moved.append(a.id)
            touched.update(dict.fromkeys((now, was)))
            if not state.members.get(was) and was in known:
                merged[was] = now  # it lost every article (``move_parts`` leaves a story most of its own): an alias
    stories = []
    for sid in touched:
        ids = [f.id for f in state.members.get(sid, ())]
        if ids:
            by_id = {i: pool.get(i) or store.get_article(i) for i in ids}
            stories.append(make_story(ids, by_id, story_id=sid))
    return stories, merged, moved


def report_from_store(store: Any, settings: Settings | None = None, with_briefs: bool = True,
                      limit: int = 1000, query: str | None = None) -> StoriesReport:
    """The stored stories (newest first) with their articles and links, as a StoriesReport.

    ``query``: only the stories it finds (the web page's search: words, "a phrase", ``a OR b``, ``-word``,
    ``word*``); None: every story.

    Raises:
        InputError: the query is blank or asks for nothing but words to leave out.
    """
    settings = settings or Settings()
    if query is not None:
        from newsdesk.service.reading import search_stories

        summaries = search_stories(store, query, limit=limit)
    else:
        summaries = store.list_stories(limit=limit)
    stories = [store.get_story(s.id) for s in summaries]
    stories = [s for s in stories if s is not None]
    ids = [i for s in stories for i in s.article_ids]
    arts = [a for a in (store.get_article(i) for i in ids) if a is not None]
    links = store.links(ids)
    rejected = store.rejections() if query is None else []  # a search answers for stories, not for every input
    report = StoriesReport(stories, arts, rejected, links, query=query,
                           updated={s.id: s.updated for s in summaries if s.updated})
    if with_briefs:  # the stored titles stay: the ingest summary, the web page and this listing name a story alike
        report.briefs = make_briefs(stories, arts, links, settings)
    return report


_COPY_KIND = {"exact": "exact copy", "near": "near copy", "wire": "shared wire passages"}


PASSAGE_CHARS = 300  # a shared passage is quoted up to this many characters


def _quote_line(passage: str) -> str:
    """A passage as one quoted line (its own line breaks would end the Markdown quote), cut at a word."""
    text = " ".join(passage.split())
    if len(text) <= PASSAGE_CHARS:
        return text
    return text[:PASSAGE_CHARS].rsplit(" ", 1)[0] + " …"


def citation_order(ids: Sequence[str], by_id: Mapping[str, Article]) -> list[str]:
    """A story's articles in the order their sources are numbered (``render.citation_key``, as the web page does)."""
    return sorted(ids, key=lambda aid: citation_key(aid, by_id[aid].date if aid in by_id else None))


def render_markdown(report: StoriesReport) -> str:
    """Stories as markdown: title, dates, sources, shared wire passages and the brief."""
    by_id = {a.id: a for a in report.articles}
    matching = f" matching {report.query!r}" if report.query is not None else ""
    out = [(f"# {plural(len(report.stories), 'story', 'stories')}{matching} from "
           f"{plural(len(report.articles), 'article')}\n")]
    for s in report.stories:
        out.append(f"## {s.title or s.id}\n")
        span = "undated" if not s.first_date else s.first_date if s.last_date in (None, s.first_date) \
            else f"{s.first_date} to {s.last_date}"
        changed = f" · updated {report.updated[s.id]}" if s.id in report.updated else ""
        ids = citation_order(s.article_ids, by_id)
        links = _story_links(s, report.links)
        texts = len(set(duplicate_groups(ids, links, kinds=("exact",))))
        copies = f" ({plural(len(ids) - texts, 'exact copy', 'exact copies')} among them)" if texts < len(ids) else ""
        out.append(f"*{plural(len(s.article_ids), 'article')}{copies}, {span}{changed}* (`{s.id}`)\n")
        num = {aid: n for n, aid in enumerate(ids, start=1)}
        brief = report.briefs.get(s.id)
        if brief is not None and brief.sentences:
            for bs, day in zip(brief.sentences, written_days(brief), strict=True):
                cites = citation_marks(bs.citations, num)
                out.append(f"- {markdown_line(bs.display)}{f' *({day})*' if day else ''} {cites}")
            out.append("")
        out.append("Sources:\n")
        for n, aid in enumerate(ids, start=1):
            a = by_id.get(aid)
            out.append(source_line(n, a) if a else f"{n}. `{aid}`")
        if links:
            out.append("\nDuplicates and wire copy:\n")
            out.extend(_copy_lines(links, num))
        out.append("")
    if report.rejected:
        out.append(f"## Not used ({plural(len(report.rejected), 'input')})\n")
        out.extend(f"- {r.source}: {r.explain}" for r in report.rejected)
    return "\n".join(out) + "\n"


def _copy_lines(links: Sequence[DupLink], num: Mapping[str, int]) -> list[str]:
    """The Markdown lines of a story's copy links. Exact copies of one text are one line ("[1][2][3]: 3 exact
    copies of one text"), not a line per pair (15 copies of a page made 105 lines); a near copy or shared passages
    between two such groups are listed once, for the first article of each group."""
    ids = sorted(num, key=num.__getitem__)
    members: dict[str, list[str]] = {}  # first article of a group of exact copies -> the group, in number order
    first: dict[int, str] = {}
    for aid, g in zip(ids, duplicate_groups(ids, links, kinds=("exact",)), strict=True):
        members.setdefault(first.setdefault(g, aid), []).append(aid)
    head = {aid: h for h, arts in members.items() for aid in arts}
    out: list[str] = []
    originals = {d.original for d in links if d.kind == "exact" and d.original in num}
    for arts in members.values():
        if len(arts) > 1:
            kept = next((a for a in arts if a in originals), None)
            original = f", original [{num[kept]}]" if kept else ""
            out.append(f"- {''.join(f'[{num[a]}]' for a in arts)}: {len(arts)} exact copies of one text{original}")

    def copies(r: str) -> str:
        return f" (and its {len(members[r]) - 1} copies)" if len(members[r]) > 1 else ""

    seen: set[tuple[str, str, str]] = set()
    for d in links:
        if d.a not in num or d.b not in num:
            continue
        ra, rb = sorted((head[d.a], head[d.b]), key=num.__getitem__)
        if ra == rb or (ra, rb, d.kind) in seen:
            continue  # within one group of exact copies, or already said for these two groups
        seen.add((ra, rb, d.kind))
        original = f", original [{num[d.original]}]" if d.original in num else ""
        # wire: the shared words over the shorter article's words; exact / near: similarity of the texts
        share = f"{d.similarity:.0%} of the shorter article" if d.kind == "wire" else f"{d.similarity:.2f}"
        out.append(f"- [{num[ra]}]{copies(ra)} and [{num[rb]}]{copies(rb)}: {_COPY_KIND[d.kind]} ({share}){original}")
        out.extend(f"  > {_quote_line(p)}" for p in d.passages)
    return out


def load_and_build(inputs: Iterable[Any], settings: Settings | None = None, engine: str = "local",
                   scheduler: str | None = None, progress: Progress = no_progress, with_briefs: bool = True) -> StoriesReport:
    """Read inputs with the lead's ``load_articles``, then ``build_stories``."""
    from newsdesk.pipeline import load_articles

    settings = settings or Settings()
    articles, rejected = load_articles(list(inputs), settings, progress)
    return build_stories(articles, settings, rejected, engine, scheduler, progress, with_briefs)
