"""A name told with and without its accents is one name to the fact matching (fact_match._mentioned)."""
from newsdesk.compare.fact_match import _mentioned


def test_name_matches_without_its_accents():
    assert _mentioned("mostefaï", {"the", "mostefai", "said"})
    assert _mentioned("mostefai", {"mostefaï"})


def test_letters_unicode_does_not_split_match_their_english_spelling():
    # "ø" has no combining accent in Unicode: the text module's table spells it "o"
    assert _mentioned("tromsø", {"tromso"})
    assert _mentioned("jørgensen", {"jorgensen"})


def test_another_name_is_not_mentioned():
    assert not _mentioned("mostefai", {"mustafa", "mostefaie"})
