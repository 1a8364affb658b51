"""Speakers the article names are on the record (U28 #7): "President X and his aides", "the professor" after
"Professor A. B. Name", a judge named with a middle initial."""
from newsdesk.compare import attribution
from newsdesk.compare.claims import article_claims
from newsdesk.compare.role_holders import role_holders
from newsdesk.model import Article

_TEXT = ("Professor Ruth K. Amsel, a chemist at Wendham University, tested soil taken near the plant in February. "
         "She found no trace of the compound.\n\n"
         "\"It was a surprise to us,\" the professor said. The samples were taken by a team hired by the owner.\n\n"
         "Governor Hale and his aides have said the plant made weapons.")


def test_a_named_person_and_his_aides_are_two_speakers():
    said = attribution.sentence_speakers("Governor Hale and his aides have said the plant made weapons.")
    assert [(s.who, s.kind) for s in said] == [("Hale", "named"), ("his aides", "anonymous")]


def test_a_company_named_with_and_stays_one_body():
    said = attribution.sentence_speakers("Procter and Gamble said sales rose in March.")
    assert [s.kind for s in said] == ["organization"]


def test_role_holders_read_names_with_a_middle_initial():
    found = role_holders(["U.S. District Judge Thomas P. Jackson barred it.", "Professor Ruth K. Amsel spoke."])
    assert [(h.role, h.person) for h in found] == [("judge", "Thomas P. Jackson"), ("professor", "Ruth K. Amsel")]


def test_the_professor_is_the_one_the_article_named():
    claims = article_claims(Article(id="a", source="a.txt", text=_TEXT)).claims
    quoted = next(c for c in claims if "surprise" in c.text)
    assert [(s.who, s.kind) for s in quoted.speakers] == [("Ruth K. Amsel", "named")]
    aides = next(c for c in claims if "made weapons" in c.text)
    assert {s.kind for s in aides.speakers} == {"named", "anonymous"}
