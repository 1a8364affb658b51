"""A span of years back ("killed eleven years ago" / "five years ago") is a number conflict even when the two reports
also tell different weekdays: days apart account for no years (N28's pairing rule)."""
from newsdesk.compare import compare
from newsdesk.model import Article

_A = ("Wendham police reopen inquiry\n\nThe family of Ann Cole, who was killed eleven years ago, met the governor on "
      "Wednesday to ask for a new inquiry into her death.\n\nThe governor said the police would look at the case again.")
_B = ("Cole family meets governor\n\nThe family of Ann Cole, who was killed five years ago, met the governor on "
      "Thursday to ask for a new inquiry into her death.\n\nPolice said they would review the file.")
_C = ("Cole family meets governor\n\nThe family of Ann Cole, who was killed in a Wendham flat, met the governor in "
      "Ostrava on Thursday to ask for a new inquiry into her death, five days after the visit.\n\nPolice said they "
      "would review the file.")


def test_years_back_differ_beside_weekdays():
    found = compare([Article(id="a", source="a.txt", text=_A), Article(id="b", source="b.txt", text=_B)])
    numbers = [c for c in found.conflicts if c.kind == "number"]
    assert numbers and {s.value for s in numbers[0].sides} == {"eleven years", "five years"}


def test_other_figures_beside_a_date_stay_apart():
    found = compare([Article(id="a", source="a.txt", text=_A), Article(id="c", source="c.txt", text=_C)])
    assert not [c for c in found.conflicts if c.kind == "number"]
