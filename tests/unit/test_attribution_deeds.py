"""'Agreed on' and 'concluded in' report a deed, not a statement: nobody is the source of the sentence."""

from newsdesk.compare.attribution import sentence_speakers


def test_agreed_on_names_no_speaker():
    assert sentence_speakers("The vote followed the Lanmore summit on trade, where leaders agreed on tariffs.") == []
    assert sentence_speakers("Ministers agreed to cut the levy by half at the Lanmore talks on Friday.") == []


def test_agreed_that_still_names_one():
    found = sentence_speakers("Party leaders agreed that the vote should wait until the spring.")
    assert [sp.who for sp in found] == ["Party leaders"]
