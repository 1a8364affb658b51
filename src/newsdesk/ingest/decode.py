"""Bytes to text: binary sniffing, BOMs, UTF-8, then charset detection."""

from __future__ import annotations

import codecs
import re
from itertools import pairwise

from newsdesk.errors import Reason

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SINGLE_BYTE_LATIN = re.compile(r"^(cp125[02478]|cp437|cp775|cp850|cp852|cp858|cp860|cp861|cp863|cp865|windows-125[02478]|iso8859_(1|2|4|9|10|13|14|15|16)|latin_1|mac_(roman|latin2|iceland|turkish))$")
_AS_WINDOWS_1252 = {name: "cp1252" for name in ("iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii",
                                                  "us-ascii", "iso-ir-100", "cp819", "ibm819")}
# A sign right after a letter ("zag³osowa³a", "ustaw¹", "in¿ynierowie", "budow±"): a single-byte page read with the
# wrong code page. Punctuation that follows words (quotes, guillemets, an ellipsis) and marks such as ® ™ © ° are no
# such sign; a letter is any alphabetic character, so ¹ ² ³ count as signs.
_AFTER_WORDS = frozenset("0123456789'’‘.,;:!?-–—\"“”„‚«»‹›…·°()/&@#%*+=<>[]{}|`~^$€£®™©℠")


def _signs_in_words(text: str) -> int:
    sample = text[:200_000]
    return sum(1 for before, ch in pairwise(sample)
               if before.isalpha() and not ch.isalpha() and not ch.isspace() and ch not in _AFTER_WORDS)


_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"\x1f\x8b", b"BZh", b"\xfd7zXZ")


# Control characters no article means: NUL and the other C0 codes but tab, line feed, form feed and carriage
# return, and DEL. A stray NUL from a broken scrape made every output "binary" to grep and editors, and an ESC
# from a page would reach the reader's terminal as an escape sequence.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def drop_controls(text: str) -> str:
    """``text`` without the control characters no article means (see ``_CONTROLS``)."""
    return _CONTROLS.sub("", text) if _CONTROLS.search(text) else text


# C1 control codes (U+0080-U+009F) in decoded text are Windows-1252 punctuation that an exporter wrote as Latin-1
# ("Christ\x92s" for "Christ’s", "\x93quoted\x94"): no article means a C1 control, and dropped they glue words
# together ("Christs"). Their Windows-1252 characters; the five codes Windows-1252 leaves undefined stay as they are.
_C1 = re.compile("[\x80-\x9f]")
_C1_AS_WINDOWS_1252 = {code: bytes([code]).decode("cp1252") for code in range(0x80, 0xA0)
                       if code not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def windows_1252_punctuation(text: str) -> str:
    """``text`` with its C1 control codes read as the Windows-1252 characters they stand for (see ``_C1``).

    Example:
        >>> windows_1252_punctuation("Christ\x92s \x93vote\x94 \x96 1999")
        'Christ’s “vote” – 1999'
    """
    return text.translate(_C1_AS_WINDOWS_1252) if _C1.search(text) else text


def safe_text(text: str) -> str:
    """``text`` with lone surrogates (from JSON "\\ud800" escapes or undecodable file names) as U+FFFD, and C1
    control codes as the Windows-1252 punctuation they stand for (``windows_1252_punctuation``).

    Lone surrogates cannot be encoded as UTF-8, so they would crash SQLite, JSON output and printing.
    """
    text = windows_1252_punctuation(text)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return text


def _looks_utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_nul = sample[1::2].count(0) / max(1, len(sample[1::2]))
    # Latin-script UTF-16 has a NUL in nearly every other byte; short UTF-8 text with a stray NUL
    # ("0\x00\x80") has far fewer, so the bar is high.
    if odd_nul > 0.7 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.7 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def is_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding we read (images, archives, random bytes)."""
    if data.startswith(_MAGIC):
        return True
    sample = data[:8000]
    if not sample:
        return False
    if any(sample.startswith(bom) for bom, _ in _BOMS) or _looks_utf16_without_bom(sample):
        return False
    nul = sample.count(0)
    if nul > 0 and nul / len(sample) > 0.01:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return control / len(sample) > 0.05


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag near its start, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str | None, Reason | None, str]:
    """Decode bytes to text, C1 control codes read as Windows-1252 punctuation (``windows_1252_punctuation``: UTF-8
    written from a mis-read Latin-1 export holds them).

    Returns (text, None, encoding) on success, or (None, reason, detail) when the bytes are not text.
    A declared charset (from a <meta> tag or HTTP header) is only trusted when the bytes decode with it.
    """
    text, reason, detail = _decode(data, declared)
    return (None if text is None else windows_1252_punctuation(text)), reason, detail


def _decode(data: bytes, declared: str | None) -> tuple[str | None, Reason | None, str]:
    if not data.strip():
        return None, Reason.EMPTY, "no bytes or only white space"
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), None, enc
            except UnicodeDecodeError as exc:
                return None, Reason.UNDECODABLE, f"bad {enc} after a byte-order mark: {exc.reason}"
    utf16 = _looks_utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), None, utf16
        except UnicodeDecodeError:
            pass  # not really UTF-16; fall through to the other detectors
    if is_binary(data):
        return None, Reason.BINARY, "binary content (not text)"
    try:
        return data.decode("utf-8"), None, "utf-8"
    except UnicodeDecodeError:
        pass  # not UTF-8: try what the page declares, then detect
    if declared:
        # As browsers do (WHATWG Encoding), a page labelled Latin-1 or ASCII is read as windows-1252: such pages
        # hold its curly quotes and dashes (0x91-0x97), which Latin-1 would turn into control characters.
        for encoding in (_AS_WINDOWS_1252.get(declared.strip().lower().replace("_", "-"), declared), declared):
            try:
                return data.decode(encoding), None, encoding
            except (UnicodeDecodeError, LookupError):
                continue  # the declaration lies (or 0x81, 0x8d, ... are not windows-1252): next, then detect
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        return None, Reason.UNDECODABLE, "no text encoding fits these bytes"
    encoding = best.encoding
    if _SINGLE_BYTE_LATIN.match(encoding):
        # Short Latin texts are often mistaken for Baltic or Central European code pages; Western European
        # (cp1252, a superset of Latin-1's printable range) is far more common. So cp1252 is read first, then the
        # two Central European pages, and the first that reads as words wins (Polish "zagłosowała" in cp1250 or
        # ISO 8859-2, not "zag³osowa³a"). The detector's own guess is no candidate: other code pages read cp1252's
        # ® ™ and curly quotes as letters ("NintendoÆ Switchô").
        readings = []
        for candidate in ("cp1252", "cp1250", "iso8859_2"):
            try:
                readings.append((_signs_in_words(text := data.decode(candidate)), len(readings), text, candidate))
            except (UnicodeDecodeError, LookupError):
                continue  # bytes this code page leaves undefined
        if readings:
            _, _, text, chosen = min(readings)
            return text, None, chosen
    try:
        return data.decode(encoding, errors="strict"), None, encoding
    except (UnicodeDecodeError, LookupError):
        return data.decode(encoding, errors="replace"), None, encoding + " (with replacements)"


# A text that opens with a page's or a paragraph's tag: HTML, whatever field or name it came under.
_OPENS_WITH_MARKUP = re.compile(
    r"^[\ufeff\s]*(?:<!--.*?-->\s*)*<\s*(?:!doctype\s+html|html|head|body|article|main|section|div|p|span|h[1-6]|"
    r"ul|ol|table|figure|header|br)[\s/>]", re.IGNORECASE | re.DOTALL)


def opens_with_markup(text: str) -> bool:
    """Whether a text is HTML by its start ("<html>", "<p>The council ...", "<!-- x --><div>"), as a record's
    "text" field or a document of a summarization set may hold a page.

    Example:
        >>> opens_with_markup("<p>The council voted.</p>"), opens_with_markup("The council voted <b>twice</b>.")
        (True, False)
    """
    return bool(_OPENS_WITH_MARKUP.match(text[:2000]))
