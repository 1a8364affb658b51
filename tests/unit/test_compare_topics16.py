"""False alarms on topic-level stories (weeks of coverage, many people and places): pairings that are no
contradiction, each beside a positive the rule must keep. Every fixture is invented."""

from __future__ import annotations

from newsdesk.compare import compare
from newsdesk.compare.claims import tokens
from newsdesk.compare.conflicts.actors import _demonym_of
from newsdesk.compare.conflicts.pairing import _since
from newsdesk.compare.conflicts.paraphrase import _tense
from newsdesk.model import Article


def art(aid: str, text: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text)


# Sentences on other subjects, as a real article has: they make the words two reports share rarer in the story.
_OTHER = ["The weather stayed cold and wet across the north all week.",
          "Shares in the harbour company closed lower on thin trading.",
          "A new library opened in the old market hall in the spring.",
          "The city council met to debate the bus timetable."]


def conflicts(*texts: str, padded: bool = False) -> list[tuple[str, set[str]]]:
    if padded:
        texts = tuple(f"{t} {_OTHER[k % 4]} {_OTHER[(k + 2) % 4]}" for k, t in enumerate(texts))
    comp = compare([art(chr(97 + k), t) for k, t in enumerate(texts)])
    return [(c.kind, {s.value for s in c.sides}) for c in comp.conflicts]


def kinds(found: list[tuple[str, set[str]]], kind: str) -> list[set[str]]:
    return [values for k, values in found if k == kind]


# ---- what will happen against what happened ------------------------------------------------------------------------


GROUNDING = (
    ("The cargo ship Bella Marsh ran aground on a reef off Tolvik on Sunday evening, the harbour office said. All 18 "
     "crew were taken off by helicopter and no one was hurt, harbour office spokeswoman Ida Lund said. The ship had "
     "left Port Hallam six hours earlier with a load of timber. Inspectors from the maritime authority will examine "
     "the hull on Monday, the authority said."),
    ("Rescue helicopters lifted 18 crew off the cargo ship Bella Marsh after it ran aground on a reef off Tolvik on "
     "Sunday. No one was hurt, harbour office spokeswoman Ida Lund said. The owner, Hallam Shipping, said the timber "
     "cargo was insured. The maritime authority said inspectors will examine the hull on Monday."),
    ("Salvage crews will try to pull the cargo ship Bella Marsh off the reef near Tolvik at high tide on Monday, "
     "Hallam Shipping said. All 18 crew were lifted off by helicopter on Sunday evening and no one was hurt, the "
     "harbour office said. The ship had left Port Hallam with its load of timber six hours before it ran aground."),
)


def test_a_plan_and_an_event_on_two_days_are_no_date_conflict():
    # "ran aground ... on Sunday" / "will try to pull the ship off ... on Monday": two events
    found = conflicts(*GROUNDING)
    assert not kinds(found, "date"), found


def test_two_days_for_one_grounding_stay_a_date_conflict():
    found = conflicts(
        "The cargo ship Bella Marsh ran aground on a reef off Tolvik on Sunday evening, the harbour office said.",
        "The cargo ship Bella Marsh ran aground on a reef off Tolvik on Saturday evening, the owners said.")
    assert {"Sunday", "Saturday"} in kinds(found, "date"), found


def test_tense_of_the_clause_that_holds_a_date():
    def tense(text: str, word: str) -> str:
        toks = tokens(text)
        return _tense(toks, toks.index(word))
    assert tense("Tugs will try to pull the ferry off on Monday.", "Monday") == "future"
    assert tense("The ferry ran aground on Sunday.", "Sunday") == "past"
    assert tense("The ferry was towed off on Sunday.", "Sunday") == "past"
    assert tense("The study is being published Friday in the journal.", "Friday") == ""
    assert tense("Rebels set fire to the depot on Monday.", "Monday") != "future"


# ---- a country and its people ----------------------------------------------------------------------------------------


def test_a_country_is_stated_by_its_demonym():
    found = conflicts(
        "During the official inquiry, he said, Lindmark authorities identified a fourth man - Dvorsky - and notified "
        "their French counterparts twice, in March 2014 and May 2015.",
        "A senior Lindmark official twice notified France about a suspect in March 2014 and May 2015, the broadcaster "
        "said.")
    assert not kinds(found, "actor"), found


def test_demonyms():
    assert _demonym_of("france", "french") and _demonym_of("syria", "syrian") and _demonym_of("china", "chinese")
    assert _demonym_of("germany", "german") and _demonym_of("belgium", "belgian") and _demonym_of("iraq", "iraqi")
    assert not _demonym_of("indiana", "indian") and not _demonym_of("london", "lord")


# ---- land around a place -----------------------------------------------------------------------------------------


def test_a_place_is_not_set_against_the_suburbs_of_a_city():
    found = conflicts(
        "His fingerprints were found on a rifle left in the grey van abandoned in Villers.",
        "He rented the grey van which was found abandoned in a Dorvan suburb with rifles inside.")
    assert not kinds(found, "place") and not kinds(found, "actor"), found


def test_suburbs_of_two_cities_stay_a_place_conflict():
    found = conflicts(
        "He rented the grey van which was found abandoned in a Marlo suburb with rifles inside.",
        "He rented the grey van which was found abandoned in a Dorvan suburb with rifles inside.")
    assert {"Marlo", "Dorvan"} in kinds(found, "place"), found


def test_a_country_against_the_suburbs_of_a_city_stays_a_place_conflict():
    """A town may lie in the land around a city; a country may not ("arrested in Syria" / "in a Paris suburb")."""
    found = conflicts(
        "He rented the grey van which was found abandoned in Portugal with rifles inside.",
        "He rented the grey van which was found abandoned in a Dorvan suburb with rifles inside.")
    assert kinds(found, "place") or kinds(found, "actor"), found


def test_a_town_is_not_set_against_the_coast_it_lies_on():
    found = conflicts(
        "The boy has been at the centre of a custody fight since fishermen found him clinging to a raft floating "
        "off the coast of Veloria on New Year's Day.",
        "The boy has been at the centre of a custody fight since he was found clinging to a raft off Port Amsel on "
        "New Year's Day.")
    assert not kinds(found, "place") and not kinds(found, "actor"), found


# ---- two reporters of one outlet ------------------------------------------------------------------------------------


def test_two_reporters_of_one_outlet_are_no_actor_conflict():
    found = conflicts(
        "Channel Nine's Mark Ellis, reporting from Valdor, said the demographic divisions over economic policy between "
        "different age groups were quite dramatic, with younger voters far more likely to vote for the Greens.",
        "Channel Nine's Jane Holt, reporting from Valdor, whose mood she compared to that of a \"powder keg\", said any "
        "new government would have to contend with deep political and demographic divisions over economic policy.",
        padded=True)
    assert not kinds(found, "actor"), found


# ---- a year after words that do not say what happened ---------------------------------------------------------------


def test_two_seasons_after_the_same_function_words_are_no_date_conflict():
    found = conflicts(
        "At the start of the 1989-90 season, leading clubs like Rovers and City fielded just one or two players born "
        "abroad.",
        "Only Rovers, City and the three clubs promoted at the start of the 2008-09 season made a profit, the league "
        "said in its annual report on club finances.")
    assert not kinds(found, "date"), found


def test_a_year_after_the_same_five_words_of_an_event_stays_a_date_conflict():
    found = conflicts(
        "The frigate Osprey, commissioned for the Lindmark Navy in 1995, sank in the storm with all hands.",
        "Rescuers found no survivors from the frigate, which was commissioned for the Lindmark Navy in 1998 and "
        "refitted last year.")
    assert {"1995", "1998"} in kinds(found, "date"), found


# ---- who tells is no context --------------------------------------------------------------------------------------


def test_the_outlet_that_reports_is_not_set_against_a_place():
    found = conflicts(
        "Tom Varga, another Dutchman, was 31 and had reportedly travelled to Yemen two years ago.",
        "One gunman who blew himself up in the Rialto theatre Friday night was Tom Varga, a 31-year-old Dutchman "
        "charged in a fraud investigation in 2011, the Associated Press reported.", padded=True)
    assert not kinds(found, "actor") and not kinds(found, "place"), found


# ---- a rival is not where --------------------------------------------------------------------------------------------


def test_a_party_finished_behind_is_not_a_place():
    found = conflicts(
        "Nikos Adamou, head of the Green party and a former finance minister, finished in the election behind "
        "Forward.",
        "Nikos Adamou, the Green leader and a former finance minister, said his party would support the government "
        "in Parliament but not join the cabinet.")
    assert not kinds(found, "place"), found


# ---- counts over two periods ---------------------------------------------------------------------------------------


def test_counts_since_two_different_days_are_no_number_conflict():
    found = conflicts(
        "The army has arrested more than 500 members of the Unity party, the Civic League, since May, party leaders "
        "said Wednesday.",
        "Since Sunday, the army has arrested more than 300 members of the Unity party, the Civic League, to stop it "
        "from convening the parliament.")
    assert not kinds(found, "number"), found


def test_counts_since_one_day_stay_a_number_conflict():
    found = conflicts(
        "The army has arrested more than 500 members of the Unity party, the Civic League, since May, party leaders "
        "said Wednesday.",
        "Since May, the army has arrested more than 300 members of the Unity party, the Civic League, to stop it "
        "from convening the parliament.")
    assert kinds(found, "number"), found
    assert _since("Since May, the army") == _since("arrested since May.") == "may"


# ---- a name describing a noun is not where ------------------------------------------------------------------------


def test_a_place_is_not_set_against_a_maker_named_before_its_product():
    found = conflicts(
        "The worm is believed to have originated in Norland and attacks Orbix 7 and Orbix 8 computers.",
        "The new worm is only known to attack computers using Zentra operating systems Orbix 7, Orbix 8 and Orbix NT.")
    assert not kinds(found, "place") and not kinds(found, "actor"), found


def test_a_place_against_a_name_describing_the_same_noun_stays_a_place_conflict():
    # "salmon in the [Pacific]" / "[Kell River] salmon": the same salmon, placed in two waters
    found = conflicts(
        "The river's coho salmon has already been declared extinct, and every other species of salmon and steelhead "
        "in the Pacific is now listed under the wildlife act.",
        "But with the river's coho salmon already declared extinct, and every other species of Kell River salmon and "
        "steelhead now listed under the wildlife act, the once-unthinkable idea of breaching the dams has emerged in "
        "several studies.")
    assert {"Pacific", "Kell River"} in kinds(found, "place"), found


# ---- a name the other sentence writes in lower case --------------------------------------------------------------


def test_a_name_written_as_one_hyphenated_word_is_stated():
    found = conflicts(
        "She has also made the Vogue best-dressed list two years in a row, as well as Tatler magazine's 2019 "
        "best-dressed list.",
        "Ana Ruiz is the first to admit she is a bargain hunter when it comes to clothes, and it has paid off as her "
        "style has made Tatler magazine's Best Dressed list for 2019.")
    assert not kinds(found, "actor"), found


def test_two_magazines_for_one_list_stay_an_actor_conflict():
    found = conflicts("She has also made the Vogue best-dressed list two years in a row.",
                      "She has also made the Tatler best-dressed list two years in a row.")
    assert {"Vogue", "Tatler"} in kinds(found, "actor"), found


# ---- some of those named before --------------------------------------------------------------------------------------


def test_the_latter_two_are_not_a_count_of_all_suspects():
    found = conflicts("The latter two are in custody in Kelby.",
                      "Three suspects are in custody in Kelby, while a fourth is being sought.")
    assert not kinds(found, "number"), found


def test_two_counts_of_all_suspects_stay_a_number_conflict():
    found = conflicts("Two suspects are in custody in Kelby.",
                      "Three suspects are in custody in Kelby, while a fourth is being sought.")
    assert {"Two suspects", "Three suspects"} in kinds(found, "number"), found


# ---- two lists -------------------------------------------------------------------------------------------------------


def test_two_lists_of_towns_are_no_place_conflict():
    found = conflicts(
        "The shootings in Arden and at schools in Pell, Miss.; Orvin, Ky.; Tamsworth, Pa.; Dunmore, Tenn.; Galt, Ore.; "
        "and Kelby, Va., alarmed the nation last year.",
        "The officials said adults and students alike are more likely to report gun-toting students than they were "
        "before the mass shootings in Pell, Miss.; Orvin, Ky.; Arden, Ark.; Tamsworth, Pa., and Galt, Ore., and this "
        "year in Lorne, Colo., and Ferris, Ga.")
    assert not kinds(found, "place") and not kinds(found, "actor"), found


def test_one_town_replaced_in_a_list_stays_a_conflict():
    found = conflicts(
        "The shootings in Arden and at schools in Pell, Miss.; Orvin, Ky.; Tamsworth, Pa.; and Kelby, Va., alarmed the "
        "nation last year.",
        "The shootings in Arden and at schools in Pell, Miss.; Orvin, Ky.; Tamsworth, Pa.; and Lorne, Va., alarmed the "
        "nation last year.")
    assert {"Kelby", "Lorne"} in kinds(found, "place") + kinds(found, "actor"), found


# ---- a post over months of coverage -------------------------------------------------------------------------------

OUTGOING = ("ULAN, April 30 (Xinhua) -- France and Britain have both pledged to continue their support for Varn's "
            "foreign policy and its economic reforms, Varnese President Tolu Baatar said here Monday.")
INCOMING = ("A U.S. deputy assistant secretary of state, who was on a visit to Varn between November 12-14, made the "
            "remarks while meeting with Varnese President Oyun Ganbold and Prime Minister Dorj Bat.")


def test_two_holders_of_a_post_months_apart_in_a_crowded_story_are_no_conflict():
    found = conflicts(
        OUTGOING, INCOMING,
        "ULAN, May 3 (Xinhua) -- Varn's parliament passed the budget on Friday after a long debate over mining taxes.",
        "ULAN, June 9 (Xinhua) -- Herders in the south of Varn lost thousands of animals in a late snowstorm, "
        "officials said.",
        "ULAN, July 21 (Xinhua) -- Varn and its neighbour signed a trade agreement covering coal and copper exports.",
        "ULAN, Aug. 2 (Xinhua) -- A new railway line to the capital opened on Tuesday, cutting travel times by half.")
    assert not kinds(found, "actor"), found


def test_two_holders_of_a_post_in_a_small_story_stay_an_actor_conflict():
    found = conflicts(OUTGOING, INCOMING)
    assert {"Tolu Baatar", "Oyun Ganbold"} in kinds(found, "actor"), found
