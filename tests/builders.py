"""Record builders for tests (import as `from builders import make_article`)."""

from __future__ import annotations

import importlib.util
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from newsdesk.model import Article, RawDoc, content_id


def make_article(text: str, outlet: str | None = None, title: str | None = None, date: str | None = None,
                 id: str | None = None, source: str | None = None) -> Article:
    """An Article built directly, for stage tests."""
    aid = id or content_id(text)
    # A date given to the builder is a stated publication date (confidence 1.0), as in most inputs.
    return Article(id=aid, source=source or f"{aid}.txt", text=text, title=title, outlet=outlet, date=date,
                   date_confidence=1.0 if date else 0.0)


def story_conflicts(*texts: str) -> list[tuple[str, set[str]]]:
    """What ``compare`` finds between articles of one text each (ids "a", "b", ...): (kind, values of its sides)."""
    from newsdesk.compare import compare

    comp = compare([Article(id=chr(97 + k), source=f"{chr(97 + k)}.txt", text=t) for k, t in enumerate(texts)])
    return [(c.kind, {s.value for s in c.sides}) for c in comp.conflicts]


def first_claim(text: str):
    """The first claim compare reads in a one-text article."""
    from newsdesk.compare.claims import article_claims

    return article_claims(Article(id="t", source="t.txt", text=text)).claims[0]


def hit_kinds(hits) -> list[str]:
    """The kinds of ``pair_conflicts``' hits, in order."""
    return [h[0] for h in hits]


def number_pairs(a: str, b: str, cos: float = 1.0, aligned: float = 0.4, crowded: bool = False) -> list[tuple[str, str]]:
    """The number conflicts ``pair_conflicts`` finds between the first claims of two texts: (value in a, value in b)."""
    from newsdesk.compare.conflicts.pairing import pair_conflicts

    pairs = pair_conflicts(first_claim(a), first_claim(b), cos, aligned, crowded)
    return [(va, vb) for kind, va, vb in pairs if kind == "number"]


def cleaned(content: str, kind: str = "text", **given: str) -> Article:
    """The article the cleaner makes of one page (``source="page"``); fails the test when it rejects the page."""
    from newsdesk.clean import clean_raw

    got = clean_raw(RawDoc(source="page", content=content, kind=kind, **given))
    assert isinstance(got, Article), got
    return got


def make_raw(content: str, kind: str = "text", source: str = "t.txt", **meta: str) -> RawDoc:
    return RawDoc(source=source, content=content, kind=kind, **meta)  # type: ignore[arg-type]


# Four articles with nothing in common but common words ("said", "year"): four stories.
UNRELATED = [
    ("The city council approved a new budget for road repairs after a long debate about potholes and bridges. "
    "Council members said the repairs would start in spring and the mayor said taxes would not rise this year."),
    ("The champion won the tennis final in three sets, serving twelve aces against her younger rival. "
    "Fans cheered as she lifted the trophy and said she would defend the title next year."),
    ("Scientists found a new species of frog in the rainforest, a tiny animal with bright orange skin. "
    "The researchers said the frog lives only on one mountain and may already be endangered this year."),
    ("The bakery on Main Street sold its last loaf after fifty years, its owners said on Friday. "
    "Customers lined up for bread and cakes and said the town would miss the smell of fresh rolls."),
]


# Word lists of three unrelated topics, for stream and consolidation tests that need stories far apart.
MALARIA = ["malaria", "mosquito", "nets", "parasite", "swamp", "quinine", "larvae", "bednet", "spray", "fever"]
CHOLERA = ["cholera", "water", "sanitation", "latrine", "diarrhoea", "wells", "chlorine", "sewage", "pipes",
           "rehydration"]
VOTE = ["election", "vote", "ballot", "parliament", "party", "candidate", "poll", "campaign", "minister", "coalition"]


# Two topics of plain words, three texts each (`write_topic_corpus`): two stories for the CLI tests.
CORPUS_TOPICS = {
    "flood": "flood river water rain valley evacuate rescue boats levee dam storm rainfall",
    "vote": "election vote ballot parliament party candidate poll campaign minister coalition",
}


def write_topic_corpus(d: Path) -> None:
    """Three titled text files per topic of ``CORPUS_TOPICS`` ("flood0.txt" ... "vote2.txt") in the folder ``d``."""
    rng = random.Random(5)
    for topic, vocab in CORPUS_TOPICS.items():
        words = vocab.split()
        for i in range(3):
            body = ". ".join(" ".join(rng.choice(words) for _ in range(12)).capitalize() for _ in range(8))
            (d / f"{topic}{i}.txt").write_text(f"{topic.title()} report {i}\n\n{body}.\n", encoding="utf-8")


def topic_text(rng: random.Random, own: list[str], other: list[str] | None = None, share: float = 0.0) -> str:
    """60 words drawn from a topic's list, about ``share`` of them from another topic's."""
    return " ".join(rng.choice(other) if other and rng.random() < share else rng.choice(own) for _ in range(60)) + "."


def topic_articles(rng: random.Random, words: list[str], key: str, title: str, days: Sequence[int]) -> list[Article]:
    """One article per day of March 2024 (ids ``key0``, ``key1``, ...; titles "``title`` 0", ...) on one topic."""
    return [make_article(topic_text(rng, words), id=f"{key}{i}", title=f"{title} {i}", date=f"2024-03-{d:02d}")
            for i, d in enumerate(days)]


# Three documents of one invented flood story, for the summarization evaluation's tests.
FLOOD_DOC_A = (
    "Floodwaters forced the evacuation of 3,000 residents from Millbrook on Tuesday.\n\n"
    "Engineers warned that the old dam upstream could fail if the rain continued.\n\n"
    "Mayor Ellen Park said two emergency shelters had opened in the high school."
)
FLOOD_DOC_B = (
    "About 3,000 residents of Millbrook were evacuated on Tuesday as floodwaters rose.\n\n"
    "State police closed three highways into the valley after mudslides blocked lanes.\n\n"
    "The old dam upstream of Millbrook could fail if heavy rain continued, engineers said."
)
FLOOD_DOC_C = "Crews began repairing the Millbrook dam on Friday after the rain stopped and the water fell."


# Two invented reports of one crash that say otherwise on two points: whether the driver had been drinking, and
# whether the truck overturned near Kilkenny or near Carlow (tests of citations against the comparison).
CRASH_DRINKING = ("A truck overturned on the M9 motorway near Kilkenny on Tuesday night, closing both lanes for six hours, "
     "police said. Police said the driver had been drinking before the crash. The driver, a 52-year-old man, was "
     "taken to hospital in Waterford with minor injuries. The road reopened at 4 a.m. on Wednesday.")
CRASH_NOT_DRINKING = ("Both lanes of the M9 were shut for six hours after a lorry overturned near Carlow late on Tuesday, police "
     "said. Police said the driver had not been drinking before the crash. Gardai are examining the lorry's brakes "
     "and tyres at a depot in Portlaoise. The driver, a 52-year-old man, was taken to hospital in Waterford with "
     "minor injuries. Traffic was diverted through Paulstown and Gowran overnight while cranes lifted the trailer. "
     "The road reopened at 4 a.m. on Wednesday.")


BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def load_benchmark(name: str) -> ModuleType:
    """A script of benchmarks/ (``name`` without ".py") imported as a module, registered in sys.modules under
    ``newsdesk_<name>_benchmark`` (so what it defines pickles for a worker process)."""
    spec = importlib.util.spec_from_file_location(f"newsdesk_{name}_benchmark", BENCHMARKS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
