"""Lines that look like an outlet naming itself but name a person or a picture's owner give no outlet."""

from __future__ import annotations

import pytest

from newsdesk.clean.outlets import find_outlet


@pytest.mark.parametrize(
    "line",
    [
        "Call reporter Jo Paul at 555-0100, email him at jpaul@example.com or follow him on Twitter.",
        "Follow the reporter on Twitter and Facebook and contact her at her address.",
        "Follow Tia Ghose on Twitter and Google+.",
        "Follow Regina Garcia Cano on Twitter: @reginagarcia",
        "Image copyright AFP Image caption The man was known to the intelligence services",
        "Photo copyright Getty Images",
        "The newly found species had a long neck. Credit: Copyright Lena Moravec, Prague",
        "Credit: © Harbour Studio",
    ],
)
def test_no_outlet_from_a_person_or_a_photo_credit(line: str) -> None:
    assert find_outlet([line]) is None


@pytest.mark.parametrize(
    "line,outlet",
    [
        ("Follow Meridian Wire on Twitter and Facebook", "Meridian Wire"),
        ("Follow The Harbour Gazette on Twitter", "Harbour Gazette"),
        ("Follow LiveScience on Twitter", "LiveScience"),
        ("© 2024 Valeport Daily. All rights reserved.", "Valeport Daily"),
    ],
)
def test_an_outlet_naming_itself_is_still_read(line: str, outlet: str) -> None:
    assert find_outlet([line]) == outlet
