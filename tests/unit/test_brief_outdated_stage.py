"""A brief says where a case stands: "is charged" is not stated once a later article reports the verdict."""

import newsdesk

EARLY = ("Tom Varga, 24, is charged with arson in the fire that destroyed the Lanmore library in March, police said. "
         "Varga could face ten years in prison if convicted. The library's 40,000 books were lost in the blaze. "
         "The council has promised to rebuild the library on the same site by next year.")
LATE = ("A jury on Friday convicted Tom Varga of arson for the fire that destroyed the Lanmore library. "
        "The library's 40,000 books were lost in the blaze, which firefighters fought for six hours. "
        "Varga will be sentenced next month, the judge said. The council has promised to rebuild the library.")
OTHER = ("Ana Petrov, 31, is charged with theft of library computers in Lanmore, police said on Monday. "
         "The council has promised to rebuild the library on the same site by next year, the mayor said.")


def _brief(*docs):
    return newsdesk.brief([{"id": i, "text": t, "date": d, "outlet": o} for i, t, d, o in docs], words=120, compare=False)


def test_the_charge_gives_way_to_the_later_verdict():
    brief = _brief(("a", EARLY, "2021-03-10", "Lanmore Post"), ("b", LATE, "2021-09-20", "Valley Times"))
    text = brief.text
    assert "convicted Tom Varga" in text
    assert "is charged with arson" not in text and "if convicted" not in text


def test_a_charge_against_someone_else_stays():
    brief = _brief(("a", OTHER, "2021-03-10", "Lanmore Post"), ("b", LATE, "2021-09-20", "Valley Times"))
    assert "Ana Petrov, 31, is charged" in brief.text


def test_every_verdict_the_stages_read_holds_a_pre_check_word():
    from newsdesk.compare.fact_match import VERDICT_WORDS, stages

    for text in ("He was convicted of arson.", "She was found guilty.", "He pleaded guilty on Monday.",
                 "He was sentenced to ten years.", "Both are serving prison terms.", "He was acquitted.",
                 "She was found not guilty.", "He was cleared of all charges.", "The jury gave a guilty verdict."):
        assert stages(text) & {"convicted", "acquitted"}, text
        assert any(w in text.lower() for w in VERDICT_WORDS), text


SENTENCED = ("Tom Varga was sentenced on Monday to eight years in prison for the fire that destroyed the Lanmore "
             "library. The library's 40,000 books were lost in the blaze. The council has promised to rebuild the "
             "library on the same site by next year, the mayor said.")
CONVICTED = ("A jury on Friday convicted Tom Varga of arson for the fire that destroyed the Lanmore library, and he "
             "could face up to ten years in prison. The library's 40,000 books were lost in the blaze. The council "
             "has promised to rebuild the library on the same site by next year.")


def test_the_sentence_still_to_come_gives_way_to_the_sentence_given():
    """U25: "A jury has now convicted McKinney ... and he could face the death penalty" after his life sentence."""
    brief = _brief(("a", CONVICTED, "2021-09-20", "Lanmore Post"), ("b", SENTENCED, "2021-11-02", "Valley Times"))
    assert "sentenced on Monday to eight years" in brief.text
    assert "could face up to ten years" not in brief.text


def test_the_sentence_to_come_stays_when_no_later_article_gives_it():
    brief = _brief(("a", CONVICTED, "2021-09-20", "Lanmore Post"), ("b", LATE, "2021-09-21", "Valley Times"))
    assert "could face up to ten years" in brief.text or "will be sentenced" in brief.text
