"""An update brief (``since=``) leaves out what the reader has already read, also when it is reworded."""

from __future__ import annotations

import numpy as np
import pytest

from newsdesk.brief import summarize
from newsdesk.brief.novelty import MIN_TERMS, containment
from newsdesk.brief.similarity import content, tokens
from newsdesk.config import BriefConfig
from newsdesk.model import Article

SEEN_CRASH = ("Mayor Ellen Park of Millbrook was pulled from the wreck hours after the crash on Route 9 and died in "
              "hospital two days later, police said.")
SEEN_OTHER = "Three other passengers were treated for minor injuries and released the same night."
# The seen fact in other words: its TF-IDF cosine to SEEN_CRASH is under the 0.6 block.
REPEAT = "Park was taken to a hospital, where the mayor died two days after the Route 9 crash."
INQUIRY = ("The state transport board opened an inquiry into the crash on Friday and asked the bus operator for its "
           "maintenance records.")
SWORN_IN = "Deputy mayor Tom Reyes was sworn in as acting mayor at a short ceremony in the town hall on Thursday."
BRAKES = "The inquiry board said the bus operator had failed two brake inspections in the last year."


def art(aid: str, *sentences: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text="\n\n".join(sentences))


def terms(text: str) -> list[str]:
    return content(tokens(text))


def new_articles() -> list[Article]:
    return [
        art("n1", REPEAT, INQUIRY, SWORN_IN),
        art("n2", SWORN_IN.replace("on Thursday", "Thursday"), REPEAT.replace("a hospital", "hospital"), BRAKES),
    ]


def test_a_reworded_seen_fact_is_left_out_of_the_update() -> None:
    plain = [s.text for s in summarize(new_articles(), BriefConfig(words=60)).sentences]
    assert any(t.startswith("Park was taken to") for t in plain), "without since the restatement is news"
    update = [s.text for s in summarize(new_articles(), BriefConfig(words=60),
                                        since=[art("old", SEEN_CRASH, SEEN_OTHER)]).sentences]
    assert update and not any(t.startswith("Park was taken to") for t in update), update
    assert SWORN_IN in update or INQUIRY in update or BRAKES in update


def test_containment_of_a_restatement_and_of_a_new_fact() -> None:
    held = containment([terms(REPEAT), terms(INQUIRY), terms(SWORN_IN)], [terms(SEEN_CRASH), terms(SEEN_OTHER)])
    assert held[0] >= 0.7  # nearly all its words are in one seen sentence
    assert held[1] < 0.5 and held[2] < 0.5  # the story's name words alone do not make a repeat


def test_containment_edge_cases() -> None:
    assert containment([], [terms(SEEN_CRASH)]).shape == (0,)
    assert containment([terms(REPEAT)], []).tolist() == [0.0]
    short = ["mayor", "die"]
    assert len(short) < MIN_TERMS
    assert containment([short], [terms(SEEN_CRASH)]).tolist() == [0.0]  # too short to judge
    assert containment([terms(SEEN_CRASH)], [terms(SEEN_CRASH)]).tolist() == pytest.approx([1.0])


def test_containment_is_by_one_seen_sentence_not_their_union() -> None:
    # Each half of the sentence's words was seen, but never together: that is no restatement.
    halves = [terms("Mayor Ellen Park of Millbrook opened the new bridge."),
              terms("The transport board asked for maintenance records.")]
    whole = terms("Mayor Ellen Park of Millbrook asked the transport board for maintenance records.")
    assert containment([whole], halves)[0] < 0.7


def test_held_agrees_on_sparse_dense_and_blocked_products(monkeypatch: pytest.MonkeyPatch) -> None:
    from scipy import sparse

    from newsdesk.brief import novelty

    cands = [terms(REPEAT), terms(INQUIRY), terms(SWORN_IN), terms(BRAKES)]
    seen = [terms(SEEN_CRASH), terms(SEEN_OTHER), terms(INQUIRY)]
    expected = containment(cands, seen)
    vocab = sorted({t for row in cands + seen for t in row})
    dense = np.array([[0.5 if t in row else 0.0 for t in vocab] for row in cands + seen])  # weights, not 0/1
    dense[0, vocab.index(terms(REPEAT)[0])] = 0.0  # a zero cell is no term, stored or not
    with_zero = containment([terms(REPEAT)[1:], *cands[1:]], seen)
    assert novelty.held(dense[:4], dense[4:]) == pytest.approx(with_zero)
    col = vocab.index(terms(REPEAT)[0])
    filled = dense.copy()
    filled[0, col] = 0.5
    stored = sparse.csr_matrix(filled)
    stored.data[list(stored.indices[: stored.indptr[1]]).index(col)] = 0.0  # an explicitly stored zero
    assert stored.nnz == np.count_nonzero(filled)
    assert novelty.held(stored[:4], stored[4:]) == pytest.approx(with_zero)
    monkeypatch.setattr(novelty, "_BLOCK_CELLS", 1)  # one candidate row at a time
    assert containment(cands, seen) == pytest.approx(expected)
    assert expected[1] == pytest.approx(1.0)  # INQUIRY itself was seen
