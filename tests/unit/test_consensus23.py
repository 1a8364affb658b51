"""Consensus, stop 23: an agency named in full by one article and by its credit in another is one source."""

from __future__ import annotations

from newsdesk.compare import compare
from newsdesk.model import Article

CORE_A = "Flood water from the Varn river has closed the main rail line between Ostby and Kell for a week."
CORE_B = "OSTBY (AP) — The main rail line between Ostby and Kell is closed for a week by flood water from the Varn river."


def test_the_associated_press_and_an_ap_credit_are_one_source() -> None:
    a = Article(id="a1", source="a1.txt", text=f"{CORE_A} Engineers are inspecting three bridges.",
                outlet="The Associated Press")
    b = Article(id="b1", source="b1.txt", text=f"{CORE_B} Buses will replace the trains.", outlet="Valley Post")
    fact = next(f for f in compare([a, b]).facts if {"a1", "b1"} <= set(f.articles))
    assert fact.sources == ("AP",)
    assert fact.independent_sources == 1
