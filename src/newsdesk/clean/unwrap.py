"""Hard-wrapped text: paragraphs broken into lines of a fixed width (e-mail, wire archives, ``fmt``, page
source) joined back into one line each, so the line classifier sees paragraphs, not fragments.

Two signs, either enough:
- the text is wrapped at one width: most of its lines end close to the same length (at most
  ``MAX_WIDTH`` characters); a line that reaches that width continues on the next line, and a shorter one
  ends its paragraph, as does a sentence end that left room for the next line's first word;
- a line stops without a sentence end and the next line starts in lower case ("... for around $40" /
  " million"), which no new paragraph, heading or menu item does.

Blank lines always separate paragraphs. Text whose lines are paragraphs already is returned unchanged.
"""

from __future__ import annotations

import re

MAX_WIDTH = 100  # a text wrapped wider than this is not told apart from one paragraph per line
MIN_WIDTH = 30
WRAPPED_SHARE = 0.5  # share of the lines that must reach the width for the text to count as wrapped
SLACK = 0.25  # a line within this share of the width (and 15 characters) of it reaches the width
_SENTENCE_END = re.compile(r"""[.!?…:;]['"”’)\]]*$""")
_LIST_START = re.compile(r"^(?:[-*•–—]\s|\d+[.)]\s|[A-Z][A-Z .'&-]{2,}:)")  # "- item", "1. item", "BYLINE:"


def wrap_width(lines: list[str]) -> int | None:
    """The width a text is wrapped at, or None when its lines do not end near one width."""
    lengths = sorted(len(ln) for ln in lines if ln.strip())
    if len(lengths) < 3:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    near = sum(1 for n in lengths if n >= width - max(15, SLACK * width))
    return width if near >= WRAPPED_SHARE * len(lengths) else None


def unwrap(text: str) -> str:
    """``text`` with hard-wrapped paragraphs joined into one line each (blank lines kept).

    Example:
        >>> unwrap("The river rose by two metres\\novernight, the council said.\\n\\nRoads closed.")
        'The river rose by two metres overnight, the council said.\\n\\nRoads closed.'
    """
    lines = text.splitlines()
    width = wrap_width(lines)
    out: list[list[str]] = []  # each output line as its physical lines, joined once at the end (a text wrapped
    # into one long paragraph would otherwise be copied once per line it adds)
    last = ""  # the last physical line added to out[-1]: its length tells whether it was wrapped
    for raw in lines:
        line = raw.rstrip()
        if line.strip() and out and out[-1][0].strip() and _continues(last, line.lstrip(), width):
            out[-1].append(line.strip())
        else:
            out.append([line])
        last = line
    joined = (parts[0] if len(parts) == 1 else " ".join([parts[0].rstrip(), *parts[1:]]) for parts in out)
    return "\n".join(joined) + ("\n" if text.endswith("\n") else "")


def _continues(prev: str, line: str, width: int | None) -> bool:
    """Whether physical line ``line`` continues the paragraph whose last physical line is ``prev``."""
    if _LIST_START.match(line):
        return False
    ended = _SENTENCE_END.search(prev) is not None
    if line[:1].islower() and not ended:
        return True
    if width is None or len(prev.strip()) < width - max(15, SLACK * width):
        return False
    # A line that ends a sentence and left room for the next line's first word ended its paragraph: the
    # wrapper would have put that word on it.
    return not ended or len(prev.strip()) + 1 + len(line.split()[0]) > width
