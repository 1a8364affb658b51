"""A Markdown article saved by a static-site generator opens with its fields (title, date, author): they are
read as a record's fields are, not printed as the article's first lines (they were)."""

from __future__ import annotations

from pathlib import Path

from newsdesk.ingest import read_bytes
from newsdesk.ingest.markdown import front_matter
from newsdesk.model import RawDoc

BODY = ("The Dunmore council voted on Wednesday to close the old pier for repairs, the mayor said.\n\n"
        "Work will start in the spring and take two years, the council's engineer told reporters.")
YAML = ('---\nlayout: post\ntitle: "Dunmore closes its pier"\ndate: 2024-03-06T09:30:00+00:00\n'
        "author:\n  - Jane Doe\n  - 'John Roe'\nurl: https://gazette.test/2024/03/pier\ntags: [pier, council]\n---\n\n")
TOML = '+++\ntitle = "Dunmore closes its pier"\ndate = 2024-03-06\npublisher = "Dunmore Gazette"\n+++\n'


def test_yaml_front_matter_gives_the_fields_and_leaves_the_text() -> None:
    raw = read_bytes("pier.md", (YAML + BODY).encode(), ".md")
    assert isinstance(raw, RawDoc)
    assert raw.title == "Dunmore closes its pier"
    assert raw.date is not None and raw.date.startswith("2024-03-06")
    assert raw.byline == "Jane Doe; John Roe"
    assert raw.url == "https://gazette.test/2024/03/pier"
    assert raw.source == "pier.md" and raw.kind == "text"
    assert raw.content.strip().startswith("The Dunmore council voted") and "layout" not in raw.content


def test_toml_front_matter_of_hugo() -> None:
    raw = read_bytes("pier.md", (TOML + "# Pier to close\n\n" + BODY).encode(), ".md")
    assert isinstance(raw, RawDoc)
    assert raw.title == "Dunmore closes its pier" and raw.outlet == "Dunmore Gazette"
    assert raw.date == "2024-03-06"
    assert "+++" not in raw.content and "publisher" not in raw.content


def test_the_heading_titles_the_article_when_the_front_matter_gives_no_title() -> None:
    raw = read_bytes("pier.md", ("---\ndate: 2024-03-06\n---\n# Pier to close\n\n" + BODY).encode(), ".md")
    assert isinstance(raw, RawDoc) and raw.title == "Pier to close" and raw.date == "2024-03-06"


def test_text_between_two_rules_is_no_front_matter() -> None:
    for opening in ("---\nThe council met on Tuesday. It voted to close the pier.\n---\n",
                    "---\nUpdate: the council voted again on Thursday.\n---\n"):
        fields, rest = front_matter(opening + BODY)
        assert fields == {} and rest == opening + BODY
        raw = read_bytes("pier.md", (opening + BODY).encode(), ".md")
        assert isinstance(raw, RawDoc) and raw.content.split()[:2] == opening.split()[1:3]


def test_an_unclosed_block_is_text() -> None:
    fields, rest = front_matter("---\ntitle: Pier\n" + BODY)
    assert fields == {} and rest.startswith("---\ntitle: Pier")


def test_front_matter_in_a_folder_of_posts(tmp_path: Path) -> None:
    from newsdesk.ingest import read_inputs

    (tmp_path / "2024-03-06-pier.md").write_text(YAML + BODY, encoding="utf-8")
    docs = list(read_inputs([tmp_path]))
    assert len(docs) == 1 and isinstance(docs[0], RawDoc) and docs[0].title == "Dunmore closes its pier"


def test_a_script_beside_the_articles_is_no_article(tmp_path: Path) -> None:
    """X25: `load_articles(["."])` read the user's own script as a news article."""
    from newsdesk.ingest import read_inputs
    from newsdesk.model import Rejection

    (tmp_path / "fetch.py").write_text("import json\nprint('fetching the feed')\n", encoding="utf-8")
    (tmp_path / "pier.md").write_text(YAML + BODY, encoding="utf-8")
    docs = list(read_inputs([tmp_path]))
    assert [d.title for d in docs if isinstance(d, RawDoc)] == ["Dunmore closes its pier"]
    (refused,) = [d for d in docs if isinstance(d, Rejection)]
    assert refused.source.endswith("fetch.py") and "program or configuration file" in refused.detail


def test_pandoc_lists_toml_tables_and_folded_values() -> None:
    """R25: these front matters were read as text, or gave the title ">-"."""
    assert front_matter("---\ntitle: 'Pier'\nauthor:\n- Jane Doe\n- John Roe\n---\nBody")[0]["author"] == \
        ["Jane Doe", "John Roe"]
    assert front_matter('+++\ntitle = "Pier"\n[params]\n  author = "Jane Doe"\n+++\nBody')[0]["author"] == "Jane Doe"
    fields, rest = front_matter("---\ntitle: >-\n  Pier closes after\n  the storm\ndate: 2024-03-05\n---\nBody")
    assert fields["title"] == "Pier closes after the storm" and rest == "Body"
