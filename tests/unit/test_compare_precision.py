"""Precision of the conflict rules on small invented articles: pairings that are no contradiction, each beside a
positive that the rule must keep."""

from __future__ import annotations

from builders import story_conflicts as conflicts
from newsdesk.compare.claims import quantities, tokens
from newsdesk.compare.conflicts.actors import _same_role
from newsdesk.compare.conflicts.dates import _filed
from newsdesk.compare.conflicts.slots import _typed_slots
from newsdesk.compare.conflicts.values import _compatible


def test_a_day_after_an_abbreviated_month_is_a_date_not_a_number():
    slots = _typed_slots(tuple(tokens("The Aug. 7 bombing of two ferries killed 31 people.")))
    assert ("date:day", 1, 4, "august 7") in slots
    assert [v for t, _, _, v in slots if t == "number"] == ["2.0", "31.0"]


def test_an_abbreviated_day_is_not_set_against_a_count():
    found = conflicts(
        "KORVA, Lindmark (AP) _ Lindmark expelled five sailors questioned over the bombing of two ferries in the "
        "Saltern Strait last month, a newspaper reported Friday.",
        "KORVA, Lindmark (AP) _ Lindmark has expelled 14 sailors questioned in connection with the Aug. 7 bombing "
        "of the ferry here.")
    assert not [c for c in found if c[0] == "number" and any("7" in v for v in c[1])], found


def test_two_days_of_one_abbreviated_month_are_a_date_conflict():
    found = conflicts(
        "The harbour master of Korva is next scheduled to appear in court Oct. 18, his lawyer said.",
        "The harbour master of Korva is next scheduled to appear in court Oct. 6, his lawyer said.")
    assert ("date", {"Oct. 18", "Oct. 6"}) in found, found


def test_a_date_frame_that_the_other_sentence_also_gives_is_no_conflict():
    # Both sentences give Aug. 7 (the bombing); only one gives the day of the charge.
    found = conflicts(
        "Pell, a sailor from Korva, was formally charged Sept. 21 in the Aug. 7 bombing of the ferry in which 11 "
        "people were killed.",
        "KORVA, Lindmark (AP) _ A sailor formally charged in the Aug. 7 bombing of the ferry has been giving "
        "investigators a lot of information, sources say.")
    assert not [c for c in found if c[0] == "date"], found


def test_a_name_in_a_date_frame_needs_a_third_word():
    # "in the Harlan case on <day>": the case, not what happened in it (a deposition, a subpoena).
    found = conflicts(
        "When the mayor gave his deposition in the Harlan case on Jan. 17, the definition was agreed on by both "
        "sides.",
        "Voss told the grand jury he kept the mayor informed after she was subpoenaed in the Harlan case on Dec. 19.")
    assert not [c for c in found if c[0] == "date"], found


def test_a_place_of_origin_is_not_set_against_where_it_happened():
    found = conflicts(
        "The Lindmark Air flight crashed Oct. 31 off the island of Saltern, killing the 217 people on board.",
        "Lindmark Air Flight 990 crashed into the sea shortly after takeoff October 31 from Korva airport, killing "
        "217 people on board.")
    assert not [c for c in found if c[0] == "place"], found


def test_two_places_each_with_its_own_count_are_no_place_conflict():
    found = conflicts(
        "A nearly simultaneous blast at the ferry terminal in Korva killed 11 people, the police said.",
        "A nearly simultaneous bombing at the ferry terminal in neighboring Saltern killed 248 people, the police "
        "said.")
    assert not [c for c in found if c[0] in ("place", "number")], found


def test_a_changed_place_with_the_same_count_is_still_a_place_conflict():
    found = conflicts(
        "A blast at the ferry terminal in Korva killed 11 people on Tuesday, the police said.",
        "A blast at the ferry terminal in Saltern killed 11 people on Tuesday, the police said.")
    assert ("place", {"Korva", "Saltern"}) in found, found


def test_a_rounded_figure_is_compatible():
    assert _compatible(2.0, 2.3, False) and _compatible(9.27, 9.0, False)
    assert not _compatible(2.0, 2.7, False) and not _compatible(2.6, 2.7, False) and not _compatible(3.0, 2.3, False)
    found = conflicts(
        "In a city where 20 percent of the residents are minorities, only 2.3 percent of the harbour police force "
        "is, the report said.",
        "In a city where 20 percent of the residents are minorities, only 2 percent of the harbour police force is, "
        "the report said.")
    assert not [c for c in found if c[0] == "number"], found


def test_weekdays_of_copies_filed_on_different_days_are_no_conflict():
    assert _filed("LONDON, February 24 (Xinhua) -- Britain's ...") == "february 24"
    assert _filed("KORVA, Lindmark (AP) _ A sailor ...") is None
    found = conflicts(
        "KORVA, February 24 (Xinhua) -- Lindmark's home secretary Ann Pell unveiled new curbs Wednesday to combat "
        "police racism after a damning report on the murder of a teenager.",
        "KORVA, March 23 (Xinhua) -- Lindmark's home secretary Ann Pell Tuesday promised new curbs to combat racism "
        "after the inquiry into the murder of a teenager.")
    assert not [c for c in found if c[0] == "date"], found


def test_weekdays_of_copies_filed_on_one_day_still_conflict():
    found = conflicts(
        "KORVA, February 24 (Xinhua) -- Lindmark's home secretary Ann Pell unveiled new curbs Wednesday to combat "
        "police racism after a damning report on the murder of a teenager.",
        "KORVA, February 24 (Xinhua) -- Lindmark's home secretary Ann Pell unveiled new curbs Tuesday to combat "
        "police racism after a damning report on the murder of a teenager.")
    assert ("date", {"Wednesday", "Tuesday"}) in found, found


def test_a_thousands_group_after_a_stray_space_is_one_number():
    assert [q.value for q in quantities(tokens("an additional 150, 000 people live in huts"))] == [150000.0]
    assert [q.value for q in quantities(tokens("In 1990, 300 people died"))] == [300.0]
    found = conflicts(
        "An additional 150,000 people live in cramped prefabricated homes that are hot in summer, officials said.",
        "The daily reported that an additional 150, 000 people live in cramped prefabricated homes that are hot in "
        "summer.")
    assert not [c for c in found if c[0] == "number"], found


def test_a_code_of_letters_and_digits_is_no_number():
    assert "MH370" in tokens("Flight MH370 disappeared.")
    found = conflicts(
        "The wide-bodied jet and its 239 passengers disappeared without a trace on March 8 on a flight from Korva "
        "to Saltern.",
        "Lindmark Airlines flight LA370 disappeared on 8 March as it flew from Korva to Saltern.")
    assert not [c for c in found if c[0] == "number"], found


def test_one_role_of_two_bodies_is_two_posts():
    ta = tuple(tokens("Omar Pell, head of the Lindmark police, told the daily that detectives had finished."))
    tb = tuple(tokens("Adi Voss, head of criminal investigations for the Lindmark police, was quoted saying so."))
    assert not _same_role(ta, 0, 2, tb, 0, 2)
    tc = tuple(tokens("Ida Marsh, head of the Lindmark police, said so."))
    assert _same_role(ta, 0, 2, tc, 0, 2)


def test_statements_of_today_in_copies_filed_on_different_days_are_two_statements():
    found = conflicts(
        "KORVA, July 16 (Xinhua) -- Lindmark is satisfied with its relations and cooperation with Saltern, President "
        "Ann Pell told a visiting delegation today.",
        "KORVA, July 21 (Xinhua) -- Lindmark will give priority to its relations and cooperation with Ostria, "
        "President Ann Pell said today in an interview.")
    assert not [c for c in found if c[0] in ("actor", "place")], found


def test_the_start_and_the_end_of_one_event_are_no_date_conflict():
    found = conflicts(
        "The three-day boat show at the Korva harbour, which starts Friday, is the trade's annual convention.",
        "The boat show at the Korva harbour, a three-day trade convention that ended Sunday, drew 9,000 visitors.")
    assert not [c for c in found if c[0] == "date"], found
    found = conflicts(
        "The three-day boat show at the Korva harbour, which starts Friday, is the trade's annual convention.",
        "The three-day boat show at the Korva harbour, which starts Monday, is the trade's annual convention.")
    assert [c for c in found if c[0] == "date"], found


def test_a_figure_given_approximately_is_not_left_over_for_another_pairing():
    found = conflicts(
        "Creationists hold that humans appeared a mere 10,000 years ago, while biologists say life began almost 4 "
        "billion years ago with simple cells.",
        "Under the theory of evolution, the consensus of biologists is that life began around 3.9 billion years ago "
        "with simple cells.")
    assert not [c for c in found if c[0] == "number"], found


def test_an_editors_budget_line_is_no_claim():
    found = conflicts("(Korva News Service) ETA: 6 p.m. for the harbour story.",
                      "(Korva News Service) ETA: 9 p.m. for the harbour story.")
    assert not found, found


def test_head_of_a_branch_is_not_head_of_the_body():
    found = conflicts(
        "Omar Pell, head of the Lindmark police, told the daily Korva Star that detectives had asked prosecutors to "
        "charge the two sailors.",
        "Adi Voss, head of criminal investigations for the Lindmark police, was quoted on Saturday by the daily "
        "Korva Star saying that officers were hunting a third man.")
    assert not [c for c in found if c[0] == "actor"], found
    found = conflicts(
        "Omar Pell, head of the Lindmark police, told the daily Korva Star that detectives had asked prosecutors to "
        "charge the two sailors.",
        "Adi Voss, head of the Lindmark police, was quoted by the daily Korva Star saying that police were looking "
        "for two fugitives.")
    assert [c for c in found if c[0] == "actor"], found


def test_weekdays_of_copies_filed_within_a_week_may_name_one_day():
    found = conflicts(
        "KORVA, August 15 (Xinhua) -- There have been no signals from inside the ferry from Wednesday, but officials "
        "said the crew might be trying to conserve oxygen.",
        "KORVA, August 16 (Xinhua) -- There have been no signals from inside the ferry from Saturday, but officials "
        "said the crew might be trying to conserve oxygen.")
    assert ("date", {"Wednesday", "Saturday"}) in found, found


def test_an_accusation_of_another_person_is_not_what_a_denial_denies():
    found = conflicts(
        "In the board's open forum Tuesday, some speakers accused Ida Marsh, a board member, of attempting to impose "
        "her religious beliefs on the harbour schools.",
        "Tom Voss denied the accusations of several speakers who on Tuesday called his proposal an attempt to impose "
        "religious beliefs on the harbour schools.")
    assert not [c for c in found if c[0] == "denial"], found
    found = conflicts(
        "In the board's open forum Tuesday, some speakers accused Tom Voss of attempting to impose his religious "
        "beliefs on the harbour schools.",
        "Tom Voss denied the accusations of several speakers who on Tuesday said he tried to impose religious beliefs "
        "on the harbour schools.")
    assert [c for c in found if c[0] == "denial"], found
