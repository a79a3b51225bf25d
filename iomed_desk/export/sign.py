"""Sign one signature field of an agreement PDF with a PAdES signature.

Each signature is its own incremental update: the bytes already signed are
never rewritten, so earlier signatures stay valid. There is no time-stamp
authority (the room is offline); the signing time is the signer's local clock,
and verification says so. Pure functions of their inputs, safe on a worker thread.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from io import BytesIO

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner
from pyhanko.stamp import TextStampStyle

from iomed_desk.core.errors import InvalidInput, SignatureProblem
from iomed_desk.export.atomic import write_atomically
from iomed_desk.export.signers import AgreementSigner

_INK = (0.12, 0.23, 0.37)


@dataclass(frozen=True)
class SignatureDetails:
    """What the signature dictionary says besides the CMS: why and where it was signed."""

    reason: str | None = None
    location: str | None = None


def sign_pdf(pdf: bytes, field_name: str, signer: AgreementSigner,
             details: SignatureDetails = SignatureDetails()) -> bytes:
    """Return `pdf` with the empty field `field_name` signed by `signer`, appended as an update."""
    meta = PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=details.reason,
        location=details.location,
    )
    try:
        writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=True)
    except (PdfError, ValueError, KeyError, IndexError, TypeError):
        raise InvalidInput("The file to sign is not a readable PDF.") from None
    with signer.open() as hanko_signer:
        pdf_signer = PdfSigner(meta, hanko_signer, stamp_style=_stamp_style(signer.name))
        try:
            out = pdf_signer.sign_pdf(writer, existing_fields_only=True)
        except SigningError as exc:
            raise SignatureProblem(f"Cannot sign field {field_name}: {exc}") from None
    return out.getvalue()


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


def _stamp_style(signer_name: str) -> TextStampStyle:
    """The visible appearance inside the signature box.

    pyHanko's stamp font is a non-embedded Latin font, so the signer's name is
    shown only when it is plain ASCII; the printed caption under the box (drawn
    with the embedded CJK font) always names the signatory.
    """
    who = "Digitally signed by %(signer)s" if signer_name.isascii() else "Digitally signed"
    return TextStampStyle(
        stamp_text=f"{who}\n%(ts)s\n(signer's clock, no time-stamp authority)",
        timestamp_format="%Y-%m-%d %H:%M:%S %z",
        text_box_style=TextBoxStyle(font_size=7, leading=9, text_color=_INK),
        border_width=0,
        background=None,
    )
