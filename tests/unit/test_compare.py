"""Cross-source comparison on small invented articles: conflicts of each kind, corroboration, independence."""

from __future__ import annotations

import json

from newsdesk.compare import compare, render_comparison_markdown
from newsdesk.model import Article, DupLink

BASE = ("The storm reached the coast of Marovia on Tuesday. "
        "Officials said 40 people were killed in the flooding near Port Alder. "
        "The Harbour Authority has closed the main port until further notice.")


def art(aid: str, text: str, outlet: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, outlet=outlet)


def kinds(comp) -> set[str]:
    return {c.kind for c in comp.conflicts}


def test_number_conflict_found_with_both_sides():
    a = art("a", BASE)
    b = art("b", BASE.replace("40 people", "75 people"))
    comp = compare([a, b])
    num = [c for c in comp.conflicts if c.kind == "number"]
    assert num, comp.conflicts
    values = {s.value for s in num[0].sides}
    assert any("40" in v for v in values) and any("75" in v for v in values)
    assert {x for s in num[0].sides for x in s.articles} == {"a", "b"}


def test_vague_quantities_conflict():
    a = art("a", "Hundreds of soldiers have arrived in the border town to join the offensive, officials said.")
    b = art("b", "Thousands of soldiers have arrived in the border town to join the offensive, officials said.")
    assert "number" in kinds(compare([a, b]))


def test_date_conflict():
    a = art("a", BASE)
    b = art("b", BASE.replace("Tuesday", "Friday"))
    assert "date" in kinds(compare([a, b]))


def test_place_conflict():
    a = art("a", BASE)
    b = art("b", BASE.replace("near Port Alder", "near Kelso Bay"))
    comp = compare([a, b])
    place = [c for c in comp.conflicts if c.kind == "place"]
    assert place and {s.value for s in place[0].sides} == {"Port Alder", "Kelso Bay"}


def test_actor_conflict():
    a = art("a", BASE)
    b = art("b", BASE.replace("The Harbour Authority", "The Coast Guard Service"))
    assert "actor" in kinds(compare([a, b]))


def test_negation_conflict():
    a = art("a", BASE)
    b = art("b", BASE.replace("has closed", "has not closed"))
    assert "denial" in kinds(compare([a, b]))


def test_claim_and_denial():
    a = art("a", "Opposition leader Maria Velde said government troops shelled the village of Ostra overnight.")
    b = art("b", "Defence Minister Tomas Brandt denied that government troops shelled the village of Ostra.")
    comp = compare([a, b])
    assert "denial" in kinds(comp)


def test_identical_articles_have_no_conflict_and_one_fact():
    comp = compare([art("a", BASE), art("b", BASE)])
    assert comp.conflicts == ()
    assert comp.facts and all(set(f.articles) == {"a", "b"} for f in comp.facts)


def test_relayed_wire_report_counts_once():
    wire = ("Two officials told Reuters that the ministry will cut fuel subsidies by half next month. "
            "The cut was approved by the cabinet on Monday, the officials said.")
    a = art("a", wire, outlet="Daily One")
    b = art("b", "Reuters reported on Monday: " + wire, outlet="Daily Two")
    c = art("c", "The ministry will cut fuel subsidies by half next month, a spokesman told the Herald Tribune. "
            "The cut was approved by the cabinet on Monday.", outlet="Herald Tribune")
    comp = compare([a, b, c])
    top = next(f for f in comp.facts if "subsidies" in f.text)
    assert set(top.articles) == {"a", "b", "c"}
    assert top.independent_sources == 2
    assert "Reuters" in top.sources


def test_duplinks_merge_sources():
    text = "The bridge over the river collapsed after heavy rain, the mayor's office said in a statement."
    a, b = art("a", text, outlet="One"), art("b", text, outlet="Two")
    plain = compare([a, b])
    linked = compare([a, b], links=[DupLink("a", "b", "exact", 1.0, original="a")])
    assert plain.facts[0].independent_sources == 2
    assert linked.facts[0].independent_sources == 1


def test_anonymous_only_marked():
    a = art("a", "Two senior officials said the army will withdraw from the northern province next week.")
    b = art("b", "The army will withdraw from the northern province next week, a diplomat said.")
    fact = compare([a, b]).facts[0]
    assert fact.anonymous_only
    assert {x.kind for x in fact.attribution} == {"anonymous"}


def test_json_shape_and_markdown():
    a = art("a", BASE)
    b = art("b", BASE.replace("40 people", "75 people"))
    comp = compare([a, b])
    data = json.loads(json.dumps(comp.to_dict()))
    assert set(data) >= {"facts", "single_source", "conflicts"}
    assert {"kind", "sides"} <= set(data["conflicts"][0])
    md = render_comparison_markdown(comp, {"a": 1, "b": 2})
    assert md.startswith("## Where sources differ")
    assert "[1]" in md and "[2]" in md


def test_empty_and_single_article():
    assert compare([]).conflicts == ()
    one = compare([art("a", BASE)])
    assert one.conflicts == () and one.facts == ()


def test_paraphrased_negation_conflict():
    a = art("a", "The mayor of Dunmore was arrested after the investigation into the city budget fraud, police said.")
    b = art("b", "Police said that despite the budget fraud investigation, the Dunmore mayor has not been arrested.")
    assert "denial" in kinds(compare([a, b]))


def test_denial_matched_to_the_claim_it_denies():
    a = art("a", "Opposition leader Maria Velde told reporters that government airstrikes killed 20 civilians in Ostra.")
    b = art("b", "The weather in Ostra was cold and wet all week, residents said. "
            "Defence Minister Tomas Brandt denied claims that his air force had killed civilians.")
    den = [c for c in compare([a, b]).conflicts if c.kind == "denial"]
    assert den and any("20 civilians" in s.text for s in den[0].sides)


def test_paraphrased_number_conflict_same_unit():
    a = art("a", "Regulators said the new rule covers wetlands of at least half an acre, compared with three acres before.")
    b = art("b", "The new rule covers any wetland of half an acre or more, regulators said, compared with ten acres before.")
    # "three acres" / "ten acres": same unit noun in paraphrased sentences
    num = [c for c in compare([a, b]).conflicts if c.kind == "number"]
    assert num and {s.value.split()[0] for s in num[0].sides} == {"three", "ten"}


def test_ranges_and_different_units_are_not_conflicts():
    a = art("a", "Malaria sickens between 300 and 500 million people every year, the health agency said.")
    b = art("b", "Malaria sickens about 400 million people every year and kills 2 million, the health agency said.")
    c = art("c", "Each year the health agency counts 12 regional offices fighting malaria in 40 countries.")
    assert "number" not in kinds(compare([a, b, c]))


def test_sentence_initial_words_are_not_names():
    a = art("a", "\"Maybe the harbour will reopen next week after the storm damage is repaired,\" the mayor said.")
    b = art("b", "\"Perhaps the harbour will reopen next week after the storm damage is repaired,\" the mayor said.")
    assert not {"actor", "place"} & kinds(compare([a, b]))


def test_independent_reports_give_different_places_and_targets():
    wire = "Officials told Reuters that the coming offensive will be focused in the Varna and Tolk countryside."
    a = art("a", wire + " The offensive will be against rebels, Reuters reported.", outlet="Daily One")
    b = art("b", "Officials told the Associated Press the troops will begin an operation near Serin imminently. "
            "The offensive will be against the so-called Crimson Legion, the Associated Press reported.",
            outlet="Capital Post")
    comp = compare([a, b])
    place = [c for c in comp.conflicts if c.kind == "place"]
    assert place and {s.value for s in place[0].sides} == {"Varna and Tolk countryside (per Reuters)", "Serin (per AP)"}


def test_markdown_section_is_capped_and_quotes_truncated():
    sentences = [f"The council approved budget item number {k} for the northern district schools on Monday after a long debate "
                 f"about costs, delays and the many objections raised by residents of the area." for k in range(12)]
    a = art("a", " ".join(sentences), outlet="Gazette")
    b = art("b", " ".join(sentences[:9]), outlet=None)
    md = render_comparison_markdown(compare([a, b]), {"a": 1, "b": 2})
    assert "newsdesk compare for all" in md
    assert md.count("\n- ") <= 15
    quoted = [line for line in md.splitlines() if line.startswith("- “")]
    assert quoted and all(len(line.split("”")[0].split()) <= 27 for line in quoted)
    assert "b.txt" in md  # an article without an outlet is named by its file, never by its title
    full = render_comparison_markdown(compare([a, b]), {"a": 1, "b": 2}, limit=None)
    assert "newsdesk compare for all" not in full
