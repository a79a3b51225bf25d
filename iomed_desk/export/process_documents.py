"""The process record's two signed documents (issue 16): the agreement to mediate the parties sign, and
the termination record the mediator signs.

Each is drawn from a record alone (`AgreementToMediateRecord`, `TerminationRecord`), whose canonical
JSON travels inside the PDF as its associated source file, so a verifier draws the pages again and
compares them (export/verify_certificate.py), as for the destruction certificate. Deterministic: the
same record gives the same unsigned bytes.

- The agreement to mediate names the parties and each one's signatories, the mediators, the rules (the
  case's disclosure rule set by its title, and the institution's rules by name), confidentiality (only
  the provisions `core/rule_sets.py` cites for the case's rule set, and the terms as the mediator typed
  them), and the fees as recorded. Signed like an agreement: the mediator certifies first (an invisible
  field), each party's signatory signs a field on their block, and the mediator's field, which carries
  the lock, is signed last.
- The termination record states the outcome, the date, the grounds, the settlement's agreement
  fingerprint and PDF SHA-256 when it links one, and the audit head of the termination event. One
  invisible field: the mediator's signature certifies and locks it at once.

Both speak the settlement agreement's languages (the record's `languages`; wording in
export/process_labels.py): each sentence in each language, in the agreement's order. Every record made
now names its languages and is format 2, which an older version refuses plainly; a format 1 record (made
before records named them) is English and draws exactly as it did.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import MISSING, asdict, dataclass, fields
from io import BytesIO
from typing import Any, TypeVar

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams
from pyhanko.pdf_utils.generic import pdf_name, pdf_string
from pyhanko.sign.fields import MDPPerm, SigFieldSpec, append_signature_field
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer

from iomed_desk.core.clock import from_iso
from iomed_desk.core.errors import InvalidInput
from iomed_desk.export.atomic import write_atomically
from iomed_desk.export.destruction_certificate import MAX_RECORD_BYTES, NotARecord
from iomed_desk.export.document import CERTIFICATION_FIELD, MEDIATOR_FIELD, party_field_name
from iomed_desk.export.fields import ATTESTATION_LOCK, StableWriter
from iomed_desk.export.fonts import ensure_font, one_drawing_at_a_time
from iomed_desk.export.layout import FieldPlacement, SignatureBox
from iomed_desk.export.process_labels import (
    Wording,
    check_languages,
    day_in,
    moment_in,
    outcome_words,
    rule_set_name,
    spoken,
    texts,
)
from iomed_desk.export.sign import SignatureDetails, sign_pdf
from iomed_desk.export.signers import AgreementSigner

ATM_KIND = "IOMed agreement to mediate"
ATM_FILE = "agreement-to-mediate.json"
TERMINATION_KIND = "IOMed termination record"
TERMINATION_FILE = "termination-record.json"
TERMINATION_FIELD = "Sig-Termination"
FORMAT = 1
#: a record that names its languages (and the party that withdrew)
FORMAT_LANGUAGES = 2
#: the fields format 2 added, with the values a format 1 record has
_SINCE_FORMAT_2: dict[str, object] = {"languages": (), "withdrawn_by": ""}
_BOX = (78 * mm, 22 * mm)

R = TypeVar("R")


@dataclass(frozen=True)
class PartyBlock:
    """A party as the agreement to mediate names it, with who signs for it (one field each)."""

    name: str
    signatories: tuple[str, ...]


@dataclass(frozen=True)
class AgreementToMediateRecord:
    """Everything the agreement to mediate states; nothing else is printed."""

    case_id: str
    reference: str
    title: str
    parties: tuple[PartyBlock, ...]
    mediators: tuple[str, ...]
    signing_mediator: str  # who certifies and signs the mediator's block
    rule_set: str  # the rule set's title (core/rule_sets.py RULE_SET_TITLES)
    institution_rules: str  # by name, as typed; "" for none
    confidentiality_provisions: tuple[str, ...]  # as core/rule_sets.py cites them for the rule set
    confidentiality_terms: str  # further terms as the parties agreed them, as typed
    fees: str  # as recorded; "" for none
    drawn_at: str  # ISO 8601 with offset
    languages: tuple[str, ...] = ()  # the settlement agreement's, in its order; () before records named them

    def __post_init__(self) -> None:
        if self.languages:
            check_languages(self.languages)
        if not self.parties or any(not p.signatories for p in self.parties):
            raise InvalidInput("Every party of the agreement to mediate needs a signatory.")
        if not self.mediators or not self.signing_mediator:
            raise InvalidInput("The agreement to mediate names its mediator.")

    kind = ATM_KIND
    file_name = ATM_FILE

    @property
    def encoded(self) -> bytes:
        return _encode(self)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.encoded).hexdigest()

    @property
    def field_names(self) -> tuple[str, ...]:
        """The signature fields in signing order: certification, each party signatory, the mediator."""
        return (CERTIFICATION_FIELD,
                *(party_field_name(i, j) for i, p in enumerate(self.parties) for j in range(len(p.signatories))),
                MEDIATOR_FIELD)

    @classmethod
    def parse(cls, data: bytes) -> AgreementToMediateRecord:
        return _parse(cls, data, {"parties": lambda v: tuple(
            PartyBlock(_str(p["name"]), tuple(_str(s) for s in p["signatories"])) for p in v)})

    def lines(self) -> list[str]:
        return [f"Case:        {self.reference}: {self.title} ({self.case_id})",
                *(f"Party:       {p.name}, signed for by {', '.join(p.signatories)}" for p in self.parties),
                f"Mediators:   {', '.join(self.mediators)} (signed by {self.signing_mediator})",
                f"Rules:       {self.rule_set}" + (f"; {self.institution_rules}" if self.institution_rules else ""),
                f"Fees:        {self.fees or 'none recorded'}",
                f"Drawn up:    {self.drawn_at}"]


@dataclass(frozen=True)
class TerminationRecord:
    """How the mediation ended, as the mediator signs it."""

    case_id: str
    reference: str
    title: str
    outcome: str  # core/process.py Outcome value
    outcome_words: str  # "settled", "withdrawn by <party>"
    ended_on: str  # YYYY-MM-DD
    grounds: str
    mediator: str  # the mediator's name
    recorded_at: str  # ISO 8601 with offset
    agreement_fingerprint: str  # the linked agreement's, "" when none
    agreement_pdf_sha256: str  # its exported PDF's, "" when none
    audit_head: str  # SEQ:HASH of the termination's own audit event
    withdrawn_by: str = ""  # the name of the party that withdrew, for the words in other languages
    languages: tuple[str, ...] = ()  # the settlement agreement's, in its order; () before records named them

    def __post_init__(self) -> None:
        if self.languages:
            check_languages(self.languages)

    kind = TERMINATION_KIND
    file_name = TERMINATION_FILE
    field_names = (TERMINATION_FIELD,)

    @property
    def encoded(self) -> bytes:
        return _encode(self)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.encoded).hexdigest()

    @classmethod
    def parse(cls, data: bytes) -> TerminationRecord:
        return _parse(cls, data, {})

    def lines(self) -> list[str]:
        out = [f"Case:        {self.reference}: {self.title} ({self.case_id})",
               f"Outcome:     {self.outcome_words}, ended on {self.ended_on}",
               f"Grounds:     {self.grounds or 'none stated'}",
               f"Recorded:    {self.recorded_at} by {self.mediator}"]
        if self.agreement_fingerprint:
            out.append(f"Agreement:   fingerprint {self.agreement_fingerprint}, PDF SHA-256 "
                       f"{self.agreement_pdf_sha256 or 'not recorded'}")
        return [*out, f"Audit head:  {self.audit_head} (the termination's event)"]


def _encode(record: Any) -> bytes:
    """Canonical JSON; the fields format 2 added appear only when one differs from format 1's value."""
    body = asdict(record)
    added = {name: body.pop(name) for name in _SINCE_FORMAT_2 if name in body}
    newer = any(value != _SINCE_FORMAT_2[name] for name, value in added.items())
    body = {"kind": record.kind, "format": FORMAT_LANGUAGES if newer else FORMAT, **body,
            **(added if newer else {})}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("a text field is a string")
    return value


def _parse(cls: type[R], data: bytes, special: dict[str, Callable[[Any], Any]]) -> R:
    """The record in `data`, which must be exactly its canonical encoding; `NotARecord` otherwise."""
    kind = cls.kind  # type: ignore[attr-defined]
    if len(data) > MAX_RECORD_BYTES:
        raise NotARecord(f"the {kind} record is too large")
    try:
        body = json.loads(data.decode("utf-8"))
        if body.get("kind") != kind or body.get("format") not in (FORMAT, FORMAT_LANGUAGES):
            raise NotARecord(f"not a {kind} record of format {FORMAT} or {FORMAT_LANGUAGES}")
        values = {}
        for f in fields(cls):  # type: ignore[arg-type]
            if f.name not in body and f.default is not MISSING:
                continue  # a format 1 record: the default, which the canonical check below holds it to
            raw = body[f.name]
            if f.name in special:
                values[f.name] = special[f.name](raw)
            elif isinstance(raw, list):
                values[f.name] = tuple(_str(v) for v in raw)
            else:
                values[f.name] = _str(raw)
        record = cls(**values)
        for name in ("drawn_at", "recorded_at"):
            if name in values:
                from_iso(values[name])
    except NotARecord:
        raise
    except (InvalidInput, ValueError, TypeError, KeyError, AttributeError, UnicodeDecodeError) as exc:
        raise NotARecord(f"the {kind} record cannot be read ({type(exc).__name__})") from None
    if record.encoded != data:  # type: ignore[attr-defined]
        raise NotARecord(f"the {kind} record is not in its canonical form")
    return record


# -- the pages -------------------------------------------------------------------------------------
def _styles(font: str) -> dict[str, ParagraphStyle]:
    return {"h": ParagraphStyle("h", fontName=font, fontSize=16, leading=20, spaceAfter=6, wordWrap="CJK"),
            "h2": ParagraphStyle("h2", fontName=font, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4,
                                 keepWithNext=1, wordWrap="CJK"),
            "p": ParagraphStyle("p", fontName=font, fontSize=10, leading=13, spaceAfter=4, wordWrap="CJK"),
            "s": ParagraphStyle("s", fontName=font, fontSize=8, leading=10, spaceAfter=3, wordWrap="CJK")}


def _wording(languages: tuple[str, ...], font: str) -> Wording:
    """These pages wrap every language per character (as they always have: an English record draws as before)."""
    st = _styles(font)
    return Wording(languages, lambda style, _language: st[style])


def _document(out: BytesIO, title: str, author: str, font: str, languages: tuple[str, ...]) -> SimpleDocTemplate:
    # the catalogue's /Lang only where the record names languages, so an older record's file is as before
    lang = {"lang": languages[0]} if languages else {}
    return SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                             bottomMargin=20 * mm, invariant=1, title=title, author=author, creator="IOMed Desk",
                             initialFontName=font, **lang)


@one_drawing_at_a_time
def render_agreement_to_mediate(record: AgreementToMediateRecord) -> tuple[bytes, dict[str, FieldPlacement]]:
    """The unsigned pages and where each party signatory's and the mediator's box landed."""
    font = ensure_font()
    placements: dict[str, FieldPlacement] = {}
    w = _wording(spoken(record.languages), font)
    institution = record.institution_rules
    story: list[Any] = [
        *w.each("atm:title", "h"),
        *w.each("case_line", reference=record.reference, title=record.title),
        *w.each("atm:case_id", "s", case_id=record.case_id, when=lambda lg: moment_in(record.drawn_at, lg)),
        w.heading("atm:parties"),
        *(w.para(f"{n}. {p.name}") for n, p in enumerate(record.parties, start=1)),
        w.heading("atm:mediators" if len(record.mediators) > 1 else "atm:mediator"),
        *(w.para(name) for name in record.mediators),
        w.heading("atm:rules"),
        *w.each("atm:rules_text_institution" if institution else "atm:rules_text",
                rule_set=lambda lg: rule_set_name(record.rule_set, lg), institution=institution),
        w.heading("atm:confidentiality"),
        *w.each("atm:confidentiality_text"),
        *w.each("atm:provisions_in_english"),  # quoted as core/rule_sets.py cites them: in English
        *(w.para(f"- {p}", language="en") for p in record.confidentiality_provisions),
    ]
    if record.confidentiality_terms:
        story.append(w.line("atm:further_terms", record.confidentiality_terms))
    story += [w.heading("atm:fees"), *([w.para(record.fees)] if record.fees else w.each("atm:no_fees")),
              w.heading("atm:signatures")]
    for i, p in enumerate(record.parties):
        for j, who in enumerate(p.signatories):
            name = party_field_name(i, j)
            story.append(KeepTogether([w.line("atm:for_party", who, party=p.name),
                                       SignatureBox(*_BOX, name, placements, name, font), Spacer(1, 3 * mm)]))
    story.append(KeepTogether([w.line("atm:mediator", record.signing_mediator),
                               SignatureBox(*_BOX, MEDIATOR_FIELD, placements, MEDIATOR_FIELD, font),
                               Spacer(1, 3 * mm)]))
    story += [w.line("record_sha", record.sha256, "s", file=record.file_name), *w.each("atm:lock_note", "s")]
    out = BytesIO()
    _document(out, f"{ATM_KIND}, case {record.reference}", record.signing_mediator, font,
              record.languages).build(story)
    return out.getvalue(), placements


@one_drawing_at_a_time
def render_termination(record: TerminationRecord) -> bytes:
    font = ensure_font()
    w = _wording(spoken(record.languages), font)

    def outcome(lang: str) -> str:
        return record.outcome_words if lang == "en" else outcome_words(record.outcome, lang, record.withdrawn_by)

    story: list[Any] = [
        *w.each("term:title", "h"),
        *w.each("case_line", reference=record.reference, title=record.title),
        w.line("case_id", record.case_id, "s"),
        *w.each("term:outcome", outcome=outcome),
        *w.each("term:ended", date=lambda lg: day_in(record.ended_on, lg)),
        *([w.line("term:grounds", record.grounds)] if record.grounds else w.each("term:no_grounds"))]
    if record.agreement_fingerprint:
        story += [w.heading("term:settlement"),
                  w.line("term:fingerprint", record.agreement_fingerprint, "s"),
                  w.line("term:pdf_sha", record.agreement_pdf_sha256 or texts("not_recorded", w.languages),
                         "s")]
    story += [Spacer(1, 4 * mm),
              *w.each("term:recorded", when=lambda lg: moment_in(record.recorded_at, lg), mediator=record.mediator),
              w.line("term:audit_head", record.audit_head, "s"),
              w.line("record_sha", record.sha256, "s", file=record.file_name),
              *w.each("signed_page_note", "s")]
    out = BytesIO()
    _document(out, f"{TERMINATION_KIND}, case {record.reference}", record.mediator, font,
              record.languages).build(story)
    return out.getvalue()


# -- attaching, fields, signing ----------------------------------------------------------------------
def _attach(writer: StableWriter, record: Any, created_iso: str) -> None:
    created = from_iso(created_iso)
    stream = EmbeddedFileObject.from_file_data(
        writer, record.encoded, compress=True, mime_type="application/json",
        params=EmbeddedFileParams(creation_date=created, modification_date=created))
    spec = generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/Filespec"),
        pdf_name("/F"): pdf_string(record.file_name),
        pdf_name("/UF"): pdf_string(record.file_name),
        pdf_name("/EF"): generic.DictionaryObject({pdf_name("/F"): stream.ef_stream_ref,
                                                   pdf_name("/UF"): stream.ef_stream_ref}),
        pdf_name("/Desc"): generic.TextStringObject(f"The {record.kind} record (UTF-8 JSON): the pages are "
                                                    "drawn from it; its SHA-256 is printed on them."),
        pdf_name("/AFRelationship"): pdf_name("/Source"),
    })
    spec_ref = writer.add_object(spec)
    root = writer.root
    root[pdf_name("/Names")] = writer.add_object(generic.DictionaryObject({
        pdf_name("/EmbeddedFiles"): generic.DictionaryObject({
            pdf_name("/Names"): generic.ArrayObject([pdf_string(record.file_name), spec_ref])})}))
    root[pdf_name("/AF")] = generic.ArrayObject([spec_ref])
    writer.update_root()


def _finish(writer: StableWriter) -> bytes:
    writer.ensure_output_version((1, 7))
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def prepare_agreement_to_mediate(record: AgreementToMediateRecord) -> bytes:
    """The unsigned document: pages, record attached, the certification field, a field per box (the
    mediator's with the lock), in one incremental update."""
    pages, placements = render_agreement_to_mediate(record)
    writer = StableWriter(pages)
    _attach(writer, record, record.drawn_at)
    append_signature_field(writer, SigFieldSpec(sig_field_name=CERTIFICATION_FIELD, on_page=0))
    for name in record.field_names[1:]:
        place = placements[name]
        locking = name == MEDIATOR_FIELD
        append_signature_field(writer, SigFieldSpec(
            sig_field_name=name, on_page=place.page_index, box=place.box,
            field_mdp_spec=ATTESTATION_LOCK if locking else None,
            doc_mdp_update_value=MDPPerm.NO_CHANGES if locking else None))
    return _finish(writer)


def prepare_termination(record: TerminationRecord) -> bytes:
    """The unsigned record: the page, the record attached, the invisible locking field."""
    writer = StableWriter(render_termination(record))
    _attach(writer, record, record.recorded_at)
    append_signature_field(writer, SigFieldSpec(sig_field_name=TERMINATION_FIELD, on_page=0,
                                                field_mdp_spec=ATTESTATION_LOCK,
                                                doc_mdp_update_value=MDPPerm.NO_CHANGES))
    return _finish(writer)


def sign_agreement_to_mediate(record: AgreementToMediateRecord, mediator: AgreementSigner,
                              party_signers: Sequence[Sequence[AgreementSigner]]) -> bytes:
    """Certified by the mediator, signed by each party's signatories in order (`party_signers[i][j]` for
    signatory j of party i), then the mediator's locking signature."""
    if len(party_signers) != len(record.parties) or any(
            len(keys) != len(p.signatories) for keys, p in zip(party_signers, record.parties, strict=False)):
        raise InvalidInput("Every signatory of every party needs a key to sign the agreement to mediate.")
    reason = f"{ATM_KIND}, case {record.reference}"
    pdf = sign_pdf(prepare_agreement_to_mediate(record), CERTIFICATION_FIELD, mediator,
                   SignatureDetails(reason=reason), certify=True)
    for i, keys in enumerate(party_signers):
        for j, signer in enumerate(keys):
            pdf = sign_pdf(pdf, party_field_name(i, j), signer, SignatureDetails(reason=reason))
    return sign_pdf(pdf, MEDIATOR_FIELD, mediator, SignatureDetails(reason=reason))


def sign_termination(record: TerminationRecord, mediator: AgreementSigner) -> bytes:
    return sign_pdf(prepare_termination(record), TERMINATION_FIELD, mediator,
                    SignatureDetails(reason=f"{TERMINATION_KIND}, case {record.reference}"), certify=True)


def write_document(pdf: bytes, out: str | os.PathLike[str]) -> bytes:
    """Write atomically, never over an existing file; returns the bytes written."""
    write_atomically(out, pdf, overwrite=False)
    return pdf
