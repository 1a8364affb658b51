"""The brief as a reader meets it: no picked sentence points back to one the brief does not show."""

from __future__ import annotations

import pytest

from newsdesk.brief import summarize
from newsdesk.brief.select import _REJECT, _WORDISH, _reject_code, reject_reason
from newsdesk.config import BriefConfig
from newsdesk.model import Article

# One sentence of each class that needs a sentence before it (who? which? where?), in a made-up story.
POINTS_BACK = [
    # a definite description whose head noun only names an earlier event
    "The move Monday comes after the county council in Millbrook voted to close the old bridge.",
    "The change to 12 metres means that the river rose higher than engineers first thought.",
    "The announcement by Mayor Ellen Park came at a late-night news conference in the town hall.",
    "The decision angered shop owners along the river who had stacked sandbags all night.",
    # a person known by age only, or described ahead of a pronoun
    "The 34-year-old was one of the volunteers who stayed at the bridge through the night.",
    "The 19-year-old Millbrook College student was pulled from the water by two firefighters.",
    "A 34-year-old electrician, he was known to neighbours as a strong swimmer.",
    # one of several counted before, or an item of a list begun before
    "A third was taken to the county hospital with a broken leg on Tuesday.",
    "A second team of four divers searched the flooded car park beside the river.",
    "The latter said the town had not seen water this high since the great flood of 1952.",
    "The third thing, and the one residents fear most, is the old dam upstream.",
    # a quantifier standing for people counted before
    "Most are thought to have spent the night in the high school gymnasium.",
    # doing what someone else did
    "Neighbouring Riverton closed its schools on Tuesday after Millbrook did the same.",
    "Two other towns downstream of the dam quickly followed suit on Wednesday morning.",
    # a connective that only continues, with a subject that points back too
    "However, historically, neither has flooded as badly as the lower town did in 1952.",
    "Instead, the council sent buses to carry residents to shelters in the next valley.",
    "Still, on Tuesday, she was told by the county that her house could not be insured.",
    # what did not happen, with nothing to say where
    "There were no reports of injuries or damage.",
]

# Their counterparts that name what they speak of, and must stay.
STANDS = [
    "The decision to close the old bridge in Millbrook was made on Monday by the county council.",
    "The former mayor of Millbrook said on Monday that the town had never flooded so fast.",
    "A 34-year-old electrician from Millbrook was rescued from the roof of his van on Tuesday.",
    "The second day of flooding in Millbrook forced another 500 residents from their homes.",
    "Also, the county opened two more shelters in the high school gymnasiums on Tuesday night.",
    "But after a night of rain, the river in Millbrook rose another two metres by Wednesday.",
    "Both shelters in Millbrook were full by Tuesday night, Mayor Ellen Park said.",
    "There were no reports of injuries in Millbrook, where the river burst its banks on Tuesday.",
    "Volunteers from Riverton did the same work in Millbrook the following morning.",
]


@pytest.mark.parametrize("sentence", POINTS_BACK)
def test_sentence_that_points_back_is_rejected(sentence: str) -> None:
    assert reject_reason(sentence, BriefConfig()) == "points_back"
    assert _reject_code(sentence, _WORDISH.findall(sentence), BriefConfig()) == _REJECT  # parse agrees


@pytest.mark.parametrize("sentence", STANDS)
def test_sentence_that_names_its_subject_stays(sentence: str) -> None:
    assert reject_reason(sentence, BriefConfig()) is None
    assert _reject_code(sentence, _WORDISH.findall(sentence), BriefConfig()) == 0


def _art(aid: str, *sentences: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text="\n\n".join(sentences))


def test_brief_takes_the_version_of_a_fact_that_names_its_subject() -> None:
    # Two outlets report the rescue; one names the man only by age, after a lede the brief may not take.
    lede = "Floodwaters forced the evacuation of 3,000 residents from the river town of Millbrook on Tuesday."
    by_age = "The 34-year-old was rescued from the roof of his van near the old bridge by two firefighters."
    named = "Jonas Weller, 34, was rescued from the roof of his van near the old bridge by two firefighters."
    articles = [
        _art("a", lede, "Electrician Jonas Weller had driven into the water to reach his mother.", by_age),
        _art("b", named, "Mayor Ellen Park said the town had opened two emergency shelters in the high school."),
        _art("c", lede, "State police closed three highways leading into the valley after mudslides blocked them."),
    ]
    texts = [s.text for s in summarize(articles, BriefConfig(words=400)).sentences]
    assert by_age not in texts
    assert named in texts


def test_brief_of_a_story_never_picks_a_sentence_that_points_back() -> None:
    # Every sentence of the story is short enough to fit a large budget: only the rules keep one out.
    articles = [
        _art("a", "Floodwaters forced the evacuation of 3,000 residents from Millbrook on Tuesday.", *POINTS_BACK[:9]),
        _art("b", "About 3,000 residents of Millbrook were evacuated on Tuesday as floodwaters rose.", *POINTS_BACK[9:]),
    ]
    texts = {s.text for s in summarize(articles, BriefConfig(words=1000)).sentences}
    assert texts.isdisjoint(POINTS_BACK)
    assert texts  # the ledes stand


def test_caption_with_place_markers_is_rejected() -> None:
    # "(C)", "(L)", "(L-R)": who stands where in a picture the brief does not show.
    sentence = "Mayor Ellen Park (C) speaks to residents of Millbrook at the town hall on Tuesday."
    assert reject_reason(sentence, BriefConfig()) == "caption_or_furniture"
    assert _reject_code(sentence, _WORDISH.findall(sentence), BriefConfig()) == _REJECT
