"""Lead fixes of stop 31 (U30 #1 and U31's review): contradictions a reader must not miss."""

from __future__ import annotations

import numpy as np

from newsdesk.compare import compare
from newsdesk.compare.claims import article_claims
from newsdesk.compare.conflicts.pairing import _magnitude, anchored_conflicts
from newsdesk.compare.consensus import index_claims
from newsdesk.model import Article


def _art(n: int, text: str) -> Article:
    return Article(id=f"a{n}", source=f"a{n}.txt", text=text)


def _anchored(*texts: str) -> list[tuple[str, str, str]]:
    idx = index_claims([article_claims(_art(n, t)) for n, t in enumerate(texts)])
    n = len(idx.claims)
    return [(kind, va, vb) for _, _, kind, va, vb in anchored_conflicts(idx, np.zeros((n, n), bool), 1.0, True)]


FLOOD_A = ("Flood waters rose across Millbrook on Tuesday as the Cedar River left its banks.\n\n"
           "The river crested at 14 feet, about 30 miles south of the state capital.\n\n"
           "Hundreds of residents were evacuated from low-lying neighborhoods, officials said.")
FLOOD_B = ("Residents of Millbrook fled their homes on Tuesday as the Cedar River flooded streets.\n\n"
           "The river crested at 19 feet late Tuesday, the National Weather Service said.\n\n"
           "Hundreds of people were moved to shelters, the county said.")


def test_one_measure_given_two_values_in_sentences_worded_apart_is_a_conflict():
    conflicts = compare([_art(0, FLOOD_A), _art(1, FLOOD_B)]).conflicts
    numbers = [c for c in conflicts if c.kind == "number"]
    assert numbers and {s.value for s in numbers[0].sides} == {"14 feet", "19 feet"}


def test_a_distance_to_a_place_is_no_measure_of_the_story():
    # two towns placed at two distances from one city: two facts, not one fact told twice
    hits = _anchored("Ashford, a farming town of 2,000 people, lies 30 miles south of the capital, officials said.",
                     "Brill, a farming town of 900 people, lies 45 miles south of the capital, the mayor said.")
    assert not any("miles" in va for _, va, _ in hits)


def test_magnitude_reads_the_words_around_the_length():
    toks = "the river crested at 14 feet late Tuesday".split()
    assert _magnitude(toks, 4)
    assert not _magnitude("it lies 30 miles south of the capital".split(), 2)
    assert not _magnitude("everyone within 5 miles of the plant".split(), 2)
    assert not _magnitude("the wall is 20 feet long".split(), 3)


def test_a_group_on_the_record_is_unnamed_and_a_withheld_source_anonymous():
    from newsdesk.compare import render_comparison_markdown
    from newsdesk.compare.anonymity import withheld
    from newsdesk.model import Attribution, Comparison, Fact

    assert withheld("two Lebanese sources") and withheld("a U.S. defense official") and withheld("people familiar")
    assert not withheld("Syrian officials") and not withheld("activists") and not withheld("residents")
    group = Fact("Officials denied the claims.", ("a",), 1, (Attribution("Syrian officials", "anonymous", "a"),),
                 anonymous_only=True)
    source = Fact("Troops arrived last week.", ("b",), 1, (Attribution("two sources", "anonymous", "b"),),
                  anonymous_only=True)
    both = Fact("The border crossing at Kessab was closed on Sunday.", ("a",), 1,
                (Attribution("officials", "anonymous", "a"), Attribution("a diplomat", "anonymous", "a")),
                anonymous_only=True)
    text = render_comparison_markdown(Comparison(single_source=(group, source, both)), {"a": 1, "b": 2}, limit=None)
    assert "Syrian officials (unnamed) [1]. *Unnamed sources only.*" in text
    assert "two sources (anonymous) [2]. *Anonymous sources only.*" in text
    assert "*Anonymous or unnamed sources only.*" in text


def test_one_conflict_found_by_two_rules_is_listed_once():
    a = ("Europe's new currency will not compete with the U.S. dollar, central bank chief Hans Moller said Thursday.\n\n"
         "The bank will set one interest rate for all eleven member countries from January.")
    b = ("Europe's new currency will rival the U.S. dollar over the long term, a magazine quoted central bank chief "
         "Hans Moller as saying Sunday.\n\nThe bank will set one interest rate for the eleven member countries.")
    dates = [c for c in compare([_art(0, a), _art(1, b)]).conflicts if c.kind == "date"]
    assert len(dates) == 1 and {s.text[:6] for s in dates[0].sides} == {"Europe"}


def test_the_chairman_named_earlier_is_on_the_record_and_reports_are_no_people():
    from newsdesk.compare import render_comparison_markdown
    from newsdesk.model import Attribution, Comparison, Fact

    text = ("Federal Reserve Chairman Alan Greenspan spoke to the Senate banking committee on Tuesday.\n\n"
            "The surplus should pay down the national debt, the Fed chairman said.")
    claim = next(c for c in article_claims(_art(0, text)).claims if "surplus" in c.text)
    assert [s.who for s in claim.speakers] == ["the Fed chairman"]  # an office: on the record, no "(anonymous)"
    md = render_comparison_markdown(Comparison(single_source=(Fact(claim.text, ("a",), 1, (
        Attribution("the Fed chairman", "anonymous", "a"),)),)), {"a": 1}, limit=None)
    assert "the Fed chairman [1]" in md
    # a story has many chairmen and ambassadors (R31 #3): "the Russian ambassador" is not the U.S. one named before
    other = ("U.S. Ambassador John Miller met the prime minister on Monday.\n\n"
             "The talks went well, the Russian ambassador said on Tuesday.")
    said = next(c for c in article_claims(_art(1, other)).claims if "talks" in c.text)
    assert "John Miller" not in [s.who for s in said.speakers]
    fact = Fact("Four suspects were arrested on Friday.", ("a",), 1,
                (Attribution("Media reports in Tanzania", "anonymous", "a"),), anonymous_only=True)
    md = render_comparison_markdown(Comparison(single_source=(fact,)), {"a": 1}, limit=None)
    assert "Media reports in Tanzania [1]" in md and "(anonymous)" not in md


MILESTONES = ("Here are the key dates in the town's dispute with Brightwater Mills:\n\n"
              "March 4, 2009 _ The county opens an inquiry into the mill's discharges. The mill denies wrongdoing.\n\n"
              "Oct. 12, 2013 _ The county drops its inquiry. The state says it will take over the case.\n\n"
              "June 2 _ A state court rules that the mill broke its 2001 permit.")
MILL_NEWS = ("A judge on Friday ordered Brightwater Mills to pay $12 million to clean up the river, ending a long fight "
             "over its discharges.\n\nJudge Rosa Tan said the mill had polluted the river for a decade. "
             "The mill said it would appeal.")


def test_a_chronology_is_history_not_news():
    from newsdesk.brief import summarize
    from newsdesk.chronology import chronology_sentences
    from newsdesk.config import BriefConfig

    history = chronology_sentences(MILESTONES)
    assert "The state says it will take over the case." in history and not chronology_sentences(MILL_NEWS)
    brief = summarize([_art(0, MILESTONES), _art(1, MILL_NEWS)], BriefConfig(words=80))
    text = " ".join(s.text for s in brief.sentences)
    assert text.startswith("A judge on Friday") and "take over the case" not in text and " _ " not in text
    comparison = compare([_art(0, MILESTONES), _art(1, MILL_NEWS)])
    assert not any("take over the case" in f.text for f in comparison.facts + comparison.single_source)


def test_one_dated_line_is_no_chronology():
    assert not chronology_sentences_of("Sept. 11 _ The anniversary was marked with a minute of silence.\n\n"
                                       "Officials laid wreaths at the memorial.")


def chronology_sentences_of(text: str) -> frozenset[str]:
    from newsdesk.chronology import chronology_sentences

    return chronology_sentences(text)


def test_an_aside_before_a_pronoun_and_the_latter_lean_on_the_sentence_before():
    import re

    from newsdesk.brief.select import _opens_dangling, is_dangling
    from newsdesk.text import WORD

    for text, leans in [("Sure, he earned a law degree at age 14.", True), ("Of course, it was never built.", True),
                        ("The latter two are now in medical school.", True), ("In fact, the plan failed.", False),
                        ("In 1990 he left the company.", False), ("The company said it would appeal.", False)]:
        assert is_dangling(text) is leans and _opens_dangling(text, re.findall(WORD, text)) is leans, text


def test_a_subject_named_short_stops_the_look_back_for_her():
    from newsdesk.brief.antecedents import antecedent, people_named
    from newsdesk.sentences import split_sentences

    text = ("Valdoria has barred British ministers following pressure to hold talks with opposition leader Daw Khin Nyo. "
            "Last month, Foreign Office minister Paul Grant called for a European Union mission to visit Valdoria. "
            "\"I regret this move by the regime,\" Grant said Tuesday. "
            "Khin Nyo, winner of the 1991 Nobel Peace Prize, has been locked in a battle of wills with the generals. "
            "Her Freedom Party won the elections, but the military never allowed Parliament to meet.")
    sentences = split_sentences(text)
    people = people_named([_art(0, text)])
    at = next(k for k, s in enumerate(sentences) if s.startswith("Her Freedom"))
    assert antecedent(sentences, at, "Her", people) is None  # not Grant, the male minister two sentences back
    assert people.named == {"Grant": "Paul Grant"}
    told = sentences[:3] + ["He said the regime must talk to the opposition."]
    assert antecedent(told, 3, "He", people) == "Grant"  # the look-back still finds a person the story names


def test_a_magazines_allegation_relayed_twice_is_one_source():
    a = ("Rumours are swirling that the singer Tom Vale is about to leave the band Northwind after ten years.\n\n"
         "Weekly Stars magazine alleges that Vale has already hired a solo manager and booked a studio in Nashville.\n\n"
         "The magazine also claims that Vale skipped two rehearsals last month after a row with the drummer.")
    b = ("Northwind fans were shaken on Tuesday by reports that singer Tom Vale may go solo.\n\n"
         "Weekly Stars magazine alleges that Vale has already hired a solo manager and booked a studio in Nashville.\n\n"
         "The magazine also claims that Vale skipped two rehearsals last month after a row with the drummer.")
    comparison = compare([_art(0, a), _art(1, b)])
    assert not [f for f in comparison.facts if f.independent_sources > 1]  # never "confirmed" by two relays
    relayed = [f for f in comparison.single_source if len(f.articles) == 2]
    assert len(relayed) == 2 and all(f.independent_sources == 1 for f in relayed)
    assert all(f.sources == ("Weekly Stars",) for f in relayed), [f.sources for f in relayed]


def test_a_sites_own_lines_above_a_relayed_report_are_its_own_framing():
    wire = ("Hundreds of Valdorian troops have arrived near Northport to join an offensive against rebels, two officials "
            "told Reuters on Thursday.\n\nThe offensive is expected to focus on the Northport countryside, the officials "
            "said.")
    site = ("Officials and activist networks report an imminent Eastvale offensive against the so-called Red Hand "
            "militia.\n\nThe Daily Planet reports:\n\nHundreds of Valdorian troops have gathered near the city of "
            "Eastvale for an offensive, said a defense official, who spoke on the condition of anonymity.\n\n"
            "The Red Hand has little presence in Eastvale, the official said.")
    targets = [c for c in compare([_art(0, wire), _art(1, site)]).conflicts if c.kind == "actor"]
    values = {s.value for c in targets for s in c.sides}
    assert "Red Hand (the site's own words, above its Daily Planet excerpt)" in values, values
    assert not any("(per Daily Planet)" in v and "Red Hand" in v for v in values)


def test_the_brief_tells_a_denial_of_what_it_states_beside_it():
    from newsdesk.brief.denied import with_denial
    from newsdesk.model import Brief, BriefSentence, Comparison, Conflict, ConflictSide

    lead = BriefSentence("Hundreds of Valdorian troops have reportedly crossed into Eastland to back the government.",
                         "a", ("a", "b"))
    more = [BriefSentence(f"Sentence number {n} of the brief adds a further detail about the troop movements.", "b",
                          ("b",)) for n in range(4)]
    denial = Conflict("denial", (
        ConflictSide("Hundreds of Valdorian troops have crossed into Eastland over the past week, sources said.",
                     "claim", ("b",)),
        ConflictSide("Eastland's information minister dismissed the reports of a build-up of Valdorian troops.",
                     "denied by the minister", ("c",))))
    brief = Brief((lead, *more))
    told = with_denial(brief, Comparison(conflicts=(denial,)), words=60)
    texts = [s.text for s in told.sentences]
    assert texts[0] == lead.text and texts[1].startswith("Eastland's information minister dismissed")
    assert told.sentences[1].citations == ("c",) and told.words <= 60 and len(texts) < 6
    unrelated = Conflict("denial", (ConflictSide("The mayor said the bridge would reopen in May.", "claim", ("b",)),
                                    denial.sides[1]))
    assert with_denial(brief, Comparison(conflicts=(unrelated,)), words=60) == brief


def test_the_story_page_lists_a_sentences_citations_in_source_order():
    from newsdesk.model import Story
    from newsdesk.service.analysis import assemble_view, story_summary

    articles = [_art(n, f"Article {n} says the river crested at 14 feet on Tuesday night.") for n in range(3)]
    analysis = {"sentences": [{"text": "The river crested at 14 feet.", "from": "a2",
                               "evidence": {"a2": "x", "a0": "y", "a1": "z"}}], "comparison": None, "links": []}
    summary = story_summary(None, Story("s1", "Flood", ("a0", "a1", "a2")), articles)
    view = assemble_view(summary, articles, analysis, cached=False)
    assert [e.number for e in view.brief[0].evidence] == [1, 2, 3]


def test_told_not_to_and_warned_against_are_one_advice():
    a = ("Central bank governor Lars Holm warned lawmakers on Tuesday against spending the surplus.\n\n"
         "He said a tax cut would do less harm than new spending.")
    b = ("Central bank governor Lars Holm told lawmakers on Tuesday not to spend the surplus.\n\n"
         "He said a tax cut would do less harm than new spending.")
    assert not [c for c in compare([_art(0, a), _art(1, b)]).conflicts if c.kind == "denial"]
    c = b.replace("told lawmakers on Tuesday not to spend the surplus", "said on Tuesday that lawmakers had not spent "
                  "the surplus on new roads")
    d = a.replace("warned lawmakers on Tuesday against spending the surplus", "said on Tuesday that lawmakers had "
                  "spent the surplus on new roads")
    assert [x for x in compare([_art(0, d), _art(1, c)]).conflicts if x.kind == "denial"]  # a claim and its negation


def test_a_fact_that_cannot_be_read_alone_comes_after_those_that_can():
    a = ("He is the most popular politician in the province, the newspaper said on Monday.\n\n"
         "Premier Lucien Dube called an early election for the province on Monday.")
    b = ("He is the most popular politician in the province, the newspaper said on Monday.\n\n"
         "Premier Lucien Dube called an early election for the province on Monday.")
    facts = [f.text for f in compare([_art(0, a), _art(1, b + "\n\nTurnout is expected to be high.")]).single_source
             if len(f.articles) == 2] or [f.text for f in compare([_art(0, a), _art(1, b)]).facts]
    assert facts and facts[0].startswith("Premier") and facts[-1].startswith("He is")


def test_a_government_agency_is_no_outlet_and_an_issue_of_a_paper_is_the_paper():
    from newsdesk.compare.attribution import outlet_name, sentence_speakers

    assert outlet_name("the Environmental Protection Agency") is None
    assert outlet_name("the International Atomic Energy Agency") is None
    assert outlet_name("Xinhua News Agency") == "Xinhua" and outlet_name("the Anadolu Agency") == "Anadolu Agency"
    assert [(s.who, s.kind) for s in sentence_speakers("Four suspects were held, Saturday's issue of Newsday reported.")
            ] == [("Newsday", "outlet")]
    assert outlet_name("an issue of concern") is None


def test_r31_anonymity_reads_the_sentence_and_singular_voices():
    from newsdesk.compare.anonymity import label

    assert label("officials", "Officials, who spoke on condition of anonymity, said the talks failed.") == "anonymous"
    assert label("two people", "Two people close to the talks said they failed.") == "anonymous"
    assert label("a neighbor") == label("a witness") == label("a fire department spokeswoman") == "unnamed"
    assert label("a senior official") == label("the diplomat") == "anonymous"


def test_r31_a_storys_own_dated_updates_are_no_chronology():
    from newsdesk.chronology import chronology_sentences

    what_we_know = ("Flights resumed on Tuesday after the storm.\n\nFeb. 9 - Flights were canceled across the region."
                    "\n\nFeb. 10 - The airport reopened one runway.\n\nOfficials said more snow is due.")
    assert not chronology_sentences(what_we_know)
    assert chronology_sentences("Key milestones:\n\nMay 3, 2004 _ The board opens an inquiry.\n\n"
                                "Aug. 20, 2006 _ The board drops its inquiry.")


def test_r31_the_magazine_is_the_magazine_named_before_not_any_outlet():
    from newsdesk.compare.claims import article_claims

    text = ("The New York Times reported on Monday that the band would split.\n\n"
            "The magazine also claims that the singer skipped two rehearsals last month.")
    claim = next(c for c in article_claims(_art(0, text)).claims if "rehearsals" in c.text)
    assert claim.credit is None


def test_r31_two_measured_things_are_no_conflict():
    def numbers(a: str, b: str) -> list:
        pre = "Flood waters rose across Millbrook on Tuesday as the rivers left their banks.\n\n"
        return [c for c in compare([_art(0, pre + a), _art(1, pre + b)]).conflicts if c.kind == "number"]

    assert not numbers("The Cedar River crested at 14 feet, about 30 miles south of the state capital.",
                       "The Fox River crested at 19 feet late Tuesday, the National Weather Service said.")
    assert not numbers("The first flood wave reached 10 feet at the harbor, the coast guard said.",
                       "Hours later a second flood wave reached 25 feet in Marlow bay, witnesses said.")


def test_r31_values_nest_as_words_and_a_decision_reversed_is_a_denial():
    from newsdesk.brief.select import is_dangling
    from newsdesk.compare.conflicts.find import _holds

    assert _holds("said thursday", "thursday") and not _holds("13 percent", "3 percent")
    assert not is_dangling("The former president said he would run again.")
    a = "News from Dunmore.\n\nThe board decided on Monday not to sell the Dunmore plant, a spokesman said."
    b = ("News from Dunmore.\n\nThe board decided on Monday to sell the Dunmore plant, overruling members who argued "
         "against selling it, a spokesman said.")
    assert [c for c in compare([_art(0, a), _art(1, b)]).conflicts if c.kind == "denial"]


def test_r31_a_body_opening_a_sentence_does_not_stop_the_look_back():
    from newsdesk.brief.antecedents import antecedent, people_named
    from newsdesk.sentences import split_sentences

    text = ("Foreign Minister Ann Cole arrived in Brussels on Monday. \"We will not give way,\" Cole said. "
            "European Union officials said the talks would go on. She added that a deal was close.")
    sentences = split_sentences(text)
    assert antecedent(sentences, len(sentences) - 1, "She", people_named([_art(0, text)])) == "Cole"


def test_r31_a_denial_in_a_brief_by_sentences_keeps_its_number():
    from newsdesk.brief.denied import with_denial
    from newsdesk.model import Brief, BriefSentence, Comparison, Conflict, ConflictSide

    lead = BriefSentence("Hundreds of Valdorian troops have reportedly crossed into Eastland to back the government.",
                         "a", ("a",))
    brief = Brief((lead, BriefSentence("The border crossing at Kessab was closed on Sunday night.", "a", ("a",))))
    denial = Conflict("denial", (ConflictSide(lead.text, "claim", ("a",)), ConflictSide(
        "Eastland's information minister dismissed the reports of a build-up of Valdorian troops.", "denied", ("c",))))
    told = with_denial(brief, Comparison(conflicts=(denial,)), None)
    assert len(told.sentences) == 2 and told.sentences[1].from_id == "c"
    he = Conflict("denial", (denial.sides[0], ConflictSide("He denied the reports of a build-up.", "denied", ("c",))))
    assert with_denial(brief, Comparison(conflicts=(he,)), 100) == brief


def test_here_in_a_datelined_wire_story_names_its_city():
    from newsdesk.brief.here import place_here
    from newsdesk.model import Brief, BriefSentence

    article = _art(0, "NAIROBI, Kenya (AP) -- A truck bomb exploded near the U.S. Embassy here on Friday.\n\nMore.")
    said = _art(1, "NAIROBI, Kenya (AP) -- Police said.\n\n\"We are here to help,\" the ambassador said.")
    brief = Brief((BriefSentence("A truck bomb exploded near the U.S. Embassy here on Friday.", "a0", ("a0",)),
                   BriefSentence("\"We are here to help,\" the ambassador said.", "a1", ("a1",))), (article, said))
    placed = place_here(brief)
    assert placed.sentences[0].display == "A truck bomb exploded near the U.S. Embassy here [Nairobi] on Friday."
    assert placed.sentences[1].display == brief.sentences[1].display  # the speaker's own "here", in quotes


def test_the_json_brief_has_the_headline_of_the_markdown():
    import json

    from newsdesk.brief import summarize
    from newsdesk.config import BriefConfig
    from newsdesk.render import render_brief, story_title

    brief = summarize([_art(0, FLOOD_A), _art(1, FLOOD_B)], BriefConfig(words=80))
    data = json.loads(render_brief(brief, "json"))
    assert data["brief"]["title"] == story_title(brief) and data["brief"]["title"]
