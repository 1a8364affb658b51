"""Column tables of the map output (what a million-article run holds) give the same reduces as objects."""

from __future__ import annotations

import random

import numpy as np

from builders import make_article
from newsdesk.cluster import cluster_features, features
from newsdesk.cluster.batch import project, vectorize
from newsdesk.cluster.features import FeatureTable, concat_tables
from newsdesk.config import ClusterConfig, DedupConfig
from newsdesk.dedupe import SignalTable, find_wire, link, match_wire, signals, signals_table
from newsdesk.dedupe import wire as wire_mod

QUOTE = (
    "The river will crest tomorrow morning and every family living below the old bridge must leave now, "
    "the mayor told reporters on Tuesday. Rescue teams from three provinces arrived with boats, trucks "
    "and food for about two thousand people who spent the night in the school gym."
)
TOPICS = ("flood river rain levee dam storm water town", "vote ballot party poll campaign minister seat law")


def _corpus() -> list:
    rng = random.Random(3)
    arts = []
    for t, vocab in enumerate(TOPICS):
        words = vocab.split()
        for i in range(6):
            body = " ".join(rng.choice(words) for _ in range(50)) + "."
            if i % 2 == 0:
                body += " " + QUOTE
            arts.append(make_article(body, id=f"t{t}a{i}", outlet=f"o{i}", date=f"2024-01-0{1 + i % 5}"))
    arts.append(make_article(arts[0].text.upper(), id="copy0", outlet="o9"))
    arts.append(make_article(arts[2].text.replace("school gym", "school hall"), id="near2", outlet="o8"))
    arts.append(make_article("Short.", id="tiny", outlet="o7"))  # no shingles beyond one, no anchors
    return arts


def test_chunk_tables_concatenate_to_the_whole_and_are_released() -> None:
    arts, cfg = _corpus(), DedupConfig()
    whole = signals_table(arts, cfg)
    chunks = [signals_table(arts[s : s + 4], cfg) for s in range(0, len(arts), 4)]
    joined = SignalTable.concat(chunks)
    assert chunks == []  # each chunk is dropped once copied
    for part in ("dup", "wire", "features"):
        a, b = getattr(whole, part), getattr(joined, part)
        for name in a.__slots__:
            x, y = getattr(a, name), getattr(b, name)
            assert (x == y if isinstance(x, list) else np.array_equal(x, y)), (part, name)


def test_reduces_on_tables_equal_reduces_on_objects() -> None:
    arts, cfg = _corpus(), DedupConfig()
    sigs = [signals(a, cfg) for a in arts]
    table = SignalTable.of(sigs, cfg)
    links = link([s.dup for s in sigs], cfg)
    assert links == link(table.dup, cfg)
    assert {d.kind for d in links} == {"exact", "near"}
    exclude = {(d.a, d.b) for d in links}
    matches = find_wire([s.wire for s in sigs], cfg, exclude)
    assert matches and matches == find_wire(table.wire, cfg, exclude)
    cols = match_wire(table.wire, cfg, exclude)
    ids = table.wire.ids
    assert sorted((ids[a], ids[b]) for a, b in zip(cols.a, cols.b, strict=True)) == [(m.a, m.b) for m in matches]
    assert cols.span_ptr[-1] == cols.spans.shape[0] == sum(len(m.spans) for m in matches)


def test_wire_slices_handle_articles_without_anchors(monkeypatch) -> None:
    cfg = DedupConfig()
    arts = [make_article(f"Lead {i} of the day. " + QUOTE + f" Closing line number {i} here.", id=f"c{i}",
                         outlet=f"o{i}") for i in range(5)]
    empty = make_article("Too short.", id="e", outlet="oe")
    mixed = [empty, arts[0], empty, arts[1], arts[2], empty, arts[3], arts[4], empty, empty]
    table = signals_table(mixed, cfg).wire
    whole, matches = wire_mod._candidates(table), match_wire(table, cfg)
    monkeypatch.setattr(wire_mod, "ANCHOR_BLOCK", 3)  # many hash slices, empty segments inside and at the end
    monkeypatch.setattr(wire_mod, "PAIR_BLOCK", 4)  # pair keys spilled to several key-range files
    assert whole.shape[0] == 10 and np.array_equal(wire_mod._candidates(table), whole)
    again = match_wire(table, cfg)
    assert len(matches) == 10 and all(np.array_equal(getattr(matches, c), getattr(again, c)) for c in matches.__slots__)


def test_clustering_a_table_equals_clustering_objects_and_projection_follows_the_order() -> None:
    rng = random.Random(5)
    arts = []
    for t, vocab in enumerate(TOPICS):
        words = vocab.split() + [f"w{t}{k}" for k in range(30)]
        arts += [make_article(" ".join(rng.choice(words) for _ in range(40)), id=f"s{t}{i:03d}",
                              date=f"2024-02-{1 + rng.randrange(20):02d}") for i in range(60)]
    feats = [features(a) for a in arts]
    cfg = ClusterConfig()
    assert cluster_features(FeatureTable.of(feats), cfg) == cluster_features(feats, cfg)
    x = vectorize(feats).matrix
    order = np.array(rng.sample(range(len(arts)), len(arts)))
    a, b = project(x, 10, order), project(x[order], 10)
    assert a.shape == (120, 10) and np.array_equal(a.toarray(), b.toarray())


def test_concat_of_one_table_is_that_table() -> None:
    t = FeatureTable.of([features(make_article("Floods hit the city.", id="a"))])
    assert concat_tables([t]) is t
