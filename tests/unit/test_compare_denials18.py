"""Who denies, as the comparison labels a denial: the subject of the denial verb, not a dateline's agency, the
report that relays it or a word before a comma; a pronoun keeps the speaker who reports the denial."""

from __future__ import annotations

from newsdesk.compare import compare
from newsdesk.model import Article

CLAIM = ("The Lanmore Herald reported that the harbour master was paid 40,000 dollars by the ferry operator to "
         "overlook safety checks on the Island Star.")


def deniers(*denials: str) -> list[str]:
    arts = [Article(id="a", source="a.txt", text=CLAIM)]
    arts += [Article(id=f"d{k}", source=f"d{k}.txt", text=t) for k, t in enumerate(denials)]
    return sorted(s.value for c in compare(arts).conflicts if c.kind == "denial" for s in c.sides
                  if s.value != "claim")


def test_the_one_denying_under_an_agency_dateline_is_the_subject() -> None:
    found = deniers("LANMORE (AP) _ The Port Authority of Lanmore denied that the harbour master was paid by the "
                    "ferry operator to overlook safety checks.")
    assert found == ["denied by The Port Authority of Lanmore"], found


def test_a_denial_according_to_a_report_is_the_subjects() -> None:
    found = deniers("Harbour master Tom Brill denied being paid by the ferry operator to overlook safety checks, "
                    "according to the report.")
    assert found == ["denied by Harbour master Tom Brill"], found


def test_a_pronoun_keeps_the_speaker_who_reports_the_denial() -> None:
    found = deniers("But investigators say he has denied being paid by the ferry operator to overlook safety "
                    "checks on the Island Star.")
    assert found == ["denied by him, per investigators"], found


def test_a_pronoun_that_is_the_speaker_gives_the_speaker() -> None:
    found = deniers("Port officials say they deny that the harbour master was paid by the ferry operator to "
                    "overlook safety checks on the Island Star.")
    assert found == ["denied by Port officials"], found


def test_a_claim_about_the_one_denying_is_what_it_denies() -> None:
    arts = [Article(id="a", source="a.txt", text=(
                "Two divers told the Lanmore Herald that they had warned the regional port authority about cracks "
                "in the pier supports last spring.")),
            Article(id="b", source="b.txt", text=(
                "The regional port authority denied that it had received any warning about the pier."))]
    found = [(c.kind, [s.value for s in c.sides]) for c in compare(arts).conflicts]
    assert ("denial", ["claim", "denied by the regional port authority"]) in found, found


def test_a_name_ending_in_ly_or_a_relative_clause_keeps_the_denier() -> None:
    from newsdesk.compare.claims import article_claims
    from newsdesk.compare.conflicts.denials import denier

    def one(text: str) -> str:
        [c] = article_claims(Article(id="x", source="x.txt", text=text)).claims
        return denier(c)

    assert one("Mark Kelly denied the allegations on Tuesday.") == "Mark Kelly"
    assert one("The government of Italy denied the reports of a deal.") == "the government of Italy"
    assert one("The White House flatly denied the report.") == "The White House"
    assert one("The company, which has denied the allegations, paid a fine.") != "which"


def test_a_described_body_reads_in_lower_case_inside_the_label() -> None:
    # Stop 19: "denied by The British embassy in Yangon" -> "the British embassy"; a name keeps its "The".
    found = deniers("LANMORE (AP) _ The British embassy in Lanmore denied that the harbour master was paid by the "
                    "ferry operator to overlook safety checks.")
    assert found == ["denied by the British embassy in Lanmore"], found
