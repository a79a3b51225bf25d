"""The attacker's test for closing a case: after `close`, no destroyed word is left anywhere.

A case holds unique canary words in caucus material (note titles, bodies, earlier revisions, a note
disclosed to all parties, the mediator's notebook, positions' comments, the figures and terms of offers
and private figures made in caucus, communicated or not) and other canaries in joint material (an
offer made in joint session among them). After closing, with the key in hand, the attacker looks:
- at the raw bytes of every file in the case's folder (no -wal/-shm/-journal or temp file is left);
- at every page of the case file, decrypted by this test itself from SQLCipher 4's documented page
  format (AES-256-CBC under the raw key, the IV in each page's reserved tail), free pages included,
  which is an oracle independent of SQLCipher's own reading;
- at every row of every table (the FTS5 shadow tables too), read through SQLCipher;
- at a plaintext copy made with `sqlcipher_export` (then removed).
No caucus canary may be found; every joint canary must still be there; `check` passes; the
certificate verifies, trusting the mediator's certificate only. The same scans before closing find
every caucus canary, so they do look where the words were.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import sqlcipher3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from iomed_desk.app.closing import close_case
from iomed_desk.app.verification import verify_document
from iomed_desk.core.clock import FakeClock
from iomed_desk.export.identity import new_identity, write_certificate
from iomed_desk.export.signers import KeySigner
from iomed_desk.export.verify_certificate import CertificateReport
from iomed_desk.store.keys import raw_key_pragma
from tests.store.test_destruction_scenario import build, scan

PAGE = 4096  # SQLCipher 4's default page size
RESERVE = 80  # IV (16) + HMAC-SHA512 (64)


def decrypted_pages(path: Path, key: bytes) -> bytes:
    """Every page of the file decrypted (SQLCipher 4: the first page's first 16 bytes are the salt)."""
    data = path.read_bytes()
    out = bytearray()
    for offset in range(0, len(data) - len(data) % PAGE, PAGE):
        page = data[offset:offset + PAGE]
        start = 16 if offset == 0 else 0
        iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
        body = page[start:PAGE - RESERVE]
        d = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += d.update(body) + d.finalize()
    return bytes(out)


def _connect(path: Path, key: bytes, salt: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = {raw_key_pragma(key)}")
    return conn


def every_row(path: Path, key: bytes, salt: bytes) -> bytes:
    conn = _connect(path, key, salt)
    try:
        parts = []
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            for row in conn.execute(f'SELECT * FROM "{name}"'):
                for value in row:
                    parts.append(value if isinstance(value, bytes) else str(value).encode())
        return b"\n".join(parts)
    finally:
        conn.close()


def plaintext_export(path: Path, key: bytes, salt: bytes, tmp: Path) -> bytes:
    plain = tmp / "plaintext-copy.db"
    conn = _connect(path, key, salt)
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        conn.execute("SELECT sqlcipher_export('plain')").fetchall()
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    try:
        return plain.read_bytes()
    finally:
        for p in (plain, Path(f"{plain}-journal")):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_no_destroyed_word_survives_closing(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    path = folder / "case.iomed"
    session, sc = build(path, FakeClock(), extra_notes=40)
    key, salt = session.db.key, session.db.salt
    mediator = new_identity("Dr Lin Wai-man", organisation="IOMed")
    pem = tmp_path / "mediator.pem"
    write_certificate(pem, mediator.certificate)
    # control: checkpointed into the file, the same scans find every caucus word
    session.close()
    assert scan(decrypted_pages(path, key), sc.caucus) == sc.caucus
    assert scan(every_row(path, key, salt), sc.caucus) == sc.caucus
    from iomed_desk.app.opening import open_with_key

    session = open_with_key(path, key, clock=FakeClock())
    out = folder / "certificate.pdf"
    closed = close_case(session, KeySigner(mediator), out)
    assert closed.session.check().ok
    closed.session.close()

    files = folder_bytes(folder)
    assert sorted(files) == ["case.iomed", "certificate.pdf"]  # no -wal, -shm, -journal or temp left
    for name, data in files.items():
        assert scan(data, sc.caucus) == [], name
    pages = decrypted_pages(path, key)
    assert scan(pages, sc.caucus) == []
    assert scan(pages, sc.joint) == sc.joint
    rows = every_row(path, key, salt)
    assert scan(rows, sc.caucus) == []
    assert scan(rows, sc.joint) == sc.joint
    plain = plaintext_export(path, key, salt, tmp_path)
    assert b"SQLite format 3" in plain[:16]
    assert scan(plain, sc.caucus) == [] and scan(plain, sc.joint) == sc.joint
    assert not list(tmp_path.glob("plaintext-copy*"))

    report = verify_document(out, [pem])
    assert isinstance(report, CertificateReport) and report.ok, report.to_text()
    assert not verify_document(out, []).ok  # trusted only when the mediator's certificate is
    assert os.path.getsize(path) > 0
