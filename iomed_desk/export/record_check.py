"""A signed agreement against the signing record its parties took home (`verify --record`).

The record pins, per signature field, the SHA-256 fingerprint of the certificate that signed it,
and the agreement fingerprint. A PDF passes only if its embedded text hashes to the record's
fingerprint and every signature in it was made by exactly the certificate the record names for
its field, and every field the record says was signed digitally is signed. A certificate issued
again later to the same name (a new key) has another fingerprint and fails, which is the point:
valid signatures by trusted keys do not show that these are the keys used in the room.

The fingerprints are computed here from the PDF's own signatures (pyHanko's reader), not taken
from the verification report, so this check does not depend on how verification summarises.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader

from iomed_desk.core.ceremony import KeyHolding, SigningRecord
from iomed_desk.core.errors import InvalidInput

#: the name of the JSON embedded in a record PDF
RECORD_JSON_NAME = "signing-record.json"
MAX_RECORD_BYTES = 1 << 20


@dataclass(frozen=True)
class SignedField:
    field: str
    cert_sha256: str
    cert_serial: str


@dataclass(frozen=True)
class RecordCheck:
    """The PDF against the record: `problems` empty means every signer is the one recorded."""

    record: SigningRecord
    pdf_sha256: str
    fingerprint: str | None
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_text(self) -> str:
        lines = [f"Signing record: export {self.record.export_number} of {self.record.case_reference} "
                 f"({len(self.record.signers)} signer(s))"]
        lines += [f"Record problem: {p}" for p in self.problems]
        lines.append("Record: every signer matches the record" if self.ok else "Record: DOES NOT MATCH")
        return "\n".join(lines)

    def as_dict(self) -> dict[str, object]:
        return {"ok": self.ok, "export": self.record.export_number, "problems": list(self.problems)}


def signed_fields(pdf: bytes) -> list[SignedField]:
    """Each signature in the PDF: its field and the SHA-256 and serial of the certificate that made it."""
    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        out = []
        for sig in reader.embedded_signatures:
            cert = sig.signer_cert
            out.append(SignedField(str(sig.field_name), hashlib.sha256(cert.dump()).hexdigest(),
                                   format(cert.serial_number, "x")))
        return out
    except Exception as exc:  # noqa: BLE001 - any parser failure means unreadable input
        raise InvalidInput(f"This PDF's signatures cannot be read ({type(exc).__name__}).") from None


def load_record(path: str | os.PathLike[str]) -> SigningRecord:
    """A signing record from its JSON file or from the JSON embedded in its PDF."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if data[:5] == b"%PDF-":
        data = embedded_record(data)
    if len(data) > MAX_RECORD_BYTES:
        raise InvalidInput(f"{path} is too large to be a signing record.")
    try:
        parsed = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise InvalidInput(f"{path} is not a signing record (neither its JSON nor a record PDF).") from None
    return SigningRecord.from_dict(parsed)


def embedded_record(pdf: bytes) -> bytes:
    """The JSON a record PDF embeds as `RECORD_JSON_NAME`."""
    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
        for i in range(0, len(names), 2):
            if str(names[i]) == RECORD_JSON_NAME:
                spec = names[i + 1].get_object()
                stream = spec["/EF"]["/F"].get_object()
                assert isinstance(stream, generic.StreamObject)
                return stream.data
    except Exception as exc:  # noqa: BLE001 - a damaged record PDF is a bad record
        raise InvalidInput(f"This record PDF carries no readable signing record ({type(exc).__name__}).") from None
    raise InvalidInput(f"This PDF carries no signing record ({RECORD_JSON_NAME}).")


def check_against_record(pdf: bytes, fingerprint: str | None, record: SigningRecord) -> RecordCheck:
    """Compare the PDF's signers (and its agreement fingerprint, recomputed by the caller from the
    embedded text, None if it has none) with `record`; one line per mismatch naming the field."""
    problems: list[str] = []
    if fingerprint != record.fingerprint:
        problems.append(f"the agreement fingerprint is {fingerprint or 'missing'}, the record's is "
                        f"{record.fingerprint}: this is not the agreement of the record")
    sha = hashlib.sha256(pdf).hexdigest()
    if sha != record.pdf_sha256:
        problems.append(f"the file's SHA-256 is {sha}, the record's is {record.pdf_sha256}")
    signed = signed_fields(pdf)
    pinned = {s.field: s for s in record.signers if s.holding is not KeyHolding.PAPER}
    paper = {s.field for s in record.signers if s.holding is KeyHolding.PAPER}
    seen: set[str] = set()
    for s in signed:
        if s.field in seen:
            problems.append(f"{s.field}: signed more than once")
        seen.add(s.field)
        line = pinned.get(s.field)
        if line is None:
            why = "signed on paper according to the record" if s.field in paper else "not in the record"
            problems.append(f"{s.field}: signed digitally, but {why}")
        elif line.cert_sha256 != s.cert_sha256:
            problems.append(f"{s.field}: signed by a certificate with SHA-256 {s.cert_sha256}, but the record pins "
                            f"{line.cert_sha256} ({line.signatory}): not the key used at the signing")
    for name in sorted(set(pinned) - seen):
        problems.append(f"{name}: not signed in this PDF, but the record says {pinned[name].signatory} signed it")
    return RecordCheck(record, sha, fingerprint, tuple(problems))
