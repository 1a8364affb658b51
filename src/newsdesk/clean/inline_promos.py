"""Links a page runs into its paragraphs: "[Image Gallery: Digging Up a Cemetery]", "[Photos: The 10 Oldest Mummies]".

Science and magazine sites put a bracketed link to a gallery, a video or a related story at the end of a
paragraph of the story. It is no words of the article (a brief that took the sentence would print it, and it is
no part of any quotation). Only a bracket that opens with a link's label and a colon is cut; "[Russian]" or
"[what cancer was]", an editor's insertion in a quotation, stays.
"""

from __future__ import annotations

import re

_LABELS = (r"(?:(?:In |See |More |Related |Top |Best )?(?:Photos?|Pictures?|Images?|Image Gallery|Gallery|Galleries|"
           r"Slideshow|Slide Show|Videos?|Infographic|Interactive|Map|Audio|Podcast)|Related(?: Stories| Story| Article)?|"
           r"Read (?:More|Also|This)|See Also|Also Read|Watch|Listen|More)")
_PROMO = re.compile(rf"[ \t]*\[(?i:{_LABELS}):[^\[\]\n]{{1,120}}\](?=[ \t]*(?:\n|$))")  # ending its paragraph


def without_inline_promos(text: str) -> str:
    """``text`` without the bracketed gallery, video and related-story links run into its paragraphs.

    Example:
        >>> without_inline_promos('"[Audio: inaudible] we will go," he said.')
        '"[Audio: inaudible] we will go," he said.'
        >>> without_inline_promos("The finds were dated, they wrote. [Photos: Ten Oldest Mummies]\\nNext paragraph.")
        'The finds were dated, they wrote.\\nNext paragraph.'
        >>> without_inline_promos('"We did not know [what it was]," he said.')
        '"We did not know [what it was]," he said.'
    """
    if "[" not in text:
        return text
    return _PROMO.sub("", text)
