"""The sentence splitter: abbreviations, initials, acronyms, quotes, decimals, paragraphs."""

import pytest

from newsdesk.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maj. Gen. Qasem Soleimani spoke. He left.", ["Maj. Gen. Qasem Soleimani spoke.", "He left."]),
        ("The U.S. Army said so. Then it rained.", ["The U.S. Army said so.", "Then it rained."]),
        ("It came to the U.S. The man left.", ["It came to the U.S.", "The man left."]),
        ("Sales rose in the U.S. Also, the firm hired.", ["Sales rose in the U.S.", "Also, the firm hired."]),
        ("Troops left the U.S. Later, more went.", ["Troops left the U.S.", "Later, more went."]),
        ("Prices rose 3.5 percent. Sales fell.", ["Prices rose 3.5 percent.", "Sales fell."]),
        ("J. R. R. Tolkien wrote it. Fans read it.", ["J. R. R. Tolkien wrote it.", "Fans read it."]),
        ("The al-Nusra Front grew. Ahrar al-Sham too.", ["The al-Nusra Front grew.", "Ahrar al-Sham too."]),
        ('"They are not advisers." One source said so.', ['"They are not advisers."', "One source said so."]),
        ('"Where?" he asked. Nobody knew.', ['"Where?" he asked.', "Nobody knew."]),
        ("He met Dr. Smith in Sacramento, Calif., on Jan. 5. It went well.",
         ["He met Dr. Smith in Sacramento, Calif., on Jan. 5.", "It went well."]),
        ("At 3 p.m. Friday it ended. Then quiet.", ["At 3 p.m. Friday it ended.", "Then quiet."]),
        ("They are not advisers... we mean hundreds.", ["They are not advisers... we mean hundreds."]),
        ("First paragraph without a stop\n\nSecond one.", ["First paragraph without a stop", "Second one."]),
        ("", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_no_characters_lost() -> None:
    text = 'Mr. A. Smith (U.S.) said "no!" twice... Then 4.5 km away, e.g. here.\n\nNew para? Yes.'
    joined = "".join(split_sentences(text))
    assert joined.replace(" ", "") == "".join(text.split())


def test_multi_sentence_quote_kept_with_its_speaker() -> None:
    text = ('"The vanguard began arriving. They are not advisers..." Reuters reports, quoting two sources. '
            "Then more came.")
    assert split_sentences(text) == [
        '"The vanguard began arriving. They are not advisers..." Reuters reports, quoting two sources.',
        "Then more came.",
    ]


def test_unclosed_quote_does_not_swallow_paragraph() -> None:
    text = '"An unclosed quote starts here. ' + "Plain sentence follows. " * 30
    assert len(split_sentences(text)) > 20


def test_token_before_a_boundary_with_other_white_space() -> None:
    from newsdesk.sentences import _token_ending_at

    assert _token_ending_at("He met Gen. Smith", 11) == "Gen."
    assert _token_ending_at("He met\tGen. Smith", 11) == "Gen."
    assert _token_ending_at("He met\u00a0Gen. Smith", 11) == "Gen."
    assert _token_ending_at("Gen. Smith", 4) == "Gen."
    assert _token_ending_at("He met ", 7) == ""
    assert split_sentences("He met\tGen. Smith today. He left.") == ["He met\tGen. Smith today.", "He left."]


def test_a_page_reference_and_a_name_with_an_exclamation_mark_end_no_sentence() -> None:
    assert split_sentences("The ruling cites the report (p. 89) twice. Judges agreed.") == [
        "The ruling cites the report (p. 89) twice.", "Judges agreed."]
    assert split_sentences("The story ran on Yahoo! News on Monday. It was shared widely.") == [
        "The story ran on Yahoo! News on Monday.", "It was shared widely."]
    assert split_sentences("The firm was bought by Yahoo! The deal closed in May.") == [
        "The firm was bought by Yahoo!", "The deal closed in May."]


def test_a_file_photo_caption_opens_with_no_dateline() -> None:
    from newsdesk.sentences import dateline_end

    assert dateline_end("FILE - In this May 24, 2016, file photo, Jo Roe speaks in Lanmore.") == 0
    assert dateline_end("FILEY, England (AP) -- The town council met.") == len("FILEY, England (AP) -- ")


def test_a_dateline_with_a_state_abbreviation_is_one_sentence_with_its_lead() -> None:
    """AP writes "SPRINGFIELD, Ill. (AP) — ..." and the archives "NASHVILLE, Tenn. _ ...": the stop of the state's
    abbreviation ends no sentence there (it made "SPRINGFIELD, Ill." a story's title; review U21)."""
    from newsdesk.sentences import first_sentence_title

    assert split_sentences("SPRINGFIELD, Ill. (AP) — Gov. Ann Roe signed the bill. It takes effect in June.") == [
        "SPRINGFIELD, Ill. (AP) — Gov. Ann Roe signed the bill.", "It takes effect in June."]
    assert first_sentence_title("LANMORE, Tenn. _ Mayor Jo Ruiz declared victory. He smiled.") == (
        "Mayor Jo Ruiz declared victory.")
    assert first_sentence_title("ELM CITY, Pa. -- The humane society came under fire. Officials said so.") == (
        "The humane society came under fire.")
    assert split_sentences("They live in Calif. The house is big.") == ["They live in Calif.", "The house is big."]
    # not a dateline: no town in capitals before the state, or a sentence in the parentheses (review R21a)
    assert split_sentences("He moved to Lanmore, Calif. (He left later.) Then he came back.") == [
        "He moved to Lanmore, Calif.", "(He left later.)", "Then he came back."]
    assert split_sentences("The firm is registered in Del. — Its owners are secret.")[0] == (
        "The firm is registered in Del.")


def test_an_agency_credit_without_a_dash_is_a_dateline() -> None:
    from newsdesk.sentences import dateline_end

    assert dateline_end("(CNN) A Lanmore man pleaded not guilty on Monday.") == len("(CNN) ")
    assert dateline_end("(Reuters) The bank said it would cut rates.") == len("(Reuters) ")
    assert dateline_end("(R) Senator Jo Roe voted no.") == 0  # a party's letter is no agency


def test_a_quotation_in_archive_marks_is_kept_whole_with_its_speaker() -> None:
    """The newswire archives write ``...''; a quotation of two sentences in them was cut in two, its first half
    left without the speaker (review U21), as curly or straight marks never were."""
    text = "Her husband, Mayor Jo Roe, ``will fight for you. He will fight for all of us,'' she added. Then she left."
    assert split_sentences(text) == [
        "Her husband, Mayor Jo Roe, ``will fight for you. He will fight for all of us,'' she added.", "Then she left."]
    assert split_sentences("``We are done.'' He left. ``It is over,'' she said.") == [
        "``We are done.''", "He left.", "``It is over,'' she said."]


def test_a_name_followed_by_an_aside_is_no_dateline() -> None:
    """"NASA — the agency that runs the station — said ...": lower case after the dash is the sentence going on."""
    from newsdesk.sentences import dateline_end

    assert dateline_end("NASA — the agency that runs the station — said on Monday it would wait.") == 0
    assert dateline_end("LANMORE — The council said on Monday it would wait.") == len("LANMORE — ")
    assert dateline_end("LANMORE, Oct. 1 — the council said.") == len("LANMORE, Oct. 1 — ")
    assert dateline_end("LANMORE — the mayor said on Monday.") == len("LANMORE — ")  # no aside closes: a dateline


def test_sentences_a_page_ran_together_are_split_but_web_addresses_are_not() -> None:
    from newsdesk.sentences import split_sentences

    text = "The pier closed on Wednesday.The council met at noon, the mayor said.Police closed the road."
    assert split_sentences(text) == ["The pier closed on Wednesday.", "The council met at noon, the mayor said.",
                                     "Police closed the road."]
    assert split_sentences("Details are at www.LanmoreNews.com today.") == ["Details are at www.LanmoreNews.com today."]
    assert split_sentences("See http://lanmore.example/News.Then call.") == ["See http://lanmore.example/News.Then call."]
    assert split_sentences("Shares of Harbour.Com Inc. rose 5 percent.") == ["Shares of Harbour.Com Inc. rose 5 percent."]
    assert split_sentences("Prof.Smith and Capt.Jones met.") == ["Prof.Smith and Capt.Jones met."]


def test_a_title_made_from_a_first_sentence_leaves_out_who_reported_it() -> None:
    from newsdesk.sentences import first_sentence_title

    assert first_sentence_title("WANE reports that Amber Pasztor was arrested on Friday after a crash near the "
                                "school.") == "Amber Pasztor was arrested on Friday after a crash near the school."
    assert first_sentence_title("According to police, a man was found dead in his home on Sunday.") == \
        "A man was found dead in his home on Sunday."
    assert first_sentence_title("The Times reported that it rained.") == "The Times reported that it rained."
    assert first_sentence_title("Police said a man died.") == "Police said a man died."


def test_an_ellipsis_before_who_says_so_does_not_end_the_sentence():
    from newsdesk.sentences import split_sentences

    assert split_sentences("The singer has died of an apparent overdose ... Gossipwire has learned. Police came.") == [
        "The singer has died of an apparent overdose ... Gossipwire has learned.", "Police came."]
    assert split_sentences("He paused... Then he said. More.") == ["He paused...", "Then he said.", "More."]


def test_an_ellipsis_before_a_passive_still_ends_the_sentence():
    from newsdesk.sentences import split_sentences

    assert split_sentences("The vote was close ... The result was confirmed. Then more.") == [
        "The vote was close ...", "The result was confirmed.", "Then more."]


def test_an_archive_dateline_with_its_underscore_glued_to_the_lead_is_a_dateline() -> None:
    """"LANMORE, Elbonia (AP) _Elbonian ministers met ...": the archives' underscore glued to the lead still closes
    the dateline, so the lead loses it and the article gets its outlet (review U30 #12)."""
    from newsdesk.sentences import dateline_end, without_dateline

    text = "LANMORE, Elbonia (AP) _Elbonian, Ruritanian and Freedonian ministers met on Friday."
    assert without_dateline(text) == "Elbonian, Ruritanian and Freedonian ministers met on Friday."
    assert dateline_end("Name the file my_Report today.") == 0
