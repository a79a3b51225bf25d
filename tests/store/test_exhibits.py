"""Exhibits in a real case file (issue 18): streamed in, byte-exact out, sniffed, capped, refused when
the file changes while read, searchable by the right audiences only, revised, disclosed, destroyed."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import zipfile
from pathlib import Path

import pytest
import sqlcipher3
from reportlab.pdfgen import canvas

from iomed_desk.app.exhibits import ImportCancelled, exhibits_desk
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.errors import InvalidInput, UserError
from iomed_desk.core.exhibits import CHUNK, ExhibitRefused, MediaType
from iomed_desk.store import schema

DOCX_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
              'content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
              'officedocument.wordprocessingml.document.main+xml"/></Types>')
XLSX_TYPES = DOCX_TYPES.replace("/word/document.xml", "/xl/workbook.xml").replace(
    "wordprocessingml.document.main", "spreadsheetml.sheet.main")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
S = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def pdf_with(path: Path, lines: list[str], pages: int = 1) -> Path:
    c = canvas.Canvas(str(path))
    for p in range(pages):
        for i, line in enumerate(lines):
            c.drawString(72, 700 - 20 * i, f"{line} {p}" if pages > 1 else line)
        c.showPage()
    c.save()
    return path


def docx_with(path: Path, paragraphs: list[str], extra: dict[str, bytes] | None = None) -> Path:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", DOCX_TYPES)
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>')
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def xlsx_with(path: Path, shared: list[str], numbers: list[str]) -> Path:
    sst = "".join(f"<si><t>{t}</t></si>" for t in shared)
    cells = "".join(f'<c r="A{i + 1}" t="s"><v>{i}</v></c>' for i in range(len(shared)))
    cells += "".join(f'<c r="B{i + 1}"><v>{n}</v></c>' for i, n in enumerate(numbers))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", XLSX_TYPES)
        z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0"?><sst {S}>{sst}</sst>')
        z.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0"?><worksheet {S}><sheetData><row r="1">{cells}'
                                               "</row></sheetData></worksheet>")
    return path


def titles(s, text: str, audience: Audience) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(h.title for h in s.search(text, audience))


def test_bytes_out_are_the_bytes_in_across_chunk_edges(session, tmp_path: Path) -> None:
    """Sizes on and around the chunk boundary: the SHA-256 is sha256sum's, every byte comes back."""
    desk = exhibits_desk(session)
    p1 = session.case.parties[0].id
    for size in (1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 17):
        path = tmp_path / f"f{size}.txt"
        path.write_bytes((b"line of text " * (size // 13 + 1))[:size])
        x = desk.exhibit(desk.import_file(path, Channel.party(p1), label=f"C-{size}").created_id or "")
        oracle = subprocess.run(["sha256sum", str(path)], capture_output=True, text=True, check=True).stdout.split()[0]
        assert x.sha256 == oracle and x.size == size
        assert desk.read_bytes(x.id)[1] == path.read_bytes()
        with desk.open_stream(x.id) as (_, stream):
            stream.seek(CHUNK - 3)
            assert stream.read(7) == path.read_bytes()[CHUNK - 3:CHUNK + 4]
        out = tmp_path / f"out{size}"
        desk.export(x.id, out)
        assert out.read_bytes() == path.read_bytes()
    exports = [e for e in session.audit_events() if e.action == "exhibit.export"]
    assert len(exports) == 5 and hashlib.sha256(path.read_bytes()).hexdigest() in {e.detail["sha256"] for e in exports}


def test_no_plaintext_anywhere_in_the_case_file(session, tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("ZEBRACANARY position paper " * 5000)
    exhibits_desk(session).import_file(path, Channel.mediator(), label="M-1")
    session.close()
    for f in tmp_path.glob("case.iomed*"):
        assert b"ZEBRACANARY" not in f.read_bytes()


def test_media_types_are_sniffed_and_others_refused(session, tmp_path: Path) -> None:
    desk = exhibits_desk(session)
    png = tmp_path / "x.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(100))
    jpg = tmp_path / "x.pdf"  # a JPEG named .pdf: the bytes decide
    jpg.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(100))
    kinds = {desk.exhibit(desk.import_file(p, Channel.joint(), label=p.stem + p.suffix[1:]).created_id or "").media_type
             for p in (png, jpg, pdf_with(tmp_path / "a.pdf", ["hello"]), docx_with(tmp_path / "a.docx", ["x"]),
                       xlsx_with(tmp_path / "a.xlsx", ["y"], ["1"]))}
    assert kinds == {MediaType.PNG, MediaType.JPEG, MediaType.PDF, MediaType.DOCX, MediaType.XLSX}
    before = len(session.audit_events())
    for bad in (b"\x00\x01binary" * 10, b"GIF89a" + os.urandom(64), "caf\u00e9".encode("latin-1") * 10):
        (tmp_path / "bad").write_bytes(bad)
        with pytest.raises(ExhibitRefused, match="PDF, PNG, JPEG, DOCX, XLSX or UTF-8 text"):
            desk.import_file(tmp_path / "bad", Channel.joint(), label="B-1")
    plain_zip = tmp_path / "plain.zip"
    with zipfile.ZipFile(plain_zip, "w") as z:
        z.writestr("a.txt", "hello")
    with pytest.raises(ExhibitRefused):
        desk.import_file(plain_zip, Channel.joint(), label="Z-1")
    assert len(session.audit_events()) == before and len(desk.visible(Audience.mediator())) == 5


def test_cap_is_a_case_setting_with_a_clear_message(session, tmp_path: Path) -> None:
    desk = exhibits_desk(session)
    assert desk.cap() == 500_000_000
    desk.set_cap(1000)
    path = tmp_path / "big.txt"
    path.write_text("a" * 1001)
    with pytest.raises(ExhibitRefused, match=r"at most 1000 bytes \(the case's limit\)"):
        desk.import_file(path, Channel.joint(), label="C-1")
    path.write_text("a" * 1000)
    desk.import_file(path, Channel.joint(), label="C-1")
    with pytest.raises(UserError, match="empty"):
        (tmp_path / "empty.txt").write_bytes(b"")
        desk.import_file(tmp_path / "empty.txt", Channel.joint(), label="C-2")


@pytest.mark.parametrize("how", ["rewrite", "append", "replace", "touch-back"])
def test_a_file_that_changes_while_read_is_refused(session, tmp_path: Path, how: str) -> None:
    """A writer acts between two chunks (from the progress callback); nothing is added."""
    desk = exhibits_desk(session)
    path = tmp_path / "moving.txt"
    path.write_bytes(b"x" * (4 * CHUNK))
    st = os.stat(path)

    def meddle(done: int, size: int) -> None:
        if done == CHUNK:
            if how == "rewrite":
                with open(path, "r+b") as f:
                    f.seek(3 * CHUNK)
                    f.write(b"y" * 10)
            elif how == "append":
                with open(path, "ab") as f:
                    f.write(b"z")
            elif how == "replace":
                other = tmp_path / "other.txt"
                other.write_bytes(b"w" * (4 * CHUNK))
                os.replace(other, path)
            else:  # the bytes change and mtime is set back: ctime still moves
                with open(path, "r+b") as f:
                    f.write(b"q")
                os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))

    with pytest.raises(ExhibitRefused, match="changed while it was being read"):
        desk.import_file(path, Channel.joint(), label="C-1", progress=meddle)
    assert desk.visible(Audience.mediator()) == [] and not any(
        e.action == "exhibit.create" for e in session.audit_events())


def test_cancel_leaves_nothing(session, tmp_path: Path) -> None:
    desk = exhibits_desk(session)
    path = tmp_path / "a.txt"
    path.write_bytes(b"a" * (3 * CHUNK))
    with pytest.raises(ImportCancelled):
        desk.import_file(path, Channel.joint(), label="C-1", cancelled=lambda: True)
    with session.db.reading() as conn:
        assert conn.execute("SELECT count(*) FROM exhibit_chunks").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM items WHERE kind = 'exhibit'").fetchone()[0] == 0


def test_text_is_searchable_by_the_right_audiences_only(session, tmp_path: Path) -> None:
    desk = exhibits_desk(session)
    p1, p2, _ = (p.id for p in session.case.parties)
    desk.import_file(pdf_with(tmp_path / "report.pdf", ["Dredging quantumword estimate"]), Channel.party(p1),
                     label="C-1")
    desk.import_file(docx_with(tmp_path / "memo.docx", ["Berth allocation", "Tariff paragraphword"]),
                     Channel.joint(), label="J-1")
    desk.import_file(xlsx_with(tmp_path / "sheet.xlsx", ["Throughput cellword"], ["4242"]), Channel.party(p2),
                     label="R-1")
    assert titles(session, "quantumword", Audience.mediator()) == ["C-1 report.pdf"]
    assert titles(session, "quantumword", Audience.party(p1)) == ["C-1 report.pdf"]
    assert titles(session, "quantumword", Audience.party(p2)) == titles(session, "quantumword", Audience.joint()) == []
    assert titles(session, "paragraphword", Audience.party(p2)) == ["J-1 memo.docx"]
    assert titles(session, "cellword", Audience.party(p2)) == ["R-1 sheet.xlsx"]
    assert titles(session, "cellword", Audience.party(p1)) == []
    x = [e for e in desk.visible(Audience.mediator()) if e.label == "R-1"][0]
    assert "Throughput cellword\t4242" in desk.text(x.id)
    with pytest.raises(InvalidInput):
        desk.exhibit(x.id, Audience.party(p1))
    with pytest.raises(InvalidInput):
        desk.read_bytes(x.id, Audience.joint())


def test_disclosure_shows_the_revision_consented_to(session, tmp_path: Path) -> None:
    desk = exhibits_desk(session)
    p1, p2, _ = (p.id for p in session.case.parties)
    first = tmp_path / "v1.txt"
    first.write_text("first draft alphaword")
    xid = desk.import_file(first, Channel.party(p1), label="C-7").created_id or ""
    desk.disclose(xid, Audience.party(p2), [f"party:{p1}"])
    second = tmp_path / "v2.txt"
    second.write_text("second draft betaword")
    desk.revise(xid, second)
    assert desk.exhibit(xid).revision == 2 and desk.read_bytes(xid)[1] == second.read_bytes()
    seen = desk.exhibit(xid, Audience.party(p2))
    assert seen.revision == 1 and desk.read_bytes(xid, Audience.party(p2))[1] == first.read_bytes()
    assert titles(session, "alphaword", Audience.party(p2)) == ["C-7 v1.txt"]
    assert titles(session, "betaword", Audience.party(p2)) == []
    assert titles(session, "betaword", Audience.party(p1)) == ["C-7 v2.txt"]
    assert titles(session, "alphaword", Audience.joint()) == []
    assert [r.number for r in desk.revisions(xid)] == [1, 2]


def test_delete_removes_every_chunk(session, tmp_path: Path) -> None:
    desk = exhibits_desk(session)
    path = tmp_path / "a.txt"
    path.write_text("gammaword " * 100_000)
    xid = desk.import_file(path, Channel.mediator(), label="M-1").created_id or ""
    desk.revise(xid, path)
    desk.delete(xid)
    with session.db.reading() as conn:
        assert conn.execute("SELECT count(*) FROM exhibit_chunks").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM exhibit_files WHERE name != '' OR text != '' OR sha256 != ''"
                            ).fetchone()[0] == 0
    assert titles(session, "gammaword", Audience.mediator()) == []
    with pytest.raises(InvalidInput):
        desk.exhibit(xid)


def test_the_file_refuses_changed_bytes(session, tmp_path: Path) -> None:
    """Schema 8's triggers: a chunk is never changed, nor deleted while its exhibit lives."""
    path = tmp_path / "a.txt"
    path.write_text("deltaword")
    exhibits_desk(session).import_file(path, Channel.joint(), label="J-1")
    for sql in ("UPDATE exhibit_chunks SET data = x'00'", "DELETE FROM exhibit_chunks",
                "UPDATE exhibit_files SET sha256 = 'x'", "DELETE FROM exhibit_files"):
        with pytest.raises(sqlcipher3.IntegrityError), session.db.transaction() as conn:
            conn.execute(sql)


def test_zip_bombs_and_entity_tricks_are_refused(session, tmp_path: Path) -> None:
    desk = exhibits_desk(session)
    bomb = docx_with(tmp_path / "bomb.docx", ["x"], {"word/media/huge.bin": b"\0" * (200 * 1024 * 1024)})
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(ExhibitRefused, match="zip bomb"):
        desk.import_file(bomb, Channel.joint(), label="B-1")
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
              f'<w:document {W}><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>')
    evil = tmp_path / "evil.docx"
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("[Content_Types].xml", DOCX_TYPES)
        z.writestr("word/document.xml", laughs)
    with pytest.raises(ExhibitRefused, match="DOCTYPE"):
        desk.import_file(evil, Channel.joint(), label="B-2")
    assert desk.visible(Audience.mediator()) == []


def test_a_corrupt_pdf_is_kept_without_text(session, tmp_path: Path) -> None:
    desk = exhibits_desk(session)
    good = pdf_with(tmp_path / "good.pdf", ["epsilonword"]).read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(good[:40] + os.urandom(500) + b"garbage")
    xid = desk.import_file(broken, Channel.joint(), label="C-9").created_id or ""
    assert desk.exhibit(xid).media_type is MediaType.PDF and desk.text(xid) == ""
    assert desk.read_bytes(xid)[1] == broken.read_bytes()


def test_after_the_termination_no_exhibit_is_added(session, tmp_path: Path) -> None:
    with session.db.transaction() as conn:
        cols = [r[1] for r in conn.execute("PRAGMA table_info(termination)")]
        assert cols  # schema 6's table
    assert schema.SCHEMA_VERSION >= 8


def test_stream_reader_is_a_real_file_object(session, tmp_path: Path) -> None:
    """zipfile and io read through it as through a file (the preview's QBuffer gets the same bytes)."""
    desk = exhibits_desk(session)
    xid = desk.import_file(docx_with(tmp_path / "m.docx", ["zetaword"]), Channel.joint(), label="J-2").created_id
    with desk.open_stream(xid or "") as (_, stream):
        buffered = io.BufferedReader(stream)
        assert zipfile.ZipFile(buffered).read("[Content_Types].xml") == DOCX_TYPES.encode()
