"""Precision of the comparison (helper Q23, from the U23 reader review): figures, dates and names that belong to
different things are no conflict; the same thing given two values still is."""

from __future__ import annotations

from builders import story_conflicts

# Sentences of the rest of each article, which pair with nothing: they give the story's words their weights.
_REST_A = " Local schools stayed open through the week. A new bridge opened downtown in spring."
_REST_B = " Farmers reported a good harvest this autumn. The museum added a wing for modern art."


def conflicts(a: str, b: str) -> list[tuple[str, set[str]]]:
    """The conflicts of a story of two articles, each a sentence of the test and sentences on other things."""
    return story_conflicts(a + _REST_A, b + _REST_B)


def _kinds(found: list[tuple[str, set[str]]], kind: str) -> list[set[str]]:
    return [values for k, values in found if k == kind]


def test_a_capital_is_in_its_country() -> None:
    assert conflicts("Mira Dall, the former special envoy to Kenya, testified before the committee on Tuesday about "
                     "the aid talks.",
                     "Mira Dall, former special envoy to Nairobi, testified before the committee on Tuesday about the "
                     "aid talks.") == []
    found = conflicts("Mira Dall, the former special envoy to Kenya, testified before the committee on Tuesday about "
                      "the aid talks.",
                      "Mira Dall, former special envoy to Ghana, testified before the committee on Tuesday about the "
                      "aid talks.")
    assert any(values == {"Kenya", "Ghana"} for _, values in found), found


def test_the_day_a_case_was_reported_is_not_the_day_of_what_led_to_it() -> None:
    assert conflicts("On March 12, a second case of measles was reported in a 40-year-old woman, also from Dunmore "
                     "County.",
                     "The woman told doctors she ate the raw goat meat in Dunmore County on March 3.") == []
    found = conflicts("On March 12, a second case of measles was reported in a 40-year-old woman from Dunmore.",
                      "A second case of measles was reported in a 40-year-old woman from Dunmore on March 14.")
    assert {"March 12", "March 14"} in _kinds(found, "date"), found


def test_two_acts_of_two_agents_have_two_dates() -> None:
    assert conflicts("Under the timetable set by the court in May, the union and 12 councils filed a complaint with "
                     "the court on May 20 asking the judge to halt the closure.",
                     "The union and 12 of the councils that sued the city asked the court to halt the closure after "
                     "Penn ruled on May 4 that the plan was lawful.") == []
    found = conflicts("Under the timetable set by the court in May, the union and 12 councils filed a complaint with "
                      "the court on May 20 asking the judge to halt the closure.",
                      "The union and 12 councils filed a complaint with the court on May 22 asking it to halt the "
                      "closure.")
    assert {"May 20", "May 22"} in _kinds(found, "date"), found


def test_a_front_camera_is_not_the_rear_camera() -> None:
    assert conflicts("There is also a 5-megapixel front-facing camera on the Lumo phone.",
                     "And the Lumo's new 12-megapixel rear-facing camera is often very good.") == []
    found = conflicts("There is also a 5-megapixel front-facing camera on the Lumo phone.",
                      "And the Lumo's new 8-megapixel front-facing camera is often very good.")
    assert _kinds(found, "number"), found


def test_sales_of_two_periods_are_two_figures() -> None:
    first = ("Vantor said that Lumex managed to sell 4 million Lumo X2 units in the first month, beating the Lumo X1 "
             "first month sales by 1 million units.")
    assert conflicts(first, "In total, Lumex sold 5 million Lumo X2 units during the three-month period, compared to "
                            "7 million Lumo X1 units during the same period, the report said.") == []
    found = conflicts(first, "In total, Lumex sold 5 million Lumo X2 units in the first month, compared to 7 million "
                             "Lumo X1 units in the same month, the report said.")
    assert _kinds(found, "number"), found


def test_a_profit_is_not_sales() -> None:
    assert conflicts("Delmar Foods made a $2.1 billion profit last year on nearly $19 billion in revenue.",
                     "Sales of frozen meals are also growing, to $1.6 billion last year, from nearly $0.9 billion in "
                     "2015, the report said.") == []
    found = conflicts("Delmar Foods made a $2.1 billion profit last year on nearly $19 billion in revenue.",
                      "Delmar Foods made a $2.6 billion profit last year, the report said.")
    assert _kinds(found, "number"), found


def test_a_figure_of_another_owner_is_not_compared_where_the_owner_has_its_own() -> None:
    assert conflicts("The broadcaster Rivlet kept most of the rights, securing 120 live matches per season from 2019.",
                     "Castor ended the old monopoly and has rights to 40 live matches a season, while Rivlet has won "
                     "the rights to 90 live matches.") == []
    # a month's name owns no figure: the days of a poll are no second sample ("Nov. 14-17 ... 3,018 adults")
    found = conflicts("The Lakeside poll was conducted Nov. 14-17 among a random national sample of 3,018 adults, "
                      "including interviews on landlines.",
                      "This Lakeside News poll was conducted by telephone Nov. 14-17, 2013, in English and Spanish, "
                      "among a random national sample of 1,006 adults.")
    assert _kinds(found, "number"), found


def test_hedges_tie_no_two_figures() -> None:
    assert conflicts("The trial found pain relief was sustained for at least 12 hours in users.",
                     "No differences were seen in a first round of tests between snuff users who had abstained for at "
                     "least eight hours and those who had not.") == []


def test_one_title_of_two_courts_has_two_holders() -> None:
    assert conflicts("Dunmore County Superior Court Judge Ada Voss is set to hear arguments this morning about the "
                     "records.",
                     "Kelso County Superior Court Judge Rita Lind has set a hearing for Thursday morning.") == []
    found = conflicts("Superior Court Judge Ada Voss has set a hearing on the records for Thursday morning.",
                      "Superior Court Judge Rita Lind has set a hearing on the records for Thursday morning.")
    assert {"Ada Voss", "Rita Lind"} in _kinds(found, "actor"), found
    # a country and its people's name are one body
    found = conflicts("Veldonia's Home Secretary Ada Voss unveiled new curbs on Wednesday to fight police racism.",
                      "Veldonian Home Secretary Rita Lind unveiled new curbs on Wednesday to fight police racism.")
    assert {"Ada Voss", "Rita Lind"} in _kinds(found, "actor"), found


def test_two_speakers_of_remarks_told_elsewhere_are_no_conflict() -> None:
    assert conflicts("Tarrow's deputy minister of transport, Ivo Marsh, made the remarks in a speech at the third "
                     "session of the Rail Safety Council.",
                     "The point was made today by Lena Brook, the deputy head of the Tarrow delegation, at the third "
                     "session of the Rail Safety Council.") == []
    found = conflicts("Tarrow's deputy minister of transport, Ivo Marsh, opened the third session of the Rail Safety "
                      "Council.",
                      "Tarrow's deputy minister of transport, Lena Brook, opened the third session of the Rail Safety "
                      "Council.")
    assert {"Ivo Marsh", "Lena Brook"} in _kinds(found, "actor"), found
