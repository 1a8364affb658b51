"""C1 control codes in input text are the Windows-1252 punctuation they stand for, not dropped (U28 #12)."""
import json

from newsdesk.ingest.decode import decode_bytes, safe_text, windows_1252_punctuation
from newsdesk.pipeline import load_articles


def test_c1_codes_read_as_windows_1252():
    assert windows_1252_punctuation("the church\x92s \x93vote\x94 \x97 done") == "the church’s “vote” — done"
    assert windows_1252_punctuation("plain ascii") == "plain ascii"


def test_undefined_windows_1252_codes_are_kept():
    assert windows_1252_punctuation("a\x81b") == "a\x81b"


def test_decoded_utf8_bytes_with_c1_codes():
    text, reason, _ = decode_bytes("Christ\u0092s church".encode())
    assert reason is None and text == "Christ’s church"


def test_json_text_with_c1_codes_keeps_the_apostrophe(tmp_path):
    body = ("The Community of Christ\u0092s national conference voted on Monday to change its policy. "
            "The church\u0092s communications team said members had debated the question for years.")
    path = tmp_path / "c1.jsonl"
    path.write_text(json.dumps({"id": "c1", "text": body}) + "\n", encoding="utf-8")
    articles, _rejected = load_articles([str(path)])
    assert articles and "Christ’s national" in articles[0].text and "church’s communications" in articles[0].text
    assert safe_text("x\u0092s") == "x’s"
