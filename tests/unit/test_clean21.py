"""Cleaning, stop 21 (review U21): a site name given as a web address is cited as its host."""

from __future__ import annotations

from newsdesk.clean import clean_raw
from newsdesk.model import Article, RawDoc

_BODY = ("<p>The council voted on Monday to close the old bridge over the river for six weeks of repairs, the mayor "
         "said after the meeting.</p><p>Drivers will take a detour of nine miles through the town centre while the "
         "work goes on, officials said.</p>")


def test_a_site_name_written_as_a_web_address_is_cited_as_its_host() -> None:
    page = (f'<html><head><meta property="og:site_name" content="http://www.lanmore-gazette.com">'
            f"<title>Bridge to close</title></head><body><article>{_BODY}</article></body></html>")
    article = clean_raw(RawDoc(source="p.html", content=page, kind="html"))
    assert isinstance(article, Article)
    assert article.outlet == "lanmore-gazette.com"
    given = clean_raw(RawDoc(source="r", content="The council voted to close the old bridge for six weeks of "
                             "repairs, the mayor said on Monday after the meeting.", outlet="www.lanmore-gazette.com/"))
    assert isinstance(given, Article) and given.outlet == "lanmore-gazette.com"
    named = clean_raw(RawDoc(source="r", content=given.text, outlet="Lanmore Gazette"))
    assert isinstance(named, Article) and named.outlet == "Lanmore Gazette"


def test_a_video_players_caption_is_no_text_of_the_article() -> None:
    """The USA Today network's pages run the video player's close button into its caption ("CLOSE Four dispensaries
    began sales ... Jo Roe"); it titled a story and reached briefs (review U21). A headline in capitals is kept."""
    text = ("CLOSE Four Lanmore shops begin sales of the new permits. Jo Roe\n\n"
            "The city of Lanmore began selling parking permits online on Monday, the council said in a statement.\n\n"
            "CLOSE CALL FOR THE MAYOR\n\n"
            "The mayor said the new permits would cut the queues at the town hall, which had grown all winter.")
    article = clean_raw(RawDoc(source="t", content=text))
    assert isinstance(article, Article)
    assert "shops begin sales" not in article.text and "Jo Roe" not in article.text
    assert article.text.startswith("The city of Lanmore began selling parking permits online on Monday")
    lead = clean_raw(RawDoc(source="t", content="CLOSE TO 500 people gathered in the town square on Sunday to protest "
                            "the plan, organizers said.\n\nThe mayor said the plan would go ahead in May."))
    assert isinstance(lead, Article) and lead.text.startswith("CLOSE TO 500 people")  # a lead, not a player


def test_words_in_parentheses_at_the_head_credit_no_outlet() -> None:
    text = ("(Undated) Here is a list of what drives workers at the Lanmore plant crazy, gathered at a seminar for "
            "trainers last week.\n\nWorkers hate tiny raises and insincere thanks, the trainers said.")
    article = clean_raw(RawDoc(source="t", content=text))
    assert isinstance(article, Article) and article.outlet is None
    wire = clean_raw(RawDoc(source="t", content="(CNN) A Lanmore man pleaded not guilty on Monday to charges of "
                            "fraud, his lawyer said.\n\nThe trial is set for June, the court said."))
    assert isinstance(wire, Article) and wire.outlet == "CNN"


def test_a_byline_in_capitals_is_written_as_names_are() -> None:
    from newsdesk.clean.bylines import clean_byline

    assert clean_byline("DANICA ROE; JILL LAKE") == "Danica Roe; Jill Lake"
    assert clean_byline("SEAN O'NEILL") == "Sean O'Neill"
    assert clean_byline("ANN MCBRIDE-LEE") == "Ann McBride-Lee"
    assert clean_byline("AFP") == "AFP" and clean_byline("Jane Doe") == "Jane Doe"
    assert clean_byline("REUTERS WIRE SERVICE") != "Reuters Wire Service"  # a desk stays as printed (or goes)
    assert clean_byline("JOHN SMITH III") == "John Smith III" and clean_byline("JOHN SMITH JR.") == "John Smith Jr."
    assert clean_byline("JUAN DE LA CRUZ") == "Juan de la Cruz"
    assert clean_byline("KSL TV") == "KSL TV"  # an acronym: no person's name
    assert clean_byline("USA TODAY", "USA Today") in ("USA TODAY", None)  # the outlet itself is never re-cased
