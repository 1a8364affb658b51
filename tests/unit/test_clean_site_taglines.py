"""A site's tagline above a page and a wiki's "[ edit ]" link are never the title (U28 #11)."""
from newsdesk.clean.stage import clean_raw
from newsdesk.model import RawDoc

_BODY = ("The river council of Wendham voted on Monday to close the old ferry pier after engineers found cracks in "
         "its pilings. The council said a new pier would be built within two years at a cost of four million pounds.")


def test_wiki_tagline_is_not_the_title():
    text = f"From Wikipedia, the free encyclopedia\n\nWendham ferry pier closure [ edit ]\n\n{_BODY}\n"
    article = clean_raw(RawDoc("wiki.txt", text))
    assert article.title == "Wendham ferry pier closure"
    assert "free encyclopedia" not in article.text


def test_a_heading_ending_in_brackets_keeps_them():
    text = f"Pier closes [updated]\n\n{_BODY}\n"
    assert clean_raw(RawDoc("p.txt", text)).title == "Pier closes [updated]"
