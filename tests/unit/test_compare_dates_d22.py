"""Dates of two events, two statements, a moved date or one night named by two days are no date conflict; one
event given two dates still is."""

from __future__ import annotations

from newsdesk.compare import compare
from newsdesk.model import Article


def dates(a: str, b: str) -> list[list[str]]:
    arts = [Article(id="a", source="a.txt", text=a), Article(id="b", source="b.txt", text=b)]
    return [sorted(s.value.split()[0] for s in c.sides) for c in compare(arts).conflicts if c.kind == "date"]


def test_dates_of_two_events_are_no_conflict() -> None:
    found = dates("A 9-year-old girl, Mia Vale, died on Saturday after a fire at a house in Hull, police said. Her "
                  "cousin, Tom R. Vale, 44, was detained at the scene and charged with arson on Monday.",
                  "A man was charged with arson on Monday after his 9-year-old cousin died in a house fire in Hull on "
                  "Saturday, police said. Tom Vale, 44, appeared in court on Thursday.")
    assert found == [], found


def test_one_event_with_two_dates_is_still_a_conflict() -> None:
    found = dates("His cousin, Tom R. Vale, 44, was charged with arson on Monday at the quarry office.",
                  "Tom Vale, 44, was charged with arson on Thursday, police said.")
    assert found == [["Monday", "Thursday"]], found


def test_one_night_named_by_the_day_before_and_the_day_after() -> None:
    found = dates("The blockade of the port began at 10:15 p.m. on Friday and lasted until 1:30 a.m.",
                  "The blockade of the port ended at 1:30 a.m. on Saturday when marines boarded the ship.")
    assert found == [], found
    found = dates("On Sunday night, navy drones struck the fuel depot near Orvik in fresh raids overnight.",
                  "Early on Monday, navy drones struck the fuel depot near Orvik, the navy said.")
    assert found == [], found


def test_days_three_apart_at_night_are_still_a_conflict() -> None:
    found = dates("On Sunday night, navy drones struck the fuel depot near Orvik in fresh raids.",
                  "On Wednesday night, navy drones struck the fuel depot near Orvik in fresh raids.")
    assert found == [["Sunday", "Wednesday"]], found


def test_a_date_moved_is_no_conflict() -> None:
    for moved in ("continued to", "postponed to", "moved to"):
        found = dates("Following a hearing, Okafor was scheduled to be sentenced March 3 on one count of fraud and one "
                      "count of perjury.",
                      f"Okafor's sentencing was {moved} March 9 on one count of fraud and one count of perjury.")
        assert found == [], (moved, found)


def test_two_statements_on_two_days_are_no_conflict() -> None:
    found = dates('"The dam is holding and the water is falling," county fire chief Ana Ruiz said at a briefing '
                  "shortly after noon Monday.",
                  '"We have ordered everyone below the spillway to leave tonight," county fire chief Ana Ruiz said '
                  "Tuesday at a briefing.")
    assert found == [], found


def test_one_statement_on_two_days_is_still_a_conflict() -> None:
    found = dates('"The dam is holding and the water is falling," county fire chief Ana Ruiz said at a briefing '
                  "on Monday.",
                  '"The dam is holding and the water is falling," county fire chief Ana Ruiz said at a briefing '
                  "on Thursday.")
    assert found == [["Monday", "Thursday"]], found


def test_times_of_two_events_in_one_frame_are_no_conflict() -> None:
    found = dates("A grey van pulled up outside the Lyric music hall at 20:10 on Saturday and two men got out.",
                  "The standoff began at 8:10 p.m. Saturday and lasted until officers stormed the music hall at "
                  "11:45 p.m.")
    assert found == [], found


def test_one_moment_in_two_time_zones_is_no_conflict() -> None:
    found = dates("Pilots Ana Reyes and Li Wen lifted off from Kobe, Japan, shortly before 7 a.m. Sunday Japan time.",
                  "Pilots Ana Reyes, 44, and Li Wen, 51, lifted off from Kobe, Japan, shortly before 7 a.m. local time, "
                  "just before 6 p.m. Saturday ET.")
    assert found == [], found


def test_one_event_in_other_words_is_still_a_conflict() -> None:
    assert dates("The bones were dug out in 1994 by a team from Orvik College.",
                 "Researchers found the bones in 1991, buried under a rock shelf, a team from Orvik College said.") \
        == [["1991", "1994"]]
    assert dates("Leon Marsh was at a laundromat in the 400 block of Kent Road on June 12 about 9 a.m. when he went "
                 "to a kiosk to buy a paper.",
                 "Leon Marsh was shot from behind several times August 12 outside the Kent Road laundromat in the 400 "
                 "block.") == [["August", "June"]]


def test_the_event_a_date_belongs_to() -> None:
    from newsdesk.compare.claims import slots_of
    from newsdesk.compare.conflicts.dates import _event_verb

    def verb(text: str, value: str) -> str | None:
        return _event_verb(slots_of(text).tokens, value)

    assert verb("He was detained at the quarry and charged with arson on Monday.", "Monday") == "charged"
    assert verb("On Sunday night, navy drones struck the fuel depot.", "Sunday night") == "struck"
    assert verb("The students from the 1994 dig nicknamed it Orla.", "1994") is None  # the dig is the event
    assert verb("Her hearing was on May 2.The clerk declined to comment.", "May 2") is None  # not past the stop
