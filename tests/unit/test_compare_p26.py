"""#5, stop 26: a speaker's own claim set against their denial in another article; one fact told with two figures
of one thing is a number conflict; "his" is not a person an article never names."""

from __future__ import annotations

from newsdesk.compare import compare
from newsdesk.compare.claims import article_claims
from newsdesk.compare.consensus import article_words, group_facts, index_claims
from newsdesk.compare.fact_match import affirmed_terms, unknown_person
from newsdesk.model import Article

FILLER_A = "The harbour office reopened the east quay to ferries on Friday after a week of repairs."
FILLER_B = "Weather forecasters expect strong winds along the northern coast for the rest of the month."
FILLER_C = "The regional museum will stay closed on Mondays until the new roof is finished in spring."


def art(aid: str, *sentences: str, outlet: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=" ".join(sentences), outlet=outlet)


def conflicts_of(*articles: Article) -> list[tuple[str, set[str], set[str]]]:
    """(kind, values, sentences) of each conflict compare finds."""
    return [(c.kind, {s.value for s in c.sides}, {s.text for s in c.sides}) for c in compare(list(articles)).conflicts]


def confirmed_together(articles: list[Article], a: str, b: str) -> bool:
    return any({a, b} <= set(f.articles) for f in compare(articles).facts)


# --- a claim and the same speaker's denial -------------------------------------------------------------------------

SAID = "The haulage firm Tarrow Logistics said the lorry's tyres had been replaced last month."
DENIED = "Tarrow Logistics denied that the lorry's tyres had been replaced last month."


def test_the_same_speaker_saying_a_and_denying_a_in_two_articles_is_a_denial_conflict() -> None:
    found = conflicts_of(art("a", FILLER_A, SAID), art("b", FILLER_B, DENIED))
    assert [(kind, texts) for kind, _, texts in found] == [("denial", {SAID, DENIED})]
    assert not confirmed_together([art("a", FILLER_A, SAID), art("b", FILLER_B, DENIED)], "a", "b")


def test_a_speaker_correcting_a_claim_within_one_article_is_no_conflict() -> None:
    one = art("a", SAID, "Tarrow Logistics later denied that the lorry's tyres had been replaced last month.")
    assert not [k for k, _, _ in conflicts_of(one, art("b", FILLER_B, FILLER_C)) if k == "denial"]


def test_a_denier_named_before_a_relative_clause_denies_the_claim_negated_only_later() -> None:
    denied = "Orrin Ferries, which runs the crossing, denied that the vessel lost power and said the crew acted fast."
    said = "The crossing's operator, Orrin Ferries, said the vessel lost power in heavy seas and that no one was hurt."
    found = conflicts_of(art("a", FILLER_A, denied), art("b", FILLER_B, said))
    assert [(kind, texts) for kind, _, texts in found] == [("denial", {denied, said})]
    assert not confirmed_together([art("a", FILLER_A, denied), art("b", FILLER_B, said)], "a", "b")


def test_what_a_sentence_asserts_before_any_negation() -> None:
    assert {"vessel", "lost", "power"} <= affirmed_terms("The operator said the vessel lost power and that no one was hurt.")
    assert "power" not in affirmed_terms("The operator denied that the vessel lost power.")
    assert "hurt" not in affirmed_terms("The operator said the vessel lost power and that no one was hurt.")
    # a negation in the main clause asserts nothing: both sentences below deny, neither asserts "prosecuted"
    assert not affirmed_terms("Five youths suspected of the killing have never been successfully prosecuted.")
    assert confirmed_together([art("a", FILLER_A, "The five youths suspected of the killing have never been "
                                                   "successfully prosecuted."),
                               art("b", FILLER_B, "The five youths suspected of the killing were never successfully "
                                                   "prosecuted, police said.")], "a", "b")


# --- one fact, two figures of one thing ------------------------------------------------------------------------------

def test_one_fact_told_with_two_figures_of_one_thing_is_a_number_conflict() -> None:
    a = art("a", FILLER_A, "The Norland budget office projected the harbour fund surplus would total $1.9 million "
                           "over the next 10 years.")
    b = art("b", FILLER_B, "The Norland budget office projects that the total harbour fund surplus over the next 10 "
                           "years will be $2.9 million.")
    numbers = [values for kind, values, _ in conflicts_of(a, b) if kind == "number"]
    assert numbers == [{"$1.9 million", "$2.9 million"}]


def test_an_age_glued_to_its_unit_is_one_figure_of_the_person() -> None:
    a = art("a", FILLER_A, "The clerk, 29-year-old Dana Whitlow, was arraigned Wednesday on charges of fraud and theft.")
    b = art("b", FILLER_B, "Twenty-eight-year-old Dana Whitlow was arraigned Wednesday on charges of fraud and theft.")
    assert [kind for kind, _, _ in conflicts_of(a, b)] == ["number"]


def test_a_bound_a_part_or_a_span_is_no_second_figure_of_one_fact() -> None:
    bound = (art("a", FILLER_A, "Farmers spend more than $1 billion a year on unproven drought remedies."),
             art("b", FILLER_B, "Farmers spend an estimated $10 billion a year on unproven drought remedies."))
    part = (art("a", FILLER_A, "Another 11 farmers receive drought grants from the ministry this year."),
            art("b", FILLER_B, "Some 240 farmers receive drought grants from the ministry this year."))
    years = (art("a", FILLER_A, "The Norland budget office projected in 1997 that the harbour fund surplus would total "
                                "$1.9 million over the next 10 years."),
             art("b", FILLER_B, "The Norland budget office projects that the total harbour fund surplus over the next "
                                "10 years will be $2.9 million."))
    things = (art("a", FILLER_A, "Nearly 2 million households now receive drought grants from the ministry."),
              art("b", FILLER_B, "Currently, 900,000 families receive such drought grants from the ministry."))
    for pair in (bound, part, years, things):
        assert not [k for k, _, _ in conflicts_of(*pair) if k == "number"], pair


def test_two_maxima_of_one_thing_differ() -> None:
    a = art("a", FILLER_A, "The tablet has a memory card slot for up to 128GB of extra storage.")
    b = art("b", FILLER_B, "The tablet has a memory card slot for up to 64GB of extra storage.")
    assert not confirmed_together([a, b], "a", "b")


# --- one person meant by a pronoun ------------------------------------------------------------------------------------

def test_his_is_not_a_person_named_in_full_whom_the_article_never_names() -> None:
    a = art("a", "Police named the missing driver as Colm Reddin on Tuesday.",
            "An international warrant is out for his arrest after the crash.")
    b = art("b", FILLER_B, "A judge has issued an international warrant for the arrest of a man named as Piers Ashdown.")
    idx = index_claims([article_claims(x) for x in (a, b)])
    his, other = idx.claims[1], idx.claims[-1]
    assert unknown_person(his, other, article_words(a))
    assert not unknown_person(other, his, article_words(b))  # a sentence naming its person is not judged so
    # the article that names Ashdown before saying "his" may mean him
    named = art("c", "Police named the missing driver as Piers Ashdown on Tuesday.",
                "An international warrant is out for his arrest after the crash.")
    assert not unknown_person(article_claims(named).claims[1], other, article_words(named))


def test_two_sentences_each_saying_he_are_not_told_apart_by_their_pronouns() -> None:
    a = art("a", "Police named the driver as Colm Reddin.", "He was charged with dangerous driving in 2012 in Leeds.")
    b = art("b", "The court heard from Piers Ashdown.", "He was charged with dangerous driving in 2012 in Leeds, police said.")
    idx = index_claims([article_claims(x) for x in (a, b)])
    texts = [{idx.claims[i].text for i in g} for g in group_facts(idx, 0.35)]
    assert any(len(g) == 2 for g in texts)
