"""Taking articles out of the desk: a retracted report, a page that is no article, a story's stray member.

The article leaves the store's articles (with its copy links and story place) and is kept whole with the withdrawal,
so reading the same feed or folder again does not put it back and a restore does; the stories it left get their
title and dates made again from the articles they keep, and a story left with none goes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsdesk.config import Settings
from newsdesk.errors import InputError
from newsdesk.service.views import AddResult, NotFoundError
from newsdesk.store import Withdrawal


def withdraw_articles(store: Any, article_ids: Sequence[str], reason: str = "") -> list[Withdrawal]:
    """Take these stored articles out of the store (all or none), with the reason a person gives.

    Raises:
        InputError: no id given.
        NotFoundError: an id names no stored article (a story id, one already taken out, a typo): nothing is
            taken out, and the message names each such id.
    """
    from newsdesk.stories import refresh_stored_stories

    ids = list(dict.fromkeys(i.strip() for i in article_ids if i.strip()))
    if not ids:
        raise InputError("no article id given (the ids are in `newsdesk stories --db FILE --story ID --format json`)")
    missing = [_why_missing(store, i) for i in ids if not store.has_article(i)]
    if missing:
        raise NotFoundError("; ".join(missing) + ": nothing was removed")
    done = store.withdraw_articles(ids, reason.strip())
    refresh_stored_stories(sorted({w.story_id for w in done if w.story_id and not w.story_removed}), store)
    return done


def restore_withdrawn(store: Any, article_ids: Sequence[str], settings: Settings | None = None) -> AddResult:
    """Put taken-out articles back, as they were stored, each assigned to a story again as an ingest would
    (all or none).

    Raises:
        NotFoundError: an id names no article taken out of this store.
    """
    from newsdesk.service.adding import ingest_articles

    known = {w.article_id for w in store.withdrawals()}
    ids = list(dict.fromkeys(i.strip() for i in article_ids if i.strip()))
    unknown = [i for i in ids if i not in known]
    if unknown or not ids:
        raise NotFoundError(f"no removed article with id {', '.join(map(repr, unknown)) or '(none given)'} "
                            "(`newsdesk remove --db FILE --list` lists them)")
    return ingest_articles(store, store.withdrawn_articles(ids), settings, restoring=set(ids))


def _why_missing(store: Any, article_id: str) -> str:
    """Why an id names no stored article, for the message: a story id, an article taken out before, or unknown."""
    if store.get_story(article_id) is not None or store.story_alias(article_id):
        return (f"{article_id!r} is a story id, not an article id (`newsdesk stories --db FILE --story {article_id}` "
                "lists its articles)")
    gone = next((w for w in store.withdrawals() if w.article_id == article_id), None)
    if gone is not None:
        return f"article {article_id!r} was already removed on {gone.day}"
    return f"no article with id {article_id!r} in this store"
