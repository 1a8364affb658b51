"""Reading fixes from the stop-26 reader review (U26): a page's content warning is no headline, a dateline that lost
its dash is still a dateline, two sentences glued at a closing quote are two, and an untitled story is not named by
a sentence leaning on the one before."""

from __future__ import annotations

import newsdesk
from newsdesk.clean.boilerplate import is_boilerplate_line, is_content_warning
from newsdesk.model import Article, Brief, BriefSentence
from newsdesk.render import story_title
from newsdesk.sentences import dateline_end, split_paragraph


def test_a_content_warning_above_the_story_is_neither_title_nor_text() -> None:
    page = ("WARNING: The video contains subject matter of a graphic nature that some may find offensive\n\n"
            "DUNMORE, Pa. (WDUN) The Dunmore mother accused of leaving her two children in a hot car in August told "
            "detectives she had fallen asleep, according to court papers filed on Tuesday.\n\n"
            "Her lawyer said she would plead not guilty at a hearing next week, and asked for her bail to be lowered.")
    article = newsdesk.clean(page)
    assert article.title is None or "WARNING" not in article.title
    assert "graphic nature" not in article.text
    assert is_content_warning("Viewer discretion is advised.")
    assert is_boilerplate_line("Warning: this story contains images some readers may find disturbing")
    assert not is_content_warning("Warning: the storm may bring floods to the coast, forecasters said")
    assert not is_content_warning("The warning: the video shows the guards beating him, the lawyer said.")


def test_a_dateline_without_its_dash_is_a_dateline() -> None:
    assert "DUNMORE, Pa. (WDUN) The Dunmore mother"[dateline_end("DUNMORE, Pa. (WDUN) The Dunmore mother"):] \
        == "The Dunmore mother"
    assert dateline_end("LISBON An Angolan man was arrested on Friday") == len("LISBON ")
    # a name in capitals going on into the sentence is no dateline
    for text in ("NASA Administrator Jo Reyes said", "NATO (North Atlantic Treaty Organization) troops left",
                 "FBI agents said", "ABC The Bachelor returns", "UN A plan was agreed"):
        assert dateline_end(text) == 0, text


def test_sentences_glued_at_a_closing_quote_are_two() -> None:
    assert split_paragraph('She said he had "never said no."For her part, Reyes said she would help.') == [
        'She said he had "never said no."', "For her part, Reyes said she would help."]
    assert split_paragraph("He never said no.\u201dFor her part, Reyes agreed.") == [
        "He never said no.\u201d", "For her part, Reyes agreed."]
    assert len(split_paragraph("See the No. 5 seed today.")) == 1


def _untitled(text: str, source: str) -> Article:
    return Article(id=source, source=source, text=text)


def test_an_untitled_story_is_not_named_by_a_sentence_leaning_on_another() -> None:
    a = _untitled("Ruth Alvarez called the boy's mother. She then took him to the hospital.", "a")
    b = _untitled("A four-year-old boy fell ill at a day-care center in Dunmore on Friday and died in hospital.", "b")
    brief = Brief(sentences=(BriefSentence("She then took him to the hospital.", "a", ("a",)),
                             BriefSentence(b.text, "b", ("b",))), articles=(a, b))
    assert story_title(brief).startswith("A four-year-old boy fell ill")
    only = Brief(sentences=(BriefSentence("She then took him to the hospital.", "a", ("a",)),), articles=(a,))
    assert story_title(only) == "Ruth Alvarez called the boy's mother."  # the lede of its article


def test_a_headline_field_without_a_word_is_no_title() -> None:
    from newsdesk.clean.headlines import tidy_headline

    assert tidy_headline("310-798-7338.)") is None and tidy_headline("2024") is None
    assert tidy_headline("G7 meets") == "G7 meets"


def test_a_site_name_with_its_tagline_is_neither_the_outlet_nor_the_head_of_the_title() -> None:
    para = ("The Dunmore council voted on Tuesday to close the old bridge over the Mill River after engineers found "
            "cracks in two of its supports, the mayor said at a meeting attended by about 200 residents.")
    page = ("<html><head><title>Council closes Mill River bridge</title>"
            '<meta property="og:site_name" content="Dunmore Ledger | News for the people of Dunmore">'
            '<meta property="og:title" content="Dunmore Ledger | News for the people of Dunmore: Council closes '
            'Mill River bridge"></head><body><article><h1>Council closes Mill River bridge</h1>'
            + "".join(f"<p>{para} Part {k}.</p>" for k in range(4)) + "</article></body></html>")
    article = newsdesk.clean(page)
    assert article.outlet == "Dunmore Ledger"
    assert article.title == "Council closes Mill River bridge"


def test_a_desk_credit_above_the_lead_is_no_article_text() -> None:
    para = ("Police arrested six people on Monday during a narcotics investigation at a home on Seventh Street in "
            "Dunmore, the police chief said in a statement released on Tuesday afternoon.")
    page = ("<html><head><title>Police arrest six</title></head><body><article><h1>Police arrest six</h1>"
            "<p>Staff Reports</p>" + "".join(f"<p>{para} Detail {k}.</p>" for k in range(4)) + "</article></body></html>")
    article = newsdesk.clean(page)
    assert not article.text.startswith("Staff Reports") and article.text.startswith("Police arrested six")


def test_a_timeline_entry_after_a_dash_keeps_its_month() -> None:
    from newsdesk.sentences import split_sentences

    assert split_sentences("Criticism grows.\n\n--Aug. 17 -- A commission says the ship hit a rock. It sank.") == [
        "Criticism grows.", "--Aug. 17 -- A commission says the ship hit a rock.", "It sank."]


def test_a_sentence_opener_before_a_name_is_no_given_name() -> None:
    from newsdesk.brief.antecedents import people_named

    text = ("The families sued the gun maker. Yet Bushmaster said the rifle was sold legally. Bushmaster makes the "
            "rifles sold in Dunmore. Bushmaster declined to comment. Jane Reyes, a lawyer, spoke. Reyes left.")
    assert people_named([Article(id="a", source="a", text=text)]).named == {"Reyes": "Jane Reyes"}
