"""A denial answers an allegation someone makes, in another article, about what the denial is about; a negated
statement is not set against a quoted remark, nor against a count of the other members of a group."""

from __future__ import annotations

from newsdesk.compare import compare
from newsdesk.model import Article

DENIAL = "Dorsen officials say they deny all other connection with the Lanmore floods."
TOPIC = "The Lanmore floods killed 40 people in the valley."


def conflicts(*texts: str) -> list[tuple[str, list[str]]]:
    arts = [Article(id=f"a{k}", source=f"a{k}.txt", text=t) for k, t in enumerate(texts)]
    return [(c.kind, sorted(s.value for s in c.sides)) for c in compare(arts).conflicts]


def test_a_claim_and_its_denial_in_one_article_are_still_a_conflict() -> None:
    """Kept by the lead: the issue sets a claim against its denial wherever they are told ("Russia denies killing
    civilians that an opposition leader says were killed", both in one of the seed articles); the comparison marks
    such a pair "both in [n]"."""
    found = conflicts("Mayor Dan Hollis took about $20,000 from the builder Arden Homes while his deputy took only "
                      "several thousand, the union leader said. Hollis's lawyer, Ruth Kane, has denied the allegations.",
                      "Mayor Dan Hollis will face a council vote on the Arden Homes contract next week.")
    assert [kind for kind, _ in found] == ["denial"], found


def test_the_same_claim_in_another_article_is_still_denied() -> None:
    found = conflicts("Mayor Dan Hollis took about $20,000 from the builder Arden Homes, the union leader said.",
                      "Hollis's lawyer, Ruth Kane, denied that Mayor Dan Hollis took $20,000 from Arden Homes.")
    assert [kind for kind, _ in found] == ["denial"], found


def test_a_report_that_alleges_nothing_is_not_what_a_denial_denies() -> None:
    found = conflicts("Regional governments have responded to the Lanmore floods by ordering immediate inspections "
                      "of all dams for structural faults or criminal connections.", DENIAL, TOPIC)
    assert found == [], found


def test_an_open_question_is_not_what_a_denial_denies() -> None:
    found = conflicts("Divers are investigating whether there is a connection between the dam works and the Lanmore "
                      "floods, engineer Pia Holm said.", DENIAL, TOPIC)
    assert found == [], found


def test_in_connection_with_claims_no_connection() -> None:
    found = conflicts("Three people have been charged in connection with the Lanmore floods: two builders, Tom Reyes "
                      "and Ali Marsh, are charged with helping the dam owner flee.", DENIAL,
                      TOPIC + " Rescuers searched the Lanmore floods area for days. The Lanmore floods were the worst "
                      "in a century.",
                      "Aid for victims of the Lanmore floods arrived on Sunday. Schools closed after the Lanmore floods.")
    assert found == [], found


def test_the_one_denying_does_not_deny_its_own_statement() -> None:
    found = conflicts("Separately, Belgian police carried out several raids and arrests Saturday over the Lanmore "
                      "floods, Belgian and European officials said.",
                      "Belgian officials say they deny any role of their police in the raids over the Lanmore floods.",
                      TOPIC)
    assert found == [], found


def test_a_quoted_remark_is_not_what_a_statement_negates() -> None:
    found = conflicts('"It is a huge fine for a small shop," the baker said.',
                      "A fine of $900 is not a huge fine for a small shop.")
    assert found == [], found


def test_a_misquoted_remark_is_still_a_negation() -> None:
    found = conflicts('"It is a huge fine for a small shop," the baker said.',
                      '"It is not a huge fine for a small shop," the baker said.')
    assert [kind for kind, _ in found] == ["denial"], found


def test_a_quoted_remark_reported_negated_is_still_a_negation() -> None:
    found = conflicts('"The new plan is working well," the mayor told reporters.',
                      "The mayor told reporters the new plan was not working well.")
    assert [kind for kind, _ in found] == ["denial"], found


def test_one_member_set_apart_is_not_the_counted_others() -> None:
    assert conflicts("A fourth miner, who lives in Orvik, was not injured in the blast at the pit.",
                     "Three miners were injured in the blast at the pit on Friday.") == []
    assert conflicts("The third hijacker has not been identified.",
                     "Police said two more of the hijackers had been identified.") == []


def test_the_same_member_negated_is_still_a_negation() -> None:
    found = conflicts("The miner, who lives in Orvik, was not injured in the blast at the pit.",
                      "The miner, who lives in Orvik, was injured in the blast at the pit on Friday.")
    assert [kind for kind, _ in found] == ["denial"], found
