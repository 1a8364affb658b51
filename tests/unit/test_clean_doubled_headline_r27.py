"""A doubled headline is split off only where a sentence follows it (R27: names said twice inside a sentence were cut
off the sentence and dropped with the page header)."""

from __future__ import annotations

from newsdesk.clean.headlines import split_doubled_headline

HEAD = "Ferry Runs Aground Off Kestrel Point In Heavy Fog"


def test_a_run_said_twice_inside_a_sentence_stays() -> None:
    line = "Ames Bell Cole Dunn Ames Bell Cole Dunn drew their matches on Saturday, the league said."
    assert split_doubled_headline(line) == line


def test_a_lede_opening_with_a_figure_or_a_quote_is_split_off() -> None:
    assert split_doubled_headline(f"{HEAD} {HEAD} 212 passengers were taken off.") == (
        f"{HEAD}\n\n212 passengers were taken off.")
    assert split_doubled_headline(f"{HEAD} {HEAD} “We were lucky,” a passenger said.") == (
        f"{HEAD}\n\n“We were lucky,” a passenger said.")
