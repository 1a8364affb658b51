"""Place and actor recall (stop 17): names that share only a generic word are two names, one person described as of two
organizations, two bodies given one definite description, and one body's seat or one post's place given two homes in
one story. Each rule beside a case it must leave alone. Every fixture is invented."""

from __future__ import annotations

from newsdesk.compare.claims import article_claims
from newsdesk.compare.conflicts import pair_conflicts
from newsdesk.compare.conflicts.actors import _present, _same_entity
from newsdesk.compare.conflicts.places import affiliation_conflicts, home_conflicts
from newsdesk.compare.consensus import index_claims
from newsdesk.model import Article


def claim(key: str, text: str):
    return article_claims(Article(id=key, source=f"{key}.txt", text=text)).claims[0]


def stated(name: str, other: str) -> bool:
    """Whether the other sentence states a name slot value (as _differing_slots asks it)."""
    toks = claim("o", other).slots.tokens
    low = {t.lower().rstrip(".,") for t in toks} | {"^" + t.lower().rstrip(".,") for t in toks if t[:1].isupper()}
    return _present(name, "name", low, other.lower(), set(), toks)


# ---- a generic word names nothing by itself ------------------------------------------------------------------------


def test_names_sharing_only_a_generic_word_are_two():
    assert not _same_entity("Harvard University", "Yale University")
    assert not _same_entity("New York", "New Jersey")
    assert not _same_entity("San Diego", "San Jose")
    assert not _same_entity("Interior Ministry", "Emergency Situations Ministry")
    assert not _same_entity("Belcher Road", "Lake Avenue")


def test_names_of_one_body_stay_one():
    assert _same_entity("Shia", "Shi'ite")
    assert _same_entity("Ministry", "Interior Ministry")  # a name of generic words only may be any of its kind
    assert _same_entity("Acting Police Chief", "Harwick Police Lt")  # two title runs before one officer's name
    assert _same_entity("UW School of Medicine", "University of Washington")  # an acronym inside a name
    assert _same_entity("D.A.", "Norfolk District Attorney's Office")  # the initials of the name's core
    assert _same_entity("National Transportation Safety Board", "NTSB")


def test_a_generic_word_does_not_state_a_name():
    assert not stated("belcher road", "Police searched a wooded area near Lake Avenue and McMullen Booth Road.")
    assert not stated("yale university", "The study was led by researchers at Harvard University last year.")
    # ... but a surname that is also a noun still states the person, and a word with an ending states its stem
    assert stated("james e . hall", "The inquiry is led by board chairman Jim Hall, officials said.")
    assert stated("state assemblyman", "He served one term in the New York State Assembly.")
    assert stated("indiana state police", "``We have little so far,'' State Police Sergeant Ann Cole said.")


def test_a_road_replaced_in_a_crossing_is_a_place_conflict():
    a = claim("a", "She left the boy in the wooded area in Dunmore, near Oakley Road and Fenwick Road, according "
                   "to the affidavit.")
    b = claim("b", "Dunmore police searched a wooded area near Carver Avenue and Fenwick Mill Road late Tuesday.")
    assert ("place", "Oakley Road", "Carver Avenue") in pair_conflicts(a, b, 0.39, 0.3)
    same = claim("c", "Dunmore police searched a wooded area near Oakley Road and Fenwick Mill Road late Tuesday.")
    assert not [h for h in pair_conflicts(a, same, 0.45, 0.3) if h[0] == "place"]


def test_two_ministries_in_one_wording_are_an_actor_conflict():
    a = claim("a", "The Interior Ministry said it was flying 52 tons of baby food and other supplies into the region.")
    b = claim("b", "The Emergency Situations Ministry said it was flying 52 tons of baby food and other supplies into "
                   "the region.")
    assert ("actor", "Interior Ministry", "Emergency Situations Ministry") in pair_conflicts(a, b, 0.8, 0.4, True)


# ---- one person, two organizations ---------------------------------------------------------------------------------


def test_one_person_of_two_organizations_is_an_actor_conflict():
    a = claim("a", "``The numbers keep falling,'' said Dana Prewitt, a sociology professor at Halvorsen University "
                   "in Denton.")
    b = claim("b", "Poverty may explain part of it, said Dana Prewitt, dean of the School of Social Work at Marlow "
                   "College in Denton.")
    assert affiliation_conflicts(a, b) == [("actor", "Halvorsen University", "Marlow College")]


def test_one_person_of_one_organization_is_no_conflict():
    a = claim("a", "``The numbers keep falling,'' said Dana Prewitt, a sociology professor at Halvorsen University "
                   "in Denton.")
    b = claim("b", "Poverty may explain part of it, said Dana Prewitt, dean of the School of Social Work at Halvorsen "
                   "University in Denton.")
    c = claim("c", "Poverty may explain part of it, said Lee Ostrander, dean of the School of Social Work at Marlow "
                   "College in Denton.")
    assert affiliation_conflicts(a, b) == []
    assert affiliation_conflicts(a, c) == []  # two people, two employers


# ---- one definite description, two names --------------------------------------------------------------------------


def test_two_names_with_one_definite_description_are_an_actor_conflict():
    a = claim("a", "The Rowan Institute, the nation's largest nurses' union, does not believe the ward plan can work.")
    b = claim("b", "The Carden Association, the nation's largest nurses union, is, as usual, playing tough.")
    assert ("actor", "Rowan Institute", "Carden Association") in pair_conflicts(a, b, 0.43, 0.4, True)


def test_a_description_of_one_of_many_is_no_shared_context():
    from newsdesk.compare.conflicts.actors import _same_description

    def words(x: str, y: str) -> set[str]:
        ta, tb = claim("a", x).slots.tokens, claim("b", y).slots.tokens
        return _same_description(ta, 3, tb, 3)  # after "The [X Y]"

    assert words("The Rowan Institute, the nation's largest nurses' union, opposes it.",
                 "The Carden Association, the nation's largest nurses union, is playing tough.")
    assert not words("The Rowan Institute, a nurses' union in the north, opposes it.",
                     "The Carden Association, a nurses union in the south, is playing tough.")
    assert not words("The Rowan Institute, one of the nation's largest nurses' unions, opposes it.",
                     "The Carden Association, one of the nation's largest nurses unions, is playing tough.")


# ---- one body's seat, one post's place, anywhere in a story --------------------------------------------------------


def _story(*texts: str):
    return index_claims([article_claims(Article(id=f"a{k}", source=f"a{k}.txt", text=t)) for k, t in enumerate(texts)])


def _homes(idx) -> list[set[str]]:
    return [{va, vb} for _i, _j, _kind, va, vb in home_conflicts(idx)]


def test_a_body_seated_elsewhere_than_two_articles_say_is_a_place_conflict():
    idx = _story("Samples were sent to the Harlan Institute for Plant Health in Corvale for testing.",
                 "Tests at the Harlan Institute for Plant Health in Corvale found the blight in June.",
                 "The results were confirmed by the Harlan Institute for Plant Health in Dunmore.")
    assert {"Corvale", "Dunmore"} in _homes(idx)


def test_a_seat_given_once_each_or_a_town_against_a_state_is_no_conflict():
    once_each = _story("Samples were sent to the Harlan Institute for Plant Health in Corvale for testing.",
                       "The results were confirmed by the Harlan Institute for Plant Health in Dunmore.")
    assert _homes(once_each) == []  # a body may have two seats
    town_state = _story("Samples were sent to the Harlan Institute for Plant Health in Corvale for testing.",
                        "Tests at the Harlan Institute for Plant Health in Corvale found the blight in June.",
                        "The results were confirmed by the Harlan Institute for Plant Health in Oregon.")
    assert _homes(town_state) == []  # the town may lie in the state


def test_one_post_in_two_places_is_a_place_conflict():
    idx = _story("Marta Quill, head of the relief agency's field team in Kenya, said supplies were short.",
                 "``We need more trucks,'' said Marta Quill, head of the relief agency's field team in Uganda.")
    assert {"Kenya", "Uganda"} in _homes(idx)
    region = _story("Marta Quill, head of the relief agency's field team in Kenya, said supplies were short.",
                    "``We need more trucks,'' said Marta Quill, head of the relief agency's field team in East Africa.")
    assert _homes(region) == []  # a region named by a point of the compass may hold the country


# ---- a figure given for one place named by both ---------------------------------------------------------------------


def test_two_figures_for_one_place_differ_whatever_other_places_the_sentences_name():
    a = claim("a", "No one in Harwick has fallen ill from the fever, which killed two people and sickened dozens last "
                   "year in Dunmore.")
    b = claim("b", "Last year the fever killed six people in Dunmore and one in Corvale and sickened more than 50.")
    assert ("number", "two people", "six people") in pair_conflicts(a, b, 0.45, 0.4, True)
    other = claim("c", "Last year the fever killed six people in Corvale and one in Tolvik and sickened more than 50.")
    assert not [h for h in pair_conflicts(a, other, 0.45, 0.4, True) if h[0] == "number"]
