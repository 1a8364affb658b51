"""A saved page's own address (<link rel="canonical">, og:url) becomes the article's URL."""

from newsdesk import clean

PARAS = "".join(f"<p>{s}</p>" for s in [
    "A fire at a warehouse in Dunmore forced the evacuation of 1,200 residents on Tuesday, officials said.",
    "Firefighters worked through the night to contain the blaze, the fire service said on Wednesday morning.",
    "The cause of the fire is not yet known, and an inquiry will begin next week, the council said.",
])


def _page(head: str) -> str:
    return (f"<html><head><title>Warehouse fire forces evacuation</title>{head}</head><body><article>"
            f"<h1>Warehouse fire forces evacuation</h1>{PARAS}</article></body></html>")


def test_canonical_link_and_og_url_give_the_url():
    art = clean(_page('<link rel="canonical" href="https://www.dunmorecourier.example/news/2024/03/fire.html">'))
    assert art.url == "https://www.dunmorecourier.example/news/2024/03/fire.html"
    og = clean(_page('<meta property="og:url" content="https://news.example/fire">'))
    assert og.url == "https://news.example/fire"


def test_a_relative_address_is_no_url():
    assert clean(_page('<link rel="canonical" href="/news/2024/03/fire.html">')).url is None


def test_a_home_page_is_no_articles_url():
    assert clean(_page('<link rel="canonical" href="https://www.example-news.com/">')).url is None
