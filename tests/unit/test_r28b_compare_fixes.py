"""R28b: the story-wide figure rules of this stop compare one thing told twice, not figures of two places, two crafts
or two crews; "no sign that day of ..." denies nothing after "that"; "WHO" stays WHO beside the pronoun "who"."""
import pytest

from newsdesk.clean.headlines import readable_headline
from newsdesk.compare import compare
from newsdesk.compare.fact_match import negated_terms
from newsdesk.model import Article

_PAIRS = {
    'shares_place': ('WASHINGTON (AP) -- Senator Tom Harlow won 52 percent of the vote in Ohio on Tuesday, according to the early returns counted by state officials. His campaign said the result showed strong support among rural voters. Harlow will now campaign in the western states before the convention.',
                     "WASHINGTON (Reuters) - Harlow won 38 percent of the vote in Texas on Tuesday, trailing the governor by a wide margin in the state's primary. Aides said the campaign had expected a hard night in the south. Harlow will now campaign in the western states before the convention."),
    'aboard': ('NANTUCKET, Mass. (AP) -- EgyptAir Flight 990 crashed into the Atlantic Ocean off Nantucket Island early Sunday, killing all 217 people aboard. Coast Guard ships searched the waters through the day for debris. Investigators said they had found no sign of an explosion so far. The Boeing 767 was flying from New York to Cairo when it vanished from radar.',
              'NEW YORK (Reuters) - Families gathered at Kennedy Airport on Sunday after the EgyptAir jet went down in the ocean. It was the worst disaster off the coast since TWA Flight 800 exploded off Long Island in July 1996, killing all 230 people aboard. Officials from the Coast Guard said the search would go on through the night. Relatives waited for news in a hotel near the airport.'),
    'crew2': ('ELMFORD (AP) -- Two days after the storm, a crew of 40 workers in Elmford began clearing the roads, officials said. Power was restored to most homes by the evening. Schools stayed closed for the rest of the week.',
              'CARROW (Reuters) - A week after the storm, a crew of 12 workers in Carrow, a town of about 9,000, began clearing the roads, officials said. Power was restored to most homes by the evening. Schools stayed closed for the rest of the week.'),
}


@pytest.mark.parametrize("case", sorted(_PAIRS))
def test_figures_of_two_things_are_no_number_conflict(case):
    a, b = _PAIRS[case]
    found = compare([Article(id="a", source="a.txt", text=a), Article(id="b", source="b.txt", text=b)])
    assert not [c for c in found.conflicts if c.kind == "number"]


def test_no_sign_that_day_denies_nothing_after_that():
    assert "boat" not in negated_terms("Rescuers saw no sign that day of the missing fishing boat.")
    assert "boat" in negated_terms("Rescuers found no sign that the missing fishing boat had sunk.")


def test_an_acronym_stays_beside_the_pronoun():
    text = "The WHO said on Monday that the flu, which spread fast, hit those who were old."
    assert readable_headline("WHO WARNS OF FLU SPREAD", text) == "WHO Warns of Flu Spread"
