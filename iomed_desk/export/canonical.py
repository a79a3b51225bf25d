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

import hashlib
from collections.abc import Sequence
from datetime import datetime
from io import BytesIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams
from pyhanko.pdf_utils.generic import pdf_name, pdf_string

from iomed_desk.core.canonical_agreement import AgreedAnnex, CanonicalAgreement
from iomed_desk.core.errors import InvalidInput
from iomed_desk.export.document import AgreementDocument, DocClause, DocParty, DocSignatory
from iomed_desk.export.fields import StableWriter
from iomed_desk.export.render import LAYOUT, LAYOUTS, render_pdf

#: an annex's bytes: bytes, a bytearray or a memoryview (hashed and written without a copy)
Buffer = bytes | bytearray | memoryview

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
        signature_modes=agreement.signature_modes, annexes=agreement.annexes,
        declaration_dates=agreement.declaration_dates, declarations_acknowledged=agreement.declarations_acknowledged,
    )


def prepare_pdf(agreement: CanonicalAgreement, created: datetime, annex_data: Sequence[Buffer] = ()) -> bytes:
    """The unsigned agreement PDF: pages, empty signature fields, the embedded canonical text and annexes.

    `annex_data` holds each annex's bytes, in the order of `agreement.annexes`; bytes whose size or
    SHA-256 are not the ones the agreement lists are refused (`InvalidInput`), so an export never
    lists one file and carries another. Deterministic: the same agreement, files and time give the
    same bytes.
    """
    if agreement.layout not in LAYOUTS:
        raise InvalidInput(f"This program draws page layout {LAYOUT}; the agreement names layout "
                           f"{agreement.layout}.")
    check_annex_data(agreement, annex_data)
    return embed_files(render_pdf(document_for(agreement), created), agreement.encoded,
                       tuple(zip(agreement.annexes, annex_data, strict=True)), created)


def check_annex_data(agreement: CanonicalAgreement, annex_data: Sequence[Buffer]) -> None:
    """Raise `InvalidInput` unless `annex_data` are exactly the files `agreement` lists, in order."""
    if len(annex_data) != len(agreement.annexes):
        raise InvalidInput(f"The agreement lists {len(agreement.annexes)} annex(es); "
                           f"{len(annex_data)} file(s) were given.")
    for annex, data in zip(agreement.annexes, annex_data, strict=True):
        view = memoryview(data)
        if view.nbytes != annex.size or hashlib.sha256(view).hexdigest() != annex.sha256:
            raise InvalidInput(f"Annex {annex.label}: the file given is not the one the agreement lists "
                               f"({annex.file_name}, SHA-256 {annex.sha256}).")


def embed_agreement(pdf: bytes, agreement: CanonicalAgreement, created: datetime) -> bytes:
    """`pdf` plus one incremental update that attaches the canonical agreement as its source file."""
    return embed_text(pdf, agreement.encoded, created)


def embed_text(pdf: bytes, data: bytes, created: datetime) -> bytes:
    """`pdf` plus one incremental update that attaches `data` as `FILE_NAME`, the source file."""
    return embed_files(pdf, data, (), created)


def annex_key(number: int) -> str:
    """The EmbeddedFiles name-tree key of the agreement's annex `number` (from 1): ASCII, zero-padded so
    the tree's byte order is the agreement's order, and after `FILE_NAME`, which stays the first file
    (`pdfdetach -save 1`)."""
    return f"annex {number:03d}"


def embed_files(pdf: bytes, text: bytes, annexes: Sequence[tuple[AgreedAnnex, Buffer]],
                created: datetime) -> bytes:
    """`pdf` plus one incremental update that attaches `text` as `FILE_NAME` (the source file) and each
    annex's bytes under `annex_key(n)` (relationship /Supplement, its listed file name and media
    type), all in the catalogue's /AF array.

    Nothing here checks an annex's bytes against its listing (`prepare_pdf` does): a verifier must
    catch a file that lists one annex and carries another. Annex bytes are stored as given, with no
    filter: exhibits are mostly compressed formats already (PDF, PNG, JPEG, DOCX), and the one copy
    made is the one written out.
    """
    writer = StableWriter(pdf)
    params = EmbeddedFileParams(creation_date=created, modification_date=created, embed_checksum=False)
    stream = EmbeddedFileObject.from_file_data(writer, text, compress=True, mime_type="text/plain", params=params)
    entries = [(FILE_NAME, writer.add_object(_file_spec(FILE_NAME, stream, _DESCRIPTION, "/Source")))]
    for number, (annex, data) in enumerate(annexes, start=1):
        stream = EmbeddedFileObject.from_file_data(writer, data, compress=False, params=params,
                                                   mime_type=annex.media_type.split(";")[0])
        description = f"Annex {annex.label} of the agreement; SHA-256 {annex.sha256}"
        entries.append((annex_key(number),
                        writer.add_object(_file_spec(annex.file_name, stream, description, "/Supplement"))))
    root = writer.root
    if "/Names" in root or "/AF" in root:
        raise ValueError("The rendered agreement already has embedded files.")
    names = generic.DictionaryObject({pdf_name("/EmbeddedFiles"): generic.DictionaryObject({
        pdf_name("/Names"): generic.ArrayObject([item for key, ref in entries for item in (pdf_string(key), ref)])})})
    root[pdf_name("/Names")] = writer.add_object(names)
    root[pdf_name("/AF")] = generic.ArrayObject([ref for _key, ref in entries])
    writer.update_root()
    writer.ensure_output_version((1, 7))
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _file_spec(name: str, stream: EmbeddedFileObject, description: str, relationship: str) -> generic.DictionaryObject:
    return generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/Filespec"),
        pdf_name("/F"): pdf_string(name),
        pdf_name("/UF"): pdf_string(name),
        pdf_name("/EF"): generic.DictionaryObject({pdf_name("/F"): stream.ef_stream_ref,
                                                   pdf_name("/UF"): stream.ef_stream_ref}),
        pdf_name("/Desc"): generic.TextStringObject(description),
        pdf_name("/AFRelationship"): pdf_name(relationship),
    })


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
