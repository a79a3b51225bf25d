"""The signing ceremony: who signed an exported agreement, how their key was held, what was checked.

For every signature of an export (each signatory block of each party, and the mediator) the
record keeps the party, the signatory's name and capacity, the signature field, how the key was
held, the identity document checked (its type and only the last 4 characters of its number, so
the case file never holds a whole passport number), the authority instrument seen, the
certificate's serial and SHA-256 fingerprint (which `verify --record` pins), and the signing time;
for a paper signature, who witnessed it and when.

An agreement is exported once. Another export needs a reason, which goes on record and into the
new signing record with the earlier export's PDF SHA-256 (`check_export_allowed`).

Pure values and rules: no I/O; the store persists `SignerLine`s and `ExportEntry`s, the app builds
them, export/signing_record.py draws and serialises the `SigningRecord`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from iomed_desk.core.errors import InvalidInput, NotAllowed

RECORD_FORMAT = "iomed-desk signing record 1"
#: how many characters of an identity document's number are kept
ID_KEPT = 4
MAX_REASON = 2000
_HEX64 = re.compile(r"[0-9a-f]{64}")
#: what a document number is written with besides its letters and digits, as printed or typed
#: (a Hong Kong identity card's check digit in brackets, "A123456(3)"); compared after NFKC, so
#: full-width （ ） and the ideographic space count too
_NUMBER_PUNCTUATION = frozenset(" ()[]-/.\u2010\u2011\u2012\u2013\u2014\u2212")


class KeyHolding(StrEnum):
    """How a signer's key was held."""

    PKCS12 = "pkcs12"
    TOKEN = "token"
    ROOM = "room"
    PAPER = "paper"

    @property
    def label(self) -> str:
        return _HOLDING_LABELS[self]


_HOLDING_LABELS = {KeyHolding.PKCS12: "own PKCS#12 file", KeyHolding.TOKEN: "PKCS#11 token",
                   KeyHolding.ROOM: "certificate issued in the room", KeyHolding.PAPER: "paper"}


class IdDocument(StrEnum):
    PASSPORT = "passport"
    NATIONAL_ID = "national-id"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"passport": "passport", "national-id": "national identity card", "other": "other document"}[self]


class Instrument(StrEnum):
    FULL_POWERS = "full-powers"
    BOARD_RESOLUTION = "board-resolution"
    POWER_OF_ATTORNEY = "power-of-attorney"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ")


def _choice(enum: type[StrEnum], value: str, what: str) -> Any:
    try:
        return enum(value.strip().lower())
    except ValueError:
        raise InvalidInput(f"{what} is one of: {', '.join(e.value for e in enum)} (not {value!r}).") from None


@dataclass(frozen=True)
class IdentityCheck:
    """An identity document seen: its type and the last (at most 4) characters of its number."""

    document: IdDocument
    last4: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "document", _choice(IdDocument, str(self.document), "An identity document"))
        digits = "".join(self.last4.split())
        if not digits or len(digits) > ID_KEPT or not digits.isalnum():
            raise InvalidInput(f"Give only the last {ID_KEPT} letters or digits of the identity document's "
                               "number (the whole number is never recorded).")
        object.__setattr__(self, "last4", digits)

    @classmethod
    def from_number(cls, document: str, number: str) -> IdentityCheck:
        """From a whole number typed on a handover screen as printed: only its last 4 letters or
        digits are kept; brackets, spaces, hyphens, slashes and dots between them are dropped.
        Anything else in the number is refused (one line, nothing kept)."""
        plain = unicodedata.normalize("NFKC", number)
        kept = [c for c in plain if not (c.isspace() or c in _NUMBER_PUNCTUATION)]
        if not all(c.isalnum() for c in kept):
            raise InvalidInput("An identity document's number holds only letters, digits, brackets, "
                               "spaces, hyphens and slashes.")
        return cls(document, "".join(kept[-ID_KEPT:]))  # type: ignore[arg-type]

    def __str__(self) -> str:
        return f"{self.document.label} ending {self.last4}"


@dataclass(frozen=True)
class AuthorityCheck:
    """The authority instrument seen, with its date or a short description."""

    instrument: Instrument
    detail: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "instrument", _choice(Instrument, str(self.instrument), "An authority instrument"))
        detail = " ".join(self.detail.split())
        if len(detail) > 200:
            raise InvalidInput("Describe the authority instrument in at most 200 characters.")
        object.__setattr__(self, "detail", detail)

    def __str__(self) -> str:
        return self.instrument.label + (f", {self.detail}" if self.detail else "")


@dataclass(frozen=True)
class Checks:
    """What the mediator checked for one signatory before they signed (both optional)."""

    identity: IdentityCheck | None = None
    authority: AuthorityCheck | None = None


@dataclass(frozen=True)
class SignerLine:
    """One signature of an export: a party signatory's (party_id set) or the mediator's (party_id '')."""

    field: str
    party_id: str
    party: str
    signatory: str
    capacity: str
    holding: KeyHolding
    checks: Checks = Checks()
    cert_serial: str = ""
    cert_sha256: str = ""
    signed_at: datetime | None = None
    witness: str = ""
    witnessed_at: datetime | None = None

    def __post_init__(self) -> None:
        # instants are kept in UTC (as the store writes them), whatever zone the signer's clock
        # read them in: the stamp shows the seat's time, the record and the audit the same instant
        for name in ("signed_at", "witnessed_at"):
            when = getattr(self, name)
            if when is not None and when.tzinfo is not None:
                object.__setattr__(self, name, when.astimezone(UTC))

    @property
    def is_mediator(self) -> bool:
        return not self.party_id

    @property
    def awaiting_paper(self) -> bool:
        return self.holding is KeyHolding.PAPER and not self.witness

    def as_dict(self) -> dict[str, Any]:
        """The line as the audit event and the record's JSON carry it: no identity number beyond 4 characters."""
        ident, auth = self.checks.identity, self.checks.authority
        return {
            "field": self.field, "party_id": self.party_id, "party": self.party, "signatory": self.signatory,
            "capacity": self.capacity, "holding": self.holding.value,
            "id_document": ident.document.value if ident else "", "id_last4": ident.last4 if ident else "",
            "authority": auth.instrument.value if auth else "", "authority_detail": auth.detail if auth else "",
            "cert_serial": self.cert_serial, "cert_sha256": self.cert_sha256,
            "signed_at": self.signed_at.isoformat() if self.signed_at else "",
            "witness": self.witness, "witnessed_at": self.witnessed_at.isoformat() if self.witnessed_at else "",
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SignerLine:
        try:
            ident = IdentityCheck(d["id_document"], d["id_last4"]) if d.get("id_document") else None
            auth = AuthorityCheck(d["authority"], d.get("authority_detail", "")) if d.get("authority") else None
            serial, sha = str(d.get("cert_serial", "")), str(d.get("cert_sha256", "")).lower()
            if sha and not _HEX64.fullmatch(sha):
                raise InvalidInput(f"the certificate fingerprint of {d['field']} is not a SHA-256")
            return cls(field=str(d["field"]), party_id=str(d["party_id"]), party=str(d["party"]),
                       signatory=str(d["signatory"]), capacity=str(d.get("capacity", "")),
                       holding=KeyHolding(d["holding"]), checks=Checks(ident, auth), cert_serial=serial,
                       cert_sha256=sha, signed_at=_time(d.get("signed_at")), witness=str(d.get("witness", "")),
                       witnessed_at=_time(d.get("witnessed_at")))
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise InvalidInput(f"A signer in the signing record cannot be read ({type(exc).__name__}).") from None

    def text(self) -> str:
        """One line for people, as the record PDF prints it."""
        who = f"{self.signatory}" + (f", {self.capacity}" if self.capacity else "")
        parts = [f"{self.field}: {who} for {self.party}" if self.party_id else f"{self.field}: {who} (mediator)",
                 self.holding.label]
        if self.checks.identity:
            parts.append(f"identity: {self.checks.identity}")
        if self.checks.authority:
            parts.append(f"authority: {self.checks.authority}")
        if self.holding is KeyHolding.PAPER:
            parts.append(f"witnessed by {self.witness} at {self.witnessed_at.isoformat(timespec='minutes')}"
                         if self.witness and self.witnessed_at else "awaiting the paper signature")
        else:
            parts.append(f"certificate serial {self.cert_serial}, SHA-256 {self.cert_sha256}")
            if self.signed_at:
                parts.append(f"signed {self.signed_at.isoformat(timespec='seconds')}")
        return "; ".join(parts)


def _time(value: object) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None


class ExportStatus(StrEnum):
    AWAITING_PAPER = "awaiting-paper"
    COMPLETE = "complete"


@dataclass(frozen=True)
class ExportEntry:
    """One export of an agreement as the case records it: its number, file, hashes, reason, signers.

    `pdf_sha256` is the final PDF's once attested; while paper signatures are awaited it is the
    SHA-256 of the PDF written without the attestation (what `attest` must be given)."""

    number: int
    agreement_id: str
    file_name: str
    fingerprint: str
    pdf_sha256: str
    status: ExportStatus
    exported_at: datetime
    reason: str = ""
    previous_number: int | None = None
    previous_pdf_sha256: str = ""
    attested_at: datetime | None = None
    signers: tuple[SignerLine, ...] = ()

    @property
    def awaiting_paper(self) -> tuple[SignerLine, ...]:
        return tuple(s for s in self.signers if s.awaiting_paper)


def check_export_allowed(earlier: Sequence[ExportEntry], reason: str) -> str:
    """The reason to record for a new export of an agreement with `earlier` exports: '' for the first.

    A second (or later) export is refused unless a reason is given; the first needs none."""
    reason = " ".join(reason.split())
    if len(reason) > MAX_REASON:
        raise InvalidInput(f"The reason is too long (at most {MAX_REASON} characters).")
    if earlier and not reason:
        last = earlier[-1]
        raise NotAllowed(f"This agreement was already exported (export {last.number}, "
                         f"{last.file_name}, PDF SHA-256 {last.pdf_sha256}); to export it again, "
                         "give the reason, which goes on record.")
    return reason


def check_attestable(entry: ExportEntry | None, *, already_final: bool) -> ExportEntry:
    """The export awaiting paper signatures that a PDF belongs to, or why it cannot be attested."""
    if already_final:
        raise NotAllowed("This PDF has already been attested: it is the final agreement.")
    if entry is None:
        raise NotAllowed("This PDF is not an export of this case's agreement awaiting paper signatures "
                         "(its SHA-256 matches none recorded).")
    if entry.status is not ExportStatus.AWAITING_PAPER:
        raise NotAllowed(f"Export {entry.number} has already been attested.")
    return entry


def record_paper(entry: ExportEntry, witnessed: dict[str, tuple[str, datetime]]) -> tuple[SignerLine, ...]:
    """The signers with each paper signature recorded: `witnessed` maps a party id to (witness, when).

    Every party awaiting its paper signature must be named, and only those."""
    waiting = {s.party_id for s in entry.awaiting_paper}
    extra = sorted(set(witnessed) - waiting)
    if extra:
        raise InvalidInput(f"Party {extra[0]} does not sign this export on paper.")
    missing = [s.party for s in entry.awaiting_paper if s.party_id not in witnessed]
    if missing:
        raise InvalidInput(f"Record the paper signature of {missing[0]} (who witnessed it) before attesting.")
    out = []
    for s in entry.signers:
        if s.awaiting_paper:
            witness, at = witnessed[s.party_id]
            witness = " ".join(witness.split())
            if not witness or len(witness) > 200:
                raise InvalidInput(f"Name who witnessed the paper signature of {s.party} (at most 200 characters).")
            s = replace(s, witness=witness, witnessed_at=at)
        out.append(s)
    return tuple(out)


@dataclass(frozen=True)
class SigningRecord:
    """The take-home record of one export: what each party and the mediator keep with the final PDF."""

    case_reference: str
    title: str
    fingerprint: str
    pdf_sha256: str
    export_number: int
    exported_at: datetime
    signers: tuple[SignerLine, ...]
    reason: str = ""
    previous_number: int | None = None
    previous_pdf_sha256: str = ""
    file_name: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": RECORD_FORMAT, "case_reference": self.case_reference, "title": self.title,
            "agreement_fingerprint": self.fingerprint, "pdf_sha256": self.pdf_sha256, "file": self.file_name,
            "export_number": self.export_number, "exported_at": self.exported_at.isoformat(),
            "reason": self.reason, "previous_export": self.previous_number,
            "previous_pdf_sha256": self.previous_pdf_sha256,
            "signers": [s.as_dict() for s in self.signers],
        }

    @classmethod
    def from_dict(cls, d: Any) -> SigningRecord:
        if not isinstance(d, dict) or d.get("format") != RECORD_FORMAT:
            raise InvalidInput("This is not an IOMed Desk signing record.")
        try:
            fp, sha = str(d["agreement_fingerprint"]), str(d["pdf_sha256"])
            if not _HEX64.fullmatch(fp) or not _HEX64.fullmatch(sha):
                raise InvalidInput("The signing record's fingerprints are not SHA-256 values.")
            prev = d.get("previous_export")
            return cls(case_reference=str(d["case_reference"]), title=str(d["title"]), fingerprint=fp,
                       pdf_sha256=sha, export_number=int(d["export_number"]),
                       exported_at=datetime.fromisoformat(str(d["exported_at"])),
                       signers=tuple(SignerLine.from_dict(s) for s in d["signers"]), reason=str(d.get("reason", "")),
                       previous_number=int(prev) if prev is not None else None,
                       previous_pdf_sha256=str(d.get("previous_pdf_sha256", "")), file_name=str(d.get("file", "")))
        except (KeyError, ValueError, TypeError) as exc:
            raise InvalidInput(f"The signing record cannot be read ({type(exc).__name__}).") from None


def audit_detail(entry: ExportEntry) -> dict[str, Any]:
    """What the export's audit event carries: the hashes, the reason, and every signer's line
    (certificate serial and fingerprint, identity document type and last 4 characters, authority)."""
    return {
        "export": entry.number, "file": entry.file_name, "pdf_sha256": entry.pdf_sha256,
        "fingerprint": entry.fingerprint, "status": entry.status.value, "reason": entry.reason,
        "previous_export": entry.previous_number, "previous_pdf_sha256": entry.previous_pdf_sha256,
        "signers": [s.as_dict() for s in entry.signers],
    }
