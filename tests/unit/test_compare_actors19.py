"""Actor conflicts (stop 19): a name is stated by the other sentence only as whole words, and one post of a body named
by its initials is the post of the body named in full. Each rule beside a case it must leave alone. Every fixture is
invented."""

from __future__ import annotations

from newsdesk.compare.claims import article_claims
from newsdesk.compare.conflicts import role_conflicts
from newsdesk.compare.conflicts.actors import _present
from newsdesk.compare.consensus import index_claims
from newsdesk.model import Article


def art(key: str, text: str) -> Article:
    return Article(id=key, source=f"{key}.txt", text=text)


def index(*articles: Article):
    return index_claims([article_claims(a) for a in articles])


def stated(value: str, text: str) -> bool:
    """Whether ``text`` states the name ``value`` (lower case, as a slot's value), read as _differing_slots reads it."""
    toks = text.replace(".", " .").replace(",", " ,").split()
    low = {t.lower().rstrip(".,") for t in toks} | {"^" + t.lower().rstrip(".,") for t in toks if t[:1].isupper()}
    return _present(value, "name", low, text.lower(), set(), toks)


# ---- a name is in the other sentence as whole words -----------------------------------------------------------------


def test_a_name_inside_a_longer_word_is_not_stated():
    assert not stated("ann", "The award went to Anne on Friday.")
    assert not stated("kahn", "The award went to Kahnert on Friday.")
    assert not stated("ross", "The award went to Gross on Friday.")


def test_a_name_as_whole_words_is_stated():
    assert stated("ross", "The award went to Ross's team on Friday.")
    assert stated("ross", "The award went to ross on Friday.")


def test_the_words_of_a_body_with_a_holders_ending_state_it():
    # "the Harbour Safety Office" / "a harbour safety officer": the body, named through its officer
    assert stated("harbour safety office", "A harbour safety officer closed the quay.")


def test_a_name_too_short_to_tell_is_taken_as_stated():
    # "Smith & [Co]." against a sentence without the word: two letters say nothing of which company it is
    assert stated("co", "The bank had no choice but to sell its shares.")
    assert stated("no", "Voters would then be asked to decide the matter.")


# ---- a body's initials and its name: one post -----------------------------------------------------------------------


def test_a_post_of_a_body_by_its_initials_is_the_post_of_the_body_in_full():
    idx = index(art("a", "Marta Velde, the chief executive of the Northern Growers Federation, said the harvest was poor."),
                art("b", "The harvest was the worst in years, said Jonas Brekke, the NGF's chief executive officer."),
                art("c", "Prices of grain rose sharply in the spring."))
    hits = role_conflicts(idx)
    assert [(va, vb) for _, _, va, vb in hits] == [("Marta Velde", "Jonas Brekke")]


def test_initials_the_story_gives_to_no_such_body_join_nothing():
    # "NGA" is not spelt out by "Northern Growers Federation": two bodies, two chief executives
    idx = index(art("a", "Marta Velde, the chief executive of the Northern Growers Federation, said the harvest was poor."),
                art("b", "The harvest was the worst in years, said Jonas Brekke, the NGA's chief executive officer."),
                art("c", "Prices of grain rose sharply in the spring."))
    assert role_conflicts(idx) == []


def test_a_post_several_hold_at_once_given_to_another_name_in_a_looser_sentence_is_no_conflict():
    # Stop 19 (review R19): two spokesmen of one company speak on one story; one article against two says nothing
    # about a post that several people hold at once.
    idx = index(art("a", "Harlow Motors spokesman Tom Reed said no one was hurt when the storm hit the factory. "
                         "Workers were sent home."),
                art("b", "Harlow Motors spokesman Dan Holt said insurers would assess the storm damage this week. "
                         "Insurers were called in."),
                art("c", "Harlow Motors spokesman Dan Holt declined to comment on the lawsuit. "
                         "The roof collapsed on Sunday."))
    assert role_conflicts(idx) == []


def test_a_family_named_by_the_surnames_plural_states_the_surname():
    # Stop 19 (review R19): "The Gores" names Gore; whole-word matching had lost it ("Gore" / "Frist" was a conflict).
    assert stated("gore", "The Gores and Senator Frist arrived in Memphis on Sunday for the funeral.")
    assert stated("bush", "The Bushes arrived in Memphis on Sunday for the funeral.")
    assert not stated("ann", "Anne arrived in Memphis on Sunday for the funeral.")
    # a word of a longer name is no family: "Russell Hall" is not named by "the Northwest Residence Halls"
    assert not stated("russell hall", "The fire was set in a dormitory of the Northwest Residence Halls.")
