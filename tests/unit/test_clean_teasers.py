"""Teaser links to other stories, pagination and a blog feed's footer are cut from a page's article text."""

from newsdesk import clean

PARAS = [
    "A fire at a warehouse in Dunmore forced the evacuation of 1,200 residents on Tuesday, officials said.",
    "Firefighters worked through the night to contain the blaze, the fire service said on Wednesday morning.",
    "The cause of the fire is not yet known, and an inquiry will begin next week, the council said.",
]


def _page(*extra: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in [PARAS[0], extra[0], PARAS[1], *extra[1:], PARAS[2]])
    return f"<html><head><title>Warehouse fire</title></head><body><article><h1>Warehouse fire</h1>{body}</article></body></html>"


def test_teaser_pagination_and_feed_footer_are_cut():
    art = clean(_page("Read more: Dunmore residents demand answers over factory safety", "Page 1 of 2 Next page »",
                      "The post Warehouse fire forces evacuation appeared first on Dunmore Local."))
    assert "Read more" not in art.text and "Page 1 of 2" not in art.text and "appeared first" not in art.text
    assert all(p in art.text for p in PARAS)


def test_an_embedded_post_stays():
    art = clean(_page("Huge plume of black smoke over Dunmore right now #DunmoreFire",
                      "— Local Resident (@dunmore_local) March 5, 2024"))
    assert "Huge plume of black smoke" in art.text


def test_article_sentences_shaped_like_furniture_stay():
    from importlib import import_module

    embedded_furniture = import_module("newsdesk.clean.boilerplate").embedded_furniture
    lines = ["Related: the council's own report, published in May, found the same faults.",
             "Page 3 of 10 was blacked out entirely.", "Next page of the dossier lists the donors.",
             "Recommended: two weeks of rest, the doctor said.",
             "The post of harbour master appeared first on a list of cuts drawn up by the council in 2019.",
             "Crews fought the fire for hours."]
    assert embedded_furniture(lines) == set()
