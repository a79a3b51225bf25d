"""What verification found, as frozen values with a JSON and a plain-text form.

The plain text is what `iomed-desk verify` prints and what the GUI shows; the
JSON is for scripts. Both say where the signing time comes from, because with
no time-stamp authority it is only the signer's own clock, and both put the
agreement fingerprint first: valid signatures by trusted keys prove who signed
this file, not that it is the agreement a party signed, which only comparing
the fingerprint with their own signing record shows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

TIME_SOURCE = "signer's clock (no time-stamp authority)"
#: What a report says about revocation: nothing offline can check it.
REVOCATION = "not checked (offline; no revocation information)"


class Coverage(StrEnum):
    ENTIRE_FILE = "entire file"
    ENTIRE_REVISION = "entire revision, with later additions"
    UNCLEAR = "partial or unclear"


class LaterChanges(StrEnum):
    NONE = "none"
    PERMITTED = "only further signatures or form filling"
    MODIFIED = "modified"


@dataclass(frozen=True)
class SignatureReport:
    """One signature: who, when (by their clock), and whether it still holds."""

    field_name: str
    signer: str
    issuer: str
    signing_time: datetime | None
    intact: bool
    coverage: Coverage
    later_changes: LaterChanges
    trusted: bool
    problems: tuple[str, ...] = ()
    time_source: str = TIME_SOURCE
    #: hex SHA-256 of the signing certificate's DER: what a signing record pins
    certificate_sha256: str = ""
    #: the certificate's serial number, hex
    serial: str = ""
    #: the certificate's subject names the in-room unit: a key the mediator issued in the room
    issued_in_room: bool = False
    #: the document's certification (DocMDP) signature
    certifying: bool = False
    #: the signature whose field locks the document (FieldMDP all, DocMDP no changes)
    locking: bool = False
    not_before: datetime | None = None
    not_after: datetime | None = None
    #: the certificate's validity judged at the signer's claimed time, in words
    validity: str = ""
    revocation: str = REVOCATION

    @property
    def ok(self) -> bool:
        return (self.intact and self.trusted and self.coverage is not Coverage.UNCLEAR
                and self.later_changes is not LaterChanges.MODIFIED)

    @property
    def role(self) -> str:
        """"certification", "attestation (locks the document)" or "approval"."""
        if self.certifying:
            return "certification (only signatures and form filling may follow)"
        return "approval, locks the document" if self.locking else "approval"

    def as_dict(self) -> dict[str, Any]:
        return {
            "field": self.field_name,
            "signer": self.signer,
            "issuer": self.issuer,
            "signing_time": self.signing_time.isoformat() if self.signing_time else None,
            "time_source": self.time_source,
            "intact": self.intact,
            "coverage": self.coverage.value,
            "later_changes": self.later_changes.value,
            "trusted": self.trusted,
            "certifying": self.certifying,
            "locking": self.locking,
            "certificate_sha256": self.certificate_sha256,
            "serial": self.serial,
            "issued_in_room": self.issued_in_room,
            "not_before": self.not_before.isoformat() if self.not_before else None,
            "not_after": self.not_after.isoformat() if self.not_after else None,
            "validity": self.validity,
            "revocation": self.revocation,
            "ok": self.ok,
            "problems": list(self.problems),
        }


@dataclass(frozen=True)
class AnnexCheck:
    """One annex the agreement lists: its label, file name and listed SHA-256, and whether the file
    embedded in the signed PDF is exactly that (`problem` says how it is not)."""

    label: str
    file_name: str
    sha256: str
    verified: bool
    problem: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"label": self.label, "file_name": self.file_name, "sha256": self.sha256,
                "verified": self.verified, "problem": self.problem}


@dataclass(frozen=True)
class TextCheck:
    """The embedded canonical agreement against the pages: does the file show the text it fingerprints?

    `fingerprint` is the SHA-256 of the embedded text (None when there is none);
    `differing_pages` are 1-based numbers of signed pages that differ from the
    pages rendered again from that text; `expected_fingerprint` is what the
    verifier was told to expect (`--expect-fingerprint`), if anything.
    """

    fingerprint: str | None
    pages: int = 0
    differing_pages: tuple[int, ...] = ()
    problems: tuple[str, ...] = ()
    expected_fingerprint: str | None = None
    #: the renderer layout the embedded text names (None when there is no usable text), and whether
    #: the pages were compared (not when this verifier does not draw that layout: "cannot compare")
    layout: int | None = None
    pages_compared: bool = False
    #: each annex the embedded text lists, checked against the file embedded for it
    annexes: tuple[AnnexCheck, ...] = ()

    @property
    def verified(self) -> bool:
        return self.fingerprint is not None and not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {
            "verified": self.verified,
            "fingerprint": self.fingerprint,
            "expected_fingerprint": self.expected_fingerprint,
            "pages": self.pages,
            "differing_pages": list(self.differing_pages),
            "layout": self.layout, "pages_compared": self.pages_compared,
            "annexes": [a.as_dict() for a in self.annexes],
            "problems": list(self.problems),
        }


@dataclass(frozen=True)
class VerificationReport:
    """Every signature in order of signing, the text check, and what is wrong with the file as a whole."""

    signatures: tuple[SignatureReport, ...]
    unsigned_fields: tuple[str, ...]
    file_size: int
    problems: tuple[str, ...] = ()
    text: TextCheck | None = None
    file_sha256: str = ""

    @property
    def ok(self) -> bool:
        """True only if the file is certified first, complete (no empty signature field), locked by its
        last signature, every signature holds and is trusted, and the text is verified; the
        problems say which of these fails."""
        return (bool(self.signatures) and not self.problems and all(s.ok for s in self.signatures)
                and self.text is not None and self.text.verified)

    @property
    def fingerprint(self) -> str | None:
        """The agreement fingerprint recomputed from the embedded text, if the file carries one."""
        return self.text.fingerprint if self.text is not None else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "fingerprint": self.fingerprint,
            "file_sha256": self.file_sha256,
            "file_size": self.file_size,
            "text": self.text.as_dict() if self.text is not None else None,
            "signatures": [s.as_dict() for s in self.signatures],
            "unsigned_fields": list(self.unsigned_fields),
            "problems": list(self.problems),
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)

    def to_text(self) -> str:
        lines = [*self._text_lines(),
                 f"{len(self.signatures)} signature(s); signing times are the {TIME_SOURCE}."]
        for n, sig in enumerate(self.signatures, start=1):
            when = sig.signing_time.isoformat(timespec="seconds") if sig.signing_time else "unknown"
            in_room = "; certificate issued in the room" if sig.issued_in_room else ""
            lines += [
                f"{n}. {sig.field_name}: {'OK' if sig.ok else 'NOT OK'}",
                f"   role:    {sig.role}",
                f"   signer:  {sig.signer} (issued by {sig.issuer}{in_room})",
                f"   cert:    SHA-256 {sig.certificate_sha256 or 'unknown'}, serial {sig.serial or 'unknown'}",
                f"   valid:   {sig.validity or 'unknown'}; revocation {sig.revocation}",
                f"   time:    {when}",
                f"   intact:  {'yes' if sig.intact else 'NO'}; covers: {sig.coverage.value}",
                f"   after:   {sig.later_changes.value}",
                f"   trusted: {'yes' if sig.trusted else 'no'}",
            ]
            lines += [f"   problem: {p}" for p in sig.problems]
        if self.unsigned_fields:
            lines.append(f"Not yet signed: {', '.join(self.unsigned_fields)}")
        lines += [f"Problem: {p}" for p in self.problems]
        if self.text is not None:
            lines += [f"Problem: {p}" for p in self.text.problems]
        annexed = self.text is not None and bool(self.text.annexes)
        verdict = "text and annexes verified" if annexed else "text verified"
        lines.append(f"Result: {verdict}, all signatures valid" if self.ok else "Result: NOT VALID")
        return "\n".join(lines)

    def _text_lines(self) -> list[str]:
        text = self.text
        file_line = [f"File SHA-256: {self.file_sha256}"] if self.file_sha256 else []
        if text is None or text.fingerprint is None:
            return ["Agreement fingerprint: none (the PDF carries no agreement text)",
                    "Text: NOT VERIFIED", *file_line]
        lines = [f"Agreement fingerprint (SHA-256): {text.fingerprint}",
                 "   Compare it with the fingerprint in your own signing record: valid signatures "
                 "show who signed this file, not that it is the agreement you signed."]
        if text.expected_fingerprint is not None:
            same = text.expected_fingerprint == text.fingerprint
            lines.append(f"   expected: {text.expected_fingerprint} "
                         f"({'matches' if same else 'DOES NOT MATCH'})")
        if text.verified:
            lines.append(f"Text: verified; the {text.pages} page(s) are the embedded text, rendered again")
        else:
            lines.append("Text: NOT VERIFIED")
        if text.annexes:
            good = sum(a.verified for a in text.annexes)
            lines.append(f"Annexes: {good} of {len(text.annexes)} verified (the embedded files against the "
                         "SHA-256 the text lists)")
            for a in text.annexes:
                state = "verified" if a.verified else f"NOT VERIFIED: {a.problem}"
                lines.append(f"   annex {a.label} {state}; {a.file_name}, SHA-256 {a.sha256}")
        return lines + file_line
