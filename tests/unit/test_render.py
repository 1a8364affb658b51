"""How briefs and rejections read: counts, unknown outlets, plain-text differences, untitled stories."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from builders import UNRELATED, make_article
from newsdesk.cli import main
from newsdesk.errors import Reason
from newsdesk.model import Brief, BriefSentence, Comparison, Conflict, ConflictSide, Rejection
from newsdesk.render import brief_markdown, brief_text, byline_counts, plural, story_title


def test_counts_are_plural_only_when_needed_and_file_names_are_no_outlets() -> None:
    known = make_article("Crews cleared the road.", outlet="Coast Post", source="a.txt")
    unknown = make_article("Crews cleared the road again.", source="0042_f00.txt")
    assert plural(1, "article") == "1 article" and plural(3, "outlet") == "3 outlets"
    assert byline_counts([known]) == "1 article by 1 outlet"
    assert byline_counts([known, unknown]) == "2 articles by 1 outlet (1 of unknown outlet)"
    assert byline_counts([unknown, unknown]) == "2 articles (outlet not known)", "never \"by 0 outlets\""
    brief = Brief(sentences=(BriefSentence("Crews cleared the road.", known.id, (known.id,)),), articles=(known, unknown))
    md = brief_markdown(brief)
    assert "*4 words from 2 articles by 1 outlet (1 of unknown outlet)*" in md
    assert "2. Unknown outlet · " in md and "`0042_f00.txt`" in md


def test_rejections_read_as_one_phrase() -> None:
    assert Rejection("b.bin", Reason.BINARY, "binary content (not text)").explain == "binary content (not text)"
    r = Rejection("e.txt", Reason.NO_TEXT, "0 words of article text left")
    assert r.explain == "no article text: 0 words of article text left"
    assert Rejection("c.txt", Reason.NO_TEXT).explain == "no article text"


def test_plain_text_keeps_where_sources_differ() -> None:
    a = make_article("Four people died in the fire.", outlet="Coast Post")
    b = make_article("Six people died in the fire.", outlet="Harbour Times")
    conflict = Conflict("number", (ConflictSide("Four people died in the fire.", "four", (a.id,)),
                                   ConflictSide("Six people died in the fire.", "six", (b.id,))))
    brief = Brief(sentences=(BriefSentence("Four people died in the fire.", a.id, (a.id,)),), articles=(a, b),
                  comparison=Comparison(conflicts=(conflict,)))
    text = brief_text(brief)
    assert "Where sources differ" in text and "four" in text and "six" in text
    assert "**" not in text and "##" not in text


def test_an_untitled_story_is_named_after_its_first_sentence() -> None:
    a = make_article("Ferry crews walked out on Monday over pay and rosters on the Harbour line to the islands.")
    brief = Brief(sentences=(BriefSentence(a.text, a.id, (a.id,)),), articles=(a,))
    assert story_title(brief) == a.text  # 17 words: whole (U30 #14)


def test_an_untitled_brief_title_leaves_out_the_wire_dateline() -> None:
    a = make_article("HARBOURTON, May 3 (Xinhua) -- Ferry crews walked out on Monday over pay.")
    brief = Brief(sentences=(BriefSentence(a.text, a.id, (a.id,)),), articles=(a,))
    assert story_title(brief) == "Ferry crews walked out on Monday over pay."


def test_the_title_agrees_with_the_lead_sentence() -> None:
    old = make_article("Four people died in the ferry fire on Monday.", title="Ferry fire kills four", id="a")
    new = make_article("Six people died in the ferry fire, the hospital said.", title="Ferry fire toll rises to six", id="b")
    # The lead comes from b, though a is cited more often.
    brief = Brief(sentences=(BriefSentence(new.text, new.id, (new.id, old.id)),
                             BriefSentence("Crews fought the fire for hours.", old.id, (old.id,))), articles=(old, new))
    assert story_title(brief) == "Ferry fire toll rises to six"


def test_an_empty_directory_is_named_in_the_error(tmp_path: Path) -> None:
    empty = tmp_path / "nothing_here"
    empty.mkdir()
    for command in (["brief", str(empty)], ["cluster", str(empty)]):
        res = CliRunner().invoke(main, command)
        assert res.exit_code == 1
        assert f"nothing to read in {empty}" in res.output, res.output


def test_brief_notes_when_the_inputs_are_several_stories(tmp_path: Path) -> None:
    for i, text in enumerate(UNRELATED):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    res = CliRunner().invoke(main, ["brief", str(tmp_path)])
    assert res.exit_code == 0
    assert "these 4 articles look like 4 different stories" in res.output and "newsdesk cluster" in res.output
    one = CliRunner().invoke(main, ["brief", str(tmp_path / "0.txt")])
    assert "different stories" not in one.output


def test_a_url_without_a_scheme_names_no_outlet() -> None:
    from dataclasses import replace

    from newsdesk.render import known_outlet

    a = make_article("Crews cleared the road.", source="item7.jsonl")
    assert known_outlet(replace(a, url="example.com/story/7")) is None
    assert known_outlet(replace(a, url="https://www.example.com/story/7")) == "example.com"
    assert byline_counts([replace(a, url="example.com/story/7")]) == "1 article (outlet not known)"


def test_plural_with_an_irregular_form() -> None:
    from newsdesk.render import plural

    assert [plural(1, "story", "stories"), plural(2, "story", "stories"), plural(3, "article")] == [
        "1 story", "2 stories", "3 articles"]


def test_an_article_the_brief_never_cites_gives_no_title() -> None:
    """An editors' advisory or a digest in the pile has a title but none of its sentences is in the brief (review
    U22: "(Adds: GLF-TIGER; ...)" headed a story it had nothing to do with)."""
    advisory = make_article("The desk has filed the following stories tonight.", title="(Adds: GLF-LANE)", id="a")
    story = make_article("Six people died in the ferry fire, the hospital said.", id="b")
    brief = Brief(sentences=(BriefSentence(story.text, story.id, (story.id,)),), articles=(advisory, story))
    assert story_title(brief) == "Six people died in the ferry fire, the hospital said."
    titled = make_article("Crews fought the fire for hours.", title="Ferry fire toll rises to six", id="c")
    brief = Brief(sentences=(BriefSentence(story.text, story.id, (story.id,)),
                             BriefSentence(titled.text, titled.id, (titled.id,))), articles=(advisory, story, titled))
    assert story_title(brief) == "Ferry fire toll rises to six"


def test_a_brief_of_text_in_another_script_says_why_it_is_empty() -> None:
    """Review X22: Chinese pages gave an empty brief with no reason."""
    from newsdesk.render import brief_markdown

    a = make_article("東京では月曜日に大雨が降り、多くの電車が止まった。市の当局者によると、被害は小さかった。")
    text = brief_markdown(Brief(sentences=(), articles=(a,)))
    assert "not written in Latin letters" in text
    b = make_article("Ferry crews walked out.")
    assert "Latin" not in brief_markdown(Brief(sentences=(), articles=(b,)))
    titled = make_article("東京では月曜日に大雨が降った。", title="東京の大雨")
    assert story_title(Brief(sentences=(), articles=(titled,))) == "東京の大雨"  # an empty brief keeps the title


def test_an_untitled_storys_pronoun_lead_is_named_in_its_title() -> None:
    """Review U22: a story was titled "She said it represented the animals ..."."""
    from newsdesk.model import PersonNote

    a = make_article("She said the park would close on Monday.")
    brief = Brief(sentences=(BriefSentence(a.text, a.id, (a.id,), people=(PersonNote("She", "Ana Ruiz"),)),),
                  articles=(a,))
    assert story_title(brief) == "She [Ana Ruiz] said the park would close on Monday."


def test_the_several_stories_note_is_in_the_saved_brief_and_comparison(tmp_path: Path) -> None:
    saved_dir = tmp_path / "saved"
    saved_dir.mkdir()
    tmp_path = tmp_path / "in"
    tmp_path.mkdir()
    for i, text in enumerate(UNRELATED):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    for command, name in (("brief", "brief.md"), ("compare", "compare.md")):
        out = saved_dir / name
        res = CliRunner().invoke(main, [command, str(tmp_path), "--out", str(out)])
        assert res.exit_code == 0, res.output
        saved = out.read_text(encoding="utf-8")
        assert "> Note: these 4 articles look like 4 different stories" in saved, saved[:400]
    text = CliRunner().invoke(main, ["brief", str(tmp_path), "--format", "text"])
    assert "Note: these 4 articles look like" in text.stdout
    alone = saved_dir / "one.md"
    CliRunner().invoke(main, ["brief", str(tmp_path / "0.txt"), "--out", str(alone)])
    assert "Note:" not in alone.read_text(encoding="utf-8")
