"""What a reader of `newsdesk compare` checks: a confirmed fact is carried by every article cited, its speaker is
the person the article means, an office holder is not an anonymous source, a caption is not a fact."""

from __future__ import annotations

from newsdesk.compare import compare
from newsdesk.compare.claims import article_claims
from newsdesk.model import Article


def art(aid: str, outlet: str | None, *sentences: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=" ".join(sentences), outlet=outlet)


def _speakers_of(text: str, sentence_start: str) -> list[tuple[str, str | None]]:
    claims = article_claims(art("x", None, text)).claims
    claim = next(c for c in claims if c.text.startswith(sentence_start))
    return [(s.who, s.role) for s in claim.speakers]


# --- facts ---

def test_two_sentences_sharing_only_who_says_them_are_not_one_fact() -> None:
    a = art("a", "Kell Times", "The Varn County Prosecutor's Office has received a warrant request.",
            "Flags flew at half mast over the town hall on Friday.")
    b = art("b", "Varn Post", "The Varn County prosecutor's office said Ostby stopped a cyclist near the old mill.",
            "The funeral will be held at the cathedral next week.")
    assert not compare([a, b]).facts


def test_sentences_giving_different_figures_are_not_one_confirmed_fact() -> None:
    a = art("a", "Kell Times", "In a nearly simultaneous bombing of the embassy in Ostby, 248 people were killed.",
            "Flags flew at half mast over the town hall on Friday.")
    b = art("b", "Varn Post", "A nearly simultaneous bombing outside the embassy in Ostby killed 213 people.",
            "The funeral will be held at the cathedral next week.")
    c = art("c", "Ostby News", "In a nearly simultaneous bombing of the embassy in Ostby, 248 people were killed.",
            "Investigators searched the port on Tuesday.")
    for fact in compare([a, b, c]).facts:
        assert "b" not in fact.articles or "a" not in fact.articles, fact


def test_an_old_figure_a_later_report_revises_is_no_fact_of_its_own() -> None:
    early = "Four people were killed when the Kell footbridge collapsed into the Varn river on Monday, police said."
    late = ("Six people died when the Kell footbridge collapsed into the Varn river on Monday, the hospital said,"
            " raising the toll from the four deaths reported in the morning.")
    a = art("a", "Kell Times", early, "Rescue boats searched the river until nightfall, the harbour master said.")
    b = art("b", "Kell Times Online", early, "The mayor will visit the site on Tuesday morning.")
    c = art("c", "Varn Post", late, "The footbridge opened in 1971 and carried about two thousand walkers a day.")
    comp = compare([a, b, c])
    assert comp.revisions
    assert not any(f.text == early for f in comp.facts), "the revision shows four -> six; four is no fact now"


def test_the_one_holder_of_an_office_is_no_anonymous_source() -> None:
    a = art("a", "Kell Times", "Police have arrested a man suspected of planning an attack on two churches in Ostby,"
            " the country's interior minister said.", "Flags flew at half mast over the town hall on Friday.")
    b = art("b", "Varn Post", "Police arrested a man suspected of planning an attack on two churches in Ostby,"
            " the country's interior minister said on Wednesday.", "The funeral will be held next week.")
    fact = next(f for f in compare([a, b]).facts if "churches" in f.text)
    assert not fact.anonymous_only


def test_a_photo_caption_is_not_a_fact() -> None:
    caption = "Members of the media wait as prosecutor Ada Brenn (R) and police chief Omar Vance attend a news conference."
    a = art("a", "Kell Times", caption, "The suspect was charged with two counts of murder on Friday evening.")
    b = art("b", "Varn Post", "The suspect was charged on Friday with two counts of murder, the prosecutor said.")
    comp = compare([a, b])
    assert caption not in [f.text for f in (*comp.facts, *comp.single_source)]


# --- who says it, within one article ---

def test_he_said_after_a_sentence_about_someone_else_is_that_person() -> None:
    text = ("Mr. Orin said the network had asked for more interviews. "
            "Mr. Vale implied that the network had mishandled his work during a television appearance. "
            "“I walked into the magazine with a story that should have been public earlier,” he said.")
    assert _speakers_of(text, "“I walked") == [("Vale", None)]


def test_the_president_after_president_name_is_that_person() -> None:
    text = ("President Alma Reyes spoke to reporters on Monday. "
            "The budget will be cut by a tenth next year, the president said in a statement.")
    assert _speakers_of(text, "The budget") == [("Alma Reyes", "President")]


def test_a_surname_means_the_person_not_a_relative_sharing_it() -> None:
    text = ("State Sen. Wendy Kell led a 13-hour filibuster against the bill. "
            "She met her second husband Jeff Kell, a lawyer, in Fort Ostby. "
            "At the press club last week, Kell said the state needed a change.")
    assert _speakers_of(text, "At the press club") == [("Wendy Kell", None)]


def test_a_surname_keeps_the_title_the_article_gave_the_person() -> None:
    text = ("Chief Tony Holt praised the officer on Tuesday. "
            "Rose had conducted training all over the state, Holt said.")
    assert _speakers_of(text, "Rose had") == [("Tony Holt", "Chief")]


def test_she_said_far_from_the_last_person_quoted_stays_unresolved() -> None:
    text = ("Nik Orin, who runs the website, said the photos were real. "
            "The site posted the messages on Tuesday. "
            "The young woman said she was 22 when the messages began. "
            "She declined to give other details. "
            "She asked that her name not be used. "
            "The messages went on for months. "
            "The woman had several mutual friends with the candidate, she said.")
    assert _speakers_of(text, "The woman had") == []


def test_text_addressed_to_the_reader_ranks_below_the_reports_own_statements() -> None:
    promo = "Go to our website for photos of the closed rail line and of the rescue boats at work."
    a = art("a", "Kell Times", "Flood water from the Varn river closed the rail line between Ostby and Kell.", promo,
            "Engineers found two bridges on the Varn river damaged by the flood.")
    b = art("b", "Varn Post", "The rail line between Ostby and Kell is closed by flood water from the Varn river.",
            "Rescue crews in boats reached the flooded villages along the Varn river on Tuesday.")
    singles = [f.text for f in compare([a, b]).single_source]
    assert promo in singles and singles.index(promo) == len(singles) - 1


def test_the_minister_in_an_article_naming_one_minister_is_that_minister() -> None:
    text = ("Interior Minister Bernard Ostby said the suspect had been watched. "
            "Police found weapons in his car and at his home, the minister said.")
    assert _speakers_of(text, "Police found") == [("Bernard Ostby", "Interior Minister")]
