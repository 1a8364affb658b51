"""A consent wall or a bot check saved in place of the page is no article."""

import pytest

from newsdesk import clean
from newsdesk.errors import InputError

CONSENT = """<html><head><title>Before you continue</title></head><body><h1>We value your privacy</h1>
<p>We and our 611 partners store and access information on your device, such as cookies, and process personal data
for personalised advertising and content, measurement and audience research.</p>
<p>You may click to consent to our and our partners' processing as described above, or change your preferences.</p>
<button>I accept</button></body></html>"""
CHECK = """<html><head><title>Just a moment...</title></head><body><h1>news.example</h1>
<h2>Checking if the site connection is secure</h2><p>news.example needs to review the security of your connection
before proceeding. Enable JavaScript and cookies to continue.</p><p>Performance &amp; security by Cloudflare</p></body></html>"""


@pytest.mark.parametrize("page", [CONSENT, CHECK])
def test_walls_are_rejected_with_a_reason(page: str):
    with pytest.raises(InputError, match="consent or bot-check page"):
        clean(page)


def test_an_article_about_cookie_consent_is_kept():
    text = ("Regulators in Lanmore fined three publishers on Tuesday over cookie banners that, they said, made it "
            "harder to refuse than to accept tracking. " * 12)
    assert clean(text).words > 100


def test_a_short_article_with_a_consent_line_is_kept():
    text = ("Ferry fire off Lanmore\n\nWe and our partners use cookies to personalise content and ads. Accept all\n\n"
            "By Jo Roe\n\nA ferry caught fire off Lanmore on Tuesday and all 40 passengers were brought ashore, the "
            "coastguard said. Crews fought the fire for three hours before it was put out.\n\nThe cause of the fire "
            "is not yet known, the operator said, and an inquiry will begin next week.")
    art = clean(text)
    assert "ferry caught fire" in art.text


def test_a_text_opening_with_a_tilde_is_text_not_a_home_directory(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("HOME", raising=False)
    text = "~nobody-here-at-all said the ferry ran aground off Lanmore on Tuesday with 140 passengers on board, police said."
    assert "ferry ran aground" in clean(text).text  # no RuntimeError from looking up that home directory
