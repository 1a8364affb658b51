"""The brief's speed changes of stop 27 give what the plain path gave (invented text): parse hands over each
article's sentences, and the checks after the choice read those instead of splitting the articles again."""

from __future__ import annotations

from newsdesk.brief import antecedents, summarize
from newsdesk.brief.cite import duplicate_groups
from newsdesk.brief.compose import WEIGHTS, _select
from newsdesk.brief.select import parse
from newsdesk.config import BriefConfig
from newsdesk.model import Article
from newsdesk.sentences import split_sentences

# A story whose brief holds a sentence opening with "He" away from its article's sentence before: the leaning check
# reads that article's sentences (who "he" is) after the choice.
_FIRST = ("Harbour officials in Port Elling closed the old ferry pier on Monday after divers found cracks in its "
          "pilings. Mayor Tom Varga visited the pier on Tuesday with two engineers from the city. He said the pier "
          "would reopen in the spring after repairs costing 40,000 dollars.")
_SECOND = ("The old ferry pier in Port Elling will reopen in the spring after repairs costing 40,000 dollars, the mayor "
           "said. Divers found cracks in its pilings last week.")
_THIRD = ("Port Elling's old ferry pier will reopen in the spring after repairs that cost 40,000 dollars, Mayor Tom "
          "Varga said. The city closed the pier on Monday.")


def _articles() -> list[Article]:
    return [Article(id=f"a{k}", source=f"s{k}", text=text) for k, text in enumerate((_FIRST, _SECOND, _THIRD))]


def test_parse_hands_over_each_articles_sentences_by_id() -> None:
    articles = _articles()
    split: dict[str, list[str]] = {}
    parse(articles, [0, 1, 2], BriefConfig(), split)
    assert split == {a.id: split_sentences(a.text) for a in articles}


def test_parse_gives_the_same_sentences_with_and_without_handing_them_over() -> None:
    articles = _articles()
    plain = parse(articles, [0, 1, 2], BriefConfig())
    handed = parse(articles, [0, 1, 2], BriefConfig(), {})
    assert [(c.text, c.pool, c.position) for c in plain[0]] == [(c.text, c.pool, c.position) for c in handed[0]]
    assert [(p.tokens, p.names, p.content) for p in plain[1]] == [(p.tokens, p.names, p.content) for p in handed[1]]


def test_an_id_given_twice_hands_over_the_last_articles_sentences() -> None:
    # The checks after the choice look an article up by id (the last one of an id wins): so must the handed split.
    twice = [Article(id="x", source="s0", text=_FIRST), Article(id="x", source="s1", text=_THIRD)]
    split: dict[str, list[str]] = {}
    parse(twice, [0, 1], BriefConfig(), split)
    assert split == {"x": split_sentences(_THIRD)}


def test_the_choice_is_the_same_with_the_handed_sentences_as_with_its_own_split() -> None:
    articles = tuple(_articles())
    groups = duplicate_groups([a.id for a in articles], ())
    for words in (20, 30, 45, 60, 120):
        cfg = BriefConfig(words=words)
        split: dict[str, list[str]] = {}
        cands, pool = parse(articles, groups, cfg, split)
        handed = _select(cands, pool, articles, groups, (), cfg, WEIGHTS, split)
        cands, pool = parse(articles, groups, cfg)
        own = _select(cands, pool, articles, groups, (), cfg, WEIGHTS)
        assert handed == own


def test_the_checks_after_the_choice_split_no_article_again(monkeypatch) -> None:
    # "He said the pier would reopen ..." leans on its article's sentence before; whether its person is plain is read
    # from the article's sentences, which parse has split already.
    asked: list[str] = []

    def counting_split(text: str) -> list[str]:
        asked.append(text)
        return split_sentences(text)

    monkeypatch.setattr(antecedents, "split_sentences", counting_split)
    checked = []
    person_plain = antecedents._person_plain

    def noting(s, *args):
        checked.append(s.text)
        return person_plain(s, *args)

    monkeypatch.setattr(antecedents, "_person_plain", noting)
    for words in (20, 30, 45, 60, 120):
        summarize(_articles(), BriefConfig(words=words))
    assert checked  # the story does make the brief check an opening "He"
    assert asked == []


def test_may_hold_turns_answers_as_the_label_pattern_anywhere() -> None:
    """S27: the faster test of a transcript label (after a sentence's end, or at a line's start) says what the one
    pattern searched everywhere says."""
    from newsdesk.compare.transcript import _LABEL_ANYWHERE, may_hold_turns

    texts = ["JOHN SMITH: Good evening.", "He left. MARY JONES: Thanks.", "Q: Why?\nA: Because.",
             "The ratio was 3:1 at noon.", "He said: no.", "  HOST, CNN: Welcome back.", "U.S. OFFICIALS: none",
             "Nothing here at all", "line one\n  ANNA KOVA: yes", "Ends with a stop.\tBOB: hi", ""]
    for text in texts:
        assert may_hold_turns(text) == (_LABEL_ANYWHERE.search(text) is not None), text
