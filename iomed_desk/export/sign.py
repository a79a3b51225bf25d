"""Sign one signature field of an agreement PDF with a PAdES signature.

Each signature is its own incremental update: the bytes already signed are
never rewritten, so earlier signatures stay valid. There is no time-stamp
authority (the room is offline); the signing time is the signer's local clock,
and verification says so. The first signature certifies (DocMDP, P=2: only
form filling and signatures afterwards); the attestation's field carries a lock
(see `fields`), applied by signing it. The stamp is drawn by `stamp` with an
embedded font and shows the same time as the signature's /M: the time at the seat
(`SignatureDetails.time_zone`) with its UTC offset. Safe on a worker thread.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from zoneinfo import ZoneInfo

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter, enumerate_sig_fields
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner
from pyhanko.sign.signers.pdf_signer import PdfSigningSession

from iomed_desk.core.errors import InvalidInput, SignatureProblem
from iomed_desk.core.seat import known_zone
from iomed_desk.export.atomic import write_atomically
from iomed_desk.export.signers import AgreementSigner
from iomed_desk.export.stamp import document_language, stamp_style

#: What the certification allows after it: filling in forms and signing (ISO 32000-2 12.8.2.2, P=2).
CERTIFICATION_PERMS = MDPPerm.FILL_FORMS


@dataclass(frozen=True)
class SignatureDetails:
    """What the signature dictionary says besides the CMS: why and where it was signed."""

    reason: str | None = None
    location: str | None = None
    #: the seat's IANA time zone: the signing time (the /M and the stamp) is written as the time
    #: there, with its UTC offset, not in this computer's zone; "" for this computer's zone
    time_zone: str = ""


def sign_pdf(pdf: bytes, field_name: str, signer: AgreementSigner,
             details: SignatureDetails = SignatureDetails(), *, certify: bool = False) -> bytes:
    """Return `pdf` with the empty field `field_name` signed by `signer`, appended as an update.

    `certify` makes it the certification signature (DocMDP P=2), which must be
    the document's first; a field with a /Lock locks what its lock says.
    """
    meta = PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=details.reason,
        location=details.location,
        certify=certify,
        docmdp_permissions=CERTIFICATION_PERMS if certify else None,
    )
    try:
        writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=True)
        box = _field_size(writer, field_name)
    except (PdfError, ValueError, KeyError, IndexError, TypeError):
        raise InvalidInput("The file to sign is not a readable PDF.") from None
    signed_at = _now_at(details.time_zone)
    with signer.open() as hanko_signer:
        style = stamp_style(signer.certificate, signed_at, box, document_language(writer.root)) if box else None
        pdf_signer = _ClockedSigner(meta, hanko_signer, stamp_style=style, signed_at=signed_at)
        try:
            out = pdf_signer.sign_pdf(writer, existing_fields_only=True)
        except SigningError as exc:
            raise SignatureProblem(f"Cannot sign field {field_name}: {exc}") from None
    return out.getvalue()


def _now_at(zone: str) -> datetime:
    """Now, to the second, as the clock at `zone` reads it (this computer's zone if "")."""
    now = datetime.now(ZoneInfo(known_zone(zone))) if zone else datetime.now().astimezone()
    return now.replace(microsecond=0)


class _ClockedSigner(PdfSigner):
    """pyHanko's signer with the signing time fixed beforehand, so the stamp shows the /M time."""

    def __init__(self, *args, signed_at: datetime, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._signed_at = signed_at

    def init_signing_session(self, pdf_out, existing_fields_only=False) -> PdfSigningSession:  # type: ignore[no-untyped-def]
        session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
        session.system_time = self._signed_at
        return session


def _field_size(writer: IncrementalPdfFileWriter, field_name: str) -> tuple[float, float] | None:
    """(width, height) of the empty field's widget, or None when it is invisible or absent."""
    for name, _value, ref in enumerate_sig_fields(writer.prev, filled_status=False):
        if name != field_name:
            continue
        field = ref.get_object()
        widget = field if "/Rect" in field else field["/Kids"][0].get_object()
        x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
        width, height = abs(x2 - x1), abs(y2 - y1)
        return (width, height) if width and height else None
    return None


def sign_pdf_file(source: str | os.PathLike[str], target: str | os.PathLike[str],
                  field_name: str, signer: AgreementSigner,
                  details: SignatureDetails = SignatureDetails()) -> None:
    """Sign a PDF on disk; the target is replaced atomically (temp, fsync, rename)."""
    try:
        with open(source, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise InvalidInput(f"Cannot read {source}: {exc.strerror or exc}.") from None
    write_atomically(target, sign_pdf(data, field_name, signer, details))

