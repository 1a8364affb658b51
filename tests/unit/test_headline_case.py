"""A headline in capitals (wire archives) heads a story in title case; the article keeps the title it was given."""

from newsdesk.clean.headlines import readable_headline
from newsdesk.model import Article, Brief, BriefSentence
from newsdesk.render import story_title


def test_shouted_headline_in_title_case():
    assert readable_headline("HARBOUR FERRY RUNS AGROUND IN STORM") == "Harbour Ferry Runs Aground in Storm"


def test_initials_figures_and_the_articles_capitals_stay():
    text = "The FBI said the CEO had left."
    assert readable_headline("FBI AGENTS RAID U.S. HOME OF EX-CEO AFTER G7 TALKS", text) == \
        "FBI Agents Raid U.S. Home of Ex-CEO After G7 Talks"
    assert readable_headline("'GAY PANIC' PLEA BARRED BY WYO. JUDGE") == "'Gay Panic' Plea Barred by Wyo. Judge"


def test_other_headlines_unchanged():
    for title in ("Harbour ferry runs aground", "NATO talks", "UN VOTE", "Ferry FIRE in the harbour"):
        assert readable_headline(title) == title


def test_story_title_is_readable_and_article_keeps_its_title():
    art = Article(id="a1", source="a.txt", text="A ferry ran aground off Lanmore on Tuesday.",
                  title="FERRY RUNS AGROUND OFF LANMORE")
    brief = Brief(sentences=(BriefSentence(text=art.text, citations=("a1",), from_id="a1"),), articles=(art,))
    assert story_title(brief) == "Ferry Runs Aground Off Lanmore"
    assert art.title == "FERRY RUNS AGROUND OFF LANMORE"


def test_a_digest_headline_heads_a_story_only_when_no_other_does():
    from newsdesk.cluster import typical_title

    digest = Article(id="d", source="d.txt", text="Ferry runs aground off Lanmore. Council approves budget.",
                     title="AP Top News at 4 a.m. EST")
    news = Article(id="n", source="n.txt", text="A ferry ran aground off Lanmore.", title="Ferry runs aground off Lanmore")
    brief = Brief(sentences=(BriefSentence(text="Ferry runs aground off Lanmore.", citations=("d", "n"), from_id="d"),),
                  articles=(digest, news))
    assert story_title(brief) == "Ferry runs aground off Lanmore"
    assert typical_title(["AP Top News at 4 a.m. EST", "Ferry runs aground off Lanmore harbour"]) == \
        "Ferry runs aground off Lanmore harbour"


def test_a_stored_story_title_is_in_title_case_too():
    from newsdesk.cluster import make_story

    art = Article(id="a1", source="a.txt", text="A ferry ran aground off Lanmore on Tuesday.",
                  title="FERRY RUNS AGROUND OFF LANMORE")
    assert make_story(["a1"], {"a1": art}).title == "Ferry Runs Aground Off Lanmore"
