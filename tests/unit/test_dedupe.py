"""Exact, near and wire duplicate detection."""

from __future__ import annotations

import pickle

from builders import make_article
from newsdesk.config import DedupConfig
from newsdesk.dedupe import duplicate_ids, find_duplicates, link, signature
from newsdesk.dedupe.wire import detect_wire

BODY = " ".join(
    f"Sentence number {i} says the flood in the valley town of Rivertown rose by {i} metres overnight."
    for i in range(30)
)
QUOTE = (
    "The river will crest tomorrow morning and every family living below the old bridge must leave now, "
    "the mayor told reporters on Tuesday. Rescue teams from three provinces arrived with boats, trucks "
    "and food for about two thousand people who spent the night in the school gym."
)


def test_exact_copy_ignores_case_and_punctuation() -> None:
    a = make_article(BODY, id="a1", date="2024-01-01")
    b = make_article(BODY.upper().replace(".", "!"), id="a2", date="2024-01-02")
    links = find_duplicates([a, b])
    assert [(d.a, d.b, d.kind, d.original) for d in links] == [("a1", "a2", "exact", "a1")]
    assert duplicate_ids(links) == {"a2"}


def test_near_copy_threshold_is_configurable() -> None:
    a = make_article(BODY, id="a1")
    b = make_article(BODY.replace("number 7 says", "number 7 states"), id="a2")
    assert [d.kind for d in link([signature(x, DedupConfig()) for x in (a, b)], DedupConfig())] == ["near"]
    strict = DedupConfig(near_threshold=0.99)
    assert link([signature(x, strict) for x in (a, b)], strict) == []


def test_unrelated_articles_are_not_linked() -> None:
    a = make_article(BODY, id="a1")
    b = make_article("Completely different words about a football match and its goals. " * 20, id="a2")
    assert find_duplicates([a, b]) == []


def test_signature_is_picklable_and_deterministic() -> None:
    a = make_article(BODY, id="a1")
    s1, s2 = signature(a, DedupConfig()), pickle.loads(pickle.dumps(signature(a, DedupConfig())))
    assert (s1.bands == s2.bands).all() and (s1.mins == s2.mins).all()


def test_wire_passage_between_outlets_names_original() -> None:
    a = make_article("Floods hit the north. " + QUOTE + " Local shops stayed closed.", id="w1",
                     outlet="Daily", date="2024-01-02")
    b = make_article("(Reuters) - Officials said: " + QUOTE + " More rain is expected on Friday.", id="w2",
                     outlet="Wire", date="2024-01-03")
    c = make_article("Something else entirely about the elections and the budget in the capital. " * 5,
                     id="w3", outlet="Other")
    links = detect_wire([a, b, c], DedupConfig())
    assert len(links) == 1
    (d,) = links
    assert (d.a, d.b, d.kind) == ("w1", "w2", "wire")
    assert d.original == "w2"  # explicit credit beats the earlier date
    assert "mayor told reporters" in d.passages[0]


def test_same_outlet_is_not_wire() -> None:
    a = make_article("Intro one. " + QUOTE, id="w1", outlet="Daily")
    b = make_article("Intro two here. " + QUOTE, id="w2", outlet="daily")
    assert detect_wire([a, b], DedupConfig()) == []


def test_empty_input() -> None:
    assert find_duplicates([]) == []


def test_one_token_pass_feeds_all_three_signatures() -> None:
    """``signals`` tokenizes once and gives exactly what the three map steps give on their own."""
    import numpy as np

    from newsdesk.cluster import features
    from newsdesk.dedupe import signals
    from newsdesk.dedupe.exact import exact_key
    from newsdesk.dedupe.wire import wire_signature

    cfg = DedupConfig()
    texts = [
        BODY + " " + QUOTE,
        "Ｆｕｌｌ　width ﬁgures: Dr. Smith met Gov. Brown in Calif. on Jan. 5.\n\nThe U.S. team left. ① more.",
        "",
    ]
    for n, text in enumerate(texts):
        art = make_article(text, id=f"t{n}", title="Flood title")
        s = signals(art, cfg)
        alone = signature(art, cfg)
        wire = wire_signature(art, cfg)
        feats = features(art)
        assert s.dup.exact == alone.exact == exact_key(text)
        assert np.array_equal(s.dup.bands, alone.bands) and np.array_equal(s.dup.mins, alone.mins)
        assert np.array_equal(s.wire.hashes, wire.hashes) and np.array_equal(s.wire.positions, wire.positions)
        assert np.array_equal(s.wire.sentence_starts, wire.sentence_starts)
        assert np.array_equal(s.features.terms, feats.terms) and np.array_equal(s.features.counts, feats.counts)
        assert pickle.loads(pickle.dumps(s)).dup.exact == s.dup.exact


def test_find_duplicates_uses_the_shared_map_step() -> None:
    """The one token pass (``signals``) gives the links that each signature computed on its own gives."""
    from newsdesk.dedupe import (
        find_wire,
        link,
        links_from_signals,
        merge_links,
        signals_table,
        signature,
        wire_links,
        wire_signature,
    )

    arts = [make_article(BODY, id="a1", outlet="x"), make_article(BODY.upper(), id="a2", outlet="y"),
            make_article("Floods hit the north. " + QUOTE + " Local shops stayed closed.", id="w1", outlet="z"),
            make_article("(Reuters) - Officials said: " + QUOTE + " More rain is expected on Friday.", id="w2",
                         outlet="w")]
    cfg = DedupConfig()
    copies = link([signature(a, cfg) for a in arts], cfg)  # each signature tokenizes the text itself
    matches = find_wire([wire_signature(a, cfg) for a in arts], cfg, exclude={(d.a, d.b) for d in copies})
    separate = merge_links(copies, wire_links(matches, {a.id: a for a in arts}))
    assert {(d.a, d.b, d.kind) for d in separate} == {("a1", "a2", "exact"), ("w1", "w2", "wire")}
    assert find_duplicates(arts, cfg) == separate
    assert links_from_signals(signals_table(arts, cfg), arts, cfg) == separate  # the table form too


def test_wire_candidates_do_not_depend_on_the_slicing(monkeypatch) -> None:
    import numpy as np

    from newsdesk.dedupe import wire

    arts = [make_article(f"Lead {i} of the day. " + QUOTE + f" Closing line number {i} here.", id=f"c{i}",
                         outlet=f"o{i}") for i in range(6)]
    sigs = [wire.wire_signature(a) for a in arts]
    whole = wire._candidates(sigs)
    monkeypatch.setattr(wire, "ANCHOR_BLOCK", 3)  # many hash slices
    assert whole.shape[0] == 15 and np.array_equal(wire._candidates(sigs), whole)


def test_the_in_process_map_reports_progress_as_it_goes() -> None:
    from newsdesk.config import DedupConfig
    from newsdesk.dedupe import PROGRESS_EVERY, map_signals

    arts = [make_article(f"Report number {i} on the harbour ferry strike and the pay offer.", id=f"p{i}")
            for i in range(PROGRESS_EVERY * 2 + 3)]
    seen: list[tuple[str, int, int | None]] = []
    sigs = map_signals(arts, DedupConfig(), progress=lambda *a: seen.append(a))
    assert len(sigs) == len(arts)
    assert seen == [("dedupe", PROGRESS_EVERY, len(arts)), ("dedupe", 2 * PROGRESS_EVERY, len(arts))]
