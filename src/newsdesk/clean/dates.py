"""Read a publication date from a line of page text, and how sure it is (stated, or a lone line above the title)."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}
MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_PATTERNS = (
    # ISO and year-first dates, also inside a timestamp ("2019-11-19T10:43:37Z") or with slashes or dots.
    re.compile(r"\b(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?!\d)"),
    # Numeric day/month/year; read day first unless the first number cannot be a day-of-month pair.
    re.compile(r"\b(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+{MONTH}\s*,?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(rf"\b{MONTH}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*,?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE),
)
# French, Spanish and German month names, in the day-first forms those languages write ("5 mars 2024", "1er avril
# 2024", "5 de marzo de 2024", "5. März 2024"). Kept apart from MONTH, which other modules use for English stamps.
_FOREIGN_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("janvier", "enero", "januar", "jänner"),
            ("février", "fevrier", "febrero", "februar"),
            ("mars", "marzo", "märz", "maerz"),
            ("avril", "abril"),
            ("mai", "mayo"),
            ("juin", "junio", "juni"),
            ("juillet", "julio", "juli"),
            ("août", "aout", "agosto"),
            ("septembre", "septiembre", "setiembre"),
            ("octobre", "octubre", "oktober"),
            ("novembre", "noviembre"),
            ("décembre", "decembre", "diciembre", "dezember"),
        ),
        start=1,
    )
    for m in names
}
_FOREIGN_MONTH = "(?P<fmon>" + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True)) + ")"
_FOREIGN_DATE = re.compile(
    rf"\b(?P<d>[0-3]?\d)(?:er|\.|º|°)?\s+(?:de\s+)?{_FOREIGN_MONTH}\.?,?\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
PUBLISHED = re.compile(r"\b(?:published|posted|updated|first published|last modified|"
                       r"publiée?|mis à jour|publicad[oa]|actualizad[oa]|veröffentlicht|publiziert|aktualisiert)(?!\w)",
                       re.IGNORECASE)
# Confidence of a date: stated near the title, a lone line above the title (often the capture date), and
# a lone line above the title in a page that speaks of years well before it.
STATED, ABOVE_TITLE, CAPTURE = 1.0, 0.3, 0.2

def parse_date(text: str) -> str | None:
    """The first full date (day, month, year) in ``text`` as ISO YYYY-MM-DD.

    Example:
        >>> parse_date("Thursday 01 October 2015 14:38"), parse_date("Publié le 1er mars 2024 à 10h30")
        ('2015-10-01', '2024-03-01')
    """
    for pat in (*_DATE_PATTERNS, _FOREIGN_DATE):
        m = pat.search(text)
        if not m:
            continue
        g = m.groupdict()
        if g.get("m"):
            month = int(g["m"])
        elif g.get("fmon"):
            month = _FOREIGN_MONTHS[g["fmon"].lower()]
        else:
            month = _MONTHS.get(g["mon"].lower().rstrip("."), 0)
        try:
            return date(int(g["y"]), month, int(g["d"])).isoformat()
        except ValueError:
            continue
    return None



DAY_OR_MONTH = re.compile(
    rf"^(?:{MONTH}|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?)$",
    re.IGNORECASE,
)


def date_confidence(day: str, before_title: bool, body: str) -> float:
    if not before_title:
        return STATED
    # A lone date above the headline is often when the page was captured. If the text speaks only of
    # years well before it, it is surely not the publication date.
    year = int(day[:4])
    years = [int(y) for y in _YEAR.findall(body)]
    if years and max(years) < year - 1:
        return CAPTURE
    return ABOVE_TITLE
