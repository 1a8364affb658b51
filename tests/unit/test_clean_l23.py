"""Cleaning (helper L23): a live report's posts, each under its time, are all kept while a comment thread's stamps
still end the article; ambiguous numeric dates follow the page's locale or stay uncertain; French and Spanish
furniture, date and byline lines; a table used for layout gives paragraphs.

Every page here is invented.
"""

from __future__ import annotations

import pytest

from newsdesk.clean import clean_raw
from newsdesk.clean.boilerplate import is_boilerplate_line, is_call_to_action
from newsdesk.clean.date_order import AMBIGUOUS, date_caveat
from newsdesk.clean.dates import parse_date
from newsdesk.clean.html import parse_markup
from newsdesk.clean.layout_tables import is_layout_table
from newsdesk.model import Article, RawDoc

_POSTS = (
    "Ferry crews in Lanmore walked out at dawn and the first sailing of the day to the islands was cancelled.",
    "The harbour master said that about two hundred passengers were waiting in the terminal for news of a bus.",
    "Union leaders told reporters that the strike would last until the company agreed to talks on the new rota.",
    "The island council has asked the government to send a navy boat so that the school pupils can get home.",
    "A spokeswoman for the ferry company said the walkout was regrettable and that its offer was still open.",
    "Shopkeepers on the quay said that trade had fallen by half since the morning as the queues grew longer.",
)


def _text_article(text: str) -> Article:
    got = clean_raw(RawDoc(source="page.txt", content=text, kind="text"))
    assert isinstance(got, Article), got
    return got


def _live_report(stamp_of: list[str], share: bool) -> str:
    lines = ["Live: Lanmore ferry strike"]
    for stamp, post in zip(stamp_of, _POSTS, strict=True):
        lines += [stamp, post] + (["Share"] if share else [])
    return "\n".join(lines + ["Copyright 2021 Lanmore Courier. All rights reserved."])


def test_a_live_report_keeps_every_post_under_its_time_stamp() -> None:
    for share in (True, False):
        for stamps in (["14:50 GMT", "14:35 GMT", "14:20 GMT", "14:05 GMT", "13:50 GMT", "13:35 GMT"],
                       [f"5 March 2021 {h}:00" for h in range(15, 9, -1)]):
            text = _text_article(_live_report(stamps, share)).text
            assert all(post in text for post in _POSTS), (share, stamps)
            assert "Share" not in text and "GMT" not in text


_ARTICLE = (
    "The passenger ferry Northern Star ran aground off the coast of Lanmore on Sunday evening, the coastguard said, "
    "and all 212 passengers were taken off safely by lifeboats.\n"
    '"The cause of the grounding is under investigation," a coastguard statement said, adding that no one had been '
    "hurt and that the weather had been calm at the time.\n"
    "The ferry operator said it would inspect the hull on Monday before any attempt was made to refloat the ship "
    "from the sandbank where it had come to rest."
)
_COMMENTS = (
    "I have sailed on that ferry for twenty years and the crew have always been careful with the passengers.",
    "Somebody should ask why the company cut the number of officers on the bridge last winter to save money.",
    "The coastguard did a fine job getting everyone off so quickly and they deserve far more funding for it.",
)


def test_a_comment_thread_below_the_article_is_still_cut_at_its_stamps() -> None:
    for author in ("{} says:", "{}"):
        thread = ["3 comments"]
        for k, (name, comment) in enumerate(zip(("jsmith", "Ann Roe", "harbourfan"), _COMMENTS, strict=True)):
            thread += [author.format(name), f"March {k + 3}, 2021 at 10:1{k} am", comment, "Reply"]
        text = _text_article(_ARTICLE + "\n" + "\n".join(thread)).text
        assert "refloat the ship" in text
        assert not any(comment in text for comment in _COMMENTS), author


def test_a_numbered_list_below_the_article_is_no_live_report() -> None:
    """Bare numbers are stamps to the classifier but no times: a 'most read' list of teasers stays out."""
    teasers = [line for k, post in enumerate(_POSTS[:4], 1) for line in (str(k), post)]
    text = _text_article(_ARTICLE + "\nMost read\n" + "\n".join(teasers)).text
    assert "refloat the ship" in text and _POSTS[0] not in text


# --------------------------------------------------------------------------- French and Spanish pages

_FR_BODY = (
    "Le conseil municipal de Lanmore a voté mardi la fermeture du vieux pont sur la Marl après que des ingénieurs "
    "ont découvert de profondes fissures dans deux de ses piles.\n"
    "La maire a déclaré que la fermeture durerait au moins six mois, le temps que le département trouve l'argent "
    "nécessaire à la réparation de l'ouvrage.\n"
    "Les deux communes vont partager les frais de la déviation, a précisé la maire lors de la réunion du conseil."
)
_ES_BODY = (
    "El concejo municipal de Lanmore votó el martes cerrar el viejo puente sobre el río Marl después de que los "
    "ingenieros encontraran grietas profundas en dos de sus pilares.\n"
    "La alcaldesa dijo que el cierre duraría al menos seis meses mientras el condado busca dinero para reparar la "
    "estructura del puente.\n"
    "Los dos municipios van a compartir los gastos del desvío, precisó la alcaldesa durante la reunión del concejo."
)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Publié le 5 mars 2024 à 10h30", "2024-03-05"),
        ("Mis à jour le 1er avril 2021", "2021-04-01"),
        ("Publicado el 5 de marzo de 2024 a las 10:30", "2024-03-05"),
        ("Actualizado: 12 diciembre 2020", "2020-12-12"),
        ("Veröffentlicht am 5. März 2024, 10:30 Uhr", "2024-03-05"),
        ("Mayo Clinic 2024 report", None),
    ],
)
def test_french_spanish_and_german_dates_are_read(line: str, day: str | None) -> None:
    assert parse_date(line) == day


@pytest.mark.parametrize(
    ("header", "body", "footer", "title", "byline"),
    [
        (("Le Courrier de Lanmore", "Par Marie Dupont", "Publié le 5 mars 2021 à 10h30", "Lanmore ferme son vieux pont"),
         _FR_BODY, "Tous droits réservés. Abonnez-vous à notre lettre d'information.", "Lanmore ferme son vieux pont",
         "Marie Dupont"),
        (("El Correo de Lanmore", "Por Ana García", "Publicado el 5 de marzo de 2021", "Lanmore cierra su viejo puente"),
         _ES_BODY, "Todos los derechos reservados. Suscríbete a nuestro boletín.", "Lanmore cierra su viejo puente",
         "Ana García"),
    ],
)
def test_a_french_or_spanish_page_gives_its_date_byline_and_title_and_drops_its_footer(
    header: tuple[str, ...], body: str, footer: str, title: str, byline: str
) -> None:
    art = _text_article("\n".join((*header, body, footer)))
    assert (art.title, art.byline, art.date, art.date_confidence) == (title, byline, "2021-03-05", 1.0)
    assert footer not in art.text and "Tous droits" not in art.text and "derechos" not in art.text
    assert body.split("\n")[-1] in art.text  # "partager", "compartir" in a sentence of the story do not make it furniture


@pytest.mark.parametrize(
    "line",
    ["Tous droits réservés", "Abonnez-vous à notre newsletter", "Lire aussi : Les ponts de la région sont-ils en danger ?",
     "Politique de confidentialité", "Todos los derechos reservados", "Suscríbete", "Lee también: Los puentes de la región",
     "Alle Rechte vorbehalten", "Publicité"],
)
def test_french_spanish_and_german_furniture_lines(line: str) -> None:
    assert is_boilerplate_line(line) or is_call_to_action(line)


# --------------------------------------------------------------------------- day and month of numeric dates

_EN_BODY = _ARTICLE


def _dated(stamp: str, body: str = _EN_BODY, **given: str) -> Article:
    got = clean_raw(RawDoc(source="page.txt", content=f"Ferry runs aground off Lanmore\nBy Dana Reyes\n{stamp}\n{body}",
                           kind="text", **given))
    assert isinstance(got, Article), got
    return got


def _day(art: Article) -> tuple[str | None, float]:
    return art.date, art.date_confidence


def test_a_numeric_date_that_reads_both_ways_is_kept_uncertain_when_the_page_says_nothing() -> None:
    assert _day(_dated("Published 03/12/2021")) == ("2021-12-03", AMBIGUOUS)
    assert _dated("Published 03/12/2021").published is None  # kept out of time windows


def test_unambiguous_numeric_dates_keep_full_confidence() -> None:
    assert _day(_dated("Published 13/03/2021")) == ("2021-03-13", 1.0)
    assert _day(_dated("Published 03/13/2021")) == ("2021-03-13", 1.0)
    assert _day(_dated("Published 03.12.2021")) == ("2021-12-03", 1.0)  # dots: day first
    assert _day(_dated("Published 05/05/2021")) == ("2021-05-05", 1.0)


def test_the_pages_other_numeric_dates_tell_the_order() -> None:
    us = _EN_BODY + "\nThe inquiry will report by 10/25/2021, the coastguard said in a statement to the press."
    uk = _EN_BODY + "\nThe inquiry will report by 25/10/2021, the coastguard said in a statement to the press."
    assert _day(_dated("Published 03/12/2021", us)) == ("2021-03-12", 1.0)
    assert _day(_dated("Published 03/12/2021", uk)) == ("2021-12-03", 1.0)


def test_the_same_date_written_with_its_month_name_settles_it() -> None:
    body = _EN_BODY + "\nThe ferry had passed its last inspection on March 12, 2021, the operator said on its site."
    assert _day(_dated("Published 03/12/2021", body)) == ("2021-03-12", 1.0)


def test_the_pages_address_and_language_tell_the_order() -> None:
    assert _day(_dated("Published 03/12/2021", url="https://www.lanmore-courier.co.uk/news/1")) == ("2021-12-03", 1.0)
    assert _day(_dated("Published 03/12/2021", url="https://news.lanmore.us/ferry")) == ("2021-03-12", 1.0)
    assert _day(_dated("Published 03/12/2021", url="https://lanmore-courier.com/ferry")) == ("2021-12-03", AMBIGUOUS)
    assert _day(_dated("Publié le 03/12/2021", _FR_BODY)) == ("2021-12-03", 1.0)


def test_a_date_given_with_the_input_is_settled_the_same_way() -> None:
    assert _day(_dated("", date="03/12/2021")) == ("2021-12-03", AMBIGUOUS)
    assert _day(_dated("", date="03/12/2021", url="https://lanmore.gov/ferry")) == ("2021-03-12", 1.0)
    assert _day(_dated("Published 03/12/2021", date="2021-03-12")) == ("2021-03-12", 1.0)  # ISO: one way only


_HTML = """<!DOCTYPE html><html{lang}><head><meta charset="utf-8"><title>Ferry runs aground off Lanmore</title>{meta}
</head><body><article><h1>Ferry runs aground off Lanmore</h1><p>By Dana Reyes</p><p>Published 03/12/2021</p>
<p>{p}</p></article></body></html>"""


def _html_day(lang: str = "", meta: str = "") -> tuple[str | None, float]:
    markup = _HTML.format(lang=lang, meta=meta, p="</p><p>".join(_EN_BODY.split("\n")))
    got = clean_raw(RawDoc(source="page.html", content=markup, kind="html"))
    assert isinstance(got, Article), got
    return _day(got)


def test_an_html_pages_declared_language_tells_the_order() -> None:
    assert _html_day(' lang="en-US"') == ("2021-03-12", 0.8)
    assert _html_day(' lang="en-GB"') == ("2021-12-03", 0.8)
    assert _html_day(' lang="en"', '<meta property="og:locale" content="en_US">') == ("2021-03-12", 0.8)
    assert _html_day(' lang="en"') == ("2021-12-03", AMBIGUOUS)
    assert _html_day(' lang="en"', '<meta name="publish_date" content="2021-03-12T10:00:00">') == ("2021-03-12", 0.8)


# --------------------------------------------------------------------------- tables used for layout

_MENU = "".join(f"<li><a href='/s{k}'>Section {k}</a></li>" for k in range(8))


def _html_article(body: str) -> Article:
    markup = (f"<!DOCTYPE html><html lang='en'><head><title>Ferry runs aground off Lanmore</title></head><body>"
              f"<h1>Ferry runs aground off Lanmore</h1>{body}<footer><p>Copyright 2021 Lanmore Courier.</p></footer>"
              "</body></html>")
    got = clean_raw(RawDoc(source="page.html", content=markup, kind="html"))
    assert isinstance(got, Article), got
    return got


def test_an_article_set_in_a_layout_table_reads_as_paragraphs() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in _ARTICLE.split("\n"))
    art = _html_article(f"<table><tr><td><ul>{_MENU}</ul></td><td>{paragraphs}</td></tr></table>")
    assert art.text.split("\n\n") == _ARTICLE.split("\n")


def test_a_data_table_in_an_article_stays_rows() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in _ARTICLE.split("\n"))
    table = ("<table><tr><th>Ferry</th><th>Built</th><th>Passengers</th></tr><tr><td>Northern Star</td><td>1998</td>"
             "<td>212</td></tr><tr><td>Southern Cross</td><td>2004</td><td>340</td></tr></table>")
    assert "| Northern Star | 1998 | 212 |" in _html_article(paragraphs + table).text


def test_a_table_of_many_rows_with_a_description_column_is_data() -> None:
    row = ("<tr><td>Northern Star</td><td>1998</td><td>The ferry was built in Norway for the island route and carried "
           "passengers between Lanmore and the outer islands for twenty years before it was sold to a company in the "
           "south, where it was renamed and used on a shorter crossing for another decade or so, until the company "
           "went out of business.</td></tr>")
    root = parse_markup("<table>" + row * 6 + "</table>")
    assert root is not None and not is_layout_table(next(root.iter("table")))
    root = parse_markup("<table>" + row + "</table>")  # one row of a sentence of prose: a page's frame
    assert root is not None and is_layout_table(next(root.iter("table")))


def test_an_ambiguous_date_has_its_own_caveat_for_readers() -> None:
    assert date_caveat(_dated("Published 03/12/2021").date_confidence) == "day and month may be swapped"
    assert date_caveat(_dated("Published 03/13/2021").date_confidence) is None


def test_a_declared_us_english_on_a_country_domain_of_day_first_dates_decides_nothing() -> None:
    """Review R23b: publishing systems declare lang="en-US" by default, also on .co.uk pages."""
    from newsdesk.clean.date_order import month_first

    assert month_first("", "en-us", "https://www.lanmore.co.uk/news/1") is None
    assert month_first("", "en-us", "https://www.lanmore.com/news/1") is True
    assert month_first("", None, "https://www.lanmore.co.uk/news/1") is False
