"""A folder given as input: links to other folders are followed once, hidden entries are listed as not used."""

from pathlib import Path

from newsdesk.ingest import read_inputs
from newsdesk.model import RawDoc, Rejection

TEXT = "A fire at a warehouse in Dunmore forced the evacuation of 1,200 residents on Tuesday, officials said."


def test_a_linked_folder_is_read_and_hidden_entries_are_named(tmp_path: Path):
    pile, other = tmp_path / "pile", tmp_path / "other"
    pile.mkdir()
    other.mkdir()
    (pile / "p.txt").write_text(TEXT, encoding="utf-8")
    (other / "a.txt").write_text(TEXT.replace("Dunmore", "Lanmore"), encoding="utf-8")
    (other / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    (pile / ".git").mkdir()
    (pile / ".git" / "config").write_text("x", encoding="utf-8")
    (pile / "linked").symlink_to(other, target_is_directory=True)
    (other / "back").symlink_to(pile, target_is_directory=True)  # a loop through the two links
    docs = list(read_inputs([pile]))
    read = sorted(Path(d.source).name for d in docs if isinstance(d, RawDoc))
    assert read == ["a.txt", "p.txt"]
    rejected = {Path(d.source).name: d.explain for d in docs if isinstance(d, Rejection)}
    assert "hidden file" in rejected[".hidden.txt"] and "hidden folder" in rejected[".git"]
    assert "config" not in rejected


def test_system_files_are_skipped_without_a_line(tmp_path: Path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / "._a.txt").write_bytes(b"\x00\x05\x16\x07")
    docs = list(read_inputs([tmp_path]))
    assert [Path(d.source).name for d in docs] == ["a.txt"]


def test_office_documents_are_named_as_such(tmp_path: Path):
    (tmp_path / "release.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (tmp_path / "release.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00word/document.xml")
    (tmp_path / "scan.bin").write_bytes(b"%PDF-1.4\n\x00\x01\x02")
    explain = {Path(d.source).name: d.explain for d in read_inputs([tmp_path]) if isinstance(d, Rejection)}
    assert "a PDF document" in explain["release.pdf"] and "a Word document" in explain["release.docx"]
    assert "a PDF document" in explain["scan.bin"]


def test_a_spreadsheet_heading_with_spaces_names_its_field(tmp_path: Path):
    path = tmp_path / "export.csv"
    path.write_text('Headline,Article Body,Published At\n"Warehouse fire","' + TEXT + '",2024-03-05\n', encoding="utf-8")
    (doc,) = [d for d in read_inputs([path]) if isinstance(d, RawDoc)]
    assert doc.title == "Warehouse fire" and "evacuation" in doc.content and doc.date == "2024-03-05"
