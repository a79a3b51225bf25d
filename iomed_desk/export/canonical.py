"""The canonical agreement inside the PDF: the document it renders to, and the file it travels as.

`prepare_pdf` is the one road from an agreement to the unsigned PDF that is
signed: render the pages from `document_for(agreement)`, then embed the
canonical bytes as the document's associated file (PDF/A-3 style: an
EmbeddedFile in the Names tree and in the catalogue's /AF array, relationship
/Source, media type text/plain), one incremental update before any signature,
so the first signature covers it. `verify` reads it back with
`embedded_agreement` and re-renders the pages through the same `document_for`.
"""

from __future__ import annotations

from datetime import datetime
from io import BytesIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams
from pyhanko.pdf_utils.generic import pdf_name, pdf_string

from iomed_desk.core.canonical_agreement import CanonicalAgreement
from iomed_desk.core.errors import InvalidInput
from iomed_desk.export.document import AgreementDocument, DocClause, DocParty, DocSignatory
from iomed_desk.export.fields import StableWriter
from iomed_desk.export.render import LAYOUT, LAYOUTS, render_pdf

#: The embedded file's name, as a PDF reader's attachment panel lists it.
FILE_NAME = "agreement.txt"
#: A larger embedded text is refused unread (a real agreement is well under a megabyte).
MAX_TEXT_BYTES = 16 * 1024 * 1024
_DESCRIPTION = ("The canonical agreement (UTF-8 text). Its SHA-256 is the agreement fingerprint "
                "printed on every page; the pages are rendered from it.")


def document_for(agreement: CanonicalAgreement) -> AgreementDocument:
    """The document the renderer draws for `agreement`, and nothing it does not say.

    Every value printed on the pages must come from the canonical agreement, so
    verification can draw the same pages again from the embedded text alone.
    """
    return AgreementDocument(
        case_reference=agreement.case_reference, title=agreement.title, place=agreement.place,
        date=agreement.date, languages=agreement.languages,
        parties=tuple(DocParty(p.name, p.representatives, p.kind,
                               tuple(DocSignatory(s.name, s.capacity, s.authority) for s in p.signatories))
                      for p in agreement.parties),
        mediators=agreement.mediators, recitals=agreement.recitals,
        clauses=tuple(DocClause(str(n), c.headings, c.bodies)
                      for n, c in enumerate(agreement.clauses, start=1)),
        fingerprint=agreement.fingerprint, audit_head=agreement.audit_head,
        signature_modes=agreement.signature_modes,
    )


def prepare_pdf(agreement: CanonicalAgreement, created: datetime) -> bytes:
    """The unsigned agreement PDF: pages, empty signature fields, and the embedded canonical text.

    Deterministic: the same agreement and time give the same bytes.
    """
    if agreement.layout not in LAYOUTS:
        raise InvalidInput(f"This program draws page layout {LAYOUT}; the agreement names layout "
                           f"{agreement.layout}.")
    return embed_agreement(render_pdf(document_for(agreement), created), agreement, created)


def embed_agreement(pdf: bytes, agreement: CanonicalAgreement, created: datetime) -> bytes:
    """`pdf` plus one incremental update that attaches the canonical agreement as its source file."""
    return embed_text(pdf, agreement.encoded, created)


def embed_text(pdf: bytes, data: bytes, created: datetime) -> bytes:
    """`pdf` plus one incremental update that attaches `data` as `FILE_NAME`, the source file."""
    writer = StableWriter(pdf)
    stream = EmbeddedFileObject.from_file_data(
        writer, data, compress=True, mime_type="text/plain",
        params=EmbeddedFileParams(creation_date=created, modification_date=created))
    spec = generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/Filespec"),
        pdf_name("/F"): pdf_string(FILE_NAME),
        pdf_name("/UF"): pdf_string(FILE_NAME),
        pdf_name("/EF"): generic.DictionaryObject({pdf_name("/F"): stream.ef_stream_ref,
                                                   pdf_name("/UF"): stream.ef_stream_ref}),
        pdf_name("/Desc"): generic.TextStringObject(_DESCRIPTION),
        pdf_name("/AFRelationship"): pdf_name("/Source"),
    })
    spec_ref = writer.add_object(spec)
    root = writer.root
    if "/Names" in root or "/AF" in root:
        raise ValueError("The rendered agreement already has embedded files.")
    names = generic.DictionaryObject({pdf_name("/EmbeddedFiles"): generic.DictionaryObject({
        pdf_name("/Names"): generic.ArrayObject([pdf_string(FILE_NAME), spec_ref])})})
    root[pdf_name("/Names")] = writer.add_object(names)
    root[pdf_name("/AF")] = generic.ArrayObject([spec_ref])
    writer.update_root()
    writer.ensure_output_version((1, 7))
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


class NoEmbeddedText(Exception):
    """The revision carries no canonical agreement, or more than one; the message says which."""


def embedded_agreement(root: generic.DictionaryObject) -> bytes:
    """The canonical bytes attached to the catalogue `root` (of whichever revision it is).

    Exactly one file named `FILE_NAME` must be in the EmbeddedFiles name tree and,
    as the same file specification, in the catalogue's /AF array with
    relationship /Source; anything else raises `NoEmbeddedText`.
    """
    try:
        names = root["/Names"]["/EmbeddedFiles"]["/Names"]
    except (KeyError, TypeError):
        raise NoEmbeddedText("the PDF carries no embedded agreement text") from None
    except Exception as exc:  # noqa: BLE001 - a damaged name tree is no attachment
        raise NoEmbeddedText(f"the embedded agreement text cannot be read ({type(exc).__name__})") from None
    try:
        entries = [(str(names[i]), names.raw_get(i + 1)) for i in range(0, len(names) - 1, 2)]
        ours = [ref for name, ref in entries if name == FILE_NAME]
        if len(ours) != 1:
            raise NoEmbeddedText(f"the PDF carries {len(ours)} files named {FILE_NAME}, not one")
        spec = ours[0].get_object()
        af = root.get("/AF")
        in_af = af is not None and any(
            isinstance(item, generic.IndirectObject) and isinstance(ours[0], generic.IndirectObject)
            and item.reference == ours[0].reference for item in af.get_object())
        if not in_af or spec.get("/AFRelationship") != "/Source":
            raise NoEmbeddedText(f"{FILE_NAME} is not the document's associated source file (/AF)")
        stream = spec["/EF"]["/F"].get_object()
        if len(stream.encoded_data) > MAX_TEXT_BYTES:
            raise NoEmbeddedText(f"the embedded agreement text is larger than {MAX_TEXT_BYTES // 2**20} MiB")
        data = bytes(stream.read_data(expected_size=None))
        if len(data) > MAX_TEXT_BYTES:
            raise NoEmbeddedText(f"the embedded agreement text is larger than {MAX_TEXT_BYTES // 2**20} MiB")
        return data
    except NoEmbeddedText:
        raise
    except Exception as exc:  # noqa: BLE001 - a malformed attachment is no attachment
        raise NoEmbeddedText(f"the embedded agreement text cannot be read ({type(exc).__name__})") from None
