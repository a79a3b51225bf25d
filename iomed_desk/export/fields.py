"""Empty signature fields, added by pyHanko over the boxes reportlab drew.

pyHanko creates the fields (reportlab's AcroForm support has no signature
fields), as one incremental update before any signature, so every later
signature covers them. Its writer normally stamps a fresh /ID and "now" into the
file; here both are pinned so rendering stays deterministic.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from io import BytesIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field

from iomed_desk.export.layout import FieldPlacement


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
    """Return `pdf` plus one incremental update holding an empty field per placement."""
    writer = StableWriter(pdf)
    for place in placements:
        append_signature_field(
            writer,
            SigFieldSpec(sig_field_name=place.field_name, on_page=place.page_index, box=place.box),
        )
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
