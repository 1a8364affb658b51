"""Where "here" is: a brief sentence read off a datelined wire story names the dateline's city in brackets.

A wire story says where it was filed once, in its dateline ("NAIROBI, Kenya (AP) --"), and then writes "here"
("near the U.S. Embassy here"). The brief drops the dateline from its sentences, so "here" would point nowhere
(U31 #15): ``place_here`` adds an editor's note, "here [Nairobi]", from the sentence's own article, as the people
notes of ``brief/people.py`` are added.
"""

from __future__ import annotations

import dataclasses
import re

from newsdesk.model import Article, Brief, PersonNote
from newsdesk.sentences import dateline_end

# "here" as a place: not "Here is ...", "here's", "here and there", nor inside a quotation (the speaker's own place)
_HERE = re.compile(r"(?<![\w'’-])here(?![\w'’-])(?!\s+(?:and\s+there|is|are|was|were)\b)")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]|``.*?''")


def dateline_city(article: Article) -> str | None:
    """The city of an article's wire dateline in title case ("NAIROBI, Kenya (AP) --" -> "Nairobi"), or None."""
    text = article.text.lstrip()
    end = dateline_end(text[:200])
    if not end:
        return None
    head = text[:end].split("(")[0].split(",")[0].strip(" -–—_")
    if not head or not any(c.isalpha() for c in head) or len(head.split()) > 4:
        return None
    return " ".join(w.capitalize() if w.isupper() else w for w in head.split())


def place_here(brief: Brief) -> Brief:
    """The brief with "here [City]" where a sentence says "here" outside a quotation, its article has a wire dateline,
    and the sentence does not name the city itself."""
    by_id = {a.id: a for a in brief.articles}
    out = []
    for s in brief.sentences:
        article = by_id.get(s.from_id)
        outside = _QUOTED.sub(" ", s.text)
        if article is not None and _HERE.search(outside) and not any(p.name == "here" for p in s.people):
            city = dateline_city(article)
            if city and city.lower() not in s.text.lower():
                s = dataclasses.replace(s, people=(*s.people, PersonNote("here", city)))
        out.append(s)
    return dataclasses.replace(brief, sentences=tuple(out))
