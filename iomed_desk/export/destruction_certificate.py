"""The destruction certificate: one A4 page saying what caucus material was destroyed, signed by the mediator.

The page is drawn from a `DestructionRecord` alone (counts per channel, when, by whom, the audit head
after the destruction; never any content), and the record's canonical JSON travels inside the PDF as
its associated source file (`FILE_NAME`), so a verifier can draw the page again and compare
(export/verify_certificate.py), as `verify` does for an agreement. One invisible signature field
carries a lock (FieldMDP all, DocMDP "no changes"); the mediator's signature certifies and locks the
document at once, so nothing can be added after it. Deterministic: the same record gives the same
unsigned bytes.

The certificate speaks the settlement agreement's languages (the record's `languages`; wording in
export/process_labels.py). Every record made now names its languages and is format 4, which an older
version refuses plainly; a format 3 record (made before records named them) is English and draws exactly
as it did, down to its table's reference to the unembedded Helvetica that format 4 no longer makes.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from io import BytesIO
from xml.sax.saxutils import escape

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams
from pyhanko.pdf_utils.generic import pdf_name, pdf_string
from pyhanko.sign.fields import MDPPerm, SigFieldSpec, append_signature_field
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from iomed_desk.core.clock import from_iso
from iomed_desk.core.errors import InvalidInput
from iomed_desk.export.atomic import write_atomically
from iomed_desk.export.fields import ATTESTATION_LOCK, StableWriter
from iomed_desk.export.fonts import ensure_font, one_drawing_at_a_time
from iomed_desk.export.process_labels import (
    Wording,
    check_languages,
    day_in,
    moment_in,
    outcome_words,
    spoken,
    text,
)
from iomed_desk.export.sign import SignatureDetails, sign_pdf
from iomed_desk.export.signers import AgreementSigner

KIND = "IOMed destruction certificate"
FILE_NAME = "destruction-certificate.json"
FIELD = "Sig-Destruction"
#: 2: each channel's line counts its offers too (issue 17); 3: and its exhibits (issue 18)
FORMAT = 3
#: 4: format 3 naming the languages the certificate speaks
FORMAT_LANGUAGES = 4
#: a record larger than this is not ours (a real one is a few kilobytes)
MAX_RECORD_BYTES = 1 << 20
_DESCRIPTION = ("The destruction record (UTF-8 JSON): the page is drawn from it; its SHA-256 is printed "
                "on the page.")


class NotARecord(ValueError):
    """The bytes are not a destruction record this version can read; the message says why."""


@dataclass(frozen=True)
class ChannelLine:
    """What was destroyed in one channel: counts only."""

    channel: str  # party:<id> or mediator
    label: str  # "Caucus with <party>", "Mediator's notebook" (in the certificate's languages)
    notes: int
    revisions: int
    positions: int
    offers: int = 0  # offers and demands of the ledger, private figures included
    exhibits: int = 0  # exhibits, with every file revision and all their bytes


@dataclass(frozen=True)
class DestructionRecord:
    """Everything the certificate states; nothing else is printed."""

    case_id: str
    reference: str
    title: str
    destroyed_at: str  # ISO 8601 with offset
    destroyed_by: str  # the mediator's name
    outcome: str  # how the mediation ended
    ended_on: str  # YYYY-MM-DD
    retention_days: int
    channels: tuple[ChannelLine, ...]
    audit_head: str  # SEQ:HASH of the destruction's own audit event
    languages: tuple[str, ...] = ()  # the settlement agreement's, in its order; () before records named them

    def __post_init__(self) -> None:
        if self.languages:
            check_languages(self.languages)

    @property
    def encoded(self) -> bytes:
        """Canonical JSON; `languages` appears (format 4) when the record names them."""
        body = {"kind": KIND, "format": FORMAT, **asdict(self), "channels": [asdict(c) for c in self.channels]}
        if not self.languages:
            del body["languages"]
        else:
            body["format"] = FORMAT_LANGUAGES
        return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.encoded).hexdigest()

    def totals(self) -> tuple[int, int, int]:
        """Notes, revisions and positions destroyed in all channels (offers: `offers_total`, exhibits:
        `exhibits_total`)."""
        return (sum(c.notes for c in self.channels), sum(c.revisions for c in self.channels),
                sum(c.positions for c in self.channels))

    def offers_total(self) -> int:
        return sum(c.offers for c in self.channels)

    def exhibits_total(self) -> int:
        return sum(c.exhibits for c in self.channels)

    @classmethod
    def parse(cls, data: bytes) -> DestructionRecord:
        """The record in `data`, which must be exactly its canonical encoding; `NotARecord` otherwise."""
        if len(data) > MAX_RECORD_BYTES:
            raise NotARecord("the destruction record is too large")
        try:
            body = json.loads(data.decode("utf-8"))
            if body.get("kind") != KIND or body.get("format") not in (FORMAT, FORMAT_LANGUAGES):
                raise NotARecord(f"not a {KIND} record of format {FORMAT} or {FORMAT_LANGUAGES}")
            languages = body.get("languages", [])
            if not isinstance(languages, list) or not all(isinstance(lang, str) for lang in languages):
                raise ValueError("the languages are a list of tags")
            record = cls(
                case_id=str(body["case_id"]), reference=str(body["reference"]), title=str(body["title"]),
                destroyed_at=str(body["destroyed_at"]), destroyed_by=str(body["destroyed_by"]),
                outcome=str(body["outcome"]), ended_on=str(body["ended_on"]),
                retention_days=_count(body["retention_days"]),
                channels=tuple(ChannelLine(str(c["channel"]), str(c["label"]), _count(c["notes"]),
                                           _count(c["revisions"]), _count(c["positions"]), _count(c["offers"]),
                                           _count(c["exhibits"]))
                               for c in body["channels"]),
                audit_head=str(body["audit_head"]), languages=tuple(languages))
            from_iso(record.destroyed_at)
        except NotARecord:
            raise
        except (InvalidInput, ValueError, TypeError, KeyError, AttributeError, UnicodeDecodeError) as exc:
            raise NotARecord(f"the destruction record cannot be read ({type(exc).__name__})") from None
        if record.encoded != data:
            raise NotARecord("the destruction record is not in its canonical form")
        return record


def _count(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("a count is a whole number, zero or more")
    return value


# -- the page ------------------------------------------------------------------------------------
_COLUMNS = ("dest:channel", "dest:notes", "dest:revisions", "dest:positions", "dest:offers", "dest:exhibits")


@one_drawing_at_a_time
def render_page(record: DestructionRecord) -> bytes:
    """The unsigned one-page PDF, without the record attached or the field (see `prepare_pdf`)."""
    font = ensure_font()
    langs = spoken(record.languages)
    out = BytesIO()
    lang = {"lang": langs[0]} if record.languages else {}  # a format 3 record's file as before
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title=f"{KIND}, case {record.reference}",
                            author=record.destroyed_by, creator="IOMed Desk", initialFontName=font, **lang)
    h = ParagraphStyle("h", fontName=font, fontSize=16, leading=20, spaceAfter=6)
    p = ParagraphStyle("p", fontName=font, fontSize=10, leading=13, spaceAfter=4)
    small = ParagraphStyle("s", fontName=font, fontSize=8, leading=10, spaceAfter=3)
    cell = ParagraphStyle("c", fontName=font, fontSize=9, leading=11)
    sheet = {"h": h, "p": p, "s": small, "c": cell}
    sheet |= {f"{name}-cjk": ParagraphStyle(f"{name}-cjk", style, wordWrap="CJK") for name, style in sheet.items()}

    def style(name: str, language: str) -> ParagraphStyle:
        return sheet[f"{name}-cjk" if language.startswith("zh") else name]

    w = Wording(langs, style)

    def outcome(language: str) -> str:
        return record.outcome if language == "en" else outcome_words(record.outcome, language)

    def head(key: str) -> Paragraph:
        """A column's heading, each language on its own line."""
        lines = dict.fromkeys(text(key, lg) for lg in langs)
        return Paragraph("<br/>".join(escape(line) for line in lines), style("c", langs[-1]))

    notes, revisions, positions = record.totals()
    story = [
        *w.each("dest:title", "h"),
        *w.each("case_line", reference=record.reference, title=record.title),
        w.line("case_id", record.case_id, "s"),
        *w.each("dest:ended", date=lambda lg: day_in(record.ended_on, lg), outcome=outcome,
                days=str(record.retention_days)),
        *w.each("dest:destroyed", when=lambda lg: moment_in(record.destroyed_at, lg), by=record.destroyed_by),
        *w.each("dest:kept"),
        Spacer(1, 4 * mm),
    ]
    rows = [[c.label, str(c.notes), str(c.revisions), str(c.positions), str(c.offers), str(c.exhibits)]
            for c in record.channels]
    rows.append([None, str(notes), str(revisions), str(positions), str(record.offers_total()),
                 str(record.exhibits_total())])
    cells = [[head(key) for key in _COLUMNS]]
    cells += [[head("dest:total") if value is None else w.para(value, "c") for value in row] for row in rows]
    table = Table(cells, colWidths=[76 * mm, *[18.8 * mm] * 5])
    # the table's own font: a format 3 record keeps reportlab's default (Helvetica, never embedded, though no
    # text is set in it) so that its page draws as it was signed
    own_font = [("FONTNAME", (0, 0), (-1, -1), font)] if record.languages else []
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#888888"),
                               ("BACKGROUND", (0, 0), (-1, 0), "#eeeeee"), *own_font]))
    story += [table, Spacer(1, 4 * mm),
              *w.each("dest:counts_only", "s"),
              w.line("dest:audit_head", record.audit_head, "s"),
              w.line("dest:record_sha", record.sha256, "s", file=FILE_NAME),
              *w.each("signed_page_note", "s")]
    doc.build(story)
    return out.getvalue()


def prepare_pdf(record: DestructionRecord) -> bytes:
    """The unsigned certificate: the page, the record attached as its source file, and the locking
    signature field, in one incremental update after the page."""
    created = from_iso(record.destroyed_at)
    writer = StableWriter(render_page(record))
    stream = EmbeddedFileObject.from_file_data(
        writer, record.encoded, compress=True, mime_type="application/json",
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
    root[pdf_name("/Names")] = writer.add_object(generic.DictionaryObject({
        pdf_name("/EmbeddedFiles"): generic.DictionaryObject({
            pdf_name("/Names"): generic.ArrayObject([pdf_string(FILE_NAME), spec_ref])})}))
    root[pdf_name("/AF")] = generic.ArrayObject([spec_ref])
    writer.update_root()
    append_signature_field(writer, SigFieldSpec(sig_field_name=FIELD, on_page=0, field_mdp_spec=ATTESTATION_LOCK,
                                                doc_mdp_update_value=MDPPerm.NO_CHANGES))
    writer.ensure_output_version((1, 7))
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def sign_certificate(record: DestructionRecord, signer: AgreementSigner) -> bytes:
    """The certificate signed by the mediator: certifying (first and only signature) and locking."""
    return sign_pdf(prepare_pdf(record), FIELD, signer,
                    SignatureDetails(reason=f"{KIND}, case {record.reference}"), certify=True)


def write_certificate(record: DestructionRecord, signer: AgreementSigner, out: str | os.PathLike[str]) -> bytes:
    """Sign and write atomically (never over an existing file); returns the bytes written."""
    pdf = sign_certificate(record, signer)
    write_atomically(out, pdf, overwrite=False)
    return pdf

