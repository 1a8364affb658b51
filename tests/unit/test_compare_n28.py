"""Helper N28 (stop 28): #5 number conflicts of a share held by a name (holders.held_shares,
fact_figures.held_share_conflicts); invented text only."""

from __future__ import annotations

from newsdesk.compare import compare
from newsdesk.compare.claims import slots_of
from newsdesk.compare.conflicts.counted import aboard_counts, body_sizes
from newsdesk.compare.conflicts.holders import held_shares, share_measure
from newsdesk.model import Article


def _story(*texts: str) -> list[tuple[str, set[str]]]:
    arts = [Article(id=f"a{k}", source=f"s{k}.txt", text=t) for k, t in enumerate(texts)]
    return [(c.kind, {s.value for s in c.sides}) for c in compare(arts).conflicts]


def _holders(text: str) -> list[tuple[str, str, str, str]]:
    toks = slots_of(text).tokens
    return [(h, toks[i], of, m) for h, i, of, m in held_shares(toks)]


# --- who holds a share (holders.held_shares) -------------------------------------------------------------------------

def test_the_holder_before_a_share_in_its_clause():
    assert _holders("Mayor Dana Voss, the front-runner, leads with about 41 percent in the polls.") == [
        ("voss", "41", "", "poll")]


def test_the_holder_a_share_is_for():
    text = "Lind has led the polls with 55 percent, against about 30 percent for her rival, Senator Omar Kettle."
    assert ("kettle", "30", "", "poll") in _holders(text)


def test_a_share_after_a_clause_word_has_no_holder_before_it():
    # "while" opens another clause: the 12 percent is not Lind's
    assert _holders("Lind was ahead, while 12 percent of voters were undecided.") == []


def test_a_change_of_a_share_is_no_share_held():
    assert _holders("Support for Lind rose 5 percentage points in a week.") == []


def test_the_measure_of_a_sentence():
    assert share_measure(slots_of("Kettle finished second with 31 percent.").tokens) == "vote"
    assert share_measure(slots_of("Kettle trails with 31 percent, a survey says.").tokens) == "poll"
    assert share_measure(slots_of("Orchard Books has 12 percent of the market.").tokens) == ""


# --- one holder, two shares, anywhere in a story (fact_figures.held_share_conflicts) ---------------------------------

_POLL_A = ("Governor Ruth Lind's closest challenger, Senator Omar Kettle of the Farmers Party, trails with about {} "
           "percent, while the three other candidates hardly register in the polls.")
_POLL_B = ("Lind has held the support of about 58 percent in pre-election opinion polls, against about 22 percent for "
           "Farmers Party Senator Omar Kettle, her closest challenger.")


def test_one_holder_two_shares_in_two_poll_sentences():
    assert ("number", {"47 percent", "22 percent"}) in _story(_POLL_A.format(47), _POLL_B)


def test_one_holder_the_same_share_is_no_conflict():
    assert not [k for k, _ in _story(_POLL_A.format(22), _POLL_B) if k == "number"]


def test_a_poll_share_against_a_vote_share_is_no_conflict():
    # the standing in the polls before the vote and the share of the vote are two measures
    vote = "Senator Omar Kettle of the Farmers Party finished second with a surprising 31 percent of the vote."
    assert not [k for k, _ in _story(vote, _POLL_B) if k == "number"]


def test_a_dated_poll_against_an_undated_one_is_no_conflict():
    dated = "A poll released Monday gave Lind 61 percent, to 17 percent for Kettle, her closest challenger."
    assert not [k for k, _ in _story(dated, _POLL_B) if k == "number"]


def test_one_company_two_shares_of_one_market():
    x = "Orchard Books holds about 12 percent of the national children's book market."
    y = "Orchard Books's sales make up about 27 percent of the children's book market, analysts say."
    assert ("number", {"12 percent", "27 percent"}) in _story(x, y)


def test_one_company_shares_of_two_things_are_no_conflict():
    x = "Orchard Books holds about 12 percent of the national children's book market."
    y = "Orchard Books's sales rose, and it now prints about 27 percent of its titles abroad, analysts say."
    assert not [k for k, _ in _story(x, y) if k == "number"]


def test_a_bound_and_a_share_inside_it_are_no_conflict():
    x = "Orchard Books holds more than 12 percent of the national children's book market."
    y = "Orchard Books's sales make up about 27 percent of the children's book market, analysts say."
    assert not [k for k, _ in _story(x, y) if k == "number"]


# --- one past change, dated, told twice (numbers.one_dated_change) ---------------------------------------------------

_CHANGE = "Oregon raised the age for hunting licenses to {} in the early 1990s, and Idaho did so in 1996."


def test_one_dated_change_with_two_values_is_a_conflict():
    assert ("number", {"16", "14"}) in _story(_CHANGE.format(16), _CHANGE.format(14))


def test_a_change_without_a_year_stays_an_update():
    x = "Oregon raised the age for hunting licenses to 16, officials said."
    y = "Oregon raised the age for hunting licenses to 14, officials said."
    assert not [k for k, _ in _story(x, y) if k == "number"]


def test_one_change_dated_by_two_years_is_no_one_change():
    x = "Oregon raised the age for hunting licenses to 16 in 1994."
    y = "Oregon raised the age for hunting licenses to 14 in 1991."
    assert not [k for k, _ in _story(x, y) if k == "number"]


# --- one body, two sizes (counted.body_sizes, fact_figures.body_size_conflicts) -------------------------------------

_BODY_A = ("The county committee of {} nurses, which sent its report to the Dorset Health Trust, was surprised when the "
           "Trust rejected it.")
_BODY_B = "Last spring the Dorset Health Trust named a 14-member committee of nurses and midwives to review night shifts."


def test_the_size_of_a_body_read_two_ways():
    toks = ["a", "14", "-", "member", "committee", "of", "nurses", "and", "midwives", "to", "review"]
    assert body_sizes(toks) == [("committee", 1, frozenset({"nurs", "midwiv"}))]
    assert body_sizes(["the", "committee", "of", "9", "nurses", ","]) == [("committee", 3, frozenset({"nurs"}))]


def test_one_body_two_sizes():
    assert ("number", {"9", "14"}) in _story(_BODY_A.format(9), _BODY_B)


def test_one_body_one_size_is_no_conflict():
    assert not [k for k, _ in _story(_BODY_A.format(14), _BODY_B) if k == "number"]


def test_bodies_of_other_people_are_two_bodies():
    other = "Last spring the Dorset Health Trust named a 14-member committee of surgeons to review night shifts."
    assert not [k for k, _ in _story(_BODY_A.format(9), other) if k == "number"]


# --- those aboard one craft, counted twice (counted.aboard_counts, fact_figures.aboard_conflicts) ------------------

_ABOARD_A = "All {} people on board were feared dead after the Skyline Air turboprop went down off Kodiak Island on Friday."
_ABOARD_B = "The Skyline Air plane crashed into the sea near Kodiak Island, killing the 38 people on board."


def test_those_aboard_read():
    toks = ["killing", "the", "38", "people", "on", "board", "."]
    assert aboard_counts(toks) == [(2, "people")]
    assert aboard_counts(["all", "12", "aboard"]) == [(1, "")]
    assert aboard_counts(["and", "12", "other", "people", "on", "board"]) == []


def test_one_craft_two_counts_aboard():
    assert ("number", {"45 people", "38 people"}) in _story(_ABOARD_A.format(45), _ABOARD_B)


def test_one_craft_two_counts_aboard_in_sentences_worded_apart():
    # two sentences too differently worded to be paired: the craft's and the place's names tie the two counts
    x = ("Rescuers held out little hope for the 45 people on board the Skyline Air turboprop, which vanished from "
         "radar near Kodiak Island during a storm on Friday evening.")
    y = "Skyline Air confirmed that its plane went into the sea off Kodiak Island and said the 38 people on board are presumed dead."
    assert ("number", {"45 people", "38 people"}) in _story(x, y)


def test_one_craft_one_count_aboard_is_no_conflict():
    assert not [k for k, _ in _story(_ABOARD_A.format(38), _ABOARD_B) if k == "number"]


def test_passengers_against_people_aboard_is_no_conflict():
    # the passengers leave out the crew
    y = "The Skyline Air plane crashed into the sea near Kodiak Island, killing the 38 passengers on board."
    assert not [k for k, _ in _story(_ABOARD_A.format(45), y) if k == "number"]


def test_another_craft_is_not_the_same_craft():
    y = "A Bay Charter plane crashed into the sea near Homer last year, killing the 38 people on board."
    assert not [k for k, _ in _story(_ABOARD_A.format(45), y) if k == "number"]
