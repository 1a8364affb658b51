"""compare's JSON says under which name each article's outlet is counted among a fact's sources (U28 #10: facts said
"AP" while the articles said "Associated Press", so a script could not join them)."""
from newsdesk.model import Article, Comparison
from newsdesk.render import comparison_dict


def test_each_article_says_the_name_it_is_counted_under():
    articles = [Article(id="a", source="a.txt", text="x", outlet="Associated Press"),
                Article(id="b", source="b.txt", text="y", outlet="Harbour Times"),
                Article(id="c", source="c.txt", text="z")]
    data = comparison_dict(Comparison(), articles, [])
    assert [a["counted_as"] for a in data["articles"]] == ["AP", "Harbour Times", None]
    assert [a["outlet"] for a in data["articles"]][:2] == ["Associated Press", "Harbour Times"]
