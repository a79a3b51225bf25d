"""Empty signature fields, added by pyHanko over the boxes reportlab drew.

pyHanko creates the fields (reportlab's AcroForm support has no signature
fields), as one incremental update before any signature, so every later
signature covers them. Besides one field per box there is the invisible
certification field (the mediator's DocMDP signature, signed first), and the
attestation's field carries its lock from the start (ISO 32000-2 12.7.5.5:
/Lock with /Action /All and the PDF 2.0 DocMDP value /P 1, "no changes"), so
signing it locks the document; a reader can see the lock before it is signed. Its writer normally stamps a fresh /ID and "now" into the
file; here both are pinned so rendering stays deterministic.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from io import BytesIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import (
    FieldMDPAction,
    FieldMDPSpec,
    MDPPerm,
    SigFieldSpec,
    append_signature_field,
)

from iomed_desk.export.document import CERTIFICATION_FIELD, MEDIATOR_FIELD
from iomed_desk.export.layout import FieldPlacement

#: The attestation's lock: every field, and no change at all to the document after it.
ATTESTATION_LOCK = FieldMDPSpec(FieldMDPAction.ALL)


class StableWriter(IncrementalPdfFileWriter):
    """An incremental writer whose output depends only on its input.

    The second /ID entry is derived from the input bytes instead of os.urandom,
    and the document information dictionary is left as reportlab wrote it
    (creation and modification date = the export time) instead of "now".
    """

    def __init__(self, data: bytes) -> None:
        super().__init__(BytesIO(data), strict=True)
        first_id = self._document_id[0]
        digest = hashlib.sha256(data).digest()[:16]
        self._document_id = generic.ArrayObject([first_id, generic.ByteStringObject(digest)])

    def _update_meta(self) -> None:
        return None


def add_signature_fields(pdf: bytes, placements: Iterable[FieldPlacement]) -> bytes:
    """Return `pdf` plus one incremental update holding the invisible certification field and an
    empty field per placement; the placement named `MEDIATOR_FIELD` gets the attestation's lock."""
    writer = StableWriter(pdf)
    append_signature_field(writer, SigFieldSpec(sig_field_name=CERTIFICATION_FIELD, on_page=0))
    for place in placements:
        locking = place.field_name == MEDIATOR_FIELD
        append_signature_field(
            writer,
            SigFieldSpec(sig_field_name=place.field_name, on_page=place.page_index, box=place.box,
                         field_mdp_spec=ATTESTATION_LOCK if locking else None,
                         doc_mdp_update_value=MDPPerm.NO_CHANGES if locking else None),
        )
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
